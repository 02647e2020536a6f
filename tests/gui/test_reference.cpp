// What users receive, reviewed as files: each surface's JSON and CSV export of the hand-worked
// fixtures at a fixed --as-of, produced by the real dealix-desk process and compared byte for
// byte with the reference files in tests/reference/ (checked by hand once; see README "Tests").
//
// The only thing that varies per run is the time a file was generated: every "generated_at"
// value is replaced by <generated_at> before comparing. The source path does not vary: the
// process runs in the fixture's directory with a relative `sqlite:NAME.sqlite` source.
//
// DEALIX_UPDATE_REFERENCES=1 rewrites the reference files instead of comparing; the developer
// then reviews `git diff tests/reference` line by line before committing.
#include "tests/support/boardsfixture.h"
#include "tests/support/compliancefixture.h"
#include "tests/support/deskrun.h"
#include "tests/support/executivefixture.h"
#include "tests/support/governancefixture.h"
#include "tests/support/planningfixture.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <catch2/catch.hpp>

#include <functional>

namespace {

const char *const AsOf = "2026-11-26T09:00:00Z";

// Writes the fixture into DIR/NAME with its own loader; the session is closed afterwards.
void writeFixture(const QTemporaryDir &dir, const QString &name,
                  const std::function<bool(Session &, QString *)> &load)
{
    Session s;
    REQUIRE(s.open(SourceUrl::sqlite(dir.filePath(name)), Session::OpenMode::AllowEmpty));
    QString error;
    const bool loaded = load(s, &error);
    INFO(error.toStdString());
    REQUIRE(loaded);
}

// Every "generated_at" value (the provenance's and a surface's own) becomes a placeholder.
QByteArray normalise(QByteArray bytes)
{
    static const QRegularExpression generated(QStringLiteral("(\"generated_at\": ?\")[^\"]*(\")"));
    QString text = QString::fromUtf8(bytes);
    text.replace(generated, QStringLiteral("\\1<generated_at>\\2"));
    return text.toUtf8();
}

QByteArray unifiedDiff(const QString &expectedPath, const QByteArray &actual)
{
    QProcess diff;
    diff.start(QStringLiteral("diff"), {QStringLiteral("-u"), expectedPath, QStringLiteral("-")});
    if (!diff.waitForStarted(10000))
        return "(diff could not be started)";
    diff.write(actual);
    diff.closeWriteChannel();
    diff.waitForFinished(30000);
    return QString::fromUtf8(diff.readAllStandardOutput()).left(20000).toUtf8();
}

// Runs `dealix-desk ARGS --as-of AsOf --source sqlite:DB --tenant T --lang en` in dir and
// compares its standard output with tests/reference/FILE.
void compareRun(const QTemporaryDir &dir, const QString &db, const QString &tenant,
                const QStringList &args, const QString &file)
{
    TestSupport::DeskOptions options;
    options.workingDirectory = dir.path();
    const TestSupport::DeskRun r = TestSupport::runDesk(
        args + QStringList{QStringLiteral("--as-of"), QString::fromLatin1(AsOf),
                           QStringLiteral("--source"), QStringLiteral("sqlite:") + db,
                           QStringLiteral("--tenant"), tenant, QStringLiteral("--lang"),
                           QStringLiteral("en")},
        options);
    INFO(file.toStdString() << ": " << r.err.toStdString());
    REQUIRE_FALSE(r.crashed);
    REQUIRE(r.exitCode == 0);
    const QByteArray actual = normalise(r.out);
    REQUIRE_FALSE(actual.isEmpty());

    const QString path = QStringLiteral(DEALIX_REFERENCE_DIR "/") + file;
    if (qEnvironmentVariableIntValue("DEALIX_UPDATE_REFERENCES") == 1) {
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(out.write(actual) == actual.size());
        WARN("rewrote " << path.toStdString() << ": review `git diff tests/reference` by hand");
        return;
    }
    QFile in(path);
    INFO("no reference file " << path.toStdString()
                              << " (write it with DEALIX_UPDATE_REFERENCES=1, then review it)");
    REQUIRE(in.open(QIODevice::ReadOnly));
    const QByteArray expected = in.readAll();
    INFO("differences (- reference, + this build):\n" << unifiedDiff(path, actual).toStdString());
    CHECK(actual == expected);
}

// `dealix-desk export SURFACE --format FORMAT [extra]` compared with tests/reference/FILE.
void compareExport(const QTemporaryDir &dir, const QString &db, const QString &tenant,
                   const QString &surface, const QString &format, const QString &file,
                   const QStringList &extra = {})
{
    compareRun(dir, db, tenant,
               QStringList{QStringLiteral("export"), surface, QStringLiteral("--format"), format} +
                   extra,
               file);
}

bool loadExecutive(Session &s, QString *error)
{
    return ExecutiveFixture::load(s, ExecutiveFixture::ApprovalSchema::Enhanced, error);
}

} // namespace

