// Figures that must be exact or fail with their cause: "vs target" against revenue targets,
// amounts that are not amounts (text, NaN, negative) counted and named, sums outside the exact
// range, and query failures that used to read as empty results (SQLite; PostgreSQL in
// test_postgres.cpp).
#include "models/approvals/approvaldecider.h"
#include "models/approvals/approvalqueue.h"
#include "models/core/money.h"
#include "models/executive/executivesnapshot.h"
#include "models/forecast/revenueforecast.h"
#include "models/partners/partnerpipeline.h"
#include "models/source/writeback.h"
#include "models/weekly/weeklyreview.h"
#include "tests/support/executivefixture.h"
#include "tests/support/figuresfixture.h"
#include "tests/support/testsupport.h"

#include <QJsonObject>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace {

void exec(Session &s, const QString &sql)
{
    QSqlQuery q(s.database());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
}

const char *const AlphaId = "a0000000-0000-4000-8000-000000000001";

} // namespace

TEST_CASE("vs target: the period's revenue targets, hand-computed for every period (SQLite)",
          "[figures][target][sqlite]")
{
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir);
    QString error;
    const bool added = FiguresFixture::addTargets(*s, &error);
    INFO(error.toStdString());
    REQUIRE(added);
    FiguresFixture::checkTargetFigures(*s);
    FiguresFixture::checkNoTarget(*s, QStringLiteral("beta"));
}

TEST_CASE("vs target: without a revenue_targets table every target figure is null (SQLite)",
          "[figures][target][sqlite]")
{
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir);
    exec(*s, QStringLiteral("drop table revenue_targets"));
    REQUIRE(s->refreshSchema());
    FiguresFixture::checkNoTarget(*s, QStringLiteral("alpha"));
}

TEST_CASE("a revenue target that is not an amount fails the figure, never counts as 0",
          "[figures][target][bad-input]")
{
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir);
    QString error;
    REQUIRE(FiguresFixture::addTargets(*s, &error));
    exec(*s, QStringLiteral("update revenue_targets set target_value_sar = 'lots' where "
                            "target_value_sar = 5000"));
    REQUIRE(s->selectTenant(QStringLiteral("alpha")));
    ExecutiveSnapshot snap;
    REQUIRE(ExecutiveSnapshot::compute(*s, Period::Month, ExecutiveFixture::asOf(), &snap, &error));
    CHECK_FALSE(snap.revenue.available);
    CHECK(snap.revenue.failed);
    CHECK(snap.revenue.unavailableReason.startsWith(QStringLiteral("Could not be computed: ")));
    CHECK(snap.revenue.unavailableReason.contains(QStringLiteral("target")));
    RevenueForecast f;
    CHECK_FALSE(RevenueForecast::compute(*s, ExecutiveFixture::asOf(), &f, &error));
    CHECK(error.contains(QStringLiteral("target")));
}

TEST_CASE("text, 'NaN', 'Infinity', empty and negative amounts are counted and named, never "
          "summed (SQLite)",
          "[figures][amounts][sqlite]")
{
    for (const char *text : {"abc", "NaN", "Infinity", ""}) {
        INFO(text);
        auto dir = TestSupport::tempDir();
        auto s = ExecutiveFixture::openSqlite(*dir);
        FiguresFixture::checkNonNumericAndNegative(*s, QString::fromLatin1(text));
    }
}

