#include "models/approvals/approvalqueue.h"
#include "models/core/displaytext.h"

#include "models/approvals/approvalsla.h"
#include "models/source/boundquery.h"
#include "models/source/sqldialect.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>
#include <climits>
#include <tuple>

namespace {

using ApprovalSla::WarningWindowSec;

// The queue's rank: 0 critical … 3 low, from the request's priority (ApprovalSla::priority).
QString rankExpression(const SchemaInfo &schema, const SqlDialect &sql)
{
    return QStringLiteral("case %1 when 'critical' then 0 when 'high' then 1 when 'low' then 3 "
                          "else 2 end")
        .arg(ApprovalSla::priority(schema, sql));
}

// The queue order as expressions over the table's columns: rank, creation time never NULL (an
// unknown one sorts first), id as text.
QStringList queueOrder(const SchemaInfo &schema, const SqlDialect &sql)
{
    return {rankExpression(schema, sql), sql.earliestIfNull(QStringLiteral("created_at")),
            QStringLiteral("cast(id as text)")};
}

// The queue's rows with their derived columns, for one tenant; %1 is the tenant placeholder.
// lookup: the rows are fetched by primary key (the page's second step): on SQLite the tenant
// condition is kept off the tenant indexes ("+tenant_id"), so that the planner looks the page's
// ids up by key instead of walking the tenant's requests.
QString innerSelect(const Session &session, const SqlDialect &sql, bool lookup = false)
{
    const QString priority = ApprovalSla::priority(session, sql);
    const QString escalation = session.schema().hasColumn(QStringLiteral("approval_requests"),
                                                          QStringLiteral("escalation_level"))
                                   ? QStringLiteral("coalesce(escalation_level, %1, 0)")
                                   : QStringLiteral("coalesce(%1, 0)");
    const QStringList order = queueOrder(session.schema(), sql);
    return QStringLiteral("select id, %1 as pr, %8 as rnk, %2 as cat, resource_type, "
                          "resource_id, channel, requested_by_id, "
                          "%7 as created_at, created_at as ca, %3 as dl, %4 as esc, %5 as st, "
                          "reviewed_by_id, reviewed_at, note, payload "
                          "from approval_requests where %9 = %6")
        .arg(priority, ApprovalSla::category(session, sql),
             ApprovalSla::deadlineSeconds(session, sql),
             escalation.arg(
                 QStringLiteral("cast(%1 as %2)")
                     .arg(sql.jsonNumber(
                              QStringLiteral("approval_requests"), QStringLiteral("payload"),
                              {QStringLiteral("_dealix_sla"), QStringLiteral("escalation_level")}),
                          sql.bigint())),
             sql.lowerText(QStringLiteral("status")), QStringLiteral("%1"),
             // Queue order and paging on a key that is never NULL: a request without a
             // creation time sorts first (its age is unknown); ca keeps the stored value.
             order.at(1), order.at(0),
             lookup && !sql.isPostgres() ? QStringLiteral("+tenant_id")
                                         : QStringLiteral("tenant_id"));
}

// WHERE conditions of a filter over the inner select's columns, binding values in order.
QString conditions(BoundQuery &q, const SqlDialect &sql, const ApprovalQueue::Filter &f,
                   const QDateTime &asOf)
{
    QStringList c;
    if (f.status == QLatin1String("pending")) {
        // Pending as of T: created by then and decided after it, or not at all.
        // Instants on both sides (SqlDialect::timeKey), never stored text.
        const QString t1 = q.bind(sql.timeKey(asOf));
        const QString t2 = q.bind(sql.timeKey(asOf));
        c << QStringLiteral("%1 and (st = 'pending' or (reviewed_at is not null and %2 > %3))")
                 .arg(sql.existedBy(QStringLiteral("created_at"), t1),
                      sql.timeKey(QStringLiteral("reviewed_at")), t2);
    } else if (!f.status.isEmpty() && f.status != QLatin1String("all")) {
        c << QStringLiteral("st = %1").arg(q.bind(f.status));
    }
    if (!f.category.isEmpty())
        c << QStringLiteral("cat = %1").arg(q.bind(f.category));
    if (!f.priority.isEmpty())
        c << QStringLiteral("pr = %1").arg(q.bind(f.priority));
    const qint64 t = asOf.toSecsSinceEpoch();
    if (f.slaState == QLatin1String("breach")) {
        // A deadline that cannot be known (no creation time, no sla_deadline_at) cannot be shown
        // to be met: it counts as breached.
        c << QStringLiteral("(dl is null or dl < %1)").arg(q.bind(t));
    } else if (f.slaState == QLatin1String("warning")) {
        const QString from = q.bind(t);
        const QString to = q.bind(t + WarningWindowSec);
        c << QStringLiteral("dl >= %1 and dl < %2").arg(from, to);
    } else if (f.slaState == QLatin1String("within")) {
        c << QStringLiteral("dl >= %1").arg(q.bind(t + WarningWindowSec));
    }
    const QString term = f.search.trimmed().toLower();
    if (!term.isEmpty()) {
        // A bound LIKE pattern with % and _ escaped: the search text is data, never SQL.
        QString pattern = term;
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        QStringList any;
        for (const QString &column :
             {QStringLiteral("cast(id as text)"), QStringLiteral("resource_type"),
              QStringLiteral("cat"), QStringLiteral("channel"),
              QStringLiteral("coalesce(note, '')")})
            any << QStringLiteral("lower(%1) like %2 escape '\\'").arg(column, q.bind(pattern));
        c << QLatin1Char('(') + any.join(QLatin1String(" or ")) + QLatin1Char(')');
    }
    return c.isEmpty() ? QStringLiteral("1 = 1") : c.join(QLatin1String(" and "));
}

} // namespace

