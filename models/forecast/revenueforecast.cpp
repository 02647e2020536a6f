#include "models/forecast/revenueforecast.h"

#include "models/core/csvwriter.h"
#include "models/core/money.h"
#include "models/core/period.h"
#include "models/source/boundquery.h"
#include "models/source/sqldialect.h"

#include <QJsonArray>
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

QString RevenueForecast::trackText(const QString &key)
{
    if (key == QLatin1String("revenue"))
        return tr("Revenue");
    if (key == QLatin1String("partnerships"))
        return tr("Partnerships");
    if (key == QLatin1String("ma"))
        return tr("M&A");
    return key;
}

bool RevenueForecast::compute(const Session &session, const QDateTime &asOfTime,
                              RevenueForecast *out, QString *error)
{
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
    const QString value = sql.halalas(QStringLiteral("value"));
    // Actual: won deals by the month of closed_at (instants compared as instants).
    {
        BoundQuery q;
        QStringList sums;
        for (qsizetype i = 0; i < f.months.size(); ++i) {
            const QString a = q.bind(sql.timeKey(starts.at(i)));
            const QString b = q.bind(sql.timeKey(starts.at(i + 1)));
            sums << QStringLiteral("sum(case when %1 >= %2 and %1 < %3 then %4 else 0 end)")
                        .arg(sql.timeKey(QStringLiteral("closed_at")), a, b, value);
        }
        const QString tenant = q.bind(session.tenantId());
        const QString at = q.bind(sql.timeKey(asOf));
        q << QStringLiteral("select %1 from deals where tenant_id = %2 and %3 = 'closed_won' and "
                            "%4 and value is not null and closed_at is not null and %5 <= %6")
                 .arg(sums.join(QStringLiteral(", ")), tenant, stage, sarOnly(sql),
                      sql.timeKey(QStringLiteral("closed_at")), at);
        f.provenance.queries << q.sql();
        QSqlQuery query(session.database());
        if (!q.exec(query, error))
            return false;
        if (query.next()) {
            for (qsizetype i = 0; i < f.months.size(); ++i)
                f.months[i].actual = query.value(int(i)).toLongLong();
        }
    }
    // Forecast, commit and best case: open deals by the month of expected_close_date (a date).
    const bool expected =
        session.schema().hasColumn(QStringLiteral("deals"), QStringLiteral("expected_close_date"));
    if (expected) {
        BoundQuery q;
        QStringList sums;
        const QString prob = QStringLiteral("coalesce(probability, 0)");
        for (qsizetype i = 0; i < f.months.size(); ++i) {
            const QString from = f.months.at(i).month.toString(Qt::ISODate);
            const QString to = f.months.at(i).month.addMonths(1).toString(Qt::ISODate);
            QStringList marks;
            for (int k = 0; k < 3; ++k)
                marks << q.bind(from) << q.bind(to);
            const QString in = QStringLiteral("cast(expected_close_date as text) >= %1 and "
                                              "cast(expected_close_date as text) < %2");
            sums << QStringLiteral("sum(case when %1 then %2 * %3 else 0 end)")
                        .arg(in.arg(marks.at(0), marks.at(1)), value, prob)
                 << QStringLiteral("sum(case when %1 and %2 >= 70 then %3 else 0 end)")
                        .arg(in.arg(marks.at(2), marks.at(3)), prob, value)
                 << QStringLiteral("sum(case when %1 then %2 else 0 end)")
                        .arg(in.arg(marks.at(4), marks.at(5)), value);
        }
        // Bound in the order the placeholders appear: the sums, this month, tenant, as-of.
        const QString thisMonth = q.bind(f.currentMonth.toString(Qt::ISODate));
        const QString tenant = q.bind(session.tenantId());
        const QString at = q.bind(sql.timeKey(asOf));
        q << QStringLiteral("select %1, sum(case when expected_close_date is null then 1 else 0 "
                            "end), sum(case when cast(expected_close_date as text) < %2 then 1 "
                            "else 0 end) from deals where tenant_id = %3 and %4 and %5 and value "
                            "is not null and %6")
                 .arg(sums.join(QStringLiteral(", ")), thisMonth, tenant, OpenStage.arg(stage),
                      sarOnly(sql), sql.existedBy(QStringLiteral("created_at"), at));
        f.provenance.queries << q.sql();
        QSqlQuery query(session.database());
        if (!q.exec(query, error))
            return false;
        if (query.next()) {
            for (qsizetype i = 0; i < f.months.size(); ++i) {
                // value (halalas) × probability (percent) is in hundredths of a halala.
                f.months[i].forecast =
                    Money::roundCentiHalalas(query.value(int(3 * i)).toLongLong());
                f.months[i].commit = query.value(int(3 * i + 1)).toLongLong();
                f.months[i].bestCase = query.value(int(3 * i + 2)).toLongLong();
            }
            f.unscheduled = query.value(int(3 * f.months.size())).toInt();
            f.overdue = query.value(int(3 * f.months.size()) + 1).toInt();
        }
    }
    {
        BoundQuery q;
        const QString tenant = q.bind(session.tenantId());
        const QString at = q.bind(sql.timeKey(asOf));
        q << QStringLiteral("select count(*) from deals where tenant_id = %1 and not (%2) and "
                            "value is not null and %3 <> 'closed_lost' and %4")
                 .arg(tenant, sarOnly(sql), stage, sql.existedBy(QStringLiteral("created_at"), at));
        QSqlQuery query(session.database());
        if (q.exec(query, error) && query.next())
            f.otherCurrencies = query.value(0).toInt();
    }
    // Targets: revenue_targets rows spread evenly over the months of their period.
    QHash<QString, qint64> trackTargets; // track -> target over the window (halalas or count)
    f.targetsAvailable = session.schema().hasTable(QStringLiteral("revenue_targets"));
    if (f.targetsAvailable) {
        BoundQuery q;
        q << QStringLiteral("select cast(period_start as text), cast(period_end as text), %1, %2 "
                            "from revenue_targets where tenant_id = %3")
                 .arg(sql.lowerText(QStringLiteral("coalesce(track, 'revenue')")),
                      sql.halalas(QStringLiteral("target_value_sar")), q.bind(session.tenantId()));
        f.provenance.queries << q.sql();
        QSqlQuery query(session.database());
        if (!q.exec(query, error))
            return false;
        while (query.next()) {
            const QDate start = QDate::fromString(query.value(0).toString().left(10), Qt::ISODate);
            const QDate end = QDate::fromString(query.value(1).toString().left(10), Qt::ISODate);
            const QString track = query.value(2).toString();
            const qint64 amount = query.value(3).toLongLong();
            if (!start.isValid() || !end.isValid() || end < start)
                continue;
            const QDate first(start.year(), start.month(), 1);
            const int span = (end.year() - first.year()) * 12 + end.month() - first.month() + 1;
            for (int k = 0; k < span; ++k) {
                const QDate m = first.addMonths(k);
                // The last month takes the remainder, so the parts add up to the target.
                const qint64 part = amount / span + (k == span - 1 ? amount % span : 0);
                for (ForecastMonth &fm : f.months) {
                    if (fm.month == m) {
                        if (track == QLatin1String("revenue"))
                            fm.target = fm.target.value_or(0) + part;
                        trackTargets[track] += part;
                    }
                }
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
        if (!q.exec(query, error))
            return false;
        if (query.next()) {
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
    return {{QStringLiteral("months"), series},
            {QStringLiteral("current_month"), currentMonth.toString(QStringLiteral("yyyy-MM"))},
            {QStringLiteral("tracks"), tracksJson},
            {QStringLiteral("unscheduled_open_deals"), unscheduled},
            {QStringLiteral("overdue_open_deals"), overdue},
            {QStringLiteral("deals_in_other_currencies"), otherCurrencies},
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
