#pragma once

#include "models/source/session.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QVariantMap>

#include <catch2/catch.hpp>

#include <memory>

// Loads hand-written fixture rows: one row per call, tenant by tenant, with ids made up from a
// counter, created_at defaulting to 2026-01-05 08:00 UTC (or, after undatedByDefault(), to NULL,
// as Dealix's nullable created_at allows), and columns the source lacks left out.
namespace FixtureLoader {

inline QString T(const char *iso)
{
    return Session::timeText(QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate));
}

inline QString T(const QDateTime &t)
{
    return Session::timeText(t);
}

class Loader
{
public:
    Loader(Session &s, QString *error)
        : m_s(s)
        , m_error(error)
    {}
    // Inserts a row; columns the source does not have (the plain schema) are left out.
    bool row(const QString &table, QVariantMap values)
    {
        if (!m_ok)
            return false;
        ++m_counter;
        if (!values.contains(QStringLiteral("id")))
            values.insert(QStringLiteral("id"), QStringLiteral("%1-0000-4000-8000-%2")
                                                    .arg(m_counter, 8, 16, QLatin1Char('0'))
                                                    .arg(m_counter, 12, 16, QLatin1Char('0')));
        values.insert(QStringLiteral("created_at"),
                      values.value(QStringLiteral("created_at"),
                                   m_undated ? QVariant() : QVariant(T("2026-01-05T08:00:00Z"))));
        values.insert(QStringLiteral("updated_at"), values.value(QStringLiteral("created_at")));
        if (table != QLatin1String("tenants"))
            values.insert(QStringLiteral("tenant_id"), m_tenant);
        QStringList cols;
        QStringList marks;
        QVariantList binds;
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            if (!m_s.schema().hasColumn(table, it.key()))
                continue;
            cols << it.key();
            marks << QStringLiteral("?");
            binds << it.value();
        }
        QSqlQuery q(m_s.database());
        q.prepare(QStringLiteral("insert into %1 (%2) values (%3)")
                      .arg(table, cols.join(QLatin1String(", ")), marks.join(QLatin1String(", "))));
        for (const QVariant &v : std::as_const(binds))
            q.addBindValue(v);
        if (!q.exec()) {
            *m_error = table + QStringLiteral(": ") + q.lastError().text();
            m_ok = false;
        }
        return m_ok;
    }
    bool tenant(const char *id, const QString &slug)
    {
        m_tenant = QString::fromLatin1(id);
        if (!m_s.setRlsTenant(m_tenant, m_error))
            return m_ok = false;
        return row(QStringLiteral("tenants"),
                   {{QStringLiteral("id"), m_tenant},
                    {QStringLiteral("name"), QStringLiteral("Tenant ") + slug},
                    {QStringLiteral("name_ar"), QStringLiteral("مستأجر ") + slug},
                    {QStringLiteral("slug"), slug}}) &&
               row(QStringLiteral("users"),
                   {{QStringLiteral("id"), user()},
                    {QStringLiteral("email"), slug + QStringLiteral("@x.sa")},
                    {QStringLiteral("password_hash"), QStringLiteral("x")},
                    {QStringLiteral("role"), QStringLiteral("owner")}});
    }
    // Goes back to a tenant loaded earlier (rows appended to a fixture after its other tenants).
    bool use(const char *id)
    {
        m_tenant = QString::fromLatin1(id);
        if (m_ok && !m_s.setRlsTenant(m_tenant, m_error))
            m_ok = false;
        return m_ok;
    }
    // Rows loaded from now on that name no created_at get none (NULL created_at and updated_at):
    // Dealix sets both in Python, its columns are nullable and have no server default.
    void undatedByDefault(bool on) { m_undated = on; }
    QString user() const { return QString(m_tenant).replace(0, 1, QLatin1Char('e')); }
    bool ok() const { return m_ok; }

private:
    Session &m_s;
    QString *m_error;
    QString m_tenant;
    int m_counter = 0;
    bool m_ok = true;
    bool m_undated = false;
};

// Ends a fixture's load: commits what the loader wrote (or rolls it back after a failure) and
// leaves the session without a tenant for the tests to choose.
inline bool finish(Session &session, const Loader &loader, QString *error)
{
    if (!loader.ok()) {
        session.database().rollback();
        return false;
    }
    if (!session.database().commit()) {
        *error = session.database().lastError().text();
        return false;
    }
    return session.setRlsTenant(QString(), error);
}

// A new SQLite file in dir, loaded by load(session, &error); Catch2 REQUIREs on failure.
template <typename Load>
std::unique_ptr<Session> openSqlite(const QTemporaryDir &dir, const QString &file, Load load)
{
    auto s = std::make_unique<Session>();
    REQUIRE(s->open(SourceUrl::sqlite(dir.filePath(file)), Session::OpenMode::AllowEmpty));
    QString error;
    const bool loaded = load(*s, &error);
    INFO(error.toStdString());
    REQUIRE(loaded);
    return s;
}

} // namespace FixtureLoader
