#include "models/core/money.h"

#include <QCoreApplication>
#include <QLocale>

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
    if (text.endsWith(QLatin1String(".0"))) // a whole numeric printed with a scale
        text.chop(2);
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v > limit || v < -limit)
        return Failure{
            QCoreApplication::translate("Money", "the sum %1 is outside the exact range of ±%2 SAR")
                .arg(text, QLocale().toString(double(MaxExact) / 100.0, 'f', 2))};
    return v;
}
} // namespace

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
    const QString amount = QLocale().toString(double(halalas) / 100.0, 'f', 2);
    return arabic() ? amount + QStringLiteral(" ر.س") : QStringLiteral("SAR ") + amount;
}

QString compact(qint64 halalas)
{
    const double sar = double(halalas) / 100.0;
    const double a = std::abs(sar);
    QString amount;
    const QLocale locale;
    if (a >= 1e9)
        amount = locale.toString(sar / 1e9, 'f', 1) +
                 (arabic() ? QStringLiteral(" مليار") : QStringLiteral("B"));
    else if (a >= 1e6)
        amount = locale.toString(sar / 1e6, 'f', 1) +
                 (arabic() ? QStringLiteral(" مليون") : QStringLiteral("M"));
    else if (a >= 1e4)
        amount = locale.toString(sar / 1e3, 'f', 1) +
                 (arabic() ? QStringLiteral(" ألف") : QStringLiteral("K"));
    else
        amount = locale.toString(sar, 'f', 2);
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
