#pragma once

#include <QIcon>
#include <QString>

// The app's own icon set (resources/icons/, README "Colour and states"): one monochrome line
// icon per surface on the same 24 × 24 grid and stroke, drawn from SVG at the size asked (crisp
// at 2×) in the palette's text colour (the highlighted text colour when selected), so that it
// reads in a light, dark or high-contrast theme; and the application's full-colour icon.
namespace NavIcons {

// The resource path of a surface's icon: ":/icons/<surface id>.svg".
QString path(const QString &surfaceId);
QIcon surface(const QString &surfaceId);
QIcon application();

} // namespace NavIcons
