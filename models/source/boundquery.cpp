#include "models/source/boundquery.h"

#include "models/core/displaytext.h"

#include <QCoreApplication>
#include <QSqlError>

bool BoundQuery::exec(QSqlQuery &query, QString *error) const
{
    query.setForwardOnly(true);
    // PostgreSQL sums of bigint are numeric: read them as exact text, not as doubles.
    query.setNumericalPrecisionPolicy(QSql::HighPrecision);
    if (!query.prepare(m_sql)) {
        if (error)
            *error = sqlErrorText(query.lastError());
        return false;
    }
    for (const QVariant &v : m_values)
        query.addBindValue(v);
    if (!query.exec()) {
        if (error)
            *error = sqlErrorText(query.lastError());
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
                     ? sqlErrorText(query.lastError())
                     : QCoreApplication::translate("BoundQuery", "The source returned no row.");
    return false;
}

bool BoundQuery::finished(const QSqlQuery &query, QString *error)
{
    if (!query.lastError().isValid())
        return true;
    if (error)
        *error = sqlErrorText(query.lastError());
    return false;
}

bool sqliteIsLocked(const QSqlError &e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().trimmed().toInt(&ok);
    // Extended result codes keep the primary code in their low byte (SQLITE_BUSY_SNAPSHOT is
    // 517 = 5 + 2 * 256).
    return ok && ((code & 0xff) == 5 || (code & 0xff) == 6);
}

QString sqlErrorText(const QSqlError &e)
{
    // The driver's words may quote a value (a path, an id): one line, no control characters.
    const QString text = DisplayText::reply(e.text().trimmed());
    if (!text.isEmpty())
        return text;
    if (!e.nativeErrorCode().trimmed().isEmpty())
        return QCoreApplication::translate("BoundQuery", "database error %1")
            .arg(e.nativeErrorCode().trimmed());
    if (e.type() == QSqlError::ConnectionError)
        return QCoreApplication::translate("BoundQuery", "the connection to the database failed");
    return QCoreApplication::translate("BoundQuery",
                                       "the database gave no reason (the connection to it may "
                                       "have been lost)");
}
