#pragma once

#include "models/source/session.h"

#include <QString>

#include <functional>
#include <memory>

// Opens the source a user asked for (--source, DEALIX_SOURCE, or the demo database in the
// user's data folder, generated on first use) and selects the tenant. Shared by the command
// line and the GUI so both resolve sources the same way.
namespace SourceOpener {

// The demo database's path (QStandardPaths::AppDataLocation/demo.sqlite).
QString defaultDemoPath();
// The URL to use: explicit, else DEALIX_SOURCE, else sqlite:<defaultDemoPath()>.
QString resolveUrl(const QString &explicitUrl);
// How a cover or a dialog names session's source: "Demo database" for the default demo
// database, else BoardPack::sourceName (never a path's directory, never credentials).
QString sourceName(const Session &session);
// Generates the default demo database if the URL is it and it does not exist yet.
// progress reports percent and may cancel.
bool ensureDemo(const QString &url, QString *error, const std::function<bool(int)> &progress = {});

} // namespace SourceOpener
