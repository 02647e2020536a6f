#include "views/surface/surface.h"

#include "models/source/session.h"
#include "views/widgets/messagebanner.h"

#include <QEvent>

#include <algorithm>

const ComplianceLive &ExportRequest::liveCompliance(const Session &session) const
{
    const bool sameRun = asOf.isValid()
                             ? compliance->matches(session.tenantId(), asOf)
                             : compliance->ran && compliance->tenantId == session.tenantId();
    if (!sameRun)
        *compliance = ComplianceLive::run(session, asOf);
    return *compliance;
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

SurfaceWidget::SurfaceWidget(QWidget *parent)
    : QWidget(parent)
    , m_lane(std::make_unique<BackgroundLane>(
          this, [this] { return m_session; }, [this] { finishRefresh(); }))
    , m_updating(new QLabel(this))
{
    // Over the last figures, in a corner, never moving the layout.
    m_updating->setObjectName(QStringLiteral("updating-indicator"));
    m_updating->setTextFormat(Qt::PlainText);
    m_updating->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #4a3b00; "
                                             "border: 1px solid #c9a400; border-radius: 4px; "
                                             "padding: 2px 8px; font-weight: bold; }"));
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
    if (!session || !session->isOpen())
        m_lane->release(); // the worker's connection closes with the source
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
    placeIndicator();
    m_updating->show();
    m_updating->raise();
}

void SurfaceWidget::finishRefresh()
{
    m_updating->hide();
}

void SurfaceWidget::placeIndicator()
{
    m_updating->adjustSize();
    const int margin = 6;
    const int x =
        layoutDirection() == Qt::RightToLeft ? margin : width() - m_updating->width() - margin;
    m_updating->move(std::max(0, x), margin);
}

void SurfaceWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeIndicator();
}

void SurfaceWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_updating->setText(tr("Updating…"));
        placeIndicator();
        retranslate();
    } else if (event->type() == QEvent::LayoutDirectionChange) {
        placeIndicator();
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
        banner->showMessage(MessageBanner::Level::Error, error);
    emit refreshed(false);
    return false;
}
