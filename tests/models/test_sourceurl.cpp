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
    // A path with a bidirectional override or a control character is refused: it would travel
    // into every request and every message that names one.
    for (const QString &odd : {QStringLiteral("https://127.0.0.1:9/abc\u202Eevil"),
                               QStringLiteral("http://h.example/api/v1abc\u2066x"),
                               QStringLiteral("https://h.example/a%E2%80%AEb"),
                               QStringLiteral("https://h.example/a\u2028b")}) {
        const SourceUrl bad = SourceUrl::parse(odd);
        INFO(odd.toStdString());
        CHECK(bad.kind() == SourceUrl::Kind::Invalid);
        CHECK(bad.errorString().startsWith(QStringLiteral("Malformed REST API URL")));
    }
    // Arabic in a path is not odd.
    CHECK(SourceUrl::parse(QStringLiteral("https://h.example/تجربة/api/v1")).kind() ==
          SourceUrl::Kind::Rest);
}

TEST_CASE("multi-host postgresql:// URLs keep every host and port in order", "[source][url]")
{
    const SourceUrl u = SourceUrl::parse(
        QStringLiteral("postgresql://dealix@db1.example.sa:5432,db2.example.sa:5433/dealix_prod"
                       "?target_session_attrs=read-only"));
    INFO(u.errorString().toStdString());
    REQUIRE(u.kind() == SourceUrl::Kind::PostgreSQL);
    REQUIRE(u.hosts().size() == 2);
    CHECK(u.hosts().at(0).name == QStringLiteral("db1.example.sa"));
    CHECK(u.hosts().at(0).port == 5432);
    CHECK(u.hosts().at(1).name == QStringLiteral("db2.example.sa"));
    CHECK(u.hosts().at(1).port == 5433);
    // The first host stays host()/port() for callers that show one server.
    CHECK(u.host() == QStringLiteral("db1.example.sa"));
    CHECK(u.port() == 5432);
    CHECK(u.user() == QStringLiteral("dealix"));
    CHECK(u.database() == QStringLiteral("dealix_prod"));
    CHECK(u.options() == QStringLiteral("target_session_attrs=read-only"));
    // libpq's keyword form: hosts and ports as two parallel comma-separated lists.
    CHECK(u.libpqHosts() == QStringLiteral("db1.example.sa,db2.example.sa"));
    CHECK(u.libpqPorts() == QStringLiteral("5432,5433"));
    CHECK(u.toDisplayString() ==
          QStringLiteral("postgresql://***@db1.example.sa:5432,db2.example.sa:5433/dealix_prod"
                         "?target_session_attrs=read-only"));
    CHECK(SourceTools::rememberedUrl(u) ==
          QStringLiteral("postgresql://dealix@db1.example.sa:5432,db2.example.sa:5433/"
                         "dealix_prod?target_session_attrs=read-only"));
    // What is shown parses back to the same hosts.
    const SourceUrl again = SourceUrl::parse(SourceTools::rememberedUrl(u));
    REQUIRE(again.isValid());
    CHECK(again.libpqHosts() == u.libpqHosts());
    CHECK(again.libpqPorts() == u.libpqPorts());
}

TEST_CASE("multi-host URLs: IPv6, hosts without ports, the default port", "[source][url]")
{
    const SourceUrl v6 =
        SourceUrl::parse(QStringLiteral("postgresql://u@[::1]:5433,127.0.0.1,[fe80::2]/db"));
    INFO(v6.errorString().toStdString());
    REQUIRE(v6.isValid());
    REQUIRE(v6.hosts().size() == 3);
    CHECK(v6.hosts().at(0).name == QStringLiteral("::1"));
    CHECK(v6.hosts().at(0).port == 5433);
    CHECK(v6.hosts().at(1).name == QStringLiteral("127.0.0.1"));
    CHECK(v6.hosts().at(1).port == 5432);
    CHECK(v6.hosts().at(2).name == QStringLiteral("fe80::2"));
    CHECK(v6.hosts().at(2).port == 5432);
    // libpq's host keyword takes IPv6 addresses bare; the display brackets them.
    CHECK(v6.libpqHosts() == QStringLiteral("::1,127.0.0.1,fe80::2"));
    CHECK(v6.libpqPorts() == QStringLiteral("5433,5432,5432"));
    CHECK(v6.toDisplayString() ==
          QStringLiteral("postgresql://***@[::1]:5433,127.0.0.1:5432,[fe80::2]:5432/db"));

    const SourceUrl plain = SourceUrl::parse(QStringLiteral("postgres://a,b/db"));
    REQUIRE(plain.isValid());
    CHECK(plain.user().isEmpty());
    CHECK(plain.libpqHosts() == QStringLiteral("a,b"));
    CHECK(plain.libpqPorts() == QStringLiteral("5432,5432"));
    CHECK(plain.toDisplayString() == QStringLiteral("postgresql://a:5432,b:5432/db"));

    // One host: the lists hold one entry each, as before.
    const SourceUrl one = SourceUrl::parse(QStringLiteral("postgresql://u@[::1]:6000/db"));
    REQUIRE(one.isValid());
    CHECK(one.hosts().size() == 1);
    CHECK(one.libpqHosts() == QStringLiteral("::1"));
    CHECK(one.libpqPorts() == QStringLiteral("6000"));
    CHECK(one.toDisplayString() == QStringLiteral("postgresql://***@[::1]:6000/db"));
}

