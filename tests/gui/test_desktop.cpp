// The desktop's side of the program (README "Installing"): one command table behind --help,
// the man page and dispatch; `dealix-desk FILE`; the MIME type of offline review copies.
#include "app/commandline.h"
#include "tests/support/deskrun.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

using TestSupport::DeskRun;
using TestSupport::runDesk;

QSet<QString> setOf(const QStringList &list)
{
    return QSet<QString>(list.begin(), list.end());
}

// The command names --help lists: the lines of its "Commands:" section indented by exactly
// two spaces, first word (the GUI's "(none)" line aside).
QStringList helpCommands(const QString &help)
{
    QStringList names;
    bool inCommands = false;
    for (const QString &line : help.split(QLatin1Char('\n'))) {
        if (line == QLatin1String("Commands:")) {
            inCommands = true;
            continue;
        }
        if (!inCommands)
            continue;
        if (line.isEmpty())
            break;
        if (line.startsWith(QLatin1String("  ")) && !line.startsWith(QLatin1String("   ")) &&
            !line.startsWith(QLatin1String("  (none)")))
            names << line.mid(2).section(QLatin1Char(' '), 0, 0);
    }
    return names;
}

// The command names the man page lists: the first word of each .B line of its COMMANDS
// section (troff's "\-" read back as "-").
QStringList manCommands(const QString &man)
{
    QStringList names;
    bool inCommands = false;
    for (const QString &line : man.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String(".SH "))) {
            inCommands = line == QLatin1String(".SH COMMANDS");
            continue;
        }
        if (inCommands && line.startsWith(QLatin1String(".B ")))
            names << line.mid(3)
                         .replace(QLatin1String("\\-"), QLatin1String("-"))
                         .section(QLatin1Char(' '), 0, 0);
    }
    return names;
}

} // namespace

TEST_CASE("command line: one table of commands behind --help, the man page and dispatch",
          "[cli][help][desktop]")
{
    // The commands the README documents, written out by hand.
    const QStringList expected = {
        QStringLiteral("demo"),       QStringLiteral("tenants"),     QStringLiteral("export"),
        QStringLiteral("board-pack"), QStringLiteral("decide"),      QStringLiteral("probe"),
        QStringLiteral("connector"),  QStringLiteral("verify-pack"), QStringLiteral("review-pack"),
        QStringLiteral("check"),      QStringLiteral("offline"),     QStringLiteral("indexes")};
    REQUIRE(CommandLine::commands() == expected);
    for (const CommandLine::Command &c : CommandLine::commandTable()) {
        INFO(c.name.toStdString());
        CHECK(c.handler != nullptr);
        REQUIRE_FALSE(c.synopsis.isEmpty());
        for (const QString &line : c.synopsis)
            CHECK(line.section(QLatin1Char(' '), 0, 0) == c.name);
        CHECK_FALSE(c.help.isEmpty());
    }

    const DeskRun help = runDesk({QStringLiteral("--help")});
    REQUIRE(help.exitCode == 0);
    const QStringList inHelp = helpCommands(QString::fromUtf8(help.out));
    INFO(help.out.toStdString());
    // export has two usage lines (a surface; one evidence pack), board-pack two (a file; a
    // printer): each name once otherwise.
    CHECK(inHelp.count(QStringLiteral("export")) == 2);
    CHECK(inHelp.count(QStringLiteral("board-pack")) == 2);
    CHECK(setOf(inHelp) == setOf(expected));
    CHECK(inHelp.size() == expected.size() + 2);

    const DeskRun man = runDesk({QStringLiteral("--man")});
    REQUIRE(man.exitCode == 0);
    const QString page = QString::fromUtf8(man.out);
    INFO(page.toStdString());
    CHECK(page.startsWith(QStringLiteral(".TH DEALIX\\-DESK 1 ")));
    CHECK(
        page.contains(QStringLiteral("\"dealix\\-desk %1\"").arg(QStringLiteral(DEALIX_VERSION))));
    const QStringList inMan = manCommands(page);
    CHECK(setOf(inMan) == setOf(expected));
    CHECK(inMan.size() == expected.size() + 2);
    // The options --help shows are the man page's; the hidden ones are in neither.
    for (const char *option : {"\\-\\-source", "\\-\\-prepared\\-by", "\\-\\-allow\\-partial",
                               "\\-o\\fR, \\fB\\-\\-output"})
        CHECK(page.contains(QLatin1String(option)));
    CHECK_FALSE(page.contains(QLatin1String("quit\\-after\\-paint")));
    CHECK_FALSE(QString::fromUtf8(help.out).contains(QLatin1String("--man")));
    // Nothing outside ASCII reaches troff raw (the classification's Arabic is escaped).
    CHECK_FALSE(page.contains(QRegularExpression(QStringLiteral("[^\\x{0}-\\x{7e}]"))));
    CHECK(page.contains(QLatin1String("\\[u0633]")));

    // An unknown command is refused, before anything opens.
    const DeskRun unknown = runDesk({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains("Unknown command \"\xe2\x81\xa8"
                               "frobnicate\xe2\x81\xa9\""));
    CHECK(unknown.out.isEmpty());
    // More arguments than a command's usage shows are refused, never ignored: `offline FILE`
    // would otherwise copy the default source, `tenants FILE` list the demo's tenants.
    for (const QStringList &extra :
         {QStringList{QStringLiteral("offline"), QStringLiteral("./copy.dealix-review")},
          QStringList{QStringLiteral("tenants"), QStringLiteral("/nonexistent/x.dealix-review")},
          QStringList{QStringLiteral("export"), QStringLiteral("executive-room"),
                      QStringLiteral("extra")},
          QStringList{QStringLiteral("decide"), QStringLiteral("id"), QStringLiteral("approve"),
                      QStringLiteral("now")}}) {
        INFO(extra.join(QLatin1Char(' ')).toStdString());
        const DeskRun r = runDesk(extra);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains("unexpected argument"));
        CHECK(r.out.isEmpty());
    }
    // An empty command or FILE (an empty shell variable) is a usage error, not the GUI.
    const DeskRun empty = runDesk({QString()});
    CHECK(empty.exitCode == 2);
    CHECK(empty.err.contains("An empty command or FILE"));
}

