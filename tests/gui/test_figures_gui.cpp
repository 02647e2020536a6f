// The Executive Room's "vs target" tile (never Dealix's variance against the forecast), and a
// section that cannot be computed, on screen in English and Arabic, and from the command line.
#include "app/languagemanager.h"
#include "app/surfaces.h"
#include "tests/support/deskrun.h"
#include "tests/support/executivefixture.h"
#include "tests/support/figuresfixture.h"
#include "tests/support/refreshwait.h"
#include "tests/support/testsupport.h"
#include "tests/support/workergate.h"
#include "views/approvals/approvalcenterwidget.h"
#include "views/executive/executiveroomwidget.h"
#include "views/widgets/actorpicker.h"
#include "views/widgets/kpitile.h"
#include "views/widgets/messagebanner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace {

using TestSupport::DeskRun;
using TestSupport::runDesk;

} // namespace

TEST_CASE("executive room: 'vs target' with the target shown, in English and Arabic",
          "[gui][figures][target]")
{
    registerSurfaces();
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"));
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir);
    QString error;
    REQUIRE(FiguresFixture::addTargets(*s, &error));
    REQUIRE(s->selectTenant(QStringLiteral("alpha")));
    ExecutiveRoomWidget w;
    w.setSession(s.get(), ExecutiveFixture::asOf());
    w.show();
    w.setPeriod(Period::Month);
    REQUIRE(TestSupport::refreshAndWait(w));
    // November: actual 1000.10 against 6000.00 (−83.3 %). No open deal is expected to close in
    // November, so the month's forecast is its actual: −83.3 %, red. (The whole weighted
    // pipeline, 7100.11 with the actual, would read +18.3 % and green: the month would never
    // look bad.)
    KpiTile *t = w.tile(QStringLiteral("revenue.vs_target"));
    CHECK(t->caption() == QStringLiteral("vs target"));
    CHECK(t->value() == QStringLiteral("\u2068\u221283.3%\u2069"));
    CHECK(t->detail().contains(QStringLiteral("SAR 6,000")));
    CHECK_FALSE(t->detail().contains(QStringLiteral("6,000.00"))); // one compact rule
    CHECK(t->detail().contains(QStringLiteral("forecast of the period \u2068\u221283.3%\u2069")));
    CHECK_FALSE(t->detail().contains(QStringLiteral("18.3")));
    CHECK(t->state() == KpiTile::State::Critical);
    // No tile anywhere is called "Variance" any more.
    for (KpiTile *k : w.findChildren<KpiTile *>())
        CHECK_FALSE(k->caption().contains(QStringLiteral("Variance")));
    // All time: forecast 13.8 % above 8000.01; quarter: forecast 11.2 % below → red.
    w.setPeriod(Period::Quarter);
    REQUIRE(TestSupport::refreshAndWait(w));
    CHECK(t->value() == QStringLiteral("\u2068\u221287.5%\u2069"));
    CHECK(t->state() == KpiTile::State::Critical);

    REQUIRE(language.setLanguage(QStringLiteral("ar")));
    QCoreApplication::processEvents(); // the LanguageChange events are posted
    REQUIRE(TestSupport::refreshAndWait(w));
    CHECK(w.layoutDirection() == Qt::RightToLeft);
    CHECK(t->caption() == QStringLiteral("مقابل المستهدف"));
    CHECK(t->value().contains(QStringLiteral("٨٧٫٥")));
    CHECK(t->detail().contains(QStringLiteral("ر.س")));

    // Beta has no target: "no target set", in both languages.
    REQUIRE(s->selectTenant(QStringLiteral("beta")));
    w.setSession(s.get(), ExecutiveFixture::asOf());
    REQUIRE(TestSupport::refreshAndWait(w));
    CHECK(t->value() == QStringLiteral("لم يُحدَّد مستهدف"));
    language.setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    REQUIRE(TestSupport::refreshAndWait(w));
    CHECK(t->caption() == QStringLiteral("vs target"));
    CHECK(t->value() == QStringLiteral("No target set"));
    CHECK(t->state() == KpiTile::State::Neutral);
}

TEST_CASE("executive room: an amount outside the exact range shows 'Could not be computed: cause', "
          "never SAR 0",
          "[gui][figures][overflow]")
{
    registerSurfaces();
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"));
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir);
    QSqlQuery q(s->database());
    REQUIRE(q.exec(QStringLiteral("update deals set value = 100000000000000000 where value = "
                                  "1000.10")));
    REQUIRE(s->selectTenant(QStringLiteral("alpha")));
    ExecutiveRoomWidget w;
    w.setSession(s.get(), ExecutiveFixture::asOf());
    w.show();
    REQUIRE(TestSupport::refreshAndWait(w));
    CHECK(w.tile(QStringLiteral("revenue.actual"))->value() == QStringLiteral("—"));
    CHECK(w.tile(QStringLiteral("revenue.actual"))->state() == KpiTile::State::Unavailable);
    bool said = false;
    for (QLabel *l : w.findChildren<QLabel *>())
        said = said ||
               (l->isVisible() && l->text().startsWith(QStringLiteral("Could not be computed: ")) &&
                l->text().contains(QStringLiteral("exact range")));
    CHECK(said);
}