const QStringList &ApprovalQueue::priorities()
{
    static const QStringList list = {QStringLiteral("critical"), QStringLiteral("high"),
                                     QStringLiteral("normal"), QStringLiteral("low")};
    return list;
}

int ApprovalQueue::rankOf(const QString &priority)
{
    const qsizetype i = priorities().indexOf(priority);
    return i < 0 ? 2 : int(i);
}

QString ApprovalQueue::Item::slaState(const QDateTime &now) const
{
    if (status != QLatin1String("pending"))
        return QStringLiteral("decided");
    if (!deadline.isValid())
        return QStringLiteral("breach"); // unknown: cannot be shown to be met
    const qint64 left = now.secsTo(deadline);
    return left < 0                  ? QStringLiteral("breach")
           : left < WarningWindowSec ? QStringLiteral("warning")
                                     : QStringLiteral("within");
}

QStringList ApprovalQueue::orderKeys(const SchemaInfo &schema, const SqlDialect &sql)
{
    // A native PostgreSQL enum cast to text is not immutable (labels can be renamed): no
    // index can hold such an expression, so there is none to advise (the query is the same).
    if (sql.isPostgres() &&
        schema.isEnumColumn(QStringLiteral("approval_requests"), QStringLiteral("priority")))
        return {};
    return queueOrder(schema, sql);
}

ApprovalQueue::Cursor ApprovalQueue::cursorOf(const Item &item)
{
    return {item.rank, item.sortKey, item.id};
}

bool ApprovalQueue::counters(const Session &session, const QDateTime &asOf, Counters *out,
                             QString *error, QString *queryText)
{
    if (session.isRest()) {
        QList<Item> items;
        RestTrace trace;
        if (!restItems(session, Filter(), asOf, &items, error, &trace))
            return false;
        *out = {};
        for (const Item &it : std::as_const(items)) {
            const QString state = it.slaState(asOf);
            ++out->pending;
            out->warning += state == QLatin1String("warning");
            out->breach += state == QLatin1String("breach");
        }
        if (queryText && !trace.calls.isEmpty())
            *queryText = trace.calls.first().endpoint;
        return true;
    }
    const SqlDialect sql(session);
    BoundQuery q;
    const qint64 t = asOf.toSecsSinceEpoch();
    const QString warnFrom = q.bind(t);
    const QString warnTo = q.bind(t + WarningWindowSec);
    const QString breachBefore = q.bind(t);
    const QString tenant = q.bind(session.tenantId());
    Filter pending;
    const QString where = conditions(q, sql, pending, asOf);
    q << QStringLiteral("select count(*), sum(case when dl >= %1 and dl < %2 then 1 else 0 end), "
                        "sum(case when dl is null or dl < %3 then 1 else 0 end) from (%4) p "
                        "where %5")
             .arg(warnFrom, warnTo, breachBefore, innerSelect(session, sql).arg(tenant), where);
    if (queryText)
        *queryText = q.sql();
    QSqlQuery query(session.database());
    if (!q.execOne(query, error))
        return false;
    *out = {};
    out->pending = query.value(0).toInt();
    out->warning = query.value(1).toInt();
    out->breach = query.value(2).toInt();
    return true;
}

