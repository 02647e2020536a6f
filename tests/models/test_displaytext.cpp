// DisplayText::plain/quoted (README "Command line", quoting rule): a value the user or the
// data gave, inside a message, stays one recognisable piece of one line. Expected strings are
// written out by hand from the rule, character by character.
#include "models/core/displaytext.h"
#include "tests/support/securitychecks.h"

#include <catch2/catch.hpp>

namespace {
const QString fsi = QString(QChar(0x2068));
const QString pdi = QString(QChar(0x2069));
const QString pdf = QString(QChar(0x202C));
const QString rlo = QString(QChar(0x202E));
const QString lri = QString(QChar(0x2066));

// No line break of any kind (LF, CR, VT, FF, NEL, U+2028, U+2029) and no C0/C1 control.
bool oneLineNoControls(const QString &s)
{
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7F && u <= 0x9F) || u == 0x2028 || u == 0x2029)
            return false;
    }
    return true;
}
} // namespace

TEST_CASE("DisplayText::plain shows line breaks and controls visibly, on one line")
{
    CHECK(DisplayText::plain(QStringLiteral("/tmp/x\nFAKE: ok")) ==
          fsi + QStringLiteral("/tmp/x\\nFAKE: ok") + pdi);
    CHECK(DisplayText::plain(QStringLiteral("a\rb")) == fsi + QStringLiteral("a\\rb") + pdi);
    CHECK(DisplayText::plain(QStringLiteral("a\tb")) == fsi + QStringLiteral("a\\tb") + pdi);
    CHECK(DisplayText::plain(QStringLiteral("a\x1b[2Jb")) ==
          fsi + QStringLiteral("a\u241B[2Jb") + pdi);
    CHECK(DisplayText::plain(QStringLiteral("a") + QChar(0x7F) + QChar(0x85) +
                             QStringLiteral("b")) == fsi + QStringLiteral("a\u2421\\u0085b") + pdi);
    CHECK(DisplayText::plain(QStringLiteral("a") + QChar(0x2028) + QStringLiteral("b") +
                             QChar(0x2029) + QStringLiteral("c")) ==
          fsi + QStringLiteral("a\\u2028b\\u2029c") + pdi);
    // A backslash of the value itself stays as it is.
    CHECK(DisplayText::plain(QStringLiteral("C:\\x")) == fsi + QStringLiteral("C:\\x") + pdi);
    for (const QString &s : {QStringLiteral("a\nb"), QStringLiteral("a\rb\x0b\x0c"),
                             QStringLiteral("\x1b]0;t\x07"), QString(QChar(0x2028))})
        CHECK(oneLineNoControls(DisplayText::plain(s)));
}

TEST_CASE("DisplayText::plain balances and isolates bidirectional text")
{
    // An unclosed RIGHT-TO-LEFT OVERRIDE is closed inside the isolate.
    CHECK(DisplayText::plain(rlo + QStringLiteral("evil")) ==
          fsi + rlo + QStringLiteral("evil") + pdf + pdi);
    // An unclosed LEFT-TO-RIGHT ISOLATE too.
    CHECK(DisplayText::plain(lri + QStringLiteral("x")) ==
          fsi + lri + QStringLiteral("x") + pdi + pdi);
    // A stray closer cannot end the message's isolate early.
    CHECK(DisplayText::plain(QStringLiteral("x") + pdi) == fsi + QStringLiteral("x") + pdi);
    // An Arabic name is kept as it is, inside the isolate.
    const QString arabic = QStringLiteral("شركة الأفق");
    CHECK(DisplayText::plain(arabic) == fsi + arabic + pdi);
    CHECK(DisplayText::quoted(arabic) ==
          QStringLiteral("\"") + fsi + arabic + pdi + QStringLiteral("\""));
    CHECK(SecurityChecks::bidiBalanced(DisplayText::quoted(rlo + lri + QStringLiteral("\n"))));
}

TEST_CASE("DisplayText::plain and quoted: empty and over-long values")
{
    CHECK(DisplayText::plain(QString()) == fsi + pdi);
    CHECK(DisplayText::quoted(QString()) ==
          QStringLiteral("\"") + fsi + pdi + QStringLiteral("\""));
    // 10 000 characters: the first 99 and the last 100 around one ellipsis (200 in all).
    const QString longValue = QString(5000, QLatin1Char('a')) + QString(5000, QLatin1Char('z'));
    const QString shown = DisplayText::plain(longValue);
    CHECK(shown == fsi + QString(99, QLatin1Char('a')) + QChar(0x2026) +
                       QString(100, QLatin1Char('z')) + pdi);
    // At the limit nothing is elided.
    const QString exact(200, QLatin1Char('b'));
    CHECK(DisplayText::plain(exact) == fsi + exact + pdi);
    // A cut never splits a surrogate pair (U+1F600 is two UTF-16 units).
    const QString smile = QString::fromUcs4(U"\U0001F600");
    const QString pairs = QString(98, QLatin1Char('a')) + smile + QString(300, QLatin1Char('y')) +
                          smile + QString(99, QLatin1Char('z'));
    const QString cut = DisplayText::plain(pairs);
    for (qsizetype i = 0; i < cut.size(); ++i) {
        if (cut.at(i).isHighSurrogate())
            CHECK((i + 1 < cut.size() && cut.at(i + 1).isLowSurrogate()));
        if (cut.at(i).isLowSurrogate())
            CHECK((i > 0 && cut.at(i - 1).isHighSurrogate()));
    }
    CHECK(cut.startsWith(fsi + QString(98, QLatin1Char('a')) + QChar(0x2026)));
    // A custom limit (servers' replies use a longer one).
    CHECK(DisplayText::plain(QStringLiteral("abcdefghij"), 5) ==
          fsi + QStringLiteral("ab…ij") + pdi);
}

TEST_CASE("DisplayText::terminal: line separators visible, bidi balanced on each line")
{
    CHECK(DisplayText::terminal(QStringLiteral("a") + QChar(0x2028) + QStringLiteral("b")) ==
          QStringLiteral("a\\u2028b"));
    // An override opened on the first line is closed there, not at the end of the message.
    CHECK(DisplayText::terminal(rlo + QStringLiteral("a\nb")) ==
          rlo + QStringLiteral("a") + pdf + QStringLiteral("\nb"));
}

TEST_CASE("DisplayText::reply: a server's or a driver's text on one line")
{
    // libpq's connection failure: two lines and a tab, joined with single spaces.
    CHECK(DisplayText::reply(
              QStringLiteral("connection failed: refused\n\tIs the server running?\n")) ==
          QStringLiteral("connection failed: refused Is the server running?"));
    CHECK(DisplayText::reply(QStringLiteral("a\r\nb") + QChar(0x2028) + QStringLiteral("c")) ==
          QStringLiteral("a b c"));
    CHECK(DisplayText::reply(QStringLiteral("bad \x1b[31mred")) ==
          QStringLiteral("bad \u241B[31mred"));
    // An override in the reply is closed in it; no isolate is added.
    CHECK(DisplayText::reply(rlo + QStringLiteral("x")) == rlo + QStringLiteral("x") + pdf);
    CHECK(DisplayText::reply(QString(2000, QLatin1Char('r'))).size() == 1000);
    CHECK(DisplayText::reply(QString()).isEmpty());
}
