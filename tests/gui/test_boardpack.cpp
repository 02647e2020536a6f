// The board pack's sections computed concurrently on their own connections, with the figures
// several sections need computed once per pack, give what each section gives alone; the
// File ▸ Board pack dialog computes on worker threads, shows progress per section, and its
// Cancel stops the computation and writes nothing.
#include "app/boardpackdialog.h"
#include "app/languagemanager.h"
#include "app/surfaces.h"
#include "models/source/demogenerator.h"
#include "tests/gui/boardpackchecks.h"
#include "tests/support/executivefixture.h"
#include "tests/support/testsupport.h"
#include "views/print/boardpack.h"
#include "views/print/printdocument.h"
#include "views/surface/surface.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QTimer>

#include <catch2/catch.hpp>

#include <atomic>

namespace {

QDateTime packAsOf()
{
    return QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
}

QString demoDb(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("pack.sqlite"));
    DemoOptions o;
    o.scale = 0.1;
    o.now = packAsOf();
    QString error;
    REQUIRE(DemoGenerator::writeSqliteFile(path, o, nullptr, &error));
    return path;
}

// What the slow test sections saw.
std::atomic_int g_started{0};
std::atomic_int g_ticks{0};
std::atomic_bool g_onGuiThread{false};
std::atomic_bool g_sawTicks{false};
std::atomic_bool g_rtlDuring{false};
enum class Wait { ForTicks, ForCancel, Briefly };
std::atomic<Wait> g_wait{Wait::ForTicks};

// A section that takes as long as the test needs: until the window's timer has ticked while it
// computes (the window is not blocked), or until the pack is cancelled; never longer than 10 s.
class SlowSurface : public Surface
{
public:
    explicit SlowSurface(int n)
        : m_n(n)
    {}
    QString id() const override { return QStringLiteral("test-slow-%1").arg(m_n); }
    QString title() const override { return QStringLiteral("Slow %1").arg(m_n); }
    QIcon icon() const override { return {}; }
    bool exportData(const Session &, const ExportRequest &, QByteArray *,
                    QString *error) const override
    {
        *error = QStringLiteral("no export");
        return false;
    }
    bool printSection(const Session &session, const ExportRequest &request, PrintSection *out,
                      QString *) const override
    {
        ++g_started;
        if (QThread::currentThread() == qApp->thread())
            g_onGuiThread = true;
        const int ticks = g_ticks;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000) {
            if (g_wait == Wait::ForTicks && g_ticks >= ticks + 5) {
                g_sawTicks = true;
                break;
            }
            if (g_wait == Wait::ForCancel && *request.cancelled)
                break;
            if (g_wait == Wait::Briefly) {
                // What the application's direction is while the pack computes.
                g_rtlDuring = QGuiApplication::layoutDirection() == Qt::RightToLeft;
                QThread::msleep(300);
                break;
            }
            QThread::msleep(2);
        }
        out->id = id();
        out->title = title();
        out->blocks << PrintBlock::paragraph(
            QStringLiteral("slow %1 for %2").arg(m_n).arg(session.tenant().slug));
        return true;
    }
    SurfaceWidget *createWidget(QWidget *) const override { return nullptr; }

private:
    int m_n;
};

void registerSlow()
{
    registerSurfaces();
    for (int n = 1; n <= 4; ++n)
        SurfaceRegistry::instance().add(std::make_unique<SlowSurface>(n));
}

