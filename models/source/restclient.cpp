#include "models/source/restclient.h"
#include "models/core/displaytext.h"
#include "models/source/resttoken.h"

#include "models/core/atomicfile.h"
#include "models/core/logging.h"
#include "models/core/platform.h"
#include "models/source/restserver.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <chrono>
#include <cstring>
#include <future>
#include <thread>

int restExitCode(RestReply::Error e)
{
    switch (e) {
    case RestReply::Error::None:
        return 0;
    case RestReply::Error::Unauthorized:
    case RestReply::Error::Forbidden:
        return 6;
    case RestReply::Error::NotFound:
        return 4;
    case RestReply::Error::Conflict:
        return 5;
    default:
        return 3;
    }
}

namespace {

// What one attempt hands back to the waiting thread.
struct Attempt {
    RestReply::Error error = RestReply::Error::None;
    QString errorString;
    int status = 0;
    QByteArray body;
    QByteArray contentType;
};

// The token, wherever a message might quote it (a server echoing the Authorization header in
// its error body, a proxy's page): replaced by "…".
QString withoutToken(QString text, const QByteArray &token)
{
    if (token.size() < 4)
        return text;
    text.replace(QString::fromUtf8(token), QStringLiteral("…"));
    text.replace(QString::fromLatin1(QByteArray(token).toPercentEncoding()), QStringLiteral("…"));
    return text;
}

// One certificate problem in words the user can act on.
QString tlsReason(const QSslError &e, const QString &host)
{
    const QSslCertificate cert = e.certificate();
    switch (e.error()) {
    case QSslError::CertificateExpired:
        return RestClient::tr("the certificate expired on %1")
            .arg(cert.expiryDate().toUTC().toString(Qt::ISODate));
    case QSslError::CertificateNotYetValid:
        return RestClient::tr("the certificate is not valid before %1")
            .arg(cert.effectiveDate().toUTC().toString(Qt::ISODate));
    case QSslError::HostNameMismatch: {
        QStringList names;
        const auto alternates = cert.subjectAlternativeNames();
        for (auto it = alternates.cbegin(); it != alternates.cend(); ++it)
            names.append(it.value());
        if (names.isEmpty())
            names = cert.subjectInfo(QSslCertificate::CommonName);
        return RestClient::tr("the certificate is for another host name (%1), not for %2")
            .arg(DisplayText::reply(names.join(QStringLiteral(", "))), host);
    }
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
    case QSslError::InvalidCaCertificate: {
        const QString issuer =
            cert.issuerInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
        return RestClient::tr("the certificate was issued by an unknown certificate authority "
                              "(%1); a private authority is trusted with --ca-file")
            .arg(issuer.isEmpty() ? RestClient::tr("unnamed") : DisplayText::reply(issuer));
    }
    default:
        return e.errorString();
    }
}

bool retryable(const Attempt &a)
{
    return a.error == RestReply::Error::Network || a.error == RestReply::Error::Timeout ||
           a.status == 502 || a.status == 503 || a.status == 504;
}

// The server's own reason: FastAPI's {"detail": "…"} (or a list of validation errors), else the
// start of a plain-text body. HTML error pages (a proxy's 502) are not quoted.
QString serverReason(const QByteArray &body, const QByteArray &contentType)
{
    if (contentType.toLower().contains("html"))
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonValue detail = doc.object().value(QStringLiteral("detail"));
        if (detail.isString())
            return detail.toString().left(300);
        if (detail.isArray() || detail.isObject())
            return QString::fromUtf8((detail.isArray() ? QJsonDocument(detail.toArray())
                                                       : QJsonDocument(detail.toObject()))
                                         .toJson(QJsonDocument::Compact))
                .left(300);
        const QJsonValue message = doc.object().value(QStringLiteral("message"));
        if (message.isString())
            return message.toString().left(300);
        return {};
    }
    const QString text = QString::fromUtf8(body.left(300)).trimmed();
    if (text.startsWith(QLatin1Char('<')) ||
        text.contains(QLatin1String("<html"), Qt::CaseInsensitive))
        return {};
    return text.section(QLatin1Char('\n'), 0, 0);
}

