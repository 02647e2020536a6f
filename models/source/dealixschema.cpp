#include "models/source/dealixschema.h"

#include "models/source/ddl.h"
#include "models/source/schemainfo.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace DealixSchema {

namespace {

// The catalogue is read from the SQLite DDL itself (loaded into an in-memory database once),
// so the table and column lists exist in one place only: resources/sql/sqlite.sql.
QList<Table> loadCatalogue()
{
    static const QStringList optionalTables = {
        QStringLiteral("revenue_targets"), QStringLiteral("risks"),
        QStringLiteral("connector_probes"), QStringLiteral("compliance_scan_results")};
    static const QHash<QString, QStringList> optionalColumns = {
        {QStringLiteral("approval_requests"),
         {QStringLiteral("priority"), QStringLiteral("category"), QStringLiteral("escalation_level"),
          QStringLiteral("sla_deadline_at")}},
        {QStringLiteral("leads"),
         {QStringLiteral("company_name"), QStringLiteral("sector"), QStringLiteral("city")}},
        {QStringLiteral("pdpl_data_requests"),
         {QStringLiteral("completed_at"), QStringLiteral("details")}},
        // Line A names the column pack_metadata, Line B metadata.
        {QStringLiteral("evidence_packs"), {QStringLiteral("pack_metadata")}},
    };
    QList<Table> out;
    const QString name = QStringLiteral("dealix-schema-catalogue");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        QString error;
        if (db.open() && Ddl::apply(db, &error, Ddl::Part::Tables)) {
            SchemaInfo info;
            info.detect(db, &error);
            // Keep the DDL's order (dependencies first), not alphabetical order.
            QSqlQuery q(db);
            q.exec(QStringLiteral("select name from sqlite_master where type = 'table' order by rowid"));
            while (q.next()) {
                Table t;
                t.name = q.value(0).toString();
                t.optional = optionalTables.contains(t.name);
                t.tenantScoped = info.hasColumn(t.name, QStringLiteral("tenant_id"));
                t.optionalColumns = optionalColumns.value(t.name);
                for (const QString &c : info.columns(t.name)) {
                    if (!t.optionalColumns.contains(c))
                        t.columns << c;
                }
                out << t;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

} // namespace

const QList<Table> &tables()
{
    static const QList<Table> catalogue = loadCatalogue();
    return catalogue;
}

const Table *find(const QString &name)
{
    for (const Table &t : tables()) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

QStringList missingColumns(const SchemaInfo &schema, const Table &table)
{
    QStringList missing;
    if (!schema.hasTable(table.name))
        return missing;
    for (const QString &c : table.columns) {
        if (!schema.hasColumn(table.name, c))
            missing << c;
    }
    return missing;
}

} // namespace DealixSchema
