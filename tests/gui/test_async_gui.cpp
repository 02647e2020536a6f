// The background refresh on SQLite: cancellation on a tenant switch, a worker's error in the
// banner, a GUI thread that keeps running, no delivery after the source is gone.
#include "tests/support/asyncchecks.h"
#include "tests/support/executivefixture.h"
#include "tests/support/testsupport.h"

#include <catch2/catch.hpp>

namespace {

// Counts to a billion: minutes of work, unless it is interrupted.
QString longStatement()
{
    return QStringLiteral("with recursive c(n) as (select 1 union all select n + 1 from c "
                          "where n < 1000000000) select count(*) from c");
}

} // namespace

TEST_CASE("background refresh on SQLite: a tenant switch during a long refresh shows only the new "
          "tenant's figures",
          "[gui][async]")
{
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir);
    AsyncChecks::tenantSwitchShowsOnlyNewTenant(*s);
}

TEST_CASE("background refresh on SQLite: a worker's error reaches the banner", "[gui][async]")
{
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir);
    AsyncChecks::workerErrorReachesBanner(*s);
}

TEST_CASE("background refresh on SQLite: the GUI thread runs while a worker is held",
          "[gui][async]")
{
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir);
    AsyncChecks::guiNotBlocked(*s);
}

TEST_CASE("background refresh on SQLite: no delivery after the widget is given no session",
          "[gui][async]")
{
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir);
    AsyncChecks::noDeliveryAfterNullSession(*s);
}

TEST_CASE("background refresh on SQLite: a running statement is interrupted by a newer task",
          "[gui][async]")
{
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir);
    AsyncChecks::runningStatementSuperseded(*s, longStatement());
}

TEST_CASE("background refresh on SQLite: a lane destroyed during a running statement",
          "[gui][async]")
{
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir);
    AsyncChecks::destroyDuringRunningStatement(*s, longStatement());
}

TEST_CASE("background refresh on SQLite: a widget destroyed during a held refresh", "[gui][async]")
{
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir);
    AsyncChecks::destroyWidgetDuringHeldRefresh(*s);
}

TEST_CASE("background refresh on SQLite: Approval Center paging after a cancelled page and a "
          "failed refresh",
          "[gui][async]")
{
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir);
    AsyncChecks::pagingAfterFailedRefresh(*s);
}
