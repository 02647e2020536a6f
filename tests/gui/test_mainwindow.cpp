// The main window offscreen, in English and in Arabic.
#include "app/connectiondialog.h"
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/surfaces.h"
#include "models/core/settings.h"
#include "models/overview/sourceoverviewmodel.h"
#include "tests/support/testsupport.h"
#include "views/overview/sourceoverviewwidget.h"
#include "views/surface/surface.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>

#include <catch2/catch.hpp>

namespace {

QStringList menuTitles(QMainWindow &w)
{
    QStringList out;
    for (QAction *a : w.menuBar()->actions())
        out << a->text();
    return out;
}

// A main window on the fixture database, shown offscreen, with temporary settings.
struct ShownWindow {
    std::unique_ptr<QTemporaryDir> dir = TestSupport::tempDir();
    QString path = TestSupport::fixtureFile(*dir, QStringLiteral("gui.sqlite"));
    std::unique_ptr<Settings> settings = Settings::temporary();
    LanguageManager language;
    std::unique_ptr<MainWindow> window;

    explicit ShownWindow(const QString &tenant)
    {
        registerSurfaces();
        REQUIRE_FALSE(path.isEmpty());
        language.setLanguage(QStringLiteral("en"));
        window = std::make_unique<MainWindow>(*settings, language);
        QString error;
        REQUIRE(window->openSource(QStringLiteral("sqlite:") + path, QString(), tenant, &error));
        window->show();
        QCoreApplication::processEvents();
    }
};

} // namespace

