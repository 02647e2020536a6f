#include "views/executive/executiveroomwidget.h"

#include "models/core/displaytext.h"
#include "models/core/format.h"

#include "models/core/settings.h"
#include "views/executive/executivetiles.h"
#include "views/widgets/autorefresher.h"
#include "views/widgets/livecompliancejob.h"
#include "views/widgets/messagebanner.h"
#include "views/widgets/provenancedialog.h"
#include "views/widgets/surfacestyle.h"
#include "views/widgets/tilegrid.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDataStream>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIODevice>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <optional>

ExecutiveRoomWidget::ExecutiveRoomWidget(QWidget *parent)
    : SurfaceWidget(parent)
    , m_job(new LiveComplianceJob(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_periodLabel(new QLabel(this))
    , m_period(new QComboBox(this))
    , m_autoRefreshBox(new QCheckBox(this))
    , m_interval(new QSpinBox(this))
    , m_banner(new MessageBanner(this))
    , m_serverLines(new QLabel(this))
    // A tick while a refresh is still running lets it finish: superseding it every interval
    // would never show figures slower to compute than the interval.
    , m_autoRefresh(new AutoRefresher(this, [this] {
        if (!isRefreshing())
            refresh();
    }))
{
    setObjectName(QStringLiteral("surface-executive-room"));
    SurfaceStyle::heading(m_title);
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextFormat(Qt::PlainText); // holds the tenant's name: never markup
    for (int i = 0; i < 4; ++i)
        m_period->addItem(QString());
    m_period->setCurrentIndex(3); // all time, as the Dealix API
    m_periodLabel->setBuddy(m_period);
    connect(m_period, &QComboBox::activated, this, [this] { refresh(); });
    m_autoRefreshBox->setChecked(true);
    connect(m_autoRefreshBox, &QCheckBox::toggled, m_autoRefresh, &AutoRefresher::setEnabled);
    connect(m_autoRefreshBox, &QCheckBox::toggled, m_interval, &QWidget::setEnabled);
    // The period is a user setting (Settings::Key::RefreshIntervalSec, default 60 s).
    m_interval->setRange(10, 3600);
    // The run's settings (Settings::current(): a --screenshot run's scratch copy).
    m_interval->setValue(Settings::currentValue(Settings::Key::RefreshIntervalSec).toInt());
    m_autoRefresh->setIntervalSec(m_interval->value());
    connect(m_interval, &QSpinBox::valueChanged, this, [this](int seconds) {
        m_autoRefresh->setIntervalSec(seconds);
        Settings::setCurrentValue(Settings::Key::RefreshIntervalSec, seconds);
    });
    m_autoRefresh->setEnabled(true);
    // The compliance tiles: stored figures at once, the live checks' result when it arrives.
    // (The shared glue: the delivered result, or its failure, is shown at its own as-of.)
    m_job->follow(
        this, [this] { return m_session; },
        [this](const ComplianceLive &live) { recompute(&live); });

    // The header: the title, and the controls beside it when they fit, else on a line of their
    // own below it (placeHeader), so that they never overlap the title.
    m_controls = new QWidget(this);
    auto *controls = new QHBoxLayout(m_controls);
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(m_periodLabel);
    controls->addWidget(m_period);
    controls->addWidget(m_autoRefreshBox);
    controls->addWidget(m_interval);
    m_header = new QGridLayout;
    m_title->setWordWrap(true);
    m_title->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);

    // The tiles: a grid that reflows to the width (views/widgets/tilegrid.h).
    m_grid = new TileGrid(this);
    buildGroups();
    // Over the Dealix API: the server's own risks, decisions and forecast health.
    m_serverLines->setWordWrap(true);
    m_serverLines->setTextFormat(Qt::PlainText);
    m_serverLines->setObjectName(QStringLiteral("server-lines"));
    m_serverLines->hide();
    m_grid->addFooter(m_serverLines);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_header);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_banner);
    layout->addWidget(m_grid, 1);
    placeHeader();
    retranslate();
}

void ExecutiveRoomWidget::buildGroups()
{
    for (const ExecutiveTiles::Group &g : ExecutiveTiles::groups()) {
        Group group;
        group.id = g.id;
        group.surfaceId = g.surfaceId;
        group.box = new QGroupBox(this);
        group.box->setObjectName(QStringLiteral("group-") + group.id);
        group.unavailable = new QLabel(group.box);
        group.unavailable->setWordWrap(true);
        group.unavailable->hide();
        QList<QWidget *> tiles;
        for (const QString &key : g.tileKeys)
            tiles << addTile(group, key);
        m_grid->addGroup(group.box, tiles, group.unavailable);
        m_groups << group;
    }
}

