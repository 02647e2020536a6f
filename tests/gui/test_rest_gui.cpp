// A Dealix server as a source in the desktop app and on the command line (README "Sources: the
// Dealix REST API — connecting"): the token's three ways in and that it leaks nowhere, the
// writes' exit codes, the Line B and stale-data warnings, the Connect dialog.
#include "app/connectiondialog.h"
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/surfaces.h"
#include "app/tokenkeychain.h"
#include "models/core/format.h"
#include "models/core/settings.h"
#include "models/source/restserver.h"
#include "models/source/session.h"
#include "tests/support/deskrun.h"
#include "tests/support/fakedealix.h"
#include "tests/support/qstringmaker.h"
#include "tests/support/refreshwait.h"
#include "tests/support/testsupport.h"
#include "views/approvals/approvalcenterwidget.h"
#include "views/connectors/connectorswidget.h"
#include "views/evidence/evidencepackswidget.h"
#include "views/violations/policyviolationswidget.h"
#include "views/widgets/kanbanboard.h"
#include "views/widgets/messagebanner.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <QToolButton>

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <memory>

namespace {

using TestSupport::DeskRun;

const QString Tenant = QStringLiteral("7d1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b");

// Options for the GUI write tests: a token whose JWT carries a "sub" claim (a resolution names
// its resolver; without one it is refused before sending), no retries, a 10 s request limit.
RestOptions writerOptions(const QString &cacheDir)
{
    RestOptions options;
    const auto part = [](const QByteArray &json) {
        return json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    options.token =
        part(R"({"alg":"HS256"})") + '.' +
        part(QByteArray(R"({"sub":"u1000000-0000-4000-8000-000000000001","tenant_id":")") +
             Tenant.toLatin1() + "\"}") +
        ".c2lnbmF0dXJl";
    options.cacheDir = cacheDir;
    options.retries = 0;
    options.requestTimeoutMs = 10000;
    return options;
}

const QString Approval = QStringLiteral("a1000000-0000-4000-8000-000000000001");
const QString Pack = QStringLiteral("e1000000-0000-4000-8000-000000000001");
// What must never appear in any output, file or setting.
const QByteArray Token = "tok-Wiring-7f3c9e1d5b-SECRET";

// Line A's snapshot for the tenant (the Dealix API's shape) and a weekly pack: no warning.
const QByteArray LineASnapshot = R"({
    "revenue": {"actual": 1000000.0, "forecast": 1100000.0, "variance_percent": -9.1,
                "pipeline_value": 2500000.0, "win_rate": 40.0},
    "approvals": {"pending": 3, "warning": 1, "breach": 1},
    "connectors": {"healthy": 4, "degraded": 1, "error": 0},
    "compliance": {"compliant": 10, "partial": 2, "non_compliant": 1, "posture": "at_risk"},
    "contradictions": {"active": 2, "critical": 1},
    "strategic_deals": {"active": 3, "pipeline_value": 750000.0},
    "evidence_packs": {"ready": 2, "pending_review": 1}
})";
// Line B: the same keys, all zero, posture "unknown", plus tier1_exec_surface; no weekly pack.
const QByteArray LineBSnapshot = R"({
    "revenue": {"actual": 0, "forecast": 0, "variance_percent": 0, "pipeline_value": 0,
                "win_rate": 0},
    "approvals": {"pending": 0, "warning": 0, "breach": 0},
    "connectors": {"healthy": 0, "degraded": 0, "error": 0},
    "compliance": {"compliant": 0, "partial": 0, "non_compliant": 0, "posture": "unknown"},
    "contradictions": {"active": 0, "critical": 0},
    "strategic_deals": {"active": 0, "pipeline_value": 0},
    "evidence_packs": {"ready": 0, "pending_review": 0},
    "tier1_exec_surface": {"status": "placeholder"}
})";

void lineA(FakeDealix &server)
{
    server.route("GET", QStringLiteral("executive-room/snapshot"), FakeDealix::json(LineASnapshot));
    server.route("GET", QStringLiteral("executive-room/weekly-pack"),
                 FakeDealix::json(R"({"rag": "red", "synergy_actual_sar": 1000000.0})"));
}

// The command line in a home of its own (settings, cache, data), with DEALIX_TOKEN unless
// token is empty.
struct Cli {
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    explicit Cli(const QByteArray &token = Token)
    {
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("DEALIX_SOURCE"));
        env.remove(QStringLiteral("DEALIX_TOKEN"));
        if (!token.isEmpty())
            env.insert(QStringLiteral("DEALIX_TOKEN"), QString::fromLatin1(token));
    }
    DeskRun run(const QStringList &args) const { return TestSupport::runDesk(args, env); }
};

// Every file under dir that holds needle (its bytes), by path.
QStringList filesHolding(const QString &dir, const QByteArray &needle)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            out << path;
    }
    return out;
}

QStringList restArgs(const FakeDealix &server)
{
    return {QStringLiteral("--source"), server.baseUrl(), QStringLiteral("--tenant"), Tenant};
}

} // namespace

