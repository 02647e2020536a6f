#pragma once

#include "models/source/session.h"

// Approval Center assertions on the executive fixture, shared by the SQLite and PostgreSQL tests.
namespace ApprovalChecks {
void checkQueue(Session &session);
void checkDecisions(Session &session);
} // namespace ApprovalChecks
