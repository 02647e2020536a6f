#include "app/guiapp.h"

#include "models/core/atomicfile.h"
#include "views/widgets/datalabels.h"

#include "models/core/displaytext.h"

#include "app/exitcodes.h"
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/sourceopener.h"
#include "app/surfaces.h"
#include "models/core/settings.h"
#include "models/source/session.h"
#include "views/surface/surface.h"
#include "views/widgets/livecompliancejob.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMessageBox>
#include <QPixmap>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTextStream>
#include <QThread>
#include <QTimer>

namespace GuiApp {

namespace {

// Quits the application after the window's first paint (bench/ measures start-up with it).
class FirstPaintWatcher : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QCoreApplication::quit(); // leave at once: later posted work is not the first screen
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

QtMessageHandler previousHandler = nullptr;

// The offscreen platform warns about window hints it cannot honour; that is noise for users of
// the headless commands, not a problem.
void filterMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("does not support propagateSizeHints")) ||
        message.contains(QLatin1String("QBackingStore::flush() called for")))
        return;
    previousHandler(type, context, message);
}

} // namespace

int exec(int &argc, char **argv, const CommandLine::Options &options)
{
    previousHandler = qInstallMessageHandler(filterMessages);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Dealix"));
    QApplication::setApplicationName(QStringLiteral("Dealix Desk"));
    QApplication::setApplicationVersion(QStringLiteral(DEALIX_VERSION));
    LanguageManager::applyFonts();

    Settings settings;
    LanguageManager language;
    const QString lang = options.lang.isEmpty() ? settings.language() : options.lang;
    language.setLanguage(lang);

    if (!options.command.isEmpty())
        return CommandLine::run(options);

    registerSurfaces();
    const bool offscreen = QGuiApplication::platformName() == QLatin1String("offscreen");
    QString screenshot = options.screenshot;
    // Without a display (and no platform chosen by the user) the window cannot be shown:
    // render it to a PNG instead and say where it went.
    if (options.noDisplay && screenshot.isEmpty() && !options.quitAfterPaint) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
        QDir().mkpath(dir);
        screenshot =
            QDir(dir).filePath(QStringLiteral("main-window-%1.png").arg(language.language()));
        QTextStream(stdout) << QCoreApplication::translate(
                                   "GuiApp", "No display: rendering the main window offscreen.")
                            << Qt::endl;
    }

    const QString url = SourceOpener::resolveUrl(
        options.source.isEmpty() ? settings.value(Settings::Key::LastSource).toString()
                                 : options.source);
    QString error;
    {
        std::unique_ptr<QProgressDialog> progress;
        if (!offscreen) {
            progress = std::make_unique<QProgressDialog>(
                QCoreApplication::translate("GuiApp", "Generating the demo database…"),
                QCoreApplication::translate("GuiApp", "Cancel"), 0, 100);
            progress->setMinimumDuration(300);
        }
        const bool ok = SourceOpener::ensureDemo(url, &error, [&progress](int pct) {
            if (!progress)
                return true;
            progress->setValue(pct);
            QCoreApplication::processEvents();
            return !progress->wasCanceled();
        });
        if (!ok)
            QTextStream(stderr) << DisplayText::terminal(SourceUrl::redact(error)) << Qt::endl;
    }

    MainWindow window(settings, language);
    if (options.asOf.isValid())
        window.setAsOf(options.asOf);
    // Chosen before the source opens, so that only this surface computes for the first screen.
    if (!options.surface.isEmpty() && !window.selectSurface(options.surface))
        QTextStream(stderr)
            << QCoreApplication::translate("GuiApp", "Unknown surface \"%1\".").arg(options.surface)
            << Qt::endl;

    if (!error.isEmpty() || !window.openSource(url, QString(), options.tenant, &error)) {
        // The surfaces then say that no source is connected; File ▸ Connect opens another.
        window.setSession(nullptr);
        window.setSourceError(error);
        QTextStream(stderr) << DisplayText::terminal(SourceUrl::redact(error)) << Qt::endl;
        if (!offscreen)
            DataLabels::message(&window, QMessageBox::Critical,
                                QCoreApplication::translate("GuiApp", "Cannot open the source"),
                                error);
    }
    if (!screenshot.isEmpty()) {
        window.resize(1280, 800);
        window.show();
        QCoreApplication::processEvents();
        // Surfaces compute in the background (their refresh, then the compliance live checks):
        // that work is waited for, up to 30 seconds, so that the picture shows the figures a
        // user sees a moment later rather than "Updating…".
        QElapsedTimer waited;
        waited.start();
        auto busy = [&window] {
            for (const SurfaceWidget *w : window.findChildren<SurfaceWidget *>()) {
                if (w->isRefreshing())
                    return true;
            }
            for (const LiveComplianceJob *job : window.findChildren<LiveComplianceJob *>()) {
                if (job->isRunning())
                    return true;
            }
            return false;
        };
        while (busy() && waited.elapsed() < 30000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            QThread::msleep(20);
        }
        QCoreApplication::processEvents();
        // Encoded in memory, then written whole like every other file (AtomicFile).
        QByteArray png;
        QBuffer buffer(&png);
        QString writeError;
        if (!buffer.open(QIODevice::WriteOnly) || !window.grab().save(&buffer, "PNG") ||
            !AtomicFile::write(screenshot, png, &writeError)) {
            QTextStream(stderr)
                << (writeError.isEmpty()
                        ? QCoreApplication::translate("GuiApp", "Cannot write %1").arg(screenshot)
                        : writeError)
                << Qt::endl;
            return ExitCode::Failure;
        }
        QTextStream(stdout) << QFileInfo(screenshot).absoluteFilePath() << Qt::endl;
        return error.isEmpty() ? ExitCode::Ok : ExitCode::SourceUnavailable;
    }
    if (options.quitAfterPaint)
        window.installEventFilter(new FirstPaintWatcher(&window));
    window.show();
    return app.exec();
}

} // namespace GuiApp
