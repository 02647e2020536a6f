#include "models/connectors/connectorboard.h"

#include "models/core/csvwriter.h"
#include "models/source/boundquery.h"
#include "models/source/knownconnectors.h"
#include "models/source/sqldialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

const QStringList &ConnectorBoard::statuses()
{
    static const QStringList s = {QStringLiteral("ok"),       QStringLiteral("degraded"),
                                  QStringLiteral("error"),    QStringLiteral("unknown"),
                                  QStringLiteral("disabled"), QStringLiteral("not_configured")};
    return s;
}

void ConnectorBoard::assemble(ConnectorBoard *board, QHash<QString, ConnectorRow> rows,
                              QHash<QString, ProbeConfig> configs,
                              const ProbeConfig::Defaults &defaults)
{
    ConnectorBoard &b = *board;
    // Known connectors first, in Dealix's order; then any other registered one by key.
    for (const KnownConnector &k : KnownConnectors::all()) {
        ConnectorRow r = rows.take(QLatin1String(k.key));
        if (!r.registered) {
            r.key = QLatin1String(k.key);
            r.status = QStringLiteral("not_configured");
        }
        r.known = true;
        r.name = QString::fromUtf8(k.name);
        if (r.nameAr.isEmpty())
            r.nameAr = QString::fromUtf8(k.nameAr);
        b.connectors.append(r);
    }
    QStringList others = rows.keys();
    std::sort(others.begin(), others.end());
    for (const QString &key : std::as_const(others)) {
        ConnectorRow r = rows.value(key);
        r.name = key;
        b.connectors.append(r);
    }
    for (auto it = defaults.endpoints.constBegin(); it != defaults.endpoints.constEnd(); ++it) {
        ProbeConfig c = configs.value(it.key().toLower());
        if (!configs.contains(it.key().toLower())) {
            c.timeoutMs = defaults.timeoutMs;
            c.slowMs = defaults.slowMs;
        }
        c.url = it.value();
        c.enabled = true;
        c.origin = QStringLiteral("settings");
        configs.insert(it.key().toLower(), c);
    }
    for (ConnectorRow &r : b.connectors) {
        if (configs.contains(r.key))
            r.probe = configs.value(r.key);
        ++b.counts[r.status];
    }
}

bool ConnectorBoard::compute(const Session &session, const ProbeConfig::Defaults &defaults,
                             const QDateTime &asOf, ConnectorBoard *out, QString *error)
{
    if (session.isRest())
        return computeRest(session, defaults, asOf, out, error);
    const QString table = QStringLiteral("integration_sync_states");
    if (!session.schema().hasTable(table)) {
        if (error)
            *error = tr("Not available from this source (no integration_sync_states table).");
        return false;
    }
    ConnectorBoard b;
    b.provenance = Provenance::start(session, asOf);
    const SqlDialect sql(session);
    const bool hasArName = session.schema().hasColumn(table, QStringLiteral("display_name_ar"));
    BoundQuery q;
    q << QStringLiteral("select id, %1, %2, %3, last_success_at, last_attempt_at, last_error "
                        "from integration_sync_states where tenant_id = %4 order by 2")
             .arg(sql.lowerText(QStringLiteral("connector_key")),
                  hasArName ? QStringLiteral("display_name_ar") : QStringLiteral("NULL"),
                  sql.lowerText(QStringLiteral("status")), q.bind(session.tenantId()));
    b.provenance.queries << q.sql();
    QSqlQuery query(session.database());
    if (!q.exec(query, error))
        return false;
    QHash<QString, ConnectorRow> rows;
    while (query.next()) {
        ConnectorRow r;
        r.rowId = Session::readId(query.value(0));
        r.key = query.value(1).toString();
        r.nameAr = query.value(2).toString();
        r.status = query.value(3).toString();
        if (!statuses().contains(r.status) || r.status == QLatin1String("not_configured"))
            r.status = QStringLiteral("unknown"); // a status this app does not know
        r.lastSuccess = Session::readTime(query.value(4));
        r.lastAttempt = Session::readTime(query.value(5));
        r.lastError = SourceUrl::redact(query.value(6).toString()); // may quote a URL
        r.registered = true;
        rows.insert(r.key, r);
    }
    if (!BoundQuery::finished(query, error))
        return false;
    // Probe configuration: connector_probes, then the user's settings on top.
    QHash<QString, ProbeConfig> configs;
    if (session.schema().hasTable(QStringLiteral("connector_probes"))) {
        BoundQuery p;
        p << QStringLiteral("select %1, endpoint_url, timeout_ms, slow_threshold_ms, enabled from "
                            "connector_probes where tenant_id = %2")
                 .arg(sql.lowerText(QStringLiteral("connector_key")), p.bind(session.tenantId()));
        b.provenance.queries << p.sql();
        QSqlQuery pq(session.database());
        if (!p.exec(pq, error))
            return false;
        while (pq.next()) {
            ProbeConfig c;
            c.url = QUrl(pq.value(1).toString().trimmed());
            // NULL, zero or negative: the default (a 0 ms timeout would fail every probe).
            auto positive = [](const QVariant &v, int fallback) {
                const int n = v.isNull() ? 0 : v.toInt();
                return n > 0 ? n : fallback;
            };
            c.timeoutMs = positive(pq.value(2), defaults.timeoutMs);
            c.slowMs = positive(pq.value(3), defaults.slowMs);
            c.enabled = pq.value(4).isNull() || pq.value(4).toBool();
            c.origin = QStringLiteral("connector_probes");
            configs.insert(pq.value(0).toString(), c);
        }
        if (!BoundQuery::finished(pq, error))
            return false;
    }
    assemble(&b, std::move(rows), std::move(configs), defaults);
    *out = b;
    return true;
}

