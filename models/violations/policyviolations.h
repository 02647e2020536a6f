#pragma once

#include "models/source/provenance.h"
#include "models/source/session.h"
#include "models/source/writeback.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

struct Violation {
    QString id;
    QString sourceA;
    QString sourceB;
    QString claimA;
    QString claimB;
    QString type;       // lower case: factual, temporal, scope, policy
    QString severity;   // lower case: critical, high, medium, low
    QString status;     // lower case: detected, reviewing, resolved, accepted (or other)
    QString detectedBy; // manual, ai_scan, runtime
    QString resolution;
    QString resolvedBy;
    QDateTime resolvedAt;
    QDateTime createdAt;
    QByteArray evidence; // JSON text as stored
};

// The value type of the Policy Violations Board (`policy-violations`): Dealix's contradictions
// in columns by status — detected, reviewing, resolved, accepted (and "other" for a status this
// app does not know) — with severity, both claims and their sources, type, detector, evidence.
struct PolicyViolations {
    Q_DECLARE_TR_FUNCTIONS(PolicyViolations)
public:
    struct Column {
        QString status;
        QList<Violation> items;
    };
    QList<Column> columns;
    int total = 0;
    int active = 0;         // detected or reviewing
    int criticalActive = 0; // active and critical
    Provenance provenance;

    static const QStringList &statuses();
    static QString statusText(const QString &status);
    static QString severityText(const QString &severity);
    static QString typeText(const QString &type);
    static QString detectedByText(const QString &detectedBy);
    static bool compute(const Session &session, const QDateTime &asOf, PolicyViolations *out,
                        QString *error);
    // Over a Dealix server (compute() calls it): the active contradictions and the server's
    // counts; the API lists no resolved or accepted one (restUnlisted says so on screen).
    static bool computeRest(const Session &session, const QDateTime &asOf, PolicyViolations *out,
                            QString *error);
    // Statuses whose column is not listed by the source (over REST: resolved, accepted), with
    // the reason; empty for a database.
    QStringList restUnlisted;
    QString restUnlistedReason;
    const Violation *find(const QString &id) const;
    QJsonObject toJson() const; // {contradictions: [...], total, stats, columns} + provenance
    QByteArray toCsv() const;
};

// Resolves or accepts a contradiction with a resolution text (README "Rules: Writing back"): an
// owner, admin or manager of the tenant; one transaction with its audit row; guarded so that
// only an active one (detected or reviewing) changes — the second of two resolvers is told who
// resolved it first and when.
class ViolationResolver
{
    Q_DECLARE_TR_FUNCTIONS(ViolationResolver)
public:
    enum class Outcome { Done, NotFound, Conflict, PermissionDenied, TextRequired, Failed };
    struct Result {
        Outcome outcome = Outcome::Failed;
        QString message;
    };
    // status: "resolved" or "accepted".
    static Result resolve(const Session &session, const QString &id, const QString &status,
                          const QString &resolution, const TenantActor &actor,
                          const QDateTime &at = QDateTime());
};