QString sectionsText(const BoardPack::Content &c)
{
    QStringList out;
    for (const PrintSection &s : c.sections) {
        out << s.id << s.title;
        for (const PrintBlock &b : s.blocks) {
            out << b.text;
            for (const PrintKpi &k : b.kpis)
                out << k.caption << k.value << k.detail << QString::number(int(k.state));
            for (const QStringList &row : b.table.rows)
                out << row;
        }
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("a concurrent board pack equals every section computed alone (SQLite)",
          "[boardpack][concurrent][shared]")
{
    auto dir = TestSupport::tempDir();
    Session s;
    REQUIRE(s.open(SourceUrl::sqlite(demoDb(*dir))));
    REQUIRE(s.selectTenant(QStringLiteral("najd-trading")));
    SECTION("all time")
    {
        BoardPackChecks::checkSharedEqualsSeparate(s, packAsOf(), QString());
    }
    SECTION("this month")
    {
        BoardPackChecks::checkSharedEqualsSeparate(s, packAsOf(), QStringLiteral("month"));
    }
}

TEST_CASE("the cover's preparer is the tenant's user named by e-mail, never another tenant's "
          "nor the system login (SQLite)",
          "[boardpack][preparer]")
{
    auto dir = TestSupport::tempDir();
    Session s;
    REQUIRE(s.open(SourceUrl::sqlite(demoDb(*dir))));
    BoardPackChecks::checkPreparerFromTenantUser(s);
}

TEST_CASE("a request's Executive snapshot is computed once and equals the one computed alone "
          "(SQLite)",
          "[boardpack][shared]")
{
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir);
    REQUIRE(s->selectTenant(QStringLiteral("alpha")));
    BoardPackChecks::checkSnapshotComputedOnce(*s, ExecutiveFixture::asOf());
}

TEST_CASE("a section that fails keeps its place and its cause in a concurrent pack",
          "[boardpack][concurrent][failure]")
{
    registerSurfaces();
    auto dir = TestSupport::tempDir();
    Session s;
    REQUIRE(s.open(SourceUrl::sqlite(demoDb(*dir))));
    REQUIRE(s.selectTenant(QStringLiteral("najd-trading")));
    // An unknown period fails the sections that have a period, with the same words as the
    // sequential run, in the board order.
    BoardPack::Content sequential, concurrent;
    for (int threads : {1, 3}) {
        BoardPack::Options options;
        options.asOf = packAsOf();
        options.period = QStringLiteral("fortnight");
        options.threads = threads;
        options.surfaces = {QStringLiteral("executive-room"), QStringLiteral("weekly-review"),
                            QStringLiteral("compliance"), QStringLiteral("forecast")};
        QString error;
        REQUIRE(BoardPack::build(s, options, threads == 1 ? &sequential : &concurrent, &error));
    }
    REQUIRE(sequential.failedSections.size() >= 1);
    CHECK(sequential.failedSections.first().startsWith(QStringLiteral("executive-room: ")));
    CHECK(sequential.failedSections.first().contains(QStringLiteral("fortnight")));
    CHECK(concurrent.failedSections == sequential.failedSections);
    CHECK(sectionsText(concurrent) == sectionsText(sequential));
}

TEST_CASE("File ▸ Board pack computes on worker threads: the window keeps running, progress per "
          "section, the same pack as the command line's",
          "[boardpack][gui][threads]")
{
    registerSlow();
    auto dir = TestSupport::tempDir();
    Session s;
    REQUIRE(s.open(SourceUrl::sqlite(demoDb(*dir))));
    REQUIRE(s.selectTenant(QStringLiteral("najd-trading")));
    LanguageManager language;
    REQUIRE(language.setLanguage(QStringLiteral("en")));
    BoardPackDialog dialog(s, language, packAsOf());
    const QStringList chosen{QStringLiteral("executive-room"), QStringLiteral("test-slow-1"),
                             QStringLiteral("weekly-review"), QStringLiteral("compliance")};
    dialog.setChosenSurfaces(chosen);
    QList<std::pair<int, int>> progress;
    QObject::connect(&dialog, &BoardPackDialog::sectionComputed, [&progress](int done, int total) {
        progress.append({done, total});
    });
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [] { ++g_ticks; });
    ticker.start(5);
    g_started = 0;
    g_onGuiThread = false;
    g_sawTicks = false;
    g_wait = Wait::ForTicks;
    BoardPack::Content fromDialog;
    QString error;
    REQUIRE(dialog.buildContent(&fromDialog, &error));
    ticker.stop();
    CHECK(g_started == 1);
    CHECK_FALSE(g_onGuiThread);
    // The window's timer ran while the slow section computed: nothing blocked it.
    CHECK(g_sawTicks);
    // One progress step per section, in order, out of four.
    REQUIRE(progress.size() == 4);
    for (int i = 0; i < 4; ++i)
        CHECK(progress.at(i) == std::make_pair(i + 1, 4));
    // The command line's pack of the same sections: the same sections, word for word.
    g_wait = Wait::ForCancel; // (not cancelled: the slow section waits its 10 s at most)
    BoardPack::Options options;
    options.surfaces = {QStringLiteral("executive-room"), QStringLiteral("weekly-review"),
                        QStringLiteral("compliance")};
    options.asOf = packAsOf();
    BoardPack::Content fromCli;
    REQUIRE(BoardPack::build(s, options, &fromCli, &error));
    // The sections in the board order (the test's slow one last), without the slow one.
    REQUIRE(fromDialog.sections.size() == 4);
    CHECK(fromDialog.sections.at(3).id == QStringLiteral("test-slow-1"));
    fromDialog.sections.removeAt(3);
    CHECK(sectionsText(fromDialog) == sectionsText(fromCli));
}

