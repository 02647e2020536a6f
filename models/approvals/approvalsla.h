#pragma once

#include <QString>
#include <QtGlobal>

class Session;
class SqlDialect;
class SchemaInfo;

// An approval request's SLA deadline as SQL (README "Rules: Figures"): sla_deadline_at where the
// enhanced column exists and is set, else created_at + payload._dealix_sla.breach_threshold_hours
// (default 24 h), as whole epoch seconds. Shared by every surface that counts SLA states.
namespace ApprovalSla {
// The SLA rule's two constants, one definition for the database and the Dealix API: a request
// that sets no threshold of its own breaches 24 h after it was created, and is in "warning"
// when less than 4 h are left.
constexpr qint64 DefaultBreachHours = 24;
constexpr qint64 WarningWindowSec = 4 * 3600;
QString deadlineSeconds(const Session &session, const SqlDialect &sql);
// The request's priority, lower case: the enhanced priority column where set, else
// payload._dealix_sla.priority, else payload.approval_packet.priority, else "normal".
QString priority(const Session &session, const SqlDialect &sql);
QString priority(const SchemaInfo &schema, const SqlDialect &sql);
// The request's category: the enhanced column where set, else payload.category, else "general".
QString category(const Session &session, const SqlDialect &sql);
// "Pending as of T": created by T and either still pending or decided after T. Two
// placeholders, both bound to SqlDialect::timeKey(T).
QString pendingAt(const SqlDialect &sql);
// True when the source has the enhanced sla_deadline_at column.
bool hasDeadlineColumn(const Session &session);
} // namespace ApprovalSla
