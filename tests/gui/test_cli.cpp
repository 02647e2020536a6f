// The dealix-desk command line, run as a separate process the way users and scripts run it.
#include "models/source/datadigest.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <sys/stat.h>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run desk(const QStringList &args,
         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DEALIX_DESK_BINARY), args);
    REQUIRE(p.waitForFinished(120000));
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

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
    const Run demo =
        desk({QStringLiteral("demo"), QStringLiteral("-o"), db, QStringLiteral("--scale"),
              QStringLiteral("0.1"), QStringLiteral("--seed"), QStringLiteral("9"),
              QStringLiteral("--as-of"), QStringLiteral("2026-11-26T09:00:00Z")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.contains("510 deals"));
    CHECK(QFileInfo::exists(db));
    const Run tenants =
        desk({QStringLiteral("tenants"), QStringLiteral("--source"), QStringLiteral("sqlite:") + db,
              QStringLiteral("--format"), QStringLiteral("json")});
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
        const Run r = desk({QStringLiteral("demo"), QStringLiteral("-o"), db,
                            QStringLiteral("--scale"), QStringLiteral("0.2"),
                            QStringLiteral("--as-of"), QStringLiteral("2026-11-26T09:00:00Z")},
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

    const Run csv =
        desk({QStringLiteral("export"), QStringLiteral("source"), QStringLiteral("--source"), url,
              QStringLiteral("--tenant"), QStringLiteral("alpha"), QStringLiteral("--format"),
              QStringLiteral("csv")});
    INFO(csv.err.toStdString());
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.contains("\r\ndeals,true,false,3,,\r\n"));

    const QString out = dir->filePath(QStringLiteral("source.json"));
    const Run file =
        desk({QStringLiteral("export"), QStringLiteral("source"), QStringLiteral("--source"), url,
              QStringLiteral("--tenant"), QStringLiteral("beta"), QStringLiteral("-o"), out});
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
    CHECK(desk({QStringLiteral("export"), QStringLiteral("nope"), QStringLiteral("--source"), url})
              .exitCode == 2);
    const Run ambiguous =
        desk({QStringLiteral("export"), QStringLiteral("source"), QStringLiteral("--source"), url});
    CHECK(ambiguous.exitCode == 2);
    CHECK(ambiguous.err.contains("--tenant"));
    CHECK(desk({QStringLiteral("frobnicate")}).exitCode == 2);
    const Run noOutput = desk({QStringLiteral("offline")});
    CHECK(noOutput.exitCode == 2);
    CHECK(noOutput.err.contains("-o FILE"));
    // Unknown tenant: 4. Source unavailable: 3, with one line naming the source.
    CHECK(desk({QStringLiteral("export"), QStringLiteral("source"), QStringLiteral("--source"), url,
                QStringLiteral("--tenant"), QStringLiteral("gamma")})
              .exitCode == 4);
    const Run missing = desk({QStringLiteral("tenants"), QStringLiteral("--source"),
                              QStringLiteral("sqlite:/nonexistent/dealix.sqlite")});
    CHECK(missing.exitCode == 3);
    CHECK(missing.err.trimmed().split('\n').size() == 1);
    CHECK(missing.err.contains("sqlite:/nonexistent/dealix.sqlite"));
    // Unwritable output path: 1, and no file.
    const Run unwritable =
        desk({QStringLiteral("export"), QStringLiteral("source"), QStringLiteral("--source"), url,
              QStringLiteral("--tenant"), QStringLiteral("alpha"), QStringLiteral("-o"),
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
    const Run r = desk({QStringLiteral("--source"), url, QStringLiteral("--tenant"),
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
    const Run demo = desk({QStringLiteral("demo"), QStringLiteral("-o"), db,
                           QStringLiteral("--scale"), QStringLiteral("0.1")});
    REQUIRE(demo.exitCode == 0);
    const QStringList common = {QStringLiteral("--source"), QStringLiteral("sqlite:") + db,
                                QStringLiteral("--tenant"), QStringLiteral("najd-trading")};
    const Run room = desk(QStringList{QStringLiteral("export"), QStringLiteral("executive-room"),
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
    CHECK(desk(QStringList{QStringLiteral("export"), QStringLiteral("executive-room"),
                           QStringLiteral("--period"), QStringLiteral("decade")} +
               common)
              .exitCode != 0);
    const Run weekly =
        desk(QStringList{QStringLiteral("export"), QStringLiteral("weekly-review")} + common);
    REQUIRE(weekly.exitCode == 0);
    const QJsonObject pack = QJsonDocument::fromJson(weekly.out).object();
    for (const char *key :
         {"week_of", "overall_rag", "blockers", "risk_summary", "decisions_required", "changes",
          "synergy_actual_sar", "synergy_target_sar", "provenance"}) {
        INFO(key);
        CHECK(pack.contains(QLatin1String(key)));
    }
    const Run csv = desk(QStringList{QStringLiteral("export"), QStringLiteral("weekly-review"),
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
    const Run r = desk({QStringLiteral("board-pack"), QStringLiteral("--source"),
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
    const Run demo =
        desk({QStringLiteral("demo"), QStringLiteral("-o"), QStringLiteral("/dev/stdout"),
              QStringLiteral("--scale"), QStringLiteral("0.01")});
    CHECK(demo.exitCode != 0);
    CHECK(demo.err.contains("not a regular file"));
}
