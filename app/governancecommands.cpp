#include "app/governancecommands.h"

#include "app/clitools.h"
#include "app/exitcodes.h"
#include "models/compliance/compliancematrix.h"
#include "models/compliance/compliancewriter.h"
#include "models/connectors/connectorprober.h"
#include "models/core/atomicfile.h"
#include "models/core/displaytext.h"
#include "models/evidence/evidencepacks.h"
#include "models/source/restwrites.h"
#include "models/source/session.h"
#include "views/connectors/connectorssurface.h"
#include "views/evidence/evidencepackprint.h"
#include "views/surface/surfaceoutput.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <cstdlib>

namespace CommandLine {

using namespace CliTools;

namespace {

// The acting user named by --as with one of roles, or an exit code and message.
int findActor(const Session &session, const Options &o, const QStringList &roles,
              TenantActor *actor)
{
    QString message;
    switch (WriteBack::findActor(session, o.actingAs, roles, actor, &message)) {
    case WriteBack::Lookup::Found:
        return ExitCode::Ok;
    case WriteBack::Lookup::Refused:
        printErr(message);
        return ExitCode::PermissionDenied;
    case WriteBack::Lookup::Failed:
        break;
    }
    printErr(message);
    return ExitCode::Failure;
}

int packExit(const EvidencePack &pack)
{
    return pack.integrity == EvidencePack::Integrity::Valid ? ExitCode::Ok
                                                            : ExitCode::IntegrityFailed;
}

int loadPack(const Options &o, Session &session, EvidencePack *pack)
{
    if (const int rc = openSession(o, session, true); rc != ExitCode::Ok)
        return rc;
    QString error;
    bool notFound = false;
    if (!EvidencePackList::load(session, o.pack.isEmpty() ? o.arguments.value(0) : o.pack, pack,
                                &error, &notFound)) {
        printErr(error);
        return notFound ? ExitCode::NotFound : ExitCode::SourceUnavailable;
    }
    return ExitCode::Ok;
}

} // namespace

int runProbe(const Options &o)
{
    Session session;
    if (const int rc = openSession(o, session, true); rc != ExitCode::Ok)
        return rc;
    TenantActor actor;
    if (!o.actingAs.isEmpty()) {
        if (const int rc = findActor(session, o, WriteBack::adminRoles(), &actor);
            rc != ExitCode::Ok)
            return rc;
    }
    ConnectorBoard board;
    QString error;
    if (!ConnectorBoard::compute(session, ConnectorsSurface::probeDefaults(), o.asOf, &board,
                                 &error)) {
        printErr(error);
        return ExitCode::SourceUnavailable;
    }
    QStringList skipped;
    const QList<ProbeTarget> targets = ConnectorProber::targets(board, &skipped);
    for (const QString &s : std::as_const(skipped))
        printErr(Tr::tr("not probed: %1").arg(s));
    if (targets.isEmpty()) {
        printErr(Tr::tr("No connector has a probe endpoint (connector_probes, or [probes] in the "
                        "settings)."));
        return ExitCode::NotFound;
    }
    QList<ProbeResult> results = ConnectorProber::run(targets);
    std::sort(results.begin(), results.end(),
              [](const ProbeResult &a, const ProbeResult &b) { return a.key < b.key; });
    int rc = ExitCode::Ok;
    QJsonArray json;
    QByteArray text;
    for (const ProbeResult &r : std::as_const(results)) {
        QString written;
        if (o.write) {
            const ConnectorWriter::Result w = ConnectorWriter::recordProbe(session, r, actor.id);
            written = w.outcome == ConnectorWriter::Outcome::Done ? QStringLiteral("recorded")
                                                                  : w.message;
            // A failure outranks a conflict, whatever the order of the results.
            if (w.outcome == ConnectorWriter::Outcome::Conflict && rc == ExitCode::Ok)
                rc = ExitCode::Conflict;
            else if (w.outcome != ConnectorWriter::Outcome::Done &&
                     w.outcome != ConnectorWriter::Outcome::Conflict)
                rc = ExitCode::Failure;
        }
        const ProbeRecord &p = r.record;
        json.append(QJsonObject{
            {QStringLiteral("connector_key"), r.key},
            {QStringLiteral("url"), SourceUrl::redactUrl(r.url)},
            {QStringLiteral("status"), p.status},
            {QStringLiteral("latency_ms"),
             p.latencyMs < 0 ? QJsonValue() : QJsonValue(p.latencyMs)},
            {QStringLiteral("http_status"), p.httpStatus ? QJsonValue(p.httpStatus) : QJsonValue()},
            {QStringLiteral("error_kind"), p.errorKind},
            {QStringLiteral("error"), SourceUrl::redact(p.error)},
            {QStringLiteral("probed_at"), p.at.toString(Qt::ISODateWithMs)},
            {QStringLiteral("written"), o.write ? QJsonValue(written) : QJsonValue()}});
        text +=
            QStringLiteral("%1\t%2\t%3\t%4\t%5%6\n")
                .arg(field(r.key), field(p.status),
                     p.latencyMs < 0 ? QStringLiteral("-")
                                     : QStringLiteral("%1 ms").arg(p.latencyMs),
                     p.httpStatus ? QString::number(p.httpStatus) : QStringLiteral("-"),
                     p.error.isEmpty() ? QStringLiteral("-") : field(SourceUrl::redact(p.error)),
                     written.isEmpty() ? QString() : QLatin1Char('\t') + field(written))
                .toUtf8();
    }
    const QByteArray out = o.format == QLatin1String("json")
                               ? QJsonDocument(QJsonObject{{QStringLiteral("probes"), json},
                                                           {QStringLiteral("total"), json.size()},
                                                           {QStringLiteral("written"), o.write}})
                                     .toJson(QJsonDocument::Indented)
                               : text;
    if (const int w = writeOutput(o, out); w != ExitCode::Ok)
        return w;
    return rc;
}

int runVerifyPack(const Options &o)
{
    if (o.arguments.size() != 1) {
        printErr(Tr::tr("usage: verify-pack PACK_ID"));
        return ExitCode::Usage;
    }
    Session session;
    EvidencePack pack;
    if (const int rc = loadPack(o, session, &pack); rc != ExitCode::Ok)
        return rc;
    QJsonObject v = pack.verification();
    v.insert(QStringLiteral("id"), pack.id);
    if (const int rc = writeOutput(o, QJsonDocument(v).toJson(QJsonDocument::Indented));
        rc != ExitCode::Ok)
        return rc;
    if (pack.integrity != EvidencePack::Integrity::Valid)
        printErr(pack.integrityText());
    return packExit(pack);
}

int runReviewPack(const Options &o)
{
    if (o.arguments.size() != 1 || (o.actingAs.isEmpty() && !isRest(o))) {
        printErr(Tr::tr("usage: review-pack PACK_ID --as EMAIL"));
        return ExitCode::Usage;
    }
    Session session;
    if (const int rc = openSession(o, session, true); rc != ExitCode::Ok)
        return rc;
    if (session.isRest())
        return restWrite(RestWrites::reviewPack(session, o.arguments.first()), o.arguments.first());
    TenantActor actor;
    if (const int rc = findActor(session, o, WriteBack::deciderRoles(), &actor); rc != ExitCode::Ok)
        return rc;
    const EvidencePackReviewer::Result r =
        EvidencePackReviewer::review(session, o.arguments.first(), actor);
    switch (r.outcome) {
    case EvidencePackReviewer::Outcome::Done:
        QTextStream(stdout) << field(r.status) << '\t' << field(o.arguments.first()) << Qt::endl;
        return ExitCode::Ok;
    case EvidencePackReviewer::Outcome::NotFound:
        printErr(r.message);
        return ExitCode::NotFound;
    case EvidencePackReviewer::Outcome::Conflict:
        printErr(r.message);
        return ExitCode::Conflict;
    case EvidencePackReviewer::Outcome::PermissionDenied:
        printErr(r.message);
        return ExitCode::PermissionDenied;
    case EvidencePackReviewer::Outcome::Unverified:
        printErr(r.message);
        return ExitCode::IntegrityFailed;
    case EvidencePackReviewer::Outcome::Failed:
        break;
    }
    printErr(r.message);
    return ExitCode::Failure;
}

int runConnector(const Options &o)
{
    const QString verb = o.arguments.value(0);
    if (o.arguments.size() != 2 ||
        (verb != QLatin1String("disable") && verb != QLatin1String("enable")) ||
        (o.actingAs.isEmpty() && !isRest(o))) {
        printErr(Tr::tr("usage: connector disable|enable KEY --as EMAIL"));
        return ExitCode::Usage;
    }
    Session session;
    if (const int rc = openSession(o, session, true); rc != ExitCode::Ok)
        return rc;
    if (session.isRest()) {
        const RestWrites::Result r = RestWrites::setConnectorDisabled(
            session, o.arguments.at(1), verb == QLatin1String("disable"));
        // The API has no route to enable a connector: a usage error, not a server failure.
        if (r.error == RestReply::Error::Client && verb != QLatin1String("disable")) {
            printErr(r.message);
            return ExitCode::Usage;
        }
        return restWrite(r, o.arguments.at(1));
    }
    TenantActor actor;
    if (const int rc = findActor(session, o, WriteBack::adminRoles(), &actor); rc != ExitCode::Ok)
        return rc;
    const ConnectorWriter::Result r = ConnectorWriter::setDisabled(
        session, o.arguments.at(1), verb == QLatin1String("disable"), actor);
    switch (r.outcome) {
    case ConnectorWriter::Outcome::Done:
        QTextStream(stdout) << DisplayText::terminal(r.message) << Qt::endl;
        return ExitCode::Ok;
    case ConnectorWriter::Outcome::NotFound:
        printErr(r.message);
        return ExitCode::NotFound;
    case ConnectorWriter::Outcome::Conflict:
        printErr(r.message);
        return ExitCode::Conflict;
    case ConnectorWriter::Outcome::PermissionDenied:
        printErr(r.message);
        return ExitCode::PermissionDenied;
    case ConnectorWriter::Outcome::Failed:
        break;
    }
    printErr(r.message);
    return ExitCode::Failure;
}

int runExportPack(const Options &o)
{
    const QString format = o.format.isEmpty() ? QStringLiteral("json") : o.format;
    if (format != QLatin1String("json") && format != QLatin1String("pdf")) {
        printErr(
            Tr::tr("One pack exports as json or pdf, not %1.").arg(DisplayText::plain(format)));
        return ExitCode::Usage;
    }
    if (format == QLatin1String("pdf") && (o.output.isEmpty() || o.output == QLatin1String("-"))) {
        printErr(Tr::tr("A PDF needs an output file: -o FILE.pdf"));
        return ExitCode::Usage;
    }
    Session session;
    EvidencePack pack;
    if (const int rc = loadPack(o, session, &pack); rc != ExitCode::Ok)
        return rc;
    if (format == QLatin1String("json")) {
        if (const int rc = writeOutput(o, EvidencePackPrint::json(pack, session));
            rc != ExitCode::Ok)
            return rc;
    } else {
        QString error;
        if (!EvidencePackPrint::writePdf(session, pack, o.output, o.classification, &error)) {
            printErr(error);
            return ExitCode::Failure;
        }
    }
    // The export is written either way; the status says whether the pack is intact.
    if (pack.integrity != EvidencePack::Integrity::Valid)
        printErr(pack.integrityText());
    return packExit(pack);
}

int runCheck(const Options &o)
{
    if (o.write && o.actingAs.isEmpty()) {
        printErr(Tr::tr("check --write needs --as EMAIL: an owner or admin of the tenant."));
        return ExitCode::Usage;
    }
    // The stored status is the current one: results as of another time are shown, not written.
    if (o.write && o.asOf.isValid() &&
        std::abs(o.asOf.secsTo(QDateTime::currentDateTimeUtc())) >
            ComplianceWriter::NowToleranceSec) {
        printErr(Tr::tr("check --write records the current status: leave out --as-of."));
        return ExitCode::Usage;
    }
    Session session;
    if (const int rc = openSession(o, session, true); rc != ExitCode::Ok)
        return rc;
    TenantActor actor;
    if (o.write) {
        if (const int rc = findActor(session, o, WriteBack::adminRoles(), &actor);
            rc != ExitCode::Ok)
            return rc;
    }
    const QDateTime asOf = asOfFor(o, session);
    const QList<CheckResult> results = ComplianceChecks::runAll(session, asOf);
    if (!o.sqlOut.isEmpty()) {
        // The reference for bench/compliance.sh: the same statements, run by sqlite3 or psql.
        QByteArray sql;
        for (const CheckResult &r : results) {
            for (const QString &q : r.inlinedQueries())
                sql += q.toUtf8() + ";\n";
        }
        QString error;
        if (!AtomicFile::write(o.sqlOut, sql, &error)) {
            printErr(error);
            return ExitCode::Failure;
        }
    }
    // Beside each result, what Dealix records for the control (before any --write), and
    // whether the data contradicts it. A source without compliance_controls has no stored
    // status (null); one whose stored statuses cannot be read fails the command (exit 3).
    ComplianceLive live;
    live.ran = true;
    live.tenantId = session.tenantId();
    live.asOf = asOf.toUTC();
    live.results = results;
    ComplianceMatrix stored;
    bool haveStored = false;
    if (session.schema().hasTable(QStringLiteral("compliance_controls"))) {
        QString storedError;
        if (!ComplianceMatrix::compute(session, {}, asOf, &stored, &storedError, &live)) {
            printErr(Tr::tr("The stored compliance statuses could not be read: %1")
                         .arg(storedError.trimmed().isEmpty()
                                  ? Tr::tr("the source gave no reason (the connection to it may "
                                           "have been lost)")
                                  : storedError));
            return ExitCode::SourceUnavailable;
        }
        haveStored = true;
    }
    // A check whose query failed says nothing about its control: the run fails (exit 3), after
    // the results that could be computed are written out; nothing is recorded.
    const QString failure = live.failureText();
    ComplianceWriter::Result written;
    if (o.write) {
        if (!failure.isEmpty()) {
            printErr(Tr::tr("Nothing was written: %1").arg(failure));
            return ExitCode::SourceUnavailable;
        }
        written = ComplianceWriter::write(session, results, actor);
        if (!written.ok) {
            printErr(Tr::tr("Nothing was written: %1")
                         .arg(written.message.trimmed().isEmpty()
                                  ? Tr::tr("the source gave no reason (the connection to it may "
                                           "have been lost)")
                                  : written.message));
            return ExitCode::Failure;
        }
    }
    auto storedControl = [&](const CheckResult &r) -> const ComplianceControl * {
        for (const ComplianceControl &c : std::as_const(stored.controls)) {
            if (c.controlId.compare(r.controlId, Qt::CaseInsensitive) == 0)
                return &c;
        }
        return nullptr;
    };
    QByteArray out;
    if (o.format == QLatin1String("json")) {
        QJsonArray list;
        for (const CheckResult &r : results) {
            QJsonObject item = r.toJson();
            const ComplianceControl *control = storedControl(r);
            item.insert(QStringLiteral("stored_status"),
                        control ? QJsonValue(control->status) : QJsonValue());
            item.insert(
                QStringLiteral("disagrees"),
                r.status == QLatin1String("failed")
                    ? QJsonValue() // unknown: the check said nothing
                    : QJsonValue(control && ComplianceLive::contradicts(control->status, &r)));
            list.append(item);
        }
        QJsonObject doc{{QStringLiteral("results"), list},
                        {QStringLiteral("disagreeing"),
                         haveStored && live.complete() ? QJsonValue(int(stored.disagreeing.size()))
                                                       : QJsonValue()},
                        {QStringLiteral("failed"), QJsonArray::fromStringList(live.failures())},
                        {QStringLiteral("total"), list.size()},
                        {QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
                        {QStringLiteral("tenant_id"), session.tenantId()},
                        {QStringLiteral("written"), o.write}};
        if (o.write)
            doc.insert(QStringLiteral("not_written"),
                       QJsonArray::fromStringList(written.notWritten));
        if (session.isOffline())
            doc.insert(QStringLiteral("offline_copy"),
                       SurfaceOutput::offlineJson(session.offline()));
        out = QJsonDocument(doc).toJson(QJsonDocument::Indented);
    } else {
        // control, what Dealix records ("-" without a stored row), a marker ("≠" where the
        // data contradicts the record, "=" where it confirms it, empty where the check says
        // nothing), what the data shows, and why.
        for (const CheckResult &r : results) {
            const ComplianceControl *control = storedControl(r);
            const QString marker = !control ? QString()
                                   : ComplianceLive::contradicts(control->status, &r)
                                       ? QStringLiteral("≠")
                                   : ComplianceLive::isAssessment(r.status) ? QStringLiteral("=")
                                                                            : QString();
            out +=
                QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                    .arg(field(r.controlId), control ? field(control->status) : QStringLiteral("-"),
                         marker, field(r.status), field(r.reason))
                    .toUtf8();
        }
        if (o.write)
            out += (written.message + QLatin1Char('\n')).toUtf8();
    }
    const int rc = withOfflineCheck(writeOutput(o, out), session);
    if (rc == ExitCode::Ok && !failure.isEmpty()) {
        printErr(failure);
        return ExitCode::SourceUnavailable;
    }
    return rc;
}

int runOffline(const Options &o)
{
    if (o.output.isEmpty() || o.output == QLatin1String("-")) {
        printErr(Tr::tr("offline needs -o FILE: the offline copy to write."));
        return ExitCode::Usage;
    }
    Session session;
    if (const int rc = openSession(o, session, true); rc != ExitCode::Ok)
        return rc;
    QString error;
    bool sourceFailed = false;
    if (!OfflineCopy::write(session, o.output, asOfFor(o, session), &error, {}, &sourceFailed)) {
        printErr(error);
        return sourceFailed ? ExitCode::SourceUnavailable : ExitCode::Failure;
    }
    QTextStream(stdout) << field(QFileInfo(o.output).absoluteFilePath()) << Qt::endl;
    return ExitCode::Ok;
}

} // namespace CommandLine
