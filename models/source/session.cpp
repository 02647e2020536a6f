#include "models/source/session.h"

#include "models/core/period.h"
#include "models/source/restserver.h"

#include "models/core/displaytext.h"
#include "models/core/logging.h"
#include "models/source/boundquery.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("dealix-%1").arg(counter.fetchAndAddRelaxed(1));
}

// libpq's connect_timeout bounds each address it tries; two (IPv6 + IPv4 for "localhost")
// still fit the 10-second promise for an unreachable host.
constexpr int PgConnectTimeoutSec = 4;

// libpq says per server why target_session_attrs turned it down ("session is read-only",
// "server is not in hot standby mode"...); the app adds what that means for the URL.
QString withSessionAttrsHint(const SourceUrl &url, const QString &cause)
{
    static const QRegularExpression attrs(QStringLiteral("(?:^|;)target_session_attrs=([a-z-]+)"));
    const QRegularExpressionMatch m = attrs.match(url.options());
    static const QRegularExpression refusal(
        QStringLiteral("session is (not )?read-only|server is (not )?in hot standby mode"));
    if (!m.hasMatch() || !refusal.match(cause).hasMatch())
        return cause;
    return Session::tr("%1 (target_session_attrs=%2: no server in the list that answered is of "
                       "that kind; target_session_attrs=prefer-standby reads from a standby when "
                       "one answers and from the primary otherwise.)")
        .arg(cause, m.captured(1));
}
// The "tenant_id" claim of a JWT's payload, unverified; empty when there is none.
QString tokenTenant(const QByteArray &token)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return {};
    const QByteArray payload = QByteArray::fromBase64(
        parts.at(1), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QJsonDocument::fromJson(payload).object().value(QStringLiteral("tenant_id")).toString();
}
} // namespace

QString TenantInfo::label(bool arabic) const
{
    const QString shown = arabic && !nameAr.isEmpty() ? nameAr : name;
    if (shown.isEmpty() && slug.isEmpty())
        return DisplayText::isolate(id);
    if (shown.isEmpty())
        return DisplayText::isolate(slug);
    if (slug.isEmpty())
        return DisplayText::isolate(shown);
    return QStringLiteral("%1 (%2)").arg(DisplayText::isolate(shown), DisplayText::isolate(slug));
}

Session::Session() = default;

Session::~Session()
{
    close();
}

void Session::fail(ErrorKind kind, const QString &cause)
{
    m_errorKind = kind;
    const QString where = m_url.isValid() ? m_url.toDisplayString() : QString();
    m_error = SourceUrl::redact(
        where.isEmpty() ? cause : tr("Cannot open %1: %2").arg(DisplayText::plain(where), cause));
    qCDebug(lcSource).noquote() << m_error;
}

