// Approval Center, Evidence Packs, Connector Governance, Policy Violations, Partner Pipeline and
// the data source surface over a Dealix server (README "Sources: the Dealix REST API"), against
// the hand-written fixtures of tests/rest/fixtures (Line A) and tests/rest/fixtures-lineb
// (Line B), served by FakeDealix. The expected figures are worked out by hand in
// tests/rest/fixtures/EXPECTED-b.md.
//
// The fixtures' keys, ids and messages are plain ASCII text compared as such: this test reads
// them as string literals (the app's own code keeps QT_NO_CAST_FROM_ASCII).
#undef QT_NO_CAST_FROM_ASCII
#include "models/approvals/approvalcenter.h"
#include "models/approvals/approvaldetail.h"
#include "models/approvals/approvalqueuemodel.h"
#include "models/connectors/connectorboard.h"
#include "models/evidence/evidencepacks.h"
#include "models/executive/executivesnapshot.h"
#include "models/overview/sourceoverview.h"
#include "models/overview/sourceoverviewmodel.h"
#include "models/partners/partnerpipeline.h"
#include "models/source/session.h"
#include "models/violations/policyviolations.h"
#include "tests/support/fakedealix.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QUrlQuery>

#include <catch2/catch.hpp>

#include <future>

namespace {

const QString Tenant = QStringLiteral("7d1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b");

QString fixtureDir(const char *name)
{
    // By absolute path: ctest runs the test from another directory.
    return QStringLiteral(DEALIX_REST_FIXTURES_DIR "/") + QLatin1String(name);
}

// A test Dealix server with one line's fixtures and a session on it for the tenant.
struct RestTenant {
    FakeDealix server;
    Session session;
    explicit RestTenant(const char *fixtures = "fixtures", const QByteArray &token = "tok-b")
    {
        REQUIRE(server.start());
        REQUIRE(server.routeDirectory(fixtureDir(fixtures)) > 0);
        RestOptions options;
        options.useCache = false;
        options.retries = 0;
        options.requestTimeoutMs = 10000;
        options.token = token;
        REQUIRE(session.open(SourceUrl::parse(server.baseUrl()),
                             Session::OpenMode::RequireDealixSchema, QString(), options));
        REQUIRE(session.selectTenant(Tenant));
    }
    void serve(const QString &route, const QByteArray &body, int status = 200)
    {
        server.route("GET", route, FakeDealix::json(body, status));
    }
    // The fixture's body with one text replaced (a wrong shape), served instead.
    void serveReplaced(const QString &route, const QString &from, const QString &to)
    {
        QFile f(fixtureDir("fixtures") + QStringLiteral("/GET ") +
                QString(route).replace(QLatin1Char('/'), QStringLiteral("__")) +
                QStringLiteral(".json"));
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        REQUIRE(text.contains(from));
        serve(route, QString(text).replace(from, to).toUtf8());
    }
};

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

// An approval item as the API sends it.
QJsonObject approval(const QString &id, const QString &priority, const QJsonValue &createdAt,
                     double ageHours, int level = 0, const QString &category = "general")
{
    return {{"id", id},
            {"channel", "whatsapp"},
            {"resource_type", "strategic_deal"},
            {"resource_id", "r-" + id},
            {"status", "pending"},
            {"priority", priority},
            {"category", category},
            {"escalation_level", level},
            {"escalation_label_ar", ""},
            {"age_hours", ageHours},
            {"note", QJsonValue()},
            {"requested_by", QJsonValue()},
            {"created_at", createdAt}};
}

QByteArray list(const char *key, const QJsonArray &items)
{
    return QJsonDocument(QJsonObject{{QLatin1String(key), items}, {"total", items.size()}})
        .toJson();
}

ApprovalCenter center(RestTenant &t, const ApprovalQueue::Filter &f = {})
{
    ApprovalCenter c;
    QString error;
    INFO(error.toStdString());
    REQUIRE(ApprovalCenter::compute(t.session, f, now(), &c, &error));
    return c;
}

const PolicyViolations::Column &column(const PolicyViolations &v, const char *status)
{
    for (const PolicyViolations::Column &c : v.columns)
        if (c.status == QLatin1String(status))
            return c;
    FAIL("no column " << status);
    return v.columns.first();
}

const PartnerPipeline::Column &column(const PartnerPipeline &p, const char *status)
{
    for (const PartnerPipeline::Column &c : p.columns)
        if (c.status == QLatin1String(status))
            return c;
    FAIL("no column " << status);
    return p.columns.first();
}

// The Executive Room over the same test server as of at.
ExecutiveSnapshot executive(RestTenant &t, const QDateTime &at)
{
    ExecutiveSnapshot s;
    QString error;
    INFO(error.toStdString());
    REQUIRE(ExecutiveSnapshot::compute(t.session, Period::AllTime, at, &s, &error));
    return s;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Approval Center
// ---------------------------------------------------------------------------------------------

TEST_CASE("Approval Center over REST: the queue in the app's order, the server's stats beside",
          "[rest][approvals]")
{
    RestTenant t;
    const ApprovalCenter c = center(t);
    // Queue order: critical (a2), high (a1), normal oldest first (a3, a5), low (a4).
    REQUIRE(c.items.size() == 5);
    QStringList order;
    for (const ApprovalQueue::Item &it : c.items)
        order << it.id.right(1);
    CHECK(order == QStringList{"2", "1", "3", "5", "4"});
    // Created in November: every deadline (created + 24 h) has passed.
    CHECK(c.counters.pending == 5);
    CHECK(c.counters.warning == 0);
    CHECK(c.counters.breach == 5);
    const ApprovalQueue::Item &a2 = c.items.at(0);
    CHECK(a2.createdAt == QDateTime(QDate(2026, 11, 22), QTime(9, 30, 0, 123), Qt::UTC));
    CHECK(a2.deadline == QDateTime(QDate(2026, 11, 23), QTime(9, 30, 0, 123), Qt::UTC));
    CHECK(a2.escalationLevel == 2);
    CHECK(a2.priority == "critical");
    CHECK(a2.category == "compliance");
    CHECK(c.items.at(3).note == "Urgent: board meeting");
    CHECK(c.items.at(3).requestedById.isEmpty());
    // The server's own counts (escalation levels), kept apart and named as the server's.
    REQUIRE(c.serverStats);
    CHECK(c.serverStats->totalPending == 5);
    CHECK(c.serverStats->slaCompliant == 2);
    CHECK(c.serverStats->slaWarning == 1);
    CHECK(c.serverStats->slaBreach == 2);
    const QJsonObject json = c.toJson();
    CHECK(json["stats"]["sla_breach"].toInt() == 5);
    CHECK(json["server_stats"]["sla_breach"].toInt() == 2);
    CHECK(json["server_stats"]["sla_warning"].toInt() == 1);
    CHECK(json["approvals"][1]["escalation_label_ar"].toString() ==
          QStringLiteral("تصعيد إلى الإدارة العليا"));
    const QJsonObject rest = json["provenance"]["rest"].toObject();
    CHECK(rest["requests"].toArray().size() == 2);
    CHECK(rest["computed_by_server"].toArray().size() == 2);
    CHECK(rest["computed_by_server"][0].toString().contains("created_at"));
    CHECK(t.server.requestCount(QStringLiteral("/api/v1/approval-center/")) == 1);
    CHECK(t.server.requestCount(QStringLiteral("/api/v1/approval-center/stats")) == 1);

    // The Executive Room over the same server counts the same: pending 5, warning 0, breach 5
    // (not the snapshot's escalation levels 5 / 1 / 2, which it keeps as server_snapshot).
    const ExecutiveSnapshot s = executive(t, c.asOf);
    REQUIRE(s.approvals.available);
    CHECK(s.approvals.pending == c.counters.pending);
    CHECK(s.approvals.warning == c.counters.warning);
    CHECK(s.approvals.breach == c.counters.breach);
    CHECK(s.approvals.breach == 5);
    const QJsonObject server =
        s.toJson().value("server_snapshot").toObject().value("approvals").toObject();
    CHECK(server["pending"].toInt() == 5);
    CHECK(server["warning"].toInt() == 1);
    CHECK(server["breach"].toInt() == 2);
}

TEST_CASE("Approval Center over REST: one request's detail, what the API cannot give is said",
          "[rest][approvals][detail]")
{
    RestTenant t;
    const ApprovalCenter c = center(t);
    auto item = [&c](const char *id) {
        for (const ApprovalQueue::Item &it : c.items)
            if (it.id == QLatin1String(id))
                return it;
        FAIL("no item " << id);
        return ApprovalQueue::Item();
    };
    const ApprovalQueue::Item a1 = item("a1000000-0000-4000-8000-000000000001"); // strategic deal
    const QString route = QStringLiteral("strategic-deals/r1000000-0000-4000-8000-000000000001");
    auto deal = [](const QString &tenant) {
        return QStringLiteral(R"({"id": "r1000000-0000-4000-8000-000000000001",
            "tenant_id": "%1", "deal_title": "Gulf distribution partnership",
            "deal_title_ar": null, "estimated_value_sar": 250000.5,
            "target_company_name": "Gulf Trading", "status": "negotiating",
            "deal_type": "distribution"})")
            .arg(tenant)
            .toUtf8();
    };
    using State = ApprovalDetail::State;
    t.serve(route, deal(Tenant));
    const ApprovalDetail d = ApprovalDetail::read(t.session, a1);
    REQUIRE(d.resource.state == State::Found);
    CHECK(d.resource.title == QStringLiteral("Gulf distribution partnership"));
    CHECK(d.resource.valueMinor == std::optional<qint64>(25000050));
    CHECK(d.resource.counterpart == QStringLiteral("Gulf Trading"));
    CHECK(d.resource.stage == QStringLiteral("negotiating"));
    // What one approval item of the API does not carry: said on its line, never blank or 0.
    CHECK(d.payloadState == State::NotAvailable);
    CHECK(d.requester.state == State::NotAvailable);
    CHECK(d.historyState == State::NotAvailable);
    QString shown;
    for (const ApprovalDetail::Section &s : d.sections(QTimeZone("Asia/Riyadh"), now()))
        for (const ApprovalDetail::Field &f : s.fields)
            shown += f.value + QLatin1Char('\n');
    INFO(shown.toStdString());
    CHECK(shown.count(QStringLiteral("Not available over the Dealix API")) == 2);
    CHECK(shown.contains(QStringLiteral("Not available from this source")));
    // Another tenant's deal under that id: not shown.
    t.serve(route, deal(QStringLiteral("00000000-0000-4000-8000-000000000bad")));
    const ApprovalDetail foreign = ApprovalDetail::read(t.session, a1);
    CHECK(foreign.resource.state == State::NotFound);
    CHECK(foreign.resource.title.isEmpty());
    // No such deal on the server.
    t.serve(route, R"({"detail": "Deal not found"})", 404);
    CHECK(ApprovalDetail::read(t.session, a1).resource.state == State::NotFound);
    // A type the API has no route for.
    const ApprovalDetail sharing =
        ApprovalDetail::read(t.session, item("a1000000-0000-4000-8000-000000000002"));
    CHECK(sharing.resource.state == State::NotAvailable);
    CHECK(sharing.resource.why.contains(QStringLiteral("Not available over the Dealix API")));
}

TEST_CASE("Approval Center over REST: SLA states by the app's 24 h rule from created_at",
          "[rest][approvals]")
{
    RestTenant t;
    const QDateTime n = now();
    // Hand: 2 h old → 22 h left (within); 19 h → 5 h left (within); 21 h → 3 h left (warning);
    // 30 h → breach; no created_at, the server's age 25 h → breach.
    const QJsonArray items = {approval("s1", "normal", iso(n.addSecs(-2 * 3600)), 0, 0),
                              approval("s2", "normal", iso(n.addSecs(-19 * 3600)), 0, 0),
                              approval("s3", "normal", iso(n.addSecs(-21 * 3600)), 0, 0),
                              approval("s4", "normal", iso(n.addSecs(-30 * 3600)), 0, 3),
                              approval("s5", "normal", QJsonValue(), 25.0, 0)};
    t.serve("approval-center/", list("approvals", items));
    const ApprovalCenter c = center(t);
    CHECK(c.counters.pending == 5);
    CHECK(c.counters.warning == 1);
    CHECK(c.counters.breach == 2);
    QStringList states;
    for (const ApprovalQueue::Item &it : c.items)
        states << it.id + "=" + it.slaState(c.asOf);
    // s5 has no creation time of its own but one from its age (25 h ago, after s4's 30 h):
    // oldest first.
    INFO(states.join(" ").toStdString());
    CHECK(states == QStringList{"s4=breach", "s5=breach", "s3=warning", "s2=within", "s1=within"});
    // The filter by SLA state and the count agree with the counters.
    ApprovalQueue::Filter warning;
    warning.slaState = "warning";
    qint64 total = -1;
    QString error;
    REQUIRE(ApprovalQueue::count(t.session, warning, n, &total, &error));
    CHECK(total == 1);
    // The Executive Room, from the same answers as of the same time: the same counts.
    const ExecutiveSnapshot s = executive(t, c.asOf);
    CHECK(s.approvals.pending == 5);
    CHECK(s.approvals.warning == 1);
    CHECK(s.approvals.breach == 2);
}

TEST_CASE("Approval Center over REST: pages are slices of the fetched queue", "[rest][approvals]")
{
    RestTenant t;
    QList<ApprovalQueue::Item> first;
    QList<ApprovalQueue::Item> second;
    QList<ApprovalQueue::Item> third;
    QString error;
    REQUIRE(ApprovalQueue::page(t.session, {}, now(), {}, 2, &first, &error));
    REQUIRE(first.size() == 2);
    REQUIRE(ApprovalQueue::page(t.session, {}, now(), ApprovalQueue::cursorOf(first.last()), 2,
                                &second, &error));
    REQUIRE(ApprovalQueue::page(t.session, {}, now(), ApprovalQueue::cursorOf(second.last()), 2,
                                &third, &error));
    QStringList ids;
    for (const auto *page : {&first, &second, &third})
        for (const ApprovalQueue::Item &it : *page)
            ids << it.id.right(1);
    CHECK(ids == QStringList{"2", "1", "3", "5", "4"});
    CHECK(third.size() == 1);
    // The widget's first screen (read on its worker) is the same queue.
    const Result<ApprovalQueueModel::FirstPage> firstScreen =
        ApprovalQueueModel::readFirst(t.session, {}, now(), 3);
    REQUIRE(firstScreen.ok());
    CHECK(firstScreen->items.size() == 3);
    CHECK(firstScreen->names.isEmpty());
    // Categories over every status; no names, no payload, no history over the API, said.
    const Result<QStringList> categories = ApprovalQueue::categories(t.session);
    REQUIRE(categories.ok());
    CHECK(categories.value() == QStringList{"compliance", "general", "partnership"});
    const Result<QJsonObject> payload = ApprovalQueue::payload(t.session, first.first().id);
    REQUIRE_FALSE(payload.ok());
    CHECK(payload.error().contains("not available over the Dealix API"));
    QList<ApprovalQueue::AuditEntry> history;
    CHECK_FALSE(ApprovalQueue::history(t.session, first.first().id, &history, &error));
    CHECK(error.contains("not available over the Dealix API"));
    // An as-of in the past: the API has only the queue as it is now.
    ApprovalCenter c;
    CHECK_FALSE(ApprovalCenter::compute(t.session, {}, now().addDays(-7), &c, &error));
    CHECK(error.contains("not available over the Dealix API"));
}

TEST_CASE("Approval Center over REST: wrong shapes and a failing route", "[rest][approvals]")
{
    RestTenant t;
    ApprovalCenter c;
    QString error;
    SECTION("a string for a number")
    {
        t.serveReplaced("approval-center/", "\"age_hours\": 28.5", "\"age_hours\": \"28.5\"");
        CHECK_FALSE(ApprovalCenter::compute(t.session, {}, now(), &c, &error));
        CHECK(error ==
              "approval-center/: approvals[1].age_hours is a string, a number was expected");
    }
    SECTION("a missing key")
    {
        t.serveReplaced("approval-center/", "\"escalation_level\": 3,", "");
        CHECK_FALSE(ApprovalCenter::compute(t.session, {}, now(), &c, &error));
        CHECK(error == "approval-center/: approvals[0].escalation_level is missing");
    }
    SECTION("null for a number in the server's stats")
    {
        t.serveReplaced("approval-center/stats", "\"sla_warning\": 1", "\"sla_warning\": null");
        CHECK_FALSE(ApprovalCenter::compute(t.session, {}, now(), &c, &error));
        CHECK(error == "approval-center/stats: sla_warning is null, a number was expected");
    }
    SECTION("extra keys are ignored")
    {
        t.serveReplaced("approval-center/", "\"priority\": \"low\"",
                        "\"priority\": \"low\", \"sla_deadline_at\": null, \"extra\": {\"a\": 1}");
        REQUIRE(ApprovalCenter::compute(t.session, {}, now(), &c, &error));
        CHECK(c.items.size() == 5);
    }
    SECTION("a 500 on the stats fails the surface with the endpoint")
    {
        t.serve("approval-center/stats", R"({"detail": "database down"})", 500);
        CHECK_FALSE(ApprovalCenter::compute(t.session, {}, now(), &c, &error));
        CHECK(error.contains("approval-center/stats"));
        CHECK(error.contains("database down"));
    }
}

// ---------------------------------------------------------------------------------------------
// Evidence Packs
// ---------------------------------------------------------------------------------------------

TEST_CASE("Evidence Packs over REST: the server's verdict, re-hashed by the app",
          "[rest][evidence]")
{
    RestTenant t;
    EvidencePackList l;
    QString error;
    REQUIRE(EvidencePackList::compute(t.session, {}, now(), &l, &error));
    REQUIRE(l.packs.size() == 4);
    // Newest first: e1 (4 Dec), e2 (3 Dec), e3 (2 Dec), e4 (20 Nov).
    QStringList order;
    for (const EvidencePack &p : l.packs)
        order << p.id.right(1);
    CHECK(order == QStringList{"1", "2", "3", "4"});
    CHECK(l.valid == 3);
    CHECK(l.altered == 1);
    CHECK(l.unsignedCount == 0);
    CHECK(l.unreadable == 0);
    const EvidencePack &e2 = l.packs.at(1);
    CHECK(e2.titleAr == QStringLiteral("إغلاق صفقة: الرياض للخدمات اللوجستية"));
    CHECK(e2.packType == "deal_closure");
    CHECK(e2.integrity == EvidencePack::Integrity::Valid);
    // json.dumps(contents, sort_keys=True), worked out by hand (non-ASCII escaped).
    CHECK(e2.hashedText ==
          R"([{"source": "manual", "text": "\u062a\u0645\u062a )"
          R"(\u0627\u0644\u0645\u0648\u0627\u0641\u0642\u0629", "type": "note"}])");
    CHECK(e2.computedHash == "a06175496a7a78dfec6b6498269cb5d6c157b16c4eb6f3d88f51a0924898eb17");
    const EvidencePack &e4 = l.packs.at(3);
    CHECK(e4.integrity == EvidencePack::Integrity::Altered);
    CHECK(e4.storedHash == QString(64, QLatin1Char('0')));
    CHECK(e4.status == "reviewed");
    CHECK(l.packs.at(2).computedHash ==
          "4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945"); // sha256("[]")
    // 1 list + 4 details + 4 verifications; the server's check said, the app agreed each time.
    CHECK(l.provenance.rest.calls.size() == 9);
    CHECK(l.provenance.rest.serverComputed.size() == 1);
    CHECK(l.provenance.rest.serverComputed.first().contains("Dealix server"));
    const QJsonObject json = l.toJson();
    CHECK(json["integrity"]["altered"].toInt() == 1);
    CHECK(json["packs"][3]["verification"]["valid"].toBool() == false);
}

