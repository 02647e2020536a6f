#include "app/commandline.h"

#include "app/clitools.h"
#include "app/exitcodes.h"
#include "app/governancecommands.h"
#include "app/sourceopener.h"
#include "app/surfaces.h"
#include "models/approvals/approvaldecider.h"
#include "models/core/atomicfile.h"
#include "models/core/csvwriter.h"
#include "models/core/displaytext.h"
#include "models/core/period.h"
#include "models/core/platform.h"
#include "models/source/demogenerator.h"
#include "models/source/indexadvice.h"
#include "models/source/restserver.h"
#include "models/source/resttoken.h"
#include "models/source/restwrites.h"
#include "models/source/session.h"
#include "views/print/boardpack.h"
#include "views/surface/surface.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimeZone>

#include <cstdio>

namespace CommandLine {

namespace CliTools {

void printErr(const QString &line)
{
    // Messages quote sources, servers and data: no credentials, no terminal control codes.
    QTextStream(stderr) << DisplayText::terminal(SourceUrl::redact(line)) << Qt::endl;
}

QString field(const QString &text)
{
    // A spreadsheet opening the tab-separated output (-o FILE, or stdout redirected) must not
    // run a field as a formula: the same neutralisation as every CSV cell.
    const QString safe = CsvWriter::looksLikeFormula(text) ? QLatin1Char('\'') + text : text;
    return DisplayText::terminal(safe, false);
}

void printOut(const QByteArray &data)
{
    fwrite(data.constData(), 1, size_t(data.size()), stdout);
    fflush(stdout);
}

int sessionExit(const Session &session)
{
    switch (session.errorKind()) {
    case Session::ErrorKind::Usage:
        return ExitCode::Usage;
    case Session::ErrorKind::NotFound:
        return ExitCode::NotFound;
    case Session::ErrorKind::Unavailable:
        return ExitCode::SourceUnavailable;
    case Session::ErrorKind::None:
        break;
    }
    return ExitCode::Failure;
}

// A write over a Dealix server: "STATUS<TAB>ID" on standard output, or the server's reason on
// standard error and restExitCode()'s status (401/403 → 6, 404 → 4, 409 → 5, else 3).
int restWrite(const RestWrites::Result &r, const QString &id)
{
    if (!r.ok()) {
        printErr(r.message);
        return r.exitCode();
    }
    // The status is the server's text: no control codes, tabs or line breaks reach the output.
    QTextStream(stdout) << field(r.status) << '\t' << field(id) << Qt::endl;
    if (!r.note.isEmpty())
        printErr(r.note);
    return ExitCode::Ok;
}

bool isRest(const Options &o)
{
    return SourceUrl::parse(SourceOpener::resolveUrl(o.source)).kind() == SourceUrl::Kind::Rest;
}

int restOptions(const Options &o, RestOptions *out)
{
    QString error;
    if (RestToken::resolve(o.tokenFile, &out->token, &error) == RestToken::Status::Refused) {
        printErr(error);
        return ExitCode::Usage;
    }
    out->caFile = o.caFile;
    return ExitCode::Ok;
}

namespace {
// The Dealix server the command used, for reportStale() once it is done.
std::shared_ptr<RestServer> usedServer;
QString usedTenant;
QTimeZone usedZone; // the tenant's: the stale warning's time is read in it
} // namespace

void reportStale()
{
    if (!usedServer)
        return;
    if (const QDateTime since = usedServer->staleSince(usedTenant); since.isValid())
        printErr(RestServer::staleWarning(since, usedZone));
}

// Opens --source (or the default demo database) and, if wanted, selects --tenant.
int openSession(const Options &o, Session &session, bool selectTenant)
{
    const QString url = SourceOpener::resolveUrl(o.source);
    QString error;
    const SourceUrl parsed = SourceUrl::parse(url);
    if (parsed.kind() == SourceUrl::Kind::Rest) {
        RestOptions rest;
        if (const int rc = restOptions(o, &rest); rc != ExitCode::Ok)
            return rc;
        if (!session.open(parsed, Session::OpenMode::RequireDealixSchema, QString(), rest)) {
            printErr(session.errorString());
            return sessionExit(session);
        }
        // The API lists no tenants: `tenants` shows the one given (or the token's).
        if ((selectTenant || o.command == QLatin1String("tenants")) &&
            !session.selectTenant(o.tenant)) {
            printErr(session.errorString());
            return sessionExit(session);
        }
        if (!o.actingAs.isEmpty())
            printErr(RestWrites::actingUserNote());
        usedServer = RestServer::of(session);
        usedTenant = session.tenantId();
        usedZone = Periods::zone(session.tenant().timeZone);
        // A server whose executive routes answer placeholder zeros is said before its figures.
        if (session.hasTenant()) {
            if (const QString w = RestServer::lineBWarning(usedServer->checkLineB(session));
                !w.isEmpty())
                printErr(w);
        }
        return ExitCode::Ok;
    }
    if (url == QStringLiteral("sqlite:") + SourceOpener::defaultDemoPath() &&
        !QFileInfo::exists(SourceOpener::defaultDemoPath())) {
        printErr(Tr::tr("Generating the demo database at %1 …")
                     .arg(DisplayText::plain(SourceOpener::defaultDemoPath())));
        if (!SourceOpener::ensureDemo(url, &error)) {
            printErr(error);
            return ExitCode::Failure;
        }
    }
    if (!session.open(SourceUrl::parse(url))) {
        printErr(session.errorString());
        return sessionExit(session);
    }
    if (selectTenant && !session.selectTenant(o.tenant)) {
        printErr(session.errorString());
        return sessionExit(session);
    }
    // An offline copy is never used silently: its as-of and integrity go to standard error.
    if (session.isOffline())
        printErr(session.offline().summary(Periods::zone(session.tenant().timeZone)));
    // Nor a tenant PostgreSQL shows no rows of: zeros are not figures.
    if (!session.visibilityWarning().isEmpty())
        printErr(session.visibilityWarning());
    return ExitCode::Ok;
}

QDateTime asOfFor(const Options &o, const Session &session)
{
    if (o.asOf.isValid())
        return o.asOf;
    if (session.isOffline() && session.offline().asOf.isValid())
        return session.offline().asOf;
    return QDateTime::currentDateTimeUtc();
}

int withOfflineCheck(int rc, const Session &session)
{
    if (rc == ExitCode::Ok && session.isOffline() && !session.offline().intact)
        return ExitCode::IntegrityFailed;
    return rc;
}

int readFailure(const Session &session)
{
    if (session.isRest() && session.rest() && session.rest()->refusedAccess())
        return ExitCode::PermissionDenied;
    return ExitCode::SourceUnavailable;
}

int writeOutput(const Options &o, const QByteArray &data)
{
    if (o.output.isEmpty() || o.output == QLatin1String("-")) {
        printOut(data);
        return ExitCode::Ok;
    }
    QString error;
    if (!AtomicFile::write(o.output, data, &error)) {
        printErr(error);
        return ExitCode::Failure;
    }
    return ExitCode::Ok;
}

} // namespace CliTools

namespace {
using namespace CliTools;

int runDemo(const Options &o)
{
    DemoOptions demo;
    demo.scale = o.scale;
    demo.seed = o.seed;
    demo.now = o.asOf.isValid() ? o.asOf : QDateTime::currentDateTimeUtc();
    DemoStats stats;
    QString error;
    QString target;
    int lastPct = -1;
    const bool tty = Platform::stderrIsTerminal();
    auto progress = [&](int pct) {
        if (tty && pct / 10 != lastPct / 10)
            fprintf(stderr, "\r%3d%%", pct);
        lastPct = pct;
        return true;
    };
    if (!o.output.isEmpty()) {
        target = o.output;
        if (!DemoGenerator::writeSqliteFile(o.output, demo, &stats, &error, progress)) {
            printErr(error);
            return ExitCode::Failure;
        }
    } else if (!o.source.isEmpty()) {
        const SourceUrl url = SourceUrl::parse(o.source);
        if (url.kind() == SourceUrl::Kind::SQLite) {
            printErr(Tr::tr("For a SQLite demo database use -o FILE."));
            return ExitCode::Usage;
        }
        Session session;
        if (!session.open(url, Session::OpenMode::AllowEmpty)) {
            printErr(session.errorString());
            return sessionExit(session);
        }
        target = url.toDisplayString();
        if (!DemoGenerator::generate(session, demo, &stats, &error, progress)) {
            printErr(Tr::tr("Cannot write the demo data to %1: %2")
                         .arg(DisplayText::plain(target), error));
            return ExitCode::Failure;
        }
    } else {
        printErr(Tr::tr("demo needs -o FILE (SQLite) or --source postgresql://…"));
        return ExitCode::Usage;
    }
    if (tty)
        fprintf(stderr, "\r");
    QString size;
    if (!o.output.isEmpty())
        size = Tr::tr(", %1 MiB")
                   .arg(double(QFileInfo(o.output).size()) / (1024.0 * 1024.0), 0, 'f', 1);
    QTextStream(stdout) << Tr::tr("Wrote %1 rows (%2 deals) to %3 in %4 s (scale %5, seed %6%7)")
                               .arg(stats.totalRows)
                               .arg(stats.rowsPerTable.value(QStringLiteral("deals")))
                               .arg(DisplayText::plain(target))
                               .arg(double(stats.elapsedMs) / 1000.0, 0, 'f', 1)
                               .arg(o.scale)
                               .arg(o.seed)
                               .arg(size)
                        << Qt::endl;
    return ExitCode::Ok;
}

int runTenants(const Options &o)
{
    Session session;
    if (const int rc = openSession(o, session, false); rc != ExitCode::Ok)
        return rc;
    const Result<QList<TenantInfo>> listed = session.tenants();
    if (!listed.ok()) {
        printErr(Tr::tr("Cannot list the tenants: %1").arg(listed.error()));
        return ExitCode::SourceUnavailable;
    }
    const QList<TenantInfo> &tenants = listed.value();
    if (o.format == QLatin1String("json")) {
        QJsonArray arr;
        for (const TenantInfo &t : tenants)
            arr.append(QJsonObject{{QStringLiteral("id"), t.id},
                                   {QStringLiteral("slug"), t.slug},
                                   {QStringLiteral("name"), t.name},
                                   {QStringLiteral("name_ar"), t.nameAr}});
        return writeOutput(o, QJsonDocument(QJsonObject{{QStringLiteral("tenants"), arr},
                                                        {QStringLiteral("total"), arr.size()}})
                                  .toJson(QJsonDocument::Indented));
    }
    QByteArray text;
    for (const TenantInfo &t : tenants)
        text += QStringLiteral("%1\t%2\t%3\t%4\n")
                    .arg(field(t.id), field(t.slug), field(t.name), field(t.nameAr))
                    .toUtf8();
    return writeOutput(o, text);
}

// indexes [--source URL] [--format text|sql|json]: the recommended indexes (README "Indexes"),
// and with a source which of them it has. Reads the catalog only; creates nothing.
int runIndexes(const Options &o)
{
    const QString format = o.format.isEmpty() ? QStringLiteral("text") : o.format;
    if (format != QLatin1String("text") && format != QLatin1String("sql") &&
        format != QLatin1String("json")) {
        printErr(
            Tr::tr("indexes prints text, sql or json, not %1.").arg(DisplayText::plain(format)));
        return ExitCode::Usage;
    }
    const bool withSource = !o.source.isEmpty() || !qEnvironmentVariableIsEmpty("DEALIX_SOURCE");
    Session session;
    QList<IndexAdvice::Status> statuses;
    IndexAdvice::Dialect dialect = IndexAdvice::Dialect::PostgreSQL;
    QHash<QString, QStringList> enhancedLeftOut;
    if (withSource) {
        if (const int rc = openSession(o, session, false); rc != ExitCode::Ok)
            return rc;
        const Result<QList<IndexAdvice::Status>> detected = IndexAdvice::detect(session);
        if (!detected.ok()) {
            printErr(detected.error());
            return ExitCode::SourceUnavailable;
        }
        statuses = detected.value();
        if (!session.isPostgres())
            dialect = IndexAdvice::Dialect::SQLite;
    } else {
        // Without a source the DDL must run on any Dealix database: the covering columns only
        // the enhanced schema has are left out (and said in a comment); an expression entry is
        // written for the source's schema (its expressions depend on the columns it has), so
        // only with a source.
        for (const IndexAdvice::Entry &e : IndexAdvice::catalogue()) {
            if (e.expressions)
                continue;
            QStringList leftOut;
            IndexAdvice::Status s;
            s.entry = IndexAdvice::plainDealix(e, &leftOut);
            statuses.append(s);
            enhancedLeftOut.insert(e.name, leftOut);
        }
    }
    // A live PostgreSQL database is indexed without blocking writes (CONCURRENTLY, outside a
    // transaction); SQLite has no such form.
    auto ddl = [&](const IndexAdvice::Status &s) {
        return IndexAdvice::ddl(s, dialect, dialect == IndexAdvice::Dialect::PostgreSQL);
    };
    auto columns = [](const IndexAdvice::Entry &e) {
        QString text = e.keys.join(QStringLiteral(", "));
        if (!e.cover.isEmpty())
            text += QStringLiteral(" + ") + e.cover.join(QStringLiteral(", "));
        return text;
    };
    int missing = 0;
    for (const IndexAdvice::Status &s : std::as_const(statuses))
        missing += s.present ? 0 : 1;
    if (format == QLatin1String("json")) {
        QJsonArray list;
        for (const IndexAdvice::Status &s : std::as_const(statuses)) {
            list.append(QJsonObject{
                {QStringLiteral("name"), s.entry.name},
                {QStringLiteral("table"), s.entry.table},
                {QStringLiteral("keys"), QJsonArray::fromStringList(s.entry.keys)},
                {QStringLiteral("covering"), QJsonArray::fromStringList(s.entry.cover)},
                {QStringLiteral("surfaces"), QJsonArray::fromStringList(s.entry.surfaces)},
                {QStringLiteral("why"), s.entry.why},
                {QStringLiteral("status"), withSource ? QJsonValue(s.state()) : QJsonValue()},
                {QStringLiteral("present_as"), s.present ? QJsonValue(s.presentAs) : QJsonValue()},
                {QStringLiteral("replaces"),
                 s.conflict.isEmpty() ? QJsonValue() : QJsonValue(s.conflict)},
                {QStringLiteral("ddl"), ddl(s)}});
        }
        return writeOutput(
            o,
            QJsonDocument(
                QJsonObject{
                    {QStringLiteral("source"),
                     withSource ? QJsonValue(session.url().toDisplayString()) : QJsonValue()},
                    {QStringLiteral("dialect"), dialect == IndexAdvice::Dialect::SQLite
                                                    ? QStringLiteral("sqlite")
                                                    : QStringLiteral("postgresql")},
                    {QStringLiteral("indexes"), list},
                    {QStringLiteral("missing"), withSource ? QJsonValue(missing) : QJsonValue()}})
                .toJson(QJsonDocument::Indented));
    }
    QByteArray text;
    if (format == QLatin1String("sql")) {
        // Ready for psql or sqlite3: the statements of the missing indexes (all of them without
        // a source), each after a comment saying what it speeds up.
        for (const IndexAdvice::Status &s : std::as_const(statuses)) {
            if (s.present)
                continue;
            text += QStringLiteral("-- %1 (%2)\n")
                        .arg(DisplayText::terminal(s.entry.why, false),
                             s.entry.surfaces.join(QStringLiteral(", ")))
                        .toUtf8();
            if (!s.conflict.isEmpty())
                text += QStringLiteral("-- %1\n")
                            .arg(DisplayText::terminal(
                                s.conflictInvalid
                                    ? Tr::tr("%1 exists but is invalid: dropped and built again.")
                                          .arg(s.conflict)
                                    : Tr::tr("%1 exists with another definition: dropped and "
                                             "built again.")
                                          .arg(s.conflict),
                                false))
                            .toUtf8();
            const QStringList leftOut = enhancedLeftOut.value(s.entry.name);
            if (!leftOut.isEmpty())
                text += QStringLiteral("-- %1\n")
                            .arg(Tr::tr("Left out, only the enhanced schema has them: %1 (run "
                                        "with --source to include them).")
                                     .arg(leftOut.join(QStringLiteral(", "))))
                            .toUtf8();
            text += ddl(s).toUtf8() + '\n';
        }
        if (withSource && missing == 0)
            text += QStringLiteral("-- %1\n")
                        .arg(Tr::tr("Every recommended index is present."))
                        .toUtf8();
        return writeOutput(o, text);
    }
    for (const IndexAdvice::Status &s : std::as_const(statuses)) {
        const QString status =
            !withSource            ? Tr::tr("recommended")
            : s.present            ? Tr::tr("present (%1)").arg(s.presentAs)
            : s.conflict.isEmpty() ? Tr::tr("missing")
            : s.conflictInvalid
                ? Tr::tr("invalid (%1 exists but cannot be used)").arg(s.conflict)
                : Tr::tr("different (%1 exists with another definition)").arg(s.conflict);
        text += QStringLiteral("%1\t%2\t%3 (%4)\t%5\t%6\n")
                    .arg(field(s.entry.name), field(status), field(s.entry.table),
                         field(columns(s.entry)),
                         field(s.entry.surfaces.join(QStringLiteral(", "))), field(s.entry.why))
                    .toUtf8();
    }
    if (withSource)
        printErr(Tr::tr("%n recommended index(es) missing.", nullptr, missing));
    return writeOutput(o, text);
}

// --period names one of the periods (or is left out): anything else is a usage error, said
// before the source is opened.
int checkPeriod(const QString &period)
{
    if (period.isEmpty())
        return ExitCode::Ok;
    bool known = false;
    Periods::fromId(period, &known);
    if (known)
        return ExitCode::Ok;
    printErr(Tr::tr("Unknown period \"%1\" (month, quarter, year or all).")
                 .arg(DisplayText::plain(period)));
    return ExitCode::Usage;
}

int runExport(const Options &o)
{
    if (!o.pack.isEmpty()) {
        if (o.arguments.value(0) != QLatin1String("evidence-packs")) {
            printErr(Tr::tr("--pack goes with: export evidence-packs --pack ID"));
            return ExitCode::Usage;
        }
        return runExportPack(o);
    }
    if (o.arguments.isEmpty()) {
        printErr(Tr::tr("export needs a surface: %1")
                     .arg(SurfaceRegistry::instance().ids().join(QLatin1String(", "))));
        return ExitCode::Usage;
    }
    const Surface *surface = SurfaceRegistry::instance().find(o.arguments.first());
    if (!surface) {
        printErr(Tr::tr("Unknown surface \"%1\"; this build has: %2")
                     .arg(DisplayText::plain(o.arguments.first()),
                          SurfaceRegistry::instance().ids().join(QLatin1String(", "))));
        return ExitCode::Usage;
    }
    if (const int rc = checkPeriod(o.period); rc != ExitCode::Ok)
        return rc;
    ExportRequest request;
    request.format = o.format.isEmpty() ? QStringLiteral("json") : o.format;
    request.period = o.period;
    if (!surface->exportFormats().contains(request.format)) {
        printErr(Tr::tr("The %1 surface exports %2, not %3.")
                     .arg(surface->id(), surface->exportFormats().join(QLatin1String(", ")),
                          DisplayText::plain(request.format)));
        return ExitCode::Usage;
    }
    if (request.format == QLatin1String("pdf") &&
        (o.output.isEmpty() || o.output == QLatin1String("-"))) {
        printErr(Tr::tr("A PDF needs an output file: -o FILE.pdf"));
        return ExitCode::Usage;
    }
    Session session;
    if (const int rc = openSession(o, session, true); rc != ExitCode::Ok)
        return rc;
    request.asOf = asOfFor(o, session);
    QByteArray data;
    QString error;
    if (request.format == QLatin1String("pdf") || request.format == QLatin1String("html")) {
        // One surface on paper: the board pack's renderer without cover and contents.
        BoardPack::Options options;
        options.surfaces = {surface->id()};
        options.asOf = request.asOf;
        options.period = request.period;
        options.cover = false;
        options.classification = o.classification;
        options.preparedBy = o.preparedBy; // the watermark's name
        options.preparerEmail = o.actingAs;
        BoardPack::Content content;
        if (!BoardPack::build(session, options, &content, &error)) {
            printErr(Tr::tr("Cannot export %1: %2").arg(surface->id(), error));
            return readFailure(session);
        }
        if (!o.allowPartial) {
            if (const QString refusal = BoardPack::partialRefusal(content, o.output);
                !refusal.isEmpty()) {
                printErr(refusal);
                return readFailure(session);
            }
        }
        if (request.format == QLatin1String("html")) {
            if (const int rc = writeOutput(o, BoardPack::html(content)); rc != ExitCode::Ok)
                return rc;
        } else if (!BoardPack::writePdf(content, o.output, &error)) {
            printErr(error);
            return ExitCode::Failure;
        }
        // The document says what failed; so does the exit status, for scheduled runs.
        if (!content.failedSections.isEmpty()) {
            printErr(couldNotBeComputed(content.failedSections.join(QLatin1String("; "))));
            return readFailure(session);
        }
        return withOfflineCheck(ExitCode::Ok, session);
    }
    if (!surface->exportData(session, request, &data, &error)) {
        printErr(Tr::tr("Cannot export %1: %2").arg(surface->id(), error));
        return readFailure(session);
    }
    return withOfflineCheck(writeOutput(o, data), session);
}

int runDecide(const Options &o)
{
    ApprovalDecider::Action action;
    if (o.arguments.size() != 2 || !ApprovalDecider::parseAction(o.arguments.at(1), &action)) {
        printErr(
            Tr::tr("usage: decide APPROVAL_ID approve|reject|escalate --as EMAIL [--note TEXT]"));
        return ExitCode::Usage;
    }
    if (o.actingAs.isEmpty() && !isRest(o)) {
        printErr(Tr::tr("decide needs --as EMAIL: the tenant user who decides."));
        return ExitCode::Usage;
    }
    if (action == ApprovalDecider::Action::Reject && o.note.trimmed().isEmpty() && isRest(o)) {
        printErr(Tr::tr("A rejection needs a note saying why: --note TEXT."));
        return ExitCode::Usage;
    }
    Session session;
    if (const int rc = openSession(o, session, true); rc != ExitCode::Ok)
        return rc;
    if (session.isRest()) {
        // The server decides as the token's owner; its answer sets the exit status.
        return restWrite(RestWrites::decide(session, o.arguments.first(),
                                            ApprovalDecider::actionId(action), o.note),
                         o.arguments.first());
    }
    ApprovalDecider::Actor actor;
    ApprovalDecider::Result result;
    if (ApprovalDecider::actor(session, o.actingAs, &actor, &result))
        result = ApprovalDecider::decide(session, o.arguments.first(), action, actor, o.note);
    if (result.outcome == ApprovalDecider::Outcome::Done) {
        QTextStream(stdout) << field(result.status) << '\t' << field(o.arguments.first())
                            << Qt::endl;
        return ExitCode::Ok;
    }
    printErr(result.message);
    switch (result.outcome) {
    case ApprovalDecider::Outcome::NotFound:
        return ExitCode::NotFound;
    case ApprovalDecider::Outcome::Conflict:
        return ExitCode::Conflict;
    case ApprovalDecider::Outcome::PermissionDenied:
        return ExitCode::PermissionDenied;
    case ApprovalDecider::Outcome::NoteRequired:
        return ExitCode::Usage;
    default:
        return ExitCode::Failure;
    }
}

// board-pack --print PRINTER [--copies N] [--duplex]: the pack on a queue of the system's
// print service (CUPS), painted as for the PDF. Without content: only whether the printer can
// take a job (before anything is computed); with it: checked again, then painted.
int printBoardPack(const Options &o, const BoardPack::Content *content)
{
    QString error;
    if (!content) {
        if (const QString problem = BoardPack::printerProblem(o.printer); !problem.isEmpty()) {
            printErr(problem);
            return ExitCode::Failure;
        }
        return ExitCode::Ok;
    }
    BoardPack::PrintJob job;
    job.printer = o.printer;
    job.copies = o.copies;
    job.duplex = o.duplex;
    BoardPack::PrintReceipt receipt; // the job's id, and whether it waits in a paused queue
    if (!BoardPack::print(*content, job, &error, {}, &receipt)) {
        printErr(error);
        return ExitCode::Failure;
    }
    printErr(receipt.message);
    return ExitCode::Ok;
}

int runBoardPack(const Options &o)
{
    if (o.output.isEmpty() && o.html.isEmpty() && o.printer.isEmpty()) {
        printErr(Tr::tr("board-pack needs -o FILE.pdf (and/or --html FILE, --print PRINTER)."));
        return ExitCode::Usage;
    }
    if (!o.printer.isEmpty()) {
        if (const int rc = printBoardPack(o, nullptr); rc != ExitCode::Ok)
            return rc;
    }
    if (const int rc = checkPeriod(o.period); rc != ExitCode::Ok)
        return rc;
    QString error;
    const QStringList surfaces = BoardPack::resolveSurfaces(o.surfaces, &error);
    if (surfaces.isEmpty()) {
        printErr(error);
        return ExitCode::Usage;
    }
    Session session;
    if (const int rc = openSession(o, session, true); rc != ExitCode::Ok)
        return rc;
    BoardPack::Options options;
    options.surfaces = surfaces;
    options.asOf = asOfFor(o, session);
    options.period = o.period;
    options.classification = o.classification;
    options.preparedBy = o.preparedBy;
    options.preparerEmail = o.actingAs;
    options.sourceName = SourceOpener::sourceName(session);
    // DEALIX_PACK_THREADS=N: sections computed N at a time (bench: 1 is the sequential run).
    options.threads = qEnvironmentVariableIntValue("DEALIX_PACK_THREADS");
    BoardPack::Content content;
    QElapsedTimer timer;
    timer.start();
    if (!BoardPack::build(session, options, &content, &error)) {
        printErr(error);
        return readFailure(session);
    }
    const qint64 computeMs = timer.restart();
    // A pack with sections that could not be computed never replaces a pack that exists unless
    // asked: last night's whole pack is worth more than tonight's partial one.
    if (!o.allowPartial) {
        for (const QString &path : {o.output, o.html}) {
            if (const QString refusal = BoardPack::partialRefusal(content, path);
                !refusal.isEmpty()) {
                printErr(refusal);
                return readFailure(session);
            }
        }
    }
    if (!o.output.isEmpty()) {
        if (!BoardPack::writePdf(content, o.output, &error)) {
            printErr(error);
            return ExitCode::Failure;
        }
        QTextStream(stdout) << field(QFileInfo(o.output).absoluteFilePath()) << Qt::endl;
    }
    // DEALIX_TIMINGS=1: where the time went (bench/board-pack.sh reads this line).
    if (qEnvironmentVariableIsSet("DEALIX_TIMINGS")) {
        printErr(QStringLiteral("timings: compute %1 ms, render %2 ms")
                     .arg(computeMs)
                     .arg(timer.elapsed()));
        // Each section's own time (sections run concurrently: these add up to more).
        for (qsizetype i = 0; i < content.sections.size(); ++i)
            printErr(QStringLiteral("timings: section %1 %2 ms")
                         .arg(content.sections.at(i).id)
                         .arg(content.sectionMs.value(i)));
    }
    if (!o.html.isEmpty()) {
        if (!BoardPack::writeHtml(content, o.html, &error)) {
            printErr(error);
            return ExitCode::Failure;
        }
        QTextStream(stdout) << field(QFileInfo(o.html).absoluteFilePath()) << Qt::endl;
    }
    if (!o.printer.isEmpty()) {
        if (const int rc = printBoardPack(o, &content); rc != ExitCode::Ok)
            return rc;
    }
    // Whatever could be computed is written; the exit status still says what failed.
    if (!content.failedSections.isEmpty()) {
        printErr(couldNotBeComputed(content.failedSections.join(QLatin1String("; "))));
        return readFailure(session);
    }
    return withOfflineCheck(ExitCode::Ok, session);
}

} // namespace

bool noDisplay()
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return false;
    return qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

const QList<Command> &commandTable()
{
    static const QList<Command> table = {
        {QStringLiteral("demo"),
         runDemo,
         {QStringLiteral("demo -o FILE [--scale N] [--seed S]")},
         QStringLiteral("Write a demo database (or into --source postgresql://…)."),
         Command::Writes::No,
         true},
        {QStringLiteral("tenants"),
         runTenants,
         {QStringLiteral("tenants [--format json]")},
         QStringLiteral("List the source's tenants: id, slug, name, name_ar (the Arabic name), "
                        "tab-separated, or under these keys with --format json.")},
        {QStringLiteral("export"),
         runExport,
         {QStringLiteral("export SURFACE [--format json|csv|pdf|html] [--period PERIOD] [-o FILE]"),
          QStringLiteral("export evidence-packs --pack ID [--format json|pdf] [-o FILE]")},
         QStringLiteral("Export a surface (standard output without -o), or one evidence pack.")},
        {QStringLiteral("board-pack"),
         runBoardPack,
         {QStringLiteral("board-pack -o FILE.pdf [--surfaces ID,…] [--classification TEXT] "
                         "[--html FILE] [--prepared-by NAME] [--as EMAIL] [--allow-partial]"),
          QStringLiteral("board-pack --print PRINTER [--copies N] [--duplex] [-o FILE.pdf] "
                         "[--surfaces ID,…] …")},
         QStringLiteral("Write the board pack. The cover's preparer is --prepared-by, else the "
                        "tenant's user with the --as e-mail; --allow-partial replaces FILE even if "
                        "sections failed. --print sends it to a printer of the system's print "
                        "service (CUPS), --copies N times (1–99), --duplex on both sides.")},
        {QStringLiteral("decide"),
         runDecide,
         {QStringLiteral("decide APPROVAL_ID approve|reject|escalate --as EMAIL [--note TEXT]")},
         QStringLiteral("Decide an approval (a Dealix server: no --as, the token's owner "
                        "decides)."),
         Command::Writes::Always},
        {QStringLiteral("probe"),
         runProbe,
         {QStringLiteral("probe [--write] [--as EMAIL] [--format json]")},
         QStringLiteral("Probe the configured connectors."),
         Command::Writes::WithWriteFlag,
         true},
        {QStringLiteral("connector"),
         runConnector,
         {QStringLiteral("connector disable|enable KEY --as EMAIL")},
         QStringLiteral("Disable or enable a connector."),
         Command::Writes::Always},
        {QStringLiteral("verify-pack"),
         runVerifyPack,
         {QStringLiteral("verify-pack PACK_ID")},
         QStringLiteral("Check an evidence pack's integrity (exit 7 if altered).")},
        {QStringLiteral("review-pack"),
         runReviewPack,
         {QStringLiteral("review-pack PACK_ID --as EMAIL")},
         QStringLiteral("Mark an evidence pack as reviewed."),
         Command::Writes::Always},
        {QStringLiteral("check"),
         runCheck,
         {QStringLiteral("check [--write --as EMAIL] [--format json]")},
         QStringLiteral("Run the compliance live checks."),
         Command::Writes::WithWriteFlag,
         true},
        {QStringLiteral("offline"),
         runOffline,
         {QStringLiteral("offline -o FILE")},
         QStringLiteral("Write an offline review copy of the tenant (FILE.dealix-review)."),
         Command::Writes::No,
         true},
        {QStringLiteral("indexes"),
         runIndexes,
         {QStringLiteral("indexes [--format text|sql|json]")},
         QStringLiteral("The recommended indexes; with --source, which are missing (sql: their "
                        "DDL, ready for psql or sqlite3)."),
         Command::Writes::No,
         true},
    };
    return table;
}

const QStringList &commands()
{
    static const QStringList names = [] {
        QStringList list;
        for (const Command &c : commandTable())
            list << c.name;
        return list;
    }();
    return names;
}

namespace {

const QString Summary = QStringLiteral(
    "Dealix Executive Desktop: the decision surfaces of a Dealix tenant, from real data.");
const QString GuiSynopsis = QStringLiteral("[FILE]");
const QString GuiHelp =
    QStringLiteral("Open the desktop app; on FILE, an offline review copy (*.dealix-review) or "
                   "a Dealix SQLite database, if given.");
const QString SourcesHelp = QStringLiteral(
    "Sources: sqlite:PATH, postgresql://USER@HOST:PORT/DB (password from PGPASSWORD or "
    "~/.pgpass), https://HOST[:PORT]/api/v1 (a Dealix server; token from --token-file or "
    "DEALIX_TOKEN). Without --source: DEALIX_SOURCE, else the demo database.");

// Text wrapped at 79 columns: the first line indented by first, the others by rest.
QString wrapped(const QString &text, int first, int rest)
{
    QString out;
    QString line;
    int indent = first;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!line.isEmpty() && indent + line.size() + 1 + word.size() > 79) {
            out += QString(indent, QLatin1Char(' ')) + line + QLatin1Char('\n');
            line.clear();
            indent = rest;
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        out += QString(indent, QLatin1Char(' ')) + line + QLatin1Char('\n');
    return out;
}

// --help's description: the command table, then the sources.
QString helpDescription()
{
    QString text = Summary + QStringLiteral("\n\nCommands:\n");
    text += QStringLiteral("  (none) %1\n").arg(GuiSynopsis) + wrapped(GuiHelp, 6, 6);
    for (const Command &c : commandTable()) {
        // A long usage line goes on under its arguments, past the command's name.
        for (const QString &line : c.synopsis)
            text += wrapped(line, 2, 3 + int(c.name.size()));
        text += wrapped(c.help, 6, 6);
    }
    text += QLatin1Char('\n') + wrapped(SourcesHelp, 0, 0);
    text.chop(1);
    return text;
}

// Arguments the user gave, each shown safely (DisplayText::plain), separated by spaces.
QString shownList(const QStringList &values)
{
    QStringList shown;
    for (const QString &v : values)
        shown << DisplayText::plain(v);
    return shown.join(QLatin1Char(' '));
}

// Text for troff: backslashes and hyphens escaped, a leading dot or quote neutralised, and
// every character outside ASCII as a groff Unicode escape (any man page reader renders it).
QString troff(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\e");
        else if (c == QLatin1Char('-'))
            out += QStringLiteral("\\-");
        else if (c.unicode() > 0x7e)
            out += QStringLiteral("\\[u%1]").arg(
                QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0'));
        else
            out += c;
    }
    if (out.startsWith(QLatin1Char('.')) || out.startsWith(QLatin1Char('\'')))
        out.prepend(QStringLiteral("\\&"));
    return out;
}

} // namespace

QString manPage(const QList<QCommandLineOption> &options)
{
    QString t;
    t += QStringLiteral(".TH DEALIX\\-DESK 1 \"\" \"dealix\\-desk %1\" \"User Commands\"\n")
             .arg(QStringLiteral(DEALIX_VERSION));
    // Usage lines and option names are never hyphenated nor stretched.
    t += QStringLiteral(".nh\n.ad l\n");
    t += QStringLiteral(".SH NAME\ndealix\\-desk \\- %1\n").arg(troff(Summary));
    t += QStringLiteral(".SH SYNOPSIS\n.B dealix\\-desk\n[\\fIOPTIONS\\fR] [\\fIFILE\\fR]\n.br\n"
                        ".B dealix\\-desk\n\\fICOMMAND\\fR [\\fIARGUMENTS\\fR] "
                        "[\\fIOPTIONS\\fR]\n");
    t += QStringLiteral(".SH DESCRIPTION\nOne program is the desktop app and a headless tool.\n"
                        ".TP\n.B dealix\\-desk %1\n%2\n")
             .arg(troff(GuiSynopsis), troff(GuiHelp));
    t += QStringLiteral(".SH COMMANDS\n");
    for (const Command &c : commandTable()) {
        t += QStringLiteral(".TP\n.B %1\n").arg(troff(c.synopsis.first()));
        for (qsizetype i = 1; i < c.synopsis.size(); ++i)
            t += QStringLiteral(".PD 0\n.TP\n.B %1\n.PD\n").arg(troff(c.synopsis.at(i)));
        t += troff(c.help) + QLatin1Char('\n');
    }
    t += QStringLiteral(".SH OPTIONS\n");
    for (const QCommandLineOption &option : options) {
        if (option.flags() & QCommandLineOption::HiddenFromHelp)
            continue;
        QStringList names;
        for (const QString &name : option.names())
            names << (name.size() == 1 ? QStringLiteral("\\-") : QStringLiteral("\\-\\-")) +
                         troff(name);
        t += QStringLiteral(".TP\n\\fB%1\\fR").arg(names.join(QStringLiteral("\\fR, \\fB")));
        if (!option.valueName().isEmpty())
            t += QStringLiteral(" \\fI%1\\fR").arg(troff(option.valueName()));
        t += QLatin1Char('\n') + troff(option.description()) + QLatin1Char('\n');
    }
    t += QStringLiteral(".SH SOURCES\n") + troff(SourcesHelp) + QLatin1Char('\n');
    t += QStringLiteral(
        ".SH EXIT STATUS\n"
        ".TP\n.B 0\nDone.\n"
        ".TP\n.B 1\nAny other failure (e.g. an output file that cannot be written).\n"
        ".TP\n.B 2\nBad arguments: an unknown command, surface or option, an ambiguous tenant.\n"
        ".TP\n.B 3\nThe source cannot be read: no connection, no such file, not a database, "
        "not a Dealix database.\n"
        ".TP\n.B 4\nNot found (a tenant, an approval, a pack).\n"
        ".TP\n.B 5\nConflict: someone else decided first.\n"
        ".TP\n.B 6\nPermission denied to the acting user.\n"
        ".TP\n.B 7\nAn integrity check failed (an evidence pack or an offline copy altered).\n");
    t += QStringLiteral(".SH ENVIRONMENT\n"
                        ".TP\n.B DEALIX_SOURCE\nThe source when --source is not given.\n"
                        ".TP\n.B DEALIX_TOKEN\nA Dealix server's token when --token-file is "
                        "not given.\n"
                        ".TP\n.B PGPASSWORD\nThe PostgreSQL password (else ~/.pgpass).\n");
    return t;
}

bool parse(const QStringList &args, Options *o, QString *error)
{
    QCommandLineParser p;
    p.setApplicationDescription(helpDescription());
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QStringLiteral("Show the version."));
    const QCommandLineOption source(QStringLiteral("source"),
                                    QStringLiteral("The data source URL."), QStringLiteral("URL"));
    const QCommandLineOption tenant(QStringLiteral("tenant"), QStringLiteral("Tenant id or slug."),
                                    QStringLiteral("ID|SLUG"));
    const QCommandLineOption tokenFileOption(
        QStringLiteral("token-file"),
        QStringLiteral("A Dealix server: read its token from FILE (private: mode 600); else "
                       "DEALIX_TOKEN."),
        QStringLiteral("FILE"));
    const QCommandLineOption caFileOption(
        QStringLiteral("ca-file"),
        QStringLiteral("A Dealix server: also trust the certificate authorities in PEM."),
        QStringLiteral("PEM"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language: en or ar."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  QStringLiteral("Compute as of this ISO-8601 time (default now)."),
                                  QStringLiteral("TIME"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Output file."), QStringLiteral("FILE"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("Output format."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption period(
        QStringLiteral("period"),
        QStringLiteral("export executive-room: month, quarter, year or all (default)."),
        QStringLiteral("PERIOD"));
    const QCommandLineOption surface(
        QStringLiteral("surface"),
        QStringLiteral("GUI: open on this surface (e.g. weekly-review)."), QStringLiteral("ID"));
    const QCommandLineOption asOption(QStringLiteral("as"),
                                      QStringLiteral("decide: the deciding user's e-mail."),
                                      QStringLiteral("EMAIL"));
    const QCommandLineOption noteOption(
        QStringLiteral("note"), QStringLiteral("decide: the decision's note (required to reject)."),
        QStringLiteral("TEXT"));
    const QCommandLineOption packOption(QStringLiteral("pack"),
                                        QStringLiteral("export evidence-packs: one pack by id."),
                                        QStringLiteral("ID"));
    const QCommandLineOption writeOption(
        QStringLiteral("write"), QStringLiteral("probe, check: record the results (audited)."));
    const QCommandLineOption surfacesOption(
        QStringLiteral("surfaces"),
        QStringLiteral("board-pack: surface ids, comma-separated (default: all)."),
        QStringLiteral("ID,…"));
    const QCommandLineOption classificationOption(
        QStringLiteral("classification"),
        QStringLiteral("board-pack: classification marking (default: سري / Confidential)."),
        QStringLiteral("TEXT"));
    const QCommandLineOption preparedByOption(
        QStringLiteral("prepared-by"),
        QStringLiteral("board-pack: the name the cover gives as preparer (default: the full name "
                       "of the --as user; never the system login)."),
        QStringLiteral("NAME"));
    const QCommandLineOption htmlOption(QStringLiteral("html"),
                                        QStringLiteral("board-pack: also write the pack as HTML."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption printOption(
        QStringLiteral("print"),
        QStringLiteral("board-pack: send the pack to this printer of the print service (CUPS)."),
        QStringLiteral("PRINTER"));
    const QCommandLineOption copiesOption(QStringLiteral("copies"),
                                          QStringLiteral("board-pack --print: copies (1-99)."),
                                          QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption duplexOption(
        QStringLiteral("duplex"),
        QStringLiteral("board-pack --print: print on both sides (long edge)."));
    const QCommandLineOption allowPartialOption(
        QStringLiteral("allow-partial"),
        QStringLiteral("board-pack, pdf/html export: replace an existing file even when sections "
                       "could not be computed (the cover names them)."));
    const QCommandLineOption surfaceOption(
        QStringLiteral("surface"),
        QStringLiteral("GUI: open on this surface (e.g. weekly-review)."), QStringLiteral("ID"));
    const QCommandLineOption scale(QStringLiteral("scale"),
                                   QStringLiteral("demo: size factor (1 ≈ 5k deals, 200 ≈ 1M)."),
                                   QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("demo: random seed."),
                                  QStringLiteral("S"), QStringLiteral("20260417"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("GUI: render the main window to a PNG file and exit."),
        QStringLiteral("FILE"));
    QCommandLineOption quitAfterPaint(
        QStringLiteral("quit-after-paint"),
        QStringLiteral("GUI: quit after the first painted frame (benchmarks)."));
    quitAfterPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption sqlOut(QStringLiteral("sql-out"),
                              QStringLiteral("check: write the checks' SQL with values (bench)."),
                              QStringLiteral("FILE"));
    sqlOut.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption man(QStringLiteral("man"),
                           QStringLiteral("Print the man page dealix-desk(1) in troff."));
    man.setFlags(QCommandLineOption::HiddenFromHelp);
    const QList<QCommandLineOption> all = {help,
                                           version,
                                           source,
                                           tenant,
                                           tokenFileOption,
                                           caFileOption,
                                           lang,
                                           asOf,
                                           output,
                                           format,
                                           period,
                                           surfaceOption,
                                           surfacesOption,
                                           classificationOption,
                                           preparedByOption,
                                           htmlOption,
                                           asOption,
                                           noteOption,
                                           packOption,
                                           writeOption,
                                           scale,
                                           seed,
                                           screenshot,
                                           quitAfterPaint,
                                           sqlOut,
                                           allowPartialOption,
                                           printOption,
                                           copiesOption,
                                           duplexOption,
                                           man};
    p.addOptions(all);
    p.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral("%1 (none: the GUI).").arg(commands().join(QStringLiteral(", "))),
        QStringLiteral("[command]"));
    p.addPositionalArgument(QStringLiteral("FILE"),
                            QStringLiteral("GUI: an offline review copy or a SQLite database to "
                                           "open."),
                            QStringLiteral("[FILE]"));
    // Parsed before the application object exists, so Qt cannot know the program's name.
    o->helpText =
        p.helpText().replace(QLatin1String("<executable_name>"), QLatin1String("dealix-desk"));
    // The surface ids that --surface, export and --surfaces take, from the registry.
    registerSurfaces();
    o->helpText += QStringLiteral("\nSurfaces (--surface ID, export ID, --surfaces ID,…):\n");
    for (const QString &id : SurfaceRegistry::instance().ids())
        o->helpText +=
            QStringLiteral("  %1%2\n")
                .arg(id.leftJustified(20), SurfaceRegistry::instance().find(id)->title());
    if (!p.parse(args)) {
        // Qt's words quote the option as given: one line, controls shown, isolated.
        *error = DisplayText::plain(p.errorText(), 300);
        return false;
    }
    o->help = p.isSet(help) || p.isSet(man);
    if (p.isSet(man))
        o->helpText = manPage(all);
    o->version = p.isSet(version);
    const QStringList positional = p.positionalArguments();
    if (!positional.isEmpty()) {
        o->command = positional.first();
        o->arguments = positional.mid(1);
        // `dealix-desk "$FILE"` with an empty variable: said, never the GUI on the last source.
        if (o->command.isEmpty()) {
            *error = QStringLiteral("An empty command or FILE (see --help).");
            return false;
        }
    }
    o->source = p.value(source);
    o->tenant = p.value(tenant);
    o->tokenFile = p.value(tokenFileOption);
    o->caFile = p.value(caFileOption);
    o->lang = p.value(lang);
    if (!o->lang.isEmpty() && o->lang != QLatin1String("en") && o->lang != QLatin1String("ar")) {
        *error = QStringLiteral("--lang must be en or ar");
        return false;
    }
    if (p.isSet(asOf)) {
        o->asOf = QDateTime::fromString(p.value(asOf), Qt::ISODateWithMs);
        if (!o->asOf.isValid())
            o->asOf = QDateTime::fromString(p.value(asOf), Qt::ISODate);
        if (!o->asOf.isValid()) {
            *error = QStringLiteral("--as-of is not an ISO-8601 time: %1")
                         .arg(DisplayText::plain(p.value(asOf)));
            return false;
        }
        if (o->asOf.timeSpec() == Qt::LocalTime && !p.value(asOf).contains(QLatin1Char('+')))
            o->asOf.setTimeSpec(Qt::UTC);
        o->asOf = o->asOf.toUTC();
    }
    o->output = p.value(output);
    o->format = p.value(format);
    o->period = p.value(period);
    bool ok = false;
    o->scale = p.value(scale).toDouble(&ok);
    if (!ok || o->scale <= 0 || o->scale > 2000) {
        *error = QStringLiteral("--scale must be a number between 0 and 2000");
        return false;
    }
    o->seed = p.value(seed).toULongLong(&ok);
    if (!ok) {
        *error = QStringLiteral("--seed must be a non-negative integer");
        return false;
    }
    o->screenshot = p.value(screenshot);
    o->surface = p.value(surfaceOption);
    // The window opens on a surface this build has, whatever else is given (FILE, --source, a
    // command): an unknown one is a usage error, said before anything opens.
    // (--help and --version still answer.)
    const bool answering = o->help || o->version;
    if (!answering && p.isSet(surfaceOption) && !SurfaceRegistry::instance().find(o->surface)) {
        *error = QStringLiteral("Unknown surface \"%1\" (--surface); this build has: %2")
                     .arg(DisplayText::plain(o->surface),
                          SurfaceRegistry::instance().ids().join(QLatin1String(", ")));
        return false;
    }
    if (p.isSet(surfacesOption)) {
        o->surfaces = p.value(surfacesOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
        // An empty list would quietly mean every surface.
        if (o->surfaces.isEmpty() && !answering) {
            *error = QStringLiteral("--surfaces names no surface (give ID,… or leave it out for "
                                    "every surface)");
            return false;
        }
    }
    o->classification = p.value(classificationOption);
    o->html = p.value(htmlOption);
    o->allowPartial = p.isSet(allowPartialOption);
    o->printer = p.value(printOption);
    o->copies = p.value(copiesOption).toInt(&ok);
    if (!ok || o->copies < 1 || o->copies > 99) {
        *error = QStringLiteral("--copies must be a whole number from 1 to 99");
        return false;
    }
    o->duplex = p.isSet(duplexOption);
    if ((p.isSet(copiesOption) || o->duplex) && o->printer.isEmpty()) {
        *error = QStringLiteral("--copies and --duplex go with board-pack --print PRINTER");
        return false;
    }
    if (p.isSet(printOption) && o->printer.trimmed().isEmpty()) {
        *error = QStringLiteral("--print needs a printer name");
        return false;
    }
    if (!o->printer.isEmpty() && o->command != QLatin1String("board-pack")) {
        *error = QStringLiteral("--print goes with board-pack: board-pack --print PRINTER");
        return false;
    }
    o->actingAs = p.value(asOption);
    o->note = p.value(noteOption);
    o->pack = p.value(packOption);
    o->write = p.isSet(writeOption);
    o->quitAfterPaint = p.isSet(quitAfterPaint);
    o->sqlOut = p.value(sqlOut);
    o->preparedBy = p.value(preparedByOption);
    // A command takes at most the arguments its usage lines show (their upper-case words and
    // choices before the first option): anything more is a mistake, never silently ignored.
    for (const Command &c : commandTable()) {
        if (c.name != o->command)
            continue;
        qsizetype most = 0;
        for (const QString &line : c.synopsis) {
            qsizetype n = 0;
            for (const QString &word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(1)) {
                if (word.startsWith(QLatin1Char('-')) || word.startsWith(QLatin1Char('[')))
                    break;
                ++n;
            }
            most = std::max(most, n);
        }
        if (o->arguments.size() > most) {
            *error = QStringLiteral("%1: unexpected argument(s): %2 (see --help).")
                         .arg(c.name, shownList(o->arguments.mid(most)));
            return false;
        }
    }
    if (!o->command.isEmpty() && !commands().contains(o->command)) {
        // `dealix-desk FILE`: a path (a separator, a dot or an existing file) opens the GUI on
        // it as a SQLite source; a bare word that names no command is a mistyped command.
        const QString path = o->command;
        if (!path.contains(QLatin1Char('/')) && !path.contains(QLatin1Char('.')) &&
            !QFileInfo::exists(path)) {
            *error = QStringLiteral("Unknown command \"%1\" (see --help).")
                         .arg(DisplayText::plain(o->command));
            return false;
        }
        if (!o->arguments.isEmpty()) {
            *error = QStringLiteral("dealix-desk FILE opens one file; unexpected: %1")
                         .arg(shownList(o->arguments));
            return false;
        }
        if (!o->source.isEmpty()) {
            *error = QStringLiteral("Give FILE or --source, not both.");
            return false;
        }
        o->command.clear();
        o->file = path;
        o->source = QStringLiteral("sqlite:") + QFileInfo(path).absoluteFilePath();
    }
    return true;
}

static const Command *findCommand(const QString &name)
{
    for (const Command &c : commandTable()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

int run(const Options &o)
{
    registerSurfaces();
    const Command *command = findCommand(o.command);
    if (!command) {
        printErr(Tr::tr("Unknown command \"%1\".").arg(DisplayText::plain(o.command)));
        return ExitCode::Usage;
    }
    // A write is a decision made now: it is never dated into the past (or the future).
    const bool writes = command->writes == Command::Writes::Always ||
                        (command->writes == Command::Writes::WithWriteFlag && o.write);
    if (writes && o.asOf.isValid()) {
        printErr(Tr::tr("%1 writes a decision made now and cannot take --as-of; leave it out "
                        "(--as-of only computes figures as of another time).")
                     .arg(o.write ? o.command + QStringLiteral(" --write") : o.command));
        return ExitCode::Usage;
    }
    // What reads or writes the database itself has no route in the Dealix API.
    if (command->databaseOnly && isRest(o)) {
        printErr(Tr::tr("%1 is not available over the Dealix API: it reads or writes the database "
                        "itself. Use a database source (sqlite: or postgresql://).")
                     .arg(o.command));
        return ExitCode::Usage;
    }
    const int rc = command->handler(o);
    // Figures shown from the offline cache are never passed off as live.
    reportStale();
    return rc;
}

} // namespace CommandLine
