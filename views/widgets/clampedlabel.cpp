#include "views/widgets/clampedlabel.h"

#include <QEvent>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

ClampedLabel::ClampedLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    // The tile decides the width; the text never widens it.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void ClampedLabel::setMaximumLines(int lines)
{
    m_maxLines = std::max(1, lines);
    updateGeometry();
    updateClamped();
    update();
}

QStringList ClampedLabel::linesFor(int width, bool *clamped) const
{
    return linesFor(width, m_maxLines, clamped);
}

QStringList ClampedLabel::linesFor(int width, int maxLines, bool *clamped) const
{
    QStringList shown;
    bool cut = false;
    const QString all = text();
    if (!all.isEmpty() && width > 0) {
        const QFontMetrics fm(font());
        QTextOption option;
        // Breaks between words only: a break inside an Arabic word would change its letters'
        // joining forms. A word longer than the line is elided.
        option.setWrapMode(QTextOption::WordWrap);
        option.setTextDirection(layoutDirection());
        const QStringList paragraphs = all.split(QLatin1Char('\n'));
        bool done = false;
        for (qsizetype p = 0; p < paragraphs.size() && !done; ++p) {
            const QString &para = paragraphs[p];
            QTextLayout layout(para, font());
            layout.setTextOption(option);
            layout.beginLayout();
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                line.setLineWidth(width);
                if (shown.size() + 1 < maxLines) {
                    shown << fm.elidedText(para.mid(line.textStart(), line.textLength()).trimmed(),
                                           Qt::ElideRight, width);
                    continue;
                }
                // The last line shown: the rest of this paragraph, elided at its end when it
                // does not fit; an ellipsis also when paragraphs follow that are not shown.
                const QString rest = para.mid(line.textStart()).trimmed();
                const bool more = p + 1 < paragraphs.size();
                const QString whole = more ? rest + QStringLiteral(" …") : rest;
                const QString elided = fm.elidedText(whole, Qt::ElideRight, width);
                cut = more || elided != rest;
                shown << elided;
                done = true;
                break;
            }
            layout.endLayout();
        }
    }
    if (clamped)
        *clamped = cut;
    return shown;
}

void ClampedLabel::setText(const QString &text)
{
    QLabel::setText(text);
    updateGeometry();
    updateClamped();
    update();
}

int ClampedLabel::lineHeight(const QString &line) const
{
    // The line's own height: Arabic glyphs come from a fallback font taller than the
    // widget's font, so the font's line spacing alone would cut them.
    QTextLayout layout(line.isEmpty() ? QStringLiteral(" ") : line, font());
    QTextOption option;
    option.setTextDirection(layoutDirection());
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine l = layout.createLine();
    l.setLineWidth(1e6);
    layout.endLayout();
    return std::max(QFontMetrics(font()).lineSpacing(), int(std::ceil(l.height())));
}

int ClampedLabel::heightForWidth(int width) const
{
    return heightForWidth(width, m_maxLines);
}

int ClampedLabel::heightForWidth(int width, int lines) const
{
    const QMargins m = contentsMargins();
    int height = m.top() + m.bottom();
    for (const QString &line : linesFor(width - m.left() - m.right(), lines))
        height += lineHeight(line);
    return height;
}

QSize ClampedLabel::sizeHint() const
{
    const int w = QFontMetrics(font()).averageCharWidth() * 24;
    return {w, heightForWidth(w)};
}

QSize ClampedLabel::minimumSizeHint() const
{
    const int w = QFontMetrics(font()).averageCharWidth() * 8;
    return {w, text().isEmpty() ? 0 : QFontMetrics(font()).lineSpacing()};
}

void ClampedLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect r = contentsRect();
    const Qt::Alignment align =
        QStyle::visualAlignment(layoutDirection(), Qt::AlignLeading | Qt::AlignTop);
    int y = r.top();
    for (const QString &line : linesFor(r.width())) {
        const int height = lineHeight(line);
        style()->drawItemText(&painter, QRect(r.left(), y, r.width(), height), int(align),
                              palette(), isEnabled(), line, foregroundRole());
        y += height;
    }
}

void ClampedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    updateClamped();
}

void ClampedLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LayoutDirectionChange)
        updateClamped();
}

bool ClampedLabel::isClamped() const
{
    bool cut = false;
    linesFor(contentsRect().width(), &cut);
    return cut;
}

void ClampedLabel::updateClamped()
{
    bool cut = false;
    linesFor(contentsRect().width(), &cut);
    if (cut != m_clamped) {
        m_clamped = cut;
        emit clampedChanged(cut);
    }
}
