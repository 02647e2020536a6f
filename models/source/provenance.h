#pragma once

#include "models/source/session.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// What a surface read from a Dealix server (README "Sources: the Dealix REST API"): each request
// with its time and the server's own generated_at, whether it came from the offline cache, and
// which figures the server computed by its own rule rather than the app's dictionary. Empty
// for a database. Embedded in Provenance and in the value types that keep their own.
struct RestTrace {
    struct Call {
        QString endpoint; // "GET /api/v1/…?tenant_id=…"
        QDateTime requestedAt;
        QString serverGeneratedAt;
        QDateTime staleSince; // valid: served from the offline cache
    };
    QList<Call> calls;
    // "forecast: actual × 1.1 (computed by the Dealix server)" — one line per figure.
    QStringList serverComputed;
    // "week-on-week changes: not available over the Dealix API: …" — one line per part.
    QStringList unavailable;

    bool isEmpty() const { return calls.isEmpty(); }
    void add(const RestReply &r)
    {
        calls.append(
            {r.endpoint, r.requestedAt, r.serverGeneratedAt, r.stale ? r.staleSince : QDateTime()});
    }
    // The oldest cached answer among the calls; invalid when every answer is fresh.
    QDateTime staleSince() const
    {
        QDateTime oldest;
        for (const Call &c : calls)
            if (c.staleSince.isValid() && (!oldest.isValid() || c.staleSince < oldest))
                oldest = c.staleSince;
        return oldest;
    }
    QJsonObject toJson() const
    {
        QJsonArray list;
        for (const Call &c : calls) {
            QJsonObject o{
                {QStringLiteral("endpoint"), c.endpoint},
                {QStringLiteral("requested_at"), c.requestedAt.toString(Qt::ISODateWithMs)}};
            if (!c.serverGeneratedAt.isEmpty())
                o.insert(QStringLiteral("server_generated_at"), c.serverGeneratedAt);
            if (c.staleSince.isValid())
                o.insert(QStringLiteral("stale_since"), c.staleSince.toString(Qt::ISODate));
            list.append(o);
        }
        QJsonObject out{{QStringLiteral("requests"), list}};
        if (!serverComputed.isEmpty())
            out.insert(QStringLiteral("computed_by_server"),
                       QJsonArray::fromStringList(serverComputed));
        if (!unavailable.isEmpty())
            out.insert(QStringLiteral("not_available"), QJsonArray::fromStringList(unavailable));
        const QDateTime stale = staleSince();
        if (stale.isValid())
            out.insert(QStringLiteral("stale_since"), stale.toString(Qt::ISODate));
        return out;
    }
};

// Where a surface's figures came from (README "Rules: Figures": provenance): when, by what, from
// which source and tenant, as of when, and the statements run. Filled once by compute().
struct Provenance {
    QDateTime generatedAt;
    QString source;
    TenantInfo tenant;
    QDateTime asOf;
    QStringList queries;
    RestTrace rest; // over the REST API: the requests instead of statements

    static Provenance start(const Session &session, const QDateTime &asOf)
    {
        return {QDateTime::currentDateTimeUtc(),
                session.url().toDisplayString(),
                session.tenant(),
                (asOf.isValid() ? asOf : QDateTime::currentDateTimeUtc()).toUTC(),
                {},
                {}};
    }
    QJsonObject toJson() const
    {
        QJsonObject o{
            {QStringLiteral("generated_at"), generatedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("generated_by"), QStringLiteral("dealix-desk " DEALIX_VERSION)},
            {QStringLiteral("source"), source},
            {QStringLiteral("tenant_id"), tenant.id},
            {QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
            {QStringLiteral("queries"), QJsonArray::fromStringList(queries)}};
        if (!rest.isEmpty())
            o.insert(QStringLiteral("rest"), rest.toJson());
        return o;
    }
};
