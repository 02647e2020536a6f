#include "models/forecast/revenueforecast.h"
#include "models/core/format.h"
#include "models/core/labels.h"

#include "models/core/csvwriter.h"
#include "models/core/money.h"
#include "models/core/period.h"
#include "models/source/boundquery.h"
#include "models/source/sqldialect.h"

#include <QJsonArray>
#include <QLocale>
#include <QSqlQuery>

namespace {

const QString OpenStage = QStringLiteral("%1 not in ('closed_won', 'closed_lost')");

// "SAR" or no currency (Dealix's default).
QString sarOnly(const SqlDialect &sql)
{
    return QStringLiteral("%1 = 'SAR'")
        .arg(sql.upperText(QStringLiteral("coalesce(currency, 'SAR')")));
}

} // namespace

QString RevenueForecast::commitBandText()
{
    return tr("Commit (≥ %1) to best case").arg(Format::percent(70, 0));
}

QString RevenueForecast::trackText(const QString &key)
{
    if (key == QLatin1String("revenue"))
        return tr("Revenue");
    if (key == QLatin1String("partnerships"))
        return tr("Partnerships");
    if (key == QLatin1String("ma"))
        return tr("M&A");
    if (key == QLatin1String("expansion"))
        return tr("Expansion");
    return Labels::humanised(key) + QStringLiteral(" (") + key + u')';
}

