#pragma once

#include "views/widgets/statepalette.h"

#include <QList>
#include <QRect>
#include <QScrollArea>
#include <QStringList>

class QListWidget;
class QToolButton;

// A board of columns of cards (Policy Violations, Partner Pipeline). Columns follow the layout
// direction (first column at the leading edge, so right in Arabic); a collapsible column folds
// to its header. Each column is as wide as its header needs at least (never cut), and the board
// scrolls sideways, with its scroll bar shown, when the columns do not fit; a column that gets
// the keyboard focus is scrolled into view.
//
// A card is drawn with a border from the application palette: a bold title line (elided, the
// whole text in the tooltip), a chip with the state's word on the state's colour (never colour
// alone), and secondary lines in the palette's muted text colour. A critical or warning card is
// marked by its chip and an accent bar on its leading edge, never by coloured body text.
// Cards take the keyboard focus (arrows within a column, Tab to the next column); Enter
// activates the current card (cardActivated).
class KanbanBoard : public QScrollArea
{
    Q_OBJECT
public:
    struct Card {
        QString id;
        QString title; // the title line
        QString chip;  // the chip's word (a label from the catalogue); empty: no chip
        UiState state = UiState::Neutral; // chip colour, and a bar when warning or critical
        QString meta;                     // muted text beside the chip (e.g. the value)
        QStringList lines;                // secondary lines, muted
        QString tooltip;                  // the whole card in words, with raw codes and full values
    };
    struct Column {
        QString key;
        QString title;   // shown as "Title (count)"
        int count = 0;   // the number in the header; negative: none (not known)
        QString summary; // a second header line, e.g. "SAR 1.2M"; may be empty
        QString tooltip; // the header's tooltip (full values, reasons)
        QList<Card> cards;
        bool collapsible = false;
        bool collapsedByDefault = false; // folded until the user opens it
    };
    // The data a card's list item carries (Qt::UserRole is the card's id). StateRole holds
    // QVariant::fromValue(UiState), as Roles::StateRole does in the models.
    enum Role {
        TitleRole = Qt::UserRole + 1,
        ChipRole,
        StateRole,
        MetaRole,
        LinesRole,
    };
    // Where the parts of a card are drawn, in its list's viewport coordinates.
    struct CardGeometry {
        QRect card;
        QRect accent; // empty for a neutral card
        QRect title;
        QRect chip;
        QRect meta;
        QRect lines;
    };

    explicit KanbanBoard(QWidget *parent = nullptr);
    void setColumns(const QList<Column> &columns);
    void setCollapsed(const QString &key, bool collapsed);
    bool isCollapsed(const QString &key) const;
    QString selectedCard() const;
    bool selectCard(const QString &id);
    int columnCount() const { return int(m_columns.size()); }
    QStringList columnKeys() const;
    QListWidget *list(const QString &key) const;
    QToolButton *header(const QString &key) const;
    QWidget *columnWidget(const QString &key) const;
    // The geometry of the card in row of list (as painted).
    static CardGeometry cardGeometry(const QListWidget *list, int row);
    // The colours of a card's state on a chip or an accent bar: the one
    // palette of states (StatePalette) over palette.
    static StateColours stateColours(UiState state, const QPalette &palette);
    // Scrolls the board so that column (a column widget) is wholly in view where it fits.
    void ensureColumnVisible(QWidget *column);

signals:
    void cardSelected(const QString &id);
    void cardActivated(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    QList<Column> m_columns;
    QStringList m_collapsed;
    QStringList m_opened; // collapsed by default, opened by the user
    QWidget *m_inner;
    struct Built {
        QString key;
        QWidget *column = nullptr;
        QToolButton *header = nullptr;
        QListWidget *list = nullptr;
    };
    QList<Built> m_built;
};
