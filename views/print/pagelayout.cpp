#include "views/print/pagelayout.h"

#include "models/core/format.h"
#include "views/widgets/statepalette.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QTextLayout>

#include <QBuffer>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <QTextOption>
#include <cmath>

#include <algorithm>

namespace {
constexpr double Gap = 2.5; // mm between blocks

// Bidi isolates and marks, which Format and DisplayText put around numbers and names.
bool isMark(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E) ||
           (u >= 0x2066 && u <= 0x2069);
}

QString withoutMarks(const QString &token)
{
    QString out;
    for (const QChar c : token) {
        if (!isMark(c))
            out += c;
    }
    return out;
}

// A number as Format and Money write it: digits (Latin or Arabic-Indic) with separators, a
// sign, a percent sign or one scale letter ("337.6M").
bool isFigure(const QString &token)
{
    bool digit = false;
    int letters = 0;
    for (const QChar c : token) {
        if (c.isDigit())
            digit = true;
        else if (c.isLetter())
            ++letters;
    }
    return digit && letters <= 1;
}

// The words that belong to a figure: currencies and scales in both languages.
bool isUnit(const QString &token)
{
    static const QStringList units = {
        QStringLiteral("SAR"),   QStringLiteral("ر.س"),   QStringLiteral("ريال"),
        QStringLiteral("مليون"), QStringLiteral("مليار"), QStringLiteral("ألف"),
        QStringLiteral("K"),     QStringLiteral("M"),     QStringLiteral("B"),
        QStringLiteral("%"),     QStringLiteral("٪"),     QStringLiteral("USD"),
        QStringLiteral("AED"),   QStringLiteral("هـ"),    QStringLiteral("AH")};
    return units.contains(withoutMarks(token));
}

bool hasStrongLeftToRight(const QString &text)
{
    for (const QChar c : text) {
        if (c.direction() == QChar::DirL)
            return true;
    }
    return false;
}
} // namespace

PageLayout::PageLayout(QPaintDevice *metrics, bool rightToLeft)
    : m_device(metrics)
    , m_rtl(rightToLeft)
{
    // A4 with 18 mm side margins; the top and bottom 22 mm hold the running header/footer.
    const double w = metrics->width();
    const double h = metrics->height();
    m_content = QRectF(mm(16), mm(22), w - mm(32), h - mm(44));
    // QPagedPaintDevice's own margins are zero (set by the writer); width()/height() is the
    // printable page.
}

double PageLayout::mm(double millimetres) const
{
    return millimetres * m_device->logicalDpiY() / 25.4;
}

QFont PageLayout::font(double points, bool bold) const
{
    QFont f;
    // Noto Sans for Latin and digits, Noto Sans Arabic for Arabic (never KacstBook).
    f.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Arabic"),
                   QStringLiteral("Noto Naskh Arabic")});
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

QString PageLayout::keepFiguresTogether(const QString &text)
{
    if (!text.contains(QLatin1Char(' ')))
        return text;
    const QStringList tokens = text.split(QLatin1Char(' '));
    QString out = tokens.first();
    bool previousGlued = false;
    for (qsizetype i = 1; i < tokens.size(); ++i) {
        const QString &before = tokens.at(i - 1);
        const QString &after = tokens.at(i);
        // "337.6 M", "SAR 1,234", and a unit that follows a glued one ("٣٣٧٫٦ مليون ر.س").
        const bool glue = (isFigure(before) && isUnit(after)) ||
                          (isUnit(before) && isFigure(after)) ||
                          (previousGlued && isUnit(before) && isUnit(after));
        out += glue ? QChar(0x00A0) : QChar(u' ');
        out += after;
        previousGlued = glue;
    }
    return out;
}

QColor PageLayout::onPaper(const QColor &colour)
{
    if (colour.alpha() == 255)
        return colour;
    const double a = colour.alphaF();
    return QColor::fromRgbF(float(colour.redF() * a + (1 - a)),
                            float(colour.greenF() * a + (1 - a)),
                            float(colour.blueF() * a + (1 - a)));
}

double PageLayout::advance(const QString &text, const QFont &f) const
{
    return QFontMetricsF(f, m_device).horizontalAdvance(keepFiguresTogether(text));
}

double PageLayout::textHeight(const QString &plain, const QFont &f, double width) const
{
    if (plain.isEmpty())
        return QFontMetricsF(f, m_device).height();
    // Measured with the wrap mode the text is painted with (a long URL or hash breaks
    // anywhere; a figure stays whole), so no row is too short for its text.
    // A line break in the text is one when painted (QPainter::drawText): measured as one too,
    // or the last line of a two-line detail would be cut off.
    const QString text =
        keepFiguresTogether(plain).replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextLayout layout(text, f, m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    double height = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        height += line.height();
    }
    layout.endLayout();
    return std::ceil(height) + 1;
}

