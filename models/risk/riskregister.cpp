#include "models/risk/riskregister.h"

#include "models/approvals/approvalcenter.h"
#include "models/approvals/approvalqueuemodel.h"
#include "models/compliance/compliancematrix.h"
#include "models/connectors/connectorboard.h"
#include "models/core/csvwriter.h"
#include "models/core/format.h"
#include "models/core/labels.h"
#include "models/source/boundquery.h"
#include "models/source/sqldialect.h"
#include "models/violations/policyviolations.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <algorithm>

namespace {

// Impact from a four-level scale: critical 5, high 4, medium / normal 3, low 2.
int impactOf(const QString &level)
{
    if (level == QLatin1String("critical"))
        return 5;
    if (level == QLatin1String("high"))
        return 4;
    if (level == QLatin1String("low"))
        return 2;
    return 3;
}

// What the register lacks: the table, or why reading it failed.
QString sourceProblem(const Session &session, const QString &table, const QString &error)
{
    return session.schema().hasTable(table) ? QStringLiteral("%1 (%2)").arg(table, error) : table;
}

int clamp(int v)
{
    return std::clamp(v, 1, 5);
}

} // namespace

QString RiskRegister::band(int score)
{
    if (score >= 15)
        return QStringLiteral("critical");
    if (score >= 10)
        return QStringLiteral("high");
    if (score >= 5)
        return QStringLiteral("medium");
    return QStringLiteral("low");
}

QString RiskRegister::bandText(const QString &b)
{
    const auto range = [](int from, int to) {
        return tr("(%1–%2)", "a band's range of scores")
            .arg(Format::integer(from), Format::integer(to));
    };
    if (b == QLatin1String("critical"))
        return bandName(b) + QLatin1Char(' ') + range(15, 25);
    if (b == QLatin1String("high"))
        return bandName(b) + QLatin1Char(' ') + range(10, 14);
    if (b == QLatin1String("medium"))
        return bandName(b) + QLatin1Char(' ') + range(5, 9);
    return bandName(QStringLiteral("low")) + QLatin1Char(' ') + range(1, 4);
}

QString RiskRegister::bandName(const QString &b)
{
    if (b == QLatin1String("critical"))
        return tr("Critical");
    if (b == QLatin1String("high"))
        return tr("High");
    if (b == QLatin1String("medium"))
        return tr("Medium");
    return tr("Low");
}

QString RiskRegister::likelihoodName(int likelihood)
{
    switch (likelihood) {
    case 1:
        return tr("Rare");
    case 2:
        return tr("Unlikely");
    case 3:
        return tr("Possible");
    case 4:
        return tr("Likely");
    case 5:
        return tr("Almost certain");
    default:
        return Format::integer(likelihood);
    }
}

QString RiskRegister::impactName(int impact)
{
    switch (impact) {
    case 1:
        return tr("Minor");
    case 2:
        return tr("Moderate");
    case 3:
        return tr("Significant");
    case 4:
        return tr("Major");
    case 5:
        return tr("Severe");
    default:
        return Format::integer(impact);
    }
}

QString RiskRegister::kindText(const QString &k)
{
    if (k == QLatin1String("control"))
        return tr("Compliance control");
    if (k == QLatin1String("approval"))
        return tr("Approval past SLA");
    if (k == QLatin1String("contradiction"))
        return tr("Contradiction");
    if (k == QLatin1String("connector"))
        return tr("Connector in error");
    return tr("Risk register");
}

