#include "models/violations/policyviolations.h"
#include "models/source/restwrites.h"

#include "models/core/csvwriter.h"
#include "models/core/displaytext.h"
#include "models/core/format.h"
#include "models/core/labels.h"
#include "models/core/period.h"
#include "models/evidence/evidencepacks.h"
#include "models/source/boundquery.h"
#include "models/source/sqldialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

const QStringList &PolicyViolations::statuses()
{
    static const QStringList s = {QStringLiteral("detected"), QStringLiteral("reviewing"),
                                  QStringLiteral("resolved"), QStringLiteral("accepted")};
    return s;
}

QString PolicyViolations::statusText(const QString &s)
{
    // The column of the statuses this app does not know.
    if (s == QLatin1String("other"))
        return tr("Other statuses");
    return Labels::text(Labels::Kind::ContradictionStatus, s);
}

QString PolicyViolations::severityText(const QString &s)
{
    return Labels::text(Labels::Kind::Severity, s);
}

QString PolicyViolations::typeText(const QString &t)
{
    return Labels::text(Labels::Kind::ContradictionType, t);
}

QString PolicyViolations::detectedByText(const QString &d)
{
    return Labels::text(Labels::Kind::DetectedBy, d);
}

bool PolicyViolations::compute(const Session &session, const QDateTime &asOf, PolicyViolations *out,
                               QString *error)
{
    if (session.isRest())
        return computeRest(session, asOf, out, error);
    const QString table = QStringLiteral("contradictions");
    if (!session.schema().hasTable(table)) {
        if (error)
            *error = tr("Not available from this source (no contradictions table).");
        return false;
    }
    PolicyViolations v;
    v.provenance = Provenance::start(session, asOf);
    const SqlDialect sql(session);
    auto text = [&](const char *name) {
        return session.schema().hasColumn(table, QString::fromLatin1(name))
                   ? QStringLiteral("cast(c.%1 as text)").arg(QString::fromLatin1(name))
                   : QStringLiteral("NULL");
    };
    BoundQuery q;
    const QString tenant = q.bind(session.tenantId());
    const QString at = q.bind(sql.timeKey(v.provenance.asOf));
    q << QStringLiteral(
             "select c.id, c.source_a, c.source_b, c.claim_a, c.claim_b, %1, %2, %3, "
             "%4, %5, %6, c.resolved_at, c.created_at, %7 from contradictions c where "
             "c.tenant_id = %8 and %9 order by (c.created_at is null), c.created_at desc, c.id")
             .arg(sql.lowerText(QStringLiteral("c.contradiction_type")),
                  sql.lowerText(QStringLiteral("c.severity")),
                  sql.lowerText(QStringLiteral("c.status")), text("detected_by"),
                  text("resolution"),
                  sql.userName(QStringLiteral("c.resolved_by_id"), QStringLiteral("c.tenant_id")),
                  text("evidence"), tenant, sql.existedBy(QStringLiteral("c.created_at"), at));
    v.provenance.queries << q.sql();
    QSqlQuery query(session.database());
    query.setForwardOnly(true);
    if (!q.exec(query, error))
        return false;
    for (const QString &s : statuses())
        v.columns.append({s, {}});
    v.columns.append({QStringLiteral("other"), {}});
    while (query.next()) {
        Violation x;
        x.id = Session::readId(query.value(0));
        x.sourceA = query.value(1).toString();
        x.sourceB = query.value(2).toString();
        x.claimA = query.value(3).toString();
        x.claimB = query.value(4).toString();
        x.type = query.value(5).toString();
        x.severity = query.value(6).toString();
        x.status = query.value(7).toString();
        x.detectedBy = query.value(8).toString();
        x.resolution = query.value(9).toString();
        x.resolvedBy = query.value(10).toString();
        x.resolvedAt = Session::readTime(query.value(11));
        x.createdAt = Session::readTime(query.value(12));
        if (!query.value(13).isNull())
            x.evidence = query.value(13).toString().toUtf8();
        const qsizetype i = statuses().indexOf(x.status);
        v.columns[i < 0 ? statuses().size() : i].items.append(x);
        ++v.total;
        const bool active =
            x.status == QLatin1String("detected") || x.status == QLatin1String("reviewing");
        v.active += active;
        v.criticalActive += active && x.severity == QLatin1String("critical");
    }
    if (!BoundQuery::finished(query, error))
        return false;
    *out = v;
    return true;
}

