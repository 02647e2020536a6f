#include "models/source/indexadvice.h"

#include "models/approvals/approvalqueue.h"
#include "models/source/boundquery.h"
#include "models/source/dealixschema.h"
#include "models/source/schemainfo.h"
#include "models/source/session.h"
#include "models/source/sqldialect.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// One index of the source as its catalog describes it.
struct Existing {
    QString name;
    QStringList keys;    // key columns in order; an expression key is an empty string
    QStringList columns; // keys and INCLUDE columns
    QStringList terms;   // every key as IndexAdvice::normalizedTerm, expressions included
    bool valid = true;   // PostgreSQL: indisvalid, indisready and indislive
    bool usable = true;  // valid, not partial, btree, the BINARY collation (SQLite) on every key
};

// The terms of a column list, split at the commas outside parentheses and string literals.
QStringList splitTerms(const QString &list)
{
    QStringList out;
    int depth = 0;
    bool literal = false;
    QString current;
    for (const QChar c : list) {
        if (c == QLatin1Char('\'')) {
            literal = !literal;
        } else if (!literal && c == QLatin1Char('(')) {
            ++depth;
        } else if (!literal && c == QLatin1Char(')')) {
            --depth;
        } else if (!literal && depth == 0 && c == QLatin1Char(',')) {
            out << current;
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        out << current;
    return out;
}

// The key terms of a SQLite CREATE INDEX statement (the parenthesised list after ON table).
QStringList sqliteIndexTerms(const QString &createSql)
{
    static const QRegularExpression on(QStringLiteral("\\bon\\s+[\"`\\[]?\\w+[\"`\\]]?\\s*\\("),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = on.match(createSql);
    if (!m.hasMatch())
        return {};
    int depth = 1;
    bool literal = false;
    const qsizetype from = m.capturedEnd();
    for (qsizetype i = from; i < createSql.size(); ++i) {
        const QChar c = createSql.at(i);
        if (c == QLatin1Char('\''))
            literal = !literal;
        else if (!literal && c == QLatin1Char('('))
            ++depth;
        else if (!literal && c == QLatin1Char(')') && --depth == 0)
            return splitTerms(createSql.mid(from, i - from));
    }
    return {};
}

bool serves(const Existing &index, const IndexAdvice::Entry &entry, const QStringList &terms)
{
    if (!index.usable)
        return false;
    if (!entry.expressionKeys.isEmpty()) {
        // An expression entry: the index's leading keys are the entry's terms, as the engine
        // writes them.
        if (index.terms.size() < terms.size())
            return false;
        for (qsizetype i = 0; i < terms.size(); ++i) {
            if (index.terms.at(i) != terms.at(i))
                return false;
        }
        return true;
    }
    if (index.keys.size() < entry.keys.size())
        return false;
    for (qsizetype i = 0; i < entry.keys.size(); ++i) {
        if (index.keys.at(i) != entry.keys.at(i))
            return false;
    }
    for (const QString &c : entry.cover) {
        if (!index.columns.contains(c))
            return false;
    }
    return true;
}

// Every index of the table, each said usable or not (Existing). The table name comes from the
// catalogue and is bound all the same.
Result<QList<Existing>> existingIndexes(const Session &session, const QString &table)
{
    QSqlQuery q(session.database());
    BoundQuery b;
    if (session.isPostgres()) {
        // indkey lists the key columns first (indnkeyatts of them), then the INCLUDE ones; an
        // expression is attribute number 0. Invalid or unready indexes (a CONCURRENTLY build
        // that failed or is under way), partial ones and other access methods than btree (BRIN,
        // GIN, bloom cannot answer the ordered, covering reads) serve nothing here.
        b << QStringLiteral(
                 "select ic.relname, k.ord, k.ord <= x.indnkeyatts, a.attname, "
                 "pg_get_indexdef(x.indexrelid, cast(k.ord as int), true), x.indisvalid and "
                 "x.indisready and x.indislive, x.indpred is null and am.amname = 'btree' "
                 "from pg_index x join pg_class t on t.oid = x.indrelid join pg_class ic on "
                 "ic.oid = x.indexrelid join pg_am am on am.oid = ic.relam "
                 "join pg_namespace n on n.oid = t.relnamespace "
                 "cross join lateral unnest(cast(x.indkey as int2[])) with ordinality as "
                 "k(attnum, ord) left join pg_attribute a on a.attrelid = t.oid and a.attnum = "
                 "k.attnum and k.attnum > 0 where n.nspname = current_schema() and t.relname = "
                 "%1 order by ic.relname, k.ord")
                 .arg(b.bind(table));
    } else {
        // index_xinfo: key = 1 for the declared columns (in order), cid -2 an expression, -1
        // the rowid. Partial indexes, and keys in another collation than BINARY (the queries
        // compare with the column's own collation), serve nothing here.
        b << QStringLiteral("select l.name, x.seqno, x.key, x.name, (select m.sql from "
                            "sqlite_master m where m.type = 'index' and m.name = l.name), 1, "
                            "l.partial = 0 and upper(coalesce(x.coll, 'BINARY')) = 'BINARY' from "
                            "pragma_index_list(%1) l "
                            "join pragma_index_xinfo(l.name) x where x.key = 1 "
                            "order by l.name, x.seqno")
                 .arg(b.bind(table));
    }
    QString error;
    if (!b.exec(q, &error))
        return Failure{error};
    QList<Existing> out;
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (out.isEmpty() || out.last().name != name) {
            out.append({name, {}, {}, {}, true, true});
            // SQLite: the terms as the index's CREATE statement writes them (an automatic
            // index has no statement: its keys are plain columns).
            if (!session.isPostgres() && !q.value(4).isNull()) {
                for (const QString &t : sqliteIndexTerms(q.value(4).toString()))
                    out.last().terms << IndexAdvice::normalizedTerm(t);
            }
        }
        out.last().valid = out.last().valid && q.value(5).toBool();
        out.last().usable = out.last().usable && out.last().valid && q.value(6).toBool();
        const QString column = q.value(3).isNull() ? QString() : q.value(3).toString();
        if (q.value(2).toBool()) {
            out.last().keys << column;
            if (session.isPostgres())
                out.last().terms << IndexAdvice::normalizedTerm(q.value(4).toString());
            else if (q.value(4).isNull())
                out.last().terms << IndexAdvice::normalizedTerm(column);
        }
        out.last().columns << column;
    }
    if (!BoundQuery::finished(q, &error))
        return Failure{error};
    return out;
}

// An expression entry's key terms as this PostgreSQL server writes them (pg_get_indexdef), so
// that they compare with an existing index's whatever the spelling: the same index built on an
// empty temporary copy of the table's columns, inside a transaction that is rolled back. Where
// that cannot be done (a standby, no TEMPORARY privilege), the entry's own text.
QStringList pgRenderedTerms(const Session &session, const IndexAdvice::Entry &entry)
{
    QStringList own;
    for (const QString &k : entry.keys)
        own << IndexAdvice::normalizedTerm(k);
    QSqlDatabase db = session.database();
    if (!db.transaction())
        return own;
    QSqlQuery q(db);
    const QString probe = QStringLiteral("dealix_index_probe");
    QStringList terms;
    for (const QString &k : entry.keys)
        terms << (entry.expressionKeys.contains(k) ? QStringLiteral("(%1)").arg(k) : k);
    QStringList rendered;
    // Names from the catalogue, never from input.
    if (q.exec(QStringLiteral("create temporary table %1 (like %2)").arg(probe, entry.table)) &&
        q.exec(QStringLiteral("create index %1_ix on %1 (%2)")
                   .arg(probe, terms.join(QStringLiteral(", ")))) &&
        q.exec(QStringLiteral("select pg_get_indexdef(cast('%1_ix' as regclass), k, true) from "
                              "generate_series(1, %2) k order by k")
                   .arg(probe)
                   .arg(terms.size()))) {
        while (q.next())
            rendered << IndexAdvice::normalizedTerm(q.value(0).toString());
    }
    q.finish();
    db.rollback();
    return rendered.size() == terms.size() ? rendered : own;
}

} // namespace

QString IndexAdvice::normalizedTerm(const QString &term)
{
    static const QRegularExpression asc(QStringLiteral("\\s+asc\\s*$"),
                                        QRegularExpression::CaseInsensitiveOption);
    QString text = term.trimmed();
    text.remove(asc);
    QString out;
    bool literal = false;
    for (const QChar c : std::as_const(text)) {
        if (c == QLatin1Char('\''))
            literal = !literal;
        if (literal || c == QLatin1Char('\'')) {
            out += c;
            continue;
        }
        if (c.isSpace() || c == QLatin1Char('"'))
            continue;
        out += c.toLower();
    }
    // Enclosing parentheses (one pair around the whole term) say nothing.
    for (;;) {
        if (!out.startsWith(QLatin1Char('(')) || !out.endsWith(QLatin1Char(')')))
            break;
        int depth = 0;
        bool whole = true;
        bool lit = false;
        for (qsizetype i = 0; i < out.size(); ++i) {
            const QChar c = out.at(i);
            if (c == QLatin1Char('\''))
                lit = !lit;
            else if (!lit && c == QLatin1Char('('))
                ++depth;
            else if (!lit && c == QLatin1Char(')') && --depth == 0 && i + 1 < out.size()) {
                whole = false;
                break;
            }
        }
        if (!whole)
            break;
        out = out.mid(1, out.size() - 2);
    }
    return out;
}

QList<IndexAdvice::Entry> IndexAdvice::catalogue()
{
    // Designed with EXPLAIN QUERY PLAN / EXPLAIN on the statements each surface runs (README
    // "Indexes"): the leading columns are what the statements compare with bound values, the
    // rest what they read, so that SQLite and PostgreSQL answer from the index alone.
    return {
        {QStringLiteral("ix_deals_figures"), QStringLiteral("deals"), words("tenant_id stage"),
         words("currency closed_at created_at value probability expected_close_date"),
         words("executive-room forecast weekly-review partner-pipeline"),
         tr("Reads every deal figure (stage, value, probability, dates) from the index alone: "
            "revenue, pipeline and forecast without reading the deals themselves.")},
        {QStringLiteral("ix_deals_tenant_closed"),
         QStringLiteral("deals"),
         words("tenant_id closed_at"),
         {},
         words("weekly-review forecast"),
         tr("Finds the deals closed in a period.")},
        {QStringLiteral("ix_deals_tenant_created"),
         QStringLiteral("deals"),
         words("tenant_id created_at"),
         {},
         words("weekly-review"),
         tr("Finds the deals created in a period.")},
        {QStringLiteral("ix_leads_consent"), QStringLiteral("leads"), words("tenant_id status"),
         words("created_at id"), words("compliance executive-room check weekly-review"),
         tr("Reads the tenant's leads by status from the index alone (the consent coverage "
            "check).")},
        {QStringLiteral("ix_approvals_queue"),
         QStringLiteral("approval_requests"),
         words("tenant_id status created_at"),
         {},
         words("approval-center"),
         tr("Lists the tenant's requests by status, oldest first (the approval queue).")},
        {QStringLiteral("ix_approvals_queue_rank"),
         QStringLiteral("approval_requests"),
         words("tenant_id"),
         {},
         words("approval-center"),
         tr("Gives the approval queue's first page in queue order (priority rank, age, id) "
            "without sorting the tenant's requests: an index on the order's own expressions."),
         &ApprovalQueue::orderKeys},
        {QStringLiteral("ix_approvals_figures"), QStringLiteral("approval_requests"),
         words("tenant_id status"),
         words("created_at reviewed_at updated_at sla_deadline_at reviewed_by_id id"),
         words("executive-room approval-center compliance check"),
         tr("Counts pending, due and breached requests and checks decisions from the index "
            "alone.")},
        {QStringLiteral("ix_approvals_reviewed"),
         QStringLiteral("approval_requests"),
         words("tenant_id reviewed_at"),
         {},
         words("weekly-review"),
         tr("Finds the decisions taken in a period.")},
        {QStringLiteral("ix_approvals_resource"),
         QStringLiteral("approval_requests"),
         words("resource_id"),
         {},
         words("policy-violations"),
         tr("Finds the requests about one deal or document.")},
        {QStringLiteral("ix_users_tenant"),
         QStringLiteral("users"),
         words("tenant_id"),
         {},
         words("approval-center compliance check"),
         tr("Finds the tenant's users and names.")},
        {QStringLiteral("ix_controls_tenant"),
         QStringLiteral("compliance_controls"),
         words("tenant_id control_id"),
         {},
         words("executive-room compliance"),
         tr("Reads the tenant's compliance controls in order.")},
        {QStringLiteral("ix_contradictions_tenant"),
         QStringLiteral("contradictions"),
         words("tenant_id status"),
         {},
         words("executive-room risk-heatmap compliance"),
         tr("Counts the tenant's contradictions by status.")},
        {QStringLiteral("ix_profiles_tenant"),
         QStringLiteral("company_profiles"),
         words("tenant_id"),
         {},
         words("risk-heatmap"),
         tr("Finds the tenant's company profile.")},
        {QStringLiteral("ix_strategic_tenant"),
         QStringLiteral("strategic_deals"),
         words("tenant_id status"),
         {},
         words("executive-room partner-pipeline"),
         tr("Reads the tenant's strategic deals by status.")},
        {QStringLiteral("ix_packs_tenant"),
         QStringLiteral("evidence_packs"),
         words("tenant_id status"),
         {},
         words("executive-room evidence-packs"),
         tr("Counts the tenant's evidence packs by status.")},
        {QStringLiteral("ix_consents_lead"),
         QStringLiteral("consents"),
         words("tenant_id lead_id"),
         {},
         words("compliance check"),
         tr("Finds a tenant's consents of one lead.")},
        {QStringLiteral("ix_consents_lead_cover"), QStringLiteral("consents"), words("lead_id"),
         words("tenant_id status opted_in_at"), words("compliance executive-room check"),
         tr("Tells from the index alone whether a lead has a valid consent.")},
        {QStringLiteral("ix_pdpl_consents_cover"), QStringLiteral("pdpl_consents"),
         words("tenant_id contact_id"),
         words("status created_at expires_at granted_at purpose channel id"),
         words("compliance executive-room check"),
         tr("Reads the PDPL consents (status, purpose, channel, dates) from the index alone: "
            "the consent checks without reading the consents themselves.")},
        {QStringLiteral("ix_pdpl_audit_cover"), QStringLiteral("pdpl_consent_audit"),
         words("consent_id"), words("tenant_id action"), words("compliance executive-room check"),
         tr("Tells from the index alone whether a consent has audit rows and a revocation.")},
        {QStringLiteral("ix_pdpl_requests_tenant"),
         QStringLiteral("pdpl_data_requests"),
         words("tenant_id status"),
         {},
         words("compliance check"),
         tr("Reads the tenant's data subject requests.")},
        {QStringLiteral("ix_audit_entity"),
         QStringLiteral("audit_logs"),
         words("tenant_id entity_type entity_id"),
         {},
         words("approval-center evidence-packs"),
         tr("Finds the audit trail of one request or pack.")},
        {QStringLiteral("ix_audit_entity_id"),
         QStringLiteral("audit_logs"),
         words("tenant_id entity_id"),
         {},
         words("compliance check"),
         tr("Tells whether a decision or resolution was audited.")},
        {QStringLiteral("ix_audit_created"),
         QStringLiteral("audit_logs"),
         words("tenant_id created_at"),
         {},
         words("weekly-review"),
         tr("Finds the audit entries of a period.")},
    };
}

bool IndexAdvice::applicable(const Entry &entry, const SchemaInfo &schema, Dialect dialect,
                             Entry *out)
{
    if (!schema.hasTable(entry.table))
        return false;
    for (const QString &k : entry.keys) {
        if (!schema.hasColumn(entry.table, k))
            return false;
    }
    Entry e = entry;
    e.cover.clear();
    for (const QString &c : entry.cover) {
        if (schema.hasColumn(entry.table, c))
            e.cover << c;
    }
    if (entry.expressions) {
        const SqlDialect sql(schema, dialect == Dialect::PostgreSQL);
        e.expressionKeys = entry.expressions(schema, sql);
        if (e.expressionKeys.isEmpty())
            return false; // no index can hold them on this schema
        e.keys += e.expressionKeys;
    }
    *out = e;
    return true;
}

IndexAdvice::Entry IndexAdvice::plainDealix(const Entry &entry, QStringList *leftOut)
{
    Entry e = entry;
    if (const DealixSchema::Table *t = DealixSchema::find(entry.table)) {
        e.cover.clear();
        for (const QString &c : entry.cover) {
            if (t->optionalColumns.contains(c)) {
                if (leftOut)
                    *leftOut << c;
            } else {
                e.cover << c;
            }
        }
    }
    return e;
}

QString IndexAdvice::Status::state() const
{
    if (present)
        return QStringLiteral("present");
    if (conflict.isEmpty())
        return QStringLiteral("missing");
    return conflictInvalid ? QStringLiteral("invalid") : QStringLiteral("different");
}

QString IndexAdvice::ddl(const Status &status, Dialect dialect, bool concurrently)
{
    const QString create = ddl(status.entry, dialect, concurrently);
    if (status.present || status.conflict.isEmpty())
        return create;
    // The name is the catalogue's (status.entry.name equals it), never the source's text.
    const bool pg = dialect == Dialect::PostgreSQL;
    return QStringLiteral("DROP INDEX %1IF EXISTS %2;\n%3")
        .arg(pg && concurrently ? QStringLiteral("CONCURRENTLY ") : QString(), status.entry.name,
             create);
}

QString IndexAdvice::ddl(const Entry &entry, Dialect dialect, bool concurrently)
{
    // Names, columns and expressions come from the catalogue above, never from input. An
    // expression key is written in parentheses (PostgreSQL requires them around any expression
    // that is not a function call).
    QStringList keys;
    for (const QString &k : entry.keys)
        keys << (entry.expressionKeys.contains(k) ? QStringLiteral("(%1)").arg(k) : k);
    if (dialect == Dialect::SQLite)
        return QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2 (%3);")
            .arg(entry.name, entry.table, (keys + entry.cover).join(QStringLiteral(", ")));
    QString text = QStringLiteral("CREATE INDEX %1IF NOT EXISTS %2 ON %3 (%4)")
                       .arg(concurrently ? QStringLiteral("CONCURRENTLY ") : QString(), entry.name,
                            entry.table, keys.join(QStringLiteral(", ")));
    if (!entry.cover.isEmpty())
        text += QStringLiteral(" INCLUDE (%1)").arg(entry.cover.join(QStringLiteral(", ")));
    return text + QLatin1Char(';');
}

Result<QList<IndexAdvice::Status>> IndexAdvice::detect(const Session &session)
{
    QList<Status> out;
    QHash<QString, QList<Existing>> byTable;
    for (const Entry &entry : catalogue()) {
        Status s;
        if (!applicable(entry, session.schema(),
                        session.isPostgres() ? Dialect::PostgreSQL : Dialect::SQLite, &s.entry))
            continue;
        if (!byTable.contains(entry.table)) {
            const Result<QList<Existing>> found = existingIndexes(session, entry.table);
            if (!found.ok())
                return Failure{
                    tr("Cannot read the indexes of %1: %2").arg(entry.table, found.error())};
            byTable.insert(entry.table, found.value());
        }
        QStringList terms;
        if (!s.entry.expressionKeys.isEmpty()) {
            if (session.isPostgres()) {
                terms = pgRenderedTerms(session, s.entry);
            } else {
                for (const QString &k : std::as_const(s.entry.keys))
                    terms << normalizedTerm(k);
            }
        }
        for (const Existing &index : byTable.value(entry.table)) {
            if (serves(index, s.entry, terms)) {
                s.present = true;
                s.presentAs = index.name;
                break;
            }
        }
        if (!s.present) {
            for (const Existing &index : byTable.value(entry.table)) {
                if (index.name.compare(entry.name, Qt::CaseInsensitive) == 0) {
                    s.conflict = index.name;
                    s.conflictInvalid = !index.valid;
                }
            }
        }
        out << s;
    }
    return out;
}

bool IndexAdvice::create(QSqlDatabase db, QString *error)
{
    SchemaInfo schema;
    if (!schema.detect(db, error))
        return false;
    const Dialect dialect =
        db.driverName() == QLatin1String("QPSQL") ? Dialect::PostgreSQL : Dialect::SQLite;
    QSqlQuery q(db);
    for (const Entry &entry : catalogue()) {
        Entry e;
        if (!applicable(entry, schema, dialect, &e))
            continue;
        if (!q.exec(ddl(e, dialect, false))) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(e.name, sqlErrorText(q.lastError()));
            return false;
        }
    }
    return true;
}
