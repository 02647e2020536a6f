#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Which tables and columns a source actually has, read from its catalog once per connection.
// Surfaces ask it before they query, so an absent table becomes "not available from this
// source" and an absent enhanced column falls back to the plain Dealix schema.
class SchemaInfo
{
public:
    // Reads the catalog (sqlite_master/pragma on SQLite, information_schema on PostgreSQL).
    bool detect(QSqlDatabase db, QString *error);

    bool hasTable(const QString &table) const { return m_tables.contains(table); }
    bool hasColumn(const QString &table, const QString &column) const;
    QStringList tables() const;
    QStringList columns(const QString &table) const;
    // The column's type as the catalog names it (PostgreSQL udt_name, SQLite declared type).
    QString columnType(const QString &table, const QString &column) const;
    // True for a PostgreSQL enum (USER-DEFINED) column; such columns are compared as text.
    bool isEnumColumn(const QString &table, const QString &column) const;

private:
    struct Column {
        QString type;
        bool isEnum = false;
    };
    QHash<QString, QHash<QString, Column>> m_tables;
};
