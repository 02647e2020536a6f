// The Connector Governance Board and Evidence Pack Viewer offscreen in Arabic, and their
// commands (probe, verify-pack, review-pack, connector, one pack as PDF) as separate processes.
#include "app/languagemanager.h"
#include "app/surfaces.h"
#include "models/connectors/connectormodel.h"
#include "models/evidence/evidencepackmodel.h"
#include "tests/support/deskrun.h"
#include "tests/support/fakehttpserver.h"
#include "tests/support/governancefixture.h"
#include "tests/support/refreshwait.h"
#include "tests/support/testsupport.h"
#include "views/connectors/connectorswidget.h"
#include "views/evidence/evidencepackswidget.h"
#include "views/widgets/actorpicker.h"
#include "views/widgets/messagebanner.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>

#include <catch2/catch.hpp>

namespace {

using TestSupport::DeskRun;
using TestSupport::runDesk;

// dealix-desk run while this process keeps serving events (the fake HTTP servers live here).
TestSupport::DeskOptions serving()
{
    TestSupport::DeskOptions o;
    o.serveEvents = true;
    return o;
}

QString pdfPageText(const QString &pdf, int page)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
             QString::number(page), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

QString arabicLetters(const QString &text)
{
    static const QRegularExpression marks(QStringLiteral(
        "[\\x{064B}-\\x{0652}\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{0640}]"));
    return text.normalized(QString::NormalizationForm_KC).remove(marks);
}

// Arabic-Indic digits (as the Arabic pages print them) as 0–9, for comparing page numbers.
QString westernDigits(QString text)
{
    for (QChar &c : text) {
        if (c.unicode() >= 0x0660 && c.unicode() <= 0x0669)
            c = QChar(u'0' + (c.unicode() - 0x0660));
    }
    return text;
}

// One page laid out (-layout keeps the footer's words together), Arabic letters NFKC without
// bidi marks, Arabic-Indic digits as 0–9 and without spaces (pdftotext drops some at direction
// changes): "صفحة ٣ من ١٣" → "صفحة3من13".
QString footerText(const QString &pdf, int page)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
             QString::number(page), QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    static const QRegularExpression spaces(QStringLiteral("[ \\t]+"));
    return westernDigits(arabicLetters(QString::fromUtf8(p.readAllStandardOutput())))
        .remove(spaces);
}

int pdfPages(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(p.waitForFinished(60000));
    const QRegularExpression re(QStringLiteral("Pages:\\s+(\\d+)"));
    return re.match(QString::fromUtf8(p.readAllStandardOutput())).captured(1).toInt();
}

template <typename Pred> bool waitFor(Pred done, int ms = 10000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

} // namespace

