#pragma once

#include <QJsonValue>
#include <QString>

// Money is carried as whole halalas (0.01 SAR) in 64-bit integers: sums are exact.
namespace Money {
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
