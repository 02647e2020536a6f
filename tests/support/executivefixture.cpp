#include "tests/support/executivefixture.h"
#include "tests/support/testsupport.h"

#include "models/executive/executivesnapshot.h"
#include "models/source/ddl.h"
#include "models/source/indexadvice.h"
#include "models/weekly/weeklyreview.h"
#include "tests/support/fixtureloader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantMap>

#include <catch2/catch.hpp>

namespace ExecutiveFixture {

namespace {

using FixtureLoader::Loader;
using FixtureLoader::T;

const char *const Alpha = "a0000000-0000-4000-8000-000000000001";
const char *const Beta = "b0000000-0000-4000-8000-000000000002";
const char *const Empty = "c0000000-0000-4000-8000-000000000003";
const char *const Weekly = "d0000000-0000-4000-8000-000000000004";
const char *const Periods = "e0000000-0000-4000-8000-000000000005";

QVariantMap deal(const char *stage, const QVariant &value, const QVariant &currency,
                 const QVariant &probability, const QVariant &closedAt)
{
    return {{QStringLiteral("title"), QStringLiteral("deal")},
            {QStringLiteral("stage"), stage ? QVariant(QString::fromLatin1(stage)) : QVariant()},
            {QStringLiteral("value"), value},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("probability"), probability},
            {QStringLiteral("closed_at"), closedAt}};
}

QVariantMap contradiction(const char *status, const char *severity,
                          const QVariant &createdAt = QVariant())
{
    QVariantMap row{{QStringLiteral("source_a"), QStringLiteral("a")},
                    {QStringLiteral("source_b"), QStringLiteral("b")},
                    {QStringLiteral("claim_a"), QStringLiteral("x")},
                    {QStringLiteral("claim_b"), QStringLiteral("y")},
                    {QStringLiteral("status"), QString::fromLatin1(status)},
                    {QStringLiteral("severity"), QString::fromLatin1(severity)}};
    if (createdAt.isValid())
        row.insert(QStringLiteral("created_at"), createdAt);
    return row;
}

QString slaPayload(double breachHours, const char *priority = nullptr)
{
    QJsonObject sla{{QStringLiteral("breach_threshold_hours"), breachHours},
                    {QStringLiteral("warn_threshold_hours"), 4}};
    if (priority)
        sla.insert(QStringLiteral("priority"), QString::fromLatin1(priority));
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("_dealix_sla"), sla}})
                                 .toJson(QJsonDocument::Compact));
}

QVariantMap approval(const QString &status, const QDateTime &created, const QString &payload,
                     const QVariant &deadline, const QString &requester)
{
    return {{QStringLiteral("channel"), QStringLiteral("whatsapp")},
            {QStringLiteral("resource_type"), QStringLiteral("strategic_deal")},
            {QStringLiteral("resource_id"), QStringLiteral("f0000000-0000-4000-8000-000000000000")},
            {QStringLiteral("payload"), payload},
            {QStringLiteral("status"), status},
            {QStringLiteral("requested_by_id"), requester},
            {QStringLiteral("created_at"), T(created)},
            {QStringLiteral("sla_deadline_at"), deadline}};
}

} // namespace

QDateTime asOf()
{
    return QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
}

