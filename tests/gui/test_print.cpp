// PDFs read back with poppler-utils: page count, sections, "page X of Y", embedded fonts, no
// raster images, long tables across pages, Arabic words, cancel and unwritable paths.
#include "app/boardpackdialog.h"
#include "app/languagemanager.h"
#include "app/surfaces.h"
#include "models/source/demogenerator.h"
#include "tests/support/compliancefixture.h"
#include "tests/support/testsupport.h"
#include "views/print/boardpack.h"
#include "views/print/pagelayout.h"
#include "views/widgets/statepalette.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryFile>
#include <QTextOption>
#include <QTimer>

#include <catch2/catch.hpp>

#include <cmath>

namespace {

QString tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    const bool finished = p.waitForFinished(60000);
    INFO(program.toStdString() << " " << args.join(QLatin1Char(' ')).toStdString());
    REQUIRE(finished);
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pageCount(const QString &pdf)
{
    const QRegularExpression re(QStringLiteral("Pages:\\s+(\\d+)"));
    return re.match(tool(QStringLiteral("pdfinfo"), {pdf})).captured(1).toInt();
}

// Text of one page, NFKC-normalised: pdftotext gives ligatures (ﬁ) and Arabic presentation forms.
QString pageText(const QString &pdf, int page)
{
    return tool(QStringLiteral("pdftotext"),
                {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                 QString::number(page), QStringLiteral("-layout"), pdf, QStringLiteral("-")})
        .normalized(QString::NormalizationForm_KC);
}

// pdftotext gives Arabic in presentation forms with bidi marks: compare NFKC words.
QStringList words(const QString &text)
{
    QString t = text.normalized(QString::NormalizationForm_KC);
    static const QRegularExpression marks(
        QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{0640}]"));
    t.remove(marks);
    return t.split(QRegularExpression(QStringLiteral("[\\s\\p{P}]+")), Qt::SkipEmptyParts);
}

bool containsWords(const QString &haystack, const QString &phrase)
{
    const QStringList have = words(haystack);
    for (const QString &w : words(phrase)) {
        if (!have.contains(w))
            return false;
    }
    return true;
}

// Without bidi marks and tatweel, Arabic-Indic digits as 0–9, runs of spaces as one.
QString flat(QString text)
{
    static const QRegularExpression marks(
        QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{0640}]"));
    static const QRegularExpression spaces(QStringLiteral("[ \\t]+"));
    text = text.normalized(QString::NormalizationForm_KC).remove(marks);
    for (QChar &c : text) {
        if (c.unicode() >= 0x0660 && c.unicode() <= 0x0669)
            c = QChar(u'0' + (c.unicode() - 0x0660));
    }
    return text.replace(spaces, QStringLiteral(" "));
}

// "صفحة X من Y" in a page's flat() text. pdftotext drops the space between a number and the
// next word at a direction change, and gives the line in logical or (on pages with mostly
// left-to-right text) visual order: compared without spaces, in either order.
bool hasArabicPageNumber(const QString &flatText, int page, int pages)
{
    const QString t = QString(flatText).remove(QLatin1Char(' '));
    return t.contains(QStringLiteral("صفحة%1من%2").arg(page).arg(pages)) ||
           t.contains(QStringLiteral("%2من%1صفحة").arg(page).arg(pages));
}

// The diagonal watermark "USER · TIME · ORGANISATION" on a page: pdftotext -raw gives the
// rotated text in drawing order (Arabic one letter a line), so compare without any spacing.
bool hasWatermark(const QString &pdf, int page, const QString &organisation)
{
    static const QRegularExpression blank(QStringLiteral("\\s+"));
    const QString raw =
        flat(tool(QStringLiteral("pdftotext"),
                  {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                   QString::number(page), QStringLiteral("-raw"), pdf, QStringLiteral("-")}))
            .remove(blank);
    return raw.contains(QStringLiteral("board.secretary")) &&
           raw.contains(QString(organisation).remove(blank));
}

QString demoDb(QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("pack.sqlite"));
    DemoOptions o;
    o.scale = 0.1;
    o.now = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
    QString error;
    REQUIRE(DemoGenerator::writeSqliteFile(path, o, nullptr, &error));
    return path;
}

BoardPack::Content buildPack(const QString &db, const QString &lang)
{
    registerSurfaces();
    LanguageManager language;
    REQUIRE(language.setLanguage(lang));
    Session s;
    REQUIRE(s.open(SourceUrl::sqlite(db)));
    REQUIRE(s.selectTenant(QStringLiteral("najd-trading")));
    BoardPack::Options options;
    options.asOf = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
    options.user = QStringLiteral("board.secretary");
    BoardPack::Content content;
    QString error;
    REQUIRE(BoardPack::build(s, options, &content, &error));
    language.setLanguage(QStringLiteral("en"));
    return content;
}

} // namespace

