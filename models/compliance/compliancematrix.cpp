#include "models/compliance/compliancematrix.h"

#include "models/core/labels.h"

#include "models/compliance/complianceposture.h"
#include "models/core/csvwriter.h"
#include "models/source/boundquery.h"
#include "models/source/restbatch.h"
#include "models/source/sqldialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

const QStringList &ComplianceMatrix::frameworks()
{
    static const QStringList f = {QStringLiteral("pdpl"), QStringLiteral("nca"),
                                  QStringLiteral("zatca"), QStringLiteral("sdaia"),
                                  QStringLiteral("sector_specific")};
    return f;
}

QString ComplianceMatrix::frameworkName(const QString &framework)
{
    // One vocabulary: the label catalogue's words for the category (upper-case production
    // codes included; an unknown code reads "Iso 27001 (ISO_27001)").
    return Labels::text(Labels::Kind::ControlCategory, framework);
}

QString ComplianceMatrix::statusText(const QString &status)
{
    // The catalogue's words with a mark in front, so the state is never told by colour alone.
    // The marks live here only; the words are Labels' (a code it does not know reads
    // "Humanised (code)").
    const QString s = status.trimmed().toLower();
    QString mark;
    if (s == QLatin1String("compliant"))
        mark = QStringLiteral("✓");
    else if (s == QLatin1String("partial"))
        mark = QStringLiteral("!");
    else if (s == QLatin1String("non_compliant"))
        mark = QStringLiteral("✗");
    else if (s == QLatin1String("not_assessed"))
        mark = QStringLiteral("?");
    else if (s == QLatin1String("failed"))
        mark = QStringLiteral("⚠");
    const QString words = Labels::text(Labels::Kind::ControlStatus, status);
    return mark.isEmpty() ? words : mark + QLatin1Char(' ') + words;
}

QString ComplianceMatrix::riskText(const QString &risk)
{
    return Labels::text(Labels::Kind::Severity, risk);
}

QString ComplianceMatrix::postureText(const QString &posture)
{
    // An empty posture is "unknown"; any other code the catalogue does not know is shown
    // humanised with the code, never a bare "Unknown".
    const QString p = posture.trimmed();
    return Labels::text(Labels::Kind::Posture, p.isEmpty() ? QStringLiteral("unknown") : p);
}

QString ComplianceMatrix::disagreementText(int count)
{
    if (count <= 0)
        return QString();
    // English has no plural rule without a translation file: one is its own sentence.
    if (count == 1)
        return tr("One control: records disagree with the data");
    return tr("%n controls: records disagree with the data", "", count);
}

QString ComplianceMatrix::postureBothWays(const QString &stored, const QString &live)
{
    if (live.isEmpty() || live == stored)
        return postureText(stored);
    return tr("%1 (records) · %2 (data)").arg(postureText(stored), postureText(live));
}

bool ComplianceMatrix::compute(const Session &session, const Filter &filter, const QDateTime &asOf,
                               ComplianceMatrix *out, QString *error, const ComplianceLive *live)
{
    // A Dealix server: its /compliance/matrix routes (compliancematrixrest.cpp).
    if (session.isRest())
        return computeRest(session, filter, asOf, out, error);
    const QString table = QStringLiteral("compliance_controls");
    if (!session.schema().hasTable(table)) {
        if (error)
            *error = tr("Not available from this source (no compliance_controls table).");
        return false;
    }
    ComplianceMatrix m;
    m.filter = filter;
    m.provenance = Provenance::start(session, asOf);
    const SqlDialect sql(session);
    auto col = [&](const char *name) {
        return session.schema().hasColumn(table, QString::fromLatin1(name))
                   ? QStringLiteral("cast(%1 as text)").arg(QString::fromLatin1(name))
                   : QStringLiteral("NULL");
    };
    BoundQuery q;
    q << QStringLiteral("select id, control_id, control_name, %1, %2, %3, %4, %5, %6, %7, "
                        "last_checked_at, %8 from compliance_controls where tenant_id = %9")
             .arg(col("control_name_ar"), sql.lowerText(QStringLiteral("category")),
                  sql.lowerText(QStringLiteral("status")),
                  sql.lowerText(QStringLiteral("risk_level")), col("owner"), col("evidence_source"),
                  col("remediation_plan"), col("last_result"), q.bind(session.tenantId()));
    m.provenance.queries << q.sql();
    QSqlQuery query(session.database());
    if (!q.exec(query, error))
        return false;
    QList<ComplianceControl> all;
    while (query.next()) {
        ComplianceControl c;
        c.rowId = Session::readId(query.value(0));
        c.controlId = query.value(1).toString();
        c.name = query.value(2).toString();
        c.nameAr = query.value(3).toString();
        c.framework = query.value(4).toString();
        c.status = query.value(5).toString();
        c.risk = query.value(6).toString();
        c.owner = query.value(7).toString();
        c.evidenceSource = query.value(8).toString();
        c.remediationPlan = query.value(9).toString();
        c.lastChecked = Session::readTime(query.value(10));
        c.lastResult = QJsonDocument::fromJson(query.value(11).toString().toUtf8()).object();
        all.append(c);
    }
    if (!BoundQuery::finished(query, error))
        return false;
    m.fill(all);
    // Live results of another tenant or time are never attached.
    m.setLive(live && live->matches(session.tenantId(), asOf) ? *live : ComplianceLive());
    *out = m;
    return true;
}