bool load(Session &session, ApprovalSchema schema, QString *error)
{
    if (!Ddl::apply(session.database(), error))
        return false;
    if (schema == ApprovalSchema::Plain) {
        // The plain Dealix schema; SQLite drops an indexed column only without its index.
        for (const char *column : {"priority", "category", "escalation_level", "sla_deadline_at"}) {
            if (!TestSupport::dropColumn(session.database(), QStringLiteral("approval_requests"),
                                         QString::fromLatin1(column), error))
                return false;
        }
        // The catalogue's expression indexes as written for the plain schema (those of the
        // enhanced one went with its columns).
        if (!IndexAdvice::create(session.database(), error))
            return false;
    }
    session.refreshSchema();
    const bool enhanced = schema == ApprovalSchema::Enhanced;
    const QDateTime t = asOf();
    Loader l(session, error);
    if (!session.database().transaction())
        return false;

    // --- alpha: the Executive Room figures -------------------------------------------------
    l.tenant(Alpha, QStringLiteral("alpha"));
    // Deals. All time: actual = 1000.10 + 2000.25 = 3000.35 SAR; won 3 (d1, d2, d3 in USD),
    // lost 1 → win rate 75.0. Open (d5–d10): 6; SAR pipeline 10000.00 + 3333.33 + 100.00 +
    // 0.01 = 13433.34. Weighted: 1000000×50 + 333333×33 + 10000×0 + 1×100 = 61000089
    // centi-halalas; forecast = 300035 + 610000.89 = 910035.89 → 9100.36 SAR; variance =
    // 100 × (3000.35 − 9100.3589) / 9100.3589 = −67.03 → −67.0. Without value: d8. Other
    // currencies: USD d3 (won) + d9 (open) = 2.
    l.row(QStringLiteral("deals"), deal("closed_won", QStringLiteral("1000.10"),
                                        QStringLiteral("SAR"), 100, T("2026-11-03T10:00:00Z")));
    l.row(QStringLiteral("deals"), deal("closed_won", QStringLiteral("2000.25"),
                                        QStringLiteral("SAR"), 100, T("2026-02-10T10:00:00Z")));
    l.row(QStringLiteral("deals"), deal("closed_won", QStringLiteral("500.00"),
                                        QStringLiteral("USD"), 100, T("2026-10-15T10:00:00Z")));
    l.row(QStringLiteral("deals"), deal("closed_lost", QStringLiteral("750.00"),
                                        QStringLiteral("SAR"), 0, T("2026-11-20T10:00:00Z")));
    l.row(QStringLiteral("deals"),
          deal("proposal", QStringLiteral("10000.00"), QVariant(), 50, QVariant()));
    l.row(QStringLiteral("deals"),
          deal("negotiation", QStringLiteral("3333.33"), QStringLiteral("SAR"), 33, QVariant()));
    l.row(QStringLiteral("deals"), deal("discovery", QStringLiteral("100.00"),
                                        QStringLiteral("SAR"), QVariant(), QVariant()));
    l.row(QStringLiteral("deals"), deal("new", QVariant(), QStringLiteral("SAR"), 80, QVariant()));
    l.row(QStringLiteral("deals"),
          deal("proposal", QStringLiteral("700.00"), QStringLiteral("USD"), 90, QVariant()));
    l.row(QStringLiteral("deals"),
          deal(nullptr, QStringLiteral("0.01"), QStringLiteral("SAR"), 100, QVariant()));
    // Approvals as of T: pending 5; warning (deadline in [T, T+4h)) a1, a5; breach a3, a4.
    const QString u = l.user();
    // a1: deadline exactly T. With the enhanced column its payload says 1 h (a breach) to prove
    // that sla_deadline_at wins.
    l.row(QStringLiteral("approval_requests"),
          approval(QStringLiteral("pending"), t.addSecs(-24 * 3600), slaPayload(enhanced ? 1 : 24),
                   enhanced ? QVariant(T(t)) : QVariant(), u));
    // a2: deadline exactly T + 4 h: neither warning nor breach.
    l.row(QStringLiteral("approval_requests"),
          approval(QStringLiteral("pending"), t.addSecs(-20 * 3600), slaPayload(24),
                   enhanced ? QVariant(T(t.addSecs(4 * 3600))) : QVariant(), u));
    // a3: deadline one second before T: breach.
    l.row(QStringLiteral("approval_requests"),
          approval(QStringLiteral("pending"), t.addSecs(-24 * 3600 - 1), slaPayload(24),
                   enhanced ? QVariant(T(t.addSecs(-1))) : QVariant(), u));
    // a4: no column deadline; payload 12 h from T − 13 h: breach.
    l.row(
        QStringLiteral("approval_requests"),
        approval(QStringLiteral("pending"), t.addSecs(-13 * 3600), slaPayload(12), QVariant(), u));
    // a5: no SLA anywhere: the default 24 h from T − 21 h = T + 3 h: warning.
    l.row(QStringLiteral("approval_requests"),
          approval(QStringLiteral("pending"), t.addSecs(-21 * 3600), QStringLiteral("{}"),
                   QVariant(), u));
    // a6: decided, never counted.
    l.row(
        QStringLiteral("approval_requests"),
        approval(QStringLiteral("approved"), t.addSecs(-48 * 3600), slaPayload(1), QVariant(), u));
    // Compliance: 2 compliant, 1 partial, 1 non-compliant, 1 not applicable → at_risk, rate
    // 100×2/5 = 40.0, score 100×(2 + 0.5)/(5 − 1) = 62.5.
    for (const char *status :
         {"COMPLIANT", "COMPLIANT", "PARTIAL", "NON_COMPLIANT", "NOT_APPLICABLE"})
        l.row(QStringLiteral("compliance_controls"),
              {{QStringLiteral("control_id"), QStringLiteral("PDPL-C01")},
               {QStringLiteral("control_name"), QStringLiteral("c")},
               {QStringLiteral("category"), QStringLiteral("PDPL")},
               {QStringLiteral("status"), QString::fromLatin1(status)},
               {QStringLiteral("risk_level"), QStringLiteral("HIGH")}});
    // Connectors: healthy 2 (whatsapp, zoho), degraded 1, error 1, unknown 1, disabled 1;
    // not configured: docusign and cal → 2.
    const char *const connectors[][2] = {{"whatsapp", "ok"},        {"stripe", "degraded"},
                                         {"voice", "error"},        {"email", "disabled"},
                                         {"salesforce", "unknown"}, {"zoho", "ok"}};
    for (const auto &c : connectors)
        l.row(QStringLiteral("integration_sync_states"),
              {{QStringLiteral("connector_key"), QString::fromLatin1(c[0])},
               {QStringLiteral("status"), QString::fromLatin1(c[1])}});
    // Contradictions: active 2 (detected critical, reviewing high), critical 1.
    const char *const contradictions[][2] = {
        {"DETECTED", "CRITICAL"}, {"REVIEWING", "HIGH"}, {"RESOLVED", "CRITICAL"}};
    for (const auto &c : contradictions)
        l.row(QStringLiteral("contradictions"), contradiction(c[0], c[1]));
    // Strategic deals: active 3 (discovery, negotiating and the unknown on_hold), pipeline
    // 1000000.00 + 500000.50 + 100.00 = 1500100.50.
    l.row(QStringLiteral("company_profiles"),
          {{QStringLiteral("id"), QStringLiteral("a1000000-0000-4000-8000-000000000000")},
           {QStringLiteral("company_name"), QStringLiteral("p")}});
    const char *const strategic[][2] = {{"discovery", "1000000.00"},
                                        {"negotiating", "500000.50"},
                                        {"closed_won", "2000000.00"},
                                        {"closed_lost", "1.00"},
                                        {"on_hold", "100.00"}};
    for (const auto &sd : strategic)
        l.row(QStringLiteral("strategic_deals"),
              {{QStringLiteral("initiator_profile_id"),
                QStringLiteral("a1000000-0000-4000-8000-000000000000")},
               {QStringLiteral("deal_title"), QStringLiteral("t")},
               {QStringLiteral("status"), QString::fromLatin1(sd[0])},
               {QStringLiteral("estimated_value_sar"), QString::fromLatin1(sd[1])}});
    // Evidence packs: ready 2, pending review (assembling) 1.
    for (const char *status : {"READY", "READY", "ASSEMBLING", "REVIEWED"})
        l.row(QStringLiteral("evidence_packs"),
              {{QStringLiteral("title"), QStringLiteral("p")},
               {QStringLiteral("pack_type"), QStringLiteral("BOARD_REPORT")},
               {QStringLiteral("status"), QString::fromLatin1(status)}});

    // Created one second after T: in no figure as of T (an open deal, an active critical
    // contradiction, an active strategic deal, a ready pack).
    const QVariant later = T(t.addSecs(1));
    QVariantMap lateDeal =
        deal("proposal", QStringLiteral("77777.77"), QStringLiteral("SAR"), 90, QVariant());
    lateDeal.insert(QStringLiteral("created_at"), later);
    l.row(QStringLiteral("deals"), lateDeal);
    l.row(QStringLiteral("contradictions"), contradiction("DETECTED", "CRITICAL", later));
    l.row(QStringLiteral("strategic_deals"),
          {{QStringLiteral("initiator_profile_id"),
            QStringLiteral("a1000000-0000-4000-8000-000000000000")},
           {QStringLiteral("deal_title"), QStringLiteral("later")},
           {QStringLiteral("status"), QStringLiteral("discovery")},
           {QStringLiteral("estimated_value_sar"), QStringLiteral("5.00")},
           {QStringLiteral("created_at"), later}});
    l.row(QStringLiteral("evidence_packs"),
          {{QStringLiteral("title"), QStringLiteral("later")},
           {QStringLiteral("pack_type"), QStringLiteral("BOARD_REPORT")},
           {QStringLiteral("status"), QStringLiteral("READY")},
           {QStringLiteral("created_at"), later}});

    // --- beta: one row of everything; any leak changes alpha's figures ---------------------
    // Other tenants' rows that name no creation time have none, as Dealix allows.
    l.undatedByDefault(true);
    l.tenant(Beta, QStringLiteral("beta"));
    l.row(QStringLiteral("deals"), deal("closed_won", QStringLiteral("99999.99"),
                                        QStringLiteral("SAR"), 100, T("2026-11-05T10:00:00Z")));
    l.row(QStringLiteral("deals"),
          deal("proposal", QStringLiteral("88888.88"), QStringLiteral("SAR"), 90, QVariant()));
    l.row(QStringLiteral("approval_requests"),
          approval(QStringLiteral("pending"), t.addSecs(-100 * 3600), QStringLiteral("{}"),
                   QVariant(), l.user()));
    l.row(QStringLiteral("compliance_controls"),
          {{QStringLiteral("control_id"), QStringLiteral("NCA-C01")},
           {QStringLiteral("control_name"), QStringLiteral("c")},
           {QStringLiteral("category"), QStringLiteral("NCA")},
           {QStringLiteral("status"), QStringLiteral("NON_COMPLIANT")},
           {QStringLiteral("risk_level"), QStringLiteral("CRITICAL")}});
    l.row(QStringLiteral("integration_sync_states"),
          {{QStringLiteral("connector_key"), QStringLiteral("docusign")},
           {QStringLiteral("status"), QStringLiteral("error")}});
    l.row(QStringLiteral("contradictions"), contradiction("DETECTED", "CRITICAL"));
    l.row(QStringLiteral("evidence_packs"),
          {{QStringLiteral("title"), QStringLiteral("p")},
           {QStringLiteral("pack_type"), QStringLiteral("BOARD_REPORT")},
           {QStringLiteral("status"), QStringLiteral("READY")}});

    // --- empty: a tenant with nothing --------------------------------------------------------
    l.undatedByDefault(false);
    l.tenant(Empty, QStringLiteral("empty"));

    // --- weekly: week boundaries. This week: Sun 2026-11-22 00:00 Riyadh = 2026-11-21T21:00Z
    // to 2026-11-28T21:00Z; the week before from 2026-11-14T21:00Z. ------------------------
    l.tenant(Weekly, QStringLiteral("weekly"));
    const QString w = l.user();
    auto weekDeal = [&](const char *stage, const char *value, const char *currency,
                        const char *closed, const char *created, const char *expected) {
        QVariantMap d = deal(stage, QString::fromLatin1(value), QString::fromLatin1(currency), 50,
                             closed ? QVariant(T(closed)) : QVariant());
        d.insert(QStringLiteral("created_at"), T(created));
        if (expected)
            d.insert(QStringLiteral("expected_close_date"), QString::fromLatin1(expected));
        l.row(QStringLiteral("deals"), d);
    };
    // Won: Saturday 23:59:59 Riyadh belongs to last week, Sunday 00:00 to this week; USD counts
    // in the number won but not in the SAR value. Won this week 2 (20.00), last week 1 (10.00).
    weekDeal("closed_won", "10.00", "SAR", "2026-11-21T20:59:59Z", "2026-11-01T08:00:00Z", nullptr);
    weekDeal("closed_won", "20.00", "SAR", "2026-11-21T21:00:00Z", "2026-11-01T08:00:00Z", nullptr);
    weekDeal("closed_won", "30.00", "USD", "2026-11-23T08:00:00Z", "2026-11-01T08:00:00Z", nullptr);
    // New pipeline: this week 1 (40.00), last week 1 (50.00). Planned next week (29 Nov – 5 Dec):
    // the 40.00 deal expected on 1 December.
    weekDeal("proposal", "40.00", "SAR", nullptr, "2026-11-24T08:00:00Z", "2026-12-01");
    weekDeal("proposal", "50.00", "SAR", nullptr, "2026-11-16T08:00:00Z", "2026-12-20");
    // Approvals. Decided this week 1 (p1, in time), last week 1 (p2, after its deadline: a
    // breach last week). Breach this week: p3 (pending, deadline 25 Nov 09:00). Decisions
    // required: p3 (critical) and p4 (high), not p5 (low).
    auto decided = [&](const char *status, const char *created, const char *reviewed) {
        QVariantMap a = approval(QString::fromLatin1(status),
                                 QDateTime::fromString(QString::fromLatin1(created), Qt::ISODate),
                                 slaPayload(24), QVariant(), w);
        a.insert(QStringLiteral("reviewed_at"), T(reviewed));
        a.insert(QStringLiteral("reviewed_by_id"), w);
        l.row(QStringLiteral("approval_requests"), a);
    };
    decided("approved", "2026-11-24T06:00:00Z", "2026-11-24T08:00:00Z");
    decided("rejected", "2026-11-15T08:00:00Z", "2026-11-17T08:00:00Z");
    l.row(QStringLiteral("approval_requests"),
          approval(QStringLiteral("pending"),
                   QDateTime::fromString(QStringLiteral("2026-11-24T09:00:00Z"), Qt::ISODate),
                   slaPayload(24, "critical"), QVariant(), w));
    l.row(QStringLiteral("approval_requests"),
          approval(QStringLiteral("pending"),
                   QDateTime::fromString(QStringLiteral("2026-11-26T08:00:00Z"), Qt::ISODate),
                   slaPayload(24, "high"), QVariant(), w));
    l.row(QStringLiteral("approval_requests"),
          approval(QStringLiteral("pending"),
                   QDateTime::fromString(QStringLiteral("2026-11-26T08:30:00Z"), Qt::ISODate),
                   slaPayload(24, "low"), QVariant(), w));
    // Contradictions: opened this week 1 (c1), last week 1 (c3); resolved this week 1 (c3),
    // last week 1 (c2). c1 is active and critical: a decision and a red reason.
    auto weekContradiction = [&](const char *status, const char *severity, const char *created,
                                 const char *resolved) {
        QVariantMap c{{QStringLiteral("source_a"), QStringLiteral("CRM")},
                      {QStringLiteral("source_b"), QStringLiteral("Contract")},
                      {QStringLiteral("claim_a"), QStringLiteral("A")},
                      {QStringLiteral("claim_b"), QStringLiteral("B")},
                      {QStringLiteral("status"), QString::fromLatin1(status)},
                      {QStringLiteral("severity"), QString::fromLatin1(severity)},
                      {QStringLiteral("created_at"), T(created)}};
        if (resolved)
            c.insert(QStringLiteral("resolved_at"), T(resolved));
        l.row(QStringLiteral("contradictions"), c);
    };
    weekContradiction("DETECTED", "CRITICAL", "2026-11-23T08:00:00Z", nullptr);
    weekContradiction("RESOLVED", "HIGH", "2026-11-10T08:00:00Z", "2026-11-18T08:00:00Z");
    weekContradiction("ACCEPTED", "LOW", "2026-11-16T08:00:00Z", "2026-11-25T08:00:00Z");
    // Controls: PDPL-C01 went partial → compliant last week, compliant → non-compliant this
    // week; NCA-C01 stayed compliant. Changed: 1 this week, 1 last week.
    auto scan = [&](const char *control, const char *status, const char *at) {
        l.row(QStringLiteral("compliance_scan_results"),
              {{QStringLiteral("control_id"), QString::fromLatin1(control)},
               {QStringLiteral("status"), QString::fromLatin1(status)},
               {QStringLiteral("checked_at"), T(at)},
               {QStringLiteral("created_at"), T(at)}});
    };
    scan("PDPL-C01", "PARTIAL", "2026-11-10T08:00:00Z");
    scan("PDPL-C01", "COMPLIANT", "2026-11-18T08:00:00Z");
    scan("PDPL-C01", "NON_COMPLIANT", "2026-11-24T08:00:00Z");
    scan("NCA-C01", "COMPLIANT", "2026-11-10T08:00:00Z");
    scan("NCA-C01", "COMPLIANT", "2026-11-24T08:00:00Z");
    for (const char *c : {"PDPL-C01", "NCA-C01"})
        l.row(QStringLiteral("compliance_controls"),
              {{QStringLiteral("control_id"), QString::fromLatin1(c)},
               {QStringLiteral("control_name"), QStringLiteral("c")},
               {QStringLiteral("category"), QStringLiteral("PDPL")},
               {QStringLiteral("status"),
                QString::fromLatin1(c[0] == 'P' ? "NON_COMPLIANT" : "COMPLIANT")},
               {QStringLiteral("risk_level"), QStringLiteral("HIGH")}});
    // Connectors: whatsapp failed this week, stripe last week, email succeeded. Failures 1 / 1.
    auto connector = [&](const char *key, const char *status, const char *attempt,
                         const char *success) {
        QVariantMap c{{QStringLiteral("connector_key"), QString::fromLatin1(key)},
                      {QStringLiteral("status"), QString::fromLatin1(status)},
                      {QStringLiteral("last_attempt_at"), T(attempt)}};
        if (success)
            c.insert(QStringLiteral("last_success_at"), T(success));
        l.row(QStringLiteral("integration_sync_states"), c);
    };
    connector("whatsapp", "error", "2026-11-25T08:00:00Z", "2026-11-20T08:00:00Z");
    connector("stripe", "degraded", "2026-11-18T08:00:00Z", nullptr);
    connector("email", "ok", "2026-11-25T08:00:00Z", "2026-11-25T08:00:00Z");

    // --- weekly, outside the two weeks: a second after as-of (in this week's calendar days,
    // after T) and a second before last week's start (Sat 2026-11-14 23:59:59 in Riyadh). None
    // changes a weekly figure above. --------------------------------------------------------
    const char *const afterT = "2026-11-26T09:00:01Z";
    const char *const beforeLastWeek = "2026-11-14T20:59:59Z";
    weekDeal("closed_won", "60.00", "SAR", afterT, "2026-11-01T08:00:00Z", nullptr);
    weekDeal("closed_won", "70.00", "SAR", beforeLastWeek, "2026-11-01T08:00:00Z", nullptr);
    weekDeal("proposal", "80.00", "SAR", nullptr, afterT, "2027-03-01");
    weekDeal("proposal", "90.00", "SAR", nullptr, beforeLastWeek, "2027-03-01");
    // Decided a second before last week (created a day earlier, within its 24 h SLA).
    decided("approved", "2026-11-13T21:00:00Z", beforeLastWeek);
    weekContradiction("DETECTED", "LOW", afterT, nullptr);
    weekContradiction("RESOLVED", "LOW", beforeLastWeek, beforeLastWeek);
    // A control that changed just before last week and again just after as-of.
    scan("SDAIA-C02", "PARTIAL", "2026-11-01T08:00:00Z");
    scan("SDAIA-C02", "COMPLIANT", beforeLastWeek);
    scan("SDAIA-C02", "NON_COMPLIANT", afterT);
    connector("cal", "degraded", beforeLastWeek, nullptr);

    // --- beta, more rows: one of each kind alpha's and weekly's figures count (approvals in
    // warning, lost, null-valued and AED deals, every control and connector status, strategic
    // deals, packs in review, and something in this week and last week for every weekly
    // measure), so a query that lost its tenant filter changes every pinned figure. ----------
    l.use(Beta);
    l.undatedByDefault(true);
    const QString b = l.user();
    auto betaDeal = [&](const char *stage, const QVariant &value, const char *currency,
                        const QVariant &closed, const char *created, const char *expected) {
        QVariantMap d = deal(stage, value, QString::fromLatin1(currency), 50, closed);
        if (created)
            d.insert(QStringLiteral("created_at"), T(created));
        if (expected)
            d.insert(QStringLiteral("expected_close_date"), QString::fromLatin1(expected));
        l.row(QStringLiteral("deals"), d);
    };
    betaDeal("closed_lost", QStringLiteral("12.00"), "SAR", T("2026-11-21T10:00:00Z"), nullptr,
             nullptr);
    betaDeal("negotiation", QVariant(), "SAR", QVariant(), nullptr, nullptr);
    betaDeal("proposal", QStringLiteral("60.00"), "AED", QVariant(), nullptr, nullptr);
    betaDeal("closed_won", QStringLiteral("11.00"), "SAR", T("2026-11-23T10:00:00Z"), nullptr,
             nullptr);
    betaDeal("closed_won", QStringLiteral("13.00"), "SAR", T("2026-11-17T10:00:00Z"), nullptr,
             nullptr);
    betaDeal("proposal", QStringLiteral("14.00"), "SAR", QVariant(), "2026-11-24T10:00:00Z",
             "2026-12-02");
    betaDeal("proposal", QStringLiteral("15.00"), "SAR", QVariant(), "2026-11-16T10:00:00Z",
             nullptr);
    // Approvals: pending in warning (default 24 h from T − 21 h); decided this week and last
    // week (late: a breach last week); pending critical, past its deadline this week.
    l.row(QStringLiteral("approval_requests"),
          approval(QStringLiteral("pending"), t.addSecs(-21 * 3600), QStringLiteral("{}"),
                   QVariant(), b));
    auto betaDecided = [&](const char *status, const char *created, const char *reviewed) {
        QVariantMap a = approval(QString::fromLatin1(status),
                                 QDateTime::fromString(QString::fromLatin1(created), Qt::ISODate),
                                 slaPayload(24), QVariant(), b);
        a.insert(QStringLiteral("reviewed_at"), T(reviewed));
        a.insert(QStringLiteral("reviewed_by_id"), b);
        l.row(QStringLiteral("approval_requests"), a);
    };
    betaDecided("approved", "2026-11-24T06:00:00Z", "2026-11-24T08:00:00Z");
    betaDecided("rejected", "2026-11-15T08:00:00Z", "2026-11-17T08:00:00Z");
    l.row(QStringLiteral("approval_requests"),
          approval(QStringLiteral("pending"),
                   QDateTime::fromString(QStringLiteral("2026-11-24T10:00:00Z"), Qt::ISODate),
                   slaPayload(24, "critical"), QVariant(), b));
    for (const char *status : {"COMPLIANT", "PARTIAL", "NOT_APPLICABLE"})
        l.row(QStringLiteral("compliance_controls"),
              {{QStringLiteral("control_id"), QStringLiteral("NCA-C02")},
               {QStringLiteral("control_name"), QStringLiteral("c")},
               {QStringLiteral("category"), QStringLiteral("NCA")},
               {QStringLiteral("status"), QString::fromLatin1(status)},
               {QStringLiteral("risk_level"), QStringLiteral("HIGH")}});
    scan("NCA-C01", "PARTIAL", "2026-11-10T08:00:00Z");
    scan("NCA-C01", "COMPLIANT", "2026-11-18T08:00:00Z");
    scan("NCA-C01", "NON_COMPLIANT", "2026-11-24T08:00:00Z");
    connector("cal", "ok", "2026-11-25T08:00:00Z", "2026-11-25T08:00:00Z");
    connector("whatsapp", "degraded", "2026-11-25T08:00:00Z", nullptr);
    connector("stripe", "error", "2026-11-18T08:00:00Z", nullptr);
    connector("salesforce", "unknown", "2026-11-25T08:00:00Z", nullptr);
    connector("email", "disabled", "2026-11-25T08:00:00Z", nullptr);
    l.row(QStringLiteral("contradictions"), contradiction("REVIEWING", "HIGH"));
    weekContradiction("DETECTED", "LOW", "2026-11-23T10:00:00Z", nullptr);
    weekContradiction("RESOLVED", "LOW", "2026-11-16T10:00:00Z", "2026-11-24T10:00:00Z");
    weekContradiction("ACCEPTED", "LOW", "2026-11-10T10:00:00Z", "2026-11-17T10:00:00Z");
    l.row(QStringLiteral("company_profiles"),
          {{QStringLiteral("id"), QStringLiteral("b1000000-0000-4000-8000-000000000000")},
           {QStringLiteral("company_name"), QStringLiteral("p")}});
    for (const char *status : {"discovery", "closed_won"})
        l.row(QStringLiteral("strategic_deals"),
              {{QStringLiteral("initiator_profile_id"),
                QStringLiteral("b1000000-0000-4000-8000-000000000000")},
               {QStringLiteral("deal_title"), QStringLiteral("b")},
               {QStringLiteral("status"), QString::fromLatin1(status)},
               {QStringLiteral("estimated_value_sar"), QStringLiteral("42.00")}});
    l.row(QStringLiteral("evidence_packs"),
          {{QStringLiteral("title"), QStringLiteral("p")},
           {QStringLiteral("pack_type"), QStringLiteral("BOARD_REPORT")},
           {QStringLiteral("status"), QStringLiteral("ASSEMBLING")}});

    // --- periods: closing times on each period boundary (Riyadh calendar, as-of T). Month
    // starts 2026-10-31T21:00Z, quarter 2026-09-30T21:00Z, year 2025-12-31T21:00Z; a period
    // ends at T inclusive. Worked out in checkPeriodBoundaries(). ----------------------------
    l.undatedByDefault(false);
    l.tenant(Periods, QStringLiteral("periods"));
    auto closedAt = [&](const char *stage, const char *value, const QString &at) {
        l.row(QStringLiteral("deals"),
              deal(stage, QString::fromLatin1(value), QStringLiteral("SAR"), 100, at));
    };
    closedAt("closed_lost", "1.00", T("2026-10-31T20:59:59Z")); // L1: quarter, year, all
    closedAt("closed_lost", "1.00", T("2026-10-31T21:00:00Z")); // L2: every period
    closedAt("closed_lost", "1.00", T("2026-09-30T20:59:59Z")); // L3: year, all
    closedAt("closed_lost", "1.00", T("2025-12-31T20:59:59Z")); // L4: all
    closedAt("closed_lost", "1.00", T(t.addSecs(1)));           // L5: none
    closedAt("closed_won", "1.00", T("2026-09-30T21:00:00Z"));  // W1: quarter, year, all
    closedAt("closed_won", "2.00", T("2026-09-30T20:59:59Z"));  // W2: year, all
    closedAt("closed_won", "4.00", T("2025-12-31T21:00:00Z"));  // W3: year, all
    closedAt("closed_won", "8.00", T("2025-12-31T20:59:59Z"));  // W4: all
    closedAt("closed_won", "16.00", T(t));                      // W5: every period
    closedAt("closed_won", "32.00", T(t.addSecs(1)));           // W6: none

    if (!l.ok()) {
        session.database().rollback();
        return false;
    }
    if (!session.database().commit()) {
        *error = session.database().lastError().text();
        return false;
    }
    return session.setRlsTenant(QString(), error);
}

