#include "models/approvals/approvaldecider.h"
#include "models/source/datadigest.h"
#include "models/source/dealixschema.h"
#include "models/source/demogenerator.h"
#include "models/source/session.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace {

const QDateTime Now(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC); // a Thursday

QString generate(QTemporaryDir &dir, const QString &name, quint64 seed, double scale = 1.0)
{
    DemoOptions o;
    o.seed = seed;
    o.now = Now;
    o.scale = scale;
    const QString path = dir.filePath(name);
    QString error;
    DemoStats stats;
    REQUIRE(DemoGenerator::writeSqliteFile(path, o, &stats, &error));
    CHECK(stats.totalRows > 0);
    return path;
}

QSet<QString> distinctValues(QSqlDatabase db, const QString &table, const QString &column)
{
    QSet<QString> out;
    QSqlQuery q(db);
    REQUIRE(q.exec(
        QStringLiteral("select distinct %1 from %2 where %1 is not null").arg(column, table)));
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

QSet<QString> set(std::initializer_list<const char *> values)
{
    QSet<QString> out;
    for (const char *v : values)
        out.insert(QString::fromLatin1(v));
    return out;
}

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("the demo generator is deterministic for a seed and a time", "[demo]")
{
    auto dir = TestSupport::tempDir();
    const QString a = generate(*dir, QStringLiteral("a.sqlite"), 7);
    const QString b = generate(*dir, QStringLiteral("b.sqlite"), 7);
    const QString c = generate(*dir, QStringLiteral("c.sqlite"), 8);
    Session sa, sb, sc;
    REQUIRE(sa.open(SourceUrl::sqlite(a)));
    REQUIRE(sb.open(SourceUrl::sqlite(b)));
    REQUIRE(sc.open(SourceUrl::sqlite(c)));
    const QString da = DataDigest::compute(sa.database());
    REQUIRE(da.size() == 64);
    CHECK(da == DataDigest::compute(sb.database()));
    CHECK(da != DataDigest::compute(sc.database()));
}

TEST_CASE("the demo data covers every Dealix enum value", "[demo]")
{
    auto dir = TestSupport::tempDir();
    Session s;
    REQUIRE(s.open(SourceUrl::sqlite(generate(*dir, QStringLiteral("d.sqlite"), 20260417))));
    QSqlDatabase db = s.database();
    struct Expect {
        const char *table;
        const char *column;
        QSet<QString> values;
    };
    // README "Rules: Dealix schema"; SQLAlchemy Enum columns hold the upper-case member names
    // (docs/dealix-data.md "What a production database looks like").
    const Expect expectations[] = {
        {"users", "role", set({"owner", "admin", "manager", "agent"})},
        {"leads", "status", set({"new", "contacted", "qualified", "proposal", "won", "lost"})},
        {"leads", "source", set({"whatsapp", "website", "referral", "social", "phone"})},
        {"deals", "stage",
         set({"new", "discovery", "proposal", "negotiation", "closed_won", "closed_lost"})},
        {"deals", "payment_status", set({"unpaid", "pending", "paid", "expired"})},
        {"approval_requests", "status", set({"pending", "approved", "rejected"})},
        {"approval_requests", "channel", set({"whatsapp", "email", "sms", "system"})},
        {"approval_requests", "priority", set({"critical", "high", "normal", "low"})},
        {"integration_sync_states", "status",
         set({"ok", "degraded", "error", "unknown", "disabled"})},
        {"integration_sync_states", "connector_key",
         set({"whatsapp", "salesforce", "stripe", "voice", "email", "docusign", "cal"})},
        {"compliance_controls", "category",
         set({"PDPL", "ZATCA", "SDAIA", "NCA", "SECTOR_SPECIFIC"})},
        {"compliance_controls", "status",
         set({"COMPLIANT", "NON_COMPLIANT", "PARTIAL", "NOT_APPLICABLE"})},
        {"compliance_controls", "risk_level", set({"CRITICAL", "HIGH", "MEDIUM", "LOW"})},
        {"contradictions", "contradiction_type", set({"FACTUAL", "TEMPORAL", "SCOPE", "POLICY"})},
        {"contradictions", "severity", set({"CRITICAL", "HIGH", "MEDIUM", "LOW"})},
        {"contradictions", "status", set({"DETECTED", "REVIEWING", "RESOLVED", "ACCEPTED"})},
        {"contradictions", "detected_by", set({"manual", "ai_scan", "runtime"})},
        {"strategic_deals", "deal_type",
         set({"partnership", "distribution", "franchise", "jv", "referral", "acquisition",
              "barter"})},
        {"strategic_deals", "status",
         set({"discovery", "outreach", "negotiating", "term_sheet", "due_diligence", "closed_won",
              "closed_lost"})},
        {"strategic_deals", "channel", set({"whatsapp", "linkedin", "email", "in_person"})},
        {"evidence_packs", "pack_type",
         set({"DEAL_CLOSURE", "COMPLIANCE_AUDIT", "QUARTERLY_REVIEW", "INCIDENT_RESPONSE",
              "BOARD_REPORT"})},
        {"evidence_packs", "status", set({"ASSEMBLING", "READY", "REVIEWED", "ARCHIVED"})},
        {"consents", "channel", set({"WHATSAPP", "SMS", "EMAIL", "VOICE", "ALL"})},
        {"consents", "status", set({"OPTED_IN", "OPTED_OUT", "PENDING"})},
        {"pdpl_consents", "purpose", set({"marketing", "sales", "service", "analytics"})},
        {"pdpl_consents", "channel", set({"whatsapp", "email", "sms", "phone"})},
        {"pdpl_consents", "status", set({"granted", "revoked", "expired"})},
        {"pdpl_consent_audit", "action", set({"granted", "revoked", "expired", "renewed"})},
        {"pdpl_data_requests", "request_type",
         set({"access", "correction", "deletion", "restriction"})},
        {"pdpl_data_requests", "status", set({"pending", "processing", "completed", "rejected"})},
    };
    for (const Expect &e : expectations) {
        const QSet<QString> actual =
            distinctValues(db, QString::fromLatin1(e.table), QString::fromLatin1(e.column));
        for (const QString &v : e.values) {
            INFO(e.table << "." << e.column << " = " << v.toStdString());
            CHECK(actual.contains(v));
        }
    }
    // Three tenants; the 14 seeded controls in each; a status this app does not know exists.
    CHECK(scalar(db, QStringLiteral("select count(*) from tenants")) == 3);
    CHECK(scalar(
              db,
              QStringLiteral(
                  "select count(*) from (select tenant_id from compliance_controls "
                  "where control_id not like 'SECT-%' group by tenant_id having count(*) = 14)")) ==
          3);
    CHECK(scalar(db, QStringLiteral(
                         "select count(*) from strategic_deals where status = 'on_hold'")) == 1);
    // Both approval schemas: enhanced columns filled, and payload-only rows.
    CHECK(scalar(db, QStringLiteral(
                         "select count(*) from approval_requests where sla_deadline_at is null")) >
          0);
    CHECK(scalar(db,
                 QStringLiteral(
                     "select count(*) from approval_requests where sla_deadline_at is not null")) >
          0);
    // Money in SAR plus a few deals in other currencies.
    CHECK(scalar(db, QStringLiteral("select count(*) from deals where currency <> 'SAR'")) > 0);
}

TEST_CASE("demo approvals are within SLA, in warning and breached relative to generation", "[demo]")
{
    auto dir = TestSupport::tempDir();
    Session s;
    REQUIRE(s.open(SourceUrl::sqlite(generate(*dir, QStringLiteral("sla.sqlite"), 3))));
    QSqlQuery q(s.database());
    REQUIRE(q.exec(QStringLiteral("select tenant_id, created_at, payload, sla_deadline_at from "
                                  "approval_requests where status = 'pending'")));
    QHash<QString, QSet<QString>> statesPerTenant;
    while (q.next()) {
        QDateTime deadline = Session::readTime(q.value(3));
        if (!deadline.isValid()) {
            const QJsonObject sla = QJsonDocument::fromJson(q.value(2).toString().toUtf8())
                                        .object()
                                        .value(QStringLiteral("_dealix_sla"))
                                        .toObject();
            deadline =
                Session::readTime(q.value(1))
                    .addSecs(qint64(
                        sla.value(QStringLiteral("breach_threshold_hours")).toDouble(24) * 3600));
        }
        const qint64 left = Now.secsTo(deadline);
        const QString state = left < 0          ? QStringLiteral("breach")
                              : left < 4 * 3600 ? QStringLiteral("warning")
                                                : QStringLiteral("within");
        statesPerTenant[q.value(0).toString()].insert(state);
    }
    REQUIRE(statesPerTenant.size() == 3);
    for (const QSet<QString> &states : std::as_const(statesPerTenant))
        CHECK(states == QSet<QString>{QStringLiteral("breach"), QStringLiteral("warning"),
                                      QStringLiteral("within")});
}

TEST_CASE("every demo approval request about a record points at a row of its own tenant",
          "[demo][approvals]")
{
    auto dir = TestSupport::tempDir();
    Session s;
    REQUIRE(s.open(SourceUrl::sqlite(generate(*dir, QStringLiteral("res.sqlite"), 9))));
    const QSqlDatabase db = s.database();
    // type -> table of the record it is about.
    const QList<QPair<QString, QString>> kinds = {
        {QStringLiteral("strategic_deal"), QStringLiteral("strategic_deals")},
        {QStringLiteral("deal"), QStringLiteral("deals")},
        {QStringLiteral("deal_discount"), QStringLiteral("deals")},
        {QStringLiteral("evidence_pack"), QStringLiteral("evidence_packs")}};
    for (const auto &[type, table] : kinds) {
        INFO(type.toStdString());
        const QString where =
            QStringLiteral(" from approval_requests r where lower(r.resource_type) = '%1'")
                .arg(type);
        const QString found =
            QStringLiteral(" and exists (select 1 from %1 x where x.id = r.resource_id and "
                           "x.tenant_id = r.tenant_id)")
                .arg(table);
        // Every tenant has requests of the type, and every one of them finds its record there.
        CHECK(scalar(db, QStringLiteral("select count(distinct r.tenant_id)") + where) == 3);
        const qint64 all = scalar(db, QStringLiteral("select count(*)") + where);
        CHECK(all > 0);
        CHECK(scalar(db, QStringLiteral("select count(*)") + where + found) == all);
    }
}

TEST_CASE("demo timestamps span 18 months back and 6 ahead, on Saudi working days", "[demo]")
{
    auto dir = TestSupport::tempDir();
    Session s;
    REQUIRE(s.open(SourceUrl::sqlite(generate(*dir, QStringLiteral("t.sqlite"), 5))));
    QSqlDatabase db = s.database();
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral(
        "select min(created_at), max(created_at), max(expected_close_date) from deals")));
    REQUIRE(q.next());
    const QDateTime first = Session::readTime(q.value(0));
    const QDateTime last = Session::readTime(q.value(1));
    const QDate lastClose = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    CHECK(first >= Now.addMonths(-19));
    CHECK(first <= Now.addMonths(-17));
    CHECK(last <= Now);
    CHECK(lastClose > Now.date().addMonths(5));
    CHECK(lastClose <= Now.date().addMonths(6).addDays(7));
    // Riyadh is UTC+3 all year: Friday (5) and Saturday (6) are the weekend.
    CHECK(scalar(db, QStringLiteral("select count(*) from deals where cast(strftime('%w', "
                                    "created_at, '+3 hours') as integer) in (5, 6)")) == 0);
    CHECK(scalar(db, QStringLiteral("select count(*) from deals where cast(strftime('%H', "
                                    "created_at, '+3 hours') as integer) not between 8 and 16")) ==
          0);
    // Every closed deal closed after it was created and not in the future.
    CHECK(scalar(db, QStringLiteral("select count(*) from deals where closed_at is not null and "
                                    "(closed_at < created_at or closed_at > '%1')")
                         .arg(Session::timeText(Now))) == 0);
}

