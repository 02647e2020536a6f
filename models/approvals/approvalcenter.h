#pragma once

#include "models/approvals/approvalqueue.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

// The value type of the Approval Center export (`approval-center`): the filtered queue in full,
// read page by page, with the counters, shaped like the Dealix approval-center API
// ({approvals: [...], total, stats}) plus provenance.
struct ApprovalCenter {
    Q_DECLARE_TR_FUNCTIONS(ApprovalCenter)
public:
    ApprovalQueue::Filter filter;
    ApprovalQueue::Counters counters;
    QList<ApprovalQueue::Item> items;
    QHash<QString, QString> userNames;
    QDateTime asOf;
    QDateTime generatedAt;
    QString source;
    TenantInfo tenant;
    QString countersQuery;
    // Over a Dealix server: the requests made, how the SLA states were computed, and the
    // server's own /stats (it counts escalation levels, not the app's SLA rule).
    RestTrace rest;
    struct ServerStats {
        qint64 totalPending = 0;
        qint64 slaCompliant = 0;
        qint64 slaWarning = 0;
        qint64 slaBreach = 0;
    };
    std::optional<ServerStats> serverStats;

    static bool compute(const Session &session, const ApprovalQueue::Filter &filter,
                        const QDateTime &asOf, ApprovalCenter *out, QString *error, int limit = -1);
    static bool computeRest(const Session &session, const ApprovalQueue::Filter &filter,
                            const QDateTime &asOf, ApprovalCenter *out, QString *error,
                            int limit = -1);
    QJsonObject toJson() const;
    QByteArray toCsv() const;
};