TEST_CASE(
    "board pack PDF in English: sections, page X of Y on every page, fonts embedded, vectors only",
    "[print][pdf]")
{
    auto dir = TestSupport::tempDir();
    const QString db = demoDb(*dir);
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"));
    const BoardPack::Content content = buildPack(db, QStringLiteral("en"));
    const QString pdf = dir->filePath(QStringLiteral("pack-en.pdf"));
    QString error;
    REQUIRE(BoardPack::writePdf(content, pdf, &error));
    const int pages = pageCount(pdf);
    REQUIRE(pages >= 4);
    const QString cover = pageText(pdf, 1);
    CHECK(cover.contains(QStringLiteral("Board pack")));
    CHECK(cover.contains(QStringLiteral("Najd Advanced Trading Co.")));
    CHECK(cover.contains(QStringLiteral("Confidential")));
    CHECK(cover.contains(QStringLiteral("AH"))); // the Hijri date
    CHECK(pageText(pdf, 2).contains(QStringLiteral("Contents")));
    QString all;
    for (int p = 2; p <= pages; ++p) {
        const QString text = pageText(pdf, p);
        INFO("page " << p);
        CHECK(text.contains(QStringLiteral("page %1 of %2").arg(p).arg(pages)));
        CHECK(text.contains(QStringLiteral("Confidential")));
        CHECK(hasWatermark(pdf, p, QStringLiteral("Najd Advanced Trading Co.")));
        all += text;
    }
    for (const QString &title : {QStringLiteral("Executive Room"), QStringLiteral("Weekly Review"),
                                 QStringLiteral("Data source")})
        CHECK(all.contains(title));
    CHECK(all.contains(QStringLiteral("Actual revenue")));
    // Every font embedded.
    const QStringList fonts =
        tool(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(fonts.isEmpty());
    for (const QString &line : fonts) {
        INFO(line.toStdString());
        CHECK(line.contains(QStringLiteral(" yes ")));
    }
    // No raster image anywhere: everything is vector text and shapes.
    const QStringList images = tool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(images.size() == 2); // the two header lines only
}

TEST_CASE("board pack PDF in Arabic: shaped text extractable, mirrored sections",
          "[print][pdf][arabic]")
{
    auto dir = TestSupport::tempDir();
    const QString db = demoDb(*dir);
    const BoardPack::Content content = buildPack(db, QStringLiteral("ar"));
    CHECK(content.rightToLeft);
    const QString pdf = dir->filePath(QStringLiteral("pack-ar.pdf"));
    QString error;
    REQUIRE(BoardPack::writePdf(content, pdf, &error));
    const int pages = pageCount(pdf);
    QString all;
    for (int p = 1; p <= pages; ++p)
        all += pageText(pdf, p);
    CHECK(containsWords(all, QStringLiteral("شركة نجد للتجارة المتقدمة")));
    CHECK(containsWords(all, QStringLiteral("غرفة القيادة التنفيذية")));
    CHECK(containsWords(all, QStringLiteral("المراجعة الأسبوعية")));
    CHECK(containsWords(all, QStringLiteral("الإيراد الفعلي")));
    CHECK(containsWords(all, QStringLiteral("سري")));
    CHECK(containsWords(all, QStringLiteral("حزمة مجلس الإدارة")));
    // Every page after the cover: "صفحة X من Y" (Arabic-Indic digits), the classification and
    // the watermark (the user and the organisation).
    REQUIRE(pages >= 4);
    for (int p = 2; p <= pages; ++p) {
        INFO("page " << p << " of " << pages);
        const QString text = flat(pageText(pdf, p));
        CHECK(hasArabicPageNumber(text, p, pages));
        CHECK(text.contains(QStringLiteral("سري")));
        CHECK(text.contains(QStringLiteral("Confidential")));
        CHECK(hasWatermark(pdf, p, QStringLiteral("شركة نجد للتجارة المتقدمة")));
    }
}

TEST_CASE("a 1,000-row table spans pages with its header repeated and every row present",
          "[print][pdf]")
{
    auto dir = TestSupport::tempDir();
    BoardPack::Content content;
    content.options.cover = false;
    content.options.classification = QStringLiteral("Internal");
    content.options.user = QStringLiteral("tester");
    content.generatedAt = QDateTime::currentDateTimeUtc();
    PrintSection section;
    section.id = QStringLiteral("long");
    section.title = QStringLiteral("Long table");
    PrintTable t;
    t.headers = {QStringLiteral("RowLabel"), QStringLiteral("Amount")};
    t.numericColumns = {1};
    for (int i = 1; i <= 1000; ++i)
        t.rows << QStringList{QStringLiteral("row-%1").arg(i, 4, 10, QLatin1Char('0')),
                              QString::number(i * 7)};
    section.blocks << PrintBlock::tableBlock(t);
    content.sections << section;
    const QString pdf = dir->filePath(QStringLiteral("long.pdf"));
    QString error;
    REQUIRE(BoardPack::writePdf(content, pdf, &error));
    const int pages = pageCount(pdf);
    REQUIRE(pages > 10);
    QString all;
    for (int p = 1; p <= pages; ++p) {
        const QString text = pageText(pdf, p);
        INFO("page " << p);
        CHECK(text.contains(QStringLiteral("RowLabel"))); // header repeated on every page
        CHECK(text.contains(QStringLiteral("page %1 of %2").arg(p).arg(pages)));
        all += text;
    }
    int found = 0;
    for (int i = 1; i <= 1000; ++i)
        found += all.contains(QStringLiteral("row-%1").arg(i, 4, 10, QLatin1Char('0'))) ? 1 : 0;
    CHECK(found == 1000);
}

TEST_CASE("cancel and unwritable paths leave no file and say why", "[print][pdf][bad-input]")
{
    auto dir = TestSupport::tempDir();
    const QString db = demoDb(*dir);
    const BoardPack::Content content = buildPack(db, QStringLiteral("en"));
    const QString pdf = dir->filePath(QStringLiteral("cancelled.pdf"));
    QString error;
    int calls = 0;
    CHECK_FALSE(
        BoardPack::writePdf(content, pdf, &error, [&calls](int, int) { return ++calls < 3; }));
    CHECK(error.contains(QStringLiteral("Cancelled")));
    CHECK_FALSE(QFileInfo::exists(pdf));
    CHECK(QDir(dir->path())
              .entryList(QDir::Files | QDir::Hidden)
              .filter(QStringLiteral("cancelled"))
              .isEmpty());
    error.clear();
    CHECK_FALSE(BoardPack::writePdf(content, QStringLiteral("/nonexistent-dir/pack.pdf"), &error));
    CHECK(error.contains(QStringLiteral("/nonexistent-dir/pack.pdf")));
    error.clear();
    CHECK_FALSE(
        BoardPack::writeHtml(content, QStringLiteral("/nonexistent-dir/pack.html"), &error));
    CHECK(error.contains(QStringLiteral("/nonexistent-dir/pack.html")));
}

TEST_CASE("the HTML pack carries the same sections", "[print][html]")
{
    auto dir = TestSupport::tempDir();
    const BoardPack::Content content = buildPack(demoDb(*dir), QStringLiteral("ar"));
    const QString html = QString::fromUtf8(BoardPack::html(content));
    CHECK(html.contains(QStringLiteral("dir=\"rtl\"")));
    CHECK(html.contains(QStringLiteral("غرفة القيادة التنفيذية")));
    CHECK(html.contains(QStringLiteral("المراجعة الأسبوعية")));
    CHECK(html.count(QStringLiteral("<section>")) == content.sections.size());
}

TEST_CASE("File ▸ Board pack: an Arabic pack from an English window, the window stays English",
          "[print][gui][arabic]")
{
    registerSurfaces();
    auto dir = TestSupport::tempDir();
    const QString db = demoDb(*dir);
    Session s;
    REQUIRE(s.open(SourceUrl::sqlite(db)));
    REQUIRE(s.selectTenant(QStringLiteral("najd-trading")));
    LanguageManager language;
    REQUIRE(language.setLanguage(QStringLiteral("en")));
    BoardPackDialog dialog(s, language, QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
    dialog.setChosenSurfaces({QStringLiteral("executive-room")});
    dialog.setPackLanguage(QStringLiteral("ar"));
    // The dialog's "Prepared by" field names the preparer on the cover.
    auto *preparer = dialog.findChild<QLineEdit *>(QStringLiteral("preparedBy"));
    REQUIRE(preparer);
    preparer->setText(QStringLiteral("Hessa Alotaibi"));
    const QString pdf = dir->filePath(QStringLiteral("dialog.pdf"));
    QString error;
    REQUIRE(dialog.savePdfTo(pdf, &error));
    CHECK(flat(pageText(pdf, 1)).contains(QStringLiteral("Hessa Alotaibi")));
    CHECK(QApplication::layoutDirection() == Qt::LeftToRight);
    CHECK(language.language() == QStringLiteral("en"));
    const int pages = pageCount(pdf);
    QString all;
    for (int p = 1; p <= pages; ++p)
        all += pageText(pdf, p);
    CHECK(containsWords(all, QStringLiteral("غرفة القيادة التنفيذية")));
    CHECK_FALSE(containsWords(all, QStringLiteral("المراجعة الأسبوعية"))); // not chosen
    dialog.setChosenSurfaces({});
    CHECK_FALSE(dialog.savePdfTo(dir->filePath(QStringLiteral("none.pdf")), &error));
    CHECK_FALSE(QFileInfo::exists(dir->filePath(QStringLiteral("none.pdf"))));
}

TEST_CASE("oversized cells: a long unbroken token wraps in full, text taller than a page is cut "
          "with a note",
          "[print][pdf]")
{
    auto dir = TestSupport::tempDir();
    BoardPack::Content content;
    content.options.cover = false;
    content.options.classification = QStringLiteral("Internal");
    PrintSection section;
    section.id = QStringLiteral("long");
    section.title = QStringLiteral("Long cells");
    const QString token = QStringLiteral("https://evidence.example.sa/") +
                          QString(600, QLatin1Char('x')) + QStringLiteral("ENDMARK");
    PrintTable t;
    t.headers = {QStringLiteral("Claim"), QStringLiteral("Source")};
    t.rows << QStringList{token, QStringLiteral("CRM")}
           << QStringList{QStringLiteral("after"), QStringLiteral("NEXTROW")};
    section.blocks << PrintBlock::tableBlock(t);
    QStringList many;
    for (int i = 0; i < 6000; ++i)
        many << QStringLiteral("word%1").arg(i);
    section.blocks << PrintBlock::paragraph(many.join(QLatin1Char(' ')));
    content.sections << section;
    const QString pdf = dir->filePath(QStringLiteral("cells.pdf"));
    QString error;
    REQUIRE(BoardPack::writePdf(content, pdf, &error));
    const int pages = pageCount(pdf);
    QString all;
    for (int p = 1; p <= pages; ++p) {
        const QString text = pageText(pdf, p);
        CHECK(text.contains(QStringLiteral("page %1 of %2").arg(p).arg(pages)));
        all += text;
    }
    CHECK(QString(all)
              .remove(QRegularExpression(QStringLiteral("\\s")))
              .contains(QStringLiteral("ENDMARK")));
    CHECK(all.contains(QStringLiteral("NEXTROW")));
    CHECK(all.contains(QStringLiteral("more characters not printed")));
}

namespace {

// A three-month chart worked by hand: the highest value is 30, so the scale is 0, 10, 20, 30.
PrintChart handChart()
{
    PrintChart c;
    c.categories = {QStringLiteral("Mon1"), QStringLiteral("Mon2"), QStringLiteral("Mon3")};
    c.bars = {10, 20, 0};
    c.line = {0, 15, 30};
    c.bandLow = {0, 10, 20};
    c.bandHigh = {0, 20, 25};
    c.target = {12, qQNaN(), 12};
    c.todayIndex = 1;
    c.legend = {QStringLiteral("Bars"), QStringLiteral("Line"), QStringLiteral("Band"),
                QStringLiteral("Target"), QStringLiteral("Today")};
    return c;
}

QList<PageLayout::Op> chartOps(QPdfWriter *writer, bool rtl, double *contentWidth)
{
    PageLayout layout(writer, rtl);
    *contentWidth = layout.contentSize().width();
    PrintSection s;
    s.title = QStringLiteral("Chart");
    s.blocks << PrintBlock::chartBlock(handChart());
    layout.addSection(s);
    REQUIRE(layout.pageCount() == 1);
    QList<PageLayout::Op> ops;
    for (const PageLayout::Op &op : layout.pages().first().ops)
        if (op.physicalX)
            ops << op;
    return ops;
}

} // namespace

TEST_CASE("the printed chart: no band where a month has no forecast", "[print][pdf][chart]")
{
    auto dir = TestSupport::tempDir();
    QPdfWriter writer(dir->filePath(QStringLiteral("band.pdf")));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    // The first month is past (no forecast): the band covers months two and three only.
    PrintChart c = handChart();
    c.bandLow = {qQNaN(), 10, 20};
    c.bandHigh = {qQNaN(), 20, 25};
    PageLayout layout(&writer, false);
    PrintSection s;
    s.title = QStringLiteral("Chart");
    s.blocks << PrintBlock::chartBlock(c);
    layout.addSection(s);
    QList<PageLayout::Op> bands;
    QList<PageLayout::Op> lines; // the forecast line: the one polyline of three points
    for (const PageLayout::Op &op : layout.pages().first().ops) {
        if (op.type == PageLayout::Op::Type::Polygon)
            bands << op;
        if (op.type == PageLayout::Op::Type::Polyline && op.points.size() == 3)
            lines << op;
    }
    REQUIRE(bands.size() == 1);
    REQUIRE(lines.size() == 1);
    // Two months, high then low: four corners, all real numbers, at months two and three.
    REQUIRE(bands.first().points.size() == 4);
    QSet<double> xs;
    for (const QPointF &p : bands.first().points) {
        CHECK(std::isfinite(p.x()));
        CHECK(std::isfinite(p.y()));
        xs << p.x();
    }
    CHECK(xs == QSet<double>{lines.first().points.at(1).x(), lines.first().points.at(2).x()});
}

TEST_CASE("the printed chart: time left to right in both languages, the value axis on the "
          "leading side, bars to scale, vectors only",
          "[print][pdf][chart]")
{
    auto dir = TestSupport::tempDir();
    QPdfWriter writer(dir->filePath(QStringLiteral("metrics.pdf")));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    for (const bool rtl : {false, true}) {
        INFO((rtl ? "right to left" : "left to right"));
        double width = 0;
        const QList<PageLayout::Op> ops = chartOps(&writer, rtl, &width);
        QList<QRectF> bars;
        QMap<QString, QRectF> labels;
        QList<QRectF> legendNames;
        double plotLeft = 1e9;
        double plotRight = -1e9;
        for (const PageLayout::Op &op : ops) {
            if (op.type == PageLayout::Op::Type::Fill &&
                op.color == StatePalette::printChart().bars)
                bars << op.rect;
            if (op.type == PageLayout::Op::Type::Text)
                labels.insert(op.text, op.rect);
            if (op.type == PageLayout::Op::Type::Polyline && op.points.size() == 2 &&
                op.points.at(0).y() == op.points.at(1).y() && op.width == 0) {
                plotLeft = std::min(plotLeft, op.points.at(0).x());
                plotRight = std::max(plotRight, op.points.at(1).x());
            }
        }
        // The legend's key for the bars has their colour too: it lies below the month labels.
        REQUIRE(labels.contains(QStringLiteral("Mon1")));
        const double monthsTop = labels.value(QStringLiteral("Mon1")).top();
        REQUIRE(bars.size() == 3);
        CHECK(bars.last().top() > monthsTop);
        bars.removeLast();
        // The zero month has no bar.
        CHECK(bars.at(0).center().x() < bars.at(1).center().x()); // time flows left to right
        CHECK(bars.at(1).height() == Approx(2 * bars.at(0).height()));
        CHECK(bars.at(0).bottom() == Approx(bars.at(1).bottom()));
        // Categories left to right as well.
        CHECK(labels.value(QStringLiteral("Mon1")).center().x() <
              labels.value(QStringLiteral("Mon3")).center().x());
        // The scale 0–30 in steps of 10, in the page's digits, beside the plot on the leading
        // side: the left in English, the right in Arabic.
        const QLocale l =
            rtl ? QLocale(QLocale::Arabic, QLocale::SaudiArabia) : QLocale(QLocale::English);
        for (int v : {0, 10, 20, 30}) {
            INFO(v);
            REQUIRE(labels.contains(l.toString(v)));
            const QRectF r = labels.value(l.toString(v));
            if (rtl)
                CHECK(r.left() >= plotRight);
            else
                CHECK(r.right() <= plotLeft);
            CHECK(r.left() >= 0);
            CHECK(r.right() <= width + 1e-6);
        }
        // The plot fills the rest of the width, up to the trailing edge.
        CHECK((rtl ? plotLeft : width - plotRight) == Approx(0).margin(1e-6));
        CHECK_FALSE(labels.contains(l.toString(40)));
        // 30 is the top of the scale, and the bar of 20 reaches two thirds of it.
        const double zeroY = labels.value(l.toString(0)).center().y();
        const double topY = labels.value(l.toString(30)).center().y();
        CHECK(bars.at(1).top() == Approx(zeroY - (zeroY - topY) * 2 / 3).epsilon(1e-3));
        // The legend reads from the leading edge.
        const double bars0 = labels.value(QStringLiteral("Bars")).center().x();
        const double line0 = labels.value(QStringLiteral("Line")).center().x();
        CHECK((rtl ? bars0 > line0 : bars0 < line0));
    }

    // On paper: the chart's text is text, and there is no raster image.
    BoardPack::Content content;
    content.options.cover = false;
    content.options.classification = QStringLiteral("Internal");
    PrintSection section;
    section.id = QStringLiteral("chart");
    section.title = QStringLiteral("Chart section");
    section.blocks << PrintBlock::chartBlock(handChart());
    content.sections << section;
    const QString pdf = dir->filePath(QStringLiteral("chart.pdf"));
    QString error;
    REQUIRE(BoardPack::writePdf(content, pdf, &error));
    const QString text = pageText(pdf, 1);
    for (const char *word : {"Mon1", "Mon3", "30", "Bars", "Today"})
        CHECK(text.contains(QLatin1String(word)));
    CHECK(tool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
              .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
              .size() == 2); // the two header lines only

    // In the HTML pack: the same drawing, inline SVG, every line of it.
    double width = 0;
    qsizetype polylines = 0;
    for (const PageLayout::Op &op : chartOps(&writer, false, &width))
        polylines += op.type == PageLayout::Op::Type::Polyline ? 1 : 0;
    REQUIRE(polylines >= 8); // four grid lines, the line, today, the axis, the legend's keys
    const QString html = QString::fromUtf8(BoardPack::html(content));
    REQUIRE(html.contains(QStringLiteral("<figure class=\"chart\"><svg ")));
    CHECK(html.count(QStringLiteral("<polyline")) == polylines);
    CHECK(html.contains(QStringLiteral("viewBox=")));
    CHECK_FALSE(html.contains(QStringLiteral("<?xml")));
}

TEST_CASE("table cell colours fill their own cell on paper, on the mirrored side in Arabic",
          "[print][pdf]")
{
    auto dir = TestSupport::tempDir();
    const QColor red(0xd9, 0x48, 0x3b);
    for (const bool rtl : {false, true}) {
        INFO((rtl ? "right to left" : "left to right"));
        BoardPack::Content content;
        content.options.cover = false;
        content.options.classification = QStringLiteral("Internal");
        content.rightToLeft = rtl;
        PrintSection section;
        section.id = QStringLiteral("cells");
        section.title = QStringLiteral("Cells");
        PrintTable t;
        t.headers = {QStringLiteral("First"), QStringLiteral("Second")};
        t.rows = {{QStringLiteral("a"), QStringLiteral("b")},
                  {QStringLiteral("c"), QStringLiteral("d")}};
        t.cellColours = {{}, {QColor(), red}}; // the second cell of the second row only
        section.blocks << PrintBlock::tableBlock(t);
        content.sections << section;
        const QString pdf = dir->filePath(QStringLiteral("cells.pdf"));
        QString error;
        REQUIRE(BoardPack::writePdf(content, pdf, &error));
        const QString png = dir->filePath(QStringLiteral("cells"));
        tool(QStringLiteral("pdftoppm"),
             {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-png"),
              QStringLiteral("-singlefile"), pdf, png});
        const QImage page(png + QStringLiteral(".png"));
        REQUIRE_FALSE(page.isNull());
        int count = 0;
        qint64 sumX = 0;
        int top = page.height();
        int bottom = 0;
        for (int y = 0; y < page.height(); ++y)
            for (int x = 0; x < page.width(); ++x) {
                const QColor c = page.pixelColor(x, y);
                if (std::abs(c.red() - red.red()) + std::abs(c.green() - red.green()) +
                        std::abs(c.blue() - red.blue()) <
                    30) {
                    ++count;
                    sumX += x;
                    top = std::min(top, y);
                    bottom = std::max(bottom, y);
                }
            }
        REQUIRE(count > 50);
        const double centre = double(sumX) / count / page.width();
        // The second of two equal columns on A4 (210 mm) with 16 mm margins: its centre is
        // 16 + 178 × 3 / 4 = 149.5 mm in from the leading edge.
        const double leading = 149.5 / 210;
        CHECK(centre == Approx(rtl ? 1 - leading : leading).margin(0.01));
        // One row tall, not the whole table.
        CHECK(bottom - top < page.height() / 20);
        // The HTML pack colours the same cell: the fourth <td>, after "c".
        const QString html = QString::fromUtf8(BoardPack::html(content));
        CHECK(html.count(QStringLiteral("background:#d9483b")) == 1);
        // Figures never break in the HTML pack either: figure cells and tile values keep one line.
        CHECK(html.contains(
            QStringLiteral("td.num, th.num { text-align: end; white-space: nowrap; }")));
        CHECK(html.contains(QStringLiteral("font-weight: bold; white-space: nowrap; }")));
        // Its text colour chosen from the fill (black on this red: 4.9:1; white would be 4.2:1).
        CHECK(html.contains(
            QStringLiteral("<td>c</td><td style=\"background:#d9483b;color:#000000\">d</td>")));
    }
}

TEST_CASE("board pack: compliance printed both ways with the disagreement banner, every section "
          "reading the same live checks, in English and Arabic",
          "[print][pdf][compliance][live]")
{
    registerSurfaces();
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ar")}) {
        INFO(lang.toStdString());
        const bool ar = lang == QLatin1String("ar");
        auto dir = TestSupport::tempDir();
        auto s = ComplianceFixture::openSqlite(*dir);
        // PDPL-C01 and PDPL-C05 recorded compliant, the data non-compliant; SDAIA-C02 recorded
        // partial, the data compliant: 3 controls disagree.
        ComplianceFixture::recordCompliant(*s);
        LanguageManager language;
        REQUIRE(language.setLanguage(lang));
        BoardPack::Options options;
        options.asOf = ComplianceFixture::asOf();
        options.user = QStringLiteral("board.secretary");
        options.surfaces = {QStringLiteral("executive-room"), QStringLiteral("weekly-review"),
                            QStringLiteral("compliance")};
        BoardPack::Content content;
        QString error;
        REQUIRE(BoardPack::build(*s, options, &content, &error));
        const QString pdf = dir->filePath(QStringLiteral("pack-%1.pdf").arg(lang));
        REQUIRE(BoardPack::writePdf(content, pdf, &error));
        language.setLanguage(QStringLiteral("en"));
        // Reading order (no -layout), whitespace collapsed: a cell's wrapped lines join up.
        const QString all = tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
                                .normalized(QString::NormalizationForm_KC)
                                .simplified();
        if (!qEnvironmentVariable("DEALIX_SCREENSHOTS").isEmpty())
            QFile::copy(pdf, QDir(qEnvironmentVariable("DEALIX_SCREENSHOTS"))
                                 .filePath(QStringLiteral("pack-%1.pdf").arg(lang)));
        INFO(all.toStdString());
        if (!ar) {
            CHECK(all.contains(QStringLiteral(
                "3 controls: records disagree with the data (PDPL-C01, PDPL-C05, SDAIA-C02)")));
            CHECK(all.contains(QStringLiteral("Dealix records")));
            CHECK(all.contains(QStringLiteral("Data shows (as of")));
            // PDPL-C01's row: recorded compliant, the data non-compliant with the marker and
            // the reason (a wrapped "Non-compliant" loses its hyphen in the extracted text; the
            // risk word comes before or after the wrapped reason in reading order).
            const QRegularExpression row(QStringLiteral(
                "PDPL-C01 ✓ Compliant ≠ ✗ Non-?compliant (Critical never Records disagree "
                "with the data: 2 of 6 contacted leads|never Records disagree with the data: 2 "
                "of 6 contacted leads with a valid consent \\(33.3 ?%\\) Critical)"));
            CHECK(row.match(all).hasMatch());
            // The Executive Room and the Weekly Review read the same result (the watermark's
            // letters may fall between words: compared word by word).
            CHECK(containsWords(all,
                                QStringLiteral("Partially compliant (records) · At risk (data)")));
            CHECK(containsWords(all, QStringLiteral("Non-compliant controls: 2")));
            CHECK(containsWords(
                all, QStringLiteral("Dealix's records disagree with the data as of PDPL-C01 "
                                    "(records ✓ Compliant, data ✗ Non-compliant)")));
        } else {
            CHECK(containsWords(all, QStringLiteral("٣ ضوابط: السجلات تخالف البيانات")));
            CHECK(containsWords(all, QStringLiteral("سجلات Dealix")));
            CHECK(containsWords(all, QStringLiteral("ما تظهره البيانات")));
            // (pdftotext puts the shadda of معرّض and the tanween of جزئيًا before their
            // letters: those words are left out.)
            CHECK(containsWords(all, QStringLiteral("ممتثل (السجلات)، للخطر (البيانات)")));
            CHECK(containsWords(all, QStringLiteral("سجلات Dealix تخالف البيانات في")));
            CHECK(all.contains(QStringLiteral("PDPL-C01")));
        }
    }
}

namespace {

// Every text a section lays out: its box holds it as QPainter wraps it (nothing cut off), and
// its contrast with the fill it is painted on (the last fill placed before it that holds its
// centre; white paper when none) is WCAG AA.
void checkContrast(const QList<PrintSection> &sections, bool rtl)
{
    QTemporaryFile file;
    REQUIRE(file.open());
    QPdfWriter writer(&file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(300);
    PageLayout layout(&writer, rtl);
    for (const PrintSection &s : sections)
        layout.addSection(s);
    QPainter painter(&writer);
    int texts = 0;
    for (const PageLayout::Page &page : layout.pages()) {
        for (qsizetype i = 0; i < page.ops.size(); ++i) {
            const PageLayout::Op &op = page.ops.at(i);
            if (op.type != PageLayout::Op::Type::Text || op.text.trimmed().isEmpty())
                continue;
            if (op.wrap) {
                painter.setFont(op.font);
                // Wrapped as the page paints it: at word boundaries or anywhere, in the text's
                // own direction (right to left when it starts so, or has no Latin letter on an
                // Arabic page).
                bool latin = false;
                for (const QChar c : op.text)
                    latin = latin || c.direction() == QChar::DirL;
                QTextOption option;
                option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
                option.setTextDirection(
                    op.text.isRightToLeft() || (rtl && !latin) ? Qt::RightToLeft : Qt::LeftToRight);
                const QRectF need =
                    painter.boundingRect(QRectF(0, 0, op.rect.width(), 1e6),
                                         PageLayout::keepFiguresTogether(op.text), option);
                INFO("fits: " << op.text.toStdString());
                CHECK(need.height() <= op.rect.height() + 1);
            }
            QColor under(Qt::white);
            for (qsizetype j = i - 1; j >= 0; --j) {
                const PageLayout::Op &fill = page.ops.at(j);
                if (fill.type == PageLayout::Op::Type::Fill &&
                    fill.rect.contains(op.rect.center())) {
                    under = fill.color;
                    break;
                }
            }
            // A translucent fill lies on white paper: the ratio is taken on the blend.
            const double alpha = under.alphaF();
            const QColor paper = QColor::fromRgbF(under.redF() * alpha + (1 - alpha),
                                                  under.greenF() * alpha + (1 - alpha),
                                                  under.blueF() * alpha + (1 - alpha));
            // WCAG 2 relative luminance, computed here on its own.
            auto luminance = [](const QColor &c) {
                auto lin = [](double v) {
                    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
                };
                return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
            };
            const double a = luminance(op.color);
            const double b = luminance(paper);
            const double ratio = (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
            INFO(op.text.toStdString() << " in " << op.color.name().toStdString() << " on "
                                       << paper.name().toStdString());
            CHECK(ratio >= 4.5);
            ++texts;
        }
    }
    CHECK(texts > 0);
}

// Like containsWords, with each bidi mark read as a space: pdftotext puts marks between an
// Arabic word and the number next to it, with the space on the other side of the mark.
bool containsMarkedWords(const QString &haystack, const QString &phrase)
{
    static const QRegularExpression marks(
        QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]"));
    return containsWords(QString(haystack).replace(marks, QStringLiteral(" ")), phrase);
}

// A word on a page and its box (points), as pdftotext -bbox gives it, NFKC without bidi marks.
struct BoxWord {
    QString text;
    QRectF box;
};

QList<BoxWord> boxWords(const QString &pdf, int page)
{
    const QString html =
        tool(QStringLiteral("pdftotext"),
             {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
              QString::number(page), QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    static const QRegularExpression word(
        QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" "
                       "yMax=\"([0-9.]+)\">([^<]*)</word>"));
    static const QRegularExpression marks(
        QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]"));
    QList<BoxWord> out;
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const double x0 = m.captured(1).toDouble();
        const double y0 = m.captured(2).toDouble();
        out << BoxWord{
            m.captured(5).normalized(QString::NormalizationForm_KC).remove(marks),
            QRectF(QPointF(x0, y0), QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()))};
    }
    return out;
}

// The words on w's line just before it on the page (up to 70 pt to its left), joined in
// reading order: in both languages a currency is written to the left of its digits ("SAR 337",
// "٣٣٧ ر.س"). pdftotext gives some Arabic words one letter a word.
QString leftOnLine(const QList<BoxWord> &words, const BoxWord &w, bool rtl)
{
    QList<const BoxWord *> found;
    for (const BoxWord &u : words) {
        if (&u == &w || std::abs(u.box.center().y() - w.box.center().y()) >= 2)
            continue;
        if (u.box.right() <= w.box.left() + 1 && u.box.left() >= w.box.left() - 70)
            found << &u;
    }
    std::sort(found.begin(), found.end(), [rtl](const BoxWord *a, const BoxWord *b) {
        return rtl ? a->box.left() > b->box.left() : a->box.left() < b->box.left();
    });
    QString out;
    for (const BoxWord *u : found)
        out += u->text;
    return out;
}

} // namespace

TEST_CASE("cover and page header: the Umm al-Qura Hijri date and the long date in the tenant's "
          "zone, the named preparer, the source by its name",
          "[print][pdf][cover]")
{
    registerSurfaces();
    auto dir = TestSupport::tempDir();
    const QString db = demoDb(*dir);
    const QString login = qEnvironmentVariable("USER");
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ar")}) {
        INFO(lang.toStdString());
        LanguageManager language;
        REQUIRE(language.setLanguage(lang));
        Session s;
        REQUIRE(s.open(SourceUrl::sqlite(db)));
        REQUIRE(s.selectTenant(QStringLiteral("najd-trading")));
        BoardPack::Options options;
        // 00:30 on 5 December in Riyadh (UTC+3): still 4 December in UTC.
        options.asOf = QDateTime(QDate(2026, 12, 4), QTime(21, 30), Qt::UTC);
        options.preparedBy = QStringLiteral("Noura Alfaisal");
        options.surfaces = {QStringLiteral("source")};
        BoardPack::Content content;
        QString error;
        REQUIRE(BoardPack::build(s, options, &content, &error));
        const QString pdf = dir->filePath(QStringLiteral("cover-%1.pdf").arg(lang));
        REQUIRE(BoardPack::writePdf(content, pdf, &error));
        language.setLanguage(QStringLiteral("en"));
        const QString cover = pageText(pdf, 1);
        const QString second = pageText(pdf, 2);
        INFO(cover.toStdString());
        INFO(second.toStdString());
        // The published Umm al-Qura calendar: 5 December 2026 is 25 Jumada al-Akhirah 1448.
        if (lang == QLatin1String("en")) {
            CHECK(flat(cover).contains(QStringLiteral("25 Jumada II 1448")));
            CHECK_FALSE(flat(cover).contains(QStringLiteral("24 Jumada II 1448")));
            CHECK(flat(cover).contains(QStringLiteral("5 Dec 2026")));
            CHECK(flat(cover).contains(QStringLiteral("Figures as of 5 Dec 2026 00:30")));
            CHECK(flat(second).contains(QStringLiteral("25 Jumada II 1448")));
            CHECK(flat(second).contains(QStringLiteral("5 Dec 2026")));
            CHECK(flat(cover).contains(QStringLiteral("SQLite database pack.sqlite")));
        } else {
            CHECK(containsMarkedWords(cover, QStringLiteral("٢٥ جمادى الآخرة ١٤٤٨")));
            CHECK(containsMarkedWords(cover, QStringLiteral("٥ ديسمبر ٢٠٢٦")));
            CHECK(containsMarkedWords(second, QStringLiteral("٢٥ جمادى الآخرة ١٤٤٨")));
            CHECK(containsMarkedWords(second, QStringLiteral("٥ ديسمبر ٢٠٢٦")));
            // Not the tabular civil calendar's day.
            CHECK_FALSE(containsMarkedWords(cover, QStringLiteral("٢٤ جمادى")));
            CHECK(cover.contains(QStringLiteral("pack.sqlite")));
        }
        CHECK(cover.contains(QStringLiteral("Noura Alfaisal")));
        // Never the temporary directory the database lies in, never the system login.
        CHECK_FALSE(cover.contains(dir->path()));
        CHECK_FALSE(cover.contains(QStringLiteral("sqlite:")));
        if (!login.isEmpty())
            CHECK_FALSE(words(cover).contains(login));
        CHECK_FALSE(words(second).contains(login));
    }
}

TEST_CASE("printed tables: header words whole, figures on one line, a column empty in every row "
          "dropped, text on every fill at WCAG AA contrast",
          "[print][pdf][table]")
{
    auto dir = TestSupport::tempDir();
    for (const bool rtl : {false, true}) {
        INFO((rtl ? "Arabic" : "English"));
        // Amounts as Money::display and Money::compact write them in each language.
        const QString full =
            rtl ? QStringLiteral("٣٣٧٬٦٠٠٬٠٠٠٫٠٠ ر.س") : QStringLiteral("SAR 337,600,000.00");
        const QString compact =
            rtl ? QStringLiteral("٣٣٧٫٦ مليون ر.س") : QStringLiteral("SAR 337.6M");
        const QColor saturatedRed(0xb7, 0x1c, 0x1c); // black text on it: 3.2:1
        PrintTable t;
        t.headers = {QStringLiteral("Framework"), QStringLiteral("Control"),
                     QStringLiteral("Amount"), QStringLiteral("Band"), QStringLiteral("Why")};
        t.columnWeights = {0.3, 3, 0.4, 0.6, 1}; // the narrow ones would cut words and figures
        t.numericColumns = {2};
        for (int i = 0; i < 3; ++i) {
            t.rows << QStringList{QStringLiteral("PDPL"),
                                  QStringLiteral("Consent recorded before marketing messages"),
                                  full, QStringLiteral("Critical"), QString()};
            t.cellColours << QList<QColor>{QColor(), QColor(), QColor(), saturatedRed};
        }
        PrintSection section;
        section.id = QStringLiteral("table");
        section.title = QStringLiteral("Table");
        section.blocks << PrintBlock::kpiCards(
            {PrintKpi{QStringLiteral("Pipeline"), compact, QString(), UiState::Neutral, QString()},
             PrintKpi{QStringLiteral("Revenue"), full, QString(), UiState::Critical,
                      QStringLiteral("Below target")},
             PrintKpi{QStringLiteral("Forecast"), full,
                      QStringLiteral("Deals won: 49\nDeals in other currencies, not included: "
                                     "AED 2"),
                      UiState::Neutral, QString()},
             PrintKpi{QStringLiteral("Target"), full, QString(), UiState::Neutral, QString()}});
        section.blocks << PrintBlock::tableBlock(t);
        BoardPack::Content content;
        content.options.cover = false;
        content.options.classification = QStringLiteral("Internal");
        content.rightToLeft = rtl;
        content.sections << section;
        const QString pdf = dir->filePath(QStringLiteral("table-%1.pdf").arg(rtl));
        QString error;
        REQUIRE(BoardPack::writePdf(content, pdf, &error));
        const QString text = pageText(pdf, 1);
        INFO(text.toStdString());
        // Every header word whole (a cut one would leave "Framewo" and "rk").
        const QStringList have = words(text);
        for (const QString &header : {QStringLiteral("Framework"), QStringLiteral("Control"),
                                      QStringLiteral("Amount"), QStringLiteral("Band")})
            CHECK(have.contains(header));
        // The "Why" column is empty in every row: not printed.
        CHECK_FALSE(have.contains(QStringLiteral("Why")));
        // Each amount on one line with its currency, in the table (3 rows) and on the cards.
        // Each amount whole, with its currency (and scale word) before it on the same line,
        // in the table (3 rows) and on the cards (3 full, 1 compact): pdftotext's boxes.
        const QString fullDigits =
            rtl ? QStringLiteral("٣٣٧٬٦٠٠٬٠٠٠٫٠٠") : QStringLiteral("337,600,000.00");
        const QString compactDigits = rtl ? QStringLiteral("٣٣٧٫٦") : QStringLiteral("337.6M");
        const QString currency = QStringLiteral("SAR");
        const QList<BoxWord> boxes = boxWords(pdf, 1);
        int fullCount = 0;
        int compactCount = 0;
        for (const BoxWord &w : boxes) {
            if (!w.text.contains(QStringLiteral("337")) && !w.text.contains(QStringLiteral("٣٣٧")))
                continue;
            INFO(w.text.toStdString());
            CHECK((w.text == fullDigits || w.text == compactDigits));
            const QString before = leftOnLine(boxes, w, rtl);
            INFO("before it on its line: " << before.toStdString());
            if (rtl) {
                CHECK(before.contains(QStringLiteral("ر.س")));
            } else {
                CHECK(before.endsWith(currency));
            }
            if (w.text == compactDigits) {
                ++compactCount;
                if (rtl)
                    CHECK(before.startsWith(QStringLiteral("مليون")));
            } else if (w.text == fullDigits) {
                ++fullCount;
            }
        }
        CHECK(fullCount == 6);
        CHECK(compactCount == 1);
        // No text below AA on any fill, here and in the real pack's sections.
        checkContrast(content.sections, rtl);
        if (!qEnvironmentVariable("DEALIX_SCREENSHOTS").isEmpty())
            QFile::copy(pdf,
                        QDir(qEnvironmentVariable("DEALIX_SCREENSHOTS"))
                            .filePath(QStringLiteral("table-%1.pdf")
                                          .arg(rtl ? QStringLiteral("ar") : QStringLiteral("en"))));
    }
}

TEST_CASE("every section of the real pack keeps its text at WCAG AA contrast on its fills",
          "[print][contrast]")
{
    auto dir = TestSupport::tempDir();
    const QString db = demoDb(*dir);
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ar")}) {
        INFO(lang.toStdString());
        const BoardPack::Content content = buildPack(db, lang);
        checkContrast(content.sections, content.rightToLeft);
    }
}

