#pragma once

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

} // namespace SecurityChecks