void ExecutiveRoomWidget::placeHeader()
{
    // Beside the title when both fit in the width, else below it.
    const int need = m_title->sizeHint().width() + m_header->horizontalSpacing() +
                     m_controls->sizeHint().width();
    const bool below = need > contentsRect().width();
    if (m_header->count() == 2 && m_controlsBelow == below)
        return;
    m_controlsBelow = below;
    m_header->removeWidget(m_title);
    m_header->removeWidget(m_controls);
    m_header->addWidget(m_title, 0, 0);
    m_header->addWidget(m_controls, below ? 1 : 0, below ? 0 : 1,
                        Qt::AlignVCenter | (below ? Qt::AlignLeading : Qt::AlignTrailing));
    m_header->setColumnStretch(0, 1);
    m_header->setColumnStretch(1, 0);
}

void ExecutiveRoomWidget::resizeEvent(QResizeEvent *event)
{
    SurfaceWidget::resizeEvent(event);
    placeHeader();
}

KpiTile *ExecutiveRoomWidget::addTile(Group &group, const QString &key)
{
    auto *t = new KpiTile(group.box);
    t->setObjectName(QStringLiteral("tile-") + key);
    group.tileKeys << key;
    m_tiles.insert(key, t);
    const QString groupId = group.id;
    const QString surfaceId = group.surfaceId;
    connect(t, &KpiTile::provenanceRequested, this,
            [this, groupId, t] { showProvenance(groupId, t->caption()); });
    connect(t, &KpiTile::clicked, this,
            [this, surfaceId] { emit openSurfaceRequested(surfaceId); });
    // Drill-down only where the target surface exists in this build.
    const Surface *target = SurfaceRegistry::instance().find(surfaceId);
    t->setDrillDown(target != nullptr,
                    target ? tr("Click, or press Enter, to open %1").arg(target->title())
                           : QString());
    return t;
}

void ExecutiveRoomWidget::setSession(const Session *session, const QDateTime &asOf)
{
    // A source or tenant change: the live checks in flight are discarded, never shown.
    m_job->reset();
    SurfaceWidget::setSession(session, asOf);
}

void ExecutiveRoomWidget::setPeriod(Period period)
{
    m_period->setCurrentIndex(int(period));
}

Period ExecutiveRoomWidget::period() const
{
    return Period(m_period->currentIndex());
}

bool ExecutiveRoomWidget::refresh()
{
    return recompute(nullptr);
}

bool ExecutiveRoomWidget::recompute(const ComplianceLive *arrived)
{
    m_error.clear();
    // Figures of another tenant are never shown as this one's, not even as stale.
    if (m_hasSnapshot && (!m_session || m_snapshot.tenant.id != m_session->tenantId()))
        m_hasSnapshot = false;
    if (!m_session || !m_session->isOpen() || !m_session->hasTenant()) {
        cancelRefresh();
        showFailure(tr("No source is connected. Use File ▸ Connect to open one."));
        emit refreshed(false);
        return false;
    }
    // The live compliance checks just delivered, or held ones of this tenant and time;
    // otherwise the stored figures now and the checks in the background (their arrival
    // computes again with them, at their as-of).
    std::optional<ComplianceLive> live;
    if (const ComplianceLive *held = arrived ? arrived : m_job->reuse(*m_session, m_asOf))
        live = *held;
    const QDateTime at =
        live ? live->asOf : (m_asOf.isValid() ? m_asOf : QDateTime::currentDateTimeUtc());
    const Period p = period();
    const QString noAnswer = tr("The source did not answer.");
    // On the worker thread, with its own connection: only values are captured.
    return runRefresh<ExecutiveSnapshot>(
        [p, at, live, noAnswer](const Session &session) -> Result<ExecutiveSnapshot> {
            ExecutiveSnapshot snapshot;
            QString error;
            if (!ExecutiveSnapshot::compute(session, p, at, &snapshot, &error,
                                            live ? &*live : nullptr))
                return Failure{error.isEmpty() ? noAnswer : error};
            return snapshot;
        },
        [this, hadLive = live.has_value(), at](const ExecutiveSnapshot &snapshot) {
            m_snapshot = snapshot;
            m_hasSnapshot = true;
            // The live checks read the database: a Dealix server has none to read.
            if (!hadLive && !m_session->isRest())
                m_job->start(*m_session, at);
            m_stale = false;
            m_lastSuccess = QDateTime::currentDateTimeUtc();
            m_banner->clearMessage();
            showSnapshot();
        },
        [this](const QString &error) {
            if (m_hasSnapshot && m_snapshot.tenant.id != m_session->tenantId())
                m_hasSnapshot = false;
            showFailure(error);
        });
}

