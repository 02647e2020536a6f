// The offline review copy: every surface's figures identical to the live source, tamper
// detection, missing and corrupt files, read-only; and the Saudi Compliance Dashboard
// offscreen in Arabic.
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/surfaces.h"
#include "models/compliance/compliancemodel.h"
#include "models/core/roles.h"
#include "models/core/settings.h"
#include "models/core/uistate.h"
#include "models/source/demogenerator.h"
#include "models/source/offlinecopy.h"
#include "tests/support/compliancefixture.h"
#include "tests/support/refreshwait.h"
#include "tests/support/smalldisk.h"
#include "tests/support/testsupport.h"
#include "views/compliance/compliancewidget.h"
#include "views/executive/executiveroomwidget.h"
#include "views/print/printdocument.h"
#include "views/risk/heatmapview.h"
#include "views/risk/riskheatmapwidget.h"
#include "views/surface/surface.h"
#include "views/weekly/weeklyreviewwidget.h"
#include "views/widgets/actorpicker.h"
#include "views/widgets/kpitile.h"
#include "views/widgets/livecompliancejob.h"
#include "views/widgets/messagebanner.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

#include <catch2/catch.hpp>

namespace {

const QDateTime AsOf(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);

QString demo(QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("live.sqlite"));
    DemoOptions o;
    o.scale = 0.1;
    o.now = AsOf;
    QString error;
    REQUIRE(DemoGenerator::writeSqliteFile(path, o, nullptr, &error));
    return path;
}

// Changes a file behind the app's back, as someone with sqlite3 would.
void edit(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("edit-") + QFileInfo(path).fileName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// What a writer killed in the middle of its work leaves: from (a file of one's own) the file
// and its log (suffix: "-wal" or "-journal") copied to to while another connection, having run
// statements, still has them open.
void copyMidWrite(const QString &from, const QStringList &statements, const QString &suffix,
                  const QString &to)
{
    const QString name = QStringLiteral("writer-") + QFileInfo(to).fileName();
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(from);
        REQUIRE(other.open());
        QSqlQuery q(other);
        for (const QString &sql : statements)
            REQUIRE(q.exec(sql));
        REQUIRE(QFileInfo(from + suffix).size() > 0);
        REQUIRE(QFile::copy(from, to));
        REQUIRE(QFile::copy(from + suffix, to + suffix));
        other.close(); // rolls an open transaction back
    }
    QSqlDatabase::removeDatabase(name);
}

// A surface's JSON without what differs by design (when and from where it was computed).
QJsonObject figures(const Surface &surface, const Session &session, const QString &format)
{
    ExportRequest request;
    request.format = format;
    request.asOf = AsOf;
    QByteArray out;
    QString error;
    INFO(surface.id().toStdString() << ": " << error.toStdString());
    REQUIRE(surface.exportData(session, request, &out, &error));
    QJsonObject o = QJsonDocument::fromJson(out).object();
    o.remove(QStringLiteral("provenance"));
    o.remove(QStringLiteral("offline_copy"));
    return o;
}

} // namespace

TEST_CASE("offline copy: every surface's figures identical to the live source", "[offline][sqlite]")
{
    registerSurfaces();
    auto dir = TestSupport::tempDir();
    const QString live = demo(*dir);
    Session source;
    REQUIRE(source.open(SourceUrl::sqlite(live)));
    REQUIRE(source.selectTenant(QStringLiteral("najd-trading")));
    const QString copy = dir->filePath(QStringLiteral("copy.sqlite"));
    QString error;
    REQUIRE(OfflineCopy::write(source, copy, AsOf, &error));
    CHECK_FALSE(QFileInfo::exists(copy + QStringLiteral(".partial")));
    Session offline;
    REQUIRE(offline.open(SourceUrl::sqlite(copy)));
    CHECK(offline.isOffline());
    CHECK(offline.isReadOnly());
    CHECK(offline.offline().intact);
    CHECK(offline.offline().asOf == AsOf);
    CHECK(offline.offline().tenantSlug == QLatin1String("najd-trading"));
    CHECK(offline.offline().source == QStringLiteral("sqlite:") + live);
    // One tenant only, chosen by itself.
    REQUIRE(offline.tenants().ok());
    REQUIRE(offline.tenants()->size() == 1);
    REQUIRE(offline.selectTenant(QString()));
    for (const auto &surface : SurfaceRegistry::instance().surfaces()) {
        if (surface->id() == QLatin1String("source"))
            continue; // counts every tenant's rows by design: the copy holds one
        INFO(surface->id().toStdString());
        const QJsonObject a = figures(*surface, source, QStringLiteral("json"));
        const QJsonObject b = figures(*surface, offline, QStringLiteral("json"));
        CHECK(a == b);
        CHECK_FALSE(a.isEmpty());
    }
    // Every export from the copy says so.
    ExportRequest request;
    request.asOf = AsOf;
    QByteArray out;
    REQUIRE(SurfaceRegistry::instance()
                .find(QStringLiteral("executive-room"))
                ->exportData(offline, request, &out, &error));
    const QJsonObject marked =
        QJsonDocument::fromJson(out).object().value(QStringLiteral("offline_copy")).toObject();
    CHECK(marked.value(QStringLiteral("integrity")).toString() == QLatin1String("verified"));
    request.format = QStringLiteral("csv");
    REQUIRE(SurfaceRegistry::instance()
                .find(QStringLiteral("compliance"))
                ->exportData(offline, request, &out, &error));
    CHECK(out.mid(3).startsWith("# Offline copy as of"));
    // Writing into the copy is refused with the reason.
    TenantActor who;
    QString why;
    CHECK(WriteBack::findActor(offline, QStringLiteral("anyone@x.sa"), WriteBack::adminRoles(),
                               &who, &why) == WriteBack::Lookup::Refused);
    CHECK(why.contains(QStringLiteral("read-only")));
}

