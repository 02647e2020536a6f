#pragma once

#include "models/core/result.h"
#include "models/source/offlinecopy.h"
#include "models/source/restclient.h"
#include "models/source/schemainfo.h"
#include "models/source/sourceurl.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <atomic>
#include <memory>

struct TenantInfo {
    QString id;
    QString slug;
    QString name;
    QString nameAr;
    QByteArray timeZone; // IANA id from tenants.settings.timezone; empty: Asia/Riyadh

    // How the tenant is named on screen and paper: "Name (slug)", each part isolated for
    // right-to-left text, the Arabic name when asked and known; its id when the source names
    // none (a Dealix server lists no tenants).
    QString label(bool arabic = false) const;
};

// One open connection to a Dealix source, scoped to one tenant. Every surface computes from a
// Session: it owns the QSqlDatabase connection (one per Session, named uniquely), knows the
// source's schema, and on PostgreSQL keeps app.tenant_id set for Dealix's row-level security.
class Session
{
    Q_DECLARE_TR_FUNCTIONS(Session)
public:
    enum class ErrorKind {
        None,
        Usage,       // bad URL, ambiguous or unknown tenant
        Unavailable, // cannot connect, not a database, not a Dealix database
        NotFound,    // the named tenant does not exist
    };
    enum class OpenMode {
        RequireDealixSchema, // the source must already hold the Dealix tables
        AllowEmpty,          // an empty database is fine (the demo generator fills it)
    };

    Session();
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    // password: only from an interactive prompt, kept for this connection and never stored;
    // otherwise libpq takes it from PGPASSWORD or ~/.pgpass.
    // rest: the token, CA file, timeouts and cache of a Dealix server (Kind::Rest only).
    // Opening a server makes no request: the first figure does.
    bool open(const SourceUrl &url, OpenMode mode = OpenMode::RequireDealixSchema,
              const QString &password = QString(), const RestOptions &rest = RestOptions());
    void close();
    bool isOpen() const;

    // What another thread needs to open its own connection to the same source and tenant (a
    // Qt SQL connection belongs to the thread that made it). Taken on this session's thread.
    struct CloneSpec {
        QString connectionName;
        SourceUrl url;
        SchemaInfo schema;
        OfflineStatus offline;
        TenantInfo tenant;
        std::shared_ptr<RestClient> rest; // a Dealix server: the one client, shared
    };
    CloneSpec cloneSpec() const;
    // On the calling thread: a new connection with the settings of the one the spec was taken
    // from (read-only for an offline copy), the same session settings and, on PostgreSQL, the
    // same app.tenant_id.
    bool openClone(const CloneSpec &spec);

    ErrorKind errorKind() const { return m_errorKind; }
    QString errorString() const { return m_error; }

    const SourceUrl &url() const { return m_url; }
    bool isPostgres() const { return m_url.kind() == SourceUrl::Kind::PostgreSQL; }
    // A Dealix server (REST API): no database; surfaces read it through restGet().
    bool isRest() const { return m_url.kind() == SourceUrl::Kind::Rest; }
    // The server's client (shared with clones), or null.
    RestClient *rest() const { return m_rest.get(); }
    // A request for this session's tenant: tenant_id is added to the query, the offline cache
    // is keyed by source and tenant, and stopRest() aborts it.
    RestReply restGet(const QString &path, QUrlQuery query = QUrlQuery()) const;
    RestReply restSend(const QByteArray &verb, const QString &path, QUrlQuery query = QUrlQuery(),
                       const QJsonObject &body = QJsonObject()) const;
    // From any thread: aborts the request this session waits for, and every later one until
    // resetRest() (called by a worker before its next task). A no-op for a database.
    void stopRest() const { m_restStop->store(true); }
    void resetRest() const { m_restStop->store(false); }
    // The flag stopRest() sets, for a stopper that outlives a call (StatementStopper).
    std::shared_ptr<std::atomic_bool> restStopFlag() const { return m_restStop; }
    QSqlDatabase database() const;
    const SchemaInfo &schema() const { return m_schema; }
    // An offline review copy: opened read-only, its manifest checked (OfflineStatus::intact).
    bool isOffline() const { return m_offline.isOffline; }
    bool isReadOnly() const { return m_offline.isOffline; }
    const OfflineStatus &offline() const { return m_offline; }
    // Re-reads the catalog, e.g. after the demo generator created the tables.
    bool refreshSchema();

    // Every tenant of the source (tenants is not under row-level security), or why they
    // cannot be listed.
    Result<QList<TenantInfo>> tenants() const;
    // Chooses the tenant by id or slug; with an empty argument the only tenant is chosen,
    // and several tenants are an error that lists them. On PostgreSQL it sets app.tenant_id.
    bool selectTenant(const QString &idOrSlug);
    bool hasTenant() const { return !m_tenant.id.isEmpty(); }
    const TenantInfo &tenant() const { return m_tenant; }
    // Set by selectTenant on PostgreSQL when the tenant's main tables show no row at all: the
    // tenant has no data yet, or row-level security hides it (every figure would read zero).
    // Empty otherwise. The window and the command line say it; a figure never hides it.
    QString visibilityWarning() const { return m_visibilityWarning; }
    QString tenantId() const { return m_tenant.id; }
    // The app.tenant_id the PostgreSQL session runs under (empty on SQLite): a check that
    // row-level security will show this tenant's rows.
    QString rlsTenant() const;
    // Sets app.tenant_id for the session (PostgreSQL; a no-op on SQLite). Used by selectTenant
    // and by writers that work tenant by tenant.
    bool setRlsTenant(const QString &tenantId, QString *error = nullptr);

    // Timestamps are bound in one form on every driver (ISO-8601 UTC with milliseconds), so
    // text comparison on SQLite orders them and PostgreSQL parses them as timestamptz.
    static QString timeText(const QDateTime &t);
    static QVariant timeParam(const QDateTime &t) { return timeText(t); }
    // Reads a UUID column as plain lower-case text, whatever type the driver returns.
    static QString readId(const QVariant &v);
    // Reads a timestamp column as either driver returns it (QDateTime or ISO text), as UTC.
    static QDateTime readTime(const QVariant &v);

private:
    void setSessionDefaults();
    QString visibleRowsWarning(const QString &tenantId) const;
    void fail(ErrorKind kind, const QString &cause);

    SourceUrl m_url;
    QString m_connectionName;
    SchemaInfo m_schema;
    OfflineStatus m_offline;
    TenantInfo m_tenant;
    ErrorKind m_errorKind = ErrorKind::None;
    QString m_error;
    QString m_visibilityWarning;
    std::shared_ptr<RestClient> m_rest;
    std::shared_ptr<std::atomic_bool> m_restStop = std::make_shared<std::atomic_bool>(false);
};