TEST_CASE("the PDF declares PDF/A-1b in its XMP metadata", "[print][pdf][pdfa]")
{
    auto dir = TestSupport::tempDir();
    BoardPack::Content content;
    content.options.cover = false;
    content.options.classification = QStringLiteral("Internal");
    PrintSection section;
    section.id = QStringLiteral("one");
    section.title = QStringLiteral("One");
    section.blocks << PrintBlock::paragraph(QStringLiteral("Archived."));
    content.sections << section;
    const QString pdf = dir->filePath(QStringLiteral("a1b.pdf"));
    QString error;
    REQUIRE(BoardPack::writePdf(content, pdf, &error));
    const QString meta = tool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf});
    INFO(meta.toStdString());
    // Part 1, conformance B, as an element or an attribute.
    const QRegularExpression part(QStringLiteral("pdfaid:part(>|=\")1"));
    const QRegularExpression conformance(QStringLiteral("pdfaid:conformance(>|=\")B"));
    CHECK(part.match(meta).hasMatch());
    CHECK(conformance.match(meta).hasMatch());
}

TEST_CASE("a banner's tint stays a light tint in the PDF/A file (no transparency: painted as its "
          "blend on paper)",
          "[print][pdf][pdfa][contrast]")
{
    auto dir = TestSupport::tempDir();
    BoardPack::Content content;
    content.options.cover = false;
    content.options.classification = QStringLiteral("Internal");
    PrintSection section;
    section.id = QStringLiteral("banner");
    section.title = QStringLiteral("Banner");
    section.blocks << PrintBlock::banner(QStringLiteral("3 controls: records disagree"),
                                         UiState::Critical);
    content.sections << section;
    const QString pdf = dir->filePath(QStringLiteral("banner.pdf"));
    QString error;
    REQUIRE(BoardPack::writePdf(content, pdf, &error));
    const QString png = dir->filePath(QStringLiteral("banner"));
    tool(QStringLiteral("pdftoppm"),
         {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-png"),
          QStringLiteral("-singlefile"), pdf, png});
    const QImage page(png + QStringLiteral(".png"));
    REQUIRE_FALSE(page.isNull());
    // The banner is 178 mm × about 11 mm (some 280 × 17 pixels at 40 dpi): its inside is the
    // red at 28/255 on white (about #f9e9e9), only its frame and words are the full red.
    int fullRed = 0;
    int tint = 0;
    for (int y = 0; y < page.height(); ++y)
        for (int x = 0; x < page.width(); ++x) {
            const QColor c = page.pixelColor(x, y);
            if (std::abs(c.red() - 0xc6) + std::abs(c.green() - 0x28) + std::abs(c.blue() - 0x28) <
                60)
                ++fullRed;
            if (c.red() >= 240 && c.green() >= 220 && c.green() <= 240 && c.blue() >= 220 &&
                c.blue() <= 240)
                ++tint;
        }
    INFO("full red " << fullRed << ", tint " << tint);
    CHECK(tint > 2000);
    CHECK(fullRed < 1500);
}

