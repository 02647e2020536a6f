// The REST client and a session on a Dealix server (README "Sources: the Dealix REST API"),
// against the test server of tests/support/fakedealix.h.
#include "models/source/session.h"
#include "tests/support/fakedealix.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QProcess>
#include <QSslKey>
#include <QTemporaryDir>
#include <QThread>

#include <sys/stat.h>

#include <atomic>
#include <future>
#include <thread>

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <atomic>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace {
const QString Tenant = QStringLiteral("11111111-2222-3333-4444-555555555555");
}

TEST_CASE("A session on a Dealix server sends the token and the tenant", "[rest]")
{
    FakeDealix server;
    REQUIRE(server.start());
    server.route("GET", QStringLiteral("executive-room/snapshot"),
                 FakeDealix::json(R"({"revenue": {"actual": 1250.5}})"));
    Session s;
    RestOptions options;
    options.token = "tok-secret-123";
    QTemporaryDir cache;
    options.cacheDir = cache.path();
    REQUIRE(s.open(SourceUrl::parse(server.baseUrl()), Session::OpenMode::RequireDealixSchema,
                   QString(), options));
    REQUIRE(s.isRest());
    REQUIRE(s.selectTenant(Tenant));
    const RestReply r = s.restGet(QStringLiteral("executive-room/snapshot"));
    REQUIRE(r.ok());
    CHECK(r.object()
              .value(QStringLiteral("revenue"))
              .toObject()
              .value(QStringLiteral("actual"))
              .toDouble() == 1250.5);
    CHECK_FALSE(r.stale);
    const QList<FakeDealix::Request> seen = server.requests();
    REQUIRE(seen.size() == 1);
    CHECK(seen.first().headers.value("authorization") == "Bearer tok-secret-123");
    CHECK(seen.first().query == QStringLiteral("tenant_id=") + Tenant);
    CHECK(r.endpoint == QStringLiteral("GET /api/v1/executive-room/snapshot?tenant_id=") + Tenant);
}

TEST_CASE("A token with a line break is never put in a request's headers", "[rest][token]")
{
    // The GUI takes its token from DEALIX_TOKEN, the Connect dialog or the keychain, not only
    // through RestToken: the client itself refuses one that would start another header.
    FakeDealix server;
    REQUIRE(server.start());
    server.route("GET", QStringLiteral("executive-room/snapshot"), FakeDealix::json("{}"));
    Session s;
    RestOptions options;
    options.token = "tok-abc\r\nX-Injected: 1";
    QTemporaryDir cache;
    options.cacheDir = cache.path();
    REQUIRE(s.open(SourceUrl::parse(server.baseUrl()), Session::OpenMode::RequireDealixSchema,
                   QString(), options));
    REQUIRE(s.selectTenant(Tenant));
    const RestReply r = s.restGet(QStringLiteral("executive-room/snapshot"));
    CHECK_FALSE(r.ok());
    CHECK(r.errorString.contains(QStringLiteral("token")));
    CHECK_FALSE(r.errorString.contains(QStringLiteral("tok-abc")));
    CHECK_FALSE(r.errorString.contains(QStringLiteral("Injected")));
    CHECK(server.requestCount() == 0);
}

TEST_CASE("HTTP errors map to the command line's exit codes", "[rest]")
{
    FakeDealix server;
    REQUIRE(server.start());
    server.route("GET", QStringLiteral("a"), FakeDealix::json(R"({"detail": "bad token"})", 401));
    server.route("GET", QStringLiteral("b"), FakeDealix::json(R"({"detail": "no"})", 403));
    server.route("GET", QStringLiteral("c"), FakeDealix::json(R"({"status": "not_found"})"));
    server.route("GET", QStringLiteral("d"), FakeDealix::json(R"({"detail": "taken"})", 409));
    server.route("GET", QStringLiteral("e"), FakeDealix::json("<html>bad gateway</html>", 502));
    RestOptions options;
    options.useCache = false;
    options.retries = 0;
    RestClient client(SourceUrl::parse(server.baseUrl()), options);
    const RestReply a = client.get(QStringLiteral("a"), {}, {});
    CHECK(a.error == RestReply::Error::Unauthorized);
    CHECK(a.errorString.contains(QStringLiteral("bad token")));
    CHECK(restExitCode(a.error) == 6);
    CHECK(restExitCode(client.get(QStringLiteral("b"), {}, {}).error) == 6);
    CHECK(restExitCode(client.get(QStringLiteral("c"), {}, {}).error) == 4);
    CHECK(restExitCode(client.get(QStringLiteral("d"), {}, {}).error) == 5);
    const RestReply e = client.get(QStringLiteral("e"), {}, {});
    CHECK(e.error == RestReply::Error::Server);
    CHECK_FALSE(e.errorString.contains(QStringLiteral("<html>")));
    CHECK(restExitCode(e.error) == 3);
}

TEST_CASE("Plain http is refused for a server that is not on this computer", "[rest][url]")
{
    CHECK_FALSE(SourceUrl::parse(QStringLiteral("http://dealix.example.sa/api/v1")).isValid());
    CHECK_FALSE(SourceUrl::parse(QStringLiteral("http://10.0.0.1/api/v1")).isValid());
    CHECK(SourceUrl::parse(QStringLiteral("http://127.0.0.9:8000/api/v1")).isValid());
    CHECK(SourceUrl::parse(QStringLiteral("http://[::1]:8000/api/v1")).isValid());
    CHECK(SourceUrl::parse(QStringLiteral("https://dealix.example.sa/api/v1")).isValid());
    // Loopback as QHostAddress::isLoopback has it: an IPv4-mapped 127.0.0.1 and the short
    // form 127.1 are this computer; a name that merely starts with "localhost" is not.
    CHECK(SourceUrl::parse(QStringLiteral("http://[::ffff:127.0.0.1]:8000/api/v1")).isValid());
    CHECK(SourceUrl::parse(QStringLiteral("http://127.1:8000/api/v1")).isValid());
    CHECK(SourceUrl::parse(QStringLiteral("http://localhost:8000/api/v1")).isValid());
    CHECK(SourceUrl::parse(QStringLiteral("http://LOCALHOST:8000/api/v1")).isValid());
    CHECK(SourceUrl::parse(QStringLiteral("HTTP://127.0.0.1:8000/api/v1")).isValid());
    CHECK(SourceUrl::parse(QStringLiteral("HTTP://127.0.0.1:8000/api/v1")).kind() ==
          SourceUrl::Kind::Rest);
    for (const char *refused :
         {"http://localhost.evil.com/api/v1", "HTTP://localhost.evil.com/api/v1",
          "http://127.0.0.1.evil.com/api/v1", "http://[::ffff:10.0.0.1]/api/v1",
          "http://[::ffff:127.0.0.1].evil.com/api/v1", "HTTP://dealix.example.sa/api/v1",
          "http://0.0.0.0/api/v1", "http://[::]/api/v1"}) {
        INFO(refused);
        CHECK_FALSE(SourceUrl::parse(QString::fromLatin1(refused)).isValid());
    }
    const SourceUrl evil = SourceUrl::parse(QStringLiteral("http://localhost.evil.com/api/v1"));
    CHECK(evil.errorString().contains(QStringLiteral("Plain http://")));
}

