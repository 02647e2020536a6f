// Executive Room and Weekly Review figures on SQLite, against the hand-worked fixture
// (tests/support/executivefixture.cpp); test_postgres.cpp runs the same checks on PostgreSQL.
#include "models/executive/executivesnapshot.h"
#include "models/weekly/weeklychangemodel.h"
#include "models/weekly/weeklyreview.h"
#include "tests/support/executivefixture.h"
#include "tests/support/testsupport.h"

#include "models/core/roles.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using ExecutiveFixture::ApprovalSchema;

TEST_CASE("executive room figures on SQLite, enhanced approval columns", "[executive][sqlite]")
{
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir, ApprovalSchema::Enhanced);
    ExecutiveFixture::checkExecutiveFigures(*s);
}

TEST_CASE("executive room figures on SQLite, plain Dealix schema (SLA in payload)",
          "[executive][sqlite]")
{
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir, ApprovalSchema::Plain);
    CHECK_FALSE(s->schema().hasColumn(QStringLiteral("approval_requests"),
                                      QStringLiteral("sla_deadline_at")));
    ExecutiveFixture::checkExecutiveFigures(*s);
}

TEST_CASE("an empty tenant gives zeros and nulls, not a crash (SQLite)",
          "[executive][weekly][sqlite]")
{
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir, ApprovalSchema::Enhanced);
    ExecutiveFixture::checkEmptyTenant(*s);
}

TEST_CASE("weekly review figures and week boundaries on SQLite", "[weekly][sqlite]")
{
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir, ApprovalSchema::Plain);
    ExecutiveFixture::checkWeeklyFigures(*s);
}

TEST_CASE("a missing table turns its section into 'not available', the rest still computes",
          "[executive][bad-input]")
{
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir, ApprovalSchema::Enhanced);
    QSqlQuery q(s->database());
    REQUIRE(q.exec(QStringLiteral("drop table evidence_packs")));
    REQUIRE(q.exec(QStringLiteral("drop table compliance_scan_results")));
    REQUIRE(s->refreshSchema());
    REQUIRE(s->selectTenant(QStringLiteral("alpha")));
    ExecutiveSnapshot snap;
    QString error;
    REQUIRE(
        ExecutiveSnapshot::compute(*s, Period::AllTime, ExecutiveFixture::asOf(), &snap, &error));
    CHECK_FALSE(snap.evidencePacks.available);
    CHECK(snap.evidencePacks.unavailableReason.contains(QStringLiteral("evidence_packs")));
    CHECK(snap.revenue.actual == 300035);
    CHECK(snap.toJson().value(QStringLiteral("evidence_packs")).isNull());
    CHECK(snap.toCsv().contains("evidence_packs,not_available,"));
    WeeklyReview w;
    REQUIRE(WeeklyReview::compute(*s, ExecutiveFixture::asOf(), &w, &error));
    CHECK_FALSE(w.metric(QStringLiteral("controls_changed"))->available);
    CHECK(w.toJson()
              .value(QStringLiteral("changes"))
              .toObject()
              .value(QStringLiteral("controls_changed"))
              .toObject()
              .value(QStringLiteral("this_week"))
              .isNull());
}

TEST_CASE("malformed payload JSON on SQLite falls back to the default 24 h SLA",
          "[executive][bad-input][sqlite]")
{
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir, ApprovalSchema::Plain);
    REQUIRE(s->selectTenant(QStringLiteral("empty")));
    QSqlQuery q(s->database());
    q.prepare(QStringLiteral("insert into approval_requests (id, created_at, updated_at, "
                             "tenant_id, channel, resource_type, "
                             "resource_id, payload, status, requested_by_id) values (?, ?, ?, ?, "
                             "'sms', 'deal', 'r', ?, 'pending', ?)"));
    const QString created = Session::timeText(ExecutiveFixture::asOf().addSecs(-22 * 3600));
    for (const QVariant &v :
         {QVariant(QStringLiteral("99999999-0000-4000-8000-000000000000")), QVariant(created),
          QVariant(created), QVariant(s->tenantId()), QVariant(QStringLiteral("{not json")),
          // the fixture's user of tenant "empty"
          QVariant(QStringLiteral("e0000000-0000-4000-8000-000000000003"))})
        q.addBindValue(v);
    REQUIRE(q.exec());
    ExecutiveSnapshot snap;
    QString error;
    REQUIRE(
        ExecutiveSnapshot::compute(*s, Period::AllTime, ExecutiveFixture::asOf(), &snap, &error));
    CHECK(snap.approvals.pending == 1);
    CHECK(snap.approvals.warning == 1); // T − 22 h + 24 h = T + 2 h
    CHECK(snap.approvals.breach == 0);
}

TEST_CASE("WeeklyChangeModel passes QAbstractItemModelTester and reads trends", "[weekly][model]")
{
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir, ApprovalSchema::Enhanced);
    REQUIRE(s->selectTenant(QStringLiteral("weekly")));
    WeeklyReview w;
    QString error;
    REQUIRE(WeeklyReview::compute(*s, ExecutiveFixture::asOf(), &w, &error));
    WeeklyChangeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setReview(w);
    REQUIRE(model.rowCount() == 10);
    // deals_won 2 vs 1: better; new_pipeline_value 4000 vs 5000: worse; sla_breaches 1 vs 1: same.
    CHECK(model.index(0, WeeklyChangeModel::ChangeColumn).data(Roles::StateRole).toString() ==
          QStringLiteral("better"));
    CHECK(model.index(3, WeeklyChangeModel::ChangeColumn).data(Roles::StateRole).toString() ==
          QStringLiteral("worse"));
    CHECK(model.index(5, WeeklyChangeModel::ChangeColumn).data(Roles::StateRole).toString() ==
          QStringLiteral("same"));
    CHECK(model.index(0, WeeklyChangeModel::ChangeColumn)
              .data()
              .toString()
              .contains(QStringLiteral("▲")));
    CHECK(
        model.index(0, WeeklyChangeModel::ThisWeekColumn).data(Roles::RawValueRole).toLongLong() ==
        2);
}
