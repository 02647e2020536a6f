#include "app/commandline.h"
#include "app/exitcodes.h"
#include "app/guiapp.h"
#include "models/core/displaytext.h"
#include "models/core/platform.h"
#include "models/source/sourceurl.h"

#include <QFile>
#include <QStringList>
#include <QTextStream>

#include <cstdio>

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
        if (const QString dir = Platform::runtimeDirFallback(); !dir.isEmpty())
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
    }
    // Headless work selects the offscreen platform itself when there is no display:
    // "minimal" would write PDFs without text.
    options.noDisplay = CommandLine::noDisplay();
    if (options.noDisplay ||
        (!options.screenshot.isEmpty() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return GuiApp::exec(argc, argv, options);
}
