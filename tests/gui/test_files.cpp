// A file is whole, or the old one stays: every writer on a full disk (a small tmpfs mounted by
// the test), a writer killed with SIGKILL (its temporary file swept by the next run), a board
// pack with sections that failed; and offline copies whose every byte is in their digests.
#include "app/boardpackdialog.h"
#include "app/languagemanager.h"
#include "app/surfaces.h"
#include "models/source/datadigest.h"
#include "models/source/offlinecopy.h"
#include "models/source/session.h"
#include "tests/support/deskrun.h"
#include "tests/support/smalldisk.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QThread>

#include <catch2/catch.hpp>

namespace {

using TestSupport::DeskRun;
using TestSupport::runDesk;

// DEALIX_TEST_DESK runs another build's binary (to watch these tests fail on an older one), as
// runDesk() does.
QString binary()
{
    const QString other = qEnvironmentVariable("DEALIX_TEST_DESK");
    return other.isEmpty() ? QStringLiteral(DEALIX_DESK_BINARY) : other;
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(absent)");
}

void put(const QString &path, const QByteArray &data)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(data) == data.size());
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

// Changes a file behind the app's back, as someone with sqlite3 would.
void edit(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("edit-") + QFileInfo(path).fileName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            INFO(sql.toStdString());
            REQUIRE(q.exec(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

OfflineStatus statusOf(const QString &path)
{
    Session s;
    REQUIRE(s.open(SourceUrl::sqlite(path)));
    return s.offline();
}

const QDateTime AsOf(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);

} // namespace

TEST_CASE("files: on a full disk every writer exits 1, names the cause and keeps the old file",
          "[files][disk]")
{
    TestSupport::SmallDisk disk(1024);
    INFO(disk.error().toStdString());
    REQUIRE(disk.ok());
    auto dir = TestSupport::tempDir();
    const QString db = TestSupport::fixtureFile(*dir, QStringLiteral("fixture.sqlite"));
    REQUIRE_FALSE(db.isEmpty());
    const QStringList source = {QStringLiteral("--source"), QStringLiteral("sqlite:") + db,
                                QStringLiteral("--tenant"), QStringLiteral("alpha")};
    struct Case {
        const char *file;
        QStringList args;
        bool small = false; // under 4 KiB: fits the page left on a nearly full disk
    };
    const QList<Case> cases = {
        {"b.json",
         {QStringLiteral("export"), QStringLiteral("executive-room"), QStringLiteral("--format"),
          QStringLiteral("json")}},
        {"b.html",
         {QStringLiteral("export"), QStringLiteral("executive-room"), QStringLiteral("--format"),
          QStringLiteral("html")}},
        {"b.csv",
         {QStringLiteral("export"), QStringLiteral("executive-room"), QStringLiteral("--format"),
          QStringLiteral("csv")},
         true},
        {"b.pdf",
         {QStringLiteral("export"), QStringLiteral("executive-room"), QStringLiteral("--format"),
          QStringLiteral("pdf")}},
        {"tenants.txt", {QStringLiteral("tenants")}, true},
        {"pack.pdf",
         {QStringLiteral("board-pack"), QStringLiteral("--surfaces"),
          QStringLiteral("executive-room,source")}},
        {"copy.sqlite", {QStringLiteral("offline")}},
    };
    const QByteArray old = "the old file, whole\n";
    // Full to the last page, and nearly full (one page left: a part of the data fits).
    for (const qint64 leave : {qint64(0), qint64(4096)}) {
        for (const bool existing : {true, false}) {
            for (const Case &c : cases) {
                const QString target = disk.filePath(QLatin1String(c.file));
                INFO(c.file << (existing ? " over an old file" : " as a new file") << ", " << leave
                            << " bytes free");
                disk.clear();
                if (existing)
                    put(target, old);
                REQUIRE(disk.fill(leave));
                QStringList args = c.args;
                args << source << QStringLiteral("-o") << target;
                if (c.args.first() == QLatin1String("tenants"))
                    args.removeAll(QStringLiteral("--tenant")),
                        args.removeAll(QStringLiteral("alpha"));
                const DeskRun r = runDesk(args);
                INFO(r.err.toStdString());
                if (leave > 0 && c.small) {
                    // It fits: written whole.
                    CHECK(r.exitCode == 0);
                    CHECK(contents(target).size() > 0);
                    CHECK(contents(target) != old);
                    CHECK(disk.files() == QStringList{QLatin1String(c.file)});
                    continue;
                }
                CHECK(r.exitCode == 1);
                // The cause, named.
                CHECK(
                    (r.err.contains("No space left on device") || r.err.contains("disk is full")));
                CHECK(r.err.contains(QFile::encodeName(target)));
                // The old file as it was, or no file; nothing else left behind.
                CHECK(contents(target) == (existing ? old : QByteArray("(absent)")));
                CHECK(disk.files() ==
                      (existing ? QStringList{QLatin1String(c.file)} : QStringList{}));
            }
        }
    }
    // With room again, the same commands replace the old file with a whole one.
    for (const Case &c : cases) {
        INFO(c.file);
        disk.clear();
        const QString target = disk.filePath(QLatin1String(c.file));
        put(target, old);
        QStringList args = c.args;
        args << source << QStringLiteral("-o") << target;
        if (c.args.first() == QLatin1String("tenants"))
            args.removeAll(QStringLiteral("--tenant")), args.removeAll(QStringLiteral("alpha"));
        const DeskRun r = runDesk(args);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        const QByteArray written = contents(target);
        CHECK(written.size() > old.size());
        if (QByteArray(c.file).endsWith(".pdf"))
            CHECK(written.trimmed().endsWith("%%EOF"));
        if (QByteArray(c.file).endsWith(".json"))
            CHECK(QJsonDocument::fromJson(written).isObject());
        CHECK(disk.files() == QStringList{QLatin1String(c.file)});
    }
}

TEST_CASE("files: a writer killed with SIGKILL leaves a temporary file the next run removes",
          "[files][killed]")
{
    auto dir = TestSupport::tempDir();
    const QString fixture = TestSupport::fixtureFile(*dir, QStringLiteral("fixture.sqlite"));
    REQUIRE_FALSE(fixture.isEmpty());
    const QString out = dir->filePath(QStringLiteral("out"));
    REQUIRE(QDir().mkpath(out));
    // Kills the command as soon as its temporary file has data in it.
    auto killMidway = [&out](const QStringList &args) {
        QProcess p;
        p.start(binary(), args);
        REQUIRE(p.waitForStarted());
        QElapsedTimer timer;
        timer.start();
        bool seen = false;
        while (!seen && timer.elapsed() < 120000 && p.state() == QProcess::Running) {
            for (const QString &name : filesIn(out))
                seen = seen || QFileInfo(out + QLatin1Char('/') + name).size() > 0;
            if (!seen)
                QThread::msleep(2);
        }
        p.kill(); // SIGKILL: no destructor runs
        p.waitForFinished();
        INFO(p.readAllStandardError().toStdString());
        REQUIRE(seen);
        REQUIRE(p.exitStatus() == QProcess::CrashExit);
    };
    const QString big = out + QStringLiteral("/big.sqlite");
    killMidway({QStringLiteral("demo"), QStringLiteral("-o"), big, QStringLiteral("--scale"),
                QStringLiteral("4")});
    CHECK_FALSE(QFileInfo::exists(big));
    const QStringList left = filesIn(out);
    INFO(left.join(QLatin1Char(' ')).toStdString());
    REQUIRE_FALSE(left.isEmpty()); // the killed run's temporary file
    // The next run that writes in the folder removes it: its process is gone.
    const QString json = out + QStringLiteral("/x.json");
    const DeskRun r =
        runDesk({QStringLiteral("export"), QStringLiteral("executive-room"),
                 QStringLiteral("--source"), QStringLiteral("sqlite:") + fixture,
                 QStringLiteral("--tenant"), QStringLiteral("alpha"), QStringLiteral("-o"), json});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(filesIn(out) == QStringList{QStringLiteral("x.json")});

    // The same for an offline copy killed mid-way (a large source, so that there is a middle).
    const QString demo = dir->filePath(QStringLiteral("demo.sqlite"));
    const DeskRun made = runDesk(
        {QStringLiteral("demo"), QStringLiteral("-o"), demo, QStringLiteral("--scale"),
         QStringLiteral("2"), QStringLiteral("--as-of"), QStringLiteral("2026-11-26T09:00:00Z")});
    REQUIRE(made.exitCode == 0);
    QFile::remove(json);
    const QString copy = out + QStringLiteral("/copy.sqlite");
    const QStringList offline = {QStringLiteral("offline"),
                                 QStringLiteral("--source"),
                                 QStringLiteral("sqlite:") + demo,
                                 QStringLiteral("--tenant"),
                                 QStringLiteral("najd-trading"),
                                 QStringLiteral("-o"),
                                 copy};
    killMidway(offline);
    CHECK_FALSE(QFileInfo::exists(copy));
    REQUIRE_FALSE(filesIn(out).isEmpty());
    const DeskRun again = runDesk(offline);
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK(filesIn(out) == QStringList{QStringLiteral("copy.sqlite")});
}

TEST_CASE("board pack: failed sections never replace an existing pack unless --allow-partial",
          "[files][print][partial]")
{
    auto dir = TestSupport::tempDir();
    const QString db = dir->filePath(QStringLiteral("broken.sqlite"));
    {
        Session s;
        REQUIRE(s.open(SourceUrl::sqlite(db), Session::OpenMode::AllowEmpty));
        QSqlQuery q(s.database());
        REQUIRE(q.exec(QStringLiteral(
            "create table tenants (id text primary key, slug text, name text, name_ar text)")));
        REQUIRE(
            q.exec(QStringLiteral("insert into tenants values ('t1', 'solo', 'Solo', 'سولو')")));
        // A deals table without the Dealix columns: the Executive Room cannot compute.
        REQUIRE(q.exec(QStringLiteral("create table deals (id text, tenant_id text)")));
    }
    const QString pdf = dir->filePath(QStringLiteral("pack.pdf"));
    const QString html = dir->filePath(QStringLiteral("pack.html"));
    const QByteArray old = "last night's whole pack\n";
    put(pdf, old);
    put(html, old);
    const QStringList args = {QStringLiteral("board-pack"),
                              QStringLiteral("--source"),
                              QStringLiteral("sqlite:") + db,
                              QStringLiteral("-o"),
                              pdf,
                              QStringLiteral("--html"),
                              html};
    const DeskRun kept = runDesk(args);
    INFO(kept.err.toStdString());
    CHECK(kept.exitCode == 3);
    CHECK(kept.err.contains("executive-room"));
    CHECK(kept.err.contains("--allow-partial"));
    CHECK(contents(pdf) == old);
    CHECK(contents(html) == old);
    // One surface as a document: the same rule.
    const DeskRun single =
        runDesk({QStringLiteral("export"), QStringLiteral("executive-room"),
                 QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--source"),
                 QStringLiteral("sqlite:") + db, QStringLiteral("-o"), pdf});
    CHECK(single.exitCode == 3);
    CHECK(contents(pdf) == old);
    // Asked for: replaced, and the cover names what is missing.
    const DeskRun replaced = runDesk(QStringList(args) << QStringLiteral("--allow-partial"));
    INFO(replaced.err.toStdString());
    CHECK(replaced.exitCode == 3);
    CHECK(contents(pdf).startsWith("%PDF-"));
    CHECK(contents(html).contains("Incomplete pack"));
    QProcess text;
    text.start(QStringLiteral("pdftotext"),
               {QStringLiteral("-l"), QStringLiteral("1"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished());
    const QString cover = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    INFO(cover.toStdString());
    CHECK(cover.contains(QStringLiteral("Incomplete pack")));
    CHECK(cover.contains(QStringLiteral("executive-room")));
    // Never an empty reason after a section's name.
    static const QRegularExpression emptyReason(QStringLiteral("[a-z-]+: *(;|$)"));
    CHECK_FALSE(QString::fromUtf8(kept.err).contains(emptyReason));

    // File ▸ Board pack: the same rule (the Save buttons ask first; asked nothing, it keeps).
    registerSurfaces();
    Session s;
    REQUIRE(s.open(SourceUrl::sqlite(db)));
    REQUIRE(s.selectTenant(QStringLiteral("solo")));
    LanguageManager language;
    REQUIRE(language.setLanguage(QStringLiteral("en")));
    BoardPackDialog dialog(s, language, AsOf);
    dialog.setChosenSurfaces({QStringLiteral("executive-room")});
    put(pdf, old);
    put(html, old);
    QString error;
    CHECK_FALSE(dialog.savePdfTo(pdf, &error));
    CHECK(error.contains(QStringLiteral("executive-room")));
    CHECK(contents(pdf) == old);
    CHECK_FALSE(dialog.saveHtmlTo(html, &error));
    CHECK(contents(html) == old);
    const QString fresh = dir->filePath(QStringLiteral("fresh.pdf"));
    CHECK(dialog.savePdfTo(fresh, &error)); // a new file: written, its cover says so
    CHECK(contents(fresh).startsWith("%PDF-"));
}

TEST_CASE("data digests: different tables, rows and values never digest alike",
          "[files][digest][offline]")
{
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("digests"));
    db.setDatabaseName(QStringLiteral(":memory:"));
    REQUIRE(db.open());
    {
        QSqlQuery q(db);
        auto digest = [&](const QString &table, const QString &columns, const QStringList &rows) {
            REQUIRE(q.exec(QStringLiteral("drop table if exists %1").arg(table)));
            REQUIRE(q.exec(QStringLiteral("create table %1 (%2)").arg(table, columns)));
            for (const QString &row : rows)
                REQUIRE(q.exec(QStringLiteral("insert into %1 values (%2)").arg(table, row)));
            QString error;
            const QString d = OfflineCopy::tableDigest(db, table, &error);
            INFO(error.toStdString());
            REQUIRE(d.size() == 64);
            return d;
        };
        // One value, each a different input: NUL inside or at the end, bytes that are not UTF-8,
        // a blob of the same bytes, integer vs text vs real, empty vs null.
        const QStringList values = {
            QStringLiteral("1"),
            QStringLiteral("'1'"),
            QStringLiteral("1.0"),
            QStringLiteral("x'31'"),
            QStringLiteral("1.0000000000000002"),
            QStringLiteral("null"),
            QStringLiteral("''"),
            QStringLiteral("x''"),
            QStringLiteral("'closed_won'"),
            QStringLiteral("'closed_won' || char(0)"),
            QStringLiteral("'closed_won' || char(0) || 'x'"),
            QStringLiteral("cast(x'636c6f7365645f776f6e' as blob)"),
            QStringLiteral("cast(x'41ff' as text)"),
            QStringLiteral("cast(x'41fe' as text)"),
            QStringLiteral("cast(x'41c0' as text)"),
        };
        QStringList digests;
        for (const QString &v : values)
            digests << digest(QStringLiteral("t"), QStringLiteral("id integer primary key, v"),
                              {QStringLiteral("1, %1").arg(v)});
        CHECK(QSet<QString>(digests.begin(), digests.end()).size() == values.size());
        // Rows and values framed: ('ab', 'c') is not ('a', 'bc'); one row of two is not two.
        const QString split1 = digest(QStringLiteral("t"), QStringLiteral("id, a, b"),
                                      {QStringLiteral("1, 'ab', 'c'")});
        const QString split2 = digest(QStringLiteral("t"), QStringLiteral("id, a, b"),
                                      {QStringLiteral("1, 'a', 'bc'")});
        CHECK(split1 != split2);
        const QString oneRow = digest(QStringLiteral("t"), QStringLiteral("id, a"),
                                      {QStringLiteral("1, 'x'"), QStringLiteral("2, 'y'")});
        const QString rowsMerged = digest(QStringLiteral("t"), QStringLiteral("id, a"),
                                          {QStringLiteral("1, 'x' || char(31) || 'y'")});
        CHECK(oneRow != rowsMerged);
        // The same rows in two tables: two digests.
        CHECK(digest(QStringLiteral("t"), QStringLiteral("id, a"), {QStringLiteral("1, 'x'")}) !=
              digest(QStringLiteral("u"), QStringLiteral("id, a"), {QStringLiteral("1, 'x'")}));
        // Unchanged content, the same digest.
        CHECK(digest(QStringLiteral("t"), QStringLiteral("id, a"), {QStringLiteral("1, 'x'")}) ==
              digest(QStringLiteral("t"), QStringLiteral("id, a"), {QStringLiteral("1, 'x'")}));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("digests"));
}

TEST_CASE("offline copy: a NUL, bytes that are not UTF-8, a dropped manifest and an older format "
          "are never 'verified'",
          "[files][offline][bad-input]")
{
    auto dir = TestSupport::tempDir();
    const QString live = TestSupport::fixtureFile(*dir, QStringLiteral("live.sqlite"));
    REQUIRE_FALSE(live.isEmpty());
    // A title that is not valid UTF-8, as a source may hold.
    edit(live, {QStringLiteral("update deals set title = cast(x'41ff' as text) where id = (select "
                               "min(id) from deals where tenant_id = '%1')")
                    .arg(QLatin1String(TestSupport::Fixture::AlphaId))});
    const QString copy = dir->filePath(QStringLiteral("copy.sqlite"));
    {
        Session source;
        REQUIRE(source.open(SourceUrl::sqlite(live)));
        REQUIRE(source.selectTenant(QStringLiteral("alpha")));
        QString error;
        INFO(error.toStdString());
        REQUIRE(OfflineCopy::write(source, copy, AsOf, &error));
    }
    REQUIRE(statusOf(copy).intact);
    auto tampered = [&](const QString &name, const QStringList &sql) {
        const QString path = dir->filePath(name);
        QFile::remove(path);
        REQUIRE(QFile::copy(copy, path));
        edit(path, sql);
        return path;
    };
    const QString firstDeal = QStringLiteral("(select min(id) from deals)");
    // The stage with a NUL after it: the app reads the whole value.
    OfflineStatus s = statusOf(
        tampered(QStringLiteral("nul.sqlite"),
                 {QStringLiteral("update deals set stage = 'closed_won' || char(0) where id = %1")
                      .arg(firstDeal)}));
    CHECK_FALSE(s.intact);
    CHECK(s.problems == QStringList{QStringLiteral("deals was changed")});
    CHECK_FALSE(s.summary(QTimeZone("Asia/Riyadh")).contains(QStringLiteral("verified")));
    // The source's invalid byte reached the copy as U+FFFD (what the app reads); the byte itself
    // written back in its place reads the same to the app, yet is a change to the file.
    s = statusOf(tampered(QStringLiteral("utf8.sqlite"),
                          {QStringLiteral("update deals set title = cast(x'41ff' as text) where "
                                          "title = 'A' || char(65533)")}));
    CHECK(s.problems == QStringList{QStringLiteral("deals was changed")});
    // Text for the same bytes as a blob.
    s = statusOf(tampered(QStringLiteral("blob.sqlite"),
                          {QStringLiteral("update deals set stage = cast(stage as blob) where id "
                                          "= %1")
                               .arg(firstDeal)}));
    CHECK(s.problems == QStringList{QStringLiteral("deals was changed")});
    // The manifest dropped and the application id reset: still an offline copy, not verifiable.
    for (const QStringList &sql :
         {QStringList{QStringLiteral("drop table offline_manifest"),
                      QStringLiteral("pragma application_id = 0")},
          QStringList{QStringLiteral("drop table offline_manifest"),
                      QStringLiteral("pragma application_id = 0"),
                      QStringLiteral("pragma user_version = 0"),
                      QStringLiteral("update users set password_hash = 'x'")}}) {
        INFO(sql.join(QStringLiteral("; ")).toStdString());
        s = statusOf(tampered(QStringLiteral("unmarked.sqlite"), sql));
        CHECK(s.isOffline);
        CHECK_FALSE(s.intact);
        CHECK_FALSE(s.verifiable);
        CHECK(s.problems.join(u' ').contains(QStringLiteral("the manifest is missing")));
        CHECK(s.summary(QTimeZone("Asia/Riyadh")).contains(QStringLiteral("NOT VERIFIABLE")));
    }
    // A copy of the older format (2): not verifiable, never "altered" nor "verified".
    const QString older =
        tampered(QStringLiteral("older.sqlite"),
                 {QStringLiteral("update offline_manifest set value = '2' where key = 'format'")});
    s = statusOf(older);
    CHECK_FALSE(s.intact);
    CHECK_FALSE(s.verifiable);
    CHECK(s.summary(QTimeZone("Asia/Riyadh")).contains(QStringLiteral("NOT VERIFIABLE")));
    CHECK(s.summary(QTimeZone("Asia/Riyadh")).contains(QStringLiteral("format 2")));
    const DeskRun exported =
        runDesk({QStringLiteral("export"), QStringLiteral("executive-room"),
                 QStringLiteral("--source"), QStringLiteral("sqlite:") + older});
    CHECK(exported.exitCode == 7);
    CHECK(exported.err.contains("NOT VERIFIABLE"));
    CHECK(QJsonDocument::fromJson(exported.out)
              .object()
              .value(QStringLiteral("offline_copy"))
              .toObject()
              .value(QStringLiteral("integrity"))
              .toString() == QStringLiteral("not_verifiable"));
    // A plain database bears none of the marks.
    {
        Session plain;
        REQUIRE(plain.open(SourceUrl::sqlite(live)));
        CHECK_FALSE(plain.isOffline());
        CHECK(OfflineCopy::marks(plain.database()).isEmpty());
    }
}
