// The dealix-desk command line, run as a separate process the way users and scripts run it.
#include "models/source/datadigest.h"
#include "tests/support/compliancefixture.h"
#include "tests/support/deskrun.h"
#include "tests/support/executivefixture.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlQuery>
#include <QTimer>

#include <catch2/catch.hpp>

#include <sys/stat.h>

namespace {

using TestSupport::DeskRun;
using TestSupport::runDesk;

// A value quoted in a message: inside a first-strong isolate (DisplayText::plain), UTF-8.
#define ISO(text) "\xe2\x81\xa8" text "\xe2\x81\xa9"

QString fixtureUrl(QTemporaryDir &dir)
{
    const QString path = TestSupport::fixtureFile(dir, QStringLiteral("cli.sqlite"));
    REQUIRE_FALSE(path.isEmpty());
    return QStringLiteral("sqlite:") + path;
}

} // namespace

TEST_CASE("cli: demo writes a database and tenants lists its three tenants", "[cli][demo]")
{
    auto dir = TestSupport::tempDir();
    const QString db = dir->filePath(QStringLiteral("demo.sqlite"));
    const DeskRun demo =
        runDesk({QStringLiteral("demo"), QStringLiteral("-o"), db, QStringLiteral("--scale"),
                 QStringLiteral("0.1"), QStringLiteral("--seed"), QStringLiteral("9"),
                 QStringLiteral("--as-of"), QStringLiteral("2026-11-26T09:00:00Z")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.contains("510 deals"));
    CHECK(QFileInfo::exists(db));
    const DeskRun tenants = runDesk({QStringLiteral("tenants"), QStringLiteral("--source"),
                                     QStringLiteral("sqlite:") + db, QStringLiteral("--format"),
                                     QStringLiteral("json")});
    REQUIRE(tenants.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(tenants.out).object();
    CHECK(json.value(QStringLiteral("total")).toInt() == 3);
    QStringList slugs;
    for (const QJsonValue &v : json.value(QStringLiteral("tenants")).toArray())
        slugs << v.toObject().value(QStringLiteral("slug")).toString();
    CHECK(slugs == QStringList{QStringLiteral("eastern-industrial"), QStringLiteral("najd-trading"),
                               QStringLiteral("redsea-logistics")});
}

TEST_CASE("cli: demo data is the same from two processes with different hash seeds", "[cli][demo]")
{
    // Catches order that depends on the process (QHash iteration, addresses, time).
    auto dir = TestSupport::tempDir();
    QStringList digests;
    for (const char *hashSeed : {"1", "2"}) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_HASH_SEED"), QString::fromLatin1(hashSeed));
        const QString db =
            dir->filePath(QStringLiteral("d%1.sqlite").arg(QString::fromLatin1(hashSeed)));
        const DeskRun r =
            runDesk({QStringLiteral("demo"), QStringLiteral("-o"), db, QStringLiteral("--scale"),
                     QStringLiteral("0.2"), QStringLiteral("--as-of"),
                     QStringLiteral("2026-11-26T09:00:00Z")},
                    env);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        Session s;
        REQUIRE(s.open(SourceUrl::sqlite(db)));
        digests << DataDigest::compute(s.database());
    }
    CHECK(digests.at(0).size() == 64);
    CHECK(digests.at(0) == digests.at(1));
}

TEST_CASE("cli: export goes to stdout or to a file, and fails with distinct codes", "[cli][export]")
{
    auto dir = TestSupport::tempDir();
    const QString url = fixtureUrl(*dir);

    const DeskRun csv =
        runDesk({QStringLiteral("export"), QStringLiteral("source"), QStringLiteral("--source"),
                 url, QStringLiteral("--tenant"), QStringLiteral("alpha"),
                 QStringLiteral("--format"), QStringLiteral("csv")});
    INFO(csv.err.toStdString());
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.contains("\r\ndeals,true,false,3,,\r\n"));

    const QString out = dir->filePath(QStringLiteral("source.json"));
    const DeskRun file = runDesk({QStringLiteral("export"), QStringLiteral("source"),
                                  QStringLiteral("--source"), url, QStringLiteral("--tenant"),
                                  QStringLiteral("beta"), QStringLiteral("-o"), out});
    REQUIRE(file.exitCode == 0);
    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(QJsonDocument::fromJson(f.readAll())
              .object()
              .value(QStringLiteral("tenant"))
              .toObject()
              .value(QStringLiteral("slug"))
              .toString() == QStringLiteral("beta"));

    // Usage errors: 2.
    CHECK(
        runDesk({QStringLiteral("export"), QStringLiteral("nope"), QStringLiteral("--source"), url})
            .exitCode == 2);
    const DeskRun ambiguous = runDesk(
        {QStringLiteral("export"), QStringLiteral("source"), QStringLiteral("--source"), url});
    CHECK(ambiguous.exitCode == 2);
    CHECK(ambiguous.err.contains("--tenant"));
    CHECK(runDesk({QStringLiteral("frobnicate")}).exitCode == 2);
    const DeskRun noOutput = runDesk({QStringLiteral("offline")});
    CHECK(noOutput.exitCode == 2);
    CHECK(noOutput.err.contains("-o FILE"));
    // Unknown tenant: 4. Source unavailable: 3, with one line naming the source.
    CHECK(runDesk({QStringLiteral("export"), QStringLiteral("source"), QStringLiteral("--source"),
                   url, QStringLiteral("--tenant"), QStringLiteral("gamma")})
              .exitCode == 4);
    const DeskRun missing = runDesk({QStringLiteral("tenants"), QStringLiteral("--source"),
                                     QStringLiteral("sqlite:/nonexistent/dealix.sqlite")});
    CHECK(missing.exitCode == 3);
    CHECK(missing.err.trimmed().split('\n').size() == 1);
    CHECK(missing.err.contains("sqlite:/nonexistent/dealix.sqlite"));
    // Unwritable output path: 1, and no file.
    const DeskRun unwritable =
        runDesk({QStringLiteral("export"), QStringLiteral("source"), QStringLiteral("--source"),
                 url, QStringLiteral("--tenant"), QStringLiteral("alpha"), QStringLiteral("-o"),
                 QStringLiteral("/nonexistent-dir/out.json")});
    CHECK(unwritable.exitCode == 1);
    CHECK(unwritable.err.contains("/nonexistent-dir/out.json"));
    CHECK_FALSE(QFileInfo::exists(QStringLiteral("/nonexistent-dir/out.json")));
}

