#pragma once

#include "models/connectors/connectorboard.h"
#include "models/source/writeback.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

struct ProbeTarget {
    QString key;
    ProbeConfig config;
};

struct ProbeResult {
    QString key;
    QUrl url;
    QDateTime startedAt;
    ProbeRecord record; // status, latency, HTTP status, error
};

// Probes connectors' endpoints concurrently (each on its own connection, so ten probes take
// about one timeout, not ten). A probe is one GET to the configured URL: redirects are not
// followed (a probe never leaves the endpoint it is given) and the body is not read. Latency is
// the time to the response headers.
// Classification: an answer 2xx/3xx is ok, or degraded when slower than the slow threshold;
// 4xx (429 among them) is degraded; 5xx is error; no answer (DNS, refused, TLS, timeout,
// network) is error.
class ConnectorProber : public QObject
{
    Q_OBJECT
public:
    explicit ConnectorProber(QObject *parent = nullptr);
    ~ConnectorProber() override;

    // The connectors of board that are probed: configured, enabled, http or https, and not
    // disabled. skipped receives "key: why" for each configured one that is not probed.
    static QList<ProbeTarget> targets(const ConnectorBoard &board, QStringList *skipped);
    // Classifies an answered probe (httpStatus > 0) or a failed one.
    static QString classify(int httpStatus, qint64 latencyMs, int slowMs, bool answered);

    void start(const QList<ProbeTarget> &targets);
    void cancel(); // pending probes end as errors "cancelled"
    bool isRunning() const { return m_pending > 0; }
    // The last run was cancelled (whatever some probes had already answered).
    bool wasCancelled() const { return m_cancelled; }
    const QList<ProbeResult> &results() const { return m_results; }
    // Runs the probes to the end in a local event loop (the command line).
    static QList<ProbeResult> run(const QList<ProbeTarget> &targets);

signals:
    void progress(int done, int total);
    void finished();

private:
    struct Running;
    void finish(Running *probe);
    void clear();
    QList<Running *> m_running;
    QList<ProbeResult> m_results;
    int m_pending = 0;
    int m_total = 0;
    bool m_cancelled = false;
};

// Records probe results and enable/disable in integration_sync_states (README "Rules: Writing
// back"): one transaction per connector with its audit_logs row. The row is created for a known
// connector that has none; a connector disabled meanwhile is not overwritten by a probe.
class ConnectorWriter
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorWriter)
public:
    enum class Outcome { Done, NotFound, Conflict, PermissionDenied, Failed };
    struct Result {
        Outcome outcome = Outcome::Failed;
        QString message;
    };
    // actorId may be empty (an unattended run: the audit row has no user).
    static Result recordProbe(const Session &session, const ProbeResult &probe,
                              const QString &actorId);
    // Disable (status disabled) or enable again (status unknown until the next probe); owner or
    // admin only.
    static Result setDisabled(const Session &session, const QString &key, bool disabled,
                              const TenantActor &actor, const QDateTime &at = QDateTime());
};
