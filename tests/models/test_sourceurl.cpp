#include "models/source/sourcetools.h"
#include "models/source/sourceurl.h"

#include <catch2/catch.hpp>

TEST_CASE("sqlite: URLs keep the path", "[source][url]")
{
    const SourceUrl u = SourceUrl::parse(QStringLiteral("sqlite:/data/dealix.db"));
    REQUIRE(u.kind() == SourceUrl::Kind::SQLite);
    CHECK(u.path() == QStringLiteral("/data/dealix.db"));
    CHECK(u.toDisplayString() == QStringLiteral("sqlite:/data/dealix.db"));
    CHECK(SourceUrl::parse(QStringLiteral("sqlite:///tmp/x.sqlite")).path() ==
          QStringLiteral("/tmp/x.sqlite"));
    CHECK(SourceUrl::parse(QStringLiteral("sqlite:relative/demo.sqlite")).path() ==
          QStringLiteral("relative/demo.sqlite"));
    CHECK_FALSE(SourceUrl::parse(QStringLiteral("sqlite:")).isValid());
}

TEST_CASE("postgresql:// URLs give user, host, port and database", "[source][url]")
{
    const SourceUrl u =
        SourceUrl::parse(QStringLiteral("postgresql://dealix@db.example.sa:6543/dealix_prod"));
    REQUIRE(u.kind() == SourceUrl::Kind::PostgreSQL);
    CHECK(u.user() == QStringLiteral("dealix"));
    CHECK(u.host() == QStringLiteral("db.example.sa"));
    CHECK(u.port() == 6543);
    CHECK(u.database() == QStringLiteral("dealix_prod"));
    CHECK(u.toDisplayString() == QStringLiteral("postgresql://***@db.example.sa:6543/dealix_prod"));
    CHECK(SourceTools::rememberedUrl(u) ==
          QStringLiteral("postgresql://dealix@db.example.sa:6543/dealix_prod"));

    const SourceUrl d = SourceUrl::parse(QStringLiteral("postgres://localhost/dealix"));
    REQUIRE(d.kind() == SourceUrl::Kind::PostgreSQL);
    CHECK(d.port() == 5432);
    CHECK(d.user().isEmpty());

    const SourceUrl o =
        SourceUrl::parse(QStringLiteral("postgresql://u@h:5432/db?sslmode=require"));
    REQUIRE(o.isValid());
    CHECK(o.options() == QStringLiteral("sslmode=require"));
    CHECK(o.toDisplayString() == QStringLiteral("postgresql://***@h:5432/db?sslmode=require"));
}

TEST_CASE("a password in the URL is refused and never echoed", "[source][url]")
{
    const SourceUrl u = SourceUrl::parse(QStringLiteral("postgresql://dealix:s3cret@host:5432/db"));
    CHECK_FALSE(u.isValid());
    CHECK(u.errorString().contains(QStringLiteral("PGPASSWORD")));
    CHECK_FALSE(u.errorString().contains(QStringLiteral("s3cret")));
    CHECK(u.toDisplayString().isEmpty());
}

TEST_CASE("malformed and unknown sources are usage errors", "[source][url]")
{
    CHECK_FALSE(SourceUrl::parse(QString()).isValid());
    CHECK_FALSE(SourceUrl::parse(QStringLiteral("postgresql://host:5432/")).isValid());
    CHECK_FALSE(SourceUrl::parse(QStringLiteral("postgresql://host/db?password=x")).isValid());
    // Option values are checked: a space would let a value smuggle in another host or a password.
    const SourceUrl smuggled = SourceUrl::parse(
        QStringLiteral("postgresql://u@h/db?sslmode=require%20host%3Devil%20password%3Dx"));
    CHECK_FALSE(smuggled.isValid());
    CHECK_FALSE(smuggled.errorString().contains(QStringLiteral("evil")));
    CHECK_FALSE(
        SourceUrl::parse(QStringLiteral("postgresql://u@h/db?connect_timeout=5;host=x")).isValid());
    CHECK_FALSE(
        SourceUrl::parse(QStringLiteral("postgresql://u@h/db?application_name=a%20b")).isValid());
    CHECK(SourceUrl::parse(
              QStringLiteral("postgresql://u@h/db?connect_timeout=9&application_name=board.pack"))
              .options() == QStringLiteral("connect_timeout=9;application_name=board.pack"));
    const SourceUrl m = SourceUrl::parse(QStringLiteral("mysql://host/db"));
    CHECK_FALSE(m.isValid());
    CHECK(m.errorString().contains(QStringLiteral("sqlite:")));
}

TEST_CASE("https:// is recognised as the REST source", "[source][url]")
{
    const SourceUrl u = SourceUrl::parse(QStringLiteral("https://dealix.example.sa/api/v1"));
    REQUIRE(u.kind() == SourceUrl::Kind::Rest);
    CHECK(u.toDisplayString() == QStringLiteral("https://dealix.example.sa/api/v1"));
}