bool ConnectorBoard::history(const Session &session, const QString &key, int limit,
                             QList<ProbeRecord> *out, QString *error)
{
    if (session.isRest())
        return historyRest(session, key, limit, out, error);
    out->clear();
    if (!session.schema().hasTable(QStringLiteral("audit_logs")))
        return true;
    const SqlDialect sql(session);
    BoundQuery q;
    const QString tenant = q.bind(session.tenantId());
    const QString connector = q.bind(key.toLower());
    const QString tenant2 = q.bind(session.tenantId());
    const QString n = q.bind(limit);
    q << QStringLiteral("select a.created_at, cast(a.changes as text) from audit_logs a where "
                        "a.tenant_id = %1 and a.action = 'connector.probe' and "
                        "a.entity_type = 'integration_sync_state' and a.entity_id in (select s.id "
                        "from integration_sync_states s where %2 = %3 and s.tenant_id = %4) "
                        "order by a.created_at desc limit %5")
             .arg(tenant, sql.lowerText(QStringLiteral("s.connector_key")), connector, tenant2, n);
    QSqlQuery query(session.database());
    if (!q.exec(query, error))
        return false;
    while (query.next()) {
        const QJsonObject c = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
        const QJsonObject after = c.value(QStringLiteral("after")).toObject();
        ProbeRecord r;
        r.at = Session::readTime(query.value(0));
        r.status = after.value(QStringLiteral("status")).toString();
        r.latencyMs = qint64(c.value(QStringLiteral("latency_ms")).toDouble(-1));
        r.httpStatus = c.value(QStringLiteral("http_status")).toInt();
        r.errorKind = c.value(QStringLiteral("error_kind")).toString();
        r.error = c.value(QStringLiteral("error")).toString();
        out->append(r);
    }
    return BoundQuery::finished(query, error);
}

const ConnectorRow *ConnectorBoard::find(const QString &key) const
{
    for (const ConnectorRow &r : connectors) {
        if (r.key == key)
            return &r;
    }
    return nullptr;
}

QJsonObject ConnectorBoard::toJson() const
{
    auto time = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(t.toString(Qt::ISODate)) : QJsonValue();
    };
    QJsonArray list;
    for (const ConnectorRow &r : connectors) {
        const qint64 since = r.secondsSinceSuccess(provenance.asOf);
        list.append(QJsonObject{
            {QStringLiteral("connector_key"), r.key},
            {QStringLiteral("display_name"), r.name},
            {QStringLiteral("display_name_ar"), r.nameAr},
            {QStringLiteral("status"), r.status},
            {QStringLiteral("last_success_at"), time(r.lastSuccess)},
            {QStringLiteral("last_attempt_at"), time(r.lastAttempt)},
            {QStringLiteral("last_error"),
             r.lastError.isEmpty() ? QJsonValue() : QJsonValue(r.lastError)},
            {QStringLiteral("registered"), r.registered},
            {QStringLiteral("seconds_since_success"), since < 0 ? QJsonValue() : QJsonValue(since)},
            {QStringLiteral("probe_configured"), !r.probe.url.isEmpty() && r.probe.enabled},
        });
    }
    QJsonObject byStatus;
    for (const QString &s : statuses())
        byStatus.insert(s, counts.value(s));
    return {{QStringLiteral("connectors"), list},
            {QStringLiteral("total"), list.size()},
            {QStringLiteral("counts"), byStatus},
            {QStringLiteral("provenance"), provenance.toJson()}};
}

QByteArray ConnectorBoard::toCsv() const
{
    CsvWriter csv;
    csv.addRow({QStringLiteral("connector_key"), QStringLiteral("display_name"),
                QStringLiteral("display_name_ar"), QStringLiteral("status"),
                QStringLiteral("last_success_at"), QStringLiteral("last_attempt_at"),
                QStringLiteral("last_error"), QStringLiteral("registered"),
                QStringLiteral("seconds_since_success")});
    auto time = [](const QDateTime &t) {
        return t.isValid() ? t.toString(Qt::ISODate) : QString();
    };
    for (const ConnectorRow &r : connectors) {
        const qint64 since = r.secondsSinceSuccess(provenance.asOf);
        csv.addRow({r.key, r.name, r.nameAr, r.status, time(r.lastSuccess), time(r.lastAttempt),
                    r.lastError, r.registered ? QStringLiteral("true") : QStringLiteral("false"),
                    since < 0 ? CsvWriter::Cell() : CsvWriter::number(since)});
    }
    return csv.data();
}
