#pragma once

#include "models/source/session.h"

// Approval Center assertions on the executive fixture, shared by the SQLite and PostgreSQL tests.
namespace ApprovalChecks {
void checkQueue(Session &session);
void checkDecisions(Session &session);
// Creation and review times written in different forms (zone offsets, a space separator,
// microseconds): "pending as of T" and keyset paging compare times, never stored text.
void checkTimeForms(Session &session);
} // namespace ApprovalChecks
