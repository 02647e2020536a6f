#include "views/surface/surface.h"

#include "views/widgets/navicons.h"
#include "views/widgets/statepalette.h"

#include "models/executive/executivesnapshot.h"
#include "models/source/session.h"
#include "views/widgets/messagebanner.h"

#include <QEvent>

#include <algorithm>
#include <map>
#include <mutex>

// What the copies of one request share: the live checks and the snapshots computed for it (by
// period; the tenant and as-of time are checked on reading). Each result is immutable once
// shared: a reader keeps its own reference, and a result for another tenant or time replaces
// the pointer, never the object.
struct ExportRequest::Shared {
    std::mutex complianceLock;
    std::shared_ptr<const ComplianceLive> live; // computed (or cancelled, or failed) for:
    QString liveTenant;
    QDateTime liveAsOf;
    struct Snapshot {
        bool ok = false;
        QString tenantId;
        QDateTime asOf;
        QString error;
        ExecutiveSnapshot value;
    };
    std::mutex snapshotLock;
    std::map<Period, std::shared_ptr<const Snapshot>> snapshots;
};

std::atomic_int ExportRequest::liveComputations{0};
std::function<void(int, int)> ExportRequest::betweenLiveChecks;

ExportRequest::ExportRequest()
    : shared(std::make_shared<Shared>())
{}

std::shared_ptr<const ComplianceLive> ExportRequest::liveCompliance(const Session &session) const
{
    const std::lock_guard<std::mutex> lock(shared->complianceLock);
    // Checks the caller already has for this tenant and time.
    if (compliance &&
        (asOf.isValid() ? compliance->matches(session.tenantId(), asOf)
                        : compliance->ran && compliance->tenantId == session.tenantId()))
        return compliance;
    // Run once for this request, tenant and time, whatever came of it (a cancelled run stays
    // cancelled: the pack it belongs to is not written).
    if (shared->live && shared->liveTenant == session.tenantId() && shared->liveAsOf == asOf)
        return shared->live;
    ++liveComputations;
    const std::shared_ptr<std::atomic_bool> stop = cancelled;
    const std::function<void(int, int)> hook = betweenLiveChecks;
    auto result = std::make_shared<const ComplianceLive>(
        ComplianceLive::run(session, asOf, [stop, hook](int done, int total) {
            if (hook)
                hook(done, total);
            return !*stop;
        }));
    shared->live = result;
    shared->liveTenant = session.tenantId();
    shared->liveAsOf = asOf;
    return result;
}

bool ExportRequest::executiveSnapshot(const Session &session, Period range, ExecutiveSnapshot *out,
                                      QString *error) const
{
    // The live checks first, outside the snapshot's lock (they have their own); held until the
    // snapshot that points at them is computed.
    const std::shared_ptr<const ComplianceLive> live = liveCompliance(session);
    std::shared_ptr<const Shared::Snapshot> snapshot;
    {
        const std::lock_guard<std::mutex> lock(shared->snapshotLock);
        std::shared_ptr<const Shared::Snapshot> &s = shared->snapshots[range];
        // Computed once per request, tenant and time (a cancelled or failed computation too).
        if (!s || s->tenantId != session.tenantId() || s->asOf != asOf) {
            auto computed = std::make_shared<Shared::Snapshot>();
            computed->ok = ExecutiveSnapshot::compute(session, range, asOf, &computed->value,
                                                      &computed->error, live.get());
            computed->tenantId = session.tenantId();
            computed->asOf = asOf;
            s = std::move(computed);
        }
        snapshot = s;
    }
    if (!snapshot->ok) {
        if (error)
            *error = snapshot->error;
        return false;
    }
    *out = snapshot->value;
    return true;
}

SurfaceRegistry &SurfaceRegistry::instance()
{
    static SurfaceRegistry registry;
    return registry;
}

