#include "models/core/platform.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>

TEST_CASE("the runtime folder fallback: made owner-only, an existing one used only if it is "
          "this user's, a folder and closed to others",
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

    // Open to others: refused.
    REQUIRE(::chmod(path.constData(), 0755) == 0);
    CHECK(Platform::runtimeDirFallback(parent->path()).isEmpty());
    REQUIRE(::chmod(path.constData(), 0700) == 0);

    // Another user's (only root can make one to try).
    if (::getuid() == 0) {
        REQUIRE(::chown(path.constData(), 65534, 65534) == 0);
        CHECK(Platform::runtimeDirFallback(parent->path()).isEmpty());
        REQUIRE(::chown(path.constData(), 0, 0) == 0);
    }

    // A link planted in its place, even to a folder of this user's closed to others: refused.
    REQUIRE(QDir(expected).removeRecursively());
    const QString target = parent->filePath(QStringLiteral("elsewhere"));
    REQUIRE(QDir().mkdir(target));
    REQUIRE(::chmod(QFile::encodeName(target).constData(), 0700) == 0);
    REQUIRE(QFile::link(target, expected));
    CHECK(Platform::runtimeDirFallback(parent->path()).isEmpty());

    // A file in its place: refused.
    REQUIRE(QFile::remove(expected));
    {
        QFile f(expected);
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    CHECK(Platform::runtimeDirFallback(parent->path()).isEmpty());
}
#endif
