#include "models/compliance/compliancechecks.h"
#include "models/core/format.h"

#include "models/source/boundquery.h"
#include "models/source/sqldialect.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <climits>
#include <cmath>

// Every statement below binds its values in the order their placeholders appear in the text
// (BoundQuery appends in call order): clauses are built, binding as they go, before the
// clauses that follow them.

namespace {

using Check = CheckResult (*)(const Session &, const SqlDialect &, const QDateTime &);

double percent(qint64 good, qint64 total)
{
    return total > 0 ? std::round(1000.0 * double(good) / double(total)) / 10.0 : 100.0;
}

CheckResult make(const char *id, const QDateTime &asOf)
{
    CheckResult r;
    r.controlId = QString::fromLatin1(id);
    r.checkedAt = asOf;
    return r;
}

CheckResult notAssessed(CheckResult r, const QString &reason)
{
    r.status = QStringLiteral("not_assessed");
    r.reason = reason;
    return r;
}

// The query failed: the check says nothing about the control (never "records agree"), and
// the run that holds it is incomplete (ComplianceLive::failures).
CheckResult failed(CheckResult r, const QString &error)
{
    r.status = QStringLiteral("failed");
    r.reason = ComplianceChecks::tr("the check failed: %1").arg(error);
    return r;
}

// Runs q and reads the first row's columns as integers (NULL as 0).
bool counts(const Session &session, const BoundQuery &q, QList<qint64> *out, QString *error,
            CheckResult *r)
{
    r->queries << q.sql();
    r->queryValues << q.values();
    QSqlQuery query(session.database());
    query.setForwardOnly(true);
    out->clear();
    if (!q.execOne(query, error))
        return false;
    for (int i = 0; i < query.record().count(); ++i)
        out->append(query.value(i).toLongLong());
    return true;
}

bool missingTable(const Session &session, const QStringList &tables, CheckResult *r)
{
    for (const QString &t : tables) {
        if (!session.schema().hasTable(t)) {
            *r = notAssessed(
                *r, ComplianceChecks::tr("no data source: this source has no %1 table").arg(t));
            return true;
        }
    }
    return false;
}

// Share rule over good ÷ total; an empty population is not assessed.
CheckResult byShare(CheckResult r, qint64 good, qint64 total, const QString &what)
{
    r.figures.insert(QStringLiteral("good"), good);
    r.figures.insert(QStringLiteral("total"), total);
    if (total == 0)
        return notAssessed(r, ComplianceChecks::tr("nothing to assess: no %1").arg(what));
    const double share = percent(good, total); // for display; the status uses exact counts
    r.figures.insert(QStringLiteral("percent"), share);
    r.status = ComplianceChecks::statusOfShare(good, total);
    // %L: the locale's digits (Arabic-Indic in Arabic); the English text is unchanged.
    r.reason = ComplianceChecks::tr("%L1 of %L2 %3 (%4)")
                   .arg(good)
                   .arg(total)
                   .arg(what, Format::percent(share, 1));
    return r;
}

// Zero tolerance: compliant only without violations; partial while ≥ 90 % are good.
CheckResult zeroTolerance(CheckResult r, qint64 violations, qint64 total, const QString &what)
{
    r.figures.insert(QStringLiteral("violations"), violations);
    r.figures.insert(QStringLiteral("total"), total);
    if (total == 0)
        return notAssessed(r, ComplianceChecks::tr("nothing to assess: no %1").arg(what));
    r.figures.insert(QStringLiteral("percent"), percent(total - violations, total));
    r.status = violations == 0 ? QStringLiteral("compliant")
               : (total - violations) * 100 >= qint64(ComplianceChecks::PartialShare) * total
                   ? QStringLiteral("partial")
                   : QStringLiteral("non_compliant");
    r.reason = ComplianceChecks::tr("%Ln violation(s) among %L1 %2", "",
                                    int(std::min<qint64>(violations, INT_MAX)))
                   .arg(total)
                   .arg(what);
    return r;
}

// PDPL-C01: contacted leads (status past new) that hold a valid consent.
CheckResult consentBeforeOutbound(const Session &session, const SqlDialect &sql,
                                  const QDateTime &asOf)
{
    CheckResult r = make("PDPL-C01", asOf);
    if (missingTable(session, {QStringLiteral("leads")}, &r))
        return r;
    const bool pdpl = session.schema().hasTable(QStringLiteral("pdpl_consents"));
    const bool legacy = session.schema().hasTable(QStringLiteral("consents"));
    if (!pdpl && !legacy)
        return notAssessed(r, ComplianceChecks::tr("no data source: no consent tables"));
    BoundQuery q;
    QStringList valid;
    if (pdpl) {
        const QString a = q.bind(sql.timeKey(asOf));
        const QString b = q.bind(sql.timeKey(asOf));
        valid << QStringLiteral("exists (select 1 from pdpl_consents pc where pc.contact_id = l.id "
                                "and pc.tenant_id = l.tenant_id and %1 = 'granted' and %2 "
                                "and %3 > %4)")
                     .arg(sql.lowerText(QStringLiteral("pc.status")),
                          sql.existedBy(QStringLiteral("pc.created_at"), a),
                          sql.timeKey(QStringLiteral("pc.expires_at")), b);
    }
    if (legacy) {
        // consents.tenant_id is nullable without a foreign key: the lead decides the tenant,
        // and a row another tenant owns never counts (row-level security hides it on
        // PostgreSQL; SQLite must say the same).
        const QString c = q.bind(sql.timeKey(asOf));
        valid << QStringLiteral("exists (select 1 from consents c where c.lead_id = l.id and "
                                "(c.tenant_id is null or c.tenant_id = l.tenant_id) and %1 = "
                                "'opted_in' and (c.opted_in_at is null or %2 <= %3))")
                     .arg(sql.lowerText(QStringLiteral("c.status")),
                          sql.timeKey(QStringLiteral("c.opted_in_at")), c);
    }
    const QString tenant = q.bind(session.tenantId());
    const QString at = q.bind(sql.timeKey(asOf));
    q << QStringLiteral("select count(*), sum(case when %1 then 1 else 0 end) from leads l where "
                        "l.tenant_id = %2 and %3 and %4 <> 'new'")
             .arg(valid.join(QStringLiteral(" or ")), tenant,
                  sql.existedBy(QStringLiteral("l.created_at"), at),
                  sql.lowerText(QStringLiteral("coalesce(l.status, 'new')")));
    QList<qint64> v;
    QString error;
    if (!counts(session, q, &v, &error, &r))
        return failed(r, error);
    return byShare(r, v.value(1), v.value(0),
                   ComplianceChecks::tr("contacted leads with a valid consent"));
}

// PDPL-C02: purpose and channel recorded (with known values) on every consent.
CheckResult purposeAndChannel(const Session &session, const SqlDialect &sql, const QDateTime &asOf)
{
    CheckResult r = make("PDPL-C02", asOf);
    if (missingTable(session, {QStringLiteral("pdpl_consents")}, &r))
        return r;
    BoundQuery q;
    const QString tenant = q.bind(session.tenantId());
    const QString at = q.bind(sql.timeKey(asOf));
    q << QStringLiteral("select count(*), sum(case when %1 in ('marketing', 'sales', 'service', "
                        "'analytics') and %2 in ('whatsapp', 'email', 'sms', 'phone') then 1 else "
                        "0 end) from pdpl_consents where tenant_id = %3 and %4")
             .arg(sql.lowerText(QStringLiteral("purpose")),
                  sql.lowerText(QStringLiteral("channel")), tenant,
                  sql.existedBy(QStringLiteral("created_at"), at));
    QList<qint64> v;
    QString error;
    if (!counts(session, q, &v, &error, &r))
        return failed(r, error);
    return byShare(r, v.value(1), v.value(0),
                   ComplianceChecks::tr("consents with a known purpose and channel"));
}

// PDPL-C03: no consent still granted past its expiry, no expiry set more than 12 months after
// granting.
CheckResult autoExpiry(const Session &session, const SqlDialect &sql, const QDateTime &asOf)
{
    CheckResult r = make("PDPL-C03", asOf);
    if (missingTable(session, {QStringLiteral("pdpl_consents")}, &r))
        return r;
    // The 12 months run from the grant, as Dealix records it: granted_at where the source has
    // that column (created_at where a row leaves it empty), else created_at.
    const bool grantedColumn =
        session.schema().hasColumn(QStringLiteral("pdpl_consents"), QStringLiteral("granted_at"));
    const QString granted = grantedColumn ? QStringLiteral("coalesce(granted_at, created_at)")
                                          : QStringLiteral("created_at");
    const QString tooLong =
        QStringLiteral("(%1 > %2)")
            .arg(sql.timeKey(QStringLiteral("expires_at")), sql.timeKeyPlusMonths(granted, 12));
    // stale appears twice in the text: bind its as-of again for the second use.
    BoundQuery twice;
    {
        const QString e1 = twice.bind(sql.timeKey(asOf));
        const QString e2 = twice.bind(sql.timeKey(asOf));
        const QString t = twice.bind(session.tenantId());
        const QString a = twice.bind(sql.timeKey(asOf));
        auto staleAt = [&](const QString &mark) {
            return QStringLiteral("(%1 = 'granted' and %2 <= %3)")
                .arg(sql.lowerText(QStringLiteral("status")),
                     sql.timeKey(QStringLiteral("expires_at")), mark);
        };
        // Placeholders in text order: stale (e1), tooLong (none), stale again (e2), tenant, as-of.
        twice << QStringLiteral("select count(*), sum(case when %1 then 1 else 0 end), sum(case "
                                "when %2 then 1 else 0 end), sum(case when %3 or %2 then 1 else 0 "
                                "end) from pdpl_consents where tenant_id = %4 and %5")
                     .arg(staleAt(e1), tooLong, staleAt(e2), t,
                          sql.existedBy(QStringLiteral("created_at"), a));
    }
    QList<qint64> v;
    QString error;
    if (!counts(session, twice, &v, &error, &r))
        return failed(r, error);
    r.figures.insert(QStringLiteral("granted_past_expiry"), v.value(1));
    r.figures.insert(QStringLiteral("expiry_beyond_12_months"), v.value(2));
    r.figures.insert(QStringLiteral("measured_from"),
                     grantedColumn ? QStringLiteral("granted_at") : QStringLiteral("created_at"));
    r = zeroTolerance(r, v.value(3), v.value(0), ComplianceChecks::tr("consents"));
    if (r.status != QLatin1String("not_assessed"))
        r.reason +=
            QStringLiteral("; ") +
            (grantedColumn ? ComplianceChecks::tr("%L1 months counted from granted_at").arg(12)
                           : ComplianceChecks::tr("%L1 months counted from created_at "
                                                  "(this source has no granted_at)")
                                 .arg(12));
    return r;
}

// PDPL-C04 / PDPL-C05: access or deletion requests completed within 30 days; an open request
// older than 30 days fails the control outright.
CheckResult dataRequests(const Session &session, const SqlDialect &sql, const QDateTime &asOf,
                         const char *controlId, const char *type)
{
    CheckResult r = make(controlId, asOf);
    if (missingTable(session, {QStringLiteral("pdpl_data_requests")}, &r))
        return r;
    // Completion time: completed_at where the source has it, else updated_at.
    const QString done = session.schema().hasColumn(QStringLiteral("pdpl_data_requests"),
                                                    QStringLiteral("completed_at"))
                             ? QStringLiteral("coalesce(completed_at, updated_at)")
                             : QStringLiteral("updated_at");
    // The 30 days run from the request, as Dealix counts them: requested_at where the source has
    // that column (created_at where a row leaves it empty), else created_at.
    const bool requestedColumn = session.schema().hasColumn(QStringLiteral("pdpl_data_requests"),
                                                            QStringLiteral("requested_at"));
    const QString from = requestedColumn ? QStringLiteral("coalesce(requested_at, created_at)")
                                         : QStringLiteral("created_at");
    // Answered by T: completed or rejected, with its completion time at or before T. Anything
    // else requested by T was open at T.
    const QString status = sql.lowerText(QStringLiteral("status"));
    BoundQuery q;
    auto answered = [&] {
        const QString mark = q.bind(sql.timeKey(asOf));
        return QStringLiteral("(%1 in ('completed', 'rejected') and %2 <= %3)")
            .arg(status, sql.timeKey(done), mark);
    };
    const QString answered1 = answered(); // bound in the order they appear below
    const QString answered2 = answered();
    const QString answered3 = answered();
    const QString overdue = q.bind(sql.timeKeyPlusDays(asOf, -30));
    const QString kind = q.bind(QString::fromLatin1(type));
    const QString tenant = q.bind(session.tenantId());
    const QString at = q.bind(sql.timeKey(asOf));
    // A request without a creation time existed at T, and cannot be shown to have been answered
    // in time: answered, it counts as late; open, as older than 30 days.
    q << QStringLiteral("select sum(case when %1 then 1 else 0 end), sum(case when %2 and "
                        "(%12 is null or %3 > %4) then 1 else 0 end), sum(case when not %5 "
                        "and (%12 is null or %6 < %7) then 1 else 0 end), count(*) from "
                        "pdpl_data_requests where %8 = %9 and tenant_id = %10 and %11")
             .arg(answered1, answered2, sql.timeKey(done), sql.timeKeyPlusDays(from, 30), answered3,
                  sql.timeKey(from), overdue, sql.lowerText(QStringLiteral("request_type")), kind)
             .arg(tenant, sql.existedBy(from, at), from);
    QList<qint64> v;
    QString error;
    if (!counts(session, q, &v, &error, &r))
        return failed(r, error);
    const qint64 total = v.value(0); // answered by T
    const qint64 late = v.value(1);
    const qint64 openOverdue = v.value(2);
    r.figures.insert(QStringLiteral("requests"), v.value(3));
    r.figures.insert(QStringLiteral("answered"), total);
    r.figures.insert(QStringLiteral("completed_after_30_days"), late);
    r.figures.insert(QStringLiteral("open_older_than_30_days"), openOverdue);
    r.figures.insert(QStringLiteral("measured_from"), requestedColumn
                                                          ? QStringLiteral("requested_at")
                                                          : QStringLiteral("created_at"));
    const QString what = QString::fromLatin1(type) == QLatin1String("access")
                             ? ComplianceChecks::tr("access requests")
                             : ComplianceChecks::tr("deletion requests");
    const QString measured =
        requestedColumn ? ComplianceChecks::tr("%L1 days counted from requested_at").arg(30)
                        : ComplianceChecks::tr("%L1 days counted from created_at (this source has "
                                               "no requested_at)")
                              .arg(30);
    if (openOverdue > 0) {
        r.status = QStringLiteral("non_compliant");
        r.reason = ComplianceChecks::tr("%L1 open %2 older than %L3 days")
                       .arg(openOverdue)
                       .arg(what)
                       .arg(30) +
                   QStringLiteral("; ") + measured;
        return r;
    }
    r = byShare(r, total - late, total,
                ComplianceChecks::tr("%1 answered within %L2 days").arg(what).arg(30));
    r.reason += QStringLiteral("; ") + measured;
    return r;
}

CheckResult accessRequests(const Session &s, const SqlDialect &sql, const QDateTime &asOf)
{
    return dataRequests(s, sql, asOf, "PDPL-C04", "access");
}

CheckResult deletionRequests(const Session &s, const SqlDialect &sql, const QDateTime &asOf)
{
    return dataRequests(s, sql, asOf, "PDPL-C05", "deletion");
}

// PDPL-C10: every consent has audit rows; a revoked consent has its revocation.
CheckResult consentAuditTrail(const Session &session, const SqlDialect &sql, const QDateTime &asOf)
{
    CheckResult r = make("PDPL-C10", asOf);
    if (missingTable(session,
                     {QStringLiteral("pdpl_consents"), QStringLiteral("pdpl_consent_audit")}, &r))
        return r;
    BoundQuery q;
    const QString tenant = q.bind(session.tenantId());
    const QString at = q.bind(sql.timeKey(asOf));
    // Audit rows of this tenant only (pdpl_* tables have no row-level security). Dealix's own
    // renewal (grant_consent) revokes the previous consent with the action
    // "revoked_for_renewal": that is a revocation row too.
    const QString sameTenant = session.schema().hasColumn(QStringLiteral("pdpl_consent_audit"),
                                                          QStringLiteral("tenant_id"))
                                   ? QStringLiteral(" and a.tenant_id = c.tenant_id")
                                   : QString();
    const QString noRows = QStringLiteral("not exists (select 1 from pdpl_consent_audit a where "
                                          "a.consent_id = c.id%1)")
                               .arg(sameTenant);
    const QString noRevocation =
        QStringLiteral("(%1 = 'revoked' and not exists (select 1 from pdpl_consent_audit a where "
                       "a.consent_id = c.id%3 and %2 in ('revoked', 'revoked_for_renewal')))")
            .arg(sql.lowerText(QStringLiteral("c.status")),
                 sql.lowerText(QStringLiteral("a.action")), sameTenant);
    q << QStringLiteral("select count(*), sum(case when %1 then 1 else 0 end), sum(case when %2 "
                        "then 1 else 0 end), sum(case when %1 or %2 then 1 else 0 end) from "
                        "pdpl_consents c where c.tenant_id = %3 and %4")
             .arg(noRows, noRevocation, tenant, sql.existedBy(QStringLiteral("c.created_at"), at));
    QList<qint64> v;
    QString error;
    if (!counts(session, q, &v, &error, &r))
        return failed(r, error);
    r.figures.insert(QStringLiteral("without_audit_rows"), v.value(1));
    r.figures.insert(QStringLiteral("revoked_without_revocation_row"), v.value(2));
    return zeroTolerance(r, v.value(3), v.value(0), ComplianceChecks::tr("consents"));
}

// PDPL-C13: this connection encrypted (PostgreSQL pg_stat_ssl).
CheckResult encryptionInTransit(const Session &session, const SqlDialect &, const QDateTime &asOf)
{
    CheckResult r = make("PDPL-C13", asOf);
    if (!session.isPostgres())
        return notAssessed(r, ComplianceChecks::tr("not assessed: a local SQLite file has no "
                                                   "connection to encrypt"));
    const QString sqlText = QStringLiteral("select ssl, coalesce(version, ''), coalesce(cipher, "
                                           "'') from pg_stat_ssl where pid = pg_backend_pid()");
    r.queries << sqlText;
    r.queryValues << QVariantList();
    QSqlQuery q(session.database());
    if (!q.exec(sqlText))
        return failed(r, sqlErrorText(q.lastError()));
    const bool ssl = q.next() && q.value(0).toBool();
    r.figures.insert(QStringLiteral("ssl"), ssl);
    r.figures.insert(QStringLiteral("tls_version"), ssl ? q.value(1).toString() : QString());
    r.figures.insert(QStringLiteral("cipher"), ssl ? q.value(2).toString() : QString());
    r.status = ssl ? QStringLiteral("compliant") : QStringLiteral("non_compliant");
    r.reason = ssl ? ComplianceChecks::tr("this connection uses %1 (%2)")
                         .arg(q.value(1).toString(), q.value(2).toString())
                   : ComplianceChecks::tr("this connection is not encrypted");
    return r;
}

// SDAIA-C02: every decided approval has a human reviewer (a user of the tenant) and a time.
CheckResult humanInTheLoop(const Session &session, const SqlDialect &sql, const QDateTime &asOf)
{
    CheckResult r = make("SDAIA-C02", asOf);
    if (missingTable(session, {QStringLiteral("approval_requests"), QStringLiteral("users")}, &r))
        return r;
    BoundQuery q;
    const QString tenant = q.bind(session.tenantId());
    const QString at = q.bind(sql.timeKey(asOf));
    q << QStringLiteral("select count(*), sum(case when r.reviewed_at is not null and exists "
                        "(select 1 from users u where u.id = r.reviewed_by_id and u.tenant_id = "
                        "r.tenant_id) then 1 else 0 end) from approval_requests r where "
                        "r.tenant_id = %1 and %2 in ('approved', 'rejected') and %3 <= %4")
             .arg(tenant, sql.lowerText(QStringLiteral("r.status")),
                  sql.timeKey(QStringLiteral("coalesce(r.reviewed_at, r.updated_at)")), at);
    QList<qint64> v;
    QString error;
    if (!counts(session, q, &v, &error, &r))
        return failed(r, error);
    return byShare(r, v.value(1), v.value(0),
                   ComplianceChecks::tr("decided approvals with a human reviewer and time"));
}

// NCA-C01: every active user has a valid role, and the tenant has an active owner.
CheckResult accessControl(const Session &session, const SqlDialect &sql, const QDateTime &asOf)
{
    CheckResult r = make("NCA-C01", asOf);
    if (missingTable(session, {QStringLiteral("users")}, &r))
        return r;
    BoundQuery q;
    const QString tenant = q.bind(session.tenantId());
    const QString at = q.bind(sql.timeKey(asOf));
    const QString role = sql.lowerText(QStringLiteral("coalesce(role, '')"));
    // Active means is_active true, as for writes (WriteBack::isActive): NULL is not active.
    q << QStringLiteral("select count(*), sum(case when %1 in ('owner', 'admin', 'manager', "
                        "'agent') then 1 else 0 end), sum(case when %1 = 'owner' then 1 else 0 "
                        "end) from users where tenant_id = %2 and %3 and %4")
             .arg(role, tenant,
                  sql.isPostgres()
                      ? QStringLiteral("coalesce(is_active, false)")
                      : QStringLiteral("coalesce(is_active = 1 or lower(trim(cast(is_active as "
                                       "text))) in ('true', 't'), 0)"),
                  sql.existedBy(QStringLiteral("created_at"), at));
    QList<qint64> v;
    QString error;
    if (!counts(session, q, &v, &error, &r))
        return failed(r, error);
    r.figures.insert(QStringLiteral("active_owners"), v.value(2));
    if (v.value(0) > 0 && v.value(2) == 0) {
        r.figures.insert(QStringLiteral("total"), v.value(0));
        r.status = QStringLiteral("non_compliant");
        r.reason = ComplianceChecks::tr("the tenant has no active owner");
        return r;
    }
    return byShare(r, v.value(1), v.value(0),
                   ComplianceChecks::tr("active users with a valid role"));
}

// NCA-C02: row-level security enabled on every table with a tenant_id (PostgreSQL catalog).
CheckResult tenantIsolation(const Session &session, const SqlDialect &, const QDateTime &asOf)
{
    CheckResult r = make("NCA-C02", asOf);
    if (!session.isPostgres())
        return notAssessed(r, ComplianceChecks::tr("not assessed: SQLite has no row-level "
                                                   "security"));
    const QString sqlText = QStringLiteral(
        "select c.relname, c.relrowsecurity, c.relforcerowsecurity from pg_class c join "
        "pg_namespace n on n.oid = c.relnamespace join pg_attribute a on a.attrelid = c.oid and "
        "a.attname = 'tenant_id' and not a.attisdropped where c.relkind in ('r', 'p') and "
        "n.nspname = current_schema() order by c.relname");
    r.queries << sqlText;
    r.queryValues << QVariantList();
    QSqlQuery q(session.database());
    if (!q.exec(sqlText))
        return failed(r, sqlErrorText(q.lastError()));
    QJsonArray without;
    QJsonArray notForced;
    qint64 total = 0;
    while (q.next()) {
        ++total;
        if (!q.value(1).toBool())
            without.append(q.value(0).toString());
        else if (!q.value(2).toBool())
            notForced.append(q.value(0).toString());
    }
    if (q.lastError().isValid())
        return failed(r, sqlErrorText(q.lastError()));
    r.figures.insert(QStringLiteral("tables_without_rls"), without);
    r.figures.insert(QStringLiteral("tables_rls_not_forced"), notForced);
    return zeroTolerance(r, without.size(), total,
                         ComplianceChecks::tr("tables with a tenant_id (row-level security "
                                              "enabled)"));
}

// NCA-C04: every decided approval and resolved contradiction has its audit_logs row.
CheckResult auditLogging(const Session &session, const SqlDialect &sql, const QDateTime &asOf)
{
    CheckResult r = make("NCA-C04", asOf);
    if (missingTable(session, {QStringLiteral("audit_logs")}, &r))
        return r;
    const QString logged =
        QStringLiteral("exists (select 1 from audit_logs a where a.tenant_id = x.tenant_id and "
                       "a.entity_id = x.id)");
    qint64 total = 0;
    qint64 good = 0;
    QString error;
    if (session.schema().hasTable(QStringLiteral("approval_requests"))) {
        BoundQuery q;
        const QString tenant = q.bind(session.tenantId());
        const QString at = q.bind(sql.timeKey(asOf));
        q << QStringLiteral("select count(*), sum(case when %1 then 1 else 0 end) from "
                            "approval_requests x where x.tenant_id = %2 and %3 in ('approved', "
                            "'rejected') and %4 <= %5")
                 .arg(logged, tenant, sql.lowerText(QStringLiteral("x.status")),
                      sql.timeKey(QStringLiteral("coalesce(x.reviewed_at, x.updated_at)")), at);
        QList<qint64> v;
        if (!counts(session, q, &v, &error, &r))
            return failed(r, error);
        r.figures.insert(QStringLiteral("decided_approvals"), v.value(0));
        r.figures.insert(QStringLiteral("decided_approvals_logged"), v.value(1));
        total += v.value(0);
        good += v.value(1);
    }
    if (session.schema().hasTable(QStringLiteral("contradictions"))) {
        BoundQuery q;
        const QString tenant = q.bind(session.tenantId());
        const QString at = q.bind(sql.timeKey(asOf));
        q << QStringLiteral("select count(*), sum(case when %1 then 1 else 0 end) from "
                            "contradictions x where x.tenant_id = %2 and %3 in ('RESOLVED', "
                            "'ACCEPTED') and %4 <= %5")
                 .arg(logged, tenant, sql.upperText(QStringLiteral("x.status")),
                      sql.timeKey(QStringLiteral("coalesce(x.resolved_at, x.updated_at)")), at);
        QList<qint64> v;
        if (!counts(session, q, &v, &error, &r))
            return failed(r, error);
        r.figures.insert(QStringLiteral("resolved_contradictions"), v.value(0));
        r.figures.insert(QStringLiteral("resolved_contradictions_logged"), v.value(1));
        total += v.value(0);
        good += v.value(1);
    }
    return byShare(r, good, total,
                   ComplianceChecks::tr("decisions and resolutions with an audit row"));
}

// ZATCA-C01 / ZATCA-C02 / SDAIA-C01: no table of a Dealix source holds invoices or AI
// explanations this app can read: said, never guessed.
CheckResult noSource(const char *id, const QDateTime &asOf, const QString &what)
{
    return notAssessed(make(id, asOf),
                       ComplianceChecks::tr("not assessed: no data source (%1)").arg(what));
}

CheckResult vatCalculation(const Session &, const SqlDialect &, const QDateTime &asOf)
{
    return noSource("ZATCA-C01", asOf,
                    ComplianceChecks::tr("Dealix keeps no invoices or VAT lines in this database"));
}

CheckResult eInvoiceFormat(const Session &, const SqlDialect &, const QDateTime &asOf)
{
    return noSource("ZATCA-C02", asOf,
                    ComplianceChecks::tr("Dealix keeps no e-invoices in this database"));
}

CheckResult explainability(const Session &session, const SqlDialect &, const QDateTime &asOf)
{
    return noSource("SDAIA-C01", asOf,
                    session.schema().hasTable(QStringLiteral("ai_conversations"))
                        ? ComplianceChecks::tr("ai_conversations holds no explanation field this "
                                               "app can read")
                        : ComplianceChecks::tr("this source has no ai_conversations table"));
}

struct Entry {
    const char *id;
    Check check;
    const char *rule;
};

const QList<Entry> &entries()
{
    static const QList<Entry> list = {
        {"PDPL-C01", consentBeforeOutbound,
         QT_TRANSLATE_NOOP("ComplianceChecks", "Leads contacted (status past new) that hold a "
                                               "valid consent: a pdpl_consents row granted "
                                               "and unexpired at the as-of time, or a consents row "
                                               "opted_in (any channel) — share rule.")},
        {"PDPL-C02", purposeAndChannel,
         QT_TRANSLATE_NOOP(
             "ComplianceChecks",
             "Consents with a known purpose (marketing, sales, service, analytics) and channel "
             "(whatsapp, email, sms, phone) — share rule.")},
        {"PDPL-C03", autoExpiry,
         QT_TRANSLATE_NOOP(
             "ComplianceChecks",
             "No consent still granted at or past its expires_at, and no expires_at more than 12 "
             "months after granting (granted_at where the source has it, else created_at) — zero "
             "tolerance.")},
        {"PDPL-C04", accessRequests,
         QT_TRANSLATE_NOOP(
             "ComplianceChecks",
             "Access requests answered (completed or rejected by the as-of time) within 30 days "
             "of the request (requested_at where the source has it, else created_at) to the "
             "answer (completed_at, else updated_at) — share rule; any request still open at the "
             "as-of time and older than 30 days: non-compliant.")},
        {"PDPL-C05", deletionRequests,
         QT_TRANSLATE_NOOP("ComplianceChecks", "Deletion requests, the same rule as PDPL-C04.")},
        {"PDPL-C10", consentAuditTrail,
         QT_TRANSLATE_NOOP(
             "ComplianceChecks",
             "Every consent has pdpl_consent_audit rows, and a revoked consent has a revoked row — "
             "zero tolerance.")},
        {"PDPL-C13", encryptionInTransit,
         QT_TRANSLATE_NOOP(
             "ComplianceChecks",
             "PostgreSQL: this connection is encrypted (pg_stat_ssl.ssl) — compliant or "
             "non-compliant. SQLite: not assessed.")},
        {"ZATCA-C01", vatCalculation,
         QT_TRANSLATE_NOOP("ComplianceChecks",
                           "Not assessed: no invoice data in a Dealix database.")},
        {"ZATCA-C02", eInvoiceFormat,
         QT_TRANSLATE_NOOP("ComplianceChecks",
                           "Not assessed: no e-invoice data in a Dealix database.")},
        {"SDAIA-C01", explainability,
         QT_TRANSLATE_NOOP(
             "ComplianceChecks",
             "Not assessed: no explanation field this app can read (ai_conversations).")},
        {"SDAIA-C02", humanInTheLoop,
         QT_TRANSLATE_NOOP("ComplianceChecks", "Decided approvals (approved or rejected) with "
                                               "reviewed_at and a reviewer who is a user "
                                               "of the tenant — share rule.")},
        {"NCA-C01", accessControl,
         QT_TRANSLATE_NOOP("ComplianceChecks", "Active users (is_active true; empty is not "
                                               "active) with a valid role (owner, admin, "
                                               "manager, agent) — share rule; no active "
                                               "owner: non-compliant.")},
        {"NCA-C02", tenantIsolation,
         QT_TRANSLATE_NOOP(
             "ComplianceChecks",
             "PostgreSQL: row-level security enabled on every table with a tenant_id (catalog) — "
             "zero "
             "tolerance; tables where it is not forced are listed. SQLite: not assessed.")},
        {"NCA-C04", auditLogging,
         QT_TRANSLATE_NOOP(
             "ComplianceChecks",
             "Decided approvals and resolved or accepted contradictions with an audit_logs row for "
             "their id — share rule.")},
    };
    return list;
}

} // namespace

