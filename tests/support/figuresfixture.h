#pragma once

#include "models/source/session.h"

#include <QString>
#include <QVariant>

// Additions to the executive fixture (ExecutiveFixture::load) for the figures that must be
// exact or fail: revenue targets for "alpha", and amounts that are not amounts. The expected
// values are worked out by hand next to each check, on SQLite and PostgreSQL alike.
namespace FiguresFixture {

// Revenue targets of tenant alpha (as of 2026-11-26, Asia/Riyadh):
//   2026-11-01..2026-11-30  revenue       5000.00   (November)
//   2026-10-01..2026-12-31  revenue       3000.00   (1000.00 a month, Oct–Dec)
//   2026-02-01..2026-03-31  revenue       1000.01   (500.00 in Feb, 500.01 in Mar)
//   2027-01-01..2027-01-31  revenue      99999.00   (after as-of: in no period of 2026)
//   2026-11-01..2026-11-30  partnerships     5.00   (a count: never a revenue target)
bool addTargets(Session &session, QString *error);
// Runs a statement with bound values under the tenant's app.tenant_id ("alpha", "weekly").
bool execAs(Session &session, const QString &tenantSlug, const QString &sql,
            const QVariantList &values, QString *error);

// Catch2 checks of revenue.target and the "vs target" figures of every period (after
// addTargets), and of a tenant without targets.
// Then sets expected close dates on the period boundaries and checks the period-scoped
// forecast ("vs target" colour) of every period.
void checkTargetFigures(Session &session);
// A probability of 33.5 (fractional: SQLite only, PostgreSQL's column is an integer) weighs
// exactly, rounded per row; 150 and −5 are counted and left out of the forecast.
void checkProbabilities(Session &session, bool fractional);
void checkNoTarget(Session &session, const QString &tenantSlug);

// Sets alpha's open SAR deal of 3333.33 to nonNumeric (a text on SQLite, 'NaN' on
// PostgreSQL), its open deal of 100.00 to −100.00 and its won deal of 2000.25 to −2000.25,
// its on_hold strategic deal of 100.00 to −100.00; in tenant weekly, the 40.00 deal created this
// week to nonNumeric and the 50.00 one created last week to −50.00. Then checks that they are
// counted and named, and left out of every sum (Executive Room, Forecast, Partner Pipeline,
// Weekly Review).
void checkNonNumericAndNegative(Session &session, const QVariant &nonNumeric);

} // namespace FiguresFixture
