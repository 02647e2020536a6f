#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

// Builds a statement and its bound values side by side: each value is appended where its
// placeholder stands, so long aggregate queries keep their parameters in order. Only values
// are bound here; identifiers come from our own code.
class BoundQuery
{
public:
    // Appends text to the statement.
    BoundQuery &operator<<(const QString &text)
    {
        m_sql += text;
        return *this;
    }
    // A placeholder for value, to splice into the statement text.
    QString bind(const QVariant &value)
    {
        m_values << value;
        return QStringLiteral("?");
    }
    const QString &sql() const { return m_sql; }
    const QVariantList &values() const { return m_values; }
    // Prepares and runs the statement on query; false with the driver's message on failure.
    bool exec(QSqlQuery &query, QString *error) const;
    // exec() and the first row, for statements that always return one (an aggregate without
    // GROUP BY): false with the cause when the statement failed, when stepping to the row
    // failed (SQLite reports errors met while computing, e.g. an integer overflow in SUM, there,
    // not at exec()), or when there is no row.
    bool execOne(QSqlQuery &query, QString *error) const;
    // After a loop over query.next(): false with the driver's message when next() stopped on an
    // error rather than at the end of the rows. Every loop over rows ends with this check, so a
    // failure half-way is never read as "no more rows".
    static bool finished(const QSqlQuery &query, QString *error);

private:
    QString m_sql;
    QVariantList m_values;
};

// A database error's reason, never empty: the driver's text, else its native code, else what
// kind of failure it was (a connection lost in the middle of a query gives no text at all).
// The driver's text as DisplayText::reply() gives it: one line, no control characters.
QString sqlErrorText(const QSqlError &error);

// True when SQLite refused because another program holds the database's lock (SQLITE_BUSY or
// SQLITE_LOCKED, plain or extended codes), after the connection's busy timeout ran out. For
// errors of the SQLite driver only: PostgreSQL's native codes are SQLSTATEs.
bool sqliteIsLocked(const QSqlError &error);
