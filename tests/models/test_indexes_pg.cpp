// The index advice on PostgreSQL (uuid tenant ids, native enums, forced row-level security, as a
// real Dealix database) and `dealix-desk indexes --format sql` applied as a user would: on
// PostgreSQL and on a SQLite file, after which nothing is reported missing.
#include "models/approvals/approvalqueue.h"
#include "models/source/ddl.h"
#include "models/source/dealixschema.h"
#include "models/source/indexadvice.h"
#include "models/source/session.h"
#include "tests/support/approvalchecks.h"
#include "tests/support/deskrun.h"
#include "tests/support/executivefixture.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using TestSupport::PgDatabase;

namespace {

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

using TestSupport::DeskRun;
using TestSupport::runDesk;

// The command line, given a minute.
TestSupport::DeskOptions withinAMinute()
{
    TestSupport::DeskOptions o;
    o.timeoutMs = 60000;
    return o;
}

// Runs a script the way psql or sqlite3 would: statement by statement, autocommit (CREATE INDEX
// CONCURRENTLY refuses a transaction).
void applyScript(const Session &s, const QByteArray &script)
{
    QSqlQuery q(s.database());
    for (const QString &statement : Ddl::splitStatements(QString::fromUtf8(script))) {
        INFO(statement.toStdString());
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec(statement));
    }
}

} // namespace

