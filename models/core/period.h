#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

// Reporting periods in the tenant's time zone (Asia/Riyadh unless the tenant says otherwise).
enum class Period { Month, Quarter, Year, AllTime };

struct TimeRange {
    QDateTime start; // inclusive; invalid for "all time"
    QDateTime end;   // exclusive
    bool isAllTime() const { return !start.isValid(); }
};

namespace Periods {
// The period containing asOf, from its first instant to asOf itself (end = asOf + 1 s, so a
// figure stamped exactly at asOf counts).
TimeRange range(Period period, const QDateTime &asOf, const QTimeZone &zone);
// The Saudi work week containing t: Sunday 00:00 to the next Sunday 00:00, local time.
TimeRange saudiWeek(const QDateTime &t, const QTimeZone &zone);
QString id(Period period); // "month", "quarter", "year", "all"
Period fromId(const QString &id, bool *ok = nullptr);
// The tenant time zone by IANA id, falling back to Asia/Riyadh (then a fixed UTC+3, which is
// Riyadh all year) when the id is empty or unknown to this system.
QTimeZone zone(const QByteArray &ianaId);
} // namespace Periods