TEST_CASE("evidence pack viewer in Arabic: mirrored, integrity banner, JSON tree, review",
          "[gui][evidence][arabic]")
{
    registerSurfaces();
    LanguageManager language;
    REQUIRE(language.setLanguage(QStringLiteral("ar")));
    auto dir = TestSupport::tempDir();
    auto s = GovernanceFixture::openSqlite(*dir);
    REQUIRE(s->selectTenant(QStringLiteral("gov")));
    EvidencePacksWidget w;
    w.setSession(s.get(), GovernanceFixture::asOf());
    w.resize(1200, 800);
    w.show();
    REQUIRE(TestSupport::refreshAndWait(w));
    CHECK(w.layoutDirection() == Qt::RightToLeft);
    CHECK(w.model()->rowCount() == 6);
    CHECK(w.model()->headerData(EvidencePackModel::IntegrityColumn, Qt::Horizontal).toString() ==
          QStringLiteral("السلامة"));
    // The Arabic title where there is one.
    CHECK(w.model()->index(0, EvidencePackModel::TitleColumn).data().toString() ==
          QStringLiteral("إغلاق الصفقة"));
    // The altered pack: an error banner with both hashes, no review possible.
    REQUIRE(w.selectPack(QLatin1String(GovernanceFixture::AlteredPack)));
    CHECK(w.integrityBanner()->level() == MessageBanner::Level::Error);
    CHECK(w.integrityBanner()->text().contains(QStringLiteral("معدّلة")));
    CHECK(w.integrityBanner()->text().contains(
        QStringLiteral("f9d86028c6e0d64e225186f96acb69338b2c59764df79162107f5c4bb34d1310")));
    // The valid pack: its contents as a tree, reviewed by the manager from the window.
    REQUIRE(w.selectPack(QLatin1String(GovernanceFixture::ValidPack)));
    CHECK(w.integrityBanner()->level() == MessageBanner::Level::Info);
    QTreeWidgetItem *contents = w.contentsTree()->topLevelItem(0);
    REQUIRE(contents);
    REQUIRE(contents->childCount() == 1);
    QTreeWidgetItem *item = contents->child(0);
    // Keys and known codes in words, numbers in the locale's digits, objects as readable text
    // (never "{3}"); the raw key in the tooltip.
    const auto bare = [](QString t) { return t.remove(QChar(0x2068)).remove(QChar(0x2069)); };
    CHECK(bare(item->text(0)) == QStringLiteral("ملخص، dealix"));
    bool sawAmount = false;
    for (int i = 0; i < item->childCount(); ++i) {
        QTreeWidgetItem *c = item->child(i);
        CHECK_FALSE(c->text(1).startsWith(u'{'));
        for (int j = 0; j < c->childCount(); ++j)
            sawAmount = sawAmount || (c->child(j)->text(0) == QStringLiteral("المبلغ (ريال)") &&
                                      c->child(j)->text(1) == QStringLiteral("١٢٥٬٠٠٠") &&
                                      c->child(j)->toolTip(0).contains(u"amount_sar"));
    }
    CHECK(sawAmount);
    w.actorPicker()->setEmail(QStringLiteral("agent@gov.sa"));
    CHECK(w.reviewSelected().contains(QStringLiteral("agent")));
    w.actorPicker()->setEmail(QStringLiteral("manager@gov.sa"));
    {
        // The review is written at once; the list is read again on the worker.
        TestSupport::RefreshWaiter reread(w);
        CHECK(w.reviewSelected() == QStringLiteral("رُوجعت."));
        REQUIRE(reread.wait());
    }
    REQUIRE(w.currentPack());
    CHECK(w.currentPack()->status == QLatin1String("reviewed"));
    // Export the pack from the window, JSON and PDF.
    QString error;
    const QString json = dir->filePath(QStringLiteral("pack.json"));
    REQUIRE(w.exportJson(json, &error));
    QFile f(json);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QJsonObject pack = QJsonDocument::fromJson(f.readAll()).object();
    CHECK(pack.value(QStringLiteral("verification"))
              .toObject()
              .value(QStringLiteral("valid"))
              .toBool());
    CHECK(pack.value(QStringLiteral("contents")).isArray());
    language.setLanguage(QStringLiteral("en"));
}

