#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// The one place a surface's value becomes export bytes: indented JSON, or the value's CSV.
namespace SurfaceOutput {
template <typename Value> QByteArray serialise(const Value &value, const QString &format)
{
    if (format == QLatin1String("csv"))
        return value.toCsv();
    return QJsonDocument(value.toJson()).toJson(QJsonDocument::Indented);
}
} // namespace SurfaceOutput