TEST_CASE("cli: with no display the GUI renders the main window to a PNG and prints its path",
          "[cli][gui]")
{
    auto dir = TestSupport::tempDir();
    const QString url = fixtureUrl(*dir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), dir->filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir->filePath(QStringLiteral("config")));
    const DeskRun r =
        runDesk({QStringLiteral("--source"), url, QStringLiteral("--tenant"),
                 QStringLiteral("alpha"), QStringLiteral("--lang"), QStringLiteral("ar")},
                env);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(QString::fromUtf8(r.out).contains(
        QStringLiteral("لا توجد شاشة عرض"))); // "No display", in Arabic
    const QString png = QString::fromUtf8(r.out.trimmed().split('\n').last());
    CHECK(png.endsWith(QStringLiteral("main-window-ar.png")));
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() >= 1000);
}

TEST_CASE("cli: executive-room and weekly-review export JSON with the Dealix keys",
          "[cli][executive]")
{
    auto dir = TestSupport::tempDir();
    const QString db = dir->filePath(QStringLiteral("x.sqlite"));
    const DeskRun demo = runDesk({QStringLiteral("demo"), QStringLiteral("-o"), db,
                                  QStringLiteral("--scale"), QStringLiteral("0.1")});
    REQUIRE(demo.exitCode == 0);
    const QStringList common = {QStringLiteral("--source"), QStringLiteral("sqlite:") + db,
                                QStringLiteral("--tenant"), QStringLiteral("najd-trading")};
    const DeskRun room =
        runDesk(QStringList{QStringLiteral("export"), QStringLiteral("executive-room"),
                            QStringLiteral("--period"), QStringLiteral("quarter")} +
                common);
    INFO(room.err.toStdString());
    REQUIRE(room.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(room.out).object();
    for (const char *key : {"revenue", "approvals", "connectors", "compliance", "contradictions",
                            "strategic_deals", "evidence_packs", "provenance"}) {
        INFO(key);
        CHECK(json.value(QLatin1String(key)).isObject());
    }
    for (const char *key : {"actual", "forecast", "variance_percent", "pipeline_value", "win_rate"})
        CHECK(json.value(QStringLiteral("revenue")).toObject().contains(QLatin1String(key)));
    CHECK(json.value(QStringLiteral("period")).toObject().value(QStringLiteral("id")).toString() ==
          QStringLiteral("quarter"));
    // An unknown period is a usage error (2), said before the source is read.
    const DeskRun decade =
        runDesk(QStringList{QStringLiteral("export"), QStringLiteral("executive-room"),
                            QStringLiteral("--period"), QStringLiteral("decade")} +
                common);
    CHECK(decade.exitCode == 2);
    CHECK(decade.err.trimmed() ==
          "Unknown period \"" ISO("decade") "\" (month, quarter, year or all).");
    CHECK(decade.out.isEmpty());
    const DeskRun weekly =
        runDesk(QStringList{QStringLiteral("export"), QStringLiteral("weekly-review")} + common);
    REQUIRE(weekly.exitCode == 0);
    const QJsonObject pack = QJsonDocument::fromJson(weekly.out).object();
    for (const char *key :
         {"week_of", "overall_rag", "blockers", "risk_summary", "decisions_required", "changes",
          "synergy_actual_sar", "synergy_target_sar", "provenance"}) {
        INFO(key);
        CHECK(pack.contains(QLatin1String(key)));
    }
    const DeskRun csv =
        runDesk(QStringList{QStringLiteral("export"), QStringLiteral("weekly-review"),
                            QStringLiteral("--format"), QStringLiteral("csv")} +
                common);
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.contains("metric,this_week,last_week,change,unit"));
}