TEST_CASE("offline copy of a plain Dealix source: the source's shape, the same figures, another "
          "tenant's consent left behind",
          "[offline][sqlite][schema]")
{
    registerSurfaces();
    auto dir = TestSupport::tempDir();
    const QString live = demo(*dir);
    {
        // Dealix as it is: no optional tables of this app, no enhanced approval columns, the
        // other evidence_packs shape (NOT NULL title_ar, created_by_id), a pack without a
        // creation time; and another tenant's legacy consent naming one of our leads.
        Session raw;
        REQUIRE(raw.open(SourceUrl::sqlite(live)));
        QSqlQuery q(raw.database());
        for (const char *sql :
             {"drop table revenue_targets", "drop table risks", "drop table connector_probes",
              "drop table compliance_scan_results", "drop index if exists ix_approvals_queue",
              "drop index if exists ix_approvals_priority",
              "drop index if exists ix_approvals_queue_rank",
              "drop index if exists ix_approvals_figures",
              "alter table approval_requests drop column priority",
              "alter table approval_requests drop column category",
              "alter table approval_requests drop column escalation_level",
              "alter table approval_requests drop column sla_deadline_at",
              "drop table evidence_packs",
              "create table evidence_packs (id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL, "
              "created_at TEXT, updated_at TEXT, decision_type TEXT NOT NULL, title_ar TEXT NOT "
              "NULL, title_en TEXT, sources TEXT, status TEXT NOT NULL DEFAULT 'draft', "
              "approved_by_id TEXT, approved_at TEXT, created_by_id TEXT NOT NULL)",
              "insert into evidence_packs select 'p1', id, null, null, 'board_report', 'حزمة', "
              "'Pack', '[]', 'draft', null, null, 'u' from tenants where slug = 'najd-trading'",
              "alter table users add column totp_secret TEXT",
              "update users set totp_secret = 'JBSWY3DPEHPK3PXP'",
              "insert into consents (id, created_at, updated_at, tenant_id, lead_id, channel, "
              "status) select 'x-consent', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', "
              "(select id from tenants where slug <> 'najd-trading' limit 1), l.id, 'EMAIL', "
              "'OPTED_IN' from leads l join tenants t on t.id = l.tenant_id where t.slug = "
              "'najd-trading' limit 1"}) {
            INFO(sql);
            REQUIRE(q.exec(QString::fromUtf8(sql)));
        }
    }
    Session source;
    REQUIRE(source.open(SourceUrl::sqlite(live)));
    REQUIRE(source.selectTenant(QStringLiteral("najd-trading")));
    const QString copy = dir->filePath(QStringLiteral("copy.sqlite"));
    QString error;
    INFO(error.toStdString());
    REQUIRE(OfflineCopy::write(source, copy, AsOf, &error));
    {
        Session offline;
        REQUIRE(offline.open(SourceUrl::sqlite(copy)));
        REQUIRE(offline.offline().intact);
        REQUIRE(offline.selectTenant(QString()));
        // The copy has what the source has, nothing more.
        for (const char *table :
             {"revenue_targets", "risks", "connector_probes", "compliance_scan_results"})
            CHECK_FALSE(offline.schema().hasTable(QLatin1String(table)));
        CHECK_FALSE(offline.schema().hasColumn(QStringLiteral("approval_requests"),
                                               QStringLiteral("sla_deadline_at")));
        CHECK(offline.schema().columns(QStringLiteral("evidence_packs")) ==
              source.schema().columns(QStringLiteral("evidence_packs")));
        QSqlQuery leaked(offline.database());
        REQUIRE(
            leaked.exec(QStringLiteral("select count(*) from consents where id = 'x-consent'")));
        REQUIRE(leaked.next());
        CHECK(leaked.value(0).toInt() == 0);
        // A column the app knows nothing about (here a secret) never travels.
        CHECK_FALSE(
            offline.schema().hasColumn(QStringLiteral("users"), QStringLiteral("totp_secret")));
        QFile file(copy);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK_FALSE(file.readAll().contains("JBSWY3DPEHPK3PXP"));
        for (const auto &surface : SurfaceRegistry::instance().surfaces()) {
            if (surface->id() == QLatin1String("source"))
                continue;
            INFO(surface->id().toStdString());
            CHECK(figures(*surface, source, QStringLiteral("json")) ==
                  figures(*surface, offline, QStringLiteral("json")));
        }
    }
    // A table added to the copy afterwards (the source had none) is a change, as is one taken
    // away.
    const QString added = dir->filePath(QStringLiteral("added.sqlite"));
    QFile::copy(copy, added);
    edit(added, QStringLiteral("create table risks (id TEXT PRIMARY KEY)"));
    auto problems = [](const QString &path) {
        Session s;
        s.open(SourceUrl::sqlite(path));
        CHECK_FALSE(s.offline().intact);
        return s.offline().problems.join(u' ');
    };
    CHECK(problems(added).contains(QStringLiteral("risks")));
    // A column renamed (the surfaces would silently read NULL), values untouched: caught.
    const QString renamed = dir->filePath(QStringLiteral("renamed.sqlite"));
    QFile::copy(copy, renamed);
    edit(renamed, QStringLiteral("alter table strategic_deals rename column estimated_value_sar "
                                 "to estimated_value_saz"));
    CHECK(problems(renamed).contains(QStringLiteral("strategic_deals")));
    // A copy of another format is not passed as verified.
    const QString older = dir->filePath(QStringLiteral("older.sqlite"));
    QFile::copy(copy, older);
    edit(older, QStringLiteral("update offline_manifest set value = '1' where key = 'format'"));
    CHECK(problems(older).contains(QStringLiteral("format 1")));
}

