#pragma once

#include "models/weekly/weeklyreview.h"

#include <QAbstractTableModel>

// The Weekly Review's change table: one row per metric, this week against last week.
class WeeklyChangeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { MetricColumn, ThisWeekColumn, LastWeekColumn, ChangeColumn, ColumnCount };

    explicit WeeklyChangeModel(QObject *parent = nullptr);
    void setReview(const WeeklyReview &review);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void retranslate();

    // "better", "worse" or "same": the change read against the metric's direction.
    static QString trend(const WeeklyReview::Metric &m);

private:
    QString valueText(const WeeklyReview::Metric &m, qint64 v) const;
    QList<WeeklyReview::Metric> m_metrics;
};
