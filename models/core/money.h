#pragma once

#include "models/core/result.h"

#include <QJsonValue>
#include <QString>
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
// 123456 -> 1234.56 as a JSON number (two decimals when printed).
QJsonValue toJson(qint64 halalas);
// Localised display: "SAR 1,234.56" / "١٬٢٣٤٫٥٦ ر.س" (QLocale's number format, currency code
// kept in English for English and "ر.س" for Arabic).
QString display(qint64 halalas);
// Compact display for tiles: "SAR 1.2M".
QString compact(qint64 halalas);
// Rounds a value held in hundredths of a halala to whole halalas, half away from zero.
qint64 roundCentiHalalas(qint64 centiHalalas);
} // namespace Money
