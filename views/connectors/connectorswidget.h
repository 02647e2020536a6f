#pragma once

#include "models/connectors/connectorboard.h"
#include "models/connectors/connectorprober.h"
#include "views/surface/surface.h"

#include <memory>

class ActorPicker;
class BackgroundLane;
class ConnectorModel;
class MessageBanner;
class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;

// The Connector Governance Board: every connector's status and times, its probe configuration
// and the last probe of this session; "Probe now" runs the configured probes concurrently with
// progress and cancel, and records the results (with their audit rows) when asked to; the
// selected connector's probe history; disable or enable by an owner or admin.
class ConnectorsWidget : public SurfaceWidget
{
    Q_OBJECT
public:
    explicit ConnectorsWidget(QWidget *parent = nullptr);
    ~ConnectorsWidget() override;

    void setSession(const Session *session, const QDateTime &asOf) override;
    bool refresh() override;
    // The board's refresh or the selected connector's history is under way.
    bool isRefreshing() const override;

    // Starts the probes (false with the reason in the banner when nothing is probed).
    bool probeNow();
    void cancelProbes();
    // Probes running, or asked for and waiting for the refresh that reads what is configured.
    bool isProbing() const { return m_probeAfterRefresh || m_prober->isRunning(); }
    // The selected connector's history is being read (on the widget's detail worker).
    bool isLoadingHistory() const;
    QString toggleDisabled(); // for the selected connector, as the chosen user
    bool selectConnector(const QString &key);

    ConnectorModel *model() const { return m_model; }
    ConnectorProber *prober() const { return m_prober; }
    QTableWidget *historyTable() const { return m_history; }
    MessageBanner *banner() const { return m_banner; }
    QCheckBox *recordBox() const { return m_record; }
    ActorPicker *actorPicker() const { return m_actor; }
    const ConnectorBoard &board() const { return m_board; }

private:
    void retranslate() override;
    void showBoard(const ConnectorBoard &board);
    void showSelected();
    void showHistory(const QList<ProbeRecord> &history);
    void startProbes();
    void probesFinished();
    const ConnectorRow *currentRow() const;

    ConnectorBoard m_board;
    QString m_probeTenant;            // the tenant the running (or last) probes belong to
    bool m_probeAfterRefresh = false; // probeNow() waits for its refresh
    std::unique_ptr<BackgroundLane> m_historyLane;
    ConnectorModel *m_model;
    ConnectorProber *m_prober;
    QLabel *m_title;
    QLabel *m_counts;
    MessageBanner *m_banner;
    QTableView *m_table;
    QPushButton *m_probe;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QCheckBox *m_record;
    QLabel *m_historyTitle;
    QTableWidget *m_history;
    QLabel *m_actorLabel;
    ActorPicker *m_actor;
    QPushButton *m_disable;
};
