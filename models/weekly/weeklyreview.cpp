#include "models/weekly/weeklyreview.h"

#include "models/approvals/approvalsla.h"
#include "models/compliance/compliancematrix.h"
#include "models/core/csvwriter.h"
#include "models/core/displaytext.h"
#include "models/core/format.h"
#include "models/core/labels.h"
#include "models/core/money.h"
#include "models/source/boundquery.h"
#include "models/source/sqldialect.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <cstdlib>

namespace {

// The week bounds as a one-row table "b", each bound bound once: ws, we (this week, counted up
// to t), ps (the previous week's start) and t (as-of) as timestamps, compared with timestamp
// columns directly (text order on SQLite, timestamptz on PostgreSQL: no per-row conversion);
// te, wse, wee, pse: as-of and week bounds in epoch seconds, for computed deadlines; nd1, nd2:
// next week's local dates.
QString boundsTable(BoundQuery &q, const SqlDialect &sql, const WeeklyReview &w)
{
    // Instants, compared with SqlDialect::timeKey of each timestamp column, never stored text:
    // "2026-11-21T23:59:59+03:00" is Saturday in Riyadh whatever its text sorts like.
    const QString ws = q.bind(sql.timeKey(w.week.start));
    const QString we = q.bind(sql.timeKey(w.week.end));
    const QString ps = q.bind(sql.timeKey(w.previousWeek.start));
    const QString t = q.bind(sql.timeKey(w.asOf));
    const QString te = q.bind(w.asOf.toSecsSinceEpoch());
    const QDate nextSunday = w.weekOf().addDays(7);
    const QString nd1 = q.bind(nextSunday.toString(Qt::ISODate));
    const QString nd2 = q.bind(nextSunday.addDays(6).toString(Qt::ISODate));
    // Bound in the order the placeholders appear below.
    const QString wse = q.bind(w.week.start.toSecsSinceEpoch());
    const QString wee = q.bind(w.week.end.toSecsSinceEpoch());
    const QString pse = q.bind(w.previousWeek.start.toSecsSinceEpoch());
    const QString stamp = sql.isPostgres() ? QStringLiteral("timestamptz") : QStringLiteral("real");
    const QString date = sql.isPostgres() ? QStringLiteral("date") : QStringLiteral("text");
    return QStringLiteral(
               "(select cast(%1 as %8) as ws, cast(%2 as %8) as we, cast(%3 as %8) as ps, "
               "cast(%4 as %8) as t, cast(%5 as %9) as te, cast(%6 as %10) as nd1, "
               "cast(%7 as %10) as nd2, ")
               .arg(ws, we, ps, t, te, nd1, nd2, stamp, sql.bigint())
               .arg(date) +
           QStringLiteral("cast(%1 as %4) as wse, cast(%2 as %4) as wee, cast(%3 as %4) as pse) b")
               .arg(wse, wee, pse, sql.bigint());
}

void setUnavailable(WeeklyReview &w, const QStringList &keys, const QString &reason)
{
    for (WeeklyReview::Metric &m : w.metrics) {
        if (keys.contains(m.key)) {
            m.available = false;
            m.unavailableReason = reason;
        }
    }
}

// The metrics could not be computed: "Could not be computed: cause", and the export fails.
void fail(WeeklyReview &w, const QStringList &keys, const QString &cause)
{
    setUnavailable(w, keys, couldNotBeComputed(cause));
    for (WeeklyReview::Metric &m : w.metrics) {
        if (keys.contains(m.key)) {
            m.failed = true;
            m.failureCause = cause;
        }
    }
}

WeeklyReview::Metric &metricRef(WeeklyReview &w, const QString &key)
{
    for (WeeklyReview::Metric &m : w.metrics) {
        if (m.key == key)
            return m;
    }
    Q_UNREACHABLE();
}

bool tableOr(const Session &session, WeeklyReview &w, const QString &table, const QStringList &keys)
{
    if (session.schema().hasTable(table))
        return true;
    setUnavailable(w, keys,
                   WeeklyReview::tr("Not available from this source (no %1 table).").arg(table));
    return false;
}

// One aggregate pass over a table for both weeks: "select AGGREGATES from b, (INNER) x", where
// INNER is the per-row select with %1 standing for the bound tenant id. The first
// 2 × keys.size() columns are, per key in order, this week's and last week's value. Returns the
// query positioned on its row (for further columns), or false with the keys marked unavailable.
bool weekPass(const Session &session, const SqlDialect &sql, WeeklyReview &w, const QString &table,
              const QStringList &keys, const QString &aggregates, const QString &inner,
              QSqlQuery &query)
{
    if (!tableOr(session, w, table, keys))
        return false;
    BoundQuery q;
    const QString bounds = boundsTable(q, sql, w);
    const QString tenant = q.bind(session.tenantId());
    q << QStringLiteral("select %1 from %2, (%3%4) x")
             .arg(aggregates, bounds, inner.arg(tenant), sql.computeOnce());
    w.queries << q.sql();
    QString error;
    if (!q.execOne(query, &error)) {
        fail(w, keys, error);
        return false;
    }
    for (qsizetype i = 0; i < keys.size(); ++i) {
        WeeklyReview::Metric &m = metricRef(w, keys.at(i));
        // Sums of money are exact or fail with that cause (counts are far inside the range).
        const Result<qint64> thisWeek = Money::fromSum(query.value(int(2 * i)));
        const Result<qint64> lastWeek = Money::fromSum(query.value(int(2 * i + 1)));
        if (!thisWeek.ok() || !lastWeek.ok()) {
            fail(w, {m.key}, thisWeek.ok() ? lastWeek.error() : thisWeek.error());
            continue;
        }
        m.thisWeek = thisWeek.value();
        m.lastWeek = lastWeek.value();
    }
    return true;
}

// "sum(case when COND and V >= b.ws and V < b.we and V <= b.t then X else 0 end), <same for
// last week>": a measure counted (X = 1) or summed in both weeks by the timestamp V.
QString twoWeeks(const QString &cond, const QString &v, const QString &x = QStringLiteral("1"))
{
    return QStringLiteral(
               "sum(case when %1 and %2 >= b.ws and %2 < b.we and %2 <= b.t then %3 else 0 end), "
               "sum(case when %1 and %2 >= b.ps and %2 < b.ws then %3 else 0 end)")
        .arg(cond, v, x);
}

void deals(const Session &session, const SqlDialect &sql, WeeklyReview &w, qint64 *plannedCount,
           std::optional<qint64> *plannedValue)
{
    const QString stage =
        QStringLiteral("coalesce(%1, 'new')").arg(sql.lowerText(QStringLiteral("stage")));
    QSqlQuery query(session.database());
    if (!weekPass(
            session, sql, w, QStringLiteral("deals"),
            {QStringLiteral("deals_won"), QStringLiteral("deals_won_value"),
             QStringLiteral("new_pipeline"), QStringLiteral("new_pipeline_value")},
            QStringList{
                twoWeeks(QStringLiteral("won"), QStringLiteral("c")),
                twoWeeks(QStringLiteral("won and sar"), QStringLiteral("c"),
                         QStringLiteral("coalesce(v, 0)")),
                twoWeeks(QStringLiteral("1 = 1"), QStringLiteral("cr")),
                twoWeeks(QStringLiteral("sar"), QStringLiteral("cr"),
                         QStringLiteral("coalesce(v, 0)")),
                QStringLiteral(
                    "sum(case when op and ecd >= b.nd1 and ecd <= b.nd2 then 1 else 0 end), "
                    "sum(case when op and ecd >= b.nd1 and ecd <= b.nd2 and sar then coalesce(v, "
                    "0) else 0 end)"),
                // Amounts left out of the sums (SAR deals won or created in either week, or
                // expected next week): not a number, negative, outside the exact range.
                QStringLiteral("sum(case when %1 and ms = 1 then 1 else 0 end), sum(case when %1 "
                               "and ms = 2 then 1 else 0 end), sum(case when %1 and ms = 3 then "
                               "1 else 0 end)")
                    .arg(QStringLiteral(
                        "sar and ((won and c >= b.ps and c < b.we and c <= b.t) or (cr >= b.ps "
                        "and cr < b.we and cr <= b.t) or (op and ecd >= b.nd1 and ecd <= "
                        "b.nd2))"))}
                .join(QLatin1String(", ")),
            QStringLiteral(
                "select %2 = 'closed_won' as won, %2 not in ('closed_won', 'closed_lost') as op, "
                "%3 as c, %4 as cr, %5 as v, %6 as ms, coalesce(upper(currency), 'SAR') = 'SAR' "
                "as sar, expected_close_date as ecd from deals where tenant_id = %1")
                .arg(QStringLiteral("%1"), stage, sql.timeKey(QStringLiteral("closed_at")),
                     sql.timeKey(QStringLiteral("created_at")),
                     sql.validHalalas(QStringLiteral("value")),
                     sql.moneyState(QStringLiteral("value"))),
            query))
        return;
    *plannedCount = query.value(8).toLongLong();
    const Result<qint64> planned = Money::fromSum(query.value(9));
    w.nonNumericValues = query.value(10).toInt();
    w.negativeValues = query.value(11).toInt();
    const int outOfRange = query.value(12).toInt();
    const QStringList money = {QStringLiteral("deals_won_value"),
                               QStringLiteral("new_pipeline_value")};
    if (outOfRange > 0) {
        fail(w, money, Money::outOfRangeCause(outOfRange));
        return;
    }
    if (!planned.ok()) {
        fail(w, money, planned.error());
        return;
    }
    *plannedValue = planned.value();
}

void approvals(const Session &session, const SqlDialect &sql, WeeklyReview &w)
{
    // A breach is a deadline that passed (before as-of) without a decision by then.
    const QString breach =
        QStringLiteral("sum(case when dl >= b.wse and dl < b.wee and dl < b.te and "
                       "(rve is null or rve > dl) then 1 else 0 end), "
                       "sum(case when dl >= b.pse and dl < b.wse and dl < b.te and "
                       "(rve is null or rve > dl) then 1 else 0 end)");
    QSqlQuery query(session.database());
    weekPass(session, sql, w, QStringLiteral("approval_requests"),
             {QStringLiteral("approvals_decided"), QStringLiteral("sla_breaches")},
             twoWeeks(QStringLiteral("dec"), QStringLiteral("rv")) + QStringLiteral(", ") + breach,
             QStringLiteral("select %2 in ('approved', 'rejected') as dec, %5 as rv, %3 as rve, "
                            "%4 as dl from approval_requests where tenant_id = %1")
                 .arg(QStringLiteral("%1"), sql.lowerText(QStringLiteral("status")),
                      sql.epochSeconds(QStringLiteral("reviewed_at")),
                      ApprovalSla::deadlineSeconds(session, sql),
                      sql.timeKey(QStringLiteral("reviewed_at"))),
             query);
}

void contradictions(const Session &session, const SqlDialect &sql, WeeklyReview &w)
{
    QSqlQuery query(session.database());
    weekPass(session, sql, w, QStringLiteral("contradictions"),
             {QStringLiteral("contradictions_opened"), QStringLiteral("contradictions_resolved")},
             twoWeeks(QStringLiteral("1 = 1"), QStringLiteral("cr")) + QStringLiteral(", ") +
                 twoWeeks(QStringLiteral("closed"), QStringLiteral("rs")),
             QStringLiteral("select %2 as cr, %3 as rs, %4 in ('RESOLVED', 'ACCEPTED') as closed "
                            "from contradictions where tenant_id = %1")
                 .arg(QStringLiteral("%1"), sql.timeKey(QStringLiteral("created_at")),
                      sql.timeKey(QStringLiteral("resolved_at")),
                      sql.upperText(QStringLiteral("status"))),
             query);
}

// A control's status "changed" when a check result differs from that control's previous result
// (compliance_scan_results, written by the live checks). Dealix itself keeps no history.
void controls(const Session &session, const SqlDialect &sql, WeeklyReview &w)
{
    QSqlQuery query(session.database());
    weekPass(
        session, sql, w, QStringLiteral("compliance_scan_results"),
        {QStringLiteral("controls_changed")},
        QStringLiteral(
            "count(distinct case when changed and ch >= b.ws and ch < b.we and ch <= b.t then "
            "control_id end), "
            "count(distinct case when changed and ch >= b.ps and ch < b.ws then control_id end)"),
        QStringLiteral(
            "select control_id, ch, prev is not null and prev <> s as changed from (select "
            "control_id, "
            "%2 as ch, %3 as s, lag(%3) over (partition by control_id order by %2) as prev "
            "from compliance_scan_results where tenant_id = %1) r")
            .arg(QStringLiteral("%1"), sql.timeKey(QStringLiteral("checked_at")),
                 sql.upperText(QStringLiteral("status"))),
        query);
}

// Connector failures from integration_sync_states: a connector whose last attempt fell in the
// week and did not succeed (status error or degraded, no success at or after that attempt).
// The table keeps only the latest attempt, so an earlier week sees only connectors not tried since.
void connectors(const Session &session, const SqlDialect &sql, WeeklyReview &w,
                QStringList *inError)
{
    const QStringList keys = {QStringLiteral("connector_failures")};
    if (!tableOr(session, w, QStringLiteral("integration_sync_states"), keys))
        return;
    BoundQuery q;
    const QString bounds = boundsTable(q, sql, w);
    const QString tenant = q.bind(session.tenantId());
    q << QStringLiteral(
             "select k, st, err, "
             "case when failed and la >= b.ws and la < b.we and la <= b.t then 1 else 0 end, "
             "case when failed and la >= b.ps and la < b.ws then 1 else 0 end "
             "from %1, (select %2 as k, %3 as st, last_error as err, %4 as la, "
             "%3 in ('error', 'degraded') and (%5 is null or %5 < %4) as failed "
             "from integration_sync_states where tenant_id = %6) c order by k")
             .arg(bounds, sql.lowerText(QStringLiteral("connector_key")),
                  sql.lowerText(QStringLiteral("status")),
                  sql.timeKey(QStringLiteral("last_attempt_at")),
                  sql.timeKey(QStringLiteral("last_success_at")), tenant);
    QSqlQuery query(session.database());
    w.queries << q.sql();
    QString error;
    if (!q.exec(query, &error)) {
        fail(w, keys, error);
        return;
    }
    WeeklyReview::Metric &m = metricRef(w, QStringLiteral("connector_failures"));
    while (query.next()) {
        m.thisWeek += query.value(3).toLongLong();
        m.lastWeek += query.value(4).toLongLong();
        if (query.value(1).toString() == QLatin1String("error")) {
            // The connector by name (the catalogue's), its error as data.
            const QString name =
                Labels::text(Labels::Kind::ConnectorKey, query.value(0).toString());
            const QString err = query.value(2).toString();
            *inError << (err.isEmpty()
                             ? name
                             : QStringLiteral("%1 (%2)").arg(name, DisplayText::isolate(err)));
        }
    }
    if (!BoundQuery::finished(query, &error)) {
        m.thisWeek = m.lastWeek = 0;
        inError->clear();
        fail(w, keys, error);
    }
}

void decisions(const Session &session, const SqlDialect &sql, WeeklyReview &w,
               QStringList *breached)
{
    if (session.schema().hasTable(QStringLiteral("approval_requests"))) {
        BoundQuery q;
        const QString tenant = q.bind(session.tenantId());
        q.bind(sql.timeKey(w.asOf)); // the two placeholders of pendingAt()
        q.bind(sql.timeKey(w.asOf));
        // Decisions: critical and high requests pending at as-of; blockers: every one past its SLA.
        q << QStringLiteral("select id, resource_type, cat, pr, created_at, dl from (select id, "
                            "resource_type, "
                            "%1 as cat, %2 as pr, created_at, %3 as dl from approval_requests "
                            "where tenant_id = %4 and %5) p order by "
                            "case pr when 'critical' then 0 when 'high' then 1 when 'normal' then "
                            "2 else 3 end, "
                            "created_at, id")
                 .arg(ApprovalSla::category(session, sql), ApprovalSla::priority(session, sql),
                      ApprovalSla::deadlineSeconds(session, sql), tenant,
                      ApprovalSla::pendingAt(sql));
        w.queries << q.sql();
        QSqlQuery query(session.database());
        QString error;
        if (!q.exec(query, &error))
            w.failedParts << QStringLiteral("decisions_required: %1").arg(error);
        else {
            const qint64 t = w.asOf.toSecsSinceEpoch();
            while (query.next()) {
                const QString priority = query.value(3).toString();
                const QDateTime deadline =
                    QDateTime::fromSecsSinceEpoch(query.value(5).toLongLong(), Qt::UTC);
                // The machine title (JSON, CSV) and the one for people (the blocker line).
                const QString title = QStringLiteral("%1 · %2").arg(query.value(1).toString(),
                                                                    query.value(2).toString());
                const WeeklyReview::Decision decision{
                    QStringLiteral("approval"),
                    Session::readId(query.value(0)),
                    title,
                    priority,
                    Session::readTime(query.value(4)),
                    deadline,
                    query.value(1).toString().trimmed().toLower(),
                    query.value(2).toString().trimmed().toLower()};
                if (priority == QLatin1String("critical") || priority == QLatin1String("high"))
                    w.decisionsRequired.append(decision);
                if (query.value(5).toLongLong() < t)
                    // One arg() call: the title is data and may itself contain "%1".
                    *breached << WeeklyReview::tr("Approval %1 overdue by %Ln h", nullptr,
                                                  int((t - query.value(5).toLongLong()) / 3600))
                                     .arg(decision.titleText());
            }
            if (!BoundQuery::finished(query, &error))
                w.failedParts << QStringLiteral("decisions_required: %1").arg(error);
        }
    }
    if (session.schema().hasTable(QStringLiteral("contradictions"))) {
        BoundQuery q;
        const QString tenant = q.bind(session.tenantId());
        q << QStringLiteral(
                 "select id, claim_a, claim_b, created_at from contradictions where tenant_id = %1 "
                 "and %2 in ('DETECTED', 'REVIEWING') and %3 = 'CRITICAL' order by created_at, id")
                 .arg(tenant, sql.upperText(QStringLiteral("status")),
                      sql.upperText(QStringLiteral("severity")));
        w.queries << q.sql();
        QSqlQuery query(session.database());
        QString error;
        if (!q.exec(query, &error))
            w.failedParts << QStringLiteral("decisions_required: %1").arg(error);
        else {
            while (query.next())
                w.decisionsRequired.append(
                    {QStringLiteral("contradiction"), Session::readId(query.value(0)),
                     QStringLiteral("%1 ↔ %2").arg(query.value(1).toString(),
                                                   query.value(2).toString()),
                     QStringLiteral("critical"), Session::readTime(query.value(3)), QDateTime(),
                     QString(), QString()});
            if (!BoundQuery::finished(query, &error))
                w.failedParts << QStringLiteral("decisions_required: %1").arg(error);
        }
    }
}

QJsonValue json(const WeeklyReview::Metric &m, qint64 v)
{
    if (!m.available)
        return QJsonValue();
    return m.unit == WeeklyReview::Unit::Money ? Money::toJson(v) : QJsonValue(double(v));
}

} // namespace

