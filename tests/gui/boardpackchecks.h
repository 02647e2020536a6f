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

} // namespace BoardPackChecks
