#pragma once

#include "models/source/sourceurl.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QUrlQuery>

#include <atomic>
#include <memory>

// How the app talks to a Dealix server (README "Sources: the Dealix REST API").
struct RestOptions {
    // Sent as "Authorization: Bearer …" on every request; never printed, logged, exported,
    // stored in settings or put in provenance.
    QByteArray token;
    // Extra trusted certificate authorities (PEM), on top of the system's.
    QString caFile;
    int connectTimeoutMs = 10000; // no byte from the server for this long: timed out
    int requestTimeoutMs = 30000; // a whole request, retries excluded
    int retries = 2;              // GET only: after a network error, a timeout or 502/503/504
    qint64 maxResponseBytes = 64LL * 1024 * 1024;
    // Last good responses per source and tenant (README "Offline fallback"); empty: the user's
    // cache directory. useCache = false: neither written nor read.
    QString cacheDir;
    bool useCache = true;
};

// One answer of the server (or of the offline cache), or why there is none.
struct RestReply {
    enum class Error {
        None,
        Network,      // connection refused, host not found, reset
        Timeout,      // connect or request timeout
        Tls,          // certificate or handshake error (errorString says which)
        Unauthorized, // 401
        Forbidden,    // 403
        NotFound,     // 404, or a body {"status": "not_found"}
        Conflict,     // 409
        Client,       // another 4xx (422 …)
        Server,       // 5xx
        Malformed,    // not JSON, truncated, too large, redirected away, wrong shape
        Cancelled,    // stopped by the caller
    };
    Error error = Error::None;
    QString errorString; // human, translated, redacted; includes the server's reason ("detail")
    int httpStatus = 0;
    QJsonValue body; // the parsed JSON (object or array); null on error
    // "GET /api/v1/executive-room/snapshot?tenant_id=…" (path and query, never the token).
    QString endpoint;
    QDateTime requestedAt; // UTC
    // The server's own generation time when the body says one (generated_at, at the top or in
    // provenance), as sent; empty otherwise.
    QString serverGeneratedAt;
    // Served from the offline cache because the server could not be reached: when the cached
    // response was received.
    bool stale = false;
    QDateTime staleSince;

    bool ok() const { return error == Error::None; }
    QJsonObject object() const { return body.toObject(); }
};

// The command line's exit code for a failed request (README "Rules: Command line"): 401/403 → 6,
// 404/not_found → 4, 409 → 5, everything else (5xx, timeouts, unreachable, malformed) → 3.
int restExitCode(RestReply::Error e);

class RestClientPrivate;

// One client per opened source: one QNetworkAccessManager on its own thread, shared by the
// session and its clones. Requests may be made from any thread except the client's own; they
// block the calling thread (a worker, or the command line) until the answer, the timeout or a
// cancel. Several threads may wait at once (QNetworkAccessManager runs up to six connections
// per host in parallel).
class RestClient
{
    Q_DECLARE_TR_FUNCTIONS(RestClient)
public:
    // url: a Kind::Rest SourceUrl (https, or http on a loopback address).
    RestClient(const SourceUrl &url, const RestOptions &options);
    ~RestClient();
    RestClient(const RestClient &) = delete;
    RestClient &operator=(const RestClient &) = delete;

    const SourceUrl &url() const;
    const RestOptions &options() const;

    // path is relative to the API base ("executive-room/snapshot"). cancel: when it turns true
    // the request is aborted (Error::Cancelled). GETs retry (RestOptions::retries) and, when the
    // server cannot be reached, fall back on the offline cache for cacheKey (source + tenant).
    RestReply get(const QString &path, const QUrlQuery &query, const QString &cacheKey,
                  const std::atomic_bool *cancel = nullptr);
    // POST, PUT, PATCH, DELETE with a JSON body (empty object: no body). Never retried, never
    // cached.
    RestReply send(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                   const QJsonObject &body, const std::atomic_bool *cancel = nullptr);

    // Removes every cached response of this source (all tenants). False with a reason.
    bool clearCache(QString *error = nullptr) const;

    // True once the server has answered 401 or 403 to any request of this client: a read that
    // failed then exits 6 (permission denied) on the command line, like a refused write.
    bool refusedAccess() const;

private:
    std::unique_ptr<RestClientPrivate> d;
};
