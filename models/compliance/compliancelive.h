#pragma once

#include "models/compliance/compliancechecks.h"
#include "models/compliance/complianceposture.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

// Stored and live compliance side by side. The stored `status` of a control is what Dealix
// records; the live result is what the tenant's own data shows as of a time (ComplianceChecks).
// One ComplianceLive is computed per run (board pack, export) or per screen refresh (in the
// background) and feeds every place that shows compliance: the dashboard, the Executive Room,
// the Weekly Review's RAG and the board pack.
struct ComplianceLive {
    Q_DECLARE_TR_FUNCTIONS(ComplianceLive)
public:
    bool ran = false; // the checks ran; false: only the stored status is known
    // The checks could not run at all (their connection could not open): ran stays false, and
    // this result, delivered for tenantId at asOf, says why instead of "checking" forever.
    QString error;
    QString tenantId; // the tenant they ran for
    QDateTime asOf;   // the as-of time of their figures (UTC)
    QList<CheckResult> results;

    // Runs every check once; progress may cancel (returns false): then ran stays false.
    static ComplianceLive run(const Session &session, const QDateTime &asOf,
                              const std::function<bool(int, int)> &progress = {});
    // Over the Dealix API the checks cannot run (run() returns a failed run with this reason):
    // "not available over the Dealix API: …".
    static QString notOverApi();
    // A run that could not start (error set, ran false) for that tenant and as-of time.
    static ComplianceLive failedRun(const QString &tenant, const QDateTime &asOf,
                                    const QString &error);
    // The result has arrived: the checks ran, or the run failed as a whole.
    bool delivered() const { return ran || !error.isEmpty(); }
    // True when this result is the one for that tenant and as-of time.
    bool matches(const QString &tenant, const QDateTime &at) const;
    // What could not be checked: the whole run's error, or "PDPL-C04: the check failed: cause"
    // per failed check. A figure over the live results (posture, disagreements) is not
    // available while this is not empty: a failed check is never "records and data agree".
    QStringList failures() const;
    // Ran, and every check answered (assessed or not assessable): the live figures stand.
    bool complete() const { return ran && failures().isEmpty(); }
    // "The live compliance checks failed: …" (empty without failures), for sections and tiles.
    QString failureText() const;

    const CheckResult *result(const QString &controlId) const;
    // A live status that says something about the control (compliant, partial, non_compliant);
    // "not_assessed" (no data source, nothing to assess) and "failed" (a failed query) do not.
    static bool isAssessment(const QString &liveStatus);
    // The result contradicts the stored status: it assesses the control, with another status.
    static bool contradicts(const QString &stored, const CheckResult *result);
    // The control's live status where the check can assess it; empty otherwise.
    QString assessed(const QString &controlId) const;
    // The status that counts for the live posture and the RAG: the live result where the
    // check can assess it, else the stored status.
    QString effective(const QString &controlId, const QString &stored) const;
    // The data contradicts the stored status: assessed, and a different status.
    bool disagrees(const QString &controlId, const QString &stored) const;
    // One line for a disagreement: "Dealix records ✓ Compliant; the data shows ✗ Non-compliant:
    // 4 of 6 contacted leads with a valid consent (66.7 %)". Empty when they agree.
    QString disagreement(const QString &controlId, const QString &stored) const;
    // Per control in JSON: {status, reason, figures, checked_at} of the live check; null when
    // the checks did not run.
    QJsonValue controlJson(const QString &controlId) const;

    // Stored statuses against live results over a set of controls (id, stored status).
    struct Comparison {
        CompliancePosture stored;
        CompliancePosture live;  // effective statuses (stored where not assessed)
        QStringList disagreeing; // control ids, in the order given
        QStringList failed;      // control ids whose check failed, in the order given
        int disagreeingCount() const { return int(disagreeing.size()); }
    };
    Comparison compare(const QList<std::pair<QString, QString>> &controls) const;
    // {total_controls, compliant, partial, non_compliant, not_applicable, compliance_rate,
    // score, posture, checked_at} over the effective statuses.
    QJsonObject postureJson(const CompliancePosture &live) const;
};
