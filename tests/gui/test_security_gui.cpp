// Secrets and hostile text (issue 16 §6), writes and sessions (§7), as users meet them: the
// dealix-desk process (standard output and error, exports, PDFs) and the windows.
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/surfaces.h"
#include "models/approvals/approvalqueuemodel.h"
#include "models/core/settings.h"
#include "models/source/demogenerator.h"
#include "tests/support/boardsfixture.h"
#include "tests/support/deskrun.h"
#include "tests/support/executivefixture.h"
#include "tests/support/refreshwait.h"
#include "tests/support/securitychecks.h"
#include "tests/support/testsupport.h"
#include "views/approvals/approvalcenterwidget.h"
#include "views/surface/surface.h"
#include "views/violations/policyviolationswidget.h"
#include "views/widgets/kpitile.h"
#include "views/widgets/messagebanner.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>

#include <catch2/catch.hpp>

#include <QTimer>
#include <algorithm>
#include <arpa/inet.h>
#include <functional>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

using TestSupport::DeskRun;
using TestSupport::runDesk;

void exec(const QString &path, const QString &sql)
{
    Session s;
    REQUIRE(s.open(SourceUrl::sqlite(path), Session::OpenMode::AllowEmpty));
    QSqlQuery q(s.database());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
}

QString scalar(const QString &path, const QString &sql)
{
    Session s;
    REQUIRE(s.open(SourceUrl::sqlite(path), Session::OpenMode::AllowEmpty));
    QSqlQuery q(s.database());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toString();
}

// RFC 4180 cells of a CSV (after the byte order mark); '#' comment lines are skipped.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                   text.at(i + 1) == QLatin1Char('\n')) {
            row << cell;
            if (!(row.size() == 1 && row.first().startsWith(QLatin1Char('#'))))
                rows << row;
            row.clear();
            cell.clear();
            wasQuoted = false;
            ++i;
        } else {
            cell += c;
        }
    }
    Q_UNUSED(wasQuoted);
    return rows;
}

const QStringList &hostileSources()
{
    static const QStringList list = {
        QStringLiteral("postgresql://dealix_app:TopSecretPW@127.0.0.1%20x:55439/dealix"),
        QStringLiteral("postgresql://dealix_app:TopSecretPW@127.0.0.1:99999/dealix"),
        QStringLiteral("postgresql://dealix_app:TopSecretPW@[::1:55439/dealix"),
        QStringLiteral("postgresql://dealix_app:Top SecretPW@127.0.0.1:55439/dealix"),
        QStringLiteral("postgresql://dealix_app:TopSecretPW@127.0.0.1:55439/dealix"),
        QStringLiteral("postgresq://dealix_app:TopSecretPW@127.0.0.1:55439/dealix"),
        QStringLiteral("dealix_app:TopSecretPW@127.0.0.1:55439/dealix"),
        QStringLiteral("https://dealix_app:TopSecretPW@[api.dealix.sa/api/v1")};
    return list;
}

bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return done();
}

const QString Rlo = QString(QChar(0x202E));
const QString Fsi = QString(QChar(0x2068));
const QString Pdi = QString(QChar(0x2069));

} // namespace

TEST_CASE("cli: a source URL's user-info is never printed, from --source or DEALIX_SOURCE",
          "[cli][security]")
{
    for (const QString &source : hostileSources()) {
        for (const bool viaEnv : {false, true}) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            QStringList args{QStringLiteral("tenants")};
            if (viaEnv)
                env.insert(QStringLiteral("DEALIX_SOURCE"), source);
            else
                args << QStringLiteral("--source") << source;
            const DeskRun r = runDesk(args, env);
            INFO(source.toStdString() << (viaEnv ? " (DEALIX_SOURCE)" : " (--source)") << "\n"
                                      << r.err.toStdString());
            CHECK(r.exitCode == 2); // a usage error: the URL is refused before any connection
            CHECK_FALSE(r.err.isEmpty());
            for (const QByteArray &secret : {QByteArray("Secret"), QByteArray("dealix_app:")}) {
                CHECK_FALSE(r.err.contains(secret));
                CHECK_FALSE(r.out.contains(secret));
            }
        }
    }
}

