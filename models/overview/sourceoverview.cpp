#include "models/overview/sourceoverview.h"

#include "models/core/csvwriter.h"
#include "models/core/displaytext.h"
#include "models/source/boundquery.h"
#include "models/source/dealixschema.h"
#include "models/source/indexadvice.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

bool SourceOverview::compute(const Session &session, const QDateTime &asOf, SourceOverview *out,
                             QString *error)
{
    if (session.isRest())
        return computeRest(session, asOf, out, error);
    SourceOverview o;
    o.source = session.url().toDisplayString();
    o.driver = session.isPostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
    o.tenant = session.tenant();
    o.rlsTenant = session.rlsTenant();
    o.generatedAt = QDateTime::currentDateTimeUtc();
    o.asOf = asOf;
    const SchemaInfo &schema = session.schema();

    // One statement counts the tenant's rows in every present tenant-scoped table. The table
    // names come from our catalogue; the tenant id is bound once per branch.
    QStringList parts;
    QList<qsizetype> counted;
    const QList<DealixSchema::Table> &catalogue = DealixSchema::tables();
    for (qsizetype i = 0; i < catalogue.size(); ++i) {
        const DealixSchema::Table &t = catalogue.at(i);
        TableStatus st;
        st.table = t.name;
        st.present = schema.hasTable(t.name);
        st.optional = t.optional;
        st.tenantScoped = t.tenantScoped;
        st.missingColumns = DealixSchema::missingColumns(schema, t);
        for (const QString &c : t.optionalColumns) {
            if (schema.hasColumn(t.name, c))
                st.enhancedColumns << c;
        }
        if (st.present && st.tenantScoped &&
            schema.hasColumn(t.name, QStringLiteral("tenant_id"))) {
            parts << QStringLiteral("select %1, count(*) from %2 where tenant_id = ?")
                         .arg(i)
                         .arg(t.name);
            counted << i;
        }
        if (!st.present && !st.optional)
            o.warnings << tr("Table %1 is missing: the surfaces that read it say so.").arg(t.name);
        o.tables << st;
    }
    if (!parts.isEmpty() && session.hasTenant()) {
        o.query = parts.join(QLatin1String(" union all "));
        QSqlQuery q(session.database());
        q.setForwardOnly(true);
        if (!q.prepare(o.query)) {
            if (error)
                *error = sqlErrorText(q.lastError());
            return false;
        }
        for (qsizetype k = 0; k < counted.size(); ++k)
            q.addBindValue(session.tenantId());
        if (!q.exec()) {
            if (error)
                *error = sqlErrorText(q.lastError());
            return false;
        }
        // Dealix's RLS covers the tenant tables but not users or the pdpl_* tables.
        static const QStringList notUnderRls = {
            QStringLiteral("users"), QStringLiteral("pdpl_consents"),
            QStringLiteral("pdpl_consent_audit"), QStringLiteral("pdpl_data_requests")};
        qint64 rlsRows = 0;
        while (q.next()) {
            const int idx = q.value(0).toInt();
            o.tables[idx].rows = q.value(1).toLongLong();
            if (!notUnderRls.contains(o.tables[idx].table))
                rlsRows += o.tables[idx].rows;
        }
        if (!BoundQuery::finished(q, error))
            return false;
        // Forced row-level security shows nothing to a session without the right
        // app.tenant_id: zero rows in every RLS table on PostgreSQL is a configuration error.
        if (session.isPostgres() && rlsRows == 0)
            o.warnings
                << tr("PostgreSQL shows this tenant no rows at all. Row-level security may be "
                      "hiding them: the session's app.tenant_id is \"%1\".")
                       .arg(DisplayText::plain(o.rlsTenant));
    }
    // The recommended indexes the source lacks (read from its catalog; nothing is created).
    // A catalog that cannot be read is said, never shown as "nothing missing".
    const Result<QList<IndexAdvice::Status>> indexes = IndexAdvice::detect(session);
    o.indexesChecked = indexes.ok();
    if (!indexes.ok()) {
        o.indexesError = indexes.error();
        o.warnings << indexes.error();
    } else {
        const IndexAdvice::Dialect dialect =
            session.isPostgres() ? IndexAdvice::Dialect::PostgreSQL : IndexAdvice::Dialect::SQLite;
        for (const IndexAdvice::Status &s : indexes.value()) {
            if (s.present)
                continue;
            o.missingIndexes.append({s.entry.name, s.entry.table, s.entry.keys + s.entry.cover,
                                     s.entry.surfaces, s.entry.why,
                                     IndexAdvice::ddl(s, dialect, session.isPostgres()), s.conflict,
                                     s.conflictInvalid});
        }
    }
    *out = o;
    return true;
}

