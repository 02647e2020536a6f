#pragma once

#include "models/source/session.h"

#include <QDateTime>
#include <QString>

// The board pack computed concurrently, with its shared figures, against every section
// computed on its own (SQLite and PostgreSQL alike).
namespace BoardPackChecks {

// Catch2 assertions: for every surface of the build, the pack's section computed with
// threads 1 and 4 (one live-check run and one Executive snapshot for the pack) is the same,
// block by block, as the section computed alone from a request of its own; each surface's
// JSON and CSV from one shared request equal those from a request of its own.
void checkSharedEqualsSeparate(Session &session, const QDateTime &asOf, const QString &period);

// Catch2 assertions: the request's Executive snapshot is computed once, on first use: once
// read, it no longer reads the source (its tables renamed away, the same figures come back);
// and it is the snapshot ExecutiveSnapshot::compute gives. Renames tables back afterwards.
void checkSnapshotComputedOnce(Session &session, const QDateTime &asOf);

// Catch2 assertions: Cancel pressed while the pack's shared live checks run, with two workers
// (every section waiting for them): the checks are run once for the pack, never again after
// the cancelled run, and the pack ends "Cancelled.".
void checkCancelDuringSharedChecks(Session &session, const QDateTime &asOf);

// Catch2 assertions: Cancel pressed while a section's statement runs (longSql, which would run
// far longer than the test): the statement is stopped on the worker's connection (it fails, it
// does not run to its end) and the pack ends "Cancelled." within a generous bound.
void checkCancelStopsRunningStatement(Session &session, const QString &longSql);

// Catch2 assertions on the demo data (tenants najd-trading and redsea-logistics): the cover's
// preparer is the full name of the tenant's user given by e-mail (in any case), never a user of
// another tenant, never the operating system's login; a given name wins. Leaves the session on
// najd-trading.
void checkPreparerFromTenantUser(Session &session);

} // namespace BoardPackChecks
