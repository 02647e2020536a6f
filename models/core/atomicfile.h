#pragma once

#include <QByteArray>
#include <QString>

// Writes a whole file atomically (a temporary file beside it, then rename): a failed write
// leaves the old file, or no file, never a partial one.
namespace AtomicFile {
bool write(const QString &path, const QByteArray &data, QString *error);
} // namespace AtomicFile