TEST_CASE("offline copy: a changed row, a changed manifest, a missing and a corrupt file",
          "[offline][bad-input]")
{
    auto dir = TestSupport::tempDir();
    const QString live = demo(*dir);
    Session source;
    REQUIRE(source.open(SourceUrl::sqlite(live)));
    REQUIRE(source.selectTenant(QStringLiteral("eastern-industrial")));
    const QString copy = dir->filePath(QStringLiteral("copy.sqlite"));
    QString error;
    REQUIRE(OfflineCopy::write(source, copy, AsOf, &error));
    auto status = [](const QString &path) {
        Session s;
        REQUIRE(s.open(SourceUrl::sqlite(path)));
        return s.offline();
    };
    // One amount changed after writing: caught, and said where.
    const QString deal = dir->filePath(QStringLiteral("deal.sqlite"));
    QFile::copy(copy, deal);
    edit(deal, QStringLiteral("update deals set value = value + 0.01 where id = (select min(id) "
                              "from deals)"));
    OfflineStatus s = status(deal);
    CHECK_FALSE(s.intact);
    CHECK(s.problems == QStringList{QStringLiteral("deals was changed")});
    CHECK(s.summary(QTimeZone("Asia/Riyadh")).contains(QStringLiteral("ALTERED")));
    // A row deleted.
    const QString deleted = dir->filePath(QStringLiteral("deleted.sqlite"));
    QFile::copy(copy, deleted);
    edit(deleted, QStringLiteral("delete from audit_logs where id = (select max(id) from "
                                 "audit_logs)"));
    CHECK(status(deleted).problems == QStringList{QStringLiteral("audit_logs was changed")});
    // The manifest edited to hide a change (its as-of moved): its own digest catches it.
    const QString manifest = dir->filePath(QStringLiteral("manifest.sqlite"));
    QFile::copy(copy, manifest);
    edit(manifest, QStringLiteral("update offline_manifest set value = "
                                  "'2030-01-01T00:00:00.000Z' where key = 'as_of'"));
    CHECK(status(manifest).problems.contains(QStringLiteral("the manifest itself was changed")));
    // The manifest dropped altogether: still known as a copy (its application id), and altered.
    const QString dropped = dir->filePath(QStringLiteral("dropped.sqlite"));
    QFile::copy(copy, dropped);
    edit(dropped, QStringLiteral("drop table offline_manifest"));
    OfflineStatus d = status(dropped);
    CHECK(d.isOffline);
    CHECK_FALSE(d.intact);
    CHECK(d.problems.join(u' ').contains(QStringLiteral("the manifest is missing")));
    // An altered copy is not given fresh digests by copying it again.
    {
        Session altered;
        REQUIRE(altered.open(SourceUrl::sqlite(deal)));
        REQUIRE(altered.selectTenant(QString()));
        CHECK_FALSE(OfflineCopy::write(altered, dir->filePath(QStringLiteral("laundered.sqlite")),
                                       AsOf, &error));
        CHECK(error.contains(QStringLiteral("altered")));
        CHECK_FALSE(QFileInfo::exists(dir->filePath(QStringLiteral("laundered.sqlite"))));
    }
    // A copy of an intact copy keeps the original source; credentials never travel.
    {
        Session intact;
        REQUIRE(intact.open(SourceUrl::sqlite(copy)));
        REQUIRE(intact.selectTenant(QString()));
        const QString second = dir->filePath(QStringLiteral("second.sqlite"));
        REQUIRE(OfflineCopy::write(intact, second, AsOf, &error));
        CHECK(status(second).source == QStringLiteral("sqlite:") + live);
        QSqlQuery hashes(intact.database());
        REQUIRE(hashes.exec(QStringLiteral("select count(*), sum(password_hash = '(not copied)') "
                                           "from users")));
        REQUIRE(hashes.next());
        CHECK(hashes.value(0).toInt() > 0);
        CHECK(hashes.value(0).toInt() == hashes.value(1).toInt());
    }
    // The untouched copy is intact.
    CHECK(status(copy).intact);
    // A copy someone switched to WAL mode (sqlite3's "pragma journal_mode = wal") opens intact
    // and is read, and leaves no -wal or -shm file beside it; a name that needs escaping in a
    // SQLite URI opens too.
    const QString wal = dir->filePath(QStringLiteral("wal copy ملف?#%25&.sqlite"));
    REQUIRE(QFile::copy(copy, wal));
    edit(wal, QStringLiteral("pragma journal_mode = wal"));
    {
        Session walSession;
        REQUIRE(walSession.open(SourceUrl::sqlite(wal)));
        CHECK(walSession.offline().intact);
        REQUIRE(walSession.selectTenant(QString()));
        QSqlQuery q(walSession.database());
        REQUIRE(q.exec(QStringLiteral("select count(*) from deals")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() > 0);
    }
    CHECK_FALSE(QFileInfo::exists(wal + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(wal + QStringLiteral("-shm")));
    // Another program holds the WAL copy open and has committed a change that is still in its
    // -wal file: the copy is read through that WAL, so the change is seen and flagged.
    {
        const QString name = QStringLiteral("wal-writer");
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            other.setDatabaseName(wal);
            REQUIRE(other.open());
            QSqlQuery q(other);
            REQUIRE(q.exec(QStringLiteral("pragma wal_autocheckpoint = 0")));
            REQUIRE(q.exec(QStringLiteral("update deals set value = value + 0.01 where id = "
                                          "(select min(id) from deals)")));
            REQUIRE(QFileInfo::exists(wal + QStringLiteral("-wal")));
            Session walSession;
            REQUIRE(walSession.open(SourceUrl::sqlite(wal)));
            CHECK_FALSE(walSession.offline().intact);
            CHECK(walSession.offline().problems ==
                  QStringList{QStringLiteral("deals was changed")});
            other.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    // On read-only media (a read-only mount): the WAL copy opens intact and is read, nothing is
    // made beside it; the same copy with a committed change still in its -wal is refused with
    // the reason, never called "not a SQLite database" and never verified without that change.
    {
        TestSupport::SmallDisk media(32 * 1024);
        INFO(media.error().toStdString());
        REQUIRE(media.ok());
        const QString onMedia = media.filePath(QStringLiteral("copy ro.sqlite"));
        REQUIRE(QFile::copy(copy, onMedia));
        edit(onMedia, QStringLiteral("pragma journal_mode = wal"));
        // The second file: the same copy with a change left in its -wal by a writer that has
        // not folded it in (its -wal copied while it was still open).
        const QString pending = media.filePath(QStringLiteral("pending.sqlite"));
        REQUIRE(QFile::copy(wal, dir->filePath(QStringLiteral("pending.sqlite"))));
        copyMidWrite(dir->filePath(QStringLiteral("pending.sqlite")),
                     {QStringLiteral("pragma wal_autocheckpoint = 0"),
                      QStringLiteral("update deals set value = value + 0.01 where id = (select "
                                     "min(id) from deals)")},
                     QStringLiteral("-wal"), pending);
        // The third: a copy in rollback mode left with a hot journal by a writer killed in the
        // middle of a change (its file and -journal copied while the change was under way).
        const QString hot = media.filePath(QStringLiteral("hot.sqlite"));
        REQUIRE(QFile::copy(copy, dir->filePath(QStringLiteral("hot.sqlite"))));
        copyMidWrite(dir->filePath(QStringLiteral("hot.sqlite")),
                     {QStringLiteral("pragma cache_size = 1"), QStringLiteral("begin"),
                      QStringLiteral("update deals set value = value + 0.01")},
                     QStringLiteral("-journal"), hot);
        REQUIRE(media.remountReadOnly());
        const QStringList before = QDir(media.path()).entryList(QDir::Files);
        {
            Session ro;
            INFO(ro.errorString().toStdString());
            REQUIRE(ro.open(SourceUrl::sqlite(onMedia)));
            CHECK(ro.offline().intact);
            REQUIRE(ro.selectTenant(QString()));
            QSqlQuery q(ro.database());
            REQUIRE(q.exec(QStringLiteral("select count(*) from deals")));
            REQUIRE(q.next());
            CHECK(q.value(0).toInt() > 0);
        }
        Session refused;
        CHECK_FALSE(refused.open(SourceUrl::sqlite(pending)));
        INFO(refused.errorString().toStdString());
        CHECK(refused.errorString().contains(QStringLiteral("unfinished changes in its log")));
        CHECK_FALSE(refused.errorString().contains(QStringLiteral("not a SQLite database")));
        Session hotRefused;
        CHECK_FALSE(hotRefused.open(SourceUrl::sqlite(hot)));
        INFO(hotRefused.errorString().toStdString());
        CHECK(hotRefused.errorString().contains(QStringLiteral("unfinished changes in its log")));
        CHECK(hotRefused.errorString().contains(QStringLiteral("hot.sqlite-journal")));
        CHECK(QDir(media.path()).entryList(QDir::Files) == before);
    }
    // Missing and corrupt files: a clear message, no offline status.
    Session missing;
    CHECK_FALSE(missing.open(SourceUrl::sqlite(dir->filePath(QStringLiteral("none.sqlite")))));
    CHECK(missing.errorString().contains(QStringLiteral("no such file")));
    const QString corrupt = dir->filePath(QStringLiteral("corrupt.sqlite"));
    {
        QFile f(corrupt);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, '\x5a'));
    }
    Session broken;
    CHECK_FALSE(broken.open(SourceUrl::sqlite(corrupt)));
    CHECK(broken.errorString().contains(QStringLiteral("not a SQLite database")));
    // An unwritable target: no file, the reason said; an existing copy is left as it was.
    CHECK_FALSE(
        OfflineCopy::write(source, QStringLiteral("/nonexistent/dir/copy.sqlite"), AsOf, &error));
    INFO(error.toStdString());
    CHECK(error.contains(QStringLiteral("/nonexistent/dir/copy.sqlite")));
    const QByteArray before = [&] {
        QFile f(copy);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }();
    bool asked = false;
    CHECK_FALSE(OfflineCopy::write(source, copy, AsOf, &error, [&](int done, int) {
        asked = true;
        return done < 3; // cancel part-way
    }));
    CHECK(asked);
    QFile again(copy);
    REQUIRE(again.open(QIODevice::ReadOnly));
    CHECK(again.readAll() == before);
}

TEST_CASE("main window on an altered offline copy: flagged in the status bar, File ▸ Save",
          "[offline][gui]")
{
    registerSurfaces();
    auto dir = TestSupport::tempDir();
    const QString live = demo(*dir);
    std::unique_ptr<Settings> settings = Settings::temporary();
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"));
    MainWindow w(*settings, language);
    QString error;
    REQUIRE(w.openSource(QStringLiteral("sqlite:") + live, QString(),
                         QStringLiteral("redsea-logistics"), &error));
    w.show();
    const QString copy = dir->filePath(QStringLiteral("redsea.sqlite"));
    w.setAsOf(AsOf);
    REQUIRE(w.saveOfflineCopy(copy));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t"));
        db.setDatabaseName(copy);
        REQUIRE(db.open());
        QSqlQuery(db).exec(QStringLiteral("update leads set status = 'won' where id = (select "
                                          "min(id) from leads)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("t"));
    w.setAsOf(QDateTime());
    REQUIRE(w.openSource(QStringLiteral("sqlite:") + copy, QString(), QString(), &error));
    CHECK(w.effectiveAsOf() == AsOf);
    bool flagged = false;
    for (QLabel *l : w.statusBar()->findChildren<QLabel *>())
        flagged = flagged || (l->text().contains(QStringLiteral("ALTERED")) &&
                              l->text().contains(QStringLiteral("leads was changed")));
    CHECK(flagged);
}

namespace {

// "Run checks" runs off the GUI thread: starts it and waits for the message it shows.
QString runChecksAndWait(ComplianceWidget &w)
{
    QSignalSpy done(&w, &ComplianceWidget::checksFinished);
    w.runChecks();
    if (done.isEmpty())
        REQUIRE(done.wait(30000));
    return done.first().value(0).toString();
}

} // namespace

TEST_CASE("compliance dashboard in Arabic: mirrored, grouped, evidence, run and record checks",
          "[gui][compliance][arabic]")
{
    registerSurfaces();
    LanguageManager language;
    REQUIRE(language.setLanguage(QStringLiteral("ar")));
    auto dir = TestSupport::tempDir();
    auto s = ComplianceFixture::openSqlite(*dir);
    REQUIRE(s->selectTenant(QStringLiteral("comp")));
    ComplianceWidget w;
    w.setSession(s.get(), ComplianceFixture::asOf());
    w.resize(1200, 800);
    w.show();
    REQUIRE(TestSupport::refreshAndWait(w));
    CHECK(w.layoutDirection() == Qt::RightToLeft);
    // The stored status is what Dealix records, beside what the data shows.
    CHECK(w.model()->headerData(ComplianceModel::StatusColumn, Qt::Horizontal).toString() ==
          QStringLiteral("سجلات Dealix"));
    CHECK(w.model()->isHeading(0));
    // Seeded as Dealix seeds them: everything partial, rate 0.
    // Arabic-Indic digits and the Arabic percent sign (Qt adds a letter mark after it).
    CHECK(w.tile(0)->value().startsWith(QStringLiteral("٠٫٠٪")));
    // Run without recording: the live result beside the stored status, nothing written.
    REQUIRE_FALSE(w.recordBox()->isChecked());
    const QString shown = runChecksAndWait(w);
    INFO(shown.toStdString());
    CHECK(shown.contains(QStringLiteral("لم تُسجَّل")));
    REQUIRE(w.selectControl(QStringLiteral("PDPL-C01")));
    CHECK(w.model()
              ->index(1, ComplianceModel::LiveColumn)
              .data()
              .toString()
              .contains(QStringLiteral("غير ممتثل")));
    // The model's states: the live non-compliant result critical, the seeded partial warning.
    CHECK(
        w.model()->index(1, ComplianceModel::LiveColumn).data(Roles::StateRole).value<UiState>() ==
        UiState::Critical);
    CHECK(w.model()
              ->index(1, ComplianceModel::StatusColumn)
              .data(Roles::StateRole)
              .value<UiState>() == UiState::Warning);
    CHECK(w.evidenceView()->toPlainText().contains(QStringLiteral("select count(*)")));
    // Figures as of a past time are not recorded as the current status.
    w.recordBox()->setChecked(true);
    w.actorPicker()->setEmail(QStringLiteral("comp@x.sa"));
    CHECK(runChecksAndWait(w).contains(QStringLiteral("وقت سابق")));
    CHECK(w.banner()->level() == MessageBanner::Level::Warning);
    // Record as of now, as the owner: statuses change, history appears.
    w.setSession(s.get(), QDateTime());
    REQUIRE(TestSupport::refreshAndWait(w));
    w.recordBox()->setChecked(true);
    w.actorPicker()->setEmail(QStringLiteral("comp@x.sa"));
    const QString recorded = runChecksAndWait(w);
    INFO(recorded.toStdString());
    CHECK(w.banner()->level() == MessageBanner::Level::Info);
    REQUIRE(w.selectControl(QStringLiteral("PDPL-C01")));
    CHECK(w.model()
              ->index(1, ComplianceModel::StatusColumn)
              .data()
              .toString()
              .contains(QStringLiteral("غير ممتثل")));
    CHECK(w.historyTable()->rowCount() == 1);
    CHECK(w.tile(0)->value().startsWith(QStringLiteral("٢٥٫٠٪")));
    CHECK(recorded.contains(QStringLiteral("حُدّثت ٤ ضوابط")));
    language.setLanguage(QStringLiteral("en"));
}

namespace {

// Saves a picture of w when DEALIX_SCREENSHOTS names a directory (to look at, not to compare).
void shoot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("DEALIX_SCREENSHOTS");
    if (!dir.isEmpty())
        w.grab().save(QDir(dir).filePath(name));
}

} // namespace

TEST_CASE("compliance dashboard: stored first, the data beside it from the background, both "
          "languages",
          "[gui][compliance][live]")
{
    registerSurfaces();
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ar")}) {
        INFO(lang.toStdString());
        LanguageManager language;
        REQUIRE(language.setLanguage(lang));
        const bool ar = lang == QLatin1String("ar");
        auto dir = TestSupport::tempDir();
        auto s = ComplianceFixture::openSqlite(*dir);
        ComplianceFixture::recordCompliant(*s);
        ComplianceWidget w;
        w.setSession(s.get(), ComplianceFixture::asOf());
        w.resize(1400, 800);
        w.show();
        QSignalSpy delivered(w.liveJob(), &LiveComplianceJob::finished);
        REQUIRE(TestSupport::refreshAndWait(w));
        CHECK(w.layoutDirection() == (ar ? Qt::RightToLeft : Qt::LeftToRight));
        // The stored figures at once; the checks still running off the GUI thread.
        REQUIRE(w.selectControl(QStringLiteral("PDPL-C01")));
        const int row = w.model()->rowOf(QStringLiteral("PDPL-C01"));
        CHECK(w.model()->headerData(ComplianceModel::StatusColumn, Qt::Horizontal).toString() ==
              (ar ? QStringLiteral("سجلات Dealix") : QStringLiteral("Dealix records")));
        CHECK(w.model()->headerData(ComplianceModel::LiveColumn, Qt::Horizontal).toString() ==
              (ar ? QStringLiteral("ما تظهره البيانات") : QStringLiteral("Data shows")));
        CHECK(w.liveJob()->isRunning());
        CHECK_FALSE(w.matrix().live.ran);
        CHECK(w.tile(4)->value() == QStringLiteral("…"));
        REQUIRE((!delivered.isEmpty() || delivered.wait(30000)));
        // Both columns: Dealix records compliant, the data non-compliant, marked.
        CHECK(w.model()->index(row, ComplianceModel::StatusColumn).data().toString() ==
              (ar ? QStringLiteral("✓ ممتثل") : QStringLiteral("✓ Compliant")));
        const QString shown = w.model()->index(row, ComplianceModel::LiveColumn).data().toString();
        INFO(shown.toStdString());
        CHECK(shown.startsWith(QStringLiteral("≠")));
        CHECK(shown.contains(ar ? QStringLiteral("غير ممتثل") : QStringLiteral("Non-compliant")));
        // The header counts the disagreements (PDPL-C01, PDPL-C05, SDAIA-C02) and gives the
        // posture both ways.
        CHECK(w.tile(4)->value() == (ar ? QStringLiteral("٣") : QStringLiteral("3")));
        CHECK(w.tile(4)->state() == KpiTile::State::Critical);
        CHECK(w.tile(2)->value() ==
              (ar ? QStringLiteral("ممتثل جزئيًا") : QStringLiteral("Partially compliant")));
        CHECK(w.tile(2)->detail().startsWith(ar ? QStringLiteral("البيانات تُظهر معرّض للخطر")
                                                : QStringLiteral("Data shows At risk")));
        CHECK(w.tile(2)->state() == KpiTile::State::Critical);
        CHECK(w.evidenceView()->toPlainText().contains(QStringLiteral("≠")));
        shoot(w, QStringLiteral("compliance-%1.png").arg(lang));
        // The Executive Room's tiles say the same at once: they read the dashboard's run on the
        // same connection, and run no checks of their own.
        ExecutiveRoomWidget room;
        room.setSession(s.get(), ComplianceFixture::asOf());
        room.resize(1400, 900);
        room.show();
        REQUIRE(TestSupport::refreshAndWait(room));
        CHECK_FALSE(room.findChild<LiveComplianceJob *>()->isRunning());
        CHECK(room.tile(QStringLiteral("compliance.disagreeing"))->value() ==
              (ar ? QStringLiteral("٣") : QStringLiteral("3")));
        CHECK(room.tile(QStringLiteral("compliance.posture"))->value() ==
              (ar ? QStringLiteral("ممتثل جزئيًا (السجلات)، معرّض للخطر (البيانات)")
                  : QStringLiteral("Partially compliant (records) · At risk (data)")));
        CHECK(room.tile(QStringLiteral("compliance.posture"))->state() == KpiTile::State::Critical);
        shoot(room, QStringLiteral("executive-%1.png").arg(lang));
        // The Weekly Review's RAG reads the data and says where the records disagree.
        WeeklyReviewWidget weekly;
        weekly.setSession(s.get(), ComplianceFixture::asOf());
        weekly.show();
        REQUIRE(TestSupport::refreshAndWait(weekly));
        CHECK_FALSE(weekly.findChild<LiveComplianceJob *>()->isRunning());
        CHECK(weekly.review().current.compliance.live.ran);
        CHECK(weekly.ragBanner()->text().contains(QStringLiteral("PDPL-C01")));
        language.setLanguage(QStringLiteral("en"));
    }
}

TEST_CASE("compliance dashboard: a tenant change cancels the live checks, nothing stale shown",
          "[gui][compliance][live]")
{
    registerSurfaces();
    LanguageManager language;
    REQUIRE(language.setLanguage(QStringLiteral("en")));
    auto dir = TestSupport::tempDir();
    auto s = ComplianceFixture::openSqlite(*dir);
    ComplianceFixture::recordCompliant(*s);
    ComplianceWidget w;
    w.setSession(s.get(), ComplianceFixture::asOf());
    QSignalSpy delivered(w.liveJob(), &LiveComplianceJob::finished);
    REQUIRE(TestSupport::refreshAndWait(w));
    REQUIRE(w.liveJob()->isRunning());
    // Another tenant before the checks come back: the run is discarded.
    REQUIRE(s->selectTenant(QStringLiteral("ownerless")));
    w.setSession(s.get(), ComplianceFixture::asOf());
    CHECK_FALSE(w.liveJob()->isRunning());
    CHECK_FALSE(delivered.wait(3000));
    CHECK(delivered.isEmpty());
    CHECK_FALSE(w.matrix().live.ran);
    CHECK(w.model()->rowCount() == 0);
    // The new tenant's own checks run on its refresh.
    REQUIRE(TestSupport::refreshAndWait(w));
    REQUIRE(delivered.wait(30000));
    CHECK(w.matrix().live.tenantId == s->tenantId());
}

TEST_CASE("risk heatmap: records first, the control rated on the data when the background checks "
          "arrive, both statuses in the cell, both languages",
          "[gui][risk][live]")
{
    registerSurfaces();
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ar")}) {
        INFO(lang.toStdString());
        LanguageManager language;
        REQUIRE(language.setLanguage(lang));
        const bool ar = lang == QLatin1String("ar");
        auto dir = TestSupport::tempDir();
        auto s = ComplianceFixture::openSqlite(*dir);
        // PDPL-C01 (critical) recorded compliant; the data: 2 of 6 contacted leads with a valid
        // consent → non-compliant: likelihood 4 × impact 5.
        ComplianceFixture::recordCompliant(*s);
        RiskHeatmapWidget w;
        w.setSession(s.get(), ComplianceFixture::asOf());
        w.resize(1400, 800);
        w.show();
        auto *job = w.findChild<LiveComplianceJob *>();
        REQUIRE(job);
        QSignalSpy delivered(job, &LiveComplianceJob::finished);
        TestSupport::RefreshWaiter rated(w);
        REQUIRE(w.refresh());
        REQUIRE(rated.waitFor(1));
        // The records at once (PDPL-C01 is no risk there), the checks still running.
        CHECK(job->isRunning());
        CHECK(w.reg().cells[3][4] == 0);
        // The checks' arrival computes the register again, in the background too.
        REQUIRE((!delivered.isEmpty() || delivered.wait(30000)));
        REQUIRE(rated.waitFor(2));
        CHECK(w.reg().cells[3][4] == 1);
        w.heatmap()->select(4, 5);
        REQUIRE(w.cellList()->count() == 1);
        const QString shown = w.cellList()->item(0)->text();
        INFO(shown.toStdString());
        CHECK(shown.contains(QStringLiteral("PDPL-C01")));
        CHECK(shown.contains(QStringLiteral("≠")));
        CHECK(
            shown.contains(ar ? QStringLiteral("✓ ممتثل") : QStringLiteral("records ✓ Compliant")));
        CHECK(shown.contains(ar ? QStringLiteral("✗ غير ممتثل")
                                : QStringLiteral("data ✗ Non-compliant")));
        // The summary counts the controls whose records the data contradicts (PDPL-C01,
        // PDPL-C05, SDAIA-C02).
        CHECK(w.summaryText().contains(
            ar ? QStringLiteral("٣ ضوابط: السجلات تخالف البيانات")
               : QStringLiteral("3 controls: records disagree with the data")));
        shoot(w, QStringLiteral("risk-heatmap-%1.png").arg(lang));
        // Another tenant: the checks are discarded and the next refresh shows its own records.
        // (Another as-of, so that the run just delivered is not reused and a run is in flight.)
        w.setSession(s.get(), ComplianceFixture::asOf().addSecs(-60));
        REQUIRE(TestSupport::refreshAndWait(w));
        REQUIRE(job->isRunning());
        REQUIRE(s->selectTenant(QStringLiteral("ownerless")));
        w.setSession(s.get(), ComplianceFixture::asOf());
        CHECK_FALSE(job->isRunning());
        language.setLanguage(QStringLiteral("en"));
    }
}

