// Six surfaces that compute on their worker thread (README "Architecture: threads"): Connector
// Governance, Evidence Packs, Actual vs Forecast, Partner Pipeline, Policy Violations and the
// Data source overview. For each, on SQLite and on PostgreSQL: a refresh delivers the same
// figures as the model computed on the GUI session (and the hand-checked ones of the fixture),
// a tenant switch during a refresh shows only the new tenant (the older run is never
// delivered), and an error on the worker reaches the widget's banner with the last figures kept.
#include "app/surfaces.h"
#include "models/connectors/connectorboard.h"
#include "models/connectors/connectormodel.h"
#include "models/evidence/evidencepackmodel.h"
#include "models/evidence/evidencepacks.h"
#include "models/forecast/revenueforecast.h"
#include "models/overview/sourceoverview.h"
#include "models/overview/sourceoverviewmodel.h"
#include "models/partners/partnerpipeline.h"
#include "models/violations/policyviolations.h"
#include "tests/support/boardsfixture.h"
#include "tests/support/governancefixture.h"
#include "tests/support/planningfixture.h"
#include "tests/support/refreshwait.h"
#include "tests/support/testsupport.h"
#include "tests/support/workergate.h"
#include "views/connectors/connectorssurface.h"
#include "views/connectors/connectorswidget.h"
#include "views/evidence/evidencepackswidget.h"
#include "views/forecast/forecastwidget.h"
#include "views/overview/sourceoverviewwidget.h"
#include "views/partners/partnerpipelinewidget.h"
#include "views/violations/policyviolationswidget.h"
#include "views/widgets/kanbanboard.h"
#include "views/widgets/messagebanner.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>

#include <catch2/catch.hpp>

#include <functional>
#include <memory>

using TestSupport::refreshAndWait;
using TestSupport::RefreshWaiter;

