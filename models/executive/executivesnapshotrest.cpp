// The Executive Room from a Dealix server (README "Sources: the Dealix REST API"): the four
// /executive-room routes, fetched at once, read strictly (RestJson), into the same value type
// the database fills. What the server computes by its own rule is said in rest.serverComputed;
// what it does not serve is null with its reason in rest.unavailable, never 0.
#include "models/executive/executivesnapshot.h"

#include "models/core/result.h"
#include "models/source/restbatch.h"
#include "models/source/restjson.h"

namespace {

using Snap = ExecutiveSnapshot;

QString notOverApi(const QString &why)
{
    return Snap::tr("not available over the Dealix API: %1").arg(why);
}

void failSection(Snap::Section *s, const QString &cause)
{
    s->available = false;
    s->failed = true;
    s->failureCause = cause;
    s->unavailableReason = couldNotBeComputed(cause);
}

// The section's keys the server does not serve: null in the JSON, with the reason said once.
void notServed(Snap::Section *s, RestTrace *trace, const QStringList &keys, const QString &what,
               const QString &why)
{
    s->notServed << keys;
    trace->unavailable << QStringLiteral("%1: %2").arg(what, notOverApi(why));
}

// A reply that failed fails the section with its message (which names the endpoint); a body
// that is not an object too. Returns the body otherwise.
std::optional<QJsonObject> bodyOf(const RestReply &reply, const QString &where, Snap::Section *s)
{
    s->query = reply.endpoint;
    if (!reply.ok()) {
        failSection(s, reply.errorString);
        return std::nullopt;
    }
    QString error;
    const std::optional<QJsonObject> o = RestJson::body(reply, &error, where);
    if (!o)
        failSection(s, error);
    return o;
}

template <typename Read>
void readSection(const std::optional<QJsonObject> &body, const QString &where, const QString &key,
                 Snap::Section *s, Read read)
{
    if (!body)
        return;
    RestJson::Reader r(where);
    const QJsonObject o = r.object(*body, key);
    if (r.ok())
        read(r.child(key), o);
    if (!r.ok())
        failSection(s, r.error());
}

int toInt(const std::optional<qint64> &v)
{
    return v ? int(*v) : 0;
}

} // namespace

void ExecutiveSnapshot::readServerItems(const RestReply &reply, const QString &where,
                                        const QString &listKey, bool risks, ServerItems *out)
{
    const std::optional<QJsonObject> body = bodyOf(reply, where, out);
    if (!body)
        return;
    RestJson::Reader r(where);
    const QJsonArray list = r.array(*body, listKey);
    const std::optional<qint64> total = r.integer(*body, QStringLiteral("total"));
    for (int i = 0; r.ok() && i < list.size(); ++i) {
        const std::optional<QJsonObject> item = r.objectAt(list, listKey, i);
        if (!item)
            break;
        const RestJson::Reader ir = r.item(listKey, i);
        ServerItems::Item it;
        it.type = ir.text(*item, QStringLiteral("type")).value_or(QString());
        if (risks)
            it.severity = ir.text(*item, QStringLiteral("severity")).value_or(QString()).toLower();
        it.count = ir.integer(*item, QStringLiteral("count")).value_or(0);
        it.descriptionAr = ir.text(*item, QStringLiteral("description_ar")).value_or(QString());
        out->items << it;
    }
    if (!r.ok())
        return failSection(out, r.error());
    out->total = *total;
    out->rows = list.size();
}