bool Session::open(const SourceUrl &url, OpenMode mode, const QString &password,
                   const RestOptions &rest)
{
    close();
    m_url = url;
    m_offline = OfflineStatus();
    m_errorKind = ErrorKind::None;
    m_error.clear();
    if (!url.isValid()) {
        m_errorKind = ErrorKind::Usage;
        m_error = url.errorString();
        return false;
    }
    if (url.kind() == SourceUrl::Kind::Rest) {
        m_rest = std::make_shared<RestClient>(url, rest);
        qCInfo(lcSource).noquote() << "opened" << url.toDisplayString();
        return true;
    }

    m_connectionName = nextConnectionName();
    if (url.kind() == SourceUrl::Kind::SQLite) {
        const QFileInfo fi(url.path());
        // QSQLITE would silently create an empty file: a missing file is an error here,
        // unless the caller is about to fill a new database.
        if (!fi.exists() && mode == OpenMode::RequireDealixSchema) {
            fail(ErrorKind::Unavailable, tr("no such file."));
            return false;
        }
        if (fi.exists() && !fi.isFile()) {
            fail(ErrorKind::Unavailable, tr("not a file."));
            return false;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(url.path());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            fail(ErrorKind::Unavailable, sqlErrorText(db.lastError()));
            return false;
        }
        QSqlQuery probe(db);
        // Opening never reads the file; the first statement tells a database from garbage.
        bool read = probe.exec(QStringLiteral("select count(*) from sqlite_master"));
        // A file in WAL mode in a folder nothing may be written to (read-only media, a
        // read-only mount) cannot be read as usual: SQLite needs to make its -shm file beside
        // it (SQLITE_CANTOPEN). Without changes waiting in a -wal file, the file alone is the
        // whole database: it is read immutable. With them, it cannot be read as it is.
        const QFileInfo folder(fi.absolutePath());
        // SQLite's extended codes keep the primary one in their low byte: SQLITE_CANTOPEN (14)
        // on a read-only mount, SQLITE_READONLY (8: READONLY_DIRECTORY 1544, _ROLLBACK 776) in
        // a folder this user may not write to or with a hot journal there.
        const int code = probe.lastError().nativeErrorCode().trimmed().toInt() & 0xff;
        if (!read && (code == 14 || code == 8) && !folder.isWritable()) {
            for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-journal")}) {
                if (QFileInfo(fi.absoluteFilePath() + suffix).size() > 0) {
                    fail(ErrorKind::Unavailable,
                         tr("the database has unfinished changes in its log (%1) that cannot "
                            "be read in a folder nothing may be written to; copy the file and "
                            "that log to a writable folder and open it there.")
                             .arg(DisplayText::plain(fi.fileName() + suffix)));
                    return false;
                }
            }
            probe = QSqlQuery();
            db.close();
            db.setDatabaseName(
                QUrl::fromLocalFile(fi.absoluteFilePath()).toString(QUrl::FullyEncoded) +
                QStringLiteral("?mode=ro&immutable=1"));
            db.setConnectOptions(
                QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            if (!db.open()) {
                fail(ErrorKind::Unavailable, sqlErrorText(db.lastError()));
                return false;
            }
            probe = QSqlQuery(db);
            read = probe.exec(QStringLiteral("select count(*) from sqlite_master"));
        }
        if (!read) {
            // A lock held by another program (a write in progress, an exclusive locking mode)
            // outlasts the busy timeout with SQLITE_BUSY: the file is a database all the same.
            fail(ErrorKind::Unavailable,
                 sqliteIsLocked(probe.lastError())
                     ? tr("the database is locked by another program (%1); try again when "
                          "that program has finished with it.")
                           .arg(sqlErrorText(probe.lastError()))
                     : tr("not a SQLite database (%1).").arg(sqlErrorText(probe.lastError())));
            return false;
        }
        probe.exec(QStringLiteral("pragma foreign_keys = on"));
    } else {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
            fail(ErrorKind::Unavailable,
                 tr("the Qt PostgreSQL driver is not installed (Debian: libqt6sql6-psql)."));
            return false;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        // Qt's driver quotes the host name into libpq's connection string, so libpq's comma-
        // separated host list passes as it is; the port is an int there, so several ports go
        // in the options as libpq's parallel port list (digits and commas only).
        db.setHostName(url.libpqHosts());
        if (url.hosts().size() == 1)
            db.setPort(url.port());
        db.setDatabaseName(url.database());
        if (!url.user().isEmpty())
            db.setUserName(url.user());
        // Without an interactive password libpq reads PGPASSWORD or ~/.pgpass by itself.
        if (!password.isEmpty())
            db.setPassword(password);
        // libpq takes the last value of a repeated option: the URL's own options come last so
        // that they override these defaults (SourceUrl has validated them).
        QString options = QStringLiteral("connect_timeout=%1;application_name=dealix-desk")
                              .arg(PgConnectTimeoutSec);
        if (url.hosts().size() > 1)
            options += QStringLiteral(";port=") + url.libpqPorts();
        if (!url.options().isEmpty())
            options += QLatin1Char(';') + url.options();
        db.setConnectOptions(options);
        if (!db.open()) {
            // libpq's words (several lines, quoting the host): one line, as every driver text.
            QString cause = DisplayText::reply(db.lastError().databaseText().trimmed());
            if (cause.isEmpty())
                cause = sqlErrorText(db.lastError());
            cause = withSessionAttrsHint(url, cause);
            fail(ErrorKind::Unavailable, cause);
            return false;
        }
        setSessionDefaults();
    }

    QString schemaError;
    if (!m_schema.detect(database(), &schemaError)) {
        fail(ErrorKind::Unavailable, tr("cannot read the catalog: %1").arg(schemaError));
        return false;
    }
    if (url.kind() == SourceUrl::Kind::SQLite &&
        (m_schema.hasTable(QStringLiteral("offline_manifest")) ||
         OfflineCopy::isMarked(database()))) {
        // An offline review copy: reopened read-only, then verified through that handle.
        // Closing the read-write handle folds a WAL into the file and removes the -wal and
        // -shm files, unless another program still has the copy open. With no -wal left, the
        // copy is opened immutable: a copy someone turned to WAL mode is then read without
        // the -wal and -shm files a read-only connection would create beside it and leave
        // there. With one left (another program is writing it), it is read read-only through
        // that WAL, so that what the other program committed is what is verified and shown.
        QSqlDatabase db = database();
        db.close();
        const QString path = QFileInfo(url.path()).absoluteFilePath();
        const bool walLeft = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
        db.setDatabaseName(
            QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
            (walLeft ? QStringLiteral("?mode=ro") : QStringLiteral("?mode=ro&immutable=1")));
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            fail(ErrorKind::Unavailable, sqlErrorText(db.lastError()));
            return false;
        }
        m_offline = OfflineCopy::inspect(db);
        qCInfo(lcSource).noquote() << m_offline.summary(Periods::zone(QByteArray()));
    }
    if (mode == OpenMode::RequireDealixSchema && !m_schema.hasTable(QStringLiteral("tenants"))) {
        fail(ErrorKind::Unavailable,
             tr("this database does not hold the Dealix schema (it has no tenants table)."));
        return false;
    }
    qCInfo(lcSource).noquote() << "opened" << url.toDisplayString();
    return true;
}

