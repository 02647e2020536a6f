// A write's outcome and the refresh that follows it (README "Writes and the refresh after them"):
// every surface that writes from the window reads itself again after the write, and whatever
// that refresh says (a notice of its figures, or its error) follows the write's outcome in the
// banner, never in its place. Over SQLite and PostgreSQL the write runs on the GUI thread and the
// refresh on the widget's worker; the worker is held (TestSupport::WorkerGate) where the test
// has to make the refresh fail after the write went through (a table the refresh reads is
// dropped meanwhile). The same over a Dealix server: tests/gui/test_rest_gui.cpp.
#include "app/languagemanager.h"
#include "app/surfaces.h"
#include "models/approvals/approvaldecider.h"
#include "models/approvals/approvalqueuemodel.h"
#include "tests/support/boardsfixture.h"
#include "tests/support/compliancefixture.h"
#include "tests/support/executivefixture.h"
#include "tests/support/governancefixture.h"
#include "tests/support/qstringmaker.h"
#include "tests/support/refreshwait.h"
#include "tests/support/testsupport.h"
#include "tests/support/workergate.h"
#include "views/approvals/approvalcenterwidget.h"
#include "views/compliance/compliancewidget.h"
#include "views/connectors/connectorswidget.h"
#include "views/evidence/evidencepackswidget.h"
#include "views/violations/policyviolationswidget.h"
#include "views/widgets/actorpicker.h"
#include "views/widgets/messagebanner.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <functional>
#include <memory>

using TestSupport::RefreshWaiter;

