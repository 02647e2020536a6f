#include "models/approvals/approvalcenter.h"

#include "models/core/csvwriter.h"

#include <cmath>

#include <QJsonArray>

bool ApprovalCenter::compute(const Session &session, const ApprovalQueue::Filter &filter,
                             const QDateTime &asOf, ApprovalCenter *out, QString *error, int limit)
{
    if (session.isRest())
        return computeRest(session, filter, asOf, out, error, limit);
    ApprovalCenter c;
    c.filter = filter;
    c.asOf = asOf.toUTC();
    c.generatedAt = QDateTime::currentDateTimeUtc();
    c.source = session.url().toDisplayString();
    c.tenant = session.tenant();
    if (!session.schema().hasTable(QStringLiteral("approval_requests"))) {
        if (error)
            *error = tr("Not available from this source (no approval_requests table).");
        return false;
    }
    if (!ApprovalQueue::counters(session, c.asOf, &c.counters, error, &c.countersQuery))
        return false;
    const Result<QHash<QString, QString>> names = ApprovalQueue::userNames(session);
    if (!names.ok()) {
        if (error)
            *error = tr("Cannot read the users' names: %1").arg(names.error());
        return false;
    }
    c.userNames = names.value();
    ApprovalQueue::Cursor cursor;
    QString pageError;
    for (;;) {
        QList<ApprovalQueue::Item> page;
        const int want = limit < 0 ? 1000 : std::min<int>(1000, limit - int(c.items.size()));
        if (want <= 0)
            break;
        if (!ApprovalQueue::page(session, filter, c.asOf, cursor, want, &page, &pageError, true)) {
            if (error)
                *error = pageError;
            return false;
        }
        c.items.append(page);
        if (page.size() < want)
            break;
        cursor = ApprovalQueue::cursorOf(page.last());
    }
    *out = c;
    return true;
}

QJsonObject ApprovalCenter::toJson() const
{
    QJsonArray approvals;
    for (const ApprovalQueue::Item &it : items) {
        const QJsonObject sla = it.payload.value(QStringLiteral("_dealix_sla")).toObject();
        approvals.append(QJsonObject{
            {QStringLiteral("id"), it.id},
            {QStringLiteral("channel"), it.channel},
            {QStringLiteral("resource_type"), it.resourceType},
            {QStringLiteral("resource_id"), it.resourceId},
            {QStringLiteral("status"), it.status},
            {QStringLiteral("priority"), it.priority},
            {QStringLiteral("category"), it.category},
            {QStringLiteral("escalation_level"), it.escalationLevel},
            // Always present (null when the payload has none): an undefined value would drop
            // the key from the item.
            {QStringLiteral("escalation_label_ar"),
             sla.contains(QStringLiteral("escalation_label_ar"))
                 ? sla.value(QStringLiteral("escalation_label_ar"))
                 : QJsonValue()},
            {QStringLiteral("age_hours"),
             it.createdAt.isValid()
                 ? QJsonValue(std::round(double(it.createdAt.secsTo(asOf)) / 360.0) / 10.0)
                 : QJsonValue()},
            {QStringLiteral("note"), it.note.isEmpty() ? QJsonValue() : QJsonValue(it.note)},
            // Present only when the stored payload could not be read: said, not an empty {}.
            {QStringLiteral("payload_error"),
             it.payloadError.isEmpty() ? QJsonValue() : QJsonValue(it.payloadError)},
            // As Dealix's API: the requester's id; the name beside it for people.
            {QStringLiteral("requested_by"),
             it.requestedById.isEmpty() ? QJsonValue() : QJsonValue(it.requestedById)},
            {QStringLiteral("requested_by_name"),
             userNames.contains(it.requestedById) ? QJsonValue(userNames.value(it.requestedById))
                                                  : QJsonValue()},
            {QStringLiteral("created_at"), it.createdAt.isValid()
                                               ? QJsonValue(it.createdAt.toString(Qt::ISODate))
                                               : QJsonValue()},
            {QStringLiteral("sla_deadline_at"),
             it.deadline.isValid() ? QJsonValue(it.deadline.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("sla_state"), it.slaState(asOf)},
        });
    }
    QJsonObject provenance{
        {QStringLiteral("generated_at"), generatedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("generated_by"), QStringLiteral("dealix-desk " DEALIX_VERSION)},
        {QStringLiteral("source"), source},
        {QStringLiteral("tenant_id"), tenant.id},
        {QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
        {QStringLiteral("status_filter"), filter.status},
        {QStringLiteral("query"), countersQuery}};
    if (!rest.isEmpty())
        provenance.insert(QStringLiteral("rest"), rest.toJson());
    QJsonObject out{
        {QStringLiteral("approvals"), approvals},
        {QStringLiteral("total"), approvals.size()},
        {QStringLiteral("stats"),
         QJsonObject{{QStringLiteral("total_pending"), counters.pending},
                     {QStringLiteral("sla_compliant"),
                      counters.pending - counters.warning - counters.breach},
                     {QStringLiteral("sla_warning"), counters.warning},
                     {QStringLiteral("sla_breach"), counters.breach}}},
        {QStringLiteral("provenance"), provenance},
    };
    // Over a Dealix server: the server's own counts beside the app's (they differ by rule).
    if (serverStats)
        out.insert(QStringLiteral("server_stats"),
                   QJsonObject{{QStringLiteral("total_pending"), serverStats->totalPending},
                               {QStringLiteral("sla_compliant"), serverStats->slaCompliant},
                               {QStringLiteral("sla_warning"), serverStats->slaWarning},
                               {QStringLiteral("sla_breach"), serverStats->slaBreach}});
    return out;
}

QByteArray ApprovalCenter::toCsv() const
{
    CsvWriter csv;
    csv.addRow({QStringLiteral("id"), QStringLiteral("priority"), QStringLiteral("category"),
                QStringLiteral("resource_type"), QStringLiteral("channel"),
                QStringLiteral("requested_by"), QStringLiteral("requested_by_name"),
                QStringLiteral("created_at"), QStringLiteral("sla_deadline_at"),
                QStringLiteral("sla_state"), QStringLiteral("escalation_level"),
                QStringLiteral("status")});
    for (const ApprovalQueue::Item &it : items)
        csv.addRow({it.id, it.priority, it.category, it.resourceType, it.channel, it.requestedById,
                    userNames.value(it.requestedById), it.createdAt.toString(Qt::ISODate),
                    it.deadline.toString(Qt::ISODate), it.slaState(asOf),
                    CsvWriter::number(it.escalationLevel), it.status});
    return csv.data();
}
