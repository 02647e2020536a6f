// The Approval Center's queue over a Dealix server (README "Sources: the Dealix REST API").
#include "models/approvals/approvalqueue.h"
#include "models/approvals/approvalsla.h"
#include "models/source/restbatch.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace {

// The app's SLA default (README "Rules: Figures"): a request's deadline is 24 h after it was
// created when it carries no threshold of its own; over the API none does.
constexpr qint64 DefaultBreachSeconds = ApprovalSla::DefaultBreachHours * 3600;

bool readList(const RestReply &reply, const QString &route, QList<ApprovalQueue::Item> *out,
              QString *error)
{
    QString shape;
    const std::optional<QJsonObject> body = RestJson::body(reply, &shape, route);
    if (!body) {
        if (error)
            *error = shape;
        return false;
    }
    const RestJson::Reader list(route);
    const QJsonArray items = list.array(*body, QStringLiteral("approvals"));
    for (int i = 0; list.ok() && i < int(items.size()); ++i) {
        const std::optional<QJsonObject> o = list.objectAt(items, QStringLiteral("approvals"), i);
        if (!o)
            break;
        const RestJson::Reader r = list.item(QStringLiteral("approvals"), i);
        const QString at = QStringLiteral("approvals[%1].").arg(i);
        ApprovalQueue::Item it;
        it.id = r.text(*o, QStringLiteral("id")).value_or(QString());
        it.channel = r.text(*o, QStringLiteral("channel")).value_or(QString());
        it.resourceType = r.text(*o, QStringLiteral("resource_type")).value_or(QString());
        it.resourceId = r.textOrNull(*o, QStringLiteral("resource_id")).value_or(QString());
        it.status = r.text(*o, QStringLiteral("status")).value_or(QString()).toLower();
        it.priority = r.text(*o, QStringLiteral("priority")).value_or(QString()).toLower();
        it.category = r.text(*o, QStringLiteral("category")).value_or(QString());
        const std::optional<qint64> level = r.integer(*o, QStringLiteral("escalation_level"));
        const std::optional<QString> label =
            r.textOrNull(*o, QStringLiteral("escalation_label_ar"));
        const std::optional<double> age = r.number(*o, QStringLiteral("age_hours"));
        it.note = r.textOrNull(*o, QStringLiteral("note")).value_or(QString());
        it.requestedById = r.textOrNull(*o, QStringLiteral("requested_by")).value_or(QString());
        it.createdAt = RestBatch::time(r, *o, QStringLiteral("created_at"),
                                       at + QStringLiteral("created_at"), true);
        if (!r.ok())
            break;
        if (!it.createdAt.isValid() && std::isfinite(*age))
            // No creation time: the server's age at the time of the request gives it.
            it.createdAt = reply.requestedAt.addMSecs(-qint64(std::llround(*age * 3600000.0)));
        it.sortKey = it.createdAt;
        it.escalationLevel = int(*level);
        it.rank = ApprovalQueue::rankOf(it.priority);
        if (it.createdAt.isValid())
            it.deadline = it.createdAt.addSecs(DefaultBreachSeconds);
        // What the item carries, where the export reads it (payload._dealix_sla, category).
        QJsonObject sla{{QStringLiteral("escalation_level"), double(*level)},
                        {QStringLiteral("age_hours"), *age},
                        {QStringLiteral("priority"), it.priority}};
        if (label)
            sla.insert(QStringLiteral("escalation_label_ar"),
                       label->isNull() ? QJsonValue() : QJsonValue(*label));
        it.payload = QJsonObject{{QStringLiteral("_dealix_sla"), sla},
                                 {QStringLiteral("category"), it.category}};
        out->append(it);
    }
    if (!list.ok()) {
        if (error)
            *error = list.error();
        return false;
    }
    return true;
}

bool matches(const ApprovalQueue::Item &it, const ApprovalQueue::Filter &f, const QDateTime &asOf)
{
    if (!f.category.isEmpty() && it.category != f.category)
        return false;
    if (!f.priority.isEmpty() && it.priority != f.priority)
        return false;
    if (!f.slaState.isEmpty() &&
        (it.status != QLatin1String("pending") || it.slaState(asOf) != f.slaState))
        return false;
    const QString term = f.search.trimmed().toLower();
    if (term.isEmpty())
        return true;
    for (const QString &field : {it.id, it.resourceType, it.category, it.channel, it.note})
        if (field.toLower().contains(term))
            return true;
    return false;
}

} // namespace

QString ApprovalQueue::restSlaRule()
{
    return tr("SLA states (within, warning, breach): computed by the app from each approval's "
              "created_at (else the server's age_hours) with the default deadline of %L1 h and "
              "the warning window of %L2 h; the server's own /approval-center/stats counts "
              "escalation levels instead (shown as server_stats)")
        .arg(ApprovalSla::DefaultBreachHours)
        .arg(ApprovalSla::WarningWindowSec / 3600);
}

bool ApprovalQueue::readRest(const RestReply &reply, QList<Item> *out, QString *error)
{
    return readList(reply, QStringLiteral("approval-center/"), out, error);
}

ApprovalQueue::Counters ApprovalQueue::restCounters(const QList<Item> &pending,
                                                    const QDateTime &asOf)
{
    Counters c;
    for (const Item &it : pending) {
        if (it.status != QLatin1String("pending"))
            continue;
        const QString state = it.slaState(asOf);
        ++c.pending;
        c.warning += state == QLatin1String("warning");
        c.breach += state == QLatin1String("breach");
    }
    return c;
}

bool ApprovalQueue::restItems(const Session &session, const Filter &filter, const QDateTime &asOf,
                              QList<Item> *out, QString *error, RestTrace *trace)
{
    out->clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (const QString past = restPastAsOf(session, asOf); !past.isEmpty()) {
        if (error)
            *error = past;
        return false;
    }
    const QStringList statuses =
        filter.status == QLatin1String("all")
            ? QStringList{QStringLiteral("pending"), QStringLiteral("approved"),
                          QStringLiteral("rejected")}
            : QStringList{filter.status.isEmpty() ? QStringLiteral("pending") : filter.status};
    QList<RestBatch::Request> requests;
    for (const QString &s : statuses) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("status"), s);
        requests << RestBatch::Request{QStringLiteral("approval-center/"), q};
    }
    const QList<RestReply> replies = RestBatch::get(session, requests);
    if (trace)
        for (const RestReply &r : replies)
            trace->add(r);
    QList<Item> all;
    for (const RestReply &r : replies)
        if (!readList(r, QStringLiteral("approval-center/"), &all, error))
            return false;
    const QDateTime at = asOf.isValid() ? asOf : now;
    for (const Item &it : std::as_const(all))
        if (matches(it, filter, at))
            out->append(it);
    // Queue order: priority critical → low, then oldest first (unknown first), then id.
    std::stable_sort(out->begin(), out->end(), [](const Item &a, const Item &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.createdAt.isValid() != b.createdAt.isValid())
            return !a.createdAt.isValid();
        if (a.createdAt != b.createdAt)
            return a.createdAt < b.createdAt;
        return a.id < b.id;
    });
    return true;
}