bool RevenueForecast::compute(const Session &session, const QDateTime &asOfTime,
                              RevenueForecast *out, QString *error)
{
    // A Dealix server: its /forecast-control routes (revenueforecastrest.cpp).
    if (session.isRest())
        return computeRest(session, asOfTime, out, error);
    if (!session.schema().hasTable(QStringLiteral("deals"))) {
        if (error)
            *error = tr("Not available from this source (no deals table).");
        return false;
    }
    RevenueForecast f;
    f.provenance = Provenance::start(session, asOfTime);
    const QDateTime asOf = f.provenance.asOf;
    const QTimeZone zone = Periods::zone(session.tenant().timeZone);
    const QDate today = asOf.toTimeZone(zone).date();
    f.currentMonth = QDate(today.year(), today.month(), 1);
    QList<QDateTime> starts; // month boundaries in the tenant's zone, as instants
    for (int i = -(MonthsBack - 1); i <= MonthsAhead; ++i) {
        ForecastMonth m;
        m.month = f.currentMonth.addMonths(i);
        m.past = i < 0;
        f.months << m;
        starts << QDateTime(m.month, QTime(0, 0), zone);
    }
    starts << QDateTime(f.currentMonth.addMonths(MonthsAhead + 1), QTime(0, 0), zone);
    const SqlDialect sql(session);
    const QString stage = sql.lowerText(QStringLiteral("coalesce(stage, 'new')"));
    // Each deal's amount is read once, in an inner select: valid halalas, else NULL (text, NaN,
    // negative and out-of-range amounts are counted below, never summed).
    const QString value = QStringLiteral("v");
    const QString validValue = sql.validHalalas(QStringLiteral("value"));
    // Every sum is checked: beyond the exact range the figure fails with that cause.
    Money::ExactSums exact;
    // Actual: won deals by the month of closed_at (instants compared as instants).
    {
        BoundQuery q;
        QStringList sums;
        for (qsizetype i = 0; i < f.months.size(); ++i) {
            const QString a = q.bind(sql.timeKey(starts.at(i)));
            const QString b = q.bind(sql.timeKey(starts.at(i + 1)));
            sums << QStringLiteral("sum(case when %1 >= %2 and %1 < %3 then %4 else 0 end)")
                        .arg(QStringLiteral("ck"), a, b, value);
        }
        const QString tenant = q.bind(session.tenantId());
        const QString at = q.bind(sql.timeKey(asOf));
        q << QStringLiteral("select %1 from (select %7 as ck, %8 as v from deals where tenant_id = "
                            "%2 and %3 = 'closed_won' and %4 and value is not null and closed_at "
                            "is not null and %5 <= %6%9) d")
                 .arg(sums.join(QStringLiteral(", ")), tenant, stage, sarOnly(sql),
                      sql.timeKey(QStringLiteral("closed_at")), at,
                      sql.timeKey(QStringLiteral("closed_at")), validValue, sql.computeOnce());
        f.provenance.queries << q.sql();
        QSqlQuery query(session.database());
        if (!q.execOne(query, error))
            return false;
        for (qsizetype i = 0; i < f.months.size(); ++i)
            f.months[i].actual = exact.add(query.value(int(i)));
    }
    // Forecast, commit and best case: open deals by the month of expected_close_date (a date).
    const bool expected =
        session.schema().hasColumn(QStringLiteral("deals"), QStringLiteral("expected_close_date"));
    if (expected) {
        BoundQuery q;
        QStringList sums;
        // A probability that is not a number from 0 to 100 is weighted into nothing (counted
        // below); NULL weighs 0, as in Dealix.
        const QString prob = QStringLiteral("(case when ps = 0 then probability else 0 end)");
        const QString weighted = QStringLiteral("(case when ps = 0 then %1 else 0 end)")
                                     .arg(sql.weightedCenti(value, QStringLiteral("probability")));
        for (qsizetype i = 0; i < f.months.size(); ++i) {
            const QDate from = f.months.at(i).month;
            const QDate to = from.addMonths(1);
            const QString forecastIn = expectedIn(&q, from, to);
            const QString commitIn = expectedIn(&q, from, to);
            const QString bestIn = expectedIn(&q, from, to);
            sums << QStringLiteral("sum(case when %1 then %2 else 0 end)").arg(forecastIn, weighted)
                 << QStringLiteral("sum(case when %1 and %2 >= 70 then %3 else 0 end)")
                        .arg(commitIn, prob, value)
                 << QStringLiteral("sum(case when %1 then %2 else 0 end)").arg(bestIn, value);
        }
        // Bound in the order the placeholders appear: the sums, this month, tenant, as-of.
        const QString thisMonth = q.bind(f.currentMonth.toString(Qt::ISODate));
        const QString tenant = q.bind(session.tenantId());
        const QString at = q.bind(sql.timeKey(asOf));
        q << QStringLiteral(
                 "select %1, sum(case when expected_close_date is null then 1 else 0 "
                 "end), sum(case when cast(expected_close_date as text) < %2 then 1 "
                 "else 0 end) from (select expected_close_date, probability, %9 as ps, "
                 "%7 as v from deals where tenant_id = %3 and %4 and %5 and value is not null "
                 "and %6%8) d")
                 .arg(sums.join(QStringLiteral(", ")), thisMonth, tenant, OpenStage.arg(stage),
                      sarOnly(sql), sql.existedBy(QStringLiteral("created_at"), at), validValue,
                      sql.computeOnce(), sql.percentState(QStringLiteral("probability")));
        f.provenance.queries << q.sql();
        QSqlQuery query(session.database());
        if (!q.execOne(query, error))
            return false;
        for (qsizetype i = 0; i < f.months.size(); ++i) {
            // value (halalas) × probability (percent) is in hundredths of a halala.
            f.months[i].forecast =
                Money::roundCentiHalalas(exact.addCenti(query.value(int(3 * i))));
            f.months[i].commit = exact.add(query.value(int(3 * i + 1)));
            f.months[i].bestCase = exact.add(query.value(int(3 * i + 2)));
        }
        f.unscheduled = query.value(int(3 * f.months.size())).toInt();
        f.overdue = query.value(int(3 * f.months.size()) + 1).toInt();
    }
    // Amounts left out of the sums above (won deals up to as-of, open deals): counted and said.
    {
        BoundQuery q;
        const QString tenant = q.bind(session.tenantId());
        const QString at = q.bind(sql.timeKey(asOf));
        const QString at2 = q.bind(sql.timeKey(asOf));
        q << QStringLiteral("select sum(case when ms = 1 then 1 else 0 end), sum(case when ms = 2 "
                            "then 1 else 0 end), sum(case when ms = 3 then 1 else 0 end), "
                            "sum(case when op and ms = 0 and ps = 1 then 1 else 0 end) from "
                            "(select %1 as ms, %10 as ps, %7 as op from deals where tenant_id = "
                            "%2 and %3 and ((%4 = 'closed_won' and closed_at is not null and %5 "
                            "<= %6) or (%7 and %8))%9) d")
                 .arg(sql.moneyState(QStringLiteral("value")), tenant, sarOnly(sql), stage,
                      sql.timeKey(QStringLiteral("closed_at")), at, OpenStage.arg(stage),
                      sql.existedBy(QStringLiteral("created_at"), at2), sql.computeOnce())
                 .arg(sql.percentState(QStringLiteral("probability")));
        f.provenance.queries << q.sql();
        QSqlQuery query(session.database());
        if (!q.execOne(query, error))
            return false;
        f.nonNumericValues = query.value(0).toInt();
        f.negativeValues = query.value(1).toInt();
        if (query.value(2).toInt() > 0)
            exact.fail(Money::outOfRangeCause(query.value(2).toInt()));
        f.badProbabilities = query.value(3).toInt();
    }
    if (!exact.ok()) {
        if (error)
            *error = exact.error();
        return false;
    }
    {
        BoundQuery q;
        const QString tenant = q.bind(session.tenantId());
        const QString at = q.bind(sql.timeKey(asOf));
        q << QStringLiteral("select count(*) from deals where tenant_id = %1 and not (%2) and "
                            "value is not null and %3 <> 'closed_lost' and %4")
                 .arg(tenant, sarOnly(sql), stage, sql.existedBy(QStringLiteral("created_at"), at));
        QSqlQuery query(session.database());
        if (!q.execOne(query, error))
            return false;
        f.otherCurrencies = query.value(0).toInt();
    }
    // Targets: revenue_targets rows spread evenly over the months of their period.
    QHash<QString, qint64> trackTargets; // track -> target over the window (halalas or count)
    {
        const Result<Targets> targets = readTargets(session);
        if (!targets.ok()) {
            if (error)
                *error = targets.error();
            return false;
        }
        f.targetsAvailable = targets->available;
        if (targets->available)
            f.provenance.queries << targets->query;
        for (auto t = targets->byTrack.constBegin(); t != targets->byTrack.constEnd(); ++t) {
            for (ForecastMonth &fm : f.months) {
                const auto part = t.value().constFind(fm.month);
                if (part == t.value().constEnd())
                    continue;
                if (t.key() == QLatin1String("revenue"))
                    fm.target = fm.target.value_or(0) + part.value();
                trackTargets[t.key()] += part.value();
            }
        }
    }
    // Tracks. Revenue over the window: actual = won in the last 12 months, forecast = actual +
    // the weighted open pipeline of the current and next months.
    Track revenue{QStringLiteral("revenue"), QStringLiteral("SAR"), 0, 0, std::nullopt};
    qint64 ahead = 0;
    for (const ForecastMonth &m : std::as_const(f.months)) {
        revenue.actual += m.actual;
        if (!m.past)
            ahead += m.forecast;
    }
    revenue.forecast = revenue.actual + ahead;
    if (*revenue.forecast > Money::MaxExact) {
        if (error)
            *error = Money::totalOutOfRangeCause(tr("revenue forecast of the window"));
        return false;
    }
    if (trackTargets.contains(QStringLiteral("revenue")))
        revenue.target = trackTargets.value(QStringLiteral("revenue"));
    f.tracks << revenue;
    // Partnerships and M&A: open strategic deals by type (as the Dealix forecast-control).
    if (session.schema().hasTable(QStringLiteral("strategic_deals"))) {
        BoundQuery q;
        const QString tenant = q.bind(session.tenantId());
        const QString at = q.bind(sql.timeKey(asOf));
        const QString type = sql.lowerText(QStringLiteral("coalesce(deal_type, 'partnership')"));
        q << QStringLiteral("select sum(case when %1 in ('partnership', 'distribution', "
                            "'referral') then 1 else 0 end), sum(case when %1 = 'acquisition' "
                            "then 1 else 0 end) from strategic_deals where tenant_id = %2 and %3 "
                            "not in ('closed_won', 'closed_lost') and %4")
                 .arg(type, tenant, sql.lowerText(QStringLiteral("coalesce(status, 'discovery')")),
                      sql.existedBy(QStringLiteral("created_at"), at));
        f.provenance.queries << q.sql();
        QSqlQuery query(session.database());
        if (!q.execOne(query, error))
            return false;
        {
            Track p{QStringLiteral("partnerships"), QStringLiteral("deals"),
                    query.value(0).toLongLong(), std::nullopt, std::nullopt};
            Track m{QStringLiteral("ma"), QStringLiteral("deals"), query.value(1).toLongLong(),
                    std::nullopt, std::nullopt};
            // Targets for these tracks are counts stored in target_value_sar (× 100 above).
            if (trackTargets.contains(QStringLiteral("partnerships")))
                p.target = trackTargets.value(QStringLiteral("partnerships")) / 100;
            if (trackTargets.contains(QStringLiteral("ma")))
                m.target = trackTargets.value(QStringLiteral("ma")) / 100;
            f.tracks << p << m;
        }
    }
    *out = f;
    return true;
}