std::unique_ptr<Session> openSqlite(const QTemporaryDir &dir, ApprovalSchema schema)
{
    auto s = std::make_unique<Session>();
    REQUIRE(s->open(SourceUrl::sqlite(dir.filePath(QStringLiteral("fixture.sqlite"))),
                    Session::OpenMode::AllowEmpty));
    QString error;
    const bool loaded = load(*s, schema, &error);
    INFO(error.toStdString());
    REQUIRE(loaded);
    return s;
}

void clearCreationTimes(Session &session)
{
    for (const char *table : {"deals", "contradictions", "strategic_deals", "evidence_packs"}) {
        INFO(table);
        QSqlQuery update(session.database());
        REQUIRE(update.prepare(
            QStringLiteral("update %1 set created_at = null where tenant_id = %2 and %3")
                .arg(QLatin1String(table),
                     session.isPostgres() ? QStringLiteral("cast(? as uuid)") : QStringLiteral("?"),
                     session.isPostgres()
                         ? QStringLiteral("created_at <= cast(? as timestamptz)")
                         : QStringLiteral("julianday(created_at) <= julianday(?)"))));
        update.addBindValue(session.tenantId());
        update.addBindValue(Session::timeText(asOf()));
        REQUIRE(update.exec());
        CHECK(update.numRowsAffected() > 0);
    }
}