QString WeeklyReview::Metric::label() const
{
    if (key == QLatin1String("deals_won"))
        return tr("Deals won");
    if (key == QLatin1String("deals_won_value"))
        return tr("Value won");
    if (key == QLatin1String("new_pipeline"))
        return tr("New deals");
    if (key == QLatin1String("new_pipeline_value"))
        return tr("New pipeline value");
    if (key == QLatin1String("approvals_decided"))
        return tr("Approvals decided");
    if (key == QLatin1String("sla_breaches"))
        return tr("SLA breaches");
    if (key == QLatin1String("contradictions_opened"))
        return tr("Contradictions opened");
    if (key == QLatin1String("contradictions_resolved"))
        return tr("Contradictions resolved");
    if (key == QLatin1String("controls_changed"))
        return tr("Controls whose status changed");
    if (key == QLatin1String("connector_failures"))
        return tr("Connector failures");
    return key;
}

QStringList WeeklyReview::failures() const
{
    QStringList list = current.failures();
    for (const Metric &m : metrics) {
        if (m.failed)
            list << QStringLiteral("%1: %2").arg(m.key, m.failureCause);
    }
    return list + failedParts;
}

const WeeklyReview::Metric *WeeklyReview::metric(const QString &key) const
{
    for (const Metric &m : metrics) {
        if (m.key == key)
            return &m;
    }
    return nullptr;
}

