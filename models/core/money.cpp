#include "models/core/money.h"

#include "models/core/displaytext.h"
#include "models/core/format.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <cstdlib>

namespace Money {

namespace {
Result<qint64> exact(const QVariant &sum, qint64 limit)
{
    if (sum.isNull())
        return qint64(0);
    bool ok = false;
    // An integer from SQLite; exact decimal text from PostgreSQL (numeric, HighPrecision): both
    // read as text, so a value beyond 64 bits fails here instead of turning into 0.
    QString text = sum.toString().trimmed();
    // A whole numeric printed with a scale ("12.00", "12.0"): the fraction is zeros only.
    if (const qsizetype dot = text.indexOf(QLatin1Char('.')); dot >= 0) {
        const QString fraction = text.mid(dot + 1);
        bool zeros = !fraction.isEmpty();
        for (const QChar c : fraction)
            zeros = zeros && c == QLatin1Char('0');
        if (!zeros)
            return Failure{
                QCoreApplication::translate("Money", "the sum %1 is not a whole number of halalas")
                    .arg(text)};
        text.truncate(dot);
    }
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v > limit || v < -limit)
        return Failure{
            QCoreApplication::translate("Money", "the sum %1 is outside the exact range of %2")
                .arg(text, rangeText())};
    return v;
}
} // namespace

QString rangeText()
{
    return QCoreApplication::translate("Money", "±%1 SAR")
        .arg(QLocale().toString(double(MaxExact) / 100.0, 'f', 2));
}

QString outOfRangeCause(int amounts)
{
    return QCoreApplication::translate("Money", "%n deal amount(s) outside the exact range of %1",
                                       nullptr, amounts)
        .arg(rangeText());
}

QString totalOutOfRangeCause(const QString &what)
{
    return QCoreApplication::translate("Money", "the %1 is outside the exact range of %2")
        .arg(what, rangeText());
}

qint64 ExactSums::take(const Result<qint64> &r)
{
    if (!r.ok()) {
        fail(r.error());
        return 0;
    }
    return r.value();
}

qint64 ExactSums::add(const QVariant &sum)
{
    return take(fromSum(sum));
}

qint64 ExactSums::addCenti(const QVariant &sum)
{
    return take(fromCentiSum(sum));
}

QStringList excludedAmountNotes(int nonNumeric, int negative, int badProbabilities)
{
    QStringList notes;
    if (nonNumeric > 0)
        notes << QCoreApplication::translate(
            "Money", "%n deal(s) whose value is not a number are counted here, not added.", nullptr,
            nonNumeric);
    if (negative > 0)
        notes << QCoreApplication::translate(
            "Money", "%n deal(s) with a negative value are counted here, not added.", nullptr,
            negative);
    if (badProbabilities > 0)
        notes << QCoreApplication::translate("Money",
                                             "%n open deal(s) whose probability is not a number "
                                             "from %L1 to %L2 are counted here, not weighted "
                                             "into the forecast.",
                                             nullptr, badProbabilities)
                     .arg(0)
                     .arg(100);
    return notes;
}

Result<qint64> fromDecimalText(const QString &stored)
{
    const QString shown = DisplayText::isolate(stored);
    const Failure notAmount{
        QCoreApplication::translate("Money", "The stored value %1 is not an amount.").arg(shown)};
    const Failure outOfRange{QCoreApplication::translate(
                                 "Money", "The stored value %1 is outside the exact range of %2.")
                                 .arg(shown, rangeText())};
    // [+-] digits [. digits] [e [+-] digits], ASCII only: the forms databases and JSON print.
    static const QRegularExpression form(
        QStringLiteral("^([+-]?)([0-9]*)(?:\\.([0-9]*))?(?:[eE]([+-]?[0-9]{1,4}))?$"));
    const QRegularExpressionMatch m = form.match(stored.trimmed());
    if (!m.hasMatch() || (m.captured(2).isEmpty() && m.captured(3).isEmpty()))
        return notAmount;
    const bool negative = m.captured(1) == QLatin1String("-");
    // value = digits × 10^scale, in hundredths: scale = exponent − fraction digits + 2.
    QString digits = m.captured(2) + m.captured(3);
    int scale = m.captured(4).toInt() - int(m.captured(3).size()) + 2;
    while (digits.size() > 1 && digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    bool roundUp = false;
    if (scale < 0) {
        // Drop the digits below a hundredth; the first one dropped decides the rounding (half
        // away from zero on the decimal digits as written).
        const qsizetype keep = digits.size() + scale;
        roundUp = keep >= 0 && keep < digits.size() && digits.at(keep) >= QLatin1Char('5');
        digits = keep > 0 ? digits.left(keep) : QStringLiteral("0");
        scale = 0;
    }
    if (digits != QLatin1String("0"))
        digits += QString(scale, QLatin1Char('0'));
    // MaxExact has 16 digits: anything longer is beyond it (leading zeros are gone).
    if (digits.size() > 16)
        return outOfRange;
    const qint64 v = digits.toLongLong() + (roundUp ? 1 : 0);
    if (v > MaxExact)
        return outOfRange;
    return negative ? -v : v;
}

QString plainText(qint64 halalas)
{
    return QStringLiteral("%1%2.%3")
        .arg(halalas < 0 ? QStringLiteral("-") : QString())
        .arg(std::llabs(halalas) / 100)
        .arg(std::llabs(halalas) % 100, 2, 10, QLatin1Char('0'));
}

Result<qint64> fromSum(const QVariant &sum)
{
    return exact(sum, MaxExact);
}

Result<qint64> fromCentiSum(const QVariant &sum)
{
    // 100 × MaxExact still fits in 64 bits.
    return exact(sum, 100 * MaxExact);
}

QJsonValue toJson(qint64 halalas)
{
    // halalas / 100.0 prints as the shortest decimal that round-trips: two decimals at most,
    // exact for any amount below 2^53 halalas (90 trillion SAR).
    return QJsonValue(double(halalas) / 100.0);
}

static bool arabic()
{
    return QLocale().language() == QLocale::Arabic;
}

QString display(qint64 halalas)
{
    // The digits of the magnitude; a negative amount takes Format's one minus sign, isolated.
    const QString digits = QLocale().toString(double(std::llabs(halalas)) / 100.0, 'f', 2);
    const QString amount = halalas < 0 ? Format::negative(digits) : digits;
    return arabic() ? amount + QStringLiteral(" ر.س") : QStringLiteral("SAR ") + amount;
}

QString compact(qint64 halalas)
{
    // One compact rule for every figure (Format::compact: K/M/B, at most one decimal, no
    // ".0", the one minus sign): money only adds its currency around it.
    // Below ten thousand the rule keeps one decimal: rounded here on the exact halalas (half
    // away from zero, to 10 halalas), as a double 3000.35 would round down to "3,000.3".
    const qint64 tenths = halalas / 10 + (halalas % 10 >= 5 ? 1 : halalas % 10 <= -5 ? -1 : 0);
    const QString amount = Format::compact(double(tenths) / 10.0);
    return arabic() ? amount + QStringLiteral(" ر.س") : QStringLiteral("SAR ") + amount;
}

qint64 roundCentiHalalas(qint64 c)
{
    const qint64 q = c / 100;
    const qint64 r = c % 100;
    if (r >= 50)
        return q + 1;
    if (r <= -50)
        return q - 1;
    return q;
}

} // namespace Money
