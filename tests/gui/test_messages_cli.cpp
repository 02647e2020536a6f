// Messages that quote what the user or the data gave (README "Command line", quoting rule):
// the real dealix-desk, run with arguments holding a line break, a RIGHT-TO-LEFT OVERRIDE,
// ESC or U+2028, prints each error as exactly the lines it has, with the value shown visibly
// (a line break as the two characters \n) and every bidirectional control inside a closed
// isolate.
#include "tests/support/deskrun.h"
#include "tests/support/securitychecks.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

using TestSupport::DeskRun;
using TestSupport::runDesk;

// A value with a line break that would forge a second message line.
const QString Forged = QStringLiteral("X\nFAKE: ok");
// How a message shows it: the line break as backslash and n.
const QString ForgedShown = QStringLiteral("X\\nFAKE: ok");
const QChar Rlo(0x202E);

// Every bidirectional control is inside an isolate (U+2066–U+2068 … U+2069) opened on the same
// line, and the line is balanced: nothing in a value reorders the message around it.
bool controlsIsolated(const QString &line)
{
    if (!SecurityChecks::bidiBalanced(line))
        return false;
    int isolates = 0;
    for (const QChar c : line) {
        const char16_t u = c.unicode();
        if (u >= 0x2066 && u <= 0x2068)
            ++isolates;
        else if (u == 0x2069)
            --isolates;
        else if (u >= 0x202A && u <= 0x202E && isolates == 0)
            return false;
    }
    return true;
}

// Standard error is exactly `lines` lines, none holding a control character (C0, DEL, C1)
// nor a line or paragraph separator, every bidi control isolated, and the value shown.
void checkMessage(const DeskRun &r, int lines, const QString &shown)
{
    const QString err = QString::fromUtf8(r.err);
    INFO("stderr: " << err.toStdString());
    REQUIRE(err.endsWith(QLatin1Char('\n')));
    const QStringList split = err.chopped(1).split(QLatin1Char('\n'));
    CHECK(split.size() == lines);
    for (const QString &line : split) {
        for (const QChar c : line) {
            const char16_t u = c.unicode();
            CHECK_FALSE((u < 0x20 || (u >= 0x7F && u <= 0x9F) || u == 0x2028 || u == 0x2029));
        }
        CHECK(controlsIsolated(line));
        CHECK_FALSE(line.startsWith(QLatin1String("FAKE")));
    }
    CHECK(err.contains(shown));
}

QString fixture(QTemporaryDir &dir)
{
    const QString path = TestSupport::fixtureFile(dir, QStringLiteral("messages.sqlite"));
    REQUIRE_FALSE(path.isEmpty());
    return path;
}

} // namespace

TEST_CASE("messages: the FILE argument and --source are quoted on one line", "[cli][messages]")
{
    auto dir = TestSupport::tempDir();
    const QString missing =
        dir->filePath(QStringLiteral("no") + Forged + QStringLiteral(".sqlite"));
    const DeskRun file = runDesk({missing});
    CHECK(file.exitCode == 3);
    checkMessage(file, 1, QStringLiteral("no") + ForgedShown + QStringLiteral(".sqlite"));

    const DeskRun source = runDesk({QStringLiteral("tenants"), QStringLiteral("--source"),
                                    QStringLiteral("sqlite:") + missing});
    CHECK(source.exitCode == 3);
    checkMessage(source, 1, QStringLiteral("no") + ForgedShown + QStringLiteral(".sqlite"));

    // libpq's reason for a refused connection is two lines (the second a tab and a hint): one
    // line here, the hint kept after a space.
    const DeskRun refused = runDesk({QStringLiteral("tenants"), QStringLiteral("--source"),
                                     QStringLiteral("postgresql://u@127.0.0.1:1/db")});
    CHECK(refused.exitCode == 3);
    checkMessage(refused, 1, QStringLiteral("Connection refused Is the server running"));

    // A PostgreSQL URL option holding a line break; an unknown scheme with an override (only a
    // scheme of letters and digits is ever echoed: here none).
    const DeskRun option = runDesk({QStringLiteral("tenants"), QStringLiteral("--source"),
                                    QStringLiteral("postgresql://u@h/db?sslmode=") + Forged});
    CHECK(option.exitCode == 2);
    checkMessage(option, 1, ForgedShown);
    const DeskRun scheme = runDesk({QStringLiteral("tenants"), QStringLiteral("--source"),
                                    QString(Rlo) + QStringLiteral("evil:x")});
    CHECK(scheme.exitCode == 2);
    checkMessage(scheme, 1, QStringLiteral("Unrecognised source \"…\""));
}