TEST_CASE("dealix-desk FILE opens an offline copy or a SQLite file, and says why it cannot",
          "[cli][desktop][offline]")
{
    auto dir = TestSupport::tempDir();
    const QString db = TestSupport::fixtureFile(*dir, QStringLiteral("fixture.sqlite"));
    REQUIRE_FALSE(db.isEmpty());

    // The path becomes the source, as --source sqlite:ABSOLUTE would.
    CommandLine::Options o;
    QString error;
    REQUIRE(CommandLine::parse({QStringLiteral("dealix-desk"), db}, &o, &error));
    CHECK(o.command.isEmpty());
    CHECK(o.file == db);
    CHECK(o.source == QStringLiteral("sqlite:") + QFileInfo(db).absoluteFilePath());
    CommandLine::Options relative;
    REQUIRE(CommandLine::parse({QStringLiteral("dealix-desk"), QStringLiteral("a.dealix-review")},
                               &relative, &error));
    CHECK(relative.source == QStringLiteral("sqlite:") + QDir::current().absoluteFilePath(
                                                             QStringLiteral("a.dealix-review")));
    // One file, and not beside --source; a bare word is still a mistyped command.
    CommandLine::Options refused;
    CHECK_FALSE(CommandLine::parse({QStringLiteral("dealix-desk"), db, QStringLiteral("x")},
                                   &refused, &error));
    CHECK_FALSE(CommandLine::parse({QStringLiteral("dealix-desk"), db, QStringLiteral("--source"),
                                    QStringLiteral("sqlite:") + db},
                                   &refused, &error));
    CHECK(error == QStringLiteral("Give FILE or --source, not both."));
    CHECK_FALSE(CommandLine::parse({QStringLiteral("dealix-desk"), QStringLiteral("expotr")},
                                   &refused, &error));
    CHECK(error.contains(QString::fromUtf8("Unknown command \"\xe2\x81\xa8"
                                           "expotr\xe2\x81\xa9\"")));

    // A file that opens: the window on it (offscreen, rendered to a PNG).
    const QString png = dir->filePath(QStringLiteral("window.png"));
    const DeskRun opened = runDesk({db, QStringLiteral("--screenshot"), png});
    INFO(opened.err.toStdString());
    CHECK(opened.exitCode == 0);
    CHECK(QFileInfo(png).size() > 0);
    CHECK_FALSE(opened.err.contains("Cannot"));

    // Missing or not a database: the reason on standard error and --source sqlite:'s status 3.
    const QString missing = dir->filePath(QStringLiteral("gone.dealix-review"));
    const DeskRun gone = runDesk({missing, QStringLiteral("--screenshot"), png});
    CHECK(gone.exitCode == 3);
    CHECK(gone.err.contains("no such file"));
    const QString garbage = dir->filePath(QStringLiteral("garbage.dealix-review"));
    {
        QFile f(garbage);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
    }
    const DeskRun corrupt = runDesk({garbage, QStringLiteral("--screenshot"), png});
    CHECK(corrupt.exitCode == 3);
    CHECK(corrupt.err.contains("not a SQLite database"));
    CHECK(QFileInfo(garbage).size() == 4096); // read, never rewritten
}