void Session::setSessionDefaults()
{
    if (!isPostgres())
        return;
    QSqlQuery q(database());
    q.exec(QStringLiteral("set timezone to 'UTC'"));
    // Dates and timestamps cast to text are compared with ISO strings. Qt's driver sets
    // DATESTYLE to ISO when it connects; pinned here too, so that it never depends on the
    // driver (a server set to SQL, DMY would write 02/11/2026).
    q.exec(QStringLiteral("set datestyle to 'ISO, YMD'"));
}

Session::CloneSpec Session::cloneSpec() const
{
    return {m_connectionName, m_url, m_schema, m_offline, m_tenant, m_rest};
}

bool Session::openClone(const CloneSpec &spec)
{
    close();
    m_url = spec.url;
    m_errorKind = ErrorKind::None;
    m_error.clear();
    if (spec.url.kind() == SourceUrl::Kind::Rest) {
        m_rest = spec.rest;
        m_tenant = spec.tenant;
        if (!m_rest) {
            fail(ErrorKind::Unavailable, tr("the server's client is gone."));
            return false;
        }
        return true;
    }
    m_connectionName = nextConnectionName();
    // The by-name overload is the one meant for another thread than the original's.
    QSqlDatabase db = QSqlDatabase::cloneDatabase(spec.connectionName, m_connectionName);
    if (!db.open()) {
        fail(ErrorKind::Unavailable, sqlErrorText(db.lastError()));
        return false;
    }
    setSessionDefaults();
    m_schema = spec.schema;
    m_offline = spec.offline;
    QString error;
    if (!spec.tenant.id.isEmpty() && !setRlsTenant(spec.tenant.id, &error)) {
        fail(ErrorKind::Unavailable, tr("cannot set app.tenant_id: %1").arg(error));
        return false;
    }
    m_tenant = spec.tenant;
    return true;
}

void Session::close()
{
    if (m_rest) {
        m_rest.reset();
        m_tenant = {};
    }
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_tenant = {};
    m_schema = {};
}

bool Session::isOpen() const
{
    if (m_rest)
        return true;
    return !m_connectionName.isEmpty() && database().isOpen();
}

QSqlDatabase Session::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Session::refreshSchema()
{
    QString error;
    if (!m_schema.detect(database(), &error)) {
        m_error = error;
        return false;
    }
    return true;
}