namespace {

// An open fixture on SQLite (a temporary file) or PostgreSQL (a throw-away database).
struct Source {
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<TestSupport::PgDatabase> pg;
    std::unique_ptr<Session> session;
};

Source openSource(bool postgres,
                  const std::function<std::unique_ptr<Session>(QTemporaryDir &)> &sqlite,
                  const std::function<bool(Session &, QString *)> &load)
{
    Source src;
    if (!postgres) {
        src.dir = TestSupport::tempDir();
        src.session = sqlite(*src.dir);
        REQUIRE(src.session);
        return src;
    }
    src.pg = std::make_unique<TestSupport::PgDatabase>();
    INFO(src.pg->error().toStdString());
    REQUIRE(src.pg->ok());
    src.session = std::make_unique<Session>();
    REQUIRE(src.session->open(SourceUrl::parse(src.pg->url()), Session::OpenMode::AllowEmpty));
    QString error;
    const bool loaded = load(*src.session, &error);
    INFO(error.toStdString());
    REQUIRE(loaded);
    return src;
}

// Runs the event loop until w has nothing under way.
bool idle(SurfaceWidget &w)
{
    QElapsedTimer t;
    t.start();
    while (w.isRefreshing() && t.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return !w.isRefreshing();
}

bool dropTable(Session &s, const QString &table)
{
    QSqlQuery q(s.database());
    const bool ok =
        q.exec(QStringLiteral("drop table %1%2")
                   .arg(table, s.isPostgres() ? QStringLiteral(" cascade") : QString()));
    INFO(q.lastError().text().toStdString());
    return ok;
}

void show(SurfaceWidget &w, Session &s, const QDateTime &asOf)
{
    w.setSession(&s, asOf);
    w.resize(1200, 800);
    w.show();
    REQUIRE(TestSupport::refreshAndWait(w));
    REQUIRE(idle(w));
}

// write() writes on the GUI thread and starts the refresh that follows; the worker is held
// there, table is dropped behind it, and the refresh then fails. The banner says the write's
// outcome (what write() returned), then the refresh's error on a line of its own, as an error.
void checkOutcomeThenRefreshError(SurfaceWidget &w, MessageBanner *banner, Session &s,
                                  const QString &table, const std::function<QString()> &write,
                                  const QString &outcomeHas)
{
    REQUIRE(banner);
    TestSupport::WorkerGate gate;
    gate.hold();
    RefreshWaiter reread(w);
    const QString outcome = write();
    INFO("outcome: " << outcome.toStdString());
    REQUIRE(outcome.contains(outcomeHas));
    REQUIRE(gate.waitEntered()); // the refresh after the write, held on the worker
    REQUIRE(dropTable(s, table));
    gate.open();
    CHECK_FALSE(reread.wait());
    REQUIRE_FALSE(reread.timedOut());
    REQUIRE(idle(w));
    INFO("banner: " << banner->text().toStdString());
    const QString error = w.errorString();
    REQUIRE_FALSE(error.isEmpty());
    const QString expected = outcome + QLatin1Char('\n') + error;
    CHECK(banner->text() == expected);
    CHECK(banner->level() == MessageBanner::Level::Error);
    CHECK(banner->isVisible());
}

void evidenceCase(bool postgres)
{
    Source src = openSource(postgres, GovernanceFixture::openSqlite, GovernanceFixture::load);
    REQUIRE(src.session->selectTenant(QStringLiteral("gov")));
    EvidencePacksWidget w;
    show(w, *src.session, GovernanceFixture::asOf());
    // gov holds one altered pack (GovernanceFixture::AlteredPack): the list says so each time.
    const QString altered =
        EvidencePacksWidget::tr("%n pack(s) no longer match their signature.", "", 1);
    REQUIRE(w.banner()->text() == altered);
    REQUIRE(w.selectPack(QLatin1String(GovernanceFixture::ValidPack)));
    w.actorPicker()->setEmail(QStringLiteral("manager@gov.sa"));
    RefreshWaiter reread(w);
    const QString outcome = w.reviewSelected();
    INFO("outcome: " << outcome.toStdString());
    REQUIRE(reread.wait());
    REQUIRE(idle(w));
    REQUIRE(w.currentPack());
    REQUIRE(w.currentPack()->status == QLatin1String("reviewed")); // the review went through
    // Both in the banner, the review's outcome first; the more serious level (the notice's).
    const QString expected = outcome + QLatin1Char('\n') + altered;
    CHECK(w.banner()->text() == expected);
    CHECK(w.banner()->level() == MessageBanner::Level::Error);
    // A picture to look at (not compared) when DEALIX_SCREENSHOTS names a directory.
    if (const QString shots = qEnvironmentVariable("DEALIX_SCREENSHOTS"); !shots.isEmpty()) {
        QCoreApplication::processEvents(); // the banner's new height laid out
        w.grab().save(QDir(shots).filePath(QStringLiteral("write-outcome-evidence.png")));
    }
    // The next refresh (not one after a write) says its notice alone.
    REQUIRE(TestSupport::refreshAndWait(w));
    CHECK(w.banner()->text() == altered);

    // A refresh started while the one after the write is still under way (a filter changed, the
    // auto-refresh's tick) supersedes it: the outcome is kept over the one that lands.
    REQUIRE(w.selectPack(QLatin1String(GovernanceFixture::FloatPack)));
    {
        TestSupport::WorkerGate gate;
        gate.hold();
        RefreshWaiter landed(w);
        const QString second = w.reviewSelected();
        INFO("outcome: " << second.toStdString());
        REQUIRE(gate.waitEntered()); // the refresh after the review, held
        CHECK(w.banner()->text() == second);
        REQUIRE(w.refresh()); // supersedes it
        CHECK(w.banner()->text() == second);
        gate.open();
        REQUIRE(landed.wait());
        REQUIRE(idle(w));
        const QString both = second + QLatin1Char('\n') + altered;
        CHECK(w.banner()->text() == both);
    }
}

// The banner's own rules, without a surface: an outcome kept, notices after it, released.
TEST_CASE("message banner: a kept outcome, the notices said after it, released",
          "[gui][writes][banner]")
{
    MessageBanner b;
    b.showMessage(MessageBanner::Level::Warning, QStringLiteral("old"));
    b.showOutcome(MessageBanner::Level::Info, QStringLiteral("Saved."));
    CHECK(b.text() == QStringLiteral("Saved."));
    CHECK(b.level() == MessageBanner::Level::Info);
    CHECK(b.keepsOutcome());
    // A notice follows it; the banner takes the more serious level; a later notice replaces
    // the earlier one, never the outcome.
    b.showNotice(MessageBanner::Level::Warning, QStringLiteral("Stale."));
    CHECK(b.text() == QStringLiteral("Saved.\nStale."));
    CHECK(b.level() == MessageBanner::Level::Warning);
    b.showNotice(MessageBanner::Level::Error, QStringLiteral("Down."));
    CHECK(b.text() == QStringLiteral("Saved.\nDown."));
    CHECK(b.level() == MessageBanner::Level::Error);
    // A refused write (a warning) stays a warning under an information notice.
    b.showOutcome(MessageBanner::Level::Warning, QStringLiteral("Refused."));
    CHECK(b.text() == QStringLiteral("Refused."));
    b.showNotice(MessageBanner::Level::Info, QStringLiteral("Read."));
    CHECK(b.level() == MessageBanner::Level::Warning);
    // clearNotice keeps the outcome; releaseOutcome leaves the notice alone.
    b.clearNotice();
    CHECK(b.text() == QStringLiteral("Refused."));
    CHECK_FALSE(b.isHidden());
    b.showNotice(MessageBanner::Level::Error, QStringLiteral("Down."));
    b.releaseOutcome();
    CHECK_FALSE(b.keepsOutcome());
    CHECK(b.text() == QStringLiteral("Down."));
    CHECK(b.level() == MessageBanner::Level::Error);
    // Without an outcome a notice replaces the message, clearNotice hides the banner.
    b.showNotice(MessageBanner::Level::Info, QStringLiteral("Other."));
    CHECK(b.text() == QStringLiteral("Other."));
    b.clearNotice();
    CHECK(b.text().isEmpty());
    CHECK(b.isHidden());
    // An outcome released with no notice after it leaves the banner empty.
    b.showOutcome(MessageBanner::Level::Info, QStringLiteral("Saved."));
    b.releaseOutcome();
    CHECK(b.text().isEmpty());
    CHECK(b.isHidden());
    // showMessage and clearMessage drop a kept outcome.
    b.showOutcome(MessageBanner::Level::Info, QStringLiteral("Saved."));
    b.showMessage(MessageBanner::Level::Info, QStringLiteral("Select a pack first."));
    CHECK_FALSE(b.keepsOutcome());
    b.showNotice(MessageBanner::Level::Error, QStringLiteral("Down."));
    CHECK(b.text() == QStringLiteral("Down."));
    b.showOutcome(MessageBanner::Level::Info, QStringLiteral("Saved."));
    b.clearMessage();
    CHECK_FALSE(b.keepsOutcome());
    CHECK(b.isHidden());

    // The notice on a line of its own on screen too: the banner's text grows by a line (wide
    // enough for both on one line, were the break lost).
    b.resize(800, 40);
    b.showOutcome(MessageBanner::Level::Info, QStringLiteral("Saved."));
    b.show();
    QLabel *text = nullptr;
    for (QLabel *l : b.findChildren<QLabel *>())
        if (!l->text().isEmpty())
            text = l;
    REQUIRE(text);
    const int one = text->heightForWidth(700);
    b.showNotice(MessageBanner::Level::Error, QStringLiteral("Down."));
    const int two = text->heightForWidth(700);
    INFO(one << " then " << two);
    CHECK(two >= one * 3 / 2);
    // Each line says its own level: the outcome a note, the notice an error.
    CHECK(text->text() == QStringLiteral("<b>Note:</b> Saved.<br/><b>Error:</b> Down."));
    // The same in Arabic, right to left, as a picture to look at when DEALIX_SCREENSHOTS names a
    // directory (not compared).
    if (const QString shots = qEnvironmentVariable("DEALIX_SCREENSHOTS"); !shots.isEmpty()) {
        LanguageManager language;
        REQUIRE(language.setLanguage(QStringLiteral("ar")));
        MessageBanner ar;
        ar.resize(700, 80);
        ar.showOutcome(MessageBanner::Level::Info, QStringLiteral("رُوجعت."));
        ar.showNotice(
            MessageBanner::Level::Error,
            EvidencePacksWidget::tr("%n pack(s) no longer match their signature.", "", 1));
        ar.show();
        QCoreApplication::processEvents();
        ar.grab().save(QDir(shots).filePath(QStringLiteral("write-outcome-banner-ar.png")));
        language.setLanguage(QStringLiteral("en"));
    }
}

void connectorsCase(bool postgres)
{
    Source src = openSource(postgres, GovernanceFixture::openSqlite, GovernanceFixture::load);
    REQUIRE(src.session->selectTenant(QStringLiteral("gov")));
    ConnectorsWidget w;
    show(w, *src.session, QDateTime());
    REQUIRE(w.selectConnector(QStringLiteral("whatsapp")));
    w.actorPicker()->setEmail(QStringLiteral("admin@gov.sa"));
    checkOutcomeThenRefreshError(
        w, w.banner(), *src.session, QStringLiteral("integration_sync_states"),
        [&w] { return w.toggleDisabled(); }, QStringLiteral("whatsapp"));
}

void violationsCase(bool postgres)
{
    Source src = openSource(postgres, BoardsFixture::openSqlite, BoardsFixture::load);
    REQUIRE(src.session->selectTenant(QStringLiteral("pp")));
    PolicyViolationsWidget w;
    show(w, *src.session, BoardsFixture::asOf());
    REQUIRE(w.select(QStringLiteral("97300000-0000-4000-8000-000000000001")));
    w.actorPicker()->setEmail(QStringLiteral("manager@pp.sa"));
    checkOutcomeThenRefreshError(
        w, w.banner(), *src.session, QStringLiteral("contradictions"),
        [&w] { return w.resolveSelected(QStringLiteral("resolved"), QStringLiteral("corrected")); },
        QStringLiteral("Resolved"));
}

void approvalsCase(bool postgres)
{
    Source src = openSource(
        postgres, [](QTemporaryDir &dir) { return ExecutiveFixture::openSqlite(dir); },
        [](Session &s, QString *error) {
            return ExecutiveFixture::load(s, ExecutiveFixture::ApprovalSchema::Enhanced, error);
        });
    REQUIRE(src.session->selectTenant(QStringLiteral("weekly")));
    ApprovalCenterWidget w;
    show(w, *src.session, QDateTime());
    REQUIRE(w.model()->rowCount() == 3);
    w.setActor(QStringLiteral("weekly@x.sa"));
    const QString id = w.model()->item(0)->id;
    checkOutcomeThenRefreshError(
        w, w.banner(), *src.session, QStringLiteral("approval_requests"),
        [&w, id] { return w.decide({id}, ApprovalDecider::Action::Approve); },
        QStringLiteral("decided"));
}

void complianceCase(bool postgres)
{
    Source src = openSource(postgres, ComplianceFixture::openSqlite, ComplianceFixture::load);
    REQUIRE(src.session->selectTenant(QStringLiteral("comp")));
    ComplianceWidget w;
    show(w, *src.session, QDateTime()); // now: the results are recorded
    w.recordBox()->setChecked(true);
    w.actorPicker()->setEmail(QStringLiteral("comp@x.sa"));
    // The checks run on a thread of their own (not held); the refresh after the recording is
    // held on the worker.
    checkOutcomeThenRefreshError(
        w, w.banner(), *src.session, QStringLiteral("compliance_controls"),
        [&w] {
            REQUIRE(w.runChecks());
            QElapsedTimer t;
            t.start();
            // Recorded once the checks are back: the banner then holds the recording's outcome.
            while (!w.banner()->text().contains(QStringLiteral("controls checked")) &&
                   t.elapsed() < 30000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            return w.banner()->text();
        },
        QStringLiteral("controls checked"));
}

} // namespace

TEST_CASE("a review's outcome, then the packs list's notice (SQLite)", "[gui][writes][evidence]")
{
    registerSurfaces();
    evidenceCase(false);
}

TEST_CASE("a review's outcome, then the packs list's notice (PostgreSQL)",
          "[gui][writes][evidence][postgres]")
{
    registerSurfaces();
    evidenceCase(true);
}

TEST_CASE("a connector write's outcome, then the failed refresh's error (SQLite)",
          "[gui][writes][connectors]")
{
    registerSurfaces();
    connectorsCase(false);
}

TEST_CASE("a connector write's outcome, then the failed refresh's error (PostgreSQL)",
          "[gui][writes][connectors][postgres]")
{
    registerSurfaces();
    connectorsCase(true);
}

TEST_CASE("a resolution's outcome, then the failed refresh's error (SQLite)",
          "[gui][writes][violations]")
{
    registerSurfaces();
    violationsCase(false);
}

TEST_CASE("a resolution's outcome, then the failed refresh's error (PostgreSQL)",
          "[gui][writes][violations][postgres]")
{
    registerSurfaces();
    violationsCase(true);
}

TEST_CASE("a decision's summary, then the failed refresh's error (SQLite)",
          "[gui][writes][approvals]")
{
    registerSurfaces();
    approvalsCase(false);
}

TEST_CASE("a decision's summary, then the failed refresh's error (PostgreSQL)",
          "[gui][writes][approvals][postgres]")
{
    registerSurfaces();
    approvalsCase(true);
}

TEST_CASE("recorded compliance results, then the failed refresh's error (SQLite)",
          "[gui][writes][compliance]")
{
    registerSurfaces();
    complianceCase(false);
}

TEST_CASE("recorded compliance results, then the failed refresh's error (PostgreSQL)",
          "[gui][writes][compliance][postgres]")
{
    registerSurfaces();
    complianceCase(true);
}