void ComplianceMatrix::fill(QList<ComplianceControl> all)
{
    // Board order of frameworks, then control id; the figures over every control, the list
    // filtered. One place for the database and the Dealix API.
    ComplianceMatrix &m = *this;
    auto order = [](const QString &f) {
        const qsizetype i = frameworks().indexOf(f);
        return i < 0 ? frameworks().size() : i;
    };
    std::sort(all.begin(), all.end(), [&](const ComplianceControl &a, const ComplianceControl &b) {
        if (order(a.framework) != order(b.framework))
            return order(a.framework) < order(b.framework);
        if (a.framework != b.framework)
            return a.framework < b.framework;
        return a.controlId < b.controlId;
    });
    CompliancePosture p;
    for (const ComplianceControl &c : std::as_const(all)) {
        p.add(c.status);
        m.m_stored.append({c.controlId, c.status});
        if ((m.filter.framework.isEmpty() || c.framework == m.filter.framework) &&
            (m.filter.status.isEmpty() || c.status == m.filter.status) &&
            (m.filter.risk.isEmpty() || c.risk == m.filter.risk))
            m.controls.append(c);
    }
    m.total = p.total;
    m.compliant = p.compliant;
    m.partial = p.partial;
    m.nonCompliant = p.nonCompliant;
    m.notApplicable = p.notApplicable;
    m.rate = p.rate().value_or(0.0);
    m.score = p.score().value_or(-1.0);
    m.posture = p.posture();
}

void ComplianceMatrix::setLive(const ComplianceLive &l)
{
    live = l;
    const ComplianceLive::Comparison c = live.compare(m_stored);
    livePosture = c.live;
    disagreeing = c.disagreeing;
}

bool ComplianceMatrix::history(const Session &session, const QString &controlId, int limit,
                               QList<ScanRecord> *out, QString *error)
{
    out->clear();
    if (session.isRest()) {
        if (error)
            *error = restNotAvailable(tr("the API serves no stored check results"));
        return false;
    }
    if (!session.schema().hasTable(QStringLiteral("compliance_scan_results")))
        return true;
    BoundQuery q;
    const QString tenant = q.bind(session.tenantId());
    const QString control = q.bind(controlId.toUpper());
    const QString n = q.bind(limit);
    // checked_by is a user id: shown as the user's e-mail (within the tenant) when known.
    const SqlDialect sql(session);
    q << QStringLiteral("select s.checked_at, %1, coalesce(%2, cast(s.checked_by as text)), "
                        "cast(s.evidence as text) from compliance_scan_results s where "
                        "s.tenant_id = %3 and upper(s.control_id) = %4 order by s.checked_at desc "
                        "limit %5")
             .arg(sql.lowerText(QStringLiteral("s.status")),
                  sql.userName(QStringLiteral("s.checked_by"), QStringLiteral("s.tenant_id"), true),
                  tenant, control, n);
    QSqlQuery query(session.database());
    if (!q.exec(query, error))
        return false;
    while (query.next())
        out->append({Session::readTime(query.value(0)), query.value(1).toString(),
                     query.value(2).toString(),
                     QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object()});
    return BoundQuery::finished(query, error);
}

bool ComplianceMatrix::failedCheck(const QString &controlId) const
{
    const CheckResult *r = live.ran ? live.result(controlId) : nullptr;
    return r && r->status == QLatin1String("failed");
}