TEST_CASE("index advice on PostgreSQL: missing reported, an equivalent index under any name not",
          "[indexes][postgres]")
{
    PgDatabase db;
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    Session s;
    REQUIRE(s.open(SourceUrl::parse(db.url()), Session::OpenMode::AllowEmpty));
    QString error;
    // The Dealix tables (uuid, native enums, forced RLS) without any index.
    REQUIRE(Ddl::apply(s.database(), &error, Ddl::Part::Tables));
    REQUIRE(s.refreshSchema());
    // Every entry applies; all are missing but ix_users_tenant, served by the index of
    // UNIQUE (tenant_id, email).
    const QStringList all = missingOf(s);
    CHECK(all.size() == IndexAdvice::catalogue().size() - 1);
    CHECK_FALSE(all.contains(QStringLiteral("ix_users_tenant")));

    QSqlQuery q(s.database());
    // The keys only, or the columns as a partial index: not the same service.
    REQUIRE(q.exec(QStringLiteral("create index p1 on pdpl_consents (tenant_id, contact_id)")));
    REQUIRE(q.exec(QStringLiteral(
        "create index p2 on pdpl_consents (tenant_id, contact_id) include (status, created_at, "
        "expires_at, granted_at, purpose, channel, id) where tenant_id is not null")));
    CHECK(missingOf(s).contains(QStringLiteral("ix_pdpl_consents_cover")));
    // Another name, covering columns as keys rather than INCLUDE: it serves the same queries.
    REQUIRE(q.exec(QStringLiteral("create index someone_elses on pdpl_consents (tenant_id, "
                                  "contact_id, status, id) include (channel, purpose, "
                                  "granted_at, expires_at, created_at)")));
    const Result<QList<IndexAdvice::Status>> r = IndexAdvice::detect(s);
    REQUIRE(r.ok());
    bool found = false;
    for (const IndexAdvice::Status &st : r.value()) {
        if (st.entry.name == QStringLiteral("ix_pdpl_consents_cover")) {
            found = true;
            CHECK(st.present);
            CHECK(st.presentAs == QStringLiteral("someone_elses"));
        }
    }
    CHECK(found);
    CHECK(missingOf(s).size() == all.size() - 1);

    // The advice's DDL, CONCURRENTLY, is valid on this schema (uuid, enums, forced RLS): the
    // command prints it, run statement by statement as psql would, and nothing is missing.
    const DeskRun sql = runDesk({QStringLiteral("indexes"), QStringLiteral("--source"), db.url(),
                                 QStringLiteral("--format"), QStringLiteral("sql")},
                                withinAMinute());
    INFO(sql.err.toStdString());
    REQUIRE(sql.exitCode == 0);
    CHECK(sql.out.contains("CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_deals_figures ON deals "
                           "(tenant_id, stage) INCLUDE ("));
    CHECK_FALSE(sql.out.contains("ix_pdpl_consents_cover")); // present as someone_elses
    applyScript(s, sql.out);
    CHECK(missingOf(s).isEmpty());
    const DeskRun again = runDesk({QStringLiteral("indexes"), QStringLiteral("--source"), db.url(),
                                   QStringLiteral("--format"), QStringLiteral("json")},
                                  withinAMinute());
    REQUIRE(again.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(again.out).object();
    CHECK(json.value(QStringLiteral("missing")).toInt(-1) == 0);
    CHECK(json.value(QStringLiteral("dialect")).toString() == QStringLiteral("postgresql"));
}

TEST_CASE("indexes --format sql applied to a fresh SQLite file leaves nothing missing",
          "[indexes][sqlite][cli]")
{
    auto dir = TestSupport::tempDir();
    const QString path = dir->filePath(QStringLiteral("fresh.sqlite"));
    {
        Session s;
        REQUIRE(s.open(SourceUrl::sqlite(path), Session::OpenMode::AllowEmpty));
        QString error;
        REQUIRE(Ddl::apply(s.database(), &error, Ddl::Part::Tables));
    }
    const QString url = QStringLiteral("sqlite:") + path;
    const DeskRun text =
        runDesk({QStringLiteral("indexes"), QStringLiteral("--source"), url}, withinAMinute());
    INFO(text.err.toStdString());
    REQUIRE(text.exitCode == 0);
    // One line per catalogue entry, each missing here, with what it speeds up.
    const QList<QByteArray> lines = text.out.trimmed().split('\n');
    CHECK(lines.size() == IndexAdvice::catalogue().size());
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.split('\t');
        if (fields.value(0) == "ix_users_tenant")
            CHECK(fields.value(1).startsWith("present (sqlite_autoindex_users"));
        else
            CHECK(fields.value(1) == "missing");
    }
    CHECK(text.out.contains("ix_deals_figures\tmissing\tdeals (tenant_id, stage + currency"));
    const DeskRun sql = runDesk({QStringLiteral("indexes"), QStringLiteral("--source"), url,
                                 QStringLiteral("--format"), QStringLiteral("sql")},
                                withinAMinute());
    REQUIRE(sql.exitCode == 0);
    CHECK(sql.out.contains("CREATE INDEX IF NOT EXISTS ix_deals_figures ON deals (tenant_id, "
                           "stage, currency, closed_at, created_at, value, probability, "
                           "expected_close_date);"));
    CHECK_FALSE(sql.out.contains("CONCURRENTLY")); // not SQLite syntax
    {
        Session s;
        REQUIRE(s.open(SourceUrl::sqlite(path), Session::OpenMode::AllowEmpty));
        applyScript(s, sql.out);
        CHECK(missingOf(s).isEmpty());
    }
    const DeskRun after =
        runDesk({QStringLiteral("indexes"), QStringLiteral("--source"), url}, withinAMinute());
    REQUIRE(after.exitCode == 0);
    CHECK_FALSE(after.out.contains("\tmissing\t"));
    // Without a source: the whole catalogue, as PostgreSQL advice. A bad format is a usage error.
    const DeskRun none =
        runDesk({QStringLiteral("indexes"), QStringLiteral("--format"), QStringLiteral("sql")},
                withinAMinute());
    REQUIRE(none.exitCode == 0);
    // (the expression entries are written for a source's schema: not without one).
    qsizetype plain = 0;
    for (const IndexAdvice::Entry &e : IndexAdvice::catalogue())
        plain += e.expressions ? 0 : 1;
    CHECK(plain == IndexAdvice::catalogue().size() - 1);
    CHECK(none.out.count("CREATE INDEX CONCURRENTLY IF NOT EXISTS") == plain);
    const DeskRun bad =
        runDesk({QStringLiteral("indexes"), QStringLiteral("--format"), QStringLiteral("csv")},
                withinAMinute());
    CHECK(bad.exitCode == 2);
}

