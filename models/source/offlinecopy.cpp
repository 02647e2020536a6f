#include "models/source/offlinecopy.h"

#include "models/core/displaytext.h"
#include "models/core/format.h"
#include "models/core/period.h"

#include "models/core/atomicfile.h"
#include "models/source/boundquery.h"
#include "models/source/datadigest.h"
#include "models/source/ddl.h"
#include "models/source/dealixschema.h"
#include "models/source/indexadvice.h"
#include "models/source/session.h"
#include "models/source/sourcetools.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(OfflineCopy)
};

const QString ManifestTable = QStringLiteral("offline_manifest");
// SQLite's application_id of an offline copy ("DXOC"): a copy whose manifest was dropped is
// still known for what it is.
constexpr int ApplicationId = 0x44584F43;
// Its user_version: "DX" and the copy format.
constexpr int UserVersion = 0x44580000 | OfflineCopy::FormatVersion;
// The comment the copy writes into each table's definition (SQLite keeps it in the schema).
const QString TableMark = QStringLiteral("/* dealix offline copy */");
// What the copy writes in place of a credential.
const QString NotCopied = QStringLiteral("(not copied)");

// The manifest's digest: SHA-256 over its entries in key order (itself excluded).
QString manifestDigest(const QMap<QString, QString> &entries)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        if (it.key() == QLatin1String("manifest_sha256"))
            continue;
        h.addData(it.key().toUtf8());
        h.addData(QByteArrayView("=", 1));
        h.addData(it.value().toUtf8());
        h.addData(QByteArrayView("\n", 1));
    }
    return QString::fromLatin1(h.result().toHex());
}

// A value as the offline copy stores it: times as ISO-8601 UTC text, booleans as 0/1, the rest
// as the source gives it (UUIDs and JSON as text).
QVariant offlineValue(const QVariant &v)
{
    if (v.isNull())
        return QVariant();
    switch (v.metaType().id()) {
    case QMetaType::QDateTime:
        return Session::timeText(v.toDateTime());
    case QMetaType::Bool:
        return v.toBool() ? 1 : 0;
    case QMetaType::QUuid:
        return v.toUuid().toString(QUuid::WithoutBraces);
    default:
        return v;
    }
}

// Which of the tenant's rows a table holds, as a where clause over the bound tenant id.
QString tenantFilter(const Session &session, const QString &table)
{
    if (table == QLatin1String("tenants"))
        return QStringLiteral("id = ?");
    if (table == QLatin1String("consents"))
        // tenant_id is nullable without a foreign key: without one, the lead decides the
        // tenant; a row another tenant owns never travels.
        return QStringLiteral("(tenant_id = ? or (tenant_id is null and lead_id in (select id "
                              "from leads where tenant_id = ?)))");
    if (session.schema().hasColumn(table, QStringLiteral("tenant_id")))
        return QStringLiteral("tenant_id = ?");
    return QString();
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// The columns of a table that travel: those the source has and the app knows (its DDL, or the
// other Dealix shape of the table). A column the app knows nothing about — a secret, a
// personal-data field added later — never leaves the server.
QStringList copiedColumns(const Session &session, const QString &table,
                          const QHash<QString, QString> &appTypes)
{
    const QStringList other = DealixSchema::otherShapeColumns(table);
    QStringList columns;
    for (const QString &c : session.schema().columns(table))
        if (appTypes.contains(c) || other.contains(c))
            columns << c;
    return columns;
}

// The columns whose text may hold a URL with credentials: copied through SourceUrl::redact.
QStringList redactedColumns(const QString &table)
{
    if (table == QLatin1String("connector_probes"))
        return {QStringLiteral("endpoint_url")};
    if (table == QLatin1String("integration_sync_states"))
        return {QStringLiteral("last_error")};
    if (table == QLatin1String("audit_logs"))
        return {QStringLiteral("changes")};
    return {};
}

// The copy's tables have the source's shape: only the tables the source has, with its columns
// (typed as the app's DDL types them, others untyped), the id as primary key and no other
// constraint — a copy holds what the source holds, so that its figures are the source's.
// The catalogue's indexes are added where their columns exist.
bool createTables(QSqlDatabase out, const Session &session, QString *error)
{
    // The app's declared types, read from its DDL applied to a scratch in-memory database.
    QHash<QString, QHash<QString, QString>> appTypes;
    {
        const QString scratchName =
            QStringLiteral("offline-ddl-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        {
            QSqlDatabase scratch =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), scratchName);
            scratch.setDatabaseName(QStringLiteral(":memory:"));
            if (!scratch.open() || !Ddl::apply(scratch, error, Ddl::Part::Tables)) {
                QSqlDatabase::removeDatabase(scratchName);
                return false;
            }
            for (const DealixSchema::Table &t : DealixSchema::tables()) {
                QSqlQuery info(scratch);
                info.exec(
                    QStringLiteral("select name, type from pragma_table_info('%1')").arg(t.name));
                while (info.next())
                    appTypes[t.name].insert(info.value(0).toString(), info.value(1).toString());
            }
        }
        QSqlDatabase::removeDatabase(scratchName);
    }
    QSqlQuery exec(out);
    for (const DealixSchema::Table &t : DealixSchema::tables()) {
        if (!session.schema().hasTable(t.name) || tenantFilter(session, t.name).isEmpty())
            continue;
        QStringList definitions;
        for (const QString &c : copiedColumns(session, t.name, appTypes.value(t.name))) {
            QString d = QStringLiteral("\"%1\" %2").arg(c, appTypes.value(t.name).value(c));
            if (c == QLatin1String("id"))
                d += QStringLiteral(" PRIMARY KEY");
            definitions << d.trimmed();
        }
        // Names from the source's catalog, quoted; the table name from the app's catalogue.
        // The comment stays in the file's schema: one of the marks of a copy (marks()).
        if (!exec.exec(QStringLiteral("create table \"%1\" (%2 %3)")
                           .arg(t.name, TableMark, definitions.join(QStringLiteral(", "))))) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(t.name, sqlErrorText(exec.lastError()));
            return false;
        }
    }
    // The catalogue's indexes (IndexAdvice) where the copy has their table and key columns;
    // any failure (a full disk) is one.
    return IndexAdvice::create(out, error);
}

} // namespace

