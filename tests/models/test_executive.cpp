// Executive Room and Weekly Review figures on SQLite, against the hand-worked fixture
// (tests/support/executivefixture.cpp); test_postgres.cpp runs the same checks on PostgreSQL.
#include "models/executive/executivesnapshot.h"
#include "models/weekly/weeklychangemodel.h"
#include "models/weekly/weeklyreview.h"
#include "tests/support/executivefixture.h"
#include "tests/support/testsupport.h"

#include "models/core/roles.h"
#include "models/core/uistate.h"

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

TEST_CASE("rows without a creation time exist at every as-of: the figures do not change (SQLite)",
          "[executive][sqlite]")
{
    // Dealix's created_at is nullable and set in Python: a row inserted otherwise has none.
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir);
    REQUIRE(s->selectTenant(QStringLiteral("alpha")));
    ExecutiveFixture::clearCreationTimes(*s);
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

TEST_CASE("won and lost deals on each side of every period boundary (SQLite)",
          "[executive][sqlite]")
{
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir, ApprovalSchema::Enhanced);
    ExecutiveFixture::checkPeriodBoundaries(*s);
}

TEST_CASE("the previous period's actual and win rate, and the changes against it (SQLite)",
          "[executive][sqlite]")
{
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir, ApprovalSchema::Enhanced);
    ExecutiveFixture::checkPreviousPeriods(*s);
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
    // The model decides the state: better is Good, worse Critical, unchanged Neutral.
    auto state = [&model](int row) {
        return model.index(row, WeeklyChangeModel::ChangeColumn)
            .data(Roles::StateRole)
            .value<UiState>();
    };
    CHECK(state(0) == UiState::Good);
    CHECK(state(3) == UiState::Critical);
    CHECK(state(5) == UiState::Neutral);
    CHECK(model.index(0, WeeklyChangeModel::ChangeColumn).data(Roles::StateRole).metaType() ==
          QMetaType::fromType<UiState>());
    CHECK(model.index(0, WeeklyChangeModel::ChangeColumn)
              .data()
              .toString()
              .contains(QStringLiteral("▲")));
    CHECK(
        model.index(0, WeeklyChangeModel::ThisWeekColumn).data(Roles::RawValueRole).toLongLong() ==
        2);
}

namespace {
// Another row like the first of table for tenant weekly, with columns set (SQLite, raw text as
// another writer would store it).
void copyRow(Session &s, const QString &table, const QString &id, const QVariantMap &set)
{
    QSqlQuery q(s.database());
    REQUIRE(q.exec(QStringLiteral("drop table if exists temp.k")));
    REQUIRE(q.exec(QStringLiteral("create temp table k as select * from %1 where tenant_id = "
                                  "(select id from tenants where slug = 'weekly') limit 1")
                       .arg(table)));
    QSqlQuery u(s.database());
    QStringList assignments{QStringLiteral("id = ?")};
    for (auto it = set.constBegin(); it != set.constEnd(); ++it)
        assignments << it.key() + QStringLiteral(" = ?");
    REQUIRE(
        u.prepare(QStringLiteral("update k set %1").arg(assignments.join(QStringLiteral(", ")))));
    u.addBindValue(id);
    for (auto it = set.constBegin(); it != set.constEnd(); ++it)
        u.addBindValue(it.value());
    REQUIRE(u.exec());
    REQUIRE(q.exec(QStringLiteral("insert into %1 select * from k").arg(table)));
}
} // namespace

TEST_CASE("timestamps stored with offsets or spaces land in the right week and period (SQLite)",
          "[executive][weekly][sqlite]")
{
    // Dealix writes isoformat() with "+00:00"; other tools write "+03:00" or a space. The week
    // (Sunday 00:00 Riyadh = 2026-11-21T21:00Z) and the month (1 November Riyadh =
    // 2026-10-31T21:00Z) are instants, whatever the text sorts like.
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir);
    REQUIRE(s->selectTenant(QStringLiteral("weekly")));
    const QDateTime t = ExecutiveFixture::asOf();
    auto figures = [&](WeeklyReview *w, ExecutiveSnapshot *month, ExecutiveSnapshot *all) {
        QString error;
        REQUIRE(WeeklyReview::compute(*s, t, w, &error));
        REQUIRE(ExecutiveSnapshot::compute(*s, Period::Month, t, month, &error));
        REQUIRE(ExecutiveSnapshot::compute(*s, Period::AllTime, t, all, &error));
    };
    WeeklyReview w0;
    ExecutiveSnapshot m0;
    ExecutiveSnapshot a0;
    figures(&w0, &m0, &a0);
    auto won = [&](const char *id, const char *value, const char *closed) {
        copyRow(*s, QStringLiteral("deals"), QString::fromLatin1(id),
                {{QStringLiteral("stage"), QStringLiteral("closed_won")},
                 {QStringLiteral("currency"), QStringLiteral("SAR")},
                 {QStringLiteral("value"), QString::fromLatin1(value)},
                 {QStringLiteral("created_at"), QStringLiteral("2026-09-01T08:00:00Z")},
                 {QStringLiteral("closed_at"), QString::fromLatin1(closed)}});
    };
    won("e1", "100.00", "2026-11-21T21:00:00+00:00");  // this week's first instant
    won("e2", "10.00", "2026-11-26T09:00:00Z");        // exactly T, no fraction: this week
    won("e3", "900.00", "2026-11-21T23:30:00+03:00");  // Saturday in Riyadh: last week
    won("e4", "1234.00", "2026-11-26T11:00:00+03:00"); // 08:00Z, before T: this week, this month
    won("e5", "5678.00", "2026-10-31T23:30:00+03:00"); // October in Riyadh: not this month
    won("e6", "111.00", "2026-10-31 22:00:00");        // 1 November 01:00 in Riyadh: this month
    copyRow(*s, QStringLiteral("contradictions"), QStringLiteral("k9"),
            {{QStringLiteral("status"), QStringLiteral("ACCEPTED")},
             {QStringLiteral("created_at"), QStringLiteral("2026-09-01T08:00:00Z")},
             {QStringLiteral("resolved_at"), QStringLiteral("2026-11-21T23:59:59+03:00")}});
    WeeklyReview w1;
    ExecutiveSnapshot m1;
    ExecutiveSnapshot a1;
    figures(&w1, &m1, &a1);
    auto delta = [&](const char *key) {
        const WeeklyReview::Metric *before = w0.metric(QString::fromLatin1(key));
        const WeeklyReview::Metric *after = w1.metric(QString::fromLatin1(key));
        REQUIRE(before);
        REQUIRE(after);
        return std::pair{after->thisWeek - before->thisWeek, after->lastWeek - before->lastWeek};
    };
    CHECK(delta("deals_won") == std::pair<qint64, qint64>{3, 1}); // e1, e2, e4 | e3
    CHECK(delta("deals_won_value") == std::pair<qint64, qint64>{134400, 90000});
    CHECK(delta("contradictions_resolved") == std::pair<qint64, qint64>{0, 1});
    CHECK(a1.revenue.actual - a0.revenue.actual == 803300); // all six
    CHECK(a1.revenue.won - a0.revenue.won == 6);
    CHECK(m1.revenue.actual - m0.revenue.actual == 235500); // e1, e2, e3, e4, e6
    CHECK(m1.revenue.won - m0.revenue.won == 5);
}