QString PageLayout::fitText(const QString &text, const QFont &f, double width,
                            double maxHeight) const
{
    if (textHeight(text, f, width) <= maxHeight)
        return text;
    // Too tall for a page: keep what fits and say how much was cut — never silently.
    qsizetype lo = 0;
    qsizetype hi = text.size();
    auto withNote = [&text](qsizetype keep) {
        return text.left(keep) + QStringLiteral(" … ") +
               QCoreApplication::translate("PageLayout", "[%1 more characters not printed]")
                   .arg(QLocale().toString(text.size() - keep));
    };
    while (lo < hi) {
        const qsizetype mid = (lo + hi + 1) / 2;
        if (textHeight(withNote(mid), f, width) <= maxHeight)
            lo = mid;
        else
            hi = mid - 1;
    }
    return withNote(lo);
}

void PageLayout::newPage()
{
    Page p;
    p.section = m_section;
    m_pages.append(p);
    m_y = 0;
}

void PageLayout::ensure(double height)
{
    if (m_pages.isEmpty() || (m_y > 0 && m_y + height > m_content.height()))
        newPage();
}

void PageLayout::place(const Op &op)
{
    m_pages.last().ops.append(op);
}

void PageLayout::addPage(const Page &page)
{
    m_pages.append(page);
    m_y = m_content.height(); // anything added next starts a new page
}

void PageLayout::addSection(const PrintSection &section)
{
    m_section = section.title;
    newPage();
    m_sectionStarts.append(int(m_pages.size()) - 1);
    layoutHeading(PrintBlock::heading(section.title));
    for (const PrintBlock &b : section.blocks) {
        switch (b.kind) {
        case PrintBlock::Kind::Heading:
            layoutHeading(b);
            break;
        case PrintBlock::Kind::Paragraph:
            layoutParagraph(b);
            break;
        case PrintBlock::Kind::Banner:
            layoutBanner(b);
            break;
        case PrintBlock::Kind::Kpis:
            layoutKpis(b);
            break;
        case PrintBlock::Kind::Table:
            layoutTable(b);
            break;
        case PrintBlock::Kind::Chart:
            layoutChart(b);
            break;
        }
    }
}

void PageLayout::layoutHeading(const PrintBlock &b)
{
    const bool top = m_y == 0;
    const QFont f = font(top ? 17 : 13, true);
    const double h = textHeight(b.text, f, m_content.width());
    // A heading never ends a page alone: keep room for a few lines after it.
    ensure(h + mm(Gap) + mm(20));
    Op op;
    op.rect = QRectF(0, m_y, m_content.width(), h);
    op.text = b.text;
    op.font = f;
    op.color = StatePalette::paper().heading;
    place(op);
    m_y += h + mm(Gap);
}

void PageLayout::layoutParagraph(const PrintBlock &b)
{
    const QFont f = font(10);
    const QString text = fitText(b.text, f, m_content.width(), m_content.height());
    const double h = textHeight(text, f, m_content.width());
    ensure(h);
    Op op;
    op.rect = QRectF(0, m_y, m_content.width(), h);
    op.text = text;
    op.font = f;
    place(op);
    m_y += h + mm(Gap);
}

void PageLayout::layoutBanner(const PrintBlock &b)
{
    const QFont f = font(12, true);
    const double pad = mm(3);
    const double h = textHeight(b.text, f, m_content.width() - 2 * pad) + 2 * pad;
    ensure(h);
    // The state's tint, frame and text of the one palette, on paper.
    const StateColours c = StatePalette::forPrint(b.state);
    Op fill;
    fill.type = Op::Type::Fill;
    fill.rect = QRectF(0, m_y, m_content.width(), h);
    fill.color = c.fill;
    place(fill);
    Op frame = fill;
    frame.type = Op::Type::Frame;
    frame.color = c.border;
    place(frame);
    Op text;
    text.rect = QRectF(pad, m_y + pad, m_content.width() - 2 * pad, h - 2 * pad);
    text.text = b.text;
    text.font = f;
    text.color = c.accent;
    place(text);
    m_y += h + mm(Gap);
}