TEST_CASE("an amount outside the exact range fails its section with the cause, never 0 (SQLite)",
          "[figures][overflow][sqlite]")
{
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir);
    // The case: one won SAR deal of 100,000,000,000,000,000 (10^19 halalas).
    exec(*s, QStringLiteral("update deals set value = 100000000000000000 where tenant_id = '%1' "
                            "and value = 1000.10")
                 .arg(QLatin1String(AlphaId)));
    REQUIRE(s->selectTenant(QStringLiteral("alpha")));
    QString error;
    ExecutiveSnapshot snap;
    REQUIRE(
        ExecutiveSnapshot::compute(*s, Period::AllTime, ExecutiveFixture::asOf(), &snap, &error));
    CHECK_FALSE(snap.revenue.available);
    CHECK(snap.revenue.failed);
    CHECK(snap.revenue.unavailableReason.contains(QStringLiteral("exact range")));
    CHECK(snap.toJson().value(QStringLiteral("revenue")).isNull());
    REQUIRE(snap.failures().size() == 1);
    // Worded as a failure, the cause named once: "revenue: 1 deal amount(s) outside the exact
    // range…".
    CHECK(snap.revenue.unavailableReason.startsWith(QStringLiteral("Could not be computed: ")));
    CHECK(snap.failures().first().startsWith(QStringLiteral("revenue: 1 deal amount(s) outside")));
    CHECK_FALSE(snap.failures().first().contains(QStringLiteral("Not available")));
    CHECK_FALSE(snap.failures().first().contains(QStringLiteral("Could not be computed")));
    // The other sections still compute.
    CHECK(snap.approvals.pending == 5);
    // The weekly review carries the snapshot's failure; the forecast fails with the cause.
    WeeklyReview w;
    REQUIRE(WeeklyReview::compute(*s, ExecutiveFixture::asOf(), &w, &error));
    CHECK_FALSE(w.failures().isEmpty());
    RevenueForecast f;
    CHECK_FALSE(RevenueForecast::compute(*s, ExecutiveFixture::asOf(), &f, &error));
    CHECK(error.contains(QStringLiteral("exact range")));
}

TEST_CASE("a sum beyond the exact range fails with the cause, each amount being in range (SQLite)",
          "[figures][overflow][sqlite]")
{
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir);
    // Two open deals of 50,000,000,000,000.00 SAR: each 5 × 10^15 halalas (in range), together
    // 10^16, beyond 2^53 − 1: the pipeline cannot be given exactly.
    for (int i = 0; i < 2; ++i)
        exec(*s, QStringLiteral("insert into deals (id, tenant_id, title, value, currency, stage, "
                                "created_at, updated_at) values ('big%1', '%2', 'big', "
                                "50000000000000, 'SAR', 'proposal', '2026-01-05T08:00:00.000Z', "
                                "'2026-01-05T08:00:00.000Z')")
                     .arg(i)
                     .arg(QLatin1String(AlphaId)));
    REQUIRE(s->selectTenant(QStringLiteral("alpha")));
    QString error;
    ExecutiveSnapshot snap;
    REQUIRE(
        ExecutiveSnapshot::compute(*s, Period::AllTime, ExecutiveFixture::asOf(), &snap, &error));
    CHECK(snap.revenue.failed);
    // The sum itself is named: 10^16 + the fixture's 1343334 halalas of open SAR pipeline.
    CHECK(snap.revenue.unavailableReason.contains(QStringLiteral("10000000001343334")));
    CHECK(snap.revenue.unavailableReason.contains(QStringLiteral("exact range")));
}

TEST_CASE("SQLite's 'integer overflow' met while stepping is the section's cause, not the end of "
          "the rows",
          "[figures][overflow][sqlite]")
{
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir);
    // An AED deal makes SAR the second group, reached by next() (the demo data has AED):
    // 1100 open SAR deals of 90,000,000,000,000.00 each overflow SQLite's 64-bit SUM there.
    exec(*s, QStringLiteral("insert into deals (id, tenant_id, title, value, currency, stage, "
                            "created_at, updated_at) values ('aed', '%1', 'aed', 10, 'AED', "
                            "'proposal', '2026-01-05T08:00:00.000Z', '2026-01-05T08:00:00.000Z')")
                 .arg(QLatin1String(AlphaId)));
    exec(*s, QStringLiteral("insert into deals (id, tenant_id, title, value, currency, stage, "
                            "created_at, updated_at) with recursive n(i) as (select 1 union all "
                            "select i + 1 from n where i < 1100) select 'o' || i, '%1', 'o', "
                            "90000000000000, 'SAR', 'proposal', '2026-01-05T08:00:00.000Z', "
                            "'2026-01-05T08:00:00.000Z' from n")
                 .arg(QLatin1String(AlphaId)));
    REQUIRE(s->selectTenant(QStringLiteral("alpha")));
    QString error;
    ExecutiveSnapshot snap;
    REQUIRE(
        ExecutiveSnapshot::compute(*s, Period::AllTime, ExecutiveFixture::asOf(), &snap, &error));
    CHECK_FALSE(snap.revenue.available);
    CHECK(snap.revenue.failed);
    CHECK(snap.revenue.unavailableReason.contains(QStringLiteral("overflow")));
    CHECK(snap.revenue.actual == 0); // never read as a figure: the section is not available
    CHECK(snap.toJson().value(QStringLiteral("revenue")).isNull());
}

