// The background refresh on PostgreSQL (each worker's connection sets app.tenant_id): the same
// checks as on SQLite.
#include "models/source/session.h"
#include "tests/support/asyncchecks.h"
#include "tests/support/executivefixture.h"
#include "tests/support/testsupport.h"

#include <catch2/catch.hpp>

using TestSupport::PgDatabase;

namespace {

std::unique_ptr<Session> executivePg(PgDatabase &db)
{
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    auto s = std::make_unique<Session>();
    REQUIRE(s->open(SourceUrl::parse(db.url()), Session::OpenMode::AllowEmpty));
    QString error;
    const bool loaded =
        ExecutiveFixture::load(*s, ExecutiveFixture::ApprovalSchema::Enhanced, &error);
    INFO(error.toStdString());
    REQUIRE(loaded);
    return s;
}

} // namespace

TEST_CASE("background refresh on PostgreSQL: a tenant switch during a long refresh shows only the "
          "new tenant's figures",
          "[gui][async][postgres]")
{
    PgDatabase db;
    auto s = executivePg(db);
    AsyncChecks::tenantSwitchShowsOnlyNewTenant(*s);
}

TEST_CASE("background refresh on PostgreSQL: a worker's error reaches the banner",
          "[gui][async][postgres]")
{
    PgDatabase db;
    auto s = executivePg(db);
    AsyncChecks::workerErrorReachesBanner(*s);
}

TEST_CASE("background refresh on PostgreSQL: the GUI thread runs while a worker is held",
          "[gui][async][postgres]")
{
    PgDatabase db;
    auto s = executivePg(db);
    AsyncChecks::guiNotBlocked(*s);
}

TEST_CASE("background refresh on PostgreSQL: no delivery after the widget is given no session",
          "[gui][async][postgres]")
{
    PgDatabase db;
    auto s = executivePg(db);
    AsyncChecks::noDeliveryAfterNullSession(*s);
}

TEST_CASE("background refresh on PostgreSQL: a running statement is cancelled by a newer task",
          "[gui][async][postgres]")
{
    PgDatabase db;
    auto s = executivePg(db);
    AsyncChecks::runningStatementSuperseded(*s, QStringLiteral("select pg_sleep(30)"));
}

TEST_CASE("background refresh on PostgreSQL: a lane destroyed during a running statement",
          "[gui][async][postgres]")
{
    PgDatabase db;
    auto s = executivePg(db);
    AsyncChecks::destroyDuringRunningStatement(*s, QStringLiteral("select pg_sleep(30)"));
}

TEST_CASE("background refresh on PostgreSQL: a widget destroyed during a held refresh",
          "[gui][async][postgres]")
{
    PgDatabase db;
    auto s = executivePg(db);
    AsyncChecks::destroyWidgetDuringHeldRefresh(*s);
}

TEST_CASE("background refresh on PostgreSQL: Approval Center paging after a cancelled page and a "
          "failed refresh",
          "[gui][async][postgres]")
{
    PgDatabase db;
    auto s = executivePg(db);
    AsyncChecks::pagingAfterFailedRefresh(*s);
}