QDate WeeklyReview::weekOf() const
{
    return week.start.toTimeZone(Periods::zone(tenant.timeZone)).date();
}

QList<WeeklyReview::Metric> WeeklyReview::metricDefinitions()
{
    QList<Metric> metrics;
    const struct {
        const char *key;
        Unit unit;
        bool higherIsBetter;
    } definitions[] = {
        {"deals_won", Unit::Count, true},
        {"deals_won_value", Unit::Money, true},
        {"new_pipeline", Unit::Count, true},
        {"new_pipeline_value", Unit::Money, true},
        {"approvals_decided", Unit::Count, true},
        {"sla_breaches", Unit::Count, false},
        {"contradictions_opened", Unit::Count, false},
        {"contradictions_resolved", Unit::Count, true},
        {"controls_changed", Unit::Count, true},
        {"connector_failures", Unit::Count, false},
    };
    for (const auto &d : definitions) {
        Metric m;
        m.key = QString::fromLatin1(d.key);
        m.unit = d.unit;
        m.higherIsBetter = d.higherIsBetter;
        metrics << m;
    }
    return metrics;
}

bool WeeklyReview::compute(const Session &session, const QDateTime &asOf, WeeklyReview *out,
                           QString *error, const ComplianceLive *live,
                           const ExecutiveSnapshot *current)
{
    // A Dealix server: its weekly pack (weeklyreviewrest.cpp).
    if (session.isRest())
        return computeRest(session, asOf, out, error);
    WeeklyReview w;
    w.asOf = asOf.toUTC();
    w.generatedAt = QDateTime::currentDateTimeUtc();
    w.source = session.url().toDisplayString();
    w.tenant = session.tenant();
    const QTimeZone zone = Periods::zone(w.tenant.timeZone);
    w.week = Periods::saudiWeek(w.asOf, zone);
    w.previousWeek = Periods::saudiWeek(w.week.start.addSecs(-1), zone);
    // The current state (RAG, risks, synergy) is the Executive Room's all-time snapshot.
    if (current && current->period == Period::AllTime && current->asOf == w.asOf &&
        current->tenant.id == session.tenantId())
        w.current = *current;
    else if (!ExecutiveSnapshot::compute(session, Period::AllTime, w.asOf, &w.current, error, live))
        return false;
    w.metrics = metricDefinitions();
    const SqlDialect sql(session);
    qint64 plannedCount = 0;
    std::optional<qint64> plannedValue; // none when the amounts could not be summed
    QStringList connectorsInError;
    QStringList breached;
    deals(session, sql, w, &plannedCount, &plannedValue);
    approvals(session, sql, w);
    contradictions(session, sql, w);
    controls(session, sql, w);
    connectors(session, sql, w, &connectorsInError);
    decisions(session, sql, w, &breached);
    // Each control counts with its live result where the check can assess it, else with its
    // stored status; a control whose stored status the data contradicts is named.
    const ExecutiveSnapshot &c = w.current;
    const ComplianceLive &checks = c.compliance.live;
    QStringList nonCompliant;
    QStringList contradicted;       // the controls' ids, for the RAG's reason
    QStringList contradictedDetail; // each with both sides, for the risk summary
    for (const auto &[controlId, stored] : c.compliance.controls) {
        if (checks.effective(controlId, stored) == QLatin1String("non_compliant"))
            nonCompliant << controlId;
        if (checks.disagrees(controlId, stored)) {
            contradicted << controlId;
            contradictedDetail << tr("%1: records %2, data %3")
                                      .arg(
                                          controlId, ComplianceMatrix::statusText(stored),
                                          ComplianceMatrix::statusText(checks.assessed(controlId)));
        }
    }
    const int nonCompliantCount =
        checks.ran ? c.compliance.livePosture.nonCompliant : c.compliance.nonCompliant;
    const int partialCount = checks.ran ? c.compliance.livePosture.partial : c.compliance.partial;

    // overall_rag (README "Rules: Figures"): red if any SLA breach, any active critical
    // contradiction or any non-compliant control (live where assessed, else stored); amber if any
    // SLA warning, partial control or control whose stored status the data contradicts; else green.
    if (c.approvals.available && c.approvals.breach > 0)
        w.ragReasons << tr("Approvals past their SLA: %1").arg(Format::integer(c.approvals.breach));
    if (c.contradictions.available && c.contradictions.critical > 0)
        w.ragReasons << tr("Active critical contradictions: %1")
                            .arg(Format::integer(c.contradictions.critical));
    if (c.compliance.available && nonCompliantCount > 0)
        w.ragReasons << tr("Non-compliant controls: %1").arg(Format::integer(nonCompliantCount));
    const bool red = !w.ragReasons.isEmpty();
    // Said whatever the colour: the records and the data disagree.
    if (c.compliance.available && !contradicted.isEmpty())
        w.ragReasons << tr("Dealix's records disagree with the data as of %1: %2")
                            .arg(Format::dateTime(checks.asOf, Periods::zone(w.tenant.timeZone)),
                                 Format::list(contradicted));
    // A live check that failed is no evidence either way: named, and the week is not green.
    if (c.compliance.available && !checks.failures().isEmpty())
        w.ragReasons << checks.failureText();
    // Missing inputs never make a week green: they are named and hold the RAG at amber.
    // A section that failed is not a table this source lacks: the two are named apart.
    QStringList missing;
    QStringList failedInputs;
    // Named in words, not by their table names (the tooltip of the data source says which
    // tables).
    const std::pair<const ExecutiveSnapshot::Section *, QString> inputs[] = {
        {&c.approvals, tr("approval requests")},
        {&c.contradictions, tr("contradictions")},
        {&c.compliance, tr("compliance controls")}};
    for (const auto &[section, table] : inputs) {
        if (section->failed)
            failedInputs << table;
        else if (!section->available)
            missing << table;
    }
    if (!red) {
        if (c.approvals.available && c.approvals.warning > 0)
            w.ragReasons << tr("Approvals within %Ln hours of their SLA: %1", nullptr,
                               int(ExecutiveSnapshot::WarningWindowSec / 3600))
                                .arg(Format::integer(c.approvals.warning));
        if (c.compliance.available && partialCount > 0)
            w.ragReasons
                << tr("Partially compliant controls: %1").arg(Format::integer(partialCount));
    }
    if (!red && !missing.isEmpty())
        w.ragReasons << tr("Not available from this source: %1").arg(Format::list(missing));
    if (!red && !failedInputs.isEmpty())
        w.ragReasons << couldNotBeComputed(Format::list(failedInputs));
    w.overallRag = red                      ? QStringLiteral("red")
                   : w.ragReasons.isEmpty() ? QStringLiteral("green")
                                            : QStringLiteral("amber");

    if (c.approvals.available && c.approvals.breach > 0)
        w.riskSummary
            << tr("Approvals past their SLA: %1").arg(Format::integer(c.approvals.breach));
    if (!nonCompliant.isEmpty())
        w.riskSummary << tr("Non-compliant controls: %1").arg(Format::list(nonCompliant));
    // Where the records and the data disagree, both sides, one control per line (the RAG's
    // reason above names them only, so that the banner stays short).
    w.riskSummary << contradictedDetail;
    if (c.contradictions.available && c.contradictions.critical > 0)
        w.riskSummary << tr("Active critical contradictions: %1")
                             .arg(Format::integer(c.contradictions.critical));
    if (!connectorsInError.isEmpty())
        w.riskSummary << tr("Connectors in error: %1").arg(Format::list(connectorsInError));
    // Against the target, where one is set: Dealix's variance_percent (actual against a
    // forecast that contains the actual) is below zero whenever a deal is open, so it is no risk.
    if (c.revenue.available && c.revenue.forecastVsTargetPercent &&
        *c.revenue.forecastVsTargetPercent < -10.0)
        w.riskSummary << tr("Revenue forecast %1 below target")
                             .arg(Format::percent(-*c.revenue.forecastVsTargetPercent, 1));

    w.blockers = breached;
    for (const QString &connector : std::as_const(connectorsInError))
        w.blockers << tr("Connector in error: %1").arg(connector);

    const Metric *won = w.metric(QStringLiteral("deals_won"));
    const Metric *wonValue = w.metric(QStringLiteral("deals_won_value"));
    if (won->available && won->thisWeek > 0)
        w.completedThisWeek << (wonValue->available ? tr("Deals won: %1, worth %2")
                                                          .arg(Format::integer(won->thisWeek),
                                                               Money::display(wonValue->thisWeek))
                                                    : tr("Deals won: %1 (value not available)")
                                                          .arg(Format::integer(won->thisWeek)));
    const Metric *decided = w.metric(QStringLiteral("approvals_decided"));
    if (decided->available && decided->thisWeek > 0)
        w.completedThisWeek << tr("Approvals decided: %1").arg(Format::integer(decided->thisWeek));
    const Metric *resolved = w.metric(QStringLiteral("contradictions_resolved"));
    if (resolved->available && resolved->thisWeek > 0)
        w.completedThisWeek
            << tr("Contradictions resolved: %1").arg(Format::integer(resolved->thisWeek));
    if (plannedCount > 0)
        w.plannedNextWeek << (plannedValue ? tr("Deals expected to close: %1, worth %2")
                                                 .arg(Format::integer(plannedCount),
                                                      Money::display(*plannedValue))
                                           : tr("Deals expected to close: %1 (value not available)")
                                                 .arg(Format::integer(plannedCount)));
    if (!w.decisionsRequired.isEmpty())
        w.plannedNextWeek << tr("Decisions waiting for the executive: %1")
                                 .arg(Format::integer(w.decisionsRequired.size()));

    if (c.revenue.available) {
        w.synergyActual = c.revenue.actual;
        w.synergyTarget = c.revenue.forecast();
    }
    *out = w;
    return true;
}

