#pragma once

#include "models/compliance/compliancematrix.h"
#include "views/surface/surface.h"

class ActorPicker;
class ComplianceModel;
class KpiTile;
class LiveComplianceJob;
class MessageBanner;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;
class QTextBrowser;

// The Saudi Compliance Dashboard: rate, score and posture; the controls grouped by framework
// with filters; a control's evidence (its rule, the figures its check computed, the queries,
// the time) and its history of results; "Run checks" with progress, recorded by an owner or
// admin when asked. Every refresh shows the stored figures at once and runs the live checks in
// the background (LiveComplianceJob); their result then shows beside the stored status, with
// the disagreements counted in the header. A source or tenant change cancels the run.
class ComplianceWidget : public SurfaceWidget
{
    Q_OBJECT
public:
    explicit ComplianceWidget(QWidget *parent = nullptr);

    void setSession(const Session *session, const QDateTime &asOf) override;
    bool refresh() override;
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;

    // Starts every check off the GUI thread (LiveComplianceJob, a connection of its own) and
    // returns whether it started; while they run the button reads "Cancel" and a second call
    // cancels. On arrival the result shows beside the stored status and is recorded when "Record
    // results" is on; checksFinished(message) then gives the message shown (after the recorded
    // statuses have been read again).
    bool runChecks();
    bool selectControl(const QString &controlId);

    ComplianceModel *model() const { return m_model; }
    const ComplianceMatrix &matrix() const { return m_matrix; }
    QTextBrowser *evidenceView() const { return m_evidence; }
    QTableWidget *historyTable() const { return m_history; }
    QCheckBox *recordBox() const { return m_record; }
    ActorPicker *actorPicker() const { return m_actor; }
    MessageBanner *banner() const { return m_banner; }
    KpiTile *tile(int i) const; // 0 rate, 1 score, 2 posture, 3 non-compliant, 4 disagreeing
    LiveComplianceJob *liveJob() const { return m_job; }

signals:
    void checksFinished(const QString &message);

private:
    void retranslate() override;
    void showRunButton();
    void finishChecks(const ComplianceLive &live);
    void showMatrix();
    void liveArrived(const ComplianceLive &live);
    void showControl();
    ComplianceMatrix::Filter filter() const;

    ComplianceMatrix m_matrix;
    bool m_checksRequested = false; // "Run checks" is waiting for the job's result
    LiveComplianceJob *m_job;
    ComplianceModel *m_model;
    QLabel *m_title;
    QComboBox *m_framework;
    QComboBox *m_status;
    QComboBox *m_risk;
    QPushButton *m_run;
    QCheckBox *m_record;
    QLabel *m_actorLabel;
    ActorPicker *m_actor;
    KpiTile *m_rate;
    KpiTile *m_score;
    KpiTile *m_posture;
    KpiTile *m_failing;
    KpiTile *m_disagree;
    MessageBanner *m_banner;
    QTableView *m_table;
    QTextBrowser *m_evidence;
    QLabel *m_historyTitle;
    QTableWidget *m_history;
};