TEST_CASE("index advice on PostgreSQL: an invalid index of the catalogue's name is reported and "
          "rebuilt, a BRIN index serves nothing",
          "[indexes][postgres]")
{
    PgDatabase db;
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    Session s;
    REQUIRE(s.open(SourceUrl::parse(db.url()), Session::OpenMode::AllowEmpty));
    QString error;
    REQUIRE(Ddl::apply(s.database(), &error, Ddl::Part::Tables));
    REQUIRE(IndexAdvice::create(s.database(), &error));
    REQUIRE(s.refreshSchema());
    REQUIRE(missingOf(s).isEmpty());
    QSqlQuery q(s.database());
    // Two profiles of one tenant; a unique build CONCURRENTLY under the catalogue's name fails
    // on them and leaves an INVALID index behind, as an interrupted advised build would.
    const QString tenant = QStringLiteral("11111111-1111-4111-8111-111111111111");
    REQUIRE(q.exec(QStringLiteral("select set_config('app.tenant_id', '%1', false)").arg(tenant)));
    REQUIRE(q.exec(QStringLiteral("insert into tenants (name, slug, id) values ('T', 't', '%1')")
                       .arg(tenant)));
    REQUIRE(
        q.exec(QStringLiteral(
                   "insert into company_profiles (company_name, tenant_id, id) values ('A', '%1', "
                   "'22222222-2222-4222-8222-222222222221'), ('B', '%1', "
                   "'22222222-2222-4222-8222-222222222222')")
                   .arg(tenant)));
    REQUIRE(q.exec(QStringLiteral("drop index ix_profiles_tenant")));
    CHECK_FALSE(q.exec(QStringLiteral(
        "create unique index concurrently ix_profiles_tenant on company_profiles (tenant_id)")));
    REQUIRE(q.exec(QStringLiteral("select x.indisvalid from pg_index x join pg_class c on c.oid = "
                                  "x.indexrelid where c.relname = 'ix_profiles_tenant'")));
    REQUIRE(q.next());
    REQUIRE_FALSE(q.value(0).toBool());
    // A BRIN index on the keys of ix_deals_tenant_closed cannot answer the ordered reads.
    REQUIRE(q.exec(QStringLiteral("drop index ix_deals_tenant_closed")));
    REQUIRE(q.exec(QStringLiteral("create index deals_brin on deals using brin (tenant_id, "
                                  "closed_at)")));
    const QStringList missing = missingOf(s);
    CHECK(missing.size() == 2);
    CHECK(missing.contains(QStringLiteral("ix_profiles_tenant")));
    CHECK(missing.contains(QStringLiteral("ix_deals_tenant_closed")));

    // The command says which is invalid, in text and JSON, and its SQL drops it first.
    const DeskRun text =
        runDesk({QStringLiteral("indexes"), QStringLiteral("--source"), db.url()}, withinAMinute());
    INFO(text.err.toStdString());
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains("ix_profiles_tenant\tinvalid (ix_profiles_tenant exists but cannot "
                            "be used)\t"));
    CHECK(text.out.contains("ix_deals_tenant_closed\tmissing\t"));
    const DeskRun json = runDesk({QStringLiteral("indexes"), QStringLiteral("--source"), db.url(),
                                  QStringLiteral("--format"), QStringLiteral("json")},
                                 withinAMinute());
    REQUIRE(json.exitCode == 0);
    int seen = 0;
    for (const QJsonValue &v :
         QJsonDocument::fromJson(json.out).object().value(QStringLiteral("indexes")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("name")).toString() == QStringLiteral("ix_profiles_tenant")) {
            ++seen;
            CHECK(o.value(QStringLiteral("status")).toString() == QStringLiteral("invalid"));
            CHECK(o.value(QStringLiteral("replaces")).toString() ==
                  QStringLiteral("ix_profiles_tenant"));
        }
    }
    CHECK(seen == 1);
    const DeskRun sql = runDesk({QStringLiteral("indexes"), QStringLiteral("--source"), db.url(),
                                 QStringLiteral("--format"), QStringLiteral("sql")},
                                withinAMinute());
    REQUIRE(sql.exitCode == 0);
    CHECK(sql.out.contains("DROP INDEX CONCURRENTLY IF EXISTS ix_profiles_tenant;\nCREATE INDEX "
                           "CONCURRENTLY IF NOT EXISTS ix_profiles_tenant ON company_profiles "
                           "(tenant_id);"));
    CHECK_FALSE(sql.out.contains("DROP INDEX CONCURRENTLY IF EXISTS ix_deals_tenant_closed"));
    // Applied as psql would: the advice converges.
    applyScript(s, sql.out);
    CHECK(missingOf(s).isEmpty());
}

