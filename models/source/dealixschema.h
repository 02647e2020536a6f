#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class SchemaInfo;

// What this app knows of the Dealix schema (README "Rules: Dealix schema" and the app's optional
// tables): each table, whether Dealix itself has it, whether it is tenant-scoped, and the
// columns this app may read. Surfaces and the source overview compare a live source with it.
namespace DealixSchema {

struct Table {
    QString name;
    bool optional = false;       // our optional tables: revenue_targets, risks, ...
    bool tenantScoped = true;    // has tenant_id
    QStringList columns;         // columns the app reads
    QStringList optionalColumns; // enhanced columns the app uses when present
};

const QList<Table> &tables();
const Table *find(const QString &name);
// Columns of the table the app expects but the source lacks (optional columns excluded).
QStringList missingColumns(const SchemaInfo &schema, const Table &table);
// Columns of the other shape a Dealix table has on one migration line (README "Rules: Dealix
// schema": the 20260416 evidence_packs), which the app reads when they are there.
QStringList otherShapeColumns(const QString &table);

} // namespace DealixSchema
