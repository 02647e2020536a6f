#include "models/core/period.h"

namespace Periods {

QTimeZone zone(const QByteArray &ianaId)
{
    if (!ianaId.isEmpty()) {
        const QTimeZone z(ianaId);
        if (z.isValid())
            return z;
    }
    const QTimeZone riyadh(QByteArrayLiteral("Asia/Riyadh"));
    return riyadh.isValid() ? riyadh : QTimeZone(3 * 3600);
}

TimeRange range(Period period, const QDateTime &asOf, const QTimeZone &tz)
{
    TimeRange r;
    r.end = asOf.addSecs(1);
    if (period == Period::AllTime)
        return r;
    const QDate local = asOf.toTimeZone(tz).date();
    QDate first;
    switch (period) {
    case Period::Month:
        first = QDate(local.year(), local.month(), 1);
        break;
    case Period::Quarter:
        first = QDate(local.year(), ((local.month() - 1) / 3) * 3 + 1, 1);
        break;
    case Period::Year:
        first = QDate(local.year(), 1, 1);
        break;
    case Period::AllTime:
        break;
    }
    r.start = QDateTime(first, QTime(0, 0), tz).toUTC();
    return r;
}

TimeRange saudiWeek(const QDateTime &t, const QTimeZone &tz)
{
    const QDate local = t.toTimeZone(tz).date();
    // Qt: Monday = 1 … Sunday = 7; days since the last Sunday:
    const int sinceSunday = local.dayOfWeek() % 7;
    const QDate sunday = local.addDays(-sinceSunday);
    TimeRange r;
    r.start = QDateTime(sunday, QTime(0, 0), tz).toUTC();
    r.end = QDateTime(sunday.addDays(7), QTime(0, 0), tz).toUTC();
    return r;
}

QString id(Period period)
{
    switch (period) {
    case Period::Month:
        return QStringLiteral("month");
    case Period::Quarter:
        return QStringLiteral("quarter");
    case Period::Year:
        return QStringLiteral("year");
    case Period::AllTime:
        break;
    }
    return QStringLiteral("all");
}

Period fromId(const QString &text, bool *ok)
{
    if (ok)
        *ok = true;
    if (text == QLatin1String("month"))
        return Period::Month;
    if (text == QLatin1String("quarter"))
        return Period::Quarter;
    if (text == QLatin1String("year"))
        return Period::Year;
    if (ok)
        *ok = text == QLatin1String("all") || text.isEmpty();
    return Period::AllTime;
}

} // namespace Periods