TEST_CASE("the MIME type of offline review copies: by name and by content", "[desktop][offline]")
{
    auto dir = TestSupport::tempDir();
    const QString db = TestSupport::fixtureFile(*dir, QStringLiteral("fixture.sqlite"));
    REQUIRE_FALSE(db.isEmpty());
    // An offline copy named as nothing in particular.
    const QString copy = dir->filePath(QStringLiteral("copy.bin"));
    const DeskRun offline =
        runDesk({QStringLiteral("offline"), QStringLiteral("--source"),
                 QStringLiteral("sqlite:") + db, QStringLiteral("--tenant"),
                 QLatin1String(TestSupport::Fixture::AlphaId), QStringLiteral("-o"), copy});
    INFO(offline.err.toStdString());
    REQUIRE(offline.exitCode == 0);
    // Its header, read by hand: SQLite's magic, and "DXOC" at offset 68 (big-endian).
    QFile f(copy);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray header = f.read(72);
    CHECK(header.left(16) == QByteArray("SQLite format 3\0", 16));
    CHECK(header.mid(68, 4) == QByteArray("DXOC"));
    f.close();

    // The MIME database of a system the package is installed on: the system's types
    // (shared-mime-info's freedesktop.org.xml) and ours in one share/mime/packages, compiled as
    // the package's trigger does (update-mime-database), and nothing else in the search path.
    // (Qt 6.4 lets a later folder's magic override an earlier folder's higher-priority match,
    // so the test does not spread them over two folders: README "Offline review copies on the
    // desktop".)
    const QString data = dir->filePath(QStringLiteral("share"));
    REQUIRE(QDir().mkpath(data + QStringLiteral("/mime/packages")));
    REQUIRE(QFile::copy(QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml"),
                        data + QStringLiteral("/mime/packages/freedesktop.org.xml")));
    REQUIRE(QFile::copy(QStringLiteral(DEALIX_MIME_XML),
                        data + QStringLiteral("/mime/packages/sa.dealix.Desk.xml")));
    QProcess update;
    update.start(QStringLiteral("update-mime-database"), {data + QStringLiteral("/mime")});
    REQUIRE(update.waitForFinished(60000));
    INFO(update.readAllStandardError().toStdString());
    REQUIRE(update.exitStatus() == QProcess::NormalExit);
    REQUIRE(update.exitCode() == 0);
    REQUIRE(QFileInfo::exists(data + QStringLiteral("/mime/mime.cache")));
    const QString empty = dir->filePath(QStringLiteral("home-share"));
    REQUIRE(QDir().mkpath(empty));
    qputenv("XDG_DATA_HOME", empty.toUtf8());
    qputenv("XDG_DATA_DIRS", data.toUtf8());
    QMimeDatabase mimes;
    const QMimeType type = mimes.mimeTypeForName(QStringLiteral("application/x-dealix-review"));
    REQUIRE(type.isValid());
    CHECK(type.inherits(QStringLiteral("application/vnd.sqlite3")));
    CHECK(type.suffixes().contains(QStringLiteral("dealix-review")));
    // By content: the copy is one; a plain Dealix SQLite database (no application id) is not.
    const auto byContent = [&mimes](const QString &path) {
        return mimes.mimeTypeForFile(path, QMimeDatabase::MatchContent).name().toStdString();
    };
    CHECK(byContent(copy) == "application/x-dealix-review");
    CHECK(byContent(db) == "application/vnd.sqlite3");
    // By name.
    CHECK(
        mimes.mimeTypeForFile(QStringLiteral("board.dealix-review"), QMimeDatabase::MatchExtension)
            .name()
            .toStdString() == "application/x-dealix-review");
    // A copy saved as *.sqlite (older versions proposed it) is still one: content refines the
    // name's SQLite type to its subclass.
    const QString oldName = dir->filePath(QStringLiteral("old-copy.sqlite"));
    REQUIRE(QFile::copy(copy, oldName));
    CHECK(mimes.mimeTypeForFile(oldName).name().toStdString() == "application/x-dealix-review");
}