TEST_CASE("indexes --format sql without a source runs on a plain Dealix PostgreSQL schema",
          "[indexes][postgres][cli]")
{
    PgDatabase db;
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    Session s;
    REQUIRE(s.open(SourceUrl::parse(db.url()), Session::OpenMode::AllowEmpty));
    QString error;
    REQUIRE(Ddl::apply(s.database(), &error, Ddl::Part::Tables));
    // The plain Dealix schema: none of the enhanced columns (approval_requests.sla_deadline_at,
    // pdpl_consents.granted_at, ...).
    REQUIRE(s.refreshSchema());
    QSqlQuery q(s.database());
    int dropped = 0;
    for (const DealixSchema::Table &t : DealixSchema::tables()) {
        for (const QString &c : t.optionalColumns) {
            if (!s.schema().hasColumn(t.name, c))
                continue;
            REQUIRE(q.exec(QStringLiteral("alter table %1 drop column %2").arg(t.name, c)));
            ++dropped;
        }
    }
    REQUIRE(dropped > 0);
    REQUIRE(s.refreshSchema());
    REQUIRE_FALSE(s.schema().hasColumn(QStringLiteral("approval_requests"),
                                       QStringLiteral("sla_deadline_at")));
    const DeskRun sql =
        runDesk({QStringLiteral("indexes"), QStringLiteral("--format"), QStringLiteral("sql")},
                withinAMinute());
    INFO(sql.err.toStdString());
    REQUIRE(sql.exitCode == 0);
    // (the expression entries are written for a source's schema: not without one).
    qsizetype plainCount = 0;
    for (const IndexAdvice::Entry &e : IndexAdvice::catalogue())
        plainCount += e.expressions ? 0 : 1;
    CHECK(plainCount == IndexAdvice::catalogue().size() - 1);
    CHECK(sql.out.count("CREATE INDEX CONCURRENTLY IF NOT EXISTS") == plainCount);
    CHECK_FALSE(sql.out.contains("INCLUDE (created_at, reviewed_at, updated_at, sla_deadline_at"));
    CHECK(sql.out.contains("-- Left out, only the enhanced schema has them: sla_deadline_at"));
    // Every statement runs on the plain schema, and then nothing is missing there but the
    // expression entry, which only the advice for a source writes: with --source it is
    // written for this schema, and once applied nothing is missing at all.
    applyScript(s, sql.out);
    CHECK(missingOf(s) == QStringList{QStringLiteral("ix_approvals_queue_rank")});
    const DeskRun withSource =
        runDesk({QStringLiteral("indexes"), QStringLiteral("--source"), db.url(),
                 QStringLiteral("--format"), QStringLiteral("sql")},
                withinAMinute());
    INFO(withSource.err.toStdString());
    REQUIRE(withSource.exitCode == 0);
    CHECK(withSource.out.count("CREATE INDEX CONCURRENTLY IF NOT EXISTS") == 1);
    applyScript(s, withSource.out);
    CHECK(missingOf(s).isEmpty());
}

TEST_CASE("the queue's expression index on PostgreSQL: detected by its expressions, serves the "
          "page",
          "[indexes][postgres][approvals]")
{
    PgDatabase db;
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    auto s = std::make_unique<Session>();
    REQUIRE(s->open(SourceUrl::parse(db.url()), Session::OpenMode::AllowEmpty));
    QString error;
    const bool loaded =
        ExecutiveFixture::load(*s, ExecutiveFixture::ApprovalSchema::Enhanced, &error);
    INFO(error.toStdString());
    REQUIRE(loaded);
    ApprovalChecks::checkQueueIndex(*s);

    // priority as a native enum with upper-case labels: its cast to text is not immutable, no
    // index can hold the rank, so none is advised (not a DDL PostgreSQL would refuse); the queue
    // reads the same order.
    QSqlQuery q(s->database());
    REQUIRE(q.exec(QStringLiteral("drop index queue_by_rank")));
    REQUIRE(q.exec(QStringLiteral("create type approvalpriority as enum ('CRITICAL', 'HIGH', "
                                  "'NORMAL', 'LOW')")));
    REQUIRE(q.exec(QStringLiteral("alter table approval_requests alter column priority type "
                                  "approvalpriority using cast(upper(priority) as "
                                  "approvalpriority)")));
    REQUIRE(s->refreshSchema());
    const Result<QList<IndexAdvice::Status>> r = IndexAdvice::detect(*s);
    REQUIRE(r.ok());
    for (const IndexAdvice::Status &st : r.value())
        CHECK(st.entry.name != QStringLiteral("ix_approvals_queue_rank"));
    CHECK_FALSE(q.exec(QStringLiteral("create index e on approval_requests "
                                      "((lower(cast(priority as text))))")));
    QList<ApprovalQueue::Item> items;
    REQUIRE(ApprovalQueue::page(*s, ApprovalQueue::Filter(), ExecutiveFixture::asOf(), {}, 200,
                                &items, &error));
    QStringList ids;
    for (const ApprovalQueue::Item &it : std::as_const(items))
        ids << it.id.right(2);
    CHECK(ids == QStringList{QStringLiteral("02"), QStringLiteral("06"), QStringLiteral("03"),
                             QStringLiteral("01"), QStringLiteral("05"), QStringLiteral("08"),
                             QStringLiteral("04")});
}
