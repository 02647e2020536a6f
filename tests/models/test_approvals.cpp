// Approval Center: queue order and SLA state at the boundaries, paging, search, decisions,
// on SQLite against the hand-worked fixture (test_postgres.cpp runs the same on PostgreSQL).
#include "models/approvals/approvalcenter.h"
#include "models/approvals/approvaldecider.h"
#include "models/approvals/approvaldetail.h"
#include "models/approvals/approvalqueue.h"
#include "models/approvals/approvalqueuemodel.h"
#include "models/core/money.h"
#include "models/core/roles.h"
#include "tests/support/approvalchecks.h"
#include "tests/support/approvaldetailfixture.h"
#include "tests/support/executivefixture.h"
#include "tests/support/fixtureloader.h"
#include "tests/support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using ExecutiveFixture::ApprovalSchema;

TEST_CASE("approval queue order and SLA states on SQLite, both schemas", "[approvals][sqlite]")
{
    for (ApprovalSchema schema : {ApprovalSchema::Enhanced, ApprovalSchema::Plain}) {
        auto dir = TestSupport::tempDir();
        auto s = ExecutiveFixture::openSqlite(*dir, schema);
        ApprovalChecks::checkQueue(*s);
    }
}

TEST_CASE("decisions on SQLite: approve, conflict, agent refused, reject needs a note, escalate",
          "[approvals][sqlite]")
{
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir, ApprovalSchema::Enhanced);
    ApprovalChecks::checkDecisions(*s);
}

TEST_CASE("times in mixed forms on SQLite: pending as of T and paging compare instants",
          "[approvals][sqlite]")
{
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir, ApprovalSchema::Plain);
    ApprovalChecks::checkTimeForms(*s);
}

TEST_CASE("queue paging: fetchMore brings every row once, in order", "[approvals][model]")
{
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir, ApprovalSchema::Plain);
    REQUIRE(s->selectTenant(QStringLiteral("empty")));
    // 450 pending requests with mixed priorities and one shared creation time (ties broken by id).
    QSqlQuery q(s->database());
    REQUIRE(s->database().transaction());
    q.prepare(QStringLiteral("insert into approval_requests (id, created_at, updated_at, "
                             "tenant_id, channel, resource_type, "
                             "resource_id, payload, status, requested_by_id) values (?, ?, ?, ?, "
                             "'sms', 'deal', 'r', ?, 'pending', ?)"));
    const QStringList priorities = {QStringLiteral("low"), QStringLiteral("critical"),
                                    QStringLiteral("normal"), QStringLiteral("high")};
    for (int i = 0; i < 450; ++i) {
        const QString created =
            Session::timeText(ExecutiveFixture::asOf().addSecs(-3600 * (i % 7)));
        q.addBindValue(
            QStringLiteral("%1-0000-4000-8000-000000000000").arg(i, 8, 16, QLatin1Char('0')));
        q.addBindValue(created);
        q.addBindValue(created);
        q.addBindValue(s->tenantId());
        q.addBindValue(
            QStringLiteral("{\"_dealix_sla\": {\"priority\": \"%1\"}}").arg(priorities.at(i % 4)));
        q.addBindValue(QStringLiteral("e0000000-0000-4000-8000-000000000003"));
        REQUIRE(q.exec());
    }
    REQUIRE(s->database().commit());
    ApprovalQueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPageSize(200);
    REQUIRE(model.reload(s.get(), ApprovalQueue::Filter(), ExecutiveFixture::asOf()));
    CHECK(model.totalRows() == 450);
    CHECK(model.rowCount() == 200);
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    REQUIRE(model.rowCount() == 450);
    QSet<QString> ids;
    for (int r = 0; r < model.rowCount(); ++r) {
        const ApprovalQueue::Item *it = model.item(r);
        ids.insert(it->id);
        if (r > 0) {
            const ApprovalQueue::Item *prev = model.item(r - 1);
            const auto key = [](const ApprovalQueue::Item *i) {
                return std::tuple(i->rank, i->createdAt, i->id);
            };
            CHECK(key(prev) < key(it));
        }
    }
    CHECK(ids.size() == 450);
    CHECK(model.item(0)->priority == QStringLiteral("critical"));
    CHECK(model.item(449)->priority == QStringLiteral("low"));
}

TEST_CASE("search text shaped like SQL injection is only data", "[approvals][bad-input]")
{
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir, ApprovalSchema::Enhanced);
    REQUIRE(s->selectTenant(QStringLiteral("alpha")));
    for (const QString &evil :
         {QStringLiteral("'; drop table approval_requests; --"), QStringLiteral("%' or '1'='1"),
          QStringLiteral("\\\") or 1=1 --"), QStringLiteral("%")}) {
        ApprovalQueue::Filter f;
        f.search = evil;
        QList<ApprovalQueue::Item> items;
        QString error;
        INFO(evil.toStdString());
        REQUIRE(ApprovalQueue::page(*s, f, ExecutiveFixture::asOf(), {}, 50, &items, &error));
        CHECK(items.isEmpty());
    }
    CHECK(s->schema().hasTable(QStringLiteral("approval_requests")));
    QSqlQuery q(s->database());
    REQUIRE(q.exec(QStringLiteral("select count(*) from approval_requests")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() > 0);
    // A real search still finds: every fixture request is a strategic_deal.
    ApprovalQueue::Filter f;
    f.search = QStringLiteral("STRATEGIC");
    QList<ApprovalQueue::Item> items;
    QString error;
    REQUIRE(ApprovalQueue::page(*s, f, ExecutiveFixture::asOf(), {}, 50, &items, &error));
    CHECK(items.size() == 5);
}

