#include "models/source/writeback.h"
#include "models/core/displaytext.h"
#include "models/source/restwrites.h"

#include "models/source/boundquery.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

const QStringList &WriteBack::deciderRoles()
{
    static const QStringList roles = {QStringLiteral("owner"), QStringLiteral("admin"),
                                      QStringLiteral("manager")};
    return roles;
}

const QStringList &WriteBack::adminRoles()
{
    static const QStringList roles = {QStringLiteral("owner"), QStringLiteral("admin")};
    return roles;
}

WriteBack::Lookup WriteBack::findActor(const Session &session, const QString &email,
                                       const QStringList &roles, TenantActor *out, QString *message)
{
    if (session.isReadOnly()) {
        *message = tr("This is an offline review copy: it is read-only.");
        return Lookup::Refused;
    }
    // Over the Dealix API the token's owner acts, whoever is named: the server checks.
    if (session.isRest()) {
        *out = RestWrites::tokenOwner(session);
        return Lookup::Found;
    }
    BoundQuery q;
    const QString tenant = q.bind(session.tenantId());
    const QString address = q.bind(email.trimmed().toLower());
    q << QStringLiteral(
             "select id, email, coalesce(full_name, email), lower(coalesce(role, 'agent')), "
             "is_active from users where tenant_id = %1 and lower(email) = %2")
             .arg(tenant, address);
    QSqlQuery query(session.database());
    if (!q.exec(query, message))
        return Lookup::Failed;
    if (!query.next()) {
        if (!BoundQuery::finished(query, message))
            return Lookup::Failed;
        *message = tr("%1 is not a user of tenant %2.")
                       .arg(DisplayText::plain(email), DisplayText::plain(session.tenant().slug));
        return Lookup::Refused;
    }
    const TenantActor a{Session::readId(query.value(0)), query.value(1).toString(),
                        query.value(2).toString(), query.value(3).toString()};
    if (!isActive(query.value(4))) {
        *message = tr("%1 is not an active user.").arg(DisplayText::plain(email));
        return Lookup::Refused;
    }
    if (!roles.contains(a.role)) {
        *message = tr("%1 has the role %2; this needs %3.")
                       .arg(DisplayText::plain(email), DisplayText::plain(a.role),
                            roles.join(QStringLiteral(", ")));
        return Lookup::Refused;
    }
    *out = a;
    return Lookup::Found;
}

bool WriteBack::isActive(const QVariant &value)
{
    // Only an explicit true acts: NULL (never set) and anything unreadable do not.
    if (value.isNull())
        return false;
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    const QString text = value.toString().trimmed().toLower();
    return text == QLatin1String("1") || text == QLatin1String("true") ||
           text == QLatin1String("t");
}

Result<QList<TenantActor>> WriteBack::actors(const Session &session, const QStringList &roles)
{
    QList<TenantActor> out;
    if (session.isRest())
        return QList<TenantActor>{RestWrites::tokenOwner(session)};
    BoundQuery q;
    const QString tenant = q.bind(session.tenantId());
    QStringList marks;
    for (const QString &r : roles)
        marks << q.bind(r);
    q << QStringLiteral("select id, email, coalesce(full_name, email), lower(role), is_active "
                        "from users where tenant_id = %1 and lower(role) in (%2) order by email")
             .arg(tenant, marks.join(QStringLiteral(", ")));
    QSqlQuery query(session.database());
    QString error;
    if (!q.exec(query, &error))
        return Failure{error};
    while (query.next()) {
        if (!isActive(query.value(4)))
            continue;
        out.append({Session::readId(query.value(0)), query.value(1).toString(),
                    query.value(2).toString(), query.value(3).toString()});
    }
    if (!BoundQuery::finished(query, &error))
        return Failure{error};
    return out;
}

bool WriteBack::insertAudit(QSqlDatabase &db, const Session &session, const QString &userId,
                            const QString &action, const QString &entityType,
                            const QString &entityId, const QJsonObject &changes,
                            const QDateTime &at, QString *error)
{
    BoundQuery audit;
    const QString when = Session::timeText(at);
    const QString id = audit.bind(QUuid::createUuid().toString(QUuid::WithoutBraces));
    const QString c1 = audit.bind(when);
    const QString c2 = audit.bind(when);
    const QString tenant = audit.bind(session.tenantId());
    const QString user = audit.bind(userId.isEmpty() ? QVariant() : QVariant(userId));
    const QString act = audit.bind(action);
    const QString type = audit.bind(entityType);
    const QString entity = audit.bind(entityId);
    const QString change =
        audit.bind(QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)));
    audit << QStringLiteral("insert into audit_logs (id, created_at, updated_at, tenant_id, "
                            "user_id, action, entity_type, entity_id, changes) values (%1, %2, "
                            "%3, %4, %5, %6, %7, %8, %9)")
                 .arg(id, c1, c2, tenant, user, act, type, entity, change);
    QSqlQuery insert(db);
    return audit.exec(insert, error);
}

WriteTransaction::WriteTransaction(const QSqlDatabase &db)
    : m_db(db)
{
    m_open = m_db.transaction();
    if (!m_open)
        m_error = sqlErrorText(m_db.lastError());
}

WriteTransaction::~WriteTransaction()
{
    if (m_open)
        m_db.rollback();
}

bool WriteTransaction::commit(QString *error)
{
    if (!m_open) {
        *error = m_error;
        return false;
    }
    m_open = false;
    if (m_db.commit())
        return true;
    *error = sqlErrorText(m_db.lastError());
    m_db.rollback();
    return false;
}
