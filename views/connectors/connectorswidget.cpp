#include "views/connectors/connectorswidget.h"

#include "models/connectors/connectormodel.h"
#include "models/core/format.h"
#include "models/core/period.h"
#include "models/source/session.h"
#include "views/connectors/connectorssurface.h"
#include "views/surface/backgroundlane.h"
#include "views/widgets/actorpicker.h"
#include "views/widgets/messagebanner.h"
#include "views/widgets/statedelegate.h"
#include "views/widgets/surfacestyle.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// The tenant's time zone (Asia/Riyadh unless the tenant says otherwise): dates are shown in it.
QTimeZone tenantZone(const Session *session)
{
    return Periods::zone(session && session->hasTenant() ? session->tenant().timeZone
                                                         : QByteArray());
}

} // namespace

ConnectorsWidget::ConnectorsWidget(QWidget *parent)
    : SurfaceWidget(parent)
    , m_model(new ConnectorModel(this))
    , m_prober(new ConnectorProber(this))
    , m_title(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_table(new QTableView(this))
    , m_probe(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_record(new QCheckBox(this))
    , m_historyTitle(new QLabel(this))
    , m_history(new QTableWidget(this))
    , m_actorLabel(new QLabel(this))
    , m_actor(new ActorPicker(WriteBack::adminRoles(), this))
    , m_disable(new QPushButton(this))
{
    // The selected connector's probe history is read on a worker of its own (a row change
    // never waits for the database).
    m_historyLane = std::make_unique<BackgroundLane>(this, [this] { return m_session; });
    setObjectName(QStringLiteral("surface-connectors"));
    setRefreshBanner(m_banner);
    SurfaceStyle::heading(m_title);
    SurfaceStyle::listTable(m_table, m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ConnectorModel::LastErrorColumn,
                                                      QHeaderView::Stretch);
    m_history->setColumnCount(5);
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_record->setChecked(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConnectorsWidget::showSelected);
    connect(m_probe, &QPushButton::clicked, this, &ConnectorsWidget::probeNow);
    connect(m_cancel, &QPushButton::clicked, this, &ConnectorsWidget::cancelProbes);
    connect(m_disable, &QPushButton::clicked, this, &ConnectorsWidget::toggleDisabled);
    setWriteControls({m_disable});
    connect(m_prober, &ConnectorProber::progress, this, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    connect(m_prober, &ConnectorProber::finished, this, &ConnectorsWidget::probesFinished);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_record);
    top->addWidget(m_progress);
    top->addWidget(m_cancel);
    top->addWidget(m_probe);
    auto *historyBox = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(m_historyTitle);
    historyLayout->addWidget(m_history);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_actorLabel);
    actions->addWidget(m_actor);
    actions->addWidget(m_disable);
    actions->addStretch(1);
    historyLayout->addLayout(actions);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(historyBox);
    split->setSizes({420, 260});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_counts);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);
    retranslate();
}

ConnectorsWidget::~ConnectorsWidget() = default;

void ConnectorsWidget::setSession(const Session *session, const QDateTime &asOf)
{
    // Probes of the previous source must not write into the new one (nor touch the old
    // session, which may be gone): forget it first, then cancel.
    m_session = nullptr;
    m_probeTenant.clear();
    cancelProbes();
    SurfaceWidget::setSession(session, asOf);
    m_historyLane->cancel();
    m_board = ConnectorBoard();
    m_model->setBoard(m_board);
    m_model->setProbeResults({});
    m_actor->clearActors(); // read with the next refresh, on the worker
    showSelected();
}

bool ConnectorsWidget::refresh()
{
    m_banner->clearNotice(); // a write's outcome stays over the refresh after it
    if (!requireSource(m_session, m_banner)) {
        cancelRefresh(); // a refresh under way is never delivered
        cancelProbes();
        m_board = ConnectorBoard();
        m_model->setBoard(m_board);
        showSelected();
        return false;
    }
    // Switching tenant under the same source: probes started (or asked for) for the previous
    // tenant are cancelled, and their results are neither shown nor recorded here.
    if (m_probeTenant != m_session->tenantId()) {
        cancelProbes();
        m_model->setProbeResults({});
    }
    // Computed on the worker from values only: the probe defaults (the user's settings) are
    // read here.
    const ProbeConfig::Defaults defaults = ConnectorsSurface::probeDefaults();
    const QDateTime asOf = m_asOf;
    const QStringList roles = m_actor->roles();
    const bool needActors = m_actor->needsLoad(m_session);
    const QString tenant = m_session->tenantId();
    using Value = WithActors<ConnectorBoard>;
    return runRefresh<Value>(
        [defaults, asOf, roles, needActors](const Session &s) -> Result<Value> {
            Value v;
            QString error;
            if (!ConnectorBoard::compute(s, defaults, asOf, &v.value, &error))
                return Failure{error};
            v.actors = ActorPicker::read(s, roles, needActors);
            return v;
        },
        [this, tenant](const Value &v) {
            m_actor->take(tenant, v.actors);
            showBoard(v.value);
        },
        [this](const QString &error) {
            cancelProbes(); // probes asked for with this refresh have nothing to probe
            m_banner->showNotice(MessageBanner::Level::Error, error);
        });
}

