#include "tests/support/deskrun.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QProcess>

#include <catch2/catch.hpp>

namespace TestSupport {

DeskRun runDesk(const QStringList &args, const DeskOptions &options)
{
    QProcess p;
    p.setProcessEnvironment(options.env);
    if (!options.workingDirectory.isEmpty())
        p.setWorkingDirectory(options.workingDirectory);
    QString binary = options.binary;
    if (binary.isEmpty())
        binary = qEnvironmentVariable("DEALIX_TEST_DESK");
    if (binary.isEmpty())
        binary = QStringLiteral(DEALIX_DESK_BINARY);
    p.start(binary, args);
    // A program that did not start (a wrong path, not executable) is a failed test, never an
    // exit code of 0 read from a process that never ran.
    INFO(binary.toStdString());
    REQUIRE(p.waitForStarted(options.timeoutMs));
    if (!options.input.isNull()) {
        p.write(options.input);
        p.closeWriteChannel(); // after what was written has gone
    }
    if (options.serveEvents) {
        const QDeadlineTimer deadline(options.timeoutMs);
        while (!p.waitForFinished(10) && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        REQUIRE(p.state() == QProcess::NotRunning);
    } else {
        REQUIRE(p.waitForFinished(options.timeoutMs));
    }
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError(),
            p.exitStatus() == QProcess::CrashExit};
}

DeskRun runDesk(const QStringList &args, const QProcessEnvironment &env)
{
    DeskOptions options;
    options.env = env;
    return runDesk(args, options);
}

} // namespace TestSupport
