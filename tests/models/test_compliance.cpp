// The compliance live checks and their write-back on SQLite against the hand-worked fixture
// (test_postgres.cpp runs the same, plus NCA-C02 and PDPL-C13 on a real server).
#include "models/compliance/compliancechecks.h"
#include "models/compliance/compliancematrix.h"
#include "models/compliance/compliancemodel.h"
#include "tests/support/compliancefixture.h"
#include "tests/support/testsupport.h"

#include <QAbstractItemModelTester>

#include <catch2/catch.hpp>

TEST_CASE("share rule boundaries from exact counts: 99 compliant, 90 partial", "[compliance]")
{
    CHECK(ComplianceChecks::statusOfShare(100, 100) == QLatin1String("compliant"));
    CHECK(ComplianceChecks::statusOfShare(99, 100) == QLatin1String("compliant"));
    // 98.95 % shows as 99.0 % with one decimal but is not 99 %.
    CHECK(ComplianceChecks::statusOfShare(1979, 2000) == QLatin1String("partial"));
    CHECK(ComplianceChecks::statusOfShare(90, 100) == QLatin1String("partial"));
    CHECK(ComplianceChecks::statusOfShare(1799, 2000) == QLatin1String("non_compliant"));
}

TEST_CASE("every check against the hand-worked fixture on SQLite", "[compliance][sqlite]")
{
    auto dir = TestSupport::tempDir();
    auto s = ComplianceFixture::openSqlite(*dir);
    ComplianceFixture::checkResults(*s);
}

TEST_CASE("check --write on SQLite: one transaction, roles, history, audit", "[compliance][sqlite]")
{
    auto dir = TestSupport::tempDir();
    auto s = ComplianceFixture::openSqlite(*dir);
    ComplianceFixture::checkWrite(*s);
}

TEST_CASE("compliance model: framework headings, QAbstractItemModelTester", "[compliance][model]")
{
    auto dir = TestSupport::tempDir();
    auto s = ComplianceFixture::openSqlite(*dir);
    REQUIRE(s->selectTenant(QStringLiteral("comp")));
    ComplianceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ComplianceMatrix m;
    QString error;
    REQUIRE(ComplianceMatrix::compute(*s, {}, ComplianceFixture::asOf(), &m, &error));
    model.setMatrix(m);
    // PDPL heading + C01, C13; NCA heading + C01; SDAIA heading + C02: 7 rows.
    REQUIRE(model.rowCount() == 7);
    CHECK(model.isHeading(0));
    CHECK(model.control(1)->controlId == QLatin1String("PDPL-C01"));
    CHECK(model.isHeading(3));
    CHECK(model.index(3, 0).data(Qt::UserRole + 1).toString() == QLatin1String("nca"));
    model.setResults(ComplianceChecks::runAll(*s, ComplianceFixture::asOf()));
    CHECK(model.index(1, ComplianceModel::LiveColumn)
              .data()
              .toString()
              .contains(QStringLiteral("Non-compliant")));
    // Filters apply to the list; the header figures stay over all controls.
    ComplianceMatrix pdpl;
    REQUIRE(ComplianceMatrix::compute(*s, {QStringLiteral("pdpl"), QString(), QString()},
                                      ComplianceFixture::asOf(), &pdpl, &error));
    CHECK(pdpl.controls.size() == 2);
    CHECK(pdpl.total == 4);
    model.setMatrix(pdpl);
    CHECK(model.rowCount() == 3);
}
