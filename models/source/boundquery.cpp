#include "models/source/boundquery.h"

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
