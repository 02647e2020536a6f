// Format (models/core/format.h) and Money's sign: every expected text below is written by
// hand (digits, separators, month names, the Umm al-Qura day from the published calendar), in
// English and in Arabic, as the app switches languages.
#include "app/languagemanager.h"
#include "models/approvals/approvaldetail.h"
#include "models/core/format.h"
#include "models/core/money.h"
#include "models/source/restserver.h"
#include "tests/support/qstringmaker.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

namespace {

const QChar Fsi(0x2068);
const QChar Pdi(0x2069);
const QChar Alm(0x061C);
const QChar Minus(0x2212);

QString iso(const QString &s)
{
    return Fsi + s + Pdi;
}

struct Lang {
    explicit Lang(const char *l) { REQUIRE(m.setLanguage(QString::fromLatin1(l))); }
    ~Lang() { m.setLanguage(QStringLiteral("en")); }
    LanguageManager m;
};

} // namespace

TEST_CASE("format: numbers in English", "[format]")
{
    Lang en("en");
    CHECK(Format::integer(0) == QStringLiteral("0"));
    CHECK(Format::integer(1234567) == QStringLiteral("1,234,567"));
    // One minus sign (U+2212), isolated with its digits.
    CHECK(Format::integer(-1234) == iso(Minus + QStringLiteral("1,234")));
    CHECK(Format::decimal(1234.5, 1) == QStringLiteral("1,234.5"));
    CHECK(Format::decimal(-0.04, 1) == QStringLiteral("0.0")); // rounds to zero: no sign
    CHECK(Format::percent(12.5) == QStringLiteral("12.5%"));
    CHECK(Format::percent(-9.09, 1) == iso(Minus + QStringLiteral("9.1%")));
    CHECK(Format::percent(70, 0) == QStringLiteral("70%"));
    CHECK(Format::signedInteger(3) == iso(QStringLiteral("+3")));
    CHECK(Format::signedInteger(-3) == iso(Minus + QStringLiteral("3")));
    CHECK(Format::signedInteger(0) == QStringLiteral("0"));
    CHECK(Format::signedPercent(2.5) == iso(QStringLiteral("+2.5%")));
    CHECK(Format::compact(950) == QStringLiteral("950"));
    CHECK(Format::compact(12300) == QStringLiteral("12.3K"));
    CHECK(Format::compact(100000000) == QStringLiteral("100M"));
    CHECK(Format::compact(2.5e9) == QStringLiteral("2.5B"));
    CHECK(Format::compact(-337600000) == iso(Minus + QStringLiteral("337.6M")));
}

TEST_CASE("format: numbers in Arabic carry Arabic-Indic digits and one minus sign", "[format]")
{
    Lang ar("ar");
    CHECK(Format::integer(1234567) == QStringLiteral("١٬٢٣٤٬٥٦٧"));
    // The Arabic letter mark keeps the sign on the leading (right) side of the digits.
    CHECK(Format::integer(-1234) == iso(QString(Alm) + Minus + QStringLiteral("١٬٢٣٤")));
    CHECK(Format::decimal(1234.5, 1) == QStringLiteral("١٬٢٣٤٫٥"));
    const QString p = Format::percent(12.5);
    INFO(p.toStdString());
    CHECK(p.startsWith(QStringLiteral("١٢٫٥٪")));
    CHECK_FALSE(p.contains(u'%'));
    CHECK(Format::compact(12300) == QStringLiteral("١٢٫٣ ألف"));
    CHECK(Format::compact(100000000) == QStringLiteral("١٠٠ مليون"));
    CHECK(Format::compact(2.5e9) == QStringLiteral("٢٫٥ مليار"));
    CHECK(Format::compact(-10) == iso(QString(Alm) + Minus + QStringLiteral("١٠")));
}