namespace {

// An open fixture on SQLite (a temporary file) or PostgreSQL (a throw-away database).
struct Source {
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<TestSupport::PgDatabase> pg;
    std::unique_ptr<Session> session;
};

using LoadFn = bool (*)(Session &, QString *);
using OpenSqliteFn = std::unique_ptr<Session> (*)(const QTemporaryDir &);

Source openSource(bool postgres, OpenSqliteFn openSqlite, LoadFn load)
{
    Source src;
    if (!postgres) {
        src.dir = TestSupport::tempDir();
        src.session = openSqlite(*src.dir);
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

// The figures of a value's JSON: everything but the moment it was computed.
QJsonValue withoutClock(const QJsonValue &v)
{
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        o.remove(QStringLiteral("generated_at"));
        for (auto it = o.begin(); it != o.end(); ++it)
            *it = withoutClock(*it);
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = withoutClock(a.at(i));
        return a;
    }
    return v;
}

QByteArray figures(const QJsonObject &json)
{
    return QJsonDocument(withoutClock(json).toObject()).toJson(QJsonDocument::Compact);
}

// Runs the event loop until w has nothing under way (the connector history has a worker of its
// own, started when the board arrives).
bool idle(SurfaceWidget &w)
{
    QElapsedTimer t;
    t.start();
    while (w.isRefreshing() && t.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return !w.isRefreshing();
}

// Runs the event loop for ms (a result that should not come has its chance to).
void settle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
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

// One widget under test.
struct Case {
    SurfaceWidget *widget;
    QDateTime asOf;
    QString tenant;                                // computed first
    QString otherTenant;                           // switched to during a refresh
    QString table;                                 // dropped to make the worker's computation fail
    std::function<QByteArray()> shown;             // the widget's figures
    std::function<QByteArray(Session &)> computed; // the model on the GUI session
    std::function<void()> handChecked;             // the fixture's worked-out values (tenant)
    std::function<MessageBanner *()> banner;
};

void checkAsync(Session &s, const Case &c)
{
    SurfaceWidget &w = *c.widget;
    w.resize(1200, 800);
    w.show();
    REQUIRE(s.selectTenant(c.tenant));
    w.setSession(&s, c.asOf);

    // The worker's figures are the model's on the GUI session, and the fixture's by hand.
    {
        INFO("first refresh: " << w.errorString().toStdString());
        REQUIRE(refreshAndWait(w));
    }
    REQUIRE(idle(w));
    CHECK_FALSE(w.updatingIndicator()->isVisible());
    const QByteArray first = c.computed(s);
    CHECK(c.shown() == first);
    c.handChecked();

    // A tenant switch while the first tenant's refresh runs: only the new tenant is shown, and
    // the older refresh is never delivered.
    {
        TestSupport::WorkerGate gate;
        gate.hold();
        RefreshWaiter waiter(w);
        REQUIRE(w.refresh());
        REQUIRE(gate.waitEntered()); // held on the worker, before it computes
        CHECK(w.isRefreshing());
        CHECK(w.updatingIndicator()->isVisible());
        CHECK(c.shown() == first); // the last figures stay under "Updating…"
        REQUIRE(s.selectTenant(c.otherTenant));
        REQUIRE(w.refresh());
        gate.open();
        INFO(w.errorString().toStdString());
        REQUIRE(waiter.wait());
        settle(300);
        CHECK(waiter.count() == 1);
    }
    const QByteArray other = c.computed(s);
    CHECK(other != first);
    CHECK(c.shown() == other);
    REQUIRE(idle(w));

    // The worker's error reaches the banner; the last figures stay on screen.
    {
        TestSupport::WorkerGate gate;
        gate.hold();
        RefreshWaiter waiter(w);
        REQUIRE(w.refresh());
        REQUIRE(gate.waitEntered());
        REQUIRE(dropTable(s, c.table));
        gate.open();
        CHECK_FALSE(waiter.wait());
        CHECK_FALSE(waiter.timedOut());
    }
    INFO(c.banner()->text().toStdString());
    CHECK(c.banner()->level() == MessageBanner::Level::Error);
    CHECK(c.banner()->text().contains(c.table));
    CHECK(w.errorString().contains(c.table));
    CHECK(c.shown() == other);
    CHECK_FALSE(w.isRefreshing());
}

void connectorsCase(bool postgres)
{
    Source src = openSource(postgres, GovernanceFixture::openSqlite, GovernanceFixture::load);
    ConnectorsWidget w;
    const QDateTime asOf = GovernanceFixture::asOf();
    checkAsync(*src.session, {&w, asOf, QStringLiteral("gov"), QStringLiteral("other"),
                              QStringLiteral("integration_sync_states"),
                              [&w] { return figures(w.board().toJson()); },
                              [asOf](Session &s) {
                                  ConnectorBoard b;
                                  QString error;
                                  REQUIRE(ConnectorBoard::compute(
                                      s, ConnectorsSurface::probeDefaults(), asOf, &b, &error));
                                  return figures(b.toJson());
                              },
                              [&w] {
                                  // Eight connectors; whatsapp first, the second not configured
                                  // (README).
                                  CHECK(w.model()->rowCount() == 8);
                                  CHECK(w.model()->connector(0)->key == QLatin1String("whatsapp"));
                              },
                              [&w] { return w.banner(); }});
}

void evidenceCase(bool postgres)
{
    Source src = openSource(postgres, GovernanceFixture::openSqlite, GovernanceFixture::load);
    EvidencePacksWidget w;
    const QDateTime asOf = GovernanceFixture::asOf();
    checkAsync(*src.session,
               {&w, asOf, QStringLiteral("gov"), QStringLiteral("other"),
                QStringLiteral("evidence_packs"), [&w] { return figures(w.list().toJson()); },
                [asOf](Session &s) {
                    EvidencePackList l;
                    QString error;
                    REQUIRE(EvidencePackList::compute(s, {}, asOf, &l, &error));
                    return figures(l.toJson());
                },
                [&w, postgres] {
                    // Six packs as of the fixture's time (the future one is not; the unreadable
                    // one exists on SQLite only), one altered; the selected pack's verdict,
                    // computed on the worker, is shown.
                    CHECK(w.model()->rowCount() == (postgres ? 5 : 6));
                    CHECK(w.list().altered == 1);
                    REQUIRE(w.selectPack(QLatin1String(GovernanceFixture::AlteredPack)));
                    CHECK(w.integrityBanner()->level() == MessageBanner::Level::Error);
                    CHECK(w.integrityBanner()->text().contains(QStringLiteral(
                        "f9d86028c6e0d64e225186f96acb69338b2c59764df79162107f5c4bb34d1310")));
                },
                [&w] { return w.banner(); }});
}

void forecastCase(bool postgres)
{
    Source src = openSource(postgres, PlanningFixture::openSqlite, PlanningFixture::load);
    ForecastWidget w;
    const QDateTime asOf = PlanningFixture::asOf();
    checkAsync(*src.session,
               {&w, asOf, QStringLiteral("fc"), QStringLiteral("rk"), QStringLiteral("deals"),
                [&w] { return figures(w.forecast().toJson()); },
                [asOf](Session &s) {
                    RevenueForecast f;
                    QString error;
                    REQUIRE(RevenueForecast::compute(s, asOf, &f, &error));
                    return figures(f.toJson());
                },
                [&w] {
                    CHECK(w.table()->rowCount() == 18); // 12 months back, 6 ahead
                    CHECK(w.tracksTable()->rowCount() == 3);
                },
                [&w] { return w.banner(); }});
}

void partnersCase(bool postgres)
{
    Source src = openSource(postgres, BoardsFixture::openSqlite, BoardsFixture::load);
    PartnerPipelineWidget w;
    const QDateTime asOf = BoardsFixture::asOf();
    checkAsync(*src.session,
               {&w, asOf, QStringLiteral("pp"), QStringLiteral("other"),
                QStringLiteral("strategic_deals"), [&w] { return figures(w.pipeline().toJson()); },
                [asOf](Session &s) {
                    PartnerPipeline p;
                    QString error;
                    REQUIRE(PartnerPipeline::compute(s, {}, asOf, &p, &error));
                    return figures(p.toJson());
                },
                [&w] {
                    CHECK(w.pipeline().total == 5);
                    CHECK(w.board()->columnCount() == 8);
                    REQUIRE(w.board()->list(QStringLiteral("other")));
                    CHECK(w.board()->list(QStringLiteral("other"))->count() == 1);
                },
                [&w] { return w.banner(); }});
}

void violationsCase(bool postgres)
{
    Source src = openSource(postgres, BoardsFixture::openSqlite, BoardsFixture::load);
    PolicyViolationsWidget w;
    const QDateTime asOf = BoardsFixture::asOf();
    checkAsync(*src.session,
               {&w, asOf, QStringLiteral("pp"), QStringLiteral("other"),
                QStringLiteral("contradictions"), [&w] { return figures(w.violations().toJson()); },
                [asOf](Session &s) {
                    PolicyViolations v;
                    QString error;
                    REQUIRE(PolicyViolations::compute(s, asOf, &v, &error));
                    return figures(v.toJson());
                },
                [&w, postgres] {
                    // Four statuses and "other" (a status the native enum of PostgreSQL
                    // cannot hold exists on SQLite only).
                    CHECK(w.board()->columnCount() == (postgres ? 4 : 5));
                    REQUIRE(w.board()->list(QStringLiteral("detected")));
                    CHECK(w.board()->list(QStringLiteral("detected"))->count() == 1);
                },
                [&w] { return w.banner(); }});
}

void overviewCase(bool postgres)
{
    Source src = openSource(postgres, GovernanceFixture::openSqlite, GovernanceFixture::load);
    SourceOverviewWidget w;
    const QDateTime asOf = GovernanceFixture::asOf();
    checkAsync(
        *src.session,
        {&w, asOf, QStringLiteral("gov"), QStringLiteral("other"), QStringLiteral("evidence_packs"),
         [&w] { return figures(w.model()->overview().toJson()); },
         [asOf](Session &s) {
             SourceOverview o;
             QString error;
             REQUIRE(SourceOverview::compute(s, asOf, &o, &error));
             return figures(o.toJson());
         },
         [&w, postgres] {
             // gov's evidence packs, the future one too (rows, not figures): seven, the
             // unreadable one on SQLite only.
             CHECK(TestSupport::rowsOf(w.model()->overview(), QStringLiteral("evidence_packs")) ==
                   (postgres ? 6 : 7));
         },
         [&w] { return w.banner(); }});
}

} // namespace

TEST_CASE("connector board refreshes on its worker (SQLite)", "[gui][async][connectors]")
{
    registerSurfaces();
    connectorsCase(false);
}

TEST_CASE("connector board refreshes on its worker (PostgreSQL)",
          "[gui][async][connectors][postgres]")
{
    registerSurfaces();
    connectorsCase(true);
}

TEST_CASE("evidence packs refresh on their worker (SQLite)", "[gui][async][evidence]")
{
    registerSurfaces();
    evidenceCase(false);
}

TEST_CASE("evidence packs refresh on their worker (PostgreSQL)", "[gui][async][evidence][postgres]")
{
    registerSurfaces();
    evidenceCase(true);
}

TEST_CASE("forecast refreshes on its worker (SQLite)", "[gui][async][forecast]")
{
    registerSurfaces();
    forecastCase(false);
}

TEST_CASE("forecast refreshes on its worker (PostgreSQL)", "[gui][async][forecast][postgres]")
{
    registerSurfaces();
    forecastCase(true);
}

TEST_CASE("partner pipeline refreshes on its worker (SQLite)", "[gui][async][partners]")
{
    registerSurfaces();
    partnersCase(false);
}

TEST_CASE("partner pipeline refreshes on its worker (PostgreSQL)",
          "[gui][async][partners][postgres]")
{
    registerSurfaces();
    partnersCase(true);
}

TEST_CASE("policy violations refresh on their worker (SQLite)", "[gui][async][violations]")
{
    registerSurfaces();
    violationsCase(false);
}

TEST_CASE("policy violations refresh on their worker (PostgreSQL)",
          "[gui][async][violations][postgres]")
{
    registerSurfaces();
    violationsCase(true);
}

TEST_CASE("data source overview refreshes on its worker (SQLite)", "[gui][async][overview]")
{
    registerSurfaces();
    overviewCase(false);
}

TEST_CASE("data source overview refreshes on its worker (PostgreSQL)",
          "[gui][async][overview][postgres]")
{
    registerSurfaces();
    overviewCase(true);
}