TEST_CASE("a banner given UiState::Critical is painted with paper's critical fill, worked out by "
          "hand",
          "[print][pdf][states]")
{
    auto dir = TestSupport::tempDir();
    BoardPack::Content content;
    content.options.cover = false;
    content.options.classification = QStringLiteral("Internal");
    PrintSection section;
    section.id = QStringLiteral("banner");
    section.title = QStringLiteral("Banner");
    section.blocks << PrintBlock::banner(QStringLiteral("x"), UiState::Critical);
    content.sections << section;
    const QString pdf = dir->filePath(QStringLiteral("critical.pdf"));
    QString error;
    REQUIRE(BoardPack::writePdf(content, pdf, &error));
    const QString png = dir->filePath(QStringLiteral("critical"));
    tool(QStringLiteral("pdftoppm"),
         {QStringLiteral("-r"), QStringLiteral("72"), QStringLiteral("-png"),
          QStringLiteral("-singlefile"), pdf, png});
    const QImage page(png + QStringLiteral(".png"));
    REQUIRE_FALSE(page.isNull());
    // Paper's critical fill is the red #c62828 at 10 % over white: 255 − 0.1 × (255 − 198) =
    // 249.3, 255 − 0.1 × (255 − 40) = 233.5 → about (249, 233.5, 233.5). Warning's fill (the
    // amber #b26a00 at 10 %) would be about (247, 240, 230), good's (the green #2e7d32) about
    // (234, 242, 234.5).
    auto near = [](const QColor &c, double r, double g, double b) {
        return std::abs(c.red() - r) <= 2 && std::abs(c.green() - g) <= 2 &&
               std::abs(c.blue() - b) <= 2;
    };
    int critical = 0;
    int warning = 0;
    int good = 0;
    for (int y = 0; y < page.height(); ++y)
        for (int x = 0; x < page.width(); ++x) {
            const QColor c = page.pixelColor(x, y);
            critical += near(c, 249.3, 233.5, 233.5);
            warning += near(c, 247.3, 239.9, 229.5);
            good += near(c, 234.1, 242, 234.5);
        }
    INFO("critical " << critical << ", warning " << warning << ", good " << good);
    // The banner is the content's width (178 mm, some 500 pixels at 72 dpi) by at least its
    // padding (6 mm, some 17 pixels): thousands of pixels of the fill, none of the others.
    CHECK(critical > 5000);
    CHECK(warning == 0);
    CHECK(good == 0);
}

