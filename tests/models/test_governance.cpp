// Evidence Pack Viewer and Connector Governance Board on SQLite against the hand-worked
// fixture (test_postgres.cpp runs the same checks on PostgreSQL).
#include "tests/support/governancefixture.h"
#include "tests/support/testsupport.h"

#include <catch2/catch.hpp>

TEST_CASE("evidence packs on SQLite: list, filters, Dealix-compatible verification",
          "[evidence][sqlite]")
{
    auto dir = TestSupport::tempDir();
    auto s = GovernanceFixture::openSqlite(*dir);
    GovernanceFixture::checkPackList(*s);
}

TEST_CASE("evidence pack review on SQLite: roles, altered packs, conflict, audit row",
          "[evidence][sqlite]")
{
    auto dir = TestSupport::tempDir();
    auto s = GovernanceFixture::openSqlite(*dir);
    GovernanceFixture::checkPackReview(*s);
}

TEST_CASE("connector board on SQLite: known, registered, not configured, probe configuration",
          "[connectors][sqlite]")
{
    auto dir = TestSupport::tempDir();
    auto s = GovernanceFixture::openSqlite(*dir);
    GovernanceFixture::checkConnectorBoard(*s);
}

TEST_CASE("connector disable and enable on SQLite: roles, guard, audit", "[connectors][sqlite]")
{
    auto dir = TestSupport::tempDir();
    auto s = GovernanceFixture::openSqlite(*dir);
    GovernanceFixture::checkConnectorDisable(*s);
}

TEST_CASE("probe results written on SQLite: rows, guard, history", "[connectors][sqlite]")
{
    auto dir = TestSupport::tempDir();
    auto s = GovernanceFixture::openSqlite(*dir);
    GovernanceFixture::checkProbeWrite(*s);
}
