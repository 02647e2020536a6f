#include "models/compliance/compliancelive.h"

#include "models/compliance/compliancematrix.h"
#include "models/core/format.h"
#include "models/source/restbatch.h"

ComplianceLive ComplianceLive::run(const Session &session, const QDateTime &asOf,
                                   const std::function<bool(int, int)> &progress)
{
    const QDateTime at = (asOf.isValid() ? asOf : QDateTime::currentDateTimeUtc()).toUTC();
    // The checks query the tenant's tables: a Dealix server serves none of them (its own
    // compliance-check route is not part of the API the app reads).
    if (session.isRest())
        return failedRun(session.tenantId(), at, notOverApi());
    ComplianceLive live;
    live.tenantId = session.tenantId();
    live.asOf = at;
    bool cancelled = false;
    live.results = ComplianceChecks::runAll(session, live.asOf, progress, &cancelled);
    live.ran = !cancelled;
    if (cancelled)
        live.results.clear();
    return live;
}

QString ComplianceLive::notOverApi()
{
    return restNotAvailable(tr("the live compliance checks read the tenant's database tables, "
                               "which the API does not serve"));
}

ComplianceLive ComplianceLive::failedRun(const QString &tenant, const QDateTime &asOf,
                                         const QString &error)
{
    ComplianceLive live;
    live.tenantId = tenant;
    live.asOf = asOf.toUTC();
    live.error =
        error.trimmed().isEmpty() ? tr("the checks could not run (no reason given)") : error;
    return live;
}

bool ComplianceLive::matches(const QString &tenant, const QDateTime &at) const
{
    return delivered() && tenant == tenantId && at.isValid() && at.toUTC() == asOf;
}

QStringList ComplianceLive::failures() const
{
    if (!error.isEmpty())
        return {error};
    QStringList out;
    if (!ran)
        return out;
    for (const CheckResult &r : results) {
        if (r.status == QLatin1String("failed"))
            out << QStringLiteral("%1: %2").arg(r.controlId, r.reason);
    }
    return out;
}

QString ComplianceLive::failureText() const
{
    // Over the Dealix API the reason stands alone: nothing "failed", the checks cannot run.
    if (!ran && error == notOverApi())
        return error;
    const QStringList list = failures();
    return list.isEmpty() ? QString()
                          : tr("The live compliance checks failed: %1").arg(Format::clauses(list));
}

const CheckResult *ComplianceLive::result(const QString &controlId) const
{
    for (const CheckResult &r : results) {
        if (r.controlId.compare(controlId, Qt::CaseInsensitive) == 0)
            return &r;
    }
    return nullptr;
}

bool ComplianceLive::isAssessment(const QString &liveStatus)
{
    return liveStatus == QLatin1String("compliant") || liveStatus == QLatin1String("partial") ||
           liveStatus == QLatin1String("non_compliant");
}

QString ComplianceLive::assessed(const QString &controlId) const
{
    const CheckResult *r = ran ? result(controlId) : nullptr;
    return r && isAssessment(r->status) ? r->status : QString();
}

QString ComplianceLive::effective(const QString &controlId, const QString &stored) const
{
    const QString live = assessed(controlId);
    return live.isEmpty() ? stored.toLower() : live;
}

bool ComplianceLive::contradicts(const QString &stored, const CheckResult *result)
{
    return result && isAssessment(result->status) && result->status != stored.toLower();
}

bool ComplianceLive::disagrees(const QString &controlId, const QString &stored) const
{
    return ran && contradicts(stored, result(controlId));
}

QString ComplianceLive::disagreement(const QString &controlId, const QString &stored) const
{
    if (!disagrees(controlId, stored))
        return QString();
    const CheckResult *r = result(controlId);
    return tr("Dealix records %1; the data shows %2: %3")
        .arg(ComplianceMatrix::statusText(stored.toLower()),
             ComplianceMatrix::statusText(r->status), r->reason);
}

QJsonValue ComplianceLive::controlJson(const QString &controlId) const
{
    const CheckResult *r = ran ? result(controlId) : nullptr;
    if (!r)
        return QJsonValue();
    return QJsonObject{{QStringLiteral("status"), r->status},
                       {QStringLiteral("reason"), r->reason},
                       {QStringLiteral("figures"), r->figures},
                       {QStringLiteral("checked_at"), r->checkedAt.toString(Qt::ISODate)}};
}

ComplianceLive::Comparison
ComplianceLive::compare(const QList<std::pair<QString, QString>> &controls) const
{
    Comparison c;
    for (const auto &[id, stored] : controls) {
        c.stored.add(stored);
        c.live.add(effective(id, stored));
        if (disagrees(id, stored))
            c.disagreeing << id;
        if (const CheckResult *r = ran ? result(id) : nullptr;
            r && r->status == QLatin1String("failed"))
            c.failed << id;
    }
    return c;
}

QJsonObject ComplianceLive::postureJson(const CompliancePosture &live) const
{
    auto optional = [](const std::optional<double> &v) {
        return v ? QJsonValue(*v) : QJsonValue();
    };
    return {{QStringLiteral("total_controls"), live.total},
            {QStringLiteral("compliant"), live.compliant},
            {QStringLiteral("partial"), live.partial},
            {QStringLiteral("non_compliant"), live.nonCompliant},
            {QStringLiteral("not_applicable"), live.notApplicable},
            {QStringLiteral("compliance_rate"), optional(live.rate())},
            {QStringLiteral("score"), optional(live.score())},
            {QStringLiteral("posture"), live.posture()},
            {QStringLiteral("checked_at"), asOf.toString(Qt::ISODate)}};
}
