#pragma once

#include "models/core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class SchemaInfo;
class Session;
class SqlDialect;

// The indexes the app's queries need (README "Indexes"), in one catalogue: the files the app
// writes (demo databases, offline copies) get them; for a Dealix PostgreSQL database the app
// creates nothing and advises them instead (`dealix-desk indexes`, the Data source surface).
// Presence is told from the catalog by columns, never by name: any valid, non-partial index of
// the table whose leading key columns are the entry's keys, in order, and which holds every
// covering column (as a key or an INCLUDE column) serves the same queries. An expression entry
// (a key that must be a function of columns, e.g. the approval queue's rank) is told by its
// expressions: compared as the engine itself writes them (SQLite: the index's CREATE text;
// PostgreSQL: pg_get_indexdef, against the same server's rendering of the entry's expressions),
// with case and white space outside string literals ignored.
class IndexAdvice
{
    Q_DECLARE_TR_FUNCTIONS(IndexAdvice)
public:
    enum class Dialect { SQLite, PostgreSQL };
    struct Entry {
        QString name;         // stable: the name the app gives it
        QString table;        // a Dealix table
        QStringList keys;     // leading key columns, in order (all must exist to apply)
        QStringList cover;    // further columns it holds so that queries read the index alone
                              // (dropped where the source lacks them)
        QStringList surfaces; // surface ids (and "check" for the command) it speeds up
        QString why;          // translated: what it serves
        // Expression keys after the column keys, built for the source's schema and dialect by
        // the code that writes the queries (the index must hold the queries' very expressions);
        // nullptr for a plain column index. applicable() fills expressionKeys from it.
        QStringList (*expressions)(const SchemaInfo &schema, const SqlDialect &sql) = nullptr;
        QStringList expressionKeys = {};
    };
    // Every recommended index, in a stable order.
    static QList<Entry> catalogue();
    // The entry as it applies to a schema: covering columns the source lacks left out; false
    // when the table or a key column is missing (nothing is advised then).
    // An expression entry also gets its expressions for the schema and dialect.
    static bool applicable(const Entry &entry, const SchemaInfo &schema, Dialect dialect,
                           Entry *out);
    // An index key term (column or expression) as compared: case and white space outside string
    // literals, identifier quotes, enclosing parentheses and a trailing ASC dropped.
    static QString normalizedTerm(const QString &term);
    // The DDL of an entry. SQLite: CREATE INDEX IF NOT EXISTS with every column as a key.
    // PostgreSQL: the keys, the covering columns as INCLUDE; with concurrently (advice for a live
    // database) CREATE INDEX CONCURRENTLY IF NOT EXISTS, which must run outside a transaction.
    static QString ddl(const Entry &entry, Dialect dialect, bool concurrently);
    // Without a source: the entry with only the columns a plain Dealix schema has (the enhanced
    // covering columns, e.g. approval_requests.sla_deadline_at, left out and listed in leftOut),
    // so that its DDL runs on any Dealix database.
    static Entry plainDealix(const Entry &entry, QStringList *leftOut = nullptr);

    struct Status {
        Entry entry;          // as it applies to the source
        bool present = false; // an index of the source serves it
        QString presentAs;    // that index's name
        // Not present, but an index with the entry's name exists and cannot serve it: invalid
        // (PostgreSQL: a failed CONCURRENTLY build, not ready) or defined differently (other
        // columns, partial, not btree, another collation). CREATE ... IF NOT EXISTS would skip
        // it, so its DDL drops it first.
        QString conflict;
        bool conflictInvalid = false;
        // "present", "missing", "invalid" or "different" (JSON, text).
        QString state() const;
    };
    // The DDL that makes the index serve: ddl(), after DROP INDEX [CONCURRENTLY] IF EXISTS of a
    // same-named index that does not serve.
    static QString ddl(const Status &status, Dialect dialect, bool concurrently);
    // For the open source: each catalogue index that applies to its schema, present or missing.
    static Result<QList<Status>> detect(const Session &session);
    // Creates every applicable catalogue index in a database the app writes itself (demo
    // database, offline copy, test fixtures); never called on a Dealix database.
    static bool create(QSqlDatabase db, QString *error);
};