std::optional<qint64> RevenueForecast::Targets::sum(const QString &track, const QDate &from,
                                                    const QDate &to) const
{
    const auto t = byTrack.constFind(track);
    if (t == byTrack.constEnd())
        return std::nullopt;
    std::optional<qint64> total;
    for (auto it = t.value().constBegin(); it != t.value().constEnd(); ++it) {
        if ((!from.isValid() || it.key() >= from) && it.key() <= to)
            total = total.value_or(0) + it.value();
    }
    return total;
}

Result<RevenueForecast::Targets> RevenueForecast::readTargets(const Session &session)
{
    Targets targets;
    targets.available = session.schema().hasTable(QStringLiteral("revenue_targets"));
    if (!targets.available)
        return targets;
    const SqlDialect sql(session);
    const QString amount = QStringLiteral("target_value_sar");
    BoundQuery q;
    q << QStringLiteral("select cast(period_start as text), cast(period_end as text), %1, %2, %3 "
                        "from revenue_targets where tenant_id = %4")
             .arg(sql.lowerText(QStringLiteral("coalesce(track, 'revenue')")),
                  sql.validHalalas(amount), sql.moneyState(amount), q.bind(session.tenantId()));
    targets.query = q.sql();
    QSqlQuery query(session.database());
    QString error;
    if (!q.exec(query, &error))
        return Failure{error};
    while (query.next()) {
        ++targets.rows;
        const QDate start = QDate::fromString(query.value(0).toString().left(10), Qt::ISODate);
        const QDate end = QDate::fromString(query.value(1).toString().left(10), Qt::ISODate);
        const QString track = query.value(2).toString();
        // A target that is not an amount is not a target of 0: the targets cannot be read.
        if (query.value(4).isNull() || query.value(4).toInt() != SqlDialect::MoneyValid)
            return Failure{tr("a revenue target (%1 to %2, %3) is not an amount ≥ 0 within the "
                              "exact range")
                               .arg(query.value(0).toString(), query.value(1).toString(), track)};
        const qint64 amountHalalas = query.value(3).toLongLong();
        // A period that cannot be read is not "no target": the targets cannot be read.
        if (!start.isValid() || !end.isValid() || end < start)
            return Failure{tr("a revenue target (%1 to %2, %3) has no valid period: the dates "
                              "cannot be read as a start on or before an end")
                               .arg(query.value(0).toString(), query.value(1).toString(), track)};
        const QDate first(start.year(), start.month(), 1);
        const int span = (end.year() - first.year()) * 12 + end.month() - first.month() + 1;
        QMap<QDate, qint64> &months = targets.byTrack[track];
        for (int k = 0; k < span; ++k) {
            // The last month takes the remainder, so the parts add up to the target.
            const qint64 part = amountHalalas / span + (k == span - 1 ? amountHalalas % span : 0);
            qint64 &slot = months[first.addMonths(k)];
            if (slot > Money::MaxExact - part)
                return Failure{tr("the revenue targets of %1 add up beyond the exact range")
                                   .arg(first.addMonths(k).toString(QStringLiteral("yyyy-MM")))};
            slot += part;
        }
    }
    if (!BoundQuery::finished(query, &error))
        return Failure{error};
    return targets;
}

