// The board pack's shared and concurrent computation on PostgreSQL (forced row-level
// security, a plain role): each worker connection sets app.tenant_id, and the pack equals the
// sections computed alone.
#include "models/source/demogenerator.h"
#include "tests/gui/boardpackchecks.h"
#include "tests/support/executivefixture.h"
#include "tests/support/testsupport.h"

#include <catch2/catch.hpp>

using TestSupport::PgDatabase;

TEST_CASE("a concurrent board pack equals every section computed alone (PostgreSQL)",
          "[boardpack][concurrent][shared][postgres]")
{
    PgDatabase db;
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    Session s;
    REQUIRE(s.open(SourceUrl::parse(db.url()), Session::OpenMode::AllowEmpty));
    DemoOptions o;
    o.scale = 0.1;
    o.now = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
    QString error;
    const bool generated = DemoGenerator::generate(s, o, nullptr, &error);
    INFO(error.toStdString());
    REQUIRE(generated);
    REQUIRE(s.refreshSchema());
    REQUIRE(s.selectTenant(QStringLiteral("najd-trading")));
    BoardPackChecks::checkSharedEqualsSeparate(s, o.now, QString());
    BoardPackChecks::checkSharedEqualsSeparate(s, o.now, QStringLiteral("quarter"));
}

TEST_CASE("the cover's preparer is the tenant's user named by e-mail, never another tenant's "
          "nor the system login (PostgreSQL)",
          "[boardpack][preparer][postgres]")
{
    PgDatabase db;
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    Session s;
    REQUIRE(s.open(SourceUrl::parse(db.url()), Session::OpenMode::AllowEmpty));
    DemoOptions o;
    o.scale = 0.1;
    o.now = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
    QString error;
    const bool generated = DemoGenerator::generate(s, o, nullptr, &error);
    INFO(error.toStdString());
    REQUIRE(generated);
    REQUIRE(s.refreshSchema());
    BoardPackChecks::checkPreparerFromTenantUser(s);
}

TEST_CASE("a request's Executive snapshot is computed once and equals the one computed alone "
          "(PostgreSQL)",
          "[boardpack][shared][postgres]")
{
    PgDatabase db;
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    Session s;
    REQUIRE(s.open(SourceUrl::parse(db.url()), Session::OpenMode::AllowEmpty));
    QString error;
    const bool loaded =
        ExecutiveFixture::load(s, ExecutiveFixture::ApprovalSchema::Enhanced, &error);
    INFO(error.toStdString());
    REQUIRE(loaded);
    REQUIRE(s.refreshSchema());
    REQUIRE(s.selectTenant(QStringLiteral("alpha")));
    BoardPackChecks::checkSnapshotComputedOnce(s, ExecutiveFixture::asOf());
}

TEST_CASE("Cancel during the pack's shared live checks: run once, never again (PostgreSQL)",
          "[boardpack][cancel][shared][postgres]")
{
    PgDatabase db;
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    Session s;
    REQUIRE(s.open(SourceUrl::parse(db.url()), Session::OpenMode::AllowEmpty));
    QString error;
    const bool loaded =
        ExecutiveFixture::load(s, ExecutiveFixture::ApprovalSchema::Enhanced, &error);
    INFO(error.toStdString());
    REQUIRE(loaded);
    REQUIRE(s.refreshSchema());
    REQUIRE(s.selectTenant(QStringLiteral("alpha")));
    BoardPackChecks::checkCancelDuringSharedChecks(s, ExecutiveFixture::asOf());
}

TEST_CASE("Cancel stops the statement a section is running (PostgreSQL, PQcancel)",
          "[boardpack][cancel][postgres]")
{
    PgDatabase db;
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    Session s;
    REQUIRE(s.open(SourceUrl::parse(db.url()), Session::OpenMode::AllowEmpty));
    QString error;
    const bool loaded =
        ExecutiveFixture::load(s, ExecutiveFixture::ApprovalSchema::Enhanced, &error);
    INFO(error.toStdString());
    REQUIRE(loaded);
    REQUIRE(s.refreshSchema());
    REQUIRE(s.selectTenant(QStringLiteral("alpha")));
    // Sixty seconds if nothing stops it.
    BoardPackChecks::checkCancelStopsRunningStatement(s, QStringLiteral("select pg_sleep(60)"));
}
