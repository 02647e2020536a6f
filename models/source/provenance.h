#pragma once

#include "models/source/session.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Where a surface's figures came from (README "Rules: Figures": provenance): when, by what, from
// which source and tenant, as of when, and the statements run. Filled once by compute().
struct Provenance {
    QDateTime generatedAt;
    QString source;
    TenantInfo tenant;
    QDateTime asOf;
    QStringList queries;

    static Provenance start(const Session &session, const QDateTime &asOf)
    {
        return {QDateTime::currentDateTimeUtc(),
                session.url().toDisplayString(),
                session.tenant(),
                (asOf.isValid() ? asOf : QDateTime::currentDateTimeUtc()).toUTC(),
                {}};
    }
    QJsonObject toJson() const
    {
        return {{QStringLiteral("generated_at"), generatedAt.toString(Qt::ISODateWithMs)},
                {QStringLiteral("generated_by"), QStringLiteral("dealix-desk " DEALIX_VERSION)},
                {QStringLiteral("source"), source},
                {QStringLiteral("tenant_id"), tenant.id},
                {QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
                {QStringLiteral("queries"), QJsonArray::fromStringList(queries)}};
    }
};