void SurfaceRegistry::add(std::unique_ptr<Surface> surface)
{
    if (!find(surface->id()))
        m_surfaces.push_back(std::move(surface));
}

const Surface *SurfaceRegistry::find(const QString &id) const
{
    for (const auto &s : m_surfaces) {
        if (s->id() == id)
            return s.get();
    }
    return nullptr;
}

QStringList SurfaceRegistry::ids() const
{
    QStringList out;
    for (const auto &s : m_surfaces)
        out << s->id();
    return out;
}

namespace {
// The "Updating…" indicator in the warning colours of the one palette, for palette.
void styleIndicator(QLabel *indicator, const QPalette &palette)
{
    const StateColours c = StatePalette::colours(UiState::Warning, palette);
    indicator->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border: 1px "
                                            "solid %3; border-radius: 4px; padding: 2px 8px; "
                                            "font-weight: bold; }")
                                 .arg(c.fill.name(), c.text.name(), c.border.name()));
}
} // namespace

SurfaceWidget::SurfaceWidget(QWidget *parent)
    : QWidget(parent)
    , m_lane(std::make_unique<BackgroundLane>(
          this, [this] { return m_session; }, [this] { finishRefresh(); }))
    , m_writeLane(std::make_unique<BackgroundLane>(
          this, [this] { return m_session; },
          [this] {
              endWrite(); // the source or tenant changed: its outcome is not shown on another's
              emit writeFinished();
          }))
    , m_updating(new QLabel(this))
{
    // Over the last figures, at the top, never moving the layout.
    m_updating->setObjectName(QStringLiteral("updating-indicator"));
    m_updating->setTextFormat(Qt::PlainText);
    styleIndicator(m_updating, palette());
    m_updating->setText(tr("Updating…"));
    m_updating->hide();
}

// The lane (and its worker thread) goes first: nothing is delivered to a widget being destroyed.
SurfaceWidget::~SurfaceWidget() = default;

void SurfaceWidget::setSession(const Session *session, const QDateTime &asOf)
{
    // Another session, source, tenant or time: the refresh under way is for figures that are no
    // longer asked for. (BackgroundLane also drops a delivery whose tenant changed meanwhile.)
    if (isRefreshing() && (session != m_session || asOf != m_asOf || !m_lane->runningFor(session)))
        cancelRefresh();
    m_session = session;
    m_asOf = asOf;
    if (!session || !session->isOpen()) {
        m_lane->release(); // the worker's connection closes with the source
        if (m_writing) {
            m_writeLane->release(); // the write under way is interrupted, never delivered
            endWrite();
            emit writeFinished();
        }
    }
}

bool SurfaceWidget::isRefreshing() const
{
    return m_lane->isRunning();
}

void SurfaceWidget::cancelRefresh()
{
    m_lane->cancel();
    finishRefresh();
}

void SurfaceWidget::startRefresh()
{
    // A write's outcome was kept over the refresh that followed it: that one has landed, this
    // one reads the surface afresh.
    if (m_outcomeRefreshLanded) {
        if (m_outcomeBanner)
            m_outcomeBanner->releaseOutcome();
        m_outcomeBanner = nullptr;
        m_outcomeRefreshLanded = false;
    }
    if (!m_writing)
        m_updating->setText(tr("Updating…"));
    placeIndicator();
    m_updating->show();
    m_updating->raise();
}

void SurfaceWidget::refreshLanded()
{
    if (m_outcomeBanner)
        m_outcomeRefreshLanded = true;
}

void SurfaceWidget::keepOutcome(MessageBanner *banner, bool ok, const QString &outcome)
{
    banner->showOutcome(ok ? MessageBanner::Level::Info : MessageBanner::Level::Warning, outcome);
    m_outcomeBanner = banner;
    m_outcomeRefreshLanded = false;
}

void SurfaceWidget::finishRefresh()
{
    if (!m_writing) // "Saving…" stays until the write lands
        m_updating->hide();
}

