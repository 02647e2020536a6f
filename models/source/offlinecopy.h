#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

class Session;

// What an offline review copy says about itself (its manifest) and whether its content is
// still what was written: each table's SHA-256 over its canonical content, and the manifest's
// own digest over its entries.
struct OfflineStatus {
    bool isOffline = false;
    bool intact = false;
    QDateTime asOf;
    QDateTime createdAt;
    QString source; // the source it was copied from, without credentials
    QString tenantId;
    QString tenantSlug;
    QString appVersion;
    QMap<QString, QString> digests; // table -> SHA-256 as written
    QStringList problems;           // what no longer matches (tables, manifest)
    // "Offline copy as of … (from …): integrity verified" or "… ALTERED since written: …".
    QString summary() const;
};

// The offline review copy (`dealix-desk offline -o FILE`, File ▸ Save offline copy): a SQLite
// file with the Dealix schema holding the tenant's rows that the surfaces read, plus the
// manifest table offline_manifest. Written to a temporary file beside the target and renamed
// over it, so a failure leaves no file and an old copy intact.
namespace OfflineCopy {
// 2: the source's tables and known columns only, "absent" digests, shapes in the digests.
constexpr int FormatVersion = 2;
// Copies the session's tenant as of asOf; progress(done, total) by table may cancel.
bool write(const Session &session, const QString &path, const QDateTime &asOf, QString *error,
           const std::function<bool(int, int)> &progress = {});
// Reads the manifest of an open SQLite database and recomputes every digest. isOffline is
// false for a database without a manifest.
OfflineStatus inspect(QSqlDatabase db);
// True for a file written as an offline copy (its SQLite application_id), manifest or not.
bool isMarked(QSqlDatabase db);
// SHA-256 over a table's rows in id order, each value as SQLite's quote() writes it.
QString tableDigest(QSqlDatabase db, const QString &table, QString *error);
// tableDigest, or "absent" when the copy has no such table (the source had none).
QString digestOrAbsent(QSqlDatabase db, const QString &table, QString *error);
} // namespace OfflineCopy