TEST_CASE("format: dates long and unambiguous, in the tenant's zone", "[format]")
{
    const QTimeZone riyadh("Asia/Riyadh");
    REQUIRE(riyadh.isValid());
    // 15:22 UTC is 18:22 in Riyadh (UTC+3, no daylight saving).
    const QDateTime utc(QDate(2026, 12, 5), QTime(15, 22), QTimeZone::utc());
    // 22:30 UTC on the 5th is already the 6th in Riyadh.
    const QDateTime late(QDate(2026, 12, 5), QTime(22, 30), QTimeZone::utc());
    {
        Lang en("en");
        CHECK(Format::date(QDate(2026, 12, 5)) == QStringLiteral("5 Dec 2026"));
        CHECK(Format::dateTime(utc, riyadh) == QStringLiteral("5 Dec 2026 18:22"));
        CHECK(Format::dateTime(late, riyadh) == QStringLiteral("6 Dec 2026 01:30"));
        CHECK(Format::dateTime(utc, QTimeZone::utc()) == QStringLiteral("5 Dec 2026 15:22"));
        CHECK(Format::monthYear(QDate(2026, 1, 1)) == QStringLiteral("Jan 2026"));
        CHECK(Format::date(QDate()).isEmpty());
    }
    {
        Lang ar("ar");
        CHECK(Format::date(QDate(2026, 12, 5)) == QStringLiteral("٥ ديسمبر ٢٠٢٦"));
        CHECK(Format::dateTime(utc, riyadh) == QStringLiteral("٥ ديسمبر ٢٠٢٦ ١٨:٢٢"));
        CHECK(Format::monthYear(QDate(2026, 1, 1)) == QStringLiteral("يناير ٢٠٢٦"));
    }
}

TEST_CASE("format: the Hijri date is Umm al-Qura's", "[format]")
{
    {
        Lang en("en");
        // Qt's tabular Islamic calendar says 24 here; Umm al-Qura says 25.
        CHECK(Format::hijriDate(QDate(2026, 12, 5)) == QStringLiteral("25 Jumada II 1448 AH"));
        // 1 Ramadan 1447 began on 18 Feb 2026 (Umm al-Qura); the day before is 29 Shaʻban.
        CHECK(Format::hijriDate(QDate(2026, 2, 18)).startsWith(QStringLiteral("1 Ramadan 1447")));
        CHECK(Format::hijriDate(QDate(2026, 2, 17)).startsWith(QStringLiteral("29 Sha")));
        // 1 Ramadan 1446 = 1 Mar 2025; 10 Dhuʻl-Hijjah 1445 (Eid al-Adha) = 16 Jun 2024.
        CHECK(Format::hijriDate(QDate(2025, 3, 1)).startsWith(QStringLiteral("1 Ramadan 1446")));
        const QString eid = Format::hijriDate(QDate(2024, 6, 16));
        INFO(eid.toStdString());
        CHECK(eid.startsWith(QStringLiteral("10 Dhuʻl-Hijjah 1445")));
    }
    {
        Lang ar("ar");
        CHECK(Format::hijriDate(QDate(2026, 12, 5)) == QStringLiteral("٢٥ جمادى الآخرة ١٤٤٨ هـ"));
        CHECK(Format::hijriDate(QDate(2026, 2, 18)).startsWith(QStringLiteral("١ رمضان ١٤٤٧")));
    }
}

TEST_CASE("money: negative amounts take the one minus sign, isolated", "[format][money]")
{
    {
        Lang en("en");
        // Non-negative texts as before.
        CHECK(Money::display(123456) == QStringLiteral("SAR 1,234.56"));
        CHECK(Money::compact(150000000) == QStringLiteral("SAR 1.5M"));
        // One compact rule (Format::compact's): no ".0", one decimal at most.
        CHECK(Money::compact(200000000) == QStringLiteral("SAR 2M"));
        CHECK(Money::compact(10000000000) == QStringLiteral("SAR 100M"));
        CHECK(Money::compact(500) == QStringLiteral("SAR 5"));
        CHECK(Money::compact(123456) == QStringLiteral("SAR 1,234.6"));
        // Half away from zero on the exact amount (the double 3000.35 is 3000.3499…).
        CHECK(Money::compact(300035) == QStringLiteral("SAR 3,000.4"));
        CHECK(Money::compact(-300035) ==
              QStringLiteral("SAR ") + iso(Minus + QStringLiteral("3,000.4")));
        CHECK(Money::display(-123456) ==
              QStringLiteral("SAR ") + iso(Minus + QStringLiteral("1,234.56")));
        CHECK(Money::compact(-150000000) ==
              QStringLiteral("SAR ") + iso(Minus + QStringLiteral("1.5M")));
        CHECK_FALSE(Money::display(-5).contains(u'-'));
    }
    {
        Lang ar("ar");
        CHECK(Money::display(123456) == QStringLiteral("١٬٢٣٤٫٥٦ ر.س"));
        CHECK(Money::display(-123456) ==
              iso(QString(Alm) + Minus + QStringLiteral("١٬٢٣٤٫٥٦")) + QStringLiteral(" ر.س"));
        CHECK(Money::compact(-150000000) ==
              iso(QString(Alm) + Minus + QStringLiteral("١٫٥ مليون")) + QStringLiteral(" ر.س"));
        CHECK(Money::compact(200000000) == QStringLiteral("٢ مليون ر.س"));
    }
}

