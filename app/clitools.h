#pragma once

#include "app/commandline.h"

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
// Opens --source (or the default demo database) and, if wanted, selects --tenant.
int openSession(const Options &o, Session &session, bool selectTenant);
// Writes data to -o atomically, or to standard output.
int writeOutput(const Options &o, const QByteArray &data);
// --as-of, else the as-of time of an offline copy, else now.
QDateTime asOfFor(const Options &o, const Session &session);
// rc, or 7 (integrity) when it is Ok but the source is an offline copy altered since written.
int withOfflineCheck(int rc, const Session &session);
} // namespace CommandLine::CliTools
