// Connector probes against HTTP servers this test starts on 127.0.0.1: healthy, slow, 500,
// 429, refused, silent; ten at once; redirects not followed; results written.
#include "models/connectors/connectorprober.h"
#include "tests/support/fakehttpserver.h"
#include "tests/support/governancefixture.h"
#include "tests/support/testsupport.h"

#include <QElapsedTimer>

#include <catch2/catch.hpp>

namespace {

ProbeTarget target(const char *key, const QUrl &url, int timeoutMs, int slowMs = 1000)
{
    ProbeTarget t;
    t.key = QString::fromLatin1(key);
    t.config.url = url;
    t.config.timeoutMs = timeoutMs;
    t.config.slowMs = slowMs;
    return t;
}

ProbeRecord only(const QList<ProbeResult> &results)
{
    REQUIRE(results.size() == 1);
    return results.first().record;
}

} // namespace

TEST_CASE("classification rule: 2xx/3xx ok unless slow, 4xx degraded, 5xx and no answer error",
          "[probes]")
{
    CHECK(ConnectorProber::classify(200, 10, 100, true) == QLatin1String("ok"));
    CHECK(ConnectorProber::classify(204, 100, 100, true) == QLatin1String("ok")); // at the limit
    CHECK(ConnectorProber::classify(200, 101, 100, true) == QLatin1String("degraded"));
    CHECK(ConnectorProber::classify(301, 10, 100, true) == QLatin1String("ok"));
    CHECK(ConnectorProber::classify(404, 10, 100, true) == QLatin1String("degraded"));
    CHECK(ConnectorProber::classify(429, 10, 100, true) == QLatin1String("degraded"));
    CHECK(ConnectorProber::classify(500, 10, 100, true) == QLatin1String("error"));
    CHECK(ConnectorProber::classify(503, 10, 100, true) == QLatin1String("error"));
    CHECK(ConnectorProber::classify(0, -1, 100, false) == QLatin1String("error"));
}

TEST_CASE("a healthy endpoint is ok, with latency and HTTP status", "[probes][network]")
{
    FakeHttpServer server(FakeHttpServer::Mode::Answer, 200);
    REQUIRE(server.ok());
    const ProbeRecord r = only(ConnectorProber::run({target("whatsapp", server.url(), 3000)}));
    CHECK(r.status == QLatin1String("ok"));
    CHECK(r.httpStatus == 200);
    CHECK(r.latencyMs >= 0);
    CHECK(r.latencyMs < 3000);
    CHECK(r.errorKind.isEmpty());
    CHECK(server.lastRequest().startsWith("GET /health HTTP/1.1"));
}

TEST_CASE("a slow answer is degraded, no answer within the timeout is an error",
          "[probes][network]")
{
    FakeHttpServer slow(FakeHttpServer::Mode::Answer, 200, 400);
    REQUIRE(slow.ok());
    const ProbeRecord degraded =
        only(ConnectorProber::run({target("stripe", slow.url(), 3000, 150)}));
    CHECK(degraded.status == QLatin1String("degraded"));
    CHECK(degraded.latencyMs >= 400);
    CHECK(degraded.httpStatus == 200);
    const ProbeRecord late = only(ConnectorProber::run({target("stripe", slow.url(), 150, 100)}));
    CHECK(late.status == QLatin1String("error"));
    CHECK(late.errorKind == QLatin1String("timeout"));
    CHECK(late.httpStatus == 0);
}

TEST_CASE("500 is an error, 429 and 404 are degraded", "[probes][network]")
{
    FakeHttpServer s500(FakeHttpServer::Mode::Answer, 500);
    FakeHttpServer s429(FakeHttpServer::Mode::Answer, 429);
    FakeHttpServer s404(FakeHttpServer::Mode::Answer, 404);
    REQUIRE((s500.ok() && s429.ok() && s404.ok()));
    QList<ProbeResult> results =
        ConnectorProber::run({target("a", s500.url(), 3000), target("b", s429.url(), 3000),
                              target("c", s404.url(), 3000)});
    std::sort(results.begin(), results.end(),
              [](const ProbeResult &x, const ProbeResult &y) { return x.key < y.key; });
    REQUIRE(results.size() == 3);
    CHECK(results.at(0).record.status == QLatin1String("error"));
    CHECK(results.at(0).record.httpStatus == 500);
    CHECK(results.at(0).record.error == QLatin1String("HTTP 500"));
    CHECK(results.at(1).record.status == QLatin1String("degraded"));
    CHECK(results.at(1).record.httpStatus == 429);
    CHECK(results.at(2).record.status == QLatin1String("degraded"));
}

TEST_CASE("connection refused and a server that never answers are errors", "[probes][network]")
{
    const ProbeRecord refused =
        only(ConnectorProber::run({target("voice", FakeHttpServer::refusedUrl(), 3000)}));
    CHECK(refused.status == QLatin1String("error"));
    CHECK(refused.errorKind == QLatin1String("refused"));
    FakeHttpServer silent(FakeHttpServer::Mode::Silent);
    REQUIRE(silent.ok());
    const ProbeRecord hung = only(ConnectorProber::run({target("email", silent.url(), 300)}));
    CHECK(hung.status == QLatin1String("error"));
    CHECK(hung.errorKind == QLatin1String("timeout"));
    CHECK(silent.connections() == 1);
}