namespace OfflineCopy {

QString tableDigest(QSqlDatabase db, const QString &table, QString *error)
{
    return DataDigest::sqliteTable(db, table, error);
}

QString digestOrAbsent(QSqlDatabase db, const QString &table, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("select 1 from sqlite_master where type = 'table' and name = ?"));
    q.addBindValue(table);
    if (q.exec() && !q.next())
        return QStringLiteral("absent"); // the source had no such table
    return tableDigest(db, table, error);
}

bool write(const Session &session, const QString &path, const QDateTime &asOfTime, QString *error,
           const std::function<bool(int, int)> &progress, bool *sourceFailed)
{
    if (!session.isOpen() || !session.hasTenant())
        return fail(error, Tr::tr("No source and tenant to copy."));
    // A copy of a copy keeps the original's source; an altered copy is never given fresh
    // digests.
    if (session.isOffline() && !session.offline().intact)
        return fail(error, Tr::tr("This offline copy was altered since it was written: it is not "
                                  "copied again."));
    const QString origin =
        session.isOffline() ? session.offline().source : session.url().toDisplayString();
    const QDateTime asOf =
        (asOfTime.isValid() ? asOfTime : QDateTime::currentDateTimeUtc()).toUTC();
    if (const QString refusal = AtomicFile::refuseSpecial(path); !refusal.isEmpty())
        return fail(error, refusal);
    // A temporary file beside the target, renamed over it when whole; a run killed on the way
    // leaves a file the next writer in that folder removes (AtomicFile::sweep).
    AtomicFile::TempFile temp(path);
    if (!temp.create(error))
        return false;
    const QString connection =
        QStringLiteral("offline-copy-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    bool ok = false;
    bool fromSource = false; // the failure was reading the source, not writing the file
    bool cancelled = false;
    {
        QSqlDatabase out = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        out.setDatabaseName(temp.path());
        if (!out.open()) {
            fail(error, sqlErrorText(out.lastError()));
        } else if (!createTables(out, session, error)) {
            // error set
        } else {
            ok = true;
            QSqlQuery exec(out);
            ok = exec.exec(QStringLiteral("create table offline_manifest (key TEXT PRIMARY KEY, "
                                          "value TEXT NOT NULL)")) &&
                 out.transaction();
            if (!ok)
                fail(error, sqlErrorText(exec.lastError()));
            QMap<QString, QString> manifest;
            const QList<DealixSchema::Table> &tables = DealixSchema::tables();
            // Every table read from one snapshot of the source, so that a decision made while
            // copying is in the copy with its audit row or not at all.
            QSqlDatabase src = session.database();
            if (ok && !src.transaction()) {
                fromSource = true;
                ok = fail(error, sqlErrorText(src.lastError()));
            }
            if (ok && session.isPostgres()) {
                QSqlQuery iso(src);
                if (!iso.exec(QStringLiteral("set transaction isolation level repeatable read, "
                                             "read only"))) {
                    fromSource = true;
                    ok = fail(error, sqlErrorText(iso.lastError()));
                }
            }
            for (qsizetype i = 0; ok && i < tables.size(); ++i) {
                if (progress && !progress(int(i), int(tables.size()))) {
                    cancelled = true;
                    ok = fail(error, Tr::tr("Cancelled."));
                    break;
                }
                const QString table = tables.at(i).name;
                const QString where = tenantFilter(session, table);
                if (!session.schema().hasTable(table) || where.isEmpty())
                    continue;
                // The columns the copy's table was created with (copiedColumns).
                QStringList columns;
                QSqlQuery info(out);
                if (!info.exec(
                        QStringLiteral("select name from pragma_table_info('%1') order by cid")
                            .arg(table))) {
                    ok = fail(error, sqlErrorText(info.lastError()));
                    break;
                }
                while (info.next())
                    columns << info.value(0).toString();
                QStringList quotedColumns;
                for (const QString &c : columns)
                    quotedColumns << QStringLiteral("\"%1\"").arg(c);
                QSqlQuery read(session.database());
                read.setForwardOnly(true);
                read.prepare(QStringLiteral("select %1 from %2 where %3")
                                 .arg(quotedColumns.join(QStringLiteral(", ")), table, where));
                read.addBindValue(session.tenantId());
                if (where.count(u'?') == 2)
                    read.addBindValue(session.tenantId());
                if (!read.exec()) {
                    fromSource = true;
                    ok = fail(error,
                              QStringLiteral("%1: %2").arg(table, sqlErrorText(read.lastError())));
                    break;
                }
                QStringList marks;
                for (qsizetype c = 0; c < columns.size(); ++c)
                    marks << QStringLiteral("?");
                QSqlQuery insert(out);
                insert.prepare(QStringLiteral("insert into %1 (%2) values (%3)")
                                   .arg(table, quotedColumns.join(QStringLiteral(", ")),
                                        marks.join(QStringLiteral(", "))));
                qint64 rows = 0;
                // Credentials never travel: users.password_hash is replaced in the copy.
                const qsizetype secret = table == QLatin1String("users")
                                             ? columns.indexOf(QStringLiteral("password_hash"))
                                             : -1;
                // Nor do credentials inside URLs: a probe URL's password or token, an error or
                // an audit row quoting one (SourceUrl::redact).
                const QStringList urlColumns = redactedColumns(table);
                while (ok && read.next()) {
                    for (qsizetype c = 0; c < columns.size(); ++c) {
                        QVariant v =
                            c == secret ? QVariant(NotCopied) : offlineValue(read.value(int(c)));
                        if (!v.isNull() && urlColumns.contains(columns.at(c)))
                            v = columns.at(c) == QLatin1String("changes")
                                    ? SourceTools::redactJson(v.toString())
                                    : SourceUrl::redact(v.toString());
                        insert.bindValue(int(c), v);
                    }
                    if (!insert.exec())
                        ok = fail(error, QStringLiteral("%1: %2").arg(
                                             table, sqlErrorText(insert.lastError())));
                    ++rows;
                }
                // A read cut short (the connection lost) ends the loop as the last row would:
                // never taken for the whole table.
                if (ok && read.lastError().isValid()) {
                    fromSource = true;
                    ok = fail(error,
                              QStringLiteral("%1: %2").arg(table, sqlErrorText(read.lastError())));
                }
                if (!ok)
                    break;
                manifest.insert(QStringLiteral("rows:") + table, QString::number(rows));
            }
            if (ok) {
                // Digests of what the copy holds, computed by SQLite over the written rows.
                for (const DealixSchema::Table &t : tables) {
                    QString digestError;
                    const QString d = digestOrAbsent(out, t.name, &digestError);
                    if (d.isEmpty()) {
                        ok = fail(error, digestError);
                        break;
                    }
                    manifest.insert(QStringLiteral("sha256:") + t.name, d);
                }
            }
            if (ok) {
                manifest.insert(QStringLiteral("format"), QString::number(FormatVersion));
                manifest.insert(QStringLiteral("as_of"), Session::timeText(asOf));
                manifest.insert(QStringLiteral("created_at"),
                                Session::timeText(QDateTime::currentDateTimeUtc()));
                manifest.insert(QStringLiteral("source"), origin);
                manifest.insert(QStringLiteral("tenant_id"), session.tenantId());
                manifest.insert(QStringLiteral("tenant_slug"), session.tenant().slug);
                manifest.insert(QStringLiteral("app_version"),
                                QStringLiteral("dealix-desk " DEALIX_VERSION));
                manifest.insert(QStringLiteral("manifest_sha256"), manifestDigest(manifest));
                QSqlQuery m(out);
                m.prepare(
                    QStringLiteral("insert into offline_manifest (key, value) values (?, ?)"));
                for (auto it = manifest.constBegin(); ok && it != manifest.constEnd(); ++it) {
                    m.bindValue(0, it.key());
                    m.bindValue(1, it.value());
                    if (!m.exec())
                        ok = fail(error, sqlErrorText(m.lastError()));
                }
            }
            src.rollback(); // the read snapshot ends; nothing was written to the source
            if (ok) {
                // The file's own marks, beside the manifest: a copy whose manifest is dropped
                // is still known for what it is.
                QSqlQuery mark(out);
                if (!mark.exec(QStringLiteral("pragma application_id = %1").arg(ApplicationId)) ||
                    !mark.exec(QStringLiteral("pragma user_version = %1").arg(UserVersion)))
                    ok = fail(error, sqlErrorText(mark.lastError()));
            }
            if (ok && !out.commit())
                ok = fail(error, sqlErrorText(out.lastError()));
            if (!ok)
                out.rollback();
        }
        out.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!ok) {
        // Said as what failed: the source, or the file (a full disk names the path).
        if (error && !cancelled) {
            if (fromSource)
                *error = Tr::tr("Cannot copy from the source: %1").arg(*error);
            else if (!error->startsWith(
                         Tr::tr("Cannot write %1: %2").arg(DisplayText::plain(path), QString())))
                *error = Tr::tr("Cannot write %1: %2").arg(DisplayText::plain(path), *error);
        }
        if (sourceFailed)
            *sourceFailed = fromSource;
        return false; // temp removes the file
    }
    // SQLite wrote and synced the file; synced once more, checked, then renamed into place.
    return temp.commit(error);
}

QStringList marks(QSqlDatabase db)
{
    QStringList found;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("pragma application_id")) && q.next() &&
        q.value(0).toInt() == ApplicationId)
        found << Tr::tr("its application id");
    if (q.exec(QStringLiteral("pragma user_version")) && q.next() &&
        (q.value(0).toInt() & 0xffff0000) == (UserVersion & 0xffff0000))
        found << Tr::tr("its user version");
    if (q.exec(QStringLiteral("select 1 from sqlite_master where name = 'offline_manifest'")) &&
        q.next())
        found << Tr::tr("its manifest table");
    // The copy writes "(not copied)" in place of every password hash.
    if (q.exec(QStringLiteral("select 1 from sqlite_master where type = 'table' and name = "
                              "'users'")) &&
        q.next()) {
        QSqlQuery users(db);
        users.prepare(QStringLiteral("select count(*) from pragma_table_info('users') where name = "
                                     "'password_hash'"));
        if (users.exec() && users.next() && users.value(0).toInt() == 1) {
            QSqlQuery secret(db);
            secret.prepare(QStringLiteral("select 1 from users where password_hash = ? limit 1"));
            secret.addBindValue(NotCopied);
            if (secret.exec() && secret.next())
                found << Tr::tr("its users without password hashes");
        }
    }
    // The copy writes a comment into each table's definition.
    QSqlQuery defs(db);
    defs.prepare(QStringLiteral("select count(*) from sqlite_master where type = 'table' and "
                                "instr(sql, ?) > 0"));
    defs.addBindValue(TableMark);
    if (defs.exec() && defs.next() && defs.value(0).toInt() > 0)
        found << Tr::tr("its table definitions");
    return found;
}