void PageLayout::layoutKpis(const PrintBlock &b)
{
    const int columns = 4;
    const double gap = mm(2.5);
    const double w = (m_content.width() - (columns - 1) * gap) / columns;
    const double pad = mm(2);
    const QFont caption = font(8.5);
    const QFont detail = font(7.5);
    // A value is never broken: the largest size step at which its widest figure fits the card.
    auto valueFont = [this, w, pad](const QString &value) {
        for (const double points : {14.0, 12.0, 10.5, 9.0}) {
            const QFont f = font(points, true);
            double widest = 0;
            for (const QString &token : keepFiguresTogether(value).split(QLatin1Char(' ')))
                widest = std::max(widest, advance(token, f));
            if (widest <= w - 2 * pad)
                return f;
        }
        return font(9, true);
    };
    for (qsizetype start = 0; start < b.kpis.size(); start += columns) {
        const qsizetype end = std::min<qsizetype>(start + columns, b.kpis.size());
        double h = 0;
        for (qsizetype i = start; i < end; ++i) {
            const PrintKpi &k = b.kpis.at(i);
            QString det = k.detail;
            if (!k.stateWord.isEmpty())
                det = det.isEmpty() ? k.stateWord : k.stateWord + Format::separator() + det;
            const double cardH = 2 * pad + textHeight(k.caption, caption, w - 2 * pad) +
                                 textHeight(k.value, valueFont(k.value), w - 2 * pad) +
                                 (det.isEmpty() ? 0 : textHeight(det, detail, w - 2 * pad));
            h = std::max(h, cardH);
        }
        ensure(h);
        for (qsizetype i = start; i < end; ++i) {
            const PrintKpi &k = b.kpis.at(i);
            const double x = (i - start) * (w + gap);
            const StateColours c = StatePalette::forPrint(k.state);
            Op frame;
            frame.type = Op::Type::Frame;
            frame.rect = QRectF(x, m_y, w, h);
            frame.color = UiStates::coloured(k.state) ? c.border : StatePalette::paper().frame;
            place(frame);
            double y = m_y + pad;
            Op t;
            t.font = caption;
            t.color = StatePalette::paper().muted;
            t.text = k.caption;
            t.rect = QRectF(x + pad, y, w - 2 * pad, textHeight(k.caption, caption, w - 2 * pad));
            place(t);
            y += t.rect.height();
            Op v;
            const QFont value = valueFont(k.value);
            v.font = value;
            v.text = k.value;
            v.rect = QRectF(x + pad, y, w - 2 * pad, textHeight(k.value, value, w - 2 * pad));
            place(v);
            y += v.rect.height();
            QString det = k.detail;
            if (!k.stateWord.isEmpty())
                det = det.isEmpty() ? k.stateWord : k.stateWord + Format::separator() + det;
            if (!det.isEmpty()) {
                Op d;
                d.font = detail;
                // On white paper: the state's colour made readable there.
                d.color = UiStates::coloured(k.state) ? StatePalette::readable(c.accent, Qt::white)
                                                      : StatePalette::paper().muted;
                d.text = det;
                d.rect = QRectF(x + pad, y, w - 2 * pad, textHeight(det, detail, w - 2 * pad));
                place(d);
            }
        }
        m_y += h + gap;
    }
    m_y += mm(Gap) - gap;
}

