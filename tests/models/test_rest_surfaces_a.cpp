// Executive Room, Weekly Review, Actual vs Forecast, Saudi Compliance and Risk Heatmap over a
// Dealix server (README "Sources: the Dealix REST API"), against the hand-written fixtures of
// tests/rest/fixtures (Line A) and tests/rest/fixtures-lineb (Line B), served by FakeDealix.
// The expected figures are worked out by hand in tests/rest/fixtures/EXPECTED.md.
#include "models/executive/executivesnapshot.h"
#include "models/source/session.h"
#include "tests/support/fakedealix.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>

#include <catch2/catch.hpp>

#include <future>
#include <memory>

namespace {

const QString Tenant = QStringLiteral("7d1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b");

QString fixtureDir(const char *name)
{
    return QFileInfo(QStringLiteral(__FILE__))
        .dir()
        .filePath(QStringLiteral("../rest/") + QLatin1String(name));
}

// A test Dealix server with one line's fixtures and a session on it for the tenant.
struct RestTenant {
    FakeDealix server;
    Session session;
    explicit RestTenant(const char *fixtures = "fixtures")
    {
        REQUIRE(server.start());
        REQUIRE(server.routeDirectory(fixtureDir(fixtures)) > 0);
        RestOptions options;
        options.useCache = false;
        options.retries = 0;
        options.requestTimeoutMs = 10000;
        REQUIRE(session.open(SourceUrl::parse(server.baseUrl()),
                             Session::OpenMode::RequireDealixSchema, QString(), options));
        REQUIRE(session.selectTenant(Tenant));
    }
    // Replaces one route's body (a wrong shape) or status.
    void serve(const QString &route, const QByteArray &body, int status = 200)
    {
        server.route("GET", route, FakeDealix::json(body, status));
    }
};

ExecutiveSnapshot executive(RestTenant &t, Period period = Period::AllTime)
{
    ExecutiveSnapshot s;
    QString error;
    REQUIRE(
        ExecutiveSnapshot::compute(t.session, period, QDateTime::currentDateTimeUtc(), &s, &error));
    return s;
}

const char *SnapshotA = R"({
  "revenue": {"actual": 430000.7, "forecast": 473000.77, "variance_percent": -9.1, "pipeline_value": 400000.1, "win_rate": 50.0},
  "approvals": {"pending": 5, "warning": 1, "breach": 2},
  "connectors": {"healthy": 3, "degraded": 1, "error": 1},
  "compliance": {"compliant": 8, "partial": 4, "non_compliant": 1, "posture": "at_risk"},
  "contradictions": {"active": 3, "critical": 1},
  "strategic_deals": {"active": 4, "pipeline_value": 2750000.0},
  "evidence_packs": {"ready": 2, "pending_review": 1}
})";