TEST_CASE("Evidence Packs over REST: one pack, disagreements, unsigned, not found",
          "[rest][evidence]")
{
    RestTenant t;
    const QString id = "e1000000-0000-4000-8000-000000000001";
    EvidencePack p;
    QString error;
    bool notFound = false;
    REQUIRE(EvidencePackList::load(t.session, id, &p, &error, &notFound));
    CHECK(p.integrity == EvidencePack::Integrity::Valid);
    CHECK(EvidencePack::jsonOf(p.contents).toArray().first()["data"]["value_sar"].toDouble() ==
          430000.7);
    SECTION("the server's computed hash differs from the app's re-hash: the server's verdict, said")
    {
        t.serve("evidence-packs/" + id + "/verify",
                R"({"valid": true, "stored_hash": "aa", "computed_hash": "aa"})");
        RestTrace trace;
        REQUIRE(EvidencePackList::loadRest(t.session, id, &p, &error, &notFound, &trace));
        CHECK(p.integrity == EvidencePack::Integrity::Valid);
        CHECK(p.hashedText.isNull());
        REQUIRE(trace.serverComputed.size() == 1);
        CHECK(trace.serverComputed.first().contains(
            "6989cd89754e49c30edbfba12ea703687450c8d6c6e20512c7f04c2ca2dcbfb8"));
    }
    SECTION("no stored hash: not signed")
    {
        t.serve(
            "evidence-packs/" + id + "/verify",
            R"({"valid": false, "stored_hash": null, "computed_hash": "6989cd89754e49c30edbfba12ea703687450c8d6c6e20512c7f04c2ca2dcbfb8"})");
        t.serveReplaced("evidence-packs/" + id,
                        "\"hash_signature\": "
                        "\"6989cd89754e49c30edbfba12ea703687450c8d6c6e20512c7f04c2ca2dcbfb8\"",
                        "\"hash_signature\": null");
        REQUIRE(EvidencePackList::load(t.session, id, &p, &error, &notFound));
        CHECK(p.integrity == EvidencePack::Integrity::Unsigned);
    }
    SECTION("an unknown pack is not found (exit code 4)")
    {
        CHECK_FALSE(EvidencePackList::load(t.session, "nope", &p, &error, &notFound));
        CHECK(notFound);
    }
    SECTION("a wrong shape in the verification names the endpoint and the key")
    {
        t.serve("evidence-packs/" + id + "/verify",
                R"({"valid": null, "stored_hash": "aa", "computed_hash": "aa"})");
        CHECK_FALSE(EvidencePackList::load(t.session, id, &p, &error, &notFound));
        CHECK(error ==
              "evidence-packs/" + id + "/verify: valid is null, true or false was expected");
        CHECK_FALSE(notFound);
    }
    SECTION("a 500 on one pack's verification fails the list")
    {
        t.serve("evidence-packs/e1000000-0000-4000-8000-000000000003/verify", "{}", 500);
        EvidencePackList l;
        CHECK_FALSE(EvidencePackList::compute(t.session, {}, now(), &l, &error));
        CHECK(error.contains("e1000000-0000-4000-8000-000000000003/verify"));
    }
}

