#pragma once

#include "views/print/printdocument.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPainter;
class QPaintDevice;

// Lays print blocks out on pages and paints them, as vectors, on any paged device (QPdfWriter,
// QPrinter for preview and real printers). Layout is done once in logical coordinates (x from
// the leading edge) so that Arabic pages are mirrored as a whole at paint time. Tables that do
// not fit continue on the next page with their header repeated; nothing is dropped.
class PageLayout
{
public:
    struct Op {
        enum class Type { Text, Fill, Frame, Line, Polyline, Polygon };
        Type type = Type::Text;
        QRectF rect; // logical, relative to the content area
        // Charts: physical placement (never mirrored: time flows left to right on every page)
        // and the points of a polyline or polygon, relative to the content area.
        bool physicalX = false;
        QList<QPointF> points;
        double width = 0; // pen width of a polyline, in device units (0: thin)
        Qt::PenStyle style = Qt::SolidLine;
        QString text;
        QFont font;
        int alignment = Qt::AlignLeft | Qt::AlignTop; // logical: Left = leading edge
        bool wrap = true;
        QColor color = Qt::black;
    };
    struct Page {
        QString section; // shown in the running header
        QList<Op> ops;
        bool chrome = true; // header, footer and watermark (not on the cover)
    };
    // Running header/footer and watermark, painted on every page with chrome.
    struct Chrome {
        QString classification;
        QString watermark;  // user · time · organisation
        QString pageFormat; // e.g. "page %1 of %2", translated
        QString footerNote; // e.g. generated-by line
        QString date;       // centred in the header: the as-of date (Gregorian · Hijri)
    };

    // metrics: the device the pages will be painted on (its resolution drives measurement).
    PageLayout(QPaintDevice *metrics, bool rightToLeft);

    // Starts a new page for a section and lays its blocks out.
    void addSection(const PrintSection &section);
    // Appends a page built by the caller (cover, contents).
    void addPage(const Page &page);
    // Replaces a page, e.g. the contents once the sections' pages are known.
    void replacePage(int index, const Page &page) { m_pages[index] = page; }
    // The index (0-based) of the page each section started on, in order of addSection.
    const QList<int> &sectionStarts() const { return m_sectionStarts; }
    const QList<Page> &pages() const { return m_pages; }
    int pageCount() const { return int(m_pages.size()); }
    QSizeF contentSize() const { return m_content.size(); }
    double mm(double millimetres) const;
    QFont font(double points, bool bold = false) const;
    // Height of text in width at font, wrapped as it is painted.
    double textHeight(const QString &text, const QFont &font, double width) const;
    // text, or as much of it as fits in maxHeight followed by a note of what was cut.
    QString fitText(const QString &text, const QFont &font, double width, double maxHeight) const;

    // Paints every page (device->newPage() between pages). progress(done, total) may cancel by
    // returning false; then paint() returns false.
    bool paint(QPagedPaintDevice *device, const Chrome &chrome,
               const std::function<bool(int, int)> &progress = {}) const;

    // text with each figure kept on one line: the spaces inside an amount ("337.6 M SAR",
    // "٣٣٧٫٦ مليون ر.س", "SAR 1,234") become no-break spaces, so that a figure wraps as a
    // whole or not at all.
    static QString keepFiguresTogether(const QString &text);
    // A translucent colour as it looks on white paper, opaque (PDF/A-1 allows no transparency);
    // an opaque colour unchanged.
    static QColor onPaper(const QColor &colour);

    // A chart alone as SVG, drawn by the same code as on paper (the HTML pack inlines it):
    // widthMm wide, as tall as it needs.
    static QByteArray chartSvg(const PrintChart &chart, bool rightToLeft, double widthMm = 178);

private:
    void newPage();
    void ensure(double height); // breaks the page when height does not fit
    void place(const Op &op);
    void layoutHeading(const PrintBlock &b);
    void layoutParagraph(const PrintBlock &b);
    void layoutBanner(const PrintBlock &b);
    void layoutKpis(const PrintBlock &b);
    void layoutTable(const PrintBlock &b);
    void layoutChart(const PrintBlock &b);
    void tableHeader(const PrintTable &t, const QList<double> &widths, const QFont &f);
    // Column widths from the weights, each widened to its longest header word and its widest
    // figure (taken from the other columns' room); empty when they do not fit side by side.
    QList<double> columnWidths(const PrintTable &t, const QFont &body, const QFont &head) const;
    // The width text needs on one line at font (glued figures included).
    double advance(const QString &text, const QFont &font) const;
    void paintOp(QPainter &p, const Op &op) const;
    QRectF physical(const QRectF &logical) const;

    QPaintDevice *m_device;
    bool m_rtl;
    bool m_textAsOutlines = false; // SVG: browsers place Qt's separate glyph runs apart
    QRectF m_content;              // device units, on the page
    QList<Page> m_pages;
    QList<int> m_sectionStarts;
    QString m_section;
    double m_y = 0;
};
