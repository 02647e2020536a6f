// The PostgreSQL side of test_security.cpp: the same checks under forced row-level security.
#include "tests/support/governancefixture.h"
#include "tests/support/securitychecks.h"
#include "tests/support/testsupport.h"

#include <catch2/catch.hpp>

namespace {
std::unique_ptr<Session> governancePg(TestSupport::PgDatabase &db)
{
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    auto s = std::make_unique<Session>();
    REQUIRE(s->open(SourceUrl::parse(db.url()), Session::OpenMode::AllowEmpty));
    QString error;
    const bool loaded = GovernanceFixture::load(*s, &error);
    INFO(error.toStdString());
    REQUIRE(loaded);
    return s;
}
} // namespace

TEST_CASE("a user whose is_active is NULL may not act on PostgreSQL", "[postgres][security]")
{
    TestSupport::PgDatabase db;
    auto s = governancePg(db);
    SecurityChecks::checkNullActiveRefused(*s);
}

TEST_CASE("probe credentials never reach audit rows or the offline copy on PostgreSQL",
          "[postgres][security]")
{
    TestSupport::PgDatabase db;
    auto s = governancePg(db);
    SecurityChecks::checkProbeCredentialsStripped(*s);
}