bool ApprovalQueue::page(const Session &session, const Filter &filter, const QDateTime &asOf,
                         const Cursor &after, int limit, QList<Item> *out, QString *error,
                         bool withPayload, BoundQuery *statement)
{
    if (session.isRest()) {
        // The whole filtered list, then the rows after the cursor in queue order.
        QList<Item> items;
        if (!restItems(session, filter, asOf, &items, error))
            return false;
        auto key = [](int rank, const QDateTime &at, const QString &id) {
            return std::make_tuple(rank, at.isValid() ? at.toMSecsSinceEpoch() : LLONG_MIN, id);
        };
        out->clear();
        for (const Item &it : std::as_const(items)) {
            if (out->size() >= limit)
                break;
            if (after.isValid() && !(key(it.rank, it.createdAt, it.id) >
                                     key(after.rank, after.createdAt.toDateTime(), after.id)))
                continue;
            out->append(it);
            if (!withPayload)
                out->last().payload = QJsonObject();
        }
        return true;
    }
    const SqlDialect sql(session);
    BoundQuery q;
    // Two steps: the ordered page of ids (only the sort keys and filter columns are computed
    // for the rows walked), then the display columns for those rows alone, by primary key. The
    // first orders by ApprovalQueue::orderKeys, the very expressions of the queue's index
    // (IndexAdvice), so that with the index it walks the index in order and stops at the limit,
    // sorting nothing; the second has no ORDER BY (an ordered lookup by key would sort the page
    // again, SQLite cannot carry a subquery's order out): the rows are put in the first step's
    // order here.
    const QString tenant = q.bind(session.tenantId());
    const QString inner = innerSelect(session, sql).arg(tenant);
    QString where = conditions(q, sql, filter, asOf);
    if (after.isValid()) {
        // Keyset paging: rows strictly after the last one shown, in queue order.
        const QString r1 = q.bind(after.rank);
        const QString r2 = q.bind(after.rank);
        const QString c1 = q.bind(after.createdAt);
        const QString r3 = q.bind(after.rank);
        const QString c2 = q.bind(after.createdAt);
        const QString i1 = q.bind(after.id);
        where +=
            QStringLiteral(
                " and (rnk > %1 or (rnk = %2 and created_at > %3) or (rnk = %4 and created_at = %5 "
                "and cast(id as text) > %6))")
                .arg(r1, r2, c1, r3, c2, i1);
    }
    const QString limitValue = q.bind(limit);
    q << QStringLiteral("select id from (%1) k where %2 order by rnk, created_at, cast(id as text) "
                        "limit %3")
             .arg(inner, where, limitValue);
    if (statement)
        *statement = q;
    QSqlQuery ids(session.database());
    if (!q.exec(ids, error))
        return false;
    QVariantList keys;            // the ids as stored, bound back as read
    QHash<QString, qsizetype> at; // id -> position in the queue order
    while (ids.next()) {
        at.insert(Session::readId(ids.value(0)), keys.size());
        keys << ids.value(0);
    }
    if (!BoundQuery::finished(ids, error))
        return false;
    QList<Item> rows(keys.size());
    QList<bool> filled(keys.size(), false);
    // At most 500 ids per statement (well within either engine's bound-value limit).
    for (qsizetype from = 0; from < keys.size(); from += 500) {
        BoundQuery d;
        const QString outer = innerSelect(session, sql, true).arg(d.bind(session.tenantId()));
        QStringList marks;
        for (qsizetype i = from; i < std::min<qsizetype>(keys.size(), from + 500); ++i)
            marks << d.bind(keys.at(i));
        d << QStringLiteral("select id, pr, rnk, cat, resource_type, resource_id, channel, "
                            "requested_by_id, ca, dl, esc, st, reviewed_by_id, reviewed_at, note, "
                            "%2, %3 from (%1) p where id in (%4)")
                 .arg(outer, withPayload ? QStringLiteral("payload") : QStringLiteral("null"),
                      sql.timeKeyValue(QStringLiteral("created_at")),
                      marks.join(QStringLiteral(", ")));
        QSqlQuery query(session.database());
        if (!d.exec(query, error))
            return false;
        while (query.next()) {
            Item it;
            it.id = Session::readId(query.value(0));
            it.priority = query.value(1).toString();
            it.rank = query.value(2).toInt();
            it.category = query.value(3).toString();
            it.resourceType = query.value(4).toString();
            it.resourceId = Session::readId(query.value(5));
            it.channel = query.value(6).toString();
            it.requestedById = Session::readId(query.value(7));
            it.createdAt = Session::readTime(query.value(8));
            if (!query.value(9).isNull())
                it.deadline = QDateTime::fromSecsSinceEpoch(query.value(9).toLongLong(), Qt::UTC);
            it.escalationLevel = query.value(10).toInt();
            it.status = query.value(11).toString();
            it.reviewedById = Session::readId(query.value(12));
            it.reviewedAt = Session::readTime(query.value(13));
            it.note = query.value(14).toString();
            if (withPayload) {
                const Result<QJsonObject> payload = parsePayload(query.value(15));
                if (payload.ok())
                    it.payload = payload.value();
                else
                    it.payloadError = payload.error();
            }
            it.sortKey = query.value(16);
            const qsizetype i = at.value(it.id, -1);
            if (i >= 0 && !filled.at(i)) {
                rows[i] = it;
                filled[i] = true;
            }
        }
        if (!BoundQuery::finished(query, error))
            return false;
    }
    out->clear();
    // A row removed between the two steps is left out (never shown out of place).
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (filled.at(i))
            out->append(rows.at(i));
    }
    return true;
}