void ConnectorsWidget::showBoard(const ConnectorBoard &b)
{
    const ConnectorRow *current = currentRow();
    const QString key = current ? current->key : QString();
    m_board = b;
    m_model->setBoard(m_board);
    if (m_probeTenant == m_session->tenantId())
        m_model->setProbeResults(m_prober->results());
    const QLocale l;
    auto count = [&](const char *s) { return l.toString(b.counts.value(QLatin1String(s))); };
    m_counts->setText(tr("%1 healthy · %2 degraded · %3 error · %4 unknown · %5 disabled · %6 not "
                         "configured")
                          .arg(count("ok"), count("degraded"), count("error"), count("unknown"),
                               count("disabled"), count("not_configured")));
    if (!selectConnector(key) && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    showSelected();
    if (m_probeAfterRefresh) {
        m_probeAfterRefresh = false;
        startProbes();
    }
}

const ConnectorRow *ConnectorsWidget::currentRow() const
{
    return m_model->connector(m_table->currentIndex().row());
}

bool ConnectorsWidget::selectConnector(const QString &key)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!key.isEmpty() && m_model->connector(row)->key == key) {
            m_table->setCurrentIndex(m_model->index(row, 0));
            return true;
        }
    }
    return false;
}

bool ConnectorsWidget::isLoadingHistory() const
{
    return m_historyLane->isRunning();
}

bool ConnectorsWidget::isRefreshing() const
{
    return SurfaceWidget::isRefreshing() || isLoadingHistory();
}

void ConnectorsWidget::showSelected()
{
    const ConnectorRow *r = currentRow();
    m_history->setRowCount(0);
    m_historyLane->cancel();
    m_disable->setEnabled(!isWriting() && r && (r->known || r->registered));
    m_disable->setText(r && r->status == QLatin1String("disabled") ? tr("Enable") : tr("Disable"));
    if (!r || !m_session || !m_session->isOpen() || !m_session->hasTenant()) {
        m_historyTitle->setText(tr("Probe history"));
        return;
    }
    const QString key = r->key;
    const QString title = tr("Probe history of %1").arg(ConnectorModel::nameOf(*r));
    m_historyTitle->setText(title);
    m_historyLane->run<QList<ProbeRecord>>(
        *m_session,
        [key](const Session &s) -> Result<QList<ProbeRecord>> {
            QList<ProbeRecord> history;
            QString error;
            if (!ConnectorBoard::history(s, key, 50, &history, &error))
                return Failure{error};
            return history;
        },
        [this, key, title](const Result<QList<ProbeRecord>> &history) {
            const ConnectorRow *now = currentRow();
            if (!now || now->key != key)
                return;
            if (!history.ok()) {
                m_historyTitle->setText(title + QStringLiteral(" — ") + history.error());
                return;
            }
            showHistory(history.value());
        });
}