TEST_CASE("messages: --tenant, --period, --format and surface ids are quoted", "[cli][messages]")
{
    auto dir = TestSupport::tempDir();
    const QString source = QStringLiteral("sqlite:") + fixture(*dir);
    const DeskRun tenant = runDesk({QStringLiteral("export"), QStringLiteral("executive-room"),
                                    QStringLiteral("--source"), source, QStringLiteral("--tenant"),
                                    QString(Rlo) + QStringLiteral("evil") + Forged});
    CHECK(tenant.exitCode == 4);
    checkMessage(tenant, 1, QStringLiteral("evil") + ForgedShown);

    const DeskRun period = runDesk({QStringLiteral("export"), QStringLiteral("executive-room"),
                                    QStringLiteral("--source"), source, QStringLiteral("--tenant"),
                                    QStringLiteral("alpha"), QStringLiteral("--period"), Forged});
    CHECK(period.exitCode == 2);
    checkMessage(period, 1, ForgedShown);

    const DeskRun format = runDesk({QStringLiteral("export"), QStringLiteral("executive-room"),
                                    QStringLiteral("--source"), source, QStringLiteral("--tenant"),
                                    QStringLiteral("alpha"), QStringLiteral("--format"),
                                    QStringLiteral("a\x1b[31m") + Forged});
    CHECK(format.exitCode == 2);
    checkMessage(format, 1, QStringLiteral("a\u241B[31m") + ForgedShown);

    const DeskRun surface = runDesk({QStringLiteral("export"), Forged, QStringLiteral("--source"),
                                     source, QStringLiteral("--tenant"), QStringLiteral("alpha")});
    CHECK(surface.exitCode == 2);
    checkMessage(surface, 1, ForgedShown);

    const DeskRun surfaces =
        runDesk({QStringLiteral("board-pack"), QStringLiteral("--source"), source,
                 QStringLiteral("--tenant"), QStringLiteral("alpha"), QStringLiteral("-o"),
                 dir->filePath(QStringLiteral("p.pdf")), QStringLiteral("--surfaces"), Forged});
    CHECK(surfaces.exitCode == 2);
    checkMessage(surfaces, 1, ForgedShown);

    // An approval id and an acting user's e-mail that do not exist.
    const DeskRun decide =
        runDesk({QStringLiteral("decide"), Forged, QStringLiteral("approve"),
                 QStringLiteral("--as"), QStringLiteral("me") + Forged, QStringLiteral("--source"),
                 source, QStringLiteral("--tenant"), QStringLiteral("alpha")});
    CHECK(decide.exitCode != 0);
    checkMessage(decide, 1, QStringLiteral("me") + ForgedShown);
    const DeskRun verify =
        runDesk({QStringLiteral("verify-pack"), Forged, QStringLiteral("--source"), source,
                 QStringLiteral("--tenant"), QStringLiteral("alpha")});
    CHECK(verify.exitCode == 4);
    checkMessage(verify, 1, ForgedShown);
}

