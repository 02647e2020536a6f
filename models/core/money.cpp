#include "models/core/money.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdlib>

namespace Money {

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