void ConnectorsWidget::showHistory(const QList<ProbeRecord> &history)
{
    const QLocale l;
    m_history->setRowCount(int(history.size()));
    for (int i = 0; i < history.size(); ++i) {
        const ProbeRecord &p = history.at(i);
        const QStringList cells{
            Format::dateTime(p.at, tenantZone(session())), ConnectorModel::statusText(p.status),
            p.latencyMs < 0 ? tr("—") : tr("%1 ms").arg(l.toString(p.latencyMs)),
            p.httpStatus ? QString::number(p.httpStatus) : tr("—"), p.error};
        for (int c = 0; c < cells.size(); ++c)
            m_history->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
}

bool ConnectorsWidget::probeNow()
{
    if (!m_session || !m_session->isOpen() || !m_session->hasTenant() || isProbing())
        return false;
    // Probe what is configured now: the refresh reads it on the worker and the probes start
    // when it arrives (startProbes).
    if (!refresh())
        return false;
    m_probeAfterRefresh = true;
    m_probe->setEnabled(false);
    return true;
}

void ConnectorsWidget::startProbes()
{
    QStringList skipped;
    const QList<ProbeTarget> targets = ConnectorProber::targets(m_board, &skipped);
    if (targets.isEmpty()) {
        m_probe->setEnabled(true);
        m_banner->showMessage(
            MessageBanner::Level::Info,
            tr("No connector has a probe endpoint. Add rows to connector_probes, or endpoints "
               "under [probes] in the settings (see the README).") +
                (skipped.isEmpty()
                     ? QString()
                     : QLatin1Char(' ') + tr("Not probed: %1").arg(Format::clauses(skipped))));
        return;
    }
    m_progress->setRange(0, int(targets.size()));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_probe->setEnabled(false);
    m_banner->showMessage(MessageBanner::Level::Info,
                          tr("Probing %n connector(s)…", "", int(targets.size())));
    m_probeTenant = m_session->tenantId();
    m_prober->start(targets);
}

void ConnectorsWidget::cancelProbes()
{
    if (m_probeAfterRefresh) {
        m_probeAfterRefresh = false;
        m_probe->setEnabled(true);
    }
    if (m_prober->isRunning())
        m_prober->cancel();
}

void ConnectorsWidget::probesFinished()
{
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_probe->setEnabled(true);
    const QList<ProbeResult> results = m_prober->results();
    QStringList problems;
    int recorded = 0;
    const bool cancelled = m_prober->wasCancelled();
    // Results are recorded only into the tenant they were probed for.
    const bool sameTenant =
        m_session && m_session->isOpen() && m_session->tenantId() == m_probeTenant;
    if (!sameTenant)
        return;
    if (m_record->isChecked() && !cancelled) {
        // Recorded under the acting owner/admin when one is chosen, else as the system.
        TenantActor actor;
        QString why;
        const QString user = m_actor->actor(*m_session, &actor, &why) ? actor.id : QString();
        for (const ProbeResult &r : results) {
            const ConnectorWriter::Result w = ConnectorWriter::recordProbe(*m_session, r, user);
            if (w.outcome == ConnectorWriter::Outcome::Done)
                ++recorded;
            else if (!problems.contains(w.message)) // the same reason for every probe, once
                problems << w.message;
        }
    }
    refresh();
    m_model->setProbeResults(results);
    const QLocale l;
    QString summary =
        cancelled ? tr("Probes cancelled; nothing was recorded.")
                  : tr("%n probe(s) done, %L1 recorded.", "", int(results.size())).arg(recorded);
    if (!problems.isEmpty())
        summary += QLatin1Char(' ') + problems.join(QLatin1Char(' '));
    // Kept over the board read again (the refresh above), whose error would follow it.
    keepOutcome(m_banner, problems.isEmpty(), summary);
}

QString ConnectorsWidget::toggleDisabled()
{
    const ConnectorRow *r = currentRow();
    if (!r) {
        m_banner->showMessage(MessageBanner::Level::Info, tr("Select a connector first."));
        return m_banner->text();
    }
    const QString key = r->key;
    const bool disable = r->status != QLatin1String("disabled");
    return m_actor->act(m_session, m_banner, [&](const TenantActor &actor) {
        const WriteOutcome o = runWrite(
            m_banner,
            [key, disable, actor](const Session &session) {
                const ConnectorWriter::Result w =
                    ConnectorWriter::setDisabled(session, key, disable, actor);
                const bool done = w.outcome == ConnectorWriter::Outcome::Done;
                return WriteOutcome{done, w.message, done};
            },
            [this, key](const WriteOutcome &) {
                refresh();
                selectConnector(key);
            });
        return ActorPicker::Outcome{o.ok, o.message};
    });
}

void ConnectorsWidget::retranslate()
{
    m_title->setText(tr("Connector Governance"));
    m_probe->setText(tr("Probe now"));
    m_cancel->setText(tr("Cancel"));
    m_record->setText(tr("Record results"));
    m_record->setToolTip(tr("Write each probe's status, times and error to "
                            "integration_sync_states, with an audit row."));
    m_actorLabel->setText(tr("Acting as:"));
    m_history->setHorizontalHeaderLabels(
        {tr("Time"), tr("Status"), tr("Latency"), tr("HTTP"), tr("Error")});
    m_model->retranslate();
    showSelected();
}
