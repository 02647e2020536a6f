#include "tests/support/planningfixture.h"

#include "models/forecast/revenueforecast.h"
#include "models/risk/riskregister.h"
#include "models/source/ddl.h"
#include "tests/support/fixtureloader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace PlanningFixture {

namespace {
using FixtureLoader::Loader;
using FixtureLoader::T;
const char *const Fc = "98000000-0000-4000-8000-000000000001";
const char *const Rk = "98000000-0000-4000-8000-000000000002";
const char *const Other = "98000000-0000-4000-8000-000000000003";
} // namespace

QDateTime asOf()
{
    return QDateTime::fromString(QStringLiteral("2026-11-26T09:00:00Z"), Qt::ISODate);
}

bool load(Session &session, QString *error)
{
    if (!Ddl::apply(session.database(), error))
        return false;
    session.refreshSchema();
    const QDateTime t = asOf();
    Loader l(session, error);
    if (!session.database().transaction())
        return false;
    l.tenant(Fc, QStringLiteral("fc"));
    auto deal = [&](const char *stage, const char *value, const char *currency,
                    const QVariant &probability, const QVariant &closed, const QVariant &expected) {
        l.row(QStringLiteral("deals"), {{QStringLiteral("title"), QStringLiteral("d")},
                                        {QStringLiteral("stage"), QString::fromLatin1(stage)},
                                        {QStringLiteral("value"), QString::fromLatin1(value)},
                                        {QStringLiteral("currency"), QString::fromLatin1(currency)},
                                        {QStringLiteral("probability"), probability},
                                        {QStringLiteral("closed_at"), closed},
                                        {QStringLiteral("expected_close_date"), expected}});
    };
    // Won: 1,000.00 at 00:30 on 1 November in Riyadh (21:30 UTC on 31 October) → November;
    // 500.00 at 23:59 on 31 October in Riyadh → October; USD → counted, not added; a win before
    // the window (November 2025) → in no month.
    deal("closed_won", "1000.00", "SAR", 100, T("2026-10-31T21:30:00Z"), QVariant());
    deal("closed_won", "500.00", "SAR", 100, T("2026-10-31T20:59:00Z"), QVariant());
    deal("closed_won", "999.00", "USD", 100, T("2026-11-02T10:00:00Z"), QVariant());
    deal("closed_won", "200.00", "SAR", 100, T("2025-11-15T10:00:00Z"), QVariant());
    // Open: December 10,000.00 × 75 % = 7,500.00 (commit and best 10,000.00); December
    // 3,000.00 with no probability (weighted 0; best +3,000.00); February 400.00 × 50 % =
    // 200.00; January 0.01 × 33 % = 0.0033 → 0.00 (exact, rounded once); one without an
    // expected date (unscheduled); one lost (ignored).
    deal("proposal", "10000.00", "SAR", 75, QVariant(), QStringLiteral("2026-12-10"));
    deal("negotiation", "3000.00", "SAR", QVariant(), QVariant(), QStringLiteral("2026-12-31"));
    deal("discovery", "400.00", "SAR", 50, QVariant(), QStringLiteral("2027-02-01"));
    deal("discovery", "0.01", "SAR", 33, QVariant(), QStringLiteral("2027-01-05"));
    deal("proposal", "100.00", "SAR", 90, QVariant(), QVariant());
    deal("closed_lost", "50.00", "SAR", 0, T("2026-11-10T10:00:00Z"), QVariant());
    // Targets: November 5,000.00; December–February 900.01 spread 300.00 / 300.00 / 300.01;
    // partnerships 5 (a count).
    auto target = [&](const char *start, const char *end, const char *track, const char *value) {
        l.row(QStringLiteral("revenue_targets"),
              {{QStringLiteral("period_start"), QString::fromLatin1(start)},
               {QStringLiteral("period_end"), QString::fromLatin1(end)},
               {QStringLiteral("track"), QString::fromLatin1(track)},
               {QStringLiteral("target_value_sar"), QString::fromLatin1(value)}});
    };
    target("2026-11-01", "2026-11-30", "revenue", "5000.00");
    target("2026-12-01", "2027-02-28", "revenue", "900.01");
    target("2026-01-01", "2026-12-31", "partnerships", "5.00");
    // Strategic deals: open partnership and distribution (partnerships 2), open acquisition
    // (M&A 1), a closed referral (not counted).
    const QString profile = QStringLiteral("98100000-0000-4000-8000-000000000001");
    l.row(QStringLiteral("company_profiles"),
          {{QStringLiteral("id"), profile}, {QStringLiteral("company_name"), QStringLiteral("p")}});
    for (const auto &[type, status] :
         {std::pair{"partnership", "discovery"}, std::pair{"distribution", "negotiating"},
          std::pair{"acquisition", "due_diligence"}, std::pair{"referral", "closed_won"}})
        l.row(QStringLiteral("strategic_deals"),
              {{QStringLiteral("initiator_profile_id"), profile},
               {QStringLiteral("deal_title"), QStringLiteral("s")},
               {QStringLiteral("deal_type"), QString::fromLatin1(type)},
               {QStringLiteral("status"), QString::fromLatin1(status)}});

    // --- rk: one risk per mapping rule -----------------------------------------------------
    l.tenant(Rk, QStringLiteral("rk"));
    auto control = [&](const char *id, const char *status, const char *risk) {
        l.row(QStringLiteral("compliance_controls"),
              {{QStringLiteral("control_id"), QString::fromLatin1(id)},
               {QStringLiteral("control_name"), QString::fromLatin1(id)},
               {QStringLiteral("category"), QStringLiteral("PDPL")},
               {QStringLiteral("status"), QString::fromLatin1(status)},
               {QStringLiteral("risk_level"), QString::fromLatin1(risk)}});
    };
    control("PDPL-C01", "NON_COMPLIANT", "CRITICAL"); // likelihood 4, impact 5
    control("PDPL-C02", "PARTIAL", "MEDIUM");         // 3, 3
    control("PDPL-C03", "COMPLIANT", "HIGH");         // no risk
    // A high-priority approval 36 h past its 24 h deadline: likelihood 4, impact 4.
    l.row(QStringLiteral("approval_requests"),
          {{QStringLiteral("channel"), QStringLiteral("email")},
           {QStringLiteral("resource_type"), QStringLiteral("deal")},
           {QStringLiteral("resource_id"), QStringLiteral("98200000-0000-4000-8000-000000000001")},
           {QStringLiteral("status"), QStringLiteral("pending")},
           {QStringLiteral("requested_by_id"), l.user()},
           {QStringLiteral("priority"), QStringLiteral("high")},
           {QStringLiteral("payload"),
            QStringLiteral(
                "{\"_dealix_sla\": {\"priority\": \"high\", \"breach_threshold_hours\": 24}}")},
           {QStringLiteral("created_at"), T(t.addSecs(-60 * 3600))}});
    auto contradiction = [&](const char *status, const char *severity, const QDateTime &created) {
        l.row(QStringLiteral("contradictions"),
              {{QStringLiteral("source_a"), QStringLiteral("a")},
               {QStringLiteral("source_b"), QStringLiteral("b")},
               {QStringLiteral("claim_a"), QStringLiteral("x")},
               {QStringLiteral("claim_b"), QStringLiteral("y")},
               {QStringLiteral("status"), QString::fromLatin1(status)},
               {QStringLiteral("severity"), QString::fromLatin1(severity)},
               {QStringLiteral("created_at"), T(created)}});
    };
    contradiction("DETECTED", "CRITICAL", t.addDays(-40)); // 4 + 1 (over 30 days) = 5, 5
    contradiction("REVIEWING", "LOW", t.addDays(-2));      // 3, 2
    contradiction("RESOLVED", "CRITICAL", t.addDays(-2));  // no risk
    auto connector = [&](const char *key, const char *status, const QVariant &success) {
        l.row(QStringLiteral("integration_sync_states"),
              {{QStringLiteral("connector_key"), QString::fromLatin1(key)},
               {QStringLiteral("status"), QString::fromLatin1(status)},
               {QStringLiteral("last_success_at"), success}});
    };
    connector("stripe", "error", QVariant());       // never: 5; known: 4
    connector("zoho", "error", T(t.addDays(-2)));   // 2 days: 4; other: 3
    connector("whatsapp", "ok", T(t.addSecs(-60))); // no risk
    auto risk = [&](const char *title, int likelihood, int impact, const char *status) {
        l.row(QStringLiteral("risks"), {{QStringLiteral("title"), QString::fromLatin1(title)},
                                        {QStringLiteral("likelihood"), likelihood},
                                        {QStringLiteral("impact"), impact},
                                        {QStringLiteral("status"), QString::fromLatin1(status)}});
    };
    risk("Key supplier exit", 2, 3, "open"); // 2, 3
    risk("Old issue", 5, 5, "closed");       // no risk
    // PostgreSQL's DDL checks 1–5; a copy without the check can hold anything.
    if (!session.isPostgres())
        risk("Out of range", 9, 1, "open"); // clamped: 5, 1
    // rk, created a second after as-of: in no cell.
    l.row(QStringLiteral("risks"), {{QStringLiteral("title"), QStringLiteral("Later")},
                                    {QStringLiteral("likelihood"), 1},
                                    {QStringLiteral("impact"), 1},
                                    {QStringLiteral("status"), QStringLiteral("open")},
                                    {QStringLiteral("created_at"), T(t.addSecs(1))}});
    contradiction("DETECTED", "LOW", t.addSecs(1));

    // fc, just outside the window and after as-of: a win one second before the first month
    // (1 December 2025 00:00 in Riyadh), a win and an open deal one second after as-of. None is
    // in any figure.
    l.use(Fc);
    deal("closed_won", "7.00", "SAR", 100, T("2025-11-30T20:59:59Z"), QVariant());
    deal("closed_won", "8.00", "SAR", 100, T(t.addSecs(1)), QVariant());
    l.row(QStringLiteral("deals"),
          {{QStringLiteral("title"), QStringLiteral("later")},
           {QStringLiteral("stage"), QStringLiteral("proposal")},
           {QStringLiteral("value"), QStringLiteral("9.00")},
           {QStringLiteral("currency"), QStringLiteral("SAR")},
           {QStringLiteral("probability"), 100},
           {QStringLiteral("expected_close_date"), QStringLiteral("2026-12-15")},
           {QStringLiteral("created_at"), T(t.addSecs(1))}});

    // --- other: rows that change every figure of fc and rk if they leaked -------------------
    // Other tenants' rows that name no creation time have none, as Dealix allows.
    l.undatedByDefault(true);
    l.tenant(Other, QStringLiteral("other"));
    deal("closed_won", "1.00", "SAR", 100, T("2026-11-10T10:00:00Z"), QVariant());
    deal("closed_won", "2.00", "SAR", 100, T("2026-10-10T10:00:00Z"), QVariant());
    deal("closed_won", "3.00", "SAR", 100, T("2025-12-15T10:00:00Z"), QVariant());
    deal("proposal", "4.00", "USD", 50, QVariant(), QStringLiteral("2026-12-05"));
    deal("proposal", "5.00", "SAR", 80, QVariant(), QStringLiteral("2026-12-05"));
    deal("proposal", "6.00", "SAR", 80, QVariant(), QStringLiteral("2027-01-10"));
    deal("proposal", "7.00", "SAR", 100, QVariant(), QStringLiteral("2027-02-10"));
    deal("proposal", "8.00", "SAR", 50, QVariant(), QVariant());
    target("2026-11-01", "2026-11-30", "revenue", "1000.00");
    target("2026-12-01", "2027-03-31", "revenue", "400.00");
    target("2026-01-01", "2026-12-31", "partnerships", "3.00");
    target("2026-01-01", "2026-12-31", "ma", "2.00");
    const QString otherProfile = QStringLiteral("98100000-0000-4000-8000-000000000009");
    l.row(QStringLiteral("company_profiles"),
          {{QStringLiteral("id"), otherProfile},
           {QStringLiteral("company_name"), QStringLiteral("o")}});
    for (const char *type : {"partnership", "acquisition"})
        l.row(QStringLiteral("strategic_deals"),
              {{QStringLiteral("initiator_profile_id"), otherProfile},
               {QStringLiteral("deal_title"), QStringLiteral("o")},
               {QStringLiteral("deal_type"), QString::fromLatin1(type)},
               {QStringLiteral("status"), QStringLiteral("discovery")}});
    control("PDPL-C01", "NON_COMPLIANT", "HIGH"); // would be 4, 4
    control("PDPL-C02", "PARTIAL", "LOW");        // 3, 2
    control("NCA-C01", "NON_COMPLIANT", "CRITICAL");
    l.row(QStringLiteral("approval_requests"),
          {{QStringLiteral("channel"), QStringLiteral("email")},
           {QStringLiteral("resource_type"), QStringLiteral("deal")},
           {QStringLiteral("resource_id"), QStringLiteral("98200000-0000-4000-8000-000000000009")},
           {QStringLiteral("status"), QStringLiteral("pending")},
           {QStringLiteral("requested_by_id"), l.user()},
           {QStringLiteral("priority"), QStringLiteral("critical")},
           {QStringLiteral("payload"),
            QStringLiteral("{\"_dealix_sla\": {\"priority\": \"critical\", "
                           "\"breach_threshold_hours\": 24}}")},
           {QStringLiteral("created_at"), T(t.addSecs(-50 * 3600))}});
    contradiction("DETECTED", "CRITICAL", t.addDays(-40));
    contradiction("REVIEWING", "MEDIUM", t.addDays(-2));
    connector("stripe", "error", QVariant());
    connector("voice", "error", T(t.addDays(-2)));
    risk("Other open", 2, 3, "open");
    risk("Other high", 5, 2, "open");
    return FixtureLoader::finish(session, l, error);
}

