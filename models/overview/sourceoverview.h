#pragma once

#include "models/source/provenance.h"
#include "models/source/session.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The value type of the "source" surface: what the connected source offers this tenant —
// every Dealix table the app reads, whether it is there, which expected columns are missing,
// which enhanced columns exist, and the tenant's row count. Computed in one round trip.
struct SourceOverview {
    Q_DECLARE_TR_FUNCTIONS(SourceOverview)
public:
    struct TableStatus {
        QString table;
        bool present = false;
        bool optional = false;
        bool tenantScoped = true;
        qint64 rows = -1; // -1: not counted (table absent or not tenant-scoped)
        QStringList missingColumns;
        QStringList enhancedColumns; // optional columns the source has
    };

    QString source; // URL without credentials
    QString driver; // "SQLite" or "PostgreSQL"
    TenantInfo tenant;
    QString rlsTenant; // PostgreSQL: current_setting('app.tenant_id')
    QDateTime generatedAt;
    QDateTime asOf;
    QString query; // the counting statement, for provenance
    QList<TableStatus> tables;
    QStringList warnings;
    // Recommended indexes (IndexAdvice) the source lacks, each with what it would speed up;
    // indexesChecked is false when the catalog could not be read (indexesError says why).
    struct MissingIndex {
        QString name;
        QString table;
        QStringList columns;
        QStringList surfaces;
        QString why;
        QString ddl;
        // An index of that name exists but does not serve (IndexAdvice::Status::conflict):
        // invalid, or defined differently; ddl drops it first.
        QString existing;
        bool existingInvalid = false;
    };
    QList<MissingIndex> missingIndexes;
    bool indexesChecked = false;
    QString indexesError;
    // One line per missing index for the screen (empty when none is missing).
    QString missingIndexText() const;

    // Over a Dealix server: what each surface reads, each route asked once (at the same time)
    // with how long it took and what came back; the API line (A: wired to the database; B:
    // placeholder zeros) when the answers tell. Tables and row counts are not available.
    struct RestEndpoint {
        QString surface;  // surface id
        QString route;    // "approval-center/stats"
        QString endpoint; // as requested ("GET /api/v1/…?tenant_id=…")
        bool ok = false;
        QString result; // "" when ok, else the error
        qint64 elapsedMs = 0;
        QDateTime requestedAt;
        QString serverGeneratedAt;
    };
    QList<RestEndpoint> restEndpoints;
    QString apiLine; // "A", "B", or empty when the answers do not tell
    bool isRest = false;
    RestTrace rest;
    // The surfaces and the routes they read (the per-item routes are named with {id}/{key}).
    static QList<std::pair<QString, QStringList>> restRoutes();

    // Computes the overview for the session's tenant.
    static bool compute(const Session &session, const QDateTime &asOf, SourceOverview *out,
                        QString *error);
    static bool computeRest(const Session &session, const QDateTime &asOf, SourceOverview *out,
                            QString *error);
    QJsonObject toJson() const;
    QByteArray toCsv() const;
};
