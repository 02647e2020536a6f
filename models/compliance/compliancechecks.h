#pragma once

#include "models/source/session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

// The live compliance checks (issue "Saudi Compliance Dashboard"): each control maps to a check
// that computes, from the tenant's own tables as of a time, a status and the evidence behind it.
// Rules and thresholds are written in rule() and in the README.
struct CheckResult {
    QString controlId;
    // compliant | partial | non_compliant; not_assessed: this source cannot say (no table,
    // nothing to assess); failed: the check's query failed (the cause is in reason).
    QString status;
    QString reason; // one line: what was found (or why not assessed, or why it failed)
    QJsonObject figures;
    QStringList queries;
    QList<QVariantList> queryValues; // the values bound to each query, in order
    QDateTime checkedAt;             // the as-of time of the figures
    QJsonObject toJson() const;      // what goes into last_result and compliance_scan_results
    // The queries with their values written in as SQL literals (for the benchmark's reference
    // run in sqlite3/psql; never executed by the app).
    QStringList inlinedQueries() const;
};

class ComplianceChecks
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceChecks)
public:
    // Share rule: ≥ 99 % compliant, ≥ 90 % partial, else non-compliant.
    static constexpr double CompliantShare = 99.0;
    static constexpr double PartialShare = 90.0;

    static const QStringList &controlIds();        // the controls this build checks, in seed order
    static QString rule(const QString &controlId); // the rule in words (English)
    // Runs one check; an unknown control is not assessed ("no check for this control").
    static CheckResult run(const Session &session, const QString &controlId, const QDateTime &asOf);
    // Runs every check; progress(done, total) may cancel by returning false (then the results
    // so far are returned and cancelled is set).
    static QList<CheckResult> runAll(const Session &session, const QDateTime &asOf,
                                     const std::function<bool(int, int)> &progress = {},
                                     bool *cancelled = nullptr);
    // The status of good out of total under the share rule, from the exact counts.
    static QString statusOfShare(qint64 good, qint64 total);
};
