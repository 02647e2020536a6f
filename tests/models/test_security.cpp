// Secrets and hostile text (issue 16 §6) and who may write (§7), on SQLite and in the shared
// helpers. The PostgreSQL side is in test_security_pg.cpp; the command line and the GUI in
// tests/gui/test_security_gui.cpp.
#include "models/core/csvwriter.h"
#include "models/core/displaytext.h"
#include "models/source/offlinecopy.h"
#include "models/source/sourcetools.h"
#include "models/source/sourceurl.h"
#include "tests/support/governancefixture.h"
#include "tests/support/securitychecks.h"
#include "tests/support/testsupport.h"

#include <catch2/catch.hpp>

namespace {
// The forms of issue 16: a space in the host, a bad port, an unclosed '[', a space in the
// password, an unknown scheme, a password with '/', '@' and quotes in it.
const QStringList &hostileSources()
{
    static const QStringList list = {
        QStringLiteral("postgresql://dealix_app:TopSecretPW@127.0.0.1%20x:55439/dealix"),
        QStringLiteral("postgresql://dealix_app:TopSecretPW@127.0.0.1 x:55439/dealix"),
        QStringLiteral("postgresql://dealix_app:TopSecretPW@127.0.0.1:99999/dealix"),
        QStringLiteral("postgresql://dealix_app:TopSecretPW@127.0.0.1:5x/dealix"),
        QStringLiteral("postgresql://dealix_app:TopSecretPW@[::1:55439/dealix"),
        QStringLiteral("postgresql://dealix_app:Top SecretPW@127.0.0.1:55439/dealix"),
        QStringLiteral("postgresql://dealix_app:TopSecretPW@127.0.0.1:55439/dealix"),
        QStringLiteral("postgresql://dealix_app:Top/Secret\"PW@x@127.0.0.1:55439/dealix"),
        QStringLiteral("postgres://dealix_app:TopSecretPW@/dealix"),
        QStringLiteral("postgresq://dealix_app:TopSecretPW@127.0.0.1:55439/dealix"),
        QStringLiteral("dealix_app:TopSecretPW@127.0.0.1:55439/dealix"),
        QStringLiteral("https://dealix_app:TopSecretPW@[api.dealix.sa/api/v1"),
        QStringLiteral("https://dealix_app:TopSecretPW@/api/v1")};
    return list;
}

bool leaks(const QString &text)
{
    return text.contains(QStringLiteral("Secret")) || text.contains(QStringLiteral("dealix_app:"));
}
} // namespace

TEST_CASE("no parse outcome of a source URL puts its user-info in a message", "[security][url]")
{
    for (const QString &source : hostileSources()) {
        const SourceUrl u = SourceUrl::parse(source);
        INFO(source.toStdString() << " -> " << u.errorString().toStdString());
        CHECK_FALSE(u.isValid());
        CHECK_FALSE(u.errorString().isEmpty());
        CHECK_FALSE(leaks(u.errorString()));
        CHECK_FALSE(leaks(u.toDisplayString()));
        CHECK_FALSE(leaks(SourceUrl::redact(source)));
    }
}

TEST_CASE("redact: user-info, credential parameters, libpq and HTTP forms", "[security][url]")
{
    auto S = [](const char *text) { return QString::fromUtf8(text); };
    CHECK(SourceUrl::redact(S("postgresql://u:p@h:5432/db")) == S("postgresql://***@h:5432/db"));
    // User-info is never printed, a bare role name included; in an https URL it may be a token.
    CHECK(SourceUrl::redact(S("postgresql://dealix@h:5432/db")) == S("postgresql://***@h:5432/db"));
    CHECK(SourceUrl::redact(S("https://ghp_abc@github.com/x")) == S("https://***@github.com/x"));
    // The last '@' of the line: '/', '@', quotes and spaces in a password do not end it.
    CHECK(SourceUrl::redact(S("see \"postgresql://u:a/b@c d\"@h/db\" now")) ==
          S("see \"postgresql://***@h/db\" now"));
    // Two URLs on one line are redacted separately.
    CHECK(SourceUrl::redact(S("a https://x:y@h1/ b https://z@h2/")) ==
          S("a https://***@h1/ b https://***@h2/"));
    CHECK(SourceUrl::redact(S("https://h/p?token=abc&region=sa&api_key=k#f")) ==
          S("https://h/p?token=***&region=sa&api_key=***#f"));
    CHECK(SourceUrl::redact(S("https://h/p?Access_Token=abc")) ==
          S("https://h/p?Access_Token=***"));
    CHECK(SourceUrl::redact(S("host=h password=hunter2 dbname=d")) ==
          S("host=h password=*** dbname=d"));
    CHECK(SourceUrl::redact(S("Authorization: Bearer eyJabc.def")) ==
          S("Authorization: Bearer ***"));
    CHECK(SourceUrl::redact(S("source was \"x\"; userinfo = \"u:p\", host = \"\"")) ==
          S("source was \"x\"; userinfo = \"***\", host = \"\""));
    // Nothing to redact: the text is unchanged.
    const QString plain = S("Cannot open sqlite:/tmp/a@b.db: no such file.");
    CHECK(SourceUrl::redact(plain) == plain);
}

