#include "models/source/dealixschema.h"

#include "models/source/ddl.h"
#include "models/source/schemainfo.h"

#include <QHash>

#include <algorithm>

namespace DealixSchema {

namespace {

// The catalogue is read from the SQLite DDL itself, so the table and column lists exist in one
// place only: resources/sql/sqlite.sql. That file is ours and regular (one CREATE TABLE per
// statement, one column definition per top-level comma), so a small parser reads it; parsing
// the text costs far less at start-up than loading it into an in-memory database.
QStringList splitTopLevel(const QString &body)
{
    QStringList parts;
    int depth = 0;
    QString current;
    for (const QChar c : body) {
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')'))
            --depth;
        if (c == QLatin1Char(',') && depth == 0) {
            parts << current.trimmed();
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.trimmed().isEmpty())
        parts << current.trimmed();
    return parts;
}

QList<Table> loadCatalogue()
{
    static const QStringList optionalTables = {
        QStringLiteral("revenue_targets"), QStringLiteral("risks"),
        QStringLiteral("connector_probes"), QStringLiteral("compliance_scan_results")};
    static const QHash<QString, QStringList> optionalColumns = {
        {QStringLiteral("approval_requests"),
         {QStringLiteral("priority"), QStringLiteral("category"),
          QStringLiteral("escalation_level"), QStringLiteral("sla_deadline_at")}},
        {QStringLiteral("leads"),
         {QStringLiteral("company_name"), QStringLiteral("sector"), QStringLiteral("city")}},
        // Sources written by earlier versions of this app lack Dealix's requested_at,
        // response_data, handled_by and notes; PDPL-C04/C05 then count from created_at.
        {QStringLiteral("pdpl_data_requests"),
         {QStringLiteral("requested_at"), QStringLiteral("completed_at"),
          QStringLiteral("response_data"), QStringLiteral("handled_by"), QStringLiteral("notes")}},
        {QStringLiteral("pdpl_consents"),
         {QStringLiteral("granted_at"), QStringLiteral("revoked_at"), QStringLiteral("ip_address"),
          QStringLiteral("consent_text")}},
        // Line A names the column pack_metadata, Line B metadata.
        {QStringLiteral("evidence_packs"), {QStringLiteral("pack_metadata")}},
    };
    static const QStringList constraintWords = {QStringLiteral("UNIQUE"), QStringLiteral("PRIMARY"),
                                                QStringLiteral("CHECK"), QStringLiteral("FOREIGN"),
                                                QStringLiteral("CONSTRAINT")};
    QList<Table> out;
    const QString prefix = QStringLiteral("CREATE TABLE IF NOT EXISTS ");
    for (const QString &statement : Ddl::splitStatements(Ddl::sqliteScript())) {
        if (!statement.startsWith(prefix, Qt::CaseInsensitive))
            continue;
        const qsizetype open = statement.indexOf(QLatin1Char('('));
        const qsizetype close = statement.lastIndexOf(QLatin1Char(')'));
        if (open < 0 || close < open)
            continue;
        Table t;
        t.name = statement.mid(prefix.size(), open - prefix.size()).trimmed();
        t.optional = optionalTables.contains(t.name);
        t.optionalColumns = optionalColumns.value(t.name);
        QStringList all;
        for (const QString &def : splitTopLevel(statement.mid(open + 1, close - open - 1))) {
            const QString word = def.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
            if (!word.isEmpty() && !constraintWords.contains(word.toUpper()))
                all << word;
        }
        t.tenantScoped = all.contains(QStringLiteral("tenant_id"));
        for (const QString &c : std::as_const(all)) {
            if (!t.optionalColumns.contains(c))
                t.columns << c;
        }
        std::sort(t.columns.begin(), t.columns.end());
        out << t;
    }
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

QStringList otherShapeColumns(const QString &table)
{
    if (table == QLatin1String("evidence_packs"))
        return {QStringLiteral("title_en"),       QStringLiteral("decision_type"),
                QStringLiteral("sources"),        QStringLiteral("metadata"),
                QStringLiteral("approved_by_id"), QStringLiteral("approved_at"),
                QStringLiteral("created_by_id")};
    return {};
}

} // namespace DealixSchema
