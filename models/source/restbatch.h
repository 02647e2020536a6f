#pragma once

#include "models/source/restclient.h"
#include "models/source/restjson.h"
#include "models/source/session.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrlQuery>

// Several independent GETs of one surface at once (README "Sources: the Dealix REST API"):
// each through Session::restGet (tenant, offline cache, the session's stop flag: a stop aborts
// them all), at most MaxParallel in flight (the client's connections per host). Blocks the
// calling thread (a worker, the command line) until every reply is in; replies come back in
// the order asked.
struct RestRequest {
    QString path;
    QUrlQuery query = {};
};
// A Dealix server answers as of now: figures asked for as of an earlier time (more than five
// minutes ago) are "not available over the Dealix API: …", never today's figures under an old
// date. Empty when asOf is now (or invalid).
QString restPastAsOf(const Session &session, const QDateTime &asOf);
// "not available over the Dealix API: why", the one wording (and translation) every surface
// uses for what the server does not serve.
QString restNotAvailable(const QString &why);

// Ids and keys go into a request's path (writes and reads alike): only what a Dealix id or key
// can hold (a UUID, a connector key: letters, digits and - _ . :, starting with a letter or a
// digit), so that nothing can step to another route ("..", ".", "/", "?"). Empty when id is
// such an id; otherwise why not (translated). Callers refuse it without a request, as a
// missing id (exit 4).
QString restUnsafeId(const QString &id);

// The same as RestBatch::get (the name the Executive Room's filler uses).
QList<RestReply> restGetAll(const Session &session, const QList<RestRequest> &requests);

namespace RestBatch {
using Request = RestRequest;
constexpr int MaxParallel = 6;
// elapsedMs: when given, how long each request took (retries included), in the same order.
QList<RestReply> get(const Session &session, const QList<Request> &requests,
                     QList<qint64> *elapsedMs = nullptr);

// Readers beside RestJson's for the fields the list routes carry.
// A number, or null (a nullable column): nullopt with *isNull for null; a message (through r)
// for a missing key or another type.
std::optional<double> numberOrNull(const RestJson::Reader &r, const QJsonObject &o,
                                   const QString &key, bool *isNull);
// An ISO 8601 date and time (without an offset: UTC, as the server writes them). nullable: null
// gives an invalid QDateTime. Anything else sets a message naming shown (the key as the
// message shows it, "approvals[2].created_at").
QDateTime time(const RestJson::Reader &r, const QJsonObject &o, const QString &key,
               const QString &shown, bool nullable = false);
} // namespace RestBatch
