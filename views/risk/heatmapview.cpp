#include "views/risk/heatmapview.h"

#include "models/core/format.h"
#include "models/risk/riskregister.h"
#include "views/widgets/statepalette.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

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
    // A sequential ramp (after ColorBrewer's YlOrRd), pale to dark as the band rises: its
    // lightness falls band by band for every reader, in a deuteranopia and a protanopia
    // simulation too (checked by tests/gui/test_colours.cpp), so the order reads without hue.
    const QString b = RiskRegister::band(score);
    if (b == QLatin1String("critical"))
        return QColor(0x8c, 0x1d, 0x18);
    if (b == QLatin1String("high"))
        return QColor(0xe6, 0x55, 0x0d);
    if (b == QLatin1String("medium"))
        return QColor(0xfd, 0xb8, 0x63);
    return QColor(0xff, 0xf3, 0xb0);
}

QColor HeatmapView::emptyColour(int score, const QPalette &palette)
{
    // An empty cell keeps a trace of its band over the base: pale, never saturated.
    const QColor base = palette.color(QPalette::Base);
    const QColor band = bandColour(score);
    const double t = 0.18;
    return QColor::fromRgbF(float(base.redF() + (band.redF() - base.redF()) * t),
                            float(base.greenF() + (band.greenF() - base.greenF()) * t),
                            float(base.blueF() + (band.blueF() - base.blueF()) * t));
}

int HeatmapView::axisWidth() const
{
    int w = 0;
    for (int i = 1; i <= 5; ++i)
        w = std::max(w, fontMetrics().horizontalAdvance(RiskRegister::impactName(i)));
    return w + 12;
}

QRect HeatmapView::gridRect() const
{
    // Room for the axes: the impact names at the leading side, the likelihood names (up to
    // two lines) and the axis title below, the impact title above.
    const int line = fontMetrics().height();
    const int below = line * 3 + 12;
    const int leading = axisWidth();
    const QRect r = rect().adjusted(0, line + 8, 0, -below);
    const int side = std::min(r.width() - leading, r.height());
    const int x =
        layoutDirection() == Qt::RightToLeft ? r.right() - leading - side + 1 : r.left() + leading;
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

QString HeatmapView::cellText(int likelihood, int impact) const
{
    return RiskRegister::bandName(RiskRegister::band(likelihood * impact));
}

void HeatmapView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    for (int li = 1; li <= 5; ++li) {
        for (int im = 1; im <= 5; ++im) {
            const QRect r = cellRect(li, im).adjusted(1, 1, -1, -1);
            const int n = m_counts[li - 1][im - 1];
            // Full band colour where there are risks; a pale trace of it where there are none.
            const QColor fill = n ? bandColour(li * im) : emptyColour(li * im, palette());
            p.fillRect(r, fill);
            // Text computed for its fill (≥ 4.5:1): the count, and the band's word under it,
            // so that the band never rests on colour alone.
            const QColor ink = n ? StatePalette::textOn(fill)
                                 : StatePalette::readable(palette().color(QPalette::Mid), fill);
            if (li == m_likelihood && im == m_impact) {
                p.setPen(QPen(StatePalette::textOn(fill), 3));
                p.drawRect(r.adjusted(1, 1, -1, -1));
            }
            p.setPen(ink);
            p.setFont(big);
            const QRect upper(r.left(), r.top(), r.width(), r.height() * 3 / 5);
            p.drawText(upper, Qt::AlignHCenter | Qt::AlignBottom, Format::integer(n));
            p.setFont(small);
            const QRect lower(r.left() + 2, upper.bottom() + 1, r.width() - 4,
                              r.bottom() - upper.bottom());
            p.drawText(
                lower, Qt::AlignHCenter | Qt::AlignTop,
                QFontMetrics(small).elidedText(cellText(li, im), Qt::ElideRight, lower.width()));
        }
    }
    // Axes by name: impact Minor … Severe upwards at the leading side; likelihood Rare …
    // Almost certain below, from the leading edge.
    p.setFont(font());
    p.setPen(palette().color(QPalette::WindowText));
    const QRect g = gridRect();
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const int leading = axisWidth();
    const int line = fontMetrics().height();
    for (int i = 1; i <= 5; ++i) {
        const QRect c = cellRect(1, i);
        const QRect label = rtl ? QRect(c.right() + 6, c.top(), leading - 6, c.height())
                                : QRect(c.left() - leading, c.top(), leading - 6, c.height());
        p.drawText(label,
                   (rtl ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignAbsolute | Qt::AlignVCenter,
                   RiskRegister::impactName(i));
        const QRect b = cellRect(i, 1);
        p.drawText(QRect(b.left(), g.bottom() + 2, b.width(), line * 2),
                   Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                   RiskRegister::likelihoodName(i));
    }
    QFont title = font();
    title.setBold(true);
    p.setFont(title);
    p.drawText(QRect(g.left(), g.bottom() + line * 2 + 6, g.width(), line), Qt::AlignCenter,
               tr("Likelihood →"));
    // "Impact ↑" above the impact names at the leading side: no rotated text, one arrow that
    // means the same in both languages.
    const QString impact = tr("Impact ↑");
    const int w = QFontMetrics(title).horizontalAdvance(impact) + 8;
    const int y = g.top() - line - 6;
    p.drawText(
        rtl ? QRect(g.right() + leading - w, y, w, line) : QRect(g.left() - leading, y, w, line),
        (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute | Qt::AlignVCenter, impact);
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
