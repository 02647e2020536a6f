#include "models/source/schemainfo.h"

#include "models/core/logging.h"
#include "models/source/boundquery.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

bool SchemaInfo::detect(QSqlDatabase db, QString *error)
{
    m_tables.clear();
    QSqlQuery q(db);
    if (db.driverName() == QLatin1String("QPSQL")) {
        if (!q.exec(QStringLiteral(
                "select table_name, column_name, udt_name, data_type from "
                "information_schema.columns "
                "where table_schema = current_schema() order by table_name, ordinal_position"))) {
            if (error)
                *error = sqlErrorText(q.lastError());
            return false;
        }
        while (q.next()) {
            Column c;
            c.type = q.value(2).toString();
            c.isEnum = q.value(3).toString() == QLatin1String("USER-DEFINED");
            m_tables[q.value(0).toString()].insert(q.value(1).toString(), c);
        }
        // A catalog read that stops half-way is an error, not a smaller schema.
        if (q.lastError().isValid()) {
            if (error)
                *error = sqlErrorText(q.lastError());
            return false;
        }
    } else {
        if (!q.exec(QStringLiteral("select name from sqlite_master where type = 'table' and name "
                                   "not like 'sqlite_%'"))) {
            if (error)
                *error = sqlErrorText(q.lastError());
            return false;
        }
        QStringList names;
        while (q.next())
            names << q.value(0).toString();
        if (q.lastError().isValid()) {
            if (error)
                *error = sqlErrorText(q.lastError());
            return false;
        }
        for (const QString &table : std::as_const(names)) {
            // The table name comes from the catalog, not from input; quoted all the same.
            QSqlQuery cols(db);
            const QString quoted = db.driver()->escapeIdentifier(table, QSqlDriver::TableName);
            if (!cols.exec(QStringLiteral("pragma table_info(%1)").arg(quoted))) {
                if (error)
                    *error = sqlErrorText(cols.lastError());
                return false;
            }
            auto &entry = m_tables[table];
            while (cols.next())
                entry.insert(cols.value(1).toString(), Column{cols.value(2).toString(), false});
            if (cols.lastError().isValid()) {
                if (error)
                    *error = sqlErrorText(cols.lastError());
                return false;
            }
        }
    }
    qCDebug(lcSource) << "schema:" << m_tables.size() << "tables";
    return true;
}

bool SchemaInfo::hasColumn(const QString &table, const QString &column) const
{
    const auto it = m_tables.constFind(table);
    return it != m_tables.constEnd() && it->contains(column);
}

QStringList SchemaInfo::tables() const
{
    QStringList list = m_tables.keys();
    std::sort(list.begin(), list.end());
    return list;
}

QStringList SchemaInfo::columns(const QString &table) const
{
    QStringList list = m_tables.value(table).keys();
    std::sort(list.begin(), list.end());
    return list;
}

QString SchemaInfo::columnType(const QString &table, const QString &column) const
{
    return m_tables.value(table).value(column).type;
}

bool SchemaInfo::isEnumColumn(const QString &table, const QString &column) const
{
    return m_tables.value(table).value(column).isEnum;
}
