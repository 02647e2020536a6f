// The REST client and a session on a Dealix server (README "Sources: the Dealix REST API"),
// against the test server of tests/support/fakedealix.h.
#include "models/source/session.h"
#include "tests/support/fakedealix.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

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
}