TEST_CASE("cli: a section that cannot be computed is printed as such and the exit status says so",
          "[cli][print]")
{
    auto dir = TestSupport::tempDir();
    const QString db = dir->filePath(QStringLiteral("broken.sqlite"));
    {
        Session s;
        REQUIRE(s.open(SourceUrl::sqlite(db), Session::OpenMode::AllowEmpty));
        QSqlQuery q(s.database());
        REQUIRE(q.exec(QStringLiteral(
            "create table tenants (id text primary key, slug text, name text, name_ar text)")));
        REQUIRE(
            q.exec(QStringLiteral("insert into tenants values ('t1', 'solo', 'Solo', 'سولو')")));
        // A deals table without the Dealix columns: the Executive Room cannot compute.
        REQUIRE(q.exec(QStringLiteral("create table deals (id text, tenant_id text)")));
    }
    const QString pdf = dir->filePath(QStringLiteral("pack.pdf"));
    const DeskRun r = runDesk({QStringLiteral("board-pack"), QStringLiteral("--source"),
                               QStringLiteral("sqlite:") + db, QStringLiteral("-o"), pdf});
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains("executive-room"));
    CHECK(QFileInfo::exists(pdf)); // what could be computed is still written
}

TEST_CASE("cli: -o /dev/stdout into a file the shell appends to keeps what the file held",
          "[cli][bad-input]")
{
    // `dealix-desk export … -o /dev/stdout >> run.log`: /dev/stdout leads to run.log itself,
    // which must be appended to in place, never replaced by a new file.
    auto dir = TestSupport::tempDir();
    const QString url = fixtureUrl(*dir);
    const QString log = dir->filePath(QStringLiteral("run.log"));
    {
        QFile f(log);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("EARLIER\n");
    }
    struct stat before {
    };
    REQUIRE(::stat(QFile::encodeName(log).constData(), &before) == 0);
    QProcess p;
    p.setStandardOutputFile(log, QIODevice::Append);
    p.start(QStringLiteral(DEALIX_DESK_BINARY),
            {QStringLiteral("export"), QStringLiteral("connectors"), QStringLiteral("--source"),
             url, QStringLiteral("--tenant"), QStringLiteral("alpha"), QStringLiteral("--format"),
             QStringLiteral("csv"), QStringLiteral("-o"), QStringLiteral("/dev/stdout")});
    REQUIRE(p.waitForFinished(120000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    struct stat after {
    };
    REQUIRE(::stat(QFile::encodeName(log).constData(), &after) == 0);
    CHECK(after.st_ino == before.st_ino);
    QFile f(log);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    CHECK(text.startsWith("EARLIER\n"));
    CHECK(text.contains("connector_key"));
    // The database writers refuse it: a database is only written to a file.
    const DeskRun demo =
        runDesk({QStringLiteral("demo"), QStringLiteral("-o"), QStringLiteral("/dev/stdout"),
                 QStringLiteral("--scale"), QStringLiteral("0.01")});
    CHECK(demo.exitCode == 1);
    CHECK(demo.err.trimmed() ==
          "Cannot write " ISO("/dev/stdout") ": it is not a regular file (a device or a "
                                             "pipe); a database is written only to a file.");
}

namespace {

int scalarInt(const QString &db, const QString &sql)
{
    Session s;
    REQUIRE(s.open(SourceUrl::sqlite(db)));
    QSqlQuery q(s.database());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("cli: decide exits 0, 2, 4, 5 and 6 with the messages the README promises",
          "[cli][approvals]")
{
    auto dir = TestSupport::tempDir();
    QString id;
    {
        auto s = ExecutiveFixture::openSqlite(*dir);
        REQUIRE(s->selectTenant(QStringLiteral("alpha")));
        QSqlQuery q(s->database());
        // An agent of alpha: a user of the tenant who may not decide.
        q.prepare(QStringLiteral("insert into users (id, created_at, updated_at, tenant_id, email, "
                                 "password_hash, role) values (?, ?, ?, ?, ?, 'x', 'agent')"));
        for (const QVariant &v :
             {QVariant(QStringLiteral("a9000000-0000-4000-8000-000000000001")),
              QVariant(QStringLiteral("2026-01-05T08:00:00Z")),
              QVariant(QStringLiteral("2026-01-05T08:00:00Z")), QVariant(s->tenantId()),
              QVariant(QStringLiteral("agent@alpha.sa"))})
            q.addBindValue(v);
        REQUIRE(q.exec());
        q.prepare(QStringLiteral("select id from approval_requests where tenant_id = ? and status "
                                 "= 'pending' order by created_at limit 1"));
        q.addBindValue(s->tenantId());
        REQUIRE(q.exec());
        REQUIRE(q.next());
        id = q.value(0).toString();
    }
    const QString db = dir->filePath(QStringLiteral("fixture.sqlite"));
    const QStringList common = {QStringLiteral("--source"), QStringLiteral("sqlite:") + db,
                                QStringLiteral("--tenant"), QStringLiteral("alpha")};
    auto decide = [&](const QStringList &args) {
        return runDesk(QStringList{QStringLiteral("decide")} + args + common);
    };
    auto lines = [](const QByteArray &err) { return err.trimmed().split('\n').size(); };
    const QString asOwner = QStringLiteral("alpha@x.sa");

    // 2: usage — an unknown action, no --as, a rejection without a note.
    const DeskRun action =
        decide({id, QStringLiteral("frobnicate"), QStringLiteral("--as"), asOwner});
    CHECK(action.exitCode == 2);
    CHECK(action.err.contains("usage: decide APPROVAL_ID approve|reject|escalate --as EMAIL"));
    const DeskRun noActor = decide({id, QStringLiteral("approve")});
    CHECK(noActor.exitCode == 2);
    CHECK(noActor.err.contains("decide needs --as EMAIL"));
    const DeskRun noNote = decide({id, QStringLiteral("reject"), QStringLiteral("--as"), asOwner});
    CHECK(noNote.exitCode == 2);
    CHECK(noNote.err.trimmed() == "A rejection needs a note saying why.");
    // 4: no such request.
    const DeskRun missing = decide({QStringLiteral("a0000000-0000-4000-8000-00000000dead"),
                                    QStringLiteral("approve"), QStringLiteral("--as"), asOwner});
    CHECK(missing.exitCode == 4);
    CHECK(missing.err.trimmed() ==
          "No approval request " ISO("a0000000-0000-4000-8000-00000000dead") ".");
    // 6: an agent of the tenant, and a user of another tenant.
    const DeskRun agent = decide(
        {id, QStringLiteral("approve"), QStringLiteral("--as"), QStringLiteral("agent@alpha.sa")});
    CHECK(agent.exitCode == 6);
    CHECK(agent.err.contains(ISO("agent@alpha.sa") " has the role " ISO("agent")));
    const DeskRun outsider = decide(
        {id, QStringLiteral("approve"), QStringLiteral("--as"), QStringLiteral("beta@x.sa")});
    CHECK(outsider.exitCode == 6);
    CHECK(outsider.err.trimmed() == ISO("beta@x.sa") " is not a user of tenant " ISO("alpha") ".");
    for (const DeskRun *r : {&action, &noActor, &noNote, &missing, &agent, &outsider}) {
        CHECK(lines(r->err) == 1); // errors are one line
        CHECK(r->out.isEmpty());
    }
    // Nothing was decided or audited by the refused runs.
    CHECK(scalarInt(db, QStringLiteral("select count(*) from approval_requests where id = '%1' and "
                                       "status = 'pending'")
                            .arg(id)) == 1);
    CHECK(scalarInt(db, QStringLiteral("select count(*) from audit_logs")) == 0);
    // 0: decided, "STATUS<TAB>ID" on standard output.
    const DeskRun done = decide({id, QStringLiteral("approve"), QStringLiteral("--as"), asOwner});
    INFO(done.err.toStdString());
    CHECK(done.exitCode == 0);
    CHECK(done.out == "approved\t" + id.toUtf8() + "\n");
    // 5: decided already; the message says by whom.
    const DeskRun again = decide({id, QStringLiteral("reject"), QStringLiteral("--as"), asOwner,
                                  QStringLiteral("--note"), QStringLiteral("late")});
    CHECK(again.exitCode == 5);
    CHECK(again.err.startsWith("Already " ISO("approved") " by "));
    CHECK(again.err.contains("alpha@x.sa"));
    CHECK(scalarInt(db, QStringLiteral("select count(*) from audit_logs")) == 1);
}

TEST_CASE("cli: check exits 0, 1, 2 and 6 with the messages the README promises",
          "[cli][compliance]")
{
    auto dir = TestSupport::tempDir();
    ComplianceFixture::openSqlite(*dir);
    const QString db = dir->filePath(QStringLiteral("compliance.sqlite"));
    const QStringList common = {QStringLiteral("--source"), QStringLiteral("sqlite:") + db,
                                QStringLiteral("--tenant"), QStringLiteral("comp")};
    auto check = [&](const QStringList &args) {
        return runDesk(QStringList{QStringLiteral("check")} + args + common);
    };
    const QString scans =
        QStringLiteral("select count(*) from compliance_scan_results where tenant_id = "
                       "'95000000-0000-4000-8000-000000000001'");

    // 0: results as JSON, nothing written.
    const DeskRun json = check({QStringLiteral("--format"), QStringLiteral("json"),
                                QStringLiteral("--as-of"), QStringLiteral("2026-11-26T09:00:00Z")});
    INFO(json.err.toStdString());
    CHECK(json.exitCode == 0);
    const QJsonObject doc = QJsonDocument::fromJson(json.out).object();
    CHECK(doc.value(QStringLiteral("total")).toInt() == 14);
    CHECK(doc.value(QStringLiteral("written")).toBool() == false);
    CHECK(doc.value(QStringLiteral("as_of")).toString() == QStringLiteral("2026-11-26T09:00:00Z"));
    // 2: --write without --as; --write with a past --as-of.
    const DeskRun noActor = check({QStringLiteral("--write")});
    CHECK(noActor.exitCode == 2);
    CHECK(noActor.err.trimmed() ==
          "check --write needs --as EMAIL: an owner or admin of the tenant.");
    const DeskRun past =
        check({QStringLiteral("--write"), QStringLiteral("--as"), QStringLiteral("comp@x.sa"),
               QStringLiteral("--as-of"), QStringLiteral("2026-11-26T09:00:00Z")});
    CHECK(past.exitCode == 2);
    CHECK(past.err.trimmed() == "check --write writes a decision made now and cannot take --as-of; "
                                "leave it out (--as-of only computes figures as of another time).");
    // 6: a manager; a user of another tenant.
    const DeskRun manager = check(
        {QStringLiteral("--write"), QStringLiteral("--as"), QStringLiteral("manager@comp.sa")});
    CHECK(manager.exitCode == 6);
    CHECK(manager.err.trimmed() ==
          ISO("manager@comp.sa") " has the role " ISO("manager") "; this needs owner, admin.");
    const DeskRun outsider =
        check({QStringLiteral("--write"), QStringLiteral("--as"), QStringLiteral("other@x.sa")});
    CHECK(outsider.exitCode == 6);
    CHECK(outsider.err.trimmed() == ISO("other@x.sa") " is not a user of tenant " ISO("comp") ".");
    CHECK(scalarInt(db, scans) == 0);
    // 1: the write fails midway (no audit_logs): nothing written.
    {
        Session s;
        REQUIRE(s.open(SourceUrl::sqlite(db)));
        QSqlQuery q(s.database());
        REQUIRE(q.exec(QStringLiteral("alter table audit_logs rename to audit_logs_away")));
    }
    const DeskRun broken =
        check({QStringLiteral("--write"), QStringLiteral("--as"), QStringLiteral("comp@x.sa")});
    CHECK(broken.exitCode == 1);
    CHECK(broken.err.startsWith("Nothing was written: "));
    CHECK(broken.err.contains("audit_logs"));
    CHECK(scalarInt(db, scans) == 0);
    {
        Session s;
        REQUIRE(s.open(SourceUrl::sqlite(db)));
        QSqlQuery q(s.database());
        REQUIRE(q.exec(QStringLiteral("alter table audit_logs_away rename to audit_logs")));
    }
    // 0: written by the owner, one history row per control row of comp.
    const DeskRun written =
        check({QStringLiteral("--write"), QStringLiteral("--as"), QStringLiteral("comp@x.sa")});
    INFO(written.err.toStdString());
    CHECK(written.exitCode == 0);
    CHECK(scalarInt(db, scans) == 4);
}

namespace {

// Overwrites the first page of table's b-tree with junk: SQLite then answers any read of that
// table with "database disk image is malformed", while the schema (page 1) still lists it.
void corruptTable(const QString &db, const QString &table)
{
    const int root =
        scalarInt(db, QStringLiteral("select rootpage from sqlite_master where type = 'table' "
                                     "and name = '%1'")
                          .arg(table));
    const int pageSize = scalarInt(db, QStringLiteral("pragma page_size"));
    REQUIRE(root > 1);
    REQUIRE(pageSize >= 512);
    QFile f(db);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek(qint64(root - 1) * pageSize));
    REQUIRE(f.write(QByteArray(pageSize, char(0xAB))) == pageSize);
    f.close();
}

// The lines of check's text output, by control id.
QMap<QString, QStringList> checkLines(const QByteArray &out)
{
    QMap<QString, QStringList> lines;
    for (const QString &line : QString::fromUtf8(out).split(QLatin1Char('\n'))) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() > 1)
            lines.insert(fields.first(), fields);
    }
    return lines;
}

} // namespace

TEST_CASE("cli: a live check that fails exits 3 with its cause: check, export executive-room and "
          "export compliance",
          "[cli][compliance][failed]")
{
    auto dir = TestSupport::tempDir();
    ComplianceFixture::openSqlite(*dir);
    const QString db = dir->filePath(QStringLiteral("compliance.sqlite"));
    corruptTable(db, QStringLiteral("pdpl_data_requests"));
    const QStringList common = {QStringLiteral("--source"), QStringLiteral("sqlite:") + db,
                                QStringLiteral("--tenant"), QStringLiteral("comp"),
                                QStringLiteral("--as-of"),  QStringLiteral("2026-11-26T09:00:00Z")};
    // check: the results that could be computed, the failed ones as such, exit 3 with the cause.
    const DeskRun check = runDesk(QStringList{QStringLiteral("check")} + common);
    INFO(check.err.toStdString());
    CHECK(check.exitCode == 3);
    CHECK(check.err.contains("PDPL-C04: the check failed: "));
    CHECK(check.err.contains("PDPL-C05: the check failed: "));
    CHECK(check.err.contains("malformed"));
    const QMap<QString, QStringList> lines = checkLines(check.out);
    REQUIRE(lines.value(QStringLiteral("PDPL-C04")).size() == 5);
    CHECK(lines.value(QStringLiteral("PDPL-C04")).at(3) == QStringLiteral("failed"));
    CHECK(lines.value(QStringLiteral("PDPL-C01")).at(3) == QStringLiteral("non_compliant"));
    // check --format json: the same, with the failures listed.
    const DeskRun json = runDesk(
        QStringList{QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json")} +
        common);
    CHECK(json.exitCode == 3);
    const QJsonObject doc = QJsonDocument::fromJson(json.out).object();
    CHECK(doc.value(QStringLiteral("failed")).toArray().size() == 2);
    CHECK(doc.value(QStringLiteral("disagreeing")).isNull());
    // The exports that depend on the live checks fail with the cause, and write nothing.
    for (const char *surface : {"executive-room", "compliance"}) {
        INFO(surface);
        const DeskRun r =
            runDesk(QStringList{QStringLiteral("export"), QString::fromLatin1(surface),
                                QStringLiteral("--format"), QStringLiteral("json")} +
                    common);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 3);
        CHECK(r.err.contains("The live compliance checks failed: "));
        CHECK(r.err.contains("PDPL-C05: the check failed: "));
        CHECK(r.out.isEmpty());
    }
}

TEST_CASE("cli: check exits 3 when the stored statuses cannot be read", "[cli][compliance]")
{
    auto dir = TestSupport::tempDir();
    ComplianceFixture::openSqlite(*dir);
    const QString db = dir->filePath(QStringLiteral("compliance.sqlite"));
    corruptTable(db, QStringLiteral("compliance_controls"));
    const DeskRun r =
        runDesk({QStringLiteral("check"), QStringLiteral("--source"),
                 QStringLiteral("sqlite:") + db, QStringLiteral("--tenant"), QStringLiteral("comp"),
                 QStringLiteral("--format"), QStringLiteral("json")});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 3);
    CHECK(r.err.startsWith("The stored compliance statuses could not be read: "));
    CHECK(r.err.contains("malformed"));
}