TEST_CASE("cli: tenants and messages cannot drive the terminal", "[cli][security]")
{
    auto dir = TestSupport::tempDir();
    const QString path = TestSupport::fixtureFile(*dir, QStringLiteral("esc.sqlite"));
    REQUIRE_FALSE(path.isEmpty());
    // ESC ] 0 ; … BEL retitles an xterm, ESC [ 2 J clears it; a newline would forge a row.
    exec(path, QStringLiteral("update tenants set name = 'Evil' || char(27) || ']0;pwned' || "
                              "char(7) || char(27) || '[2J' || char(10) || 'forged' || "
                              "char(155) || '31m', name_ar = 'ا' || char(8238) || 'ب' "
                              "where slug = 'alpha'"));
    const DeskRun r = runDesk(
        {QStringLiteral("tenants"), QStringLiteral("--source"), QStringLiteral("sqlite:") + path});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString out = QString::fromUtf8(r.out);
    for (const QChar c : out) {
        const ushort u = c.unicode();
        INFO("control character " << u);
        CHECK_FALSE(
            ((u < 0x20 && u != '\n' && u != '\t') || u == 0x7F || (u >= 0x80 && u <= 0x9F)));
    }
    // One line per tenant, four fields each: the newline in the name did not forge a row.
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).split(QLatin1Char('\t')).size() == 4);
    CHECK(lines.at(0).contains(QStringLiteral("Evil\u241B]0;pwned\u2407\u241B[2J\u240Aforged")));
    // The Arabic name's override is closed within its field.
    CHECK(lines.at(0).contains(QStringLiteral("ا") + Rlo + QStringLiteral("ب") +
                               QString(QChar(0x202C))));
    // Standard error too: the unknown tenant is echoed without its escape codes.
    const DeskRun e = runDesk({QStringLiteral("export"), QStringLiteral("source"),
                               QStringLiteral("--source"), QStringLiteral("sqlite:") + path,
                               QStringLiteral("--tenant"), QStringLiteral("x\x1b[31mred")});
    CHECK(e.exitCode == 4);
    CHECK_FALSE(e.err.contains('\x1b'));
    CHECK(QString::fromUtf8(e.err).contains(QStringLiteral("x\u241B[31mred")));
}

TEST_CASE("cli: tab-separated output neutralises formula fields, on stdout and with -o",
          "[cli][security][csv]")
{
    auto dir = TestSupport::tempDir();
    const QString path = TestSupport::fixtureFile(*dir, QStringLiteral("tsv.sqlite"));
    REQUIRE_FALSE(path.isEmpty());
    exec(path, QStringLiteral("update tenants set name = ' =1+1', name_ar = "
                              "'=HYPERLINK(\"http://evil.example/\")' where slug = 'alpha'"));
    const QString out = dir->filePath(QStringLiteral("tenants.tsv"));
    const DeskRun r = runDesk({QStringLiteral("tenants"), QStringLiteral("--source"),
                               QStringLiteral("sqlite:") + path, QStringLiteral("-o"), out});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    const DeskRun s = runDesk(
        {QStringLiteral("tenants"), QStringLiteral("--source"), QStringLiteral("sqlite:") + path});
    REQUIRE(s.exitCode == 0);
    for (const QString &written : {text, QString::fromUtf8(s.out)}) {
        QStringList alpha;
        for (const QString &line : written.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (line.split(QLatin1Char('\t')).value(1) == QLatin1String("alpha"))
                alpha = line.split(QLatin1Char('\t'));
        INFO(written.toStdString());
        REQUIRE(alpha.size() == 4);
        CHECK(alpha.at(2) == QStringLiteral("' =1+1"));
        CHECK(alpha.at(3) == QStringLiteral("'=HYPERLINK(\"http://evil.example/\")"));
    }
}

TEST_CASE("cli: writes refuse --as-of with a usage error and change nothing", "[cli][security]")
{
    auto dir = TestSupport::tempDir();
    const QString path = TestSupport::fixtureFile(*dir, QStringLiteral("asof.sqlite"));
    REQUIRE_FALSE(path.isEmpty());
    const QString source = QStringLiteral("sqlite:") + path;
    const QString approval = scalar(path, QStringLiteral("select id from approval_requests where "
                                                         "tenant_id = '%1' order by id limit 1")
                                              .arg(QLatin1String(TestSupport::Fixture::AlphaId)));
    const QStringList common{QStringLiteral("--source"), source,
                             QStringLiteral("--tenant"), QStringLiteral("alpha"),
                             QStringLiteral("--as"),     QStringLiteral("user0@alpha.sa"),
                             QStringLiteral("--as-of"),  QStringLiteral("2025-01-01")};
    const QList<QStringList> writes = {
        {QStringLiteral("decide"), approval, QStringLiteral("approve")},
        {QStringLiteral("review-pack"), QStringLiteral("70000000-0000-4000-8000-000000000001")},
        {QStringLiteral("connector"), QStringLiteral("disable"), QStringLiteral("stripe")},
        {QStringLiteral("check"), QStringLiteral("--write")},
        {QStringLiteral("probe"), QStringLiteral("--write")}};
    for (const QStringList &w : writes) {
        const DeskRun r = runDesk(w + common);
        INFO(w.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains("--as-of"));
        CHECK(r.out.isEmpty());
    }
    CHECK(scalar(path, QStringLiteral("select status from approval_requests where id = '%1'")
                           .arg(approval)) == QStringLiteral("pending"));
    CHECK(scalar(path, QStringLiteral("select count(*) from audit_logs")) == QStringLiteral("0"));
    // Without --as-of the same decision is made (so the refusal above was about --as-of).
    const DeskRun ok =
        runDesk(QStringList{QStringLiteral("decide"), approval, QStringLiteral("approve")} +
                common.mid(0, 6));
    INFO(ok.err.toStdString());
    CHECK(ok.exitCode == 0);
    CHECK(scalar(path, QStringLiteral("select status from approval_requests where id = '%1'")
                           .arg(approval)) == QStringLiteral("approved"));
}

TEST_CASE("cli: a user whose is_active is NULL is refused (exit 6)", "[cli][security]")
{
    auto dir = TestSupport::tempDir();
    const QString path = TestSupport::fixtureFile(*dir, QStringLiteral("inactive.sqlite"));
    REQUIRE_FALSE(path.isEmpty());
    exec(path, QStringLiteral("update users set is_active = null where email = 'user0@alpha.sa'"));
    const QString approval = scalar(path, QStringLiteral("select id from approval_requests where "
                                                         "tenant_id = '%1' order by id limit 1")
                                              .arg(QLatin1String(TestSupport::Fixture::AlphaId)));
    const DeskRun r = runDesk({QStringLiteral("decide"), approval, QStringLiteral("approve"),
                               QStringLiteral("--source"), QStringLiteral("sqlite:") + path,
                               QStringLiteral("--tenant"), QStringLiteral("alpha"),
                               QStringLiteral("--as"), QStringLiteral("user0@alpha.sa")});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 6);
    CHECK(r.err.contains("not an active user"));
    CHECK(scalar(path, QStringLiteral("select status from approval_requests where id = '%1'")
                           .arg(approval)) == QStringLiteral("pending"));
}

