// The figures of test_figures.cpp on a real PostgreSQL server (forced row-level security, a
// plain role): targets, NaN and negative amounts, sums beyond the exact range.
#include "models/approvals/approvalqueue.h"
#include "models/executive/executivesnapshot.h"
#include "models/source/session.h"
#include "tests/support/executivefixture.h"
#include "tests/support/figuresfixture.h"
#include "tests/support/testsupport.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using TestSupport::PgDatabase;

namespace {

std::unique_ptr<Session> executivePg(PgDatabase &db)
{
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    auto s = std::make_unique<Session>();
    REQUIRE(s->open(SourceUrl::parse(db.url()), Session::OpenMode::AllowEmpty));
    QString error;
    const bool loaded =
        ExecutiveFixture::load(*s, ExecutiveFixture::ApprovalSchema::Enhanced, &error);
    INFO(error.toStdString());
    REQUIRE(loaded);
    return s;
}

void exec(Session &s, const QString &tenant, const QString &sql)
{
    QString error;
    const bool ok = FiguresFixture::execAs(s, tenant, sql, {}, &error);
    INFO(error.toStdString());
    REQUIRE(ok);
}

} // namespace

TEST_CASE("vs target on PostgreSQL: the same hand-computed figures, and none without targets",
          "[postgres][figures][target]")
{
    PgDatabase db;
    auto s = executivePg(db);
    FiguresFixture::checkNoTarget(*s, QStringLiteral("alpha"));
    QString error;
    const bool added = FiguresFixture::addTargets(*s, &error);
    INFO(error.toStdString());
    REQUIRE(added);
    FiguresFixture::checkTargetFigures(*s);
    FiguresFixture::checkNoTarget(*s, QStringLiteral("beta"));
}

TEST_CASE("NaN and negative amounts on PostgreSQL are counted and named, never summed",
          "[postgres][figures][amounts]")
{
    PgDatabase db;
    auto s = executivePg(db);
    FiguresFixture::checkNonNumericAndNegative(*s, QStringLiteral("NaN"));
}

TEST_CASE("PostgreSQL: an amount or a sum beyond the exact range fails the section with its cause",
          "[postgres][figures][overflow]")
{
    PgDatabase db;
    auto s = executivePg(db);
    // A wider column than Dealix's NUMERIC(12,2), as a database may have: the amount.
    exec(*s, QStringLiteral("alpha"),
         QStringLiteral("alter table deals alter column value type numeric"));
    exec(*s, QStringLiteral("alpha"),
         QStringLiteral("update deals set value = 100000000000000000 where value = 1000.10"));
    REQUIRE(s->selectTenant(QStringLiteral("alpha")));
    ExecutiveSnapshot snap;
    QString error;
    REQUIRE(
        ExecutiveSnapshot::compute(*s, Period::AllTime, ExecutiveFixture::asOf(), &snap, &error));
    CHECK(snap.revenue.failed);
    CHECK(snap.revenue.unavailableReason.contains(QStringLiteral("exact range")));
    CHECK(snap.toJson().value(QStringLiteral("revenue")).isNull());

    // Each amount in range, their sum not: 2 × 5 × 10^15 halalas.
    exec(*s, QStringLiteral("alpha"),
         QStringLiteral("update deals set value = 1000.10 where value = 100000000000000000"));
    exec(*s, QStringLiteral("alpha"),
         QStringLiteral("update deals set value = 50000000000000 where value in (10000.00, "
                        "3333.33)"));
    REQUIRE(s->selectTenant(QStringLiteral("alpha")));
    REQUIRE(
        ExecutiveSnapshot::compute(*s, Period::AllTime, ExecutiveFixture::asOf(), &snap, &error));
    CHECK(snap.revenue.failed);
    // 10^16 + the other open SAR amounts (100.00 + 0.01 = 10001 halalas).
    CHECK(snap.revenue.unavailableReason.contains(QStringLiteral("10000000000010001")));
}

TEST_CASE("PostgreSQL: approval-queue helpers and the tenant list fail with the cause",
          "[postgres][figures][bad-input]")
{
    PgDatabase db;
    auto s = executivePg(db);
    REQUIRE(s->selectTenant(QStringLiteral("alpha")));
    REQUIRE(ApprovalQueue::categories(*s).ok());
    REQUIRE(ApprovalQueue::userNames(*s).ok());
    // Behind the session's back: the name column and then the table go.
    exec(*s, QStringLiteral("alpha"), QStringLiteral("alter table users drop column full_name"));
    const Result<QHash<QString, QString>> names = ApprovalQueue::userNames(*s);
    REQUIRE_FALSE(names.ok());
    CHECK(names.error().contains(QStringLiteral("full_name")));
    exec(*s, QStringLiteral("alpha"),
         QStringLiteral("alter table approval_requests rename to approvals_gone"));
    const Result<QStringList> categories = ApprovalQueue::categories(*s);
    REQUIRE_FALSE(categories.ok());
    CHECK(categories.error().contains(QStringLiteral("approval_requests")));
    const Result<QJsonObject> payload =
        ApprovalQueue::payload(*s, QStringLiteral("a0000000-0000-4000-8000-000000000001"));
    REQUIRE_FALSE(payload.ok());
    exec(*s, QStringLiteral("alpha"), QStringLiteral("alter table tenants rename to tenants_gone"));
    const Result<QList<TenantInfo>> tenants = s->tenants();
    REQUIRE_FALSE(tenants.ok());
    CHECK(tenants.error().contains(QStringLiteral("tenants")));
}

TEST_CASE("PostgreSQL: probabilities of 150 % and −5 % are counted and left out of the forecast",
          "[postgres][figures][probability]")
{
    PgDatabase db;
    auto s = executivePg(db);
    FiguresFixture::checkProbabilities(*s, false);
}

TEST_CASE("PostgreSQL: a revenue target whose period ends before it starts fails the figure",
          "[postgres][figures][target][bad-input]")
{
    PgDatabase db;
    auto s = executivePg(db);
    QString error;
    REQUIRE(FiguresFixture::addTargets(*s, &error));
    // A DATE column holds only dates: the unreadable period here is an end before its start.
    exec(*s, QStringLiteral("alpha"),
         QStringLiteral("update revenue_targets set period_start = date '2026-12-31', period_end "
                        "= date '2026-12-01' where target_value_sar = 5000"));
    REQUIRE(s->selectTenant(QStringLiteral("alpha")));
    ExecutiveSnapshot snap;
    REQUIRE(ExecutiveSnapshot::compute(*s, Period::Month, ExecutiveFixture::asOf(), &snap, &error));
    CHECK(snap.revenue.failed);
    CHECK(snap.revenue.unavailableReason.startsWith(QStringLiteral("Could not be computed: ")));
    CHECK(snap.revenue.unavailableReason.contains(QStringLiteral("no valid period")));
    CHECK(snap.failures().size() == 1);
}
