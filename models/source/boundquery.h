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

private:
    QString m_sql;
    QVariantList m_values;
};

// A database error's reason, never empty: the driver's text, else its native code, else what
// kind of failure it was (a connection lost in the middle of a query gives no text at all).
QString sqlErrorText(const QSqlError &error);
