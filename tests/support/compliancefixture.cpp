#include "tests/support/compliancefixture.h"
#include "tests/support/testsupport.h"

#include "models/compliance/compliancechecks.h"
#include "models/compliance/compliancematrix.h"
#include "models/compliance/compliancewriter.h"
#include "models/executive/executivesnapshot.h"
#include "models/risk/riskregister.h"
#include "models/source/ddl.h"
#include "models/weekly/weeklyreview.h"
#include "tests/support/fixtureloader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <tuple>

namespace ComplianceFixture {

namespace {

using FixtureLoader::Loader;
using FixtureLoader::T;

const char *const Comp = "95000000-0000-4000-8000-000000000001";
const char *const Ownerless = "95000000-0000-4000-8000-000000000002";
const char *const Other = "95000000-0000-4000-8000-000000000003";

QString id(char prefix, int n)
{
    return QStringLiteral("%1%2-0000-4000-8000-000000000000")
        .arg(QLatin1Char(prefix))
        .arg(n, 7, 10, QLatin1Char('0'));
}

QVariantMap lead(const QString &leadId, const char *status, const char *created = nullptr)
{
    QVariantMap m{{QStringLiteral("id"), leadId},
                  {QStringLiteral("name"), QStringLiteral("lead")},
                  {QStringLiteral("status"), QString::fromLatin1(status)}};
    if (created)
        m.insert(QStringLiteral("created_at"), T(created));
    return m;
}

QVariantMap consent(const QString &consentId, const QString &leadId, const char *status,
                    const char *purpose, const char *channel, const char *created,
                    const char *expires)
{
    return {{QStringLiteral("id"), consentId},
            {QStringLiteral("contact_id"), leadId},
            {QStringLiteral("status"), QString::fromLatin1(status)},
            {QStringLiteral("purpose"), QString::fromLatin1(purpose)},
            {QStringLiteral("channel"), QString::fromLatin1(channel)},
            {QStringLiteral("created_at"), T(created)},
            {QStringLiteral("expires_at"), T(expires)}};
}

// A data subject request about lead contactId, requested (requested_at) when created.
QVariantMap request(const char *type, const char *status, const QDateTime &created,
                    const QVariant &completed, const QString &contactId)
{
    return {{QStringLiteral("request_type"), QString::fromLatin1(type)},
            {QStringLiteral("status"), QString::fromLatin1(status)},
            {QStringLiteral("contact_id"), contactId},
            {QStringLiteral("created_at"), T(created)},
            {QStringLiteral("requested_at"), T(created)},
            {QStringLiteral("completed_at"), completed}};
}

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
    l.tenant(Comp, QStringLiteral("comp")); // owner comp@x.sa
    const QString owner = l.user();
    // Users: owner + manager + 7 agents + 1 "intern" active, 1 inactive "superuser":
    // NCA-C01 9 valid of 10 active = 90.0 % → partial.
    auto user = [&](const QString &userId, const QString &email, const char *role, bool active) {
        l.row(QStringLiteral("users"), {{QStringLiteral("id"), userId},
                                        {QStringLiteral("email"), email},
                                        {QStringLiteral("password_hash"), QStringLiteral("x")},
                                        {QStringLiteral("role"), QString::fromLatin1(role)},
                                        {QStringLiteral("is_active"), active}});
    };
    user(id('a', 1), QStringLiteral("manager@comp.sa"), "manager", true);
    for (int i = 0; i < 7; ++i)
        user(id('a', 10 + i), QStringLiteral("agent%1@comp.sa").arg(i), "agent", true);
    user(id('a', 20), QStringLiteral("intern@comp.sa"), "intern", true);
    user(id('a', 21), QStringLiteral("gone@comp.sa"), "superuser", false);

    // Leads and consents. PDPL-C01: contacted leads at T are L2..L7 (6); L1 is new, L8 is
    // created after T. Valid consent: L2 (pdpl granted, unexpired) and L4 (legacy opted_in)
    // → 2 of 6 = 33.3 % → non-compliant.
    const char *statuses[] = {"new", "contacted", "qualified", "proposal",
                              "won", "contacted", "lost"};
    for (int i = 0; i < 7; ++i)
        l.row(QStringLiteral("leads"), lead(id('b', i + 1), statuses[i]));
    l.row(QStringLiteral("leads"), lead(id('b', 8), "contacted", "2026-11-26T09:00:01Z"));
    // C1 (L2): granted marketing/whatsapp, 2026-06-01 → 2027-01-01: fine everywhere.
    l.row(QStringLiteral("pdpl_consents"),
          consent(id('c', 1), id('b', 2), "granted", "marketing", "whatsapp",
                  "2026-06-01T08:00:00Z", "2027-01-01T00:00:00Z"));
    // C2 (L3): granted sales/email, 2025-11-01 → 2026-11-01: still granted past expiry (C03);
    // exactly 12 months (not more); no audit rows (C10). L3 has no valid consent.
    l.row(QStringLiteral("pdpl_consents"),
          consent(id('c', 2), id('b', 3), "granted", "sales", "email", "2025-11-01T00:00:00Z",
                  "2026-11-01T00:00:00Z"));
    // C3 (L5): revoked service/sms, 2026-02-01 → 2027-03-01: expiry 13 months after granting
    // (C03); only a "granted" audit row, no revocation (C10).
    l.row(QStringLiteral("pdpl_consents"),
          consent(id('c', 3), id('b', 5), "revoked", "service", "sms", "2026-02-01T00:00:00Z",
                  "2027-03-01T00:00:00Z"));
    // C4 (L6): granted after T: in no figure; so L6 has no valid consent at T.
    l.row(QStringLiteral("pdpl_consents"),
          consent(id('c', 4), id('b', 6), "granted", "analytics", "phone", "2026-11-26T10:00:00Z",
                  "2027-06-01T00:00:00Z"));
    // C5 (L2): expired, purpose "other", channel "fax": unknown values (C02); audit complete.
    l.row(QStringLiteral("pdpl_consents"),
          consent(id('c', 5), id('b', 2), "expired", "other", "fax", "2026-03-01T00:00:00Z",
                  "2026-09-01T00:00:00Z"));
    // C6 (L7): revoked sales/email, 2026-04-01 → 2027-04-01, replaced by a renewal: Dealix's
    // grant_consent writes "revoked_for_renewal", a revocation row (C10 fine).
    l.row(QStringLiteral("pdpl_consents"),
          consent(id('c', 6), id('b', 7), "revoked", "sales", "email", "2026-04-01T00:00:00Z",
                  "2027-04-01T00:00:00Z"));
    // → C02: 4 of 5 consents (C1, C2, C3, C6) = 80.0 % → non-compliant.
    // → C03: violations C2 + C3 = 2 of 5 → 60.0 % good → non-compliant.
    // → C10: violations C2 (no rows) + C3 (no revocation) = 2 of 5 → non-compliant.
    // Audit rows carry the consent's lead, channel and purpose (NOT NULL in Dealix).
    auto audit = [&](const QString &consentId, const char *action, int lead, const char *channel,
                     const char *purpose) {
        l.row(QStringLiteral("pdpl_consent_audit"),
              {{QStringLiteral("consent_id"), consentId},
               {QStringLiteral("contact_id"), id('b', lead)},
               {QStringLiteral("channel"), QString::fromLatin1(channel)},
               {QStringLiteral("purpose"), QString::fromLatin1(purpose)},
               {QStringLiteral("action"), QString::fromLatin1(action)}});
    };
    audit(id('c', 1), "granted", 2, "whatsapp", "marketing");
    audit(id('c', 3), "granted", 5, "sms", "service");
    audit(id('c', 5), "granted", 2, "fax", "other");
    audit(id('c', 5), "expired", 2, "fax", "other");
    audit(id('c', 6), "granted", 7, "email", "sales");
    audit(id('c', 6), "revoked_for_renewal", 7, "email", "sales");
    // Legacy consents: L4 opted_in (valid); L7 opted_out (not). channel and status are native
    // enums in Dealix: the upper-case member names.
    l.row(QStringLiteral("consents"), {{QStringLiteral("lead_id"), id('b', 4)},
                                       {QStringLiteral("channel"), QStringLiteral("WHATSAPP")},
                                       {QStringLiteral("status"), QStringLiteral("OPTED_IN")},
                                       {QStringLiteral("opted_in_at"), T("2026-05-01T00:00:00Z")}});
    l.row(QStringLiteral("consents"), {{QStringLiteral("lead_id"), id('b', 7)},
                                       {QStringLiteral("channel"), QStringLiteral("EMAIL")},
                                       {QStringLiteral("status"), QStringLiteral("OPTED_OUT")}});

