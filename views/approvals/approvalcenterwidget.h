#pragma once

#include "models/approvals/approvaldecider.h"
#include "models/approvals/approvaldetail.h"
#include "models/approvals/approvalqueue.h"
#include "views/surface/surface.h"

class ApprovalQueueModel;
class KpiTile;
class MessageBanner;
class ActorPicker;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;
class QTimer;

// The Approval Center: counters, filters and search (all in SQL), the queue (paged as it
// scrolls, SLA counting down live), the selected request's packet and history, and decisions —
// approve, reject with a note, escalate — for one request or many, as a user of the tenant.
class ApprovalCenterWidget : public SurfaceWidget
{
    Q_OBJECT
public:
    explicit ApprovalCenterWidget(QWidget *parent = nullptr);

    void setSession(const Session *session, const QDateTime &asOf) override;
    bool refresh() override;
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;

    ApprovalQueueModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void setFilter(const ApprovalQueue::Filter &filter);
    ApprovalQueue::Filter filter() const;
    // Decides the selected requests; returns the one-line summary shown in the banner.
    QString decideSelected(ApprovalDecider::Action action);
    // Decides these requests (bulk: each on its own, one summary).
    QString decide(const QStringList &ids, ApprovalDecider::Action action);
    void setActor(const QString &email);
    // The e-mails offered under "Acting as", in order.
    QStringList actors() const;
    void setNote(const QString &note);
    MessageBanner *banner() const { return m_banner; }
    KpiTile *counterTile(int index) const;
    // The first page, the counters or the selected request's detail are still being read.
    bool isRefreshing() const override;

private:
    void retranslate() override;
    void showDetail();
    // The detail pane: the row's own fields while its context is read (detail null), then the
    // request in context; the empty states when nothing is selected or the queue is empty.
    QString detailHtml(const ApprovalQueue::Item &item, const ApprovalDetail *detail) const;
    QString emptyHtml() const;
    // Approve, Reject and Escalate enabled only where they apply (a pending request selected,
    // no write under way), each with the reason in its tooltip when not.
    void updateActions();
    // The Status column only where it says something (not for the pending queue).
    void updateColumns();
    // The counters (and, withTotal, the queue's total and the categories) on their worker.
    void loadCounters(bool withTotal);
    void showShown();
    void clearQueue();
    void loadActors();
    // The counters could not be read: blank tiles and the cause in the banner.
    void countersFailed(const QString &cause);
    void showCounters(const ApprovalQueue::Counters &counters);
    void tick();

    ApprovalQueueModel *m_model;
    QLabel *m_title;
    KpiTile *m_pending;
    KpiTile *m_warning;
    KpiTile *m_breach;
    QComboBox *m_status;
    QComboBox *m_category;
    QComboBox *m_priority;
    QComboBox *m_sla;
    QLineEdit *m_search;
    QLabel *m_shown;
    QTableView *m_view;
    QTextBrowser *m_detail;
    QLabel *m_actorLabel;
    ActorPicker *m_actor;
    QLineEdit *m_note;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_escalate;
    MessageBanner *m_banner;
    QTimer *m_clock;
    QTimer *m_searchDelay;
    int m_ticks = 0;
    bool m_hasCounters = false;
    bool m_queueRead = false;   // a first page is on screen (an empty one: the queue is empty)
    QString m_categoriesTenant; // categories are read once per tenant
    // The refresh reads the first page (SurfaceWidget's worker); these read the rest, each on a
    // worker thread and connection of its own, latest wins (README "Approval Center").
    BackgroundLane m_countersLane;
    BackgroundLane m_detailLane;
    BackgroundLane m_pagesLane;
};
