#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <functional>

class Session;

// What an offline review copy says about itself (its manifest) and whether its content is
// still what was written: each table's SHA-256 over its canonical content, and the manifest's
// own digest over its entries.
struct OfflineStatus {
    bool isOffline = false;
    bool intact = false;
    // False when the copy's integrity cannot be checked at all: written in another copy format,
    // or its manifest is gone. Never "verified" then.
    bool verifiable = true;
    QDateTime asOf;
    QDateTime createdAt;
    QString source; // the source it was copied from, without credentials
    QString tenantId;
    QString tenantSlug;
    QString appVersion;
    QMap<QString, QString> digests; // table -> SHA-256 as written
    QStringList problems;           // what no longer matches (tables, manifest)
    // "Offline copy as of … (from …): integrity verified", "… ALTERED since written: …" or
    // "… NOT VERIFIABLE — …"; the as-of time long and unambiguous in zone (the tenant's).
    QString summary(const QTimeZone &zone) const;
};

// The offline review copy (`dealix-desk offline -o FILE`, File ▸ Save offline copy): a SQLite
// file with the Dealix schema holding the tenant's rows that the surfaces read, plus the
// manifest table offline_manifest. Written to a temporary file beside the target and renamed
// over it, so a failure leaves no file and an old copy intact.
namespace OfflineCopy {
// 2: the source's tables and known columns only, "absent" digests, shapes in the digests.
// 3: digests over each value's storage class and exact bytes, every item framed with its
//    length (DataDigest::sqliteTable); user_version marks the file too.
constexpr int FormatVersion = 3;
// Copies the session's tenant as of asOf; progress(done, total) by table may cancel.
// On failure the error names what failed: "Cannot write FILE: …" (a full disk, an unwritable
// folder) or "Cannot copy from the source: …" (then *sourceFailed is true).
bool write(const Session &session, const QString &path, const QDateTime &asOf, QString *error,
           const std::function<bool(int, int)> &progress = {}, bool *sourceFailed = nullptr);
// Reads the manifest of an open SQLite database and recomputes every digest. isOffline is
// false for a database without a manifest.
OfflineStatus inspect(QSqlDatabase db);
// The marks of an offline copy a file bears, manifest or not: its application_id, its
// user_version, its manifest table, users whose password hash reads "(not copied)", the
// comment in its tables' definitions. Empty for a plain database.
QStringList marks(QSqlDatabase db);
bool isMarked(QSqlDatabase db);
// SHA-256 over a table's columns and rows in id order, exact (DataDigest::sqliteTable).
QString tableDigest(QSqlDatabase db, const QString &table, QString *error);
// tableDigest, or "absent" when the copy has no such table (the source had none).
QString digestOrAbsent(QSqlDatabase db, const QString &table, QString *error);
} // namespace OfflineCopy
