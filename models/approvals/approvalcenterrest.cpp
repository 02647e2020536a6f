// The Approval Center export over a Dealix server (README "Sources: the Dealix REST API").
#include "models/approvals/approvalcenter.h"
#include "models/approvals/approvalsla.h"
#include "models/source/restbatch.h"
#include "models/source/restjson.h"

#include <thread>

bool ApprovalCenter::computeRest(const Session &session, const ApprovalQueue::Filter &filter,
                                 const QDateTime &asOf, ApprovalCenter *out, QString *error,
                                 int limit)
{
    if (const QString past = restPastAsOf(session, asOf); !past.isEmpty()) {
        if (error)
            *error = past; // before the stats request: nothing is asked
        return false;
    }
    ApprovalCenter c;
    c.filter = filter;
    c.asOf = (asOf.isValid() ? asOf : QDateTime::currentDateTimeUtc()).toUTC();
    c.generatedAt = QDateTime::currentDateTimeUtc();
    c.source = session.url().toDisplayString();
    c.tenant = session.tenant();
    // The server's counts while the queue is read.
    const QString statsRoute = QStringLiteral("approval-center/stats");
    RestReply stats;
    std::thread statsRequest([&] { stats = session.restGet(statsRoute); });
    const bool defaultQueue = filter.status == QLatin1String("pending") &&
                              filter.category.isEmpty() && filter.priority.isEmpty() &&
                              filter.slaState.isEmpty() && filter.search.trimmed().isEmpty();
    QString failure;
    bool ok = ApprovalQueue::restItems(session, filter, c.asOf, &c.items, &failure, &c.rest);
    // The counters count the whole pending queue, whatever the filter shows.
    QList<ApprovalQueue::Item> pending;
    if (ok && !defaultQueue)
        ok = ApprovalQueue::restItems(session, ApprovalQueue::Filter(), c.asOf, &pending, &failure,
                                      &c.rest);
    statsRequest.join();
    c.rest.add(stats);
    if (!ok || !stats.ok()) {
        if (error)
            *error = ok ? stats.errorString : failure;
        return false;
    }
    c.counters = ApprovalQueue::restCounters(defaultQueue ? c.items : pending, c.asOf);
    if (limit >= 0 && c.items.size() > limit)
        c.items.resize(limit);
    QString shape;
    const std::optional<QJsonObject> s = RestJson::body(stats, &shape, statsRoute);
    if (!s) {
        if (error)
            *error = shape;
        return false;
    }
    const RestJson::Reader r(statsRoute);
    ServerStats st;
    st.totalPending = r.integer(*s, QStringLiteral("total_pending")).value_or(0);
    st.slaCompliant = r.integer(*s, QStringLiteral("sla_compliant")).value_or(0);
    st.slaWarning = r.integer(*s, QStringLiteral("sla_warning")).value_or(0);
    st.slaBreach = r.integer(*s, QStringLiteral("sla_breach")).value_or(0);
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return false;
    }
    c.serverStats = st;
    c.countersQuery = c.rest.calls.isEmpty() ? QString() : c.rest.calls.first().endpoint;
    c.rest.serverComputed
        << ApprovalQueue::restSlaRule()
        << tr("server_stats: computed by the Dealix server from each request's escalation level "
              "(warning: level %L1, breach: level %L2 or more)")
               .arg(1)
               .arg(2);
    c.rest.unavailable
        << tr("requesters' names: not available over the Dealix API: an item carries the "
              "requester's id only")
        << tr("each request's own SLA threshold: not available over the Dealix API: the app's "
              "default of %L1 h is used")
               .arg(ApprovalSla::DefaultBreachHours);
    *out = c;
    return true;
}
