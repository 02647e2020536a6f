#pragma once

#include "models/approvals/approvalqueue.h"

#include <QAbstractTableModel>
#include <QHash>

// The Approval Center's queue as an item model: pages of rows fetched on demand (fetchMore) in
// queue order, filtered and sorted in SQL, so 200k pending requests cost one page of memory per
// screenful scrolled. Age and SLA are computed against a clock that tick() advances, so a
// request crossing its deadline changes state on screen without a refresh.
class ApprovalQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        PriorityColumn,
        CategoryColumn,
        ResourceColumn,
        ChannelColumn,
        RequestedByColumn,
        AgeColumn,
        SlaColumn,
        EscalationColumn,
        StatusColumn,
        ColumnCount
    };
    // Rows per fetch. Each fetch is one ordered pass over the tenant's queue, so pages are large.
    static constexpr int DefaultPageSize = 1000;
    void setPageSize(int rows) { m_pageSize = rows; }
    int pageSize() const { return m_pageSize; }

    explicit ApprovalQueueModel(QObject *parent = nullptr);

    // Starts over: new session, filter or as-of. Loads the first page and the total.
    bool reload(const Session *session, const ApprovalQueue::Filter &filter, const QDateTime &asOf);
    bool reload();
    // The instant the rows were read as of (now, at the last reload, when live).
    QDateTime asOf() const { return m_asOf; }
    // The total when the caller already knows it (the pending counter for the default filter):
    // saves a pass over the table.
    void setKnownTotal(qint64 total) { m_knownTotal = total; }
    // Sets the total after the fact (a counter computed after the first screen).
    void setTotal(qint64 total) { m_total = total; }
    // -2: do not count now (the caller will setTotal()).
    static constexpr qint64 CountLater = -2;
    QString errorString() const { return m_error; }
    qint64 totalRows() const { return m_total; }
    const ApprovalQueue::Item *item(int row) const;
    // Moves the clock (live SLA countdown); emits dataChanged for age, SLA and status.
    void tick(const QDateTime &now);
    QDateTime now() const { return m_now; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void retranslate();

    static QString duration(qint64 seconds); // "3 h 20 min", localised
    static QString priorityText(const QString &priority);
    static QString statusText(const QString &status);

private:
    const Session *m_session = nullptr;
    ApprovalQueue::Filter m_filter;
    QDateTime m_asOf;
    QDateTime m_now;
    QList<ApprovalQueue::Item> m_items;
    ApprovalQueue::Cursor m_next; // after the last row loaded
    void keepCursor(QList<ApprovalQueue::Item> &page);
    QHash<QString, QString> m_names;
    qint64 m_total = 0;
    qint64 m_knownTotal = -1;
    bool m_atEnd = true;
    int m_pageSize = DefaultPageSize;
    bool m_resetting = false;
    bool m_inserting = false;
    QString m_error;
};