TEST_CASE("cli: check's text output gives the stored status beside the live one, marked where "
          "they disagree",
          "[cli][compliance]")
{
    auto dir = TestSupport::tempDir();
    {
        auto s = ComplianceFixture::openSqlite(*dir);
        ComplianceFixture::recordCompliant(*s);
    }
    const QString db = dir->filePath(QStringLiteral("compliance.sqlite"));
    const DeskRun r =
        runDesk({QStringLiteral("check"), QStringLiteral("--source"),
                 QStringLiteral("sqlite:") + db, QStringLiteral("--tenant"), QStringLiteral("comp"),
                 QStringLiteral("--as-of"), QStringLiteral("2026-11-26T09:00:00Z")});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    const QMap<QString, QStringList> lines = checkLines(r.out);
    CHECK(lines.size() == 14);
    // Stored COMPLIANT; the data: 2 of 6 contacted leads with a valid consent.
    const QStringList c01 = lines.value(QStringLiteral("PDPL-C01"));
    REQUIRE(c01.size() == 5);
    CHECK(c01.mid(0, 4) == QStringList{QStringLiteral("PDPL-C01"), QStringLiteral("compliant"),
                                       QStringLiteral("≠"), QStringLiteral("non_compliant")});
    CHECK(c01.at(4).startsWith(QStringLiteral("2 of 6 ")));
    // Stored COMPLIANT; the data: two deletion requests open for over 30 days.
    CHECK(lines.value(QStringLiteral("PDPL-C05")).mid(1, 3) ==
          QStringList{QStringLiteral("compliant"), QStringLiteral("≠"),
                      QStringLiteral("non_compliant")});
    // Stored partial; the data: 9 of 10 active users with a valid role (90.0 %) → partial.
    CHECK(lines.value(QStringLiteral("NCA-C01")).mid(1, 3) ==
          QStringList{QStringLiteral("partial"), QStringLiteral("="), QStringLiteral("partial")});
    // No stored row for PDPL-C02: "-" and no marker.
    CHECK(lines.value(QStringLiteral("PDPL-C02")).mid(1, 3) ==
          QStringList{QStringLiteral("-"), QString(), QStringLiteral("non_compliant")});
    // Stored partial; SQLite cannot assess PDPL-C13: no marker.
    CHECK(lines.value(QStringLiteral("PDPL-C13")).mid(1, 3) ==
          QStringList{QStringLiteral("partial"), QString(), QStringLiteral("not_assessed")});
}

