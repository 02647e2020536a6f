#pragma once

#include "models/source/restclient.h"
#include "models/source/writeback.h"

#include <QCoreApplication>
#include <QString>

class Session;

// The writes a Dealix server takes through its API (README "Sources: the Dealix REST API —
// connecting"), for the same GUI buttons and commands as the database's write-backs: the
// writers (ApprovalDecider, EvidencePackReviewer, ConnectorWriter, ViolationResolver) hand a
// REST session to these. The acting user is the token's owner: the server checks who may do
// what and keeps the audit trail.
class RestWrites
{
    Q_DECLARE_TR_FUNCTIONS(RestWrites)
public:
    struct Result {
        RestReply::Error error = RestReply::Error::None;
        QString message; // translated; the server's reason on failure
        QString status;  // the status the server answered ("approved", "reviewed" …)
        QString note;    // what the user should also know (an escalation is not saved …)
        // Refused by the app before any request (what was asked cannot be sent): exit 2.
        bool refused = false;
        bool ok() const { return error == RestReply::Error::None; }
        // README "Rules: Command line": refused before sending → 2, 401/403 → 6,
        // 404/not_found → 4, 409 → 5, else 3.
        int exitCode() const { return refused ? 2 : restExitCode(error); }
    };

    // POST /approval-center/{id}/approve|reject|escalate {note}. Escalation: the server
    // answers "escalated" and saves nothing (said in note).
    static Result decide(const Session &session, const QString &approvalId, const QString &action,
                         const QString &note);
    // PUT /evidence-packs/{id}/review?reviewer_id=<the token's subject>
    static Result reviewPack(const Session &session, const QString &packId);
    // PUT /connectors/{key}/disable (the API has no route to enable one: refused here).
    static Result setConnectorDisabled(const Session &session, const QString &key, bool disabled);
    // PUT /contradictions/{id}/resolve {resolution, resolved_by_id, status}; resolved_by_id is
    // the token's "sub": without one, refused before sending (refused, exit 2).
    static Result resolveContradiction(const Session &session, const QString &id,
                                       const QString &status, const QString &resolution);

    // The acting user over REST: the token's owner (its "sub" and "email" claims when it is a
    // JWT), offered as the one "acting as" choice in the GUI.
    static TenantActor tokenOwner(const Session &session);
    // Said once by a command given --as over REST.
    static QString actingUserNote();
    static QString escalationNote();

    // The writers' outcome for a result (their enums share these names).
    template <typename Outcome> static Outcome outcome(const Result &r)
    {
        switch (r.error) {
        case RestReply::Error::None:
            return Outcome::Done;
        case RestReply::Error::Unauthorized:
        case RestReply::Error::Forbidden:
            return Outcome::PermissionDenied;
        case RestReply::Error::NotFound:
            return Outcome::NotFound;
        case RestReply::Error::Conflict:
            return Outcome::Conflict;
        default:
            return Outcome::Failed;
        }
    }
};
