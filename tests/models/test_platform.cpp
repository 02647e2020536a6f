#include "models/core/platform.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>

namespace {
// Refused: a new folder beside it instead, runtime-<uid>-XXXXXX, this user's, 0700.
void checkPrivate(const QString &got, const QString &refused)
{
    INFO(got.toStdString());
    CHECK(got != refused);
    CHECK(got.startsWith(refused + QLatin1Char('-')));
    CHECK(got.size() == refused.size() + 7);
    struct stat st {
    };
    REQUIRE(::lstat(QFile::encodeName(got).constData(), &st) == 0);
    CHECK(S_ISDIR(st.st_mode));
    CHECK(st.st_uid == ::getuid());
    CHECK((st.st_mode & 0777) == 0700);
}
} // namespace

TEST_CASE("the runtime folder fallback: made owner-only, an existing one used only if it is "
          "this user's, a folder and closed to others, else a private one of its own",
          "[platform]")
{
    auto parent = TestSupport::tempDir();
    const QString expected =
        parent->path() + QStringLiteral("/runtime-") + QString::number(::getuid());
    const QByteArray path = QFile::encodeName(expected);
    struct stat st {
    };

    // None there: made, 0700.
    CHECK(Platform::runtimeDirFallback(parent->path()) == expected);
    REQUIRE(::lstat(path.constData(), &st) == 0);
    CHECK(S_ISDIR(st.st_mode));
    CHECK((st.st_mode & 0777) == 0700);
    // There, as made: used again.
    CHECK(Platform::runtimeDirFallback(parent->path()) == expected);

    // Open to others: refused, a private one instead.
    REQUIRE(::chmod(path.constData(), 0755) == 0);
    checkPrivate(Platform::runtimeDirFallback(parent->path()), expected);
    REQUIRE(::chmod(path.constData(), 0700) == 0);

    // Another user's (only root can make one to try).
    if (::getuid() == 0) {
        REQUIRE(::chown(path.constData(), 65534, 65534) == 0);
        checkPrivate(Platform::runtimeDirFallback(parent->path()), expected);
        REQUIRE(::chown(path.constData(), 0, 0) == 0);
    }

    // A link planted in its place, even to a folder of this user's closed to others: refused.
    REQUIRE(QDir(expected).removeRecursively());
    const QString target = parent->filePath(QStringLiteral("elsewhere"));
    REQUIRE(QDir().mkdir(target));
    REQUIRE(::chmod(QFile::encodeName(target).constData(), 0700) == 0);
    REQUIRE(QFile::link(target, expected));
    checkPrivate(Platform::runtimeDirFallback(parent->path()), expected);

    // A file in its place: refused.
    REQUIRE(QFile::remove(expected));
    {
        QFile f(expected);
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    checkPrivate(Platform::runtimeDirFallback(parent->path()), expected);
}
#endif
