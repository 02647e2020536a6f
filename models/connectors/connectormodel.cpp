#include "models/connectors/connectormodel.h"

#include "models/core/tooltiptext.h"

#include "models/core/format.h"
#include "models/core/labels.h"
#include "models/core/period.h"
#include "models/core/roles.h"

#include <QLocale>

ConnectorModel::ConnectorModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ConnectorModel::setBoard(const ConnectorBoard &board)
{
    beginResetModel();
    m_rows = board.connectors;
    m_asOf = board.provenance.asOf;
    m_zone = Periods::zone(board.provenance.tenant.timeZone);
    endResetModel();
}

void ConnectorModel::setProbeResults(const QList<ProbeResult> &results)
{
    m_probes.clear();
    for (const ProbeResult &r : results)
        m_probes.insert(r.key, r.record);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

const ConnectorRow *ConnectorModel::connector(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ConnectorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConnectorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConnectorModel::statusText(const QString &stored)
{
    // The label catalogue's words (one vocabulary) with a mark for the three health states;
    // an empty status is "unknown", an unlisted one "Humanised (code)".
    const QString status = stored.trimmed().toLower();
    const QString code = status.isEmpty() ? QStringLiteral("unknown") : stored.trimmed();
    QString mark;
    if (status == QLatin1String("ok"))
        mark = QStringLiteral("✓");
    else if (status == QLatin1String("degraded"))
        mark = QStringLiteral("!");
    else if (status == QLatin1String("error"))
        mark = QStringLiteral("✗");
    else if (status.isEmpty() || status == QLatin1String("unknown"))
        mark = QStringLiteral("?");
    const QString words = Labels::text(Labels::Kind::ConnectorStatus, code);
    return mark.isEmpty() ? words : mark + QLatin1Char(' ') + words;
}

UiState ConnectorModel::stateOf(const QString &stored)
{
    const QString status = stored.trimmed().toLower();
    if (status == QLatin1String("ok"))
        return UiState::Good;
    if (status == QLatin1String("degraded"))
        return UiState::Warning;
    if (status == QLatin1String("error"))
        return UiState::Critical;
    return UiState::Neutral;
}

QString ConnectorModel::nameOf(const ConnectorRow &row)
{
    // A connector the catalogue knows is named by the catalogue in both languages (one source
    // for its name; the stored name_ar of a row is Dealix's data, not the app's words).
    if (Labels::known(Labels::Kind::ConnectorKey, row.key))
        return Labels::text(Labels::Kind::ConnectorKey, row.key);
    const bool arabic = QLocale().language() == QLocale::Arabic;
    if (arabic && !row.nameAr.isEmpty())
        return row.nameAr;
    // A row without a display name of its own (a connector Dealix does not list, whose name is
    // its key): humanised with the key, never the bare key.
    const bool bare = row.name.trimmed().isEmpty() || row.name == row.key;
    if (bare)
        return Labels::text(Labels::Kind::ConnectorKey, row.key);
    return row.name;
}

QString ConnectorModel::durationText(qint64 seconds)
{
    const QLocale l;
    if (seconds < 0)
        return tr("never");
    if (seconds < 3600)
        return tr("%1 min").arg(l.toString(seconds / 60));
    if (seconds < 86400)
        return tr("%1 h %2 min").arg(l.toString(seconds / 3600), l.toString(seconds % 3600 / 60));
    return tr("%1 d %2 h").arg(l.toString(seconds / 86400), l.toString(seconds % 86400 / 3600));
}

QString ConnectorModel::probeText(const ProbeRecord &r)
{
    const QLocale l;
    QStringList parts{statusText(r.status)};
    if (r.latencyMs >= 0)
        parts << tr("%1 ms").arg(l.toString(r.latencyMs));
    if (r.httpStatus > 0)
        parts << QStringLiteral("HTTP %1").arg(r.httpStatus);
    if (!r.errorKind.isEmpty() && r.errorKind != QLatin1String("http"))
        parts << r.errorKind;
    return parts.join(Format::separator());
}

QVariant ConnectorModel::data(const QModelIndex &index, int role) const
{
    const ConnectorRow *r = index.isValid() ? connector(index.row()) : nullptr;
    if (!r)
        return {};
    const int column = index.column();
    auto time = [this](const QDateTime &t) {
        return t.isValid() ? Format::dateTime(t, m_zone) : tr("never");
    };
    const bool probed = m_probes.contains(r->key);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case NameColumn:
            return nameOf(*r);
        case StatusColumn:
            return statusText(r->status);
        case LastSuccessColumn:
            return time(r->lastSuccess);
        case SinceSuccessColumn:
            return durationText(r->secondsSinceSuccess(m_asOf));
        case LastAttemptColumn:
            return time(r->lastAttempt);
        case LastErrorColumn:
            return r->lastError;
        case ProbeColumn:
            if (probed)
                return probeText(m_probes.value(r->key));
            if (r->probe.url.isEmpty())
                return tr("not configured");
            return r->probe.enabled ? r->probe.url.host() : tr("probe disabled");
        default:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        if (column == NameColumn)
            return ToolTipText::plain(QStringLiteral("%1\n%2\n%3").arg(r->name, r->nameAr, r->key));
        if (column == StatusColumn)
            return ToolTipText::plain(Labels::tooltip(Labels::Kind::ConnectorStatus, r->status));
        if (column == ProbeColumn) {
            if (r->probe.url.isEmpty())
                return tr("Set an endpoint in connector_probes or in the settings to probe this "
                          "connector.");
            QString tip =
                tr("%1 (from %2), timeout %3 ms, slow above %4 ms")
                    .arg(SourceUrl::redactUrl(r->probe.url), r->probe.origin)
                    .arg(Format::integer(r->probe.timeoutMs), Format::integer(r->probe.slowMs));
            if (probed && !m_probes.value(r->key).error.isEmpty())
                tip += u'\n' + SourceUrl::redact(m_probes.value(r->key).error);
            return ToolTipText::plain(tip);
        }
        if (column == LastErrorColumn)
            return ToolTipText::plain(r->lastError);
    } else if (role == Roles::RawValueRole) {
        switch (column) {
        case NameColumn:
            return r->key;
        case StatusColumn:
            return r->status;
        case LastSuccessColumn:
            return r->lastSuccess;
        case SinceSuccessColumn:
            return r->secondsSinceSuccess(m_asOf);
        case LastAttemptColumn:
            return r->lastAttempt;
        case LastErrorColumn:
            return r->lastError;
        case ProbeColumn:
            return probed ? m_probes.value(r->key).status : QString();
        default:
            break;
        }
    } else if (role == Roles::StateRole) {
        if (column == StatusColumn)
            return QVariant::fromValue(stateOf(r->status));
        if (column == ProbeColumn && probed)
            return QVariant::fromValue(stateOf(m_probes.value(r->key).status));
    }
    return {};
}

QVariant ConnectorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Connector");
    case StatusColumn:
        return tr("Status");
    case LastSuccessColumn:
        return tr("Last success");
    case SinceSuccessColumn:
        return tr("Since success");
    case LastAttemptColumn:
        return tr("Last attempt");
    case LastErrorColumn:
        return tr("Last error");
    case ProbeColumn:
        return tr("Probe");
    default:
        break;
    }
    return {};
}

void ConnectorModel::retranslate()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}