TEST_CASE("cli: --help lists every surface id and every command", "[cli][help]")
{
    const DeskRun help = runDesk({QStringLiteral("--help")});
    REQUIRE(help.exitCode == 0);
    const QString text = QString::fromUtf8(help.out);
    INFO(text.toStdString());
    // The surfaces of this build (README "Surfaces"), each on a line of its own with its title.
    const QStringList surfaces = {QStringLiteral("executive-room"),
                                  QStringLiteral("weekly-review"),
                                  QStringLiteral("approval-center"),
                                  QStringLiteral("forecast"),
                                  QStringLiteral("compliance"),
                                  QStringLiteral("risk-heatmap"),
                                  QStringLiteral("policy-violations"),
                                  QStringLiteral("partner-pipeline"),
                                  QStringLiteral("connectors"),
                                  QStringLiteral("evidence-packs"),
                                  QStringLiteral("source")};
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &id : surfaces) {
        INFO(id.toStdString());
        const QRegularExpression line(
            QStringLiteral("^  %1 +\\S").arg(QRegularExpression::escape(id)));
        bool found = false;
        for (const QString &l : lines)
            found = found || line.match(l).hasMatch();
        CHECK(found);
    }
    // Every command the program accepts (README "Command line"), as the start of its usage line.
    for (const char *command :
         {"demo", "tenants", "export", "board-pack", "decide", "probe", "connector", "verify-pack",
          "review-pack", "check", "offline", "indexes"}) {
        INFO(command);
        const QRegularExpression usage(QStringLiteral("^  %1 ").arg(QLatin1String(command)));
        bool found = false;
        for (const QString &l : lines)
            found = found || usage.match(l).hasMatch();
        CHECK(found);
    }
    CHECK(text.contains(QStringLiteral("--prepared-by <NAME>")));
}

