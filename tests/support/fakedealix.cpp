#include "tests/support/fakedealix.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <atomic>

namespace {
QString routeKey(const QByteArray &method, const QString &path)
{
    QString p = path;
    if (!p.startsWith(QLatin1Char('/')))
        p = QStringLiteral("/api/v1/") + p;
    return QString::fromLatin1(method.toUpper()) + QLatin1Char(' ') + p;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 422:
        return "Unprocessable Entity";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}
} // namespace

// Lives on the server thread.
class FakeDealixServer : public QObject
{
public:
    explicit FakeDealixServer(FakeDealix::Private *owner)
        : m_owner(owner)
    {}
    bool listen(quint16 port, const QList<QSslCertificate> &chain, const QSslKey &key);
    quint16 port() const { return m_server ? m_server->serverPort() : 0; }

private:
    void accept();
    void onRead(QTcpSocket *s);
    void trickle(QPointer<QTcpSocket> socket, QByteArray rest, int ms);

    FakeDealix::Private *m_owner;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

struct FakeDealix::Private {
    QThread thread;
    FakeDealixServer *server = nullptr;
    QList<QSslCertificate> chain;
    QSslKey key;
    mutable std::mutex mutex;
    QHash<QString, Handler> routes;
    QList<Request> requests;
    quint16 port = 0;
    std::atomic_int extraDelayMs{0};
};

bool FakeDealixServer::listen(quint16 port, const QList<QSslCertificate> &chain, const QSslKey &key)
{
    if (!chain.isEmpty()) {
        auto *ssl = new QSslServer(this);
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificateChain(chain);
        conf.setPrivateKey(key);
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        ssl->setSslConfiguration(conf);
        // A client that refuses the certificate closes the handshake: nothing to answer.
        QObject::connect(ssl, &QSslServer::errorOccurred, this, [](QSslSocket *, auto) {});
        m_server = ssl;
    } else {
        m_server = new QTcpServer(this);
    }
    QObject::connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] { accept(); });
    return m_server->listen(QHostAddress::LocalHost, port);
}

void FakeDealixServer::accept()
{
    while (QTcpSocket *s = m_server->nextPendingConnection()) {
        QObject::connect(s, &QTcpSocket::readyRead, this, [this, s] { onRead(s); });
        QObject::connect(s, &QTcpSocket::disconnected, this, [this, s] {
            m_buffers.remove(s);
            s->deleteLater();
        });
        if (s->bytesAvailable() > 0)
            onRead(s);
    }
}

void FakeDealixServer::onRead(QTcpSocket *s)
{
    QByteArray &buffer = m_buffers[s];
    buffer += s->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        FakeDealix::Request request;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        const QByteArray target = first.value(1);
        const qsizetype q = target.indexOf('?');
        request.path =
            QString::fromUtf8(QByteArray::fromPercentEncoding(q < 0 ? target : target.left(q)));
        request.query = q < 0 ? QString() : QString::fromLatin1(target.mid(q + 1));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.insert(line.left(colon).trimmed().toLower(),
                                       line.mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);

        FakeDealix::Handler handler;
        {
            std::lock_guard lock(m_owner->mutex);
            m_owner->requests.append(request);
            handler = m_owner->routes.value(routeKey(request.method, request.path));
        }
        FakeDealix::Response response =
            handler ? handler(request) : FakeDealix::json("{\"detail\":\"Not Found\"}", 404);
        if (response.behaviour == FakeDealix::Response::Behaviour::Hang)
            return;
        QPointer<QTcpSocket> socket(s);
        QTimer::singleShot(
            response.delayMs + m_owner->extraDelayMs.load(), this, [this, socket, response] {
                if (!socket)
                    return;
                if (response.behaviour == FakeDealix::Response::Behaviour::Close) {
                    socket->abort();
                    return;
                }
                QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                                 reasonPhrase(response.status) + "\r\n";
                out += "Content-Type: " + response.contentType + "\r\n";
                if (response.behaviour == FakeDealix::Response::Behaviour::Chunked)
                    out += "Transfer-Encoding: chunked\r\n";
                else
                    out += "Content-Length: " +
                           QByteArray::number(response.declaredLength >= 0
                                                  ? response.declaredLength
                                                  : qint64(response.body.size())) +
                           "\r\n";
                for (const auto &[name, value] : response.headers)
                    out += name + ": " + value + "\r\n";
                out += "\r\n";
                if (response.behaviour == FakeDealix::Response::Behaviour::Truncate) {
                    out += response.body.left(response.body.size() / 2);
                    socket->write(out);
                    socket->flush();
                    socket->disconnectFromHost();
                    return;
                }
                if (response.behaviour == FakeDealix::Response::Behaviour::Chunked) {
                    for (qsizetype at = 0; at < response.body.size(); at += 16384) {
                        const QByteArray chunk = response.body.mid(at, 16384);
                        out += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
                    }
                    out += "0\r\n\r\n";
                    socket->write(out);
                    return;
                }
                if (response.trickleMs > 0) {
                    socket->write(out);
                    trickle(socket, response.body, response.trickleMs);
                    return;
                }
                out += response.body;
                socket->write(out);
            });
    }
}

