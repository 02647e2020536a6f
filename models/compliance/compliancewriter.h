#pragma once

#include "models/compliance/compliancechecks.h"
#include "models/source/writeback.h"

// Stores check results (`check --write`, "Run checks" with writing on): for each control row of
// the tenant, status (unless not assessed), last_checked_at and last_result (the evidence as
// JSON); one compliance_scan_results row per control where the table exists; one audit_logs
// row for the run with every control's status before and after. All in one transaction: a
// failure anywhere leaves nothing written. Owner or admin only.
class ComplianceWriter
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceWriter)
public:
    // Results may be written only when computed as of now (within this many seconds): the
    // stored status is the current one.
    static constexpr int NowToleranceSec = 300;
    struct Result {
        bool ok = false;
        QString message;
        int written = 0;        // control rows updated
        QStringList notWritten; // results without a control row of the tenant
    };
    static Result write(const Session &session, const QList<CheckResult> &results,
                        const TenantActor &actor, const QDateTime &at = QDateTime());
};
