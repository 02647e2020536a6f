#include "models/approvals/approvalqueuemodel.h"

#include "models/core/format.h"
#include "models/core/labels.h"
#include "models/core/roles.h"
#include "models/core/uistate.h"

#include <QLocale>

#include <limits>

ApprovalQueueModel::ApprovalQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

bool ApprovalQueueModel::reload(const Session *session, const ApprovalQueue::Filter &filter,
                                const QDateTime &asOf)
{
    m_session = session;
    m_filter = filter;
    m_asOf = asOf.isValid() ? asOf.toUTC() : QDateTime::currentDateTimeUtc();
    m_now = m_asOf;
    return reload();
}

bool ApprovalQueueModel::reload()
{
    // Views (and QAbstractItemModelTester) may ask for more rows while the reset signal is
    // still being delivered: no insertion may start inside it.
    m_resetting = true;
    beginResetModel();
    m_items.clear();
    m_total = 0;
    m_atEnd = true;
    m_fetching = false;
    m_error.clear();
    bool ok = false;
    if (m_session && m_session->isOpen() && m_session->hasTenant()) {
        const Result<QHash<QString, QString>> names = ApprovalQueue::userNames(*m_session);
        m_names = names.ok() ? names.value() : QHash<QString, QString>();
        if (!names.ok())
            m_error = tr("Cannot read the users' names: %1").arg(names.error());
        // The total costs a pass over the table: known already, or counted later, or now.
        if (m_knownTotal >= 0)
            m_total = m_knownTotal;
        ok = names.ok() &&
             (m_knownTotal != -1 ||
              ApprovalQueue::count(*m_session, m_filter, m_asOf, &m_total, &m_error)) &&
             ApprovalQueue::page(*m_session, m_filter, m_asOf, {}, m_pageSize, &m_items, &m_error);
        m_knownTotal = -1;
        m_atEnd = !ok || m_items.size() < m_pageSize;
        keepCursor(m_items);
    }
    endResetModel();
    m_resetting = false;
    return ok;
}

void ApprovalQueueModel::keepCursor(QList<ApprovalQueue::Item> &page)
{
    // Only the last row's sort key is needed (where the next page starts): 200k copies of it
    // would cost 20 MB.
    if (page.isEmpty())
        return;
    m_next = ApprovalQueue::cursorOf(page.last());
    for (ApprovalQueue::Item &it : page)
        it.sortKey.clear();
}

const ApprovalQueue::Item *ApprovalQueueModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

void ApprovalQueueModel::tick(const QDateTime &now)
{
    m_now = now.toUTC();
    if (!m_items.isEmpty())
        emit dataChanged(index(0, AgeColumn), index(rowCount() - 1, StatusColumn));
}

int ApprovalQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ApprovalQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ApprovalQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_resetting && !m_inserting && !m_fetching;
}

Result<ApprovalQueueModel::FirstPage>
ApprovalQueueModel::readFirst(const Session &session, const ApprovalQueue::Filter &filter,
                              const QDateTime &asOf, int pageSize)
{
    FirstPage first;
    Result<QHash<QString, QString>> names = ApprovalQueue::userNames(session);
    if (!names.ok())
        return Failure{tr("Cannot read the users' names: %1").arg(names.error())};
    first.names = std::move(names).value();
    QString error;
    if (!ApprovalQueue::page(session, filter, asOf, {}, pageSize, &first.items, &error))
        return Failure{error};
    return first;
}

Result<QList<ApprovalQueue::Item>> ApprovalQueueModel::readPage(const Session &session,
                                                                const ApprovalQueue::Filter &filter,
                                                                const QDateTime &asOf,
                                                                const ApprovalQueue::Cursor &after,
                                                                int pageSize)
{
    QList<ApprovalQueue::Item> more;
    QString error;
    if (!ApprovalQueue::page(session, filter, asOf, after, pageSize, &more, &error))
        return Failure{error};
    return more;
}

void ApprovalQueueModel::setFirstPage(const ApprovalQueue::Filter &filter, const QDateTime &asOf,
                                      FirstPage page)
{
    m_resetting = true;
    beginResetModel();
    m_session = nullptr;
    m_filter = filter;
    m_asOf = asOf.toUTC();
    m_now = m_asOf;
    m_names = std::move(page.names);
    m_items = std::move(page.items);
    m_total = 0;
    m_knownTotal = -1;
    m_error.clear();
    m_fetching = false;
    m_atEnd = m_items.size() < m_pageSize;
    keepCursor(m_items);
    endResetModel();
    m_resetting = false;
}

void ApprovalQueueModel::appendPage(const Result<QList<ApprovalQueue::Item>> &page)
{
    if (!m_fetching)
        return; // a reset came in between: the page belongs to another queue
    m_fetching = false;
    if (!page.ok()) {
        m_error = page.error();
        m_atEnd = true;
        return;
    }
    QList<ApprovalQueue::Item> more = page.value();
    m_atEnd = more.size() < m_pageSize;
    insertPage(std::move(more));
}

void ApprovalQueueModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_resetting || m_inserting || m_fetching ||
        m_items.isEmpty())
        return;
    if (m_pager) {
        m_fetching = true;
        m_pager(m_next, m_pageSize);
        return;
    }
    if (!m_session)
        return;
    QList<ApprovalQueue::Item> more;
    if (!ApprovalQueue::page(*m_session, m_filter, m_asOf, m_next, m_pageSize, &more, &m_error)) {
        m_atEnd = true;
        return;
    }
    m_atEnd = more.size() < m_pageSize;
    insertPage(std::move(more));
}

