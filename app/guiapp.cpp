#include "app/guiapp.h"

#include "models/core/atomicfile.h"
#include "views/widgets/datalabels.h"

#include "models/core/displaytext.h"

#include "app/clitools.h"
#include "app/exitcodes.h"
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/sourceopener.h"
#include "app/surfaces.h"
#include "models/core/settings.h"
#include "models/source/session.h"
#include "views/surface/refreshworker.h"
#include "views/surface/surface.h"
#include "views/widgets/livecompliancejob.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImageReader>
#include <QMessageBox>
#include <QPixmap>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QStringList>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace GuiApp {

namespace {

// DEALIX_TIMINGS=1: the start-up's phases, each in ms since GuiApp::exec began, printed at
// the first paint as one line on standard error (README "Benchmarks", bench/startup.sh).
class StartupTrace
{
public:
    StartupTrace()
        : m_enabled(qEnvironmentVariableIsSet("DEALIX_TIMINGS"))
    {
        m_timer.start();
    }
    bool enabled() const { return m_enabled; }
    void mark(const char *phase)
    {
        if (m_enabled)
            m_marks << QStringLiteral("%1 %2").arg(QLatin1String(phase)).arg(m_timer.elapsed());
    }
    void print()
    {
        mark("first-paint");
        if (m_enabled)
            QTextStream(stderr) << "timings: start-up (ms since start): "
                                << m_marks.join(QLatin1String(", ")) << Qt::endl;
        m_enabled = false;
    }

private:
    bool m_enabled;
    QElapsedTimer m_timer;
    QStringList m_marks;
};

// At the window's first paint: prints the start-up trace and, with --quit-after-paint, quits
// (bench/ measures start-up with it).
class FirstPaintWatcher : public QObject
{
public:
    FirstPaintWatcher(StartupTrace *trace, bool quit, QObject *parent)
        : QObject(parent)
        , m_trace(trace)
        , m_quit(quit)
    {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            m_trace->print();
            if (m_quit)
                QCoreApplication::quit(); // leave at once: later posted work is not the first
                                          // screen
        }
        return QObject::eventFilter(watched, event);
    }

private:
    StartupTrace *m_trace;
    bool m_quit;
    bool m_seen = false;
};

// The style's standard icons (navigation, toolbar, banners) are PNGs whose first read makes
// QImageReader load and ask every image-format plugin (gif, ico, jpeg, svg … with their
// libraries: about 4-5 ms of CPU). A worker thread does that while the GUI thread reads the
// settings and builds the window; the plugins are process-wide, so the window's first icon
// then costs what the others do. Joined before the application goes.
class ImagePluginPreload
{
public:
    ImagePluginPreload()
        : m_thread(QThread::create([] {
            QByteArray pngSignature("\x89PNG\r\n\x1a\n", 8);
            QBuffer buffer(&pngSignature);
            buffer.open(QIODevice::ReadOnly);
            QImageReader(&buffer).canRead();
        }))
    {
        m_thread->start(QThread::LowPriority);
    }
    ~ImagePluginPreload() { m_thread->wait(); }
    ImagePluginPreload(const ImagePluginPreload &) = delete;
    ImagePluginPreload &operator=(const ImagePluginPreload &) = delete;

private:
    std::unique_ptr<QThread> m_thread;
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
    StartupTrace trace;
    previousHandler = qInstallMessageHandler(filterMessages);
    QApplication app(argc, argv);
    trace.mark("application");
    std::unique_ptr<ImagePluginPreload> preload;
    if (options.command.isEmpty())
        preload = std::make_unique<ImagePluginPreload>();
    QApplication::setOrganizationName(QStringLiteral("Dealix"));
    QApplication::setApplicationName(QStringLiteral("Dealix Desk"));
    QApplication::setApplicationVersion(QStringLiteral(DEALIX_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(DEALIX_APP_ID));
    LanguageManager::applyFonts();

    Settings settings;
    LanguageManager language;
    const QString lang = options.lang.isEmpty() ? settings.language() : options.lang;
    language.setLanguage(lang);
    trace.mark("settings-language");

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

    trace.mark("demo-check");
    // A screenshot reads the user's settings but leaves them as they were: the surface, the
    // window's geometry, the language and the source it opens on next time are not this run's.
    std::unique_ptr<Settings> scratch;
    if (!screenshot.isEmpty())
        scratch = settings.scratchCopy();
    MainWindow window(scratch ? *scratch : settings, language);
    trace.mark("main-window");
    if (options.asOf.isValid())
        window.setAsOf(options.asOf);
    // Chosen before the source opens, so that only this surface computes for the first screen.
    // (The command line refuses an unknown one before this: a usage error in every form.)
    if (!options.surface.isEmpty() && !window.selectSurface(options.surface)) {
        CommandLine::CliTools::printErr(
            QCoreApplication::translate("GuiApp", "Unknown surface \"%1\".")
                .arg(DisplayText::plain(options.surface)));
        return ExitCode::Usage;
    }

    // A Dealix server: --token-file (refused unless private) or DEALIX_TOKEN, and --ca-file.
    RestOptions rest;
    if (SourceUrl::parse(url).kind() == SourceUrl::Kind::Rest) {
        if (const int rc = CommandLine::CliTools::restOptions(options, &rest); rc != ExitCode::Ok)
            return rc;
    }
    if (!error.isEmpty() || !window.openSource(url, QString(), options.tenant, &error, rest)) {
        // The surfaces then say that no source is connected; File ▸ Connect opens another.
        window.setSession(nullptr);
        window.setSourceError(error);
        QTextStream(stderr) << DisplayText::terminal(SourceUrl::redact(error)) << Qt::endl;
        if (!offscreen)
            DataLabels::message(&window, QMessageBox::Critical,
                                QCoreApplication::translate("GuiApp", "Cannot open the source"),
                                error);
        // `dealix-desk FILE` (a double-click in the file manager) has nothing else to show:
        // the file that cannot be read ends the run with the status --source sqlite: gives.
        if (!options.file.isEmpty())
            return ExitCode::SourceUnavailable;
    }
    trace.mark("source");
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
            if (window.checkingServer()) // a Dealix server's Line B check, for the banner
                return true;
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
            CommandLine::CliTools::printErr(
                writeError.isEmpty() ? QCoreApplication::translate("GuiApp", "Cannot write %1")
                                           .arg(DisplayText::plain(screenshot))
                                     : writeError);
            return ExitCode::Failure;
        }
        QTextStream(stdout) << DisplayText::terminal(QFileInfo(screenshot).absoluteFilePath(),
                                                     false)
                            << Qt::endl;
        return error.isEmpty() ? ExitCode::Ok : ExitCode::SourceUnavailable;
    }
    if (options.quitAfterPaint || trace.enabled())
        window.installEventFilter(new FirstPaintWatcher(&trace, options.quitAfterPaint, &window));
    window.show();
    trace.mark("shown");
    const int code = app.exec();
    // Every background query is interrupted (SQLite) or cancelled (PostgreSQL) at once and the
    // worker threads are joined together, within 5 s in all. One still running then (a server
    // that no longer answers, even to the cancel) would be inside the driver when Qt SQL's
    // globals are destroyed: the process ends here instead, without running static destructors
    // (all files are written atomically before this point).
    if (!RefreshWorker::stopAll(5000)) {
        QTextStream(stderr) << QCoreApplication::translate(
                                   "GuiApp", "A background query did not stop; exiting without "
                                             "waiting for it.")
                            << Qt::endl;
        std::fflush(nullptr);
        std::_Exit(code);
    }
    return code;
}

} // namespace GuiApp
