#include "models/connectors/connectorprober.h"
#include "models/core/displaytext.h"

#include "models/core/format.h"
#include "models/source/restwrites.h"

#include "models/source/boundquery.h"
#include "models/source/knownconnectors.h"
#include "models/source/sqldialect.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

struct ConnectorProber::Running {
    ProbeResult result;
    int slowMs = 2000;
    QNetworkAccessManager *manager = nullptr;
    QPointer<QNetworkReply> reply;
    QTimer *timer = nullptr;
    QElapsedTimer clock;
    bool answered = false;
    bool timedOut = false;
    bool cancelled = false;
    bool done = false;
};

ConnectorProber::ConnectorProber(QObject *parent)
    : QObject(parent)
{}

ConnectorProber::~ConnectorProber()
{
    clear();
}

void ConnectorProber::clear()
{
    for (Running *r : std::as_const(m_running)) {
        r->done = true; // an abort below must not report
        if (r->reply && r->reply->isRunning())
            r->reply->abort();
        delete r->manager; // deletes its replies and the timer
        delete r;
    }
    m_running.clear();
}

QList<ProbeTarget> ConnectorProber::targets(const ConnectorBoard &board, QStringList *skipped)
{
    QList<ProbeTarget> out;
    for (const ConnectorRow &r : board.connectors) {
        if (r.probe.url.isEmpty())
            continue; // nothing is probed unless configured
        QString why;
        const QString scheme = r.probe.url.scheme().toLower();
        if (!r.probe.enabled)
            why = tr("probe disabled in connector_probes");
        else if (r.status == QLatin1String("disabled"))
            why = tr("connector disabled");
        else if (!r.probe.url.isValid() || r.probe.url.host().isEmpty() ||
                 (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            why = tr("not an http or https URL: %1")
                      .arg(DisplayText::plain(SourceUrl::redactUrl(r.probe.url)));
        if (!why.isEmpty()) {
            if (skipped)
                *skipped << QStringLiteral("%1: %2").arg(DisplayText::plain(r.key), why);
            continue;
        }
        out.append({r.key, r.probe});
    }
    return out;
}

QString ConnectorProber::classify(int httpStatus, qint64 latencyMs, int slowMs, bool answered)
{
    if (!answered)
        return QStringLiteral("error");
    if (httpStatus >= 500 || httpStatus < 100)
        return QStringLiteral("error");
    if (httpStatus >= 400)
        return QStringLiteral("degraded");
    return latencyMs > slowMs ? QStringLiteral("degraded") : QStringLiteral("ok");
}

void ConnectorProber::start(const QList<ProbeTarget> &targets)
{
    cancel();
    clear();
    m_cancelled = false;
    m_results.clear();
    m_total = int(targets.size());
    m_pending = m_total;
    if (m_total == 0) {
        QTimer::singleShot(0, this, &ConnectorProber::finished);
        return;
    }
    for (const ProbeTarget &t : targets) {
        auto *r = new Running;
        r->result.key = t.key;
        r->result.url = t.config.url;
        r->result.startedAt = QDateTime::currentDateTimeUtc();
        r->slowMs = t.config.slowMs;
        // One manager per probe: its own connection, no per-host queueing between probes.
        r->manager = new QNetworkAccessManager;
        r->manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        QNetworkRequest request(t.config.url);
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                             QNetworkRequest::AlwaysNetwork);
        request.setHeader(QNetworkRequest::UserAgentHeader,
                          QStringLiteral("dealix-desk/" DEALIX_VERSION " (connector probe)"));
        r->timer = new QTimer(r->manager);
        r->timer->setSingleShot(true);
        m_running.append(r);
        r->clock.start();
        r->reply = r->manager->get(request);
        connect(r->reply, &QNetworkReply::metaDataChanged, this, [r] {
            if (r->answered || !r->reply)
                return;
            const QVariant code = r->reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
            if (!code.isValid())
                return;
            r->answered = true;
            r->result.record.latencyMs = r->clock.elapsed();
            r->result.record.httpStatus = code.toInt();
            // The headers are the answer; the body is not read. An error status is left to
            // finish by itself (Qt reports it as the reply's error, and an abort on top of that
            // would report twice); the timeout still bounds it.
            if (r->result.record.httpStatus < 400)
                r->reply->abort();
        });
        connect(r->reply, &QNetworkReply::finished, this, [this, r] { finish(r); });
        connect(r->timer, &QTimer::timeout, this, [r] {
            r->timedOut = true;
            if (r->reply && r->reply->isRunning())
                r->reply->abort();
        });
        r->timer->start(std::max(1, t.config.timeoutMs));
    }
}

void ConnectorProber::finish(Running *r)
{
    if (r->done)
        return;
    r->done = true;
    r->timer->stop();
    ProbeRecord &rec = r->result.record;
    rec.at = r->result.startedAt;
    if (!r->answered && r->reply) {
        // A reply can end with headers we did not see as metaDataChanged (e.g. an empty 204).
        const QVariant code = r->reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (code.isValid() && !r->timedOut && !r->cancelled) {
            r->answered = true;
            rec.latencyMs = r->clock.elapsed();
            rec.httpStatus = code.toInt();
        }
    }
    if (r->answered) {
        if (rec.httpStatus >= 400) {
            rec.errorKind = QStringLiteral("http");
            rec.error = QStringLiteral("HTTP %1").arg(rec.httpStatus);
        }
    } else if (r->cancelled) {
        rec.errorKind = QStringLiteral("cancelled");
        rec.error = tr("cancelled");
    } else if (r->timedOut) {
        rec.errorKind = QStringLiteral("timeout");
        rec.error = tr("no answer within %1 ms").arg(Format::integer(r->timer->interval()));
    } else {
        const QNetworkReply::NetworkError e =
            r->reply ? r->reply->error() : QNetworkReply::UnknownNetworkError;
        switch (e) {
        case QNetworkReply::HostNotFoundError:
            rec.errorKind = QStringLiteral("dns");
            break;
        case QNetworkReply::ConnectionRefusedError:
            rec.errorKind = QStringLiteral("refused");
            break;
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::UnknownNetworkError:
            rec.errorKind = e == QNetworkReply::SslHandshakeFailedError ? QStringLiteral("tls")
                                                                        : QStringLiteral("network");
            break;
        default:
            rec.errorKind = QStringLiteral("network");
            break;
        }
        // Qt's network messages quote the URL, token and all.
        rec.error = r->reply ? SourceUrl::redact(r->reply->errorString()) : tr("network error");
    }
    rec.status = classify(rec.httpStatus, rec.latencyMs, r->slowMs, r->answered);
    m_results.append(r->result);
    if (r->reply)
        r->reply->deleteLater();
    --m_pending;
    emit progress(m_total - m_pending, m_total);
    if (m_pending == 0)
        emit finished();
}

void ConnectorProber::cancel()
{
    if (isRunning())
        m_cancelled = true;
    for (Running *r : std::as_const(m_running)) {
        if (!r->done) {
            r->cancelled = true;
            if (r->reply && r->reply->isRunning())
                r->reply->abort();
            finish(r);
        }
    }
}

QList<ProbeResult> ConnectorProber::run(const QList<ProbeTarget> &targets)
{
    ConnectorProber prober;
    QEventLoop loop;
    connect(&prober, &ConnectorProber::finished, &loop, &QEventLoop::quit);
    prober.start(targets);
    if (prober.isRunning() || targets.isEmpty())
        loop.exec();
    return prober.results();
}

// --- writing ---------------------------------------------------------------------------------

namespace {

ConnectorWriter::Result outcome(ConnectorWriter::Outcome o, const QString &message)
{
    return {o, message};
}

// The connector's row: id and status, or empty id when it has none.
bool currentRow(QSqlDatabase &db, const Session &session, const QString &key, QString *id,
                QString *status, QString *error)
{
    const SqlDialect sql(session);
    BoundQuery q;
    const QString tenant = q.bind(session.tenantId()); // bound in placeholder order
    const QString connector = q.bind(key.toLower());
    q << QStringLiteral("select id, %1 from integration_sync_states where tenant_id = %2 and %3 = "
                        "%4")
             .arg(sql.lowerText(QStringLiteral("status")), tenant,
                  sql.lowerText(QStringLiteral("connector_key")), connector);
    QSqlQuery query(db);
    if (!q.exec(query, error))
        return false;
    id->clear();
    status->clear();
    if (query.next()) {
        *id = Session::readId(query.value(0));
        *status = query.value(1).toString();
    }
    return BoundQuery::finished(query, error);
}

// Inserts the row of a connector that has none; returns its id.
bool insertRow(QSqlDatabase &db, const Session &session, const QString &key, const QString &status,
               const QDateTime &at, QString *id, QString *error)
{
    QString nameAr;
    for (const KnownConnector &k : KnownConnectors::all()) {
        if (key == QLatin1String(k.key))
            nameAr = QString::fromUtf8(k.nameAr);
    }
    *id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const bool hasArName = session.schema().hasColumn(QStringLiteral("integration_sync_states"),
                                                      QStringLiteral("display_name_ar"));
    BoundQuery q;
    const QString rowId = q.bind(*id);
    const QString c = q.bind(Session::timeText(at));
    const QString u = q.bind(Session::timeText(at));
    const QString tenant = q.bind(session.tenantId());
    const QString k = q.bind(key);
    const QString s = q.bind(status);
    const QString ar =
        hasArName ? q.bind(nameAr.isEmpty() ? QVariant() : QVariant(nameAr)) : QString();
    q << QStringLiteral("insert into integration_sync_states (id, created_at, updated_at, "
                        "tenant_id, connector_key, status%1) values (%2, %3, %4, %5, %6, %7%8)")
             .arg(hasArName ? QStringLiteral(", display_name_ar") : QString(), rowId, c, u, tenant,
                  k, s, hasArName ? QStringLiteral(", ") + ar : QString());
    QSqlQuery query(db);
    return q.exec(query, error);
}

} // namespace

ConnectorWriter::Result ConnectorWriter::recordProbe(const Session &session,
                                                     const ProbeResult &probe,
                                                     const QString &actorId)
{
    if (session.isReadOnly())
        return outcome(Outcome::Failed, tr("This is an offline review copy: it is read-only."));
    // The probe itself ran (it calls the connector's own URL); its result cannot be stored.
    if (session.isRest())
        return outcome(Outcome::Failed,
                       tr("The probe's result is shown but not recorded: not available over the "
                          "Dealix API: the API has no route that stores a probe's result."));
    const QDateTime at =
        probe.record.at.isValid() ? probe.record.at.toUTC() : QDateTime::currentDateTimeUtc();
    WriteTransaction tx(session.database());
    if (!tx.isOpen())
        return outcome(Outcome::Failed, tx.errorString());
    QSqlDatabase &db = tx.database();
    QString error;
    QString id;
    QString before;
    if (!currentRow(db, session, probe.key, &id, &before, &error))
        return outcome(Outcome::Failed, error);
    if (id.isEmpty() &&
        !insertRow(db, session, probe.key.toLower(), QStringLiteral("unknown"), at, &id, &error))
        return outcome(Outcome::Failed, error);
    const bool ok = probe.record.status == QLatin1String("ok");
    const SqlDialect sql(session);
    BoundQuery u;
    const QString s = u.bind(probe.record.status);
    const QString attempt = u.bind(Session::timeText(at));
    const QString success = u.bind(ok ? QVariant(Session::timeText(at)) : QVariant());
    const QString lastError = u.bind(
        probe.record.error.isEmpty() ? QVariant()
                                     : QVariant(SourceUrl::redact(probe.record.error).left(2000)));
    const QString updated = u.bind(Session::timeText(at));
    const QString rowId = u.bind(id);
    const QString tenant = u.bind(session.tenantId());
    const QString notAfter = u.bind(sql.timeKey(at));
    // Guarded: a connector disabled since the probe started keeps its status, and a result
    // never overwrites a newer attempt (a probe that finished late).
    u << QStringLiteral("update integration_sync_states set status = %1, last_attempt_at = %2, "
                        "last_success_at = coalesce(%3, last_success_at), last_error = %4, "
                        "updated_at = %5 where id = %6 and tenant_id = %7 and %8 <> 'disabled' "
                        "and (last_attempt_at is null or %9 <= %10)")
             .arg(s, attempt, success, lastError, updated, rowId, tenant,
                  sql.lowerText(QStringLiteral("status")),
                  sql.timeKey(QStringLiteral("last_attempt_at")))
             .arg(notAfter);
    QSqlQuery q(db);
    if (!u.exec(q, &error))
        return outcome(Outcome::Failed, error);
    if (q.numRowsAffected() == 0)
        return outcome(Outcome::Conflict,
                       tr("%1 is disabled or has a newer result; this probe was not recorded.")
                           .arg(DisplayText::plain(probe.key)));
    QJsonObject changes{
        {QStringLiteral("before"),
         QJsonObject{{QStringLiteral("status"),
                      before.isEmpty() ? QStringLiteral("not_configured") : before}}},
        {QStringLiteral("after"), QJsonObject{{QStringLiteral("status"), probe.record.status}}},
        {QStringLiteral("connector_key"), probe.key},
        // Credentials never reach audit_logs: no user-info, no token in the query.
        {QStringLiteral("url"), SourceUrl::redactUrl(probe.url)},
        {QStringLiteral("latency_ms"),
         probe.record.latencyMs < 0 ? QJsonValue() : QJsonValue(probe.record.latencyMs)},
        {QStringLiteral("http_status"),
         probe.record.httpStatus ? QJsonValue(probe.record.httpStatus) : QJsonValue()},
        {QStringLiteral("error_kind"), probe.record.errorKind},
        {QStringLiteral("error"), SourceUrl::redact(probe.record.error)}};
    if (!WriteBack::insertAudit(db, session, actorId, QStringLiteral("connector.probe"),
                                QStringLiteral("integration_sync_state"), id, changes, at, &error))
        return outcome(Outcome::Failed, error);
    if (!tx.commit(&error))
        return outcome(Outcome::Failed, error);
    return outcome(Outcome::Done, tr("%1: %2 recorded.")
                                      .arg(DisplayText::plain(probe.key),
                                           DisplayText::plain(probe.record.status)));
}

ConnectorWriter::Result ConnectorWriter::setDisabled(const Session &session, const QString &key,
                                                     bool disabled, const TenantActor &actor,
                                                     const QDateTime &atTime)
{
    if (session.isRest()) {
        const RestWrites::Result r = RestWrites::setConnectorDisabled(session, key, disabled);
        return outcome(RestWrites::outcome<Outcome>(r), r.message);
    }
    if (actor.id.isEmpty() || !WriteBack::adminRoles().contains(actor.role))
        return outcome(Outcome::PermissionDenied,
                       tr("Disabling or enabling a connector needs an owner or admin."));
    const QDateTime at = (atTime.isValid() ? atTime : QDateTime::currentDateTimeUtc()).toUTC();
    const QString name = key.toLower();
    WriteTransaction tx(session.database());
    if (!tx.isOpen())
        return outcome(Outcome::Failed, tx.errorString());
    QSqlDatabase &db = tx.database();
    QString error;
    QString id;
    QString before;
    if (!currentRow(db, session, name, &id, &before, &error))
        return outcome(Outcome::Failed, error);
    if (id.isEmpty() && !KnownConnectors::isKnown(name))
        return outcome(Outcome::NotFound, tr("No connector %1.").arg(DisplayText::plain(key)));
    const QString target = disabled ? QStringLiteral("disabled") : QStringLiteral("unknown");
    if (id.isEmpty()) {
        if (!disabled)
            return outcome(Outcome::Conflict,
                           tr("%1 is not disabled.").arg(DisplayText::plain(key)));
        if (!insertRow(db, session, name, target, at, &id, &error))
            return outcome(Outcome::Failed, error);
        before = QStringLiteral("not_configured");
    } else {
        const SqlDialect sql(session);
        BoundQuery u;
        const QString s = u.bind(target);
        const QString updated = u.bind(Session::timeText(at));
        const QString rowId = u.bind(id);
        const QString tenant = u.bind(session.tenantId());
        // Guarded: only a change of state counts; two admins cannot both "disable".
        u << QStringLiteral("update integration_sync_states set status = %1, updated_at = %2 "
                            "where id = %3 and tenant_id = %4 and %5 %6 'disabled'")
                 .arg(s, updated, rowId, tenant, sql.lowerText(QStringLiteral("status")),
                      disabled ? QStringLiteral("<>") : QStringLiteral("="));
        QSqlQuery q(db);
        if (!u.exec(q, &error))
            return outcome(Outcome::Failed, error);
        if (q.numRowsAffected() == 0)
            return outcome(Outcome::Conflict,
                           disabled ? tr("%1 is already disabled.").arg(DisplayText::plain(key))
                                    : tr("%1 is not disabled.").arg(DisplayText::plain(key)));
    }
    const QJsonObject changes{
        {QStringLiteral("before"), QJsonObject{{QStringLiteral("status"), before}}},
        {QStringLiteral("after"), QJsonObject{{QStringLiteral("status"), target}}},
        {QStringLiteral("connector_key"), name},
        {QStringLiteral("actor_email"), actor.email}};
    if (!WriteBack::insertAudit(db, session, actor.id,
                                disabled ? QStringLiteral("connector.disable")
                                         : QStringLiteral("connector.enable"),
                                QStringLiteral("integration_sync_state"), id, changes, at, &error))
        return outcome(Outcome::Failed, error);
    if (!tx.commit(&error))
        return outcome(Outcome::Failed, error);
    return outcome(Outcome::Done, disabled ? tr("%1 disabled.").arg(DisplayText::plain(key))
                                           : tr("%1 enabled again.").arg(DisplayText::plain(key)));
}
