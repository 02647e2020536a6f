#pragma once

#include "models/source/session.h"

// Approval Center assertions on the executive fixture, shared by the SQLite and PostgreSQL tests.
namespace ApprovalChecks {
void checkQueue(Session &session);
void checkDecisions(Session &session);
// Creation and review times written in different forms (zone offsets, a space separator,
// microseconds): "pending as of T" and keyset paging compare times, never stored text.
void checkTimeForms(Session &session);
// The queue's expression index (IndexAdvice "ix_approvals_queue_rank"), on the enhanced
// fixture: advised while missing, not for an index of another expression, present once created
// under another name and spelling; the first page's rows and order (ties, priorities from the
// column and from payload) the same with and without it; on SQLite its plan sorts nothing.
void checkQueueIndex(Session &session);
} // namespace ApprovalChecks
