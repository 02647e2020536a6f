#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <mutex>

// A test Dealix server on 127.0.0.1: a small HTTP/1.1 server (plain, or TLS with a given
// certificate) on its own thread, so that a test may block on a request while it answers. It
// serves a route table of hand-written JSON, records every request (with its headers, to check
// the token), and misbehaves on demand: hangs, answers slowly, truncates, redirects.
class FakeDealix
{
public:
    struct Request {
        QByteArray method;
        QString path;  // without the query: "/api/v1/executive-room/snapshot"
        QString query; // as sent, percent-encoded
        QMap<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
    };
    struct Response {
        enum class Behaviour {
            Normal,
            Hang,     // reads the request and never answers
            Truncate, // declares the full length, sends half the body, closes
            Close,    // closes the connection without a byte
            Chunked,  // no Content-Length: the body in chunks of 16 KiB (Transfer-Encoding)
        };
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<std::pair<QByteArray, QByteArray>> headers; // extra headers (Location …)
        Behaviour behaviour = Behaviour::Normal;
        int delayMs = 0; // before the answer is sent
        // Content-Length to declare instead of the body's size (-1: the body's size).
        qint64 declaredLength = -1;
        // After the headers, the body in pieces of 16 bytes, one every trickleMs (0: at once).
        int trickleMs = 0;
    };
    using Handler = std::function<Response(const Request &)>;

    FakeDealix();
    ~FakeDealix();
    FakeDealix(const FakeDealix &) = delete;
    FakeDealix &operator=(const FakeDealix &) = delete;

    // TLS with this certificate chain and key (before start()).
    void setTls(const QList<QSslCertificate> &chain, const QSslKey &key);
    // Listens on 127.0.0.1 (port 0: any free port); false when it cannot.
    bool start(quint16 port = 0);
    quint16 port() const;
    // "http://127.0.0.1:PORT/api/v1" (https:// with TLS; host: another name for the address,
    // e.g. "localhost" to match a certificate).
    QString baseUrl(const QString &host = QStringLiteral("127.0.0.1")) const;

    // Answers method + path (under /api/v1, e.g. "executive-room/snapshot") with a fixed
    // response, or through a handler; a later call for the same route replaces it. Unknown
    // routes answer 404 {"detail": "Not Found"}, as FastAPI does.
    void route(const QByteArray &method, const QString &path, const Response &response);
    void route(const QByteArray &method, const QString &path, Handler handler);
    // Every route from a directory of fixture files named "<METHOD> <path with / as __>.json"
    // ("GET executive-room__snapshot.json"): status 200, the file as body.
    int routeDirectory(const QString &dir);
    // GET path answered from a JSON array file in pages, as the server's list routes are:
    // query page (from 1, default 1) and per_page (default 20); a page past the end is [].
    bool routePages(const QString &path, const QString &arrayFile, QString *error = nullptr);
    // Added to every response's delay (the fake-dealix executable's --delay-ms).
    void setExtraDelayMs(int ms);
    // A JSON body (for route()).
    static Response json(const QByteArray &body, int status = 200);

    QList<Request> requests() const;
    int requestCount(const QString &path = QString()) const;
    void clearRequests();

    struct Private; // public for the server object on the server's thread

private:
    std::unique_ptr<Private> d;
};