TEST_CASE("the approval-center export in Dealix's shape: items, stats, the requester's id",
          "[approvals][sqlite][export]")
{
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir);
    REQUIRE(s->selectTenant(QStringLiteral("alpha")));
    ApprovalCenter c;
    QString error;
    REQUIRE(ApprovalCenter::compute(*s, {}, ExecutiveFixture::asOf(), &c, &error));
    const QJsonObject json = c.toJson();
    // The fixture's alpha: 5 pending as of T, 2 in warning, 2 breached (see the executive room
    // figures), so 1 within its SLA.
    const QJsonObject stats = json.value(QStringLiteral("stats")).toObject();
    CHECK(stats.value(QStringLiteral("total_pending")).toInt() == 5);
    CHECK(stats.value(QStringLiteral("sla_warning")).toInt() == 2);
    CHECK(stats.value(QStringLiteral("sla_breach")).toInt() == 2);
    CHECK(stats.value(QStringLiteral("sla_compliant")).toInt() == 1);
    const QJsonArray approvals = json.value(QStringLiteral("approvals")).toArray();
    CHECK(json.value(QStringLiteral("total")).toInt() == 5);
    REQUIRE(approvals.size() == 5);
    QSqlQuery users(s->database());
    REQUIRE(users.exec(QStringLiteral("select id from users")));
    QSet<QString> userIds;
    while (users.next())
        userIds.insert(users.value(0).toString());
    for (const QJsonValue &v : approvals) {
        const QJsonObject item = v.toObject();
        for (const char *key : {"id", "channel", "resource_type", "resource_id", "status",
                                "priority", "category", "escalation_level", "escalation_label_ar",
                                "age_hours", "note", "requested_by", "created_at"})
            CHECK(item.contains(QLatin1String(key)));
        // requested_by is the requester's id, as Dealix's API gives it; the name is beside it.
        CHECK(userIds.contains(item.value(QStringLiteral("requested_by")).toString()));
        CHECK(item.contains(QStringLiteral("requested_by_name")));
        CHECK(item.value(QStringLiteral("status")).toString() == QLatin1String("pending"));
    }
}

TEST_CASE("the selected request in context on SQLite: deal, value, counterpart, packet, SLA, "
          "people, history, and a missing or another tenant's record said",
          "[approvals][sqlite][detail]")
{
    auto dir = TestSupport::tempDir();
    auto s = FixtureLoader::openSqlite(*dir, QStringLiteral("detail.db"),
                                       [](Session &session, QString *error) {
                                           return ApprovalDetailFixture::load(session, error);
                                       });
    ApprovalDetailFixture::checkDetail(*s);
    ApprovalDetailFixture::checkRealValues(*s);
}

TEST_CASE("stored amounts are read exactly, and text that is no amount is not one",
          "[approvals][detail][bad-input][money]")
{
    // Every expected value worked out by hand: halalas = SAR × 100, rounded half away from zero
    // on the decimal digits as written.
    auto halalas = [](const char *text) {
        const Result<qint64> r = Money::fromDecimalText(QString::fromLatin1(text));
        INFO(text << " -> " << (r.ok() ? QString::number(r.value()) : r.error()).toStdString());
        REQUIRE(r.ok());
        return r.value();
    };
    auto fails = [](const char *text) {
        const Result<qint64> r = Money::fromDecimalText(QString::fromUtf8(text));
        INFO(text);
        REQUIRE_FALSE(r.ok());
        return r.error();
    };
    CHECK(halalas("1250000.50") == 125000050);
    CHECK(halalas("12") == 1200);
    CHECK(halalas("0.5") == 50);
    CHECK(halalas("-3.25") == -325);
    CHECK(halalas("+3.25") == 325);
    CHECK(halalas("7.500") == 750);
    // A SQLite REAL as SQLite prints it, a numeric with three places, a JSON number's form.
    CHECK(halalas("12.345") == 1235);
    CHECK(halalas("-12.345") == -1235);
    CHECK(halalas("1.234") == 123);
    CHECK(halalas("0.005") == 1);
    CHECK(halalas("0.0049") == 0);
    CHECK(halalas("1.0e+13") == 1000000000000000);
    CHECK(halalas("1e9") == 100000000000);
    CHECK(halalas("2.85e-01") == 29);
    CHECK(halalas("1.5E2") == 15000);
    CHECK(halalas("10000000000000.0") == 1000000000000000);
    // The edge of the exact range: 90,071,992,547,409.91 SAR is 2^53 − 1 halalas.
    CHECK(halalas("90071992547409.91") == 9007199254740991);
    CHECK(halalas("-90071992547409.91") == -9007199254740991);
    // Beyond it: said as out of range, not as "not an amount".
    for (const char *big :
         {"1.0e+15", "90071992547409.92", "99999999999999999", "123456789012345678901234567890"}) {
        const QString why = fails(big);
        CHECK(why.contains(QStringLiteral("outside the exact range")));
        CHECK(why.contains(QString::fromLatin1(big)));
    }
    for (const char *bad : {"abc", "NaN", "Infinity", "-inf", "", " ", "1,000", "1e", "e5", "--1",
                            "1.2.3", ".", "1 000", "0x10", "١٢"}) {
        const QString why = fails(bad);
        CHECK(why.contains(QStringLiteral("is not an amount")));
    }
}
