// Tests against a real PostgreSQL server (the pg_server CTest fixture), connecting as a plain
// role so that Dealix's forced row-level security applies. They fail when the server is not
// there; they never skip.
#include "models/approvals/approvalqueue.h"
#include "models/compliance/compliancechecks.h"
#include "models/compliance/compliancematrix.h"
#include "models/connectors/connectorboard.h"
#include "models/evidence/evidencepacks.h"
#include "models/executive/executivesnapshot.h"
#include "models/overview/sourceoverview.h"
#include "models/source/ddl.h"
#include "models/source/demogenerator.h"
#include "models/source/offlinecopy.h"
#include "models/source/session.h"
#include "models/weekly/weeklyreview.h"
#include "tests/support/approvalchecks.h"
#include "tests/support/approvaldetailfixture.h"
#include "tests/support/boardsfixture.h"
#include "tests/support/compliancefixture.h"
#include "tests/support/executivefixture.h"
#include "tests/support/governancefixture.h"
#include "tests/support/planningfixture.h"
#include "tests/support/smalldisk.h"
#include "tests/support/testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QThread>

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using TestSupport::Fixture;
using TestSupport::PgDatabase;
using TestSupport::rowsOf;

namespace {

std::unique_ptr<Session> openFixture(PgDatabase &db)
{
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    auto s = std::make_unique<Session>();
    REQUIRE(s->open(SourceUrl::parse(db.url()), Session::OpenMode::AllowEmpty));
    QString error;
    const bool loaded = TestSupport::loadFixture(*s, &error);
    INFO(error.toStdString());
    REQUIRE(loaded);
    return s;
}

qint64 scalar(const Session &s, const QString &sql)
{
    QSqlQuery q(s.database());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("the server is there and the test role is not a superuser", "[postgres]")
{
    const auto &server = TestSupport::PgServer::get();
    INFO(server.error.toStdString());
    REQUIRE(server.ok);
    PgDatabase db;
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    Session s;
    REQUIRE(s.open(SourceUrl::parse(db.url()), Session::OpenMode::AllowEmpty));
    CHECK(scalar(s, QStringLiteral("select count(*) from pg_roles where rolname = current_user and "
                                   "not rolsuper and not rolbypassrls")) == 1);
}

TEST_CASE("the PostgreSQL DDL mirrors a real Dealix database", "[postgres][schema]")
{
    PgDatabase db;
    auto s = openFixture(db);
    // Native enum types whose labels are the upper-case SQLAlchemy member names.
    QSqlQuery q(s->database());
    REQUIRE(q.exec(QStringLiteral(
        "select string_agg(e.enumlabel, ',' order by e.enumsortorder) from pg_type t "
        "join pg_enum e on e.enumtypid = t.oid where t.typname = 'compliancestatus'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() ==
          QStringLiteral("COMPLIANT,NON_COMPLIANT,PARTIAL,NOT_APPLICABLE"));
    CHECK(s->schema().isEnumColumn(QStringLiteral("evidence_packs"), QStringLiteral("status")));
    CHECK(s->schema().columnType(QStringLiteral("deals"), QStringLiteral("value")) ==
          QStringLiteral("numeric"));
    CHECK(s->schema().columnType(QStringLiteral("approval_requests"), QStringLiteral("payload")) ==
          QStringLiteral("jsonb"));
    CHECK(s->schema().columnType(QStringLiteral("deals"), QStringLiteral("closed_at")) ==
          QStringLiteral("timestamptz"));
    CHECK(s->schema().columnType(QStringLiteral("deals"), QStringLiteral("id")) ==
          QStringLiteral("uuid"));
    // Comparing an enum column with a lower-case literal is an error, as on a real Dealix
    // database (docs/dealix-data.md "What a production database looks like"): readers must
    // compare as text.
    QSqlQuery bad(s->database());
    CHECK_FALSE(bad.exec(
        QStringLiteral("select count(*) from compliance_controls where status = 'partial'")));
    CHECK(bad.lastError().text().contains(QStringLiteral("invalid input value for enum")));
    // Row-level security is enabled and forced on the tenant tables, not on tenants/users.
    CHECK(scalar(*s, QStringLiteral(
                         "select count(*) from pg_class where relname in "
                         "('deals','approval_requests','evidence_packs',"
                         "'audit_logs','consents') and relrowsecurity and relforcerowsecurity")) ==
          5);
    CHECK(scalar(*s, QStringLiteral("select count(*) from pg_class where relname in "
                                    "('tenants','users') and relrowsecurity")) == 0);
}

TEST_CASE("forced RLS: without app.tenant_id the plain role sees no rows", "[postgres][isolation]")
{
    PgDatabase db;
    auto loader = openFixture(db);
    Session s;
    REQUIRE(s.open(SourceUrl::parse(db.url())));
    CHECK(s.rlsTenant().isEmpty());
    CHECK(scalar(s, QStringLiteral("select count(*) from deals")) == 0);
    CHECK(scalar(s, QStringLiteral("select count(*) from tenants")) == 2); // tenants has no RLS
}

TEST_CASE("the session sets app.tenant_id and sees only its tenant", "[postgres][isolation]")
{
    PgDatabase db;
    auto loader = openFixture(db);
    Session s;
    REQUIRE(s.open(SourceUrl::parse(db.url())));
    REQUIRE(s.selectTenant(QStringLiteral("alpha")));
    CHECK(s.rlsTenant() == QString::fromLatin1(Fixture::AlphaId));
    // Even an unscoped query returns alpha's rows only: the database enforces it too.
    CHECK(scalar(s, QStringLiteral("select count(*) from deals")) == 3);
    SourceOverview a;
    QString error;
    REQUIRE(SourceOverview::compute(s, QDateTime::currentDateTimeUtc(), &a, &error));
    CHECK(rowsOf(a, QStringLiteral("users")) == 2);
    CHECK(rowsOf(a, QStringLiteral("deals")) == 3);
    CHECK(rowsOf(a, QStringLiteral("approval_requests")) == 2);
    CHECK(rowsOf(a, QStringLiteral("compliance_controls")) == 1);
    CHECK(a.warnings.isEmpty());

    REQUIRE(s.selectTenant(QStringLiteral("beta")));
    CHECK(s.rlsTenant() == QString::fromLatin1(Fixture::BetaId));
    CHECK(scalar(s, QStringLiteral("select count(*) from deals")) == 5);
    SourceOverview b;
    REQUIRE(SourceOverview::compute(s, QDateTime::currentDateTimeUtc(), &b, &error));
    CHECK(rowsOf(b, QStringLiteral("deals")) == 5);
    CHECK(rowsOf(b, QStringLiteral("compliance_controls")) == 0);

    // RLS refuses a write into another tenant's rows.
    QSqlQuery q(s.database());
    q.prepare(QStringLiteral("insert into deals (id, tenant_id, title) values (?, ?, ?)"));
    q.addBindValue(QStringLiteral("33333333-3333-4333-8333-333333333333"));
    q.addBindValue(QString::fromLatin1(Fixture::AlphaId));
    q.addBindValue(QStringLiteral("smuggled"));
    CHECK_FALSE(q.exec());
    CHECK(q.lastError().text().contains(QStringLiteral("row-level security")));
}

TEST_CASE("zero rows everywhere on PostgreSQL is reported as a configuration problem",
          "[postgres][isolation]")
{
    PgDatabase db;
    auto loader = openFixture(db);
    Session s;
    REQUIRE(s.open(SourceUrl::parse(db.url())));
    REQUIRE(s.selectTenant(QStringLiteral("alpha")));
    // Simulate a session whose app.tenant_id was lost.
    REQUIRE(s.setRlsTenant(QStringLiteral("00000000-0000-0000-0000-000000000000")));
    SourceOverview o;
    QString error;
    REQUIRE(SourceOverview::compute(s, QDateTime::currentDateTimeUtc(), &o, &error));
    CHECK(o.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("app.tenant_id")));
}

TEST_CASE("the demo generator fills PostgreSQL under forced RLS", "[postgres][demo]")
{
    PgDatabase db;
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    Session s;
    REQUIRE(s.open(SourceUrl::parse(db.url()), Session::OpenMode::AllowEmpty));
    DemoOptions o;
    o.scale = 0.1;
    o.now = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
    DemoStats stats;
    QString error;
    const bool generated = DemoGenerator::generate(s, o, &stats, &error);
    INFO(error.toStdString());
    REQUIRE(generated);
    REQUIRE(s.selectTenant(QStringLiteral("najd-trading")));
    // 300 deals for the first tenant at scale 0.1 (3000 × weight 1 × 0.1).
    CHECK(scalar(s, QStringLiteral("select count(*) from deals")) == 300);
    CHECK(
        scalar(
            s,
            QStringLiteral(
                "select count(*) from compliance_controls where status::text = 'NON_COMPLIANT'")) >
        0);
    CHECK(stats.rowsPerTable.value(QStringLiteral("deals")) == 510);
    // Every request about a strategic deal or a deal points at a row of its own tenant.
    for (const auto &[type, table] :
         {std::pair{"strategic_deal", "strategic_deals"}, std::pair{"deal", "deals"}}) {
        INFO(type);
        const QString where =
            QStringLiteral(" from approval_requests r where lower(r.resource_type) = '%1'")
                .arg(QLatin1String(type));
        const qint64 all = scalar(s, QStringLiteral("select count(*)") + where);
        CHECK(all > 0);
        CHECK(scalar(s, QStringLiteral("select count(*)") + where +
                            QStringLiteral(" and exists (select 1 from %1 x where cast(x.id as "
                                           "text) = cast(r.resource_id as text) and "
                                           "x.tenant_id = r.tenant_id)")
                                .arg(QLatin1String(table))) == all);
    }
}

TEST_CASE("the plain Dealix schema on PostgreSQL: no enhanced approval columns, no optional tables",
          "[postgres][demo][schema]")
{
    PgDatabase db;
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    Session s;
    REQUIRE(s.open(SourceUrl::parse(db.url()), Session::OpenMode::AllowEmpty));
    QString error;
    REQUIRE(Ddl::apply(s.database(), &error));
    // Take the database back to what Dealix itself creates (README "Rules: Dealix schema").
    QSqlQuery q(s.database());
    for (const char *sql :
         {"alter table approval_requests drop column priority, drop column category, "
          "drop column escalation_level, drop column sla_deadline_at",
          "drop table revenue_targets", "drop table risks", "drop table connector_probes",
          "drop table compliance_scan_results"}) {
        INFO(sql);
        REQUIRE(q.exec(QString::fromLatin1(sql)));
    }
    REQUIRE(s.refreshSchema());
    DemoOptions o;
    o.scale = 0.1;
    o.now = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
    const bool generated = DemoGenerator::generate(s, o, nullptr, &error);
    INFO(error.toStdString());
    REQUIRE(generated);
    REQUIRE(s.selectTenant(QStringLiteral("redsea-logistics")));
    CHECK_FALSE(
        s.schema().hasColumn(QStringLiteral("approval_requests"), QStringLiteral("priority")));
    // The SLA then lives only in payload._dealix_sla, as on a real Dealix database.
    CHECK(scalar(s, QStringLiteral(
                        "select count(*) from approval_requests where status = 'pending' "
                        "and payload->'_dealix_sla'->>'breach_threshold_hours' is null")) == 0);
    CHECK(scalar(s, QStringLiteral(
                        "select count(*) from approval_requests where status = 'pending'")) > 0);
    SourceOverview overview;
    REQUIRE(SourceOverview::compute(s, QDateTime::currentDateTimeUtc(), &overview, &error));
    CHECK(rowsOf(overview, QStringLiteral("risks")) == -1);
    CHECK(overview.warnings.isEmpty()); // optional tables missing is no warning
}

TEST_CASE("PostgreSQL connection failures are clear, quick and name the source",
          "[postgres][bad-input]")
{
    const auto &server = TestSupport::PgServer::get();
    REQUIRE(server.ok);

    SECTION("wrong password")
    {
        const QByteArray saved = qgetenv("PGPASSWORD");
        qputenv("PGPASSWORD", "definitely-wrong");
        Session s;
        CHECK_FALSE(s.open(SourceUrl::parse(server.url(server.database))));
        qputenv("PGPASSWORD", saved);
        CHECK(s.errorKind() == Session::ErrorKind::Unavailable);
        // Named by host, port and database; the role is user-info and never printed.
        CHECK(s.errorString().contains(QStringLiteral("postgresql://***@%1:%2/%3")
                                           .arg(server.host)
                                           .arg(server.port)
                                           .arg(server.database)));
        CHECK_FALSE(s.errorString().contains(server.user + QLatin1Char('@')));
        CHECK(s.errorString().contains(QStringLiteral("password authentication failed")));
        CHECK_FALSE(s.errorString().contains(QStringLiteral("definitely-wrong")));
    }
    SECTION("password from a pgpass file")
    {
        QTemporaryFile pgpass;
        REQUIRE(pgpass.open());
        pgpass.write(QStringLiteral("%1:%2:*:%3:%4\n")
                         .arg(server.host)
                         .arg(server.port)
                         .arg(server.user, server.password)
                         .toUtf8());
        pgpass.flush();
        pgpass.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QByteArray saved = qgetenv("PGPASSWORD");
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", pgpass.fileName().toUtf8());
        Session s;
        const bool ok =
            s.open(SourceUrl::parse(server.url(server.database)), Session::OpenMode::AllowEmpty);
        qunsetenv("PGPASSFILE");
        qputenv("PGPASSWORD", saved);
        INFO(s.errorString().toStdString());
        CHECK(ok);
    }
    SECTION("nothing listening: refused at once")
    {
        QElapsedTimer timer;
        timer.start();
        Session s;
        CHECK_FALSE(
            s.open(SourceUrl::parse(QStringLiteral("postgresql://dealix_app@127.0.0.1:1/dealix"))));
        CHECK(timer.elapsed() < 10000);
        CHECK(s.errorString().contains(QStringLiteral("postgresql://***@127.0.0.1:1/dealix")));
        CHECK_FALSE(s.errorString().contains(QStringLiteral("dealix_app")));
        CHECK(s.errorString().contains(QStringLiteral("refused"), Qt::CaseInsensitive));
    }
    SECTION("a host that accepts but never answers: an error within 10 seconds")
    {
        // A listening socket that is never accept()ed: the kernel completes the handshake and
        // the server stays silent, like a hung or firewalled host.
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        REQUIRE(fd >= 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = 0;
        REQUIRE(::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0);
        REQUIRE(::listen(fd, 4) == 0);
        socklen_t len = sizeof addr;
        REQUIRE(::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0);
        const int port = ntohs(addr.sin_port);
        QElapsedTimer timer;
        timer.start();
        Session s;
        CHECK_FALSE(s.open(SourceUrl::parse(
            QStringLiteral("postgresql://dealix_app@127.0.0.1:%1/dealix").arg(port))));
        const qint64 ms = timer.elapsed();
        ::close(fd);
        INFO("took " << ms << " ms: " << s.errorString().toStdString());
        CHECK(ms < 10000);
        CHECK(s.errorString().contains(QStringLiteral("127.0.0.1:%1").arg(port)));
        CHECK(s.errorString().contains(QStringLiteral("timeout"), Qt::CaseInsensitive));
    }
}

namespace {
// A session on a fresh test database, loaded by load(session, &error).
template <typename Load> std::unique_ptr<Session> loadedPg(PgDatabase &db, Load load)
{
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    auto s = std::make_unique<Session>();
    REQUIRE(s->open(SourceUrl::parse(db.url()), Session::OpenMode::AllowEmpty));
    QString error;
    const bool loaded = load(*s, &error);
    INFO(error.toStdString());
    REQUIRE(loaded);
    return s;
}

std::unique_ptr<Session> executiveFixture(PgDatabase &db, ExecutiveFixture::ApprovalSchema schema)
{
    return loadedPg(db, [schema](Session &s, QString *error) {
        return ExecutiveFixture::load(s, schema, error);
    });
}
} // namespace

TEST_CASE("executive room figures on PostgreSQL, enhanced approval columns",
          "[postgres][executive]")
{
    PgDatabase db;
    auto s = executiveFixture(db, ExecutiveFixture::ApprovalSchema::Enhanced);
    ExecutiveFixture::checkExecutiveFigures(*s);
    ExecutiveFixture::checkEmptyTenant(*s);
}

TEST_CASE("a tenant PostgreSQL shows no rows of is said when it is chosen, not shown as zeros",
          "[postgres][isolation]")
{
    PgDatabase db;
    auto s = executiveFixture(db, ExecutiveFixture::ApprovalSchema::Enhanced);
    REQUIRE(s->selectTenant(QStringLiteral("alpha")));
    CHECK(s->visibilityWarning().isEmpty());
    // The fixture's tenant with nothing: from the session, indistinguishable from rows that
    // row-level security hides.
    REQUIRE(s->selectTenant(QStringLiteral("empty")));
    CHECK(s->visibilityWarning().contains(QStringLiteral("no rows")));
    CHECK(s->visibilityWarning().contains(s->tenantId()));
    REQUIRE(s->selectTenant(QStringLiteral("alpha")));
    CHECK(s->visibilityWarning().isEmpty());
}

TEST_CASE("rows without a creation time exist at every as-of: the figures do not change",
          "[postgres][executive]")
{
    // Dealix's created_at has only a Python-side default: a row inserted otherwise has none.
    PgDatabase db;
    auto s = executiveFixture(db, ExecutiveFixture::ApprovalSchema::Enhanced);
    REQUIRE(s->selectTenant(QStringLiteral("alpha")));
    ExecutiveFixture::clearCreationTimes(*s);
    ExecutiveFixture::checkExecutiveFigures(*s);
}

TEST_CASE("pending requests without a creation time: listed in full across pages, counted as "
          "breached",
          "[postgres][approvals]")
{
    PgDatabase db;
    auto s = executiveFixture(db, ExecutiveFixture::ApprovalSchema::Enhanced);
    REQUIRE(s->selectTenant(QStringLiteral("alpha")));
    const QDateTime t = ExecutiveFixture::asOf();
    ApprovalQueue::Counters before;
    QString error;
    REQUIRE(ApprovalQueue::counters(*s, t, &before, &error));
    QSqlQuery q(s->database());
    // Seven more pending requests, high priority, with no creation time and no deadline column
    // value: their SLA cannot be known.
    REQUIRE(q.exec(QStringLiteral(
        "create temp table k as select * from approval_requests where status = 'pending' "
        "limit 1")));
    REQUIRE(q.exec(QStringLiteral("update k set created_at = null, sla_deadline_at = null, "
                                  "priority = 'high', payload = '{}'")));
    for (int i = 0; i < 7; ++i) {
        REQUIRE(q.exec(QStringLiteral("update k set id = gen_random_uuid()")));
        REQUIRE(q.exec(QStringLiteral("insert into approval_requests select * from k")));
    }
    ApprovalQueue::Counters after;
    REQUIRE(ApprovalQueue::counters(*s, t, &after, &error));
    CHECK(after.pending == before.pending + 7);
    CHECK(after.breach == before.breach + 7);
    CHECK(after.warning == before.warning);
    // Pages of three: every pending request exactly once, the count and the list agree.
    ApprovalQueue::Filter pending;
    ApprovalQueue::Cursor cursor;
    QSet<QString> seen;
    int unknown = 0;
    for (int guard = 0; guard < 100; ++guard) {
        QList<ApprovalQueue::Item> items;
        REQUIRE(ApprovalQueue::page(*s, pending, t, cursor, 3, &items, &error));
        if (items.isEmpty())
            break;
        for (const ApprovalQueue::Item &it : std::as_const(items)) {
            CHECK_FALSE(seen.contains(it.id));
            seen.insert(it.id);
            if (!it.createdAt.isValid()) {
                ++unknown;
                CHECK(it.slaState(t) == QLatin1String("breach"));
            }
        }
        cursor = ApprovalQueue::cursorOf(items.last());
    }
    CHECK(seen.size() == after.pending);
    CHECK(unknown == 7);
}

TEST_CASE("executive room and weekly figures on PostgreSQL, plain Dealix schema",
          "[postgres][executive][weekly]")
{
    PgDatabase db;
    auto s = executiveFixture(db, ExecutiveFixture::ApprovalSchema::Plain);
    ExecutiveFixture::checkExecutiveFigures(*s);
    ExecutiveFixture::checkWeeklyFigures(*s);
    ExecutiveFixture::checkPeriodBoundaries(*s);
    ExecutiveFixture::checkPreviousPeriods(*s);
}

TEST_CASE("approval queue and decisions on PostgreSQL, both schemas", "[postgres][approvals]")
{
    for (auto schema :
         {ExecutiveFixture::ApprovalSchema::Enhanced, ExecutiveFixture::ApprovalSchema::Plain}) {
        PgDatabase db;
        auto s = executiveFixture(db, schema);
        ApprovalChecks::checkQueue(*s);
        ApprovalChecks::checkDecisions(*s);
    }
}

TEST_CASE("the selected request in context on PostgreSQL under forced RLS: deal, value, "
          "counterpart, packet, people, history, and another tenant's record not shown",
          "[postgres][approvals][detail]")
{
    PgDatabase db;
    auto s = loadedPg(db, [](Session &session, QString *error) {
        return ApprovalDetailFixture::load(session, error);
    });
    ApprovalDetailFixture::checkDetail(*s);
}

TEST_CASE("times in mixed forms on PostgreSQL: microseconds, offsets, keyset paging",
          "[postgres][approvals]")
{
    PgDatabase db;
    auto s = executiveFixture(db, ExecutiveFixture::ApprovalSchema::Enhanced);
    ApprovalChecks::checkTimeForms(*s);
}

TEST_CASE(
    "a race on PostgreSQL: two processes decide the same request, 50 times, one wins each time",
    "[postgres][approvals][race]")
{
    PgDatabase db;
    auto s = executiveFixture(db, ExecutiveFixture::ApprovalSchema::Plain);
    REQUIRE(s->selectTenant(QStringLiteral("weekly")));
    QStringList ids;
    QSqlQuery q(s->database());
    REQUIRE(s->database().transaction());
    for (int i = 0; i < 50; ++i) {
        const QString id =
            QStringLiteral("7ace%1-0000-4000-8000-000000000000").arg(i, 4, 10, QLatin1Char('0'));
        q.prepare(QStringLiteral(
            "insert into approval_requests (id, tenant_id, channel, resource_type, resource_id, "
            "payload, "
            "status, requested_by_id) values (?, ?, 'sms', 'deal', ?, '{}', 'pending', ?)"));
        q.addBindValue(id);
        q.addBindValue(s->tenantId());
        q.addBindValue(QStringLiteral("f0000000-0000-4000-8000-000000000000"));
        q.addBindValue(QStringLiteral("e0000000-0000-4000-8000-000000000004"));
        REQUIRE(q.exec());
        ids << id;
    }
    REQUIRE(s->database().commit());
    const QStringList common = {QStringLiteral("--source"), db.url(),
                                QStringLiteral("--tenant"), QStringLiteral("weekly"),
                                QStringLiteral("--as"),     QStringLiteral("weekly@x.sa")};
    int oneWinner = 0;
    for (const QString &id : std::as_const(ids)) {
        QProcess approve;
        QProcess reject;
        approve.start(QStringLiteral(DEALIX_DESK_BINARY),
                      QStringList{QStringLiteral("decide"), id, QStringLiteral("approve")} +
                          common);
        reject.start(QStringLiteral(DEALIX_DESK_BINARY),
                     QStringList{QStringLiteral("decide"), id, QStringLiteral("reject"),
                                 QStringLiteral("--note"), QStringLiteral("late")} +
                         common);
        REQUIRE(approve.waitForFinished(30000));
        REQUIRE(reject.waitForFinished(30000));
        QList<int> codes = {approve.exitCode(), reject.exitCode()};
        std::sort(codes.begin(), codes.end());
        INFO(id.toStdString() << " " << approve.readAllStandardError().toStdString()
                              << reject.readAllStandardError().toStdString());
        CHECK(codes == QList<int>{0, 5}); // one decided, the other told it lost
        QSqlQuery a(s->database());
        a.prepare(QStringLiteral("select count(*) from audit_logs where entity_type = "
                                 "'approval_request' and entity_id = ?"));
        a.addBindValue(id);
        REQUIRE(a.exec());
        REQUIRE(a.next());
        CHECK(a.value(0).toInt() == 1);
        oneWinner += codes == QList<int>{0, 5} && a.value(0).toInt() == 1 ? 1 : 0;
    }
    CHECK(oneWinner == 50);
}

namespace {
std::unique_ptr<Session> governanceFixture(PgDatabase &db)
{
    return loadedPg(db, GovernanceFixture::load);
}
} // namespace

TEST_CASE("evidence packs on PostgreSQL: JSONB contents verified as Dealix does, review",
          "[postgres][evidence]")
{
    PgDatabase db;
    auto s = governanceFixture(db);
    GovernanceFixture::checkPackList(*s);
    GovernanceFixture::checkPackReview(*s);
}

TEST_CASE("connector board, disable and probe write-back on PostgreSQL", "[postgres][connectors]")
{
    {
        PgDatabase db;
        auto s = governanceFixture(db);
        GovernanceFixture::checkConnectorBoard(*s);
        GovernanceFixture::checkConnectorDisable(*s);
    }
    PgDatabase db;
    auto s = governanceFixture(db);
    GovernanceFixture::checkProbeWrite(*s);
}

namespace {
std::unique_ptr<Session> complianceFixture(PgDatabase &db)
{
    return loadedPg(db, ComplianceFixture::load);
}
} // namespace

TEST_CASE("compliance checks and check --write on PostgreSQL", "[postgres][compliance]")
{
    {
        PgDatabase db;
        auto s = complianceFixture(db);
        ComplianceFixture::checkResults(*s);
    }
    PgDatabase db;
    auto s = complianceFixture(db);
    ComplianceFixture::checkWrite(*s);
}

TEST_CASE("PDPL-C04 with a request that has no creation time: counted, and not shown in time",
          "[postgres][compliance]")
{
    PgDatabase db;
    auto s = complianceFixture(db);
    REQUIRE(s->selectTenant(QStringLiteral("comp")));
    QSqlQuery q(s->database());
    // The fixture's ten access requests, all answered (one late), plus one still pending whose
    // creation time is unknown: it existed at T and cannot be shown to be under 30 days old.
    REQUIRE(q.exec(QStringLiteral(
        "insert into pdpl_data_requests (id, created_at, updated_at, tenant_id, contact_id, "
        "request_type, status) select gen_random_uuid(), null, now(), tenant_id, contact_id, "
        "request_type, 'pending' from pdpl_data_requests where cast(request_type as text) = "
        "'access' limit 1")));
    const CheckResult c04 =
        ComplianceChecks::run(*s, QStringLiteral("PDPL-C04"), ComplianceFixture::asOf());
    INFO(c04.reason.toStdString());
    CHECK(c04.figures.value(QStringLiteral("requests")).toInt() == 11);
    CHECK(c04.figures.value(QStringLiteral("answered")).toInt() == 10);
    CHECK(c04.figures.value(QStringLiteral("open_older_than_30_days")).toInt() == 1);
    CHECK(c04.status == QLatin1String("non_compliant"));
}

TEST_CASE("stored against live on PostgreSQL: records the data contradicts are counted and said",
          "[postgres][compliance][live]")
{
    PgDatabase db;
    auto s = complianceFixture(db);
    ComplianceFixture::checkContradicted(*s);
}

TEST_CASE("risk heatmap on PostgreSQL: a control rated on what the data shows, both statuses "
          "said",
          "[postgres][compliance][live][risk]")
{
    PgDatabase db;
    auto s = complianceFixture(db);
    ComplianceFixture::checkContradictedRisks(*s);
}

TEST_CASE("PDPL-C04/C05 on PostgreSQL: 30 days from requested_at, created_at on the old shape",
          "[postgres][compliance][requested_at]")
{
    PgDatabase db;
    auto s = complianceFixture(db);
    ComplianceFixture::checkRequestedAt(*s);
}

TEST_CASE("PDPL-C03 on PostgreSQL: 12 months from granted_at, created_at where empty or absent",
          "[postgres][compliance][granted_at]")
{
    PgDatabase db;
    auto s = complianceFixture(db);
    ComplianceFixture::checkGrantedAt(*s);
}

TEST_CASE("NCA-C01 on PostgreSQL: a user whose is_active is NULL is not active",
          "[postgres][compliance][active]")
{
    PgDatabase db;
    auto s = complianceFixture(db);
    ComplianceFixture::checkActiveUsers(*s);
}

TEST_CASE("a live check that fails on PostgreSQL: failed, named, never counted as agreeing",
          "[postgres][compliance][live][failed]")
{
    PgDatabase db;
    auto s = complianceFixture(db);
    ComplianceFixture::checkFailedCheck(*s);
}

TEST_CASE("the PostgreSQL DDL has Dealix's consent enums, request columns and nullable action",
          "[postgres][schema]")
{
    PgDatabase db;
    auto s = complianceFixture(db);
    REQUIRE(s->selectTenant(QStringLiteral("comp")));
    for (const char *column : {"channel", "status"})
        CHECK(s->schema().isEnumColumn(QStringLiteral("consents"), QString::fromLatin1(column)));
    for (const char *column :
         {"requested_at", "completed_at", "response_data", "handled_by", "notes"})
        CHECK(s->schema().hasColumn(QStringLiteral("pdpl_data_requests"),
                                    QString::fromLatin1(column)));
    CHECK_FALSE(
        s->schema().hasColumn(QStringLiteral("pdpl_data_requests"), QStringLiteral("details")));
    CHECK(s->schema().columnType(QStringLiteral("audit_logs"), QStringLiteral("ip_address")) ==
          QStringLiteral("inet"));
    QSqlQuery bad(s->database());
    CHECK_FALSE(
        bad.exec(QStringLiteral("select count(*) from consents where status = 'opted_in'")));
    CHECK(bad.lastError().text().contains(QStringLiteral("invalid input value for enum")));
    CHECK(scalar(*s, QStringLiteral("select count(*) from information_schema.columns where "
                                    "table_name = 'audit_logs' and column_name = 'action' and "
                                    "is_nullable = 'YES'")) == 1);
    // PDPL-C01 reads the legacy consent (OPTED_IN) as text: L4's consent counts.
    const CheckResult c01 =
        ComplianceChecks::run(*s, QStringLiteral("PDPL-C01"), ComplianceFixture::asOf());
    CHECK(c01.figures.value(QStringLiteral("good")).toInt() == 2);
}

TEST_CASE("the PostgreSQL DDL has Dealix's shape: creation times nullable without a default, "
          "tenant_id, id, created_at, updated_at last",
          "[postgres][schema]")
{
    PgDatabase db;
    auto s = complianceFixture(db);
    // Dealix sets created_at and updated_at in Python: nullable, no server default.
    CHECK(scalar(*s, QStringLiteral("select count(*) from information_schema.columns where "
                                    "table_schema = current_schema() and column_name in "
                                    "('created_at', 'updated_at')")) == 40);
    CHECK(scalar(*s, QStringLiteral("select count(*) from information_schema.columns where "
                                    "table_schema = current_schema() and column_name in "
                                    "('created_at', 'updated_at') and (is_nullable = 'NO' or "
                                    "column_default is not null)")) == 0);
    // The columns every model inherits come last, in this order.
    QSqlQuery q(s->database());
    REQUIRE(q.exec(QStringLiteral(
        "select table_name, string_agg(column_name::text, ',' order by ordinal_position desc) "
        "from information_schema.columns where table_schema = current_schema() "
        "group by table_name order by table_name")));
    int tables = 0;
    while (q.next()) {
        const QString table = q.value(0).toString();
        INFO(table.toStdString());
        const QStringList reversed = q.value(1).toString().split(QLatin1Char(','));
        REQUIRE(reversed.size() > 4);
        const QStringList expected =
            table == QLatin1String("tenants")
                ? QStringList{QStringLiteral("updated_at"), QStringLiteral("created_at"),
                              QStringLiteral("id")}
                : QStringList{QStringLiteral("updated_at"), QStringLiteral("created_at"),
                              QStringLiteral("id"), QStringLiteral("tenant_id")};
        CHECK(reversed.mid(0, expected.size()) == expected);
        ++tables;
    }
    CHECK(tables == 20);
    // VARCHAR lengths as Dealix declares them.
    auto length = [&s](const char *table, const char *column) {
        return scalar(*s, QStringLiteral("select character_maximum_length from "
                                         "information_schema.columns where table_schema = "
                                         "current_schema() and table_name = '%1' and "
                                         "column_name = '%2'")
                              .arg(QLatin1String(table), QLatin1String(column)));
    };
    CHECK(length("leads", "source") == 100);
    CHECK(length("strategic_deals", "channel") == 20);
    CHECK(length("company_profiles", "cr_number") == 20);
    // A row inserted without them has none.
    REQUIRE(s->selectTenant(QStringLiteral("comp")));
    REQUIRE(q.exec(QStringLiteral("insert into risks (id, tenant_id, title, likelihood, impact) "
                                  "values (gen_random_uuid(), cast('%1' as uuid), 'r', 1, 1)")
                       .arg(s->tenantId())));
    CHECK(scalar(*s, QStringLiteral("select count(*) from risks where created_at is null and "
                                    "updated_at is null")) == 1);
}

TEST_CASE("NCA-C02 reads row-level security from the catalog, on and off", "[postgres][compliance]")
{
    PgDatabase db;
    auto s = complianceFixture(db);
    REQUIRE(s->selectTenant(QStringLiteral("comp")));
    auto tables = [](const CheckResult &r, const char *key) {
        QStringList out;
        for (const QJsonValue &v : r.figures.value(QLatin1String(key)).toArray())
            out << v.toString();
        return out;
    };
    // As Dealix sets it: forced RLS on its tenant tables, none on users and the pdpl_* tables
    // (README "Rules: Dealix schema"): 4 of the 19 tables with a tenant_id lack it → non-compliant.
    CheckResult r = ComplianceChecks::run(*s, QStringLiteral("NCA-C02"), ComplianceFixture::asOf());
    INFO(r.reason.toStdString());
    CHECK(r.figures.value(QStringLiteral("total")).toInt() == 19);
    CHECK(tables(r, "tables_without_rls") ==
          QStringList{QStringLiteral("pdpl_consent_audit"), QStringLiteral("pdpl_consents"),
                      QStringLiteral("pdpl_data_requests"), QStringLiteral("users")});
    CHECK(r.status == QLatin1String("non_compliant"));
    // RLS on everywhere (enabled, not forced on the four): compliant, the unforced ones listed.
    QSqlQuery q(s->database());
    for (const char *t : {"users", "pdpl_consents", "pdpl_consent_audit", "pdpl_data_requests"})
        REQUIRE(q.exec(QStringLiteral("alter table %1 enable row level security")
                           .arg(QString::fromLatin1(t))));
    s->refreshSchema();
    r = ComplianceChecks::run(*s, QStringLiteral("NCA-C02"), ComplianceFixture::asOf());
    CHECK(r.status == QLatin1String("compliant"));
    CHECK(tables(r, "tables_rls_not_forced").size() == 4);
    // Off on one table: 18 of 19 = 94.7 % → partial, and that table named.
    REQUIRE(q.exec(QStringLiteral("alter table deals disable row level security")));
    r = ComplianceChecks::run(*s, QStringLiteral("NCA-C02"), ComplianceFixture::asOf());
    CHECK(r.status == QLatin1String("partial"));
    CHECK(tables(r, "tables_without_rls") == QStringList{QStringLiteral("deals")});
}

TEST_CASE("offline copy of a PostgreSQL tenant: same figures from the SQLite copy",
          "[postgres][offline]")
{
    PgDatabase db;
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    Session live;
    REQUIRE(live.open(SourceUrl::parse(db.url()), Session::OpenMode::AllowEmpty));
    const QDateTime asOf(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
    DemoOptions o;
    o.scale = 0.1;
    o.now = asOf;
    QString error;
    REQUIRE(DemoGenerator::generate(live, o, nullptr, &error));
    REQUIRE(live.selectTenant(QStringLiteral("najd-trading")));
    auto dir = TestSupport::tempDir();
    const QString path = dir->filePath(QStringLiteral("copy.sqlite"));
    // UUIDs, TIMESTAMPTZ, JSONB, NUMERIC, enums and booleans become the SQLite rendering.
    const bool written = OfflineCopy::write(live, path, asOf, &error);
    INFO(error.toStdString());
    REQUIRE(written);
    Session copy;
    REQUIRE(copy.open(SourceUrl::sqlite(path)));
    REQUIRE(copy.offline().intact);
    REQUIRE(copy.selectTenant(QString()));
    auto same = [](const QJsonObject &a, const QJsonObject &b) {
        QJsonObject x = a;
        QJsonObject y = b;
        x.remove(QStringLiteral("provenance"));
        y.remove(QStringLiteral("provenance"));
        INFO(QJsonDocument(x).toJson(QJsonDocument::Compact).left(400).toStdString());
        INFO(QJsonDocument(y).toJson(QJsonDocument::Compact).left(400).toStdString());
        CHECK(x == y);
    };
    ExecutiveSnapshot e1, e2;
    REQUIRE(ExecutiveSnapshot::compute(live, Period::AllTime, asOf, &e1, &error));
    REQUIRE(ExecutiveSnapshot::compute(copy, Period::AllTime, asOf, &e2, &error));
    same(e1.toJson(), e2.toJson());
    WeeklyReview w1, w2;
    REQUIRE(WeeklyReview::compute(live, asOf, &w1, &error));
    REQUIRE(WeeklyReview::compute(copy, asOf, &w2, &error));
    same(w1.toJson(), w2.toJson());
    ComplianceMatrix m1, m2;
    REQUIRE(ComplianceMatrix::compute(live, {}, asOf, &m1, &error));
    REQUIRE(ComplianceMatrix::compute(copy, {}, asOf, &m2, &error));
    same(m1.toJson(), m2.toJson());
    ConnectorBoard c1, c2;
    REQUIRE(ConnectorBoard::compute(live, {}, asOf, &c1, &error));
    REQUIRE(ConnectorBoard::compute(copy, {}, asOf, &c2, &error));
    same(c1.toJson(), c2.toJson());
    EvidencePackList p1, p2;
    REQUIRE(EvidencePackList::compute(live, {}, asOf, &p1, &error));
    REQUIRE(EvidencePackList::compute(copy, {}, asOf, &p2, &error));
    same(p1.toJson(), p2.toJson());
    CHECK(p2.altered == 1); // the demo's altered pack stays altered, the rest valid
    // The checks that read the same rows give the same results (PDPL-C13 and NCA-C02 are about
    // the PostgreSQL connection and catalog: not assessed on the copy).
    for (const CheckResult &r : ComplianceChecks::runAll(live, asOf)) {
        if (r.controlId == QLatin1String("PDPL-C13") || r.controlId == QLatin1String("NCA-C02"))
            continue;
        INFO(r.controlId.toStdString());
        const CheckResult c = ComplianceChecks::run(copy, r.controlId, asOf);
        CHECK(c.status == r.status);
        CHECK(c.figures == r.figures);
    }
}

TEST_CASE("PDPL-C13 reads this connection's TLS from pg_stat_ssl, with and without",
          "[postgres][compliance]")
{
    PgDatabase db;
    auto s = complianceFixture(db);
    REQUIRE(s->selectTenant(QStringLiteral("comp")));
    CheckResult plain =
        ComplianceChecks::run(*s, QStringLiteral("PDPL-C13"), ComplianceFixture::asOf());
    CHECK(plain.status == QLatin1String("non_compliant"));
    CHECK(plain.reason.contains(QStringLiteral("not encrypted")));
    // The same database over TLS (the test server has a throw-away certificate).
    QString url = db.url();
    url.replace(QStringLiteral("sslmode=disable"), QStringLiteral("sslmode=require"));
    Session tls;
    REQUIRE(tls.open(SourceUrl::parse(url)));
    REQUIRE(tls.selectTenant(QStringLiteral("comp")));
    const CheckResult r =
        ComplianceChecks::run(tls, QStringLiteral("PDPL-C13"), ComplianceFixture::asOf());
    INFO(r.reason.toStdString());
    CHECK(r.status == QLatin1String("compliant"));
    CHECK(r.figures.value(QStringLiteral("ssl")).toBool());
    CHECK(
        r.figures.value(QStringLiteral("tls_version")).toString().startsWith(QLatin1String("TLS")));
}

TEST_CASE("partner pipeline and policy violations on PostgreSQL",
          "[postgres][partners][violations]")
{
    PgDatabase db;
    auto session = loadedPg(db, BoardsFixture::load);
    Session &s = *session;
    BoardsFixture::checkPipeline(s);
    BoardsFixture::checkViolations(s);
    BoardsFixture::checkResolve(s);
}

TEST_CASE("forecast and risk register on PostgreSQL", "[postgres][forecast][risk]")
{
    PgDatabase db;
    {
        // A server whose dates read day first (DateStyle SQL, DMY): the session pins ISO, YMD
        // (Qt's driver sets only ISO), so the months bucket as the fixture says.
        INFO(db.error().toStdString());
        REQUIRE(db.ok());
        Session owner;
        REQUIRE(owner.open(SourceUrl::parse(db.url()), Session::OpenMode::AllowEmpty));
        QSqlQuery alter(owner.database());
        INFO(alter.lastError().text().toStdString());
        REQUIRE(alter.exec(
            QStringLiteral("alter database %1 set datestyle to 'SQL, DMY'").arg(db.name())));
    }
    auto session = loadedPg(db, PlanningFixture::load);
    {
        // The session's own setting (Qt's driver alone would leave "ISO, DMY").
        QSqlQuery style(session->database());
        REQUIRE(style.exec(QStringLiteral("show datestyle")));
        REQUIRE(style.next());
        CHECK(style.value(0).toString() == QLatin1String("ISO, YMD"));
        REQUIRE(style.exec(QStringLiteral("select cast(date '2026-11-02' as text)")));
        REQUIRE(style.next());
        CHECK(style.value(0).toString() == QLatin1String("2026-11-02"));
    }
    Session &s = *session;
    PlanningFixture::checkForecast(s);
    PlanningFixture::checkRisks(s);
    PlanningFixture::checkForecastWithoutTargets(s);
}

TEST_CASE("board pack on PostgreSQL, its connection cut mid-pack: exit 3, the old pack kept, every "
          "cause named",
          "[postgres][files][partial]")
{
    PgDatabase db;
    auto s = openFixture(db);
    auto dir = TestSupport::tempDir();
    const QString pack = dir->filePath(QStringLiteral("good.pdf"));
    const QByteArray old = "last night's whole pack\n";
    {
        QFile f(pack);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(old) == old.size());
    }
    // This session holds a lock the pack's reading of approvals waits for, once the pack has
    // opened the source and chosen the tenant; the waiting backend is then terminated, as a
    // server stopped or restarted under it would be.
    QSqlDatabase holder = s->database();
    REQUIRE(holder.transaction());
    QSqlQuery lock(holder);
    REQUIRE(lock.exec(QStringLiteral("lock table approval_requests in access exclusive mode")));
    QProcess p;
    // One connection: the sections one after the other on the session (a concurrent pack has
    // more connections, each waiting on its own).
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DEALIX_PACK_THREADS"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DEALIX_DESK_BINARY),
            {QStringLiteral("board-pack"), QStringLiteral("--source"), db.url(),
             QStringLiteral("--tenant"), QStringLiteral("alpha"), QStringLiteral("-o"), pack});
    REQUIRE(p.waitForStarted());
    QElapsedTimer timer;
    timer.start();
    int terminated = 0;
    while (terminated == 0 && timer.elapsed() < 60000 && p.state() == QProcess::Running) {
        QSqlQuery kill(holder);
        // Activity is a snapshot per transaction, and this one stays open: a fresh look.
        REQUIRE(kill.exec(QStringLiteral("select pg_stat_clear_snapshot()")));
        kill.prepare(QStringLiteral(
            "select count(pg_terminate_backend(pid)) from pg_stat_activity where datname = ? "
            "and pid <> pg_backend_pid() and wait_event_type = 'Lock'"));
        kill.addBindValue(db.name());
        REQUIRE(kill.exec());
        REQUIRE(kill.next());
        terminated = kill.value(0).toInt();
        if (terminated == 0)
            QThread::msleep(10);
    }
    holder.rollback();
    REQUIRE(p.waitForFinished(120000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    INFO(err.toStdString());
    REQUIRE(terminated == 1);
    CHECK(p.exitCode() == 3);
    QFile f(pack);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == old);
    CHECK(err.contains(QStringLiteral("--allow-partial")));
    // Every failed section has its cause: never "weekly-review: ; approval-center: ;".
    static const QRegularExpression emptyReason(QStringLiteral("\\b[a-z]+(-[a-z]+)*: *(;|\\.|$)"),
                                                QRegularExpression::MultilineOption);
    CHECK_FALSE(err.contains(emptyReason));
    CHECK(err.contains(QStringLiteral("approval-center: ")));
}

TEST_CASE(
    "offline copy of a PostgreSQL tenant whose rows have no creation time: copied as they are, "
    "same figures",
    "[postgres][offline]")
{
    // Dealix's created_at is nullable: the copy's tables must take such rows, not refuse them.
    PgDatabase db;
    auto s = executiveFixture(db, ExecutiveFixture::ApprovalSchema::Enhanced);
    REQUIRE(s->selectTenant(QStringLiteral("alpha")));
    ExecutiveFixture::clearCreationTimes(*s);
    const qint64 undated =
        scalar(*s, QStringLiteral("select count(*) from deals where created_at is null"));
    REQUIRE(undated > 0);
    auto dir = TestSupport::tempDir();
    const QString path = dir->filePath(QStringLiteral("copy.sqlite"));
    QString error;
    const bool written = OfflineCopy::write(*s, path, ExecutiveFixture::asOf(), &error);
    INFO(error.toStdString());
    REQUIRE(written);
    Session copy;
    REQUIRE(copy.open(SourceUrl::sqlite(path)));
    REQUIRE(copy.offline().intact);
    REQUIRE(copy.selectTenant(QStringLiteral("alpha")));
    CHECK(scalar(copy, QStringLiteral("select count(*) from deals where created_at is null")) ==
          undated);
    ExecutiveFixture::checkExecutiveFigures(copy);
}

TEST_CASE("offline copy of a PostgreSQL tenant onto a full disk: no file and the cause named, and "
          "a NUL added to the copy is caught",
          "[postgres][offline][files][disk]")
{
    TestSupport::SmallDisk disk(64);
    INFO(disk.error().toStdString());
    REQUIRE(disk.ok());
    PgDatabase db;
    auto s = openFixture(db);
    REQUIRE(s->selectTenant(QStringLiteral("alpha")));
    const QDateTime asOf(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
    const QString full = disk.filePath(QStringLiteral("copy.sqlite"));
    const QByteArray old = "an older copy\n";
    {
        QFile f(full);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(old) == old.size());
    }
    REQUIRE(disk.fill(0));
    QString error;
    CHECK_FALSE(OfflineCopy::write(*s, full, asOf, &error));
    INFO(error.toStdString());
    CHECK((error.contains(QStringLiteral("disk is full")) ||
           error.contains(QStringLiteral("No space left"))));
    {
        QFile f(full);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.readAll() == old);
    }
    CHECK(disk.files() == QStringList{QStringLiteral("copy.sqlite")});
    // With room: written; then a NUL appended to a stage is a change.
    disk.empty();
    auto dir = TestSupport::tempDir();
    const QString copy = dir->filePath(QStringLiteral("copy.sqlite"));
    REQUIRE(OfflineCopy::write(*s, copy, asOf, &error));
    {
        Session c;
        REQUIRE(c.open(SourceUrl::sqlite(copy)));
        CHECK(c.offline().intact);
    }
    {
        QSqlDatabase e =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("nul"));
        e.setDatabaseName(copy);
        REQUIRE(e.open());
        QSqlQuery q(e);
        REQUIRE(q.exec(QStringLiteral("update deals set stage = stage || char(0) where id = "
                                      "(select min(id) from deals)")));
        e.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("nul"));
    Session c;
    REQUIRE(c.open(SourceUrl::sqlite(copy)));
    CHECK_FALSE(c.offline().intact);
    CHECK(c.offline().problems == QStringList{QStringLiteral("deals was changed")});
}

namespace {
// A loopback port nobody listens on: bound, read back and closed again.
int deadPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0);
    socklen_t len = sizeof addr;
    REQUIRE(::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0);
    ::close(fd);
    return ntohs(addr.sin_port);
}

int serverPort(const Session &s)
{
    QSqlQuery q(s.database());
    REQUIRE(q.exec(QStringLiteral("select inet_server_port()")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}
} // namespace

TEST_CASE("a multi-host URL fails over past a dead first host, and its clones do too",
          "[postgres][url]")
{
    const auto &server = TestSupport::PgServer::get();
    INFO(server.error.toStdString());
    REQUIRE(server.ok);
    PgDatabase db;
    REQUIRE(db.ok());
    const int dead = deadPort();
    const QString base = QStringLiteral("postgresql://%1@127.0.0.1:%2,%3:%4/%5")
                             .arg(server.user)
                             .arg(dead)
                             .arg(server.host)
                             .arg(server.port)
                             .arg(db.name());

    Session s;
    const bool opened = s.open(SourceUrl::parse(base + QStringLiteral("?sslmode=disable")),
                               Session::OpenMode::AllowEmpty);
    INFO(s.errorString().toStdString());
    REQUIRE(opened);
    CHECK(serverPort(s) == server.port);
    CHECK(s.url().toDisplayString() == QStringLiteral("postgresql://***@127.0.0.1:%1,%2:%3/%4"
                                                      "?sslmode=disable")
                                           .arg(dead)
                                           .arg(server.host)
                                           .arg(server.port)
                                           .arg(db.name()));

    // A worker's connection (openClone on another thread) goes through the same list.
    const Session::CloneSpec spec = s.cloneSpec();
    int clonePort = 0;
    QString cloneError;
    QThread *worker = QThread::create([&] {
        Session clone;
        if (!clone.openClone(spec)) {
            cloneError = clone.errorString();
            return;
        }
        QSqlQuery q(clone.database());
        if (q.exec(QStringLiteral("select inet_server_port()")) && q.next())
            clonePort = q.value(0).toInt();
    });
    worker->start();
    REQUIRE(worker->wait(30000));
    delete worker;
    INFO(cloneError.toStdString());
    CHECK(clonePort == server.port);

    SECTION("every host dead: one error naming every host, no role")
    {
        const int dead2 = deadPort();
        Session none;
        CHECK_FALSE(none.open(SourceUrl::parse(QStringLiteral("postgresql://%1@127.0.0.1:%2,"
                                                              "127.0.0.1:%3/%4?sslmode=disable")
                                                   .arg(server.user)
                                                   .arg(dead)
                                                   .arg(dead2)
                                                   .arg(db.name())),
                              Session::OpenMode::AllowEmpty));
        CHECK(none.errorString().contains(
            QStringLiteral("127.0.0.1:%1,127.0.0.1:%2").arg(dead).arg(dead2)));
        CHECK_FALSE(none.errorString().contains(server.user));
    }
}

TEST_CASE("target_session_attrs picks the kind of server libpq accepts", "[postgres][url]")
{
    // The test server is a primary: read-only and standby find no server to accept, the
    // others connect (prefer-standby falls back to the primary when no standby answers).
    const auto &server = TestSupport::PgServer::get();
    INFO(server.error.toStdString());
    REQUIRE(server.ok);
    PgDatabase db;
    REQUIRE(db.ok());
    const int dead = deadPort();
    auto url = [&](const char *attrs) {
        return SourceUrl::parse(QStringLiteral("postgresql://%1@127.0.0.1:%2,%3:%4/%5"
                                               "?sslmode=disable&target_session_attrs=%6")
                                    .arg(server.user)
                                    .arg(dead)
                                    .arg(server.host)
                                    .arg(server.port)
                                    .arg(db.name(), QLatin1String(attrs)));
    };
    for (const char *attrs : {"any", "read-write", "primary", "prefer-standby"}) {
        Session s;
        const bool opened = s.open(url(attrs), Session::OpenMode::AllowEmpty);
        INFO(attrs << ": " << s.errorString().toStdString());
        CHECK(opened);
        if (opened)
            CHECK(serverPort(s) == server.port);
    }
    for (const char *attrs : {"read-only", "standby"}) {
        Session s;
        const bool opened = s.open(url(attrs), Session::OpenMode::AllowEmpty);
        INFO(attrs << ": " << s.errorString().toStdString());
        CHECK_FALSE(opened);
        CHECK(s.errorKind() == Session::ErrorKind::Unavailable);
        // The message says why in the app's words, not only libpq's.
        CHECK(s.errorString().contains(QStringLiteral("target_session_attrs=") +
                                       QLatin1String(attrs) + QStringLiteral(": no server")));
        CHECK(s.errorString().contains(QStringLiteral("prefer-standby")));
        CHECK_FALSE(s.errorString().contains(server.user));
    }
}