TEST_CASE("risk heatmap export and paper read the run's one live result, not a second run",
          "[gui][risk][live][print]")
{
    registerSurfaces();
    auto dir = TestSupport::tempDir();
    auto s = ComplianceFixture::openSqlite(*dir);
    ComplianceFixture::recordCompliant(*s);
    const Surface *surface = SurfaceRegistry::instance().find(QStringLiteral("risk-heatmap"));
    REQUIRE(surface);
    ExportRequest request;
    request.asOf = ComplianceFixture::asOf();
    // This run's checks, planted: NCA-C01 (recorded partial) non-compliant for a reason no
    // check gives, and nothing about PDPL-C01. A second run of the checks would find PDPL-C01
    // non-compliant and NCA-C01 partial.
    ComplianceLive planted;
    planted.ran = true;
    planted.tenantId = s->tenantId();
    planted.asOf = request.asOf;
    CheckResult nca;
    nca.controlId = QStringLiteral("NCA-C01");
    nca.status = QStringLiteral("non_compliant");
    nca.reason = QStringLiteral("planted for the test");
    nca.checkedAt = request.asOf;
    planted.results << nca;
    request.compliance = std::make_shared<const ComplianceLive>(planted);
    QByteArray out;
    QString error;
    REQUIRE(surface->exportData(*s, request, &out, &error));
    const QJsonObject json = QJsonDocument::fromJson(out).object();
    QJsonObject ncaRisk;
    bool c01 = false;
    for (const QJsonValue &v : json.value(QStringLiteral("risks")).toArray()) {
        if (v[QStringLiteral("source_id")] == QLatin1String("NCA-C01"))
            ncaRisk = v.toObject();
        c01 = c01 || v[QStringLiteral("source_id")] == QLatin1String("PDPL-C01");
    }
    CHECK_FALSE(c01); // no result for it in this run: its record (compliant) stands
    CHECK(ncaRisk.value(QStringLiteral("likelihood")).toInt() == 4);
    CHECK(ncaRisk.value(QStringLiteral("why")).toString() ==
          QStringLiteral(
              "risk level Critical; records ! Partially compliant; data ✗ Non-compliant — planted "
              "for the test"));
    CHECK(ncaRisk[QStringLiteral("live")][QStringLiteral("reason")] ==
          QLatin1String("planted for the test"));
    CHECK(json.value(QStringLiteral("disagreeing")).toInt() == 1);
    // On paper: the banner of the compliance section and the marked row.
    PrintSection section;
    REQUIRE(surface->printSection(*s, request, &section, &error));
    QStringList banners;
    QString ncaRow;
    for (const PrintBlock &b : std::as_const(section.blocks)) {
        if (b.kind == PrintBlock::Kind::Banner)
            banners << b.text;
        for (const QStringList &row : b.table.rows) {
            if (row.join(QLatin1Char('|')).contains(QStringLiteral("NCA-C01")))
                ncaRow = row.join(QLatin1Char('|'));
        }
    }
    CHECK(banners ==
          QStringList{QStringLiteral("One control: records disagree with the data (NCA-C01)")});
    INFO(ncaRow.toStdString());
    CHECK(ncaRow.contains(
        QStringLiteral("≠ risk level Critical; records ! Partially compliant; data ✗ "
                       "Non-compliant — planted for the test")));
}