TEST_CASE("messages: output paths of export, board-pack, offline, demo and --screenshot",
          "[cli][messages]")
{
    auto dir = TestSupport::tempDir();
    const QString file = fixture(*dir);
    const QString source = QStringLiteral("sqlite:") + file;
    // A folder that does not exist, its name holding a line break.
    const QString folder = dir->filePath(QStringLiteral("no") + Forged);
    const QString folderShown = QStringLiteral("no") + ForgedShown;
    const QStringList tenant = {QStringLiteral("--source"), source, QStringLiteral("--tenant"),
                                QStringLiteral("alpha")};
    const DeskRun exported =
        runDesk(QStringList{QStringLiteral("export"), QStringLiteral("executive-room"),
                            QStringLiteral("-o"), folder + QStringLiteral("/x.json")} +
                tenant);
    CHECK(exported.exitCode == 1);
    checkMessage(exported, 1, folderShown + QStringLiteral("/x.json"));

    const DeskRun pack = runDesk(QStringList{QStringLiteral("board-pack"), QStringLiteral("-o"),
                                             folder + QStringLiteral("/x.pdf")} +
                                 tenant);
    CHECK(pack.exitCode == 1);
    checkMessage(pack, 1, folderShown + QStringLiteral("/x.pdf"));

    const DeskRun html = runDesk(QStringList{QStringLiteral("board-pack"), QStringLiteral("--html"),
                                             folder + QStringLiteral("/x.html")} +
                                 tenant);
    CHECK(html.exitCode == 1);
    checkMessage(html, 1, folderShown + QStringLiteral("/x.html"));

    const DeskRun offline = runDesk(QStringList{QStringLiteral("offline"), QStringLiteral("-o"),
                                                folder + QStringLiteral("/x.dealix-review")} +
                                    tenant);
    CHECK(offline.exitCode == 1);
    checkMessage(offline, 1, folderShown + QStringLiteral("/x.dealix-review"));

    const DeskRun demo =
        runDesk({QStringLiteral("demo"), QStringLiteral("-o"), folder + QStringLiteral("/x.sqlite"),
                 QStringLiteral("--scale"), QStringLiteral("0.01")});
    CHECK(demo.exitCode == 1);
    checkMessage(demo, 1, folderShown + QStringLiteral("/x.sqlite"));

    const DeskRun screenshot =
        runDesk({file, QStringLiteral("--tenant"), QStringLiteral("alpha"),
                 QStringLiteral("--screenshot"), folder + QStringLiteral("/x.png")});
    CHECK(screenshot.exitCode == 1);
    checkMessage(screenshot, 1, folderShown + QStringLiteral("/x.png"));

    // A token file that does not exist, its name holding U+2028 (a line break in dialogs).
    const DeskRun token =
        runDesk({QStringLiteral("tenants"), QStringLiteral("--source"),
                 QStringLiteral("https://127.0.0.1:9/api/v1"), QStringLiteral("--token-file"),
                 dir->filePath(QStringLiteral("t") + QChar(0x2028) + QStringLiteral("x"))});
    CHECK(token.exitCode == 2);
    checkMessage(token, 1, QStringLiteral("t\\u2028x"));
}

TEST_CASE("messages: board-pack --print quotes the printer's name", "[cli][messages]")
{
    auto dir = TestSupport::tempDir();
    const QString source = QStringLiteral("sqlite:") + fixture(*dir);
    // No print service here, or none with that printer: the message names the printer.
    const DeskRun print =
        runDesk({QStringLiteral("board-pack"), QStringLiteral("--print"),
                 QString(Rlo) + QStringLiteral("a") + Forged, QStringLiteral("--source"), source,
                 QStringLiteral("--tenant"), QStringLiteral("alpha")});
    CHECK(print.exitCode != 0);
    checkMessage(print, 1, QStringLiteral("a") + ForgedShown);
}

TEST_CASE("messages: parse errors quote the argument", "[cli][messages]")
{
    const DeskRun command = runDesk({QStringLiteral("frob") + Forged});
    CHECK(command.exitCode == 2);
    checkMessage(command, 1, QStringLiteral("frob") + ForgedShown);

    const DeskRun asOf = runDesk({QStringLiteral("tenants"), QStringLiteral("--as-of"), Forged});
    CHECK(asOf.exitCode == 2);
    checkMessage(asOf, 1, ForgedShown);

    const DeskRun extra = runDesk({QStringLiteral("tenants"), Forged});
    CHECK(extra.exitCode == 2);
    checkMessage(extra, 1, ForgedShown);

    const DeskRun fileExtra = runDesk({QStringLiteral("/tmp/a.sqlite"), Forged});
    CHECK(fileExtra.exitCode == 2);
    checkMessage(fileExtra, 1, ForgedShown);

    // Qt's own words on an unknown option quote it as given: one line, the break shown.
    const DeskRun option = runDesk({QStringLiteral("--") + Forged + Rlo});
    CHECK(option.exitCode == 2);
    checkMessage(option, 1, ForgedShown);
}