TEST_CASE("connector board in Arabic: mirrored, probe now against live servers, disable",
          "[gui][connectors][arabic]")
{
    registerSurfaces();
    LanguageManager language;
    REQUIRE(language.setLanguage(QStringLiteral("ar")));
    auto dir = TestSupport::tempDir();
    auto s = GovernanceFixture::openSqlite(*dir);
    FakeHttpServer healthy(FakeHttpServer::Mode::Answer, 200);
    FakeHttpServer failing(FakeHttpServer::Mode::Answer, 500);
    REQUIRE((healthy.ok() && failing.ok()));
    REQUIRE(GovernanceFixture::addProbe(*s, QStringLiteral("stripe"), healthy.url().toString(),
                                        3000, 2000));
    REQUIRE(GovernanceFixture::addProbe(*s, QStringLiteral("whatsapp"), failing.url().toString(),
                                        3000, 2000));
    REQUIRE(s->selectTenant(QStringLiteral("gov")));
    ConnectorsWidget w;
    w.setSession(s.get(), QDateTime());
    w.resize(1200, 800);
    w.show();
    REQUIRE(TestSupport::refreshAndWait(w));
    CHECK(w.layoutDirection() == Qt::RightToLeft);
    CHECK(w.model()->rowCount() == 8);
    CHECK(w.model()->headerData(ConnectorModel::StatusColumn, Qt::Horizontal).toString() ==
          QStringLiteral("الحالة"));
    CHECK(w.model()->index(0, ConnectorModel::NameColumn).data().toString() ==
          QStringLiteral("واجهة واتساب للأعمال"));
    CHECK(w.model()->index(1, ConnectorModel::StatusColumn).data().toString() ==
          QStringLiteral("غير مُعدّ"));
    // Probe now, recording: stripe recovers, whatsapp fails; both rows and history change.
    REQUIRE(w.recordBox()->isChecked());
    REQUIRE(w.probeNow());
    // The probes start when the refresh that reads the configuration arrives; when they are
    // done the board is read again.
    REQUIRE(waitFor([&w] { return !w.isProbing() && !w.isRefreshing(); }));
    INFO(w.banner()->text().toStdString());
    CHECK(w.banner()->text().contains(QStringLiteral("اكتمل فحصان، وسُجّل ٢")));
    CHECK(w.board().find(QStringLiteral("stripe"))->status == QLatin1String("ok"));
    CHECK(w.board().find(QStringLiteral("whatsapp"))->status == QLatin1String("error"));
    REQUIRE(w.selectConnector(QStringLiteral("whatsapp")));
    REQUIRE(waitFor([&w] { return !w.isLoadingHistory(); }));
    CHECK(w.historyTable()->rowCount() == 1);
    CHECK(w.historyTable()->item(0, 3)->text() == QLatin1String("500"));
    // Disable whatsapp as the admin: its status, and the button now offers to enable.
    w.actorPicker()->setEmail(QStringLiteral("admin@gov.sa"));
    {
        TestSupport::RefreshWaiter reread(w);
        CHECK(w.toggleDisabled() == QStringLiteral("عُطّل \u2068whatsapp\u2069."));
        REQUIRE(reread.wait());
    }
    CHECK(w.board().find(QStringLiteral("whatsapp"))->status == QLatin1String("disabled"));
    // Probes started for one tenant are cancelled when the tenant changes under the same
    // source, and nothing is recorded into the new tenant.
    FakeHttpServer silent(FakeHttpServer::Mode::Silent);
    REQUIRE(silent.ok());
    REQUIRE(GovernanceFixture::addProbe(*s, QStringLiteral("voice"), silent.url().toString(), 2500,
                                        2000));
    REQUIRE(w.probeNow());
    REQUIRE(waitFor([&silent] { return silent.connections() == 1; }));
    REQUIRE(s->selectTenant(QStringLiteral("other")));
    REQUIRE(TestSupport::refreshAndWait(w));
    CHECK_FALSE(w.isProbing());
    {
        QSqlQuery q(s->database());
        REQUIRE(q.exec(QStringLiteral("select count(*) from integration_sync_states where "
                                      "tenant_id = '90000000-0000-4000-8000-000000000002'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 6); // the other tenant's own six rows, nothing added
    }
    // voice: gov's probe configuration above is not the other tenant's.
    CHECK(w.model()->index(3, ConnectorModel::ProbeColumn).data().toString() ==
          QStringLiteral("غير مُعدّ"));
    REQUIRE(s->selectTenant(QStringLiteral("gov")));
    REQUIRE(TestSupport::refreshAndWait(w));
    // A disabled connector is not probed again.
    REQUIRE(w.probeNow());
    REQUIRE(waitFor([&w] { return !w.isProbing() && !w.isRefreshing(); }));
    CHECK(failing.connections() == 1);
    language.setLanguage(QStringLiteral("en"));
}

TEST_CASE("cli: verify-pack exits 0 when valid, 7 when altered, 4 when not found",
          "[cli][evidence]")
{
    auto dir = TestSupport::tempDir();
    auto s = GovernanceFixture::openSqlite(*dir);
    const QString source =
        QStringLiteral("sqlite:") + dir->filePath(QStringLiteral("governance.sqlite"));
    const QStringList common{QStringLiteral("--source"), source, QStringLiteral("--tenant"),
                             QStringLiteral("gov")};
    const DeskRun valid = runDesk(
        QStringList{QStringLiteral("verify-pack"), QLatin1String(GovernanceFixture::ValidPack)} +
            common,
        serving());
    INFO(valid.err.toStdString());
    CHECK(valid.exitCode == 0);
    const QJsonObject v = QJsonDocument::fromJson(valid.out).object();
    CHECK(v.value(QStringLiteral("valid")).toBool());
    CHECK(v.value(QStringLiteral("computed_hash")).toString() ==
          QLatin1String("78c2fc32464ef3850168adb9ceb1659dffab19081c73eb1261f091f5fea5b320"));
    const DeskRun altered = runDesk(
        QStringList{QStringLiteral("verify-pack"), QLatin1String(GovernanceFixture::AlteredPack)} +
            common,
        serving());
    CHECK(altered.exitCode == 7);
    CHECK_FALSE(
        QJsonDocument::fromJson(altered.out).object().value(QStringLiteral("valid")).toBool());
    CHECK(altered.err.contains("Altered"));
    const DeskRun other = runDesk(QStringList{QStringLiteral("verify-pack"),
                                              QLatin1String(GovernanceFixture::OtherTenantPack)} +
                                      common,
                                  serving());
    CHECK(other.exitCode == 4);
    // Review from the command line: an agent is refused, the manager reviews, twice conflicts.
    CHECK(runDesk(QStringList{QStringLiteral("review-pack"),
                              QLatin1String(GovernanceFixture::FloatPack), QStringLiteral("--as"),
                              QStringLiteral("agent@gov.sa")} +
                      common,
                  serving())
              .exitCode == 6);
    CHECK(runDesk(QStringList{QStringLiteral("review-pack"),
                              QLatin1String(GovernanceFixture::FloatPack), QStringLiteral("--as"),
                              QStringLiteral("manager@gov.sa")} +
                      common,
                  serving())
              .exitCode == 0);
    CHECK(runDesk(QStringList{QStringLiteral("review-pack"),
                              QLatin1String(GovernanceFixture::FloatPack), QStringLiteral("--as"),
                              QStringLiteral("manager@gov.sa")} +
                      common,
                  serving())
              .exitCode == 5);
    CHECK(runDesk(QStringList{QStringLiteral("review-pack"),
                              QLatin1String(GovernanceFixture::AlteredPack), QStringLiteral("--as"),
                              QStringLiteral("manager@gov.sa")} +
                      common,
                  serving())
              .exitCode == 7);
}

TEST_CASE("cli: one pack as an Arabic PDF carries its hash and verdict on every page",
          "[cli][evidence][pdf][arabic]")
{
    auto dir = TestSupport::tempDir();
    auto s = GovernanceFixture::openSqlite(*dir);
    const QString source =
        QStringLiteral("sqlite:") + dir->filePath(QStringLiteral("governance.sqlite"));
    const QString pdf = dir->filePath(QStringLiteral("pack.pdf"));
    const DeskRun r =
        runDesk({QStringLiteral("export"), QStringLiteral("evidence-packs"),
                 QStringLiteral("--pack"), QLatin1String(GovernanceFixture::AlteredPack),
                 QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf,
                 QStringLiteral("--lang"), QStringLiteral("ar"), QStringLiteral("--source"), source,
                 QStringLiteral("--tenant"), QStringLiteral("gov")},
                serving());
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 7); // written, and the status says the pack is altered
    REQUIRE(QFileInfo::exists(pdf));
    const int pages = pdfPages(pdf);
    REQUIRE(pages >= 1);
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfPageText(pdf, page);
        INFO("page " << page);
        CHECK(text.contains(
            QStringLiteral("4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945")));
        // "معدّلة" (altered) in presentation forms; NFKC gives the letters back.
        // pdftotext gives presentation forms, bidi marks and the shadda out of place: compare
        // the letters alone.
        CHECK(arabicLetters(text).contains(arabicLetters(QStringLiteral("معدّلة"))));
    }
    // JSON of one pack to standard output.
    const DeskRun json = runDesk(
        {QStringLiteral("export"), QStringLiteral("evidence-packs"), QStringLiteral("--pack"),
         QLatin1String(GovernanceFixture::ValidPack), QStringLiteral("--source"), source,
         QStringLiteral("--tenant"), QStringLiteral("gov")},
        serving());
    CHECK(json.exitCode == 0);
    CHECK(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("title_ar")).toString() ==
          QStringLiteral("إغلاق الصفقة"));
}

