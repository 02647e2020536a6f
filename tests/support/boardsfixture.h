#pragma once

#include "models/source/session.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <memory>

// The Partner Pipeline and Policy Violations fixture: tenant "pp" with one case per rule
// (worked out next to the rows), tenant "other" with rows that must not show. SQLite and
// PostgreSQL run the same checks.
namespace BoardsFixture {
QDateTime asOf(); // 2026-11-26 09:00 UTC
bool load(Session &session, QString *error);
std::unique_ptr<Session> openSqlite(const QTemporaryDir &dir);
void checkPipeline(Session &session);
void checkViolations(Session &session);
void checkResolve(Session &session);
} // namespace BoardsFixture
