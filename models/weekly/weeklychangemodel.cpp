#include "models/weekly/weeklychangemodel.h"

#include "models/core/tooltiptext.h"

#include "models/core/format.h"
#include "models/core/money.h"
#include "models/core/roles.h"
#include "models/core/uistate.h"

WeeklyChangeModel::WeeklyChangeModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void WeeklyChangeModel::setReview(const WeeklyReview &review)
{
    beginResetModel();
    m_metrics = review.metrics;
    endResetModel();
}

int WeeklyChangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_metrics.size());
}

int WeeklyChangeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WeeklyChangeModel::trend(const WeeklyReview::Metric &m)
{
    if (!m.available || m.change() == 0)
        return QStringLiteral("same");
    return (m.change() > 0) == m.higherIsBetter ? QStringLiteral("better")
                                                : QStringLiteral("worse");
}

QString WeeklyChangeModel::valueText(const WeeklyReview::Metric &m, qint64 v) const
{
    if (m.unit == WeeklyReview::Unit::Money)
        return Money::display(v);
    return Format::integer(v);
}

QVariant WeeklyChangeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WeeklyReview::Metric &m = m_metrics.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == MetricColumn)
            return m.label();
        if (!m.available)
            return index.column() != ThisWeekColumn ? QString()
                   : m.overApi                      ? tr("not available over the Dealix API")
                   : m.failed                       ? m.unavailableReason
                                                    : tr("not available from this source");
        if (index.column() == ThisWeekColumn)
            return valueText(m, m.thisWeek);
        if (index.column() == LastWeekColumn)
            return valueText(m, m.lastWeek);
        if (index.column() == ChangeColumn) {
            // Never colour alone: an arrow and a word go with the number.
            const qint64 c = m.change();
            const QString arrow = c > 0   ? QStringLiteral("▲")
                                  : c < 0 ? QStringLiteral("▼")
                                          : QStringLiteral("■");
            // The sign always shown, one minus sign, isolated (Format::signedInteger).
            const QString number = m.unit == WeeklyReview::Unit::Money
                                       ? (c > 0 ? QStringLiteral("+") : QString()) + valueText(m, c)
                                       : Format::signedInteger(c);
            const QString t = trend(m);
            const QString word = t == QLatin1String("better")  ? tr("better")
                                 : t == QLatin1String("worse") ? tr("worse")
                                                               : tr("no change");
            return QStringLiteral("%1 %2 (%3)").arg(arrow, number, word);
        }
        break;
    case Roles::RawValueRole:
        switch (index.column()) {
        case MetricColumn:
            return m.key;
        case ThisWeekColumn:
            return m.available ? QVariant(m.thisWeek) : QVariant();
        case LastWeekColumn:
            return m.available ? QVariant(m.lastWeek) : QVariant();
        case ChangeColumn:
            return m.available ? QVariant(m.change()) : QVariant();
        }
        break;
    case Roles::StateRole:
        if (index.column() == ChangeColumn) {
            const QString t = trend(m);
            return QVariant::fromValue(t == QLatin1String("better")  ? UiState::Good
                                       : t == QLatin1String("worse") ? UiState::Critical
                                                                     : UiState::Neutral);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != MetricColumn)
            return int(Qt::AlignTrailing | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (!m.available)
            return ToolTipText::plain(m.unavailableReason);
        break;
    default:
        break;
    }
    return {};
}

QVariant WeeklyChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MetricColumn:
        return tr("Measure");
    case ThisWeekColumn:
        return tr("This week");
    case LastWeekColumn:
        return tr("Last week");
    case ChangeColumn:
        return tr("Change");
    default:
        return {};
    }
}

void WeeklyChangeModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_metrics.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}