void PageLayout::tableHeader(const PrintTable &t, const QList<double> &widths, const QFont &f)
{
    const double pad = mm(1.2);
    double h = 0;
    for (qsizetype c = 0; c < t.headers.size(); ++c)
        h = std::max(h, textHeight(t.headers.at(c), f, widths.at(c) - 2 * pad) + 2 * pad);
    Op fill;
    fill.type = Op::Type::Fill;
    fill.rect = QRectF(0, m_y, m_content.width(), h);
    fill.color = StatePalette::paper().headerFill;
    place(fill);
    double x = 0;
    for (qsizetype c = 0; c < t.headers.size(); ++c) {
        Op op;
        op.font = f;
        op.text = t.headers.at(c);
        op.rect = QRectF(x + pad, m_y + pad, widths.at(c) - 2 * pad, h - 2 * pad);
        op.alignment =
            (t.numericColumns.contains(int(c)) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop;
        place(op);
        x += widths.at(c);
    }
    m_y += h;
}

QList<double> PageLayout::columnWidths(const PrintTable &t, const QFont &body,
                                       const QFont &head) const
{
    const qsizetype columns = t.headers.size();
    const double pad = mm(1.2);
    const double total = m_content.width();
    static const QRegularExpression blanks(QStringLiteral("\\s+"));
    // What each column needs so that no header word and no figure is broken.
    QList<double> need;
    double sum = 0;
    for (qsizetype c = 0; c < columns; ++c) {
        double widest = 0;
        for (const QString &word : t.headers.at(c).split(blanks, Qt::SkipEmptyParts))
            widest = std::max(widest, advance(word, head));
        for (const QStringList &row : t.rows) {
            for (const QString &token :
                 keepFiguresTogether(row.value(c)).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                // Figures (with their glued currency) only: a hash or a long identifier may
                // break anywhere.
                bool figure = false;
                for (const QString &part : token.split(QChar(0x00A0)))
                    figure = figure || isFigure(part);
                if (token.size() <= 32 && figure)
                    widest = std::max(widest, advance(token, body));
            }
        }
        need << std::ceil(widest) + 2 * pad + 2;
        sum += need.last();
    }
    if (sum > total)
        return {};
    QList<double> weights = t.columnWeights;
    while (weights.size() < columns)
        weights << 1.0;
    // Columns given less than they need get exactly that; the rest share what is left by
    // weight, until every column has its need.
    QList<bool> fixed(columns, false);
    QList<double> widths(columns, 0);
    for (;;) {
        double room = total;
        double weight = 0;
        for (qsizetype c = 0; c < columns; ++c) {
            if (fixed.at(c))
                room -= need.at(c);
            else
                weight += weights.at(c);
        }
        bool changed = false;
        for (qsizetype c = 0; c < columns; ++c) {
            widths[c] = fixed.at(c)  ? need.at(c)
                        : weight > 0 ? room * weights.at(c) / weight
                                     : room / columns;
            if (!fixed.at(c) && widths.at(c) < need.at(c)) {
                fixed[c] = true;
                changed = true;
            }
        }
        if (!changed)
            return widths;
    }
}

void PageLayout::layoutTable(const PrintBlock &b)
{
    // A column empty in every row is not printed.
    const PrintTable t = b.table.withoutEmptyColumns();
    const qsizetype columns = t.headers.size();
    if (columns == 0)
        return;
    // The body size at which every header word and figure fits its column; a smaller step
    // when the columns do not fit side by side at the usual size.
    double points = 8.5;
    QList<double> widths;
    for (const double step : {8.5, 7.5, 6.5}) {
        points = step;
        widths = columnWidths(t, font(step), font(step, true));
        if (!widths.isEmpty())
            break;
    }
    if (widths.isEmpty()) {
        // Even the smallest step does not fit: the weights, and the text wraps where it must.
        QList<double> weights = t.columnWeights;
        while (weights.size() < columns)
            weights << 1.0;
        double total = 0;
        for (qsizetype c = 0; c < columns; ++c)
            total += weights.at(c);
        for (qsizetype c = 0; c < columns; ++c)
            widths << m_content.width() * weights.at(c) / total;
    }
    const QFont f = font(points);
    const QFont headFont = font(points, true);
    const double pad = mm(1.2);
    double headerH = 0;
    for (qsizetype c = 0; c < columns; ++c)
        headerH = std::max(headerH,
                           textHeight(t.headers.at(c), headFont, widths.at(c) - 2 * pad) + 2 * pad);
    ensure(headerH * 2.5);
    tableHeader(t, widths, headFont);
    // A row may be at most a page tall (below the repeated header); longer cells are cut
    // with a note.
    const double maxRow = m_content.height() - headerH - mm(2);
    for (qsizetype r = 0; r < t.rows.size(); ++r) {
        QStringList row = t.rows.at(r);
        for (qsizetype c = 0; c < columns; ++c)
            row[c] = fitText(row.value(c), f, widths.at(c) - 2 * pad, maxRow - 2 * pad);
        double h = 0;
        for (qsizetype c = 0; c < columns; ++c)
            h = std::max(h, textHeight(row.value(c), f, widths.at(c) - 2 * pad) + 2 * pad);
        if (m_y + h > m_content.height()) {
            // Continue on the next page, header repeated.
            newPage();
            tableHeader(t, widths, headFont);
        }
        if (r % 2 == 1) {
            Op fill;
            fill.type = Op::Type::Fill;
            fill.rect = QRectF(0, m_y, m_content.width(), h);
            fill.color = StatePalette::paper().stripe;
            place(fill);
        }
        double x = 0;
        for (qsizetype c = 0; c < columns; ++c) {
            const QColor background = t.cellColours.value(r).value(c);
            if (background.isValid()) {
                Op cell;
                cell.type = Op::Type::Fill;
                cell.rect = QRectF(x, m_y, widths.at(c), h);
                cell.color = background;
                place(cell);
            }
            Op op;
            op.font = f;
            op.color = background.isValid() ? StatePalette::textOn(background) : op.color;
            op.text = row.value(c);
            op.rect = QRectF(x + pad, m_y + pad, widths.at(c) - 2 * pad, h - 2 * pad);
            op.alignment =
                (t.numericColumns.contains(int(c)) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop;
            place(op);
            x += widths.at(c);
        }
        Op line;
        line.type = Op::Type::Line;
        line.rect = QRectF(0, m_y + h, m_content.width(), 0);
        line.color = StatePalette::paper().rule;
        place(line);
        m_y += h;
    }
    m_y += mm(1);
    if (!t.note.isEmpty()) {
        QFont italic = font(8);
        italic.setItalic(true);
        const double h = textHeight(t.note, italic, m_content.width());
        ensure(h);
        Op op;
        op.font = italic;
        op.text = t.note;
        op.rect = QRectF(0, m_y, m_content.width(), h);
        op.color = StatePalette::paper().muted;
        place(op);
        m_y += h;
    }
    m_y += mm(Gap);
}

QRectF PageLayout::physical(const QRectF &r) const
{
    // Arabic pages are mirrored as a whole: the leading edge is on the right.
    const double x = m_rtl ? m_content.width() - r.right() : r.left();
    return QRectF(m_content.left() + x, m_content.top() + r.top(), r.width(), r.height());
}

void PageLayout::layoutChart(const PrintBlock &b)
{
    const PrintChart &c = b.chart;
    const int n = int(c.categories.size());
    if (n == 0)
        return;
    const double w = m_content.width();
    const double plotH = mm(62);
    const QFont small = font(7);
    const double labelH = textHeight(QStringLiteral("0"), small, w);
    const double legendH = textHeight(QStringLiteral("0"), font(8), w) * 2 + mm(2);
    ensure(plotH + 2.5 * labelH + legendH + mm(Gap) * 2);
    const double top = m_y + labelH / 2; // room for the top value label, centred on its line
    // The value axis on the leading side: the right on an Arabic page.
    const double axisW = mm(18);
    const double left = m_rtl ? 0 : axisW;
    const double plotW = w - axisW;
    double max = 0;
    for (const QList<double> *series : {&c.bars, &c.line, &c.bandHigh, &c.target})
        for (double v : *series)
            if (!std::isnan(v))
                max = std::max(max, v);
    // A round scale: four or five steps of 1, 2, 2.5 or 5 × 10^k.
    const double rawStep = max > 0 ? max / 4 : 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rawStep)));
    double step = magnitude * 10;
    for (double m : {1.0, 2.0, 2.5, 5.0})
        if (m * magnitude >= rawStep) {
            step = m * magnitude;
            break;
        }
    const int ticks = std::max(1, int(std::ceil(max / step - 1e-9)));
    max = ticks * step;
    const double slot = plotW / n;
    auto x = [&](double i) { return left + (i + 0.5) * slot; };
    auto y = [&](double v) { return top + plotH * (1 - v / max); };
    // The chart's series colours: defined once (StatePalette::printChart), for page and legend.
    const StatePalette::ChartSeriesColours colours = StatePalette::printChart();
    Op base;
    base.physicalX = true;
    // Grid and value labels at every step.
    for (int k = 0; k <= ticks; ++k) {
        const double v = step * k;
        Op grid = base;
        grid.type = Op::Type::Polyline;
        grid.points = {QPointF(left, y(v)), QPointF(left + plotW, y(v))};
        grid.color = StatePalette::paper().rule;
        place(grid);
        Op label = base;
        label.type = Op::Type::Text;
        label.font = small;
        label.wrap = false;
        label.text =
            (m_rtl ? QLocale(QLocale::Arabic, QLocale::SaudiArabia) : QLocale(QLocale::English))
                .toString(v, 'f', 0);
        label.rect = m_rtl ? QRectF(left + plotW + mm(1), y(v) - labelH / 2, axisW - mm(1), labelH)
                           : QRectF(0, y(v) - labelH / 2, axisW - mm(1), labelH);
        label.alignment = (m_rtl ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
        label.color = StatePalette::paper().muted;
        place(label);
    }
    // The band, then bars, target and line on top.
    if (c.bandLow.size() == n && c.bandHigh.size() == n) {
        // One polygon per run of months that have both bounds: a month without a forecast
        // (NaN, a past month) has no band, never a band down to 0.
        auto has = [&](int i) {
            return !std::isnan(c.bandLow.at(i)) && !std::isnan(c.bandHigh.at(i));
        };
        for (int from = 0; from < n;) {
            if (!has(from)) {
                ++from;
                continue;
            }
            int to = from;
            while (to + 1 < n && has(to + 1))
                ++to;
            Op band = base;
            band.type = Op::Type::Polygon;
            for (int i = from; i <= to; ++i)
                band.points << QPointF(x(i), y(c.bandHigh.at(i)));
            for (int i = to; i >= from; --i)
                band.points << QPointF(x(i), y(c.bandLow.at(i)));
            band.color = colours.band;
            place(band);
            from = to + 1;
        }
    }
    for (int i = 0; i < c.bars.size() && i < n; ++i) {
        if (c.bars.at(i) <= 0)
            continue;
        Op bar = base;
        bar.type = Op::Type::Fill;
        bar.rect =
            QRectF(x(i) - slot * 0.3, y(c.bars.at(i)), slot * 0.6, top + plotH - y(c.bars.at(i)));
        bar.color = colours.bars;
        place(bar);
    }
    auto polyline = [&](const QList<double> &series, QColor colour, double width,
                        Qt::PenStyle style) {
        Op line = base;
        line.type = Op::Type::Polyline;
        line.color = colour;
        line.width = width;
        line.style = style;
        for (int i = 0; i < series.size() && i < n; ++i) {
            if (std::isnan(series.at(i))) {
                if (line.points.size() > 1)
                    place(line);
                line.points.clear();
                continue;
            }
            line.points << QPointF(x(i), y(series.at(i)));
        }
        if (line.points.size() > 1)
            place(line);
    };
    polyline(c.target, colours.target, mm(0.4), Qt::DashLine);
    polyline(c.line, colours.line, mm(0.6), Qt::SolidLine);
    if (c.todayIndex >= 0) {
        Op today = base;
        today.type = Op::Type::Polyline;
        today.points = {QPointF(left + c.todayIndex * slot, top),
                        QPointF(left + c.todayIndex * slot, top + plotH)};
        today.color = colours.today;
        today.width = mm(0.3);
        today.style = Qt::DotLine;
        place(today);
    }
    Op axis = base;
    axis.type = Op::Type::Polyline;
    axis.points = {QPointF(left, top + plotH), QPointF(left + plotW, top + plotH)};
    axis.color = StatePalette::paper().muted;
    place(axis);
    // Month labels under the plot, every other one when they are many.
    const int every = n > 12 ? 2 : 1;
    for (int i = 0; i < n; i += every) {
        Op label = base;
        label.type = Op::Type::Text;
        label.font = small;
        label.wrap = false;
        label.text = c.categories.at(i);
        label.rect = QRectF(x(i) - slot * every / 2.0, top + plotH + mm(1), slot * every, labelH);
        label.alignment = Qt::AlignHCenter | Qt::AlignTop;
        label.color = StatePalette::paper().muted;
        place(label);
    }
    m_y = top + plotH + labelH + mm(2);
    // The legend, in the page's direction: a key drawn as its series is, then its name.
    const QFont legendFont = font(8);
    const QFontMetricsF fm(legendFont, m_device);
    const double keyW = mm(6);
    const double rowH = fm.height() + mm(1);
    double cursor = 0; // from the leading edge
    double rowTop = m_y;
    bool any = false;
    for (qsizetype i = 0; i < c.legend.size() && i < 5; ++i) {
        const QString &name = c.legend.at(i);
        if (name.isEmpty())
            continue;
        const double itemW = keyW + mm(1.5) + fm.horizontalAdvance(name) + mm(5);
        if (cursor > 0 && cursor + itemW > w) {
            cursor = 0;
            rowTop += rowH;
        }
        const double keyX = m_rtl ? w - cursor - keyW : cursor;
        const double midY = rowTop + rowH / 2;
        Op key = base;
        if (i == 0 || i == 2) { // bars, band: a filled box
            key.type = Op::Type::Fill;
            key.rect = QRectF(keyX, midY - mm(1.25), keyW, mm(2.5));
            key.color = i == 0 ? colours.bars : colours.band;
        } else { // line, target, today: a stroke
            key.type = Op::Type::Polyline;
            key.points = {QPointF(keyX, midY), QPointF(keyX + keyW, midY)};
            key.color = i == 1 ? colours.line : i == 3 ? colours.target : colours.today;
            key.width = i == 1 ? mm(0.6) : mm(0.4);
            key.style = i == 1 ? Qt::SolidLine : i == 3 ? Qt::DashLine : Qt::DotLine;
        }
        place(key);
        Op label = base;
        label.type = Op::Type::Text;
        label.font = legendFont;
        label.wrap = false;
        label.text = name;
        const double textW = itemW - keyW - mm(1.5);
        label.rect = m_rtl ? QRectF(keyX - mm(1.5) - textW, rowTop, textW, rowH)
                           : QRectF(keyX + keyW + mm(1.5), rowTop, textW, rowH);
        label.alignment = (m_rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
        label.color = StatePalette::paper().muted;
        place(label);
        cursor += itemW;
        any = true;
    }
    if (any)
        m_y = rowTop + rowH;
    m_y += mm(Gap);
}

QByteArray PageLayout::chartSvg(const PrintChart &chart, bool rightToLeft, double widthMm)
{
    // The generator is the metrics device: a page whose content area is the chart's width.
    // Laid out once to learn the height, then painted with the view box on the content area.
    QBuffer buffer;
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setResolution(96);
    // Its title is what a browser shows on hover and a screen reader says.
    QStringList named = chart.legend;
    named.removeAll(QString());
    svg.setTitle(named.join(Format::separator()));
    svg.setDescription(chart.categories.isEmpty()
                           ? QString()
                           : chart.categories.first() + QStringLiteral(" – ") +
                                 chart.categories.last());
    const double px = 96 / 25.4;
    svg.setSize(QSizeF((widthMm + 32) * px, 297 * px).toSize());
    PageLayout layout(&svg, rightToLeft);
    layout.m_textAsOutlines = true;
    layout.newPage();
    PrintBlock block = PrintBlock::chartBlock(chart);
    layout.layoutChart(block);
    const double height = layout.m_y;
    // The drawing's own size, so that its width and height give the view box's proportions.
    svg.setSize(QSizeF(layout.m_content.width(), height).toSize());
    svg.setViewBox(
        QRectF(layout.m_content.left(), layout.m_content.top(), layout.m_content.width(), height));
    QPainter p;
    if (!p.begin(&svg))
        return {};
    p.setLayoutDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    for (const Op &op : std::as_const(layout.m_pages.first().ops))
        layout.paintOp(p, op);
    p.end();
    QByteArray out = buffer.data();
    // Inline in HTML: no XML declaration.
    if (out.startsWith("<?xml"))
        out = out.mid(out.indexOf("?>") + 2).trimmed();
    return out;
}

void PageLayout::paintOp(QPainter &p, const Op &given) const
{
    // PDF/A-1 has no transparency: a translucent colour is painted as its blend on white paper
    // (what it looks like there), never as the full colour the PDF/A writer would make of it.
    Op op = given;
    op.color = onPaper(op.color);
    const QRectF r = op.physicalX ? op.rect.translated(m_content.topLeft()) : physical(op.rect);
    switch (op.type) {
    case Op::Type::Polyline: {
        p.setPen(QPen(op.color, op.width > 0 ? op.width : mm(0.15), op.style));
        p.setBrush(Qt::NoBrush);
        QPolygonF line;
        for (const QPointF &pt : op.points)
            line << pt + m_content.topLeft();
        p.drawPolyline(line);
        break;
    }
    case Op::Type::Polygon: {
        p.setPen(Qt::NoPen);
        p.setBrush(op.color);
        QPolygonF area;
        for (const QPointF &pt : op.points)
            area << pt + m_content.topLeft();
        p.drawPolygon(area);
        break;
    }
    case Op::Type::Fill:
        p.fillRect(r, op.color);
        break;
    case Op::Type::Frame:
        p.setPen(QPen(op.color, mm(0.3)));
        p.setBrush(Qt::NoBrush);
        p.drawRect(r);
        break;
    case Op::Type::Line:
        p.setPen(QPen(op.color, mm(0.15)));
        p.drawLine(r.topLeft(), r.topRight());
        break;
    case Op::Type::Text: {
        p.setFont(op.font);
        p.setPen(op.color);
        QTextOption option;
        // Alignment is logical (Left = the leading edge): resolve it to the physical side of
        // this page, then give each string its own direction, so that a Latin name on an
        // Arabic page keeps its full stop at the end.
        Qt::Alignment align = Qt::Alignment(op.alignment);
        if (m_rtl && !op.physicalX) {
            const Qt::Alignment horizontal = align & Qt::AlignHorizontal_Mask;
            align &= ~Qt::AlignHorizontal_Mask;
            if (horizontal & Qt::AlignLeft)
                align |= Qt::AlignRight;
            else if (horizontal & Qt::AlignRight)
                align |= Qt::AlignLeft;
            else
                align |= horizontal;
        }
        if (m_textAsOutlines && !op.wrap) {
            // One line, shaped and ordered by Qt, as outlines placed by the same alignment.
            const QFontMetricsF fm(op.font, m_device);
            const double width = fm.horizontalAdvance(op.text);
            const double x = (align & Qt::AlignRight)     ? r.right() - width
                             : (align & Qt::AlignHCenter) ? r.center().x() - width / 2
                                                          : r.left();
            const double y =
                (align & Qt::AlignVCenter) ? r.center().y() - fm.height() / 2 : r.top();
            QPainterPath path;
            path.addText(QPointF(x, y + fm.ascent()), op.font, op.text);
            p.fillPath(path, op.color);
            break;
        }
        option.setAlignment(align | Qt::AlignAbsolute);
        option.setTextDirection(op.text.isRightToLeft() || (m_rtl && !hasStrongLeftToRight(op.text))
                                    ? Qt::RightToLeft
                                    : Qt::LeftToRight);
        option.setWrapMode(op.wrap ? QTextOption::WrapAtWordBoundaryOrAnywhere
                                   : QTextOption::NoWrap);
        p.drawText(r, op.wrap ? keepFiguresTogether(op.text) : op.text, option);
        break;
    }
    }
}

bool PageLayout::paint(QPagedPaintDevice *device, const Chrome &chrome,
                       const std::function<bool(int, int)> &progress) const
{
    QPainter p;
    if (!p.begin(device))
        return false;
    p.setLayoutDirection(m_rtl ? Qt::RightToLeft : Qt::LeftToRight);
    const int total = int(m_pages.size());
    const double pageW = device->width();
    const double pageH = device->height();
    for (int i = 0; i < total; ++i) {
        if (progress && !progress(i, total)) {
            p.end();
            return false;
        }
        if (i > 0)
            device->newPage();
        const Page &page = m_pages.at(i);
        if (page.chrome) {
            // A light diagonal watermark: user, time and organisation.
            if (!chrome.watermark.isEmpty()) {
                p.save();
                p.translate(pageW / 2, pageH / 2);
                p.rotate(-35);
                p.setFont(font(16));
                QColor faint = StatePalette::paper().ink;
                faint.setAlpha(22);
                p.setPen(onPaper(faint));
                p.drawText(QRectF(-pageW, -mm(10), 2 * pageW, mm(20)), Qt::AlignCenter,
                           chrome.watermark);
                p.restore();
            }
            const QFont small = font(8);
            Op header;
            header.font = small;
            header.color = StatePalette::paper().muted;
            header.wrap = false;
            const double top = -mm(12);
            header.rect = QRectF(0, top, m_content.width(), mm(6));
            header.text = page.section;
            paintOp(p, header);
            Op mark = header;
            mark.text = chrome.classification;
            mark.font = font(8, true);
            mark.color =
                StatePalette::readable(StatePalette::forPrint(UiState::Critical).accent, Qt::white);
            mark.alignment = Qt::AlignRight | Qt::AlignTop;
            paintOp(p, mark);
            if (!chrome.date.isEmpty()) {
                Op date = header;
                date.text = chrome.date;
                date.alignment = Qt::AlignHCenter | Qt::AlignTop;
                paintOp(p, date);
            }
            Op rule;
            rule.type = Op::Type::Line;
            rule.rect = QRectF(0, top + mm(6), m_content.width(), 0);
            rule.color = StatePalette::paper().frame;
            paintOp(p, rule);
            Op footer = header;
            footer.rect = QRectF(0, m_content.height() + mm(6), m_content.width(), mm(6));
            // Digits as the page's language writes them, whatever the window's language is.
            const QLocale digits =
                m_rtl ? QLocale(QLocale::Arabic, QLocale::SaudiArabia) : QLocale(QLocale::English);
            footer.text = chrome.pageFormat.arg(digits.toString(i + 1), digits.toString(total));
            footer.alignment = Qt::AlignHCenter | Qt::AlignTop;
            paintOp(p, footer);
            if (!chrome.footerNote.isEmpty()) {
                Op note = header;
                note.rect = footer.rect.translated(0, mm(5)); // a line below the page number
                note.text = chrome.footerNote;
                note.font = font(7);
                paintOp(p, note);
            }
        }
        for (const Op &op : page.ops)
            paintOp(p, op);
    }
    if (progress)
        progress(total, total);
    return p.end();
}
