#pragma once

#include "models/core/result.h"
#include "models/source/session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// What every write-back shares (README "Rules: Writing back"): who acts, and the audit_logs row
// that goes into the same transaction as the change.
struct TenantActor {
    QString id;
    QString email;
    QString name;
    QString role; // lower case
};

class WriteBack
{
    Q_DECLARE_TR_FUNCTIONS(WriteBack)
public:
    enum class Lookup { Found, Refused, Failed };

    // Roles: owner, admin, manager decide approvals, review packs and resolve contradictions;
    // owner and admin disable connectors and write compliance results.
    static const QStringList &deciderRoles();
    static const QStringList &adminRoles();

    // The tenant's active user with this e-mail (case-insensitive) whose role is one of roles.
    // Refused: message says why (not a user, inactive, wrong role); Failed: the query failed.
    static Lookup findActor(const Session &session, const QString &email, const QStringList &roles,
                            TenantActor *out, QString *message);
    // users.is_active as a write-back reads it: only true (1, 't', 'true') is active; NULL is not.
    static bool isActive(const QVariant &value);
    // The tenant's active users with one of roles, by e-mail, for the GUI's "acting as" list.
    static Result<QList<TenantActor>> actors(const Session &session, const QStringList &roles);

    // Inserts the audit_logs row of a change, inside the caller's transaction. userId may be
    // empty (a system action, e.g. an unattended probe run).
    static bool insertAudit(QSqlDatabase &db, const Session &session, const QString &userId,
                            const QString &action, const QString &entityType,
                            const QString &entityId, const QJsonObject &changes,
                            const QDateTime &at, QString *error);
};

// The transaction of one write-back: rolled back when it goes out of scope uncommitted, so an
// early return can never leave half a change behind.
class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;
    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }
    QSqlDatabase &database() { return m_db; }
    // Commits; a failed COMMIT is rolled back so the connection is left clean.
    bool commit(QString *error);

private:
    QSqlDatabase m_db;
    bool m_open = false;
    QString m_error;
};
