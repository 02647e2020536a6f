#pragma once

#include "models/source/session.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <memory>

// The Executive Room and Weekly Review fixture, small enough to work every figure out by hand.
// The expected values are written next to the rows in executivefixture.cpp and asserted by
// checkExecutiveFigures() / checkWeeklyFigures(), on SQLite and on PostgreSQL alike.
namespace ExecutiveFixture {

// The as-of time of every figure: Thursday 2026-11-26 09:00 UTC (12:00 in Riyadh).
QDateTime asOf();

enum class ApprovalSchema {
    Enhanced, // priority, category, escalation_level, sla_deadline_at columns
    Plain,    // Dealix as it is: the SLA only in payload._dealix_sla
};

// Creates the schema in the session's empty database (dropping the enhanced approval
// columns for Plain) and loads five tenants: "alpha" (the Executive Room figures), "beta"
// (rows that must never leak into alpha), "empty" (no rows at all) and "weekly" (the week
// boundary figures); "periods" holds deals closed on each side of every period boundary.
bool load(Session &session, ApprovalSchema schema, QString *error);
// A new SQLite file in dir with the fixture loaded (Catch2 REQUIREs on failure).
std::unique_ptr<Session> openSqlite(const QTemporaryDir &dir,
                                    ApprovalSchema schema = ApprovalSchema::Enhanced);

// Catch2 assertions of every figure (call from a TEST_CASE with the session opened).
void checkExecutiveFigures(Session &session);
// Empties created_at of the chosen tenant's deals, contradictions, strategic deals and evidence
// packs created by asOf() (Dealix's column is nullable): such a row exists at every as-of, so
// checkExecutiveFigures() still holds. SQLite and PostgreSQL.
void clearCreationTimes(Session &session);
void checkEmptyTenant(Session &session);
void checkWeeklyFigures(Session &session);
// Tenant "periods": deals closed on each side of every period boundary.
void checkPeriodBoundaries(Session &session);
// Tenant "periods": the previous period's actual and win rate, and the changes against it.
void checkPreviousPeriods(Session &session);

} // namespace ExecutiveFixture