TEST_CASE("cli: a --screenshot run leaves the settings the window opens with next time as they "
          "were",
          "[cli][gui][settings]")
{
    auto dir = TestSupport::tempDir();
    const QString url = fixtureUrl(*dir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), dir->filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir->filePath(QStringLiteral("data")));
    // The user's settings: English, the Forecast, another source and tenant, a geometry.
    const QString ini = dir->filePath(QStringLiteral("config/Dealix/Dealix Desk.conf"));
    REQUIRE(QDir().mkpath(QFileInfo(ini).path()));
    {
        QFile f(ini);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("[ui]\nlanguage=en\n\n[window]\nsurface=forecast\n\n"
                "[source]\nlast=sqlite:/elsewhere/dealix.sqlite\nlastTenant=beta\n");
    }
    QFile before(ini);
    REQUIRE(before.open(QIODevice::ReadOnly));
    const QByteArray original = before.readAll();
    before.close();
    const QString png = dir->filePath(QStringLiteral("shot.png"));
    const DeskRun r = runDesk({QStringLiteral("--source"), url, QStringLiteral("--tenant"),
                               QStringLiteral("alpha"), QStringLiteral("--lang"),
                               QStringLiteral("ar"), QStringLiteral("--surface"),
                               QStringLiteral("compliance"), QStringLiteral("--screenshot"), png},
                              env);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK_FALSE(QImage(png).isNull());
    QFile after(ini);
    REQUIRE(after.open(QIODevice::ReadOnly));
    const QByteArray now = after.readAll();
    INFO(now.toStdString());
    CHECK(now == original);
    // The surface, language, source and tenant read back as the user left them.
    QSettings settings(ini, QSettings::IniFormat);
    CHECK(settings.value(QStringLiteral("window/surface")).toString() ==
          QStringLiteral("forecast"));
    CHECK(settings.value(QStringLiteral("ui/language")).toString() == QStringLiteral("en"));
    CHECK(settings.value(QStringLiteral("source/last")).toString() ==
          QStringLiteral("sqlite:/elsewhere/dealix.sqlite"));
    CHECK_FALSE(settings.contains(QStringLiteral("window/geometry")));
}

