#include "models/core/labels.h"

#include "models/core/displaytext.h"
#include "models/core/format.h"
#include "models/core/tooltiptext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

#include <utility>

namespace Labels {

namespace {

struct Entry {
    const char *code;
    const char *words; // source text, translated in the context "Labels"
};

// The catalogue, per kind. Codes in lower case; the words are English source texts whose
// Arabic is in translations/dealix_ar.ts (context "Labels").
// clang-format off
const Entry DealStage[] = {
    {"new", QT_TRANSLATE_NOOP("Labels", "New")},
    {"discovery", QT_TRANSLATE_NOOP("Labels", "Discovery")},
    {"proposal", QT_TRANSLATE_NOOP("Labels", "Proposal")},
    {"negotiation", QT_TRANSLATE_NOOP("Labels", "Negotiation")},
    {"closed_won", QT_TRANSLATE_NOOP("Labels", "Won")},
    {"closed_lost", QT_TRANSLATE_NOOP("Labels", "Lost")},
    {"qualified", QT_TRANSLATE_NOOP("Labels", "Qualified")},
    {"contacted", QT_TRANSLATE_NOOP("Labels", "Contacted")},
    {"won", QT_TRANSLATE_NOOP("Labels", "Won")},
    {"lost", QT_TRANSLATE_NOOP("Labels", "Lost")},
};
const Entry PaymentStatus[] = {
    {"unpaid", QT_TRANSLATE_NOOP("Labels", "Unpaid")},
    {"pending", QT_TRANSLATE_NOOP("Labels", "Awaiting payment")},
    {"paid", QT_TRANSLATE_NOOP("Labels", "Paid")},
    {"expired", QT_TRANSLATE_NOOP("Labels", "Expired")},
};
const Entry ApprovalStatus[] = {
    {"pending", QT_TRANSLATE_NOOP("Labels", "Pending")},
    {"approved", QT_TRANSLATE_NOOP("Labels", "Approved")},
    {"rejected", QT_TRANSLATE_NOOP("Labels", "Rejected")},
    {"escalated", QT_TRANSLATE_NOOP("Labels", "Escalated")},
};
const Entry Channel[] = {
    {"whatsapp", QT_TRANSLATE_NOOP("Labels", "WhatsApp")},
    {"email", QT_TRANSLATE_NOOP("Labels", "Email")},
    {"sms", QT_TRANSLATE_NOOP("Labels", "SMS")},
    {"system", QT_TRANSLATE_NOOP("Labels", "System")},
    {"linkedin", QT_TRANSLATE_NOOP("Labels", "LinkedIn")},
    {"in_person", QT_TRANSLATE_NOOP("Labels", "In person")},
    {"voice", QT_TRANSLATE_NOOP("Labels", "Voice call")},
    {"all", QT_TRANSLATE_NOOP("Labels", "All channels")},
    {"phone", QT_TRANSLATE_NOOP("Labels", "Phone")},
    {"website", QT_TRANSLATE_NOOP("Labels", "Website")},
    {"referral", QT_TRANSLATE_NOOP("Labels", "Referral")},
    {"social", QT_TRANSLATE_NOOP("Labels", "Social media")},
};
const Entry ResourceType[] = {
    {"strategic_deal", QT_TRANSLATE_NOOP("Labels", "Strategic deal")},
    {"partner_data_sharing", QT_TRANSLATE_NOOP("Labels", "Partner data sharing")},
    {"deal", QT_TRANSLATE_NOOP("Labels", "Deal")},
    {"deal_discount", QT_TRANSLATE_NOOP("Labels", "Deal discount")},
    {"discount", QT_TRANSLATE_NOOP("Labels", "Discount")},
    {"outreach_message", QT_TRANSLATE_NOOP("Labels", "Outreach message")},
    {"evidence_pack", QT_TRANSLATE_NOOP("Labels", "Evidence pack")},
    {"contract", QT_TRANSLATE_NOOP("Labels", "Contract")},
    {"compliance_control", QT_TRANSLATE_NOOP("Labels", "Compliance control")},
    {"contradiction", QT_TRANSLATE_NOOP("Labels", "Contradiction")},
    {"connector", QT_TRANSLATE_NOOP("Labels", "Connector")},
    {"lead", QT_TRANSLATE_NOOP("Labels", "Lead")},
    {"proposal", QT_TRANSLATE_NOOP("Labels", "Proposal")},
    {"payment", QT_TRANSLATE_NOOP("Labels", "Payment")},
};
const Entry ApprovalCategory[] = {
    {"pricing", QT_TRANSLATE_NOOP("Labels", "Pricing")},
    {"partnership", QT_TRANSLATE_NOOP("Labels", "Partnership")},
    {"data_sharing", QT_TRANSLATE_NOOP("Labels", "Data sharing")},
    {"outreach", QT_TRANSLATE_NOOP("Labels", "Outreach")},
    {"contract", QT_TRANSLATE_NOOP("Labels", "Contract")},
    {"general", QT_TRANSLATE_NOOP("Labels", "General")},
    {"compliance", QT_TRANSLATE_NOOP("Labels", "Compliance")},
    {"discount", QT_TRANSLATE_NOOP("Labels", "Discount")},
    {"legal", QT_TRANSLATE_NOOP("Labels", "Legal")},
    {"finance", QT_TRANSLATE_NOOP("Labels", "Finance")},
};
const Entry ConnectorKey[] = {
    {"whatsapp", QT_TRANSLATE_NOOP("Labels", "WhatsApp Business API")},
    {"salesforce", QT_TRANSLATE_NOOP("Labels", "Salesforce Agentforce")},
    {"stripe", QT_TRANSLATE_NOOP("Labels", "Stripe Payments")},
    {"voice", QT_TRANSLATE_NOOP("Labels", "Voice (Twilio)")},
    {"email", QT_TRANSLATE_NOOP("Labels", "Email (SMTP/SendGrid)")},
    {"docusign", QT_TRANSLATE_NOOP("Labels", "DocuSign / Adobe Sign")},
    {"cal", QT_TRANSLATE_NOOP("Labels", "Cal.com Meetings")},
    {"zatca_fatoora", QT_TRANSLATE_NOOP("Labels", "ZATCA Fatoora e-invoicing")},
};
const Entry ConnectorStatus[] = {
    {"ok", QT_TRANSLATE_NOOP("Labels", "Healthy")},
    {"degraded", QT_TRANSLATE_NOOP("Labels", "Degraded")},
    {"error", QT_TRANSLATE_NOOP("Labels", "Error")},
    {"unknown", QT_TRANSLATE_NOOP("Labels", "Unknown")},
    {"disabled", QT_TRANSLATE_NOOP("Labels", "Disabled")},
    {"not_configured", QT_TRANSLATE_NOOP("Labels", "Not configured")},
};
const Entry ControlCategory[] = {
    {"pdpl", QT_TRANSLATE_NOOP("Labels", "PDPL (personal data)")},
    {"zatca", QT_TRANSLATE_NOOP("Labels", "ZATCA (tax and e-invoicing)")},
    {"sdaia", QT_TRANSLATE_NOOP("Labels", "SDAIA (AI governance)")},
    {"nca", QT_TRANSLATE_NOOP("Labels", "NCA (cybersecurity)")},
    {"sector_specific", QT_TRANSLATE_NOOP("Labels", "Sector-specific")},
    // The compliance matrix's frameworks (PDPL above).
    {"nca_ecc", QT_TRANSLATE_NOOP("Labels", "NCA ECC (essential cybersecurity controls)")},
    {"nist_ai_rmf", QT_TRANSLATE_NOOP("Labels", "NIST AI RMF (AI risk management)")},
    {"owasp_llm", QT_TRANSLATE_NOOP("Labels", "OWASP LLM (AI application security)")},
};
const Entry ControlStatus[] = {
    {"compliant", QT_TRANSLATE_NOOP("Labels", "Compliant")},
    {"non_compliant", QT_TRANSLATE_NOOP("Labels", "Non-compliant")},
    {"partial", QT_TRANSLATE_NOOP("Labels", "Partially compliant")},
    {"not_applicable", QT_TRANSLATE_NOOP("Labels", "Not applicable")},
    // The app's live check of a control: no data to assess it, or the check itself failed.
    {"not_assessed", QT_TRANSLATE_NOOP("Labels", "Not assessed")},
    {"failed", QT_TRANSLATE_NOOP("Labels", "Check failed")},
};
const Entry Severity[] = {
    {"critical", QT_TRANSLATE_NOOP("Labels", "Critical")},
    {"high", QT_TRANSLATE_NOOP("Labels", "High")},
    {"medium", QT_TRANSLATE_NOOP("Labels", "Medium")},
    {"low", QT_TRANSLATE_NOOP("Labels", "Low")},
};
const Entry Posture[] = {
    {"compliant", QT_TRANSLATE_NOOP("Labels", "Compliant")},
    {"partial", QT_TRANSLATE_NOOP("Labels", "Partially compliant")},
    {"at_risk", QT_TRANSLATE_NOOP("Labels", "At risk")},
    {"unknown", QT_TRANSLATE_NOOP("Labels", "Unknown")},
};
const Entry ContradictionType[] = {
    {"factual", QT_TRANSLATE_NOOP("Labels", "Factual")},
    {"temporal", QT_TRANSLATE_NOOP("Labels", "Timing")},
    {"scope", QT_TRANSLATE_NOOP("Labels", "Scope")},
    {"policy", QT_TRANSLATE_NOOP("Labels", "Policy")},
};
const Entry ContradictionStatus[] = {
    {"detected", QT_TRANSLATE_NOOP("Labels", "Detected")},
    {"reviewing", QT_TRANSLATE_NOOP("Labels", "Under review")},
    {"resolved", QT_TRANSLATE_NOOP("Labels", "Resolved")},
    {"accepted", QT_TRANSLATE_NOOP("Labels", "Accepted")},
};
const Entry DetectedBy[] = {
    {"manual", QT_TRANSLATE_NOOP("Labels", "Manual")},
    {"ai_scan", QT_TRANSLATE_NOOP("Labels", "AI scan")},
    {"runtime", QT_TRANSLATE_NOOP("Labels", "At run time")},
    {"manual_review", QT_TRANSLATE_NOOP("Labels", "Manual review")},
};
const Entry PackType[] = {
    {"deal_closure", QT_TRANSLATE_NOOP("Labels", "Deal closure")},
    {"compliance_audit", QT_TRANSLATE_NOOP("Labels", "Compliance audit")},
    {"quarterly_review", QT_TRANSLATE_NOOP("Labels", "Quarterly review")},
    {"incident_response", QT_TRANSLATE_NOOP("Labels", "Incident response")},
    {"board_report", QT_TRANSLATE_NOOP("Labels", "Board report")},
};
const Entry PackStatus[] = {
    {"assembling", QT_TRANSLATE_NOOP("Labels", "Assembling")},
    {"ready", QT_TRANSLATE_NOOP("Labels", "Ready")},
    {"reviewed", QT_TRANSLATE_NOOP("Labels", "Reviewed")},
    {"archived", QT_TRANSLATE_NOOP("Labels", "Archived")},
    {"draft", QT_TRANSLATE_NOOP("Labels", "Draft")},
};
const Entry EntityType[] = {
    {"deal", QT_TRANSLATE_NOOP("Labels", "Deal")},
    {"strategic_deal", QT_TRANSLATE_NOOP("Labels", "Strategic deal")},
    {"contradiction", QT_TRANSLATE_NOOP("Labels", "Contradiction")},
    {"compliance_control", QT_TRANSLATE_NOOP("Labels", "Compliance control")},
    {"approval_request", QT_TRANSLATE_NOOP("Labels", "Approval request")},
    {"evidence_pack", QT_TRANSLATE_NOOP("Labels", "Evidence pack")},
    {"user", QT_TRANSLATE_NOOP("Labels", "User")},
    {"lead", QT_TRANSLATE_NOOP("Labels", "Lead")},
    {"tenant", QT_TRANSLATE_NOOP("Labels", "Tenant")},
    {"company_profile", QT_TRANSLATE_NOOP("Labels", "Company profile")},
    {"connector", QT_TRANSLATE_NOOP("Labels", "Connector")},
    {"quarter", QT_TRANSLATE_NOOP("Labels", "Quarter")},
    {"incident", QT_TRANSLATE_NOOP("Labels", "Incident")},
};
const Entry StrategicDealType[] = {
    {"partnership", QT_TRANSLATE_NOOP("Labels", "Partnership")},
    {"distribution", QT_TRANSLATE_NOOP("Labels", "Distribution")},
    {"franchise", QT_TRANSLATE_NOOP("Labels", "Franchise")},
    {"jv", QT_TRANSLATE_NOOP("Labels", "Joint venture")},
    {"referral", QT_TRANSLATE_NOOP("Labels", "Referral")},
    {"acquisition", QT_TRANSLATE_NOOP("Labels", "Acquisition")},
    {"barter", QT_TRANSLATE_NOOP("Labels", "Barter")},
};
const Entry StrategicDealStatus[] = {
    {"discovery", QT_TRANSLATE_NOOP("Labels", "Discovery")},
    {"outreach", QT_TRANSLATE_NOOP("Labels", "Outreach")},
    {"negotiating", QT_TRANSLATE_NOOP("Labels", "Negotiating")},
    {"term_sheet", QT_TRANSLATE_NOOP("Labels", "Term sheet")},
    {"due_diligence", QT_TRANSLATE_NOOP("Labels", "Due diligence")},
    {"closed_won", QT_TRANSLATE_NOOP("Labels", "Won")},
    {"closed_lost", QT_TRANSLATE_NOOP("Labels", "Lost")},
};
const Entry MatchStatus[] = {
    {"suggested", QT_TRANSLATE_NOOP("Labels", "Suggested")},
    {"approved", QT_TRANSLATE_NOOP("Labels", "Approved")},
    {"outreach_sent", QT_TRANSLATE_NOOP("Labels", "Outreach sent")},
    {"in_progress", QT_TRANSLATE_NOOP("Labels", "In progress")},
    {"converted", QT_TRANSLATE_NOOP("Labels", "Converted")},
    {"rejected", QT_TRANSLATE_NOOP("Labels", "Rejected")},
};
const Entry SlaState[] = {
    {"within", QT_TRANSLATE_NOOP("Labels", "Within SLA")},
    {"warning", QT_TRANSLATE_NOOP("Labels", "Near the SLA")},
    {"breach", QT_TRANSLATE_NOOP("Labels", "Overdue")},
    {"breached", QT_TRANSLATE_NOOP("Labels", "Overdue")},
    {"decided", QT_TRANSLATE_NOOP("Labels", "Decided")},
    {"met", QT_TRANSLATE_NOOP("Labels", "SLA met")},
    {"missed", QT_TRANSLATE_NOOP("Labels", "SLA missed")},
    {"no_sla", QT_TRANSLATE_NOOP("Labels", "No SLA")},
};
const Entry ContentKey[] = {
    {"type", QT_TRANSLATE_NOOP("Labels", "Type")},
    {"source", QT_TRANSLATE_NOOP("Labels", "Source")},
    {"data", QT_TRANSLATE_NOOP("Labels", "Data")},
    {"note", QT_TRANSLATE_NOOP("Labels", "Note")},
    {"note_ar", QT_TRANSLATE_NOOP("Labels", "Note (Arabic)")},
    {"amount_sar", QT_TRANSLATE_NOOP("Labels", "Amount (SAR)")},
    {"ok", QT_TRANSLATE_NOOP("Labels", "Verified")},
    {"ref", QT_TRANSLATE_NOOP("Labels", "Reference")},
    {"summary", QT_TRANSLATE_NOOP("Labels", "Summary")},
    {"record", QT_TRANSLATE_NOOP("Labels", "Record")},
    {"title", QT_TRANSLATE_NOOP("Labels", "Title")},
    {"title_ar", QT_TRANSLATE_NOOP("Labels", "Title (Arabic)")},
    {"status", QT_TRANSLATE_NOOP("Labels", "Status")},
    {"category", QT_TRANSLATE_NOOP("Labels", "Category")},
    {"action", QT_TRANSLATE_NOOP("Labels", "Action")},
    {"action_class", QT_TRANSLATE_NOOP("Labels", "Action class")},
    {"resource_type", QT_TRANSLATE_NOOP("Labels", "Resource type")},
    {"resource_id", QT_TRANSLATE_NOOP("Labels", "Resource")},
    {"tenant_id", QT_TRANSLATE_NOOP("Labels", "Tenant")},
    {"requested_by", QT_TRANSLATE_NOOP("Labels", "Requested by")},
    {"priority", QT_TRANSLATE_NOOP("Labels", "Priority")},
    {"sla_hours", QT_TRANSLATE_NOOP("Labels", "SLA (hours)")},
    {"context", QT_TRANSLATE_NOOP("Labels", "Context")},
    {"risk_summary", QT_TRANSLATE_NOOP("Labels", "Risk summary")},
    {"reversibility", QT_TRANSLATE_NOOP("Labels", "Reversibility")},
    {"approval_packet", QT_TRANSLATE_NOOP("Labels", "Approval packet")},
    {"value_sar", QT_TRANSLATE_NOOP("Labels", "Value (SAR)")},
    {"revenue_share_percent", QT_TRANSLATE_NOOP("Labels", "Revenue share (percent)")},
    {"term_years", QT_TRANSLATE_NOOP("Labels", "Term (years)")},
    {"escalation_level", QT_TRANSLATE_NOOP("Labels", "Escalation level")},
    {"escalation_label_ar", QT_TRANSLATE_NOOP("Labels", "Escalation label (Arabic)")},
    {"age_hours", QT_TRANSLATE_NOOP("Labels", "Age (hours)")},
    {"warn_threshold_hours", QT_TRANSLATE_NOOP("Labels", "Warning after (hours)")},
    {"breach_threshold_hours", QT_TRANSLATE_NOOP("Labels", "Breach after (hours)")},
    {"updated_at", QT_TRANSLATE_NOOP("Labels", "Updated at")},
    {"escalation_changed_at", QT_TRANSLATE_NOOP("Labels", "Escalation changed at")},
    {"created_at", QT_TRANSLATE_NOOP("Labels", "Created at")},
    {"generated_at", QT_TRANSLATE_NOOP("Labels", "Generated at")},
    {"generated_by", QT_TRANSLATE_NOOP("Labels", "Generated by")},
    {"model_provider", QT_TRANSLATE_NOOP("Labels", "Model provider")},
    {"model_id", QT_TRANSLATE_NOOP("Labels", "Model")},
    {"confidence", QT_TRANSLATE_NOOP("Labels", "Confidence")},
    {"freshness_hours", QT_TRANSLATE_NOOP("Labels", "Freshness (hours)")},
    {"trace_id", QT_TRANSLATE_NOOP("Labels", "Trace")},
    {"valid", QT_TRANSLATE_NOOP("Labels", "Valid")},
    {"stored_hash", QT_TRANSLATE_NOOP("Labels", "Stored hash")},
    {"computed_hash", QT_TRANSLATE_NOOP("Labels", "Computed hash")},
    {"checked_by", QT_TRANSLATE_NOOP("Labels", "Checked by")},
    {"evidence", QT_TRANSLATE_NOOP("Labels", "Evidence")},
    {"documents", QT_TRANSLATE_NOOP("Labels", "Documents")},
    {"before", QT_TRANSLATE_NOOP("Labels", "Before")},
    {"after", QT_TRANSLATE_NOOP("Labels", "After")},
    {"at", QT_TRANSLATE_NOOP("Labels", "At")},
    {"event", QT_TRANSLATE_NOOP("Labels", "Event")},
    {"first_contact", QT_TRANSLATE_NOOP("Labels", "First contact")},
    {"entity_type", QT_TRANSLATE_NOOP("Labels", "Entity type")},
    {"entity_id", QT_TRANSLATE_NOOP("Labels", "Entity")},
    {"sources", QT_TRANSLATE_NOOP("Labels", "Sources")},
    {"assumptions", QT_TRANSLATE_NOOP("Labels", "Assumptions")},
    {"compliance_notes", QT_TRANSLATE_NOOP("Labels", "Compliance notes")},
    {"provenance", QT_TRANSLATE_NOOP("Labels", "Provenance")},
    {"items", QT_TRANSLATE_NOOP("Labels", "Items")},
    {"amount", QT_TRANSLATE_NOOP("Labels", "Amount")},
    {"currency", QT_TRANSLATE_NOOP("Labels", "Currency")},
    {"deal_id", QT_TRANSLATE_NOOP("Labels", "Deal")},
    {"deal_title", QT_TRANSLATE_NOOP("Labels", "Deal title")},
    {"stage", QT_TRANSLATE_NOOP("Labels", "Stage")},
    {"value", QT_TRANSLATE_NOOP("Labels", "Value")},
    {"method", QT_TRANSLATE_NOOP("Labels", "Method")},
    {"reason", QT_TRANSLATE_NOOP("Labels", "Reason")},
    {"owner", QT_TRANSLATE_NOOP("Labels", "Responsible")},
    {"channel", QT_TRANSLATE_NOOP("Labels", "Channel")},
    {"period", QT_TRANSLATE_NOOP("Labels", "Period")},
    {"control_id", QT_TRANSLATE_NOOP("Labels", "Control")},
    {"result", QT_TRANSLATE_NOOP("Labels", "Result")},
    {"checked_at", QT_TRANSLATE_NOOP("Labels", "Checked at")},
    {"hash_signature", QT_TRANSLATE_NOOP("Labels", "Hash")},
    {"pack_metadata", QT_TRANSLATE_NOOP("Labels", "Pack details")},
    {"metadata", QT_TRANSLATE_NOOP("Labels", "Details")},
    {"contents", QT_TRANSLATE_NOOP("Labels", "Contents")},
    {"description", QT_TRANSLATE_NOOP("Labels", "Description")},
};
const Entry Priority[] = {
    {"critical", QT_TRANSLATE_NOOP("Labels", "Critical")},
    {"high", QT_TRANSLATE_NOOP("Labels", "High")},
    {"normal", QT_TRANSLATE_NOOP("Labels", "Normal")},
    {"medium", QT_TRANSLATE_NOOP("Labels", "Medium")},
    {"low", QT_TRANSLATE_NOOP("Labels", "Low")},
};
const Entry Reversibility[] = {
    {"reversible", QT_TRANSLATE_NOOP("Labels", "Reversible")},
    {"partially_reversible", QT_TRANSLATE_NOOP("Labels", "Partly reversible")},
    {"irreversible", QT_TRANSLATE_NOOP("Labels", "Irreversible")},
};
const Entry UserRole[] = {
    {"owner", QT_TRANSLATE_NOOP("Labels", "Owner")},
    {"admin", QT_TRANSLATE_NOOP("Labels", "Administrator")},
    {"manager", QT_TRANSLATE_NOOP("Labels", "Manager")},
    {"agent", QT_TRANSLATE_NOOP("Labels", "Agent")},
};
const Entry ConsentStatus[] = {
    {"opted_in", QT_TRANSLATE_NOOP("Labels", "Opted in")},
    {"opted_out", QT_TRANSLATE_NOOP("Labels", "Opted out")},
    {"pending", QT_TRANSLATE_NOOP("Labels", "Awaiting consent")},
};
const Entry PdplConsentStatus[] = {
    {"granted", QT_TRANSLATE_NOOP("Labels", "Granted")},
    {"revoked", QT_TRANSLATE_NOOP("Labels", "Revoked")},
    {"expired", QT_TRANSLATE_NOOP("Labels", "Expired")},
};
const Entry ConsentPurpose[] = {
    {"marketing", QT_TRANSLATE_NOOP("Labels", "Marketing")},
    {"sales", QT_TRANSLATE_NOOP("Labels", "Sales")},
    {"service", QT_TRANSLATE_NOOP("Labels", "Service")},
    {"analytics", QT_TRANSLATE_NOOP("Labels", "Analytics")},
};
const Entry ConsentAuditAction[] = {
    {"granted", QT_TRANSLATE_NOOP("Labels", "Granted")},
    {"revoked", QT_TRANSLATE_NOOP("Labels", "Revoked")},
    {"expired", QT_TRANSLATE_NOOP("Labels", "Expired")},
    {"renewed", QT_TRANSLATE_NOOP("Labels", "Renewed")},
};
const Entry DataRequestType[] = {
    {"access", QT_TRANSLATE_NOOP("Labels", "Access to data")},
    {"correction", QT_TRANSLATE_NOOP("Labels", "Correction")},
    {"deletion", QT_TRANSLATE_NOOP("Labels", "Deletion")},
    {"restriction", QT_TRANSLATE_NOOP("Labels", "Restriction of processing")},
};
const Entry DataRequestStatus[] = {
    {"pending", QT_TRANSLATE_NOOP("Labels", "Pending")},
    {"processing", QT_TRANSLATE_NOOP("Labels", "Processing")},
    {"completed", QT_TRANSLATE_NOOP("Labels", "Completed")},
    {"rejected", QT_TRANSLATE_NOOP("Labels", "Rejected")},
};
const Entry ComplaintType[] = {
    {"service", QT_TRANSLATE_NOOP("Labels", "Service")},
    {"billing", QT_TRANSLATE_NOOP("Labels", "Billing")},
    {"privacy", QT_TRANSLATE_NOOP("Labels", "Privacy")},
    {"affiliate", QT_TRANSLATE_NOOP("Labels", "Affiliate")},
    {"other", QT_TRANSLATE_NOOP("Labels", "Other")},
};
const Entry ComplaintStatus[] = {
    {"received", QT_TRANSLATE_NOOP("Labels", "Received")},
    {"investigating", QT_TRANSLATE_NOOP("Labels", "Under investigation")},
    {"resolved", QT_TRANSLATE_NOOP("Labels", "Resolved")},
    {"escalated", QT_TRANSLATE_NOOP("Labels", "Escalated")},
};
const Entry CompanySize[] = {
    {"micro", QT_TRANSLATE_NOOP("Labels", "Micro")},
    {"small", QT_TRANSLATE_NOOP("Labels", "Small")},
    {"medium", QT_TRANSLATE_NOOP("Labels", "Medium-sized")},
    {"large", QT_TRANSLATE_NOOP("Labels", "Large")},
};
const Entry OutreachDraftStatus[] = {
    {"draft", QT_TRANSLATE_NOOP("Labels", "Draft")},
    {"approved", QT_TRANSLATE_NOOP("Labels", "Approved")},
    {"sent", QT_TRANSLATE_NOOP("Labels", "Sent")},
    {"replied", QT_TRANSLATE_NOOP("Labels", "Replied")},
    {"opted_out", QT_TRANSLATE_NOOP("Labels", "Opted out")},
    {"bounced", QT_TRANSLATE_NOOP("Labels", "Bounced")},
    {"skipped", QT_TRANSLATE_NOOP("Labels", "Skipped")},
};
const Entry EventSource[] = {
    {"api", QT_TRANSLATE_NOOP("Labels", "API")},
    {"webhook", QT_TRANSLATE_NOOP("Labels", "Webhook")},
    {"worker", QT_TRANSLATE_NOOP("Labels", "Background job")},
};
const Entry LeadStatus[] = {
    {"new", QT_TRANSLATE_NOOP("Labels", "New")},
    {"contacted", QT_TRANSLATE_NOOP("Labels", "Contacted")},
    {"qualified", QT_TRANSLATE_NOOP("Labels", "Qualified")},
    {"proposal", QT_TRANSLATE_NOOP("Labels", "Proposal")},
    {"won", QT_TRANSLATE_NOOP("Labels", "Won")},
    {"lost", QT_TRANSLATE_NOOP("Labels", "Lost")},
};
const Entry LeadSource[] = {
    {"whatsapp", QT_TRANSLATE_NOOP("Labels", "WhatsApp")},
    {"website", QT_TRANSLATE_NOOP("Labels", "Website")},
    {"referral", QT_TRANSLATE_NOOP("Labels", "Referral")},
    {"social", QT_TRANSLATE_NOOP("Labels", "Social media")},
    {"phone", QT_TRANSLATE_NOOP("Labels", "Phone")},
};
// clang-format on

using Table = std::pair<const Entry *, std::size_t>;

template <std::size_t N> Table table(const Entry (&entries)[N])
{
    return {entries, N};
}

Table tableOf(Kind kind)
{
    switch (kind) {
    case Kind::DealStage:
        return table(DealStage);
    case Kind::PaymentStatus:
        return table(PaymentStatus);
    case Kind::ApprovalStatus:
        return table(ApprovalStatus);
    case Kind::Channel:
        return table(Channel);
    case Kind::ResourceType:
        return table(ResourceType);
    case Kind::ApprovalCategory:
        return table(ApprovalCategory);
    case Kind::ConnectorKey:
        return table(ConnectorKey);
    case Kind::ConnectorStatus:
        return table(ConnectorStatus);
    case Kind::ControlCategory:
        return table(ControlCategory);
    case Kind::ControlStatus:
        return table(ControlStatus);
    case Kind::Severity:
        return table(Severity);
    case Kind::Posture:
        return table(Posture);
    case Kind::ContradictionType:
        return table(ContradictionType);
    case Kind::ContradictionStatus:
        return table(ContradictionStatus);
    case Kind::DetectedBy:
        return table(DetectedBy);
    case Kind::PackType:
        return table(PackType);
    case Kind::PackStatus:
        return table(PackStatus);
    case Kind::EntityType:
        return table(EntityType);
    case Kind::StrategicDealType:
        return table(StrategicDealType);
    case Kind::StrategicDealStatus:
        return table(StrategicDealStatus);
    case Kind::MatchStatus:
        return table(MatchStatus);
    case Kind::SlaState:
        return table(SlaState);
    case Kind::ContentKey:
        return table(ContentKey);
    case Kind::Priority:
        return table(Priority);
    case Kind::Reversibility:
        return table(Reversibility);
    case Kind::UserRole:
        return table(UserRole);
    case Kind::ConsentStatus:
        return table(ConsentStatus);
    case Kind::PdplConsentStatus:
        return table(PdplConsentStatus);
    case Kind::ConsentPurpose:
        return table(ConsentPurpose);
    case Kind::ConsentAuditAction:
        return table(ConsentAuditAction);
    case Kind::DataRequestType:
        return table(DataRequestType);
    case Kind::DataRequestStatus:
        return table(DataRequestStatus);
    case Kind::ComplaintType:
        return table(ComplaintType);
    case Kind::ComplaintStatus:
        return table(ComplaintStatus);
    case Kind::CompanySize:
        return table(CompanySize);
    case Kind::OutreachDraftStatus:
        return table(OutreachDraftStatus);
    case Kind::EventSource:
        return table(EventSource);
    case Kind::LeadStatus:
        return table(LeadStatus);
    case Kind::LeadSource:
        return table(LeadSource);
    }
    return {nullptr, 0};
}

const Entry *find(Kind kind, const QString &code)
{
    const QString key = code.trimmed().toLower();
    const Table t = tableOf(kind);
    for (std::size_t i = 0; i < t.second; ++i)
        if (key == QLatin1String(t.first[i].code))
            return &t.first[i];
    return nullptr;
}

} // namespace

bool known(Kind kind, const QString &code)
{
    return find(kind, code) != nullptr;
}

QString humanised(const QString &code)
{
    QString s = code.trimmed().toLower();
    s.replace(QLatin1Char('_'), QLatin1Char(' '));
    s.replace(QLatin1Char('-'), QLatin1Char(' '));
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

QString text(Kind kind, const QString &code)
{
    if (const Entry *e = find(kind, code))
        return QCoreApplication::translate("Labels", e->words);
    if (code.trimmed().isEmpty())
        return QString();
    // The code is Latin inside a possibly right-to-left phrase: isolated so it stays whole.
    return QCoreApplication::translate("Labels", "%1 (%2)")
        .arg(humanised(code), DisplayText::isolate(code.trimmed()));
}

QString tooltip(Kind kind, const QString &code)
{
    Q_UNUSED(kind);
    // The code is data: a tooltip that looks like markup would be laid out as rich text.
    return ToolTipText::plain(QCoreApplication::translate("Labels", "Stored as: %1")
                                  .arg(DisplayText::isolate(code.trimmed())));
}

QStringList codes(Kind kind)
{
    QStringList out;
    const Table t = tableOf(kind);
    for (std::size_t i = 0; i < t.second; ++i)
        out << QLatin1String(t.first[i].code);
    return out;
}

namespace {

QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? QCoreApplication::translate("Labels", "Yes")
                          : QCoreApplication::translate("Labels", "No");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::abs(d) < 9007199254740992.0 && d == std::floor(d))
            return Format::integer(qint64(d));
        return Format::decimal(d, 2);
    }
    case QJsonValue::String:
        return DisplayText::isolate(v.toString());
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QCoreApplication::translate("Labels", "none");
    default:
        return QString();
    }
}

