#pragma once

#include "models/source/session.h"

#include <QDateTime>
#include <QString>

// The Approval Center's detail pane fixture (README "Tests"): tenant "deciders" with requests
// about a strategic deal (found, its counterpart from the target profile), a missing one,
// another tenant's deal, a sales deal decided with its audit trail, a type the app does not
// read, and a discount on a deal in dollars; tenant "other" holds the deal the third request names.
// Every expected value is written next to its row in approvaldetailfixture.cpp and asserted by
// checkDetail(), on SQLite and PostgreSQL alike.
namespace ApprovalDetailFixture {

// The as-of of the fixture: 2026-11-26 09:00 UTC (12:00 in Riyadh).
QDateTime asOf();
// Request ids.
QString foundRequest();    // strategic deal found, packet, SLA block, requester
QString missingRequest();  // strategic deal whose row does not exist
QString foreignRequest();  // strategic deal of tenant "other"
QString decidedRequest();  // sales deal, approved, reviewer, two audit entries
QString unreadRequest();   // partner_data_sharing: a type the app does not read
QString discountRequest(); // deal_discount on a USD deal of value 12.345 (a REAL on SQLite)
// Creates the schema in the session's empty database and loads the two tenants.
bool load(Session &session, QString *error);
// Catch2 assertions of every part of the detail (the session is left on tenant "deciders").
void checkDetail(Session &session);
// SQLite only: the dollar deal's value as SQLite stores and prints large numbers (an integer
// "10000000000000", REALs in exponent form "1.0e+15", "1.0e+20"): read exactly, or said to be
// beyond the exact range (never "not an amount").
void checkRealValues(Session &session);

} // namespace ApprovalDetailFixture
