#include "models/core/settings.h"

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
