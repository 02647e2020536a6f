// Whole-file writes: a regular file is replaced atomically; a device or a pipe is written in
// place and stays what it was (renaming over /dev/null would destroy it); database writers
// refuse such targets. A named pipe stands in for a device: creating one needs no privilege.
#include "models/core/atomicfile.h"
#include "models/source/demogenerator.h"
#include "tests/support/testsupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <catch2/catch.hpp>

#include <future>
#include <sys/stat.h>
#include <unistd.h>

namespace {
bool isFifo(const QString &path)
{
    struct stat st {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISFIFO(st.st_mode);
}
} // namespace

TEST_CASE("atomic writes: a file is replaced whole, a pipe is written in place and stays a pipe",
          "[atomicfile][bad-input]")
{
    auto dir = TestSupport::tempDir();
    const QString file = dir->filePath(QStringLiteral("out.json"));
    QString error;
    REQUIRE(AtomicFile::write(file, "old", &error));
    REQUIRE(AtomicFile::write(file, "new contents", &error));
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "new contents");
    CHECK_FALSE(AtomicFile::isSpecial(file));
    CHECK_FALSE(AtomicFile::isSpecial(dir->filePath(QStringLiteral("absent"))));
    // Descriptors are written in place wherever they lead; a regular file under /dev is not one.
    for (const char *d : {"/dev/stdout", "/dev/stderr", "/dev/fd/1", "/proc/self/fd/1"})
        CHECK(AtomicFile::isSpecial(QLatin1String(d)));
    CHECK(AtomicFile::isSpecial(QStringLiteral("/dev/null")));
    CHECK_FALSE(AtomicFile::isSpecial(QStringLiteral("/dev/shm/dealix-report.pdf")));
    // Nothing else was left beside it.
    CHECK(QDir(dir->path()).entryList(QDir::Files | QDir::Hidden).size() == 1);

    const QString pipe = dir->filePath(QStringLiteral("pipe"));
    REQUIRE(::mkfifo(QFile::encodeName(pipe).constData(), 0600) == 0);
    CHECK(AtomicFile::isSpecial(pipe));
    // A reader on the other end, as `-o /dev/stdout | …` has.
    auto reader = std::async(std::launch::async, [pipe] {
        QFile in(pipe);
        return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray("(no reader)");
    });
    // A second name for the pipe: if the write wrongly replaced it, the reader is released
    // through this one, and the test fails instead of hanging.
    const QString keep = pipe + QStringLiteral(".keep");
    REQUIRE(::link(QFile::encodeName(pipe).constData(), QFile::encodeName(keep).constData()) == 0);
    const QByteArray data(100000, 'x');
    CHECK(AtomicFile::write(pipe, data, &error));
    const bool stillPipe = isFifo(pipe);
    if (!stillPipe) {
        QFile release(keep);
        release.open(QIODevice::WriteOnly);
    }
    CHECK(stillPipe);
    CHECK(reader.get() == data);

    // A database is never renamed over a pipe or a device: refused, with the reason.
    DemoOptions o;
    o.scale = 0.01;
    CHECK_FALSE(DemoGenerator::writeSqliteFile(pipe, o, nullptr, &error));
    CHECK(error.contains(QStringLiteral("not a regular file")));
    CHECK(isFifo(pipe));
    CHECK(AtomicFile::refuseSpecial(file).isEmpty());
}