TEST_CASE("cli over REST: decide, review-pack and connector disable with their exit codes",
          "[rest][cli]")
{
    FakeDealix server;
    REQUIRE(server.start());
    lineA(server);
    const QString approve = QStringLiteral("approval-center/%1/approve").arg(Approval);
    Cli cli;
    auto decide = [&](const QStringList &extra = {}) {
        return cli.run(QStringList{QStringLiteral("decide"), Approval, QStringLiteral("approve")} +
                       restArgs(server) + extra);
    };

    server.route(
        "POST", approve,
        FakeDealix::json(QStringLiteral(R"({"id": "%1", "status": "approved", "note": null})")
                             .arg(Approval)
                             .toUtf8()));
    const DeskRun ok = decide();
    INFO(ok.err.toStdString());
    CHECK(ok.exitCode == 0);
    CHECK(ok.out == QStringLiteral("approved\t%1\n").arg(Approval).toUtf8());
    CHECK(ok.err.isEmpty()); // Line A, fresh: nothing to warn about
    bool sentToken = false;
    for (const FakeDealix::Request &r : server.requests())
        sentToken = sentToken || (r.path.endsWith(QStringLiteral("/approve")) &&
                                  r.headers.value("authorization") == "Bearer " + Token);
    CHECK(sentToken);

    // --as is accepted and ignored, with a note: the token's owner acts.
    const DeskRun as = decide({QStringLiteral("--as"), QStringLiteral("cfo@example.sa")});
    CHECK(as.exitCode == 0);
    CHECK(as.err.contains("--as is ignored"));

    struct Case {
        const char *name;
        FakeDealix::Response response;
        int exitCode;
        QByteArray reason;
    };
    FakeDealix::Response closed = FakeDealix::json("{}");
    closed.behaviour = FakeDealix::Response::Behaviour::Close;
    const QList<Case> cases = {
        {"401", FakeDealix::json(R"({"detail": "token expired"})", 401), 6, "token expired"},
        {"403", FakeDealix::json(R"({"detail": "not an approver"})", 403), 6, "not an approver"},
        {"404", FakeDealix::json(R"({"detail": "Not Found"})", 404), 4, ""},
        {"not_found", FakeDealix::json(R"({"status": "not_found"})"), 4, ""},
        {"409", FakeDealix::json(R"({"detail": "already decided"})", 409), 5, "already decided"},
        {"500", FakeDealix::json(R"({"detail": "boom"})", 500), 3, ""},
        {"502 html", FakeDealix::json("<html>Bad gateway</html>", 502), 3, ""},
        {"connection dropped", closed, 3, ""},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        server.route("POST", approve, c.response);
        const DeskRun r = decide();
        INFO(r.err.toStdString());
        CHECK(r.exitCode == c.exitCode);
        CHECK(r.out.isEmpty());
        CHECK_FALSE(r.err.isEmpty());
        if (!c.reason.isEmpty())
            CHECK(r.err.contains(c.reason));
        CHECK_FALSE(r.err.contains(Token));
    }

    // Escalation: done, and said that the server saves nothing.
    server.route(
        "POST", QStringLiteral("approval-center/%1/escalate").arg(Approval),
        FakeDealix::json(QStringLiteral(R"({"id": "%1", "status": "escalated", "note": null})")
                             .arg(Approval)
                             .toUtf8()));
    const DeskRun escalated =
        cli.run(QStringList{QStringLiteral("decide"), Approval, QStringLiteral("escalate")} +
                restArgs(server));
    CHECK(escalated.exitCode == 0);
    CHECK(escalated.out.startsWith("escalated\t"));
    CHECK(escalated.err.contains("saves nothing"));

    // A rejection needs a note, over REST too, before any request.
    const int before =
        server.requestCount(QStringLiteral("/api/v1/approval-center/%1/reject").arg(Approval));
    const DeskRun reject =
        cli.run(QStringList{QStringLiteral("decide"), Approval, QStringLiteral("reject")} +
                restArgs(server));
    CHECK(reject.exitCode == 2);
    CHECK(server.requestCount(QStringLiteral("/api/v1/approval-center/%1/reject").arg(Approval)) ==
          before);

    server.route("PUT", QStringLiteral("evidence-packs/%1/review").arg(Pack),
                 FakeDealix::json(
                     QStringLiteral(R"({"id": "%1", "status": "reviewed"})").arg(Pack).toUtf8()));
    const DeskRun review =
        cli.run(QStringList{QStringLiteral("review-pack"), Pack} + restArgs(server));
    INFO(review.err.toStdString());
    CHECK(review.exitCode == 0);
    CHECK(review.out == QStringLiteral("reviewed\t%1\n").arg(Pack).toUtf8());
    server.route("PUT", QStringLiteral("evidence-packs/%1/review").arg(Pack),
                 FakeDealix::json(R"({"detail": "pack already reviewed"})", 409));
    CHECK(cli.run(QStringList{QStringLiteral("review-pack"), Pack} + restArgs(server)).exitCode ==
          5);

    server.route("PUT", QStringLiteral("connectors/whatsapp/disable"),
                 FakeDealix::json(R"({"connector_key": "whatsapp", "status": "disabled"})"));
    const DeskRun disable =
        cli.run(QStringList{QStringLiteral("connector"), QStringLiteral("disable"),
                            QStringLiteral("whatsapp")} +
                restArgs(server));
    CHECK(disable.exitCode == 0);
    CHECK(disable.out == "disabled\twhatsapp\n");
    server.route("PUT", QStringLiteral("connectors/whatsapp/disable"),
                 FakeDealix::json(R"({"detail": "admins only"})", 403));
    const DeskRun denied =
        cli.run(QStringList{QStringLiteral("connector"), QStringLiteral("disable"),
                            QStringLiteral("whatsapp")} +
                restArgs(server));
    CHECK(denied.exitCode == 6);
    CHECK(denied.err.contains("admins only"));
    // No route to enable one: a usage error, nothing sent.
    const DeskRun enable =
        cli.run(QStringList{QStringLiteral("connector"), QStringLiteral("enable"),
                            QStringLiteral("whatsapp")} +
                restArgs(server));
    CHECK(enable.exitCode == 2);
    CHECK(enable.err.contains("not available over the Dealix API"));

    // What needs the database itself is refused with the reason.
    const DeskRun offline = cli.run(QStringList{QStringLiteral("offline"), QStringLiteral("-o"),
                                                cli.home.filePath(QStringLiteral("x.sqlite"))} +
                                    restArgs(server));
    CHECK(offline.exitCode == 2);
    CHECK(offline.err.contains("not available over the Dealix API"));

    // Nothing the command line wrote holds the token.
    CHECK(filesHolding(cli.home.path(), Token).isEmpty());
}