// ---------------------------------------------------------------------------------------------
// Transport: TLS, timeouts, retries, size bound, redirects, cancel, concurrency, offline cache,
// the token. Certificates are made at test time with the openssl command.

namespace {

const QByteArray Token = "tok-7Hq2-secret-zz91";

// A throw-away certificate authority and server certificates, made by openssl in a temporary
// folder with a configuration of our own (the system's openssl.cnf is not read).
class Pki
{
public:
    Pki()
    {
        QFile cnf(dir.filePath(QStringLiteral("openssl.cnf")));
        REQUIRE(cnf.open(QIODevice::WriteOnly));
        cnf.write(R"([ req ]
distinguished_name = dn
x509_extensions = v3_ca
[ dn ]
[ v3_ca ]
basicConstraints = critical,CA:true
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[ ca ]
default_ca = signer
[ signer ]
database = $ENV::PKI_DB
new_certs_dir = $ENV::PKI_DIR
serial = $ENV::PKI_SERIAL
default_md = sha256
policy = any
unique_subject = no
[ any ]
commonName = supplied
[ leaf ]
basicConstraints = CA:false
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = $ENV::PKI_SAN
authorityKeyIdentifier = keyid
)");
        cnf.close();
    }

    // A CA named cn: its files are <name>.pem and <name>.key.
    void makeCa(const QString &name, const QString &cn)
    {
        run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
             path(name + QStringLiteral(".key")), QStringLiteral("-out"),
             path(name + QStringLiteral(".pem")), QStringLiteral("-days"), QStringLiteral("30"),
             QStringLiteral("-subj"), QStringLiteral("/CN=") + cn});
        QFile db(path(name + QStringLiteral(".db")));
        REQUIRE(db.open(QIODevice::WriteOnly));
        QFile serial(path(name + QStringLiteral(".serial")));
        REQUIRE(serial.open(QIODevice::WriteOnly));
        serial.write("1000\n");
    }

    // A server certificate for san ("DNS:localhost,IP:127.0.0.1"), signed by ca, valid from
    // notBefore to notAfter (UTC).
    void makeLeaf(const QString &name, const QString &ca, const QString &cn, const QString &san,
                  const QDateTime &notBefore, const QDateTime &notAfter)
    {
        run({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
             QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
             path(name + QStringLiteral(".key")), QStringLiteral("-out"),
             path(name + QStringLiteral(".csr")), QStringLiteral("-subj"),
             QStringLiteral("/CN=") + cn});
        const QString format = QStringLiteral("yyyyMMddHHmmss'Z'");
        run({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-notext"),
             QStringLiteral("-cert"), path(ca + QStringLiteral(".pem")), QStringLiteral("-keyfile"),
             path(ca + QStringLiteral(".key")), QStringLiteral("-in"),
             path(name + QStringLiteral(".csr")), QStringLiteral("-out"),
             path(name + QStringLiteral(".pem")), QStringLiteral("-extensions"),
             QStringLiteral("leaf"), QStringLiteral("-startdate"),
             notBefore.toUTC().toString(format), QStringLiteral("-enddate"),
             notAfter.toUTC().toString(format)},
            ca, san);
    }

    void serve(FakeDealix &server, const QString &leaf) const
    {
        QFile cert(path(leaf + QStringLiteral(".pem")));
        QFile key(path(leaf + QStringLiteral(".key")));
        REQUIRE(cert.open(QIODevice::ReadOnly));
        REQUIRE(key.open(QIODevice::ReadOnly));
        const QList<QSslCertificate> chain = QSslCertificate::fromData(cert.readAll(), QSsl::Pem);
        const QSslKey k(key.readAll(), QSsl::Rsa, QSsl::Pem);
        REQUIRE(chain.size() == 1);
        REQUIRE_FALSE(k.isNull());
        server.setTls(chain, k);
    }

    QString path(const QString &file) const { return dir.filePath(file); }

private:
    void run(const QStringList &args, const QString &ca = QString(), const QString &san = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OPENSSL_CONF"), path(QStringLiteral("openssl.cnf")));
        env.insert(QStringLiteral("PKI_DIR"), dir.path());
        env.insert(QStringLiteral("PKI_DB"), path(ca + QStringLiteral(".db")));
        env.insert(QStringLiteral("PKI_SERIAL"), path(ca + QStringLiteral(".serial")));
        env.insert(QStringLiteral("PKI_SAN"), san.isEmpty() ? QStringLiteral("DNS:none") : san);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("openssl"), QStringList{args.first(), QStringLiteral("-config"),
                                                       path(QStringLiteral("openssl.cnf"))} +
                                               args.mid(1));
        REQUIRE(p.waitForFinished(60000));
        INFO(QString::fromLocal8Bit(p.readAllStandardError()).toStdString());
        REQUIRE(p.exitStatus() == QProcess::NormalExit);
        REQUIRE(p.exitCode() == 0);
    }

    QTemporaryDir dir;
};

RestOptions quick()
{
    RestOptions o;
    o.useCache = false;
    o.retries = 0;
    o.connectTimeoutMs = 300;
    o.requestTimeoutMs = 3000;
    o.token = Token;
    return o;
}

QString text(const RestReply &r)
{
    return r.errorString;
}

// Log lines of the application while a test runs.
QStringList g_log;
QMutex g_logMutex;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&g_logMutex);
    g_log.append(message);
}
struct LogCapture {
    LogCapture()
    {
        QMutexLocker lock(&g_logMutex);
        g_log.clear();
        previous = qInstallMessageHandler(captureLog);
    }
    ~LogCapture() { qInstallMessageHandler(previous); }
    QStringList lines() const
    {
        QMutexLocker lock(&g_logMutex);
        return g_log;
    }
    QtMessageHandler previous = nullptr;
};

