#include "app/surfaces.h"

#include "views/approvals/approvalcentersurface.h"
#include "views/compliance/compliancesurface.h"
#include "views/connectors/connectorssurface.h"
#include "views/evidence/evidencepackssurface.h"
#include "views/executive/executiveroomsurface.h"
#include "views/forecast/forecastsurface.h"
#include "views/overview/sourceoverviewsurface.h"
#include "views/partners/partnerpipelinesurface.h"
#include "views/risk/riskheatmapsurface.h"
#include "views/surface/surface.h"
#include "views/violations/policyviolationssurface.h"
#include "views/weekly/weeklyreviewsurface.h"

void registerSurfaces()
{
    SurfaceRegistry &registry = SurfaceRegistry::instance();
    registry.add(std::make_unique<ExecutiveRoomSurface>());
    registry.add(std::make_unique<WeeklyReviewSurface>());
    registry.add(std::make_unique<ApprovalCenterSurface>());
    registry.add(std::make_unique<ForecastSurface>());
    registry.add(std::make_unique<ComplianceSurface>());
    registry.add(std::make_unique<RiskHeatmapSurface>());
    registry.add(std::make_unique<PolicyViolationsSurface>());
    registry.add(std::make_unique<PartnerPipelineSurface>());
    registry.add(std::make_unique<ConnectorsSurface>());
    registry.add(std::make_unique<EvidencePacksSurface>());
    registry.add(std::make_unique<SourceOverviewSurface>());
}