TEST_CASE("cli over REST: a write's status from the server reaches standard output without "
          "terminal control codes",
          "[rest][cli]")
{
    FakeDealix server;
    REQUIRE(server.start());
    lineA(server);
    // A hostile or broken server's status: an escape sequence (clear screen, set the window
    // title) and a tab and line break that would forge another STATUS<TAB>ID line.
    server.route(
        "POST", QStringLiteral("approval-center/%1/approve").arg(Approval),
        FakeDealix::json(R"({"status": "approved\u001b[2J\u001b]0;x\u0007\tforged\nline"})"));
    Cli cli;
    const DeskRun r =
        cli.run(QStringList{QStringLiteral("decide"), Approval, QStringLiteral("approve")} +
                restArgs(server));
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK_FALSE(r.out.contains('\x1b'));
    CHECK_FALSE(r.out.contains('\x07'));
    CHECK(r.out.count('\n') == 1);
    CHECK(r.out.count('\t') == 1);
    CHECK(r.out.startsWith("approved"));
    CHECK(r.out.endsWith(QStringLiteral("\t%1\n").arg(Approval).toUtf8()));
}

TEST_CASE("cli over REST: the token from a private file, refused from a readable one",
          "[rest][cli][token]")
{
    FakeDealix server;
    REQUIRE(server.start());
    lineA(server);
    server.route(
        "POST", QStringLiteral("approval-center/%1/approve").arg(Approval),
        FakeDealix::json(QStringLiteral(R"({"id": "%1", "status": "approved", "note": null})")
                             .arg(Approval)
                             .toUtf8()));
    Cli cli{QByteArray()}; // no DEALIX_TOKEN
    const QString file = cli.home.filePath(QStringLiteral("token"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("  " + Token + "\n");
    }
    const QStringList args =
        QStringList{QStringLiteral("decide"), Approval, QStringLiteral("approve"),
                    QStringLiteral("--token-file"), file} +
        restArgs(server);

    REQUIRE(::chmod(QFile::encodeName(file).constData(), 0644) == 0);
    server.clearRequests();
    const DeskRun refused = cli.run(args);
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains("chmod 600"));
    CHECK_FALSE(refused.err.contains(Token));
    CHECK(server.requests().isEmpty()); // nothing sent, with or without the token

    REQUIRE(::chmod(QFile::encodeName(file).constData(), 0600) == 0);
    const DeskRun ok = cli.run(args);
    INFO(ok.err.toStdString());
    CHECK(ok.exitCode == 0);
    bool bearer = false;
    for (const FakeDealix::Request &r : server.requests())
        bearer = bearer || r.headers.value("authorization") == "Bearer " + Token;
    CHECK(bearer); // trimmed: exactly the token

    // The token file is not the only file holding the token afterwards.
    CHECK(filesHolding(cli.home.path(), Token) == QStringList{file});
}

