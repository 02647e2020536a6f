// Every surface and the board pack over a Dealix server (the test server of
// tests/support/fakedealix.h serving the hand-written fixtures of tests/rest/fixtures/), in
// English and in Arabic, the way a user opens them.
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/surfaces.h"
#include "models/core/settings.h"
#include "tests/support/deskrun.h"
#include "tests/support/fakedealix.h"
#include "tests/support/testsupport.h"
#include "views/surface/surface.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QProcessEnvironment>

#include <catch2/catch.hpp>

namespace {

const QString Tenant = QStringLiteral("7d1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b");
const QByteArray Token = "e2e-token-6b1d0c9e-never-shown";

// Every text the surface shows in labels (banners, tiles, headings).
QStringList labelTexts(QWidget *w)
{
    QStringList out;
    for (QLabel *l : w->findChildren<QLabel *>())
        if (l->isVisibleTo(w))
            out << l->text();
    return out;
}

void waitIdle(SurfaceWidget *w)
{
    QElapsedTimer waited;
    waited.start();
    QCoreApplication::processEvents();
    while (w->isRefreshing() && waited.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QCoreApplication::processEvents();
}

// PNGs for a person to look at: written when DEALIX_TEST_SHOTS names a folder.
void keepShot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("DEALIX_TEST_SHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

using TestSupport::DeskRun;
using TestSupport::runDesk;

// The command line with the test token, a board pack's time to write.
TestSupport::DeskOptions withToken()
{
    TestSupport::DeskOptions o;
    o.env.insert(QStringLiteral("DEALIX_TOKEN"), QString::fromLatin1(Token));
    o.timeoutMs = 180000;
    return o;
}

} // namespace

TEST_CASE("every surface over a Dealix server, in English and in Arabic", "[rest][gui]")
{
    FakeDealix server;
    REQUIRE(server.routeDirectory(QStringLiteral(DEALIX_REST_FIXTURES)) > 10);
    REQUIRE(server.start());
    qputenv("DEALIX_TOKEN", Token);
    registerSurfaces();
    const QString lang = GENERATE(QStringLiteral("en"), QStringLiteral("ar"));
    std::unique_ptr<Settings> settings = Settings::temporary();
    LanguageManager language;
    language.setLanguage(lang);
    MainWindow window(*settings, language);
    window.resize(1280, 800);
    QString error;
    REQUIRE(window.openSource(server.baseUrl(), QString(), Tenant, &error));
    INFO(error.toStdString());
    window.show();
    CHECK(QApplication::layoutDirection() ==
          (lang == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight));
    for (const auto &surface : SurfaceRegistry::instance().surfaces()) {
        const QString id = surface->id();
        INFO(id.toStdString() + " " + lang.toStdString());
        REQUIRE(window.selectSurface(id));
        SurfaceWidget *w = window.currentSurface();
        REQUIRE(w);
        waitIdle(w);
        CHECK_FALSE(w->isRefreshing());
        CHECK(w->errorString().isEmpty());
        const QString shown = labelTexts(w).join(QLatin1Char('\n'));
        INFO(shown.toStdString());
        // A part the API cannot serve says so; nothing on screen failed to compute.
        CHECK_FALSE(shown.contains(QStringLiteral("Could not be computed")));
        CHECK_FALSE(shown.contains(QStringLiteral("تعذّر")));
        CHECK_FALSE(shown.contains(QString::fromLatin1(Token)));
        keepShot(&window, QStringLiteral("rest-%1-%2").arg(id, lang));
    }
    qunsetenv("DEALIX_TOKEN");
    // Every request carried the token and the tenant.
    const QList<FakeDealix::Request> seen = server.requests();
    REQUIRE_FALSE(seen.isEmpty());
    for (const FakeDealix::Request &r : seen) {
        INFO(r.path.toStdString());
        CHECK(r.headers.value("authorization") == "Bearer " + Token);
        CHECK(r.query.contains(QStringLiteral("tenant_id=") + Tenant));
    }
}

TEST_CASE("a board pack over a Dealix server, in English and in Arabic", "[rest][boardpack]")
{
    FakeDealix server;
    REQUIRE(server.routeDirectory(QStringLiteral(DEALIX_REST_FIXTURES)) > 10);
    REQUIRE(server.start());
    auto dir = TestSupport::tempDir();
    const QString lang = GENERATE(QStringLiteral("en"), QStringLiteral("ar"));
    const QString pdf = dir->filePath(QStringLiteral("pack-%1.pdf").arg(lang));
    const DeskRun r = runDesk({QStringLiteral("board-pack"), QStringLiteral("--source"),
                               server.baseUrl(), QStringLiteral("--tenant"), Tenant,
                               QStringLiteral("--lang"), lang, QStringLiteral("-o"), pdf},
                              withToken());
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    QFile f(pdf);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.startsWith("%PDF"));
    CHECK_FALSE(bytes.contains(Token));
    CHECK_FALSE(r.out.contains(Token));
    CHECK_FALSE(r.err.contains(Token));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    // The pack names its source and says what the API could not serve.
    CHECK(words.contains(QStringLiteral("127.0.0.1")));
    if (lang == QLatin1String("en"))
        CHECK(words.contains(QStringLiteral("not available over the Dealix API")));
}
