#pragma once

#include "models/core/period.h"
#include "models/source/session.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// The one place a surface's value becomes export bytes: indented JSON, or the value's CSV.
// From an offline review copy every export says so: JSON carries "offline_copy" (as-of,
// source, integrity), CSV starts with a "# Offline copy …" line.
namespace SurfaceOutput {

inline QJsonObject offlineJson(const OfflineStatus &s)
{
    return {{QStringLiteral("as_of"), s.asOf.toString(Qt::ISODate)},
            {QStringLiteral("source"), s.source},
            {QStringLiteral("tenant_id"), s.tenantId},
            {QStringLiteral("integrity"), s.intact       ? QStringLiteral("verified")
                                          : s.verifiable ? QStringLiteral("altered")
                                                         : QStringLiteral("not_verifiable")},
            {QStringLiteral("problems"), QJsonArray::fromStringList(s.problems)}};
}

template <typename Value>
QByteArray serialise(const Value &value, const QString &format, const Session &session)
{
    const bool offline = session.isOffline();
    if (format == QLatin1String("csv")) {
        if (!offline)
            return value.toCsv();
        // After the UTF-8 byte order mark the CSV writer puts first.
        QByteArray csv = value.toCsv();
        const qsizetype bom = csv.startsWith("\xEF\xBB\xBF") ? 3 : 0;
        csv.insert(
            bom, "# " +
                     session.offline().summary(Periods::zone(session.tenant().timeZone)).toUtf8() +
                     "\r\n");
        return csv;
    }
    QJsonObject json = value.toJson();
    if (offline)
        json.insert(QStringLiteral("offline_copy"), offlineJson(session.offline()));
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

} // namespace SurfaceOutput