    // PDPL-C04, access: 10 requests; 8 completed in 10 days, 1 completed exactly 30 days after
    // (in time), 1 completed 30 days and 1 second after (late) → 9 of 10 = 90.0 % → partial.
    for (int i = 0; i < 8; ++i) {
        const QDateTime c = t.addDays(-60 - i);
        l.row(QStringLiteral("pdpl_data_requests"),
              request("access", "completed", c, T(c.addDays(10)), id('b', 1 + i % 7)));
    }
    const QDateTime a9 = t.addDays(-90);
    l.row(QStringLiteral("pdpl_data_requests"),
          request("access", "completed", a9, T(a9.addDays(30)), id('b', 2)));
    l.row(QStringLiteral("pdpl_data_requests"),
          request("access", "COMPLETED", a9, T(a9.addDays(30).addSecs(1)), id('b', 3)));
    // PDPL-C05, deletion: one pending for 31 days (fails the control outright), one processing
    // for 29 days (not yet due), one completed only after T although 40 days old at T (open and
    // overdue as of T) → 2 open older than 30 days → non-compliant.
    l.row(QStringLiteral("pdpl_data_requests"),
          request("deletion", "pending", t.addDays(-31), QVariant(), id('b', 4)));
    l.row(QStringLiteral("pdpl_data_requests"),
          request("deletion", "completed", t.addDays(-40), T(t.addDays(1)), id('b', 5)));
    l.row(QStringLiteral("pdpl_data_requests"),
          request("deletion", "processing", t.addDays(-29), QVariant(), id('b', 6)));

    // SDAIA-C02: A1 approved and A2 rejected by the manager with a time; A3 pending (not
    // decided) → 2 of 2 → compliant.
    auto approval = [&](const QString &approvalId, const char *status, const QVariant &reviewer,
                        const QVariant &reviewedAt) {
        l.row(QStringLiteral("approval_requests"),
              {{QStringLiteral("id"), approvalId},
               {QStringLiteral("channel"), QStringLiteral("whatsapp")},
               {QStringLiteral("resource_type"), QStringLiteral("deal")},
               {QStringLiteral("resource_id"), id('f', 1)},
               {QStringLiteral("status"), QString::fromLatin1(status)},
               {QStringLiteral("requested_by_id"), owner},
               {QStringLiteral("reviewed_by_id"), reviewer},
               {QStringLiteral("reviewed_at"), reviewedAt},
               {QStringLiteral("payload"), QStringLiteral("{}")}});
    };
    approval(id('d', 1), "approved", id('a', 1), T("2026-11-20T10:00:00Z"));
    approval(id('d', 2), "rejected", id('a', 1), T("2026-11-21T10:00:00Z"));
    approval(id('d', 3), "pending", QVariant(), QVariant());
    // NCA-C04: decided A1 (audited), A2 (not); contradictions K1 resolved (audited), K2
    // accepted (not), K3 detected (not counted) → 2 of 4 = 50.0 % → non-compliant.
    auto contradiction = [&](const QString &kId, const char *status) {
        l.row(QStringLiteral("contradictions"),
              {{QStringLiteral("id"), kId},
               {QStringLiteral("source_a"), QStringLiteral("a")},
               {QStringLiteral("source_b"), QStringLiteral("b")},
               {QStringLiteral("claim_a"), QStringLiteral("x")},
               {QStringLiteral("claim_b"), QStringLiteral("y")},
               {QStringLiteral("status"), QString::fromLatin1(status)},
               {QStringLiteral("resolved_at"), T("2026-11-22T10:00:00Z")}});
    };
    contradiction(id('e', 1), "RESOLVED");
    contradiction(id('e', 2), "ACCEPTED");
    contradiction(id('e', 3), "DETECTED");
    auto logRow = [&](const QString &entity) {
        l.row(QStringLiteral("audit_logs"), {{QStringLiteral("action"), QStringLiteral("x")},
                                             {QStringLiteral("entity_id"), entity}});
    };
    logRow(id('d', 1));
    logRow(id('e', 1));

    // Controls as Dealix seeds them (all partial), a few of the fourteen.
    for (const char *c : {"PDPL-C01", "PDPL-C13", "NCA-C01", "SDAIA-C02"})
        l.row(QStringLiteral("compliance_controls"),
              {{QStringLiteral("control_id"), QString::fromLatin1(c)},
               {QStringLiteral("control_name"), QString::fromLatin1(c)},
               {QStringLiteral("category"), QString::fromLatin1(c).section(u'-', 0, 0)},
               {QStringLiteral("status"), QStringLiteral("PARTIAL")},
               {QStringLiteral("risk_level"), QStringLiteral("CRITICAL")}});

    // ownerless: an agent and an inactive owner; nothing else.
    l.tenant(Ownerless, QStringLiteral("ownerless"));
    user(id('a', 30), QStringLiteral("agent@ownerless.sa"), "agent", true);