TEST_CASE("live checks that cannot run are said on the Executive Room and the Weekly Review, "
          "never \"checking\" forever",
          "[gui][compliance][live][failed]")
{
    registerSurfaces();
    LanguageManager language;
    REQUIRE(language.setLanguage(QStringLiteral("en")));
    auto dir = TestSupport::tempDir();
    auto s = ComplianceFixture::openSqlite(*dir);
    REQUIRE(s->selectTenant(QStringLiteral("comp")));
    ExecutiveRoomWidget room;
    WeeklyReviewWidget weekly;
    // Each surface's worker opens its connection (and keeps it) at a first refresh.
    room.setSession(s.get(), ComplianceFixture::asOf().addSecs(-3600));
    weekly.setSession(s.get(), ComplianceFixture::asOf().addSecs(-3600));
    REQUIRE(TestSupport::refreshAndWait(room));
    REQUIRE(TestSupport::refreshAndWait(weekly));
    // The connection the checks clone now names a file in a folder that does not exist: the
    // session and the surfaces' workers keep reading through their open connections, the
    // checks' own cannot open.
    QSqlDatabase db = s->database();
    db.setDatabaseName(dir->filePath(QStringLiteral("gone/compliance.sqlite")));

    room.setSession(s.get(), ComplianceFixture::asOf());
    auto *roomJob = room.findChild<LiveComplianceJob *>();
    QSignalSpy roomFailed(roomJob, &LiveComplianceJob::failed);
    // The stored figures first, then the failure shown by a refresh with it (in the background).
    TestSupport::RefreshWaiter roomShown(room);
    REQUIRE(room.refresh());
    INFO(room.errorString().toStdString());
    REQUIRE(roomShown.waitFor(1));
    REQUIRE((!roomFailed.isEmpty() || roomFailed.wait(30000)));
    REQUIRE(roomShown.waitFor(2));
    KpiTile *tile = room.tile(QStringLiteral("compliance.disagreeing"));
    INFO(tile->detail().toStdString());
    CHECK(tile->value() == QStringLiteral("—"));
    CHECK(tile->state() == KpiTile::State::Unavailable);
    CHECK(tile->detail().startsWith(
        QStringLiteral("Not available: The live compliance checks failed: ")));
    CHECK_FALSE(roomJob->isRunning());
    // The stored figures stay: the fixture's four controls, all recorded partial.
    CHECK(room.tile(QStringLiteral("compliance.partial"))->value() == QStringLiteral("4"));

    weekly.setSession(s.get(), ComplianceFixture::asOf());
    auto *weeklyJob = weekly.findChild<LiveComplianceJob *>();
    QSignalSpy weeklyFailed(weeklyJob, &LiveComplianceJob::failed);
    TestSupport::RefreshWaiter weeklyShown(weekly);
    REQUIRE(weekly.refresh());
    REQUIRE(weeklyShown.waitFor(1));
    REQUIRE((!weeklyFailed.isEmpty() || weeklyFailed.wait(30000)));
    REQUIRE(weeklyShown.waitFor(2));
    INFO(weekly.ragBanner()->text().toStdString());
    CHECK(
        weekly.ragBanner()->text().contains(QStringLiteral("The live compliance checks failed: ")));
    CHECK(weekly.review()
              .failures()
              .filter(QStringLiteral("The live compliance checks failed"))
              .size() == 1);
    CHECK(weekly.review().overallRag != QLatin1String("green"));
    CHECK_FALSE(weeklyJob->isRunning());
}

