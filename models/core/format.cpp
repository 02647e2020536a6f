#include "models/core/format.h"

#include <QCoreApplication>
#include <QLocale>

#include <unicode/udat.h>
#include <unicode/ustring.h>

#include <cmath>

namespace Format {

namespace {

constexpr QChar Minus(0x2212);
constexpr QChar Fsi(0x2068);
constexpr QChar Pdi(0x2069);

bool arabic()
{
    return QLocale().language() == QLocale::Arabic;
}

// The locale's text of a non-negative number, or of a negative one with its sign replaced by
// the one minus sign and isolated.
QString withSign(const QString &magnitude, bool negative, bool plus)
{
    if (!negative && !plus)
        return magnitude;
    // The Arabic locale's own minus is ALM + "-"; ALM keeps the sign on the right-hand,
    // leading side of the digits in a right-to-left line.
    const QString sign = negative ? QString(Minus) : QStringLiteral("+");
    const QString lead = arabic() ? QString(QChar(0x061C)) + sign : sign;
    return Fsi + lead + magnitude + Pdi;
}

QString trimZeroDecimal(const QString &text)
{
    const QLocale l;
    const QString tail = l.decimalPoint() + l.zeroDigit();
    return text.endsWith(tail) ? text.chopped(tail.size()) : text;
}

} // namespace

QString integer(qint64 n)
{
    const QLocale l;
    if (n < 0)
        return withSign(
            l.toString(n == std::numeric_limits<qint64>::min() ? quint64(n) : quint64(-n)), true,
            false);
    return l.toString(n);
}

QString decimal(double value, int decimals)
{
    const QLocale l;
    const QString magnitude = l.toString(std::abs(value), 'f', decimals);
    // −0.0 and a value that rounds to zero are written without a sign.
    const bool negative = value < 0 && magnitude != l.toString(0.0, 'f', decimals);
    return withSign(magnitude, negative, false);
}

QString percent(double value, int decimals)
{
    const QLocale l;
    QString sign = l.percent();
    const QString magnitude = l.toString(std::abs(value), 'f', decimals) + sign;
    const bool negative =
        value < 0 && l.toString(std::abs(value), 'f', decimals) != l.toString(0.0, 'f', decimals);
    return withSign(magnitude, negative, false);
}

QString negative(const QString &magnitude)
{
    return withSign(magnitude, true, false);
}

QString signedInteger(qint64 n)
{
    const QLocale l;
    if (n == 0)
        return l.toString(0);
    const quint64 m =
        n < 0 ? (n == std::numeric_limits<qint64>::min() ? quint64(n) : quint64(-n)) : quint64(n);
    return withSign(l.toString(m), n<0, n> 0);
}

QString signedPercent(double value, int decimals)
{
    const QLocale l;
    const QString digits = l.toString(std::abs(value), 'f', decimals);
    const bool zero = digits == l.toString(0.0, 'f', decimals);
    return withSign(digits + l.percent(), !zero && value < 0, !zero && value > 0);
}

QString compact(double value)
{
    const QLocale l;
    const double a = std::abs(value);
    // The scale words are the catalogue's (context "Format"): "12.3K" in English, "١٢٫٣ ألف"
    // in Arabic; %1 is the number already in the locale's digits.
    QString magnitude;
    if (a >= 1e9)
        //: Compact billions on tiles and chart axes: %1 is the number, e.g. "2.5B"
        magnitude = QCoreApplication::translate("Format", "%1B")
                        .arg(trimZeroDecimal(l.toString(a / 1e9, 'f', 1)));
    else if (a >= 1e6)
        //: Compact millions on tiles and chart axes: %1 is the number, e.g. "100M"
        magnitude = QCoreApplication::translate("Format", "%1M")
                        .arg(trimZeroDecimal(l.toString(a / 1e6, 'f', 1)));
    else if (a >= 1e4)
        //: Compact thousands on tiles and chart axes: %1 is the number, e.g. "12.3K"
        magnitude = QCoreApplication::translate("Format", "%1K")
                        .arg(trimZeroDecimal(l.toString(a / 1e3, 'f', 1)));
    else
        magnitude = trimZeroDecimal(l.toString(a, 'f', a == std::floor(a) ? 0 : 1));
    const bool negative = value < 0 && magnitude != l.toString(0);
    return withSign(magnitude, negative, false);
}

QString date(const QDate &d)
{
    if (!d.isValid())
        return QString();
    return QLocale().toString(d, QStringLiteral("d MMM yyyy"));
}

QString dateTime(const QDateTime &when, const QTimeZone &zone)
{
    if (!when.isValid())
        return QString();
    return QLocale().toString(when.toTimeZone(zone), QStringLiteral("d MMM yyyy HH:mm"));
}

QString monthYear(const QDate &month)
{
    if (!month.isValid())
        return QString();
    return QLocale().toString(month, QStringLiteral("MMM yyyy"));
}

QString separator()
{
    return QLocale().language() == QLocale::Arabic ? QStringLiteral("\u060C ")
                                                   : QStringLiteral(" \u00B7 ");
}

QString joined(const QStringList &parts)
{
    return parts.join(separator());
}

QString list(const QStringList &items)
{
    return items.join(QLocale().language() == QLocale::Arabic ? QStringLiteral("\u060C ")
                                                              : QStringLiteral(", "));
}

QString clauses(const QStringList &parts)
{
    return parts.join(QLocale().language() == QLocale::Arabic ? QStringLiteral("\u061B ")
                                                              : QStringLiteral("; "));
}

QString hijriDate(const QDate &d)
{
    if (!d.isValid())
        return QString();
    const bool ar = arabic();
    const QByteArray locale =
        ar ? QByteArrayLiteral("ar_SA@calendar=islamic-umalqura")
           : QByteArrayLiteral("en_US@calendar=islamic-umalqura;numbers=latn");
    // The civil day d, as noon UTC, formatted in UTC: the Umm al-Qura day that covers it.
    const UDate at = double(QDateTime(d, QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    const QString pattern = QStringLiteral("d MMMM y G");
    const QString utc = QStringLiteral("UTC");
    UErrorCode status = U_ZERO_ERROR;
    UDateFormat *fmt =
        udat_open(UDAT_PATTERN, UDAT_PATTERN, locale.constData(),
                  reinterpret_cast<const UChar *>(utc.utf16()), utc.size(),
                  reinterpret_cast<const UChar *>(pattern.utf16()), pattern.size(), &status);
    if (U_FAILURE(status) || !fmt)
        return QString();
    UChar buffer[128];
    const int32_t length = udat_format(fmt, at, buffer, 128, nullptr, &status);
    udat_close(fmt);
    if (U_FAILURE(status) || length <= 0 || length >= 128)
        return QString();
    return QString(reinterpret_cast<const QChar *>(buffer), length);
}

} // namespace Format