    // other: rows that would change comp's figures if they leaked.
    // Other tenants' rows that name no creation time have none, as Dealix allows.
    l.undatedByDefault(true);
    l.tenant(Other, QStringLiteral("other"));
    l.row(QStringLiteral("leads"), lead(id('b', 9), "contacted"));
    // Another tenant's legacy consent naming comp's L3, and its audit row for comp's C2: neither
    // gives comp a consent or an audit trail (pdpl_* tables have no row-level security).
    l.row(QStringLiteral("consents"), {{QStringLiteral("lead_id"), id('b', 3)},
                                       {QStringLiteral("channel"), QStringLiteral("EMAIL")},
                                       {QStringLiteral("status"), QStringLiteral("OPTED_IN")},
                                       {QStringLiteral("opted_in_at"), T("2026-05-01T00:00:00Z")}});
    audit(id('c', 2), "granted", 3, "email", "sales");
    l.row(QStringLiteral("pdpl_data_requests"),
          request("access", "pending", t.addDays(-100), QVariant(), id('b', 9)));
    approval(id('d', 9), "approved", QVariant(), QVariant());
    // More of other's rows, one for every population comp's checks and export count: an
    // active user without a valid role (NCA-C01), a consent for other's own lead, granted, past
    // its expiry, purpose unknown, without audit rows (PDPL-C01, C02, C03, C10), an overdue
    // deletion request (C05), a resolved contradiction with its audit row and an audited
    // decision (NCA-C04), a control and a check result (the export's controls and history).
    user(id('a', 40), QStringLiteral("intern@other.sa"), "intern", true);
    l.row(QStringLiteral("pdpl_consents"),
          consent(id('c', 9), id('b', 9), "granted", "other", "fax", "2025-01-01T00:00:00Z",
                  "2026-01-01T00:00:00Z"));
    l.row(QStringLiteral("pdpl_data_requests"),
          request("deletion", "pending", t.addDays(-45), QVariant(), id('b', 9)));
    l.row(QStringLiteral("pdpl_data_requests"),
          request("access", "completed", t.addDays(-50), T(t.addDays(-49)), id('b', 9)));
    contradiction(id('e', 9), "RESOLVED");
    logRow(id('e', 9));
    approval(id('d', 8), "rejected", l.user(), T("2026-11-20T10:00:00Z"));
    logRow(id('d', 8));
    l.row(QStringLiteral("compliance_controls"),
          {{QStringLiteral("control_id"), QStringLiteral("PDPL-C01")},
           {QStringLiteral("control_name"), QStringLiteral("PDPL-C01")},
           {QStringLiteral("category"), QStringLiteral("PDPL")},
           {QStringLiteral("status"), QStringLiteral("NON_COMPLIANT")},
           {QStringLiteral("risk_level"), QStringLiteral("CRITICAL")}});
    l.row(QStringLiteral("compliance_scan_results"),
          {{QStringLiteral("control_id"), QStringLiteral("PDPL-C01")},
           {QStringLiteral("status"), QStringLiteral("NON_COMPLIANT")},
           {QStringLiteral("checked_at"), T("2026-11-20T10:00:00Z")},
           {QStringLiteral("created_at"), T("2026-11-20T10:00:00Z")}});
    if (!l.ok()) {
        session.database().rollback();
        return false;
    }
    if (!session.database().commit())
        return false;
    QSqlQuery q(session.database());
    // The ownerless tenant's owner left.
    if (!q.exec(QStringLiteral("update users set is_active = %1 where email = 'ownerless@x.sa'")
                    .arg(session.isPostgres() ? QStringLiteral("false") : QStringLiteral("0")))) {
        *error = q.lastError().text();
        return false;
    }
    return session.setRlsTenant(QString(), error);
}

std::unique_ptr<Session> openSqlite(const QTemporaryDir &dir)
{
    return FixtureLoader::openSqlite(dir, QStringLiteral("compliance.sqlite"), load);
}

namespace {

CheckResult find(const QList<CheckResult> &results, const char *controlId)
{
    for (const CheckResult &r : results) {
        if (r.controlId == QLatin1String(controlId))
            return r;
    }
    FAIL("no result for " << controlId);
    return {};
}

qint64 fig(const CheckResult &r, const char *key)
{
    return qint64(r.figures.value(QLatin1String(key)).toDouble());
}

} // namespace

void checkResults(Session &session)
{
    REQUIRE(session.selectTenant(QStringLiteral("comp")));
    const bool pg = session.isPostgres();
    const QList<CheckResult> results = ComplianceChecks::runAll(session, asOf());
    REQUIRE(results.size() == 14);
    for (const CheckResult &r : results) {
        INFO(r.controlId.toStdString() << ": " << r.reason.toStdString());
        CHECK_FALSE(r.reason.contains(QStringLiteral("the check failed")));
    }
    const CheckResult c01 = find(results, "PDPL-C01");
    CHECK(fig(c01, "total") == 6);
    CHECK(fig(c01, "good") == 2);
    CHECK(c01.figures.value(QStringLiteral("percent")).toDouble() == 33.3);
    CHECK(c01.status == QLatin1String("non_compliant"));
    CHECK_FALSE(c01.queries.isEmpty());
    const CheckResult c02 = find(results, "PDPL-C02");
    CHECK(fig(c02, "total") == 5);
    CHECK(fig(c02, "good") == 4);
    CHECK(c02.status == QLatin1String("non_compliant"));
    const CheckResult c03 = find(results, "PDPL-C03");
    CHECK(fig(c03, "total") == 5);
    CHECK(fig(c03, "granted_past_expiry") == 1);
    CHECK(fig(c03, "expiry_beyond_12_months") == 1);
    CHECK(fig(c03, "violations") == 2);
    CHECK(c03.status == QLatin1String("non_compliant"));
    const CheckResult c04 = find(results, "PDPL-C04");
    CHECK(fig(c04, "requests") == 10);
    CHECK(fig(c04, "answered") == 10);
    CHECK(fig(c04, "completed_after_30_days") == 1);
    CHECK(fig(c04, "open_older_than_30_days") == 0);
    CHECK(c04.figures.value(QStringLiteral("percent")).toDouble() == 90.0);
    CHECK(c04.status == QLatin1String("partial"));
    const CheckResult c05 = find(results, "PDPL-C05");
    CHECK(fig(c05, "requests") == 3);
    CHECK(fig(c05, "answered") == 0);
    CHECK(fig(c05, "open_older_than_30_days") == 2);
    CHECK(c05.status == QLatin1String("non_compliant"));
    const CheckResult c10 = find(results, "PDPL-C10");
    CHECK(fig(c10, "without_audit_rows") == 1);
    CHECK(fig(c10, "revoked_without_revocation_row") == 1);
    CHECK(fig(c10, "violations") == 2);
    CHECK(c10.status == QLatin1String("non_compliant"));
    const CheckResult c13 = find(results, "PDPL-C13");
    if (pg) {
        // The test server listens without TLS: honestly non-compliant.
        CHECK(c13.status == QLatin1String("non_compliant"));
        CHECK(c13.figures.value(QStringLiteral("ssl")).toBool() == false);
    } else {
        CHECK(c13.status == QLatin1String("not_assessed"));
    }
    const CheckResult sdaia = find(results, "SDAIA-C02");
    CHECK(fig(sdaia, "total") == 2);
    CHECK(sdaia.status == QLatin1String("compliant"));
    const CheckResult nca01 = find(results, "NCA-C01");
    CHECK(fig(nca01, "total") == 10);
    CHECK(fig(nca01, "good") == 9);
    CHECK(fig(nca01, "active_owners") == 1);
    CHECK(nca01.status == QLatin1String("partial"));
    const CheckResult nca04 = find(results, "NCA-C04");
    CHECK(fig(nca04, "decided_approvals") == 2);
    CHECK(fig(nca04, "decided_approvals_logged") == 1);
    CHECK(fig(nca04, "resolved_contradictions") == 2);
    CHECK(fig(nca04, "resolved_contradictions_logged") == 1);
    CHECK(nca04.status == QLatin1String("non_compliant"));
    for (const char *c : {"ZATCA-C01", "ZATCA-C02", "SDAIA-C01"}) {
        const CheckResult r = find(results, c);
        CHECK(r.status == QLatin1String("not_assessed"));
        CHECK(r.reason.contains(QStringLiteral("no data source")));
    }
    if (!pg)
        CHECK(find(results, "NCA-C02").status == QLatin1String("not_assessed"));

    // The ownerless tenant: no active owner fails NCA-C01; empty populations are not assessed.
    REQUIRE(session.selectTenant(QStringLiteral("ownerless")));
    const QList<CheckResult> empty = ComplianceChecks::runAll(session, asOf());
    CHECK(find(empty, "NCA-C01").status == QLatin1String("non_compliant"));
    CHECK(find(empty, "NCA-C01").reason.contains(QStringLiteral("no active owner")));
    for (const char *c : {"PDPL-C01", "PDPL-C02", "PDPL-C04", "SDAIA-C02", "NCA-C04"}) {
        INFO(c);
        CHECK(find(empty, c).status == QLatin1String("not_assessed"));
        CHECK(find(empty, c).reason.contains(QStringLiteral("nothing to assess")));
    }
    // A control this build has no check for.
    CHECK(ComplianceChecks::run(session, QStringLiteral("SECT-C01"), asOf()).status ==
          QLatin1String("not_assessed"));
}

void checkWrite(Session &session)
{
    REQUIRE(session.selectTenant(QStringLiteral("comp")));
    const QList<CheckResult> results = ComplianceChecks::runAll(session, asOf());
    TenantActor owner;
    TenantActor manager;
    QString message;
    REQUIRE(WriteBack::findActor(session, QStringLiteral("comp@x.sa"), WriteBack::adminRoles(),
                                 &owner, &message) == WriteBack::Lookup::Found);
    REQUIRE(WriteBack::findActor(session, QStringLiteral("manager@comp.sa"),
                                 WriteBack::deciderRoles(), &manager,
                                 &message) == WriteBack::Lookup::Found);
    auto scalar = [&](const QString &sql) {
        QSqlQuery q(session.database());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toString();
    };
    const QString tenant = QStringLiteral(" tenant_id = '%1'").arg(QLatin1String(Comp));
    // A manager may not write.
    const ComplianceWriter::Result refused = ComplianceWriter::write(session, results, manager);
    CHECK_FALSE(refused.ok);
    CHECK(refused.message == QStringLiteral("Writing check results needs an owner or admin."));
    // Results as of another time than the write are not stored as the current status.
    const ComplianceWriter::Result stale =
        ComplianceWriter::write(session, results, owner, asOf().addDays(1));
    CHECK_FALSE(stale.ok);
    CHECK(stale.message.contains(QStringLiteral("as of")));
    // A failure midway (no audit_logs to write the run's row into) leaves nothing written.
    QSqlQuery q(session.database());
    REQUIRE(q.exec(QStringLiteral("alter table audit_logs rename to audit_logs_away")));
    const ComplianceWriter::Result broken =
        ComplianceWriter::write(session, results, owner, asOf().addSecs(60));
    CHECK(broken.message.contains(QStringLiteral("audit_logs")));
    CHECK_FALSE(broken.ok);
    REQUIRE(q.exec(QStringLiteral("alter table audit_logs_away rename to audit_logs")));
    CHECK(scalar(QStringLiteral("select count(*) from compliance_scan_results where") + tenant) ==
          QLatin1String("0"));
    CHECK(scalar(QStringLiteral("select cast(status as text) from compliance_controls where "
                                "control_id = 'PDPL-C01' and") +
                 tenant) == QLatin1String("PARTIAL"));
    // The write: four control rows, their history, one audit row.
    const QDateTime at = asOf().addSecs(60);
    const ComplianceWriter::Result done = ComplianceWriter::write(session, results, owner, at);
    INFO(done.message.toStdString());
    REQUIRE(done.ok);
    CHECK(done.written == 4);
    CHECK(done.notWritten.size() == 10);
    CHECK(scalar(QStringLiteral("select cast(status as text) from compliance_controls where "
                                "control_id = 'PDPL-C01' and") +
                 tenant) == QLatin1String("NON_COMPLIANT"));
    CHECK(scalar(QStringLiteral("select cast(status as text) from compliance_controls where "
                                "control_id = 'SDAIA-C02' and") +
                 tenant) == QLatin1String("COMPLIANT"));
    // Not assessed on SQLite: PDPL-C13 keeps its status and records why.
    if (!session.isPostgres())
        CHECK(scalar(QStringLiteral("select cast(status as text) from compliance_controls where "
                                    "control_id = 'PDPL-C13' and") +
                     tenant) == QLatin1String("PARTIAL"));
    const QJsonObject last =
        QJsonDocument::fromJson(scalar(QStringLiteral("select cast(last_result as text) from "
                                                      "compliance_controls where control_id = "
                                                      "'NCA-C01' and") +
                                       tenant)
                                    .toUtf8())
            .object();
    CHECK(last.value(QStringLiteral("status")).toString() == QLatin1String("partial"));
    CHECK(last.value(QStringLiteral("figures")).toObject().value(QStringLiteral("good")).toInt() ==
          9);
    CHECK(scalar(QStringLiteral("select count(*) from compliance_scan_results where") + tenant) ==
          QLatin1String("4"));
    CHECK(scalar(QStringLiteral("select count(*) from audit_logs where action = "
                                "'compliance.check' and") +
                 tenant) == QLatin1String("1"));
    // The dashboard reads it back: rate, score, posture, history.
    ComplianceMatrix m;
    QString error;
    REQUIRE(ComplianceMatrix::compute(session, {}, asOf(), &m, &error));
    CHECK(m.total == 4);
    CHECK(m.compliant == 1);
    CHECK(m.posture == QLatin1String("at_risk"));
    CHECK(m.rate == 25.0);
    QList<ScanRecord> history;
    REQUIRE(ComplianceMatrix::history(session, QStringLiteral("NCA-C01"), 10, &history, &error));
    REQUIRE(history.size() == 1);
    CHECK(history.first().status == QLatin1String("partial"));
    CHECK(history.first().checkedBy == QLatin1String("comp@x.sa"));
}

} // namespace ComplianceFixture

