#include "views/surface/surface.h"

#include "models/source/session.h"
#include "views/widgets/messagebanner.h"

#include <QEvent>

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

void SurfaceWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
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
    banner->showMessage(MessageBanner::Level::Error, error);
    emit refreshed(false);
    return false;
}
