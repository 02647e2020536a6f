#include "models/source/restwrites.h"
#include "models/core/displaytext.h"

#include "models/source/restbatch.h"
#include "models/source/restserver.h"
#include "models/source/resttoken.h"
#include "models/source/session.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace {

// Ids and keys go into the request's path (restUnsafeId).
bool pathSafe(const QString &id)
{
    return restUnsafeId(id).isEmpty();
}

RestWrites::Result failed(RestReply::Error error, const QString &message)
{
    RestWrites::Result r;
    r.error = error;
    r.message = message;
    return r;
}

// The server's answer: a failure with its reason, or the status it reports.
RestWrites::Result fromReply(const RestReply &reply, const QString &what)
{
    // No complete answer in time: the server may have applied the change all the same.
    if (reply.error == RestReply::Error::Timeout)
        return failed(reply.error,
                      RestWrites::tr("%1: %2; the change may or may not have been saved: look "
                                     "again before repeating it.")
                          .arg(what, reply.errorString));
    if (!reply.ok())
        return failed(reply.error, RestWrites::tr("%1: %2").arg(what, reply.errorString));
    const QJsonValue status = reply.object().value(QStringLiteral("status"));
    if (!reply.body.isObject() || !status.isString())
        return failed(RestReply::Error::Malformed,
                      RestWrites::tr("%1: %2 answered without a status; the change may or may not "
                                     "have been saved: look again before repeating it.")
                          .arg(what, reply.endpoint));
    RestWrites::Result r;
    r.status = status.toString();
    r.message = RestWrites::tr("%1: %2").arg(what, r.status);
    return r;
}

RestWrites::Result badId(const QString &id)
{
    return failed(RestReply::Error::NotFound, restUnsafeId(id));
}

} // namespace

RestWrites::Result RestWrites::decide(const Session &session, const QString &approvalId,
                                      const QString &action, const QString &note)
{
    if (!pathSafe(approvalId))
        return badId(approvalId);
    if (action != QLatin1String("approve") && action != QLatin1String("reject") &&
        action != QLatin1String("escalate"))
        return failed(RestReply::Error::Client,
                      tr("An approval is approved, rejected or escalated, not \"%1\".")
                          .arg(DisplayText::plain(action)));
    const QJsonObject body{{QStringLiteral("note"), note.trimmed().isEmpty()
                                                        ? QJsonValue(QJsonValue::Null)
                                                        : QJsonValue(note.trimmed())}};
    Result r = fromReply(
        session.restSend("POST", QStringLiteral("approval-center/%1/%2").arg(approvalId, action),
                         QUrlQuery(), body),
        tr("Approval request %1").arg(DisplayText::plain(approvalId)));
    if (r.ok() && action == QLatin1String("escalate"))
        r.note = escalationNote();
    return r;
}

RestWrites::Result RestWrites::reviewPack(const Session &session, const QString &packId)
{
    if (!pathSafe(packId))
        return badId(packId);
    QUrlQuery query;
    const TenantActor owner = tokenOwner(session);
    if (!owner.id.isEmpty())
        query.addQueryItem(QStringLiteral("reviewer_id"), owner.id);
    return fromReply(session.restSend("PUT", QStringLiteral("evidence-packs/%1/review").arg(packId),
                                      query, QJsonObject()),
                     tr("Evidence pack %1").arg(DisplayText::plain(packId)));
}

RestWrites::Result RestWrites::setConnectorDisabled(const Session &session, const QString &key,
                                                    bool disabled)
{
    if (!disabled)
        return failed(RestReply::Error::Client,
                      tr("not available over the Dealix API: it has no route to enable a "
                         "connector again (it does so with a health check on the server)."));
    if (!pathSafe(key))
        return badId(key);
    return fromReply(session.restSend("PUT", QStringLiteral("connectors/%1/disable").arg(key),
                                      QUrlQuery(), QJsonObject()),
                     tr("Connector %1").arg(DisplayText::plain(key)));
}

RestWrites::Result RestWrites::resolveContradiction(const Session &session, const QString &id,
                                                    const QString &status,
                                                    const QString &resolution)
{
    if (!pathSafe(id))
        return badId(id);
    const TenantActor owner = tokenOwner(session);
    // The server takes the resolver's id as text (null is refused with a 422) and would record
    // a placeholder in its place: without the token's subject, refused before sending.
    if (owner.id.isEmpty()) {
        Result r = failed(RestReply::Error::Client,
                          tr("Contradiction %1: not resolved: the Dealix token has no \"sub\" "
                             "claim (an opaque key, or a JWT without a subject), so the server "
                             "cannot record who resolved it. Use a token of a user (a JWT with "
                             "its \"sub\").")
                              .arg(id));
        r.refused = true;
        return r;
    }
    const QJsonObject body{{QStringLiteral("resolution"), resolution},
                           {QStringLiteral("resolved_by_id"), owner.id},
                           {QStringLiteral("status"), status}};
    return fromReply(session.restSend("PUT", QStringLiteral("contradictions/%1/resolve").arg(id),
                                      QUrlQuery(), body),
                     tr("Contradiction %1").arg(DisplayText::plain(id)));
}

TenantActor RestWrites::tokenOwner(const Session &session)
{
    const QByteArray token = session.rest() ? session.rest()->options().token : QByteArray();
    TenantActor a;
    a.id = RestToken::claim(token, QStringLiteral("sub"));
    a.email = RestToken::claim(token, QStringLiteral("email"));
    if (a.email.isEmpty())
        a.email = a.id;
    a.name = tr("The Dealix token's owner");
    // Shown beside the name in the "acting as" list; no role check applies over REST.
    a.role = tr("the server checks the rights");
    if (a.email.isEmpty())
        a.email = QStringLiteral("token-owner");
    return a;
}

QString RestWrites::actingUserNote()
{
    return tr("Over the Dealix API the acting user is the token's owner: --as is ignored.");
}

QString RestWrites::escalationNote()
{
    return tr("The Dealix server saves nothing for an escalation: the request stays as it was.");
}
