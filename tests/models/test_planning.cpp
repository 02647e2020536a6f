// Actual vs Forecast and the Risk Heatmap on SQLite against the hand-worked fixture
// (test_postgres.cpp runs the same on PostgreSQL).
#include "tests/support/planningfixture.h"
#include "tests/support/testsupport.h"

#include <catch2/catch.hpp>

TEST_CASE("forecast on SQLite: Riyadh month boundaries, null probabilities, targets, tracks",
          "[forecast][sqlite]")
{
    auto dir = TestSupport::tempDir();
    auto s = PlanningFixture::openSqlite(*dir);
    PlanningFixture::checkForecast(*s);
    PlanningFixture::checkForecastWithoutTargets(*s);
}

TEST_CASE("risk register on SQLite: the mapping rule by rule", "[risk][sqlite]")
{
    auto dir = TestSupport::tempDir();
    auto s = PlanningFixture::openSqlite(*dir);
    PlanningFixture::checkRisks(*s);
}
