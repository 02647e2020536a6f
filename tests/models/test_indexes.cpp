// The index catalogue and its advice on SQLite (README "Indexes"): presence told by columns,
// never by name; only the columns a source has are advised; the files the app writes have every
// index that applies. The PostgreSQL side is in test_indexes_pg.cpp.
#include "models/overview/sourceoverview.h"
#include "models/source/ddl.h"
#include "models/source/demogenerator.h"
#include "models/source/indexadvice.h"
#include "models/source/offlinecopy.h"
#include "models/source/session.h"
#include "tests/support/approvalchecks.h"
#include "tests/support/executivefixture.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace {

// The catalogue's entry by name as the advice found it; fails the test when absent.
IndexAdvice::Status statusOf(const QList<IndexAdvice::Status> &list, const QString &name)
{
    for (const IndexAdvice::Status &s : list) {
        if (s.entry.name == name)
            return s;
    }
    FAIL("no advice for " << name.toStdString());
    return {};
}

bool advised(const QList<IndexAdvice::Status> &list, const QString &name)
{
    for (const IndexAdvice::Status &s : list) {
        if (s.entry.name == name)
            return true;
    }
    return false;
}

QStringList missingOf(const Session &s)
{
    const Result<QList<IndexAdvice::Status>> r = IndexAdvice::detect(s);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    QStringList out;
    for (const IndexAdvice::Status &st : r.value()) {
        if (!st.present)
            out << st.entry.name;
    }
    return out;
}

void exec(const Session &s, const QString &sql)
{
    QSqlQuery q(s.database());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
}

} // namespace

TEST_CASE("index advice on SQLite: missing reported, present under any name not, by columns",
          "[indexes][sqlite]")
{
    auto dir = TestSupport::tempDir();
    Session s;
    REQUIRE(s.open(SourceUrl::sqlite(dir->filePath(QStringLiteral("bare.sqlite"))),
                   Session::OpenMode::AllowEmpty));
    QString error;
    // The tables without any index of ours: every catalogue index applies (the app's schema
    // has every column) and every one is missing but ix_users_tenant, which the index SQLite
    // makes for UNIQUE (tenant_id, email) serves: its leading column is the tenant.
    REQUIRE(Ddl::apply(s.database(), &error, Ddl::Part::Tables));
    REQUIRE(s.refreshSchema());
    const Result<QList<IndexAdvice::Status>> bare = IndexAdvice::detect(s);
    REQUIRE(bare.ok());
    CHECK(bare.value().size() == IndexAdvice::catalogue().size());
    const IndexAdvice::Status users = statusOf(bare.value(), QStringLiteral("ix_users_tenant"));
    CHECK(users.present);
    CHECK(users.presentAs.startsWith(QStringLiteral("sqlite_autoindex_users")));
    const QStringList all = missingOf(s);
    CHECK(all.size() == IndexAdvice::catalogue().size() - 1);
    CHECK(all.contains(QStringLiteral("ix_deals_figures")));

    // The keys alone, without the covering columns, do not serve the same queries.
    exec(s, QStringLiteral("create index a1 on deals (tenant_id, stage)"));
    // A partial index with every column serves only some rows: not counted.
    exec(s, QStringLiteral("create index a2 on deals (tenant_id, stage, currency, closed_at, "
                           "created_at, value, probability, expected_close_date) where "
                           "tenant_id is not null"));
    // The columns in another order (stage first) cannot be searched by tenant.
    exec(s, QStringLiteral("create index a3 on deals (stage, tenant_id, currency, closed_at, "
                           "created_at, value, probability, expected_close_date)"));
    CHECK(missingOf(s).contains(QStringLiteral("ix_deals_figures")));

    // Another name, the same leading keys, the covering columns in another order and one more
    // column: it serves the same queries, so the advice stops reporting it.
    exec(s, QStringLiteral("create index our_own_name on deals (tenant_id, stage, value, "
                           "probability, currency, created_at, closed_at, "
                           "expected_close_date, title)"));
    const Result<QList<IndexAdvice::Status>> after = IndexAdvice::detect(s);
    REQUIRE(after.ok());
    const IndexAdvice::Status deals = statusOf(after.value(), QStringLiteral("ix_deals_figures"));
    CHECK(deals.present);
    CHECK(deals.presentAs == QStringLiteral("our_own_name"));
    CHECK(missingOf(s).size() == all.size() - 1);

    // The data source surface says the same: what is missing and what it would speed up.
    SourceOverview o;
    REQUIRE(SourceOverview::compute(s, QDateTime::currentDateTimeUtc(), &o, &error));
    CHECK(o.indexesChecked);
    CHECK(o.missingIndexes.size() == all.size() - 1);
    bool consents = false;
    for (const SourceOverview::MissingIndex &m : o.missingIndexes) {
        CHECK(m.name != QStringLiteral("ix_deals_figures"));
        if (m.name == QStringLiteral("ix_pdpl_consents_cover")) {
            consents = true;
            CHECK(m.surfaces.contains(QStringLiteral("compliance")));
            CHECK(m.ddl.startsWith(QStringLiteral("CREATE INDEX IF NOT EXISTS "
                                                  "ix_pdpl_consents_cover ON pdpl_consents")));
        }
    }
    CHECK(consents);
    const QJsonArray json = o.toJson().value(QStringLiteral("missing_indexes")).toArray();
    CHECK(json.size() == all.size() - 1);
    CHECK(o.missingIndexText().contains(QStringLiteral("ix_pdpl_consents_cover")));

    // Every catalogue index created: nothing left to advise, and the surface lists none.
    REQUIRE(Ddl::apply(s.database(), &error, Ddl::Part::Indexes));
    CHECK(missingOf(s).isEmpty());
    SourceOverview full;
    REQUIRE(SourceOverview::compute(s, QDateTime::currentDateTimeUtc(), &full, &error));
    CHECK(full.missingIndexes.isEmpty());
    CHECK(full.missingIndexText().isEmpty());
    CHECK(full.toJson().value(QStringLiteral("missing_indexes")).toArray().isEmpty());
}