TEST_CASE("File ▸ Board pack: Cancel stops the sections, writes nothing and keeps the old file",
          "[boardpack][gui][cancel]")
{
    registerSlow();
    auto dir = TestSupport::tempDir();
    Session s;
    REQUIRE(s.open(SourceUrl::sqlite(demoDb(*dir))));
    REQUIRE(s.selectTenant(QStringLiteral("najd-trading")));
    LanguageManager language;
    REQUIRE(language.setLanguage(QStringLiteral("en")));
    BoardPackDialog dialog(s, language, packAsOf());
    dialog.setConcurrency(2);
    dialog.setChosenSurfaces({QStringLiteral("test-slow-1"), QStringLiteral("test-slow-2"),
                              QStringLiteral("test-slow-3"), QStringLiteral("test-slow-4")});
    const QString pdf = dir->filePath(QStringLiteral("pack.pdf"));
    {
        QFile old(pdf);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("last night's pack");
    }
    g_started = 0;
    g_wait = Wait::ForCancel;
    // The user presses the progress dialog's Cancel once the first sections are under way.
    bool pressed = false;
    QTimer presser;
    QObject::connect(&presser, &QTimer::timeout, [&dialog, &pressed] {
        if (pressed || g_started < 2)
            return;
        auto *progress = dialog.findChild<QProgressDialog *>();
        if (!progress)
            return;
        const auto buttons = progress->findChildren<QPushButton *>();
        for (QPushButton *b : buttons) {
            if (b->text() == QLatin1String("Cancel")) {
                b->click();
                pressed = true;
            }
        }
    });
    presser.start(5);
    QElapsedTimer timer;
    timer.start();
    QString error;
    CHECK_FALSE(dialog.savePdfTo(pdf, &error));
    presser.stop();
    CHECK(pressed);
    CHECK(error == QStringLiteral("Cancelled."));
    // The two sections under way stopped; the other two never started.
    CHECK(g_started == 2);
    CHECK(timer.elapsed() < 9000);
    // The old file is untouched and nothing else was written.
    QFile old(pdf);
    REQUIRE(old.open(QIODevice::ReadOnly));
    CHECK(old.readAll() == QByteArray("last night's pack"));
    // pack.pdf + pack.sqlite; the open demo database is in WAL mode, so its -wal and -shm
    // files are there while the session is open and are not the pack's.
    QStringList files = QDir(dir->path()).entryList(QDir::Files | QDir::Hidden);
    files.removeIf([](const QString &f) {
        return f.endsWith(QLatin1String("-wal")) || f.endsWith(QLatin1String("-shm"));
    });
    CHECK(files.size() == 2);
}