QJsonObject CheckResult::toJson() const
{
    return {{QStringLiteral("control_id"), controlId},
            {QStringLiteral("status"), status},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("figures"), figures},
            {QStringLiteral("queries"), QJsonArray::fromStringList(queries)},
            {QStringLiteral("checked_at"), checkedAt.toString(Qt::ISODate)},
            {QStringLiteral("checked_by"), QStringLiteral("dealix-desk " DEALIX_VERSION)}};
}

QStringList CheckResult::inlinedQueries() const
{
    QStringList out;
    for (qsizetype i = 0; i < queries.size(); ++i) {
        const QVariantList values = queryValues.value(i);
        QString sql;
        qsizetype next = 0;
        for (const QChar c : queries.at(i)) {
            if (c != u'?' || next >= values.size()) {
                sql += c;
                continue;
            }
            const QVariant &v = values.at(next++);
            if (v.isNull())
                sql += QStringLiteral("NULL");
            else if (v.metaType().id() == QMetaType::Double)
                sql += QString::number(v.toDouble(), 'g', 17);
            else if (v.metaType().id() == QMetaType::Int ||
                     v.metaType().id() == QMetaType::LongLong)
                sql += v.toString();
            else
                sql += QLatin1Char('\'') +
                       v.toString().replace(QLatin1Char('\''), QStringLiteral("''")) +
                       QLatin1Char('\'');
        }
        out << sql;
    }
    return out;
}