bool ApprovalQueue::count(const Session &session, const Filter &filter, const QDateTime &asOf,
                          qint64 *total, QString *error)
{
    if (session.isRest()) {
        QList<Item> items;
        if (!restItems(session, filter, asOf, &items, error))
            return false;
        *total = items.size();
        return true;
    }
    const SqlDialect sql(session);
    BoundQuery q;
    const QString tenant = q.bind(session.tenantId());
    const QString inner = innerSelect(session, sql).arg(tenant);
    const QString where = conditions(q, sql, filter, asOf);
    q << QStringLiteral("select count(*) from (%1) p where %2").arg(inner, where);
    QSqlQuery query(session.database());
    if (!q.execOne(query, error))
        return false;
    *total = query.value(0).toLongLong();
    return true;
}

Result<QJsonObject> ApprovalQueue::payload(const Session &session, const QString &id)
{
    if (session.isRest())
        return Failure{tr("not available over the Dealix API: an approval item carries its "
                          "priority, category, escalation and age, not its payload (no approval "
                          "packet)")};
    BoundQuery q;
    const QString tenant = q.bind(session.tenantId());
    const QString request = q.bind(id);
    q << QStringLiteral("select payload from approval_requests where tenant_id = %1 and id = %2")
             .arg(tenant, request);
    QSqlQuery query(session.database());
    QString error;
    if (!q.exec(query, &error))
        return Failure{error};
    if (!query.next())
        return Failure{
            BoundQuery::finished(query, &error)
                ? tr("approval request %1 is not in this tenant").arg(DisplayText::plain(id))
                : error};
    return parsePayload(query.value(0));
}

Result<QJsonObject> ApprovalQueue::parsePayload(const QVariant &stored)
{
    const QByteArray text = stored.toString().toUtf8().trimmed();
    if (stored.isNull() || text.isEmpty())
        return QJsonObject();
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parse);
    if (parse.error != QJsonParseError::NoError)
        return Failure{tr("the payload is not valid JSON (%1 at character %L2)")
                           .arg(parse.errorString())
                           .arg(parse.offset)};
    if (!doc.isObject())
        return Failure{tr("the payload is JSON but not an object")};
    return doc.object();
}