namespace ComplianceFixture {

namespace {

void exec(Session &session, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(session.database());
    // DDL cannot be prepared on PostgreSQL: statements without values run as they are.
    bool ok = false;
    if (values.isEmpty()) {
        ok = q.exec(sql);
    } else {
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        ok = q.exec();
    }
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(ok);
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        out << e.toString();
    return out;
}

} // namespace

void recordCompliant(Session &session)
{
    REQUIRE(session.selectTenant(QStringLiteral("comp")));
    exec(session,
         QStringLiteral("update compliance_controls set status = 'COMPLIANT' where tenant_id = ? "
                        "and control_id = 'PDPL-C01'"),
         {QString::fromLatin1(Comp)});
    exec(session,
         QStringLiteral("insert into compliance_controls (id, created_at, updated_at, tenant_id, "
                        "control_id, control_name, category, status, risk_level) values (?, ?, "
                        "?, ?, 'PDPL-C05', 'Data subject deletion rights', 'PDPL', 'COMPLIANT', "
                        "'HIGH')"),
         {id('f', 50), T("2026-01-05T08:00:00Z"), T("2026-01-05T08:00:00Z"),
          QString::fromLatin1(Comp)});
}

void checkContradicted(Session &session)
{
    const bool pg = session.isPostgres();
    recordCompliant(session);
    const QDateTime t = asOf();
    const ComplianceLive live = ComplianceLive::run(session, t);
    REQUIRE(live.ran);
    // Stored: PDPL-C01 and C05 compliant; PDPL-C13, NCA-C01, SDAIA-C02 partial (5 controls):
    // posture partial, rate 2/5 = 40.0, score (2 + 1.5)/5 = 70.0.
    // Live: PDPL-C01 2 of 6 → non-compliant; PDPL-C05 2 open over 30 days → non-compliant;
    // NCA-C01 9 of 10 → partial (agrees); SDAIA-C02 2 of 2 → compliant (stored partial);
    // PDPL-C13 not assessed on SQLite (keeps partial), non-compliant on the test server (no
    // TLS). SQLite: 1 compliant, 2 partial, 2 non-compliant → at risk, rate 20.0, score
    // (1 + 1)/5 = 40.0, 3 disagree. PostgreSQL: 1, 1, 3 → rate 20.0, score 30.0, 4 disagree.
    const QStringList expected =
        pg ? QStringList{QStringLiteral("PDPL-C01"), QStringLiteral("PDPL-C05"),
                         QStringLiteral("PDPL-C13"), QStringLiteral("SDAIA-C02")}
           : QStringList{QStringLiteral("PDPL-C01"), QStringLiteral("PDPL-C05"),
                         QStringLiteral("SDAIA-C02")};
    ComplianceMatrix m;
    QString error;
    REQUIRE(ComplianceMatrix::compute(session, {}, t, &m, &error, &live));
    CHECK(m.total == 5);
    CHECK(m.compliant == 2);
    CHECK(m.posture == QLatin1String("partial"));
    CHECK(m.rate == 40.0);
    CHECK(m.score == 70.0);
    CHECK(m.livePosture.compliant == 1);
    CHECK(m.livePosture.partial == (pg ? 1 : 2));
    CHECK(m.livePosture.nonCompliant == (pg ? 3 : 2));
    CHECK(m.livePosture.posture() == QLatin1String("at_risk"));
    CHECK(*m.livePosture.rate() == 20.0);
    CHECK(*m.livePosture.score() == (pg ? 30.0 : 40.0));
    CHECK(m.disagreeing == expected);
    CHECK(ComplianceMatrix::disagreementText(int(m.disagreeing.size())) ==
          QStringLiteral("%1 controls: records disagree with the data").arg(expected.size()));
    CHECK(ComplianceMatrix::postureBothWays(m.posture, m.livePosture.posture()) ==
          QStringLiteral("Partially compliant (records) · At risk (data)"));
    // The JSON: Dealix's keys unchanged, the live result beside them, counts at the top.
    const QJsonObject json = m.toJson();
    QJsonObject c01;
    QJsonObject nca;
    for (const QJsonValue &v : json.value(QStringLiteral("controls")).toArray()) {
        if (v[QStringLiteral("control_id")] == QLatin1String("PDPL-C01"))
            c01 = v.toObject();
        if (v[QStringLiteral("control_id")] == QLatin1String("NCA-C01"))
            nca = v.toObject();
    }
    CHECK(c01.value(QStringLiteral("status")).toString() == QLatin1String("compliant"));
    const QJsonObject c01Live = c01.value(QStringLiteral("live")).toObject();
    CHECK(c01Live.value(QStringLiteral("status")).toString() == QLatin1String("non_compliant"));
    CHECK(c01Live.value(QStringLiteral("reason")).toString().contains(QStringLiteral("2 of 6")));
    CHECK(c01Live.value(QStringLiteral("figures"))[QStringLiteral("good")].toInt() == 2);
    CHECK(c01Live.value(QStringLiteral("checked_at")).toString() ==
          QLatin1String("2026-11-26T09:00:00Z"));
    CHECK(c01.value(QStringLiteral("disagrees")).toBool());
    CHECK(nca.value(QStringLiteral("status")).toString() == QLatin1String("partial"));
    CHECK(nca[QStringLiteral("live")][QStringLiteral("status")].toString() ==
          QLatin1String("partial"));
    CHECK_FALSE(nca.value(QStringLiteral("disagrees")).toBool());
    CHECK(json[QStringLiteral("posture")][QStringLiteral("posture")] == QLatin1String("partial"));
    CHECK(json[QStringLiteral("live")][QStringLiteral("posture")] == QLatin1String("at_risk"));
    CHECK(json[QStringLiteral("live")][QStringLiteral("non_compliant")].toInt() == (pg ? 3 : 2));
    CHECK(json[QStringLiteral("live")][QStringLiteral("compliance_rate")].toDouble() == 20.0);
    CHECK(json.value(QStringLiteral("disagreeing")).toInt() == int(expected.size()));
    // CSV: both columns and the marker.
    const QString csv = QString::fromUtf8(m.toCsv());
    CHECK(csv.contains(QStringLiteral("live_status")));
    CHECK(csv.contains(QStringLiteral("PDPL-C01,")));
    CHECK(csv.contains(QStringLiteral(",non_compliant,")));
    // Without the checks the JSON says so (null), never a made-up agreement.
    ComplianceMatrix storedOnly;
    REQUIRE(ComplianceMatrix::compute(session, {}, t, &storedOnly, &error));
    CHECK(storedOnly.toJson().value(QStringLiteral("live")).isNull());
    CHECK(storedOnly.toJson()[QStringLiteral("controls")][0][QStringLiteral("live")].isNull());
    // Live results of another time are not attached.
    ComplianceMatrix otherTime;
    REQUIRE(ComplianceMatrix::compute(session, {}, t.addDays(1), &otherTime, &error, &live));
    CHECK_FALSE(otherTime.live.ran);

    // The Executive Room: the same counts and the disagreeing controls (by control id).
    ExecutiveSnapshot snap;
    REQUIRE(ExecutiveSnapshot::compute(session, Period::AllTime, t, &snap, &error, &live));
    CHECK(snap.compliance.compliant == 2);
    CHECK(snap.compliance.posture == QLatin1String("partial"));
    CHECK(snap.compliance.livePosture.posture() == QLatin1String("at_risk"));
    CHECK(snap.compliance.livePosture.nonCompliant == (pg ? 3 : 2));
    CHECK(snap.compliance.disagreeing == expected);
    const QJsonObject room = snap.toJson().value(QStringLiteral("compliance")).toObject();
    CHECK(room.value(QStringLiteral("posture")).toString() == QLatin1String("partial"));
    CHECK(room[QStringLiteral("live")][QStringLiteral("posture")] == QLatin1String("at_risk"));
    CHECK(room.value(QStringLiteral("disagreeing")).toInt() == int(expected.size()));
    CHECK(strings(room.value(QStringLiteral("disagreeing_controls"))) == expected);

    // The Weekly Review. Approval A3 (pending since January, 24 h default SLA) is past its SLA:
    // red whatever compliance says; it goes, so that compliance decides the colour.
    exec(session, QStringLiteral("delete from approval_requests where id = ?"), {id('d', 3)});
    WeeklyReview stored;
    REQUIRE(WeeklyReview::compute(session, t, &stored, &error));
    // Stored only: 3 partial, nothing non-compliant → amber.
    CHECK(stored.overallRag == QLatin1String("amber"));
    CHECK(stored.ragReasons.contains(QStringLiteral("Partially compliant controls: 3")));
    WeeklyReview w;
    REQUIRE(WeeklyReview::compute(session, t, &w, &error, &live));
    // Live where assessed: PDPL-C01 and C05 (and C13 on the server) non-compliant → red, and
    // the contradiction said.
    INFO(w.ragReasons.join(QStringLiteral(" | ")).toStdString());
    CHECK(w.overallRag == QLatin1String("red"));
    CHECK(w.ragReasons.contains(QStringLiteral("Non-compliant controls: %1").arg(pg ? 3 : 2)));
    const QString said = w.ragReasons.filter(QStringLiteral("disagree")).value(0);
    // The reason names the controls (a short banner); the risk summary gives both sides, one
    // control per line.
    CHECK(said.contains(QStringLiteral(": PDPL-C01, PDPL-C05")));
    CHECK_FALSE(said.contains(QStringLiteral("records ✓")));
    CHECK(w.riskSummary.contains(
        QStringLiteral("PDPL-C01: records ✓ Compliant, data ✗ Non-compliant")));
    CHECK(w.riskSummary.contains(
        QStringLiteral("PDPL-C05: records ✓ Compliant, data ✗ Non-compliant")));
    // Only SDAIA-C02 left, recorded partial, the data compliant: amber for the contradiction
    // alone (nothing counts as partial any more).
    exec(session,
         QStringLiteral("delete from compliance_controls where tenant_id = ? and control_id <> "
                        "'SDAIA-C02'"),
         {QString::fromLatin1(Comp)});
    WeeklyReview amber;
    REQUIRE(WeeklyReview::compute(session, t, &amber, &error, &live));
    INFO(amber.ragReasons.join(QStringLiteral(" | ")).toStdString());
    CHECK(amber.overallRag == QLatin1String("amber"));
    REQUIRE(amber.ragReasons.size() == 1);
    CHECK(amber.ragReasons.first().endsWith(QStringLiteral(": SDAIA-C02")));
    CHECK(amber.riskSummary.contains(
        QStringLiteral("SDAIA-C02: records ! Partially compliant, data ✓ Compliant")));
    // Recorded compliant, the data agrees: green.
    exec(session,
         QStringLiteral("update compliance_controls set status = 'COMPLIANT' where tenant_id = ?"),
         {QString::fromLatin1(Comp)});
    WeeklyReview green;
    REQUIRE(WeeklyReview::compute(session, t, &green, &error, &live));
    INFO(green.ragReasons.join(QStringLiteral(" | ")).toStdString());
    CHECK(green.overallRag == QLatin1String("green"));
}

void checkContradictedRisks(Session &session)
{
    const bool pg = session.isPostgres();
    recordCompliant(session);
    const QDateTime t = asOf();
    const ComplianceLive live = ComplianceLive::run(session, t);
    REQUIRE(live.ran);
    auto controls = [](const RiskRegister &r) {
        QHash<QString, RiskItem> out;
        for (const RiskItem &i : r.risks) {
            if (i.kind == QLatin1String("control"))
                out.insert(i.id, i);
        }
        return out;
    };
    QString error;
    // Records only: the three partial controls (PDPL-C13, NCA-C01, SDAIA-C02, all critical:
    // impact 5, likelihood 3); PDPL-C01 and C05, recorded compliant, are no risk.
    RiskRegister stored;
    REQUIRE(RiskRegister::compute(session, t, &stored, &error));
    const QHash<QString, RiskItem> s = controls(stored);
    CHECK(s.size() == 3);
    CHECK(s.contains(QStringLiteral("SDAIA-C02")));
    CHECK_FALSE(s.contains(QStringLiteral("PDPL-C01")));
    const QJsonObject storedJson = stored.toJson();
    CHECK(storedJson.value(QStringLiteral("disagreeing")).isNull());
    for (const QJsonValue &v : storedJson.value(QStringLiteral("risks")).toArray()) {
        if (v[QStringLiteral("kind")] != QLatin1String("control"))
            continue;
        // Without the checks the JSON says so (null), never a made-up agreement.
        CHECK(v[QStringLiteral("recorded_status")] == QLatin1String("partial"));
        CHECK(v[QStringLiteral("live")].isNull());
        CHECK(v[QStringLiteral("disagrees")].isNull());
    }

    // With the checks: each control rated on the data where the check assesses it.
    // PDPL-C01 (critical, recorded compliant; data: 2 of 6 contacted leads hold a valid consent
    // → non-compliant): 5 × 4 = 20. PDPL-C05 (high, recorded compliant; data: 2 deletion
    // requests open over 30 days → non-compliant): 4 × 4 = 16. NCA-C01 (partial both ways):
    // 5 × 3 = 15. SDAIA-C02 (recorded partial, data compliant): no risk. PDPL-C13: not assessed
    // on SQLite → its record, partial, 5 × 3 = 15; on the test server (no TLS) non-compliant
    // → 5 × 4 = 20.
    RiskRegister r;
    REQUIRE(RiskRegister::compute(session, t, &r, &error, &live));
    const QHash<QString, RiskItem> c = controls(r);
    CHECK(c.size() == 4);
    CHECK_FALSE(c.contains(QStringLiteral("SDAIA-C02")));
    const RiskItem c01 = c.value(QStringLiteral("PDPL-C01"));
    CHECK(c01.impact == 5);
    CHECK(c01.likelihood == 4);
    CHECK(c01.disagrees);
    INFO(c01.why.toStdString());
    CHECK(c01.why.startsWith(QStringLiteral("risk level Critical; records ✓ Compliant; data ✗ "
                                            "Non-compliant — 2 of 6 contacted leads")));
    const RiskItem c05 = c.value(QStringLiteral("PDPL-C05"));
    CHECK(c05.impact == 4);
    CHECK(c05.likelihood == 4);
    CHECK(c05.disagrees);
    CHECK(c05.why.startsWith(
        QStringLiteral("risk level High; records ✓ Compliant; data ✗ Non-compliant — ")));
    const RiskItem nca = c.value(QStringLiteral("NCA-C01"));
    CHECK(nca.score() == 15);
    CHECK_FALSE(nca.disagrees);
    CHECK(nca.why == QStringLiteral("risk level Critical; ! Partially compliant"));
    const RiskItem c13 = c.value(QStringLiteral("PDPL-C13"));
    CHECK(c13.likelihood == (pg ? 4 : 3));
    CHECK(c13.disagrees == pg);
    CHECK(c13.why.startsWith(
        pg ? QStringLiteral("risk level Critical; records ! Partially compliant; data ✗ "
                            "Non-compliant — ")
           : QStringLiteral("risk level Critical; ! Partially compliant")));
    // The grid counts the live rating: likelihood 4 × impact 5 holds PDPL-C01 (and PDPL-C13
    // on the server).
    CHECK(r.cells[3][4] == (pg ? 2 : 1));
    CHECK(stored.cells[3][4] == 0);
    // The JSON: the existing keys, the record and the live result beside them; the controls
    // whose records the data contradicts (SDAIA-C02 too, though no longer a risk) counted.
    const QJsonObject json = r.toJson();
    QJsonObject c01Json;
    QJsonObject ncaJson;
    bool otherKindsPlain = true;
    for (const QJsonValue &v : json.value(QStringLiteral("risks")).toArray()) {
        if (v[QStringLiteral("source_id")] == QLatin1String("PDPL-C01"))
            c01Json = v.toObject();
        if (v[QStringLiteral("source_id")] == QLatin1String("NCA-C01"))
            ncaJson = v.toObject();
        if (v[QStringLiteral("kind")] != QLatin1String("control"))
            otherKindsPlain = otherKindsPlain && !v.toObject().contains(QStringLiteral("live"));
    }
    CHECK(otherKindsPlain);
    CHECK(c01Json.value(QStringLiteral("kind")) == QLatin1String("control"));
    CHECK(c01Json.value(QStringLiteral("score")).toInt() == 20);
    CHECK(c01Json.value(QStringLiteral("band")) == QLatin1String("critical"));
    CHECK(c01Json.value(QStringLiteral("why")).toString() == c01.why);
    CHECK(c01Json.value(QStringLiteral("recorded_status")) == QLatin1String("compliant"));
    CHECK(c01Json[QStringLiteral("live")][QStringLiteral("status")] ==
          QLatin1String("non_compliant"));
    CHECK(c01Json[QStringLiteral("live")][QStringLiteral("figures")][QStringLiteral("good")]
              .toInt() == 2);
    CHECK(c01Json[QStringLiteral("live")][QStringLiteral("checked_at")] ==
          QLatin1String("2026-11-26T09:00:00Z"));
    CHECK(c01Json.value(QStringLiteral("disagrees")).toBool());
    CHECK(ncaJson[QStringLiteral("live")][QStringLiteral("status")] == QLatin1String("partial"));
    CHECK(ncaJson.value(QStringLiteral("disagrees")) == QJsonValue(false));
    const QStringList expected =
        pg ? QStringList{QStringLiteral("PDPL-C01"), QStringLiteral("PDPL-C05"),
                         QStringLiteral("PDPL-C13"), QStringLiteral("SDAIA-C02")}
           : QStringList{QStringLiteral("PDPL-C01"), QStringLiteral("PDPL-C05"),
                         QStringLiteral("SDAIA-C02")};
    CHECK(json.value(QStringLiteral("disagreeing")).toInt() == int(expected.size()));
    CHECK(strings(json.value(QStringLiteral("disagreeing_controls"))) == expected);
    // CSV: the record, the data and the marker per row.
    const QString csv = QString::fromUtf8(r.toCsv());
    CHECK(csv.startsWith(QStringLiteral("kind,source_id,title,impact,likelihood,score,band,why,"
                                        "recorded_status,live_status,disagrees\r\n")));
    CHECK(csv.contains(QStringLiteral(",compliant,non_compliant,yes\r\n")));
    CHECK(csv.contains(QStringLiteral(",partial,partial,no\r\n")));
    // Checks of another time are never attached: the records alone.
    RiskRegister otherTime;
    REQUIRE(RiskRegister::compute(session, t.addDays(1), &otherTime, &error, &live));
    CHECK_FALSE(controls(otherTime).contains(QStringLiteral("PDPL-C01")));
    CHECK(otherTime.toJson().value(QStringLiteral("disagreeing")).isNull());
}

void checkRequestedAt(Session &session)
{
    REQUIRE(session.selectTenant(QStringLiteral("comp")));
    const QDateTime t = asOf();
    // A deletion request requested 50 days before T, entered (created_at) 20 days before T,
    // answered 10 days before T: 40 days after the request, 10 after its creation.
    exec(session,
         QStringLiteral("insert into pdpl_data_requests (id, created_at, updated_at, tenant_id, "
                        "contact_id, request_type, status, requested_at, completed_at) values (?, "
                        "?, ?, ?, ?, 'deletion', 'completed', ?, ?)"),
         {id('f', 51), T(t.addDays(-20)), T(t.addDays(-10)), QString::fromLatin1(Comp), id('b', 2),
          T(t.addDays(-50)), T(t.addDays(-10))});
    // The fixture's three deletion requests: one pending 31 days, one completed after T (open
    // at T, 40 days old): non-compliant either way; drop them to see the new one alone.
    exec(session,
         QStringLiteral("delete from pdpl_data_requests where tenant_id = ? and request_type = "
                        "'deletion' and id <> ?"),
         {QString::fromLatin1(Comp), id('f', 51)});
    CheckResult c05 = ComplianceChecks::run(session, QStringLiteral("PDPL-C05"), t);
    INFO(c05.reason.toStdString());
    // From requested_at: 40 days → late; 0 of 1 in time → non-compliant.
    CHECK(c05.figures.value(QStringLiteral("answered")).toInt() == 1);
    CHECK(c05.figures.value(QStringLiteral("completed_after_30_days")).toInt() == 1);
    CHECK(c05.figures.value(QStringLiteral("measured_from")).toString() ==
          QLatin1String("requested_at"));
    CHECK(c05.reason.contains(QStringLiteral("requested_at")));
    CHECK(c05.status == QLatin1String("non_compliant"));
    // A request with requested_at empty counts from created_at.
    exec(session, QStringLiteral("update pdpl_data_requests set requested_at = null where id = ?"),
         {id('f', 51)});
    c05 = ComplianceChecks::run(session, QStringLiteral("PDPL-C05"), t);
    CHECK(c05.figures.value(QStringLiteral("completed_after_30_days")).toInt() == 0);
    CHECK(c05.status == QLatin1String("compliant"));
    // The old shape (created_at only, as this app's sources had it): from created_at, 10 days
    // → in time, and the evidence says which column it counted from.
    exec(session, QStringLiteral("update pdpl_data_requests set requested_at = ? where id = ?"),
         {T(t.addDays(-50)), id('f', 51)});
    exec(session, QStringLiteral("alter table pdpl_data_requests drop column requested_at"));
    REQUIRE(session.refreshSchema());
    c05 = ComplianceChecks::run(session, QStringLiteral("PDPL-C05"), t);
    INFO(c05.reason.toStdString());
    CHECK(c05.figures.value(QStringLiteral("completed_after_30_days")).toInt() == 0);
    CHECK(c05.figures.value(QStringLiteral("measured_from")).toString() ==
          QLatin1String("created_at"));
    CHECK(c05.reason.contains(QStringLiteral("created_at")));
    CHECK(c05.status == QLatin1String("compliant"));
    // PDPL-C04 on the old shape: the fixture's figures unchanged (90.0 %, partial).
    const CheckResult c04 = ComplianceChecks::run(session, QStringLiteral("PDPL-C04"), t);
    CHECK(c04.figures.value(QStringLiteral("completed_after_30_days")).toInt() == 1);
    CHECK(c04.status == QLatin1String("partial"));
}

void checkGrantedAt(Session &session)
{
    REQUIRE(session.selectTenant(QStringLiteral("comp")));
    const QDateTime t = asOf();
    // The fixture's five consents at T (C1, C2, C3, C5, C6), none with granted_at: from
    // created_at, C2 is granted past expiry and C3 expires 13 months after creation → 2
    // violations (60.0 % good), as checkResults has it.
    // Now C2 granted 2025-10-15 (expires 2026-11-01: 12 months 17 days after the grant → beyond
    // 12 months, and still granted past expiry) and C3 granted 2026-03-15 (expires 2027-03-01:
    // 11 months 14 days after the grant → within). C1, C5, C6 keep granted_at empty: counted
    // from created_at (6, 6 and 12 months: within).
    // → granted_past_expiry 1 (C2), expiry_beyond_12_months 1 (C2), violations 1 (C2) of 5
    //   → 4/5 = 80.0 % good → non-compliant (zero tolerance).
    exec(session, QStringLiteral("update pdpl_consents set granted_at = ? where id = ?"),
         {T("2025-10-15T00:00:00Z"), id('c', 2)});
    exec(session, QStringLiteral("update pdpl_consents set granted_at = ? where id = ?"),
         {T("2026-03-15T00:00:00Z"), id('c', 3)});
    CheckResult c03 = ComplianceChecks::run(session, QStringLiteral("PDPL-C03"), t);
    INFO(c03.reason.toStdString());
    CHECK(c03.figures.value(QStringLiteral("total")).toInt() == 5);
    CHECK(c03.figures.value(QStringLiteral("granted_past_expiry")).toInt() == 1);
    CHECK(c03.figures.value(QStringLiteral("expiry_beyond_12_months")).toInt() == 1);
    CHECK(c03.figures.value(QStringLiteral("violations")).toInt() == 1);
    CHECK(c03.figures.value(QStringLiteral("percent")).toDouble() == 80.0);
    CHECK(c03.figures.value(QStringLiteral("measured_from")).toString() ==
          QLatin1String("granted_at"));
    CHECK(c03.reason.contains(QStringLiteral("granted_at")));
    CHECK(c03.status == QLatin1String("non_compliant"));
    // C3's granted_at emptied again: from its created_at, 13 months → 2 violations, 60.0 %.
    exec(session, QStringLiteral("update pdpl_consents set granted_at = null where id = ?"),
         {id('c', 3)});
    c03 = ComplianceChecks::run(session, QStringLiteral("PDPL-C03"), t);
    CHECK(c03.figures.value(QStringLiteral("expiry_beyond_12_months")).toInt() == 2);
    CHECK(c03.figures.value(QStringLiteral("violations")).toInt() == 2);
    CHECK(c03.figures.value(QStringLiteral("percent")).toDouble() == 60.0);
    // A source without granted_at (the older shape): from created_at, and said so.
    // C2 from created_at 2025-11-01: exactly 12 months (not beyond); C3 13 months: beyond.
    QString dropError;
    INFO(dropError.toStdString());
    REQUIRE(TestSupport::dropColumn(session.database(), QStringLiteral("pdpl_consents"),
                                    QStringLiteral("granted_at"), &dropError));
    REQUIRE(session.refreshSchema());
    c03 = ComplianceChecks::run(session, QStringLiteral("PDPL-C03"), t);
    INFO(c03.reason.toStdString());
    CHECK(c03.figures.value(QStringLiteral("expiry_beyond_12_months")).toInt() == 1);
    CHECK(c03.figures.value(QStringLiteral("violations")).toInt() == 2);
    CHECK(c03.figures.value(QStringLiteral("measured_from")).toString() ==
          QLatin1String("created_at"));
    CHECK(c03.reason.contains(QStringLiteral("created_at")));
    CHECK(c03.status == QLatin1String("non_compliant"));
}

void checkActiveUsers(Session &session)
{
    REQUIRE(session.selectTenant(QStringLiteral("comp")));
    const QDateTime t = asOf();
    // comp's users at T: owner, manager, 7 agents, an intern (active) and a superuser
    // (inactive): 9 valid of 10 active (checkResults). Two more with is_active NULL, an agent
    // and an owner: neither is active (as for writes), so the figures stay 9 of 10, one
    // active owner.
    for (const auto &[n, email, role] :
         {std::tuple{22, "pending@comp.sa", "agent"}, std::tuple{23, "owner2@comp.sa", "owner"}}) {
        exec(session,
             QStringLiteral("insert into users (id, created_at, updated_at, tenant_id, email, "
                            "password_hash, role, is_active) values (?, ?, ?, ?, ?, 'x', ?, "
                            "null)"),
             {id('a', n), T("2026-01-01T00:00:00Z"), T("2026-01-01T00:00:00Z"),
              QString::fromLatin1(Comp), QString::fromLatin1(email), QString::fromLatin1(role)});
    }
    CheckResult nca01 = ComplianceChecks::run(session, QStringLiteral("NCA-C01"), t);
    INFO(nca01.reason.toStdString());
    CHECK(nca01.figures.value(QStringLiteral("total")).toInt() == 10);
    CHECK(nca01.figures.value(QStringLiteral("good")).toInt() == 9);
    CHECK(nca01.figures.value(QStringLiteral("active_owners")).toInt() == 1);
    CHECK(nca01.status == QLatin1String("partial"));
    // The real owner's is_active emptied: no active owner left (owner2 is NULL too) →
    // non-compliant, 9 users counted active (manager, 7 agents, intern).
    exec(session,
         QStringLiteral("update users set is_active = null where tenant_id = ? and email = "
                        "'comp@x.sa'"),
         {QString::fromLatin1(Comp)});
    nca01 = ComplianceChecks::run(session, QStringLiteral("NCA-C01"), t);
    CHECK(nca01.figures.value(QStringLiteral("active_owners")).toInt() == 0);
    CHECK(nca01.figures.value(QStringLiteral("total")).toInt() == 9);
    CHECK(nca01.status == QLatin1String("non_compliant"));
}

void checkFailedCheck(Session &session)
{
    recordCompliant(session);
    const QDateTime t = asOf();
    // The table goes away under the open session: the schema it read still lists it, so the
    // checks query it and the query fails.
    exec(session, QStringLiteral("alter table pdpl_data_requests rename to pdpl_data_requests_x"));
    const ComplianceLive live = ComplianceLive::run(session, t);
    REQUIRE(live.ran);
    for (const char *c : {"PDPL-C04", "PDPL-C05"}) {
        INFO(c);
        const CheckResult *r = live.result(QString::fromLatin1(c));
        REQUIRE(r);
        CHECK(r->status == QLatin1String("failed"));
        CHECK(r->reason.startsWith(QStringLiteral("the check failed: ")));
        CHECK(r->reason.contains(QStringLiteral("pdpl_data_requests")));
    }
    // Everything else answered as in checkResults.
    CHECK(live.result(QStringLiteral("PDPL-C01"))->status == QLatin1String("non_compliant"));
    const QStringList failures = live.failures();
    REQUIRE(failures.size() == 2);
    CHECK(failures.at(0).startsWith(QStringLiteral("PDPL-C04: the check failed: ")));
    CHECK(failures.at(1).startsWith(QStringLiteral("PDPL-C05: the check failed: ")));
    CHECK_FALSE(live.complete());
    // PDPL-C05 is stored compliant: its failed check neither agrees nor disagrees.
    CHECK_FALSE(live.disagrees(QStringLiteral("PDPL-C05"), QStringLiteral("compliant")));
    const ComplianceLive::Comparison c =
        live.compare({{QStringLiteral("PDPL-C01"), QStringLiteral("compliant")},
                      {QStringLiteral("PDPL-C05"), QStringLiteral("compliant")}});
    CHECK(c.disagreeing == QStringList{QStringLiteral("PDPL-C01")});
    CHECK(c.failed == QStringList{QStringLiteral("PDPL-C05")});

    // The matrix: per control the failure; the live posture and the disagreement count are
    // unknown (null), never "0 disagreeing"; the failures listed.
    ComplianceMatrix m;
    QString error;
    REQUIRE(ComplianceMatrix::compute(session, {}, t, &m, &error, &live));
    const QJsonObject json = m.toJson();
    CHECK(json.value(QStringLiteral("disagreeing")).isNull());
    CHECK(json.value(QStringLiteral("live")).isNull());
    CHECK(strings(json.value(QStringLiteral("live_failures"))) == failures);
    for (const QJsonValue &v : json.value(QStringLiteral("controls")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("control_id")) != QLatin1String("PDPL-C05"))
            continue;
        CHECK(o.value(QStringLiteral("live")).toObject().value(QStringLiteral("status")) ==
              QLatin1String("failed"));
        CHECK(o.value(QStringLiteral("disagrees")).isNull());
    }

