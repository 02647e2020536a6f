// Catch2 runner with a Qt application object: QApplication (offscreen) for GUI tests,
// QCoreApplication otherwise. Qt's SQL plugins and translators need one.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef DEALIX_TEST_GUI
#include "app/languagemanager.h"

#include <QApplication>
#else
#include <QCoreApplication>
#endif

#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    // Each test process gets its own configuration, data and cache folders: tests never read
    // or write the user's real settings or demo database.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toUtf8());
    qputenv("LC_ALL", "C.UTF-8");
#ifdef DEALIX_TEST_GUI
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The fonts the application sets (Noto Sans, Noto Sans Arabic): windows are measured and
    // grabbed as a user sees them, not in whatever fallback font the test machine picks.
    LanguageManager::applyFonts();
#else
    QCoreApplication app(argc, argv);
#endif
    QCoreApplication::setOrganizationName(QStringLiteral("DealixTest"));
    QCoreApplication::setApplicationName(QStringLiteral("dealix-tests"));
    return Catch::Session().run(argc, argv);
}