void checkExecutiveFigures(Session &session)
{
    REQUIRE(session.selectTenant(QStringLiteral("alpha")));
    const QDateTime t = asOf();
    ExecutiveSnapshot s;
    QString error;
    const bool ok = ExecutiveSnapshot::compute(session, Period::AllTime, t, &s, &error);
    INFO(error.toStdString());
    REQUIRE(ok);
    CHECK(s.revenue.available);
    CHECK(s.revenue.actual == 300035);
    CHECK(s.revenue.pipeline == 1343334);
    CHECK(s.revenue.forecastCenti == 91003589);
    CHECK(s.revenue.forecast() == 910036);
    REQUIRE(s.revenue.variancePercent.has_value());
    CHECK(*s.revenue.variancePercent == Approx(-67.0));
    REQUIRE(s.revenue.winRate.has_value());
    CHECK(*s.revenue.winRate == Approx(75.0));
    CHECK(s.revenue.won == 3);
    CHECK(s.revenue.lost == 1);
    CHECK(s.revenue.open == 6);
    CHECK(s.revenue.nullValues == 1);
    CHECK(s.revenue.otherCurrencies == QMap<QString, int>{{QStringLiteral("USD"), 2}});
    CHECK(s.approvals.pending == 5);
    CHECK(s.approvals.warning == 2);
    CHECK(s.approvals.breach == 2);
    CHECK(s.compliance.compliant == 2);
    CHECK(s.compliance.partial == 1);
    CHECK(s.compliance.nonCompliant == 1);
    CHECK(s.compliance.notApplicable == 1);
    CHECK(s.compliance.posture == QStringLiteral("at_risk"));
    CHECK(*s.compliance.rate == Approx(40.0));
    CHECK(*s.compliance.score == Approx(62.5));
    CHECK(s.connectors.healthy == 2);
    CHECK(s.connectors.degraded == 1);
    CHECK(s.connectors.error == 1);
    CHECK(s.connectors.unknown == 1);
    CHECK(s.connectors.disabled == 1);
    CHECK(s.connectors.notConfigured == 2);
    CHECK(s.contradictions.active == 2);
    CHECK(s.contradictions.critical == 1);
    CHECK(s.strategicDeals.active == 3);
    CHECK(s.strategicDeals.pipeline == 150010050);
    CHECK(s.evidencePacks.ready == 2);
    CHECK(s.evidencePacks.pendingReview == 1);

    // JSON: the Dealix keys, money with two decimals, nulls where the dictionary says.
    const QJsonObject json = s.toJson();
    const QJsonObject revenue = json.value(QStringLiteral("revenue")).toObject();
    CHECK(revenue.value(QStringLiteral("actual")).toDouble() == 3000.35);
    CHECK(revenue.value(QStringLiteral("forecast")).toDouble() == 9100.36);
    CHECK(revenue.value(QStringLiteral("pipeline_value")).toDouble() == 13433.34);
    CHECK(revenue.value(QStringLiteral("variance_percent")).toDouble() == -67.0);
    CHECK(revenue.value(QStringLiteral("win_rate")).toDouble() == 75.0);
    CHECK(json.value(QStringLiteral("approvals"))
              .toObject()
              .value(QStringLiteral("breach"))
              .toInt() == 2);
    CHECK(json.value(QStringLiteral("compliance"))
              .toObject()
              .value(QStringLiteral("posture"))
              .toString() == QStringLiteral("at_risk"));
    CHECK(json.value(QStringLiteral("strategic_deals"))
              .toObject()
              .value(QStringLiteral("pipeline_value"))
              .toDouble() == 1500100.50);
    CHECK(json.value(QStringLiteral("provenance"))
              .toObject()
              .value(QStringLiteral("tenant_id"))
              .toString() == session.tenantId());
    const QByteArray serialised = QJsonDocument(json).toJson();
    CHECK(serialised.contains("\"actual\": 3000.35"));
    // Round trip: what is written reads back to the same values.
    CHECK(QJsonDocument::fromJson(serialised).object() == json);
    const QByteArray csv = s.toCsv();
    CHECK(csv.contains("revenue,actual,3000.35\r\n"));
    CHECK(csv.contains("revenue,forecast,9100.36\r\n"));
    CHECK(csv.contains("strategic_deals,pipeline_value,1500100.50\r\n"));

    // Periods (Riyadh calendar): this month has d1 won and d4 lost.
    ExecutiveSnapshot month;
    REQUIRE(ExecutiveSnapshot::compute(session, Period::Month, t, &month, &error));
    CHECK(month.revenue.actual == 100010);
    CHECK(month.revenue.won == 1);
    CHECK(month.revenue.lost == 1);
    CHECK(*month.revenue.winRate == Approx(50.0));
    CHECK(month.revenue.pipeline == 1343334);  // pipeline is always the open pipeline now
    CHECK(month.revenue.forecast() == 710011); // (10001000 + 61000089) / 100 = 710010.89
    CHECK(*month.revenue.variancePercent == Approx(-85.9));
    CHECK(month.revenue.otherCurrencies == QMap<QString, int>{{QStringLiteral("USD"), 1}});
    ExecutiveSnapshot quarter;
    REQUIRE(ExecutiveSnapshot::compute(session, Period::Quarter, t, &quarter, &error));
    CHECK(quarter.revenue.actual == 100010);
    CHECK(quarter.revenue.won == 2);
    CHECK(*quarter.revenue.winRate == Approx(66.7));
    ExecutiveSnapshot year;
    REQUIRE(ExecutiveSnapshot::compute(session, Period::Year, t, &year, &error));
    CHECK(year.revenue.actual == 300035);
    CHECK(year.revenue.won == 3);
}