TEST_CASE("Evidence Packs over REST: details and verifications are asked concurrently",
          "[rest][evidence]")
{
    RestTenant t;
    // Each detail and verification answers after 400 ms: one after the other, 8 × 400 ms.
    for (int i = 1; i <= 4; ++i) {
        const QString id = QStringLiteral("e1000000-0000-4000-8000-00000000000%1").arg(i);
        for (const QString &route : {"evidence-packs/" + id, "evidence-packs/" + id + "/verify"}) {
            QFile f(fixtureDir("fixtures") + "/GET " + QString(route).replace("/", "__") + ".json");
            REQUIRE(f.open(QIODevice::ReadOnly));
            FakeDealix::Response r = FakeDealix::json(f.readAll());
            r.delayMs = 400;
            t.server.route("GET", route, r);
        }
    }
    QElapsedTimer timer;
    timer.start();
    EvidencePackList l;
    QString error;
    REQUIRE(EvidencePackList::compute(t.session, {}, now(), &l, &error));
    CHECK(timer.elapsed() < 2400);
    CHECK(l.valid == 3);
    SECTION("the session's stop aborts them all")
    {
        auto run = std::async(std::launch::async, [&] {
            EvidencePackList x;
            QString e;
            const bool ok = EvidencePackList::compute(t.session, {}, now(), &x, &e);
            return std::make_pair(ok, e);
        });
        QThread::msleep(150);
        timer.restart();
        t.session.stopRest();
        const auto [ok, e] = run.get();
        t.session.resetRest();
        CHECK_FALSE(ok);
        CHECK(timer.elapsed() < 1000);
    }
}