TEST_CASE("live checks older than the reuse window when they arrive are shown, not run again",
          "[gui][compliance][live]")
{
    registerSurfaces();
    LanguageManager language;
    REQUIRE(language.setLanguage(QStringLiteral("en")));
    auto dir = TestSupport::tempDir();
    auto s = ComplianceFixture::openSqlite(*dir);
    ComplianceFixture::recordCompliant(*s);
    // Every result "now" is too old to reuse by the time it arrives: as a run of 60 s or more.
    LiveComplianceJob::setReuseWindowSec(0);
    struct Restore {
        ~Restore() { LiveComplianceJob::setReuseWindowSec(60); }
    } restore;

    ExecutiveRoomWidget room;
    room.setSession(s.get(), QDateTime()); // as of now
    auto *roomJob = room.findChild<LiveComplianceJob *>();
    QSignalSpy roomDone(roomJob, &LiveComplianceJob::finished);
    REQUIRE(TestSupport::refreshAndWait(room));
    REQUIRE(roomDone.wait(30000));
    // Long enough for several more runs of the fixture's checks, had one started.
    QTest::qWait(2000);
    CHECK(roomDone.count() == 1);
    CHECK_FALSE(roomJob->isRunning());
    // Shown with the delivered result, at its as-of: the data contradicts PDPL-C01 and C05
    // (and SDAIA-C02, recorded partial, compliant in the data).
    CHECK(room.snapshot().compliance.live.ran);
    CHECK(room.snapshot().asOf == roomJob->latest().asOf);
    CHECK(room.tile(QStringLiteral("compliance.disagreeing"))->value() != QStringLiteral("…"));

    WeeklyReviewWidget weekly;
    weekly.setSession(s.get(), QDateTime());
    auto *weeklyJob = weekly.findChild<LiveComplianceJob *>();
    QSignalSpy weeklyDone(weeklyJob, &LiveComplianceJob::finished);
    REQUIRE(TestSupport::refreshAndWait(weekly));
    REQUIRE(weeklyDone.wait(30000));
    QTest::qWait(2000);
    CHECK(weeklyDone.count() == 1);
    CHECK_FALSE(weeklyJob->isRunning());
    CHECK(weekly.review().current.compliance.live.ran);
}