void checkEmptyTenant(Session &session)
{
    REQUIRE(session.selectTenant(QStringLiteral("empty")));
    ExecutiveSnapshot s;
    QString error;
    REQUIRE(ExecutiveSnapshot::compute(session, Period::AllTime, asOf(), &s, &error));
    CHECK(s.revenue.actual == 0);
    CHECK(s.revenue.forecast() == 0);
    CHECK_FALSE(s.revenue.winRate.has_value());
    CHECK_FALSE(s.revenue.variancePercent.has_value());
    CHECK(s.approvals.pending == 0);
    CHECK(s.compliance.posture == QStringLiteral("unknown"));
    CHECK_FALSE(s.compliance.rate.has_value());
    CHECK_FALSE(s.compliance.score.has_value());
    CHECK(s.connectors.notConfigured == 7);
    const QJsonObject json = s.toJson();
    CHECK(json.value(QStringLiteral("revenue"))
              .toObject()
              .value(QStringLiteral("win_rate"))
              .isNull());
    CHECK(json.value(QStringLiteral("revenue"))
              .toObject()
              .value(QStringLiteral("variance_percent"))
              .isNull());
    CHECK(json.value(QStringLiteral("compliance"))
              .toObject()
              .value(QStringLiteral("score"))
              .isNull());
    WeeklyReview w;
    REQUIRE(WeeklyReview::compute(session, asOf(), &w, &error));
    CHECK(w.overallRag == QStringLiteral("green"));
    CHECK(w.decisionsRequired.isEmpty());
    for (const WeeklyReview::Metric &m : w.metrics) {
        INFO(m.key.toStdString());
        CHECK(m.thisWeek == 0);
        CHECK(m.lastWeek == 0);
    }
}