const Violation *PolicyViolations::find(const QString &id) const
{
    for (const Column &c : columns) {
        for (const Violation &x : c.items) {
            if (x.id == id)
                return &x;
        }
    }
    return nullptr;
}

QJsonObject PolicyViolations::toJson() const
{
    QJsonArray list;
    QJsonObject byStatus;
    for (const Column &c : columns) {
        byStatus.insert(c.status, c.items.size());
        for (const Violation &x : c.items)
            list.append(QJsonObject{
                {QStringLiteral("id"), x.id},
                {QStringLiteral("source_a"), x.sourceA},
                {QStringLiteral("source_b"), x.sourceB},
                {QStringLiteral("claim_a"), x.claimA},
                {QStringLiteral("claim_b"), x.claimB},
                {QStringLiteral("contradiction_type"), x.type},
                {QStringLiteral("severity"), x.severity},
                {QStringLiteral("status"), x.status},
                {QStringLiteral("detected_by"), x.detectedBy},
                {QStringLiteral("resolution"),
                 x.resolution.isEmpty() ? QJsonValue() : QJsonValue(x.resolution)},
                {QStringLiteral("resolved_by"),
                 x.resolvedBy.isEmpty() ? QJsonValue() : QJsonValue(x.resolvedBy)},
                {QStringLiteral("resolved_at"), x.resolvedAt.isValid()
                                                    ? QJsonValue(x.resolvedAt.toString(Qt::ISODate))
                                                    : QJsonValue()},
                {QStringLiteral("created_at"), x.createdAt.toString(Qt::ISODate)},
                {QStringLiteral("evidence"),
                 x.evidence.isNull() ? QJsonValue() : EvidencePack::jsonOf(x.evidence)}});
    }
    return {
        {QStringLiteral("contradictions"), list},
        {QStringLiteral("total"), total},
        {QStringLiteral("stats"), QJsonObject{{QStringLiteral("total"), total},
                                              {QStringLiteral("active"), active},
                                              {QStringLiteral("resolved"), total - active},
                                              {QStringLiteral("critical_active"), criticalActive}}},
        {QStringLiteral("columns"), byStatus},
        {QStringLiteral("provenance"), provenance.toJson()}};
}

QByteArray PolicyViolations::toCsv() const
{
    CsvWriter csv;
    csv.addRow({QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("severity"),
                QStringLiteral("contradiction_type"), QStringLiteral("source_a"),
                QStringLiteral("claim_a"), QStringLiteral("source_b"), QStringLiteral("claim_b"),
                QStringLiteral("detected_by"), QStringLiteral("created_at"),
                QStringLiteral("resolution")});
    for (const Column &c : columns) {
        for (const Violation &x : c.items)
            csv.addRow({x.id, x.status, x.severity, x.type, x.sourceA, x.claimA, x.sourceB,
                        x.claimB, x.detectedBy, x.createdAt.toString(Qt::ISODate), x.resolution});
    }
    return csv.data();
}