// ---------------------------------------------------------------------------------------------
// Connector Governance
// ---------------------------------------------------------------------------------------------

TEST_CASE("Connector Governance over REST: the server's rows, the app's settings probes",
          "[rest][connectors]")
{
    RestTenant t;
    ProbeConfig::Defaults defaults;
    defaults.endpoints.insert("stripe", QUrl("https://status.stripe.example/health"));
    ConnectorBoard b;
    QString error;
    REQUIRE(ConnectorBoard::compute(t.session, defaults, now(), &b, &error));
    REQUIRE(b.connectors.size() == 7);
    QStringList keys;
    for (const ConnectorRow &r : b.connectors)
        keys << r.key + "=" + r.status;
    CHECK(keys == QStringList{"whatsapp=ok", "salesforce=ok", "stripe=ok", "voice=degraded",
                              "email=error", "docusign=not_configured", "cal=not_configured"});
    CHECK(b.counts.value("ok") == 3);
    CHECK(b.counts.value("degraded") == 1);
    CHECK(b.counts.value("error") == 1);
    CHECK(b.counts.value("not_configured") == 2);
    CHECK(b.counts.value("unknown") == 0);
    const ConnectorRow *email = b.find("email");
    REQUIRE(email);
    CHECK(email->lastError == "SMTP authentication failed");
    CHECK(email->lastSuccess == QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC));
    CHECK(email->registered);
    CHECK(email->nameAr == QStringLiteral("البريد الإلكتروني"));
    CHECK_FALSE(b.find("docusign")->registered);
    CHECK(b.find("stripe")->probe.url == QUrl("https://status.stripe.example/health"));
    CHECK(b.find("stripe")->probe.origin == "settings");
    CHECK(b.find("whatsapp")->probe.url.isEmpty());
    CHECK(b.provenance.rest.unavailable.size() == 1);
    const QJsonObject json = b.toJson();
    CHECK(json["counts"]["not_configured"].toInt() == 2);
    // History: Dealix answers an empty list; a malformed entry fails with its key.
    QList<ProbeRecord> history;
    REQUIRE(ConnectorBoard::history(t.session, "whatsapp", 10, &history, &error));
    CHECK(history.isEmpty());
    t.serve("connectors/whatsapp/history",
            R"({"connector_key": "whatsapp", "history": [{"status": 3, "created_at": "x"}]})");
    CHECK_FALSE(ConnectorBoard::history(t.session, "whatsapp", 10, &history, &error));
    CHECK(error == "connectors/whatsapp/history: history[0].status is a number, a string was "
                   "expected");
    SECTION("a missing key fails the board")
    {
        t.serveReplaced("connectors/governance", "\"registered\": false", "\"registerd\": false");
        CHECK_FALSE(ConnectorBoard::compute(t.session, defaults, now(), &b, &error));
        CHECK(error == "connectors/governance: connectors[5].registered is missing");
    }
    SECTION("a 401 gives the server's reason")
    {
        t.serve("connectors/governance", R"({"detail": "Token expired"})", 401);
        CHECK_FALSE(ConnectorBoard::compute(t.session, defaults, now(), &b, &error));
        CHECK(error.contains("Token expired"));
    }
}