void ApprovalQueueModel::insertPage(QList<ApprovalQueue::Item> more)
{
    if (more.isEmpty())
        return;
    keepCursor(more);
    // Not re-entered from a slot of rowsInserted: one insertion at a time.
    m_inserting = true;
    beginInsertRows(QModelIndex(), int(m_items.size()), int(m_items.size() + more.size() - 1));
    m_items.append(more);
    endInsertRows();
    m_inserting = false;
}

QString ApprovalQueueModel::duration(qint64 seconds)
{
    const QLocale l;
    const qint64 s = std::abs(seconds);
    if (s >= 2 * 86400)
        return tr("%1 d %2 h").arg(l.toString(s / 86400), l.toString((s % 86400) / 3600));
    if (s >= 3600)
        return tr("%1 h %2 min").arg(l.toString(s / 3600), l.toString((s % 3600) / 60));
    return tr("%1 min").arg(l.toString(s / 60));
}

QString ApprovalQueueModel::priorityText(const QString &p)
{
    // The label catalogue's words; a request without a priority is normal (Dealix's default),
    // any other code the catalogue does not know reads "Humanised (code)".
    const QString code = p.trimmed();
    return Labels::text(Labels::Kind::Priority, code.isEmpty() ? QStringLiteral("normal") : code);
}

QString ApprovalQueueModel::statusText(const QString &s)
{
    return Labels::text(Labels::Kind::ApprovalStatus, s);
}

QVariant ApprovalQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApprovalQueue::Item &it = m_items.at(index.row());
    const QString sla = it.slaState(m_now);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case PriorityColumn:
            return priorityText(it.priority);
        // Codes in words (the raw code in the tooltip).
        case CategoryColumn:
            return Labels::text(Labels::Kind::ApprovalCategory, it.category);
        case ResourceColumn:
            return Labels::text(Labels::Kind::ResourceType, it.resourceType);
        case ChannelColumn:
            return Labels::text(Labels::Kind::Channel, it.channel);
        case RequestedByColumn:
            return m_names.value(it.requestedById, it.requestedById);
        case AgeColumn:
            return it.createdAt.isValid() ? duration(it.createdAt.secsTo(m_now)) : tr("unknown");
        case SlaColumn: {
            if (sla == QLatin1String("decided"))
                return QString();
            if (!it.deadline.isValid())
                return tr("no deadline known: counted as overdue");
            const qint64 left = m_now.secsTo(it.deadline);
            // Never colour alone: the words say it.
            return left < 0 ? tr("overdue by %1").arg(duration(left))
                            : tr("%1 left").arg(duration(left));
        }
        case EscalationColumn:
            return Format::integer(it.escalationLevel);
        case StatusColumn:
            return Labels::text(Labels::Kind::ApprovalStatus, it.status);
        }
    } else if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case CategoryColumn:
            return Labels::tooltip(Labels::Kind::ApprovalCategory, it.category);
        case ResourceColumn:
            return Labels::tooltip(Labels::Kind::ResourceType, it.resourceType);
        case ChannelColumn:
            return Labels::tooltip(Labels::Kind::Channel, it.channel);
        case StatusColumn:
            return Labels::tooltip(Labels::Kind::ApprovalStatus, it.status);
        case SlaColumn:
            // The state in words, and its code.
            return QStringLiteral("%1\n%2").arg(Labels::text(Labels::Kind::SlaState, sla),
                                                Labels::tooltip(Labels::Kind::SlaState, sla));
        default:
            return {};
        }
    } else if (role == Qt::TextAlignmentRole) {
        // Numbers and durations line up on their trailing edge (mirrored in Arabic).
        switch (index.column()) {
        case AgeColumn:
        case SlaColumn:
        case EscalationColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    } else if (role == Roles::RawValueRole) {
        switch (index.column()) {
        case PriorityColumn:
            return it.rank;
        case AgeColumn:
            return it.createdAt.isValid() ? it.createdAt.secsTo(m_now)
                                          : std::numeric_limits<qint64>::max();
        case SlaColumn:
            return it.deadline.isValid() ? m_now.secsTo(it.deadline)
                                         : std::numeric_limits<qint64>::min();
        case EscalationColumn:
            return it.escalationLevel;
        case StatusColumn:
            return it.status;
        default:
            return data(index, Qt::DisplayRole);
        }
    } else if (role == Roles::StateRole) {
        if (index.column() == SlaColumn)
            return QVariant::fromValue(sla == QLatin1String("breach")    ? UiState::Critical
                                       : sla == QLatin1String("warning") ? UiState::Warning
                                                                         : UiState::Neutral);
        if (index.column() == PriorityColumn && it.rank <= 1)
            return QVariant::fromValue(it.rank == 0 ? UiState::Critical : UiState::Warning);
    } else if (role == Qt::UserRole) {
        return it.id;
    }
    return {};
}

QVariant ApprovalQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PriorityColumn:
        return tr("Priority");
    case CategoryColumn:
        return tr("Category");
    case ResourceColumn:
        return tr("Resource");
    case ChannelColumn:
        return tr("Channel");
    case RequestedByColumn:
        return tr("Requested by");
    case AgeColumn:
        return tr("Age");
    case SlaColumn:
        return tr("SLA");
    case EscalationColumn:
        return tr("Escalation");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

void ApprovalQueueModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}
