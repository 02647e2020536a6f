#pragma once

#include "models/core/uistate.h"

#include <QFont>
#include <QFrame>

class ClampedLabel;
class QHBoxLayout;
class QLabel;
class QToolButton;

// One KPI on a dashboard: a caption, the figure, a line of context and a state that an
// executive reads at a glance. The state is never colour alone: an icon and a word go with it.
// Clicking the tile asks for its drill-down; the ⓘ button for its provenance.
class KpiTile : public QFrame
{
    Q_OBJECT
public:
    // The app's one state vocabulary (models/core/uistate.h); colours from StatePalette.
    using State = UiState;

    explicit KpiTile(QWidget *parent = nullptr);

    void setCaption(const QString &caption);
    // The caption wraps to at most two lines (a tile is never narrower than that, see
    // minimumSizeHint). The height the caption needs at a tile width; and the height it takes,
    // the same for every tile of a grid so that their figures share one baseline (0: its own).
    int captionHeightFor(int tileWidth) const;
    bool setCaptionHeight(int pixels);
    QSize minimumSizeHint() const override;
    void setValue(const QString &value);
    // The detail under the figure: two lines at most, elided; the whole text is in the tooltip
    // when it is cut, and detail() returns it whole.
    void setDetail(const QString &detail);
    // How many lines the detail may take (two by default; a grid short of height asks for
    // one), and the tile's height at its current width were it to take that many.
    void setDetailLines(int lines);
    int detailLines() const;
    int heightAtDetailLines(int lines) const;
    // The context under the figure: its change against the previous period and its target,
    // one line each ("▲ up 12.5% vs last month", "Target SAR 1.2M"); empty hides it.
    void setContext(const QString &context);
    // What the figure is, in a sentence: the tooltip's first part (the drill-down follows).
    void setDefinition(const QString &definition);
    void setState(State state);
    // Whether clicking opens another surface (shows a pointing hand and a tooltip). A tile that
    // drills down takes the keyboard focus (Tab), shows a focus frame, and opens with Enter,
    // Return or Space as with a click.
    void setDrillDown(bool enabled, const QString &tooltip = QString());

    QString caption() const;
    QString value() const;
    QString detail() const;
    QString context() const;
    State state() const { return m_state; }
    // The word that goes with the state ("Alert", "Watch", "OK", "Not available").
    QString stateWord() const { return wordFor(m_state); }
    // Whether the state shows on the figure's line (there is room for both) or below.
    bool stateInline() const;
    static QString wordFor(State state);
    // "good", "warning", "critical" or "" (neutral, unavailable): for paper and HTML.
    static QString stateKey(State state);
    // A compliance posture's state: at_risk critical, partial warning, compliant good,
    // anything else (unknown, not available) unavailable.
    static State forPosture(const QString &posture);

signals:
    void clicked();
    void provenanceRequested();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateState();
    void updateToolTip();
    void fitValue();
    void placeState();
    int captionExtras() const;

    QLabel *m_caption;
    QLabel *m_value;
    ClampedLabel *m_detail;
    QLabel *m_context;
    QWidget *m_stateBox; // the state's icon and word, on the figure's line or the bottom one
    QLabel *m_stateIcon;
    QLabel *m_stateWord;
    QToolButton *m_info;
    QHBoxLayout *m_valueRow = nullptr;
    QHBoxLayout *m_bottomRow = nullptr;
    State m_state = State::Neutral;
    bool m_drillDown = false;
    QString m_definition;
    QFont m_valueFont;
    QString m_drillDownTip;
};