const QStringList &ComplianceChecks::controlIds()
{
    static const QStringList ids = [] {
        QStringList out;
        for (const Entry &e : entries())
            out << QString::fromLatin1(e.id);
        return out;
    }();
    return ids;
}

QString ComplianceChecks::rule(const QString &controlId)
{
    for (const Entry &e : entries()) {
        if (controlId == QLatin1String(e.id))
            return tr(e.rule);
    }
    return QString();
}

QString ComplianceChecks::statusOfShare(qint64 good, qint64 total)
{
    // Exact: 98.95 % is not 99 %, whatever one decimal would show.
    if (good * 100 >= qint64(CompliantShare) * total)
        return QStringLiteral("compliant");
    if (good * 100 >= qint64(PartialShare) * total)
        return QStringLiteral("partial");
    return QStringLiteral("non_compliant");
}

CheckResult ComplianceChecks::run(const Session &session, const QString &controlId,
                                  const QDateTime &asOf)
{
    const QDateTime at = (asOf.isValid() ? asOf : QDateTime::currentDateTimeUtc()).toUTC();
    const SqlDialect sql(session);
    for (const Entry &e : entries()) {
        if (controlId.compare(QLatin1String(e.id), Qt::CaseInsensitive) == 0)
            return e.check(session, sql, at);
    }
    CheckResult r;
    r.controlId = controlId;
    r.checkedAt = at;
    return notAssessed(r, tr("not assessed: no check for this control"));
}

QList<CheckResult> ComplianceChecks::runAll(const Session &session, const QDateTime &asOf,
                                            const std::function<bool(int, int)> &progress,
                                            bool *cancelled)
{
    QList<CheckResult> out;
    if (cancelled)
        *cancelled = false;
    const QStringList &ids = controlIds();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (progress && !progress(int(i), int(ids.size()))) {
            if (cancelled)
                *cancelled = true;
            return out;
        }
        out << run(session, ids.at(i), asOf);
    }
    if (progress)
        progress(int(ids.size()), int(ids.size()));
    return out;
}