TEST_CASE("no demo timestamp lies after the generation time, except deadlines and expiries",
          "[demo]")
{
    auto dir = TestSupport::tempDir();
    Session s;
    REQUIRE(s.open(SourceUrl::sqlite(generate(*dir, QStringLiteral("n.sqlite"), 11))));
    const QString now = Session::timeText(Now);
    int checked = 0;
    for (const DealixSchema::Table &t : DealixSchema::tables()) {
        for (const QString &c : s.schema().columns(t.name)) {
            if (!c.endsWith(QLatin1String("_at")) || c == QLatin1String("expires_at") ||
                c == QLatin1String("sla_deadline_at"))
                continue;
            INFO(t.name.toStdString() << "." << c.toStdString());
            CHECK(scalar(s.database(), QStringLiteral("select count(*) from %1 where %2 > '%3'")
                                           .arg(t.name, c, now)) == 0);
            ++checked;
        }
    }
    CHECK(checked > 30);
}

TEST_CASE("scale grows the data: scale 0.1 has fewer deals than scale 1", "[demo]")
{
    auto dir = TestSupport::tempDir();
    Session small, full;
    REQUIRE(small.open(SourceUrl::sqlite(generate(*dir, QStringLiteral("s.sqlite"), 1, 0.1))));
    REQUIRE(full.open(SourceUrl::sqlite(generate(*dir, QStringLiteral("f.sqlite"), 1, 1.0))));
    // scale 1: 3000 + 1500 + 600 deals; scale 0.1: 300 + 150 + 60.
    CHECK(scalar(full.database(), QStringLiteral("select count(*) from deals")) == 5100);
    CHECK(scalar(small.database(), QStringLiteral("select count(*) from deals")) == 510);
}

