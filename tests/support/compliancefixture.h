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

} // namespace ComplianceFixture
