#pragma once

#include <QLabel>
#include <QStringList>

// A word-wrapped label that shows at most a given number of lines: what does not fit ends the
// last line with an ellipsis. text() stays the whole text (and so does the accessible name);
// isClamped() says whether the current width cut it, for a tooltip that gives the rest.
// Line breaks in the text start new lines. Drawn on the leading side, mirrored right to left.
class ClampedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ClampedLabel(QWidget *parent = nullptr);

    // Hides QLabel::setText (not virtual): call it through a ClampedLabel pointer.
    void setText(const QString &text);
    void setMaximumLines(int lines);
    int maximumLines() const { return m_maxLines; }
    // Whether the text at the current width needs more lines than the label shows.
    // Worked out at each call from the text and the current width (a text set through a
    // QLabel pointer counts too).
    bool isClamped() const;
    // The lines shown at a width (the last one elided when clamped).
    QStringList linesFor(int width, bool *clamped = nullptr) const;
    QStringList linesFor(int width, int maxLines, bool *clamped = nullptr) const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    // The height at a width were it to show at most that many lines.
    int heightForWidth(int width, int lines) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void clampedChanged(bool clamped);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateClamped();
    int lineHeight(const QString &line) const;

    int m_maxLines = 2;
    bool m_clamped = false;
};