TEST_CASE("Money::fromSum reads exact sums and refuses the rest", "[figures][money]")
{
    CHECK(Money::fromSum(QVariant()).value() == 0);
    CHECK(Money::fromSum(QVariant(qint64(12345))).value() == 12345);
    CHECK(Money::fromSum(QStringLiteral("9007199254740991")).value() == Money::MaxExact);
    CHECK_FALSE(Money::fromSum(QStringLiteral("9007199254740992")).ok());
    CHECK_FALSE(Money::fromSum(QStringLiteral("-9007199254740992")).ok());
    // PostgreSQL's numeric beyond 64 bits: an error, not toLongLong()'s 0.
    const Result<qint64> huge = Money::fromSum(QStringLiteral("100000000000000000000"));
    REQUIRE_FALSE(huge.ok());
    CHECK(huge.error().contains(QStringLiteral("100000000000000000000")));
    CHECK(Money::fromCentiSum(QStringLiteral("900719925474099100")).ok());
}

TEST_CASE("approval queue helpers report failures instead of empty results",
          "[figures][approvals][bad-input]")
{
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir);
    REQUIRE(s->selectTenant(QStringLiteral("alpha")));
    const Result<QStringList> categories = ApprovalQueue::categories(*s);
    REQUIRE(categories.ok());
    CHECK_FALSE(categories->isEmpty());
    const Result<QHash<QString, QString>> names = ApprovalQueue::userNames(*s);
    REQUIRE(names.ok());
    CHECK(names->value(QStringLiteral("e0000000-0000-4000-8000-000000000001")) ==
          QStringLiteral("alpha@x.sa"));
    // An id that is not in the tenant: a failure that says so, not an empty payload.
    const Result<QJsonObject> missing =
        ApprovalQueue::payload(*s, QStringLiteral("00000000-0000-4000-8000-000000000000"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().contains(QStringLiteral("00000000-0000-4000-8000-000000000000")));

    // A column missing behind the session's back (the schema still lists it) and then the
    // tables dropped: every helper fails with the driver's cause.
    exec(*s, QStringLiteral("alter table users drop column full_name"));
    const Result<QHash<QString, QString>> noColumn = ApprovalQueue::userNames(*s);
    REQUIRE_FALSE(noColumn.ok());
    CHECK(noColumn.error().contains(QStringLiteral("full_name")));
    exec(*s, QStringLiteral("drop table approval_requests"));
    const Result<QStringList> noTable = ApprovalQueue::categories(*s);
    REQUIRE_FALSE(noTable.ok());
    CHECK(noTable.error().contains(QStringLiteral("approval_requests")));
    const Result<QJsonObject> noPayload =
        ApprovalQueue::payload(*s, QStringLiteral("a0000000-0000-4000-8000-000000000001"));
    REQUIRE_FALSE(noPayload.ok());
    CHECK(noPayload.error().contains(QStringLiteral("approval_requests")));
    ApprovalQueue::Counters counters;
    QString error;
    CHECK_FALSE(ApprovalQueue::counters(*s, ExecutiveFixture::asOf(), &counters, &error));
    CHECK(error.contains(QStringLiteral("approval_requests")));
}