TEST_CASE("reference: executive-room exports of tenant alpha", "[reference]")
{
    auto dir = TestSupport::tempDir();
    const QString db = QStringLiteral("executive.sqlite");
    writeFixture(*dir, db, loadExecutive);
    const QString alpha = QStringLiteral("alpha");
    const QString s = QStringLiteral("executive-room");
    const QStringList all{QStringLiteral("--period"), QStringLiteral("all")};
    const QStringList month{QStringLiteral("--period"), QStringLiteral("month")};
    compareExport(*dir, db, alpha, s, QStringLiteral("json"), QStringLiteral("executive-room.json"),
                  all);
    compareExport(*dir, db, alpha, s, QStringLiteral("csv"), QStringLiteral("executive-room.csv"),
                  all);
    compareExport(*dir, db, alpha, s, QStringLiteral("json"),
                  QStringLiteral("executive-room-month.json"), month);
    compareExport(*dir, db, alpha, s, QStringLiteral("csv"),
                  QStringLiteral("executive-room-month.csv"), month);
}

TEST_CASE("reference: weekly-review exports of tenant weekly", "[reference]")
{
    auto dir = TestSupport::tempDir();
    const QString db = QStringLiteral("executive.sqlite");
    writeFixture(*dir, db, loadExecutive);
    for (const char *format : {"json", "csv"})
        compareExport(*dir, db, QStringLiteral("weekly"), QStringLiteral("weekly-review"),
                      QString::fromLatin1(format),
                      QStringLiteral("weekly-review.") + QString::fromLatin1(format));
}

TEST_CASE("reference: approval-center exports of tenant alpha", "[reference]")
{
    auto dir = TestSupport::tempDir();
    const QString db = QStringLiteral("executive.sqlite");
    writeFixture(*dir, db, loadExecutive);
    for (const char *format : {"json", "csv"})
        compareExport(*dir, db, QStringLiteral("alpha"), QStringLiteral("approval-center"),
                      QString::fromLatin1(format),
                      QStringLiteral("approval-center.") + QString::fromLatin1(format));
}

TEST_CASE("reference: forecast and risk-heatmap exports of tenants fc and rk", "[reference]")
{
    auto dir = TestSupport::tempDir();
    const QString db = QStringLiteral("planning.sqlite");
    writeFixture(*dir, db, PlanningFixture::load);
    for (const char *format : {"json", "csv"}) {
        const QString f = QString::fromLatin1(format);
        compareExport(*dir, db, QStringLiteral("fc"), QStringLiteral("forecast"), f,
                      QStringLiteral("forecast.") + f);
        compareExport(*dir, db, QStringLiteral("rk"), QStringLiteral("risk-heatmap"), f,
                      QStringLiteral("risk-heatmap.") + f);
    }
}

TEST_CASE("reference: policy-violations and partner-pipeline exports of tenant pp", "[reference]")
{
    auto dir = TestSupport::tempDir();
    const QString db = QStringLiteral("boards.sqlite");
    writeFixture(*dir, db, BoardsFixture::load);
    for (const char *format : {"json", "csv"}) {
        const QString f = QString::fromLatin1(format);
        compareExport(*dir, db, QStringLiteral("pp"), QStringLiteral("policy-violations"), f,
                      QStringLiteral("policy-violations.") + f);
        compareExport(*dir, db, QStringLiteral("pp"), QStringLiteral("partner-pipeline"), f,
                      QStringLiteral("partner-pipeline.") + f);
    }
}

TEST_CASE("reference: compliance exports of tenant comp", "[reference]")
{
    auto dir = TestSupport::tempDir();
    const QString db = QStringLiteral("compliance.sqlite");
    writeFixture(*dir, db, ComplianceFixture::load);
    for (const char *format : {"json", "csv"})
        compareExport(*dir, db, QStringLiteral("comp"), QStringLiteral("compliance"),
                      QString::fromLatin1(format),
                      QStringLiteral("compliance.") + QString::fromLatin1(format));
    // The live checks' results (every hand-worked figure of the fixture), nothing written.
    compareRun(*dir, db, QStringLiteral("comp"),
               {QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json")},
               QStringLiteral("compliance-check.json"));
}

TEST_CASE("reference: connectors and evidence-packs exports of tenant gov", "[reference]")
{
    auto dir = TestSupport::tempDir();
    const QString db = QStringLiteral("governance.sqlite");
    writeFixture(*dir, db, GovernanceFixture::load);
    for (const char *format : {"json", "csv"}) {
        const QString f = QString::fromLatin1(format);
        compareExport(*dir, db, QStringLiteral("gov"), QStringLiteral("connectors"), f,
                      QStringLiteral("connectors.") + f);
        compareExport(*dir, db, QStringLiteral("gov"), QStringLiteral("evidence-packs"), f,
                      QStringLiteral("evidence-packs.") + f);
    }
}
