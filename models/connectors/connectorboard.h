#pragma once

#include "models/source/provenance.h"
#include "models/source/session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

// Where and how a connector is probed: from the optional connector_probes table, overridden
// per connector by the user's settings (probes/endpoints). Nothing is probed without one.
struct ProbeConfig {
    QUrl url;
    int timeoutMs = 5000;
    int slowMs = 2000;
    bool enabled = true;
    QString origin; // "settings" | "connector_probes"

    struct Defaults {
        QHash<QString, QUrl> endpoints; // settings: connector key -> URL
        int timeoutMs = 5000;
        int slowMs = 2000;
    };
};

// One probe of one connector, as recorded in its history (audit_logs "connector.probe").
struct ProbeRecord {
    QDateTime at;
    QString status; // ok | degraded | error
    qint64 latencyMs = -1;
    int httpStatus = 0;
    QString errorKind; // "" | dns | refused | tls | timeout | network | http
    QString error;
};

// One row of the Connector Governance Board (the Dealix governance row plus our fields).
struct ConnectorRow {
    QString key;
    QString name;
    QString nameAr;
    QString status; // ok, degraded, error, unknown, disabled, not_configured
    QDateTime lastSuccess;
    QDateTime lastAttempt;
    QString lastError;
    bool registered = false; // has a row in integration_sync_states
    bool known = false;      // one of Dealix's KNOWN_CONNECTORS
    QString rowId;           // integration_sync_states.id
    ProbeConfig probe;       // probe.url empty: not configured for probing

    // Seconds from the last success to as-of; -1 when it never succeeded.
    qint64 secondsSinceSuccess(const QDateTime &asOf) const
    {
        return lastSuccess.isValid() ? lastSuccess.secsTo(asOf) : -1;
    }
};

// The value type of the Connector Governance Board (`connectors`): every known connector plus
// any other registered one, statuses as the Dealix board gives them (a known connector with no
// row is not_configured), with each connector's probe configuration.
struct ConnectorBoard {
    Q_DECLARE_TR_FUNCTIONS(ConnectorBoard)
public:
    QList<ConnectorRow> connectors;
    QHash<QString, int> counts; // by status
    Provenance provenance;

    static const QStringList &statuses();
    static bool compute(const Session &session, const ProbeConfig::Defaults &defaults,
                        const QDateTime &asOf, ConnectorBoard *out, QString *error);
    // The probe history of one connector, newest first (at most limit records).
    static bool history(const Session &session, const QString &key, int limit,
                        QList<ProbeRecord> *out, QString *error);
    // Over a Dealix server (compute() and history() call them): GET /connectors/governance and
    // /connectors/{key}/history. Probes set in the app's settings still apply (they call each
    // connector's own URL, not the API); the connector_probes table is not available.
    static bool computeRest(const Session &session, const ProbeConfig::Defaults &defaults,
                            const QDateTime &asOf, ConnectorBoard *out, QString *error);
    static bool historyRest(const Session &session, const QString &key, int limit,
                            QList<ProbeRecord> *out, QString *error);
    // The registered rows of one /connectors/governance answer, read strictly (a status this
    // app does not know is unknown); false with the message on a failed reply or a wrong shape.
    // computeRest and the Executive Room over the Dealix API read with it, then assemble().
    static bool readRestRows(const RestReply &reply, QHash<QString, ConnectorRow> *rows,
                             QString *error);
    // Orders the rows (known connectors first, in Dealix's order, a known one without a row as
    // not_configured; then any other by key), lays the user's probe settings over configs and
    // counts the statuses: the same for every source.
    static void assemble(ConnectorBoard *board, QHash<QString, ConnectorRow> rows,
                         QHash<QString, ProbeConfig> configs,
                         const ProbeConfig::Defaults &defaults);
    const ConnectorRow *find(const QString &key) const;
    QJsonObject toJson() const; // {connectors: [row], total, counts, provenance}
    QByteArray toCsv() const;
};