TEST_CASE("cli: a pack long enough for several pages carries hash, verdict and page X of Y on "
          "every page, in Arabic and English",
          "[cli][evidence][pdf][arabic]")
{
    auto dir = TestSupport::tempDir();
    auto s = GovernanceFixture::openSqlite(*dir);
    // 60 items of contents; the stored hash is that of [] (CPython), so the pack is altered.
    QByteArray contents = "[";
    for (int i = 0; i < 60; ++i)
        contents += (i ? ", " : "") + QStringLiteral("{\"type\": \"note\", \"source\": "
                                                     "\"crm\", \"data\": {\"line\": %1, "
                                                     "\"text\": \"item %1 of the long pack\"}}")
                                          .arg(i + 1)
                                          .toUtf8();
    contents += "]";
    const QString id = QStringLiteral("70000000-0000-4000-8000-000000000099");
    QSqlQuery q(s->database());
    q.prepare(QStringLiteral("insert into evidence_packs (id, created_at, updated_at, tenant_id, "
                             "title, pack_type, status, contents, hash_signature) values (?, ?, "
                             "?, ?, ?, 'BOARD_REPORT', 'READY', ?, ?)"));
    for (const QVariant &v :
         {QVariant(id), QVariant(QStringLiteral("2026-11-20T10:00:00Z")),
          QVariant(QStringLiteral("2026-11-20T10:00:00Z")),
          QVariant(QStringLiteral("90000000-0000-4000-8000-000000000001")),
          QVariant(QStringLiteral("Long pack")), QVariant(QString::fromUtf8(contents)),
          QVariant(QStringLiteral("4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba"
                                  "873c2f11161202b945"))})
        q.addBindValue(v);
    REQUIRE(q.exec());
    const QString source =
        QStringLiteral("sqlite:") + dir->filePath(QStringLiteral("governance.sqlite"));
    for (const char *lang : {"ar", "en"}) {
        INFO(lang);
        const bool ar = QLatin1String(lang) == QLatin1String("ar");
        const QString pdf = dir->filePath(QStringLiteral("long-%1.pdf").arg(QLatin1String(lang)));
        const DeskRun r = runDesk(
            {QStringLiteral("export"), QStringLiteral("evidence-packs"), QStringLiteral("--pack"),
             id, QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf,
             QStringLiteral("--lang"), QLatin1String(lang), QStringLiteral("--source"), source,
             QStringLiteral("--tenant"), QStringLiteral("gov")},
            serving());
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 7);
        REQUIRE(QFileInfo::exists(pdf));
        const int pages = pdfPages(pdf);
        REQUIRE(pages >= 3);
        QString all;
        for (int page = 1; page <= pages; ++page) {
            const QString text = pdfPageText(pdf, page);
            all += text;
            INFO("page " << page << " of " << pages << ":\n" << text.toStdString());
            CHECK(text.contains(QStringLiteral(
                "4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945")));
            if (ar) {
                CHECK(arabicLetters(text).contains(arabicLetters(QStringLiteral("معدّلة"))));
                // Logical or visual order (pdftotext picks one per line).
                const QString footer = footerText(pdf, page);
                CHECK((footer.contains(QStringLiteral("صفحة%1من%2").arg(page).arg(pages)) ||
                       footer.contains(QStringLiteral("%2من%1صفحة").arg(page).arg(pages))));
            } else {
                CHECK(text.contains(QStringLiteral("Altered")));
                CHECK(text.contains(QStringLiteral("page %1 of %2").arg(page).arg(pages)));
            }
        }
        // Every item printed, the last one included.
        CHECK(all.contains(QStringLiteral("item 60 of the long pack")));
    }
}

