#include "views/surface/surface.h"

#include <QEvent>

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
