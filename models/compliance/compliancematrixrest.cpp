// The Saudi Compliance Dashboard from a Dealix server (README "Sources: the Dealix REST API"):
// /compliance/matrix/ (every control) and /posture, fetched at once and read strictly
// (RestJson). The dictionary's figures are computed by the app from the controls listed; the
// server's /posture is kept beside them and any difference said.
#include "models/compliance/compliancematrix.h"
#include "models/core/format.h"

#include "models/source/restbatch.h"
#include "models/source/restjson.h"

#include <QLocale>

#include <cmath>

namespace {

const QString MatrixPath = QStringLiteral("compliance/matrix/");
const QString PosturePath = QStringLiteral("compliance/matrix/posture");

} // namespace

Result<QList<ComplianceControl>> ComplianceMatrix::readRestControls(const RestReply &reply)
{
    if (!reply.ok())
        return Failure{reply.errorString};
    QString error;
    const std::optional<QJsonObject> body = RestJson::body(reply, &error, MatrixPath);
    if (!body)
        return Failure{error};
    RestJson::Reader r(MatrixPath);
    const QJsonArray list = r.array(*body, QStringLiteral("controls"));
    const std::optional<qint64> total = r.integer(*body, QStringLiteral("total"));
    QList<ComplianceControl> controls;
    for (int i = 0; r.ok() && i < list.size(); ++i) {
        const std::optional<QJsonObject> o = r.objectAt(list, QStringLiteral("controls"), i);
        if (!o)
            break;
        const RestJson::Reader ir = r.item(QStringLiteral("controls"), i);
        ComplianceControl c;
        c.controlId = ir.text(*o, QStringLiteral("control_id")).value_or(QString());
        c.name = ir.text(*o, QStringLiteral("control_name")).value_or(QString());
        c.nameAr = ir.textOrNull(*o, QStringLiteral("control_name_ar")).value_or(QString());
        // Enum values in either case (a server may send the database's upper-case labels).
        c.framework = ir.text(*o, QStringLiteral("category")).value_or(QString()).toLower();
        c.status = ir.text(*o, QStringLiteral("status")).value_or(QString()).toLower();
        c.risk = ir.text(*o, QStringLiteral("risk_level")).value_or(QString()).toLower();
        c.evidenceSource = ir.textOrNull(*o, QStringLiteral("evidence_source")).value_or(QString());
        c.owner = ir.textOrNull(*o, QStringLiteral("owner")).value_or(QString());
        const QString checked =
            ir.textOrNull(*o, QStringLiteral("last_checked_at")).value_or(QString());
        if (!checked.isNull()) {
            c.lastChecked = QDateTime::fromString(checked, Qt::ISODateWithMs);
            if (!c.lastChecked.isValid())
                ir.fail(tr("%1 is not a date and time")
                            .arg(QStringLiteral("controls[%1].last_checked_at").arg(i)));
            c.lastChecked = c.lastChecked.toUTC();
        }
        controls << c;
    }
    if (!r.ok())
        return Failure{r.error()};
    if (*total != list.size())
        return Failure{QStringLiteral("%1: %2").arg(
            MatrixPath,
            tr("total says %L1 controls, the list has %L2").arg(*total).arg(list.size()))};
    return controls;
}

bool ComplianceMatrix::computeRest(const Session &session, const Filter &filter,
                                   const QDateTime &asOf, ComplianceMatrix *out, QString *error)
{
    if (const QString past = restPastAsOf(session, asOf); !past.isEmpty()) {
        if (error)
            *error = past;
        return false;
    }
    ComplianceMatrix m;
    m.filter = filter;
    m.provenance = Provenance::start(session, asOf);
    const QList<RestReply> replies = restGetAll(session, {{MatrixPath}, {PosturePath}});
    RestTrace &trace = m.provenance.rest;
    for (const RestReply &r : replies)
        trace.add(r);
    const Result<QList<ComplianceControl>> controls = readRestControls(replies.at(0));
    if (!controls.ok()) {
        if (error)
            *error = controls.error();
        return false;
    }
    m.fill(controls.value());
    trace.serverComputed << tr("counts, compliance rate, score and posture: computed by the app "
                               "from the controls the Dealix server lists");
    trace.unavailable << tr("live compliance checks: %1")
                             .arg(restNotAvailable(
                                 tr("they read the tenant's database tables, which "
                                    "the API does not serve")))
                      << tr("remediation plans and the last check's evidence: %1")
                             .arg(restNotAvailable(tr("the server's control list does not include "
                                                      "them")))
                      << tr("check history: %1")
                             .arg(restNotAvailable(tr("the API serves no stored check results")));

    // The server's own posture: kept, compared, never replacing the app's figures.
    ServerPosture &sp = m.serverPosture;
    const RestReply &pr = replies.at(1);
    QString perror;
    if (!pr.ok()) {
        perror = pr.errorString;
    } else if (const std::optional<QJsonObject> o = RestJson::body(pr, &perror, PosturePath)) {
        RestJson::Reader r(PosturePath);
        const auto total = r.integer(*o, QStringLiteral("total_controls"));
        const auto compliant = r.integer(*o, QStringLiteral("compliant"));
        const auto nonCompliant = r.integer(*o, QStringLiteral("non_compliant"));
        const auto partial = r.integer(*o, QStringLiteral("partial"));
        const auto rate = r.number(*o, QStringLiteral("compliance_rate"));
        const auto posture = r.text(*o, QStringLiteral("posture"));
        if (r.ok()) {
            sp.available = true;
            sp.total = *total;
            sp.compliant = *compliant;
            sp.nonCompliant = *nonCompliant;
            sp.partial = *partial;
            sp.rate = *rate;
            sp.posture = posture->toLower();
        } else {
            perror = r.error();
        }
    }
    if (!sp.available) {
        sp.failure = couldNotBeComputed(perror);
        trace.unavailable << tr("the server's own posture: %1").arg(sp.failure);
    } else if (sp.total != m.total || sp.compliant != m.compliant ||
               sp.nonCompliant != m.nonCompliant || sp.partial != m.partial ||
               sp.posture != m.posture || std::abs(sp.rate - m.rate) > 0.05) {
        trace.serverComputed << tr("the Dealix server's /posture differs: %L1 controls, %L2 "
                                   "compliant, %L3 partial, %L4 non-compliant, rate %5, posture "
                                   "%6")
                                    .arg(sp.total)
                                    .arg(sp.compliant)
                                    .arg(sp.partial)
                                    .arg(sp.nonCompliant)
                                    .arg(Format::percent(sp.rate, 1), postureText(sp.posture));
    } else {
        trace.serverComputed << tr("the Dealix server's /posture agrees with these figures");
    }
    *out = m;
    return true;
}
