#pragma once

#include <QString>

class Session;

// Security checks shared by the SQLite and PostgreSQL tests, on the governance fixture
// (tenant "gov": manager@gov.sa, admin@gov.sa active).
namespace SecurityChecks {

// A user whose is_active is NULL may not act: findActor refuses, the "acting as" list
// leaves the user out; true acts; false is refused.
void checkNullActiveRefused(Session &session);

// A probe whose URL carries a password and a query token: the audit row, the stored
// last_error and the copy written by OfflineCopy hold neither.
void checkProbeCredentialsStripped(Session &session);

// True when every bidirectional embedding, override and isolate opened in the text is closed
// in it and no closer comes without its opener: nothing in it can reorder what follows it.
bool bidiBalanced(const QString &text);

} // namespace SecurityChecks