// ---------------------------------------------------------------------------------------------
// Policy Violations
// ---------------------------------------------------------------------------------------------

TEST_CASE("Policy Violations over REST: active ones listed, the server's counts, the rest said",
          "[rest][violations]")
{
    RestTenant t;
    PolicyViolations v;
    QString error;
    REQUIRE(PolicyViolations::compute(t.session, now(), &v, &error));
    CHECK(v.total == 5);
    CHECK(v.active == 3);
    CHECK(v.criticalActive == 1);
    const PolicyViolations::Column &detected = column(v, "detected");
    REQUIRE(detected.items.size() == 2);
    CHECK(detected.items.at(0).id.endsWith("1")); // 5 Dec before 3 Dec: newest first
    CHECK(detected.items.at(0).severity == "critical");
    CHECK(detected.items.at(0).type == "policy");
    CHECK(column(v, "reviewing").items.size() == 1);
    CHECK(column(v, "resolved").items.isEmpty());
    CHECK(v.restUnlisted == QStringList{"resolved", "accepted"});
    CHECK(v.restUnlistedReason.contains("not available over the Dealix API"));
    const QJsonObject json = v.toJson();
    CHECK(json["stats"]["resolved"].toInt() == 2);
    CHECK(json["contradictions"].toArray().size() == 3);
    CHECK(json["provenance"]["rest"]["not_available"].toArray().size() == 2);
    SECTION("counts that do not add up fail")
    {
        t.serve("contradictions/stats",
                R"({"total": 5, "active": 3, "resolved": 1, "critical_active": 1})");
        CHECK_FALSE(PolicyViolations::compute(t.session, now(), &v, &error));
        CHECK(error.contains("contradictions/stats"));
    }
    SECTION("a string for a count")
    {
        t.serve("contradictions/stats",
                R"({"total": "5", "active": 3, "resolved": 2, "critical_active": 1})");
        CHECK_FALSE(PolicyViolations::compute(t.session, now(), &v, &error));
        CHECK(error == "contradictions/stats: total is a string, a number was expected");
    }
    SECTION("a 500 on the stats")
    {
        t.serve("contradictions/stats", "<html>oops</html>", 500);
        CHECK_FALSE(PolicyViolations::compute(t.session, now(), &v, &error));
        CHECK(error.contains("contradictions/stats"));
    }
}