TEST_CASE("index advice names only the columns and tables the source has", "[indexes][sqlite]")
{
    auto dir = TestSupport::tempDir();
    Session s;
    REQUIRE(s.open(SourceUrl::sqlite(dir->filePath(QStringLiteral("plain.sqlite"))),
                   Session::OpenMode::AllowEmpty));
    QString error;
    REQUIRE(Ddl::apply(s.database(), &error, Ddl::Part::Tables));
    // A source without the enhanced columns and without the consent audit table.
    exec(s, QStringLiteral("alter table deals drop column expected_close_date"));
    exec(s, QStringLiteral("alter table approval_requests drop column sla_deadline_at"));
    exec(s, QStringLiteral("drop table pdpl_consent_audit"));
    REQUIRE(s.refreshSchema());
    const Result<QList<IndexAdvice::Status>> r = IndexAdvice::detect(s);
    REQUIRE(r.ok());
    CHECK_FALSE(advised(r.value(), QStringLiteral("ix_pdpl_audit_cover")));
    const IndexAdvice::Status deals = statusOf(r.value(), QStringLiteral("ix_deals_figures"));
    CHECK_FALSE(deals.entry.cover.contains(QStringLiteral("expected_close_date")));
    CHECK(deals.entry.cover.contains(QStringLiteral("probability")));
    const QString ddl = IndexAdvice::ddl(deals.entry, IndexAdvice::Dialect::SQLite, false);
    CHECK_FALSE(ddl.contains(QStringLiteral("expected_close_date")));
    // Its own creation then makes exactly the applicable indexes, and none is missing.
    REQUIRE(IndexAdvice::create(s.database(), &error));
    CHECK(missingOf(s).isEmpty());
    // An index whose key column is absent is not advised at all (nothing to index by); where
    // the same column is only covered, the rest is still advised.
    exec(s, QStringLiteral("drop index ix_approvals_reviewed"));
    exec(s, QStringLiteral("drop index ix_approvals_figures"));
    exec(s, QStringLiteral("alter table approval_requests drop column reviewed_at"));
    REQUIRE(s.refreshSchema());
    const Result<QList<IndexAdvice::Status>> r2 = IndexAdvice::detect(s);
    REQUIRE(r2.ok());
    CHECK_FALSE(advised(r2.value(), QStringLiteral("ix_approvals_reviewed")));
    const IndexAdvice::Status figures =
        statusOf(r2.value(), QStringLiteral("ix_approvals_figures"));
    CHECK_FALSE(figures.present);
    CHECK_FALSE(figures.entry.cover.contains(QStringLiteral("reviewed_at")));
    CHECK(figures.entry.cover.contains(QStringLiteral("updated_at")));
}

TEST_CASE("the demo database and an offline copy have every catalogue index that applies",
          "[indexes][sqlite][demo][offline]")
{
    auto dir = TestSupport::tempDir();
    const QString demo = dir->filePath(QStringLiteral("demo.sqlite"));
    DemoOptions options;
    options.scale = 0.05;
    options.now = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
    QString error;
    REQUIRE(DemoGenerator::writeSqliteFile(demo, options, nullptr, &error));
    Session live;
    REQUIRE(live.open(SourceUrl::sqlite(demo)));
    CHECK(missingOf(live).isEmpty());
    // Each applicable entry of the catalogue is there under the app's own name.
    const Result<QList<IndexAdvice::Status>> r = IndexAdvice::detect(live);
    REQUIRE(r.ok());
    CHECK(r.value().size() == IndexAdvice::catalogue().size());
    REQUIRE(live.selectTenant(QStringLiteral("najd-trading")));
    const QString copy = dir->filePath(QStringLiteral("copy.sqlite"));
    REQUIRE(OfflineCopy::write(live, copy, QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC),
                               &error));
    Session offline;
    REQUIRE(offline.open(SourceUrl::sqlite(copy)));
    REQUIRE(offline.isOffline());
    CHECK(missingOf(offline).isEmpty());
    // The demo file is in WAL mode (README "Sources"); the copy, opened read-only, is not, so
    // it needs no -wal or -shm file beside it.
    QSqlQuery mode(offline.database());
    REQUIRE(mode.exec(QStringLiteral("pragma journal_mode")));
    REQUIRE(mode.next());
    CHECK(mode.value(0).toString().toLower() == QStringLiteral("delete"));
    const Result<QList<IndexAdvice::Status>> c = IndexAdvice::detect(offline);
    REQUIRE(c.ok());
    CHECK(c.value().size() > 10);
}