// A key inside a document: its words when the catalogue knows it, else humanised (the raw
// keys stay in the JSON export and the tooltip).
QString keyText(const QString &key)
{
    return known(Kind::ContentKey, key) ? text(Kind::ContentKey, key) : humanised(key);
}

// A code stored under a key whose values the catalogue knows ("type": "summary",
// "priority": "high"): its words; any other string as typed.
QString valueText(const QString &key, const QJsonValue &v)
{
    if (v.isString()) {
        const QString k = key.toLower();
        const QString code = v.toString();
        auto in = [&](Kind kind) { return known(kind, code) ? text(kind, code) : QString(); };
        QString words;
        if (k == QLatin1String("type") || k == QLatin1String("event"))
            words = in(Kind::ContentKey);
        else if (k == QLatin1String("priority"))
            words = in(Kind::Priority);
        else if (k == QLatin1String("reversibility"))
            words = in(Kind::Reversibility);
        else if (k == QLatin1String("channel"))
            words = in(Kind::Channel);
        else if (k == QLatin1String("stage"))
            words = in(Kind::DealStage);
        else if (k == QLatin1String("resource_type"))
            words = in(Kind::ResourceType);
        else if (k == QLatin1String("entity_type"))
            words = in(Kind::EntityType);
        if (!words.isEmpty())
            return words;
    }
    return QString();
}

QString jsonWords(const QJsonValue &v)
{
    const QString sep = QCoreApplication::translate("Labels", "; ");
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.isEmpty())
            return QCoreApplication::translate("Labels", "none");
        QStringList parts;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            const QString coded = valueText(it.key(), it.value());
            const QString inner = coded.isEmpty() ? jsonWords(it.value()) : coded;
            const bool nested = it.value().isObject() || it.value().isArray();
            parts << QCoreApplication::translate("Labels", "%1: %2")
                         .arg(keyText(it.key()),
                              nested ? QStringLiteral("(%1)").arg(inner) : inner);
        }
        return parts.join(sep);
    }
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        if (a.isEmpty())
            return QCoreApplication::translate("Labels", "none");
        QStringList parts;
        for (const QJsonValue &item : a)
            parts << jsonWords(item);
        return parts.join(sep);
    }
    return scalarText(v);
}

} // namespace

QString jsonText(const QJsonValue &value, int maxChars)
{
    // The top level is written without brackets; nested objects and arrays in parentheses.
    QString s = jsonWords(value);
    if (maxChars > 0 && s.size() > maxChars)
        s = DisplayText::balanced(s.left(maxChars - 1)) + QChar(0x2026);
    return s;
}

} // namespace Labels
