#pragma once

#include "models/approvals/approvalqueue.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

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

    // --- Loading on another thread (the Approval Center's worker) ---
    // What the first screen needs, read by readFirst() on any thread with its own session.
    struct FirstPage {
        QHash<QString, QString> names; // user id -> name
        QList<ApprovalQueue::Item> items;
    };
    static Result<FirstPage> readFirst(const Session &session, const ApprovalQueue::Filter &filter,
                                       const QDateTime &asOf, int pageSize);
    // The next page after cursor, read on any thread.
    static Result<QList<ApprovalQueue::Item>>
    readPage(const Session &session, const ApprovalQueue::Filter &filter, const QDateTime &asOf,
             const ApprovalQueue::Cursor &after, int pageSize);
    // Starts over with a first page read elsewhere (asOf: the instant it was read as of). The
    // model keeps no session: further pages come through the pager when one is set.
    void setFirstPage(const ApprovalQueue::Filter &filter, const QDateTime &asOf, FirstPage page);
    // Pages read elsewhere: fetchMore() asks pager(after, pageSize) and returns at once; the
    // page is handed back with appendPage() (no other fetch starts meanwhile). Without a pager
    // fetchMore() reads on the calling thread.
    void setPager(std::function<void(const ApprovalQueue::Cursor &after, int pageSize)> pager)
    {
        m_pager = std::move(pager);
    }
    // The page asked for by the pager (a failure ends the paging; errorString() says why).
    void appendPage(const Result<QList<ApprovalQueue::Item>> &page);
    // A page asked for through the pager has not come back yet.
    bool isFetching() const { return m_fetching; }
    // The page asked for will never come back (its work was cancelled): the next fetchMore()
    // may ask again; a page still handed back is ignored.
    void abortFetch() { m_fetching = false; }
    // No further page of the rows shown is read (the queue could not be read again; why says
    // so, errorString()) until the next first page.
    void stopPaging(const QString &why)
    {
        m_fetching = false;
        m_atEnd = true;
        m_error = why;
    }
    ApprovalQueue::Filter filter() const { return m_filter; }
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
    bool m_fetching = false;
    std::function<void(const ApprovalQueue::Cursor &, int)> m_pager;
    QString m_error;
    void insertPage(QList<ApprovalQueue::Item> more);
};