TEST_CASE("cli over REST: a Line B server is warned about on stderr and on the board pack cover",
          "[rest][cli][lineb]")
{
    FakeDealix server;
    REQUIRE(server.start());
    server.route("GET", QStringLiteral("executive-room/snapshot"), FakeDealix::json(LineBSnapshot));
    server.route(
        "POST", QStringLiteral("approval-center/%1/approve").arg(Approval),
        FakeDealix::json(QStringLiteral(R"({"id": "%1", "status": "approved", "note": null})")
                             .arg(Approval)
                             .toUtf8()));
    Cli cli;
    const DeskRun decided =
        cli.run(QStringList{QStringLiteral("decide"), Approval, QStringLiteral("approve")} +
                restArgs(server));
    CHECK(decided.exitCode == 0);
    CHECK(decided.err.contains("Line B"));
    CHECK(decided.err.contains("tier1_exec_surface"));
    CHECK(decided.err.contains("/executive-room/weekly-pack"));

    const QString pdf = cli.home.filePath(QStringLiteral("pack.pdf"));
    const DeskRun pack =
        cli.run(QStringList{QStringLiteral("board-pack"), QStringLiteral("-o"), pdf,
                            QStringLiteral("--surfaces"), QStringLiteral("executive-room"),
                            QStringLiteral("--allow-partial")} +
                restArgs(server));
    INFO(pack.err.toStdString());
    REQUIRE(QFile::exists(pdf));
    CHECK(pack.err.contains("Line B"));
    QProcess text;
    text.start(QStringLiteral("pdftotext"),
               {QStringLiteral("-l"), QStringLiteral("1"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString cover = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    CHECK(cover.contains(QStringLiteral("Line B")));
    CHECK(cover.contains(QStringLiteral("placeholder zeros")));
    CHECK_FALSE(cover.contains(QString::fromLatin1(Token)));
    CHECK(filesHolding(cli.home.path(), Token).isEmpty());
}

TEST_CASE("main window over REST: the token stays out of the settings, warnings in a banner",
          "[rest][gui]")
{
    registerSurfaces();
    auto server = std::make_unique<FakeDealix>();
    REQUIRE(server->start());
    server->route("GET", QStringLiteral("executive-room/snapshot"),
                  FakeDealix::json(LineBSnapshot));
    server->route("GET", QStringLiteral("approval-center/stats"),
                  FakeDealix::json(R"({"total_pending": 3, "sla_compliant": 1, "sla_warning": 1,
                                       "sla_breach": 1})"));
    const QString url = server->baseUrl();
    std::unique_ptr<Settings> settings = Settings::temporary();
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"));
    MainWindow window(*settings, language);
    QTemporaryDir cache;
    RestOptions rest;
    rest.token = Token;
    rest.cacheDir = cache.path();
    rest.retries = 0;
    rest.connectTimeoutMs = 1000;
    rest.requestTimeoutMs = 1000;
    QString error;
    QElapsedTimer opening;
    opening.start();
    REQUIRE(window.openSource(url, QString(), Tenant, &error, rest));
    CHECK(opening.elapsed() < 1000); // opening makes no request: the window never waits
    window.show();
    const Session *session = window.session();
    REQUIRE(session);
    REQUIRE(session->isRest());
    CHECK(session->tenantId() == Tenant);

    // The tenant selector shows the id: the API gives no name.
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("tenantCombo"));
    REQUIRE(combo);
    REQUIRE(combo->count() == 1);
    CHECK(combo->itemText(0).contains(Tenant));

    // The Line B check runs off the GUI thread; the banner then warns.
    QElapsedTimer waited;
    waited.start();
    while (window.checkingServer() && waited.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    QCoreApplication::processEvents();
    auto *banner = window.findChild<QLabel *>(QStringLiteral("restBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("Line B")));
    CHECK_FALSE(banner->text().contains(QStringLiteral("Stale")));

    // One good read, then the server goes away: the cached answer is shown, and said stale.
    REQUIRE(session->restGet(QStringLiteral("approval-center/stats")).ok());
    server.reset();
    const RestReply cached = session->restGet(QStringLiteral("approval-center/stats"));
    REQUIRE(cached.stale);
    window.refreshCurrent(); // the status and the banner are brought up to date
    QCoreApplication::processEvents();
    CHECK(banner->text().contains(
        QStringLiteral("Stale: server unreachable, showing data received "
                       "%1")
            .arg(Format::dateTime(cached.staleSince, QTimeZone("Asia/Riyadh")))));

    // File ▸ Clear offline cache (confirmed): the cache is gone.
    auto *clear = window.findChild<QAction *>(QStringLiteral("clearCacheAction"));
    REQUIRE(clear);
    CHECK(clear->isEnabled());
    CHECK_FALSE(QDir(cache.path()).isEmpty(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot));
    REQUIRE(window.clearOfflineCache(false, &error));
    CHECK(filesHolding(cache.path(), "total_pending").isEmpty());

    // The settings keep the URL among the recent sources, never the token.
    settings->sync();
    CHECK(settings->recentSources().contains(SourceUrl::parse(url).toDisplayString()));
    QFile ini(settings->fileName());
    REQUIRE(ini.open(QIODevice::ReadOnly));
    CHECK_FALSE(ini.readAll().contains(Token));
    CHECK(filesHolding(QFileInfo(settings->fileName()).absolutePath(), Token).isEmpty());
    CHECK(
        filesHolding(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation), Token)
            .isEmpty());
}

TEST_CASE("Connect dialog: a Dealix server's URL, tenant, token and CA file", "[rest][gui]")
{
    CHECK(ConnectionDialog::restUrl(QStringLiteral("dealix.example.com")) ==
          QStringLiteral("https://dealix.example.com/api/v1"));
    CHECK(ConnectionDialog::restUrl(QStringLiteral(" https://dealix.example.com:8443/ ")) ==
          QStringLiteral("https://dealix.example.com:8443/api/v1"));
    CHECK(ConnectionDialog::restUrl(QStringLiteral("https://dealix.example.com/dealix/api/v1")) ==
          QStringLiteral("https://dealix.example.com/dealix/api/v1"));
    CHECK(ConnectionDialog::restUrl(QStringLiteral("http://127.0.0.1:8000")) ==
          QStringLiteral("http://127.0.0.1:8000/api/v1"));

    ConnectionDialog dialog({}, QString());
    auto *choice = dialog.findChild<QLineEdit *>(QStringLiteral("restUrl"));
    REQUIRE(choice);
    // Loading a REST URL (a recent source) chooses the server page.
    ConnectionDialog loaded({}, QStringLiteral("https://dealix.example.com/api/v1"));
    CHECK(loaded.isRest());
    CHECK(loaded.url() == QStringLiteral("https://dealix.example.com/api/v1"));
    loaded.findChild<QLineEdit *>(QStringLiteral("restTenant"))
        ->setText(QStringLiteral(" ") + Tenant);
    loaded.findChild<QLineEdit *>(QStringLiteral("token"))
        ->setText(QString::fromLatin1(Token) + QStringLiteral(" "));
    loaded.findChild<QLineEdit *>(QStringLiteral("caFile"))->setText(QStringLiteral("/etc/ca.pem"));
    loaded.findChild<QCheckBox *>(QStringLiteral("rememberToken"))->setChecked(true);
    CHECK(loaded.tenant() == Tenant);
    CHECK(loaded.token() == Token);
    CHECK(loaded.caFile() == QStringLiteral("/etc/ca.pem"));
    CHECK(loaded.rememberToken());
    CHECK(loaded.findChild<QLineEdit *>(QStringLiteral("token"))->echoMode() ==
          QLineEdit::Password);
    // A database source has no token.
    CHECK_FALSE(dialog.isRest());
    CHECK(dialog.token().isEmpty());
}

TEST_CASE("the desktop keychain answers or fails with a reason, never hangs", "[rest][keychain]")
{
    // Headless test runs have no Secret Service: the keychain must say so within its timeout.
    const QString url = QStringLiteral("https://dealix.example.com/api/v1");
    QString error;
    QElapsedTimer t;
    t.start();
    const bool stored = TokenKeychain::store(url, Token, &error, 3000);
    WARN(error.toStdString());
    CHECK(t.elapsed() < 6000);
    if (stored) {
        QByteArray back;
        CHECK(TokenKeychain::read(url, &back, &error, 3000));
        CHECK(back == Token);
        CHECK(TokenKeychain::remove(url, &error, 3000));
        CHECK_FALSE(TokenKeychain::read(url, &back, &error, 3000));
    } else {
        CHECK_FALSE(error.isEmpty());
        CHECK(error.contains(QStringLiteral("keychain")));
        CHECK_FALSE(error.contains(QString::fromLatin1(Token)));
        QByteArray back;
        t.restart();
        CHECK_FALSE(TokenKeychain::read(url, &back, &error, 3000));
        CHECK(back.isEmpty());
        CHECK(t.elapsed() < 6000);
    }
}

TEST_CASE("closing the window does not wait for a server that never answers the Line B check",
          "[rest][gui]")
{
    registerSurfaces();
    FakeDealix server;
    REQUIRE(server.start());
    FakeDealix::Response hang = FakeDealix::json("{}");
    hang.behaviour = FakeDealix::Response::Behaviour::Hang;
    server.route("GET", QStringLiteral("executive-room/snapshot"), hang);
    std::unique_ptr<Settings> settings = Settings::temporary();
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"));
    auto window = std::make_unique<MainWindow>(*settings, language);
    QTemporaryDir cache;
    RestOptions rest; // the default timeouts: 10 s to connect, 30 s per request
    rest.token = Token;
    rest.cacheDir = cache.path();
    QString error;
    REQUIRE(window->openSource(server.baseUrl(), QString(), Tenant, &error, rest));
    QElapsedTimer waited;
    waited.start();
    while (server.requestCount(QStringLiteral("/api/v1/executive-room/snapshot")) == 0 &&
           waited.elapsed() < 10000)
        QThread::msleep(20);
    REQUIRE(window->checkingServer());
    QElapsedTimer closing;
    closing.start();
    window.reset();
    CHECK(closing.elapsed() < 3000);
}

TEST_CASE("main window over REST: the tenant is the token's, never another source's last one",
          "[rest][gui]")
{
    registerSurfaces();
    FakeDealix server;
    REQUIRE(server.start());
    lineA(server);
    std::unique_ptr<Settings> settings = Settings::temporary();
    const QString other = QStringLiteral("00000000-0000-4000-8000-00000000beef");
    settings->setValue(Settings::Key::LastTenant, other);
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"));
    MainWindow window(*settings, language);
    QTemporaryDir cache;
    RestOptions rest;
    rest.token = Token; // not a JWT: names no tenant
    rest.cacheDir = cache.path();
    QString error;
    REQUIRE(window.openSource(server.baseUrl(), QString(), QString(), &error, rest));
    REQUIRE(window.session());
    CHECK_FALSE(window.session()->hasTenant());

    // A JWT whose payload names the tenant: that one.
    const QByteArray payload =
        QStringLiteral(R"({"sub":"u1","tenant_id":"%1"})")
            .arg(Tenant)
            .toUtf8()
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    rest.token = "eyJhbGciOiJIUzI1NiJ9." + payload + ".c2ln";
    REQUIRE(window.openSource(server.baseUrl(), QString(), QString(), &error, rest));
    CHECK(window.session()->tenantId() == Tenant);
    while (window.checkingServer())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

TEST_CASE("cli over REST: tenants shows the tenant given by its id, or says how to give it",
          "[rest][cli]")
{
    FakeDealix server;
    REQUIRE(server.start());
    lineA(server);
    Cli cli;
    const DeskRun listed = cli.run({QStringLiteral("tenants"), QStringLiteral("--source"),
                                    server.baseUrl(), QStringLiteral("--tenant"), Tenant});
    INFO(listed.err.toStdString());
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.startsWith(Tenant.toUtf8() + '\t'));
    const DeskRun none =
        cli.run({QStringLiteral("tenants"), QStringLiteral("--source"), server.baseUrl()});
    CHECK(none.exitCode == 2);
    CHECK(none.err.contains("--tenant"));
    const DeskRun slug =
        cli.run({QStringLiteral("tenants"), QStringLiteral("--source"), server.baseUrl(),
                 QStringLiteral("--tenant"), QStringLiteral("najd-trading")});
    CHECK(slug.exitCode == 2);
    CHECK(slug.err.contains("UUID"));
}

TEST_CASE("cli over REST: a read refused by the server exits 6 with its reason, like a write",
          "[rest][cli]")
{
    FakeDealix server;
    REQUIRE(server.start());
    const FakeDealix::Response refused = FakeDealix::json(R"({"detail": "token expired"})", 401);
    for (const QString &route :
         {QStringLiteral("strategic-deals"), QStringLiteral("executive-room/snapshot"),
          QStringLiteral("executive-room/risks"),
          QStringLiteral("executive-room/decisions-pending"),
          QStringLiteral("executive-room/forecast-vs-actual"),
          QStringLiteral("executive-room/weekly-pack")})
        server.route("GET", route, refused);
    const Cli cli;
    const DeskRun pipeline =
        cli.run(QStringList{QStringLiteral("export"), QStringLiteral("partner-pipeline")} +
                restArgs(server));
    INFO(pipeline.err.toStdString());
    CHECK(pipeline.exitCode == 6);
    CHECK(pipeline.err.contains("token expired"));
    // A server that is down is still exit 3: only a refusal is 6.
    FakeDealix down;
    REQUIRE(down.start());
    down.route("GET", QStringLiteral("strategic-deals"),
               FakeDealix::json(R"({"detail": "database is down"})", 500));
    const DeskRun failed = cli.run(
        QStringList{QStringLiteral("export"), QStringLiteral("partner-pipeline")} + restArgs(down));
    CHECK(failed.exitCode == 3);
}

namespace {

QPushButton *button(QWidget &w, const QString &text)
{
    for (QPushButton *b : w.findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    FAIL("no button " << text.toStdString());
    return nullptr;
}

// Starts a write on w whose server answer takes 1.5 s, with a 20 ms timer ticking on the GUI
// thread: the call returns at once, "Saving…" shows, the write buttons are disabled, the timer
// keeps firing while the write runs, and the result replaces "Saving…" in the banner when it
// lands, the buttons enabled again.
// reselect: after the write has landed, before the buttons are checked again (a surface whose
// buttons follow the selection, which the refresh after the write clears).
void checkSlowWrite(SurfaceWidget &w, const QList<QPushButton *> &buttons,
                    const std::function<QString()> &write, const QString &result,
                    const std::function<void()> &reselect = {})
{
    auto *banner = w.findChild<MessageBanner *>();
    REQUIRE(banner);
    for (QPushButton *b : buttons)
        REQUIRE(b->isEnabled());
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
    ticker.start(20);
    QElapsedTimer clock;
    clock.start();
    const QString said = write();
    CHECK(clock.elapsed() < 1000); // the server answers after 1500 ms
    CHECK(said == QStringLiteral("Saving…"));
    CHECK(banner->text() == QStringLiteral("Saving…"));
    CHECK_FALSE(w.updatingIndicator()->isHidden());
    CHECK(w.updatingIndicator()->text() == QStringLiteral("Saving…"));
    for (QPushButton *b : buttons)
        CHECK_FALSE(b->isEnabled());
    while (!banner->text().contains(result) && clock.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    const qint64 landed = clock.elapsed();
    CHECK(banner->text().contains(result));
    CHECK(landed >= 1500);
    // Every 20 ms for at least 1.5 s: about 75 ticks; a blocked GUI thread gives 0 or 1.
    CHECK(ticks >= 25);
    if (reselect)
        reselect();
    for (QPushButton *b : buttons)
        CHECK(b->isEnabled());
    CHECK(w.updatingIndicator()->text() != QStringLiteral("Saving…"));
    // The surface is read again after the write; its worker is done before the test ends.
    while (w.isRefreshing() && clock.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    CHECK_FALSE(w.isRefreshing());
}

} // namespace

TEST_CASE("GUI writes over REST run off the GUI thread: Saving…, buttons disabled, result after",
          "[rest][gui][writes]")
{
    FakeDealix server;
    REQUIRE(server.start());
    REQUIRE(server.routeDirectory(QStringLiteral(DEALIX_REST_FIXTURES)) > 10);
    const QString approval2 = QStringLiteral("a1000000-0000-4000-8000-000000000002");
    const QString contradiction = QStringLiteral("c1000000-0000-4000-8000-000000000001");
    auto slow = [](const QByteArray &body) {
        FakeDealix::Response r = FakeDealix::json(body);
        r.delayMs = 1500;
        return r;
    };
    for (const QString &id : {Approval, approval2})
        server.route("POST", QStringLiteral("approval-center/%1/approve").arg(id),
                     slow(QStringLiteral(R"({"id": "%1", "status": "approved", "note": null})")
                              .arg(id)
                              .toUtf8()));
    server.route("PUT", QStringLiteral("evidence-packs/%1/review").arg(Pack),
                 slow(QStringLiteral(R"({"id": "%1", "status": "reviewed"})").arg(Pack).toUtf8()));
    server.route("PUT", QStringLiteral("connectors/whatsapp/disable"),
                 slow(R"({"connector_key": "whatsapp", "status": "disabled"})"));
    server.route("PUT", QStringLiteral("contradictions/%1/resolve").arg(contradiction),
                 slow(QStringLiteral(R"({"id": "%1", "status": "resolved", "resolution": "fixed"})")
                          .arg(contradiction)
                          .toUtf8()));
    QTemporaryDir cache;
    const RestOptions options = writerOptions(cache.path());
    Session session;
    REQUIRE(session.open(SourceUrl::parse(server.baseUrl()), Session::OpenMode::RequireDealixSchema,
                         QString(), options));
    REQUIRE(session.selectTenant(Tenant));
    auto shown = [&session](SurfaceWidget &w) {
        w.setSession(&session, QDateTime());
        w.resize(900, 600);
        w.show();
        TestSupport::RefreshWaiter waiter(w);
        REQUIRE(w.refresh());
        REQUIRE(waiter.wait());
    };
    auto posted = [&server](const QString &path) {
        int n = 0;
        for (const FakeDealix::Request &r : server.requests())
            n += r.path == QStringLiteral("/api/v1/") + path;
        return n;
    };

    SECTION("Approval Center: bulk approve")
    {
        ApprovalCenterWidget w;
        shown(w);
        // The decision buttons apply to the pending requests selected.
        w.view()->selectAll();
        checkSlowWrite(
            w,
            {button(w, QStringLiteral("Approve")), button(w, QStringLiteral("Reject")),
             button(w, QStringLiteral("Escalate"))},
            [&] {
                return w.decide({Approval, approval2}, ApprovalDecider::Action::Approve);
            },
            QStringLiteral("2 of 2 decided."),
            [&w] {
                // The queue read again after the write (the test server still lists them as
                // pending): selected again, the buttons apply again.
                QElapsedTimer waited;
                waited.start();
                while (w.isRefreshing() && waited.elapsed() < 20000)
                    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
                w.view()->selectAll();
            });
        CHECK(posted(QStringLiteral("approval-center/%1/approve").arg(Approval)) == 1);
        CHECK(posted(QStringLiteral("approval-center/%1/approve").arg(approval2)) == 1);
    }
    SECTION("Evidence Packs: review")
    {
        EvidencePacksWidget w;
        shown(w);
        REQUIRE(w.selectPack(Pack));
        checkSlowWrite(
            w, {button(w, QStringLiteral("Mark reviewed"))}, [&] { return w.reviewSelected(); },
            QStringLiteral("Evidence pack \u2068%1\u2069: reviewed").arg(Pack));
        CHECK(posted(QStringLiteral("evidence-packs/%1/review").arg(Pack)) == 1);
    }
    SECTION("Connectors: disable")
    {
        ConnectorsWidget w;
        shown(w);
        REQUIRE(w.selectConnector(QStringLiteral("whatsapp")));
        checkSlowWrite(
            w, {button(w, QStringLiteral("Disable"))}, [&] { return w.toggleDisabled(); },
            QStringLiteral("Connector \u2068whatsapp\u2069: disabled"));
        CHECK(posted(QStringLiteral("connectors/whatsapp/disable")) == 1);
    }
    SECTION("Policy Violations: resolve")
    {
        PolicyViolationsWidget w;
        shown(w);
        // The columns the API does not list say so, with no count (never "(0)").
        for (const QString &key : {QStringLiteral("resolved"), QStringLiteral("accepted")}) {
            REQUIRE(w.board()->header(key));
            CHECK(w.board()->header(key)->text().contains(
                QStringLiteral("not listed by the Dealix API")));
            CHECK_FALSE(w.board()->header(key)->text().contains(QStringLiteral("(0)")));
        }
        REQUIRE(w.select(contradiction));
        checkSlowWrite(
            w, {button(w, QStringLiteral("Resolve")), button(w, QStringLiteral("Accept"))},
            [&] { return w.resolveSelected(QStringLiteral("resolved"), QStringLiteral("fixed")); },
            QStringLiteral("Contradiction \u2068%1\u2069: resolved").arg(contradiction));
        CHECK(posted(QStringLiteral("contradictions/%1/resolve").arg(contradiction)) == 1);
    }
}

TEST_CASE("GUI writes over REST: the write's outcome stays in the banner over the refresh after "
          "it, whose notice or error follows it",
          "[rest][gui][writes]")
{
    // The write and the refresh after it land in whatever event batches they land in: the
    // banner is checked once everything has landed, when only the last message would be left.
    FakeDealix server;
    REQUIRE(server.start());
    REQUIRE(server.routeDirectory(QStringLiteral(DEALIX_REST_FIXTURES)) > 10);
    const QString contradiction = QStringLiteral("c1000000-0000-4000-8000-000000000001");
    server.route(
        "POST", QStringLiteral("approval-center/%1/approve").arg(Approval),
        FakeDealix::json(QStringLiteral(R"({"id": "%1", "status": "approved", "note": null})")
                             .arg(Approval)
                             .toUtf8()));
    server.route("PUT", QStringLiteral("evidence-packs/%1/review").arg(Pack),
                 FakeDealix::json(
                     QStringLiteral(R"({"id": "%1", "status": "reviewed"})").arg(Pack).toUtf8()));
    server.route("PUT", QStringLiteral("connectors/whatsapp/disable"),
                 FakeDealix::json(R"({"connector_key": "whatsapp", "status": "disabled"})"));
    server.route("PUT", QStringLiteral("contradictions/%1/resolve").arg(contradiction),
                 FakeDealix::json(
                     QStringLiteral(R"({"id": "%1", "status": "resolved", "resolution": "fixed"})")
                         .arg(contradiction)
                         .toUtf8()));
    QTemporaryDir cache;
    const RestOptions options = writerOptions(cache.path());
    Session session;
    REQUIRE(session.open(SourceUrl::parse(server.baseUrl()), Session::OpenMode::RequireDealixSchema,
                         QString(), options));
    REQUIRE(session.selectTenant(Tenant));
    auto shown = [&session](SurfaceWidget &w) {
        w.setSession(&session, QDateTime());
        w.resize(900, 600);
        w.show();
        REQUIRE(TestSupport::refreshAndWait(w));
    };
    auto idle = [](SurfaceWidget &w) {
        QElapsedTimer t;
        t.start();
        while ((w.isRefreshing() || w.isWriting()) && t.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        return !w.isRefreshing() && !w.isWriting();
    };
    // Starts the write, waits for it and for the refresh after it; returns the write's outcome
    // as it was first shown (the test's own record of the banner when the write landed).
    auto written = [&idle](SurfaceWidget &w, const std::function<QString()> &write) {
        auto *banner = w.findChild<MessageBanner *>();
        REQUIRE(banner);
        QString outcome;
        QObject::connect(&w, &SurfaceWidget::writeFinished, &w,
                         [&outcome, banner] { outcome = banner->text(); });
        TestSupport::RefreshWaiter reread(w);
        CHECK(write() == QStringLiteral("Saving…"));
        reread.wait();
        REQUIRE_FALSE(reread.timedOut());
        REQUIRE(idle(w));
        return outcome;
    };

    SECTION("Evidence Packs: the list's notice (packs no longer matching) after the review")
    {
        EvidencePacksWidget w;
        shown(w);
        REQUIRE(idle(w));
        const QString notice = w.banner()->text();
        REQUIRE(notice.contains(QStringLiteral("no longer match")));
        REQUIRE(w.selectPack(Pack));
        const QString outcome = written(w, [&w] { return w.reviewSelected(); });
        CHECK(outcome == QStringLiteral("Evidence pack \u2068%1\u2069: reviewed").arg(Pack));
        CHECK(w.banner()->text() == outcome + QLatin1Char('\n') + notice);
        CHECK(w.banner()->level() == MessageBanner::Level::Error);
    }
    SECTION("Connectors: the refresh's error after the disable")
    {
        ConnectorsWidget w;
        shown(w);
        REQUIRE(idle(w));
        REQUIRE(w.selectConnector(QStringLiteral("whatsapp")));
        server.route("GET", QStringLiteral("connectors/governance"),
                     FakeDealix::json(R"({"detail": "database is down"})", 500));
        const QString outcome = written(w, [&w] { return w.toggleDisabled(); });
        CHECK(outcome == QStringLiteral("Connector \u2068whatsapp\u2069: disabled"));
        INFO(w.banner()->text().toStdString());
        REQUIRE_FALSE(w.errorString().isEmpty());
        CHECK(w.banner()->text() == outcome + QLatin1Char('\n') + w.errorString());
        CHECK(w.banner()->level() == MessageBanner::Level::Error);
    }
    SECTION("Policy Violations: the refresh's error after the resolution")
    {
        PolicyViolationsWidget w;
        shown(w);
        REQUIRE(idle(w));
        REQUIRE(w.select(contradiction));
        server.route("GET", QStringLiteral("contradictions/"),
                     FakeDealix::json(R"({"detail": "database is down"})", 500));
        const QString outcome = written(w, [&w] {
            return w.resolveSelected(QStringLiteral("resolved"), QStringLiteral("fixed"));
        });
        CHECK(outcome ==
              QStringLiteral("Contradiction \u2068%1\u2069: resolved").arg(contradiction));
        INFO(w.banner()->text().toStdString());
        REQUIRE_FALSE(w.errorString().isEmpty());
        CHECK(w.banner()->text() == outcome + QLatin1Char('\n') + w.errorString());
        CHECK(w.banner()->level() == MessageBanner::Level::Error);
    }
    SECTION("Approval Center: the refresh's error after the decision")
    {
        ApprovalCenterWidget w;
        shown(w);
        REQUIRE(idle(w));
        server.route("GET", QStringLiteral("approval-center/"),
                     FakeDealix::json(R"({"detail": "database is down"})", 500));
        const QString outcome =
            written(w, [&w] { return w.decide({Approval}, ApprovalDecider::Action::Approve); });
        CHECK(outcome == QStringLiteral("1 of 1 decided."));
        INFO(w.banner()->text().toStdString());
        REQUIRE_FALSE(w.errorString().isEmpty());
        CHECK(w.banner()->text() == outcome + QLatin1Char('\n') + w.errorString());
        CHECK(w.banner()->level() == MessageBanner::Level::Error);
    }
    SECTION("Approval Center: the counters' error after the decision")
    {
        ApprovalCenterWidget w;
        shown(w);
        REQUIRE(idle(w));
        // The queue's first page is read; the counters (the same list read again after it)
        // fail.
        QFile list(QStringLiteral(DEALIX_REST_FIXTURES "/GET approval-center__.json"));
        REQUIRE(list.open(QIODevice::ReadOnly));
        const QByteArray listed = list.readAll();
        auto reads = std::make_shared<int>(0);
        server.route("GET", QStringLiteral("approval-center/"),
                     [reads, listed](const FakeDealix::Request &) {
                         return ++*reads == 1
                                    ? FakeDealix::json(listed)
                                    : FakeDealix::json(R"({"detail": "database is down"})", 500);
                     });
        const QString outcome =
            written(w, [&w] { return w.decide({Approval}, ApprovalDecider::Action::Approve); });
        CHECK(outcome == QStringLiteral("1 of 1 decided."));
        INFO(w.banner()->text().toStdString());
        REQUIRE_FALSE(w.errorString().isEmpty());
        CHECK(w.banner()->text() == outcome + QLatin1Char('\n') + w.errorString());
        CHECK(w.banner()->level() == MessageBanner::Level::Error);
    }
}
