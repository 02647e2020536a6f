#include "models/approvals/approvalsla.h"

#include "models/source/session.h"
#include "models/source/sqldialect.h"

#include <QStringList>

namespace ApprovalSla {

bool hasDeadlineColumn(const Session &session)
{
    return session.schema().hasColumn(QStringLiteral("approval_requests"),
                                      QStringLiteral("sla_deadline_at"));
}

QString deadlineSeconds(const Session &session, const SqlDialect &sql)
{
    const QString hours =
        sql.jsonNumber(QStringLiteral("approval_requests"), QStringLiteral("payload"),
                       {QStringLiteral("_dealix_sla"), QStringLiteral("breach_threshold_hours")});
    const QString fromPayload =
        QStringLiteral("(%1 + cast(round(coalesce(%2, %4) * 3600) as %3))")
            .arg(sql.epochSeconds(QStringLiteral("created_at")), hours, sql.bigint())
            .arg(DefaultBreachHours);
    if (!hasDeadlineColumn(session))
        return fromPayload;
    return QStringLiteral("coalesce(%1, %2)")
        .arg(sql.epochSeconds(QStringLiteral("sla_deadline_at")), fromPayload);
}

QString pendingAt(const SqlDialect &sql)
{
    return QStringLiteral("(%2 and (%1 = 'pending' or (reviewed_at is not null and "
                          "%3 > ?)))")
        .arg(sql.lowerText(QStringLiteral("status")),
             sql.existedBy(QStringLiteral("created_at"), QStringLiteral("?")),
             sql.timeKey(QStringLiteral("reviewed_at")));
}

QString priority(const Session &session, const SqlDialect &sql)
{
    return priority(session.schema(), sql);
}

QString priority(const SchemaInfo &schema, const SqlDialect &sql)
{
    const QString table = QStringLiteral("approval_requests");
    const QString payload = QStringLiteral("payload");
    QStringList parts;
    if (schema.hasColumn(table, QStringLiteral("priority")))
        parts << sql.lowerText(QStringLiteral("priority"));
    parts << QStringLiteral("lower(%1)")
                 .arg(sql.jsonText(table, payload,
                                   {QStringLiteral("_dealix_sla"), QStringLiteral("priority")}))
          << QStringLiteral("lower(%1)")
                 .arg(sql.jsonText(table, payload,
                                   {QStringLiteral("approval_packet"), QStringLiteral("priority")}))
          << QStringLiteral("'normal'");
    return QStringLiteral("coalesce(%1)").arg(parts.join(QLatin1String(", ")));
}

QString category(const Session &session, const SqlDialect &sql)
{
    const QString table = QStringLiteral("approval_requests");
    QStringList parts;
    if (session.schema().hasColumn(table, QStringLiteral("category")))
        parts << QStringLiteral("category");
    parts << sql.jsonText(table, QStringLiteral("payload"), {QStringLiteral("category")})
          << QStringLiteral("'general'");
    return QStringLiteral("coalesce(%1)").arg(parts.join(QLatin1String(", ")));
}

} // namespace ApprovalSla
