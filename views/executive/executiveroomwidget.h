#pragma once

#include "models/executive/executivesnapshot.h"
#include "views/surface/surface.h"
#include "views/widgets/kpitile.h"

#include <QHash>

class AutoRefresher;
class LiveComplianceJob;
class MessageBanner;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QSpinBox;
class TileGrid;

// The Executive Room: KPI tiles grouped as Dealix groups them, with a period selector,
// auto-refresh, drill-down and provenance on every tile. A failed refresh keeps the last
// figures on screen, marked stale.
class ExecutiveRoomWidget : public SurfaceWidget
{
    Q_OBJECT
public:
    explicit ExecutiveRoomWidget(QWidget *parent = nullptr);

    void setSession(const Session *session, const QDateTime &asOf) override;
    bool refresh() override;
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;

    void setPeriod(Period period);
    Period period() const;
    const ExecutiveSnapshot &snapshot() const { return m_snapshot; }
    bool isStale() const { return m_stale; }
    // The tile of a metric ("revenue.actual", "approvals.breach", …), for tests.
    KpiTile *tile(const QString &key) const { return m_tiles.value(key); }
    AutoRefresher *autoRefresher() const { return m_autoRefresh; }
    // The tile grid and the header's parts, for the layout tests.
    TileGrid *tileGrid() const { return m_grid; }
    QLabel *titleLabel() const { return m_title; }
    QWidget *headerControls() const { return m_controls; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Group {
        QString id;        // section id, e.g. "revenue"
        QString surfaceId; // drill-down target
        QGroupBox *box = nullptr;
        QLabel *unavailable = nullptr;
        QStringList tileKeys;
    };
    // A refresh; arrived: the live checks just delivered (computed with, at their as-of).
    bool recompute(const ComplianceLive *arrived);
    // The last figures stay, marked stale; without any, the tiles go blank.
    void showFailure(const QString &error);
    void buildGroups();
    // The header's controls beside the title, or below it when the width is too small.
    void placeHeader();
    KpiTile *addTile(Group &group, const QString &key);
    void retranslate() override;
    void showSnapshot();
    void showSection(const QString &id, const ExecutiveSnapshot::Section &section);
    void showProvenance(const QString &groupId, const QString &caption);
    QString periodText() const;

    ExecutiveSnapshot m_snapshot;
    LiveComplianceJob *m_job; // the live compliance checks, run in the background after a refresh
    bool m_hasSnapshot = false;
    bool m_stale = false;
    QDateTime m_lastSuccess;

    QLabel *m_title;
    QWidget *m_controls = nullptr;
    QGridLayout *m_header = nullptr;
    bool m_controlsBelow = false;
    TileGrid *m_grid = nullptr;
    QLabel *m_subtitle;
    QLabel *m_periodLabel;
    QComboBox *m_period;
    QCheckBox *m_autoRefreshBox;
    QSpinBox *m_interval;
    MessageBanner *m_banner;
    QLabel *m_serverLines; // over the Dealix API: the server's own lists
    AutoRefresher *m_autoRefresh;
    QList<Group> m_groups;
    QHash<QString, KpiTile *> m_tiles;
};
