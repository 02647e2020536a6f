#pragma once

#include "models/weekly/weeklyreview.h"
#include "views/surface/surface.h"

class LiveComplianceJob;
class MessageBanner;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class WeeklyChangeModel;

// The Weekly Review, made for a Sunday-morning meeting: the RAG banner with its reasons, the
// week-over-week change table, the decisions required, the risks and the blockers; previous
// and next week at a click.
class WeeklyReviewWidget : public SurfaceWidget
{
    Q_OBJECT
public:
    explicit WeeklyReviewWidget(QWidget *parent = nullptr);

    void setSession(const Session *session, const QDateTime &asOf) override;
    bool refresh() override;

    void previousWeek();
    void nextWeek();
    void thisWeek();
    const WeeklyReview &review() const { return m_review; }
    WeeklyChangeModel *changeModel() const { return m_model; }
    QLabel *ragBanner() const { return m_rag; }
    QListWidget *decisionsList() const { return m_decisions; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate() override;
    // A refresh; arrived: the live checks just delivered (computed with, at their as-of).
    bool recompute(const ComplianceLive *arrived);
    void showReview();
    QDateTime now() const;

    QDateTime m_anchor; // a moment inside the week shown
    WeeklyReview m_review;
    bool m_hasReview = false;
    LiveComplianceJob *m_job; // the live compliance checks the RAG reads, run in the background

    QLabel *m_title;
    QLabel *m_weekLabel;
    QPushButton *m_prev;
    QPushButton *m_this;
    QPushButton *m_next;
    QLabel *m_rag;
    MessageBanner *m_banner;
    QTableView *m_table;
    WeeklyChangeModel *m_model;
    QLabel *m_decisionsTitle;
    QLabel *m_risksTitle;
    QLabel *m_blockersTitle;
    QListWidget *m_decisions;
    QListWidget *m_risks;
    QListWidget *m_blockers;
    QLabel *m_completed;
};
