#include "views/risk/heatmapview.h"

#include "models/risk/riskregister.h"

#include <QEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

HeatmapView::HeatmapView(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(320, 300);
    setFocusPolicy(Qt::StrongFocus);
}

void HeatmapView::setCounts(const int counts[5][5])
{
    for (int l = 0; l < 5; ++l)
        for (int i = 0; i < 5; ++i)
            m_counts[l][i] = counts[l][i];
    update();
}

void HeatmapView::select(int likelihood, int impact)
{
    m_likelihood = likelihood;
    m_impact = impact;
    update();
    emit cellSelected(likelihood, impact);
}

QColor HeatmapView::bandColour(int score)
{
    const QString b = RiskRegister::band(score);
    if (b == QLatin1String("critical"))
        return QColor(0xd9, 0x48, 0x3b);
    if (b == QLatin1String("high"))
        return QColor(0xf0, 0x8a, 0x3c);
    if (b == QLatin1String("medium"))
        return QColor(0xf6, 0xd3, 0x5b);
    return QColor(0x8f, 0xc9, 0x8a);
}

QRect HeatmapView::gridRect() const
{
    // Room for the axis labels: impact at the leading side, likelihood below.
    const int axis = fontMetrics().height() * 3 + 16;
    const QRect r = rect().adjusted(0, fontMetrics().height() + 8, 0, -axis);
    const int side = std::min(r.width() - axis, r.height());
    const int x =
        layoutDirection() == Qt::RightToLeft ? r.right() - axis - side + 1 : r.left() + axis;
    return QRect(x, r.top(), side, side);
}

QRect HeatmapView::cellRect(int likelihood, int impact) const
{
    const QRect g = gridRect();
    const int w = g.width() / 5;
    const int h = g.height() / 5;
    // Likelihood grows from the leading edge: mirrored in right-to-left layouts.
    const int column = layoutDirection() == Qt::RightToLeft ? 5 - likelihood : likelihood - 1;
    return QRect(g.left() + column * w, g.top() + (5 - impact) * h, w, h);
}

std::pair<int, int> HeatmapView::cellAt(const QPoint &p) const
{
    for (int l = 1; l <= 5; ++l)
        for (int i = 1; i <= 5; ++i)
            if (cellRect(l, i).contains(p))
                return {l, i};
    return {0, 0};
}

void HeatmapView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QLocale l;
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    for (int li = 1; li <= 5; ++li) {
        for (int im = 1; im <= 5; ++im) {
            const QRect r = cellRect(li, im).adjusted(1, 1, -1, -1);
            p.fillRect(r, bandColour(li * im));
            const int n = m_counts[li - 1][im - 1];
            if (li == m_likelihood && im == m_impact) {
                p.setPen(QPen(Qt::black, 3));
                p.drawRect(r.adjusted(1, 1, -1, -1));
            }
            p.setPen(n ? Qt::black : QColor(0, 0, 0, 90));
            p.setFont(big);
            p.drawText(r, Qt::AlignCenter, l.toString(n));
        }
    }
    // Axes: impact 1–5 upwards at the leading side; likelihood 1–5 below, from the leading edge.
    p.setFont(font());
    p.setPen(palette().color(QPalette::WindowText));
    const QRect g = gridRect();
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    for (int i = 1; i <= 5; ++i) {
        const QRect c = cellRect(1, i);
        const QRect label = rtl ? QRect(c.right() + 4, c.top(), 24, c.height())
                                : QRect(c.left() - 28, c.top(), 24, c.height());
        p.drawText(label, Qt::AlignCenter, l.toString(i));
        const QRect b = cellRect(i, 1);
        p.drawText(QRect(b.left(), g.bottom() + 2, b.width(), fontMetrics().height()),
                   Qt::AlignCenter, l.toString(i));
    }
    p.drawText(
        QRect(g.left(), g.bottom() + fontMetrics().height() + 4, g.width(), fontMetrics().height()),
        Qt::AlignCenter, tr("Likelihood →"));
    // "Impact ↑" above the impact numbers at the leading side: no rotated text, one arrow that
    // means the same in both languages.
    const QRect top = cellRect(1, 5);
    const QString impact = tr("Impact ↑");
    const int w = fontMetrics().horizontalAdvance(impact) + 8;
    const int y = g.top() - fontMetrics().height() - 6;
    p.drawText(rtl ? QRect(top.right() + 28 - w, y, w, fontMetrics().height())
                   : QRect(top.left() - 28, y, w, fontMetrics().height()),
               (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute | Qt::AlignVCenter,
               impact);
}

void HeatmapView::mousePressEvent(QMouseEvent *event)
{
    const auto [l, i] = cellAt(event->position().toPoint());
    if (l > 0)
        select(l, i);
}

void HeatmapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LayoutDirectionChange)
        update();
    QWidget::changeEvent(event);
}