QJsonObject ComplianceMatrix::toJson() const
{
    QJsonArray list;
    for (const ComplianceControl &c : controls)
        list.append(QJsonObject{
            {QStringLiteral("control_id"), c.controlId},
            {QStringLiteral("control_name"), c.name},
            {QStringLiteral("control_name_ar"), c.nameAr},
            {QStringLiteral("category"), c.framework},
            {QStringLiteral("status"), c.status},
            {QStringLiteral("risk_level"), c.risk},
            {QStringLiteral("evidence_source"), c.evidenceSource},
            {QStringLiteral("last_checked_at"),
             c.lastChecked.isValid() ? QJsonValue(c.lastChecked.toString(Qt::ISODate))
                                     : QJsonValue()},
            {QStringLiteral("owner"), c.owner},
            {QStringLiteral("remediation_plan"), c.remediationPlan},
            {QStringLiteral("last_result"),
             c.lastResult.isEmpty() ? QJsonValue() : QJsonValue(c.lastResult)},
            {QStringLiteral("live"), live.controlJson(c.controlId)},
            {QStringLiteral("disagrees"), live.ran && !failedCheck(c.controlId)
                                              ? QJsonValue(live.disagrees(c.controlId, c.status))
                                              : QJsonValue()}});
    if (overRest())
        return restJson(list);
    return {
        {QStringLiteral("controls"), list},
        {QStringLiteral("total"), list.size()},
        {QStringLiteral("posture"),
         QJsonObject{{QStringLiteral("total_controls"), total},
                     {QStringLiteral("compliant"), compliant},
                     {QStringLiteral("partial"), partial},
                     {QStringLiteral("non_compliant"), nonCompliant},
                     {QStringLiteral("not_applicable"), notApplicable},
                     {QStringLiteral("compliance_rate"), rate},
                     {QStringLiteral("score"), score < 0 ? QJsonValue() : QJsonValue(score)},
                     {QStringLiteral("posture"), posture}}},
        {QStringLiteral("live"),
         live.complete() ? QJsonValue(live.postureJson(livePosture)) : QJsonValue()},
        {QStringLiteral("disagreeing"),
         live.complete() ? QJsonValue(int(disagreeing.size())) : QJsonValue()},
        {QStringLiteral("live_failures"),
         live.delivered() ? QJsonValue(QJsonArray::fromStringList(live.failures())) : QJsonValue()},
        {QStringLiteral("provenance"), provenance.toJson()}};
}

QJsonObject ComplianceMatrix::restJson(QJsonArray list) const
{
    // The database's keys; what the server does not serve is null, never "" or 0, and the
    // server's own /posture sits beside the app's figures.
    for (auto it = list.begin(); it != list.end(); ++it) {
        QJsonObject c = it->toObject();
        c.insert(QStringLiteral("remediation_plan"), QJsonValue());
        c.insert(QStringLiteral("last_result"), QJsonValue());
        *it = c;
    }
    const ServerPosture &sp = serverPosture;
    return {
        {QStringLiteral("controls"), list},
        {QStringLiteral("total"), list.size()},
        {QStringLiteral("posture"),
         QJsonObject{{QStringLiteral("total_controls"), total},
                     {QStringLiteral("compliant"), compliant},
                     {QStringLiteral("partial"), partial},
                     {QStringLiteral("non_compliant"), nonCompliant},
                     {QStringLiteral("not_applicable"), notApplicable},
                     {QStringLiteral("compliance_rate"), total ? QJsonValue(rate) : QJsonValue()},
                     {QStringLiteral("score"), score < 0 ? QJsonValue() : QJsonValue(score)},
                     {QStringLiteral("posture"), posture}}},
        {QStringLiteral("server_posture"),
         sp.available
             ? QJsonValue(QJsonObject{{QStringLiteral("total_controls"), double(sp.total)},
                                      {QStringLiteral("compliant"), double(sp.compliant)},
                                      {QStringLiteral("non_compliant"), double(sp.nonCompliant)},
                                      {QStringLiteral("partial"), double(sp.partial)},
                                      {QStringLiteral("compliance_rate"), sp.rate},
                                      {QStringLiteral("posture"), sp.posture}})
             : QJsonValue()},
        {QStringLiteral("live"), QJsonValue()},
        {QStringLiteral("disagreeing"), QJsonValue()},
        {QStringLiteral("live_failures"), QJsonValue()},
        {QStringLiteral("provenance"), provenance.toJson()}};
}

QByteArray ComplianceMatrix::toCsv() const
{
    CsvWriter csv;
    csv.addRow({QStringLiteral("control_id"), QStringLiteral("control_name"),
                QStringLiteral("control_name_ar"), QStringLiteral("category"),
                QStringLiteral("status"), QStringLiteral("risk_level"), QStringLiteral("owner"),
                QStringLiteral("last_checked_at"), QStringLiteral("evidence_source"),
                QStringLiteral("remediation_plan"), QStringLiteral("live_status"),
                QStringLiteral("live_reason"), QStringLiteral("live_checked_at"),
                QStringLiteral("disagrees")});
    for (const ComplianceControl &c : controls) {
        const CheckResult *r = live.ran ? live.result(c.controlId) : nullptr;
        csv.addRow({c.controlId, c.name, c.nameAr, c.framework, c.status, c.risk, c.owner,
                    c.lastChecked.isValid() ? c.lastChecked.toString(Qt::ISODate) : QString(),
                    c.evidenceSource, c.remediationPlan, r ? r->status : QString(),
                    r ? r->reason : QString(), r ? r->checkedAt.toString(Qt::ISODate) : QString(),
                    !live.ran || failedCheck(c.controlId)   ? QString()
                    : live.disagrees(c.controlId, c.status) ? QStringLiteral("yes")
                                                            : QStringLiteral("no")});
    }
    return csv.data();
}