TEST_CASE("cli: board-pack --prepared-by names the preparer on the cover, never the system login "
          "nor the database's directory",
          "[cli][print][cover]")
{
    auto dir = TestSupport::tempDir();
    const QString url = fixtureUrl(*dir);
    const QString pdf = dir->filePath(QStringLiteral("pack.pdf"));
    const DeskRun r =
        runDesk({QStringLiteral("board-pack"), QStringLiteral("--source"), url,
                 QStringLiteral("--tenant"), QStringLiteral("alpha"), QStringLiteral("--surfaces"),
                 QStringLiteral("source"), QStringLiteral("--prepared-by"),
                 QStringLiteral("Hessa Alotaibi"), QStringLiteral("--as-of"),
                 QStringLiteral("2026-12-05T09:00:00Z"), QStringLiteral("-o"), pdf});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
             pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    // Without the isolation marks around names (U+2066–U+2069).
    const QString cover = QString::fromUtf8(p.readAllStandardOutput())
                              .remove(QRegularExpression(QStringLiteral("[\\x{2066}-\\x{2069}]")))
                              .simplified();
    INFO(cover.toStdString());
    CHECK(cover.contains(
        QStringLiteral("Prepared by Hessa Alotaibi from SQLite database cli.sqlite")));
    CHECK(cover.contains(QStringLiteral("25 Jumada II 1448")));
    CHECK_FALSE(cover.contains(dir->path()));
    const QString login = qEnvironmentVariable("USER");
    if (!login.isEmpty())
        CHECK_FALSE(cover.split(QLatin1Char(' ')).contains(login));
}

