#pragma once

#include "models/source/restclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <memory>
#include <mutex>

class Session;

// What the app learns about a Dealix server while it uses it (README "Sources: the Dealix REST
// API — connecting"), kept beside its RestClient and shared by the session and its clones:
// - whether it is a "Line B" build whose executive routes answer placeholder zeros (asked once
//   per client: /executive-room/snapshot and whether /executive-room/weekly-pack exists);
// - which answers the surfaces received came from the offline cache because the server could
//   not be reached (Session::restGet records every answer here), and since when.
class RestServer
{
    Q_DECLARE_TR_FUNCTIONS(RestServer)
public:
    struct LineB {
        bool checked = false; // the server answered the check
        bool lineB = false;
        QStringList signs; // why it looks like Line B, translated
    };

    // The state of this client (created on first use); null for a null client.
    static std::shared_ptr<RestServer> of(const std::shared_ptr<RestClient> &client);
    // The state of the session's client; null for a database source.
    static std::shared_ptr<RestServer> of(const Session &session);

    // An answer a surface received for tenantId (request: path and query).
    void record(const QString &tenantId, const QString &request, const RestReply &reply);
    // The oldest of the current stale marks for tenantId (one per endpoint, dropped by the
    // endpoint's next fresh answer); invalid when the last answer of every endpoint was fresh.
    QDateTime staleSince(const QString &tenantId) const;
    // Forgets every stale mark (the offline cache was cleared: no cached answer is left).
    void clearStale();
    static void clearStale(const RestClient *client); // of that client's state, if any
    // The last answer could not come from the server (network error, timeout, cache).
    bool unreachable() const;

    // Asks the server once per client (blocks: never on the GUI thread); later calls, from any
    // thread, return the first answer. A server that could not be reached is asked again next
    // time.
    LineB checkLineB(const Session &session);
    // The answer so far, without asking.
    LineB lineB() const;
    // The verdict from the snapshot's body (snapshotOk false: no snapshot) and the weekly
    // pack's error (NotFound: the route does not exist).
    static LineB detect(bool snapshotOk, const QJsonObject &snapshot, bool weeklyAnswered,
                        RestReply::Error weeklyError);

    static QString lineBWarning(const LineB &lineB); // empty when not Line B
    // "Stale: server unreachable, showing data received 5 Dec 2026 18:22": the time the cached
    // answer was received, in the tenant's zone (zone), as every date a person reads.
    static QString staleWarning(const QDateTime &received, const QTimeZone &zone);
    // The warnings for a session, in the current language, times in the tenant's zone (the
    // banner, the board pack and standard error alike). Does not ask the server.
    static QStringList warnings(const Session &session);

private:
    mutable QMutex m_mutex;
    QHash<QString, QDateTime> m_stale; // tenant + '\n' + endpoint path -> received at
    bool m_unreachable = false;
    LineB m_lineB;
    std::mutex m_checking; // one check at a time; the others wait for its answer
};