TEST_CASE("Session::tenants fails with the cause, and selecting a tenant says it",
          "[figures][session][bad-input]")
{
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir);
    const Result<QList<TenantInfo>> before = s->tenants();
    REQUIRE(before.ok());
    CHECK(before->size() == 5); // alpha, beta, empty, weekly, periods
    exec(*s, QStringLiteral("alter table tenants rename to tenants_gone"));
    const Result<QList<TenantInfo>> after = s->tenants();
    REQUIRE_FALSE(after.ok());
    CHECK(after.error().contains(QStringLiteral("tenants")));
    CHECK_FALSE(s->selectTenant(QStringLiteral("alpha")));
    CHECK(s->errorKind() == Session::ErrorKind::Unavailable);
    CHECK(s->errorString().contains(QStringLiteral("cannot list tenants")));
}

TEST_CASE("weekly review: revenue risk against the target, never against the forecast",
          "[figures][weekly][target]")
{
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir);
    auto risks = [&s] {
        REQUIRE(s->selectTenant(QStringLiteral("alpha")));
        WeeklyReview w;
        QString error;
        REQUIRE(WeeklyReview::compute(*s, ExecutiveFixture::asOf(), &w, &error));
        return w.riskSummary.join(QLatin1Char('\n'));
    };
    // No target: Dealix's variance_percent is −67.0 % (actual against a forecast that holds
    // the actual), which is no risk and is not said.
    CHECK_FALSE(risks().contains(QStringLiteral("below")));
    QString error;
    REQUIRE(FiguresFixture::addTargets(*s, &error));
    // All-time target 8000.01, forecast 9100.36: above the target, nothing said.
    CHECK_FALSE(risks().contains(QStringLiteral("below")));
    // A further 100,000.00 in November: target 108000.01, forecast 100 × (9100.3589 −
    // 108000.01) / 108000.01 = −91.57 → 91.6 % below.
    REQUIRE(FiguresFixture::execAs(
        *s, QStringLiteral("alpha"),
        QStringLiteral("insert into revenue_targets (id, created_at, updated_at, tenant_id, "
                       "period_start, period_end, track, target_value_sar) values "
                       "('f2000000-0000-4000-8000-000000000001', '2026-01-05T08:00:00.000Z', "
                       "'2026-01-05T08:00:00.000Z', ?, '2026-11-01', '2026-11-30', 'revenue', "
                       "100000)"),
        {QString::fromLatin1(AlphaId)}, &error));
    CHECK(risks().contains(QStringLiteral("Revenue forecast 91.6% below target")));
}

TEST_CASE("probabilities: 33.5 % weighs exactly (rounded per row), 150 % and −5 % are counted and "
          "left out (SQLite)",
          "[figures][probability][sqlite]")
{
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir);
    FiguresFixture::checkProbabilities(*s, true);
}

TEST_CASE("a revenue target whose period cannot be read fails the figure with the cause (SQLite)",
          "[figures][target][bad-input][sqlite]")
{
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir);
    QString error;
    REQUIRE(FiguresFixture::addTargets(*s, &error));
    // Text that is no date at all: a target of unknown months is not "no target".
    exec(*s, QStringLiteral("update revenue_targets set period_start = 'soon' where "
                            "target_value_sar = 5000"));
    REQUIRE(s->selectTenant(QStringLiteral("alpha")));
    ExecutiveSnapshot snap;
    REQUIRE(ExecutiveSnapshot::compute(*s, Period::Month, ExecutiveFixture::asOf(), &snap, &error));
    CHECK(snap.revenue.failed);
    CHECK(snap.revenue.unavailableReason.startsWith(QStringLiteral("Could not be computed: ")));
    CHECK(snap.revenue.unavailableReason.contains(QStringLiteral("soon")));
    CHECK(snap.revenue.unavailableReason.contains(QStringLiteral("no valid period")));
    RevenueForecast f;
    CHECK_FALSE(RevenueForecast::compute(*s, ExecutiveFixture::asOf(), &f, &error));
    CHECK(error.contains(QStringLiteral("no valid period")));
    const Result<RevenueForecast::Targets> targets = RevenueForecast::readTargets(*s);
    CHECK_FALSE(targets.ok());
}

