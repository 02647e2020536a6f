#pragma once

#include "models/overview/sourceoverview.h"

#include <QAbstractTableModel>

// The source overview's table: one row per Dealix table the app reads (over a Dealix server:
// one row per route a surface reads).
class SourceOverviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TableColumn, StatusColumn, RowsColumn, ColumnsColumn, ColumnCount };

    explicit SourceOverviewModel(QObject *parent = nullptr);

    void setOverview(const SourceOverview &overview);
    const SourceOverview &overview() const { return m_overview; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Re-emits the header and data so that a language switch shows at once.
    void retranslate();

private:
    QString statusText(const SourceOverview::TableStatus &t) const;
    QVariant restData(const SourceOverview::RestEndpoint &e, int column, int role) const;
    SourceOverview m_overview;
};
