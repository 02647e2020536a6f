// Actual vs Forecast from a Dealix server (README "Sources: the Dealix REST API"):
// /forecast-control/unified (the tracks and the server's health) and /variance, fetched at
// once and read strictly (RestJson). The server computes its figures by its own rules, said in
// provenance.rest; the monthly series is not served and is never shown as zeros.
#include "models/forecast/revenueforecast.h"

#include "models/core/money.h"
#include "models/core/result.h"
#include "models/source/restbatch.h"
#include "models/source/restjson.h"

#include <QJsonArray>
#include <QTimeZone>

#include "models/core/period.h"

namespace {

// A count track of /unified: its count, the server's target and variance (whole numbers).
bool readCountTrack(const RestJson::Reader &r, const QJsonObject &tracks, const QString &key,
                    const QString &countKey, const QString &targetKey, const QString &unit,
                    RevenueForecast::Track *out)
{
    const RestJson::Reader t = r.child(QStringLiteral("tracks.") + key);
    const QJsonObject o = r.child(QStringLiteral("tracks")).object(tracks, key);
    if (!r.ok())
        return false;
    const auto count = t.integer(o, countKey);
    const auto target = t.integer(o, targetKey);
    const auto variance = t.integer(o, QStringLiteral("variance"));
    if (!r.ok())
        return false;
    *out = RevenueForecast::Track{key, unit, *count, std::nullopt, *target, *variance};
    return true;
}

} // namespace

bool RevenueForecast::computeRest(const Session &session, const QDateTime &asOfTime,
                                  RevenueForecast *out, QString *error)
{
    if (const QString past = restPastAsOf(session, asOfTime); !past.isEmpty()) {
        if (error)
            *error = past;
        return false;
    }
    RevenueForecast f;
    f.provenance = Provenance::start(session, asOfTime);
    const QTimeZone zone = Periods::zone(session.tenant().timeZone);
    const QDate today = f.provenance.asOf.toTimeZone(zone).date();
    f.currentMonth = QDate(today.year(), today.month(), 1);
    RestTrace &trace = f.provenance.rest;

    const QString unifiedPath = QStringLiteral("forecast-control/unified");
    const QString variancePath = QStringLiteral("forecast-control/variance");
    const QList<RestReply> replies = restGetAll(session, {{unifiedPath}, {variancePath}});
    for (const RestReply &r : replies)
        trace.add(r);

    // /unified carries the figures: without it there is nothing to show.
    const RestReply &unified = replies.at(0);
    if (!unified.ok()) {
        if (error)
            *error = unified.errorString;
        return false;
    }
    RestJson::Reader r(unifiedPath);
    QString bodyError;
    const std::optional<QJsonObject> body = RestJson::body(unified, &bodyError, unifiedPath);
    if (!body) {
        if (error)
            *error = bodyError;
        return false;
    }
    const QJsonObject tracks = r.object(*body, QStringLiteral("tracks"));
    const auto health = r.text(*body, QStringLiteral("overall_health"));
    if (r.ok()) {
        const RestJson::Reader rev = r.child(QStringLiteral("tracks.revenue"));
        const QJsonObject o =
            r.child(QStringLiteral("tracks")).object(tracks, QStringLiteral("revenue"));
        const auto actual = rev.halalas(o, QStringLiteral("actual"));
        const auto forecast = rev.halalas(o, QStringLiteral("forecast"));
        const auto variance = rev.halalas(o, QStringLiteral("variance"));
        rev.number(o, QStringLiteral("variance_percent"));
        if (r.ok())
            f.tracks << Track{QStringLiteral("revenue"),
                              QStringLiteral("SAR"),
                              *actual,
                              *forecast,
                              std::nullopt,
                              *variance};
    }
    // Partnerships count deals (partnership, distribution, referral), as the database's track;
    // the server calls the unit "partners".
    Track partnerships, ma, expansion;
    if (r.ok() &&
        readCountTrack(r, tracks, QStringLiteral("partnerships"), QStringLiteral("actual_count"),
                       QStringLiteral("target_count"), QStringLiteral("deals"), &partnerships) &&
        readCountTrack(r, tracks, QStringLiteral("ma"), QStringLiteral("deals_in_progress"),
                       QStringLiteral("pipeline_target"), QStringLiteral("deals"), &ma) &&
        readCountTrack(r, tracks, QStringLiteral("expansion"), QStringLiteral("markets_launched"),
                       QStringLiteral("markets_planned"), QStringLiteral("markets"), &expansion))
        f.tracks << partnerships << ma << expansion;
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return false;
    }
    f.overallHealth = health->toLower();
    trace.serverComputed
        << tr("revenue forecast: computed by the Dealix server as actual + %L1 × the open "
              "pipeline (stages discovery, proposal and negotiation), over all time; the app's "
              "dictionary weighs each open deal by its probability, month by month")
               .arg(0.3)
        << tr("variance: computed by the Dealix server as actual − forecast (revenue) and count "
              "− target (other tracks)")
        << tr("partnerships and M&A targets: set by the Dealix server as the larger of the "
              "count and %L1 (partnerships) or %L2 (M&A), not targets anyone entered")
               .arg(5)
               .arg(2)
        << tr("expansion: fixed in the Dealix server's code (markets launched and planned are "
              "not read from any data)")
        << tr("overall health: computed by the Dealix server (on track whenever there is won "
              "revenue)");
    trace.unavailable
        << tr("monthly actual, forecast, commit and best case: %1")
               .arg(restNotAvailable(
                   tr("the server sends one all-time total per track, not months")))
        << tr("revenue targets: %1").arg(restNotAvailable(tr("the API serves no revenue targets")))
        << tr("deals left out of the sums (no expected close date, overdue, other currencies, "
              "values or probabilities that are not numbers): %1")
               .arg(
                   restNotAvailable(tr("the server sends totals only, not the deals behind them")));

    // /variance: a part of its own; when it fails the tracks stand and the part says why.
    [&] {
        const RestReply &v = replies.at(1);
        if (!v.ok()) {
            f.varianceFailure = couldNotBeComputed(v.errorString);
            return;
        }
        QString e;
        const std::optional<QJsonObject> vb = RestJson::body(v, &e, variancePath);
        if (!vb) {
            f.varianceFailure = couldNotBeComputed(e);
            return;
        }
        RestJson::Reader vr(variancePath);
        const QJsonArray top = vr.array(*vb, QStringLiteral("top_variances"));
        const QJsonArray causes = vr.array(*vb, QStringLiteral("root_causes"));
        const QJsonArray recommendations = vr.array(*vb, QStringLiteral("recommendations"));
        for (int i = 0; vr.ok() && i < top.size(); ++i) {
            const std::optional<QJsonObject> item =
                vr.objectAt(top, QStringLiteral("top_variances"), i);
            if (!item)
                break;
            const RestJson::Reader ir = vr.item(QStringLiteral("top_variances"), i);
            TopVariance tv;
            tv.track = ir.text(*item, QStringLiteral("track")).value_or(QString());
            tv.unit = ir.text(*item, QStringLiteral("unit")).value_or(QString());
            tv.variance =
                (tv.unit == QLatin1String("SAR") ? ir.halalas(*item, QStringLiteral("variance"))
                                                 : ir.integer(*item, QStringLiteral("variance")))
                    .value_or(0);
            f.topVariances << tv;
        }
        // Root causes and recommendations: text, one per item.
        auto texts = [&vr](const QJsonArray &a, const QString &key, QStringList *into) {
            for (int i = 0; vr.ok() && i < a.size(); ++i) {
                if (!a.at(i).isString()) {
                    vr.fail(RevenueForecast::tr("%1[%L2] is not text").arg(key).arg(i));
                    return;
                }
                *into << a.at(i).toString();
            }
        };
        texts(causes, QStringLiteral("root_causes"), &f.rootCauses);
        texts(recommendations, QStringLiteral("recommendations"), &f.recommendations);
        if (!vr.ok()) {
            f.topVariances.clear();
            f.rootCauses.clear();
            f.recommendations.clear();
            f.varianceFailure = couldNotBeComputed(vr.error());
        }
    }();
    *out = f;
    return true;
}