void checkWeeklyFigures(Session &session)
{
    REQUIRE(session.selectTenant(QStringLiteral("weekly")));
    WeeklyReview w;
    QString error;
    const bool ok = WeeklyReview::compute(session, asOf(), &w, &error);
    INFO(error.toStdString());
    REQUIRE(ok);
    CHECK(w.week.start == QDateTime(QDate(2026, 11, 21), QTime(21, 0), Qt::UTC));
    CHECK(w.week.end == QDateTime(QDate(2026, 11, 28), QTime(21, 0), Qt::UTC));
    CHECK(w.previousWeek.start == QDateTime(QDate(2026, 11, 14), QTime(21, 0), Qt::UTC));
    CHECK(w.weekOf() == QDate(2026, 11, 22));
    auto metric = [&w](const char *key) {
        const WeeklyReview::Metric *m = w.metric(QString::fromLatin1(key));
        REQUIRE(m);
        INFO(key);
        CHECK(m->available);
        return std::pair<qint64, qint64>{m->thisWeek, m->lastWeek};
    };
    CHECK(metric("deals_won") == std::pair<qint64, qint64>{2, 1});
    CHECK(metric("deals_won_value") == std::pair<qint64, qint64>{2000, 1000});
    CHECK(metric("new_pipeline") == std::pair<qint64, qint64>{1, 1});
    CHECK(metric("new_pipeline_value") == std::pair<qint64, qint64>{4000, 5000});
    CHECK(metric("approvals_decided") == std::pair<qint64, qint64>{1, 1});
    CHECK(metric("sla_breaches") == std::pair<qint64, qint64>{1, 1});
    CHECK(metric("contradictions_opened") == std::pair<qint64, qint64>{1, 1});
    CHECK(metric("contradictions_resolved") == std::pair<qint64, qint64>{1, 1});
    CHECK(metric("controls_changed") == std::pair<qint64, qint64>{1, 1});
    CHECK(metric("connector_failures") == std::pair<qint64, qint64>{1, 1});
    CHECK(w.overallRag == QStringLiteral("red"));
    CHECK(w.ragReasons.size() == 3);
    REQUIRE(w.decisionsRequired.size() == 3);
    CHECK(w.decisionsRequired.at(0).type == QStringLiteral("approval"));
    CHECK(w.decisionsRequired.at(0).priority == QStringLiteral("critical"));
    CHECK(w.decisionsRequired.at(0).deadline ==
          QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC));
    CHECK(w.decisionsRequired.at(1).priority == QStringLiteral("high"));
    CHECK(w.decisionsRequired.at(2).type == QStringLiteral("contradiction"));
    CHECK(w.blockers.size() == 2); // the breached p3 and whatsapp in error
    // The reasons and risks name weekly's own figures: one past SLA, one active critical
    // contradiction, PDPL-C01 non-compliant, whatsapp in error. No revenue line: weekly has no
    // target, and Dealix's forecast-based variance (all-time actual 100.00 against a forecast of
    // 190.00) is no risk.
    CHECK(w.ragReasons == QStringList{QStringLiteral("Approvals past their SLA: 1"),
                                      QStringLiteral("Active critical contradictions: 1"),
                                      QStringLiteral("Non-compliant controls: 1")});
    CHECK(w.riskSummary ==
          QStringList{QStringLiteral("Approvals past their SLA: 1"),
                      QStringLiteral("Non-compliant controls: PDPL-C01"),
                      QStringLiteral("Active critical contradictions: 1"),
                      QStringLiteral("Connectors in error: WhatsApp Business API")});
    // Codes in words (the label catalogue's): the request's resource type and category, the
    // connector's name; p3 was due 25 Nov 09:00 UTC, 24 h before as-of.
    CHECK(w.blockers.at(0) == QStringLiteral("Approval Strategic deal (General) overdue by 24 h"));
    CHECK(w.blockers.at(1) == QStringLiteral("Connector in error: WhatsApp Business API"));
    CHECK(w.decisionsRequired.at(0).resourceType == QStringLiteral("strategic_deal"));
    CHECK(w.decisionsRequired.at(0).category == QStringLiteral("general"));
    CHECK(w.decisionsRequired.at(0).titleText() == QStringLiteral("Strategic deal (General)"));
    const QJsonObject json = w.toJson();
    CHECK(json.value(QStringLiteral("week_of")).toString() == QStringLiteral("2026-11-22"));
    CHECK(json.value(QStringLiteral("overall_rag")).toString() == QStringLiteral("red"));
    const QJsonObject won = json.value(QStringLiteral("changes"))
                                .toObject()
                                .value(QStringLiteral("deals_won_value"))
                                .toObject();
    CHECK(won.value(QStringLiteral("this_week")).toDouble() == 20.0);
    CHECK(won.value(QStringLiteral("change")).toDouble() == 10.0);
    CHECK(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object() == json);
    CHECK(w.toCsv().contains("deals_won_value,20.00,10.00,10.00,SAR\r\n"));
    CHECK(w.plannedNextWeek.size() == 2); // one deal expected next week, and the decisions

    // As of 16 Nov 12:00 the request rejected on the 17th was still pending, and past its SLA
    // (deadline 16 Nov 08:00); nothing else existed yet.
    ExecutiveSnapshot earlier;
    REQUIRE(ExecutiveSnapshot::compute(session, Period::AllTime,
                                       QDateTime(QDate(2026, 11, 16), QTime(12, 0), Qt::UTC),
                                       &earlier, &error));
    CHECK(earlier.approvals.pending == 1);
    CHECK(earlier.approvals.breach == 1);

    // Saturday 23:59:59 in Riyadh is still last week; Sunday 00:00 starts this one.
    WeeklyReview saturday;
    REQUIRE(WeeklyReview::compute(
        session, QDateTime(QDate(2026, 11, 21), QTime(20, 59, 59), Qt::UTC), &saturday, &error));
    CHECK(saturday.week.start == QDateTime(QDate(2026, 11, 14), QTime(21, 0), Qt::UTC));
    CHECK(saturday.metric(QStringLiteral("deals_won"))->thisWeek == 1);
    CHECK(saturday.metric(QStringLiteral("deals_won_value"))->thisWeek == 1000);
    WeeklyReview sunday;
    REQUIRE(WeeklyReview::compute(session, QDateTime(QDate(2026, 11, 21), QTime(21, 0), Qt::UTC),
                                  &sunday, &error));
    CHECK(sunday.week.start == QDateTime(QDate(2026, 11, 21), QTime(21, 0), Qt::UTC));
    CHECK(sunday.metric(QStringLiteral("deals_won"))->thisWeek == 1);
    CHECK(sunday.metric(QStringLiteral("deals_won_value"))->thisWeek == 2000);
    CHECK(sunday.metric(QStringLiteral("deals_won_value"))->lastWeek == 1000);
}

