// The Executive Room's layout in the main window (every tile inside the view, no sideways
// scroll, equal heights and one baseline per row, a header that wraps) and its KPI tiles'
// context (change against the previous period, target), tooltip and keyboard drill-down.
// DEALIX_TEST_SHOTS=1 saves the windows as PNGs under <build>/tests/shots/ for review.
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/surfaces.h"
#include "models/core/money.h"
#include "models/core/settings.h"
#include "models/source/demogenerator.h"
#include "models/source/session.h"
#include "models/source/sourceurl.h"
#include "tests/support/executivefixture.h"
#include "tests/support/figuresfixture.h"
#include "tests/support/refreshwait.h"
#include "tests/support/testsupport.h"
#include "views/executive/executiveroomwidget.h"
#include "views/executive/executivetiles.h"
#include "views/widgets/clampedlabel.h"
#include "views/widgets/kpitile.h"
#include "views/widgets/livecompliancejob.h"
#include "views/widgets/tilegrid.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

#include <algorithm>

namespace {

// Runs the event loop until the room and its live checks are done (and the layout settled).
void settle(ExecutiveRoomWidget &room)
{
    QElapsedTimer waited;
    waited.start();
    auto busy = [&room] {
        if (room.isRefreshing())
            return true;
        for (const LiveComplianceJob *job : room.findChildren<LiveComplianceJob *>())
            if (job->isRunning())
                return true;
        return false;
    };
    while (busy() && waited.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    REQUIRE_FALSE(busy());
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

void saveShot(QWidget &w, const QString &name)
{
    if (qEnvironmentVariableIsEmpty("DEALIX_TEST_SHOTS"))
        return;
    const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/shots");
    QDir().mkpath(dir);
    CHECK(w.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

// The main window on the executive fixture (tenant alpha), showing the Executive Room.
struct RoomWindow {
    std::unique_ptr<QTemporaryDir> dir = TestSupport::tempDir();
    std::unique_ptr<Settings> settings = Settings::temporary();
    LanguageManager language;
    std::unique_ptr<MainWindow> window;
    ExecutiveRoomWidget *room = nullptr;

    explicit RoomWindow(const QString &lang)
        : RoomWindow(
              lang,
              [](const QTemporaryDir &where) {
                  auto s = ExecutiveFixture::openSqlite(where);
                  REQUIRE(s->selectTenant(QStringLiteral("alpha")));
                  return s;
              },
              ExecutiveFixture::asOf())
    {}
    RoomWindow(const QString &lang,
               const std::function<std::unique_ptr<Session>(const QTemporaryDir &)> &open,
               const QDateTime &asOf)
    {
        registerSurfaces();
        REQUIRE(language.setLanguage(lang));
        window = std::make_unique<MainWindow>(*settings, language);
        auto s = open(*dir);
        window->setAsOf(asOf);
        window->setSession(std::move(s));
        REQUIRE(window->selectSurface(QStringLiteral("executive-room")));
        room = qobject_cast<ExecutiveRoomWidget *>(window->currentSurface());
        REQUIRE(room);
        window->show();
    }
    ~RoomWindow() { language.setLanguage(QStringLiteral("en")); }

    void resize(int width, int height)
    {
        window->resize(width, height);
        settle(*room);
    }
};

// The tile's rectangle in the coordinates of the view it scrolls in.
QRect inView(const QWidget *w, const QWidget *viewport)
{
    return QRect(w->mapTo(viewport, QPoint(0, 0)), w->size());
}

QLabel *valueLabel(KpiTile *t)
{
    // The figure's label: the one whose text is the tile's value.
    for (QLabel *l : t->findChildren<QLabel *>(Qt::FindDirectChildrenOnly))
        if (l->text() == t->value())
            return l;
    return nullptr;
}

// Every tile inside the view horizontally (and vertically when wholeVisible); no sideways
// scroll bar; equal heights and one figure baseline per row of tiles.
void checkRoomLayout(RoomWindow &rw, bool wholeVisible)
{
    auto *scroll = rw.room->findChild<QScrollArea *>();
    REQUIRE(scroll);
    const QWidget *viewport = scroll->viewport();
    INFO("view " << viewport->width() << "×" << viewport->height());
    CHECK_FALSE(scroll->horizontalScrollBar()->isVisible());
    const QList<KpiTile *> tiles = rw.room->findChildren<KpiTile *>();
    REQUIRE(tiles.size() == 24);
    QMap<int, QList<KpiTile *>> rows; // by top edge in the view
    for (KpiTile *t : tiles) {
        const QRect r = inView(t, viewport);
        INFO(t->objectName().toStdString()
             << " at " << r.x() << "," << r.y() << " " << r.width() << "×" << r.height());
        CHECK(t->isVisible());
        CHECK(r.left() >= 0);
        CHECK(r.right() < viewport->width());
        if (wholeVisible) {
            CHECK(r.top() >= 0);
            CHECK(r.bottom() < viewport->height());
        }
        rows[r.top()] << t;
    }
    if (wholeVisible)
        CHECK_FALSE(scroll->verticalScrollBar()->isVisible());
    for (auto it = rows.constBegin(); it != rows.constEnd(); ++it) {
        const QList<KpiTile *> &row = it.value();
        QLabel *firstValue = valueLabel(row.first());
        REQUIRE(firstValue);
        for (KpiTile *t : row) {
            INFO(t->objectName().toStdString()
                 << " beside " << row.first()->objectName().toStdString());
            CHECK(t->height() == row.first()->height());
            QLabel *value = valueLabel(t);
            REQUIRE(value);
            CHECK(value->mapTo(viewport, QPoint(0, 0)).y() ==
                  firstValue->mapTo(viewport, QPoint(0, 0)).y());
        }
    }
}

} // namespace

TEST_CASE("executive room layout: every tile inside the view, no sideways scroll, rows aligned",
          "[gui][executive][layout]")
{
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ar")}) {
        INFO(lang.toStdString());
        RoomWindow rw(lang);
        // 1280×800: the whole room without scrolling, in English and in Arabic (whose wider
        // captions wrap to two lines rather than costing a column).
        rw.resize(1280, 800);
        saveShot(*rw.window, QStringLiteral("executive-room-%1-1280x800").arg(lang));
        {
            INFO("1280×800");
            checkRoomLayout(rw, true);
        }
        // 900×600: more rows, scrolled vertically if need be, never sideways.
        rw.resize(900, 600);
        saveShot(*rw.window, QStringLiteral("executive-room-%1-900x600").arg(lang));
        {
            INFO("900×600");
            checkRoomLayout(rw, false);
        }
    }
}

namespace {

// The demo database as the README's pictures show it (scripts/render-docs.sh): its tiles carry
// longer details than the fixture's (lists of control ids, amounts in other currencies).
QDateTime demoAsOf()
{
    return QDateTime::fromString(QStringLiteral("2026-12-05T15:22:00+03:00"), Qt::ISODate);
}

std::unique_ptr<Session> openDemo(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    DemoOptions o;
    o.now = demoAsOf();
    QString error;
    REQUIRE(DemoGenerator::writeSqliteFile(path, o, nullptr, &error));
    auto s = std::make_unique<Session>();
    REQUIRE(s->open(SourceUrl::sqlite(path)));
    REQUIRE(s->selectTenant(QStringLiteral("najd-trading")));
    return s;
}

// The tiles in the order Tab visits them, from the first tile of the room.
QList<KpiTile *> tabOrder(ExecutiveRoomWidget *room)
{
    const QList<KpiTile *> tiles = room->findChildren<KpiTile *>();
    QList<KpiTile *> order;
    QWidget *w = tiles.first();
    for (int guard = 0; guard < 2000 && order.size() < tiles.size(); ++guard) {
        if (auto *k = qobject_cast<KpiTile *>(w); k && !order.contains(k))
            order << k;
        w = w->nextInFocusChain();
    }
    return order;
}

} // namespace

TEST_CASE("executive room on the demo data: the whole room at 1280×800 in both languages",
          "[gui][executive][layout]")
{
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ar")}) {
        INFO(lang.toStdString());
        RoomWindow rw(lang, openDemo, demoAsOf());
        rw.resize(1280, 800);
        saveShot(*rw.window, QStringLiteral("executive-room-demo-%1-1280x800").arg(lang));
        checkRoomLayout(rw, true);
        // Details never take more than two lines; a detail cut short is whole in the tooltip.
        int clamped = 0;
        for (KpiTile *t : rw.room->findChildren<KpiTile *>()) {
            auto *detail = t->findChild<ClampedLabel *>();
            REQUIRE(detail);
            INFO(t->objectName().toStdString() << ": " << t->detail().toStdString());
            CHECK(detail->linesFor(detail->contentsRect().width()).size() <= 2);
            if (detail->isVisible() && detail->isClamped()) {
                ++clamped;
                CHECK(t->toolTip().contains(t->detail()));
            }
        }
        // The records-vs-data tile lists the disagreeing controls: too long for two lines.
        CHECK(clamped >= 1);
        // Every tile takes the same number of detail lines: two in English; in Arabic (taller
        // lines) one when two would not fit. The choice holds: more events change neither it
        // nor any tile's place (no relayout loop).
        const QList<KpiTile *> tiles = rw.room->findChildren<KpiTile *>();
        const int lines = tiles.first()->detailLines();
        if (lang == QLatin1String("en"))
            CHECK(lines == 2);
        CHECK((lines == 1 || lines == 2));
        QList<QRect> places;
        for (KpiTile *t : tiles) {
            CHECK(t->detailLines() == lines);
            places << t->geometry();
        }
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        for (qsizetype i = 0; i < tiles.size(); ++i) {
            CHECK(tiles[i]->detailLines() == lines);
            CHECK(tiles[i]->geometry() == places[i]);
        }
        // The state beside a short figure ("80 ⚠ Watch"), below a long one in Arabic
        // ("معرّض للخطر" and its word do not fit one line of a tile).
        CHECK(rw.room->tile(QStringLiteral("approvals.pending"))->stateInline());
        if (lang == QLatin1String("ar"))
            CHECK_FALSE(rw.room->tile(QStringLiteral("compliance.posture"))->stateInline());
        const QString records = rw.room->tile(QStringLiteral("compliance.disagreeing"))->detail();
        CHECK(records.contains(QStringLiteral("NCA-C01")));
    }
}

TEST_CASE("executive room: Tab visits the tiles in reading order, line by line",
          "[gui][executive][keyboard]")
{
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ar")}) {
        INFO(lang.toStdString());
        RoomWindow rw(lang);
        rw.resize(1280, 800);
        const bool rtl = lang == QLatin1String("ar");
        QList<KpiTile *> read = rw.room->findChildren<KpiTile *>();
        const QWidget *viewport = rw.room->findChild<QScrollArea *>()->viewport();
        // Reading order: by line (top edge), then from the leading side.
        std::sort(read.begin(), read.end(), [&](const KpiTile *a, const KpiTile *b) {
            const QRect ra = inView(a, viewport);
            const QRect rb = inView(b, viewport);
            if (ra.top() != rb.top())
                return ra.top() < rb.top();
            return rtl ? ra.right() > rb.right() : ra.left() < rb.left();
        });
        QList<KpiTile *> tab = tabOrder(rw.room);
        REQUIRE(tab.size() == read.size());
        // The chain is a ring: start it where reading starts.
        const qsizetype first = tab.indexOf(read.first());
        REQUIRE(first >= 0);
        std::rotate(tab.begin(), tab.begin() + first, tab.end());
        QStringList want, got;
        for (qsizetype i = 0; i < read.size(); ++i) {
            want << read[i]->objectName();
            got << tab[i]->objectName();
        }
        CHECK(got.join(QLatin1Char(' ')).toStdString() ==
              want.join(QLatin1Char(' ')).toStdString());
    }
}

TEST_CASE("clamped label: at most N lines, the last one elided, the whole text kept",
          "[gui][executive][layout]")
{
    ClampedLabel label;
    const QFontMetrics fm(label.font());
    label.setText(QStringLiteral("one two three four five six seven eight nine ten"));
    label.setMaximumLines(2);
    // Wide enough for the whole text: one line, not cut.
    bool cut = true;
    QStringList lines = label.linesFor(fm.horizontalAdvance(label.text()) + 4, &cut);
    CHECK(lines == QStringList{label.text()});
    CHECK_FALSE(cut);
    // Room for "one two three" per line: that, then the rest elided on the second line.
    const int narrow = fm.horizontalAdvance(QStringLiteral("one two three")) + 2;
    lines = label.linesFor(narrow, &cut);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == QStringLiteral("one two three"));
    CHECK(lines[1].startsWith(QStringLiteral("four")));
    CHECK(lines[1].endsWith(QStringLiteral("…")));
    CHECK(cut);
    CHECK(label.text() == QStringLiteral("one two three four five six seven eight nine ten"));
    // Three lines allowed at that width: "four five six" whole on the second.
    lines = label.linesFor(narrow, 3, &cut);
    REQUIRE(lines.size() == 3);
    CHECK(lines[1] == QStringLiteral("four five six"));
    // Line breaks start lines; paragraphs beyond the last line shown are marked as cut.
    label.setText(QStringLiteral("a\nb\nc"));
    lines = label.linesFor(200, &cut);
    CHECK(lines == QStringList{QStringLiteral("a"), QStringLiteral("b …")});
    CHECK(cut);
    lines = label.linesFor(200, 3, &cut);
    CHECK(lines == (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    CHECK_FALSE(cut);
    // Right to left: lines break between words only (a word cut in two would change its
    // letters' forms), the last one elided at its logical end.
    {
        ClampedLabel ar;
        ar.setLayoutDirection(Qt::RightToLeft);
        const QStringList words{QStringLiteral("ثمانية"),   QStringLiteral("ضوابط"),
                                QStringLiteral("السجلات"),  QStringLiteral("تخالف"),
                                QStringLiteral("البيانات"), QStringLiteral("في"),
                                QStringLiteral("الامتثال"), QStringLiteral("الوطني")};
        ar.setText(words.join(QLatin1Char(' ')));
        const QFontMetrics afm(ar.font());
        const int w = afm.horizontalAdvance(QStringLiteral("ثمانية ضوابط")) + 2;
        bool arCut = false;
        const QStringList arLines = ar.linesFor(w, &arCut);
        REQUIRE(arLines.size() == 2);
        CHECK(arCut);
        CHECK(arLines[1].endsWith(QStringLiteral("…")));
        for (const QString &line : arLines) {
            QString plain = line;
            plain.remove(QStringLiteral("…"));
            plain.remove(QChar(0x200D)); // the joiner elision keeps before "…"
            for (const QString &word : plain.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                INFO(word.toStdString());
                // Whole words, or the start of one cut by the ellipsis on the last line.
                CHECK(std::any_of(words.begin(), words.end(),
                                  [&](const QString &x) { return x.startsWith(word); }));
            }
        }
        CHECK(arLines[0] == QStringLiteral("ثمانية ضوابط"));
    }
    // The height follows the lines shown: two lines are taller than one, never three.
    label.setText(QStringLiteral("one two three four five six seven eight nine ten"));
    CHECK(label.heightForWidth(narrow, 1) < label.heightForWidth(narrow, 2));
    CHECK(label.heightForWidth(narrow) == label.heightForWidth(narrow, 2));
    CHECK(label.heightForWidth(narrow, 3) > label.heightForWidth(narrow, 2));
}

TEST_CASE("executive room header: the period control never overlaps the title",
          "[gui][executive][layout]")
{
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ar")}) {
        INFO(lang.toStdString());
        RoomWindow rw(lang);
        rw.resize(640, 480);
        saveShot(*rw.window, QStringLiteral("executive-room-%1-640x480").arg(lang));
        QLabel *title = nullptr;
        for (QLabel *l : rw.room->findChildren<QLabel *>())
            if (l->text() == QCoreApplication::translate("ExecutiveRoomWidget", "Executive Room"))
                title = l;
        REQUIRE(title);
        const QRect titleRect = inView(title, rw.room);
        INFO("room " << rw.room->width() << "×" << rw.room->height());
        for (QWidget *control : QList<QWidget *>{rw.room->findChild<QComboBox *>(),
                                                 rw.room->findChild<QCheckBox *>()}) {
            REQUIRE(control);
            const QRect r = inView(control, rw.room);
            INFO(control->metaObject()->className() << " at " << r.x() << "," << r.y());
            CHECK_FALSE(r.intersects(titleRect));
            CHECK(r.left() >= 0);
            CHECK(r.right() < rw.room->width());
        }
        // The title shows whole: its own width at least its text's.
        CHECK(title->width() >= title->fontMetrics().horizontalAdvance(title->text()));
    }
}

TEST_CASE("KPI tile: keyboard drill-down, focus, tooltip with the definition",
          "[gui][executive][keyboard]")
{
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"));
    KpiTile tile;
    tile.setCaption(QStringLiteral("Pending"));
    tile.setValue(QStringLiteral("3"));
    QSignalSpy clicked(&tile, &KpiTile::clicked);
    // Without a drill-down: no focus, keys do nothing.
    tile.setDrillDown(false);
    CHECK(tile.focusPolicy() == Qt::NoFocus);
    QTest::keyClick(&tile, Qt::Key_Return);
    CHECK(clicked.count() == 0);
    tile.setDefinition(QStringLiteral("Approval requests waiting for a decision."));
    tile.setDrillDown(true, QStringLiteral("Click, or press Enter, to open Approval Center"));
    CHECK(tile.focusPolicy() == Qt::StrongFocus);
    CHECK(tile.toolTip() == QStringLiteral("Approval requests waiting for a decision.\n"
                                           "Click, or press Enter, to open Approval Center"));
    QTest::keyClick(&tile, Qt::Key_Return);
    QTest::keyClick(&tile, Qt::Key_Enter);
    QTest::keyClick(&tile, Qt::Key_Space);
    CHECK(clicked.count() == 3);
    QTest::keyClick(&tile, Qt::Key_A);
    QTest::keyClick(&tile, Qt::Key_Return, Qt::ControlModifier);
    CHECK(clicked.count() == 3);

    // The focus frame: the focused tile is drawn with the palette's highlight inside its border.
    tile.resize(200, 120);
    tile.show();
    REQUIRE(QTest::qWaitForWindowExposed(&tile));
    const QImage before = tile.grab().toImage();
    tile.activateWindow();
    tile.setFocus(Qt::TabFocusReason);
    REQUIRE(QTest::qWaitForWindowActive(&tile));
    REQUIRE(tile.hasFocus());
    const QImage after = tile.grab().toImage();
    CHECK(before != after);
    const QColor highlight = tile.palette().color(QPalette::Highlight);
    CHECK(QColor(after.pixel(after.width() / 2, 2)) == highlight);
}

TEST_CASE("executive room tiles: change against the previous period and target, by hand",
          "[gui][executive][context]")
{
    registerSurfaces();
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"));
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir);
    REQUIRE(s->selectTenant(QStringLiteral("periods")));
    ExecutiveRoomWidget w;
    w.setSession(s.get(), ExecutiveFixture::asOf());
    w.show();
    // Worked out in ExecutiveFixture::checkPreviousPeriods: month 1600 vs 100 halalas, win rate
    // 50.0 % both; year 2300 vs 800, 57.1 % vs 50.0 %.
    w.setPeriod(Period::Month);
    REQUIRE(TestSupport::refreshAndWait(w));
    CHECK(w.tile(QStringLiteral("revenue.actual"))->context() ==
          QStringLiteral("▲ up 1,500.0% vs last month"));
    CHECK(w.tile(QStringLiteral("revenue.win_rate"))->context() ==
          QStringLiteral("■ no change vs last month"));
    w.setPeriod(Period::Year);
    REQUIRE(TestSupport::refreshAndWait(w));
    CHECK(w.tile(QStringLiteral("revenue.actual"))->context() ==
          QStringLiteral("▲ up 187.5% vs last year"));
    CHECK(w.tile(QStringLiteral("revenue.win_rate"))->context() ==
          QStringLiteral("▲ up 7.1 pts vs last year"));
    // All time has none: said, never a change of 0.
    w.setPeriod(Period::AllTime);
    REQUIRE(TestSupport::refreshAndWait(w));
    CHECK(w.tile(QStringLiteral("revenue.actual"))->context() ==
          QStringLiteral("No previous period"));
    // The tooltip says what the figure is, then where the click goes.
    const QString tip = w.tile(QStringLiteral("revenue.actual"))->toolTip();
    CHECK(tip.startsWith(
        QStringLiteral("Value in SAR of the deals won (closed_won) in the period.")));
    CHECK(tip.contains(QStringLiteral("press Enter, to open Actual vs Forecast")));
    // A focused tile drills down with the keyboard: the room asks for its surface.
    QSignalSpy open(&w, &SurfaceWidget::openSurfaceRequested);
    QTest::keyClick(w.tile(QStringLiteral("approvals.breach")), Qt::Key_Space);
    REQUIRE(open.count() == 1);
    CHECK(open.first().value(0).toString() == QStringLiteral("approval-center"));