TEST_CASE("the queue's expression index on SQLite: detected by its expressions, serves the page",
          "[indexes][sqlite][approvals]")
{
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir, ExecutiveFixture::ApprovalSchema::Enhanced);
    ApprovalChecks::checkQueueIndex(*s);
}

TEST_CASE("index advice on SQLite: the catalogue's name with another definition is reported and "
          "replaced, a NOCASE index serves nothing",
          "[indexes][sqlite]")
{
    auto dir = TestSupport::tempDir();
    Session s;
    REQUIRE(s.open(SourceUrl::sqlite(dir->filePath(QStringLiteral("named.sqlite"))),
                   Session::OpenMode::AllowEmpty));
    QString error;
    REQUIRE(Ddl::apply(s.database(), &error, Ddl::Part::Tables));
    REQUIRE(IndexAdvice::create(s.database(), &error));
    REQUIRE(s.refreshSchema());
    REQUIRE(missingOf(s).isEmpty());
    // An older ix_deals_tenant_closed on fewer columns: CREATE INDEX IF NOT EXISTS would skip
    // it, so the advice must say it is there but different, and drop it before creating.
    exec(s, QStringLiteral("drop index ix_deals_tenant_closed"));
    exec(s, QStringLiteral("create index ix_deals_tenant_closed on deals (tenant_id)"));
    const Result<QList<IndexAdvice::Status>> r = IndexAdvice::detect(s);
    REQUIRE(r.ok());
    const IndexAdvice::Status closed =
        statusOf(r.value(), QStringLiteral("ix_deals_tenant_closed"));
    CHECK_FALSE(closed.present);
    CHECK(closed.conflict == QStringLiteral("ix_deals_tenant_closed"));
    CHECK_FALSE(closed.conflictInvalid);
    CHECK(closed.state() == QStringLiteral("different"));
    const QString ddl = IndexAdvice::ddl(closed, IndexAdvice::Dialect::SQLite, false);
    CHECK(ddl == QStringLiteral("DROP INDEX IF EXISTS ix_deals_tenant_closed;\n"
                                "CREATE INDEX IF NOT EXISTS ix_deals_tenant_closed ON deals "
                                "(tenant_id, closed_at);"));
    // The Data source surface says so too, in its text and its JSON.
    SourceOverview o;
    REQUIRE(SourceOverview::compute(s, QDateTime::currentDateTimeUtc(), &o, &error));
    REQUIRE(o.missingIndexes.size() == 1);
    CHECK(o.missingIndexes.at(0).existing == QStringLiteral("ix_deals_tenant_closed"));
    CHECK(o.missingIndexes.at(0).ddl.startsWith(QStringLiteral("DROP INDEX IF EXISTS")));
    CHECK(o.missingIndexText().contains(QStringLiteral("exists with another definition")));
    const QJsonObject m =
        o.toJson().value(QStringLiteral("missing_indexes")).toArray().at(0).toObject();
    CHECK(m.value(QStringLiteral("state")).toString() == QStringLiteral("different"));
    CHECK(m.value(QStringLiteral("existing_index")).toString() ==
          QStringLiteral("ix_deals_tenant_closed"));
    // Applied as sqlite3 would: the advice converges.
    for (const QString &statement : ddl.split(QLatin1Char('\n')))
        exec(s, statement);
    CHECK(missingOf(s).isEmpty());

    // A key in the NOCASE collation cannot serve the BINARY comparisons of the queries.
    exec(s, QStringLiteral("drop index ix_packs_tenant"));
    exec(s, QStringLiteral("create index packs_nocase on evidence_packs (tenant_id collate "
                           "nocase, status)"));
    const IndexAdvice::Status packs =
        statusOf(IndexAdvice::detect(s).value(), QStringLiteral("ix_packs_tenant"));
    CHECK_FALSE(packs.present);
    CHECK(packs.conflict.isEmpty()); // another name: plainly missing
    CHECK(missingOf(s) == QStringList{QStringLiteral("ix_packs_tenant")});
    // The same in BINARY (the default, named explicitly) serves.
    exec(s, QStringLiteral("create index packs_binary on evidence_packs (tenant_id collate binary, "
                           "status)"));
    CHECK(missingOf(s).isEmpty());
}
