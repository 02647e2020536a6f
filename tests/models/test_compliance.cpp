// The compliance live checks and their write-back on SQLite against the hand-worked fixture
// (test_postgres.cpp runs the same, plus NCA-C02 and PDPL-C13 on a real server).
#include "models/compliance/compliancechecks.h"
#include "models/compliance/compliancematrix.h"
#include "models/compliance/compliancemodel.h"
#include "models/source/demogenerator.h"
#include "models/source/offlinecopy.h"
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

TEST_CASE("stored against live on SQLite: records the data contradicts are counted and said",
          "[compliance][sqlite][live]")
{
    auto dir = TestSupport::tempDir();
    auto s = ComplianceFixture::openSqlite(*dir);
    ComplianceFixture::checkContradicted(*s);
}

TEST_CASE("risk heatmap on SQLite: a control rated on what the data shows, both statuses said",
          "[compliance][sqlite][live][risk]")
{
    auto dir = TestSupport::tempDir();
    auto s = ComplianceFixture::openSqlite(*dir);
    ComplianceFixture::checkContradictedRisks(*s);
}

TEST_CASE("PDPL-C03 on SQLite: 12 months from granted_at, created_at where it is empty or absent",
          "[compliance][sqlite][granted_at]")
{
    auto dir = TestSupport::tempDir();
    auto s = ComplianceFixture::openSqlite(*dir);
    ComplianceFixture::checkGrantedAt(*s);
}

TEST_CASE("NCA-C01 on SQLite: a user whose is_active is NULL is not active",
          "[compliance][sqlite][active]")
{
    auto dir = TestSupport::tempDir();
    auto s = ComplianceFixture::openSqlite(*dir);
    ComplianceFixture::checkActiveUsers(*s);
}

TEST_CASE("a live check that fails on SQLite: failed, named, never counted as agreeing",
          "[compliance][sqlite][live][failed]")
{
    auto dir = TestSupport::tempDir();
    auto s = ComplianceFixture::openSqlite(*dir);
    ComplianceFixture::checkFailedCheck(*s);
}

TEST_CASE("PDPL-C04/C05 on SQLite: 30 days from requested_at, created_at on the old shape",
          "[compliance][sqlite][requested_at]")
{
    auto dir = TestSupport::tempDir();
    auto s = ComplianceFixture::openSqlite(*dir);
    ComplianceFixture::checkRequestedAt(*s);
    // An offline copy of the old shape keeps that shape: the same result from the copy.
    const QString copy = dir->filePath(QStringLiteral("old-shape-copy.sqlite"));
    QString error;
    REQUIRE(OfflineCopy::write(*s, copy, ComplianceFixture::asOf(), &error));
    Session offline;
    REQUIRE(offline.open(SourceUrl::sqlite(copy)));
    REQUIRE(offline.isOffline());
    REQUIRE(offline.selectTenant(QStringLiteral("comp")));
    CHECK_FALSE(offline.schema().hasColumn(QStringLiteral("pdpl_data_requests"),
                                           QStringLiteral("requested_at")));
    const CheckResult fromCopy =
        ComplianceChecks::run(offline, QStringLiteral("PDPL-C05"), ComplianceFixture::asOf());
    const CheckResult fromSource =
        ComplianceChecks::run(*s, QStringLiteral("PDPL-C05"), ComplianceFixture::asOf());
    CHECK(fromCopy.status == fromSource.status);
    CHECK(fromCopy.figures == fromSource.figures);
    CHECK(fromCopy.figures.value(QStringLiteral("measured_from")).toString() ==
          QLatin1String("created_at"));
}