TEST_CASE("printing paints the pack as the PDF, page for page, and refuses a printer the print "
          "service does not have before painting",
          "[print][printer]")
{
    auto dir = TestSupport::tempDir();
    const QString db = demoDb(*dir);
    // No print service here: CUPS_SERVER names a socket nothing listens on.
    const QByteArray oldServer = qgetenv("CUPS_SERVER");
    const QString deadSocket = dir->filePath(QStringLiteral("no-cups.sock"));
    qputenv("CUPS_SERVER", QFile::encodeName(deadSocket));
    const BoardPack::Content content = buildPack(db, QStringLiteral("ar"));
    const QString pdf = dir->filePath(QStringLiteral("pack.pdf"));
    QString error;
    REQUIRE(BoardPack::writePdf(content, pdf, &error));

    SECTION("the print dialog's file output: the same pages, the same lines on each")
    {
        // As the dialog sets it up: high resolution (1200 dpi); BoardPack::print paints at the
        // PDF's resolution, so lines and pages break where they do in the PDF.
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = dir->filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(printed);
        REQUIRE(BoardPack::print(content, &printer, &error));
        const int pages = pageCount(pdf);
        REQUIRE(pages >= 4);
        REQUIRE(pageCount(printed) == pages);
        for (int p = 1; p <= pages; ++p) {
            INFO("page " << p);
            CHECK(pageText(printed, p) == pageText(pdf, p));
        }
    }
    SECTION("a queue the print service does not have, or no print service: refused, unpainted")
    {
        BoardPack::PrintJob job;
        job.printer = QStringLiteral("dealix-no-such-printer");
        CHECK_FALSE(BoardPack::print(content, job, &error));
        CHECK(error.contains(QStringLiteral("dealix-no-such-printer")));
        CHECK(error.contains(deadSocket));
        CHECK(error.contains(QStringLiteral("is not running, cannot be reached")));
        // The dialog's path: a printer set up by name that the print service does not know.
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::NativeFormat);
        printer.setPrinterName(QStringLiteral("dealix-no-such-printer"));
        error.clear();
        CHECK_FALSE(BoardPack::print(content, &printer, &error));
        CHECK(error.contains(QStringLiteral("is not running, cannot be reached")));
    }
    if (oldServer.isNull())
        qunsetenv("CUPS_SERVER");
    else
        qputenv("CUPS_SERVER", oldServer);
}

