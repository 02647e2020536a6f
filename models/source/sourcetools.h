#pragma once

#include <QString>

class SourceUrl;

// Helpers around a source URL that keep its secrets: the remembered form, JSON redaction and
// a server probe that is safe off the GUI thread.
namespace SourceTools {

// The URL with its PostgreSQL role name (never a password: SourceUrl refuses one), for the
// user's own settings (recent sources) and the connection dialog only, so that the source can
// be opened again. Never printed: toDisplayString() shows the role as "***".
QString rememberedUrl(const SourceUrl &url);

// SourceUrl::redact() for a JSON text (an audit row's changes): each string value is decoded,
// redacted on its own and encoded again when that changed it, so keys, numbers, layout and
// the values between two URLs (an e-mail address) are kept. Text that is not JSON: redact().
QString redactJson(const QString &text);

// Whether a PostgreSQL server answers on a connection of its own (a Session opened with the
// usual connect timeout, then "select 1"), closed again; true for other sources. Safe to call
// from a worker thread: the window's health check and reconnection run it there, so a server
// that never answers costs that thread the timeout, never the window. error: why not,
// redacted.
bool probeServer(const SourceUrl &url, const QString &password, QString *error);

} // namespace SourceTools