TEST_CASE("compliance model: both columns side by side, the disagreement marked",
          "[compliance][model][live]")
{
    auto dir = TestSupport::tempDir();
    auto s = ComplianceFixture::openSqlite(*dir);
    ComplianceFixture::recordCompliant(*s);
    ComplianceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ComplianceMatrix m;
    QString error;
    REQUIRE(ComplianceMatrix::compute(*s, {}, ComplianceFixture::asOf(), &m, &error));
    model.setMatrix(m);
    // PDPL heading, C01, C05, C13; NCA heading, C01; SDAIA heading, C02.
    REQUIRE(model.rowCount() == 8);
    CHECK(model.headerData(ComplianceModel::StatusColumn, Qt::Horizontal).toString() ==
          QLatin1String("Dealix records"));
    CHECK(model.headerData(ComplianceModel::LiveColumn, Qt::Horizontal).toString() ==
          QLatin1String("Data shows"));
    CHECK(ComplianceModel::LiveColumn == ComplianceModel::StatusColumn + 1);
    CHECK(model.index(1, ComplianceModel::LiveColumn).data().toString().isEmpty());
    model.setResults(ComplianceChecks::runAll(*s, ComplianceFixture::asOf()));
    CHECK(model.index(1, ComplianceModel::StatusColumn).data().toString() ==
          QStringLiteral("✓ Compliant"));
    CHECK(model.index(1, ComplianceModel::LiveColumn).data().toString() ==
          QStringLiteral("≠ ✗ Non-compliant — records disagree"));
    CHECK(model.disagrees(1));
    const QString tip =
        model.index(1, ComplianceModel::LiveColumn).data(Qt::ToolTipRole).toString();
    CHECK(tip.contains(QStringLiteral("Dealix records ✓ Compliant")));
    CHECK(tip.contains(QStringLiteral("2 of 6")));
    // NCA-C01: partial both ways, no marker.
    CHECK(model.index(5, ComplianceModel::LiveColumn).data().toString() ==
          QStringLiteral("! Partially compliant"));
    CHECK_FALSE(model.disagrees(5));
    // PDPL-C13: not assessed on SQLite: no marker.
    CHECK_FALSE(model.disagrees(3));
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

TEST_CASE("the demo database: najd-trading's records say PDPL-C01 and C05 compliant, the data "
          "does not, and the export says so",
          "[compliance][sqlite][live][demo]")
{
    auto dir = TestSupport::tempDir();
    const QString path = dir->filePath(QStringLiteral("demo.sqlite"));
    DemoOptions o;
    o.now = ComplianceFixture::asOf();
    QString error;
    REQUIRE(DemoGenerator::writeSqliteFile(path, o, nullptr, &error));
    Session s;
    REQUIRE(s.open(SourceUrl::sqlite(path)));
    REQUIRE(s.selectTenant(QStringLiteral("najd-trading")));
    // By construction: the generator records PDPL-C01 and PDPL-C05 COMPLIANT for the first
    // tenant; about one contacted lead in eight has no valid consent, and one deletion request
    // has been open for 41 days.
    const ComplianceLive live = ComplianceLive::run(s, o.now);
    ComplianceMatrix m;
    REQUIRE(ComplianceMatrix::compute(s, {}, o.now, &m, &error, &live));
    for (const char *id : {"PDPL-C01", "PDPL-C05"}) {
        INFO(id);
        const auto c =
            std::find_if(m.controls.cbegin(), m.controls.cend(), [&](const ComplianceControl &x) {
                return x.controlId == QLatin1String(id);
            });
        REQUIRE(c != m.controls.cend());
        CHECK(c->status == QLatin1String("compliant"));
        REQUIRE(live.result(QLatin1String(id)));
        CHECK(live.result(QLatin1String(id))->status == QLatin1String("non_compliant"));
        CHECK(m.disagreeing.contains(QLatin1String(id)));
    }
    CHECK(m.toJson().value(QStringLiteral("disagreeing")).toInt() == int(m.disagreeing.size()));
    CHECK(ComplianceMatrix::disagreementText(int(m.disagreeing.size()))
              .endsWith(QStringLiteral("controls: records disagree with the data")));
}
