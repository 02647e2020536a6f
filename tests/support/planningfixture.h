#pragma once

#include "models/source/session.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <memory>

// Actual vs Forecast and Risk Heatmap fixture: tenant "fc" for the monthly series (month
// boundaries in Riyadh time, null probabilities, rounding, targets spread over months) and
// tenant "rk" with one risk per mapping rule. Worked out next to the rows.
namespace PlanningFixture {
QDateTime asOf(); // 2026-11-26 09:00 UTC (12:00 in Riyadh)
bool load(Session &session, QString *error);
std::unique_ptr<Session> openSqlite(const QTemporaryDir &dir);
void checkForecast(Session &session);
void checkForecastWithoutTargets(Session &session); // drops revenue_targets
void checkRisks(Session &session);
} // namespace PlanningFixture