QString WeeklyReview::Decision::titleText() const
{
    if (type != QLatin1String("approval"))
        return title;
    // "Strategic deal (General)": the category qualifies the kind of request, so a line that
    // lists the priority and the due date does not read it as one more item.
    return tr("%1 (%2)").arg(Labels::text(Labels::Kind::ResourceType, resourceType),
                             Labels::text(Labels::Kind::ApprovalCategory, category));
}

QJsonObject WeeklyReview::toJson() const
{
    QJsonObject changes;
    for (const Metric &m : metrics) {
        QJsonObject o{{QStringLiteral("this_week"), json(m, m.thisWeek)},
                      {QStringLiteral("last_week"), json(m, m.lastWeek)},
                      {QStringLiteral("change"), json(m, m.change())},
                      {QStringLiteral("unit"),
                       m.unit == Unit::Money ? QStringLiteral("SAR") : QStringLiteral("count")}};
        if (!m.available)
            o.insert(QStringLiteral("reason"), m.unavailableReason);
        changes.insert(m.key, o);
    }
    QJsonArray decisionArray;
    for (const Decision &d : decisionsRequired) {
        decisionArray.append(QJsonObject{
            {QStringLiteral("type"), d.type},
            {QStringLiteral("id"), d.id},
            {QStringLiteral("title"), d.title},
            {QStringLiteral("priority"), d.priority},
            {QStringLiteral("since"), d.since.toString(Qt::ISODate)},
            {QStringLiteral("deadline"),
             d.deadline.isValid() ? QJsonValue(d.deadline.toString(Qt::ISODate)) : QJsonValue()}});
    }
    if (overRest())
        return restJson();
    return QJsonObject{
        {QStringLiteral("week_of"), weekOf().toString(Qt::ISODate)},
        {QStringLiteral("week_start"), week.start.toString(Qt::ISODate)},
        {QStringLiteral("week_end"), week.end.toString(Qt::ISODate)},
        {QStringLiteral("overall_rag"), overallRag},
        {QStringLiteral("rag_reasons"), QJsonArray::fromStringList(ragReasons)},
        {QStringLiteral("changes"), changes},
        {QStringLiteral("completed_this_week"), QJsonArray::fromStringList(completedThisWeek)},
        {QStringLiteral("planned_next_week"), QJsonArray::fromStringList(plannedNextWeek)},
        {QStringLiteral("blockers"), QJsonArray::fromStringList(blockers)},
        {QStringLiteral("decisions_required"), decisionArray},
        {QStringLiteral("risk_summary"), QJsonArray::fromStringList(riskSummary)},
        {QStringLiteral("synergy_actual_sar"), Money::toJson(synergyActual)},
        {QStringLiteral("synergy_target_sar"), Money::toJson(synergyTarget)},
        {QStringLiteral("deals_with_non_numeric_value"), nonNumericValues},
        {QStringLiteral("deals_with_negative_value"), negativeValues},
        {QStringLiteral("failures"), QJsonArray::fromStringList(failures())},
        {QStringLiteral("people_update"), QJsonValue()},
        {QStringLiteral("provenance"),
         QJsonObject{
             {QStringLiteral("generated_at"), generatedAt.toString(Qt::ISODateWithMs)},
             {QStringLiteral("generated_by"), QStringLiteral("dealix-desk " DEALIX_VERSION)},
             {QStringLiteral("source"), source},
             {QStringLiteral("tenant_id"), tenant.id},
             {QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
             {QStringLiteral("queries"), QJsonArray::fromStringList(queries)}}},
    };
}

QByteArray WeeklyReview::toCsv() const
{
    auto text = [](const Metric &m, qint64 v) {
        if (!m.available)
            return CsvWriter::Cell();
        if (m.unit == Unit::Count)
            return CsvWriter::number(v);
        return CsvWriter::number(Money::plainText(v));
    };
    CsvWriter csv;
    csv.addRow({QStringLiteral("metric"), QStringLiteral("this_week"), QStringLiteral("last_week"),
                QStringLiteral("change"), QStringLiteral("unit")});
    for (const Metric &m : metrics)
        csv.addRow({m.key, text(m, m.thisWeek), text(m, m.lastWeek), text(m, m.change()),
                    m.unit == Unit::Money ? QStringLiteral("SAR") : QStringLiteral("count")});
    csv.addRow({});
    csv.addRow({QStringLiteral("overall_rag"), overallRag});
    for (const QString &r : ragReasons)
        csv.addRow({QStringLiteral("rag_reason"), r});
    for (const Decision &d : decisionsRequired)
        csv.addRow({QStringLiteral("decision_required"), d.type, d.priority, d.title, d.id});
    for (const QString &r : riskSummary)
        csv.addRow({QStringLiteral("risk"), r});
    for (const QString &b : blockers)
        csv.addRow({QStringLiteral("blocker"), b});
    return csv.data();
}