    // Arabic: the same change in the locale's digits, no ASCII digit.
    REQUIRE(language.setLanguage(QStringLiteral("ar")));
    w.setPeriod(Period::Month);
    REQUIRE(TestSupport::refreshAndWait(w));
    const QString ar = w.tile(QStringLiteral("revenue.actual"))->context();
    CHECK(ar.contains(QStringLiteral("١٬٥٠٠٫٠٪")));
    CHECK_FALSE(ar.contains(QRegularExpression(QStringLiteral("[0-9]"))));
    CHECK(ar.startsWith(QStringLiteral("▲")));
    language.setLanguage(QStringLiteral("en"));

    // The target where there is one (alpha, November: 5000.00 + a third of 3000.00 = 6000.00).
    REQUIRE(s->selectTenant(QStringLiteral("alpha")));
    QString error;
    REQUIRE(FiguresFixture::addTargets(*s, &error));
    REQUIRE(s->selectTenant(QStringLiteral("alpha")));
    w.setSession(s.get(), ExecutiveFixture::asOf());
    w.setPeriod(Period::Month);
    REQUIRE(TestSupport::refreshAndWait(w));
    CHECK(w.tile(QStringLiteral("revenue.actual"))
              ->context()
              .endsWith(QStringLiteral("\nTarget ") + Money::compact(600000)));
}