// Every file under dir, read whole.
QByteArray allFiles(const QString &dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

mode_t modeOf(const QString &path)
{
    struct stat st {
    };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return st.st_mode & 07777;
}

} // namespace

TEST_CASE("TLS: a private CA is trusted with caFile, every certificate fault is an error with "
          "its reason",
          "[rest][tls]")
{
    Pki pki;
    pki.makeCa(QStringLiteral("ca"), QStringLiteral("Dealix Test CA"));
    pki.makeCa(QStringLiteral("other"), QStringLiteral("Dealix Other CA"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    pki.makeLeaf(QStringLiteral("good"), QStringLiteral("ca"), QStringLiteral("localhost"),
                 QStringLiteral("DNS:localhost,IP:127.0.0.1"), now.addDays(-1), now.addDays(30));
    pki.makeLeaf(QStringLiteral("wrong"), QStringLiteral("ca"), QStringLiteral("wrong.example"),
                 QStringLiteral("DNS:wrong.example"), now.addDays(-1), now.addDays(30));
    pki.makeLeaf(QStringLiteral("expired"), QStringLiteral("ca"), QStringLiteral("localhost"),
                 QStringLiteral("DNS:localhost,IP:127.0.0.1"),
                 QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC),
                 QDateTime(QDate(2020, 2, 1), QTime(0, 0), Qt::UTC));
    pki.makeLeaf(QStringLiteral("stranger"), QStringLiteral("other"), QStringLiteral("localhost"),
                 QStringLiteral("DNS:localhost,IP:127.0.0.1"), now.addDays(-1), now.addDays(30));
    const QByteArray body = R"({"ok": 1})";
    RestOptions trusting = quick();
    trusting.caFile = pki.path(QStringLiteral("ca.pem"));

    SECTION("a good certificate, by name and by address, with the CA file")
    {
        FakeDealix server;
        pki.serve(server, QStringLiteral("good"));
        server.route("GET", QStringLiteral("x"), FakeDealix::json(body));
        REQUIRE(server.start());
        for (const QString &host : {QStringLiteral("localhost"), QStringLiteral("127.0.0.1")}) {
            RestClient client(SourceUrl::parse(server.baseUrl(host)), trusting);
            const RestReply r = client.get(QStringLiteral("x"), {}, {});
            INFO(text(r).toStdString());
            REQUIRE(r.ok());
            CHECK(r.object().value(QStringLiteral("ok")).toInt() == 1);
        }
        CHECK(server.requestCount(QStringLiteral("x")) == 2);
        CHECK(server.requests().first().headers.value("authorization") == "Bearer " + Token);
    }
    SECTION("the same certificate without the CA file: unknown certificate authority")
    {
        FakeDealix server;
        pki.serve(server, QStringLiteral("good"));
        server.route("GET", QStringLiteral("x"), FakeDealix::json(body));
        REQUIRE(server.start());
        RestClient client(SourceUrl::parse(server.baseUrl(QStringLiteral("localhost"))), quick());
        const RestReply r = client.get(QStringLiteral("x"), {}, {});
        CHECK(r.error == RestReply::Error::Tls);
        CHECK(text(r).contains(QStringLiteral("unknown certificate authority (Dealix Test CA)")));
        CHECK(text(r).contains(QStringLiteral("--ca-file")));
        CHECK(server.requestCount() == 0); // nothing, and no token, went over the connection
        CHECK(restExitCode(r.error) == 3);
    }
    SECTION("a certificate for another host")
    {
        FakeDealix server;
        pki.serve(server, QStringLiteral("wrong"));
        server.route("GET", QStringLiteral("x"), FakeDealix::json(body));
        REQUIRE(server.start());
        RestClient client(SourceUrl::parse(server.baseUrl(QStringLiteral("localhost"))), trusting);
        const RestReply r = client.get(QStringLiteral("x"), {}, {});
        CHECK(r.error == RestReply::Error::Tls);
        CHECK(text(r).contains(
            QStringLiteral("for another host name (wrong.example), not for localhost")));
        CHECK(server.requestCount() == 0);
    }
    SECTION("an expired certificate")
    {
        FakeDealix server;
        pki.serve(server, QStringLiteral("expired"));
        server.route("GET", QStringLiteral("x"), FakeDealix::json(body));
        REQUIRE(server.start());
        RestClient client(SourceUrl::parse(server.baseUrl(QStringLiteral("localhost"))), trusting);
        const RestReply r = client.get(QStringLiteral("x"), {}, {});
        CHECK(r.error == RestReply::Error::Tls);
        CHECK(text(r).contains(QStringLiteral("the certificate expired on 2020-02-01")));
        CHECK(server.requestCount() == 0);
    }
    SECTION("a certificate from a CA the client does not know, while it trusts another")
    {
        FakeDealix server;
        pki.serve(server, QStringLiteral("stranger"));
        server.route("GET", QStringLiteral("x"), FakeDealix::json(body));
        REQUIRE(server.start());
        RestClient client(SourceUrl::parse(server.baseUrl(QStringLiteral("localhost"))), trusting);
        const RestReply r = client.get(QStringLiteral("x"), {}, {});
        CHECK(r.error == RestReply::Error::Tls);
        CHECK(text(r).contains(QStringLiteral("unknown certificate authority (Dealix Other CA)")));
        CHECK(server.requestCount() == 0);
    }
    SECTION("a certificate error never falls back on the offline cache")
    {
        FakeDealix server;
        pki.serve(server, QStringLiteral("good"));
        server.route("GET", QStringLiteral("x"), FakeDealix::json(body));
        REQUIRE(server.start());
        QTemporaryDir cache;
        RestOptions cached = trusting;
        cached.useCache = true;
        cached.cacheDir = cache.path();
        const SourceUrl url = SourceUrl::parse(server.baseUrl(QStringLiteral("localhost")));
        {
            RestClient good(url, cached);
            REQUIRE(good.get(QStringLiteral("x"), {}, Tenant).ok());
        }
        REQUIRE_FALSE(allFiles(cache.path()).isEmpty());
        cached.caFile.clear(); // the same server, now untrusted
        RestClient untrusting(url, cached);
        const RestReply r = untrusting.get(QStringLiteral("x"), {}, Tenant);
        CHECK(r.error == RestReply::Error::Tls);
        CHECK_FALSE(r.stale);
    }
    SECTION("a CA file that is missing or holds no certificate: an error, no request")
    {
        FakeDealix server;
        pki.serve(server, QStringLiteral("good"));
        server.route("GET", QStringLiteral("x"), FakeDealix::json(body));
        REQUIRE(server.start());
        RestOptions missing = quick();
        missing.caFile = pki.path(QStringLiteral("nothing.pem"));
        RestClient a(SourceUrl::parse(server.baseUrl(QStringLiteral("localhost"))), missing);
        const RestReply ra = a.get(QStringLiteral("x"), {}, {});
        CHECK_FALSE(ra.ok());
        CHECK(text(ra).contains(QStringLiteral("cannot read the CA file")));
        RestOptions notPem = quick();
        notPem.caFile = pki.path(QStringLiteral("openssl.cnf"));
        RestClient b(SourceUrl::parse(server.baseUrl(QStringLiteral("localhost"))), notPem);
        CHECK(text(b.get(QStringLiteral("x"), {}, {})).contains(QStringLiteral("no PEM")));
        CHECK(server.requestCount() == 0);
    }
}

TEST_CASE("Timeouts: a server that never answers, one slower than the timeout, one that "
          "trickles",
          "[rest][timeout]")
{
    FakeDealix server;
    FakeDealix::Response hang = FakeDealix::json("{}");
    hang.behaviour = FakeDealix::Response::Behaviour::Hang;
    server.route("GET", QStringLiteral("hang"), hang);
    FakeDealix::Response slow = FakeDealix::json(R"({"late": true})");
    slow.delayMs = 1500;
    server.route("GET", QStringLiteral("slow"), slow);
    FakeDealix::Response inTime = FakeDealix::json(R"({"late": false})");
    inTime.delayMs = 100;
    server.route("GET", QStringLiteral("intime"), inTime);
    // 400 bytes, 16 every 100 ms: never silent for 300 ms, complete only after 2.5 s.
    FakeDealix::Response trickle =
        FakeDealix::json("[" + QByteArray(398, ' ').replace(0, 1, "1") + "]");
    trickle.trickleMs = 100;
    server.route("GET", QStringLiteral("trickle"), trickle);
    REQUIRE(server.start());
    RestOptions o = quick();
    o.requestTimeoutMs = 800;
    RestClient client(SourceUrl::parse(server.baseUrl()), o);

    QElapsedTimer t;
    t.start();
    const RestReply h = client.get(QStringLiteral("hang"), {}, {});
    CHECK(h.error == RestReply::Error::Timeout);
    CHECK(text(h).contains(QStringLiteral("no answer within 0.3 s")));
    CHECK(t.elapsed() < 750);
    CHECK(restExitCode(h.error) == 3);

    t.restart();
    const RestReply s = client.get(QStringLiteral("slow"), {}, {});
    CHECK(s.error == RestReply::Error::Timeout);
    CHECK(t.elapsed() < 750);

    const RestReply i = client.get(QStringLiteral("intime"), {}, {});
    REQUIRE(i.ok());
    CHECK(i.object().value(QStringLiteral("late")) == QJsonValue(false));

    t.restart();
    const RestReply w = client.get(QStringLiteral("trickle"), {}, {});
    CHECK(w.error == RestReply::Error::Timeout);
    CHECK(text(w).contains(QStringLiteral("no complete answer within 0.8 s")));
    CHECK(t.elapsed() >= 750);
    CHECK(t.elapsed() < 1500);

    // The defaults the README states.
    const RestOptions defaults;
    CHECK(defaults.connectTimeoutMs == 10000);
    CHECK(defaults.requestTimeoutMs == 30000);
    CHECK(defaults.retries == 2);
    CHECK(defaults.maxResponseBytes == 64LL * 1024 * 1024);
}

TEST_CASE("Retries: GETs only, after 502/503/504, a timeout or a network error, bounded",
          "[rest][retry]")
{
    FakeDealix server;
    server.route("GET", QStringLiteral("busy"), FakeDealix::json(R"({"detail":"busy"})", 503));
    server.route("GET", QStringLiteral("gateway"), FakeDealix::json("{}", 504));
    server.route("GET", QStringLiteral("broken"), FakeDealix::json(R"({"detail":"bug"})", 500));
    server.route("GET", QStringLiteral("missing"), FakeDealix::json(R"({"detail":"no"})", 404));
    server.route("POST", QStringLiteral("busy"), FakeDealix::json(R"({"detail":"busy"})", 503));
    server.route("PUT", QStringLiteral("busy"), FakeDealix::json(R"({"detail":"busy"})", 502));
    FakeDealix::Response hang = FakeDealix::json("{}");
    hang.behaviour = FakeDealix::Response::Behaviour::Hang;
    server.route("GET", QStringLiteral("hang"), hang);
    server.route("POST", QStringLiteral("hang"), hang);
    FakeDealix::Response close = FakeDealix::json("{}");
    close.behaviour = FakeDealix::Response::Behaviour::Close;
    server.route("POST", QStringLiteral("close"), close);
    std::atomic_int flaky{0};
    server.route("GET", QStringLiteral("flaky"), [&flaky](const FakeDealix::Request &) {
        return ++flaky < 2 ? FakeDealix::json("{}", 502) : FakeDealix::json(R"({"n": 2})");
    });
    REQUIRE(server.start());
    RestOptions o = quick();
    o.retries = 2;
    RestClient client(SourceUrl::parse(server.baseUrl()), o);

    QElapsedTimer t;
    t.start();
    const RestReply busy = client.get(QStringLiteral("busy"), {}, {});
    CHECK(busy.error == RestReply::Error::Server);
    CHECK(busy.httpStatus == 503);
    CHECK(server.requestCount(QStringLiteral("busy")) == 3); // 1 + 2 retries
    CHECK(t.elapsed() >= 1250);                              // back-off 0.25 s, then 1 s
    client.get(QStringLiteral("gateway"), {}, {});
    CHECK(server.requestCount(QStringLiteral("gateway")) == 3);

    const RestReply flakyReply = client.get(QStringLiteral("flaky"), {}, {});
    REQUIRE(flakyReply.ok());
    CHECK(flakyReply.object().value(QStringLiteral("n")).toInt() == 2);
    CHECK(server.requestCount(QStringLiteral("flaky")) == 2);

    client.get(QStringLiteral("broken"), {}, {});
    CHECK(server.requestCount(QStringLiteral("broken")) == 1);
    client.get(QStringLiteral("missing"), {}, {});
    CHECK(server.requestCount(QStringLiteral("missing")) == 1);

    server.clearRequests();
    RestOptions one = quick();
    one.retries = 1;
    RestClient once(SourceUrl::parse(server.baseUrl()), one);
    CHECK(once.get(QStringLiteral("hang"), {}, {}).error == RestReply::Error::Timeout);
    CHECK(server.requestCount(QStringLiteral("hang")) == 2);

    server.clearRequests();
    const RestReply post =
        client.send("POST", QStringLiteral("busy"), {}, QJsonObject{{QStringLiteral("a"), 1}});
    CHECK(post.error == RestReply::Error::Server);
    CHECK(client.send("PUT", QStringLiteral("busy"), {}, QJsonObject{{QStringLiteral("a"), 1}})
              .httpStatus == 502);
    CHECK(client.send("POST", QStringLiteral("hang"), {}, {}).error == RestReply::Error::Timeout);
    CHECK_FALSE(client.send("POST", QStringLiteral("close"), {}, {}).ok());
    CHECK(server.requestCount(QStringLiteral("busy")) == 2); // one POST, one PUT
    CHECK(server.requestCount(QStringLiteral("hang")) == 1);
    CHECK(server.requestCount(QStringLiteral("close")) == 1);
}

TEST_CASE("A write whose connection closes before the answer says it may have been applied",
          "[rest][writes]")
{
    // A server (or a proxy) that reads the request's headers and closes the connection
    // politely (FIN, not a reset) without a word: the write may have been applied.
    const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    REQUIRE(listener >= 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::bind(listener, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0);
    socklen_t len = sizeof addr;
    REQUIRE(::getsockname(listener, reinterpret_cast<sockaddr *>(&addr), &len) == 0);
    REQUIRE(::listen(listener, 8) == 0);
    std::atomic_int writes{0};
    std::thread closer([&] {
        for (;;) {
            const int c = ::accept(listener, nullptr, nullptr);
            if (c < 0)
                return;
            // The request line and headers only: the body is still on its way.
            QByteArray head;
            char ch = 0;
            while (!head.endsWith("\r\n\r\n") && ::recv(c, &ch, 1, 0) == 1)
                head += ch;
            if (!head.startsWith("GET "))
                ++writes;
            ::shutdown(c, SHUT_RDWR);
            ::close(c);
        }
    });
    const QString url = QStringLiteral("http://127.0.0.1:%1/api/v1").arg(ntohs(addr.sin_port));
    for (const char *verb : {"POST", "PUT"}) {
        INFO(verb);
        RestClient client(SourceUrl::parse(url), quick());
        // As the command line does: a GET first (the Line B check), closed the same way.
        CHECK_FALSE(client.get(QStringLiteral("snapshot"), {}, {}).ok());
        const RestReply r = client.send(QByteArray(verb), QStringLiteral("close"), {},
                                        QJsonObject{{QStringLiteral("a"), 1}});
        INFO(r.errorString.toStdString());
        CHECK_FALSE(r.ok());
        CHECK(r.error == RestReply::Error::Network);
        CHECK(r.errorString.contains(QStringLiteral("may or may not have been applied")));
    }
    ::shutdown(listener, SHUT_RDWR);
    ::close(listener);
    closer.join();
    CHECK(writes == 2); // each write sent once
}

TEST_CASE("Bad servers: size bound, truncation, HTML error pages, malformed JSON", "[rest][bad]")
{
    FakeDealix server;
    FakeDealix::Response declared = FakeDealix::json("{}");
    declared.declaredLength = 10 * 1024 * 1024;
    server.route("GET", QStringLiteral("declared"), declared);
    const QByteArray big = "[" + QByteArray(20000, ' ') + "]";
    FakeDealix::Response chunked = FakeDealix::json(big);
    chunked.behaviour = FakeDealix::Response::Behaviour::Chunked;
    server.route("GET", QStringLiteral("chunked"), chunked);
    // Exactly at the bound: accepted.
    const QByteArray edge = "[" + QByteArray(998, ' ') + "]";
    FakeDealix::Response edgeChunked = FakeDealix::json(edge);
    edgeChunked.behaviour = FakeDealix::Response::Behaviour::Chunked;
    server.route("GET", QStringLiteral("edge"), edgeChunked);
    server.route("GET", QStringLiteral("edgeplain"), FakeDealix::json(edge));
    FakeDealix::Response truncated =
        FakeDealix::json(R"({"revenue": {"actual": 1250.5, "forecast": 1375.55}, "x": [1,2,3]})");
    truncated.behaviour = FakeDealix::Response::Behaviour::Truncate;
    server.route("GET", QStringLiteral("truncated"), truncated);
    FakeDealix::Response html = FakeDealix::json(
        "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body><center>"
        "nginx/1.22.1</center></body></html>",
        502);
    html.contentType = "text/html";
    server.route("GET", QStringLiteral("html"), html);
    server.route("GET", QStringLiteral("malformed"), FakeDealix::json(R"({"a": 1,, })"));
    server.route("GET", QStringLiteral("notjson"), FakeDealix::json("OK"));
    REQUIRE(server.start());
    RestOptions o = quick();
    o.maxResponseBytes = 1000;
    RestClient client(SourceUrl::parse(server.baseUrl()), o);

    const RestReply d = client.get(QStringLiteral("declared"), {}, {});
    CHECK(d.error == RestReply::Error::Malformed);
    CHECK(text(d).contains(QStringLiteral("larger than the limit of 1,000 bytes")));
    const RestReply c = client.get(QStringLiteral("chunked"), {}, {});
    CHECK(c.error == RestReply::Error::Malformed);
    CHECK(text(c).contains(QStringLiteral("larger than the limit")));
    CHECK(client.get(QStringLiteral("edge"), {}, {}).ok());
    CHECK(client.get(QStringLiteral("edgeplain"), {}, {}).ok());

    const RestReply t = client.get(QStringLiteral("truncated"), {}, {});
    CHECK_FALSE(t.ok());
    CHECK(t.error == RestReply::Error::Network);
    CHECK(t.object().isEmpty());
    CHECK(text(t).contains(QStringLiteral("connection closed after")));

    const RestReply h = client.get(QStringLiteral("html"), {}, {});
    CHECK(h.error == RestReply::Error::Server);
    CHECK(text(h).contains(QStringLiteral("HTTP 502")));
    CHECK_FALSE(text(h).contains(QLatin1Char('<')));
    CHECK_FALSE(text(h).contains(QStringLiteral("nginx")));

    const RestReply m = client.get(QStringLiteral("malformed"), {}, {});
    CHECK(m.error == RestReply::Error::Malformed);
    CHECK(text(m).contains(QStringLiteral("not valid JSON")));
    CHECK(text(m).startsWith(QStringLiteral("GET /api/v1/malformed")));
    CHECK(client.get(QStringLiteral("notjson"), {}, {}).error == RestReply::Error::Malformed);
}

TEST_CASE("Redirects: same host followed, another host or https→http never, and no token "
          "leaves",
          "[rest][redirect]")
{
    FakeDealix other;
    other.route("GET", QStringLiteral("x"), FakeDealix::json(R"({"other": true})"));
    REQUIRE(other.start());
    FakeDealix server;
    FakeDealix::Response away = FakeDealix::json("", 302);
    away.headers.append({"Location", (other.baseUrl() + QStringLiteral("/x")).toUtf8()});
    server.route("GET", QStringLiteral("away"), away);
    FakeDealix::Response byName = FakeDealix::json("", 307);
    byName.headers.append(
        {"Location", QStringLiteral("http://localhost:%1/api/v1/x").arg(server.port()).toUtf8()});
    FakeDealix::Response here = FakeDealix::json("", 301);
    here.headers.append({QByteArray("Location"), QByteArray("/api/v1/target")});
    server.route("GET", QStringLiteral("here"), here);
    server.route("GET", QStringLiteral("target"), FakeDealix::json(R"({"here": true})"));
    REQUIRE(server.start());
    byName.headers.first().second =
        QStringLiteral("http://localhost:%1/api/v1/target").arg(server.port()).toUtf8();
    server.route("GET", QStringLiteral("byname"), byName);
    RestClient client(SourceUrl::parse(server.baseUrl()), quick());

    const RestReply a = client.get(QStringLiteral("away"), {}, {});
    CHECK(a.error == RestReply::Error::Malformed);
    CHECK(text(a).contains(QStringLiteral("redirected to another address")));
    CHECK(other.requestCount() == 0);
    // localhost is another name than the 127.0.0.1 the user gave: not followed either.
    CHECK(client.get(QStringLiteral("byname"), {}, {}).error == RestReply::Error::Malformed);
    CHECK(server.requestCount(QStringLiteral("target")) == 0);

    const RestReply h = client.get(QStringLiteral("here"), {}, {});
    REQUIRE(h.ok());
    CHECK(h.object().value(QStringLiteral("here")) == QJsonValue(true));
    REQUIRE(server.requestCount(QStringLiteral("target")) == 1);

    // https → http, even to the same host name.
    Pki pki;
    pki.makeCa(QStringLiteral("ca"), QStringLiteral("Dealix Test CA"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    pki.makeLeaf(QStringLiteral("good"), QStringLiteral("ca"), QStringLiteral("localhost"),
                 QStringLiteral("DNS:localhost,IP:127.0.0.1"), now.addDays(-1), now.addDays(30));
    FakeDealix secure;
    pki.serve(secure, QStringLiteral("good"));
    FakeDealix::Response down = FakeDealix::json("", 302);
    down.headers.append(
        {"Location", QStringLiteral("http://localhost:%1/api/v1/x").arg(other.port()).toUtf8()});
    secure.route("GET", QStringLiteral("down"), down);
    REQUIRE(secure.start());
    RestOptions trusting = quick();
    trusting.caFile = pki.path(QStringLiteral("ca.pem"));
    RestClient tls(SourceUrl::parse(secure.baseUrl(QStringLiteral("localhost"))), trusting);
    const RestReply d = tls.get(QStringLiteral("down"), {}, {});
    CHECK(d.error == RestReply::Error::Malformed);
    CHECK(text(d).contains(QStringLiteral("from https to plain http")));
    CHECK(secure.requestCount(QStringLiteral("down")) == 1);
    CHECK(other.requestCount() == 0);
}

TEST_CASE("Cancel: stopRest() from another thread aborts a hanging request, resetRest() lets "
          "the next through",
          "[rest][cancel]")
{
    FakeDealix server;
    FakeDealix::Response hang = FakeDealix::json("{}");
    hang.behaviour = FakeDealix::Response::Behaviour::Hang;
    server.route("GET", QStringLiteral("executive-room/snapshot"), hang);
    REQUIRE(server.start());
    server.route("GET", QStringLiteral("executive-room/snapshot"), FakeDealix::json("{\"a\":1}"));
    QTemporaryDir cache;
    RestOptions o = quick();
    o.connectTimeoutMs = 20000;
    o.requestTimeoutMs = 20000;
    o.retries = 2;
    o.useCache = true; // a cancel is not an outage: never answered from the cache
    o.cacheDir = cache.path();
    Session s;
    REQUIRE(s.open(SourceUrl::parse(server.baseUrl()), Session::OpenMode::RequireDealixSchema,
                   QString(), o));
    REQUIRE(s.selectTenant(Tenant));
    REQUIRE(s.restGet(QStringLiteral("executive-room/snapshot")).ok()); // now cached
    server.route("GET", QStringLiteral("executive-room/snapshot"), hang);
    server.clearRequests();
    auto waiting = std::async(
        std::launch::async, [&s] { return s.restGet(QStringLiteral("executive-room/snapshot")); });
    for (int i = 0; i < 100 && server.requestCount() == 0; ++i)
        QThread::msleep(20);
    REQUIRE(server.requestCount() == 1);
    QElapsedTimer t;
    t.start();
    s.stopRest();
    REQUIRE(waiting.wait_for(std::chrono::seconds(5)) == std::future_status::ready);
    const qint64 took = t.elapsed();
    const RestReply r = waiting.get();
    CHECK(r.error == RestReply::Error::Cancelled);
    CHECK_FALSE(r.stale);
    CHECK(took < 1000);
    CHECK(server.requestCount() == 1); // a cancel is not retried

    // Still stopped: the next request does not even go out.
    CHECK(s.restGet(QStringLiteral("executive-room/snapshot")).error ==
          RestReply::Error::Cancelled);
    CHECK(server.requestCount() == 1);
    s.resetRest();
    server.route("GET", QStringLiteral("executive-room/snapshot"), FakeDealix::json("{\"a\":1}"));
    CHECK(s.restGet(QStringLiteral("executive-room/snapshot")).ok());
}

TEST_CASE("Concurrency: threads waiting at once on one client get their own answers, clones "
          "share the client",
          "[rest][concurrency]")
{
    FakeDealix server;
    server.route("GET", QStringLiteral("item"), [](const FakeDealix::Request &r) {
        FakeDealix::Response answer = FakeDealix::json("{\"query\": \"" + r.query.toUtf8() + "\"}");
        answer.delayMs = 500;
        return answer;
    });
    REQUIRE(server.start());
    RestOptions o = quick();
    o.connectTimeoutMs = 3000;
    RestClient client(SourceUrl::parse(server.baseUrl()), o);
    QElapsedTimer t;
    t.start();
    std::vector<std::future<RestReply>> answers;
    for (int i = 0; i < 4; ++i)
        answers.push_back(std::async(std::launch::async, [&client, i] {
            return client.get(QStringLiteral("item"),
                              QUrlQuery{{QStringLiteral("n"), QString::number(i)}}, {});
        }));
    for (int i = 0; i < 4; ++i) {
        const RestReply r = answers[size_t(i)].get();
        REQUIRE(r.ok());
        CHECK(r.object().value(QStringLiteral("query")).toString() ==
              QStringLiteral("n=%1").arg(i));
    }
    CHECK(t.elapsed() < 1500); // one after another would take 2 s
    CHECK(server.requestCount(QStringLiteral("item")) == 4);

    Session s;
    REQUIRE(s.open(SourceUrl::parse(server.baseUrl()), Session::OpenMode::RequireDealixSchema,
                   QString(), quick()));
    REQUIRE(s.selectTenant(Tenant));
    Session clone;
    REQUIRE(clone.openClone(s.cloneSpec()));
    REQUIRE(s.rest() != nullptr);
    CHECK(clone.rest() == s.rest());
}

TEST_CASE("Offline cache: per source and tenant, owner-only, stale when unreachable, never on "
          "401/403/404",
          "[rest][cache]")
{
    QTemporaryDir cache;
    const QString cacheDir = cache.filePath(QStringLiteral("rest"));
    auto server = std::make_unique<FakeDealix>();
    server->route(
        "GET", QStringLiteral("executive-room/snapshot"),
        FakeDealix::json(
            R"({"revenue": {"actual": 1250.5}, "generated_at": "2026-12-01T08:00:00Z"})"));
    REQUIRE(server->start());
    const QString url = server->baseUrl();
    RestOptions o = quick();
    o.useCache = true;
    o.cacheDir = cacheDir;
    const QString path = QStringLiteral("executive-room/snapshot");
    const mode_t oldMask = ::umask(0); // the modes must not come from the umask
    Session s;
    REQUIRE(s.open(SourceUrl::parse(url), Session::OpenMode::RequireDealixSchema, QString(), o));
    REQUIRE(s.selectTenant(Tenant));
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-5);
    const RestReply good = s.restGet(path);
    ::umask(oldMask);
    REQUIRE(good.ok());
    CHECK_FALSE(good.stale);

    QStringList files;
    QDirIterator it(cacheDir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    REQUIRE(files.size() == 1);
    CHECK(modeOf(cacheDir) == 0700);
    CHECK(modeOf(QFileInfo(files.first()).absolutePath()) == 0700);
    CHECK(modeOf(files.first()) == 0600);
    CHECK(QFileInfo(files.first()).permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
           QFileDevice::WriteUser));
    CHECK_FALSE(allFiles(cacheDir).contains(Token));

    SECTION("unreachable (refused): the cached body, stale since it was received")
    {
        server.reset();
        const RestReply r = s.restGet(path);
        REQUIRE(r.ok());
        CHECK(r.stale);
        CHECK(r.staleSince >= before);
        CHECK(r.staleSince <= QDateTime::currentDateTimeUtc());
        CHECK(r.object()
                  .value(QStringLiteral("revenue"))
                  .toObject()
                  .value(QStringLiteral("actual"))
                  .toDouble() == 1250.5);
        CHECK(r.serverGeneratedAt == QStringLiteral("2026-12-01T08:00:00Z"));
        CHECK_FALSE(r.errorString.isEmpty()); // why it is stale
        CHECK_FALSE(r.errorString.contains(QString::fromLatin1(Token)));

        SECTION("another tenant's cache is never served")
        {
            REQUIRE(s.selectTenant(QStringLiteral("99999999-2222-3333-4444-555555555555")));
            const RestReply other = s.restGet(path);
            CHECK(other.error == RestReply::Error::Network);
            CHECK_FALSE(other.stale);
        }
        SECTION("clearCache() removes it")
        {
            REQUIRE(s.rest()->clearCache());
            CHECK(allFiles(cacheDir).isEmpty());
            CHECK(s.restGet(path).error == RestReply::Error::Network);
        }
        SECTION("a corrupt cache file is ignored with a log line")
        {
            QFile f(files.first());
            REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("{\"body\": \"{\\\"trunc");
            f.close();
            LogCapture log;
            const RestReply corrupt = s.restGet(path);
            CHECK(corrupt.error == RestReply::Error::Network);
            CHECK_FALSE(corrupt.stale);
            CHECK(log.lines()
                      .join(QLatin1Char('\n'))
                      .contains(QStringLiteral("offline cache ignored")));
        }
    }
    SECTION("502/503/504 and a timeout fall back; 401/403/404 never do")
    {
        for (const int status : {502, 503, 504}) {
            server->route("GET", path, FakeDealix::json("<html>down</html>", status));
            const RestReply r = s.restGet(path);
            CHECK(r.ok());
            CHECK(r.stale);
        }
        FakeDealix::Response hang = FakeDealix::json("{}");
        hang.behaviour = FakeDealix::Response::Behaviour::Hang;
        server->route("GET", path, hang);
        CHECK(s.restGet(path).stale);
        for (const int status : {401, 403, 404}) {
            server->route("GET", path, FakeDealix::json(R"({"detail":"no"})", status));
            const RestReply r = s.restGet(path);
            CHECK_FALSE(r.ok());
            CHECK_FALSE(r.stale);
            CHECK(r.httpStatus == status);
        }
        // A later good answer replaces the cached one and is not stale.
        server->route("GET", path, FakeDealix::json(R"({"revenue": {"actual": 7}})"));
        const RestReply fresh = s.restGet(path);
        REQUIRE(fresh.ok());
        CHECK_FALSE(fresh.stale);
        server.reset();
        CHECK(s.restGet(path)
                  .object()
                  .value(QStringLiteral("revenue"))
                  .toObject()
                  .value(QStringLiteral("actual"))
                  .toDouble() == 7);
    }
}

TEST_CASE("The token appears in no error, endpoint, log line or cache file, even when the "
          "server echoes it",
          "[rest][token]")
{
    QTemporaryDir cache;
    FakeDealix server;
    server.route("GET", QStringLiteral("echo"), [](const FakeDealix::Request &r) {
        // The raw token, without the "Bearer" that a generic redaction would catch.
        return FakeDealix::json("{\"detail\": \"invalid credentials: " +
                                    r.headers.value("authorization").mid(7) + " is expired\"}",
                                401);
    });
    server.route("GET", QStringLiteral("plain"), [](const FakeDealix::Request &r) {
        FakeDealix::Response answer =
            FakeDealix::json("token " + r.headers.value("authorization") + " refused", 500);
        answer.contentType = "text/plain";
        return answer;
    });
    server.route("GET", QStringLiteral("body"), [](const FakeDealix::Request &r) {
        return FakeDealix::json("{\"you\": \"" + r.headers.value("authorization") + "\"}");
    });
    REQUIRE(server.start());
    RestOptions o = quick();
    o.useCache = true;
    o.cacheDir = cache.path();
    LogCapture log;
    RestClient client(SourceUrl::parse(server.baseUrl()), o);
    QStringList seen;
    for (const QString &path : {QStringLiteral("echo"), QStringLiteral("plain"),
                                QStringLiteral("body"), QStringLiteral("nowhere")}) {
        const RestReply r = client.get(path, {}, Tenant);
        seen << r.errorString << r.endpoint;
    }
    const RestReply echo = client.get(QStringLiteral("echo"), {}, Tenant);
    CHECK(echo.error == RestReply::Error::Unauthorized);
    CHECK(echo.errorString.contains(QStringLiteral("invalid credentials: … is expired")));
    const QString all = seen.join(QLatin1Char('\n')) + log.lines().join(QLatin1Char('\n'));
    CHECK_FALSE(all.contains(QString::fromLatin1(Token)));
    CHECK_FALSE(allFiles(cache.path()).contains(Token));
    // The answer that quotes the token was not cached, and the log says so (without it).
    CHECK(log.lines().join(QLatin1Char('\n')).contains(QStringLiteral("quotes the token")));
    // The server did receive it.
    CHECK(server.requests().first().headers.value("authorization") == "Bearer " + Token);
}

#ifdef FAKE_DEALIX_BINARY
TEST_CASE("The fake-dealix executable serves a fixture directory and pages", "[rest][fake]")
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("GET executive-room__snapshot.json")));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(R"({"revenue": {"actual": 10}})");
    f.close();
    QJsonArray deals;
    for (int i = 1; i <= 45; ++i)
        deals.append(QJsonObject{{QStringLiteral("id"), i}});
    QFile p(dir.filePath(QStringLiteral("deals.json")));
    REQUIRE(p.open(QIODevice::WriteOnly));
    p.write(QJsonDocument(deals).toJson());
    p.close();
    QProcess fake;
    fake.start(QStringLiteral(FAKE_DEALIX_BINARY),
               {QStringLiteral("--dir"), dir.path(), QStringLiteral("--pages"), p.fileName(),
                QStringLiteral("--delay-ms"), QStringLiteral("50")});
    REQUIRE(fake.waitForStarted());
    QByteArray line;
    for (int i = 0; i < 100 && !line.contains('\n'); ++i) {
        fake.waitForReadyRead(100);
        line += fake.readAllStandardOutput();
    }
    const QString base = QString::fromUtf8(line).trimmed();
    REQUIRE(base.startsWith(QStringLiteral("http://127.0.0.1:")));
    REQUIRE(base.endsWith(QStringLiteral("/api/v1")));
    {
        RestClient client(SourceUrl::parse(base), quick());
        const RestReply r = client.get(QStringLiteral("executive-room/snapshot"), {}, {});
        REQUIRE(r.ok());
        CHECK(r.object()
                  .value(QStringLiteral("revenue"))
                  .toObject()
                  .value(QStringLiteral("actual"))
                  .toInt() == 10);
        const auto page = [&client](int n) {
            return client
                .get(QStringLiteral("strategic-deals"),
                     QUrlQuery{{QStringLiteral("page"), QString::number(n)},
                               {QStringLiteral("per_page"), QStringLiteral("20")}},
                     {})
                .body.toArray();
        };
        CHECK(page(1).size() == 20);
        CHECK(page(1).first().toObject().value(QStringLiteral("id")).toInt() == 1);
        CHECK(page(3).size() == 5);
        CHECK(page(3).last().toObject().value(QStringLiteral("id")).toInt() == 45);
        CHECK(page(4).isEmpty());
    }
    fake.kill();
    fake.waitForFinished();
}
#endif

