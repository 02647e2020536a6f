#include "models/executive/executivesnapshot.h"

#include "models/approvals/approvalqueue.h"
#include "models/approvals/approvalsla.h"
#include "models/compliance/complianceposture.h"
#include "models/core/csvwriter.h"
#include "models/core/money.h"
#include "models/core/result.h"
#include "models/forecast/revenueforecast.h"
#include "models/source/boundquery.h"
#include "models/source/knownconnectors.h"
#include "models/source/sqldialect.h"

#include <QJsonArray>
#include <QLocale>
#include <QSqlQuery>

#include <cmath>
#include <cstdlib>

namespace {

std::optional<double> oneDecimal(double numerator, double denominator)
{
    if (denominator == 0)
        return std::nullopt;
    return std::round(1000.0 * numerator / denominator) / 10.0;
}

QJsonValue optional(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

// Marks a section unavailable when its table is missing; returns false then.
bool requireTable(const Session &session, const QString &table, ExecutiveSnapshot::Section *s)
{
    if (session.schema().hasTable(table))
        return true;
    s->available = false;
    s->unavailableReason =
        ExecutiveSnapshot::tr("Not available from this source (no %1 table).").arg(table);
    return false;
}

// The section could not be computed: said with its cause, never shown as zero.
void fail(ExecutiveSnapshot::Section *s, const QString &cause)
{
    s->available = false;
    s->failed = true;
    s->failureCause = cause;
    s->unavailableReason = couldNotBeComputed(cause);
}

// The previous period's actual and win rate (ExecutiveSnapshot::Revenue::previous): one more
// aggregate over the deals closed in it. False when the section failed.
bool computePrevious(const Session &session, const SqlDialect &sql, const ExecutiveSnapshot &snap,
                     ExecutiveSnapshot::Revenue *r)
{
    if (snap.range.isAllTime()) {
        r->previousUnavailable = ExecutiveSnapshot::tr("all time has no previous period");
        return true;
    }
    ExecutiveSnapshot::Revenue::Previous p;
    // The whole period before: from its first instant to the first instant of this one.
    const QTimeZone zone = Periods::zone(session.tenant().timeZone);
    p.range.end = snap.range.start;
    p.range.start = Periods::range(snap.period, snap.range.start.addSecs(-1), zone).start;
    BoundQuery q;
    const QString closed = sql.timeKey(QStringLiteral("closed_at"));
    const QString stage =
        QStringLiteral("coalesce(%1, 'new')").arg(sql.lowerText(QStringLiteral("stage")));
    const QString tenant = q.bind(session.tenantId());
    const QString at = q.bind(sql.timeKey(snap.asOf));
    const QString start = q.bind(sql.timeKey(p.range.start));
    const QString end = q.bind(sql.timeKey(p.range.end));
    q << QStringLiteral("select count(*), "
                        "sum(case when st = 'closed_won' and cur = 'SAR' then v end), "
                        "sum(case when st = 'closed_won' then 1 else 0 end), "
                        "sum(case when st = 'closed_lost' then 1 else 0 end), "
                        "sum(case when st = 'closed_won' and cur = 'SAR' and ms = 3 "
                        "then 1 else 0 end) "
                        "from (select coalesce(upper(currency), 'SAR') as cur, %1 as st, "
                        "%2 as v, %3 as ms from deals where tenant_id = %4 and %5 and "
                        "%6 >= %7 and %6 < %8%9) d")
             .arg(stage, sql.validHalalas(QStringLiteral("value")),
                  sql.moneyState(QStringLiteral("value")), tenant,
                  sql.existedBy(QStringLiteral("created_at"), at), closed, start, end,
                  sql.computeOnce());
    r->previousQuery = q.sql();
    QSqlQuery query(session.database());
    QString error;
    if (!q.exec(query, &error)) {
        fail(r, error);
        return false;
    }
    Money::ExactSums sums;
    int outOfRange = 0;
    if (query.next()) {
        r->rows += query.value(0).toLongLong();
        p.actual = sums.add(query.value(1));
        p.won = query.value(2).toInt();
        p.lost = query.value(3).toInt();
        outOfRange = query.value(4).toInt();
    }
    if (!BoundQuery::finished(query, &error)) {
        fail(r, error);
        return false;
    }
    if (outOfRange > 0) {
        fail(r, Money::outOfRangeCause(outOfRange));
        return false;
    }
    if (!sums.ok()) {
        fail(r, sums.error());
        return false;
    }
    p.winRate = oneDecimal(p.won, p.won + p.lost);
    if (p.actual != 0)
        r->actualChangePercent = oneDecimal(double(r->actual - p.actual), double(p.actual));
    if (r->winRate && p.winRate)
        r->winRateChangePoints = std::round(10.0 * (*r->winRate - *p.winRate)) / 10.0;
    r->previous = p;
    return true;
}

void computeRevenue(const Session &session, const SqlDialect &sql, const ExecutiveSnapshot &snap,
                    ExecutiveSnapshot::Revenue *r)
{
    if (!requireTable(session, QStringLiteral("deals"), r))
        return;
    // One pass: an inner select reads each deal once (stage, halalas, probability, whether it
    // closed in the period), the outer one aggregates per currency.
    BoundQuery q;
    // Won and lost deals count when closed in the period (up to as-of); all time also takes
    // closed deals without a closing date. Values are bound in the order their placeholders
    // appear (one bind() per statement: the evaluation order of function arguments is
    // unspecified).
    // Instants on both sides (SqlDialect::timeKey), never stored text: a closing time stored as
    // "2026-10-31T23:30:00+03:00" is October in Riyadh whatever its text sorts like.
    const QString closed = sql.timeKey(QStringLiteral("closed_at"));
    QString inPeriod;
    if (snap.range.isAllTime()) {
        const QString end = q.bind(sql.timeKey(snap.range.end));
        inPeriod = QStringLiteral("(closed_at is null or %1 < %2)").arg(closed, end);
    } else {
        const QString start = q.bind(sql.timeKey(snap.range.start));
        const QString end = q.bind(sql.timeKey(snap.range.end));
        inPeriod = QStringLiteral("(%1 >= %2 and %1 < %3)").arg(closed, start, end);
    }
    // The calendar months the period names, in the tenant's zone: the whole month, quarter or
    // year (its target and its period-scoped forecast), or every month up to as-of's for all
    // time.
    const QTimeZone zone = Periods::zone(session.tenant().timeZone);
    const QDate last = snap.asOf.toTimeZone(zone).date();
    QDate from;
    QDate to(last.year(), last.month(), 1);
    if (!snap.range.isAllTime()) {
        const QDate start = snap.range.start.toTimeZone(zone).date();
        from = QDate(start.year(), start.month(), 1);
        const int months = snap.period == Period::Month     ? 1
                           : snap.period == Period::Quarter ? 3
                                                            : 12;
        to = from.addMonths(months - 1);
    }
    // The open deals the period's forecast takes: those expected to close in the period, by
    // the Forecast surface's own month rule (RevenueForecast::expectedIn). All time takes every
    // open deal (also those without an expected close date, which fall in no period).
    const bool scheduled =
        session.schema().hasColumn(QStringLiteral("deals"), QStringLiteral("expected_close_date"));
    QString expectedInPeriod = QStringLiteral("1 = 1");
    if (!snap.range.isAllTime())
        expectedInPeriod = scheduled ? RevenueForecast::expectedIn(&q, from, to.addMonths(1))
                                     : QStringLiteral("1 = 0");
    const QString tenant = q.bind(session.tenantId());
    const QString at = q.bind(sql.timeKey(snap.asOf));
    const QString weighted = sql.weightedCenti(QStringLiteral("v"), QStringLiteral("probability"));
    q << QStringLiteral(
             "select cur, count(*), "
             "sum(case when st = 'closed_won' and inp then v end), "
             "sum(case when st = 'closed_won' and inp then 1 else 0 end), "
             "sum(case when st = 'closed_lost' and inp then 1 else 0 end), "
             "sum(case when op then v end), "
             "sum(case when op and ps = 0 then %9 end), "
             "sum(case when op then 1 else 0 end), "
             "sum(case when (op or (st = 'closed_won' and inp)) and ms is null then 1 else 0 end), "
             "sum(case when (op or (st = 'closed_won' and inp)) and ms = 1 then 1 else 0 end), "
             "sum(case when (op or (st = 'closed_won' and inp)) and ms = 2 then 1 else 0 end), "
             "sum(case when (op or (st = 'closed_won' and inp)) and ms = 3 then 1 else 0 end), "
             "sum(case when op and ps = 0 and ep then %9 end), "
             "sum(case when op and ms = 0 and ps = 1 then 1 else 0 end) "
             "from (select coalesce(upper(currency), 'SAR') as cur, %1 as st, %2 as v, "
             "%8 as ms, probability, %10 as ps, "
             "%3 as inp, %11 as ep, %4 not in ('closed_won', 'closed_lost') as op "
             "from deals where tenant_id = %5 and %6%7) d group by cur")
             .arg(QStringLiteral("coalesce(%1, 'new')").arg(sql.lowerText(QStringLiteral("stage"))),
                  sql.validHalalas(QStringLiteral("value")), inPeriod,
                  QStringLiteral("coalesce(%1, 'new')").arg(sql.lowerText(QStringLiteral("stage"))),
                  tenant, sql.existedBy(QStringLiteral("created_at"), at), sql.computeOnce(),
                  sql.moneyState(QStringLiteral("value")), weighted)
             .arg(sql.percentState(QStringLiteral("probability")), expectedInPeriod);
    r->query = q.sql();
    QSqlQuery query(session.database());
    QString error;
    if (!q.exec(query, &error))
        return fail(r, error);
    Money::ExactSums sums;
    int outOfRange = 0;
    qint64 periodOpenCenti = 0;
    while (query.next()) {
        const QString currency = query.value(0).toString();
        r->rows += query.value(1).toLongLong();
        const int wonCount = query.value(3).toInt();
        const int openCount = query.value(7).toInt();
        r->won += wonCount;
        r->lost += query.value(4).toInt();
        r->open += openCount;
        r->nullValues += query.value(8).toInt();
        if (currency == QLatin1String("SAR")) {
            r->actual += sums.add(query.value(2));
            r->pipeline += sums.add(query.value(5));
            r->forecastCenti += sums.addCenti(query.value(6));
            r->nonNumericValues += query.value(9).toInt();
            r->negativeValues += query.value(10).toInt();
            outOfRange += query.value(11).toInt();
            periodOpenCenti += sums.addCenti(query.value(12));
            r->badProbabilities += query.value(13).toInt();
        } else if (wonCount + openCount > 0) {
            r->otherCurrencies[currency] += wonCount + openCount;
        }
    }
    // SQLite meets an overflowing SUM while stepping to the group's row: next() then stops
    // early, and only lastError() tells an error from the end.
    if (!BoundQuery::finished(query, &error))
        return fail(r, error);
    if (outOfRange > 0)
        return fail(r, Money::outOfRangeCause(outOfRange));
    if (!sums.ok())
        return fail(r, sums.error());
    r->forecastCenti += r->actual * 100;
    if (r->forecast() > Money::MaxExact)
        return fail(r, Money::totalOutOfRangeCause(ExecutiveSnapshot::tr("forecast")));
    if (snap.range.isAllTime())
        r->periodForecastCenti = r->forecastCenti;
    else if (scheduled)
        r->periodForecastCenti = r->actual * 100 + periodOpenCenti;
    r->winRate = oneDecimal(r->won, r->won + r->lost);
    if (r->forecastCenti != 0)
        r->variancePercent = std::round(1000.0 * double(r->actual * 100 - r->forecastCenti) /
                                        double(r->forecastCenti)) /
                             10.0;
    if (!computePrevious(session, sql, snap, r))
        return;
    // Against the targets of the period's months (a month-to-date actual against the whole
    // month's target).
    const Result<RevenueForecast::Targets> targets = RevenueForecast::readTargets(session);
    if (!targets.ok())
        return fail(r, targets.error());
    r->targetQuery = targets->query;
    r->target = targets->sum(QStringLiteral("revenue"), from, to);
    if (r->target) {
        r->actualVsTargetPercent = oneDecimal(double(r->actual - *r->target), double(*r->target));
        if (r->periodForecastCenti)
            r->forecastVsTargetPercent = oneDecimal(
                double(*r->periodForecastCenti - 100 * *r->target), double(100 * *r->target));
    }
}

void computeApprovals(const Session &session, const QDateTime &asOf,
                      ExecutiveSnapshot::Approvals *a)
{
    if (!requireTable(session, QStringLiteral("approval_requests"), a))
        return;
    a->enhancedColumns = ApprovalSla::hasDeadlineColumn(session);
    // The same counters as the Approval Center's header: one definition of "pending at T".
    ApprovalQueue::Counters counters;
    QString error;
    if (!ApprovalQueue::counters(session, asOf, &counters, &error, &a->query))
        return fail(a, error);
    a->pending = counters.pending;
    a->warning = counters.warning;
    a->breach = counters.breach;
    a->rows = a->pending;
}

void computeCompliance(const Session &session, const SqlDialect &sql,
                       ExecutiveSnapshot::Compliance *c)
{
    if (!requireTable(session, QStringLiteral("compliance_controls"), c))
        return;
    BoundQuery q;
    q << QStringLiteral("select control_id, %1 from compliance_controls where tenant_id = %2 "
                        "order by control_id")
             .arg(sql.lowerText(QStringLiteral("status")), q.bind(session.tenantId()));
    c->query = q.sql();
    QSqlQuery query(session.database());
    QString error;
    if (!q.exec(query, &error))
        return fail(c, error);
    CompliancePosture p;
    while (query.next()) {
        c->controls.append({query.value(0).toString(), query.value(1).toString()});
        p.add(query.value(1).toString());
    }
    if (!BoundQuery::finished(query, &error))
        return fail(c, error);
    c->setFigures(p);
}

} // namespace

void ExecutiveSnapshot::Compliance::setFigures(const CompliancePosture &p)
{
    compliant = p.compliant;
    partial = p.partial;
    nonCompliant = p.nonCompliant;
    notApplicable = p.notApplicable;
    total = p.total;
    rows = total;
    posture = p.posture();
    rate = p.rate();
    score = p.score();
}

void ExecutiveSnapshot::Compliance::setLive(const ComplianceLive &l)
{
    live = l;
    const ComplianceLive::Comparison c = live.compare(controls);
    livePosture = c.live;
    disagreeing = c.disagreeing;
}

namespace {

void computeConnectors(const Session &session, const SqlDialect &sql,
                       ExecutiveSnapshot::Connectors *c)
{
    if (!requireTable(session, QStringLiteral("integration_sync_states"), c))
        return;
    BoundQuery q;
    q << QStringLiteral("select %1, %2 from integration_sync_states where tenant_id = %3")
             .arg(sql.lowerText(QStringLiteral("connector_key")),
                  sql.lowerText(QStringLiteral("status")), q.bind(session.tenantId()));
    c->query = q.sql();
    QSqlQuery query(session.database());
    QString error;
    if (!q.exec(query, &error))
        return fail(c, error);
    QStringList seen;
    while (query.next()) {
        seen << query.value(0).toString();
        const QString status = query.value(1).toString();
        ++c->registered;
        if (status == QLatin1String("ok"))
            ++c->healthy;
        else if (status == QLatin1String("degraded"))
            ++c->degraded;
        else if (status == QLatin1String("error"))
            ++c->error;
        else if (status == QLatin1String("disabled"))
            ++c->disabled;
        else
            ++c->unknown; // "unknown" and anything this app does not know
    }
    if (!BoundQuery::finished(query, &error))
        return fail(c, error);
    c->rows = c->registered;
    for (const KnownConnector &k : KnownConnectors::all()) {
        if (!seen.contains(QLatin1String(k.key)))
            ++c->notConfigured;
    }
}

void computeContradictions(const Session &session, const SqlDialect &sql, const QDateTime &asOf,
                           ExecutiveSnapshot::Contradictions *c)
{
    if (!requireTable(session, QStringLiteral("contradictions"), c))
        return;
    const QString status = sql.upperText(QStringLiteral("status"));
    const QString active = QStringLiteral("%1 in ('DETECTED', 'REVIEWING')").arg(status);
    BoundQuery q;
    const QString tenant = q.bind(session.tenantId());
    const QString at = q.bind(sql.timeKey(asOf));
    q << QStringLiteral("select count(*), sum(case when %1 then 1 else 0 end), "
                        "sum(case when %1 and %2 = 'CRITICAL' then 1 else 0 end) "
                        "from contradictions where tenant_id = %3 and %4")
             .arg(active, sql.upperText(QStringLiteral("severity")), tenant,
                  sql.existedBy(QStringLiteral("created_at"), at));
    c->query = q.sql();
    QSqlQuery query(session.database());
    QString error;
    if (!q.execOne(query, &error))
        return fail(c, error);
    c->rows = query.value(0).toLongLong();
    c->active = query.value(1).toInt();
    c->critical = query.value(2).toInt();
}

void computeStrategic(const Session &session, const SqlDialect &sql, const QDateTime &asOf,
                      ExecutiveSnapshot::StrategicDeals *s)
{
    if (!requireTable(session, QStringLiteral("strategic_deals"), s))
        return;
    const QString active =
        QStringLiteral("coalesce(%1, 'discovery') not in ('closed_won', 'closed_lost')")
            .arg(sql.lowerText(QStringLiteral("status")));
    BoundQuery q;
    const QString tenant = q.bind(session.tenantId());
    const QString at = q.bind(sql.timeKey(asOf));
    q << QStringLiteral("select count(*), sum(case when act then 1 else 0 end), "
                        "sum(case when act then v end), sum(case when act and ms = 1 then 1 else 0 "
                        "end), sum(case when act and ms = 2 then 1 else 0 end), sum(case when act "
                        "and ms = 3 then 1 else 0 end) from (select %1 as act, %2 as v, %5 as ms "
                        "from strategic_deals where tenant_id = %3 and %4%6) d")
             .arg(active, sql.validHalalas(QStringLiteral("estimated_value_sar")), tenant,
                  sql.existedBy(QStringLiteral("created_at"), at),
                  sql.moneyState(QStringLiteral("estimated_value_sar")), sql.computeOnce());
    s->query = q.sql();
    QSqlQuery query(session.database());
    QString error;
    if (!q.execOne(query, &error))
        return fail(s, error);
    s->rows = query.value(0).toLongLong();
    s->active = query.value(1).toInt();
    s->nonNumericValues = query.value(3).toInt();
    s->negativeValues = query.value(4).toInt();
    if (const int outOfRange = query.value(5).toInt(); outOfRange > 0)
        return fail(s, Money::outOfRangeCause(outOfRange));
    const Result<qint64> pipeline = Money::fromSum(query.value(2));
    if (!pipeline.ok())
        return fail(s, pipeline.error());
    s->pipeline = pipeline.value();
}

void computeEvidence(const Session &session, const SqlDialect &sql, const QDateTime &asOf,
                     ExecutiveSnapshot::EvidencePacks *e)
{
    if (!requireTable(session, QStringLiteral("evidence_packs"), e))
        return;
    // The other evidence_packs of one Dealix migration line (decision_type, status draft,
    // approved, …) has no ready or assembling: its figures are not these, and that is said
    // rather than shown as 0 / 0.
    const SchemaInfo &schema = session.schema();
    if (!schema.hasColumn(QStringLiteral("evidence_packs"), QStringLiteral("pack_type")) &&
        schema.hasColumn(QStringLiteral("evidence_packs"), QStringLiteral("decision_type"))) {
        e->available = false;
        e->unavailableReason = ExecutiveSnapshot::tr(
            "Not available from this source: its evidence_packs is the decision_type shape "
            "(draft, approved…), which has no ready or assembling packs.");
        return;
    }
    const QString status = sql.upperText(QStringLiteral("status"));
    BoundQuery q;
    const QString tenant = q.bind(session.tenantId());
    const QString at = q.bind(sql.timeKey(asOf));
    q << QStringLiteral("select count(*), sum(case when %1 = 'READY' then 1 else 0 end), "
                        "sum(case when %1 = 'ASSEMBLING' then 1 else 0 end) "
                        "from evidence_packs where tenant_id = %2 and %3")
             .arg(status, tenant, sql.existedBy(QStringLiteral("created_at"), at));
    e->query = q.sql();
    QSqlQuery query(session.database());
    QString error;
    if (!q.execOne(query, &error))
        return fail(e, error);
    e->rows = query.value(0).toLongLong();
    e->ready = query.value(1).toInt();
    e->pendingReview = query.value(2).toInt();
}

QJsonObject sectionProvenance(const ExecutiveSnapshot::Section &s, const QString &table)
{
    QJsonObject o{{QStringLiteral("table"), table},
                  {QStringLiteral("available"), s.available},
                  {QStringLiteral("rows"), double(s.rows)},
                  {QStringLiteral("query"), s.query}};
    if (!s.available)
        o.insert(QStringLiteral("reason"), s.unavailableReason);
    return o;
}

} // namespace

qint64 ExecutiveSnapshot::Revenue::forecast() const
{
    return Money::roundCentiHalalas(forecastCenti);
}

std::optional<qint64> ExecutiveSnapshot::Revenue::periodForecast() const
{
    if (!periodForecastCenti)
        return std::nullopt;
    return Money::roundCentiHalalas(*periodForecastCenti);
}

bool ExecutiveSnapshot::compute(const Session &session, Period period, const QDateTime &asOf,
                                ExecutiveSnapshot *out, QString *error, const ComplianceLive *live)
{
    // A Dealix server: its /executive-room routes (executivesnapshotrest.cpp). The live checks
    // read the database: they are not available there, and not attached.
    if (session.isRest())
        return computeRest(session, period, asOf, out, error);
    ExecutiveSnapshot s;
    s.period = period;
    s.asOf = asOf.toUTC();
    s.generatedAt = QDateTime::currentDateTimeUtc();
    s.source = session.url().toDisplayString();
    s.tenant = session.tenant();
    s.range = Periods::range(period, s.asOf, Periods::zone(s.tenant.timeZone));
    const SqlDialect sql(session);
    computeRevenue(session, sql, s, &s.revenue);
    computeApprovals(session, s.asOf, &s.approvals);
    computeCompliance(session, sql, &s.compliance);
    // Live results of another tenant or time are never attached.
    if (live && s.compliance.available && live->matches(session.tenantId(), s.asOf))
        s.compliance.setLive(*live);
    computeConnectors(session, sql, &s.connectors);
    computeContradictions(session, sql, s.asOf, &s.contradictions);
    computeStrategic(session, sql, s.asOf, &s.strategicDeals);
    computeEvidence(session, sql, s.asOf, &s.evidencePacks);
    // A dead connection fails every section: that is a failed refresh, not a snapshot of
    // sections "not available".
    const Section *sections[] = {&s.revenue,      &s.approvals,      &s.compliance,
                                 &s.connectors,   &s.contradictions, &s.strategicDeals,
                                 &s.evidencePacks};
    bool anyQueried = false;
    bool anySucceeded = false;
    for (const Section *section : sections) {
        if (!section->query.isEmpty()) {
            anyQueried = true;
            anySucceeded = anySucceeded || section->available;
        }
    }
    if (anyQueried && !anySucceeded) {
        if (error)
            *error = s.revenue.unavailableReason.isEmpty() ? s.approvals.unavailableReason
                                                           : s.revenue.unavailableReason;
        return false;
    }
    *out = s;
    return true;
}

QStringList ExecutiveSnapshot::failures() const
{
    const std::pair<const char *, const Section *> sections[] = {
        {"revenue", &revenue},
        {"approvals", &approvals},
        {"compliance", &compliance},
        {"connectors", &connectors},
        {"contradictions", &contradictions},
        {"strategic_deals", &strategicDeals},
        {"evidence_packs", &evidencePacks},
        // Over the Dealix API only (never failed for a database).
        {"risks", &serverRisks},
        {"decisions_pending", &serverDecisions},
        {"forecast_vs_actual", &serverForecast},
        {"server_snapshot.approvals", &serverApprovals},
        {"server_snapshot.compliance", &serverCompliance},
        {"server_snapshot.connectors", &serverConnectors}};
    QStringList list;
    for (const auto &[name, section] : sections) {
        if (section->failed)
            list << QStringLiteral("%1: %2").arg(QLatin1String(name), section->failureCause);
    }
    // The live checks feed the compliance figures: one that failed fails the section (its
    // stored figures stay on screen, the live ones say "not available" with the cause).
    if (compliance.available && !compliance.live.failures().isEmpty())
        list << QStringLiteral("compliance: %1")
                    .arg(tr("Not available: %1").arg(compliance.live.failureText()));
    return list;
}

QJsonObject ExecutiveSnapshot::toJson() const
{
    QJsonObject o;
    // Keys the Dealix API does not serve are null (their reason is in provenance.rest).
    auto put = [&o](const char *key, const Section &s, QJsonObject value) {
        for (const QString &k : s.notServed)
            value.insert(k, QJsonValue());
        o.insert(QLatin1String(key), s.available ? QJsonValue(value) : QJsonValue());
    };
    QJsonObject currencies;
    for (auto it = revenue.otherCurrencies.constBegin(); it != revenue.otherCurrencies.constEnd();
         ++it)
        currencies.insert(it.key(), it.value());
    put("revenue", revenue,
        {{QStringLiteral("actual"), Money::toJson(revenue.actual)},
         {QStringLiteral("forecast"), Money::toJson(revenue.forecast())},
         {QStringLiteral("variance_percent"), optional(revenue.variancePercent)},
         {QStringLiteral("period_forecast"),
          revenue.periodForecast() ? Money::toJson(*revenue.periodForecast()) : QJsonValue()},
         {QStringLiteral("target"), revenue.target ? Money::toJson(*revenue.target) : QJsonValue()},
         {QStringLiteral("actual_vs_target_percent"), optional(revenue.actualVsTargetPercent)},
         {QStringLiteral("forecast_vs_target_percent"), optional(revenue.forecastVsTargetPercent)},
         {QStringLiteral("previous_period_start"),
          revenue.previous ? QJsonValue(revenue.previous->range.start.toString(Qt::ISODate))
                           : QJsonValue()},
         {QStringLiteral("previous_period_end"),
          revenue.previous ? QJsonValue(revenue.previous->range.end.toString(Qt::ISODate))
                           : QJsonValue()},
         {QStringLiteral("previous_actual"),
          revenue.previous ? Money::toJson(revenue.previous->actual) : QJsonValue()},
         {QStringLiteral("previous_won_deals"),
          revenue.previous ? QJsonValue(revenue.previous->won) : QJsonValue()},
         {QStringLiteral("previous_lost_deals"),
          revenue.previous ? QJsonValue(revenue.previous->lost) : QJsonValue()},
         {QStringLiteral("previous_win_rate"),
          revenue.previous ? optional(revenue.previous->winRate) : QJsonValue()},
         {QStringLiteral("actual_change_percent"), optional(revenue.actualChangePercent)},
         {QStringLiteral("win_rate_change_points"), optional(revenue.winRateChangePoints)},
         {QStringLiteral("pipeline_value"), Money::toJson(revenue.pipeline)},
         {QStringLiteral("win_rate"), optional(revenue.winRate)},
         {QStringLiteral("currency"), QStringLiteral("SAR")},
         {QStringLiteral("won_deals"), revenue.won},
         {QStringLiteral("lost_deals"), revenue.lost},
         {QStringLiteral("open_deals"), revenue.open},
         {QStringLiteral("deals_without_value"), revenue.nullValues},
         {QStringLiteral("deals_with_non_numeric_value"), revenue.nonNumericValues},
         {QStringLiteral("deals_with_negative_value"), revenue.negativeValues},
         {QStringLiteral("deals_with_invalid_probability"), revenue.badProbabilities},
         {QStringLiteral("excluded_other_currencies"), currencies}});
    put("approvals", approvals,
        {{QStringLiteral("pending"), approvals.pending},
         {QStringLiteral("warning"), approvals.warning},
         {QStringLiteral("breach"), approvals.breach}});
    put("connectors", connectors,
        {{QStringLiteral("healthy"), connectors.healthy},
         {QStringLiteral("degraded"), connectors.degraded},
         {QStringLiteral("error"), connectors.error},
         {QStringLiteral("unknown"), connectors.unknown},
         {QStringLiteral("disabled"), connectors.disabled},
         {QStringLiteral("not_configured"), connectors.notConfigured}});
    put("compliance", compliance,
        {{QStringLiteral("compliant"), compliance.compliant},
         {QStringLiteral("partial"), compliance.partial},
         {QStringLiteral("non_compliant"), compliance.nonCompliant},
         {QStringLiteral("not_applicable"), compliance.notApplicable},
         {QStringLiteral("posture"), compliance.posture},
         {QStringLiteral("rate"), optional(compliance.rate)},
         {QStringLiteral("score"), optional(compliance.score)},
         // The same keys over the live results (stored status where a check cannot assess).
         {QStringLiteral("live"),
          compliance.live.complete()
              ? QJsonValue(QJsonObject{
                    {QStringLiteral("compliant"), compliance.livePosture.compliant},
                    {QStringLiteral("partial"), compliance.livePosture.partial},
                    {QStringLiteral("non_compliant"), compliance.livePosture.nonCompliant},
                    {QStringLiteral("not_applicable"), compliance.livePosture.notApplicable},
                    {QStringLiteral("posture"), compliance.livePosture.posture()},
                    {QStringLiteral("rate"), optional(compliance.livePosture.rate())},
                    {QStringLiteral("score"), optional(compliance.livePosture.score())},
                    {QStringLiteral("checked_at"), compliance.live.asOf.toString(Qt::ISODate)}})
              : QJsonValue()},
         {QStringLiteral("disagreeing"), compliance.live.complete()
                                             ? QJsonValue(int(compliance.disagreeing.size()))
                                             : QJsonValue()},
         {QStringLiteral("disagreeing_controls"),
          compliance.live.complete()
              ? QJsonValue(QJsonArray::fromStringList(compliance.disagreeing))
              : QJsonValue()}});
    put("contradictions", contradictions,
        {{QStringLiteral("active"), contradictions.active},
         {QStringLiteral("critical"), contradictions.critical}});
    put("strategic_deals", strategicDeals,
        {{QStringLiteral("active"), strategicDeals.active},
         {QStringLiteral("pipeline_value"), Money::toJson(strategicDeals.pipeline)},
         {QStringLiteral("deals_with_non_numeric_value"), strategicDeals.nonNumericValues},
         {QStringLiteral("deals_with_negative_value"), strategicDeals.negativeValues}});
    put("evidence_packs", evidencePacks,
        {{QStringLiteral("ready"), evidencePacks.ready},
         {QStringLiteral("pending_review"), evidencePacks.pendingReview}});
    o.insert(QStringLiteral("period"),
             QJsonObject{
                 {QStringLiteral("id"), Periods::id(period)},
                 {QStringLiteral("start"),
                  range.isAllTime() ? QJsonValue() : QJsonValue(range.start.toString(Qt::ISODate))},
                 {QStringLiteral("end"), asOf.toString(Qt::ISODate)}});
    o.insert(
        QStringLiteral("provenance"),
        QJsonObject{
            {QStringLiteral("generated_at"), generatedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("generated_by"), QStringLiteral("dealix-desk " DEALIX_VERSION)},
            {QStringLiteral("source"), source},
            {QStringLiteral("tenant_id"), tenant.id},
            {QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
            {QStringLiteral("sections"),
             QJsonObject{
                 {QStringLiteral("revenue"), sectionProvenance(revenue, QStringLiteral("deals"))},
                 {QStringLiteral("approvals"),
                  sectionProvenance(approvals, QStringLiteral("approval_requests"))},
                 {QStringLiteral("compliance"),
                  sectionProvenance(compliance, QStringLiteral("compliance_controls"))},
                 {QStringLiteral("connectors"),
                  sectionProvenance(connectors, QStringLiteral("integration_sync_states"))},
                 {QStringLiteral("contradictions"),
                  sectionProvenance(contradictions, QStringLiteral("contradictions"))},
                 {QStringLiteral("strategic_deals"),
                  sectionProvenance(strategicDeals, QStringLiteral("strategic_deals"))},
                 {QStringLiteral("evidence_packs"),
                  sectionProvenance(evidencePacks, QStringLiteral("evidence_packs"))}}}});
    // The revenue section also read the targets.
    if (!revenue.targetQuery.isEmpty()) {
        QJsonObject provenance = o.value(QStringLiteral("provenance")).toObject();
        QJsonObject sections = provenance.value(QStringLiteral("sections")).toObject();
        QJsonObject r = sections.value(QStringLiteral("revenue")).toObject();
        r.insert(QStringLiteral("target_query"), revenue.targetQuery);
        // The previous period's query, or why there is none.
        if (!revenue.previousQuery.isEmpty())
            r.insert(QStringLiteral("previous_period_query"), revenue.previousQuery);
        // Why there is none, as a machine code (the sentence is for people, on screen):
        // "all_time" (the period has no period before it) or "not_served" (the source serves
        // no previous period).
        if (!revenue.previousUnavailable.isEmpty())
            r.insert(QStringLiteral("previous_period_unavailable"),
                     range.isAllTime() ? QStringLiteral("all_time") : QStringLiteral("not_served"));
        sections.insert(QStringLiteral("revenue"), r);
        provenance.insert(QStringLiteral("sections"), sections);
        o.insert(QStringLiteral("provenance"), provenance);
    }
    if (overRest())
        insertRest(&o);
    return o;
}

void ExecutiveSnapshot::insertRest(QJsonObject *o) const
{
    // Over the Dealix API a section names the request it came from, not a table, and the
    // server's own lists sit beside the snapshot's keys.
    QJsonObject provenance = o->value(QStringLiteral("provenance")).toObject();
    QJsonObject sections = provenance.value(QStringLiteral("sections")).toObject();
    for (auto it = sections.begin(); it != sections.end(); ++it) {
        QJsonObject section = it.value().toObject();
        section.remove(QStringLiteral("table"));
        section.remove(QStringLiteral("rows"));
        section.insert(QStringLiteral("endpoint"), section.take(QStringLiteral("query")));
        it.value() = section;
    }
    provenance.insert(QStringLiteral("sections"), sections);
    provenance.insert(QStringLiteral("rest"), rest.toJson());
    o->insert(QStringLiteral("provenance"), provenance);
    auto items = [](const ServerItems &list, bool risks) -> QJsonValue {
        if (!list.available)
            return QJsonValue();
        QJsonArray a;
        for (const ServerItems::Item &i : list.items) {
            QJsonObject item{{QStringLiteral("type"), i.type},
                             {QStringLiteral("count"), double(i.count)},
                             {QStringLiteral("description_ar"), i.descriptionAr}};
            if (risks)
                item.insert(QStringLiteral("severity"), i.severity);
            a.append(item);
        }
        return QJsonObject{{QStringLiteral("items"), a},
                           {QStringLiteral("total"), double(list.total)}};
    };
    o->insert(QStringLiteral("risks"), items(serverRisks, true));
    o->insert(QStringLiteral("decisions_pending"), items(serverDecisions, false));
    const ForecastVsActual &f = serverForecast;
    QJsonObject fo{{QStringLiteral("actual"), Money::toJson(f.actual)},
                   {QStringLiteral("forecast"), Money::toJson(f.forecast)},
                   {QStringLiteral("variance_percent"), optional(f.variancePercent)},
                   {QStringLiteral("overall_health"), f.overallHealth}};
    for (const QString &k : f.notServed)
        fo.insert(k, QJsonValue());
    o->insert(QStringLiteral("forecast_vs_actual"), f.available ? QJsonValue(fo) : QJsonValue());
    // The server's own snapshot figures where the app computes the section itself.
    auto server = [](const Section &s, const QJsonObject &v) {
        return s.available ? QJsonValue(v) : QJsonValue();
    };
    o->insert(
        QStringLiteral("server_snapshot"),
        QJsonObject{
            {QStringLiteral("approvals"),
             server(serverApprovals, {{QStringLiteral("pending"), serverApprovals.pending},
                                      {QStringLiteral("warning"), serverApprovals.warning},
                                      {QStringLiteral("breach"), serverApprovals.breach}})},
            {QStringLiteral("compliance"),
             server(serverCompliance,
                    {{QStringLiteral("compliant"), serverCompliance.compliant},
                     {QStringLiteral("partial"), serverCompliance.partial},
                     {QStringLiteral("non_compliant"), serverCompliance.nonCompliant},
                     {QStringLiteral("posture"), serverCompliance.posture}})},
            {QStringLiteral("connectors"),
             server(serverConnectors, {{QStringLiteral("healthy"), serverConnectors.healthy},
                                       {QStringLiteral("degraded"), serverConnectors.degraded},
                                       {QStringLiteral("error"), serverConnectors.error}})}});
    QJsonObject unavailable;
    const std::pair<const char *, const Section *> extra[] = {
        {"risks", &serverRisks},
        {"decisions_pending", &serverDecisions},
        {"forecast_vs_actual", &serverForecast},
        {"server_snapshot.approvals", &serverApprovals},
        {"server_snapshot.compliance", &serverCompliance},
        {"server_snapshot.connectors", &serverConnectors}};
    for (const auto &[name, section] : extra)
        if (!section->available)
            unavailable.insert(QLatin1String(name), section->unavailableReason);
    if (!unavailable.isEmpty())
        o->insert(QStringLiteral("not_available"), unavailable);
}

QByteArray ExecutiveSnapshot::toCsv() const
{
    // Exact text from the typed values: money with two decimals from whole halalas.
    auto money = [](qint64 h) { return CsvWriter::number(Money::plainText(h)); };
    auto pct = [](const std::optional<double> &v) {
        return v ? CsvWriter::number(QString::number(*v, 'f', 1)) : CsvWriter::Cell();
    };
    auto n = [](int v) { return CsvWriter::number(v); };
    CsvWriter csv;
    csv.addRow({QStringLiteral("section"), QStringLiteral("metric"), QStringLiteral("value")});
    auto rows = [&csv](const char *section, const Section &s,
                       std::initializer_list<std::pair<const char *, CsvWriter::Cell>> values) {
        const QString name = QString::fromLatin1(section);
        if (!s.available) {
            csv.addRow({name, QStringLiteral("not_available"), s.unavailableReason});
            return;
        }
        // A metric the Dealix API does not serve: an empty cell, never 0.
        for (const auto &[metric, value] : values) {
            const QString m = QString::fromLatin1(metric);
            const bool unserved =
                s.notServed.contains(m) || (m.startsWith(QLatin1String("live_")) &&
                                            s.notServed.contains(QStringLiteral("live")));
            csv.addRow({name, m, unserved ? CsvWriter::Cell() : value});
        }
    };
    QStringList currencies;
    for (auto it = revenue.otherCurrencies.constBegin(); it != revenue.otherCurrencies.constEnd();
         ++it)
        currencies << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    rows("revenue", revenue,
         {{"actual", money(revenue.actual)},
          {"forecast", money(revenue.forecast())},
          {"variance_percent", pct(revenue.variancePercent)},
          {"period_forecast",
           revenue.periodForecast() ? money(*revenue.periodForecast()) : CsvWriter::Cell()},
          {"target", revenue.target ? money(*revenue.target) : QString()},
          {"actual_vs_target_percent", pct(revenue.actualVsTargetPercent)},
          {"forecast_vs_target_percent", pct(revenue.forecastVsTargetPercent)},
          {"previous_actual", revenue.previous ? money(revenue.previous->actual) : QString()},
          {"previous_win_rate", revenue.previous ? pct(revenue.previous->winRate) : QString()},
          {"actual_change_percent", pct(revenue.actualChangePercent)},
          {"win_rate_change_points", pct(revenue.winRateChangePoints)},
          {"pipeline_value", money(revenue.pipeline)},
          {"win_rate", pct(revenue.winRate)},
          {"won_deals", n(revenue.won)},
          {"lost_deals", n(revenue.lost)},
          {"open_deals", n(revenue.open)},
          {"deals_without_value", n(revenue.nullValues)},
          {"deals_with_non_numeric_value", n(revenue.nonNumericValues)},
          {"deals_with_negative_value", n(revenue.negativeValues)},
          {"deals_with_invalid_probability", n(revenue.badProbabilities)},
          {"excluded_other_currencies", currencies.join(QLatin1Char(' '))}});
    rows("approvals", approvals,
         {{"pending", n(approvals.pending)},
          {"warning", n(approvals.warning)},
          {"breach", n(approvals.breach)}});
    rows("compliance", compliance,
         {{"compliant", n(compliance.compliant)},
          {"partial", n(compliance.partial)},
          {"non_compliant", n(compliance.nonCompliant)},
          {"not_applicable", n(compliance.notApplicable)},
          {"posture", compliance.posture},
          {"rate", pct(compliance.rate)},
          {"score", pct(compliance.score)},
          {"live_compliant",
           compliance.live.complete() ? n(compliance.livePosture.compliant) : QString()},
          {"live_partial",
           compliance.live.complete() ? n(compliance.livePosture.partial) : QString()},
          {"live_non_compliant",
           compliance.live.complete() ? n(compliance.livePosture.nonCompliant) : QString()},
          {"live_posture",
           compliance.live.complete() ? compliance.livePosture.posture() : QString()},
          {"disagreeing",
           compliance.live.complete() ? n(int(compliance.disagreeing.size())) : QString()},
          {"disagreeing_controls", compliance.disagreeing.join(QLatin1Char(' '))}});
    rows("connectors", connectors,
         {{"healthy", n(connectors.healthy)},
          {"degraded", n(connectors.degraded)},
          {"error", n(connectors.error)},
          {"unknown", n(connectors.unknown)},
          {"disabled", n(connectors.disabled)},
          {"not_configured", n(connectors.notConfigured)}});
    rows("contradictions", contradictions,
         {{"active", n(contradictions.active)}, {"critical", n(contradictions.critical)}});
    rows("strategic_deals", strategicDeals,
         {{"active", n(strategicDeals.active)},
          {"pipeline_value", money(strategicDeals.pipeline)},
          {"deals_with_non_numeric_value", n(strategicDeals.nonNumericValues)},
          {"deals_with_negative_value", n(strategicDeals.negativeValues)}});
    rows("evidence_packs", evidencePacks,
         {{"ready", n(evidencePacks.ready)}, {"pending_review", n(evidencePacks.pendingReview)}});
    return csv.data();
}