QString serverGeneratedAt(const QJsonValue &body)
{
    const QJsonObject o = body.toObject();
    if (o.value(QStringLiteral("generated_at")).isString())
        return o.value(QStringLiteral("generated_at")).toString();
    const QJsonObject p = o.value(QStringLiteral("provenance")).toObject();
    if (p.value(QStringLiteral("generated_at")).isString())
        return p.value(QStringLiteral("generated_at")).toString();
    return {};
}

// The body of a POST/PUT/PATCH/DELETE, readable once: QNetworkAccessManager silently sends a
// request again when a reused connection closes before the answer, which for a write could
// apply it twice. With a body it cannot rewind, it reports the failure instead
// (ContentReSendError) and the write is never sent twice.
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(const QByteArray &data)
        : m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_pos + QIODevice::bytesAvailable();
    }
    bool reset() override { return false; }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = qMin(max, qint64(m_data.size()) - m_pos);
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace

// The network side: lives on the client's thread, where the QNetworkAccessManager is.
class RestNetwork : public QObject
{
public:
    RestNetwork(const RestOptions &options)
        : m_options(options)
    {}

    void setUp()
    {
        m_nam = new QNetworkAccessManager(this);
        m_nam->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
        m_nam->setStrictTransportSecurityEnabled(false);
        m_nam->setAutoDeleteReplies(false);
        m_ssl = QSslConfiguration::defaultConfiguration();
        m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!m_options.caFile.isEmpty()) {
            // Setting a list turns off the loading of the system's authorities on demand: so
            // the list is the system's plus the private ones, never the private ones alone.
            QList<QSslCertificate> cas = QSslConfiguration::systemCaCertificates();
            cas += m_extraCas;
            m_ssl.setCaCertificates(cas);
        }
    }

    // Starts one request; done is called on this thread exactly once.
    void start(const QNetworkRequest &requestIn, const QByteArray &verb, const QByteArray &body,
               const std::atomic_bool *cancel, std::function<void(Attempt)> done)
    {
        QNetworkRequest request = requestIn;
        request.setSslConfiguration(m_ssl);
        request.setTransferTimeout(m_options.connectTimeoutMs);
        QNetworkReply *reply = nullptr;
        if (body.isNull() && verb == "GET") {
            reply = m_nam->get(request);
        } else {
            auto *upload = new OneShotBody(body);
            request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
            request.setHeader(QNetworkRequest::ContentLengthHeader, qint64(body.size()));
            reply = m_nam->sendCustomRequest(request, verb, upload);
            upload->setParent(reply);
        }
        auto state = std::make_shared<Attempt>();
        auto finished = std::make_shared<bool>(false);
        auto finish = [reply, state, finished, done](RestReply::Error forced, const QString &why) {
            if (*finished)
                return;
            *finished = true;
            Attempt result = *state;
            if (forced != RestReply::Error::None) {
                result.error = forced;
                result.errorString = why;
                result.status = 0;
                reply->abort(); // emits finished, which finds *finished set
            }
            done(std::move(result));
            reply->deleteLater();
        };
        const qint64 max = m_options.maxResponseBytes;
        QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, max, finish] {
            const qint64 declared =
                reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
            if (declared > max)
                finish(
                    RestReply::Error::Malformed,
                    RestClient::tr("the response is larger than the limit of %L1 bytes").arg(max));
        });
        QObject::connect(
            reply, &QNetworkReply::readyRead, reply, [reply, state, max, finished, finish] {
                if (*finished || !reply->isOpen())
                    return;
                state->body += reply->readAll();
                if (state->body.size() > max)
                    finish(RestReply::Error::Malformed,
                           RestClient::tr("the response is larger than the limit of %L1 bytes")
                               .arg(max));
            });
        const QUrl origin = request.url();
        QObject::connect(
            reply, &QNetworkReply::redirected, reply, [reply, origin, finish](const QUrl &to) {
                const QUrl target = origin.resolved(to);
                if (origin.scheme() == QLatin1String("https") &&
                    target.scheme() != QLatin1String("https")) {
                    finish(RestReply::Error::Malformed,
                           RestClient::tr("the server redirected from https to plain http (%1), "
                                          "which is refused")
                               .arg(SourceUrl::redactUrl(target.adjusted(QUrl::RemoveQuery))));
                    return;
                }
                if (target.scheme() == origin.scheme() && target.host() == origin.host() &&
                    target.port(origin.scheme() == QLatin1String("https") ? 443 : 80) ==
                        origin.port(origin.scheme() == QLatin1String("https") ? 443 : 80)) {
                    emit reply->redirectAllowed();
                    return;
                }
                finish(RestReply::Error::Malformed,
                       RestClient::tr("the server redirected to another address (%1), which is not "
                                      "followed with the token")
                           .arg(SourceUrl::redactUrl(target.adjusted(QUrl::RemoveQuery))));
            });
        auto sslReasons = std::make_shared<QStringList>();
        const QString host = origin.host();
        QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                         [sslReasons, host](const QList<QSslError> &errors) {
                             // Never ignored: the handshake then fails with these reasons.
                             for (const QSslError &e : errors) {
                                 const QString why = tlsReason(e, host);
                                 if (!sslReasons->contains(why))
                                     sslReasons->append(why);
                             }
                         });
        auto *deadline = new QTimer(reply);
        deadline->setSingleShot(true);
        QObject::connect(deadline, &QTimer::timeout, reply, [this, finish] {
            finish(RestReply::Error::Timeout,
                   RestClient::tr("no complete answer within %L1 s")
                       .arg(m_options.requestTimeoutMs / 1000.0, 0, 'f', 1));
        });
        deadline->start(m_options.requestTimeoutMs);
        if (cancel) {
            auto *poll = new QTimer(reply);
            QObject::connect(poll, &QTimer::timeout, reply, [cancel, finish] {
                if (cancel->load())
                    finish(RestReply::Error::Cancelled, RestClient::tr("cancelled"));
            });
            poll->start(25);
        }
        QObject::connect(
            reply, &QNetworkReply::finished, reply,
            [this, reply, state, sslReasons, finished, finish, write = verb != "GET"] {
                if (*finished)
                    return;          // aborted by finish(): nothing more to read
                if (reply->isOpen()) // closed when the transfer timeout aborted it
                    state->body += reply->readAll();
                state->status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                state->contentType =
                    reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
                const QNetworkReply::NetworkError ne = reply->error();
                // Errors below 100 are the connection's (QNetworkReply's numbering); above, the
                // HTTP status's, which run() reads from the status itself.
                const bool connectionError = ne != QNetworkReply::NoError && int(ne) < 100;
                if (!sslReasons->isEmpty()) {
                    state->error = RestReply::Error::Tls;
                    state->errorString = RestClient::tr("the server's certificate is not "
                                                        "trusted: %1")
                                             .arg(sslReasons->join(QStringLiteral("; ")));
                } else if (ne == QNetworkReply::OperationCanceledError ||
                           ne == QNetworkReply::TimeoutError) {
                    state->error = RestReply::Error::Timeout;
                    state->errorString = RestClient::tr("no answer within %L1 s")
                                             .arg(m_options.connectTimeoutMs / 1000.0, 0, 'f', 1);
                } else if (state->status == 0 && ne != QNetworkReply::NoError) {
                    state->error = ne == QNetworkReply::SslHandshakeFailedError
                                       ? RestReply::Error::Tls
                                       : RestReply::Error::Network;
                    // A write whose connection closed before any answer may have been
                    // applied: said so whether Qt tried to send it again or not.
                    const bool unknownOutcome =
                        ne == QNetworkReply::ContentReSendError ||
                        (write && ne == QNetworkReply::RemoteHostClosedError);
                    state->errorString =
                        unknownOutcome
                            ? RestClient::tr("the connection closed before the server answered; "
                                             "the request was not sent again, so it may or may "
                                             "not have been applied")
                            : DisplayText::reply(SourceUrl::redact(reply->errorString()));
                } else if (connectionError) {
                    // The status line came, then the connection broke: a cut-off body is
                    // never parsed, even when what arrived happens to be valid JSON.
                    state->error = RestReply::Error::Network;
                    state->errorString =
                        RestClient::tr("the connection closed after %L1 bytes of the answer (%2)")
                            .arg(state->body.size())
                            .arg(DisplayText::reply(SourceUrl::redact(reply->errorString())));
                }
                finish(RestReply::Error::None, {});
            });
    }

    QList<QSslCertificate> m_extraCas;