TEST_CASE("format: the separator of one line is never read as a digit in Arabic", "[format]")
{
    {
        Lang en("en");
        CHECK(Format::separator() == QStringLiteral(" \u00B7 "));
        CHECK(Format::joined({QStringLiteral("a"), QStringLiteral("b")}) ==
              QStringLiteral("a \u00B7 b"));
    }
    Lang ar("ar");
    // The Arabic comma: no middle dot (read as "٠"), no bar (read as "١").
    CHECK(Format::separator() == QStringLiteral("\u060C "));
    CHECK(Format::joined({QStringLiteral("أ"), QStringLiteral("ب")}) ==
          QStringLiteral("أ\u060C ب"));
}

TEST_CASE("format: a list in running text takes the language's comma", "[format]")
{
    const QStringList ids{QStringLiteral("NCA-C01"), QStringLiteral("PDPL-C02")};
    {
        Lang en("en");
        CHECK(Format::list(ids) == QStringLiteral("NCA-C01, PDPL-C02"));
        CHECK(Format::list({}).isEmpty());
    }
    Lang ar("ar");
    CHECK(Format::list(ids) == QStringLiteral("NCA-C01\u060C PDPL-C02"));
}

TEST_CASE("approval detail: another currency's code isolated beside the locale's digits",
          "[format][money]")
{
    // The code is a data string: isolated (U+2068 … U+2069) so that "USD" keeps its place in
    // an Arabic line; the amount's digits are the locale's.
    {
        Lang en("en");
        CHECK(ApprovalDetail::amountText(1235, QStringLiteral("USD")) ==
              iso(QStringLiteral("USD")) + QStringLiteral(" 12.35"));
        CHECK(ApprovalDetail::amountText(-1235, QStringLiteral("USD")) ==
              iso(QStringLiteral("USD")) + u' ' + iso(Minus + QStringLiteral("12.35")));
        CHECK(ApprovalDetail::amountText(1235, QStringLiteral("SAR")) ==
              QStringLiteral("SAR 12.35"));
    }
    Lang ar("ar");
    CHECK(ApprovalDetail::amountText(1235, QStringLiteral("USD")) ==
          QStringLiteral("١٢٫٣٥ ") + iso(QStringLiteral("USD")));
    CHECK(ApprovalDetail::amountText(-1235, QStringLiteral("USD")) ==
          iso(QString(Alm) + Minus + QStringLiteral("١٢٫٣٥")) + u' ' + iso(QStringLiteral("USD")));
}

TEST_CASE("stale warning: the time the data was received, in the tenant's zone, in words",
          "[format][rest]")
{
    // 15:22 UTC is 18:22 in Riyadh (UTC+3).
    const QDateTime received(QDate(2026, 12, 5), QTime(15, 22), QTimeZone::utc());
    {
        Lang en("en");
        CHECK(RestServer::staleWarning(received, QTimeZone("Asia/Riyadh")) ==
              QStringLiteral("Stale: server unreachable, showing data received 5 Dec 2026 18:22"));
        // Another tenant's zone: Dubai is UTC+4.
        CHECK(RestServer::staleWarning(received, QTimeZone("Asia/Dubai")) ==
              QStringLiteral("Stale: server unreachable, showing data received 5 Dec 2026 19:22"));
    }
    Lang ar("ar");
    CHECK(RestServer::staleWarning(received, QTimeZone("Asia/Riyadh")) ==
          QStringLiteral("بيانات قديمة: تعذّر الوصول إلى الخادم، وتُعرض بيانات وردت في ٥ ديسمبر "
                         "٢٠٢٦ ١٨:٢٢"));
}

TEST_CASE("format: clauses of one sentence take the language's semicolon", "[format]")
{
    const QStringList parts{QStringLiteral("a failed"), QStringLiteral("b timed out")};
    {
        Lang en("en");
        CHECK(Format::clauses(parts) == QStringLiteral("a failed; b timed out"));
    }
    Lang ar("ar");
    CHECK(Format::clauses(parts) == QStringLiteral("a failed\u061B b timed out"));
}
