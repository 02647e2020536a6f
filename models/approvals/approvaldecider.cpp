#include "models/approvals/approvaldecider.h"
#include "models/core/displaytext.h"
#include "models/source/restwrites.h"

#include "models/source/boundquery.h"
#include "models/source/sqldialect.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

ApprovalDecider::Result failure(ApprovalDecider::Outcome outcome, const QString &message)
{
    ApprovalDecider::Result r;
    r.outcome = outcome;
    r.message = message;
    return r;
}

} // namespace

bool ApprovalDecider::parseAction(const QString &text, Action *action)
{
    if (text == QLatin1String("approve"))
        *action = Action::Approve;
    else if (text == QLatin1String("reject"))
        *action = Action::Reject;
    else if (text == QLatin1String("escalate"))
        *action = Action::Escalate;
    else
        return false;
    return true;
}

QString ApprovalDecider::actionId(Action action)
{
    switch (action) {
    case Action::Approve:
        return QStringLiteral("approve");
    case Action::Reject:
        return QStringLiteral("reject");
    case Action::Escalate:
        break;
    }
    return QStringLiteral("escalate");
}

::Result<QList<ApprovalDecider::Actor>> ApprovalDecider::deciders(const Session &session)
{
    return WriteBack::actors(session, WriteBack::deciderRoles());
}

bool ApprovalDecider::actor(const Session &session, const QString &email, Actor *out,
                            Result *refusal)
{
    QString message;
    switch (WriteBack::findActor(session, email, WriteBack::deciderRoles(), out, &message)) {
    case WriteBack::Lookup::Found:
        return true;
    case WriteBack::Lookup::Refused:
        *refusal = failure(Outcome::PermissionDenied, message);
        return false;
    case WriteBack::Lookup::Failed:
        break;
    }
    *refusal = failure(Outcome::Failed, message);
    return false;
}