    // The Executive Room: the compliance section fails with the cause (an export exits 3);
    // the stored figures are still there; the live ones are null.
    ExecutiveSnapshot snap;
    REQUIRE(ExecutiveSnapshot::compute(session, Period::AllTime, t, &snap, &error, &live));
    const QStringList sectionFailures = snap.failures();
    INFO(sectionFailures.join(QStringLiteral(" | ")).toStdString());
    REQUIRE(sectionFailures.size() == 1);
    CHECK(sectionFailures.first().startsWith(QStringLiteral("compliance: Not available: ")));
    CHECK(sectionFailures.first().contains(QStringLiteral("PDPL-C05: the check failed")));
    CHECK(snap.compliance.available);
    const QJsonObject compliance = snap.toJson().value(QStringLiteral("compliance")).toObject();
    CHECK(compliance.value(QStringLiteral("disagreeing")).isNull());
    CHECK(compliance.value(QStringLiteral("live")).isNull());

    // The Weekly Review: the failure is one of its failures and a reason of its RAG.
    WeeklyReview w;
    REQUIRE(WeeklyReview::compute(session, t, &w, &error, &live));
    CHECK(w.failures().filter(QStringLiteral("PDPL-C05: the check failed")).size() == 1);
    CHECK(w.ragReasons.filter(QStringLiteral("The live compliance checks failed")).size() == 1);
    CHECK(w.overallRag != QLatin1String("green"));

    // Nothing is recorded from a run with a failed check.
    TenantActor owner;
    QString message;
    REQUIRE(WriteBack::findActor(session, QStringLiteral("comp@x.sa"), WriteBack::adminRoles(),
                                 &owner, &message) == WriteBack::Lookup::Found);
    const ComplianceWriter::Result written =
        ComplianceWriter::write(session, live.results, owner, t);
    CHECK_FALSE(written.ok);
    CHECK(written.message.contains(QStringLiteral("PDPL-C04")));
    exec(session, QStringLiteral("alter table pdpl_data_requests_x rename to pdpl_data_requests"));
}

} // namespace ComplianceFixture
