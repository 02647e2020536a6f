#include "models/core/roles.h"
#include "models/core/uistate.h"
#include "models/overview/sourceoverview.h"
#include "models/overview/sourceoverviewmodel.h"
#include "tests/support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using TestSupport::Fixture;
using TestSupport::rowsOf;

// The fixture's counts (testsupport.h) were written down by hand: alpha has 2 users, 3 deals,
// 2 approvals, 1 control; beta 1, 5, 1, 0.
TEST_CASE("tenant isolation on SQLite: each tenant counts only its own rows",
          "[overview][isolation][sqlite]")
{
    auto dir = TestSupport::tempDir();
    const QString path = dir->filePath(QStringLiteral("iso.sqlite"));
    Session s;
    REQUIRE(s.open(SourceUrl::sqlite(path), Session::OpenMode::AllowEmpty));
    QString error;
    REQUIRE(TestSupport::loadFixture(s, &error));

    REQUIRE(s.selectTenant(QStringLiteral("alpha")));
    SourceOverview a;
    REQUIRE(SourceOverview::compute(s, QDateTime::currentDateTimeUtc(), &a, &error));
    CHECK(rowsOf(a, QStringLiteral("users")) == 2);
    CHECK(rowsOf(a, QStringLiteral("deals")) == 3);
    CHECK(rowsOf(a, QStringLiteral("approval_requests")) == 2);
    CHECK(rowsOf(a, QStringLiteral("compliance_controls")) == 1);
    CHECK(rowsOf(a, QStringLiteral("contradictions")) == 0);
    CHECK(rowsOf(a, QStringLiteral("tenants")) == -1); // not tenant-scoped: not counted

    REQUIRE(s.selectTenant(QStringLiteral("beta")));
    SourceOverview b;
    REQUIRE(SourceOverview::compute(s, QDateTime::currentDateTimeUtc(), &b, &error));
    CHECK(rowsOf(b, QStringLiteral("users")) == 1);
    CHECK(rowsOf(b, QStringLiteral("deals")) == 5);
    CHECK(rowsOf(b, QStringLiteral("approval_requests")) == 1);
    CHECK(rowsOf(b, QStringLiteral("compliance_controls")) == 0);

    // The JSON carries provenance and the same counts.
    const QJsonObject json = b.toJson();
    CHECK(
        json.value(QStringLiteral("tenant")).toObject().value(QStringLiteral("slug")).toString() ==
        QStringLiteral("beta"));
    CHECK(json.value(QStringLiteral("provenance"))
              .toObject()
              .value(QStringLiteral("query"))
              .toString()
              .contains(QStringLiteral("where tenant_id = ?")));
    bool found = false;
    for (const QJsonValue &v : json.value(QStringLiteral("tables")).toArray()) {
        if (v.toObject().value(QStringLiteral("table")).toString() == QStringLiteral("deals")) {
            CHECK(v.toObject().value(QStringLiteral("rows")).toInt() == 5);
            found = true;
        }
    }
    CHECK(found);
    const QByteArray csv = b.toCsv();
    CHECK(csv.startsWith("\xEF\xBB\xBFtable,present,optional,rows"));
    CHECK(csv.contains("\r\ndeals,true,false,5,,\r\n"));
}

TEST_CASE("a source without some tables says which are missing", "[overview][sqlite][bad-input]")
{
    auto dir = TestSupport::tempDir();
    Session s;
    REQUIRE(s.open(SourceUrl::sqlite(dir->filePath(QStringLiteral("m.sqlite"))),
                   Session::OpenMode::AllowEmpty));
    QString error;
    REQUIRE(TestSupport::loadFixture(s, &error));
    QSqlQuery q(s.database());
    REQUIRE(q.exec(QStringLiteral("drop table contradictions")));
    REQUIRE(q.exec(QStringLiteral("drop table risks")));
    REQUIRE(s.refreshSchema());
    REQUIRE(s.selectTenant(QStringLiteral("alpha")));
    SourceOverview o;
    REQUIRE(SourceOverview::compute(s, QDateTime::currentDateTimeUtc(), &o, &error));
    CHECK(rowsOf(o, QStringLiteral("contradictions")) == -1);
    CHECK(o.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("contradictions")));
    // An optional table's absence is no warning.
    CHECK_FALSE(o.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("risks")));
}

TEST_CASE("SourceOverviewModel passes QAbstractItemModelTester", "[overview][model]")
{
    auto dir = TestSupport::tempDir();
    Session s;
    REQUIRE(s.open(SourceUrl::sqlite(dir->filePath(QStringLiteral("t.sqlite"))),
                   Session::OpenMode::AllowEmpty));
    QString error;
    REQUIRE(TestSupport::loadFixture(s, &error));
    REQUIRE(s.selectTenant(QStringLiteral("alpha")));
    SourceOverview o;
    REQUIRE(SourceOverview::compute(s, QDateTime::currentDateTimeUtc(), &o, &error));

    SourceOverviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setOverview(o);
    REQUIRE(model.rowCount() == o.tables.size());
    CHECK(model.columnCount() == SourceOverviewModel::ColumnCount);
    int dealsRow = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, SourceOverviewModel::TableColumn).data().toString() ==
            QStringLiteral("deals"))
            dealsRow = r;
    }
    REQUIRE(dealsRow >= 0);
    CHECK(model.index(dealsRow, SourceOverviewModel::RowsColumn)
              .data(Roles::RawValueRole)
              .toLongLong() == 3);
    CHECK(model.index(dealsRow, SourceOverviewModel::StatusColumn)
              .data(Roles::StateRole)
              .value<UiState>() == UiState::Good);
    model.setOverview({});
    CHECK(model.rowCount() == 0);
}