TEST_CASE("atomic writes through a symbolic link replace its target and keep the link",
          "[atomicfile]")
{
    auto dir = TestSupport::tempDir();
    QDir(dir->path()).mkdir(QStringLiteral("real"));
    const QString target = dir->filePath(QStringLiteral("real/target.json"));
    const QString link = dir->filePath(QStringLiteral("link.json"));
    QString error;
    REQUIRE(AtomicFile::write(target, "old", &error));
    REQUIRE(QFile::link(target, link));
    CHECK(AtomicFile::replaceTarget(link) == QFileInfo(target).canonicalFilePath());
    REQUIRE(AtomicFile::write(link, "new", &error));
    CHECK(QFileInfo(link).isSymLink());
    QFile f(target);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "new");
    // The database writers too: the link stays, the database lands where it points.
    const QString dbTarget = dir->filePath(QStringLiteral("real/demo.sqlite"));
    const QString dbLink = dir->filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(AtomicFile::write(dbTarget, "placeholder", &error));
    REQUIRE(QFile::link(dbTarget, dbLink));
    DemoOptions o;
    o.scale = 0.01;
    REQUIRE(DemoGenerator::writeSqliteFile(dbLink, o, nullptr, &error));
    CHECK(QFileInfo(dbLink).isSymLink());
    QFile db(dbTarget);
    REQUIRE(db.open(QIODevice::ReadOnly));
    CHECK(db.read(16) == QByteArray("SQLite format 3\0", 16));
}

TEST_CASE("temporary files of writers that are gone are swept by the next write in the folder, "
          "others are left alone",
          "[atomicfile][killed]")
{
    auto dir = TestSupport::tempDir();
    // A process id that is no longer running: a child started and waited for.
    QProcess child;
    child.start(QStringLiteral("true"), QStringList());
    REQUIRE(child.waitForStarted());
    const qint64 dead = child.processId();
    REQUIRE(child.waitForFinished());
    REQUIRE(dead > 0);
    const qint64 alive = QCoreApplication::applicationPid();
    auto make = [&dir](const QString &name, const QByteArray &data) {
        QFile f(dir->filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(data);
        return name;
    };
    const QByteArray sqlite("SQLite format 3\0 and the rest", 29);
    const QString stale = make(QStringLiteral("pack.pdf.dealix-%1-abc123.partial").arg(dead), "x");
    const QString staleJournal =
        make(QStringLiteral("copy.sqlite.dealix-%1-k9.partial-journal").arg(dead), "j");
    const QString legacyDb = make(QStringLiteral(".demo.sqlite.tmp-%1").arg(dead), sqlite);
    const QString running =
        make(QStringLiteral("pack.pdf.dealix-%1-abc123.partial").arg(alive), "x");
    const QString legacyOther = make(QStringLiteral(".notes.txt.tmp-%1").arg(dead), "not ours");
    const QString freshLegacy = make(QStringLiteral("copy.sqlite.Ab3dEf.partial"), sqlite);
    const QString mine = make(QStringLiteral("report.partial"), "the user's own file");
    // Old-style names untouched for two hours: a database of ours goes, another program's empty
    // file of the same shape (a download about to start) stays.
    const QString oldLegacyDb = make(QStringLiteral("copy.sqlite.Zx81Qw.partial"), sqlite);
    const QString oldEmptyOther = make(QStringLiteral("movie.mkv.Ab3dEf.partial"), QByteArray());
    const QDateTime twoHoursAgo = QDateTime::currentDateTimeUtc().addSecs(-7200);
    for (const QString &name : {oldLegacyDb, oldEmptyOther}) {
        QFile f(dir->filePath(name));
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.setFileTime(twoHoursAgo, QFileDevice::FileModificationTime));
    }
    QString error;
    REQUIRE(AtomicFile::write(dir->filePath(QStringLiteral("out.json")), "{}", &error));
    const QStringList left = QDir(dir->path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    INFO(left.join(QLatin1Char(' ')).toStdString());
    for (const QString &gone : {stale, staleJournal, legacyDb, oldLegacyDb})
        CHECK_FALSE(left.contains(gone));
    // A writer still running, another program's file of a similar name, an old-style file
    // written to within the hour, and the user's own files stay.
    for (const QString &kept : {running, legacyOther, freshLegacy, mine, oldEmptyOther})
        CHECK(left.contains(kept));
    CHECK(left.contains(QStringLiteral("out.json")));
    CHECK(left.size() == 6);
    CHECK(AtomicFile::isTemporaryName(stale));
    CHECK_FALSE(AtomicFile::isTemporaryName(mine));
}