TEST_CASE("executive tiles over the Dealix API: the change is not available, never 0",
          "[gui][executive][context]")
{
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"));
    ExecutiveSnapshot s;
    s.period = Period::AllTime;
    s.rest.calls << RestTrace::Call{
        QStringLiteral("GET /api/v1/executive-room/snapshot"), {}, {}, {}};
    s.revenue.actual = 100;
    s.revenue.winRate = 50.0;
    const QHash<QString, ExecutiveTiles::Tile> tiles = ExecutiveTiles::build(s);
    CHECK(tiles.value(QStringLiteral("revenue.actual")).context ==
          QStringLiteral("Change vs the previous period: not available"));
    CHECK(tiles.value(QStringLiteral("revenue.win_rate")).context ==
          QStringLiteral("Change vs the previous period: not available"));
}

TEST_CASE("tile grid: narrower than one tile, it scrolls sideways rather than cut the tile",
          "[gui][executive][layout]")
{
    TileGrid grid;
    auto *box = new QGroupBox(QStringLiteral("Group"));
    auto *a = new KpiTile;
    a->setCaption(QStringLiteral("Pending"));
    a->setValue(QStringLiteral("3"));
    auto *b = new KpiTile;
    b->setCaption(QStringLiteral("Breached"));
    b->setValue(QStringLiteral("1"));
    grid.addGroup(box, {a, b});
    grid.resize(800, 400);
    grid.show();
    QCoreApplication::processEvents();
    // Wide: two columns, no sideways scroll bar.
    CHECK(grid.columns() >= 2);
    CHECK(grid.horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff);
    // Narrower than the tile's minimum width (120 px): one column, as wide as a tile, and the
    // view scrolls sideways to reach the rest of it.
    grid.resize(80, 400);
    QCoreApplication::processEvents();
    CHECK(grid.columns() == 1);
    CHECK(grid.horizontalScrollBarPolicy() == Qt::ScrollBarAsNeeded);
    CHECK(grid.content()->width() >= a->minimumSizeHint().width());
    CHECK(a->width() >= a->minimumSizeHint().width());
    CHECK(grid.horizontalScrollBar()->maximum() > 0);
}

