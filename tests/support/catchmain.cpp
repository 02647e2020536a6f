// Catch2 runner with a Qt application object: QApplication (offscreen) for GUI tests,
// QCoreApplication otherwise. Qt's SQL plugins and translators need one.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef DEALIX_TEST_GUI
#include <QApplication>
#else
#include <QCoreApplication>
#endif

int main(int argc, char *argv[])
{
#ifdef DEALIX_TEST_GUI
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    QCoreApplication::setOrganizationName(QStringLiteral("DealixTest"));
    QCoreApplication::setApplicationName(QStringLiteral("dealix-tests"));
    return Catch::Session().run(argc, argv);
}
