#pragma once

#include "models/source/session.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrlQuery>

// Several independent GETs of one surface at once (README "Sources: the Dealix REST API"):
// each runs on its own worker thread through session.restGet(), so they share the session's
// one client, its offline cache and its stop flag (stopRest() aborts them all). Returns when
// every request has answered, failed or been cancelled; the replies are in the order asked.
// Never call it on the client's own thread.
struct RestRequest {
    QString path;
    QUrlQuery query = {};
};
QList<RestReply> restGetAll(const Session &session, const QList<RestRequest> &requests);

// A Dealix server answers as of now: figures asked for as of an earlier time (more than five
// minutes ago) are "not available over the Dealix API: …", never today's figures under an old
// date. Empty when asOf is now (or invalid).
QString restPastAsOf(const QDateTime &asOf);