void checkPeriodBoundaries(Session &session)
{
    REQUIRE(session.selectTenant(QStringLiteral("periods")));
    struct Expected {
        Period period;
        int won;
        int lost;
        qint64 actual; // halalas
    };
    // Month: W5, L2. Quarter: W1 + W5, L1 + L2. Year: W1 + W2 + W3 + W5, L1–L3. All time:
    // W1–W5, L1–L4. Never W6 or L5 (closed a second after as-of).
    for (const Expected &e :
         {Expected{Period::Month, 1, 1, 1600}, Expected{Period::Quarter, 2, 2, 1700},
          Expected{Period::Year, 4, 3, 2300}, Expected{Period::AllTime, 5, 4, 3100}}) {
        INFO(Periods::id(e.period).toStdString());
        ExecutiveSnapshot s;
        QString error;
        REQUIRE(ExecutiveSnapshot::compute(session, e.period, asOf(), &s, &error));
        CHECK(s.revenue.won == e.won);
        CHECK(s.revenue.lost == e.lost);
        CHECK(s.revenue.actual == e.actual);
        CHECK(s.revenue.open == 0);
    }
}

void checkPreviousPeriods(Session &session)
{
    REQUIRE(session.selectTenant(QStringLiteral("periods")));
    struct Expected {
        Period period;
        const char *previousStart; // UTC: the previous period's first instant in Riyadh
        const char *previousEnd;   // UTC: this period's first instant
        qint64 previousActual;     // halalas
        int previousWon;
        int previousLost;
        double previousWinRate;
        double actualChange;  // 100 × (actual − previous) / previous
        double winRateChange; // points
    };
    // Worked out from the rows in load() (Riyadh is UTC+3, as-of 2026-11-26):
    // Month: October 2026 = [09-30T21:00Z, 10-31T21:00Z): W1 (1.00, exactly at the start) and
    //   L1 (a second before the end); L2 (at the end) is November's and W2 September's.
    //   Actual 1600 vs 100: +1500.0 %; win rate 1/2 both: 0.0 points.
    // Quarter: Q3 2026 = [06-30T21:00Z, 09-30T21:00Z): W2 (2.00) and L3. 1700 vs 200: +750.0 %;
    //   2/4 vs 1/2: 0.0 points.
    // Year: 2025 = [2024-12-31T21:00Z, 2025-12-31T21:00Z): W4 (8.00) and L4. 2300 vs 800:
    //   +187.5 %; 4/7 = 57.1 % vs 50.0 %: +7.1 points.
    for (const Expected &e : {Expected{Period::Month, "2026-09-30T21:00:00Z",
                                       "2026-10-31T21:00:00Z", 100, 1, 1, 50.0, 1500.0, 0.0},
                              Expected{Period::Quarter, "2026-06-30T21:00:00Z",
                                       "2026-09-30T21:00:00Z", 200, 1, 1, 50.0, 750.0, 0.0},
                              Expected{Period::Year, "2024-12-31T21:00:00Z", "2025-12-31T21:00:00Z",
                                       800, 1, 1, 50.0, 187.5, 7.1}}) {
        INFO(Periods::id(e.period).toStdString());
        ExecutiveSnapshot s;
        QString error;
        REQUIRE(ExecutiveSnapshot::compute(session, e.period, asOf(), &s, &error));
        REQUIRE(s.revenue.previous.has_value());
        const auto &p = *s.revenue.previous;
        CHECK(p.range.start == QDateTime::fromString(QLatin1String(e.previousStart), Qt::ISODate));
        CHECK(p.range.end == QDateTime::fromString(QLatin1String(e.previousEnd), Qt::ISODate));
        CHECK(p.actual == e.previousActual);
        CHECK(p.won == e.previousWon);
        CHECK(p.lost == e.previousLost);
        REQUIRE(p.winRate.has_value());
        CHECK(*p.winRate == Approx(e.previousWinRate));
        REQUIRE(s.revenue.actualChangePercent.has_value());
        CHECK(*s.revenue.actualChangePercent == Approx(e.actualChange));
        REQUIRE(s.revenue.winRateChangePoints.has_value());
        CHECK(*s.revenue.winRateChangePoints == Approx(e.winRateChange));
        // The JSON carries the same, under the documented keys.
        const QJsonObject r = s.toJson().value(QStringLiteral("revenue")).toObject();
        CHECK(r.value(QStringLiteral("previous_actual")).toDouble() ==
              Approx(double(e.previousActual) / 100.0));
        CHECK(r.value(QStringLiteral("previous_won_deals")).toInt() == e.previousWon);
        CHECK(r.value(QStringLiteral("previous_lost_deals")).toInt() == e.previousLost);
        CHECK(r.value(QStringLiteral("previous_win_rate")).toDouble() == Approx(e.previousWinRate));
        CHECK(r.value(QStringLiteral("actual_change_percent")).toDouble() ==
              Approx(e.actualChange));
        CHECK(r.value(QStringLiteral("win_rate_change_points")).toDouble() ==
              Approx(e.winRateChange));
        CHECK(QDateTime::fromString(r.value(QStringLiteral("previous_period_start")).toString(),
                                    Qt::ISODate) ==
              QDateTime::fromString(QLatin1String(e.previousStart), Qt::ISODate));
    }
    // All time has no previous period: null, with the reason, never 0.
    ExecutiveSnapshot s;
    QString error;
    REQUIRE(ExecutiveSnapshot::compute(session, Period::AllTime, asOf(), &s, &error));
    CHECK_FALSE(s.revenue.previous.has_value());
    CHECK_FALSE(s.revenue.actualChangePercent.has_value());
    CHECK_FALSE(s.revenue.previousUnavailable.isEmpty());
    const QJsonObject r = s.toJson().value(QStringLiteral("revenue")).toObject();
    for (const char *key : {"previous_actual", "previous_win_rate", "actual_change_percent",
                            "win_rate_change_points", "previous_period_start"}) {
        INFO(key);
        CHECK(r.contains(QLatin1String(key)));
        CHECK(r.value(QLatin1String(key)).isNull());
    }
}

} // namespace ExecutiveFixture
