#include "app/surfaces.h"

#include "views/overview/sourceoverviewsurface.h"
#include "views/surface/surface.h"

void registerSurfaces()
{
    SurfaceRegistry &registry = SurfaceRegistry::instance();
    registry.add(std::make_unique<SourceOverviewSurface>());
}