TEST_CASE("KPI tile: a detail cut short is whole in the tooltip, the new one after a change",
          "[gui][executive][layout]")
{
    KpiTile tile;
    tile.setCaption(QStringLiteral("Records vs data"));
    tile.setValue(QStringLiteral("8"));
    tile.setDefinition(QStringLiteral("Controls whose records the data contradicts."));
    tile.resize(160, 160);
    tile.show();
    REQUIRE(QTest::qWaitForWindowExposed(&tile));
    const QString a = QStringLiteral("8 controls: NCA-C01, NCA-C04, PDPL-C01, PDPL-C02, "
                                     "PDPL-C04, PDPL-C05, PDPL-C10, SDAIA-C02");
    const QString b = QStringLiteral("3 controls: ZATCA-C01, ZATCA-C02, SECT-C01, and more words "
                                     "than two lines of a narrow tile can hold");
    tile.setDetail(a);
    QCoreApplication::processEvents();
    CHECK(tile.toolTip() == QStringLiteral("Controls whose records the data contradicts.\n") + a);
    // Another long detail (a refresh, another period): the tooltip follows it.
    tile.setDetail(b);
    QCoreApplication::processEvents();
    CHECK(tile.toolTip() == QStringLiteral("Controls whose records the data contradicts.\n") + b);
    // A short one fits: the tooltip is the definition alone.
    tile.setDetail(QStringLiteral("None"));
    QCoreApplication::processEvents();
    CHECK(tile.toolTip() == QStringLiteral("Controls whose records the data contradicts."));
}