std::unique_ptr<Session> openSqlite(const QTemporaryDir &dir)
{
    return FixtureLoader::openSqlite(dir, QStringLiteral("planning.sqlite"), load);
}

namespace {
const ForecastMonth &month(const RevenueForecast &f, int year, int m)
{
    for (const ForecastMonth &x : f.months) {
        if (x.month == QDate(year, m, 1))
            return x;
    }
    FAIL("no month " << year << "-" << m);
    return f.months.first();
}
} // namespace

void checkForecast(Session &session)
{
    REQUIRE(session.selectTenant(QStringLiteral("fc")));
    RevenueForecast f;
    QString error;
    const bool ok = RevenueForecast::compute(session, asOf(), &f, &error);
    INFO(error.toStdString());
    REQUIRE(ok);
    REQUIRE(f.months.size() == 18);
    CHECK(f.months.first().month == QDate(2025, 12, 1));
    CHECK(f.months.last().month == QDate(2027, 5, 1));
    CHECK(f.currentMonth == QDate(2026, 11, 1));
    CHECK(month(f, 2026, 11).actual == 100000);
    CHECK(month(f, 2026, 10).actual == 50000);
    CHECK(month(f, 2025, 12).actual == 0); // an empty month
    CHECK(month(f, 2026, 12).forecast == 750000);
    CHECK(month(f, 2026, 12).commit == 1000000);
    CHECK(month(f, 2026, 12).bestCase == 1300000);
    CHECK(month(f, 2027, 1).forecast == 0);
    CHECK(month(f, 2027, 1).bestCase == 1);
    CHECK(month(f, 2027, 2).forecast == 20000);
    CHECK(month(f, 2027, 2).commit == 0);
    CHECK(f.unscheduled == 1);
    CHECK(f.otherCurrencies == 1);
    CHECK(f.targetsAvailable);
    CHECK(*month(f, 2026, 11).target == 500000);
    CHECK(*month(f, 2026, 12).target == 30000);
    CHECK(*month(f, 2027, 1).target == 30000);
    CHECK(*month(f, 2027, 2).target == 30001);
    CHECK_FALSE(month(f, 2027, 3).target.has_value());
    REQUIRE(f.tracks.size() == 3);
    const RevenueForecast::Track &revenue = f.tracks.at(0);
    CHECK(revenue.actual == 150000);
    CHECK(*revenue.forecast == 150000 + 750000 + 20000);
    CHECK(*revenue.target == 500000 + 90001);
    CHECK(*revenue.variance() == 920000 - 590001);
    CHECK(f.tracks.at(1).actual == 2);
    CHECK(*f.tracks.at(1).target == 5);
    CHECK(*f.tracks.at(1).variance() == -3);
    CHECK(f.tracks.at(2).actual == 1);
    CHECK_FALSE(f.tracks.at(2).target.has_value());
    CHECK(f.toCsv().count('\n') == 19); // header + 18 months
    CHECK(f.toCsv().contains("2026-12,0,7500,10000,13000,300"));
    const QJsonObject json = f.toJson();
    CHECK(json.value(QStringLiteral("tracks"))
              .toObject()
              .value(QStringLiteral("revenue"))
              .toObject()
              .value(QStringLiteral("variance"))
              .toDouble() == 3299.99);
}