TEST_CASE("cli: no surface's CSV has a cell a spreadsheet would run, numbers stay numbers",
          "[cli][security][csv]")
{
    registerSurfaces();
    auto dir = TestSupport::tempDir();
    const QString path = dir->filePath(QStringLiteral("demo.sqlite"));
    DemoOptions demo;
    demo.scale = 0.05;
    demo.now = QDateTime::fromString(QStringLiteral("2026-11-26T09:00:00Z"), Qt::ISODate);
    QString error;
    REQUIRE(DemoGenerator::writeSqliteFile(path, demo, nullptr, &error));
    // Formula text in every kind of text cell the surfaces export.
    for (const QString &sql :
         {QStringLiteral("update compliance_controls set control_name = "
                         "'=HYPERLINK(\"http://evil.example/\",\"open\")', owner = '@SUM(1+1)', "
                         "remediation_plan = '-2+3'"),
          QStringLiteral("update integration_sync_states set last_error = '-5 days since success'"),
          QStringLiteral("update approval_requests set resource_type = '+resource'"),
          QStringLiteral("update users set full_name = '=1+2'"),
          QStringLiteral("update contradictions set claim_a = char(9) || '=1+1', claim_b = "
                         "char(13) || '=2+2', source_a = '+src'"),
          QStringLiteral("update evidence_packs set title = '=title'"),
          QStringLiteral("update strategic_deals set deal_title = '-deal', target_company_name = "
                         "'@corp'"),
          QStringLiteral("update deals set currency = '=X' where id in (select id from deals "
                         "where value > 0 order by id limit 3)")})
        exec(path, sql);
    static const QRegularExpression plainNumber(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    QString all;
    int negativeNumbers = 0;
    for (const QString &id : SurfaceRegistry::instance().ids()) {
        if (!SurfaceRegistry::instance().find(id)->exportFormats().contains(QStringLiteral("csv")))
            continue;
        const DeskRun r = runDesk({QStringLiteral("export"), id, QStringLiteral("--format"),
                                   QStringLiteral("csv"), QStringLiteral("--source"),
                                   QStringLiteral("sqlite:") + path, QStringLiteral("--tenant"),
                                   QStringLiteral("najd-trading"), QStringLiteral("--as-of"),
                                   QStringLiteral("2026-11-26T09:00:00Z")});
        INFO(id.toStdString() << ": " << r.err.toStdString());
        CHECK(r.exitCode == 0);
        for (const QStringList &row : parseCsv(r.out)) {
            for (const QString &cell : row) {
                all += cell + QLatin1Char('\n');
                if (cell.isEmpty())
                    continue;
                const QChar c = cell.front();
                const bool formula = c == QLatin1Char('=') || c == QLatin1Char('+') ||
                                     c == QLatin1Char('-') || c == QLatin1Char('@') ||
                                     c == QLatin1Char('\t') || c == QLatin1Char('\r');
                INFO("cell: " << cell.toStdString());
                CHECK((!formula || plainNumber.match(cell).hasMatch()));
                if (c == QLatin1Char('-') && plainNumber.match(cell).hasMatch())
                    ++negativeNumbers;
            }
        }
    }
    // The hostile text is there, neutralised with a leading quote, in each surface that shows it.
    for (const QString &expected :
         {QStringLiteral("'=HYPERLINK(\"http://evil.example/\",\"open\")"),
          QStringLiteral("'@SUM(1+1)"), QStringLiteral("'-2+3"),
          QStringLiteral("'-5 days since success"), QStringLiteral("'+resource"),
          QStringLiteral("'=1+2"), QStringLiteral("'\t=1+1"), QStringLiteral("'\r=2+2"),
          QStringLiteral("'+src"), QStringLiteral("'=title"), QStringLiteral("'-deal"),
          QStringLiteral("'@corp"), QStringLiteral("'=X=")}) {
        INFO(expected.toStdString());
        CHECK(all.contains(expected));
    }
    // Negative figures (variance, weekly change) are still plain numbers.
    CHECK(negativeNumbers > 0);
}

TEST_CASE("a tenant name with an unclosed U+202E reorders nothing around it: PDF and screen",
          "[gui][security][bidi]")
{
    registerSurfaces();
    auto dir = TestSupport::tempDir();
    const QString path = dir->filePath(QStringLiteral("demo.sqlite"));
    DemoOptions demo;
    demo.scale = 0.05;
    demo.now = QDateTime::fromString(QStringLiteral("2026-11-26T09:00:00Z"), Qt::ISODate);
    QString error;
    REQUIRE(DemoGenerator::writeSqliteFile(path, demo, nullptr, &error));
    exec(path, QStringLiteral("update tenants set name = 'Najd ' || char(8238) || 'Trading' "
                              "where slug = 'najd-trading'"));
    const QString pdf = dir->filePath(QStringLiteral("room.pdf"));
    const DeskRun r = runDesk(
        {QStringLiteral("export"), QStringLiteral("executive-room"), QStringLiteral("--format"),
         QStringLiteral("pdf"), QStringLiteral("-o"), pdf, QStringLiteral("--source"),
         QStringLiteral("sqlite:") + path, QStringLiteral("--tenant"),
         QStringLiteral("najd-trading"), QStringLiteral("--as-of"),
         QStringLiteral("2026-11-26T09:00:00Z"), QStringLiteral("--lang"), QStringLiteral("en")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString out = QString::fromUtf8(text.readAllStandardOutput());
    INFO(out.left(600).toStdString());
    // The subtitle reads "<name> · All time · as of <time>" in order; the name keeps its own
    // override (its text runs reversed) but the rest of the line is not turned around.
    CHECK(out.contains(QStringLiteral(" · All time · as of ")));
    CHECK_FALSE(out.contains(QStringLiteral("emit llA")));

    // On screen: the executive room's subtitle isolates the name.
    Session s;
    REQUIRE(s.open(SourceUrl::sqlite(path)));
    REQUIRE(s.selectTenant(QStringLiteral("najd-trading")));
    std::unique_ptr<Settings> settings = Settings::temporary();
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"));
    MainWindow w(*settings, language);
    REQUIRE(w.openSource(QStringLiteral("sqlite:") + path, QString(),
                         QStringLiteral("najd-trading"), &error));
    REQUIRE(w.selectSurface(QStringLiteral("executive-room")));
    w.show();
    // The surface computes in the background: its figures arrive a moment later.
    REQUIRE(waitFor([&w] { return !w.currentSurface()->isRefreshing(); }, 30000));
    QString subtitle;
    for (QLabel *l : w.findChildren<QLabel *>())
        if (l->text().contains(QStringLiteral(" · as of ")))
            subtitle = l->text();
    INFO(subtitle.toStdString());
    CHECK(subtitle.startsWith(Fsi + QStringLiteral("Najd ") + Rlo + QStringLiteral("Trading") +
                              QString(QChar(0x202C)) + Pdi + QStringLiteral(" · ")));
    // And the status bar's tenant.
    bool statusIsolated = false;
    for (QLabel *l : w.statusBar()->findChildren<QLabel *>())
        statusIsolated |= l->text().contains(Fsi + QStringLiteral("Najd ") + Rlo);
    CHECK(statusIsolated);
    w.grab().save(dir->filePath(QStringLiteral("rlo.png")));
    if (qEnvironmentVariableIsSet("DEALIX_KEEP_SCREENSHOTS"))
        w.grab().save(qEnvironmentVariable("DEALIX_KEEP_SCREENSHOTS") + QStringLiteral("/rlo.png"));
}

TEST_CASE("no label, tooltip or list tooltip of any surface shows data as markup or unisolated",
          "[gui][security][bidi]")
{
    registerSurfaces();
    auto dir = TestSupport::tempDir();
    const QString path = dir->filePath(QStringLiteral("hostile.sqlite"));
    DemoOptions demo;
    demo.scale = 0.05;
    demo.now = QDateTime::fromString(QStringLiteral("2026-11-26T09:00:00Z"), Qt::ISODate);
    QString error;
    REQUIRE(DemoGenerator::writeSqliteFile(path, demo, nullptr, &error));
    // Markup and an unclosed right-to-left override in every kind of data string.
    const QString h = QStringLiteral("'<b>BOLD</b><u>under</u>' || char(8238) || ");
    for (const QString &sql :
         {QStringLiteral("update tenants set name = %1'Evil', name_ar = %1'شر' where slug = "
                         "'najd-trading'"),
          QStringLiteral("update evidence_packs set title = %1'pack'"),
          QStringLiteral("update users set full_name = %1'user'"),
          QStringLiteral("update compliance_controls set control_name = %1'control', owner = "
                         "%1'owner'"),
          QStringLiteral("update integration_sync_states set last_error = %1'error'"),
          QStringLiteral("update contradictions set claim_a = %1'claim', source_a = %1'src'"),
          QStringLiteral("update strategic_deals set deal_title = %1'deal', target_company_name = "
                         "%1'corp'"),
          QStringLiteral("update approval_requests set resource_type = %1'res'")})
        exec(path, sql.arg(h));
    std::unique_ptr<Settings> settings = Settings::temporary();
    LanguageManager language;
    MainWindow w(*settings, language);
    REQUIRE(w.openSource(QStringLiteral("sqlite:") + path, QString(),
                         QStringLiteral("najd-trading"), &error));
    w.show();
    const QString marker = QStringLiteral("BOLD");
    const QString raw = QStringLiteral("<b>BOLD");
    int seen = 0;
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ar")}) {
        REQUIRE(language.setLanguage(lang));
        for (const QString &id : SurfaceRegistry::instance().ids()) {
            REQUIRE(w.selectSurface(id));
            REQUIRE(waitFor([&w] { return !w.currentSurface()->isRefreshing(); }, 30000));
            waitFor([] { return false; }, 300);
            // Select the first row of every list, so that detail panes show a record.
            for (QAbstractItemView *v : w.currentSurface()->findChildren<QAbstractItemView *>())
                if (v->model() && v->model()->rowCount() > 0)
                    v->setCurrentIndex(v->model()->index(0, 0));
            waitFor([] { return false; }, 200);
            for (QLabel *l : w.findChildren<QLabel *>()) {
                const QString text = l->text();
                INFO(lang.toStdString()
                     << " " << id.toStdString() << " label " << l->objectName().toStdString()
                     << ": " << text.toStdString());
                if (text.contains(marker)) {
                    ++seen;
                    CHECK((l->textFormat() == Qt::PlainText ||
                           (l->textFormat() == Qt::AutoText && !Qt::mightBeRichText(text)) ||
                           !text.contains(raw)));
                }
                CHECK(SecurityChecks::bidiBalanced(text));
            }
            for (QWidget *c : w.findChildren<QWidget *>()) {
                const QString tip = c->toolTip();
                INFO(lang.toStdString()
                     << " " << id.toStdString() << " tooltip: " << tip.toStdString());
                if (tip.contains(marker))
                    CHECK_FALSE((Qt::mightBeRichText(tip) && tip.contains(raw)));
                CHECK(SecurityChecks::bidiBalanced(tip));
            }
            for (QAbstractItemView *v : w.currentSurface()->findChildren<QAbstractItemView *>()) {
                QAbstractItemModel *m = v->model();
                if (!m)
                    continue;
                for (int r = 0; r < std::min(m->rowCount(), 20); ++r)
                    for (int c = 0; c < m->columnCount(); ++c) {
                        const QString tip = m->index(r, c).data(Qt::ToolTipRole).toString();
                        INFO(lang.toStdString()
                             << " " << id.toStdString() << " cell tooltip: " << tip.toStdString());
                        if (tip.contains(marker))
                            CHECK_FALSE((Qt::mightBeRichText(tip) && tip.contains(raw)));
                    }
            }
        }
    }
    CHECK(seen > 10); // the data did reach the screen
}

TEST_CASE("board pack from an offline copy: a U+202E in its manifest reorders no page footer",
          "[cli][security][bidi][offline]")
{
    auto dir = TestSupport::tempDir();
    const QString path = dir->filePath(QStringLiteral("demo.sqlite"));
    DemoOptions demo;
    demo.scale = 0.05;
    demo.now = QDateTime::fromString(QStringLiteral("2026-11-26T09:00:00Z"), Qt::ISODate);
    QString error;
    REQUIRE(DemoGenerator::writeSqliteFile(path, demo, nullptr, &error));
    const QString copy = dir->filePath(QStringLiteral("copy.sqlite"));
    const DeskRun o = runDesk({QStringLiteral("offline"), QStringLiteral("-o"), copy,
                               QStringLiteral("--source"), QStringLiteral("sqlite:") + path,
                               QStringLiteral("--tenant"), QStringLiteral("najd-trading")});
    INFO(o.err.toStdString());
    REQUIRE(o.exitCode == 0);
    // The manifest's source with an unclosed override (the copy is then ALTERED, and says so).
    {
        // A Session opens an offline copy read-only: edited as any SQLite file.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("manifest-edit"));
        db.setDatabaseName(copy);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("update offline_manifest set value = 'sqlite:/data/' || "
                                      "char(8238) || 'evil.sqlite' where key = 'source'")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("manifest-edit"));
    const QString pdf = dir->filePath(QStringLiteral("pack.pdf"));
    const DeskRun r = runDesk({QStringLiteral("board-pack"), QStringLiteral("-o"), pdf,
                               QStringLiteral("--source"), QStringLiteral("sqlite:") + copy,
                               QStringLiteral("--surfaces"), QStringLiteral("weekly-review"),
                               QStringLiteral("--lang"), QStringLiteral("en")});
    INFO(r.err.toStdString());
    REQUIRE(QFile::exists(pdf));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString out = QString::fromUtf8(text.readAllStandardOutput());
    INFO(out.toStdString());
    // Every page's footer reads in order after the source: "…): ALTERED since it was written".
    CHECK(out.count(QStringLiteral("ALTERED since it was written")) >= 2);
    CHECK_FALSE(out.contains(QStringLiteral("nettirw saw ti ecnis")));
    CHECK_FALSE(out.contains(QStringLiteral("DERETLA")));
    // The cover names the source as a person does, not by the copy's path.
    // (NFKC: pdftotext gives the "ffl" of "Offline" as one ligature.)
    const QString plain = out.normalized(QString::NormalizationForm_KC)
                              .remove(QRegularExpression(QStringLiteral("[\\x{2066}-\\x{2069}]")))
                              .simplified();
    CHECK(plain.contains(QStringLiteral("Prepared from Offline review copy of Najd Advanced "
                                        "Trading Co. (najd-trading)")));
    CHECK_FALSE(plain.contains(copy));
}

TEST_CASE("approval center detail escapes every data string it puts into rich text",
          "[gui][security][approvals]")
{
    registerSurfaces();
    auto dir = TestSupport::tempDir();
    auto s = ExecutiveFixture::openSqlite(*dir);
    REQUIRE(s->selectTenant(QStringLiteral("weekly")));
    {
        QSqlQuery q(s->database());
        REQUIRE(q.exec(QStringLiteral("update approval_requests set resource_id = "
                                      "'<b>bold</b><img src=\"x\">'")));
        REQUIRE(q.numRowsAffected() > 0);
    }
    ApprovalCenterWidget w;
    w.setSession(s.get(), QDateTime());
    w.resize(1200, 800);
    w.show();
    REQUIRE(w.refresh());
    REQUIRE(waitFor([&] { return w.model()->rowCount() > 0 && !w.isRefreshing(); }, 30000));
    auto *view = w.findChild<QTableView *>();
    REQUIRE(view);
    view->setCurrentIndex(w.model()->index(1, 0));
    view->setCurrentIndex(w.model()->index(0, 0));
    // The request's payload and history come from a worker.
    REQUIRE(waitFor([&] { return !w.isRefreshing(); }, 30000));
    auto *detail = w.findChild<QTextBrowser *>();
    REQUIRE(detail);
    const QString plain = detail->toPlainText();
    INFO(plain.toStdString());
    // Shown as the text it is: the tags are visible, nothing became bold or an image.
    CHECK(plain.contains(QStringLiteral("<b>bold</b><img src=\"x\">")));
    CHECK(plain.contains(w.model()->item(0)->id));
    CHECK_FALSE(detail->toHtml().contains(QStringLiteral("<img")));
}

TEST_CASE("policy violation detail: claims and sources escaped and isolated", "[gui][security]")
{
    registerSurfaces();
    auto dir = TestSupport::tempDir();
    auto s = BoardsFixture::openSqlite(*dir);
    REQUIRE(s->selectTenant(QStringLiteral("pp")));
    const QString id = QStringLiteral("97300000-0000-4000-8000-000000000001");
    {
        QSqlQuery q(s->database());
        q.prepare(
            QStringLiteral("update contradictions set source_a = ?, claim_a = ? where id = ?"));
        q.addBindValue(QStringLiteral("crm") + Rlo);
        q.addBindValue(QStringLiteral("<i>it</i> 5 days"));
        q.addBindValue(id);
        REQUIRE(q.exec());
        REQUIRE(q.numRowsAffected() == 1);
    }
    PolicyViolationsWidget w;
    w.setSession(s.get(), QDateTime());
    w.show();
    REQUIRE(TestSupport::refreshAndWait(w));
    REQUIRE(w.select(id));
    const QString plain = w.detail()->toPlainText();
    INFO(plain.toStdString());
    // The source's override is closed inside its isolate: "):" after it stays in place.
    CHECK(plain.contains(QStringLiteral("(") + Fsi + QStringLiteral("crm") + Rlo +
                         QString(QChar(0x202C)) + Pdi + QStringLiteral("):")));
    CHECK(plain.contains(Fsi + QStringLiteral("<i>it</i> 5 days") + Pdi));
    CHECK_FALSE(w.detail()->toHtml().contains(QStringLiteral("<i>")));
}

TEST_CASE("banners and tiles show data as text, never as markup", "[gui][security]")
{
    // Laid out as plain text, "<b>bold</b><br><br><br>" is one line of 22 characters; as rich
    // text it would be a short bold word over three empty lines.
    const QString markup = QStringLiteral("<b>bold</b><br><br><br>");
    auto labelWith = [&markup](QWidget &w) -> QLabel * {
        for (QLabel *l : w.findChildren<QLabel *>())
            if (l->text().contains(markup) || l->text().contains(markup.toHtmlEscaped()))
                return l;
        return nullptr;
    };
    MessageBanner banner;
    banner.showMessage(MessageBanner::Level::Error, markup);
    KpiTile tile;
    tile.setCaption(QStringLiteral("caption"));
    tile.setValue(markup);
    for (QWidget *w : {static_cast<QWidget *>(&banner), static_cast<QWidget *>(&tile)}) {
        QLabel *l = labelWith(*w);
        REQUIRE(l);
        l->setWordWrap(false);
        const QFontMetrics fm(l->font());
        CHECK(l->sizeHint().width() > 3 * fm.horizontalAdvance(QStringLiteral("bold")));
        CHECK(l->sizeHint().height() < 2 * fm.lineSpacing());
    }
}

#ifdef DEALIX_PG_START_SCRIPT
namespace {
// A private PostgreSQL server for one test (never the shared fixture server): started with
// the suite's own script and env file, stopped and started by pg_ctl, removed at the end.
struct PrivateServer {
    std::unique_ptr<QTemporaryDir> dir = TestSupport::tempDir();
    QString envFile = dir->filePath(QStringLiteral("pg.env"));
    QHash<QString, QString> env;
    bool started = false;

    PrivateServer()
    {
        QProcess p;
        p.start(QStringLiteral(DEALIX_PG_START_SCRIPT), {envFile});
        REQUIRE(p.waitForFinished(180000));
        INFO(p.readAllStandardError().toStdString());
        REQUIRE(p.exitCode() == 0);
        started = true;
        QFile f(envFile);
        REQUIRE(f.open(QIODevice::ReadOnly));
        for (const QByteArray &line : f.readAll().split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0)
                env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
        }
    }
    ~PrivateServer()
    {
        if (started)
            QProcess::execute(QStringLiteral(DEALIX_PG_STOP_SCRIPT), {envFile});
    }
    // pg_ctl as the server's owner (runuser when the tests run as root), as pg-start.sh does.
    int pgCtl(const QStringList &args) const
    {
        const QString pgCtl =
            env.value(QStringLiteral("DEALIX_PG_BINDIR")) + QStringLiteral("/pg_ctl");
        QStringList all{QStringLiteral("-D"),
                        env.value(QStringLiteral("DEALIX_PG_STATE")) + QStringLiteral("/data")};
        all << args;
        if (geteuid() == 0)
            return QProcess::execute(QStringLiteral("runuser"),
                                     QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                                 QStringLiteral("--"), pgCtl} +
                                         all);
        return QProcess::execute(pgCtl, all);
    }
    int stop() const
    {
        return pgCtl({QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"),
                      QStringLiteral("stop")});
    }
    int start() const
    {
        const QString state = env.value(QStringLiteral("DEALIX_PG_STATE"));
        return pgCtl(
            {QStringLiteral("-l"), state + QStringLiteral("/server.log"), QStringLiteral("-w"),
             QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"),
             QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2/socket -c fsync=off "
                            "-c ssl=on")
                 .arg(env.value(QStringLiteral("DEALIX_PG_PORT")), state),
             QStringLiteral("start")});
    }
    QString url() const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
            .arg(env.value(QStringLiteral("DEALIX_PG_USER")),
                 env.value(QStringLiteral("DEALIX_PG_PORT")),
                 env.value(QStringLiteral("DEALIX_PG_DATABASE")));
    }
};
} // namespace