TEST_CASE("command line: the table says which commands write now and which need a database",
          "[desktop][cli]")
{
    // Worked out from what each command does: decide, review-pack and connector always write;
    // check and probe only with --write. Nothing is opened before these usage errors.
    const QString asOf = QStringLiteral("2026-11-26T09:00:00Z");
    const QList<QStringList> writing = {
        {QStringLiteral("decide"), QStringLiteral("1"), QStringLiteral("approve"),
         QStringLiteral("--as"), QStringLiteral("a@b.sa")},
        {QStringLiteral("review-pack"), QStringLiteral("1"), QStringLiteral("--as"),
         QStringLiteral("a@b.sa")},
        {QStringLiteral("connector"), QStringLiteral("disable"), QStringLiteral("hubspot"),
         QStringLiteral("--as"), QStringLiteral("a@b.sa")},
        {QStringLiteral("check"), QStringLiteral("--write"), QStringLiteral("--as"),
         QStringLiteral("a@b.sa")},
        {QStringLiteral("probe"), QStringLiteral("--write"), QStringLiteral("--as"),
         QStringLiteral("a@b.sa")},
    };
    for (const QStringList &args : writing) {
        const DeskRun r = runDesk(QStringList(args)
                                  << QStringLiteral("--as-of") << asOf << QStringLiteral("--source")
                                  << QStringLiteral("sqlite:/nonexistent/x.sqlite"));
        INFO(args.join(u' ').toStdString() << " -> " << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains("writes a decision made now and cannot take --as-of"));
    }
    // Reading with --as-of is allowed: check without --write goes on to open the source (which
    // is missing here: exit 3, not a usage error).
    const DeskRun reading =
        runDesk({QStringLiteral("check"), QStringLiteral("--as-of"), asOf,
                 QStringLiteral("--source"), QStringLiteral("sqlite:/nonexistent/x.sqlite")});
    CHECK(reading.exitCode == 3);

    // Over the Dealix API: demo, probe, check, offline and indexes have no route.
    const QString server = QStringLiteral("https://dealix.invalid/api/v1");
    const QList<QStringList> databaseOnly = {
        {QStringLiteral("demo"), QStringLiteral("-o"), QStringLiteral("/nonexistent/d.sqlite")},
        {QStringLiteral("probe")},
        {QStringLiteral("check")},
        {QStringLiteral("offline"), QStringLiteral("-o"), QStringLiteral("/nonexistent/c")},
        {QStringLiteral("indexes")},
    };
    for (const QStringList &args : databaseOnly) {
        const DeskRun r = runDesk(QStringList(args) << QStringLiteral("--source") << server);
        INFO(args.join(u' ').toStdString() << " -> " << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains("is not available over the Dealix API"));
    }
}
