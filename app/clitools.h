#pragma once

#include "app/commandline.h"
#include "models/source/restclient.h"
#include "models/source/restwrites.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class Session;

// What every headless command shares: messages, the session from --source/--tenant, output.
namespace CommandLine::CliTools {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};
void printErr(const QString &line);
void printOut(const QByteArray &data);
// One data field of tab-separated terminal output: control characters (tab and newline too)
// shown visibly, bidirectional controls balanced.
QString field(const QString &text);
int sessionExit(const Session &session);
// The source --source (or DEALIX_SOURCE) names is a Dealix server (REST API).
bool isRest(const Options &o);
// The token (--token-file, else DEALIX_TOKEN) and --ca-file of a Dealix server; Usage with the
// reason printed when the token file may not be used.
int restOptions(const Options &o, RestOptions *out);
// After a command over a Dealix server: the stale-data warning on standard error, if any of
// its answers came from the offline cache.
void reportStale();
// A write over a Dealix server: "STATUS<TAB>ID" on standard output, or the server's reason on
// standard error and its exit status (401/403 → 6, 404 or not_found → 4, 409 → 5, else 3).
int restWrite(const RestWrites::Result &r, const QString &id);
// Opens --source (or the default demo database) and, if wanted, selects --tenant.
int openSession(const Options &o, Session &session, bool selectTenant);
// Writes data to -o atomically, or to standard output.
int writeOutput(const Options &o, const QByteArray &data);
// --as-of, else the as-of time of an offline copy, else now.
QDateTime asOfFor(const Options &o, const Session &session);
// rc, or 7 (integrity) when it is Ok but the source is an offline copy altered since written.
int withOfflineCheck(int rc, const Session &session);
// The exit status of a read that failed: 6 when a Dealix server refused the token (401/403),
// else 3.
int readFailure(const Session &session);
} // namespace CommandLine::CliTools