TEST_CASE("redact: \"://\" or a space in a password, URLs inside JSON", "[security][url]")
{
    auto S = [](const char *text) { return QString::fromUtf8(text); };
    // A "://" in the password does not start another URL.
    CHECK(SourceUrl::redact(S("postgresql://u:a://bSECRET@h:5432/db")) ==
          S("postgresql://***@h:5432/db"));
    CHECK(SourceUrl::redact(S("x postgresql://u:a b://cSECRET@h/db y")) ==
          S("x postgresql://***@h/db y"));
    // Two URLs with host:port authorities stay two.
    CHECK(SourceUrl::redact(S("from https://h1:443/a to https://u@h2/")) ==
          S("from https://h1:443/a to https://***@h2/"));
    // One per line.
    CHECK(SourceUrl::redact(S("postgresql://r@h/d\nmail a@b.c")) ==
          S("postgresql://***@h/d\nmail a@b.c"));
    // The display form never names the role; the remembered form keeps it to reconnect.
    const SourceUrl u = SourceUrl::parse(S("postgresql://dealix_app@db.example.sa:6543/prod"));
    REQUIRE(u.isValid());
    CHECK(u.toDisplayString() == S("postgresql://***@db.example.sa:6543/prod"));
    CHECK(SourceTools::rememberedUrl(u) == S("postgresql://dealix_app@db.example.sa:6543/prod"));
    CHECK(SourceUrl::parse(S("postgresql://h/db")).toDisplayString() ==
          S("postgresql://h:5432/db"));
    // JSON (an audit row's changes): each string value on its own; keys, e-mails and the
    // layout between two URLs are kept.
    const QString json = S("{\"old\": \"postgresql://u:p@h/db\", \"by\": \"ops@dealix.sa\", "
                           "\"new\": \"https://k:s\\\"x@api/v1?token=abc\", \"n\": 3}");
    CHECK(SourceTools::redactJson(json) ==
          S("{\"old\": \"postgresql://***@h/db\", \"by\": \"ops@dealix.sa\", "
            "\"new\": \"https://***@api/v1?token=***\", \"n\": 3}"));
    // Not JSON: the plain redaction.
    CHECK(SourceTools::redactJson(S("see https://u:p@h/")) == S("see https://***@h/"));
}

TEST_CASE("offline copy summary: the manifest's source and each problem isolated",
          "[security][bidi][offline]")
{
    const QString rlo = QString(QChar(0x202E));
    OfflineStatus s;
    s.isOffline = true;
    s.intact = false;
    s.asOf = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
    s.source = QStringLiteral("sqlite:/data/") + rlo + QStringLiteral("evil.sqlite");
    s.problems = {QStringLiteral("deals") + rlo + QStringLiteral(" was changed"),
                  QStringLiteral("the manifest itself was changed")};
    const QString text = s.summary(QTimeZone("Asia/Riyadh"));
    INFO(text.toStdString());
    CHECK(text.contains(DisplayText::isolate(s.source)));
    CHECK(text.contains(DisplayText::isolate(s.problems.at(0)) + QStringLiteral("; ") +
                        DisplayText::isolate(s.problems.at(1))));
    CHECK(SecurityChecks::bidiBalanced(text));
    s.intact = true;
    s.problems.clear();
    CHECK(SecurityChecks::bidiBalanced(s.summary(QTimeZone("Asia/Riyadh"))));
    CHECK(s.summary(QTimeZone("Asia/Riyadh")).endsWith(QStringLiteral("): integrity verified")));
    // A manifest written with a role name in its source does not print it.
    s.source = QStringLiteral("postgresql://dealix_app@h:5432/db");
    CHECK_FALSE(s.summary(QTimeZone("Asia/Riyadh")).contains(QStringLiteral("dealix_app")));
}

