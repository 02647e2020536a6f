// The Risk Heatmap from a Dealix server (README "Sources: the Dealix REST API"): the controls
// of /compliance/matrix/ rated by the app's own mapping, the server's /risk-heatmap and its
// /executive-room/risks, fetched at once and read strictly (RestJson). The server rates no
// approval, contradiction or connector one by one: those are not placed on the grid, and that
// is said.
#include "models/risk/riskregister.h"

#include "models/compliance/compliancematrix.h"
#include "models/core/result.h"
#include "models/source/restbatch.h"
#include "models/source/restjson.h"

#include <future>

namespace {

const QString HeatmapPath = QStringLiteral("compliance/matrix/risk-heatmap");
const QString RisksPath = QStringLiteral("executive-room/risks");

// /risk-heatmap: {heatmap: {category: {risk_level: n}}, total_controls}.
Result<QHash<QString, QHash<QString, int>>> readHeatmap(const RestReply &reply)
{
    if (!reply.ok())
        return Failure{reply.errorString};
    QString error;
    const std::optional<QJsonObject> body = RestJson::body(reply, &error, HeatmapPath);
    if (!body)
        return Failure{error};
    RestJson::Reader r(HeatmapPath);
    const QJsonObject heatmap = r.object(*body, QStringLiteral("heatmap"));
    const std::optional<qint64> total = r.integer(*body, QStringLiteral("total_controls"));
    QHash<QString, QHash<QString, int>> out;
    qint64 sum = 0;
    for (auto it = heatmap.constBegin(); r.ok() && it != heatmap.constEnd(); ++it) {
        const RestJson::Reader cr = r.child(QStringLiteral("heatmap"));
        const QJsonObject levels = cr.object(heatmap, it.key());
        const RestJson::Reader lr = cr.child(it.key());
        for (auto l = levels.constBegin(); r.ok() && l != levels.constEnd(); ++l) {
            const std::optional<qint64> n = lr.integer(levels, l.key());
            if (n) {
                out[it.key().toLower()][l.key().toLower()] += int(*n);
                sum += *n;
            }
        }
    }
    if (!r.ok())
        return Failure{r.error()};
    if (sum != *total)
        return Failure{QStringLiteral("%1: %2").arg(
            HeatmapPath, RiskRegister::tr("total_controls says %L1, the cells add up to %L2")
                             .arg(*total)
                             .arg(sum))};
    return out;
}

} // namespace

bool RiskRegister::computeRest(const Session &session, const QDateTime &asOfTime, RiskRegister *out,
                               QString *error)
{
    if (const QString past = restPastAsOf(session, asOfTime); !past.isEmpty()) {
        if (error)
            *error = past;
        return false;
    }
    RiskRegister r;
    r.provenance = Provenance::start(session, asOfTime);
    RestTrace &trace = r.provenance.rest;
    // The control list (with the server's posture) and the other two routes, all at once.
    auto matrixRun = std::async(std::launch::async, [&session, asOf = r.provenance.asOf] {
        ComplianceMatrix m;
        QString why;
        const bool ok = ComplianceMatrix::compute(session, {}, asOf, &m, &why);
        return std::make_tuple(ok, m, why);
    });
    const QList<RestReply> replies = restGetAll(session, {{HeatmapPath}, {RisksPath}});
    const auto [matrixOk, matrix, matrixWhy] = matrixRun.get();
    trace.calls << matrix.provenance.rest.calls;
    for (const RestReply &reply : replies)
        trace.add(reply);
    if (!matrixOk) {
        // The controls are the grid's only items over the API: without them there is no grid.
        if (error)
            *error = matrixWhy;
        return false;
    }
    r.addControls(matrix);
    const QHash<QString, QHash<QString, int>> fromList = r.controls;
    trace.serverComputed << tr("controls on the grid: rated by the app from the controls the "
                               "Dealix server lists (impact from the risk level, likelihood from "
                               "the status)");

    const Result<QHash<QString, QHash<QString, int>>> heatmap = readHeatmap(replies.at(0));
    if (!heatmap.ok()) {
        // The list's own counts stay (they are the same controls); the server's are said failed.
        r.heatmapFailure = couldNotBeComputed(heatmap.error());
        trace.unavailable << tr("the server's heat map: %1").arg(r.heatmapFailure);
        r.unavailable << r.heatmapFailure;
    } else {
        r.controls = heatmap.value();
        trace.serverComputed << (heatmap.value() == fromList
                                     ? tr("heat map of controls: as the Dealix server counts "
                                          "them; it agrees with its control list")
                                     : tr("heat map of controls: as the Dealix server counts "
                                          "them; it differs from its own control list"));
    }

    ExecutiveSnapshot::readServerItems(replies.at(1), RisksPath, QStringLiteral("risks"), true,
                                       &r.serverRisks);
    if (!r.serverRisks.available)
        r.unavailable << r.serverRisks.unavailableReason;
    const QString notPlaced =
        restNotAvailable(tr("the server counts them by type and rates none of them one by one"));
    trace.unavailable << tr("approvals past SLA, contradictions and connectors in error on the "
                            "grid: %1")
                             .arg(notPlaced)
                      << tr("the tenant's own risk register: %1")
                             .arg(restNotAvailable(tr("the API serves no risks table")))
                      << tr("live compliance checks: %1")
                             .arg(restNotAvailable(tr("they read the tenant's database tables")));
    r.unavailable << tr("approvals, contradictions, connectors: %1").arg(notPlaced);

    for (const RiskItem &i : std::as_const(r.risks))
        ++r.cells[i.likelihood - 1][i.impact - 1];
    std::stable_sort(r.risks.begin(), r.risks.end(),
                     [](const RiskItem &x, const RiskItem &y) { return x.score() > y.score(); });
    *out = r;
    return true;
}