TEST_CASE("one run of the live checks serves every surface on the same connection, never another "
          "source's",
          "[gui][compliance][live]")
{
    auto dir = TestSupport::tempDir();
    auto s = ComplianceFixture::openSqlite(*dir);
    LiveComplianceJob first;
    LiveComplianceJob second;
    // Nothing has run yet: the second surface would start the checks.
    CHECK(second.reuse(*s, ComplianceFixture::asOf()) == nullptr);
    QSignalSpy delivered(&first, &LiveComplianceJob::finished);
    first.start(*s, ComplianceFixture::asOf());
    REQUIRE(delivered.wait(30000));
    // Another surface's job reads that result for the same tenant and time.
    const ComplianceLive *reused = second.reuse(*s, ComplianceFixture::asOf());
    REQUIRE(reused != nullptr);
    CHECK(reused->tenantId == s->tenantId());
    CHECK(reused->asOf == ComplianceFixture::asOf().toUTC());
    // Another time: not reused.
    CHECK(second.reuse(*s, ComplianceFixture::asOf().addDays(-1)) == nullptr);
    // The same file opened again is another connection (another source choice): not reused.
    auto otherDir = TestSupport::tempDir();
    auto again = ComplianceFixture::openSqlite(*otherDir);
    CHECK(second.reuse(*again, ComplianceFixture::asOf()) == nullptr);
}