TEST_CASE("GUI on PostgreSQL: a restarted server is reconnected with back-off and refreshed",
          "[gui][security][postgres][reconnect]")
{
    registerSurfaces();
    PrivateServer server;
    const QString password = server.env.value(QStringLiteral("DEALIX_PG_PASSWORD"));
    {
        Session loader;
        REQUIRE(
            loader.open(SourceUrl::parse(server.url()), Session::OpenMode::AllowEmpty, password));
        QString error;
        REQUIRE(TestSupport::loadFixture(loader, &error));
    }
    std::unique_ptr<Settings> settings = Settings::temporary();
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"));
    MainWindow w(*settings, language);
    w.setReconnectTiming(200, 100, 400);
    QString error;
    REQUIRE(w.openSource(server.url(), password, QStringLiteral("alpha"), &error));
    REQUIRE(w.selectSurface(QStringLiteral("source")));
    w.show();
    QCoreApplication::processEvents();
    const Session *before = w.session();
    auto statusText = [&w] {
        QString all;
        for (QLabel *l : w.statusBar()->findChildren<QLabel *>())
            all += l->text() + QLatin1Char('|');
        return all;
    };
    CHECK(statusText().contains(QStringLiteral("Source: ")));

    REQUIRE(server.stop() == 0);
    // Noticed by the health check, then retried with growing delays.
    REQUIRE(waitFor([&] { return w.reconnectAttempt() >= 1; }, 5000));
    INFO(statusText().toStdString());
    CHECK(statusText().contains(QStringLiteral("Reconnecting (attempt 1)…")));
    REQUIRE(waitFor([&] { return w.reconnectAttempt() >= 3; }, 10000));
    CHECK(statusText().contains(QStringLiteral("Reconnecting (attempt ")));
    CHECK(w.session() == before); // the last figures stay until the server is back
    if (qEnvironmentVariableIsSet("DEALIX_KEEP_SCREENSHOTS")) {
        const QString keep = qEnvironmentVariable("DEALIX_KEEP_SCREENSHOTS");
        w.grab().save(keep + QStringLiteral("/reconnecting-en.png"));
        language.setLanguage(QStringLiteral("ar"));
        QCoreApplication::processEvents();
        w.grab().save(keep + QStringLiteral("/reconnecting-ar.png"));
        language.setLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();
    }

    QSignalSpy refreshed(w.currentSurface(), &SurfaceWidget::refreshed);
    REQUIRE(server.start() == 0);
    REQUIRE(waitFor([&] { return w.reconnectAttempt() == 0; }, 20000));
    INFO(statusText().toStdString());
    CHECK(w.session() != before);
    REQUIRE(w.session());
    CHECK(w.session()->isOpen());
    CHECK(w.session()->tenantId() == QLatin1String(TestSupport::Fixture::AlphaId));
    CHECK(statusText().contains(QStringLiteral("Source: ")));
    CHECK_FALSE(statusText().contains(QStringLiteral("Reconnecting")));
    REQUIRE(waitFor([&] { return !refreshed.isEmpty(); }, 5000));
    CHECK(refreshed.last().value(0).toBool());
}
TEST_CASE("GUI on PostgreSQL: reconnecting to a host that never answers does not freeze the "
          "window",
          "[gui][security][postgres][reconnect]")
{
    registerSurfaces();
    PrivateServer server;
    const QString password = server.env.value(QStringLiteral("DEALIX_PG_PASSWORD"));
    {
        Session loader;
        REQUIRE(
            loader.open(SourceUrl::parse(server.url()), Session::OpenMode::AllowEmpty, password));
        QString error;
        REQUIRE(TestSupport::loadFixture(loader, &error));
    }
    std::unique_ptr<Settings> settings = Settings::temporary();
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"));
    MainWindow w(*settings, language);
    w.setReconnectTiming(200, 100, 400);
    QString error;
    REQUIRE(w.openSource(server.url(), password, QStringLiteral("alpha"), &error));
    REQUIRE(w.selectSurface(QStringLiteral("source")));
    w.show();
    QCoreApplication::processEvents();

    // The server goes, and its port becomes a black hole: a socket that completes the TCP
    // handshake (the kernel does) and never says a word, like a partitioned or hung host.
    REQUIRE(server.stop() == 0);
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    const int yes = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(quint16(server.env.value(QStringLiteral("DEALIX_PG_PORT")).toInt()));
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0);
    REQUIRE(::listen(fd, 16) == 0);

    // A timer ticking every 50 ms keeps ticking while the window notices the loss and retries.
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0, longestGap = 0;
    QTimer ticker;
    ticker.setInterval(50);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        longestGap = std::max(longestGap, now - last);
        last = now;
    });
    ticker.start();
    const bool noticed = waitFor([&] { return w.reconnectAttempt() >= 2; }, 30000);
    // A few seconds more: at least one attempt against the silent host is under way.
    waitFor([] { return false; }, 5000);
    ticker.stop();
    ::close(fd);
    INFO("longest gap between ticks: " << longestGap << " ms");
    CHECK(noticed);
    CHECK(longestGap < 1000);

    // And the server back: reconnected as before.
    REQUIRE(server.start() == 0);
    REQUIRE(waitFor([&] { return w.reconnectAttempt() == 0; }, 30000));
    REQUIRE(w.session());
    CHECK(w.session()->isOpen());
}
#endif