// ---------------------------------------------------------------------------------------------
// Partner Pipeline
// ---------------------------------------------------------------------------------------------

TEST_CASE("Partner Pipeline over REST: every column against the fixtures", "[rest][partners]")
{
    RestTenant t;
    PartnerPipeline p;
    QString error;
    REQUIRE(PartnerPipeline::compute(t.session, {}, now(), &p, &error));
    CHECK(p.total == 6);
    CHECK(column(p, "discovery").totalHalalas == 50000000);
    CHECK(column(p, "outreach").totalHalalas == 75000050);
    CHECK(column(p, "negotiating").totalHalalas == 100000025);
    CHECK(column(p, "term_sheet").totalHalalas == 49999925);
    CHECK(column(p, "due_diligence").deals.isEmpty());
    CHECK(column(p, "closed_won").totalHalalas == 30000000);
    CHECK(column(p, "closed_lost").deals.size() == 1);
    CHECK_FALSE(column(p, "closed_lost").deals.first().valueHalalas);
    // The four open columns: 2,750,000.00 SAR, the snapshot's pipeline value.
    qint64 open = 0;
    for (const char *s : {"discovery", "outreach", "negotiating", "term_sheet", "due_diligence"})
        open += column(p, s).totalHalalas;
    CHECK(open == 275000000);
    const PartnerDeal &d3 = column(p, "negotiating").deals.first();
    CHECK(d3.counterpart == "Najd Partners");
    CHECK_FALSE(d3.aiConfidence);
    CHECK(d3.dealType == "referral");
    // The token is sent, and one page asked (6 deals < 100 a page).
    const QList<FakeDealix::Request> seen = t.server.requests();
    REQUIRE(seen.size() == 1);
    CHECK(seen.first().headers.value("authorization") == "Bearer tok-b");
    const QUrlQuery q(seen.first().query);
    CHECK(q.queryItemValue("page") == "1");
    CHECK(q.queryItemValue("per_page") == "100");
    SECTION("filters")
    {
        PartnerPipeline f;
        REQUIRE(PartnerPipeline::compute(t.session, {"partnership", ""}, now(), &f, &error));
        CHECK(f.total == 2);
        REQUIRE(PartnerPipeline::compute(t.session, {"", "email"}, now(), &f, &error));
        CHECK(f.total == 2);
    }
    SECTION("a string for the value fails with its key")
    {
        t.serveReplaced("strategic-deals", "750000.5", "\"750000.5\"");
        CHECK_FALSE(PartnerPipeline::compute(t.session, {}, now(), &p, &error));
        CHECK(error == "strategic-deals: deals[1].estimated_value_sar is a string, a number was "
                       "expected");
    }
    SECTION("a negative value is counted and said, not added")
    {
        t.serveReplaced("strategic-deals", "750000.5", "-750000.5");
        REQUIRE(PartnerPipeline::compute(t.session, {}, now(), &p, &error));
        CHECK(column(p, "outreach").totalHalalas == 0);
        CHECK(column(p, "outreach").negativeValues == 1);
    }
    SECTION("not a list")
    {
        t.serve("strategic-deals", R"({"deals": []})");
        CHECK_FALSE(PartnerPipeline::compute(t.session, {}, now(), &p, &error));
        CHECK(error.startsWith("strategic-deals: "));
    }
    SECTION("a 401 gives the server's reason")
    {
        t.serve("strategic-deals", R"({"detail": "Could not validate credentials"})", 401);
        CHECK_FALSE(PartnerPipeline::compute(t.session, {}, now(), &p, &error));
        CHECK(error.contains("Could not validate credentials"));
    }
    SECTION("null status or deal_type fails the surface (both are required text)")
    {
        t.serveReplaced("strategic-deals", "\"status\": \"discovery\"", "\"status\": null");
        CHECK_FALSE(PartnerPipeline::compute(t.session, {}, now(), &p, &error));
        CHECK(error.startsWith("strategic-deals: deals[0].status"));
        t.serveReplaced("strategic-deals", "\"deal_type\": \"distribution\"",
                        "\"deal_type\": null");
        CHECK_FALSE(PartnerPipeline::compute(t.session, {}, now(), &p, &error));
        CHECK(error.startsWith("strategic-deals: deals[1].deal_type"));
    }
}

