#include "app/commandline.h"
#include "app/exitcodes.h"
#include "app/guiapp.h"
#include "models/core/displaytext.h"
#include "models/source/sourceurl.h"

#include <QStringList>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    CommandLine::Options options;
    QString error;
    if (!CommandLine::parse(args, &options, &error)) {
        QTextStream(stderr) << "dealix-desk: " << DisplayText::terminal(SourceUrl::redact(error))
                            << Qt::endl;
        return ExitCode::Usage;
    }
    if (options.help) {
        QTextStream(stdout) << options.helpText;
        return ExitCode::Ok;
    }
    if (options.version) {
        QTextStream(stdout) << "dealix-desk " DEALIX_VERSION << Qt::endl;
        return ExitCode::Ok;
    }
    // Qt warns on every start when XDG_RUNTIME_DIR is unset (root shells, CI); give it the
    // private directory it would fall back to anyway.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray dir = "/tmp/runtime-" + QByteArray::number(getuid());
        if (mkdir(dir.constData(), 0700) == 0 || errno == EEXIST)
            qputenv("XDG_RUNTIME_DIR", dir);
    }
    // Headless work selects the offscreen platform itself when there is no display:
    // "minimal" would write PDFs without text.
    options.noDisplay = CommandLine::noDisplay();
    if (options.noDisplay ||
        (!options.screenshot.isEmpty() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return GuiApp::exec(argc, argv, options);
}