void checkForecastWithoutTargets(Session &session)
{
    QSqlQuery q(session.database());
    REQUIRE(q.exec(QStringLiteral("drop table revenue_targets")));
    session.refreshSchema();
    REQUIRE(session.selectTenant(QStringLiteral("fc")));
    RevenueForecast f;
    QString error;
    REQUIRE(RevenueForecast::compute(session, asOf(), &f, &error));
    CHECK_FALSE(f.targetsAvailable);
    for (const ForecastMonth &m : std::as_const(f.months))
        CHECK_FALSE(m.target.has_value());
    CHECK_FALSE(f.tracks.at(0).target.has_value());
    CHECK_FALSE(f.tracks.at(0).variance().has_value());
    CHECK(month(f, 2026, 11).actual == 100000); // the figures themselves unchanged
}

void checkRisks(Session &session)
{
    REQUIRE(session.selectTenant(QStringLiteral("rk")));
    RiskRegister r;
    QString error;
    const bool ok = RiskRegister::compute(session, asOf(), &r, &error);
    INFO(error.toStdString());
    REQUIRE(ok);
    for (const RiskItem &i : std::as_const(r.risks))
        UNSCOPED_INFO(i.kind.toStdString()
                      << " " << i.id.toStdString() << " L" << i.likelihood << " I" << i.impact);
    const bool pg = session.isPostgres();
    CHECK(r.risks.size() == (pg ? 8 : 9));
    auto cell = [&](int likelihood, int impact) { return r.cells[likelihood - 1][impact - 1]; };
    CHECK(cell(4, 5) == 1);            // non-compliant critical control
    CHECK(cell(3, 3) == 1);            // partial medium control
    CHECK(cell(4, 4) == 1);            // high-priority approval 36 h past its deadline
    CHECK(cell(5, 5) == 1);            // critical contradiction detected 40 days ago
    CHECK(cell(3, 2) == 1);            // low contradiction in review
    CHECK(cell(5, 4) == 1);            // stripe: never succeeded, a known connector
    CHECK(cell(4, 3) == 1);            // zoho: 2 days since success, not a known connector
    CHECK(cell(2, 3) == 1);            // the open register row
    CHECK(cell(5, 1) == (pg ? 0 : 1)); // the register row out of range, clamped
    CHECK(RiskRegister::band(20) == QLatin1String("critical"));
    CHECK(RiskRegister::band(15) == QLatin1String("critical"));
    CHECK(RiskRegister::band(14) == QLatin1String("high"));
    CHECK(RiskRegister::band(10) == QLatin1String("high"));
    CHECK(RiskRegister::band(9) == QLatin1String("medium"));
    CHECK(RiskRegister::band(4) == QLatin1String("low"));
    // Highest score first; each names the surface of its source.
    CHECK(r.risks.first().score() == 25);
    CHECK(r.risks.first().surface == QLatin1String("policy-violations"));
    CHECK(r.at(5, 4).first().id == QLatin1String("stripe"));
    // The Dealix heat map: controls by category × risk level.
    CHECK(r.controls.value(QStringLiteral("pdpl")).value(QStringLiteral("critical")) == 1);
    CHECK(r.controls.value(QStringLiteral("pdpl")).value(QStringLiteral("high")) == 1);
    CHECK(r.toJson().value(QStringLiteral("total_controls")).toInt() == 3);
    CHECK(r.toCsv().count('\n') == r.risks.size() + 1);
}

} // namespace PlanningFixture
