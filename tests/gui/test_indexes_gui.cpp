// The Data source surface's missing-index text follows the language (README "Indexes").
#include "app/connectiondialog.h"
#include "app/languagemanager.h"
#include "app/surfaces.h"
#include "tests/support/executivefixture.h"
#include "tests/support/refreshwait.h"
#include "tests/support/testsupport.h"
#include "views/overview/sourceoverviewwidget.h"

#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTest>

#include <catch2/catch.hpp>

TEST_CASE("data source: the missing-index text is rebuilt on a language change",
          "[gui][indexes][arabic]")
{
    registerSurfaces();
    LanguageManager language;
    REQUIRE(language.setLanguage(QStringLiteral("en")));
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir);
    REQUIRE(s->selectTenant(QStringLiteral("alpha")));
    {
        QSqlQuery q(s->database());
        REQUIRE(q.exec(QStringLiteral("drop index if exists ix_deals_tenant_closed")));
    }
    REQUIRE(s->refreshSchema());
    SourceOverviewWidget w;
    w.setSession(s.get(), ExecutiveFixture::asOf());
    w.show();
    REQUIRE(TestSupport::refreshAndWait(w));
    auto *label = w.findChild<QLabel *>(QStringLiteral("source-missing-indexes"));
    REQUIRE(label);
    CHECK(label->text().contains(QStringLiteral("recommended index")));
    CHECK(label->text().contains(QStringLiteral("Finds the deals closed in a period.")));
    // No refresh: the last overview in the new language.
    REQUIRE(language.setLanguage(QStringLiteral("ar")));
    QCoreApplication::processEvents();
    CHECK_FALSE(label->text().contains(QStringLiteral("recommended")));
    CHECK_FALSE(label->text().contains(QStringLiteral("Finds the deals closed in a period.")));
    CHECK(label->text().contains(QStringLiteral("ix_deals_tenant_closed")));
    CHECK(label->text().contains(QChar(0x0641))); // an Arabic letter
    REQUIRE(language.setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    CHECK(label->text().contains(QStringLiteral("recommended index")));
}

TEST_CASE("connection dialog: a loaded URL's options are dropped when the user types another host",
          "[gui][connect]")
{
    ConnectionDialog pg({}, QStringLiteral("postgresql://dealix@standby1:5432/db"
                                           "?target_session_attrs=standby"));
    CHECK(pg.url() ==
          QStringLiteral("postgresql://dealix@standby1:5432/db?target_session_attrs=standby"));
    QLineEdit *host = nullptr;
    for (QLineEdit *e : pg.findChildren<QLineEdit *>()) {
        if (e->text() == QStringLiteral("standby1"))
            host = e;
    }
    REQUIRE(host);
    host->selectAll();
    QTest::keyClicks(host, QStringLiteral("primary"));
    CHECK(pg.url() == QStringLiteral("postgresql://dealix@primary:5432/db"));
}