TEST_CASE("Cancel during the pack's shared live checks: run once, never again, no crash (SQLite)",
          "[boardpack][cancel][shared]")
{
    auto dir = TestSupport::tempDir();
    Session s;
    REQUIRE(s.open(SourceUrl::sqlite(demoDb(*dir))));
    REQUIRE(s.selectTenant(QStringLiteral("najd-trading")));
    BoardPackChecks::checkCancelDuringSharedChecks(s, packAsOf());
}

TEST_CASE("Cancel stops the statement a section is running (SQLite)", "[boardpack][cancel]")
{
    auto dir = TestSupport::tempDir();
    Session s;
    REQUIRE(s.open(SourceUrl::sqlite(demoDb(*dir))));
    REQUIRE(s.selectTenant(QStringLiteral("najd-trading")));
    // Minutes of counting if nothing stops it.
    BoardPackChecks::checkCancelStopsRunningStatement(
        s, QStringLiteral("with recursive c(x) as (select 1 union all select x + 1 from c where "
                          "x < 2000000000) select count(*) from c"));
}

namespace {
// An open widget of the window: its text follows the application's language.
class RetranslatingLabel : public QLabel
{
public:
    explicit RetranslatingLabel(QWidget *parent)
        : QLabel(parent)
    {
        setText(BoardPack::tr("Contents"));
    }

protected:
    void changeEvent(QEvent *e) override
    {
        if (e->type() == QEvent::LanguageChange)
            setText(BoardPack::tr("Contents"));
        QLabel::changeEvent(e);
    }
};
} // namespace

TEST_CASE("a board pack in Arabic from an English window: the window stays English and left to "
          "right while the pack computes, the pack's texts are Arabic",
          "[boardpack][gui][language]")
{
    registerSlow();
    auto dir = TestSupport::tempDir();
    Session s;
    REQUIRE(s.open(SourceUrl::sqlite(demoDb(*dir))));
    REQUIRE(s.selectTenant(QStringLiteral("najd-trading")));
    LanguageManager language;
    REQUIRE(language.setLanguage(QStringLiteral("en")));
    QWidget window;
    auto *label = new RetranslatingLabel(&window);
    window.show();
    BoardPackDialog dialog(s, language, packAsOf());
    dialog.setChosenSurfaces({QStringLiteral("executive-room"), QStringLiteral("test-slow-1")});
    dialog.setPackLanguage(QStringLiteral("ar"));
    // What the window looks like whenever its thread runs while the pack computes.
    QStringList textsSeen;
    bool rtlSeen = false;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] {
        if (g_started == 0)
            return;
        textsSeen << label->text();
        rtlSeen = rtlSeen || window.layoutDirection() == Qt::RightToLeft ||
                  label->layoutDirection() == Qt::RightToLeft;
    });
    sampler.start(5);
    g_started = 0;
    g_rtlDuring = true;
    g_wait = Wait::Briefly;
    BoardPack::Content pack;
    QString error;
    const bool built = dialog.buildContent(&pack, &error);
    sampler.stop();
    INFO(error.toStdString());
    REQUIRE(built);
    CHECK(g_started == 1);
    // The application stayed left to right while the sections computed ...
    CHECK_FALSE(g_rtlDuring);
    // ... and the window never showed the pack's language or direction.
    CHECK_FALSE(rtlSeen);
    CHECK(textsSeen.filter(QStringLiteral("المحتويات")).isEmpty());
    QCoreApplication::processEvents();
    CHECK(label->text() == QStringLiteral("Contents"));
    CHECK(window.layoutDirection() == Qt::LeftToRight);
    CHECK(QGuiApplication::layoutDirection() == Qt::LeftToRight);
    CHECK(language.language() == QStringLiteral("en"));
    CHECK(BoardPack::tr("Contents") == QStringLiteral("Contents"));
    // The pack itself is Arabic, right to left.
    CHECK(pack.rightToLeft);
    CHECK(pack.labels.contents == QStringLiteral("المحتويات"));
    REQUIRE(pack.sections.size() == 2);
    CHECK(pack.sections.at(0).title == QStringLiteral("غرفة القيادة التنفيذية"));
}
