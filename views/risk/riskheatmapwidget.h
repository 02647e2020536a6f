#pragma once

#include "models/risk/riskregister.h"
#include "views/surface/surface.h"

class HeatmapView;
class LiveComplianceJob;
class MessageBanner;
class QLabel;
class QListWidget;
class QTabWidget;
class QTableWidget;

// The Risk Heatmap: the derived register on a 5 × 5 grid with a legend of the bands and their
// criteria; a cell's risks listed, each opening the surface of its source; and the controls by
// category × risk level (the Dealix heat map).
class RiskHeatmapWidget : public SurfaceWidget
{
    Q_OBJECT
public:
    explicit RiskHeatmapWidget(QWidget *parent = nullptr);
    void setSession(const Session *session, const QDateTime &asOf) override;
    bool refresh() override;
    HeatmapView *heatmap() const { return m_heatmap; }
    QListWidget *cellList() const { return m_list; }
    QTableWidget *controlsTable() const { return m_controls; }
    const RiskRegister &reg() const { return m_register; }
    QString summaryText() const;

private:
    void retranslate() override;
    // Computes the register with a delivered live result (null: a reused one, or the records
    // and the checks started in the background).
    bool recompute(const ComplianceLive *arrived);
    void showData();
    void showCell(int likelihood, int impact);

    RiskRegister m_register;
    LiveComplianceJob *m_job;
    QLabel *m_title;
    QLabel *m_summary;
    MessageBanner *m_banner;
    QTabWidget *m_tabs;
    HeatmapView *m_heatmap;
    QLabel *m_legend;
    QLabel *m_cellTitle;
    QListWidget *m_list;
    QTableWidget *m_controls;
};
