#pragma once

#include "models/core/result.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVariant>

// Money is carried as whole halalas (0.01 SAR) in 64-bit integers: sums are exact.
namespace Money {
// The exact range of every amount and every sum: 2^53 − 1 halalas (90,071,992,547,409.91 SAR),
// the largest whole number a JSON number (a double) and the displays hold exactly. A sum beyond
// it is not computed: the figure fails with that cause (never a rounded or wrapped number).
constexpr qint64 MaxExact = 9007199254740991;
// A SUM of halalas as a driver returns it (an integer on SQLite, exact numeric text on
// PostgreSQL, NULL for no rows = 0), or why it is not an exact amount (outside MaxExact).
Result<qint64> fromSum(const QVariant &sum);
// The same for a sum in hundredths of a halala (value × probability), whose range is
// 100 × MaxExact.
Result<qint64> fromCentiSum(const QVariant &sum);
// "±90,071,992,547,409.91 SAR": the exact range, in the user's locale (the one wording of it).
QString rangeText();
// "%n amount(s) outside the exact range of ±… SAR": the one cause for amounts beyond MaxExact.
QString outOfRangeCause(int amounts);
// "the <what> is outside the exact range of ±… SAR" for a total computed from exact parts.
QString totalOutOfRangeCause(const QString &what);
// Sums read from one statement: each is checked with fromSum/fromCentiSum; the first failure is
// kept (a figure fails with it), the value of a failed sum is 0 and never shown.
class ExactSums
{
public:
    qint64 add(const QVariant &sum);
    qint64 addCenti(const QVariant &sum);
    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    void fail(const QString &cause)
    {
        if (m_error.isEmpty())
            m_error = cause;
    }

private:
    qint64 take(const Result<qint64> &r);
    QString m_error;
};
// The amounts left out of a sum, said the same way on every surface, screen and paper: one
// note per kind ("3 deals whose value is not a number are counted here, not added."); empty
// when there are none. badProbabilities: deals whose probability is not a number from 0 to 100
// (their weighted value is left out of the forecast).
QStringList excludedAmountNotes(int nonNumeric, int negative, int badProbabilities = 0);
// A stored decimal amount as whole hundredths (halalas for SAR): the one reader of an amount
// written as text, whether a PostgreSQL numeric ("1250000.50", "12.345"), a SQLite REAL as
// SQLite prints it ("1.0e+15", "12.345") or a JSON number's shortest form ("2.85e-01").
// Digits, an optional sign, an optional fraction and an optional exponent; rounded half away
// from zero on its decimal digits (12.345 -> 1235, never a binary 1234.4999…). Fails with a
// sentence for people when the text is no such number ("abc", "NaN", "1,000") or when the
// amount is beyond MaxExact.
Result<qint64> fromDecimalText(const QString &text);
// 123456 -> "1234.56", -5 -> "-0.05": the exact text of an amount for CSV cells.
QString plainText(qint64 halalas);
// 123456 -> 1234.56 as a JSON number (two decimals when printed).
QJsonValue toJson(qint64 halalas);
// Localised display: "SAR 1,234.56" / "١٬٢٣٤٫٥٦ ر.س" (QLocale's number format, currency code
// kept in English for English and "ر.س" for Arabic).
QString display(qint64 halalas);
// Compact display for tiles: Format::compact's rule (the one rule for every compact figure)
// with the currency around it: "SAR 1.2M", "SAR 100M", "SAR 950" / "١٠٠ مليون ر.س".
QString compact(qint64 halalas);
// Rounds a value held in hundredths of a halala to whole halalas, half away from zero.
qint64 roundCentiHalalas(qint64 centiHalalas);
} // namespace Money