void RiskRegister::addControls(const ComplianceMatrix &m)
{
    // Controls: impact from the control's risk level; likelihood 4 when non-compliant (the gap
    // exists), 3 when partial. The status is what the live checks show where they can assess
    // the control, else the recorded one; where the two differ the risk says both.
    live = m.live;
    disagreeing = m.disagreeing;
    for (const ComplianceControl &c : std::as_const(m.controls)) {
        ++controls[c.framework][c.risk];
        const QString status = m.live.effective(c.controlId, c.status);
        if (status != QLatin1String("non_compliant") && status != QLatin1String("partial"))
            continue;
        const bool failing = status == QLatin1String("non_compliant");
        const bool disagrees = m.live.disagrees(c.controlId, c.status);
        RiskItem item{QStringLiteral("control"),
                      QStringLiteral("compliance"),
                      c.controlId,
                      c.controlId + QStringLiteral(" ") + c.name,
                      impactOf(c.risk),
                      failing ? 4 : 3,
                      disagrees ? tr("risk level %1; records %2; data %3 — %4")
                                      .arg(ComplianceMatrix::riskText(c.risk),
                                           ComplianceMatrix::statusText(c.status),
                                           ComplianceMatrix::statusText(status),
                                           m.live.result(c.controlId)->reason)
                                : tr("risk level %1; %2")
                                      .arg(ComplianceMatrix::riskText(c.risk),
                                           ComplianceMatrix::statusText(status))};
        item.recorded = c.status;
        item.disagrees = disagrees;
        risks.append(item);
    }
}

