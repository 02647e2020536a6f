#include "models/core/settings.h"

#include <QFile>

#include <sys/stat.h>

#include <catch2/catch.hpp>

TEST_CASE("typed settings: defaults, round trip, recent sources", "[settings]")
{
    auto s = Settings::temporary();
    CHECK(s->language() == QStringLiteral("en"));
    CHECK(s->refreshIntervalSec() == 60);
    CHECK(s->recentSources().isEmpty());
    s->setLanguage(QStringLiteral("ar"));
    CHECK(s->language() == QStringLiteral("ar"));
    for (int i = 0; i < Settings::MaxRecentSources + 3; ++i)
        s->addRecentSource(QStringLiteral("sqlite:/tmp/%1.sqlite").arg(i));
    s->addRecentSource(QStringLiteral("sqlite:/tmp/5.sqlite"));
    const QStringList recent = s->recentSources();
    CHECK(recent.size() == Settings::MaxRecentSources);
    CHECK(recent.first() == QStringLiteral("sqlite:/tmp/5.sqlite"));
    CHECK(recent.count(QStringLiteral("sqlite:/tmp/5.sqlite")) == 1);
    CHECK_FALSE(recent.contains(QStringLiteral("sqlite:/tmp/0.sqlite")));
    s->sync();
    Settings reread(s->fileName());
    CHECK(reread.language() == QStringLiteral("ar"));
}

TEST_CASE("storing a value a setting already holds does not rewrite the file", "[settings]")
{
    // The window records the source, tenant and surface it reopens at every start: unchanged
    // values must not cost a synced file write on the GUI thread. QSettings writes a new file
    // and renames it over the old one, so a rewrite shows as a new inode.
    auto inode = [](const QString &path) {
        struct stat st {
        };
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : ino_t(0);
    };
    auto s = Settings::temporary();
    s->setValue(Settings::Key::LastSource, QStringLiteral("sqlite:/tmp/a.sqlite"));
    s->setValue(Settings::Key::LastTenant, QStringLiteral("t-1"));
    s->addRecentSource(QStringLiteral("sqlite:/tmp/a.sqlite"));
    s->addRecentSource(QStringLiteral("sqlite:/tmp/b.sqlite"));
    s->sync();
    const ino_t written = inode(s->fileName());
    REQUIRE(written != 0);
    s->setValue(Settings::Key::LastSource, QStringLiteral("sqlite:/tmp/a.sqlite"));
    s->setValue(Settings::Key::LastTenant, QStringLiteral("t-1"));
    s->addRecentSource(QStringLiteral("sqlite:/tmp/b.sqlite")); // already first
    s->sync();
    CHECK(inode(s->fileName()) == written);
    // A change is written, with everything else.
    s->setValue(Settings::Key::LastTenant, QStringLiteral("t-2"));
    s->sync();
    CHECK(inode(s->fileName()) != written);
    Settings reread(s->fileName());
    CHECK(reread.value(Settings::Key::LastTenant).toString() == QStringLiteral("t-2"));
    CHECK(reread.value(Settings::Key::LastSource).toString() ==
          QStringLiteral("sqlite:/tmp/a.sqlite"));
    CHECK(reread.recentSources() == QStringList{QStringLiteral("sqlite:/tmp/b.sqlite"),
                                                QStringLiteral("sqlite:/tmp/a.sqlite")});
}
