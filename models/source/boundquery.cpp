#include "models/source/boundquery.h"

#include <QCoreApplication>
#include <QSqlError>

bool BoundQuery::exec(QSqlQuery &query, QString *error) const
{
    query.setForwardOnly(true);
    // PostgreSQL sums of bigint are numeric: read them as exact text, not as doubles.
    query.setNumericalPrecisionPolicy(QSql::HighPrecision);
    if (!query.prepare(m_sql)) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    for (const QVariant &v : m_values)
        query.addBindValue(v);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

bool BoundQuery::execOne(QSqlQuery &query, QString *error) const
{
    if (!exec(query, error))
        return false;
    if (query.next())
        return true;
    if (error)
        *error = query.lastError().isValid()
                     ? query.lastError().text()
                     : QCoreApplication::translate("BoundQuery", "The source returned no row.");
    return false;
}

bool BoundQuery::finished(const QSqlQuery &query, QString *error)
{
    if (!query.lastError().isValid())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}