Result<QStringList> ApprovalQueue::categories(const Session &session)
{
    if (session.isRest()) {
        Filter all;
        all.status = QStringLiteral("all");
        QList<Item> items;
        QString error;
        if (!restItems(session, all, QDateTime::currentDateTimeUtc(), &items, &error))
            return Failure{error};
        QStringList out;
        for (const Item &it : std::as_const(items))
            if (!out.contains(it.category))
                out << it.category;
        out.sort();
        return out;
    }
    const SqlDialect sql(session);
    BoundQuery q;
    const QString tenant = q.bind(session.tenantId());
    q << QStringLiteral("select distinct cat from (%1) p order by cat")
             .arg(innerSelect(session, sql).arg(tenant));
    QSqlQuery query(session.database());
    QStringList out;
    QString error;
    if (!q.exec(query, &error))
        return Failure{error};
    while (query.next())
        out << query.value(0).toString();
    if (!BoundQuery::finished(query, &error))
        return Failure{error};
    return out;
}

Result<QHash<QString, QString>> ApprovalQueue::userNames(const Session &session)
{
    QHash<QString, QString> names;
    // The API names no user: a request shows its requester's id.
    if (session.isRest())
        return names;
    // A source without the users table or its name columns has no names to give (ids are
    // shown); a query that fails is a failure, said as such.
    const SchemaInfo &schema = session.schema();
    QStringList columns;
    for (const QString &c : {QStringLiteral("full_name"), QStringLiteral("email")})
        if (schema.hasColumn(QStringLiteral("users"), c))
            columns << c;
    if (!schema.hasColumn(QStringLiteral("users"), QStringLiteral("tenant_id")) ||
        columns.isEmpty())
        return names;
    BoundQuery q;
    const QString tenant = q.bind(session.tenantId());
    q << QStringLiteral("select id, %1 from users where tenant_id = %2")
             .arg(columns.size() == 1
                      ? columns.first()
                      : QStringLiteral("coalesce(%1)").arg(columns.join(QLatin1String(", "))),
                  tenant);
    QSqlQuery query(session.database());
    QString error;
    if (!q.exec(query, &error))
        return Failure{error};
    while (query.next())
        names.insert(Session::readId(query.value(0)), query.value(1).toString());
    if (!BoundQuery::finished(query, &error))
        return Failure{error};
    return names;
}

bool ApprovalQueue::history(const Session &session, const QString &id, QList<AuditEntry> *out,
                            QString *error, int limit, bool *truncated)
{
    out->clear();
    if (truncated)
        *truncated = false;
    if (session.isRest()) {
        if (error)
            *error = tr("not available over the Dealix API: the API keeps no history of a "
                        "request");
        return false;
    }
    if (!session.schema().hasTable(QStringLiteral("audit_logs")))
        return true;
    const SqlDialect sql(session);
    BoundQuery q;
    const QString tenant = q.bind(session.tenantId());
    const QString entity = q.bind(id);
    // One more than asked: whether older entries exist. Newest first here, reversed below. The
    // actor's name from the same tenant only.
    const QString rows = q.bind(limit + 1);
    q << QStringLiteral("select a.created_at, %4, cast(a.action as text), a.changes "
                        "from audit_logs a where a.tenant_id = %1 and a.entity_type = "
                        "'approval_request' and a.entity_id = %2 "
                        "order by %5 desc, cast(a.id as text) desc limit %3")
             .arg(
                 tenant, entity, rows,
                 QStringLiteral("coalesce(%1, '')")
                     .arg(sql.userName(QStringLiteral("a.user_id"), QStringLiteral("a.tenant_id"))),
                 sql.earliestIfNull(QStringLiteral("a.created_at")));
    QSqlQuery query(session.database());
    if (!q.exec(query, error))
        return false;
    while (query.next())
        out->append({Session::readTime(query.value(0)), query.value(1).toString(),
                     query.value(2).toString(), query.value(3).toString()});
    if (!BoundQuery::finished(query, error))
        return false;
    if (out->size() > limit) {
        out->removeLast();
        if (truncated)
            *truncated = true;
    }
    std::reverse(out->begin(), out->end());
    return true;
}
