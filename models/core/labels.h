#pragma once

#include <QString>

// The one label catalogue: every enum value and key the app displays (Dealix's stored codes
// such as "closed_won", "partner_data_sharing", "SECTOR_SPECIFIC", "zatca_fatoora") mapped to
// words in English and Arabic. Raw codes appear only in tooltips and exports (JSON, CSV).
// Lookups ignore case and surrounding blanks (a production PostgreSQL stores native enum
// labels in upper case). A code the catalogue does not know is shown humanised with the code:
// "Sector specific (sector_specific)" — never an empty cell, never the bare code.
namespace Labels {

enum class Kind {
    DealStage,           // deals.stage: new, discovery, proposal, negotiation, closed_won, ...
    PaymentStatus,       // deals.payment_status
    ApprovalStatus,      // approval_requests.status
    Channel,             // approval_requests.channel, strategic_deals.channel, consents.channel
    ResourceType,        // approval_requests.resource_type
    ApprovalCategory,    // payload.category
    ConnectorKey,        // integration_sync_states.connector_key (known connectors)
    ConnectorStatus,     // ok, degraded, error, unknown, disabled, not_configured
    ControlCategory,     // compliance_controls.category: pdpl, zatca, sdaia, nca, sector_specific
    ControlStatus,       // compliant, non_compliant, partial, not_applicable
    Severity,            // critical, high, medium, low (risk_level, severity)
    Posture,             // compliant, partial, at_risk, unknown
    ContradictionType,   // factual, temporal, scope, policy
    ContradictionStatus, // detected, reviewing, resolved, accepted
    DetectedBy,          // manual, ai_scan, runtime
    PackType,            // evidence_packs.pack_type
    PackStatus,          // evidence_packs.status
    EntityType,          // evidence_packs.entity_type, audit entity types
    StrategicDealType,   // strategic_deals.deal_type
    StrategicDealStatus, // strategic_deals.status
    MatchStatus,         // deal_matches.status
    SlaState,            // the app's SLA states: within, warning, breached, ...
    ContentKey,          // keys inside JSON documents (evidence contents, payloads)
    Reversibility,       // approval packet: reversible, partially_reversible, irreversible
};

// The words for code in the current language (the installed translators).
QString text(Kind kind, const QString &code);
// Whether the catalogue knows code for kind.
bool known(Kind kind, const QString &code);
// The tooltip that goes with a label: the raw code ("Stored as: closed_won").
QString tooltip(Kind kind, const QString &code);
// "sector_specific" -> "Sector specific": the shown form of an unknown code (without the code).
QString humanised(const QString &code);

} // namespace Labels
