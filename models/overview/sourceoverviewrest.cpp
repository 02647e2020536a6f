// The data source surface over a Dealix server (README "Sources: the Dealix REST API").
#include "models/overview/sourceoverview.h"
#include "models/source/restbatch.h"
#include "models/source/restserver.h"

QList<std::pair<QString, QStringList>> SourceOverview::restRoutes()
{
    auto l = [](const char *s) { return QString::fromLatin1(s); };
    return {
        {l("executive-room"),
         {l("executive-room/snapshot"), l("executive-room/risks"),
          l("executive-room/decisions-pending"), l("executive-room/forecast-vs-actual")}},
        {l("weekly-review"), {l("executive-room/weekly-pack")}},
        {l("approval-center"), {l("approval-center/"), l("approval-center/stats")}},
        {l("evidence-packs"),
         {l("evidence-packs/"), l("evidence-packs/{id}"), l("evidence-packs/{id}/verify")}},
        {l("compliance"), {l("compliance/matrix/"), l("compliance/matrix/posture")}},
        {l("risk-heatmap"), {l("compliance/matrix/risk-heatmap")}},
        {l("forecast"), {l("forecast-control/unified"), l("forecast-control/variance")}},
        {l("connectors"), {l("connectors/governance"), l("connectors/{key}/history")}},
        {l("policy-violations"), {l("contradictions/"), l("contradictions/stats")}},
        {l("partner-pipeline"), {l("strategic-deals")}},
    };
}

bool SourceOverview::computeRest(const Session &session, const QDateTime &asOf, SourceOverview *out,
                                 QString *)
{
    SourceOverview o;
    o.isRest = true;
    o.source = session.url().toDisplayString();
    o.tenant = session.tenant();
    o.generatedAt = QDateTime::currentDateTimeUtc();
    o.asOf = asOf;
    // Every route a surface reads, asked once at the same time (a per-item route is asked
    // when its surface opens an item: listed, not asked here). The pipeline is asked for one
    // deal: the route needs the token, and a refusal says why here.
    QList<RestBatch::Request> requests;
    for (const auto &[surface, routes] : restRoutes()) {
        for (const QString &route : routes) {
            if (route.contains(QLatin1Char('{')))
                continue;
            QUrlQuery q;
            if (route == QLatin1String("strategic-deals")) {
                q.addQueryItem(QStringLiteral("page"), QStringLiteral("1"));
                q.addQueryItem(QStringLiteral("per_page"), QStringLiteral("1"));
            }
            if (route == QLatin1String("approval-center/"))
                q.addQueryItem(QStringLiteral("status"), QStringLiteral("pending"));
            requests << RestBatch::Request{route, q};
            o.restEndpoints.append({surface, route, QString(), false, QString(), 0, {}, {}});
        }
    }
    QList<qint64> took;
    const QList<RestReply> replies = RestBatch::get(session, requests, &took);
    bool snapshotOk = false;
    QJsonObject snapshot;
    bool weeklyAnswered = false;
    RestReply::Error weeklyError = RestReply::Error::None;
    for (qsizetype i = 0; i < replies.size(); ++i) {
        const RestReply &r = replies.at(i);
        RestEndpoint &e = o.restEndpoints[i];
        o.rest.add(r);
        e.endpoint = r.endpoint;
        e.ok = r.ok();
        e.result = r.ok() ? QString() : r.errorString;
        e.elapsedMs = took.value(i);
        e.requestedAt = r.requestedAt;
        e.serverGeneratedAt = r.serverGeneratedAt;
        if (e.route == QLatin1String("executive-room/snapshot") && r.ok() && r.body.isObject()) {
            snapshotOk = true;
            snapshot = r.object();
        }
        if (e.route == QLatin1String("executive-room/weekly-pack")) {
            weeklyAnswered = r.ok() || r.httpStatus != 0;
            weeklyError = r.error;
        }
    }
    // Line B by the same rule as the banner's (RestServer::detect).
    if (snapshotOk)
        o.apiLine = RestServer::detect(snapshotOk, snapshot, weeklyAnswered, weeklyError).lineB
                        ? QStringLiteral("B")
                        : QStringLiteral("A");
    o.driver = o.apiLine.isEmpty() ? tr("Dealix REST API")
                                   : tr("Dealix REST API (line %1)").arg(o.apiLine);
    if (o.apiLine == QLatin1String("B"))
        o.warnings << tr("This Dealix server runs line B: its executive routes return placeholder "
                         "zeros, not the tenant's figures.");
    const QString noTables =
        tr("Tables, columns and row counts: not available over the Dealix API: the API serves "
           "each surface's figures, not its tables.");
    o.warnings << noTables;
    o.rest.unavailable << noTables;
    o.indexesChecked = false;
    o.indexesError = tr("Indexes: not available over the Dealix API: the server's database is "
                        "not reachable from here.");
    QStringList endpoints;
    for (const RestEndpoint &e : std::as_const(o.restEndpoints))
        endpoints << e.endpoint;
    o.query = endpoints.join(QLatin1Char('\n'));
    *out = o;
    return true;
}
