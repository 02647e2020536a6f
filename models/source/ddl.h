#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The Dealix schema as DDL (resources/sql/sqlite.sql and postgresql.sql) and its application
// to an empty database.
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
    Tables,  // everything but the CREATE INDEX statements (bulk loads index afterwards)
    Indexes, // only the CREATE INDEX statements
};
// Creates the tables, types, policies and/or indexes in one transaction.
bool apply(QSqlDatabase db, QString *error, Part part = Part::All);
} // namespace Ddl
