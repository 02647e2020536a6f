// The Weekly Review from a Dealix server (README "Sources: the Dealix REST API"): the server's
// ExecWeeklyPack (/executive-room/weekly-pack) read strictly (RestJson) into the same value
// type. The server keeps no history: the week-on-week changes are not available, never zeros.
#include "models/core/displaytext.h"
#include "models/weekly/weeklyreview.h"

#include "models/core/money.h"
#include "models/core/result.h"
#include "models/source/restbatch.h"
#include "models/source/restjson.h"

#include <QJsonArray>

namespace {

const QString PackPath = QStringLiteral("executive-room/weekly-pack");

// A list of text ("blockers": ["…"]): every item a string.
QStringList texts(const RestJson::Reader &r, const QJsonObject &o, const QString &key)
{
    QStringList out;
    const QJsonArray a = r.array(o, key);
    for (int i = 0; r.ok() && i < a.size(); ++i) {
        if (!a.at(i).isString()) {
            r.fail(WeeklyReview::tr("%1[%L2] is not text").arg(key).arg(i));
            break;
        }
        out << a.at(i).toString();
    }
    return out;
}

} // namespace

bool WeeklyReview::computeRest(const Session &session, const QDateTime &asOf, WeeklyReview *out,
                               QString *error)
{
    WeeklyReview w;
    w.asOf = asOf.toUTC();
    w.generatedAt = QDateTime::currentDateTimeUtc();
    w.source = session.url().toDisplayString();
    w.tenant = session.tenant();
    const QTimeZone zone = Periods::zone(w.tenant.timeZone);
    w.week = Periods::saudiWeek(w.asOf, zone);
    w.previousWeek = Periods::saudiWeek(w.week.start.addSecs(-1), zone);
    w.metrics = metricDefinitions();
    w.fromRest = true;
    const QString noHistory = restNotAvailable(tr("the server keeps no history of past weeks"));
    for (Metric &m : w.metrics) {
        m.available = false;
        m.overApi = true;
        m.unavailableReason = noHistory;
    }
    w.rest.unavailable << tr("week-on-week changes: %1").arg(noHistory)
                       << tr("decisions required, one by one: %1")
                              .arg(restNotAvailable(tr("the weekly pack lists no decisions")));

    // The server packs the current week only: a past week is not asked for.
    if (w.week.end < QDateTime::currentDateTimeUtc().addSecs(-60)) {
        w.unavailableReason = restNotAvailable(tr("the server packs the current week only"));
        w.rest.unavailable << w.unavailableReason;
        *out = w;
        return true;
    }

    const RestReply reply = session.restGet(PackPath);
    w.rest.add(reply);
    if (reply.error == RestReply::Error::NotFound && reply.httpStatus == 404) {
        // A Line B server: the route does not exist. Said, not an error screen.
        w.unavailableReason = restNotAvailable(tr("this server (Line B) has no weekly pack"));
        w.rest.unavailable << w.unavailableReason;
        *out = w;
        return true;
    }
    if (!reply.ok()) {
        if (error)
            *error = reply.errorString;
        return false;
    }
    QString bodyError;
    const std::optional<QJsonObject> body = RestJson::body(reply, &bodyError, PackPath);
    if (!body) {
        if (error)
            *error = bodyError;
        return false;
    }
    RestJson::Reader r(PackPath);
    const auto weekOf = r.text(*body, QStringLiteral("week_of"));
    const auto rag = r.text(*body, QStringLiteral("overall_rag"));
    const QStringList completed = texts(r, *body, QStringLiteral("completed_this_week"));
    const QStringList planned = texts(r, *body, QStringLiteral("planned_next_week"));
    const QStringList blockers = texts(r, *body, QStringLiteral("blockers"));
    const QStringList risks = texts(r, *body, QStringLiteral("risk_summary"));
    const auto actual = r.halalas(*body, QStringLiteral("synergy_actual_sar"));
    const auto target = r.halalas(*body, QStringLiteral("synergy_target_sar"));
    const auto people = r.text(*body, QStringLiteral("people_update"));
    if (r.ok()) {
        const QString colour = rag->toLower();
        if (colour != QLatin1String("red") && colour != QLatin1String("amber") &&
            colour != QLatin1String("green"))
            r.fail(tr("overall_rag is \"%1\", red, amber or green was expected")
                       .arg(DisplayText::plain(*rag)));
    }
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return false;
    }
    w.serverWeekOf = *weekOf;
    w.overallRag = rag->toLower();
    w.ragReasons << tr("as the Dealix server judges it");
    w.completedThisWeek = completed;
    w.plannedNextWeek = planned;
    w.blockers = blockers;
    w.riskSummary = risks;
    w.synergyActual = *actual;
    w.synergyTarget = *target;
    w.peopleUpdate = *people;
    w.rest.serverComputed
        << tr("overall RAG: computed by the Dealix server (red for an approval at escalation "
              "level %L1 or higher, an active critical contradiction or a non-compliant control; "
              "amber for escalation level %L2 or a partial control), from stored statuses, not "
              "the live checks")
               .arg(2)
               .arg(1)
        << tr("synergy target: the Dealix server's revenue forecast (actual × %L1), not a "
              "target")
               .arg(1.1)
        << tr("week: named by the Dealix server as year and week number (Monday first, UTC), "
              "not the app's Sunday-to-Saturday week");
    *out = w;
    return true;
}