TEST_CASE("Partner Pipeline over REST: deals of another tenant fail the surface, never shown",
          "[rest][partners][tenant]")
{
    // /strategic-deals answers for the token's tenant and ignores tenant_id in the query: a
    // token of tenant A with --tenant B must not show A's deals under B.
    RestTenant t;
    PartnerPipeline p;
    QString error;
    const QString other = "0a0b0c0d-1111-4222-8333-444455556666";
    SECTION("every deal of another tenant")
    {
        t.serveReplaced("strategic-deals", Tenant, other);
        CHECK_FALSE(PartnerPipeline::compute(t.session, {}, now(), &p, &error));
        CHECK(error == "strategic-deals: the Dealix token belongs to tenant " + other +
                           "; these deals are not tenant " + Tenant + "'s");
        CHECK(p.total == 0);
    }
    SECTION("one deal of another tenant among the tenant's own")
    {
        t.serveReplaced(
            "strategic-deals",
            "\"id\": \"d1000000-0000-4000-8000-000000000002\",\n    \"tenant_id\": \"" + Tenant,
            "\"id\": \"d1000000-0000-4000-8000-000000000002\",\n    \"tenant_id\": \"" + other);
        CHECK_FALSE(PartnerPipeline::compute(t.session, {}, now(), &p, &error));
        CHECK(error.contains("belongs to tenant " + other));
    }
    SECTION("a deal without its tenant_id fails (it cannot be checked)")
    {
        t.serveReplaced("strategic-deals", "\"tenant_id\": \"" + Tenant + "\"",
                        "\"tenant_id\": null");
        CHECK_FALSE(PartnerPipeline::compute(t.session, {}, now(), &p, &error));
        CHECK(error.startsWith("strategic-deals: deals[0].tenant_id"));
    }
}

namespace {
// A server with `total` deals answering page/per_page as asked (full: every page is full).
FakeDealix::Handler dealPages(int total, bool full = false)
{
    return [total, full](const FakeDealix::Request &r) {
        const QUrlQuery q(r.query);
        const int page = q.queryItemValue("page").toInt();
        const int per = q.queryItemValue("per_page").toInt();
        QJsonArray deals;
        for (int i = (page - 1) * per; i < page * per && (full || i < total); ++i)
            deals.append(QJsonObject{{"id", QStringLiteral("deal-%1").arg(i, 5, 10, QChar('0'))},
                                     {"tenant_id", Tenant},
                                     {"deal_title", "t"},
                                     {"deal_title_ar", QJsonValue()},
                                     {"target_company_name", QJsonValue()},
                                     {"deal_type", "partnership"},
                                     {"channel", "email"},
                                     {"status", "discovery"},
                                     {"estimated_value_sar", 1.25},
                                     {"ai_confidence", QJsonValue()},
                                     {"created_at", "2026-11-01T00:00:00"}});
        return FakeDealix::json(QJsonDocument(deals).toJson());
    };
}
} // namespace

TEST_CASE("Partner Pipeline over REST: paged until a short page, bounded", "[rest][partners]")
{
    RestTenant t;
    PartnerPipeline p;
    QString error;
    SECTION("three pages, the last one short")
    {
        t.server.route("GET", "strategic-deals", dealPages(5));
        REQUIRE(PartnerPipeline::computeRest(t.session, {}, now(), &p, &error, 2, 10));
        CHECK(p.total == 5);
        CHECK(column(p, "discovery").totalHalalas == 5 * 125);
        CHECK(t.server.requestCount("/api/v1/strategic-deals") == 3);
        CHECK(p.provenance.rest.calls.size() == 3);
        CHECK(p.provenance.rest.calls.at(2).endpoint.contains("page=3"));
    }
    SECTION("a full last page: one more, empty, page ends it")
    {
        t.server.route("GET", "strategic-deals", dealPages(4));
        REQUIRE(PartnerPipeline::computeRest(t.session, {}, now(), &p, &error, 2, 10));
        CHECK(p.total == 4);
        CHECK(t.server.requestCount("/api/v1/strategic-deals") == 3);
    }
    SECTION("an empty list")
    {
        t.server.route("GET", "strategic-deals", dealPages(0));
        REQUIRE(PartnerPipeline::computeRest(t.session, {}, now(), &p, &error, 2, 10));
        CHECK(p.total == 0);
        CHECK(t.server.requestCount("/api/v1/strategic-deals") == 1);
    }
    SECTION("a server that always answers full pages stops at the bound with an error")
    {
        t.server.route("GET", "strategic-deals", dealPages(0, true));
        CHECK_FALSE(PartnerPipeline::computeRest(t.session, {}, now(), &p, &error, 2, 5));
        CHECK(error.contains("strategic-deals"));
        CHECK(t.server.requestCount("/api/v1/strategic-deals") == 5);
    }
}

// ---------------------------------------------------------------------------------------------
// Data source surface
// ---------------------------------------------------------------------------------------------

TEST_CASE("Data source over REST: what each surface reads, answered and timed, the API line",
          "[rest][source]")
{
    RestTenant t;
    t.serve("executive-room/snapshot", R"({"revenue": {"actual": 1}})");
    t.serve("executive-room/weekly-pack", R"({"week_of": "2026-11-30"})");
    t.serve("strategic-deals", R"({"detail": "Not authenticated"})", 401);
    SourceOverview o;
    QString error;
    REQUIRE(SourceOverview::compute(t.session, now(), &o, &error));
    CHECK(o.isRest);
    CHECK(o.apiLine == "A");
    CHECK(o.tables.isEmpty());
    // Every route a surface reads except the three per-item ones: 17 of 20.
    CHECK(o.restEndpoints.size() == 17);
    int failed = 0;
    for (const SourceOverview::RestEndpoint &e : o.restEndpoints) {
        CHECK(e.requestedAt.isValid());
        CHECK(e.elapsedMs >= 0);
        if (!e.ok) {
            ++failed;
            // Routes without a fixture on this branch answer 404; the pipeline says why.
            if (e.route == "strategic-deals")
                CHECK(e.result.contains("Not authenticated"));
        }
    }
    CHECK(failed > 0);
    CHECK(o.warnings.join("\n").contains("not available over the Dealix API"));
    const QJsonObject json = o.toJson();
    CHECK(json["rest"]["api_line"].toString() == "A");
    CHECK(json["rest"]["endpoints"].toArray().size() == 17);
    CHECK(json["provenance"]["rest"]["requests"].toArray().size() == 17);
    // On screen: one row per route, headed as routes (not tables).
    SourceOverviewModel model;
    model.setOverview(o);
    CHECK(model.rowCount() == 17);
    CHECK(model.headerData(SourceOverviewModel::TableColumn, Qt::Horizontal).toString() ==
          "Surface");
    CHECK(model.data(model.index(0, SourceOverviewModel::StatusColumn)).toString() == "Answered");
    // (after the byte order mark every CSV of the app starts with)
    CHECK(QString::fromUtf8(o.toCsv())
              .remove(QChar(0xFEFF))
              .startsWith("surface,route,ok,elapsed_ms,error\r\nexecutive-room,executive-room/"
                          "snapshot,true,"));
}