ViolationResolver::Result ViolationResolver::resolve(const Session &session, const QString &id,
                                                     const QString &status,
                                                     const QString &resolution,
                                                     const TenantActor &actor,
                                                     const QDateTime &atTime)
{
    auto result = [](Outcome o, const QString &m) { return Result{o, m}; };
    if (status != QLatin1String("resolved") && status != QLatin1String("accepted"))
        return result(Outcome::Failed, tr("A contradiction is resolved or accepted."));
    if (resolution.trimmed().isEmpty())
        return result(Outcome::TextRequired, tr("Resolving needs a resolution text."));
    if (session.isRest()) {
        const RestWrites::Result r =
            RestWrites::resolveContradiction(session, id, status, resolution);
        return result(RestWrites::outcome<Outcome>(r), r.message);
    }
    if (actor.id.isEmpty() || !WriteBack::deciderRoles().contains(actor.role))
        return result(Outcome::PermissionDenied,
                      tr("Resolving needs a user with role owner, admin or manager."));
    if (session.isPostgres() && QUuid(id).isNull())
        return result(Outcome::NotFound, tr("No contradiction %1.").arg(DisplayText::plain(id)));
    const QDateTime at = (atTime.isValid() ? atTime : QDateTime::currentDateTimeUtc()).toUTC();
    const SqlDialect sql(session);
    WriteTransaction tx(session.database());
    if (!tx.isOpen())
        return result(Outcome::Failed, tx.errorString());
    QSqlDatabase &db = tx.database();
    QString error;
    // The form the column holds (native enums: upper-case names).
    BoundQuery form;
    const QString idMark = form.bind(id);
    const QString tenantMark = form.bind(session.tenantId());
    form << QStringLiteral("select cast(status as text) from contradictions where id = %1 and "
                           "tenant_id = %2")
                .arg(idMark, tenantMark);
    QSqlQuery f(db);
    if (!form.exec(f, &error))
        return result(Outcome::Failed, error);
    if (!f.next())
        return BoundQuery::finished(f, &error)
                   ? result(Outcome::NotFound,
                            tr("No contradiction %1.").arg(DisplayText::plain(id)))
                   : result(Outcome::Failed, error);
    const QString before = f.value(0).toString();
    const QString after = before == before.toUpper() ? status.toUpper() : status;
    BoundQuery u;
    const QString s = u.bind(after);
    const QString text = u.bind(resolution.trimmed());
    const QString by = u.bind(actor.id);
    const QString when = u.bind(Session::timeText(at));
    const QString updated = u.bind(Session::timeText(at));
    const QString rowId = u.bind(id);
    const QString tenant = u.bind(session.tenantId());
    // Guarded: only an active contradiction changes; of two resolvers, one wins.
    u << QStringLiteral("update contradictions set status = %1, resolution = %2, resolved_by_id "
                        "= %3, resolved_at = %4, updated_at = %5 where id = %6 and tenant_id = %7 "
                        "and %8 in ('DETECTED', 'REVIEWING')")
             .arg(s, text, by, when, updated, rowId, tenant,
                  sql.upperText(QStringLiteral("status")));
    QSqlQuery q(db);
    if (!u.exec(q, &error))
        return result(Outcome::Failed, error);
    if (q.numRowsAffected() == 0) {
        BoundQuery look;
        const QString i2 = look.bind(id);
        const QString t2 = look.bind(session.tenantId());
        look << QStringLiteral("select %1, %2, c.resolved_at from contradictions c where c.id = "
                               "%3 and c.tenant_id = %4")
                    .arg(sql.lowerText(QStringLiteral("c.status")),
                         sql.userName(QStringLiteral("c.resolved_by_id"),
                                      QStringLiteral("c.tenant_id")),
                         i2, t2);
        QSqlQuery now(db);
        QString who;
        QString when2;
        QString st;
        if (look.exec(now, &error) && now.next()) {
            // Said in words: the status's label, the time in the tenant's zone.
            st = Labels::text(Labels::Kind::ContradictionStatus, now.value(0).toString());
            who = now.value(1).toString();
            when2 = Format::dateTime(Session::readTime(now.value(2)),
                                     Periods::zone(session.tenant().timeZone));
        }
        return result(
            Outcome::Conflict,
            tr("Already %1 by %2 at %3.")
                .arg(st, who.isEmpty() ? tr("someone else") : DisplayText::isolate(who), when2));
    }
    const QJsonObject changes{
        {QStringLiteral("before"), QJsonObject{{QStringLiteral("status"), before.toLower()}}},
        {QStringLiteral("after"), QJsonObject{{QStringLiteral("status"), status}}},
        {QStringLiteral("resolution"), resolution.trimmed()},
        {QStringLiteral("actor_email"), actor.email}};
    if (!WriteBack::insertAudit(db, session, actor.id, QStringLiteral("contradiction.") + status,
                                QStringLiteral("contradiction"), id, changes, at, &error))
        return result(Outcome::Failed, error);
    if (!tx.commit(&error))
        return result(Outcome::Failed, error);
    return result(Outcome::Done,
                  status == QLatin1String("resolved") ? tr("Resolved.") : tr("Accepted."));
}