QJsonObject RevenueForecast::restJson(const QJsonObject &tracksJson) const
{
    // The database's keys, null where the server serves nothing (never 0 or []), and the
    // server's own parts beside them.
    QJsonArray top;
    for (const TopVariance &v : topVariances)
        top.append(QJsonObject{{QStringLiteral("track"), v.track},
                               {QStringLiteral("variance"), v.unit == QLatin1String("SAR")
                                                                ? Money::toJson(v.variance)
                                                                : QJsonValue(v.variance)},
                               {QStringLiteral("unit"), v.unit}});
    QJsonObject variance;
    if (varianceFailure.isEmpty())
        variance = {
            {QStringLiteral("top_variances"), top},
            {QStringLiteral("root_causes"), QJsonArray::fromStringList(rootCauses)},
            {QStringLiteral("recommendations"), QJsonArray::fromStringList(recommendations)}};
    return {{QStringLiteral("months"), QJsonValue()},
            {QStringLiteral("current_month"), currentMonth.toString(QStringLiteral("yyyy-MM"))},
            {QStringLiteral("tracks"), tracksJson},
            {QStringLiteral("overall_health"), overallHealth},
            {QStringLiteral("variance_analysis"),
             varianceFailure.isEmpty() ? QJsonValue(variance) : QJsonValue()},
            {QStringLiteral("variance_analysis_failure"),
             varianceFailure.isEmpty() ? QJsonValue() : QJsonValue(varianceFailure)},
            {QStringLiteral("unscheduled_open_deals"), QJsonValue()},
            {QStringLiteral("overdue_open_deals"), QJsonValue()},
            {QStringLiteral("deals_in_other_currencies"), QJsonValue()},
            {QStringLiteral("deals_with_non_numeric_value"), QJsonValue()},
            {QStringLiteral("deals_with_negative_value"), QJsonValue()},
            {QStringLiteral("deals_with_invalid_probability"), QJsonValue()},
            {QStringLiteral("targets_available"), QJsonValue()},
            {QStringLiteral("provenance"), provenance.toJson()}};
}