TEST_CASE("ten probes of silent servers finish in about one timeout, not ten", "[probes][network]")
{
    constexpr int Timeout = 600;
    FakeHttpServer silent(FakeHttpServer::Mode::Silent);
    REQUIRE(silent.ok());
    QList<ProbeTarget> targets;
    for (int i = 0; i < 10; ++i)
        targets << target("c", silent.url(QStringLiteral("/%1").arg(i)), Timeout);
    QElapsedTimer timer;
    timer.start();
    const QList<ProbeResult> results = ConnectorProber::run(targets);
    const qint64 elapsed = timer.elapsed();
    REQUIRE(results.size() == 10);
    for (const ProbeResult &r : results)
        CHECK(r.record.errorKind == QLatin1String("timeout"));
    // One after the other they would take 10 × 600 ms = 6 s; at once, a little over 600 ms.
    INFO("elapsed " << elapsed << " ms");
    CHECK(elapsed >= Timeout * 9 / 10); // QTimer is coarse: within 5 %
    CHECK(elapsed < 3 * Timeout);
    CHECK(silent.connections() == 10);
}

TEST_CASE("a redirect is an answer: the probe never follows it elsewhere", "[probes][network]")
{
    // The 302 points at a second server that records what reaches it: it must see nothing.
    FakeHttpServer redirect(FakeHttpServer::Mode::Answer, 302);
    FakeHttpServer elsewhere(FakeHttpServer::Mode::Answer, 200);
    REQUIRE((redirect.ok() && elsewhere.ok()));
    redirect.setLocation(elsewhere.url(QStringLiteral("/moved")));
    const ProbeRecord r = only(ConnectorProber::run({target("cal", redirect.url(), 3000)}));
    CHECK(redirect.requests() == 1);
    CHECK(redirect.lastRequest().startsWith("GET /health "));
    CHECK(r.httpStatus == 302);
    CHECK(r.status == QLatin1String("ok"));
    CHECK(elsewhere.connections() == 0);
    CHECK(elsewhere.requests() == 0);
}

TEST_CASE("cancel ends running probes at once as cancelled errors", "[probes][network]")
{
    FakeHttpServer silent(FakeHttpServer::Mode::Silent);
    REQUIRE(silent.ok());
    ConnectorProber prober;
    int finished = 0;
    QObject::connect(&prober, &ConnectorProber::finished, [&finished] { ++finished; });
    prober.start({target("a", silent.url(), 10000), target("b", silent.url(), 10000)});
    CHECK(prober.isRunning());
    QElapsedTimer t;
    t.start();
    while (silent.connections() < 2 && t.elapsed() < 3000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    prober.cancel();
    CHECK_FALSE(prober.isRunning());
    CHECK(finished == 1);
    REQUIRE(prober.results().size() == 2);
    for (const ProbeResult &r : prober.results())
        CHECK(r.record.errorKind == QLatin1String("cancelled"));
}

TEST_CASE("probe results against live servers written into the database", "[probes][sqlite]")
{
    auto dir = TestSupport::tempDir();
    auto s = GovernanceFixture::openSqlite(*dir);
    FakeHttpServer healthy(FakeHttpServer::Mode::Answer, 200);
    FakeHttpServer failing(FakeHttpServer::Mode::Answer, 503);
    REQUIRE((healthy.ok() && failing.ok()));
    REQUIRE(GovernanceFixture::addProbe(*s, QStringLiteral("stripe"), healthy.url().toString(),
                                        3000, 2000));
    REQUIRE(GovernanceFixture::addProbe(*s, QStringLiteral("whatsapp"), failing.url().toString(),
                                        3000, 2000));
    REQUIRE(s->selectTenant(QStringLiteral("gov")));
    ConnectorBoard b;
    QString error;
    REQUIRE(ConnectorBoard::compute(*s, {}, GovernanceFixture::asOf(), &b, &error));
    const QList<ProbeResult> results = ConnectorProber::run(ConnectorProber::targets(b, nullptr));
    REQUIRE(results.size() == 2);
    for (const ProbeResult &r : results)
        CHECK(ConnectorWriter::recordProbe(*s, r, QString()).outcome ==
              ConnectorWriter::Outcome::Done);
    REQUIRE(ConnectorBoard::compute(*s, {}, QDateTime::currentDateTimeUtc(), &b, &error));
    CHECK(b.find(QStringLiteral("stripe"))->status == QLatin1String("ok"));
    CHECK(b.find(QStringLiteral("stripe"))->lastError.isEmpty());
    CHECK(b.find(QStringLiteral("whatsapp"))->status == QLatin1String("error"));
    CHECK(b.find(QStringLiteral("whatsapp"))->lastError == QLatin1String("HTTP 503"));
    QList<ProbeRecord> history;
    REQUIRE(ConnectorBoard::history(*s, QStringLiteral("whatsapp"), 5, &history, &error));
    REQUIRE(history.size() == 1);
    CHECK(history.first().httpStatus == 503);
}
