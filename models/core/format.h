#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

// How a number or a date is written for people: on screen, on paper and in the HTML/PDF
// (never in JSON or CSV, which keep plain machine forms). One style per kind, in the
// application's default locale (QLocale()): Arabic-Indic digits, Arabic separators and month
// names in Arabic; Latin in English. Every number a sentence carries comes from here (or from
// tr() with %L1 / %Ln), so no Arabic text ever holds an ASCII digit.
//
// Signs: one minus sign everywhere, U+2212 (−). A signed or negative number is returned
// isolated (FSI … PDI) so that, in a right-to-left line, its sign stays with its digits and
// neither moves to the other end of the sentence.
namespace Format {

// Whole numbers for tables and sentences: "1,234" / "١٬٢٣٤"; negative "−1,234".
QString integer(qint64 n);
// A decimal with a fixed number of decimals: "1,234.5" / "١٬٢٣٤٫٥".
QString decimal(double value, int decimals);
// A share in percent with one rule: value already in percent (12.5 -> "12.5%" / "١٢٫٥٪"),
// `decimals` decimals (trailing zeros kept), the locale's percent sign, no space.
QString percent(double value, int decimals = 1);
// A change with its sign always shown: "+3", "−3", "0" (signedPercent: "+2.5%", "−2.5%").
QString signedInteger(qint64 n);
QString signedPercent(double value, int decimals = 1);
// A magnitude already written in the locale ("1,234.56", "١٫٥ مليون") made negative with the
// one minus sign and isolated, as integer() writes a negative number: for callers that write
// the digits themselves (Money).
QString negative(const QString &magnitude);
// Compact for tiles and chart axes: 950 -> "950", 12,300 -> "12.3K", 100,000,000 -> "100M",
// 2.5e9 -> "2.5B" (Arabic: "١٢٫٣ ألف", "١٠٠ مليون", "٢٫٥ مليار"); one decimal, dropped when
// zero.
QString compact(double value);

// Dates. Long and unambiguous, in the given zone (the tenant's, see Periods::zone):
// "5 Dec 2026" / "٥ ديسمبر ٢٠٢٦".
QString date(const QDate &date);
// "5 Dec 2026 18:22" / "٥ ديسمبر ٢٠٢٦ ١٨:٢٢" in zone (24-hour clock).
QString dateTime(const QDateTime &when, const QTimeZone &zone);
// A month, never read as a day: "Jan 2026" / "يناير ٢٠٢٦".
QString monthYear(const QDate &month);
// The Hijri date in the official Umm al-Qura calendar (ICU's islamic-umalqura), which is
// what a Saudi reader expects: "25 Jumada II 1448 AH" / "٢٥ جمادى الآخرة ١٤٤٨ هـ".
// Empty when ICU cannot compute it (never a wrong day from a tabular calendar).
QString hijriDate(const QDate &date);

// The separator between parts of one line ("healthy · 2 degraded"): " · " in English; in
// Arabic "، " (the Arabic comma), because the middle dot U+00B7 reads as the Arabic-Indic zero
// "٠" in an Arabic line (and a bar "|" as the Arabic-Indic one "١").
QString separator();
// parts joined with separator(); empty parts are kept as given.
QString joined(const QStringList &parts);
// A list of items in running text ("NCA-C01, PDPL-C02"): ", " in English, the Arabic comma
// "، " in Arabic.
QString list(const QStringList &items);
// Clauses of one sentence ("a failed; b timed out"): "; " in English, the Arabic semicolon
// "؛ " in Arabic.
QString clauses(const QStringList &parts);

} // namespace Format