TEST_CASE("malformed host lists are refused without echoing user-info", "[source][url]")
{
    const QStringList bad = {
        QStringLiteral("postgresql://u@h1,,h2/db"),          // empty entry
        QStringLiteral("postgresql://u@h1,/db"),             // trailing comma
        QStringLiteral("postgresql://u@,h2/db"),             // leading comma
        QStringLiteral("postgresql://u@h1:5432,h2:x/db"),    // port not a number
        QStringLiteral("postgresql://u@h1,h2:70000/db"),     // port out of range
        QStringLiteral("postgresql://u@h1,h2:0/db"),         // port 0
        QStringLiteral("postgresql://u@h1,[::1/db"),         // unclosed bracket
        QStringLiteral("postgresql://u@h1,h 2/db"),          // space in a host
        QStringLiteral("postgresql://u@h1,h2%20host=x/db"),  // smuggled keyword
        QStringLiteral("postgresql://u@h1,h2/"),             // no database
        QStringLiteral("postgresql://u@h1:5432,h1:5432/db"), // the same server twice
        QStringLiteral("postgresql://u@H1,h1:5432/db"),      // the same, spelt differently
    };
    for (const QString &text : bad) {
        INFO(text.toStdString());
        const SourceUrl u = SourceUrl::parse(text);
        CHECK_FALSE(u.isValid());
        CHECK_FALSE(u.errorString().isEmpty());
    }
    CHECK(SourceUrl::parse(QStringLiteral("postgresql://u@h1:5432,h1:5432/db"))
              .errorString()
              .contains(QStringLiteral("twice")));
    // A password is refused in the multi-host form too, and never echoed, even when it holds
    // a comma or a slash that cuts the host list.
    for (const QString &text : {QStringLiteral("postgresql://dealix:s3,cret@h1,h2/db"),
                                QStringLiteral("postgresql://dealix:s3cret@h1:5432,h2:5433/db"),
                                QStringLiteral("postgresql://dealix:s3,cr/et@h1,h2/db")}) {
        INFO(text.toStdString());
        const SourceUrl u = SourceUrl::parse(text);
        CHECK_FALSE(u.isValid());
        CHECK_FALSE(u.errorString().contains(QStringLiteral("s3")));
        CHECK_FALSE(u.errorString().contains(QStringLiteral("cret")));
        CHECK_FALSE(u.errorString().contains(QStringLiteral("et@")));
    }
}

TEST_CASE("target_session_attrs takes libpq 15's values only", "[source][url]")
{
    for (const char *value :
         {"any", "read-write", "read-only", "primary", "standby", "prefer-standby"}) {
        const QString text =
            QStringLiteral("postgresql://u@h1,h2/db?target_session_attrs=") + QLatin1String(value);
        INFO(text.toStdString());
        const SourceUrl u = SourceUrl::parse(text);
        CHECK(u.isValid());
        CHECK(u.options() == QStringLiteral("target_session_attrs=") + QLatin1String(value));
    }
    const SourceUrl wrong =
        SourceUrl::parse(QStringLiteral("postgresql://u@h1,h2/db?target_session_attrs=replica"));
    CHECK_FALSE(wrong.isValid());
    // The message lists what is accepted.
    for (const char *value :
         {"any", "read-write", "read-only", "primary", "standby", "prefer-standby"})
        CHECK(wrong.errorString().contains(QLatin1String(value)));
    CHECK_FALSE(
        SourceUrl::parse(QStringLiteral("postgresql://u@h/db?target_session_attrs=READ-ONLY"))
            .isValid());
    CHECK_FALSE(
        SourceUrl::parse(QStringLiteral("postgresql://u@h/db?target_session_attrs=")).isValid());
    // An option given twice is refused rather than one of them silently winning.
    const SourceUrl twice = SourceUrl::parse(QStringLiteral(
        "postgresql://u@h1,h2/db?target_session_attrs=read-only&target_session_attrs=any"));
    CHECK_FALSE(twice.isValid());
    CHECK(twice.errorString().contains(QStringLiteral("twice")));
    // With sslmode and connect_timeout, in the URL's order.
    CHECK(SourceUrl::parse(QStringLiteral("postgresql://u@h1,h2/db?sslmode=require&"
                                          "target_session_attrs=prefer-standby"))
              .options() == QStringLiteral("sslmode=require;target_session_attrs=prefer-standby"));
}

TEST_CASE("redaction shows every host of a multi-host URL and no secret", "[source][url]")
{
    const QString text = QStringLiteral(
        "could not connect to postgresql://dealix:pw,with@h1:5432,[::1]:5433/db?sslmode=require"
        "&target_session_attrs=read-only&token=abc");
    const QString clean = SourceUrl::redact(text);
    CHECK(clean == QStringLiteral("could not connect to postgresql://***@h1:5432,[::1]:5433/db?"
                                  "sslmode=require&target_session_attrs=read-only&token=***"));
    // Without user-info nothing is hidden, and a following URL is left alone.
    CHECK(SourceUrl::redact(QStringLiteral("postgresql://h1:5432,h2:5433/db and https://x/y")) ==
          QStringLiteral("postgresql://h1:5432,h2:5433/db and https://x/y"));
    // A multi-host URL whose password holds "://" is still hidden as a whole.
    CHECK(SourceUrl::redact(QStringLiteral("postgresql://h1:1,h2:2/db x://y@z")) ==
          QStringLiteral("postgresql://h1:1,h2:2/db x://***@z"));
}
