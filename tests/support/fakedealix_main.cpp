// fake-dealix: the test Dealix server (tests/support/fakedealix.h) as a process, for the
// command-line, GUI and board-pack tests and the benches (README "Tests").
//
//   fake-dealix --dir DIR [--port N] [--delay-ms N] [--pages FILE] [--token TOKEN]
//
// Serves every fixture file of DIR ("GET executive-room__snapshot.json"), and with --pages the
// JSON array of FILE as GET /api/v1/strategic-deals in pages (page, per_page). Prints its base
// URL ("http://127.0.0.1:PORT/api/v1") as the first line of stdout and runs until killed.
#include "tests/support/fakedealix.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A test Dealix server on 127.0.0.1."));
    parser.addHelpOption();
    const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Fixture directory."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port (default: any)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption delay(QStringLiteral("delay-ms"),
                                   QStringLiteral("Delay before every answer."),
                                   QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption pages(
        QStringLiteral("pages"),
        QStringLiteral("JSON array served as GET strategic-deals in pages (page, per_page)."),
        QStringLiteral("FILE"));
    parser.addOptions({dir, port, delay, pages});
    parser.process(app);

    auto fail = [](const QString &why) {
        std::fprintf(stderr, "fake-dealix: %s\n", qPrintable(why));
        return 2;
    };
    if (!parser.isSet(dir) && !parser.isSet(pages))
        return fail(QStringLiteral("--dir DIR or --pages FILE is required"));
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535)
        return fail(QStringLiteral("--port takes a number from 0 to 65535"));
    const int delayMs = parser.value(delay).toInt(&ok);
    if (!ok || delayMs < 0)
        return fail(QStringLiteral("--delay-ms takes a number of milliseconds"));

    FakeDealix server;
    if (parser.isSet(dir)) {
        if (!QDir(parser.value(dir)).exists())
            return fail(QStringLiteral("no directory %1").arg(parser.value(dir)));
        if (server.routeDirectory(parser.value(dir)) == 0)
            return fail(QStringLiteral("no fixture file (\"GET path__to__route.json\") in %1")
                            .arg(parser.value(dir)));
    }
    if (parser.isSet(pages)) {
        QString error;
        if (!server.routePages(QStringLiteral("strategic-deals"), parser.value(pages), &error))
            return fail(error);
    }
    server.setExtraDelayMs(delayMs);
    if (!server.start(quint16(portNumber)))
        return fail(QStringLiteral("cannot listen on 127.0.0.1:%1").arg(portNumber));
    std::printf("%s\n", qPrintable(server.baseUrl()));
    std::fflush(stdout);
    return app.exec();
}
