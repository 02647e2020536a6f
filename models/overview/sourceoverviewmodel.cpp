#include "models/overview/sourceoverviewmodel.h"

#include "models/core/displaytext.h"
#include "models/core/format.h"
#include "models/core/tooltiptext.h"

#include "models/core/roles.h"
#include "models/core/uistate.h"

#include <QLocale>

SourceOverviewModel::SourceOverviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SourceOverviewModel::setOverview(const SourceOverview &overview)
{
    beginResetModel();
    m_overview = overview;
    endResetModel();
}

int SourceOverviewModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_overview.isRest ? m_overview.restEndpoints.size() : m_overview.tables.size());
}

int SourceOverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SourceOverviewModel::statusText(const SourceOverview::TableStatus &t) const
{
    if (!t.present)
        return t.optional ? tr("Not present (optional)") : tr("Missing");
    if (!t.missingColumns.isEmpty())
        return tr("Present; columns missing: %1").arg(QLocale().toString(t.missingColumns.size()));
    return tr("Available");
}

QVariant SourceOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (m_overview.isRest)
        return restData(m_overview.restEndpoints.at(index.row()), index.column(), role);
    const SourceOverview::TableStatus &t = m_overview.tables.at(index.row());
    const QString state = !t.present
                              ? (t.optional ? QStringLiteral("absent") : QStringLiteral("missing"))
                          : t.missingColumns.isEmpty() ? QStringLiteral("ok")
                                                       : QStringLiteral("partial");
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TableColumn:
            return t.table;
        case StatusColumn:
            return statusText(t);
        case RowsColumn:
            return t.rows < 0 ? QString() : QLocale().toString(t.rows);
        case ColumnsColumn: {
            QStringList parts;
            if (!t.missingColumns.isEmpty())
                parts << tr("missing: %1").arg(Format::list(t.missingColumns));
            if (!t.enhancedColumns.isEmpty())
                parts << tr("enhanced: %1").arg(Format::list(t.enhancedColumns));
            return Format::clauses(parts);
        }
        }
        break;
    case Roles::RawValueRole:
        switch (index.column()) {
        case TableColumn:
            return t.table;
        case StatusColumn:
            return state;
        case RowsColumn:
            return t.rows;
        case ColumnsColumn:
            return t.missingColumns;
        }
        break;
    case Roles::StateRole:
        // A required table missing is critical, one with columns missing a warning; an
        // optional table that is absent says nothing.
        return QVariant::fromValue(!t.present ? (t.optional ? UiState::Neutral : UiState::Critical)
                                   : t.missingColumns.isEmpty() ? UiState::Good
                                                                : UiState::Warning);
    case Qt::TextAlignmentRole:
        if (index.column() == RowsColumn)
            return int(Qt::AlignTrailing | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == ColumnsColumn && !t.missingColumns.isEmpty())
            return ToolTipText::plain(Format::list(t.missingColumns));
        break;
    default:
        break;
    }
    return {};
}

QVariant SourceOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (m_overview.isRest) {
        // Over a Dealix server: one row per route a surface reads.
        switch (section) {
        case TableColumn:
            return tr("Surface");
        case StatusColumn:
            return tr("Answer");
        case RowsColumn:
            //: How long a request to the server took
            return tr("Time");
        case ColumnsColumn:
            return tr("Route");
        default:
            return {};
        }
    }
    switch (section) {
    case TableColumn:
        return tr("Table");
    case StatusColumn:
        return tr("Status");
    case RowsColumn:
        //: Number of rows of the tenant in a table
        return tr("Rows");
    case ColumnsColumn:
        return tr("Columns");
    default:
        return {};
    }
}

QVariant SourceOverviewModel::restData(const SourceOverview::RestEndpoint &e, int column,
                                       int role) const
{
    const QString state = e.ok ? QStringLiteral("ok") : QStringLiteral("missing");
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TableColumn:
            return e.surface;
        case StatusColumn:
            return e.ok ? tr("Answered") : e.result;
        case RowsColumn:
            return tr("%1 ms").arg(QLocale().toString(e.elapsedMs));
        case ColumnsColumn:
            // A route is left-to-right inside a right-to-left table: isolated, so that its
            // slashes stay where they are.
            return DisplayText::isolate(e.route);
        }
        break;
    case Roles::RawValueRole:
        switch (column) {
        case TableColumn:
            return e.surface;
        case StatusColumn:
            return state;
        case RowsColumn:
            return e.elapsedMs;
        case ColumnsColumn:
            return e.route;
        }
        break;
    case Roles::StateRole:
        return QVariant::fromValue(e.ok ? UiState::Good : UiState::Critical);
    case Qt::TextAlignmentRole:
        if (column == RowsColumn)
            return int(Qt::AlignTrailing | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (column == StatusColumn && !e.ok)
            return ToolTipText::plain(e.result);
        if (column == ColumnsColumn)
            return ToolTipText::plain(e.endpoint);
        break;
    default:
        break;
    }
    return {};
}

void SourceOverviewModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}
