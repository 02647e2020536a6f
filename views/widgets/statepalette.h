#pragma once

#include "models/core/uistate.h"

#include <QColor>
#include <QPalette>

// The one palette of states (README "Colour and states"), derived from a QPalette so that a
// light, a dark and a high-contrast theme each get colours that read: a state's fill is a tint
// of its hue over the palette's base, and every text colour handed out is computed to meet
// WCAG AA (contrast ≥ 4.5:1) against the fill it is drawn on; borders ≥ 3:1 against the base.
// The hue says the state, but never alone: an icon and a word always go with it.
struct StateColours {
    QColor fill;   // background of a tile, banner or chip
    QColor border; // frame (≥ 3:1 against the palette's base)
    QColor text;   // ordinary text on fill (≥ 4.5:1)
    QColor accent; // the state's own colour for its icon and word on fill (≥ 4.5:1)
};

namespace StatePalette {

// WCAG 2 relative luminance (0 black … 1 white) and contrast ratio (1 … 21).
double luminance(const QColor &c);
double contrast(const QColor &a, const QColor &b);
// preferred if it has minimum contrast against background; otherwise the same hue made darker
// (on a light background) or lighter (on a dark one) until it has, at worst black or white.
QColor readable(const QColor &preferred, const QColor &background, double minimum = 4.5);
// Text for a fill whose colour is data (a heatmap band, a table cell): near-black or white,
// whichever contrasts more (always ≥ 4.5:1).
QColor textOn(const QColor &fill);

// A state's colours in palette (the application's palette when omitted).
StateColours colours(UiState state, const QPalette &palette);
StateColours colours(UiState state);
// Information (a note, not a state): tinted with the palette's highlight.
StateColours note(const QPalette &palette);
StateColours note();
// Paper: the same derivation over a white page with near-black ink, whatever the screen's
// theme (board packs and PDFs are read on white).
QPalette printPalette();
StateColours forPrint(UiState state);

// Paper's neutral colours, defined once for the PDF layout and the board pack's HTML: body ink,
// headings, muted text (captions, axis labels, page header), frames, hairlines (table rules,
// chart grid), the table header's fill and the stripe of alternate rows. Every text colour
// reads ≥ 4.5:1 on white.
struct PaperColours {
    QColor ink, heading, muted, frame, rule, headerFill, stripe;
};
PaperColours paper();
// The series of the printed monthly chart: data colours (what the line means is its legend),
// defined here once for the page and its legend: actual (won) bars, the commit-to-best-case
// band (translucent), the forecast line, the target line and today's mark.
struct ChartSeriesColours {
    QColor bars, band, line, target, today;
};
ChartSeriesColours printChart();

} // namespace StatePalette