QStringList RevenueForecast::excludedAmountNotes() const
{
    return Money::excludedAmountNotes(nonNumericValues, negativeValues, badProbabilities);
}

QString RevenueForecast::expectedIn(BoundQuery *q, const QDate &from, const QDate &to)
{
    // expected_close_date is a DATE (PostgreSQL) or ISO text (SQLite): compared as its ISO
    // text, a calendar date with no time zone, as Dealix stores it.
    const QString a = q->bind(from.toString(Qt::ISODate));
    const QString b = q->bind(to.toString(Qt::ISODate));
    return QStringLiteral("(cast(expected_close_date as text) >= %1 and "
                          "cast(expected_close_date as text) < %2)")
        .arg(a, b);
}

QJsonObject RevenueForecast::toJson() const
{
    QJsonArray series;
    for (const ForecastMonth &m : months)
        series.append(QJsonObject{
            {QStringLiteral("month"), m.month.toString(QStringLiteral("yyyy-MM"))},
            {QStringLiteral("actual"), Money::toJson(m.actual)},
            {QStringLiteral("forecast"), Money::toJson(m.forecast)},
            {QStringLiteral("commit"), Money::toJson(m.commit)},
            {QStringLiteral("best_case"), Money::toJson(m.bestCase)},
            {QStringLiteral("target"), m.target ? Money::toJson(*m.target) : QJsonValue()},
            {QStringLiteral("past"), m.past}});
    QJsonObject tracksJson;
    for (const Track &t : tracks) {
        const bool money = t.unit == QLatin1String("SAR");
        auto num = [money](qint64 v) { return money ? Money::toJson(v) : QJsonValue(v); };
        QJsonObject o{{QStringLiteral("actual"), num(t.actual)}, {QStringLiteral("unit"), t.unit}};
        if (t.forecast)
            o.insert(QStringLiteral("forecast"), num(*t.forecast));
        o.insert(QStringLiteral("target"), t.target ? num(*t.target) : QJsonValue());
        o.insert(QStringLiteral("variance"), t.variance() ? num(*t.variance()) : QJsonValue());
        tracksJson.insert(t.key, o);
    }
    if (overRest())
        return restJson(tracksJson);
    return {{QStringLiteral("months"), series},
            {QStringLiteral("current_month"), currentMonth.toString(QStringLiteral("yyyy-MM"))},
            {QStringLiteral("tracks"), tracksJson},
            {QStringLiteral("unscheduled_open_deals"), unscheduled},
            {QStringLiteral("overdue_open_deals"), overdue},
            {QStringLiteral("deals_in_other_currencies"), otherCurrencies},
            {QStringLiteral("deals_with_non_numeric_value"), nonNumericValues},
            {QStringLiteral("deals_with_negative_value"), negativeValues},
            {QStringLiteral("deals_with_invalid_probability"), badProbabilities},
            {QStringLiteral("targets_available"), targetsAvailable},
            {QStringLiteral("provenance"), provenance.toJson()}};
}

QByteArray RevenueForecast::toCsv() const
{
    CsvWriter csv;
    csv.addRow({QStringLiteral("month"), QStringLiteral("actual_sar"),
                QStringLiteral("forecast_sar"), QStringLiteral("commit_sar"),
                QStringLiteral("best_case_sar"), QStringLiteral("target_sar")});
    auto text = [](qint64 v) { return CsvWriter::number(Money::toJson(v).toVariant().toString()); };
    for (const ForecastMonth &m : months)
        csv.addRow({m.month.toString(QStringLiteral("yyyy-MM")), text(m.actual), text(m.forecast),
                    text(m.commit), text(m.bestCase),
                    m.target ? text(*m.target) : CsvWriter::Cell()});
    return csv.data();
}