TEST_CASE("Money: non-integer sums are named as such, and the shared helpers", "[figures][money]")
{
    // A whole numeric printed with a scale is exact; a fraction is not called "out of range".
    CHECK(Money::fromSum(QStringLiteral("1234.00")).value() == 1234);
    const Result<qint64> half = Money::fromCentiSum(QStringLiteral("1185673107328.5"));
    REQUIRE_FALSE(half.ok());
    CHECK(half.error().contains(QStringLiteral("not a whole number")));
    CHECK_FALSE(half.error().contains(QStringLiteral("exact range")));
    CHECK(Money::plainText(123456) == QStringLiteral("1234.56"));
    CHECK(Money::plainText(-5) == QStringLiteral("-0.05"));
    CHECK(Money::plainText(0) == QStringLiteral("0.00"));
    Money::ExactSums sums;
    CHECK(sums.add(QVariant(qint64(7))) == 7);
    CHECK(sums.ok());
    CHECK(sums.add(QStringLiteral("9007199254740992")) == 0);
    CHECK(sums.add(QStringLiteral("1.5")) == 0);
    REQUIRE_FALSE(sums.ok());
    CHECK(sums.error().contains(QStringLiteral("9007199254740992"))); // the first failure kept
    CHECK(Money::excludedAmountNotes(0, 0).isEmpty());
    CHECK(Money::excludedAmountNotes(1, 2, 3).size() == 3);
}

TEST_CASE("a malformed approval payload is said, never an empty object", "[figures][approvals]")
{
    CHECK(ApprovalQueue::parsePayload(QVariant()).value().isEmpty());
    CHECK(ApprovalQueue::parsePayload(QStringLiteral("")).value().isEmpty());
    CHECK(ApprovalQueue::parsePayload(QStringLiteral("{\"a\": 1}"))
              .value()
              .value(QStringLiteral("a")) == 1);
    const Result<QJsonObject> broken = ApprovalQueue::parsePayload(QStringLiteral("{\"a\": "));
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().contains(QStringLiteral("not valid JSON")));
    const Result<QJsonObject> array = ApprovalQueue::parsePayload(QStringLiteral("[1, 2]"));
    REQUIRE_FALSE(array.ok());
    CHECK(array.error().contains(QStringLiteral("not an object")));

    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir);
    exec(*s, QStringLiteral("update approval_requests set payload = '{broken' where id = "
                            "(select min(id) from approval_requests where tenant_id = '%1')")
                 .arg(QLatin1String(AlphaId)));
    REQUIRE(s->selectTenant(QStringLiteral("alpha")));
    QSqlQuery q(s->database());
    REQUIRE(q.exec(QStringLiteral("select min(id) from approval_requests where tenant_id = '%1'")
                       .arg(QLatin1String(AlphaId))));
    REQUIRE(q.next());
    const Result<QJsonObject> payload = ApprovalQueue::payload(*s, q.value(0).toString());
    REQUIRE_FALSE(payload.ok());
    CHECK(payload.error().contains(QStringLiteral("not valid JSON")));
}

TEST_CASE("the users who may act: a failure with its cause, never an empty list",
          "[figures][actors][bad-input]")
{
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir);
    REQUIRE(s->selectTenant(QStringLiteral("alpha")));
    const Result<QList<TenantActor>> before = WriteBack::actors(*s, WriteBack::deciderRoles());
    REQUIRE(before.ok());
    CHECK_FALSE(before->isEmpty());
    const auto deciders = ApprovalDecider::deciders(*s);
    REQUIRE(deciders.ok());
    CHECK(deciders->size() == before->size());
    exec(*s, QStringLiteral("alter table users rename to users_gone"));
    const Result<QList<TenantActor>> after = WriteBack::actors(*s, WriteBack::deciderRoles());
    REQUIRE_FALSE(after.ok());
    CHECK(after.error().contains(QStringLiteral("users")));
    CHECK_FALSE(ApprovalDecider::deciders(*s).ok());
}
