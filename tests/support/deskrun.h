#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// The built dealix-desk run as a separate process (README "Tests"): the one way the tests run
// the command line. Catch2 REQUIREs that it finished within the timeout.
namespace TestSupport {

struct DeskRun {
    int exitCode = -1;
    QByteArray out;       // standard output
    QByteArray err;       // standard error
    bool crashed = false; // ended by a signal (exitCode is then the signal's number)
};

struct DeskOptions {
    // The process's environment (default: this process's).
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Written to its standard input, which is then closed (an empty, non-null array: closed at
    // once). Null (the default): standard input stays open and unused, as for a program run
    // from a terminal nobody types into.
    QByteArray input;
    // Keep this process's event loop running while waiting (test servers living on this
    // thread answer the program meanwhile); otherwise a plain blocking wait.
    bool serveEvents = false;
    int timeoutMs = 120000;
    // Where it runs (empty: this process's working directory).
    QString workingDirectory;
    // Another binary than this build's dealix-desk (empty: the one DEALIX_TEST_DESK names, to
    // watch the tests fail on an older build; unset, this build's).
    QString binary;
};

DeskRun runDesk(const QStringList &args, const DeskOptions &options = {});
// With env as the program's whole environment, the other options their defaults.
DeskRun runDesk(const QStringList &args, const QProcessEnvironment &env);

} // namespace TestSupport