TEST_CASE("cli: probe --write records live results, connector disable needs an admin",
          "[cli][connectors]")
{
    auto dir = TestSupport::tempDir();
    auto s = GovernanceFixture::openSqlite(*dir);
    FakeHttpServer healthy(FakeHttpServer::Mode::Answer, 200);
    FakeHttpServer limited(FakeHttpServer::Mode::Answer, 429);
    REQUIRE((healthy.ok() && limited.ok()));
    REQUIRE(GovernanceFixture::addProbe(*s, QStringLiteral("stripe"), healthy.url().toString(),
                                        3000, 2000));
    REQUIRE(GovernanceFixture::addProbe(*s, QStringLiteral("cal"), limited.url().toString(), 3000,
                                        2000));
    // A third endpoint from the user's settings (the same file the child process reads).
    FakeHttpServer fromSettings(FakeHttpServer::Mode::Answer, 204);
    REQUIRE(fromSettings.ok());
    {
        QSettings settings(QStringLiteral("Dealix"), QStringLiteral("Dealix Desk"));
        settings.setValue(QStringLiteral("probes/endpoints/voice"), fromSettings.url().toString());
        settings.setValue(QStringLiteral("probes/timeoutMs"), QStringLiteral("not a number"));
    }
    const QString source =
        QStringLiteral("sqlite:") + dir->filePath(QStringLiteral("governance.sqlite"));
    const QStringList common{QStringLiteral("--source"), source, QStringLiteral("--tenant"),
                             QStringLiteral("gov")};
    // Without --write nothing changes in the database.
    const DeskRun dry = runDesk(
        QStringList{QStringLiteral("probe"), QStringLiteral("--format"), QStringLiteral("json")} +
            common,
        serving());
    INFO(dry.err.toStdString());
    REQUIRE(dry.exitCode == 0);
    const QJsonArray probes =
        QJsonDocument::fromJson(dry.out).object().value(QStringLiteral("probes")).toArray();
    REQUIRE(probes.size() == 3); // cal, stripe, voice: sorted by key
    CHECK(probes.at(0).toObject().value(QStringLiteral("connector_key")).toString() ==
          QLatin1String("cal"));
    CHECK(probes.at(0).toObject().value(QStringLiteral("status")).toString() ==
          QLatin1String("degraded"));
    CHECK(probes.at(1).toObject().value(QStringLiteral("status")).toString() ==
          QLatin1String("ok"));
    CHECK(probes.at(2).toObject().value(QStringLiteral("connector_key")).toString() ==
          QLatin1String("voice"));
    CHECK(probes.at(2).toObject().value(QStringLiteral("http_status")).toInt() == 204);
    CHECK(fromSettings.connections() == 1);
    auto status = [&](const char *key) {
        QSqlQuery q(s->database());
        q.prepare(QStringLiteral("select status from integration_sync_states where connector_key "
                                 "= ? and tenant_id = '90000000-0000-4000-8000-000000000001'"));
        q.addBindValue(QString::fromLatin1(key));
        REQUIRE(q.exec());
        return q.next() ? q.value(0).toString() : QStringLiteral("(no row)");
    };
    CHECK(status("stripe") == QLatin1String("error"));
    CHECK(status("cal") == QLatin1String("(no row)"));
    const DeskRun wet =
        runDesk(QStringList{QStringLiteral("probe"), QStringLiteral("--write"),
                            QStringLiteral("--as"), QStringLiteral("admin@gov.sa")} +
                    common,
                serving());
    INFO(wet.err.toStdString());
    REQUIRE(wet.exitCode == 0);
    CHECK(wet.out.contains("recorded"));
    CHECK(status("stripe") == QLatin1String("ok"));
    CHECK(status("cal") == QLatin1String("degraded"));
    QSqlQuery audit(s->database());
    REQUIRE(audit.exec(QStringLiteral("select count(*) from audit_logs where action = "
                                      "'connector.probe' and user_id = "
                                      "'91000000-0000-4000-8000-000000000003'")));
    REQUIRE(audit.next());
    CHECK(audit.value(0).toInt() == 3);
    audit.finish(); // an open read would hold SQLite's shared lock against the next writer
    // Disable: a manager is refused (6), the admin succeeds, twice is a conflict (5).
    CHECK(runDesk(QStringList{QStringLiteral("connector"), QStringLiteral("disable"),
                              QStringLiteral("stripe"), QStringLiteral("--as"),
                              QStringLiteral("manager@gov.sa")} +
                      common,
                  serving())
              .exitCode == 6);
    CHECK(runDesk(QStringList{QStringLiteral("connector"), QStringLiteral("disable"),
                              QStringLiteral("stripe"), QStringLiteral("--as"),
                              QStringLiteral("admin@gov.sa")} +
                      common,
                  serving())
              .exitCode == 0);
    CHECK(runDesk(QStringList{QStringLiteral("connector"), QStringLiteral("disable"),
                              QStringLiteral("stripe"), QStringLiteral("--as"),
                              QStringLiteral("admin@gov.sa")} +
                      common,
                  serving())
              .exitCode == 5);
    CHECK(status("stripe") == QLatin1String("disabled"));
    // The board export shows it, in the Dealix governance shape.
    const DeskRun board = runDesk(
        QStringList{QStringLiteral("export"), QStringLiteral("connectors")} + common, serving());
    REQUIRE(board.exitCode == 0);
    const QJsonObject b = QJsonDocument::fromJson(board.out).object();
    CHECK(b.value(QStringLiteral("total")).toInt() == 8);
    CHECK(b.value(QStringLiteral("connectors"))
              .toArray()
              .at(2)
              .toObject()
              .value(QStringLiteral("status")) == QLatin1String("disabled"));
}