TEST_CASE("main window: navigation, source, tenant and status in English", "[gui]")
{
    ShownWindow shown(QStringLiteral("beta"));
    MainWindow &w = *shown.window;
    Settings *settings = shown.settings.get();
    const QString &path = shown.path;
    QString error;

    CHECK(QApplication::layoutDirection() == Qt::LeftToRight);
    CHECK(w.windowTitle() == QStringLiteral("Dealix Executive Desktop"));
    // Every registered surface has its navigation entry, in registry order.
    const auto &surfaces = SurfaceRegistry::instance().surfaces();
    REQUIRE(w.navigation()->count() == int(surfaces.size()));
    for (int i = 0; i < w.navigation()->count(); ++i)
        CHECK(w.navigation()->item(i)->text() == surfaces.at(size_t(i))->title());
    CHECK(menuTitles(w) ==
          QStringList{QStringLiteral("&File"), QStringLiteral("&View"), QStringLiteral("&Help")});

    REQUIRE(w.selectSurface(QStringLiteral("source")));
    auto *overview = qobject_cast<SourceOverviewWidget *>(w.currentSurface());
    REQUIRE(overview);
    // The overview is computed on its worker: its figures arrive a moment later.
    QElapsedTimer waited;
    waited.start();
    while (overview->isRefreshing() && waited.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    REQUIRE_FALSE(overview->isRefreshing());
    CHECK(overview->model()->rowCount() > 15);
    CHECK(overview->model()->overview().tenant.slug == QStringLiteral("beta"));
    CHECK(w.statusBar()->findChildren<QLabel *>().size() >= 4);
    auto *tenants = w.findChild<QComboBox *>(QStringLiteral("tenantCombo"));
    REQUIRE(tenants);
    CHECK(tenants->count() == 2);
    CHECK(tenants->currentText().contains(QStringLiteral("beta")));

    // A source that cannot be opened leaves the current one in place.
    CHECK_FALSE(
        w.openSource(QStringLiteral("sqlite:/nonexistent/x.sqlite"), QString(), QString(), &error));
    CHECK(error.contains(QStringLiteral("no such file")));
    REQUIRE(w.session());
    CHECK(w.session()->tenant().slug == QStringLiteral("beta"));

    // Window state is remembered on close.
    w.close();
    CHECK_FALSE(settings->value(Settings::Key::WindowGeometry).toByteArray().isEmpty());
    CHECK(settings->value(Settings::Key::CurrentSurface).toString() == QStringLiteral("source"));
    CHECK(settings->recentSources().contains(QStringLiteral("sqlite:") + path));
}

TEST_CASE("main window in Arabic: mirrored right to left, translated, switchable at runtime",
          "[gui][arabic]")
{
    ShownWindow shown(QStringLiteral("alpha"));
    MainWindow &w = *shown.window;
    LanguageManager &language = shown.language;
    QString error;
    const QString englishTitle = w.windowTitle();

    REQUIRE(language.setLanguage(QStringLiteral("ar")));
    QCoreApplication::processEvents();
    CHECK(QApplication::layoutDirection() == Qt::RightToLeft);
    CHECK(w.layoutDirection() == Qt::RightToLeft);
    CHECK(w.navigation()->layoutDirection() == Qt::RightToLeft);
    CHECK(w.windowTitle() == QStringLiteral("مكتب Dealix التنفيذي"));
    CHECK(menuTitles(w).first() == QStringLiteral("ملف (&F)"));
    // Navigation entries are translated too, and all still there.
    REQUIRE(w.navigation()->count() == int(SurfaceRegistry::instance().surfaces().size()));
    CHECK(w.navigation()->item(0)->text() == QStringLiteral("غرفة القيادة التنفيذية"));
    QStringList entries;
    for (int i = 0; i < w.navigation()->count(); ++i)
        entries << w.navigation()->item(i)->text();
    CHECK(entries.contains(QStringLiteral("مصدر البيانات")));
    REQUIRE(w.selectSurface(QStringLiteral("source")));
    auto *overview = qobject_cast<SourceOverviewWidget *>(w.currentSurface());
    REQUIRE(overview);
    CHECK(overview->model()->headerData(0, Qt::Horizontal).toString() == QStringLiteral("الجدول"));
    auto *tenants = w.findChild<QComboBox *>(QStringLiteral("tenantCombo"));
    REQUIRE(tenants);
    CHECK(tenants->currentText().contains(QStringLiteral("المستأجر alpha")));

    // And back, without a restart.
    REQUIRE(language.setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    CHECK(QApplication::layoutDirection() == Qt::LeftToRight);
    CHECK(w.windowTitle() == englishTitle);
    CHECK(overview->model()->headerData(0, Qt::Horizontal).toString() == QStringLiteral("Table"));
}

TEST_CASE("connection dialog: URLs round-trip and the password stays out of them", "[gui][connect]")
{
    ConnectionDialog pg({QStringLiteral("sqlite:/tmp/a.sqlite")},
                        QStringLiteral("postgresql://dealix@db.example.sa:6543/dealix_prod"));
    CHECK(pg.url() == QStringLiteral("postgresql://dealix@db.example.sa:6543/dealix_prod"));
    auto *password = pg.findChild<QLineEdit *>(QStringLiteral("password"));
    REQUIRE(password);
    REQUIRE(password->echoMode() == QLineEdit::Password);
    password->setText(QStringLiteral("s3cret"));
    CHECK(pg.password() == QStringLiteral("s3cret"));
    CHECK_FALSE(pg.url().contains(QStringLiteral("s3cret")));

    ConnectionDialog lite({}, QStringLiteral("sqlite:/data/offline copy.sqlite"));
    CHECK(lite.url() == QStringLiteral("sqlite:/data/offline copy.sqlite"));
    CHECK(lite.password().isEmpty());
}

TEST_CASE("connection dialog: a multi-host URL keeps every host and its options", "[gui][connect]")
{
    const QString url =
        QStringLiteral("postgresql://dealix@db1.example.sa:5432,[::1]:5433/dealix_prod"
                       "?sslmode=require&target_session_attrs=prefer-standby");
    ConnectionDialog pg({}, url);
    CHECK(pg.url() == url);
    // A single host keeps its options too (sslmode was dropped once).
    ConnectionDialog one({}, QStringLiteral("postgresql://dealix@h:6543/db?sslmode=verify-full"));
    CHECK(one.url() == QStringLiteral("postgresql://dealix@h:6543/db?sslmode=verify-full"));
}