QByteArray snapshotWith(const QString &from, const QString &to)
{
    const QString text = QString::fromUtf8(SnapshotA);
    REQUIRE(text.contains(from));
    return QString(text).replace(from, to).toUtf8();
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Executive Room
// ---------------------------------------------------------------------------------------------

TEST_CASE("Executive Room over REST: every figure of the tenant's fixtures", "[rest][executive]")
{
    RestTenant t;
    const ExecutiveSnapshot s = executive(t);
    REQUIRE(s.failures().isEmpty());
    // EXPECTED.md "Executive Room": SAR to halalas.
    CHECK(s.revenue.available);
    CHECK(s.revenue.actual == 43000070);
    CHECK(s.revenue.forecast() == 47300077);
    CHECK(s.revenue.variancePercent == Approx(-9.1));
    CHECK(s.revenue.pipeline == 40000010);
    REQUIRE(s.revenue.winRate);
    CHECK(*s.revenue.winRate == Approx(50.0));
    CHECK_FALSE(s.revenue.target);
    CHECK(s.approvals.pending == 5);
    CHECK(s.approvals.warning == 1);
    CHECK(s.approvals.breach == 2);
    CHECK(s.compliance.compliant == 8);
    CHECK(s.compliance.partial == 4);
    CHECK(s.compliance.nonCompliant == 1);
    CHECK(s.compliance.posture == QStringLiteral("at_risk"));
    CHECK(s.connectors.healthy == 3);
    CHECK(s.connectors.degraded == 1);
    CHECK(s.connectors.error == 1);
    CHECK(s.contradictions.active == 3);
    CHECK(s.contradictions.critical == 1);
    CHECK(s.strategicDeals.active == 4);
    CHECK(s.strategicDeals.pipeline == 275000000);
    CHECK(s.evidencePacks.ready == 2);
    CHECK(s.evidencePacks.pendingReview == 1);
    // The server's own lists.
    REQUIRE(s.serverRisks.available);
    REQUIRE(s.serverRisks.items.size() == 4);
    CHECK(s.serverRisks.total == 4);
    CHECK(s.serverRisks.items.at(0).type == QStringLiteral("sla_breach"));
    CHECK(s.serverRisks.items.at(0).severity == QStringLiteral("high"));
    CHECK(s.serverRisks.items.at(0).count == 2);
    CHECK(s.serverRisks.items.at(1).severity == QStringLiteral("critical"));
    CHECK(s.serverRisks.items.at(3).type == QStringLiteral("connector_error"));
    CHECK(s.serverRisks.items.at(3).descriptionAr == QStringLiteral("موصلات معطلة"));
    REQUIRE(s.serverDecisions.items.size() == 2);
    CHECK(s.serverDecisions.total == 2);
    CHECK(s.serverDecisions.items.at(0).count == 5);
    CHECK(s.serverDecisions.items.at(1).type == QStringLiteral("contradiction"));
    CHECK(s.serverDecisions.items.at(1).count == 3);
    CHECK(s.serverForecast.actual == 43000070);
    CHECK(s.serverForecast.forecast == 47300077);
    CHECK(s.serverForecast.variancePercent == Approx(-9.1));
    CHECK(s.serverForecast.overallHealth == QStringLiteral("on_track"));

    // Provenance: the four requests, the server's rules, what is not served.
    REQUIRE(s.rest.calls.size() == 4);
    QStringList endpoints;
    for (const RestTrace::Call &c : s.rest.calls)
        endpoints << c.endpoint;
    CHECK(endpoints.at(0) ==
          QStringLiteral("GET /api/v1/executive-room/snapshot?tenant_id=") + Tenant);
    CHECK(endpoints.at(3).startsWith(
        QStringLiteral("GET /api/v1/executive-room/forecast-vs-actual")));
    CHECK(s.rest.serverComputed
              .filter(QStringLiteral("forecast: computed by the Dealix server as actual × 1.1"))
              .size() == 1);
    CHECK(s.rest.serverComputed.filter(QStringLiteral("escalation level")).size() == 1);
    CHECK(s.rest.serverComputed.filter(QStringLiteral("win rate: computed by the Dealix server"))
              .size() == 1);
    CHECK(s.rest.unavailable
              .filter(QStringLiteral("revenue target: not available over the Dealix API"))
              .size() == 1);
    CHECK(s.rest.unavailable
              .filter(QStringLiteral("live compliance checks: not available over the Dealix API"))
              .size() == 1);

    // JSON: the same keys; what the server does not serve is null, never 0.
    const QJsonObject json = s.toJson();
    const QJsonObject revenue = json.value(QStringLiteral("revenue")).toObject();
    CHECK(revenue.value(QStringLiteral("actual")).toDouble() == 430000.7);
    CHECK(revenue.value(QStringLiteral("forecast")).toDouble() == 473000.77);
    CHECK(revenue.value(QStringLiteral("won_deals")).isNull());
    CHECK(revenue.value(QStringLiteral("open_deals")).isNull());
    CHECK(revenue.value(QStringLiteral("target")).isNull());
    CHECK(revenue.value(QStringLiteral("deals_with_invalid_probability")).isNull());
    const QJsonObject compliance = json.value(QStringLiteral("compliance")).toObject();
    CHECK(compliance.value(QStringLiteral("compliant")).toInt() == 8);
    CHECK(compliance.value(QStringLiteral("rate")).isNull());
    CHECK(compliance.value(QStringLiteral("not_applicable")).isNull());
    CHECK(compliance.value(QStringLiteral("live")).isNull());
    CHECK(json.value(QStringLiteral("connectors"))
              .toObject()
              .value(QStringLiteral("not_configured"))
              .isNull());
    CHECK(json.value(QStringLiteral("connectors"))
              .toObject()
              .value(QStringLiteral("error"))
              .toInt() == 1);
    CHECK(json.value(QStringLiteral("risks")).toObject().value(QStringLiteral("total")).toInt() ==
          4);
    CHECK(json.value(QStringLiteral("forecast_vs_actual"))
              .toObject()
              .value(QStringLiteral("overall_health"))
              .toString() == QStringLiteral("on_track"));
    const QJsonObject rest = json.value(QStringLiteral("provenance"))
                                 .toObject()
                                 .value(QStringLiteral("rest"))
                                 .toObject();
    CHECK(rest.value(QStringLiteral("requests")).toArray().size() == 4);
    CHECK(json.value(QStringLiteral("provenance"))
              .toObject()
              .value(QStringLiteral("sections"))
              .toObject()
              .value(QStringLiteral("revenue"))
              .toObject()
              .value(QStringLiteral("endpoint"))
              .toString()
              .contains(QStringLiteral("executive-room/snapshot")));
    // CSV: empty cells, never 0, for the same keys.
    const QString csv = QString::fromUtf8(s.toCsv());
    CHECK(csv.contains(QStringLiteral("revenue,won_deals,\r\n")));
    CHECK(csv.contains(QStringLiteral("revenue,actual,430000.70\r\n")));
    CHECK(csv.contains(QStringLiteral("compliance,rate,\r\n")));
}

TEST_CASE("Executive Room over REST: a month, quarter or year is not the server's all-time "
          "snapshot",
          "[rest][executive]")
{
    RestTenant t;
    for (Period p : {Period::Month, Period::Quarter, Period::Year}) {
        const ExecutiveSnapshot s = executive(t, p);
        CHECK_FALSE(s.revenue.available);
        CHECK_FALSE(s.revenue.failed);
        CHECK(s.revenue.unavailableReason ==
              QStringLiteral("not available over the Dealix API: the server's snapshot covers "
                             "all time; choose All time"));
        CHECK(s.toJson().value(QStringLiteral("revenue")).isNull());
        // The other sections are counts as of now, the same in every period.
        CHECK(s.approvals.pending == 5);
        CHECK(s.failures().isEmpty());
    }
}

TEST_CASE("Executive Room over REST: a wrong shape fails its section only, naming endpoint and "
          "key",
          "[rest][executive]")
{
    RestTenant t;
    SECTION("a string for a number")
    {
        t.serve(QStringLiteral("executive-room/snapshot"),
                snapshotWith(QStringLiteral("\"actual\": 430000.7"),
                             QStringLiteral("\"actual\": \"430000.7\"")));
        const ExecutiveSnapshot s = executive(t);
        CHECK_FALSE(s.revenue.available);
        CHECK(s.revenue.failed);
        CHECK(s.revenue.failureCause == QStringLiteral("executive-room/snapshot: revenue.actual "
                                                       "is a string, a number was expected"));
        CHECK(s.toJson().value(QStringLiteral("revenue")).isNull());
        CHECK(s.approvals.available);
        CHECK(s.approvals.pending == 5);
        CHECK(s.failures() == QStringList{QStringLiteral("revenue: ") + s.revenue.failureCause});
    }
    SECTION("a missing key")
    {
        t.serve(QStringLiteral("executive-room/snapshot"),
                snapshotWith(QStringLiteral(", \"breach\": 2"), QString()));
        const ExecutiveSnapshot s = executive(t);
        CHECK(s.approvals.failed);
        CHECK(s.approvals.failureCause ==
              QStringLiteral("executive-room/snapshot: approvals.breach is missing"));
        CHECK(s.revenue.available);
        CHECK(s.revenue.actual == 43000070);
    }
    SECTION("null")
    {
        t.serve(QStringLiteral("executive-room/snapshot"),
                snapshotWith(QStringLiteral("\"posture\": \"at_risk\""),
                             QStringLiteral("\"posture\": null")));
        const ExecutiveSnapshot s = executive(t);
        CHECK(s.compliance.failed);
        CHECK(s.compliance.failureCause == QStringLiteral("executive-room/snapshot: "
                                                          "compliance.posture is null, a string "
                                                          "was expected"));
        CHECK(s.connectors.healthy == 3);
    }
    SECTION("a fraction for a count, and a whole section null")
    {
        t.serve(QStringLiteral("executive-room/snapshot"),
                snapshotWith(QStringLiteral("\"ready\": 2"), QStringLiteral("\"ready\": 2.5"))
                    .replace("{\"active\": 3, \"critical\": 1}", "null"));
        const ExecutiveSnapshot s = executive(t);
        CHECK(s.evidencePacks.failureCause == QStringLiteral("executive-room/snapshot: "
                                                             "evidence_packs.ready is 2.5, a "
                                                             "whole number was expected"));
        CHECK(s.contradictions.failureCause == QStringLiteral("executive-room/snapshot: "
                                                              "contradictions is null, an object "
                                                              "was expected"));
        CHECK(s.strategicDeals.pipeline == 275000000);
    }
    SECTION("extra keys are ignored")
    {
        t.serve(QStringLiteral("executive-room/snapshot"),
                snapshotWith(QStringLiteral("\"pending\": 5,"),
                             QStringLiteral("\"pending\": 5, \"oldest_hours\": \"x\",")));
        const ExecutiveSnapshot s = executive(t);
        CHECK(s.failures().isEmpty());
        CHECK(s.approvals.pending == 5);
    }
    SECTION("a wrong shape in /risks fails the server's risks only")
    {
        t.serve(
            QStringLiteral("executive-room/risks"),
            R"({"risks": [{"type": "sla_breach", "severity": "high", "count": "2", "description_ar": "x"}], "total": 1})");
        const ExecutiveSnapshot s = executive(t);
        CHECK(s.serverRisks.failed);
        CHECK(s.serverRisks.failureCause == QStringLiteral("executive-room/risks: risks[0].count "
                                                           "is a string, a number was expected"));
        CHECK(s.serverDecisions.available);
        CHECK(s.revenue.actual == 43000070);
        CHECK(s.toJson().value(QStringLiteral("risks")).isNull());
    }
    SECTION("the body is an array")
    {
        t.serve(QStringLiteral("executive-room/forecast-vs-actual"), "[1, 2]");
        const ExecutiveSnapshot s = executive(t);
        CHECK(s.serverForecast.failureCause ==
              QStringLiteral("executive-room/forecast-vs-actual: the answer is an array, a JSON "
                             "object was expected"));
        CHECK(s.serverRisks.available);
    }
}

TEST_CASE("Executive Room over REST: a 500 on one route fails that part, the others stand",
          "[rest][executive]")
{
    RestTenant t;
    SECTION("/risks")
    {
        t.serve(QStringLiteral("executive-room/risks"), R"({"detail": "boom"})", 500);
        const ExecutiveSnapshot s = executive(t);
        CHECK(s.serverRisks.failed);
        CHECK(s.serverRisks.failureCause.contains(QStringLiteral("executive-room/risks")));
        CHECK(s.failures().size() == 1);
        CHECK(s.failures().first().startsWith(QStringLiteral("risks: ")));
        CHECK(s.revenue.actual == 43000070);
        CHECK(s.serverDecisions.total == 2);
    }
    SECTION("/snapshot: its seven sections fail, the server's lists stand")
    {
        t.serve(QStringLiteral("executive-room/snapshot"), R"({"detail": "boom"})", 500);
        const ExecutiveSnapshot s = executive(t);
        CHECK(s.revenue.failed);
        CHECK(s.evidencePacks.failed);
        CHECK(s.revenue.failureCause.contains(QStringLiteral("executive-room/snapshot")));
        CHECK(s.failures().size() == 7);
        CHECK(s.serverRisks.total == 4);
        CHECK(s.toJson().value(QStringLiteral("approvals")).isNull());
    }
    SECTION("every route: the refresh fails")
    {
        for (const char *r : {"snapshot", "risks", "decisions-pending", "forecast-vs-actual"})
            t.serve(QStringLiteral("executive-room/") + QLatin1String(r), "{}", 502);
        ExecutiveSnapshot s;
        QString error;
        CHECK_FALSE(ExecutiveSnapshot::compute(t.session, Period::AllTime,
                                               QDateTime::currentDateTimeUtc(), &s, &error));
        CHECK(error.contains(QStringLiteral("executive-room/snapshot")));
    }
}

TEST_CASE("Executive Room over REST: the four requests run at once, and a stop aborts them all",
          "[rest][executive]")
{
    RestTenant t;
    const QStringList routes = {QStringLiteral("executive-room/snapshot"),
                                QStringLiteral("executive-room/risks"),
                                QStringLiteral("executive-room/decisions-pending"),
                                QStringLiteral("executive-room/forecast-vs-actual")};
    SECTION("concurrently")
    {
        for (const QString &r : routes) {
            QFile f(fixtureDir("fixtures") + QStringLiteral("/GET ") +
                    QString(r).replace(QLatin1Char('/'), QStringLiteral("__")) +
                    QStringLiteral(".json"));
            REQUIRE(f.open(QIODevice::ReadOnly));
            FakeDealix::Response slow = FakeDealix::json(f.readAll());
            slow.delayMs = 600;
            t.server.route("GET", r, slow);
        }
        QElapsedTimer timer;
        timer.start();
        const ExecutiveSnapshot s = executive(t);
        // One after another would take 4 × 600 ms.
        CHECK(timer.elapsed() < 1800);
        CHECK(s.revenue.actual == 43000070);
        CHECK(s.serverForecast.overallHealth == QStringLiteral("on_track"));
    }
    SECTION("stopped")
    {
        for (const QString &r : routes) {
            FakeDealix::Response hang = FakeDealix::json("{}");
            hang.behaviour = FakeDealix::Response::Behaviour::Hang;
            t.server.route("GET", r, hang);
        }
        QElapsedTimer timer;
        timer.start();
        auto stopper = std::async(std::launch::async, [&t] {
            QThread::msleep(300);
            t.session.stopRest();
        });
        ExecutiveSnapshot s;
        QString error;
        CHECK_FALSE(ExecutiveSnapshot::compute(t.session, Period::AllTime,
                                               QDateTime::currentDateTimeUtc(), &s, &error));
        stopper.get();
        // Far below the 10 s request timeout: all four were aborted.
        CHECK(timer.elapsed() < 3000);
        CHECK(t.server.requestCount() == 4);
        t.session.resetRest();
    }
}

TEST_CASE("Executive Room over a Line B server: the server's zeros, nothing more",
          "[rest][executive][lineb]")
{
    RestTenant t("fixtures-lineb");
    const ExecutiveSnapshot s = executive(t);
    CHECK(s.failures().isEmpty());
    CHECK(s.revenue.actual == 0);
    CHECK(s.revenue.forecast() == 0);
    CHECK(s.compliance.posture == QStringLiteral("unknown"));
    CHECK(s.serverRisks.items.isEmpty());
    CHECK(s.serverRisks.total == 0);
    CHECK(s.serverDecisions.total == 0);
    // No revenue track: its figures are not claimed as 0.
    CHECK(s.serverForecast.available);
    CHECK(s.serverForecast.overallHealth == QStringLiteral("unknown"));
    const QJsonObject fva = s.toJson().value(QStringLiteral("forecast_vs_actual")).toObject();
    CHECK(fva.value(QStringLiteral("actual")).isNull());
    CHECK(fva.value(QStringLiteral("forecast")).isNull());
    CHECK(s.rest.unavailable.filter(QStringLiteral("the server sends no revenue track")).size() ==
          1);
    const QJsonObject revenue = s.toJson().value(QStringLiteral("revenue")).toObject();
    CHECK(revenue.value(QStringLiteral("actual")).toDouble() == 0.0);
    CHECK(revenue.value(QStringLiteral("won_deals")).isNull());
}
