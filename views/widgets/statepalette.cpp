#include "views/widgets/statepalette.h"

#include <QGuiApplication>

#include <algorithm>
#include <cmath>

namespace StatePalette {

namespace {

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// The hue of each state (the same in every theme; its lightness is what adapts).
QColor hue(UiState state, const QPalette &palette)
{
    switch (state) {
    case UiState::Good:
        return QColor(0x2e, 0x7d, 0x32);
    case UiState::Warning:
        return QColor(0xb2, 0x6a, 0x00);
    case UiState::Critical:
        return QColor(0xc6, 0x28, 0x28);
    case UiState::Unavailable:
    case UiState::Neutral:
        break;
    }
    return palette.color(QPalette::Mid);
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

bool isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Base)) < luminance(palette.color(QPalette::Text));
}

StateColours derive(const QColor &tint, bool tinted, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const bool dark = isDark(palette);
    StateColours c;
    c.fill = tinted ? mix(base, tint, dark ? 0.28 : 0.10) : base;
    c.border = readable(tinted ? tint : palette.color(QPalette::Mid), base, 3.0);
    c.text = readable(palette.color(QPalette::Text), c.fill);
    c.accent = readable(tinted ? tint : palette.color(QPalette::Text), c.fill);
    return c;
}

} // namespace

double luminance(const QColor &c)
{
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readable(const QColor &preferred, const QColor &background, double minimum)
{
    QColor c = preferred.toHsl();
    c.setAlpha(255);
    if (contrast(c, background) >= minimum)
        return c.toRgb();
    // Black reaches 4.5:1 on anything of luminance ≥ 0.175, white on anything below: the
    // direction that can succeed.
    const bool darker = contrast(Qt::black, background) >= contrast(Qt::white, background);
    float h = 0, s = 0, l = 0;
    c.getHslF(&h, &s, &l);
    for (int i = 0; i < 100 && contrast(c, background) < minimum; ++i) {
        l = darker ? std::max(0.0f, l - 0.01f) : std::min(1.0f, l + 0.01f);
        c = QColor::fromHslF(std::max(0.0f, h), s, l);
    }
    if (contrast(c, background) < minimum)
        c = darker ? QColor(Qt::black) : QColor(Qt::white);
    return c.toRgb();
}

QColor textOn(const QColor &fill)
{
    // Near-black where it reads at 4.5:1 and better than white; else white, else pure black
    // (one of black and white always reaches 4.5:1).
    const QColor ink(0x1a, 0x1a, 0x1a);
    const double white = contrast(Qt::white, fill);
    if (contrast(ink, fill) >= std::max(4.5, white))
        return ink;
    return white >= contrast(Qt::black, fill) ? QColor(Qt::white) : QColor(Qt::black);
}

StateColours colours(UiState state, const QPalette &palette)
{
    const bool tinted = state != UiState::Neutral && state != UiState::Unavailable;
    return derive(hue(state, palette), tinted, palette);
}

StateColours colours(UiState state)
{
    return colours(state, QGuiApplication::palette());
}

StateColours note(const QPalette &palette)
{
    return derive(palette.color(QPalette::Highlight), true, palette);
}

StateColours note()
{
    return note(QGuiApplication::palette());
}

QPalette printPalette()
{
    QPalette p(QColor(0xf0, 0xf0, 0xf0), Qt::white);
    p.setColor(QPalette::Base, Qt::white);
    for (QPalette::ColorRole r : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        p.setColor(r, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Mid, QColor(0xb0, 0xb6, 0xc0));
    p.setColor(QPalette::Highlight, QColor(0x1b, 0x5e, 0xb8));
    return p;
}

StateColours forPrint(UiState state)
{
    return colours(state, printPalette());
}

PaperColours paper()
{
    const QPalette p = printPalette();
    const QColor white = p.color(QPalette::Base);
    PaperColours c;
    c.ink = p.color(QPalette::Text);
    c.heading = readable(QColor(0x1a, 0x2b, 0x4c), white);
    c.muted = readable(QColor(0x44, 0x4c, 0x58), white);
    c.frame = p.color(QPalette::Mid);
    c.rule = QColor(0xd8, 0xdc, 0xe3);
    c.headerFill = QColor(0xe4, 0xe8, 0xef);
    c.stripe = QColor(0xf5, 0xf6, 0xf8);
    return c;
}

ChartSeriesColours printChart()
{
    ChartSeriesColours c;
    c.bars = QColor(0x20, 0x9f, 0xdf);
    c.band = QColor(0x4c, 0x8b, 0xd6, 60);
    c.line = printPalette().color(QPalette::Highlight);
    c.target = paper().heading;
    c.today = forPrint(UiState::Critical).border;
    return c;
}

} // namespace StatePalette
