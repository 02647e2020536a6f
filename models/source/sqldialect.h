#pragma once

#include <QDateTime>
#include <QString>

class Session;

// The few SQL expressions that differ between SQLite and PostgreSQL, so that each surface
// writes its aggregate query once. Column names passed in come from our own code, never from
// input. PostgreSQL casts are written cast(... as ...): "::" would collide with Qt's
// placeholder parsing.
class SqlDialect
{
public:
    explicit SqlDialect(const Session &session);

    bool isPostgres() const { return m_pg; }
    // An enum-like column as upper-case text: native PostgreSQL enums hold upper-case member
    // names, plain string columns lower-case values; comparing upper(text) works for both.
    QString upperText(const QString &column) const;
    QString lowerText(const QString &column) const;
    // A NUMERIC money column as whole halalas (integer, exact).
    QString halalas(const QString &column) const;
    // A timestamp column as whole seconds since the epoch (integer); NULL stays NULL. On SQLite
    // this reads any ISO-8601 text, with or without a zone suffix.
    QString epochSeconds(const QString &column) const;
    // A timestamp column as fixed-width UTC text ("YYYY-MM-DDTHH:MM:SS.fffZ" on SQLite, with
    // microseconds on PostgreSQL), so that text order is time order whatever the stored form;
    // utcText(QDateTime) is a bound value in the same form. Sorting, keyset paging and "as of"
    // comparisons all use this one expression.
    QString utcText(const QString &column) const;
    QString utcText(const QDateTime &t) const;
    // A JSON number at path (keys) in column, or NULL when absent, not a number or not JSON.
    QString jsonNumber(const QString &table, const QString &column, const QStringList &path) const;
    // A JSON string at path in column, or NULL when absent, not a string or not JSON.
    QString jsonText(const QString &table, const QString &column, const QStringList &path) const;
    // Appended to a subquery in FROM whose columns are used many times: SQLite would flatten it
    // and evaluate each expression once per use; "limit -1" keeps it a co-routine that
    // computes every column once per row. Empty on PostgreSQL.
    QString computeOnce() const { return m_pg ? QString() : QStringLiteral(" limit -1"); }
    // The integer type name for casts.
    QString bigint() const { return m_pg ? QStringLiteral("bigint") : QStringLiteral("integer"); }

private:
    const Session &m_session;
    bool m_pg;
};
