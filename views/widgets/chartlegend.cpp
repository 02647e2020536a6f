#include "views/widgets/chartlegend.h"

#include <QPainter>

namespace {
constexpr int KeyWidth = 28;
constexpr int KeyGap = 6;
constexpr int EntryGap = 18;
} // namespace

ChartLegend::ChartLegend(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void ChartLegend::setEntries(const QList<Entry> &entries)
{
    m_entries = entries;
    updateGeometry();
    update();
}

QList<QRect> ChartLegend::layoutFor(int width) const
{
    QList<QRect> out;
    const int line = fontMetrics().height() + 6;
    int x = 0;
    int y = 0;
    for (const Entry &e : m_entries) {
        const int w = KeyWidth + KeyGap + fontMetrics().horizontalAdvance(e.text);
        if (x > 0 && x + w > width) {
            x = 0;
            y += line;
        }
        out << QRect(x, y, w, line);
        x += w + EntryGap;
    }
    return out;
}

int ChartLegend::heightForWidth(int width) const
{
    const QList<QRect> r = layoutFor(std::max(width, 1));
    return r.isEmpty() ? 0 : r.last().bottom() + 1;
}

QSize ChartLegend::sizeHint() const
{
    int w = 0;
    for (const Entry &e : m_entries)
        w += KeyWidth + KeyGap + fontMetrics().horizontalAdvance(e.text) + EntryGap;
    return {w, fontMetrics().height() + 6};
}

QSize ChartLegend::minimumSizeHint() const
{
    return {KeyWidth * 3, heightForWidth(width() > 0 ? width() : sizeHint().width())};
}

QRect ChartLegend::keyRect(int i) const
{
    QRect whole = layoutFor(width()).value(i);
    if (layoutDirection() == Qt::RightToLeft) {
        whole.moveLeft(width() - whole.right() - 1);
        return QRect(whole.right() - KeyWidth + 1, whole.top(), KeyWidth, whole.height());
    }
    return QRect(whole.left(), whole.top(), KeyWidth, whole.height());
}

void ChartLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QList<QRect> rects = layoutFor(width());
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        const QRect key = keyRect(int(i));
        QRect text = rects.at(i).adjusted(KeyWidth + KeyGap, 0, 0, 0);
        if (rtl)
            text.moveLeft(width() - rects.at(i).right() - 1);
        const int mid = key.center().y();
        switch (e.key) {
        case Key::Line:
            p.setPen(e.pen);
            p.drawLine(key.left() + 2, mid, key.right() - 2, mid);
            break;
        case Key::Bar:
        case Key::Area: {
            const QRect box(key.left() + 6, mid - 6, key.width() - 12, 12);
            p.fillRect(box, e.brush);
            p.setPen(e.pen);
            p.setBrush(Qt::NoBrush);
            p.drawRect(box);
            break;
        }
        }
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(text, Qt::AlignVCenter | Qt::AlignLeading, e.text);
    }
}