TEST_CASE("A Dealix server URL's base: no fragment, no query, Dealix's prefix for a bare host",
          "[rest][url]")
{
    CHECK(
        SourceUrl::parse(QStringLiteral("https://dealix.example.sa/api/v1#x")).toDisplayString() ==
        QStringLiteral("https://dealix.example.sa/api/v1"));
    CHECK(SourceUrl::parse(QStringLiteral("https://dealix.example.sa/api/v1/?a=b"))
              .toDisplayString() == QStringLiteral("https://dealix.example.sa/api/v1"));
    CHECK(SourceUrl::parse(QStringLiteral("https://dealix.example.sa")).toDisplayString() ==
          QStringLiteral("https://dealix.example.sa/api/v1"));
    CHECK(SourceUrl::parse(QStringLiteral("http://127.0.0.1:8000/")).toDisplayString() ==
          QStringLiteral("http://127.0.0.1:8000/api/v1"));
    // A route is resolved under the base, whatever the URL carried after it.
    FakeDealix server;
    REQUIRE(server.start());
    server.route("GET", QStringLiteral("executive-room/snapshot"), FakeDealix::json("{}"));
    RestOptions options;
    options.useCache = false;
    RestClient client(SourceUrl::parse(server.baseUrl() + QStringLiteral("#frag")), options);
    CHECK(client.get(QStringLiteral("executive-room/snapshot"), {}, {}).ok());
}