TEST_CASE("demo into an unwritable place fails cleanly and leaves nothing", "[demo][bad-input]")
{
    DemoOptions o;
    o.now = Now;
    QString error;
    CHECK_FALSE(DemoGenerator::writeSqliteFile(QStringLiteral("/nonexistent-dir/demo.sqlite"), o,
                                               nullptr, &error));
    CHECK(error.contains(QStringLiteral("/nonexistent-dir")));

    // The target is a directory: generation succeeds, the final rename fails; the temporary
    // file must not be left behind, nor the directory touched.
    auto dir = TestSupport::tempDir();
    const QString target = dir->filePath(QStringLiteral("taken.sqlite"));
    REQUIRE(QDir().mkpath(target + QStringLiteral("/inside")));
    o.scale = 0.05;
    error.clear();
    CHECK_FALSE(DemoGenerator::writeSqliteFile(target, o, nullptr, &error));
    CHECK(error.contains(target));
    CHECK(QDir(dir->path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    CHECK(QFileInfo(target + QStringLiteral("/inside")).isDir());
}

TEST_CASE("the demo file is in WAL mode: a decision commits while a worker holds a long read",
          "[demo][sqlite][approvals]")
{
    auto dir = TestSupport::tempDir();
    const QString path = generate(*dir, QStringLiteral("wal.sqlite"), 7, 0.05);
    Session gui;
    REQUIRE(gui.open(SourceUrl::sqlite(path)));
    REQUIRE(gui.selectTenant(QStringLiteral("najd-trading")));
    {
        QSqlQuery mode(gui.database());
        REQUIRE(mode.exec(QStringLiteral("pragma journal_mode")));
        REQUIRE(mode.next());
        CHECK(mode.value(0).toString().toLower() == QStringLiteral("wal"));
    }
    // A worker's connection to the same file, in the middle of a statement (a read lock held,
    // as a background refresh at scale holds it for seconds).
    Session worker;
    REQUIRE(worker.openClone(gui.cloneSpec()));
    QSqlQuery hold(worker.database());
    hold.setForwardOnly(true);
    REQUIRE(hold.exec(QStringLiteral("select id from deals")));
    REQUIRE(hold.next());

    const auto deciders = ApprovalDecider::deciders(gui);
    REQUIRE(deciders.ok());
    REQUIRE_FALSE(deciders->isEmpty());
    QSqlQuery pending(gui.database());
    pending.prepare(QStringLiteral("select id from approval_requests where tenant_id = ? and "
                                   "lower(status) = 'pending' order by id limit 1"));
    pending.addBindValue(gui.tenant().id);
    REQUIRE(pending.exec());
    REQUIRE(pending.next());
    const QString id = pending.value(0).toString();
    pending.finish();
    // In rollback-journal mode the commit would wait for the reader (the busy timeout, 5 s)
    // and then fail with "database is locked".
    QElapsedTimer timer;
    timer.start();
    const ApprovalDecider::Result r = ApprovalDecider::decide(
        gui, id, ApprovalDecider::Action::Approve, deciders->first(), QStringLiteral("ok"));
    INFO(r.message.toStdString());
    CHECK(r.outcome == ApprovalDecider::Outcome::Done);
    CHECK(timer.elapsed() < 2000);
    // The reader still sees its snapshot and goes on; a new read sees the decision.
    CHECK(hold.next());
    hold.finish();
    QSqlQuery after(worker.database());
    after.prepare(QStringLiteral("select lower(status) from approval_requests where id = ?"));
    after.addBindValue(id);
    REQUIRE(after.exec());
    REQUIRE(after.next());
    CHECK(after.value(0).toString() == QStringLiteral("approved"));
}
