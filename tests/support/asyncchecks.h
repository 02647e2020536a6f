#pragma once

#include <QStringList>

class Session;

// The background refresh (README "Architecture: threads"), checked on any driver: the session
// holds the Executive fixture (tenants "alpha" and "weekly" among others) and is on no tenant in
// particular. Catch2 assertions; call from a TEST_CASE. The workers are held with a
// TestSupport::WorkerGate, so a refresh stays running exactly as long as each check needs.
namespace AsyncChecks {

// The surfaces that compute on a worker and are checked here.
QStringList surfaceIds();

// A tenant switch during a long refresh: only the new tenant's figures are ever shown
// (Executive Room and Approval Center), and a tenant changed under the same session without
// telling the widget drops the old tenant's result too.
void tenantSwitchShowsOnlyNewTenant(Session &s);
// A worker's error reaches the banner and errorString(), refreshed(false) follows: the worker's
// connection cannot open (every surface), and a query fails on it (Approval Center, table
// renamed behind the session).
void workerErrorReachesBanner(Session &s);
// While a worker is held, the GUI thread keeps running timers, "Updating…" shows over the last
// figures, and the figures arrive once it is released (every surface).
void guiNotBlocked(Session &s);
// A refresh under way when the widget is given no session is never delivered (every surface).
void noDeliveryAfterNullSession(Session &s);
// A statement actually running on a worker (longSql: one that would run far longer than the
// test's bound) is interrupted (SQLite) or cancelled (PostgreSQL) by a newer task of the same
// lane: only the newer result arrives, well before the long statement would have ended.
void runningStatementSuperseded(Session &s, const QString &longSql);
// A lane destroyed while its statement runs returns at once, delivers nothing, and its thread
// ends well before the statement would have (RefreshWorker::stopAll joins it).
void destroyDuringRunningStatement(Session &s, const QString &longSql);
// A widget destroyed while its refresh is held on the worker returns at once (every surface)
// and nothing is delivered once the worker is released.
void destroyWidgetDuringHeldRefresh(Session &s);
// Approval Center: a page in flight is cancelled by a refresh whose first page then fails; the
// queue no longer counts as fetching, the banner says why, and after the next successful refresh
// scrolling loads further pages again.
void pagingAfterFailedRefresh(Session &s);

} // namespace AsyncChecks