TEST_CASE("messages: an unknown --surface is a usage error with and without FILE",
          "[cli][messages][surface]")
{
    auto dir = TestSupport::tempDir();
    const QString file = fixture(*dir);
    const QString png = dir->filePath(QStringLiteral("s.png"));
    // With FILE (and a screenshot, so that the window would not wait for a user).
    const DeskRun withFile =
        runDesk({file, QStringLiteral("--surface"), Forged, QStringLiteral("--screenshot"), png});
    CHECK(withFile.exitCode == 2);
    checkMessage(withFile, 1, ForgedShown);
    CHECK_FALSE(QFile::exists(png));
    // With --source, and alone.
    const DeskRun withSource = runDesk(
        {QStringLiteral("--source"), QStringLiteral("sqlite:") + file, QStringLiteral("--surface"),
         QStringLiteral("nosuch"), QStringLiteral("--screenshot"), png});
    CHECK(withSource.exitCode == 2);
    checkMessage(withSource, 1, QStringLiteral("nosuch"));
    CHECK_FALSE(QFile::exists(png));
    const DeskRun alone = runDesk({QStringLiteral("--surface"), QStringLiteral("nosuch"),
                                   QStringLiteral("--screenshot"), png});
    CHECK(alone.exitCode == 2);
    checkMessage(alone, 1, QStringLiteral("nosuch"));
    // With a command: the option is checked all the same.
    const DeskRun command = runDesk({QStringLiteral("tenants"), QStringLiteral("--source"),
                                     QStringLiteral("sqlite:") + file, QStringLiteral("--surface"),
                                     QStringLiteral("nosuch")});
    CHECK(command.exitCode == 2);
    // A known surface still opens: the screenshot is written.
    const DeskRun known = runDesk({file, QStringLiteral("--tenant"), QStringLiteral("alpha"),
                                   QStringLiteral("--surface"), QStringLiteral("weekly-review"),
                                   QStringLiteral("--screenshot"), png});
    CHECK(known.exitCode == 0);
    CHECK(QFile::exists(png));
    // --help and --version still answer beside an unknown surface.
    const DeskRun help =
        runDesk({QStringLiteral("--surface"), QStringLiteral("nosuch"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.startsWith("Usage: dealix-desk"));
    const DeskRun version = runDesk(
        {QStringLiteral("--surface"), QStringLiteral("nosuch"), QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    // --surfaces naming nothing is a usage error, not every surface.
    for (const QString &empty : {QString(), QStringLiteral(","), QStringLiteral(",,")}) {
        const DeskRun none =
            runDesk({QStringLiteral("board-pack"), QStringLiteral("--surfaces"), empty,
                     QStringLiteral("-o"), QStringLiteral("/nonexistent/p.pdf")});
        INFO(none.err.toStdString());
        CHECK(none.exitCode == 2);
        CHECK(none.err.contains("--surfaces names no surface"));
    }
}

TEST_CASE("messages: tenants prints what --help and the man page say it prints",
          "[cli][messages][tenants]")
{
    auto dir = TestSupport::tempDir();
    const QString source = QStringLiteral("sqlite:") + fixture(*dir);
    const DeskRun tenants =
        runDesk({QStringLiteral("tenants"), QStringLiteral("--source"), source});
    REQUIRE(tenants.exitCode == 0);
    // The fixture's two tenants (tests/support/testsupport.cpp), by hand: id, slug, name and
    // Arabic name, one per line, tab-separated.
    const QStringList lines =
        QString::fromUtf8(tenants.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    const QStringList alpha = lines.at(0).split(QLatin1Char('\t'));
    REQUIRE(alpha.size() == 4);
    CHECK(alpha.at(1) == QStringLiteral("alpha"));
    CHECK(alpha.at(2) == QStringLiteral("Tenant alpha"));
    CHECK(alpha.at(3) == QStringLiteral("المستأجر alpha"));
    // --help and the man page name the same four columns.
    const DeskRun help = runDesk({QStringLiteral("--help")});
    CHECK(QString::fromUtf8(help.out).contains(QStringLiteral("id, slug, name, name_ar")));
    const DeskRun man = runDesk({QStringLiteral("--man")});
    CHECK(QString::fromUtf8(man.out).contains(QStringLiteral("id, slug, name, name_ar")));
}
