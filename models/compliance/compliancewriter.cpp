#include "models/compliance/compliancewriter.h"
#include "models/core/displaytext.h"

#include "models/compliance/compliancelive.h"
#include "models/core/format.h"
#include "models/core/period.h"
#include "models/source/boundquery.h"
#include "models/source/sqldialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>
#include <QUuid>

#include <cstdlib>

ComplianceWriter::Result ComplianceWriter::write(const Session &session,
                                                 const QList<CheckResult> &results,
                                                 const TenantActor &actor, const QDateTime &atTime)
{
    Result out;
    if (actor.id.isEmpty() || !WriteBack::adminRoles().contains(actor.role)) {
        out.message = tr("Writing check results needs an owner or admin.");
        return out;
    }
    if (!session.schema().hasTable(QStringLiteral("compliance_controls"))) {
        out.message = tr("This source has no compliance_controls table to write to.");
        return out;
    }
    const QDateTime at = (atTime.isValid() ? atTime : QDateTime::currentDateTimeUtc()).toUTC();
    for (const CheckResult &r : results) {
        if (std::abs(r.checkedAt.secsTo(at)) > NowToleranceSec) {
            out.message =
                tr("Not written: these results are as of %1; the stored status is the "
                   "current one.")
                    .arg(Format::dateTime(r.checkedAt, Periods::zone(session.tenant().timeZone)));
            return out;
        }
    }
    // A failed check says nothing about its control: a run with one is never recorded (the
    // stored status and history would otherwise hold a result nobody measured).
    for (const CheckResult &r : results) {
        if (r.status == QLatin1String("failed")) {
            out.message = tr("Not written: the check of %1 failed (%2).")
                              .arg(DisplayText::plain(r.controlId), r.reason);
            return out;
        }
    }
    const bool history = session.schema().hasTable(QStringLiteral("compliance_scan_results"));
    const SqlDialect sql(session);
    WriteTransaction tx(session.database());
    if (!tx.isOpen()) {
        out.message = tx.errorString();
        return out;
    }
    QSqlDatabase &db = tx.database();
    QString error;
    QJsonArray changes;
    for (const CheckResult &r : results) {
        BoundQuery look;
        const QString tenant = look.bind(session.tenantId());
        const QString control = look.bind(r.controlId.toUpper());
        look << QStringLiteral("select id, cast(status as text) from compliance_controls where "
                               "tenant_id = %1 and upper(control_id) = %2")
                    .arg(tenant, control);
        QSqlQuery rows(db);
        if (!look.exec(rows, &error)) {
            out.message = error;
            return out;
        }
        QList<std::pair<QString, QString>> found;
        while (rows.next())
            found.append({Session::readId(rows.value(0)), rows.value(1).toString()});
        // A read cut off half-way is an error, never "no such control".
        if (!BoundQuery::finished(rows, &error)) {
            out.message = error;
            return out;
        }
        if (found.isEmpty()) {
            out.notWritten << r.controlId;
            continue;
        }
        const QString evidence =
            QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact));
        for (const auto &[id, before] : std::as_const(found)) {
            // The status in the form the column holds (enum names are upper case); a control
            // that could not be assessed keeps its status and records why.
            const bool assessed = ComplianceLive::isAssessment(r.status);
            const QString status =
                before == before.toUpper() ? r.status.toUpper() : r.status.toLower();
            BoundQuery u;
            const QString s = assessed ? u.bind(status) : QString();
            const QString checked = u.bind(Session::timeText(at));
            const QString result = u.bind(evidence);
            const QString updated = u.bind(Session::timeText(at));
            const QString rowId = u.bind(id);
            const QString tenant2 = u.bind(session.tenantId());
            u << QStringLiteral("update compliance_controls set %1last_checked_at = %2, "
                                "last_result = %3, updated_at = %4 where id = %5 and tenant_id = "
                                "%6")
                     .arg(assessed ? QStringLiteral("status = %1, ").arg(s) : QString(), checked,
                          result, updated, rowId, tenant2);
            QSqlQuery q(db);
            if (!u.exec(q, &error)) {
                out.message = error;
                return out;
            }
            ++out.written;
            changes.append(
                QJsonObject{{QStringLiteral("control_id"), r.controlId},
                            {QStringLiteral("before"), before.toLower()},
                            {QStringLiteral("after"), assessed ? r.status : before.toLower()},
                            {QStringLiteral("result"), r.status}});
        }
        if (history) {
            BoundQuery h;
            const QString hid = h.bind(QUuid::createUuid().toString(QUuid::WithoutBraces));
            const QString c1 = h.bind(Session::timeText(at));
            const QString c2 = h.bind(Session::timeText(at));
            const QString tenant3 = h.bind(session.tenantId());
            const QString control2 = h.bind(r.controlId);
            const QString s2 = h.bind(r.status);
            const QString ev = h.bind(evidence);
            const QString when =
                h.bind(Session::timeText(r.checkedAt.isValid() ? r.checkedAt : at));
            const QString by = h.bind(actor.id); // a user id (UUID on PostgreSQL)
            h << QStringLiteral("insert into compliance_scan_results (id, created_at, updated_at, "
                                "tenant_id, control_id, status, evidence, checked_at, checked_by) "
                                "values (%1, %2, %3, %4, %5, %6, %7, %8, %9)")
                     .arg(hid, c1, c2, tenant3, control2, s2, ev, when, by);
            QSqlQuery q(db);
            if (!h.exec(q, &error)) {
                out.message = error;
                return out;
            }
        }
    }
    const QJsonObject audit{
        {QStringLiteral("controls"), changes},
        {QStringLiteral("actor_email"), actor.email},
        {QStringLiteral("as_of"),
         results.isEmpty() ? QString() : results.first().checkedAt.toString(Qt::ISODate)}};
    // The run concerns the tenant's whole matrix: the audit row names the tenant as its entity.
    if (!WriteBack::insertAudit(db, session, actor.id, QStringLiteral("compliance.check"),
                                QStringLiteral("compliance_controls"), session.tenantId(), audit,
                                at, &error)) {
        out.message = error;
        return out;
    }
    if (!tx.commit(&error)) {
        out.message = error;
        return out;
    }
    out.ok = true;
    out.message = tr("%n control(s) updated.", "", int(out.written));
    return out;
}