TEST_CASE("cli: board-pack --print refuses bad options (exit 2) and a print service that is not "
          "there (exit 1) before computing or writing anything",
          "[cli][print][printer]")
{
    auto dir = TestSupport::tempDir();
    const QString url = fixtureUrl(*dir);
    const QString pdf = dir->filePath(QStringLiteral("pack.pdf"));
    const QStringList common = {
        QStringLiteral("board-pack"), QStringLiteral("--source"), url,
        QStringLiteral("--tenant"),   QStringLiteral("alpha"),    QStringLiteral("--surfaces"),
        QStringLiteral("source")};
    for (const QStringList &bad :
         {QStringList{QStringLiteral("--print"), QStringLiteral("office"),
                      QStringLiteral("--copies"), QStringLiteral("0")},
          QStringList{QStringLiteral("--print"), QStringLiteral("office"),
                      QStringLiteral("--copies"), QStringLiteral("two")},
          QStringList{QStringLiteral("--copies"), QStringLiteral("2"), QStringLiteral("-o"), pdf},
          QStringList{QStringLiteral("--duplex"), QStringLiteral("-o"), pdf},
          QStringList{QStringLiteral("--print"), QStringLiteral(" ")}}) {
        INFO(bad.join(QLatin1Char(' ')).toStdString());
        const DeskRun r = runDesk(common + bad);
        CHECK(r.exitCode == 2);
        CHECK_FALSE(r.err.trimmed().isEmpty());
    }
    // --print belongs to board-pack only.
    const DeskRun other =
        runDesk({QStringLiteral("export"), QStringLiteral("source"), QStringLiteral("--source"),
                 url, QStringLiteral("--tenant"), QStringLiteral("alpha"),
                 QStringLiteral("--print"), QStringLiteral("office")});
    CHECK(other.exitCode == 2);
    CHECK(other.err.contains("--print goes with board-pack"));
    // CUPS down: the scheduler's socket has nothing behind it.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString dead = dir->filePath(QStringLiteral("cups.sock"));
    env.insert(QStringLiteral("CUPS_SERVER"), dead);
    const DeskRun r =
        runDesk(common + QStringList{QStringLiteral("--print"), QStringLiteral("office"),
                                     QStringLiteral("-o"), pdf},
                env);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    const QString err = QString::fromUtf8(r.err);
    CHECK(err.contains(QString::fromUtf8("Cannot print on \"" ISO("office") "\"")));
    CHECK(err.contains(dead));
    CHECK(err.contains(QStringLiteral("is not running, cannot be reached")));
    CHECK_FALSE(QFileInfo::exists(pdf)); // refused before anything was computed or written
}

TEST_CASE("the tests' command-line runner: standard input, environment, working directory, crash",
          "[cli][runner]")
{
    // Other programs stand in for dealix-desk (the binary option), so that each option shows.
    TestSupport::DeskOptions cat;
    cat.binary = QStringLiteral("/bin/cat");
    cat.input = QByteArray("written\nto standard input\n");
    const DeskRun echoed = runDesk({}, cat);
    CHECK(echoed.exitCode == 0);
    CHECK(echoed.out == cat.input);
    CHECK_FALSE(echoed.crashed);
    auto dir = TestSupport::tempDir();
    TestSupport::DeskOptions sh;
    sh.binary = QStringLiteral("/bin/sh");
    sh.env.insert(QStringLiteral("DEALIX_RUNNER_CHECK"), QStringLiteral("seen"));
    sh.workingDirectory = dir->path();
    const DeskRun shell =
        runDesk({QStringLiteral("-c"),
                 QStringLiteral("echo \"$DEALIX_RUNNER_CHECK\"; pwd; echo oops >&2; exit 7")},
                sh);
    CHECK(shell.exitCode == 7);
    CHECK(shell.out == "seen\n" + QFileInfo(dir->path()).canonicalFilePath().toUtf8() + '\n');
    CHECK(shell.err == "oops\n");
    // Serving events while waiting: a timer of this thread fires meanwhile.
    sh.serveEvents = true;
    int ticks = 0;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&ticks] { ++ticks; });
    timer.start(10);
    const DeskRun slept = runDesk({QStringLiteral("-c"), QStringLiteral("sleep 0.3")}, sh);
    CHECK(slept.exitCode == 0);
    CHECK(ticks >= 5);
    // A program killed by a signal is said so.
    const DeskRun killed = runDesk({QStringLiteral("-c"), QStringLiteral("kill -SEGV $$")}, sh);
    CHECK(killed.crashed);
}