RestReply Session::restGet(const QString &path, QUrlQuery query) const
{
    if (!m_rest) {
        RestReply r;
        r.error = RestReply::Error::Network;
        r.errorString = tr("not a Dealix server source");
        return r;
    }
    if (!m_tenant.id.isEmpty() && !query.hasQueryItem(QStringLiteral("tenant_id")))
        query.addQueryItem(QStringLiteral("tenant_id"), m_tenant.id);
    RestReply reply = m_rest->get(path, query, m_tenant.id, m_restStop.get());
    // Whether what the surfaces show came from the offline cache (the "stale" banner).
    RestServer::of(m_rest)->record(m_tenant.id, path + QLatin1Char('?') + query.toString(), reply);
    return reply;
}

RestReply Session::restSend(const QByteArray &verb, const QString &path, QUrlQuery query,
                            const QJsonObject &body) const
{
    if (!m_rest) {
        RestReply r;
        r.error = RestReply::Error::Network;
        r.errorString = tr("not a Dealix server source");
        return r;
    }
    if (!m_tenant.id.isEmpty() && !query.hasQueryItem(QStringLiteral("tenant_id")))
        query.addQueryItem(QStringLiteral("tenant_id"), m_tenant.id);
    return m_rest->send(verb, path, query, body, m_restStop.get());
}

Result<QList<TenantInfo>> Session::tenants() const
{
    if (m_rest) {
        // The Dealix API lists no tenants: the one chosen (or the token's) is all there is.
        if (m_tenant.id.isEmpty())
            return Failure{tr("the Dealix API does not list tenants; give the tenant's id")};
        return QList<TenantInfo>{m_tenant};
    }
    QList<TenantInfo> list;
    QSqlQuery q(database());
    const bool hasSettings =
        m_schema.hasColumn(QStringLiteral("tenants"), QStringLiteral("settings"));
    const bool hasNameAr = m_schema.hasColumn(QStringLiteral("tenants"), QStringLiteral("name_ar"));
    if (!q.exec(QStringLiteral("select id, slug, name, %1, %2 from tenants order by slug")
                    .arg(hasNameAr ? QStringLiteral("name_ar") : QStringLiteral("null"),
                         hasSettings ? QStringLiteral("settings") : QStringLiteral("null"))))
        return Failure{sqlErrorText(q.lastError())};
    while (q.next()) {
        TenantInfo t{readId(q.value(0)),
                     q.value(1).toString(),
                     q.value(2).toString(),
                     q.value(3).toString(),
                     {}};
        const QJsonObject settings =
            QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        t.timeZone = settings.value(QStringLiteral("timezone")).toString().toLatin1();
        list.append(t);
    }
    if (q.lastError().isValid())
        return Failure{sqlErrorText(q.lastError())};
    return list;
}