QString SourceOverview::missingIndexText() const
{
    if (missingIndexes.isEmpty())
        return {};
    QStringList lines;
    // Names, columns and surface ids are left-to-right identifiers inside a sentence that may
    // run right to left: each is isolated, and each line starts with words of the language so
    // that its direction is the language's.
    lines << tr("%n recommended index(es) missing (%1 prints them):", nullptr,
                int(missingIndexes.size()))
                 .arg(DisplayText::isolate(QStringLiteral("dealix-desk indexes --format sql")));
    // What each index serves in the current language (the catalogue's text; the stored one
    // for a name it no longer has).
    QHash<QString, QString> why;
    for (const IndexAdvice::Entry &e : IndexAdvice::catalogue())
        why.insert(e.name, e.why);
    for (const MissingIndex &m : missingIndexes) {
        QString line = tr("Index %1 on %2 (%3): %4 Speeds up: %5.")
                           .arg(DisplayText::isolate(m.name), DisplayText::isolate(m.table),
                                DisplayText::isolate(m.columns.join(QStringLiteral(", "))),
                                why.value(m.name, m.why),
                                DisplayText::isolate(m.surfaces.join(QStringLiteral(", "))));
        if (!m.existing.isEmpty())
            line += QLatin1Char(' ') +
                    (m.existingInvalid
                         ? tr("An index named %1 exists but is invalid: the SQL drops it first.")
                         : tr("An index named %1 exists with another definition: the SQL drops "
                              "it first."))
                        .arg(DisplayText::isolate(m.existing));
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

QJsonObject SourceOverview::toJson() const
{
    QJsonArray tableArray;
    for (const TableStatus &t : tables) {
        QJsonObject o{
            {QStringLiteral("table"), t.table},
            {QStringLiteral("present"), t.present},
            {QStringLiteral("optional"), t.optional},
            {QStringLiteral("tenant_scoped"), t.tenantScoped},
            {QStringLiteral("rows"), t.rows < 0 ? QJsonValue() : QJsonValue(double(t.rows))},
            {QStringLiteral("missing_columns"), QJsonArray::fromStringList(t.missingColumns)},
            {QStringLiteral("enhanced_columns"), QJsonArray::fromStringList(t.enhancedColumns)}};
        tableArray.append(o);
    }
    QJsonArray missing;
    for (const MissingIndex &m : missingIndexes)
        missing.append(QJsonObject{
            {QStringLiteral("name"), m.name},
            {QStringLiteral("table"), m.table},
            {QStringLiteral("columns"), QJsonArray::fromStringList(m.columns)},
            {QStringLiteral("surfaces"), QJsonArray::fromStringList(m.surfaces)},
            {QStringLiteral("why"), m.why},
            {QStringLiteral("ddl"), m.ddl},
            {QStringLiteral("state"), m.existing.isEmpty() ? QStringLiteral("missing")
                                      : m.existingInvalid  ? QStringLiteral("invalid")
                                                           : QStringLiteral("different")},
            {QStringLiteral("existing_index"),
             m.existing.isEmpty() ? QJsonValue() : QJsonValue(m.existing)}});
    QJsonObject out{
        {QStringLiteral("source"), source},
        {QStringLiteral("driver"), driver},
        {QStringLiteral("tenant"), QJsonObject{{QStringLiteral("id"), tenant.id},
                                               {QStringLiteral("slug"), tenant.slug},
                                               {QStringLiteral("name"), tenant.name},
                                               {QStringLiteral("name_ar"), tenant.nameAr}}},
        {QStringLiteral("tables"), tableArray},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
        {QStringLiteral("missing_indexes"), indexesChecked ? QJsonValue(missing) : QJsonValue()},
        {QStringLiteral("provenance"),
         QJsonObject{
             {QStringLiteral("generated_at"), generatedAt.toString(Qt::ISODateWithMs)},
             {QStringLiteral("generated_by"), QStringLiteral("dealix-desk " DEALIX_VERSION)},
             {QStringLiteral("source"), source},
             {QStringLiteral("tenant_id"), tenant.id},
             {QStringLiteral("as_of"), asOf.toUTC().toString(Qt::ISODate)},
             {QStringLiteral("app_tenant_id"), rlsTenant},
             {QStringLiteral("query"), query}}},
    };
    if (isRest) {
        QJsonArray endpoints;
        for (const RestEndpoint &e : restEndpoints)
            endpoints.append(QJsonObject{
                {QStringLiteral("surface"), e.surface},
                {QStringLiteral("route"), e.route},
                {QStringLiteral("endpoint"), e.endpoint},
                {QStringLiteral("ok"), e.ok},
                {QStringLiteral("error"), e.ok ? QJsonValue() : QJsonValue(e.result)},
                {QStringLiteral("elapsed_ms"), double(e.elapsedMs)},
                {QStringLiteral("requested_at"), e.requestedAt.toString(Qt::ISODateWithMs)},
                {QStringLiteral("server_generated_at"),
                 e.serverGeneratedAt.isEmpty() ? QJsonValue() : QJsonValue(e.serverGeneratedAt)}});
        QJsonArray reads;
        for (const auto &[surface, routes] : restRoutes())
            reads.append(
                QJsonObject{{QStringLiteral("surface"), surface},
                            {QStringLiteral("routes"), QJsonArray::fromStringList(routes)}});
        out.insert(QStringLiteral("rest"),
                   QJsonObject{{QStringLiteral("api_line"),
                                apiLine.isEmpty() ? QJsonValue() : QJsonValue(apiLine)},
                               {QStringLiteral("surfaces"), reads},
                               {QStringLiteral("endpoints"), endpoints}});
        QJsonObject prov = out.value(QStringLiteral("provenance")).toObject();
        prov.insert(QStringLiteral("rest"), rest.toJson());
        out.insert(QStringLiteral("provenance"), prov);
    }
    return out;
}

QByteArray SourceOverview::toCsv() const
{
    CsvWriter csv;
    if (isRest) {
        // Over a Dealix server: one row per route asked (there are no tables to list).
        csv.addRow({QStringLiteral("surface"), QStringLiteral("route"), QStringLiteral("ok"),
                    QStringLiteral("elapsed_ms"), QStringLiteral("error")});
        for (const RestEndpoint &e : restEndpoints)
            csv.addRow({e.surface, e.route, e.ok ? QStringLiteral("true") : QStringLiteral("false"),
                        CsvWriter::number(e.elapsedMs), e.result});
        return csv.data();
    }
    csv.addRow({QStringLiteral("table"), QStringLiteral("present"), QStringLiteral("optional"),
                QStringLiteral("rows"), QStringLiteral("missing_columns"),
                QStringLiteral("enhanced_columns")});
    for (const TableStatus &t : tables) {
        csv.addRow({t.table, t.present ? QStringLiteral("true") : QStringLiteral("false"),
                    t.optional ? QStringLiteral("true") : QStringLiteral("false"),
                    t.rows < 0 ? CsvWriter::Cell() : CsvWriter::number(t.rows),
                    t.missingColumns.join(QLatin1Char(' ')),
                    t.enhancedColumns.join(QLatin1Char(' '))});
    }
    return csv.data();
}