void ExecutiveRoomWidget::showFailure(const QString &error)
{
    // The last figures stay on screen, marked stale with the time and the error.
    m_error = error;
    m_stale = m_hasSnapshot;
    if (!m_hasSnapshot) {
        for (KpiTile *t : std::as_const(m_tiles)) {
            t->setValue(QStringLiteral("—"));
            t->setContext(QString());
            t->setDetail(QString());
            t->setState(KpiTile::State::Unavailable);
        }
    }
    // Times in the tenant's zone, in the long unambiguous form.
    const QTimeZone zone = Periods::zone(m_hasSnapshot ? m_snapshot.tenant.timeZone
                                         : m_session   ? m_session->tenant().timeZone
                                                       : QByteArray());
    m_banner->showMessage(
        MessageBanner::Level::Error,
        m_hasSnapshot ? tr("Stale: these figures are from %1. Refresh failed at %2: %3")
                            .arg(Format::dateTime(m_lastSuccess, zone),
                                 Format::dateTime(QDateTime::currentDateTimeUtc(), zone), error)
                      : tr("Refresh failed: %1").arg(error));
}

void ExecutiveRoomWidget::showSection(const QString &id, const ExecutiveSnapshot::Section &sec)
{
    for (Group &g : m_groups) {
        if (g.id != id)
            continue;
        g.unavailable->setVisible(!sec.available);
        g.unavailable->setText(DisplayText::balanced(sec.unavailableReason));
        for (const QString &key : std::as_const(g.tileKeys)) {
            KpiTile *t = m_tiles.value(key);
            if (!sec.available) {
                t->setValue(QStringLiteral("—"));
                t->setContext(QString());
                t->setDetail(QString());
                t->setState(KpiTile::State::Unavailable);
            }
        }
    }
}

void ExecutiveRoomWidget::showSnapshot()
{
    const ExecutiveSnapshot &s = m_snapshot;
    m_subtitle->setText(tr("%1 · %2 · as of %3")
                            .arg(DisplayText::isolate(layoutDirection() == Qt::RightToLeft &&
                                                              !s.tenant.nameAr.isEmpty()
                                                          ? s.tenant.nameAr
                                                          : s.tenant.name),
                                 periodText(),
                                 Format::dateTime(s.asOf, Periods::zone(s.tenant.timeZone))));
    const QHash<QString, ExecutiveTiles::Tile> tiles = ExecutiveTiles::build(s);
    for (auto it = tiles.constBegin(); it != tiles.constEnd(); ++it) {
        KpiTile *t = m_tiles.value(it.key());
        t->setValue(it->value);
        t->setContext(it->context);
        t->setDetail(it->detail);
        t->setState(it->state);
    }
    for (const Group &g : std::as_const(m_groups))
        showSection(g.id, ExecutiveTiles::section(s, g.id));
    const QStringList server = ExecutiveTiles::serverLines(s, layoutDirection() == Qt::RightToLeft);
    m_serverLines->setVisible(!server.isEmpty());
    m_serverLines->setText(server.join(QLatin1Char('\n')));
}

void ExecutiveRoomWidget::showProvenance(const QString &groupId, const QString &caption)
{
    if (!m_hasSnapshot)
        return;
    const ExecutiveSnapshot::Section *sec = &ExecutiveTiles::section(m_snapshot, groupId);
    ProvenanceDialog::show(this, {caption, m_snapshot.source, m_snapshot.tenant.slug,
                                  m_snapshot.generatedAt, sec->rows, sec->query});
}

QString ExecutiveRoomWidget::periodText() const
{
    return m_period->currentText();
}

QByteArray ExecutiveRoomWidget::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << qint32(1) << qint32(m_period->currentIndex()) << m_autoRefreshBox->isChecked();
    return state;
}

void ExecutiveRoomWidget::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    qint32 version = 0;
    qint32 index = 3;
    bool autoRefresh = true;
    in >> version >> index >> autoRefresh;
    if (in.status() != QDataStream::Ok || version != 1)
        return;
    if (index >= 0 && index < m_period->count())
        m_period->setCurrentIndex(index);
    m_autoRefreshBox->setChecked(autoRefresh);
}

void ExecutiveRoomWidget::retranslate()
{
    m_title->setText(tr("Executive Room"));
    m_periodLabel->setText(tr("&Period:"));
    for (int i = 0; i < m_period->count(); ++i)
        m_period->setItemText(i, ExecutiveTiles::periodLabel(Period(i)));
    m_autoRefreshBox->setText(tr("Auto-refresh every"));
    //: Suffix of the auto-refresh period, in seconds
    m_interval->setSuffix(tr(" s"));
    m_autoRefreshBox->setToolTip(tr("Paused while the window is hidden or minimised"));
    for (const Group &g : std::as_const(m_groups))
        g.box->setTitle(ExecutiveTiles::groupTitle(g.id));
    for (auto it = m_tiles.constBegin(); it != m_tiles.constEnd(); ++it) {
        it.value()->setCaption(ExecutiveTiles::caption(it.key()));
        it.value()->setDefinition(ExecutiveTiles::definition(it.key()));
    }
    if (m_hasSnapshot)
        showSnapshot();
    placeHeader();
}
