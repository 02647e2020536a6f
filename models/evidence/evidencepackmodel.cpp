#include "models/evidence/evidencepackmodel.h"

#include "models/core/format.h"
#include "models/core/labels.h"
#include "models/core/period.h"

#include "models/core/tooltiptext.h"

#include "models/core/roles.h"
#include "models/core/uistate.h"

#include <QLocale>

EvidencePackModel::EvidencePackModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void EvidencePackModel::setList(const EvidencePackList &list)
{
    beginResetModel();
    m_packs = list.packs;
    m_zone = Periods::zone(list.provenance.tenant.timeZone);
    endResetModel();
}

const EvidencePack *EvidencePackModel::pack(int row) const
{
    return row >= 0 && row < m_packs.size() ? &m_packs.at(row) : nullptr;
}

int EvidencePackModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_packs.size(); ++i) {
        if (m_packs.at(i).id == id)
            return int(i);
    }
    return -1;
}

int EvidencePackModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_packs.size());
}

int EvidencePackModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EvidencePackModel::typeText(const QString &stored)
{
    const QString type = stored.trimmed().toLower();
    if (type == QLatin1String("deal_closure"))
        return tr("Deal closure");
    if (type == QLatin1String("compliance_audit"))
        return tr("Compliance audit");
    if (type == QLatin1String("quarterly_review"))
        return tr("Quarterly review");
    if (type == QLatin1String("incident_response"))
        return tr("Incident response");
    if (type == QLatin1String("board_report"))
        return tr("Board report");
    // Another shape's type: its words from the catalogue, or humanised with the code.
    return Labels::text(Labels::Kind::PackType, stored);
}

QString EvidencePackModel::statusText(const QString &stored)
{
    const QString status = stored.trimmed().toLower();
    if (status == QLatin1String("assembling"))
        return tr("Assembling");
    if (status == QLatin1String("ready"))
        return tr("Ready");
    if (status == QLatin1String("reviewed"))
        return tr("Reviewed");
    if (status == QLatin1String("archived"))
        return tr("Archived");
    return Labels::text(Labels::Kind::PackStatus, stored);
}

QString EvidencePackModel::integrityWord(EvidencePack::Integrity i)
{
    switch (i) {
    case EvidencePack::Integrity::Valid:
        return tr("✓ Valid");
    case EvidencePack::Integrity::Altered:
        return tr("✗ Altered");
    case EvidencePack::Integrity::Unsigned:
        return tr("– Not signed");
    case EvidencePack::Integrity::Unreadable:
        break;
    }
    return tr("? Unreadable");
}

QString EvidencePackModel::titleOf(const EvidencePack &p)
{
    if (QLocale().language() == QLocale::Arabic && !p.titleAr.isEmpty())
        return p.titleAr;
    return p.title.isEmpty() ? p.titleAr : p.title;
}

QVariant EvidencePackModel::data(const QModelIndex &index, int role) const
{
    const EvidencePack *p = index.isValid() ? pack(index.row()) : nullptr;
    if (!p)
        return {};
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case TitleColumn:
            return titleOf(*p);
        case TypeColumn:
            return typeText(p->packType);
        case StatusColumn:
            return statusText(p->status);
        case CreatedColumn:
            // The day in the tenant's zone, long and unambiguous.
            return Format::date(p->createdAt.toTimeZone(m_zone).date());
        case IntegrityColumn:
            return integrityWord(p->integrity);
        case HashColumn:
            return p->storedHash.isEmpty() ? tr("none") : p->storedHash.left(16) + u'…';
        default:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        if (column == HashColumn || column == IntegrityColumn)
            return tr("Stored: %1\nComputed: %2")
                .arg(p->storedHash.isEmpty() ? tr("none") : p->storedHash,
                     p->computedHash.isEmpty() ? tr("none") : p->computedHash);
        if (column == TitleColumn)
            return ToolTipText::plain(p->titleAr.isEmpty() ? p->title
                                                           : p->title + u'\n' + p->titleAr);
        if (column == TypeColumn)
            return ToolTipText::plain(Labels::tooltip(Labels::Kind::PackType, p->packType));
        if (column == StatusColumn)
            return ToolTipText::plain(Labels::tooltip(Labels::Kind::PackStatus, p->status));
        if (column == CreatedColumn && p->createdAt.isValid())
            return Format::dateTime(p->createdAt, m_zone);
    } else if (role == Roles::RawValueRole) {
        switch (column) {
        case TitleColumn:
            return titleOf(*p);
        case TypeColumn:
            return p->packType;
        case StatusColumn:
            return p->status;
        case CreatedColumn:
            return p->createdAt;
        case IntegrityColumn:
            return EvidencePack::integrityId(p->integrity);
        case HashColumn:
            return p->storedHash;
        default:
            break;
        }
    } else if (role == Roles::StateRole && column == IntegrityColumn) {
        switch (p->integrity) {
        case EvidencePack::Integrity::Valid:
            return QVariant::fromValue(UiState::Good);
        case EvidencePack::Integrity::Altered:
            return QVariant::fromValue(UiState::Critical);
        default:
            return QVariant::fromValue(UiState::Warning);
        }
    }
    return {};
}

QVariant EvidencePackModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case TypeColumn:
        return tr("Type");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    case IntegrityColumn:
        return tr("Integrity");
    case HashColumn:
        return tr("SHA-256");
    default:
        break;
    }
    return {};
}

void EvidencePackModel::retranslate()
{
    if (!m_packs.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_packs.size()) - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}
