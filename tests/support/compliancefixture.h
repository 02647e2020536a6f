#pragma once

#include "models/source/session.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <memory>

// The compliance checks' fixture: tenant "comp" holds one case per rule, each worked out by
// hand next to its rows in compliancefixture.cpp; "ownerless" has users but no active owner and
// nothing else; "other" holds rows that would change comp's figures if they leaked.
namespace ComplianceFixture {

QDateTime asOf(); // 2026-11-26 09:00 UTC

bool load(Session &session, QString *error);
std::unique_ptr<Session> openSqlite(const QTemporaryDir &dir);

// Catch2 checks of every check's status and figures for "comp" and "ownerless".
void checkResults(Session &session);
// check --write: rows, history, audit; refused for a manager; nothing written on failure.
void checkWrite(Session &session);

// Records the data contradicts, as on the demo database: comp's PDPL-C01 stored COMPLIANT
// (the data: 2 of 6 contacted leads with a valid consent) and a PDPL-C05 stored COMPLIANT (the
// data: 2 deletion requests open for over 30 days). Leaves comp selected.
void recordCompliant(Session &session);
// Catch2 checks of stored against live on that data: the matrix, its JSON and CSV, the
// Executive Room's figures and the Weekly Review's RAG (hand-worked in compliancefixture.cpp).
void checkContradicted(Session &session);
// The Risk Heatmap on that data: a control is rated on what the data shows where the checks
// assess it, else on its record; a contradicted record is said both ways (screen text, JSON).
void checkContradictedRisks(Session &session);
// PDPL-C04/C05 count the 30 days from requested_at where the column exists, else created_at:
// a deletion request requested 40 days and created 10 days before its answer.
void checkRequestedAt(Session &session);
// PDPL-C03 counts the 12 months from granted_at where the column exists (created_at where a
// row leaves it empty), else created_at, and says which.
void checkGrantedAt(Session &session);
// NCA-C01 counts as active only users whose is_active is true: NULL is not active.
void checkActiveUsers(Session &session);
// A check whose query fails: "failed" (never "not assessed", never agreeing), named by
// ComplianceLive::failures(), failing the Executive Room's compliance section and holding the
// Weekly Review off green; the matrix's live figures are null. The source's table
// pdpl_data_requests disappears under an open session (its schema still lists it).
void checkFailedCheck(Session &session);

} // namespace ComplianceFixture