bool ExecutiveSnapshot::computeRest(const Session &session, Period period, const QDateTime &asOf,
                                    ExecutiveSnapshot *out, QString *error)
{
    if (const QString past = restPastAsOf(asOf); !past.isEmpty()) {
        if (error)
            *error = past;
        return false;
    }
    ExecutiveSnapshot s;
    s.period = period;
    s.asOf = asOf.toUTC();
    s.generatedAt = QDateTime::currentDateTimeUtc();
    s.source = session.url().toDisplayString();
    s.tenant = session.tenant();
    s.range = Periods::range(period, s.asOf, Periods::zone(s.tenant.timeZone));

    const QString snapshotPath = QStringLiteral("executive-room/snapshot");
    const QString risksPath = QStringLiteral("executive-room/risks");
    const QString decisionsPath = QStringLiteral("executive-room/decisions-pending");
    const QString forecastPath = QStringLiteral("executive-room/forecast-vs-actual");
    const QList<RestReply> replies =
        restGetAll(session, {{snapshotPath}, {risksPath}, {decisionsPath}, {forecastPath}});
    for (const RestReply &r : replies)
        s.rest.add(r);
    RestTrace &trace = s.rest;

    // One reply feeds the seven snapshot sections: each reads its own key, so a wrong shape in
    // one fails that section only.
    const RestReply &snap = replies.at(0);
    Section *sections[] = {&s.revenue,        &s.approvals,      &s.compliance,   &s.connectors,
                           &s.contradictions, &s.strategicDeals, &s.evidencePacks};
    std::optional<QJsonObject> body;
    {
        Section probe;
        body = bodyOf(snap, snapshotPath, &probe);
        for (Section *section : sections) {
            section->query = probe.query;
            if (probe.failed)
                failSection(section, probe.failureCause);
        }
    }

    if (period != Period::AllTime && !s.revenue.failed) {
        // The snapshot has no period: its actual and win rate are over all time, and are not
        // shown as a month's, a quarter's or a year's.
        s.revenue.available = false;
        s.revenue.unavailableReason =
            notOverApi(tr("the server's snapshot covers all time; choose All time"));
        trace.unavailable << QStringLiteral("revenue: %1").arg(s.revenue.unavailableReason);
    } else if (period == Period::AllTime) {
        readSection(body, snapshotPath, QStringLiteral("revenue"), &s.revenue,
                    [&s](const RestJson::Reader &r, const QJsonObject &o) {
                        const auto actual = r.halalas(o, QStringLiteral("actual"));
                        const auto forecast = r.halalas(o, QStringLiteral("forecast"));
                        const auto variance = r.number(o, QStringLiteral("variance_percent"));
                        const auto pipeline = r.halalas(o, QStringLiteral("pipeline_value"));
                        const auto winRate = r.number(o, QStringLiteral("win_rate"));
                        if (!r.ok())
                            return;
                        s.revenue.actual = *actual;
                        s.revenue.forecastCenti = *forecast * 100;
                        s.revenue.periodForecastCenti = s.revenue.forecastCenti;
                        s.revenue.variancePercent = *variance;
                        s.revenue.pipeline = *pipeline;
                        s.revenue.winRate = *winRate;
                    });
        if (s.revenue.available) {
            trace.serverComputed
                << tr("forecast: computed by the Dealix server as actual × %L1 (the app's "
                      "dictionary adds the open pipeline weighted by probability)")
                       .arg(1.1)
                << tr("variance: computed by the Dealix server against its own forecast, so it "
                      "is %L1 % whenever there is revenue")
                       .arg(-9.1)
                << tr("win rate: computed by the Dealix server as won ÷ (won + lost) over all "
                      "time (%L1 when no deal is closed)")
                       .arg(0.0, 0, 'f', 1)
                << tr("open pipeline: computed by the Dealix server over the stages discovery, "
                      "proposal and negotiation only");
            notServed(&s.revenue, &trace,
                      {QStringLiteral("won_deals"), QStringLiteral("lost_deals"),
                       QStringLiteral("open_deals"), QStringLiteral("deals_without_value"),
                       QStringLiteral("deals_with_non_numeric_value"),
                       QStringLiteral("deals_with_negative_value"),
                       QStringLiteral("deals_with_invalid_probability"),
                       QStringLiteral("excluded_other_currencies")},
                      tr("deal counts"),
                      tr("the server sends totals only, not the deals behind them"));
            notServed(&s.revenue, &trace,
                      {QStringLiteral("target"), QStringLiteral("actual_vs_target_percent"),
                       QStringLiteral("forecast_vs_target_percent")},
                      tr("revenue target"), tr("the API serves no revenue targets"));
        }
    }

    readSection(body, snapshotPath, QStringLiteral("approvals"), &s.approvals,
                [&s](const RestJson::Reader &r, const QJsonObject &o) {
                    const auto pending = r.integer(o, QStringLiteral("pending"));
                    const auto warning = r.integer(o, QStringLiteral("warning"));
                    const auto breach = r.integer(o, QStringLiteral("breach"));
                    s.approvals.pending = toInt(pending);
                    s.approvals.warning = toInt(warning);
                    s.approvals.breach = toInt(breach);
                });
    if (s.approvals.available)
        trace.serverComputed << tr("SLA warning and breach: computed by the Dealix server from "
                                   "each approval's escalation level (warning: level %L1; breach: "
                                   "level %L2 or higher), not from its deadline")
                                    .arg(1)
                                    .arg(2);

    readSection(body, snapshotPath, QStringLiteral("compliance"), &s.compliance,
                [&s](const RestJson::Reader &r, const QJsonObject &o) {
                    const auto compliant = r.integer(o, QStringLiteral("compliant"));
                    const auto partial = r.integer(o, QStringLiteral("partial"));
                    const auto nonCompliant = r.integer(o, QStringLiteral("non_compliant"));
                    const auto posture = r.text(o, QStringLiteral("posture"));
                    s.compliance.compliant = toInt(compliant);
                    s.compliance.partial = toInt(partial);
                    s.compliance.nonCompliant = toInt(nonCompliant);
                    s.compliance.posture = posture.value_or(QString()).toLower();
                });
    if (s.compliance.available) {
        // The snapshot has no not-applicable count: the total, rate and score over all controls
        // are not known from it (the Compliance surface reads them from /compliance/matrix).
        s.compliance.total =
            s.compliance.compliant + s.compliance.partial + s.compliance.nonCompliant;
        trace.serverComputed << tr("compliance posture: as the Dealix server computes it");
        notServed(
            &s.compliance, &trace,
            {QStringLiteral("not_applicable"), QStringLiteral("rate"), QStringLiteral("score")},
            tr("compliance rate and score"),
            tr("the snapshot has no count of not-applicable controls"));
        notServed(&s.compliance, &trace,
                  {QStringLiteral("live"), QStringLiteral("disagreeing"),
                   QStringLiteral("disagreeing_controls")},
                  tr("live compliance checks"),
                  tr("they read the tenant's database tables, which the API does not serve"));
    }

    readSection(body, snapshotPath, QStringLiteral("connectors"), &s.connectors,
                [&s](const RestJson::Reader &r, const QJsonObject &o) {
                    const auto healthy = r.integer(o, QStringLiteral("healthy"));
                    const auto degraded = r.integer(o, QStringLiteral("degraded"));
                    const auto errors = r.integer(o, QStringLiteral("error"));
                    s.connectors.healthy = toInt(healthy);
                    s.connectors.degraded = toInt(degraded);
                    s.connectors.error = toInt(errors);
                });
    if (s.connectors.available)
        notServed(&s.connectors, &trace,
                  {QStringLiteral("unknown"), QStringLiteral("disabled"),
                   QStringLiteral("not_configured")},
                  tr("unknown, disabled and not-configured connectors"),
                  tr("the snapshot counts healthy, degraded and error connectors only"));

    readSection(body, snapshotPath, QStringLiteral("contradictions"), &s.contradictions,
                [&s](const RestJson::Reader &r, const QJsonObject &o) {
                    const auto active = r.integer(o, QStringLiteral("active"));
                    const auto critical = r.integer(o, QStringLiteral("critical"));
                    s.contradictions.active = toInt(active);
                    s.contradictions.critical = toInt(critical);
                });

    readSection(body, snapshotPath, QStringLiteral("strategic_deals"), &s.strategicDeals,
                [&s](const RestJson::Reader &r, const QJsonObject &o) {
                    const auto active = r.integer(o, QStringLiteral("active"));
                    const auto pipeline = r.halalas(o, QStringLiteral("pipeline_value"));
                    s.strategicDeals.active = toInt(active);
                    s.strategicDeals.pipeline = pipeline.value_or(0);
                });
    if (s.strategicDeals.available)
        notServed(&s.strategicDeals, &trace,
                  {QStringLiteral("deals_with_non_numeric_value"),
                   QStringLiteral("deals_with_negative_value")},
                  tr("strategic deal values left out"),
                  tr("the server does not say which estimated values it could not add"));

    readSection(body, snapshotPath, QStringLiteral("evidence_packs"), &s.evidencePacks,
                [&s](const RestJson::Reader &r, const QJsonObject &o) {
                    const auto ready = r.integer(o, QStringLiteral("ready"));
                    const auto pending = r.integer(o, QStringLiteral("pending_review"));
                    s.evidencePacks.ready = toInt(ready);
                    s.evidencePacks.pendingReview = toInt(pending);
                });

    readServerItems(replies.at(1), risksPath, QStringLiteral("risks"), true, &s.serverRisks);
    readServerItems(replies.at(2), decisionsPath, QStringLiteral("decisions"), false,
                    &s.serverDecisions);

    // forecast-vs-actual: the server's revenue track (its actual × 1.1 forecast again) and its
    // health (on_track when its variance is −10 % or better). A server with no revenue track
    // (tracks {}) serves the health alone.
    if (const std::optional<QJsonObject> fb =
            bodyOf(replies.at(3), forecastPath, &s.serverForecast)) {
        RestJson::Reader r(forecastPath);
        const QJsonObject tracks = r.object(*fb, QStringLiteral("tracks"));
        const auto health = r.text(*fb, QStringLiteral("overall_health"));
        if (r.ok() && tracks.contains(QStringLiteral("revenue"))) {
            const RestJson::Reader rr = r.child(QStringLiteral("tracks.revenue"));
            const QJsonObject rev = r.object(tracks, QStringLiteral("revenue"));
            const auto actual = rr.halalas(rev, QStringLiteral("actual"));
            const auto forecast = rr.halalas(rev, QStringLiteral("forecast"));
            const auto variance = rr.number(rev, QStringLiteral("variance_percent"));
            if (r.ok()) {
                s.serverForecast.actual = *actual;
                s.serverForecast.forecast = *forecast;
                s.serverForecast.variancePercent = *variance;
            }
        } else if (r.ok()) {
            notServed(&s.serverForecast, &trace,
                      {QStringLiteral("actual"), QStringLiteral("forecast"),
                       QStringLiteral("variance_percent")},
                      tr("forecast vs actual"), tr("the server sends no revenue track"));
        }
        if (!r.ok())
            failSection(&s.serverForecast, r.error());
        else
            s.serverForecast.overallHealth = health->toLower();
    }
    if (s.serverForecast.available)
        trace.serverComputed << tr("overall health: computed by the Dealix server (on track when "
                                   "its variance is %L1 % or better)")
                                    .arg(-10);

    bool anySucceeded = false;
    for (const Section *section : sections)
        anySucceeded = anySucceeded || section->available || !section->failed;
    anySucceeded = anySucceeded || s.serverRisks.available || s.serverDecisions.available ||
                   s.serverForecast.available;
    if (!anySucceeded) {
        if (error)
            *error = s.approvals.failureCause;
        return false;
    }
    *out = s;
    return true;
}