bool RiskRegister::compute(const Session &session, const QDateTime &asOfTime, RiskRegister *out,
                           QString *error, const ComplianceLive *live)
{
    // A Dealix server: its compliance matrix, heat map and risks (riskregisterrest.cpp).
    if (session.isRest())
        return computeRest(session, asOfTime, out, error);
    RiskRegister r;
    r.provenance = Provenance::start(session, asOfTime);
    const QDateTime asOf = r.provenance.asOf;
    QString why;
    // Controls (addControls).
    ComplianceMatrix m;
    if (ComplianceMatrix::compute(session, {}, asOf, &m, &why, live)) {
        r.addControls(m);
        r.provenance.queries << m.provenance.queries;
    } else {
        r.unavailable << sourceProblem(session, QStringLiteral("compliance_controls"), why);
    }
    // Approvals past their SLA deadline: impact from priority; likelihood by how long overdue
    // (> 72 h: 5, > 24 h: 4, else 3).
    ApprovalQueue::Filter breached;
    breached.slaState = QStringLiteral("breach");
    ApprovalCenter a;
    if (session.schema().hasTable(QStringLiteral("approval_requests")) &&
        ApprovalCenter::compute(session, breached, asOf, &a, &why)) {
        for (const ApprovalQueue::Item &it : std::as_const(a.items)) {
            const qint64 overdue = it.deadline.secsTo(asOf);
            const qint64 hours = overdue / 3600;
            r.risks.append({QStringLiteral("approval"), QStringLiteral("approval-center"), it.id,
                            tr("%1 awaiting approval")
                                .arg(Labels::text(Labels::Kind::ResourceType, it.resourceType)),
                            impactOf(it.priority),
                            hours > 72   ? 5
                            : hours > 24 ? 4
                                         : 3,
                            tr("priority %1; %Ln h past the deadline", nullptr, int(hours))
                                .arg(ApprovalQueueModel::priorityText(it.priority))});
        }
    } else {
        r.unavailable << sourceProblem(session, QStringLiteral("approval_requests"), why);
    }
    // Active contradictions: impact from severity; likelihood 4 when detected, 3 in review, one
    // more when older than 30 days.
    PolicyViolations v;
    if (PolicyViolations::compute(session, asOf, &v, &why)) {
        for (const PolicyViolations::Column &c : std::as_const(v.columns)) {
            for (const Violation &x : c.items) {
                if (x.status != QLatin1String("detected") && x.status != QLatin1String("reviewing"))
                    continue;
                const bool old = x.createdAt.isValid() && x.createdAt.secsTo(asOf) > 30 * 86400;
                r.risks.append(
                    {QStringLiteral("contradiction"), QStringLiteral("policy-violations"), x.id,
                     x.claimA + QStringLiteral(" ↔ ") + x.claimB, impactOf(x.severity),
                     clamp((x.status == QLatin1String("detected") ? 4 : 3) + (old ? 1 : 0)),
                     tr("severity %1; %2%3")
                         .arg(PolicyViolations::severityText(x.severity),
                              PolicyViolations::statusText(x.status),
                              old ? tr("; open over %Ln days", nullptr, 30) : QString())});
            }
        }
    } else {
        r.unavailable << sourceProblem(session, QStringLiteral("contradictions"), why);
    }
    // Connectors in error: impact 4 for a connector Dealix knows, 3 for another; likelihood by
    // time since the last success (never or > 7 days: 5, > 1 day: 4, else 3).
    ConnectorBoard b;
    if (ConnectorBoard::compute(session, {}, asOf, &b, &why)) {
        for (const ConnectorRow &c : std::as_const(b.connectors)) {
            if (c.status != QLatin1String("error"))
                continue;
            const qint64 since = c.secondsSinceSuccess(asOf);
            r.risks.append({QStringLiteral("connector"), QStringLiteral("connectors"), c.key,
                            c.name, c.known ? 4 : 3,
                            since < 0 || since > 7 * 86400 ? 5
                            : since > 86400                ? 4
                                                           : 3,
                            since < 0 ? tr("never succeeded")
                                      : tr("last success %Ln h ago", nullptr, int(since / 3600))});
        }
    } else {
        r.unavailable << sourceProblem(session, QStringLiteral("integration_sync_states"), why);
    }
    // The optional risks table: its own likelihood and impact, open rows only.
    if (session.schema().hasTable(QStringLiteral("risks"))) {
        const SqlDialect sql(session);
        BoundQuery q;
        const QString tenant = q.bind(session.tenantId());
        const QString at = q.bind(sql.timeKey(asOf));
        q << QStringLiteral("select id, title, likelihood, impact from risks where tenant_id = %1 "
                            "and %2 and %3 not in ('closed', 'mitigated', 'resolved')")
                 .arg(tenant, sql.existedBy(QStringLiteral("created_at"), at),
                      sql.lowerText(QStringLiteral("coalesce(status, 'open')")));
        r.provenance.queries << q.sql();
        QSqlQuery query(session.database());
        if (!q.exec(query, error))
            return false;
        while (query.next())
            r.risks.append({QStringLiteral("register"), QStringLiteral("risk-heatmap"),
                            Session::readId(query.value(0)), query.value(1).toString(),
                            clamp(query.value(3).toInt()), clamp(query.value(2).toInt()),
                            tr("as registered")});
        if (!BoundQuery::finished(query, error))
            return false;
    }
    for (const RiskItem &i : std::as_const(r.risks))
        ++r.cells[i.likelihood - 1][i.impact - 1];
    std::stable_sort(r.risks.begin(), r.risks.end(),
                     [](const RiskItem &x, const RiskItem &y) { return x.score() > y.score(); });
    *out = r;
    return true;
}

QList<RiskItem> RiskRegister::at(int likelihood, int impact) const
{
    QList<RiskItem> out;
    for (const RiskItem &i : risks) {
        if (i.likelihood == likelihood && i.impact == impact)
            out << i;
    }
    return out;
}