ApprovalDecider::Result ApprovalDecider::decide(const Session &session, const QString &approvalId,
                                                Action action, const Actor &actor,
                                                const QString &note, const QDateTime &atTime)
{
    if (action == Action::Reject && note.trimmed().isEmpty())
        return failure(Outcome::NoteRequired, tr("A rejection needs a note saying why."));
    if (session.isRest()) {
        // The server decides who may decide (the token's owner) and keeps the audit trail.
        const RestWrites::Result r =
            RestWrites::decide(session, approvalId, actionId(action), note);
        Result out = failure(RestWrites::outcome<Outcome>(r), r.message);
        out.status = r.status;
        if (!r.note.isEmpty())
            out.message = r.message + QLatin1Char(' ') + r.note;
        return out;
    }
    if (!WriteBack::deciderRoles().contains(actor.role) || actor.id.isEmpty())
        return failure(Outcome::PermissionDenied,
                       tr("Deciding needs a user with role owner, admin or manager."));
    if (QUuid(approvalId).isNull() && session.isPostgres())
        return failure(Outcome::NotFound,
                       tr("No approval request %1.").arg(DisplayText::plain(approvalId)));
    const QDateTime at = (atTime.isValid() ? atTime : QDateTime::currentDateTimeUtc()).toUTC();
    const SqlDialect sql(session);
    WriteTransaction tx(session.database());
    if (!tx.isOpen())
        return failure(Outcome::Failed, tx.errorString());
    QSqlDatabase &db = tx.database();
    const bool hasLevel = session.schema().hasColumn(QStringLiteral("approval_requests"),
                                                     QStringLiteral("escalation_level"));
    // The guarded update: it changes the row only while it is still pending, so of two
    // deciders exactly one wins (PostgreSQL re-checks the condition after the first commits).
    BoundQuery update;
    if (action == Action::Escalate) {
        const QString payloadLevel =
            sql.jsonNumber(QStringLiteral("approval_requests"), QStringLiteral("payload"),
                           {QStringLiteral("_dealix_sla"), QStringLiteral("escalation_level")});
        const QString next = QStringLiteral("cast(coalesce(%1%2, 0) + 1 as %3)")
                                 .arg(hasLevel ? QStringLiteral("escalation_level, ") : QString(),
                                      payloadLevel, sql.bigint());
        QString setPayload;
        if (sql.isPostgres()) {
            const QString type = session.schema().columnType(QStringLiteral("approval_requests"),
                                                             QStringLiteral("payload"));
            if (type == QLatin1String("jsonb"))
                setPayload = QStringLiteral("payload = jsonb_set(coalesce(payload, '{}'::jsonb) || "
                                            "jsonb_build_object('_dealix_sla', "
                                            "coalesce(payload -> '_dealix_sla', '{}'::jsonb)), "
                                            "'{_dealix_sla,escalation_level}', "
                                            "to_jsonb(%1), true), ")
                                 .arg(next);
        } else {
            setPayload =
                QStringLiteral(
                    "payload = json_set(case when json_valid(payload) then payload else '{}' end, "
                    "'$._dealix_sla.escalation_level', %1), ")
                    .arg(next);
        }
        const QString when = update.bind(Session::timeText(at)); // bound in placeholder order
        const QString id = update.bind(approvalId);
        const QString tenant = update.bind(session.tenantId());
        update << QStringLiteral("update approval_requests set %1%2updated_at = %3 where id = %4 "
                                 "and tenant_id = %5 and %6 = 'pending'")
                      .arg(setPayload,
                           hasLevel ? QStringLiteral("escalation_level = %1, ").arg(next)
                                    : QString(),
                           when, id, tenant, sql.lowerText(QStringLiteral("status")));
    } else {
        const QString status =
            action == Action::Approve ? QStringLiteral("approved") : QStringLiteral("rejected");
        const QString s = update.bind(status);
        const QString by = update.bind(actor.id);
        const QString when = update.bind(Session::timeText(at));
        const QString n = update.bind(note.isEmpty() ? QVariant() : QVariant(note));
        const QString upd = update.bind(Session::timeText(at));
        const QString id = update.bind(approvalId);
        const QString tenant = update.bind(session.tenantId());
        update << QStringLiteral(
                      "update approval_requests set status = %1, reviewed_by_id = %2, reviewed_at "
                      "= %3, note = %4, "
                      "updated_at = %5 where id = %6 and tenant_id = %7 and %8 = 'pending'")
                      .arg(s, by, when, n, upd, id, tenant,
                           sql.lowerText(QStringLiteral("status")));
    }
    QSqlQuery q(db);
    QString error;
    if (!update.exec(q, &error))
        return failure(Outcome::Failed, error);
    if (q.numRowsAffected() == 0) {
        // Someone else decided first, or there is no such request: say which, who and when.
        BoundQuery look;
        const QString id = look.bind(approvalId);
        const QString tenant = look.bind(session.tenantId());
        look << QStringLiteral("select lower(r.status), %1, r.reviewed_at from approval_requests "
                               "r where r.id = %2 and r.tenant_id = %3")
                    .arg(SqlDialect(session).userName(QStringLiteral("r.reviewed_by_id"),
                                                      QStringLiteral("r.tenant_id")),
                         id, tenant);
        QSqlQuery current(db);
        if (!look.exec(current, &error))
            return failure(Outcome::Failed, error);
        if (!current.next())
            return BoundQuery::finished(current, &error)
                       ? failure(Outcome::NotFound,
                                 tr("No approval request %1.").arg(DisplayText::plain(approvalId)))
                       : failure(Outcome::Failed, error);
        Result r;
        r.outcome = Outcome::Conflict;
        r.status = current.value(0).toString();
        r.decidedBy = current.value(1).toString();
        r.decidedAt = Session::readTime(current.value(2));
        r.message =
            tr("Already %1 by %2 at %3.")
                .arg(DisplayText::plain(r.status),
                     r.decidedBy.isEmpty() ? tr("someone else") : DisplayText::plain(r.decidedBy),
                     r.decidedAt.toString(Qt::ISODate));
        return r;
    }
    // The audit row, in the same transaction.
    const QString after = action == Action::Approve  ? QStringLiteral("approved")
                          : action == Action::Reject ? QStringLiteral("rejected")
                                                     : QStringLiteral("pending");
    QJsonObject changes{{QStringLiteral("before"),
                         QJsonObject{{QStringLiteral("status"), QStringLiteral("pending")}}},
                        {QStringLiteral("after"), QJsonObject{{QStringLiteral("status"), after}}},
                        {QStringLiteral("note"), note},
                        {QStringLiteral("actor_email"), actor.email}};
    if (action == Action::Escalate) {
        // The level as the update left it: the row is ours until commit, so before = after - 1.
        BoundQuery level;
        const QString id = level.bind(approvalId);
        const QString tenant = level.bind(session.tenantId());
        level << QStringLiteral("select cast(coalesce(%1%2, 0) as %3) from approval_requests "
                                "where id = %4 and tenant_id = %5")
                     .arg(hasLevel ? QStringLiteral("escalation_level, ") : QString(),
                          sql.jsonNumber(
                              QStringLiteral("approval_requests"), QStringLiteral("payload"),
                              {QStringLiteral("_dealix_sla"), QStringLiteral("escalation_level")}),
                          sql.bigint(), id, tenant);
        QSqlQuery now(db);
        if (!level.execOne(now, &error))
            return failure(Outcome::Failed, error);
        const qint64 newLevel = now.value(0).toLongLong();
        changes.insert(QStringLiteral("escalation_level"),
                       QJsonObject{{QStringLiteral("before"), newLevel - 1},
                                   {QStringLiteral("after"), newLevel}});
    }
    if (!WriteBack::insertAudit(
            db, session, actor.id, QStringLiteral("approval.") + actionId(action),
            QStringLiteral("approval_request"), approvalId, changes, at, &error))
        return failure(Outcome::Failed, error);
    if (!tx.commit(&error))
        return failure(Outcome::Failed, error);
    Result r;
    r.outcome = Outcome::Done;
    r.status = after;
    r.message = action == Action::Escalate  ? tr("Escalated.")
                : action == Action::Approve ? tr("Approved.")
                                            : tr("Rejected.");
    return r;
}
