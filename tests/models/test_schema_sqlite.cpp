#include "models/source/ddl.h"
#include "models/source/dealixschema.h"
#include "models/source/schemainfo.h"
#include "models/source/session.h"
#include "tests/support/testsupport.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

TEST_CASE("statement splitting respects quotes, comments and $$ bodies", "[schema]")
{
    const QString script = QStringLiteral("-- a comment; with a semicolon\n"
                                          "CREATE TABLE a (x TEXT DEFAULT 'a;b');\n"
                                          "DO $$ BEGIN PERFORM 1; PERFORM 2; END $$;\n"
                                          "CREATE INDEX i ON a (x)");
    const QStringList parts = Ddl::splitStatements(script);
    REQUIRE(parts.size() == 3);
    CHECK(parts.at(0) == QStringLiteral("CREATE TABLE a (x TEXT DEFAULT 'a;b')"));
    CHECK(parts.at(1) == QStringLiteral("DO $$ BEGIN PERFORM 1; PERFORM 2; END $$"));
    CHECK(parts.at(2) == QStringLiteral("CREATE INDEX i ON a (x)"));
}

TEST_CASE("the SQLite DDL creates every Dealix table with the real column names",
          "[schema][sqlite]")
{
    auto dir = TestSupport::tempDir();
    Session session;
    REQUIRE(session.open(SourceUrl::sqlite(dir->filePath(QStringLiteral("s.sqlite"))),
                         Session::OpenMode::AllowEmpty));
    QString error;
    REQUIRE(Ddl::apply(session.database(), &error));
    REQUIRE(session.refreshSchema());
    const SchemaInfo &schema = session.schema();
    const QStringList required = {QStringLiteral("tenants"),
                                  QStringLiteral("users"),
                                  QStringLiteral("leads"),
                                  QStringLiteral("deals"),
                                  QStringLiteral("approval_requests"),
                                  QStringLiteral("integration_sync_states"),
                                  QStringLiteral("compliance_controls"),
                                  QStringLiteral("contradictions"),
                                  QStringLiteral("strategic_deals"),
                                  QStringLiteral("company_profiles"),
                                  QStringLiteral("evidence_packs"),
                                  QStringLiteral("consents"),
                                  QStringLiteral("pdpl_consents"),
                                  QStringLiteral("pdpl_consent_audit"),
                                  QStringLiteral("pdpl_data_requests"),
                                  QStringLiteral("audit_logs"),
                                  QStringLiteral("revenue_targets"),
                                  QStringLiteral("risks"),
                                  QStringLiteral("connector_probes"),
                                  QStringLiteral("compliance_scan_results")};
    for (const QString &t : required) {
        INFO(t.toStdString());
        CHECK(schema.hasTable(t));
    }
    // Spot checks against README "Rules: Dealix schema".
    CHECK(schema.hasColumn(QStringLiteral("approval_requests"), QStringLiteral("requested_by_id")));
    CHECK(schema.hasColumn(QStringLiteral("approval_requests"), QStringLiteral("sla_deadline_at")));
    CHECK(schema.hasColumn(QStringLiteral("integration_sync_states"),
                           QStringLiteral("display_name_ar")));
    CHECK(schema.hasColumn(QStringLiteral("evidence_packs"), QStringLiteral("hash_signature")));
    CHECK(
        schema.hasColumn(QStringLiteral("strategic_deals"), QStringLiteral("estimated_value_sar")));
    CHECK(schema.hasColumn(QStringLiteral("pdpl_consents"), QStringLiteral("expires_at")));
    CHECK_FALSE(schema.hasColumn(QStringLiteral("deals"), QStringLiteral("priority")));

    // The catalogue the app compares sources with comes from the same DDL.
    const DealixSchema::Table *approvals = DealixSchema::find(QStringLiteral("approval_requests"));
    REQUIRE(approvals);
    CHECK(approvals->optionalColumns.contains(QStringLiteral("escalation_level")));
    CHECK_FALSE(approvals->columns.contains(QStringLiteral("escalation_level")));
    CHECK(DealixSchema::find(QStringLiteral("risks"))->optional);
    CHECK_FALSE(DealixSchema::find(QStringLiteral("tenants"))->tenantScoped);
    CHECK(DealixSchema::missingColumns(schema, *approvals).isEmpty());
}

TEST_CASE("the plain Dealix schema (no enhanced approval columns) is detected as such",
          "[schema][sqlite]")
{
    auto dir = TestSupport::tempDir();
    Session session;
    REQUIRE(session.open(SourceUrl::sqlite(dir->filePath(QStringLiteral("p.sqlite"))),
                         Session::OpenMode::AllowEmpty));
    QSqlQuery q(session.database());
    REQUIRE(q.exec(QStringLiteral(
        "create table tenants (id text primary key, name text, name_ar text, slug text)")));
    REQUIRE(q.exec(QStringLiteral(
        "create table approval_requests (id text primary key, tenant_id text, channel text, "
        "resource_type text, resource_id text, payload text, status text, requested_by_id text, "
        "reviewed_by_id text, reviewed_at text, note text, created_at text, updated_at text)")));
    REQUIRE(session.refreshSchema());
    CHECK(session.schema().hasTable(QStringLiteral("approval_requests")));
    CHECK_FALSE(session.schema().hasColumn(QStringLiteral("approval_requests"),
                                           QStringLiteral("priority")));
    CHECK(DealixSchema::missingColumns(session.schema(),
                                       *DealixSchema::find(QStringLiteral("approval_requests")))
              .isEmpty());
    CHECK(DealixSchema::missingColumns(session.schema(),
                                       *DealixSchema::find(QStringLiteral("tenants")))
              .contains(QStringLiteral("created_at")));
}

TEST_CASE("the SQLite DDL leaves creation and update times nullable, without a default, as Dealix "
          "does",
          "[schema][sqlite]")
{
    // Dealix sets created_at and updated_at in Python: the columns are nullable and the database
    // fills in nothing, so a row inserted without them has none.
    auto dir = TestSupport::tempDir();
    Session session;
    REQUIRE(session.open(SourceUrl::sqlite(dir->filePath(QStringLiteral("s.sqlite"))),
                         Session::OpenMode::AllowEmpty));
    QString error;
    REQUIRE(Ddl::apply(session.database(), &error));
    int checked = 0;
    auto column = [&session](const QString &table, const QString &name, bool *notNull,
                             bool *hasDefault) {
        QSqlQuery q(session.database());
        REQUIRE(q.exec(QStringLiteral("select \"notnull\", dflt_value from pragma_table_info('%1') "
                                      "where name = '%2'")
                           .arg(table, name)));
        REQUIRE(q.next());
        *notNull = q.value(0).toInt() != 0;
        *hasDefault = !q.value(1).isNull();
    };
    for (const DealixSchema::Table &t : DealixSchema::tables()) {
        for (const char *c : {"created_at", "updated_at"}) {
            INFO(t.name.toStdString() << "." << c);
            bool notNull = true;
            bool hasDefault = true;
            column(t.name, QString::fromLatin1(c), &notNull, &hasDefault);
            CHECK_FALSE(notNull);
            CHECK_FALSE(hasDefault);
            ++checked;
        }
    }
    CHECK(checked == 2 * DealixSchema::tables().size());
    QSqlQuery q(session.database());
    REQUIRE(q.exec(QStringLiteral("insert into tenants (id, name, slug) values ('t1', 'T', 't')")));
    REQUIRE(q.exec(QStringLiteral("select count(*) from tenants where created_at is null and "
                                  "updated_at is null")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
}