void SurfaceWidget::setWriteControls(const QList<QWidget *> &controls)
{
    m_writeControls.clear();
    for (QWidget *w : controls)
        m_writeControls << QPointer<QWidget>(w);
}

SurfaceWidget::WriteOutcome
SurfaceWidget::runWrite(MessageBanner *banner, std::function<WriteOutcome(const Session &)> write,
                        std::function<void(const WriteOutcome &)> landed)
{
    auto land = [this, banner, landed](const WriteOutcome &o) {
        if (landed)
            landed(o); // a refresh clears the banner: the outcome is shown after it, and kept
        keepOutcome(banner, o.ok, o.message);
    };
    if (!m_session->isRest()) {
        const WriteOutcome o = write(*m_session);
        land(o);
        return o;
    }
    if (m_writing) { // its controls are disabled; a second write never overtakes the first
        const WriteOutcome busy{false, tr("A change is still being saved; wait for its result."),
                                false};
        banner->showMessage(MessageBanner::Level::Info, busy.message);
        return busy;
    }
    m_writing = true;
    m_writeEnabled.clear();
    for (const QPointer<QWidget> &w : std::as_const(m_writeControls)) {
        m_writeEnabled << (w && w->isEnabled());
        if (w)
            w->setEnabled(false);
    }
    m_updating->setText(tr("Saving…"));
    placeIndicator();
    m_updating->show();
    m_updating->raise();
    m_writeLane->run<WriteOutcome>(
        *m_session,
        [write = std::move(write)](const Session &clone) {
            return Result<WriteOutcome>(write(clone));
        },
        [this, land](const Result<WriteOutcome> &result) {
            endWrite();
            land(result.ok() ? result.value() : WriteOutcome{false, result.error(), false});
            emit writeFinished();
        });
    const WriteOutcome saving{true, tr("Saving…"), false};
    banner->showMessage(MessageBanner::Level::Info, saving.message);
    return saving;
}

void SurfaceWidget::endWrite()
{
    if (!m_writing)
        return;
    m_writing = false;
    for (qsizetype i = 0; i < m_writeControls.size() && i < m_writeEnabled.size(); ++i) {
        if (m_writeControls.at(i))
            m_writeControls.at(i)->setEnabled(m_writeEnabled.at(i));
    }
    m_writeEnabled.clear();
    if (m_lane->isRunning())
        m_updating->setText(tr("Updating…"));
    else
        m_updating->hide();
    placeIndicator();
}

void SurfaceWidget::placeIndicator()
{
    // Top centre: over the heading row's empty middle, clear of the title (leading edge) and of
    // the controls (trailing edge), in either direction.
    m_updating->adjustSize();
    m_updating->move(std::max(0, (width() - m_updating->width()) / 2), 6);
}

void SurfaceWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeIndicator();
}

void SurfaceWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_updating->setText(m_writing ? tr("Saving…") : tr("Updating…"));
        placeIndicator();
        retranslate();
    } else if (event->type() == QEvent::LayoutDirectionChange) {
        placeIndicator();
    } else if (event->type() == QEvent::PaletteChange ||
               event->type() == QEvent::ApplicationPaletteChange) {
        // A theme switched while the app runs: the warning's colours follow.
        styleIndicator(m_updating, palette());
    }
    QWidget::changeEvent(event);
}

bool SurfaceWidget::requireSource(const Session *session, MessageBanner *banner)
{
    if (session && session->isOpen() && session->hasTenant())
        return true;
    m_error = tr("No source is connected. Use File ▸ Connect to open one.");
    banner->showMessage(MessageBanner::Level::Info, m_error);
    emit refreshed(false);
    return false;
}

bool SurfaceWidget::refreshFailed(MessageBanner *banner, const QString &error)
{
    m_error = error;
    if (banner)
        banner->showNotice(MessageBanner::Level::Error, error);
    emit refreshed(false);
    return false;
}
