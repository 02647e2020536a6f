// Partner Pipeline and Policy Violations on SQLite against the hand-worked fixture
// (test_postgres.cpp runs the same on PostgreSQL).
#include "tests/support/boardsfixture.h"
#include "tests/support/testsupport.h"

#include <catch2/catch.hpp>

TEST_CASE("partner pipeline on SQLite: columns, other statuses, totals, filters",
          "[partners][sqlite]")
{
    auto dir = TestSupport::tempDir();
    auto s = BoardsFixture::openSqlite(*dir);
    BoardsFixture::checkPipeline(*s);
}

TEST_CASE("policy violations on SQLite: columns, stats, unknown status", "[violations][sqlite]")
{
    auto dir = TestSupport::tempDir();
    auto s = BoardsFixture::openSqlite(*dir);
    BoardsFixture::checkViolations(*s);
}

TEST_CASE("resolving violations on SQLite: roles, text, guard, audit", "[violations][sqlite]")
{
    auto dir = TestSupport::tempDir();
    auto s = BoardsFixture::openSqlite(*dir);
    BoardsFixture::checkResolve(*s);
}
