#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The Dealix schema as DDL (resources/sql/sqlite.sql and postgresql.sql, tables, types and
// policies; the indexes from IndexAdvice's catalogue) and its application to an empty database.
namespace Ddl {
// The DDL script for the database's driver (QSQLITE or QPSQL).
QString script(const QSqlDatabase &db);
// The SQLite DDL, which is also the app's catalogue of tables and columns (DealixSchema).
QString sqliteScript();
// Splits a script into statements at top-level semicolons (not inside quotes, comments or
// $$-quoted bodies).
QStringList splitStatements(const QString &script);
enum class Part {
    All,
    Tables,  // everything but the indexes (bulk loads index afterwards)
    Indexes, // only the indexes: the catalogue's (IndexAdvice) that apply to the tables
};
// Creates the tables, types, policies and/or indexes in one transaction.
bool apply(QSqlDatabase db, QString *error, Part part = Part::All);
} // namespace Ddl
