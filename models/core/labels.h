#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

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
    Priority,            // approval priority: critical, high, normal, low
    Reversibility,       // approval packet: reversible, partially_reversible, irreversible
    UserRole,            // users.role: owner, admin, manager, agent
    ConsentStatus,       // consents.status: opted_in, opted_out, pending (native enum)
    PdplConsentStatus,   // pdpl_consents.status: granted, revoked, expired
    ConsentPurpose,      // pdpl_consents.purpose / pdpl_consent_audit.purpose
    ConsentAuditAction,  // pdpl_consent_audit.action: granted, revoked, expired, renewed
    DataRequestType,     // pdpl_data_requests.request_type
    DataRequestStatus,   // pdpl_data_requests.status
    ComplaintType,       // complaints.type
    ComplaintStatus,     // complaints.status
    CompanySize,         // companies.size: micro, small, medium, large
    OutreachDraftStatus, // outreach_drafts.status
    EventSource,         // domain_events.source: api, webhook, worker
    LeadStatus,          // leads.status: new, contacted, qualified, proposal, won, lost
    LeadSource,          // leads.source: whatsapp, website, referral, social, phone
};

// The words for code in the current language (the installed translators).
QString text(Kind kind, const QString &code);
// Whether the catalogue knows code for kind.
bool known(Kind kind, const QString &code);
// The tooltip that goes with a label: the raw code ("Stored as: closed_won").
QString tooltip(Kind kind, const QString &code);
// "sector_specific" -> "Sector specific": the shown form of an unknown code (without the code).
QString humanised(const QString &code);
// The codes the catalogue knows for kind, in lower case (for tests and pickers).
QStringList codes(Kind kind);
// A JSON value as readable words for people (never "{3}"): a scalar as its text (true/false
// as Yes/No, numbers through Format), an object as "Key: value; Key: value" with its keys
// through the ContentKey catalogue, an array as its items joined by "; ". Long texts are cut
// at maxChars with "…".
QString jsonText(const QJsonValue &value, int maxChars = 400);

} // namespace Labels