namespace {

// Clicks the board pack dialog's Print…, chooses printer in the print dialog, accepts it, and
// returns the text of the message box that follows (empty when none came within the time).
QString printFromDialog(BoardPackDialog &dialog, const QString &printer)
{
    QString shown;
    bool chosen = false;
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, [&]() {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *print = qobject_cast<QPrintDialog *>(modal); print && !chosen) {
            auto *printers = print->findChild<QComboBox *>(QStringLiteral("printers"));
            if (!printers)
                return;
            const int i = printers->findText(printer);
            if (i < 0)
                return;
            printers->setCurrentIndex(i);
            chosen = true;
            print->accept();
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            shown = box->text();
            box->accept();
        }
    });
    poll.start();
    QPushButton *button = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("Print…"))
            button = b;
    REQUIRE(button);
    QTimer::singleShot(120000, &dialog, []() {
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close(); // a dialog that never came: the checks below fail
    });
    button->click(); // returns once the print dialog and the message box are closed
    poll.stop();
    CHECK(chosen);
    return shown;
}

} // namespace

TEST_CASE("File ▸ Board pack ▸ Print…: a queue that rejects jobs, or refuses the job, is said "
          "in the dialog",
          "[.cups]")
{
    // Run by tests/print/cups-print-test.sh, over its private print service (CUPS_SERVER):
    // DEALIX_TEST_REJECTING rejects jobs (cupsreject, reason "Toner being replaced"),
    // DEALIX_TEST_DENIED accepts jobs but refuses this user's (lpadmin -u deny:). The shell
    // test checks that neither has a job afterwards.
    const QString rejecting = qEnvironmentVariable("DEALIX_TEST_REJECTING");
    const QString denied = qEnvironmentVariable("DEALIX_TEST_DENIED");
    REQUIRE_FALSE(rejecting.isEmpty());
    REQUIRE_FALSE(denied.isEmpty());
    registerSurfaces();
    auto dir = TestSupport::tempDir();
    const QString db = demoDb(*dir);
    Session s;
    REQUIRE(s.open(SourceUrl::sqlite(db)));
    REQUIRE(s.selectTenant(QStringLiteral("najd-trading")));
    LanguageManager language;
    REQUIRE(language.setLanguage(QStringLiteral("en")));
    BoardPackDialog dialog(s, language, QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
    dialog.setChosenSurfaces({QStringLiteral("executive-room")});
    dialog.show();

    // The print service's words are isolated (U+2068 … U+2069) in the sentence.
    CHECK(printFromDialog(dialog, rejecting) ==
          QStringLiteral(
              "Cannot print on \"\u2068%1\u2069\": the printer is not accepting jobs (\u2068Toner "
              "being replaced\u2069). Ask its administrator to accept jobs again, or "
              "choose another printer.")
              .arg(rejecting));
    CHECK(printFromDialog(dialog, denied) ==
          QStringLiteral(
              "The print service did not accept the job for \"\u2068%1\u2069\": \u2068Not allowed "
              "to print.\u2069")
              .arg(denied));
}

TEST_CASE("board pack: a surface named twice in --surfaces is printed once, where first named",
          "[print][cli]")
{
    registerSurfaces();
    QString error;
    const QStringList resolved = BoardPack::resolveSurfaces(
        {QStringLiteral("weekly-review"), QStringLiteral("executive-room"),
         QStringLiteral("weekly-review"), QStringLiteral("executive-room")},
        &error);
    INFO(error.toStdString());
    CHECK(resolved ==
          QStringList{QStringLiteral("weekly-review"), QStringLiteral("executive-room")});
}