// ---------------------------------------------------------------------------------------------
// Line B
// ---------------------------------------------------------------------------------------------

TEST_CASE("Line B over REST: empty lists are read as such, the line is said", "[rest][lineb]")
{
    RestTenant t("fixtures-lineb");
    ApprovalCenter c = center(t);
    CHECK(c.items.isEmpty());
    CHECK(c.counters.pending == 0);
    REQUIRE(c.serverStats);
    CHECK(c.serverStats->totalPending == 0);
    PolicyViolations v;
    QString error;
    REQUIRE(PolicyViolations::compute(t.session, now(), &v, &error));
    CHECK(v.total == 0);
    EvidencePackList l;
    REQUIRE(EvidencePackList::compute(t.session, {}, now(), &l, &error));
    CHECK(l.packs.isEmpty());
    // Line B's snapshot (all zeros, posture unknown, tier1_exec_surface).
    t.serve("executive-room/snapshot",
            R"({"revenue": {"actual": 0, "forecast": 0, "variance_percent": 0, "pipeline_value": 0,
                "win_rate": 0}, "compliance": {"compliant": 0, "partial": 0, "non_compliant": 0,
                "posture": "unknown"}, "tier1_exec_surface": true})");
    SourceOverview o;
    REQUIRE(SourceOverview::compute(t.session, now(), &o, &error));
    CHECK(o.apiLine == "B");
    CHECK(o.warnings.join("\n").contains("line B"));
    // The same rule as the banner's: all zeros with posture unknown is Line B although the
    // server has /weekly-pack and no tier1_exec_surface.
    t.serve("executive-room/snapshot",
            R"({"revenue": {"actual": 0, "forecast": 0, "variance_percent": 0, "pipeline_value": 0,
                "win_rate": 0}, "compliance": {"compliant": 0, "partial": 0, "non_compliant": 0,
                "posture": "unknown"}})");
    t.serve("executive-room/weekly-pack", R"({"week_of": "2026-11-30"})");
    SourceOverview zeros;
    REQUIRE(SourceOverview::compute(t.session, now(), &zeros, &error));
    CHECK(zeros.apiLine == "B");
}

TEST_CASE("Over REST a past as-of time is refused on every surface of this file, unrequested",
          "[rest][asof]")
{
    RestTenant t;
    const QDateTime past = now().addDays(-30);
    const QString prefix =
        "not available over the Dealix API: the server answers as of now, not as of ";
    QString error;
    EvidencePackList e;
    CHECK_FALSE(EvidencePackList::compute(t.session, {}, past, &e, &error));
    CHECK(error.startsWith(prefix));
    error.clear();
    ConnectorBoard b;
    CHECK_FALSE(ConnectorBoard::compute(t.session, {}, past, &b, &error));
    CHECK(error.startsWith(prefix));
    error.clear();
    PolicyViolations v;
    CHECK_FALSE(PolicyViolations::compute(t.session, past, &v, &error));
    CHECK(error.startsWith(prefix));
    error.clear();
    PartnerPipeline p;
    CHECK_FALSE(PartnerPipeline::compute(t.session, {}, past, &p, &error));
    CHECK(error.startsWith(prefix));
    error.clear();
    ApprovalCenter c;
    CHECK_FALSE(ApprovalCenter::compute(t.session, {}, past, &c, &error));
    CHECK(error.startsWith(prefix));
    CHECK(t.server.requestCount() == 0);
    // Now (within the five minutes' grace) is answered.
    REQUIRE(PartnerPipeline::compute(t.session, {}, now().addSecs(-60), &p, &error));
    CHECK(p.total == 6);
}

TEST_CASE("Over REST an id or key \"..\" or \".\" read by the user or sent by the server is "
          "refused without a request",
          "[rest][ids]")
{
    RestTenant t;
    QString error;
    for (const QString &id : {QString(".."), QString("."), QString("a/b"), QString()}) {
        INFO(id.toStdString());
        EvidencePack pack;
        bool notFound = false;
        CHECK_FALSE(EvidencePackList::load(t.session, id, &pack, &error, &notFound));
        CHECK(notFound); // exit 4, as a write's id
        CHECK(error.contains("is not an id the Dealix API can have"));
        QList<ProbeRecord> history;
        CHECK_FALSE(ConnectorBoard::history(t.session, id, 10, &history, &error));
        CHECK(error.contains("is not an id the Dealix API can have"));
    }
    CHECK(t.server.requestCount() == 0);
    // A pack id ".." in the server's list would send the detail request to /api/v1/: the list
    // fails instead.
    t.serveReplaced("evidence-packs/", "e1000000-0000-4000-8000-000000000001", "..");
    EvidencePackList l;
    CHECK_FALSE(EvidencePackList::compute(t.session, {}, now(), &l, &error));
    CHECK(error.contains("is not an id the Dealix API can have"));
    CHECK(t.server.requestCount() == 1);
}
