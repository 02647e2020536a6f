#include "models/source/schemainfo.h"

#include "models/core/logging.h"
#include "models/source/boundquery.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

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
        // One statement for every table's columns (the table-valued pragma function), rather
        // than one pragma per table: the catalog read is part of every start-up.
        if (!q.exec(QStringLiteral(
                "select m.name as table_name, p.name as column_name, p.type as column_type "
                "from sqlite_master as m join pragma_table_info(m.name) as p "
                "where m.type = 'table' and m.name not like 'sqlite_%' order by m.name, p.cid"))) {
            if (error)
                *error = sqlErrorText(q.lastError());
            return false;
        }
        const QSqlRecord rec = q.record();
        const int tableField = rec.indexOf(QStringLiteral("table_name"));
        const int columnField = rec.indexOf(QStringLiteral("column_name"));
        const int typeField = rec.indexOf(QStringLiteral("column_type"));
        while (q.next())
            m_tables[q.value(tableField).toString()].insert(
                q.value(columnField).toString(), Column{q.value(typeField).toString(), false});
        if (q.lastError().isValid()) {
            if (error)
                *error = sqlErrorText(q.lastError());
            return false;
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