TEST_CASE("cli: the issue's overflow exits 3 with the cause, and text, NaN and negatives are named",
          "[cli][figures][overflow]")
{
    auto dir = TestSupport::tempDir();
    const QString db = dir->filePath(QStringLiteral("fixture.sqlite")); // ExecutiveFixture's
    {
        auto s = ExecutiveFixture::openSqlite(*dir);
        QSqlQuery q(s->database());
        REQUIRE(q.exec(QStringLiteral("update deals set value = 100000000000000000 where value = "
                                      "1000.10")));
    }
    const QStringList common = {
        QStringLiteral("--source"), QStringLiteral("sqlite:") + db,
        QStringLiteral("--tenant"), QStringLiteral("alpha"),
        QStringLiteral("--as-of"),  ExecutiveFixture::asOf().toString(Qt::ISODate)};
    for (const char *surface : {"executive-room", "weekly-review", "forecast"}) {
        INFO(surface);
        const DeskRun r =
            runDesk(QStringList{QStringLiteral("export"), QString::fromLatin1(surface),
                                QStringLiteral("--format"), QStringLiteral("json")} +
                    common);
        CHECK(r.exitCode == 3);
        CHECK(r.err.contains("exact range"));
        CHECK(r.out.isEmpty());
    }
    // On paper: the section says "Could not be computed: …" (it failed; the source has the
    // table) and the exit status is 3.
    const QString html = dir->filePath(QStringLiteral("room.html"));
    const DeskRun paper =
        runDesk(QStringList{QStringLiteral("export"), QStringLiteral("executive-room"),
                            QStringLiteral("--format"), QStringLiteral("html"),
                            QStringLiteral("-o"), html} +
                common);
    CHECK(paper.exitCode == 3);
    CHECK(paper.err.contains("exact range"));
    QFile f(html);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray page = f.readAll();
    CHECK(page.contains("Could not be computed: "));
    CHECK_FALSE(page.contains("Not available"));
    CHECK_FALSE(page.contains("SAR 0.00"));

    // Non-numeric and negative amounts instead: exit 0, and the JSON names them.
    {
        Session s;
        REQUIRE(s.open(SourceUrl::sqlite(db)));
        QSqlQuery q(s.database());
        REQUIRE(q.exec(QStringLiteral("update deals set value = 'NaN' where value = "
                                      "100000000000000000")));
        REQUIRE(q.exec(QStringLiteral("update deals set value = -100 where value = 100")));
    }
    const DeskRun ok =
        runDesk(QStringList{QStringLiteral("export"), QStringLiteral("executive-room")} + common);
    INFO(ok.err.toStdString());
    REQUIRE(ok.exitCode == 0);
    const QJsonObject revenue =
        QJsonDocument::fromJson(ok.out).object().value(QStringLiteral("revenue")).toObject();
    CHECK(revenue.value(QStringLiteral("actual")).toDouble() == 2000.25);
    CHECK(revenue.value(QStringLiteral("deals_with_non_numeric_value")).toInt() == 1);
    CHECK(revenue.value(QStringLiteral("deals_with_negative_value")).toInt() == 1);
    CHECK(revenue.value(QStringLiteral("target")).isNull());
}

TEST_CASE("approval center: counters that cannot be read go blank under a banner, never stale",
          "[gui][figures][approvals]")
{
    registerSurfaces();
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"));
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir);
    REQUIRE(s->selectTenant(QStringLiteral("alpha")));
    ApprovalCenterWidget w;
    w.setSession(s.get(), ExecutiveFixture::asOf());
    w.resize(1200, 800);
    w.show();
    auto settle = [&w] {
        QElapsedTimer waited;
        waited.start();
        while (w.isRefreshing() && waited.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    };
    REQUIRE(TestSupport::refreshAndWait(w));
    settle();
    REQUIRE(w.counterTile(0)->value() == QStringLiteral("5")); // alpha: 5 pending as of T
    // The queue reloads, then the table goes before the counters are read: the first page's
    // worker is let through, the counters' one held until the table is gone.
    TestSupport::WorkerGate gate;
    gate.hold();
    REQUIRE(w.refresh());
    REQUIRE(gate.waitEntered()); // the first page
    gate.allow();
    REQUIRE(gate.waitEntered()); // the counters
    QSqlQuery q(s->database());
    REQUIRE(q.exec(QStringLiteral("alter table approval_requests rename to approvals_gone")));
    gate.open();
    settle();
    CHECK(w.counterTile(0)->value() == QStringLiteral("—"));
    CHECK(w.counterTile(0)->state() == KpiTile::State::Unavailable);
    INFO(w.banner()->text().toStdString());
    CHECK(w.banner()->text().contains(QStringLiteral("could not be read")));
    CHECK(w.banner()->text().contains(QStringLiteral("approval_requests")));
}

TEST_CASE("approval center: users that cannot be read are said in the actor picker, never an "
          "empty list",
          "[gui][figures][actors]")
{
    registerSurfaces();
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"));
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir);
    REQUIRE(s->selectTenant(QStringLiteral("alpha")));
    QSqlQuery q(s->database());
    REQUIRE(q.exec(QStringLiteral("alter table users rename to users_gone")));
    ApprovalCenterWidget w;
    w.setSession(s.get(), ExecutiveFixture::asOf());
    TestSupport::refreshAndWait(w);
    ActorPicker *picker = w.findChild<ActorPicker *>();
    REQUIRE(picker);
    CHECK(picker->loadError().contains(QStringLiteral("users")));
    CHECK(picker->currentText().startsWith(
        QStringLiteral("The users who may act could not be read: ")));
    // Trying to decide names that cause, not "choose who is acting".
    const QString said = w.decide({QStringLiteral("d0000000-0000-4000-8000-000000000004")},
                                  ApprovalDecider::Action::Approve);
    CHECK(said.startsWith(QStringLiteral("The users who may act could not be read: ")));
}
