// The Executive Room from a Dealix server (README "Sources: the Dealix REST API"): the four
// /executive-room routes and the three lists the dictionary's figures are computed from
// (/approval-center/, /compliance/matrix/, /connectors/governance), fetched at once, read
// strictly (RestJson), into the same value type the database fills. What the server computes
// by its own rule is said in rest.serverComputed; what it does not serve is null with its
// reason in rest.unavailable, never 0.
#include "models/core/format.h"
#include "models/executive/executivesnapshot.h"

#include "models/approvals/approvalqueue.h"
#include "models/compliance/compliancematrix.h"
#include "models/connectors/connectorboard.h"
#include "models/core/result.h"
#include "models/source/restbatch.h"
#include "models/source/restjson.h"

namespace {

using Snap = ExecutiveSnapshot;

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
    trace->unavailable << QStringLiteral("%1: %2").arg(what, restNotAvailable(why));
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
    if (const QString past = restPastAsOf(session, asOf); !past.isEmpty()) {
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
    // The lists the app computes the approvals, compliance and connectors sections from, by the
    // same code as the Approval Center, the Compliance Dashboard and the Connector Board.
    QUrlQuery pendingQuery;
    pendingQuery.addQueryItem(QStringLiteral("status"), QStringLiteral("pending"));
    const QList<RestReply> replies =
        restGetAll(session, {{snapshotPath},
                             {risksPath},
                             {decisionsPath},
                             {forecastPath},
                             {QStringLiteral("approval-center/"), pendingQuery},
                             {QStringLiteral("compliance/matrix/")},
                             {QStringLiteral("connectors/governance")}});
    for (const RestReply &r : replies)
        s.rest.add(r);
    RestTrace &trace = s.rest;

    // One reply feeds the seven snapshot sections: each reads its own key, so a wrong shape in
    // one fails that section only.
    const RestReply &snap = replies.at(0);
    Section *sections[] = {&s.revenue,          &s.serverApprovals, &s.serverCompliance,
                           &s.serverConnectors, &s.contradictions,  &s.strategicDeals,
                           &s.evidencePacks};
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
            restNotAvailable(tr("the server's snapshot covers all time; choose All time"));
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
                      "is %1 whenever there is revenue")
                       .arg(Format::signedPercent(-9.1, 1))
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
            // The server's snapshot covers all time, which has no previous period, and no
            // route serves an earlier period's figures: the change is not available, never 0.
            notServed(&s.revenue, &trace,
                      {QStringLiteral("previous_actual"), QStringLiteral("previous_win_rate"),
                       QStringLiteral("actual_change_percent"),
                       QStringLiteral("win_rate_change_points")},
                      tr("previous period"), tr("the API serves no previous period"));
            s.revenue.previousUnavailable =
                restNotAvailable(tr("the API serves no previous period"));
        }
    }

    // The server's snapshot figures for approvals, compliance and connectors: kept as
    // server_snapshot, beside the app's.
    readSection(body, snapshotPath, QStringLiteral("approvals"), &s.serverApprovals,
                [&s](const RestJson::Reader &r, const QJsonObject &o) {
                    const auto pending = r.integer(o, QStringLiteral("pending"));
                    const auto warning = r.integer(o, QStringLiteral("warning"));
                    const auto breach = r.integer(o, QStringLiteral("breach"));
                    s.serverApprovals.pending = toInt(pending);
                    s.serverApprovals.warning = toInt(warning);
                    s.serverApprovals.breach = toInt(breach);
                });
    if (s.serverApprovals.available)
        trace.serverComputed << tr("server_snapshot.approvals: computed by the Dealix server from "
                                   "each approval's escalation level (warning: level %L1; breach: "
                                   "level %L2 or higher), not from its deadline")
                                    .arg(1)
                                    .arg(2);
    readSection(body, snapshotPath, QStringLiteral("compliance"), &s.serverCompliance,
                [&s](const RestJson::Reader &r, const QJsonObject &o) {
                    const auto compliant = r.integer(o, QStringLiteral("compliant"));
                    const auto partial = r.integer(o, QStringLiteral("partial"));
                    const auto nonCompliant = r.integer(o, QStringLiteral("non_compliant"));
                    const auto posture = r.text(o, QStringLiteral("posture"));
                    s.serverCompliance.compliant = toInt(compliant);
                    s.serverCompliance.partial = toInt(partial);
                    s.serverCompliance.nonCompliant = toInt(nonCompliant);
                    s.serverCompliance.posture = posture.value_or(QString()).toLower();
                });
    if (s.serverCompliance.available)
        trace.serverComputed << tr("server_snapshot.compliance: as the Dealix server computes it");
    readSection(body, snapshotPath, QStringLiteral("connectors"), &s.serverConnectors,
                [&s](const RestJson::Reader &r, const QJsonObject &o) {
                    const auto healthy = r.integer(o, QStringLiteral("healthy"));
                    const auto degraded = r.integer(o, QStringLiteral("degraded"));
                    const auto errors = r.integer(o, QStringLiteral("error"));
                    s.serverConnectors.healthy = toInt(healthy);
                    s.serverConnectors.degraded = toInt(degraded);
                    s.serverConnectors.error = toInt(errors);
                });

    // Approvals by the dictionary: the pending list, each request's SLA state by the Approval
    // Center's rule and code (ApprovalQueue::restCounters).
    {
        const RestReply &reply = replies.at(4);
        s.approvals.query = reply.endpoint;
        QList<ApprovalQueue::Item> items;
        QString why;
        if (!ApprovalQueue::readRest(reply, &items, &why)) {
            failSection(&s.approvals, why);
        } else {
            const ApprovalQueue::Counters c = ApprovalQueue::restCounters(
                items, asOf.isValid() ? asOf.toUTC() : QDateTime::currentDateTimeUtc());
            s.approvals.pending = c.pending;
            s.approvals.warning = c.warning;
            s.approvals.breach = c.breach;
            s.approvals.rows = items.size();
            trace.serverComputed
                << tr("SLA warning and breach: computed by the app from the pending requests "
                      "/approval-center/ lists, by the Approval Center's rule (deadline: "
                      "created_at, else the server's age_hours, plus %L1 h; warning: less than "
                      "%L2 h left); the server's own counts are server_snapshot.approvals")
                       .arg(ApprovalSla::DefaultBreachHours)
                       .arg(ApprovalSla::WarningWindowSec / 3600);
        }
    }

    // Compliance by the dictionary: every control /compliance/matrix/ lists, read by the
    // Compliance Dashboard's reader.
    {
        const RestReply &reply = replies.at(5);
        s.compliance.query = reply.endpoint;
        const Result<QList<ComplianceControl>> controls = ComplianceMatrix::readRestControls(reply);
        if (!controls.ok()) {
            failSection(&s.compliance, controls.error());
        } else {
            CompliancePosture p;
            for (const ComplianceControl &c : controls.value()) {
                s.compliance.controls.append({c.controlId, c.status});
                p.add(c.status);
            }
            s.compliance.setFigures(p);
            trace.serverComputed << tr(
                "compliance counts, rate, score and posture: computed by the app from the "
                "controls /compliance/matrix/ lists; the server's snapshot figures are "
                "server_snapshot.compliance");
            notServed(&s.compliance, &trace,
                      {QStringLiteral("live"), QStringLiteral("disagreeing"),
                       QStringLiteral("disagreeing_controls")},
                      tr("live compliance checks"),
                      tr("they read the tenant's database tables, which the API does not serve"));
        }
    }

    // Connectors by the dictionary: every row /connectors/governance lists, read and counted by
    // the Connector Board's code (a known connector the server does not register is not
    // configured; a status the app does not know is unknown).
    {
        const RestReply &reply = replies.at(6);
        s.connectors.query = reply.endpoint;
        QHash<QString, ConnectorRow> rows;
        QString why;
        if (!ConnectorBoard::readRestRows(reply, &rows, &why)) {
            failSection(&s.connectors, why);
        } else {
            ConnectorBoard board;
            s.connectors.registered = int(rows.size());
            s.connectors.rows = s.connectors.registered;
            ConnectorBoard::assemble(&board, std::move(rows), {}, {});
            s.connectors.healthy = board.counts.value(QStringLiteral("ok"));
            s.connectors.degraded = board.counts.value(QStringLiteral("degraded"));
            s.connectors.error = board.counts.value(QStringLiteral("error"));
            s.connectors.unknown = board.counts.value(QStringLiteral("unknown"));
            s.connectors.disabled = board.counts.value(QStringLiteral("disabled"));
            s.connectors.notConfigured = board.counts.value(QStringLiteral("not_configured"));
            trace.serverComputed << tr(
                "connectors: counted by the app from every row /connectors/governance "
                "lists; the server's snapshot figures are server_snapshot.connectors");
        }
    }

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
                                   "its variance is %1 or better)")
                                    .arg(Format::signedPercent(-10, 0));

    bool anySucceeded = false;
    for (const Section *section : sections)
        anySucceeded = anySucceeded || section->available || !section->failed;
    anySucceeded = anySucceeded || s.serverRisks.available || s.serverDecisions.available ||
                   s.serverForecast.available || !s.approvals.failed || !s.compliance.failed ||
                   !s.connectors.failed;
    if (!anySucceeded) {
        if (error)
            *error = s.serverApprovals.failureCause; // the snapshot's
        return false;
    }
    *out = s;
    return true;
}
