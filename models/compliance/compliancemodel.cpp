#include "models/compliance/compliancemodel.h"

#include "models/core/tooltiptext.h"

#include "models/core/format.h"
#include "models/core/labels.h"
#include "models/core/period.h"
#include "models/core/roles.h"

#include <QLocale>

ComplianceModel::ComplianceModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ComplianceModel::setMatrix(const ComplianceMatrix &matrix)
{
    beginResetModel();
    m_zone = Periods::zone(matrix.provenance.tenant.timeZone);
    m_controls = matrix.controls;
    m_rows.clear();
    int heading = -1;
    for (qsizetype i = 0; i < m_controls.size(); ++i) {
        const ComplianceControl &c = m_controls.at(i);
        if (heading < 0 ||
            m_rows.at(heading).framework.compare(c.framework, Qt::CaseInsensitive) != 0) {
            Row h;
            h.framework = c.framework;
            heading = int(m_rows.size());
            m_rows.append(h);
        }
        ++m_rows[heading].count;
        m_rows[heading].compliant +=
            c.status.compare(QLatin1String("compliant"), Qt::CaseInsensitive) == 0;
        Row row;
        row.control = int(i);
        m_rows.append(row);
    }
    endResetModel();
}

void ComplianceModel::setResults(const QList<CheckResult> &results)
{
    m_results.clear();
    for (const CheckResult &r : results)
        m_results.insert(r.controlId.toUpper(), r);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

const ComplianceControl *ComplianceModel::control(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).control < 0)
        return nullptr;
    return &m_controls.at(m_rows.at(row).control);
}

const CheckResult *ComplianceModel::result(const QString &controlId) const
{
    const auto it = m_results.constFind(controlId.toUpper());
    return it == m_results.constEnd() ? nullptr : &it.value();
}

bool ComplianceModel::disagrees(int row) const
{
    const ComplianceControl *c = control(row);
    return c && ComplianceLive::contradicts(c->status, result(c->controlId));
}

bool ComplianceModel::isHeading(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).control < 0;
}

int ComplianceModel::rowOf(const QString &controlId) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (const ComplianceControl *c = control(r); c && c->controlId == controlId)
            return r;
    }
    return -1;
}

int ComplianceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComplianceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ComplianceModel::nameOf(const ComplianceControl &c)
{
    if (QLocale().language() == QLocale::Arabic && !c.nameAr.isEmpty())
        return c.nameAr;
    return c.name;
}

UiState ComplianceModel::stateOf(const QString &stored)
{
    const QString status = stored.trimmed().toLower();
    if (status == QLatin1String("compliant"))
        return UiState::Good;
    if (status == QLatin1String("partial"))
        return UiState::Warning;
    if (status == QLatin1String("non_compliant"))
        return UiState::Critical;
    return UiState::Neutral;
}

Qt::ItemFlags ComplianceModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return isHeading(index.row()) ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant ComplianceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    if (row.control < 0) {
        if (role == Roles::HeadingRole)
            return true;
        if (role == Qt::DisplayRole && column == ControlColumn)
            return tr("%1 — %2 of %3 compliant")
                .arg(ComplianceMatrix::frameworkName(row.framework),
                     QLocale().toString(row.compliant), QLocale().toString(row.count));
        if (role == Roles::RawValueRole && column == ControlColumn)
            return row.framework;
        return {};
    }
    const ComplianceControl &c = m_controls.at(row.control);
    const CheckResult *live = result(c.controlId);
    const bool differs = ComplianceLive::contradicts(c.status, live);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case ControlColumn:
            return QStringLiteral("%1  %2").arg(c.controlId, nameOf(c));
        case StatusColumn:
            return ComplianceMatrix::statusText(c.status);
        case RiskColumn:
            return ComplianceMatrix::riskText(c.risk);
        case OwnerColumn:
            return c.owner;
        case LastCheckedColumn:
            return c.lastChecked.isValid() ? Format::dateTime(c.lastChecked, m_zone) : tr("never");
        case LiveColumn:
            if (!live)
                return QString();
            // The marker is a sign and the reason is one hover away; never colour alone.
            return differs ? tr("≠ %1 — records disagree")
                                 .arg(ComplianceMatrix::statusText(live->status))
                           : ComplianceMatrix::statusText(live->status);
        case RemediationColumn:
            return c.remediationPlan;
        default:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        if (column == ControlColumn)
            return ToolTipText::plain(
                QStringLiteral("%1\n%2\n%3").arg(c.name, c.nameAr, c.evidenceSource));
        if (column == LiveColumn && live)
            return ToolTipText::plain(differs
                                          ? tr("Dealix records %1; the data shows %2 as of %3: %4")
                                                .arg(ComplianceMatrix::statusText(c.status),
                                                     ComplianceMatrix::statusText(live->status),
                                                     Format::dateTime(live->checkedAt, m_zone),
                                                     DisplayText::isolate(live->reason))
                                          : tr("As of %1: %2")
                                                .arg(Format::dateTime(live->checkedAt, m_zone),
                                                     DisplayText::isolate(live->reason)));
        if (column == RemediationColumn)
            return ToolTipText::plain(c.remediationPlan);
        // The words on screen, the stored code one hover away.
        if (column == StatusColumn)
            return ToolTipText::plain(Labels::tooltip(Labels::Kind::ControlStatus, c.status));
        if (column == RiskColumn)
            return ToolTipText::plain(Labels::tooltip(Labels::Kind::Severity, c.risk));
    } else if (role == Roles::RawValueRole) {
        switch (column) {
        case ControlColumn:
            return c.controlId;
        case StatusColumn:
            return c.status;
        case RiskColumn:
            return c.risk;
        case LastCheckedColumn:
            return c.lastChecked;
        case LiveColumn:
            return live ? live->status : QString();
        default:
            return data(index, Qt::DisplayRole);
        }
    } else if (role == Roles::StateRole) {
        if (column == StatusColumn)
            return QVariant::fromValue(stateOf(c.status));
        if (column == LiveColumn && live)
            return QVariant::fromValue(stateOf(live->status));
    }
    return {};
}

QVariant ComplianceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ControlColumn:
        return tr("Control");
    case StatusColumn:
        return tr("Dealix records");
    case RiskColumn:
        return tr("Risk");
    case OwnerColumn:
        return tr("Owner");
    case LastCheckedColumn:
        return tr("Last checked");
    case LiveColumn:
        return tr("Data shows");
    case RemediationColumn:
        return tr("Remediation plan");
    default:
        break;
    }
    return {};
}

void ComplianceModel::retranslate()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}
