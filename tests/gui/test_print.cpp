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

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>

#include <catch2/catch.hpp>

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
    const QString pdf = dir->filePath(QStringLiteral("dialog.pdf"));
    QString error;
    REQUIRE(dialog.savePdfTo(pdf, &error));
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
            if (op.type == PageLayout::Op::Type::Fill && op.color == QColor(0x20, 0x9f, 0xdf))
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
        // Its text in the colour that reads on it: on this red (luminance 0.197) near-black
        // #1a1a1a reaches only 4.1:1 and white 4.3:1; black 4.9:1.
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
            // the reason (a wrapped "Non-compliant" loses its hyphen in the extracted text).
            const QRegularExpression row(QStringLiteral(
                "PDPL-C01 ✓ Compliant ≠ ✗ Non-?compliant Critical never Records disagree with "
                "the data: 2 of 6 contacted leads"));
            CHECK(row.match(all).hasMatch());
            // The Executive Room and the Weekly Review read the same result (the watermark's
            // letters may fall between words: compared word by word).
            CHECK(containsWords(all, QStringLiteral("Partial (records) · At risk (data)")));
            CHECK(containsWords(all, QStringLiteral("Non-compliant controls: 2")));
            CHECK(containsWords(
                all, QStringLiteral("Dealix's records disagree with the data as of PDPL-C01 "
                                    "(records ✓ Compliant, data ✗ Non-compliant)")));
        } else {
            CHECK(containsWords(all, QStringLiteral("٣ ضوابط: السجلات تخالف البيانات")));
            CHECK(containsWords(all, QStringLiteral("سجلات Dealix")));
            CHECK(containsWords(all, QStringLiteral("ما تظهره البيانات")));
            // (pdftotext puts the shadda of معرّض before its letter: that word is left out.)
            CHECK(containsWords(all, QStringLiteral("جزئي (السجلات) · للخطر (البيانات)")));
            CHECK(containsWords(all, QStringLiteral("سجلات Dealix تخالف البيانات في")));
            CHECK(all.contains(QStringLiteral("PDPL-C01")));
        }
    }
}
