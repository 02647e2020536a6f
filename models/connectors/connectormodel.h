#pragma once

#include "models/connectors/connectorboard.h"
#include "models/connectors/connectorprober.h"
#include "models/core/uistate.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimeZone>

// The Connector Governance Board's table: one row per connector, with the result of the last
// probe run in this session beside the stored status.
class ConnectorModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        StatusColumn,
        LastSuccessColumn,
        SinceSuccessColumn,
        LastAttemptColumn,
        LastErrorColumn,
        ProbeColumn,
        ColumnCount
    };
    explicit ConnectorModel(QObject *parent = nullptr);
    void setBoard(const ConnectorBoard &board);
    void setProbeResults(const QList<ProbeResult> &results);
    const ConnectorRow *connector(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void retranslate();

    static QString statusText(const QString &status); // translated word
    static UiState stateOf(const QString &status);    // StateRole
    static QString nameOf(const ConnectorRow &row);   // Arabic in an Arabic UI
    static QString durationText(qint64 seconds);      // "3 d 4 h", "12 min"
    static QString probeText(const ProbeRecord &r);   // "ok · 42 ms · HTTP 200"

private:
    QList<ConnectorRow> m_rows;
    QDateTime m_asOf;
    QTimeZone m_zone; // the tenant's: dates are shown in it
    QHash<QString, ProbeRecord> m_probes;
};