QJsonObject RiskRegister::toJson() const
{
    QJsonArray list;
    for (const RiskItem &i : risks) {
        QJsonObject o{{QStringLiteral("kind"), i.kind},
                      {QStringLiteral("source_id"), i.id},
                      {QStringLiteral("title"), i.title},
                      {QStringLiteral("impact"), i.impact},
                      {QStringLiteral("likelihood"), i.likelihood},
                      {QStringLiteral("score"), i.score()},
                      {QStringLiteral("band"), band(i.score())},
                      {QStringLiteral("why"), i.why}};
        // A control: its record and the live check beside it, as on the compliance surface
        // (null when the checks did not run).
        if (i.kind == QLatin1String("control")) {
            o.insert(QStringLiteral("recorded_status"), i.recorded);
            o.insert(QStringLiteral("live"), live.controlJson(i.id));
            o.insert(QStringLiteral("disagrees"),
                     live.ran ? QJsonValue(i.disagrees) : QJsonValue());
        }
        list.append(o);
    }
    QJsonArray grid;
    for (int l = 0; l < 5; ++l) {
        QJsonArray row;
        for (int im = 0; im < 5; ++im)
            row.append(cells[l][im]);
        grid.append(row);
    }
    QJsonObject heatmap;
    int totalControls = 0;
    for (auto it = controls.constBegin(); it != controls.constEnd(); ++it) {
        QJsonObject levels;
        for (auto l = it.value().constBegin(); l != it.value().constEnd(); ++l) {
            levels.insert(l.key(), l.value());
            totalControls += l.value();
        }
        heatmap.insert(it.key(), levels);
    }
    QJsonObject o{{QStringLiteral("risks"), list},
                  {QStringLiteral("total"), list.size()},
                  {QStringLiteral("grid"), grid},
                  {QStringLiteral("grid_axes"), QStringLiteral("grid[likelihood - 1][impact - 1]")},
                  {QStringLiteral("heatmap"), heatmap},
                  {QStringLiteral("total_controls"), totalControls},
                  {QStringLiteral("disagreeing"),
                   live.ran ? QJsonValue(int(disagreeing.size())) : QJsonValue()},
                  {QStringLiteral("disagreeing_controls"),
                   live.ran ? QJsonValue(QJsonArray::fromStringList(disagreeing)) : QJsonValue()},
                  {QStringLiteral("unavailable"), QJsonArray::fromStringList(unavailable)},
                  {QStringLiteral("provenance"), provenance.toJson()}};
    if (overRest()) {
        // The server's own risks as it sends them (null when they could not be read), and no
        // heat map rather than an empty one when the server's could not be read.
        QJsonArray server;
        for (const auto &i : serverRisks.items)
            server.append(QJsonObject{{QStringLiteral("type"), i.type},
                                      {QStringLiteral("severity"), i.severity},
                                      {QStringLiteral("count"), double(i.count)},
                                      {QStringLiteral("description_ar"), i.descriptionAr}});
        o.insert(QStringLiteral("server_risks"),
                 serverRisks.available ? QJsonValue(server) : QJsonValue());
        if (!heatmapFailure.isEmpty()) {
            o.insert(QStringLiteral("heatmap"), QJsonValue());
            o.insert(QStringLiteral("total_controls"), QJsonValue());
        }
        o.insert(QStringLiteral("disagreeing"), QJsonValue());
        o.insert(QStringLiteral("disagreeing_controls"), QJsonValue());
    }
    return o;
}

QByteArray RiskRegister::toCsv() const
{
    CsvWriter csv;
    csv.addRow({QStringLiteral("kind"), QStringLiteral("source_id"), QStringLiteral("title"),
                QStringLiteral("impact"), QStringLiteral("likelihood"), QStringLiteral("score"),
                QStringLiteral("band"), QStringLiteral("why"), QStringLiteral("recorded_status"),
                QStringLiteral("live_status"), QStringLiteral("disagrees")});
    for (const RiskItem &i : risks) {
        const bool control = i.kind == QLatin1String("control");
        const CheckResult *r = control && live.ran ? live.result(i.id) : nullptr;
        csv.addRow({i.kind, i.id, i.title, CsvWriter::number(i.impact),
                    CsvWriter::number(i.likelihood), CsvWriter::number(i.score()), band(i.score()),
                    i.why, control ? i.recorded : QString(), r ? r->status : QString(),
                    !control || !live.ran ? QString()
                    : i.disagrees         ? QStringLiteral("yes")
                                          : QStringLiteral("no")});
    }
    return csv.data();
}
