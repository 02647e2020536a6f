// The Connector Governance Board over a Dealix server (README "Sources: the Dealix REST API").
#include "models/connectors/connectorboard.h"
#include "models/source/knownconnectors.h"
#include "models/source/restbatch.h"

#include <QJsonArray>
#include <QUrl>

bool ConnectorBoard::computeRest(const Session &session, const ProbeConfig::Defaults &defaults,
                                 const QDateTime &asOf, ConnectorBoard *out, QString *error)
{
    if (const QString past = restPastAsOf(session, asOf); !past.isEmpty()) {
        if (error)
            *error = past;
        return false;
    }
    ConnectorBoard b;
    b.provenance = Provenance::start(session, asOf);
    const QString route = QStringLiteral("connectors/governance");
    const RestReply reply = session.restGet(route);
    b.provenance.rest.add(reply);
    QHash<QString, ConnectorRow> rows;
    if (!readRestRows(reply, &rows, error))
        return false;
    assemble(&b, std::move(rows), {}, defaults);
    b.provenance.rest.unavailable << tr(
        "probe settings from the connector_probes table: not available over the Dealix "
        "API (probes set in the app's settings still run: they call each connector's own "
        "URL, not the API)");
    *out = b;
    return true;
}

bool ConnectorBoard::readRestRows(const RestReply &reply, QHash<QString, ConnectorRow> *rows,
                                  QString *error)
{
    const QString route = QStringLiteral("connectors/governance");
    QString shape;
    const std::optional<QJsonObject> body = RestJson::body(reply, &shape, route);
    if (!body) {
        if (error)
            *error = shape;
        return false;
    }
    const RestJson::Reader list(route);
    const QJsonArray items = list.array(*body, QStringLiteral("connectors"));
    for (int i = 0; list.ok() && i < int(items.size()); ++i) {
        const std::optional<QJsonObject> o = list.objectAt(items, QStringLiteral("connectors"), i);
        if (!o)
            break;
        const RestJson::Reader r = list.item(QStringLiteral("connectors"), i);
        const QString at = QStringLiteral("connectors[%1].").arg(i);
        ConnectorRow row;
        row.key = r.text(*o, QStringLiteral("connector_key")).value_or(QString()).toLower();
        row.nameAr = r.textOrNull(*o, QStringLiteral("display_name_ar")).value_or(QString());
        row.status = r.text(*o, QStringLiteral("status")).value_or(QString()).toLower();
        row.lastSuccess = RestBatch::time(r, *o, QStringLiteral("last_success_at"),
                                          at + QStringLiteral("last_success_at"), true);
        row.lastAttempt = RestBatch::time(r, *o, QStringLiteral("last_attempt_at"),
                                          at + QStringLiteral("last_attempt_at"), true);
        row.lastError =
            SourceUrl::redact(r.textOrNull(*o, QStringLiteral("last_error")).value_or(QString()));
        const std::optional<bool> registered = r.boolean(*o, QStringLiteral("registered"));
        // display_name is required too (the row's shape), though the board names known
        // connectors by the app's own list.
        const std::optional<QString> name = r.text(*o, QStringLiteral("display_name"));
        if (!r.ok())
            break;
        // The server lists known connectors without a row as not_configured (registered false):
        // the board builds those itself, as for a database.
        if (!*registered)
            continue;
        row.registered = true;
        if (!statuses().contains(row.status) || row.status == QLatin1String("not_configured"))
            row.status = QStringLiteral("unknown"); // a status this app does not know
        if (!KnownConnectors::isKnown(row.key) && row.nameAr.isEmpty())
            row.nameAr = *name;
        rows->insert(row.key, row);
    }
    if (!list.ok()) {
        if (error)
            *error = list.error();
        return false;
    }
    return true;
}

bool ConnectorBoard::historyRest(const Session &session, const QString &key, int limit,
                                 QList<ProbeRecord> *out, QString *error)
{
    out->clear();
    if (const QString unsafe = restUnsafeId(key); !unsafe.isEmpty()) {
        if (error)
            *error = unsafe;
        return false;
    }
    const QString route = QStringLiteral("connectors/%1/history")
                              .arg(QString::fromLatin1(QUrl::toPercentEncoding(key.toLower())));
    const RestReply reply = session.restGet(route);
    QString shape;
    const std::optional<QJsonObject> body = RestJson::body(reply, &shape, route);
    if (!body) {
        if (error)
            *error = shape;
        return false;
    }
    // Dealix's route answers {connector_key, history: []}; an entry, should a server send one,
    // needs a status and a time.
    const RestJson::Reader list(route);
    const QJsonArray items = list.array(*body, QStringLiteral("history"));
    for (int i = 0; list.ok() && i < int(items.size()) && i < limit; ++i) {
        const std::optional<QJsonObject> o = list.objectAt(items, QStringLiteral("history"), i);
        if (!o)
            break;
        const RestJson::Reader r = list.item(QStringLiteral("history"), i);
        ProbeRecord p;
        p.status = r.text(*o, QStringLiteral("status")).value_or(QString()).toLower();
        p.at = RestBatch::time(r, *o, QStringLiteral("created_at"),
                               QStringLiteral("history[%1].created_at").arg(i));
        if (o->value(QStringLiteral("error")).isString())
            p.error = SourceUrl::redact(o->value(QStringLiteral("error")).toString());
        out->append(p);
    }
    if (!list.ok()) {
        out->clear();
        if (error)
            *error = list.error();
        return false;
    }
    return true;
}