void FakeDealixServer::trickle(QPointer<QTcpSocket> socket, QByteArray rest, int ms)
{
    if (!socket || rest.isEmpty())
        return;
    socket->write(rest.left(16));
    rest.remove(0, 16);
    QTimer::singleShot(ms, this, [this, socket, rest, ms] { trickle(socket, rest, ms); });
}

FakeDealix::FakeDealix()
    : d(std::make_unique<Private>())
{}

FakeDealix::~FakeDealix()
{
    if (d->server) {
        QMetaObject::invokeMethod(
            d->server, [s = d->server] { delete s; }, Qt::BlockingQueuedConnection);
        d->thread.quit();
        d->thread.wait();
    }
}

void FakeDealix::setTls(const QList<QSslCertificate> &chain, const QSslKey &key)
{
    d->chain = chain;
    d->key = key;
}

bool FakeDealix::start(quint16 port)
{
    d->server = new FakeDealixServer(d.get());
    d->server->moveToThread(&d->thread);
    d->thread.setObjectName(QStringLiteral("fake-dealix"));
    d->thread.start();
    bool ok = false;
    QMetaObject::invokeMethod(
        d->server,
        [this, port, &ok] {
            ok = d->server->listen(port, d->chain, d->key);
            d->port = d->server->port();
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

quint16 FakeDealix::port() const
{
    return d->port;
}

QString FakeDealix::baseUrl(const QString &host) const
{
    return QStringLiteral("%1://%2:%3/api/v1")
        .arg(d->chain.isEmpty() ? QStringLiteral("http") : QStringLiteral("https"), host)
        .arg(d->port);
}

void FakeDealix::route(const QByteArray &method, const QString &path, const Response &response)
{
    route(method, path, [response](const Request &) { return response; });
}

void FakeDealix::route(const QByteArray &method, const QString &path, Handler handler)
{
    std::lock_guard lock(d->mutex);
    d->routes.insert(routeKey(method, path), std::move(handler));
}

int FakeDealix::routeDirectory(const QString &dir)
{
    int n = 0;
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &name : files) {
        const QString stem = name.chopped(5);
        const qsizetype space = stem.indexOf(QLatin1Char(' '));
        if (space <= 0)
            continue;
        QFile f(QDir(dir).filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        route(stem.left(space).toLatin1(),
              stem.mid(space + 1).replace(QStringLiteral("__"), QStringLiteral("/")),
              json(f.readAll()));
        ++n;
    }
    return n;
}

bool FakeDealix::routePages(const QString &path, const QString &arrayFile, QString *error)
{
    QFile f(arrayFile);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isArray()) {
        if (error)
            *error = QStringLiteral("%1: not a JSON array (%2)").arg(arrayFile, pe.errorString());
        return false;
    }
    // Each item serialised once; a page is the items joined.
    auto items = std::make_shared<QList<QByteArray>>();
    for (const QJsonValue &v : doc.array())
        items->append(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    route("GET", path, [items](const Request &r) {
        const QUrlQuery q(r.query);
        bool okPage = false, okPer = false;
        qint64 page = q.queryItemValue(QStringLiteral("page")).toLongLong(&okPage);
        qint64 per = q.queryItemValue(QStringLiteral("per_page")).toLongLong(&okPer);
        if (!q.hasQueryItem(QStringLiteral("page")))
            page = 1, okPage = true;
        if (!q.hasQueryItem(QStringLiteral("per_page")))
            per = 20, okPer = true;
        if (!okPage || !okPer || page < 1 || per < 1 || per > 1000)
            return json(R"({"detail":"page and per_page must be positive integers"})", 422);
        QByteArray body = "[";
        for (qint64 i = (page - 1) * per; i < qMin<qint64>(items->size(), page * per); ++i) {
            if (body.size() > 1)
                body += ',';
            body += items->at(i);
        }
        body += ']';
        return json(body);
    });
    return true;
}

void FakeDealix::setExtraDelayMs(int ms)
{
    d->extraDelayMs = ms;
}

FakeDealix::Response FakeDealix::json(const QByteArray &body, int status)
{
    Response r;
    r.status = status;
    r.body = body;
    return r;
}

QList<FakeDealix::Request> FakeDealix::requests() const
{
    std::lock_guard lock(d->mutex);
    return d->requests;
}

int FakeDealix::requestCount(const QString &path) const
{
    std::lock_guard lock(d->mutex);
    if (path.isEmpty())
        return int(d->requests.size());
    const QString full =
        path.startsWith(QLatin1Char('/')) ? path : QStringLiteral("/api/v1/") + path;
    int n = 0;
    for (const Request &r : d->requests)
        n += r.path == full ? 1 : 0;
    return n;
}

void FakeDealix::clearRequests()
{
    std::lock_guard lock(d->mutex);
    d->requests.clear();
}