TEST_CASE("CSV: text cells that a spreadsheet would run are neutralised, numbers stay",
          "[security][csv]")
{
    CsvWriter csv;
    csv.addRow({QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"), QStringLiteral("+1"),
                QStringLiteral("-5 days"), QStringLiteral("@SUM(A1)"), QStringLiteral("\tx"),
                QStringLiteral("\rx"), QStringLiteral("-5"), QStringLiteral("plain"),
                QStringLiteral("a=b")});
    csv.addRow({CsvWriter::number(QStringLiteral("-1250.50")), CsvWriter::number(-3),
                CsvWriter::number(QStringLiteral("-1+1")), CsvWriter::number(QStringLiteral("=1")),
                CsvWriter::Cell()});
    const QByteArray expected =
        "\xEF\xBB\xBF"
        "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",\"'+1\",\"'-5 days\",\"'@SUM(A1)\","
        "\"'\tx\",\"'\rx\",\"'-5\",plain,a=b\r\n"
        "-1250.50,-3,\"'-1+1\",\"'=1\",\r\n";
    CHECK(csv.data() == expected);
}

TEST_CASE("CSV: a formula behind leading whitespace is neutralised too", "[security][csv]")
{
    // A spreadsheet trims leading spaces before it decides a cell is a formula.
    CHECK(CsvWriter::looksLikeFormula(QStringLiteral(" =1+1")));
    CHECK(CsvWriter::looksLikeFormula(QStringLiteral("  \t@SUM(A1)")));
    CHECK(CsvWriter::looksLikeFormula(QStringLiteral("\n-2")));
    CHECK(CsvWriter::looksLikeFormula(QString(QChar(0xA0)) + QStringLiteral("+3")));
    CHECK_FALSE(CsvWriter::looksLikeFormula(QStringLiteral(" plain")));
    CHECK_FALSE(CsvWriter::looksLikeFormula(QStringLiteral("   ")));
    CsvWriter csv;
    csv.addRow({QStringLiteral(" =1+1"), QStringLiteral(" x=1")});
    CHECK(csv.data() == QByteArray("\xEF\xBB\xBF\"' =1+1\", x=1\r\n"));
}

TEST_CASE("display text: isolates, balanced bidi controls, terminal-safe", "[security][bidi]")
{
    const QString rlo = QString(QChar(0x202E));
    const QString fsi = QString(QChar(0x2068)), pdi = QString(QChar(0x2069));
    const QString pdf = QString(QChar(0x202C));
    // An unclosed override is closed inside the string, then the whole is isolated.
    CHECK(DisplayText::isolate(QStringLiteral("Acme") + rlo + QStringLiteral("Co")) ==
          fsi + QStringLiteral("Acme") + rlo + QStringLiteral("Co") + pdf + pdi);
    // A closer without an opener cannot close the caller's isolate.
    CHECK(DisplayText::isolate(QStringLiteral("x") + pdi + pdf) == fsi + QStringLiteral("x") + pdi);
    // An isolate opened in data closes embeddings opened inside it.
    const QString lri = QString(QChar(0x2066));
    CHECK(DisplayText::balanced(lri + rlo + QStringLiteral("a") + pdi) ==
          lri + rlo + QStringLiteral("a") + pdi);
    CHECK(DisplayText::balanced(lri + rlo + QStringLiteral("a")) ==
          lri + rlo + QStringLiteral("a") + pdf + pdi);
    CHECK(DisplayText::balanced(QStringLiteral("plain عربي")) == QStringLiteral("plain عربي"));
    // Terminal: ESC, BEL, CSI (C1), DEL made visible; tab and newline kept unless a field.
    CHECK(DisplayText::terminal(QStringLiteral("a\x1b]0;pwned\x07z\tq\n")) ==
          QStringLiteral("a\u241B]0;pwned\u2407z\tq\n"));
    CHECK(DisplayText::terminal(QString(QChar(0x9B)) + QStringLiteral("2J\x7f")) ==
          QStringLiteral("\\u009b2J\u2421"));
    CHECK(DisplayText::terminal(QStringLiteral("a\tb\nc"), false) ==
          QStringLiteral("a\u2409b\u240Ac"));
    CHECK(DisplayText::html(QStringLiteral("<b>&")) ==
          fsi + QStringLiteral("&lt;b&gt;&amp;") + pdi);
}

TEST_CASE("a user whose is_active is NULL may not act on SQLite", "[security][sqlite][actors]")
{
    auto dir = TestSupport::tempDir();
    auto s = GovernanceFixture::openSqlite(*dir);
    SecurityChecks::checkNullActiveRefused(*s);
}

TEST_CASE("probe credentials never reach audit rows or the offline copy on SQLite",
          "[security][sqlite][connectors]")
{
    auto dir = TestSupport::tempDir();
    auto s = GovernanceFixture::openSqlite(*dir);
    SecurityChecks::checkProbeCredentialsStripped(*s);
}