private:
    RestOptions m_options;
    QNetworkAccessManager *m_nam = nullptr;
    QSslConfiguration m_ssl;
};

class RestClientPrivate
{
public:
    SourceUrl url;
    RestOptions options;
    QUrl base; // ends with '/'
    QThread thread;
    RestNetwork *network = nullptr;
    QString setupError;
    std::atomic_bool refusedAccess{false}; // a 401 or 403 was answered

    QString cacheRoot() const
    {
        if (!options.useCache)
            return {};
        QString root = options.cacheDir;
        if (root.isEmpty())
            root = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                   QStringLiteral("/rest");
        const QByteArray source =
            QCryptographicHash::hash(url.toDisplayString().toUtf8(), QCryptographicHash::Sha256)
                .toHex()
                .left(32);
        return root + QLatin1Char('/') + QString::fromLatin1(source);
    }

    QString cacheFile(const QString &cacheKey, const QString &endpoint) const
    {
        const QString root = cacheRoot();
        if (root.isEmpty() || cacheKey.isEmpty())
            return {};
        const QByteArray name =
            QCryptographicHash::hash((cacheKey + QLatin1Char('\n') + endpoint).toUtf8(),
                                     QCryptographicHash::Sha256)
                .toHex();
        return root + QLatin1Char('/') + QString::fromLatin1(name) + QStringLiteral(".json");
    }