bool isMarked(QSqlDatabase db)
{
    return !marks(db).isEmpty();
}

OfflineStatus inspect(QSqlDatabase db)
{
    OfflineStatus s;
    const QStringList found = marks(db);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("select key, value from offline_manifest"))) {
        if (found.isEmpty())
            return s; // not an offline copy
        // Not a plain database either: never opened as one without notice.
        s.isOffline = true;
        s.verifiable = false;
        s.problems << Tr::tr("the manifest is missing, yet the file bears the marks of an "
                             "offline copy (%1)")
                          .arg(found.join(QStringLiteral(", ")));
        return s;
    }
    s.isOffline = true;
    QMap<QString, QString> manifest;
    while (q.next())
        manifest.insert(q.value(0).toString(), q.value(1).toString());
    // A manifest read cut off half-way cannot vouch for the copy.
    if (q.lastError().isValid()) {
        s.verifiable = false;
        s.problems << Tr::tr("the manifest could not be read: %1").arg(sqlErrorText(q.lastError()));
        return s;
    }
    s.asOf = Session::readTime(manifest.value(QStringLiteral("as_of")));
    s.createdAt = Session::readTime(manifest.value(QStringLiteral("created_at")));
    s.source = manifest.value(QStringLiteral("source"));
    s.tenantId = manifest.value(QStringLiteral("tenant_id"));
    s.tenantSlug = manifest.value(QStringLiteral("tenant_slug"));
    s.appVersion = manifest.value(QStringLiteral("app_version"));
    const QString format = manifest.value(QStringLiteral("format"));
    if (format != QString::number(FormatVersion)) {
        // Digests of another format cannot be checked here: said, never passed as verified.
        s.verifiable = false;
        s.problems << Tr::tr("written in copy format %1, which this version (format %2) cannot "
                             "verify")
                          .arg(format.isEmpty() ? QStringLiteral("?") : format)
                          .arg(FormatVersion);
        return s;
    }
    if (manifest.value(QStringLiteral("manifest_sha256")) != manifestDigest(manifest))
        s.problems << Tr::tr("the manifest itself was changed");
    for (const DealixSchema::Table &t : DealixSchema::tables()) {
        const QString key = QStringLiteral("sha256:") + t.name;
        if (!manifest.contains(key)) {
            s.problems << Tr::tr("%1: no digest in the manifest").arg(t.name);
            continue;
        }
        s.digests.insert(t.name, manifest.value(key));
        QString error;
        const QString now = digestOrAbsent(db, t.name, &error);
        if (now != manifest.value(key))
            s.problems << Tr::tr("%1 was changed").arg(t.name);
    }
    if (!s.asOf.isValid())
        s.problems << Tr::tr("the manifest has no as-of time");
    s.intact = s.problems.isEmpty();
    return s;
}

} // namespace OfflineCopy

QString OfflineStatus::summary(const QTimeZone &zone) const
{
    if (!isOffline)
        return QString();
    const QString when = Format::dateTime(asOf, zone);
    // Every data part isolated on its own (the manifest's source and each problem naming a
    // table or key), so that a stray U+202E in a manifest cannot reorder the sentence, nor the
    // rest of a page footer; the source redacted as everything printed is.
    const QString from = DisplayText::plain(SourceUrl::redact(source));
    QStringList parts;
    for (const QString &p : problems)
        parts << DisplayText::plain(p, DisplayText::MaxReply);
    const QString what = Format::clauses(parts);
    if (intact)
        return Tr::tr("Offline copy as of %1 (from %2): integrity verified").arg(when, from);
    if (!verifiable) {
        if (!asOf.isValid())
            return Tr::tr("Offline copy: NOT VERIFIABLE — %1").arg(what);
        return Tr::tr("Offline copy as of %1 (from %2): NOT VERIFIABLE — %3").arg(when, from, what);
    }
    return Tr::tr("Offline copy as of %1 (from %2): ALTERED since it was written — %3")
        .arg(when, from, what);
}