bool Session::selectTenant(const QString &idOrSlug)
{
    m_errorKind = ErrorKind::None;
    m_error.clear();
    if (m_rest) {
        // Dealix's executive routes take tenant_id in the query; a token's own tenant is its
        // "tenant_id" claim (read, not verified: the server verifies).
        QString id = idOrSlug;
        if (id.isEmpty())
            id = tokenTenant(m_rest->options().token);
        const QUuid uuid(id);
        if (id.isEmpty() || uuid.isNull()) {
            m_errorKind = ErrorKind::Usage;
            m_error = id.isEmpty() ? tr("The Dealix API does not list tenants; choose one with "
                                        "--tenant and the tenant's id (a UUID).")
                                   : tr("Over the Dealix API the tenant is given by its id (a "
                                        "UUID), not \"%1\".")
                                         .arg(DisplayText::plain(id));
            return false;
        }
        // The API names no tenant: its id stands for the name on screen and paper.
        const QString tenantId = uuid.toString(QUuid::WithoutBraces);
        m_tenant = TenantInfo{tenantId, {}, tenantId, {}, {}};
        return true;
    }
    const Result<QList<TenantInfo>> listed = tenants();
    if (!listed.ok()) {
        fail(ErrorKind::Unavailable, tr("cannot list tenants: %1").arg(listed.error()));
        return false;
    }
    const QList<TenantInfo> &all = listed.value();
    if (all.isEmpty()) {
        fail(ErrorKind::NotFound, tr("the source has no tenants."));
        return false;
    }
    TenantInfo chosen;
    if (idOrSlug.isEmpty()) {
        if (all.size() > 1) {
            QStringList slugs;
            for (const TenantInfo &t : all)
                slugs << DisplayText::plain(t.slug);
            m_errorKind = ErrorKind::Usage;
            m_error = tr("The source has %1 tenants; choose one with --tenant (%2).")
                          .arg(all.size())
                          .arg(slugs.join(QLatin1String(", ")));
            return false;
        }
        chosen = all.first();
    } else {
        const QUuid asUuid(idOrSlug);
        for (const TenantInfo &t : all) {
            if (t.slug == idOrSlug || (!asUuid.isNull() && QUuid(t.id) == asUuid)) {
                chosen = t;
                break;
            }
        }
        if (chosen.id.isEmpty()) {
            m_errorKind = ErrorKind::NotFound;
            m_error =
                tr("No tenant with id or slug \"%1\" in %2.")
                    .arg(DisplayText::plain(idOrSlug), DisplayText::plain(m_url.toDisplayString()));
            return false;
        }
    }
    QString error;
    if (!setRlsTenant(chosen.id, &error)) {
        fail(ErrorKind::Unavailable, tr("cannot set app.tenant_id: %1").arg(error));
        return false;
    }
    m_tenant = chosen;
    m_visibilityWarning = isPostgres() ? visibleRowsWarning(chosen.id) : QString();
    return true;
}

QString Session::visibleRowsWarning(const QString &tenantId) const
{
    // The tables every executive figure starts from, all under Dealix's row-level security.
    QStringList checked;
    for (const QString &table :
         {QStringLiteral("deals"), QStringLiteral("approval_requests"),
          QStringLiteral("compliance_controls"), QStringLiteral("integration_sync_states"),
          QStringLiteral("contradictions")}) {
        if (!m_schema.hasColumn(table, QStringLiteral("tenant_id")))
            continue;
        QSqlQuery q(database());
        // The table name is one of the literals above; the tenant is bound.
        q.prepare(QStringLiteral("select 1 from %1 where tenant_id = ? limit 1").arg(table));
        q.addBindValue(tenantId);
        if (!q.exec() || q.next())
            return QString(); // a row is visible (or the check could not tell): nothing to say
        checked << table;
    }
    if (checked.isEmpty())
        return QString();
    return tr("PostgreSQL shows this tenant no rows in %1: either it has no data yet, or "
              "row-level security is hiding them (the session's app.tenant_id is \"%2\"). Every "
              "figure would read zero.")
        .arg(checked.join(QStringLiteral(", ")), DisplayText::plain(tenantId));
}

bool Session::setRlsTenant(const QString &tenantId, QString *error)
{
    if (!isPostgres())
        return true;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("select set_config('app.tenant_id', ?, false)"));
    q.addBindValue(tenantId);
    if (!q.exec()) {
        if (error)
            *error = sqlErrorText(q.lastError());
        return false;
    }
    return true;
}

QString Session::rlsTenant() const
{
    if (!isPostgres())
        return {};
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("select current_setting('app.tenant_id', true)")) || !q.next())
        return {};
    return q.value(0).toString();
}

QString Session::readId(const QVariant &v)
{
    if (v.isNull())
        return {};
    if (v.typeId() == QMetaType::QUuid)
        return v.toUuid().toString(QUuid::WithoutBraces);
    return v.toString();
}

QString Session::timeText(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QDateTime Session::readTime(const QVariant &v)
{
    if (v.isNull())
        return {};
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime().toUTC();
    QString s = v.toString().trimmed();
    if (s.isEmpty())
        return {};
    // Accept "2026-01-02 03:04:05+00" (psql text) as well as ISO-8601.
    s.replace(QLatin1Char(' '), QLatin1Char('T'));
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC); // stored without zone: Dealix stores UTC
    return t.toUTC();
}
