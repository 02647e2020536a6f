#pragma once

// Registers every surface of this build with the SurfaceRegistry, in board order. Each
// surface's issue adds its line in surfaces.cpp; nothing else lists surfaces.
void registerSurfaces();
