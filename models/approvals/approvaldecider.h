#pragma once

#include "models/source/session.h"
#include "models/source/writeback.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

// Writes an approval decision back (README "Rules: Writing back"): approve, reject (a note is
// required) or escalate (escalation level + 1), by a user of the tenant with role owner, admin or
// manager. Each decision is one transaction: the update guarded by "still pending" plus its
// audit_logs row; zero rows updated means someone else decided first, and the result says who
// and when.
class ApprovalDecider
{
    Q_DECLARE_TR_FUNCTIONS(ApprovalDecider)
public:
    enum class Action { Approve, Reject, Escalate };
    enum class Outcome { Done, NotFound, Conflict, PermissionDenied, NoteRequired, Failed };
    using Actor = TenantActor;
    struct Result {
        Outcome outcome = Outcome::Failed;
        QString message;     // one line, translated
        QString decidedBy;   // Conflict: who decided first
        QDateTime decidedAt; // Conflict: when
        QString status;      // the request's status after the call
    };

    static bool parseAction(const QString &text, Action *action);
    static QString actionId(Action action); // approve | reject | escalate
    // The tenant's user with this e-mail (case-insensitive) who may decide, or an error result.
    static bool actor(const Session &session, const QString &email, Actor *out, Result *refusal);
    // Users of the tenant allowed to decide (active, owner/admin/manager), for the GUI.
    static ::Result<QList<Actor>> deciders(const Session &session);
    static Result decide(const Session &session, const QString &approvalId, Action action,
                         const Actor &actor, const QString &note,
                         const QDateTime &at = QDateTime());
};