    // A folder of the cache, created owner-only (never wider, even for a moment); an existing
    // one is narrowed.
    static bool ownerOnlyDir(const QString &dir)
    {
        const QFileDevice::Permissions owner =
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
        if (!QFileInfo(dir).isDir() && !QDir().mkdir(dir, owner) && !QFileInfo(dir).isDir())
            return false;
        return QFile::setPermissions(dir, owner);
    }

    void storeCache(const QString &file, const RestReply &reply, const QByteArray &body) const
    {
        if (file.isEmpty())
            return;
        if (options.token.size() >= 4 && body.contains(options.token)) {
            qCWarning(lcSource).noquote() << "offline cache not written: the answer of"
                                          << reply.endpoint << "quotes the token";
            return;
        }
        const QString dir = QFileInfo(file).absolutePath();
        const QString root = QFileInfo(dir).absolutePath();
        if (!QDir().mkpath(QFileInfo(root).absolutePath()) || !ownerOnlyDir(root) ||
            !ownerOnlyDir(dir)) {
            qCWarning(lcSource).noquote() << "offline cache not written: cannot create" << dir;
            return;
        }
        // Written beside the target under a temporary name created owner-only (0600) before
        // its first byte, then renamed over the target: a reader sees the old entry or the new
        // one, never a part. Not synced to disk: the cache is a convenience that a power cut
        // may lose, and a sync per answer made a 100-page pipeline twice as slow.
        QJsonObject entry{{QStringLiteral("endpoint"), reply.endpoint},
                          {QStringLiteral("received_at"),
                           QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                          {QStringLiteral("body"), QString::fromUtf8(body)}};
        const QByteArray data = QJsonDocument(entry).toJson(QJsonDocument::Compact);
        const QString temp =
            file + QStringLiteral(".dealix-%1-%2.partial")
                       .arg(QCoreApplication::applicationPid())
                       .arg(QString::number(QRandomGenerator::global()->generate64(), 36));
        Platform::RawFile out;
        if (!out.open(temp, Platform::RawFile::Mode::CreateNew)) {
            qCWarning(lcSource).noquote()
                << "offline cache not written:" << file << out.errorString();
            return;
        }
        int renameError = 0;
        const bool written = out.writeAll(data.constData(), data.size()) && out.close();
        if (!written || !Platform::renameOver(temp, file, &renameError)) {
            qCWarning(lcSource).noquote()
                << "offline cache not written:" << file
                << (written ? AtomicFile::systemError(renameError) : out.errorString());
            out.close();
            QFile::remove(temp);
        }
    }

    bool readCache(const QString &file, RestReply *reply) const
    {
        if (file.isEmpty())
            return false;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        QJsonParseError pe;
        const QJsonObject entry = QJsonDocument::fromJson(f.readAll(), &pe).object();
        const QJsonDocument body =
            QJsonDocument::fromJson(entry.value(QStringLiteral("body")).toString().toUtf8());
        QDateTime since = QDateTime::fromString(
            entry.value(QStringLiteral("received_at")).toString(), Qt::ISODateWithMs);
        if (body.isNull() || !since.isValid()) {
            qCWarning(lcSource).noquote() << "offline cache ignored: unreadable entry" << file;
            return false;
        }
        reply->body = body.isArray() ? QJsonValue(body.array()) : QJsonValue(body.object());
        since.setTimeSpec(Qt::UTC);
        reply->staleSince = since;
        reply->stale = true;
        reply->serverGeneratedAt = serverGeneratedAt(reply->body);
        return true;
    }

    Attempt once(const QNetworkRequest &request, const QByteArray &verb, const QByteArray &body,
                 const std::atomic_bool *cancel)
    {
        auto promise = std::make_shared<std::promise<Attempt>>();
        std::future<Attempt> answer = promise->get_future();
        QMetaObject::invokeMethod(
            network,
            [this, request, verb, body, cancel, promise] {
                network->start(request, verb, body, cancel,
                               [promise](Attempt a) { promise->set_value(std::move(a)); });
            },
            Qt::QueuedConnection);
        return answer.get();
    }

    RestReply run(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                  const QByteArray &body, const QString &cacheKey, const std::atomic_bool *cancel)
    {
        RestReply reply;
        QUrl target = base.resolved(QUrl(path));
        target.setQuery(query);
        reply.endpoint =
            QString::fromLatin1(verb) + QLatin1Char(' ') +
            SourceUrl::redact(target.path() +
                              (query.isEmpty()
                                   ? QString()
                                   : QLatin1Char('?') + query.toString(QUrl::FullyEncoded)));
        reply.requestedAt = QDateTime::currentDateTimeUtc();
        if (!setupError.isEmpty()) {
            reply.error = RestReply::Error::Network;
            reply.errorString = setupError;
            return reply;
        }
        if (QThread::currentThread() == &thread)
            qFatal("RestClient: a request was made on the client's own thread");
        if (cancel && cancel->load()) {
            reply.error = RestReply::Error::Cancelled;
            reply.errorString =
                RestClient::tr("%1: %2").arg(reply.endpoint, RestClient::tr("cancelled"));
            return reply;
        }
        QNetworkRequest request(target);
        request.setRawHeader("Accept", "application/json");
        request.setRawHeader("User-Agent", "dealix-desk/" DEALIX_VERSION);
        if (!options.token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + options.token);
        if (!body.isNull())
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QStringLiteral("application/json"));
        const bool isGet = verb == "GET";
        Attempt a;
        for (int attempt = 0;; ++attempt) {
            a = once(request, verb, body, cancel);
            if (!isGet || attempt >= options.retries || !retryable(a) || (cancel && cancel->load()))
                break;
            // Back-off: 0.25 s, 1 s, 4 s … cut short by a cancel.
            const auto pause = std::chrono::milliseconds(250 << (2 * attempt));
            const auto until = std::chrono::steady_clock::now() + pause;
            while (std::chrono::steady_clock::now() < until && !(cancel && cancel->load()))
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        reply.httpStatus = a.status;
        reply.error = a.error;
        reply.errorString = a.errorString;
        if (reply.error == RestReply::Error::None) {
            if (a.status >= 400) {
                const QString reason = serverReason(a.body, a.contentType);
                switch (a.status) {
                case 401:
                    reply.error = RestReply::Error::Unauthorized;
                    refusedAccess = true;
                    break;
                case 403:
                    reply.error = RestReply::Error::Forbidden;
                    refusedAccess = true;
                    break;
                case 404:
                    reply.error = RestReply::Error::NotFound;
                    break;
                case 409:
                    reply.error = RestReply::Error::Conflict;
                    break;
                default:
                    reply.error =
                        a.status >= 500 ? RestReply::Error::Server : RestReply::Error::Client;
                }
                reply.errorString =
                    reason.isEmpty() ? RestClient::tr("the server answered HTTP %1").arg(a.status)
                                     : RestClient::tr("the server answered HTTP %1: %2")
                                           .arg(a.status)
                                           .arg(DisplayText::reply(SourceUrl::redact(reason)));
            } else {
                QJsonParseError pe;
                const QJsonDocument doc = QJsonDocument::fromJson(a.body, &pe);
                if (doc.isNull()) {
                    reply.error = RestReply::Error::Malformed;
                    reply.errorString =
                        RestClient::tr("the server's answer is not valid JSON (%1 at byte %L2)")
                            .arg(pe.errorString())
                            .arg(pe.offset);
                } else {
                    reply.body = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
                    reply.serverGeneratedAt = serverGeneratedAt(reply.body);
                    if (reply.object().value(QStringLiteral("status")).toString() ==
                        QLatin1String("not_found")) {
                        reply.error = RestReply::Error::NotFound;
                        reply.errorString = RestClient::tr("the server answered not_found");
                    }
                }
            }
        }
        const QString where = reply.endpoint;
        if (!reply.ok())
            reply.errorString =
                withoutToken(RestClient::tr("%1: %2").arg(where, reply.errorString), options.token);
        if (isGet) {
            const QString file = cacheFile(cacheKey, reply.endpoint);
            if (reply.ok()) {
                storeCache(file, reply, a.body);
            } else if (retryable(a) && a.error != RestReply::Error::Cancelled) {
                RestReply cached = reply;
                if (readCache(file, &cached)) {
                    cached.error = RestReply::Error::None;
                    cached.errorString = reply.errorString; // why it is stale
                    cached.httpStatus = 0;
                    return cached;
                }
            }
        }
        return reply;
    }
};

RestClient::RestClient(const SourceUrl &url, const RestOptions &options)
    : d(std::make_unique<RestClientPrivate>())
{
    d->url = url;
    d->options = options;
    QString base = url.toDisplayString();
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    d->base = QUrl(base);
    d->network = new RestNetwork(options);
    // Whatever gave the token (DEALIX_TOKEN, a file, the Connect dialog, the keychain): a line
    // break in it would start another header of every request.
    if (!options.token.isEmpty() && !RestToken::sendable(options.token))
        d->setupError = tr("the token holds characters a token cannot have (a line break or a "
                           "control character); it is not sent");
    if (!options.caFile.isEmpty()) {
        QFile pem(options.caFile);
        if (!pem.open(QIODevice::ReadOnly)) {
            d->setupError = tr("cannot read the CA file %1: %2")
                                .arg(DisplayText::plain(options.caFile), pem.errorString());
        } else {
            d->network->m_extraCas = QSslCertificate::fromData(pem.readAll(), QSsl::Pem);
            if (d->network->m_extraCas.isEmpty())
                d->setupError = tr("the CA file %1 holds no PEM certificate")
                                    .arg(DisplayText::plain(options.caFile));
        }
    }
    d->network->moveToThread(&d->thread);
    d->thread.setObjectName(QStringLiteral("dealix-rest"));
    d->thread.start();
    QMetaObject::invokeMethod(
        d->network, [n = d->network] { n->setUp(); }, Qt::BlockingQueuedConnection);
}

RestClient::~RestClient()
{
    QMetaObject::invokeMethod(
        d->network, [n = d->network] { delete n; }, Qt::BlockingQueuedConnection);
    d->thread.quit();
    d->thread.wait();
}

const SourceUrl &RestClient::url() const
{
    return d->url;
}

const RestOptions &RestClient::options() const
{
    return d->options;
}

RestReply RestClient::get(const QString &path, const QUrlQuery &query, const QString &cacheKey,
                          const std::atomic_bool *cancel)
{
    return d->run("GET", path, query, QByteArray(), cacheKey, cancel);
}

RestReply RestClient::send(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                           const QJsonObject &body, const std::atomic_bool *cancel)
{
    const QByteArray data =
        body.isEmpty() ? QByteArray("") : QJsonDocument(body).toJson(QJsonDocument::Compact);
    return d->run(verb, path, query, data, QString(), cancel);
}

bool RestClient::clearCache(QString *error) const
{
    const QString root = d->cacheRoot();
    if (root.isEmpty() || !QFileInfo::exists(root)) {
        RestServer::clearStale(this);
        return true;
    }
    if (QDir(root).removeRecursively()) {
        RestServer::clearStale(this); // nothing cached is shown as stale any more
        return true;
    }
    if (error)
        *error = tr("cannot remove the offline cache %1").arg(root);
    return false;
}

bool RestClient::refusedAccess() const
{
    return d->refusedAccess.load();
}