QJsonObject WeeklyReview::restJson() const
{
    // The database's keys; what the server does not serve is null, never 0 or [].
    QJsonObject changes;
    for (const Metric &m : metrics)
        changes.insert(m.key, QJsonObject{{QStringLiteral("this_week"), QJsonValue()},
                                          {QStringLiteral("last_week"), QJsonValue()},
                                          {QStringLiteral("change"), QJsonValue()},
                                          {QStringLiteral("unit"), m.unit == Unit::Money
                                                                       ? QStringLiteral("SAR")
                                                                       : QStringLiteral("count")},
                                          {QStringLiteral("reason"), m.unavailableReason}});
    const bool served = unavailableReason.isEmpty();
    auto list = [served](const QStringList &l) {
        return served ? QJsonValue(QJsonArray::fromStringList(l)) : QJsonValue();
    };
    QJsonObject provenance{
        {QStringLiteral("generated_at"), generatedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("generated_by"), QStringLiteral("dealix-desk " DEALIX_VERSION)},
        {QStringLiteral("source"), source},
        {QStringLiteral("tenant_id"), tenant.id},
        {QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
        {QStringLiteral("queries"), QJsonArray()},
        {QStringLiteral("rest"), rest.toJson()}};
    return QJsonObject{
        {QStringLiteral("week_of"), QJsonValue()},
        {QStringLiteral("server_week_of"), served ? QJsonValue(serverWeekOf) : QJsonValue()},
        {QStringLiteral("week_start"), QJsonValue()},
        {QStringLiteral("week_end"), QJsonValue()},
        {QStringLiteral("overall_rag"), served ? QJsonValue(overallRag) : QJsonValue()},
        {QStringLiteral("rag_reasons"), list(ragReasons)},
        {QStringLiteral("changes"), changes},
        {QStringLiteral("completed_this_week"), list(completedThisWeek)},
        {QStringLiteral("planned_next_week"), list(plannedNextWeek)},
        {QStringLiteral("blockers"), list(blockers)},
        {QStringLiteral("decisions_required"), QJsonValue()},
        {QStringLiteral("risk_summary"), list(riskSummary)},
        {QStringLiteral("synergy_actual_sar"),
         served ? Money::toJson(synergyActual) : QJsonValue()},
        {QStringLiteral("synergy_target_sar"),
         served ? Money::toJson(synergyTarget) : QJsonValue()},
        {QStringLiteral("deals_with_non_numeric_value"), QJsonValue()},
        {QStringLiteral("deals_with_negative_value"), QJsonValue()},
        {QStringLiteral("failures"), QJsonArray::fromStringList(failures())},
        {QStringLiteral("people_update"), served ? QJsonValue(peopleUpdate) : QJsonValue()},
        {QStringLiteral("not_available"), served ? QJsonValue() : QJsonValue(unavailableReason)},
        {QStringLiteral("provenance"), provenance},
    };
}
