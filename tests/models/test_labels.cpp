// The label catalogue (models/core/labels.h): every enum value Dealix defines is known for its
// kind, has English words that are not the raw code and an Arabic translation in the compiled
// catalogue the app loads. The lists below are written out by hand from Dealix's tables and
// enums (not taken from the catalogue), so a value missing from the catalogue fails here.
#include "app/languagemanager.h"
#include "models/core/labels.h"
#include "tests/support/arabicdigits.h"
#include "tests/support/qstringmaker.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using Labels::Kind;

namespace {

struct Expected {
    Kind kind;
    const char *name;
    QStringList codes;
};

QList<Expected> expected()
{
    auto L = [](std::initializer_list<const char *> l) {
        QStringList out;
        for (const char *c : l)
            out << QString::fromLatin1(c);
        return out;
    };
    return {
        // deals.stage: the model's list and the deal service's list.
        {Kind::DealStage, "deal stage",
         L({"new", "negotiation", "proposal", "closed_won", "closed_lost", "discovery"})},
        {Kind::PaymentStatus, "payment status", L({"unpaid", "pending", "paid", "expired"})},
        {Kind::ApprovalStatus, "approval status", L({"pending", "approved", "rejected"})},
        // approval_requests.channel (+ system), strategic_deals.channel, consents.channel.
        {Kind::Channel, "channel",
         L({"whatsapp", "email", "sms", "system", "linkedin", "in_person", "voice", "all"})},
        {Kind::ResourceType, "resource type",
         L({"strategic_deal", "partner_data_sharing", "deal", "evidence_pack", "deal_discount",
            "outreach_message", "discount"})},
        {Kind::ApprovalCategory, "approval category",
         L({"general", "pricing", "partnership", "data_sharing", "outreach", "contract",
            "compliance"})},
        {Kind::ConnectorKey, "connector",
         L({"whatsapp", "salesforce", "stripe", "voice", "email", "docusign", "cal",
            "zatca_fatoora"})},
        {Kind::ConnectorStatus, "connector status",
         L({"ok", "degraded", "error", "unknown", "disabled", "not_configured"})},
        {Kind::ControlCategory, "control category",
         L({"pdpl", "zatca", "sdaia", "nca", "sector_specific", "nca_ecc", "nist_ai_rmf",
            "owasp_llm"})},
        {Kind::ControlStatus, "control status",
         L({"compliant", "non_compliant", "partial", "not_applicable"})},
        {Kind::Severity, "severity", L({"critical", "high", "medium", "low"})},
        {Kind::Posture, "posture", L({"compliant", "partial", "at_risk", "unknown"})},
        {Kind::ContradictionType, "contradiction type",
         L({"factual", "temporal", "scope", "policy"})},
        {Kind::ContradictionStatus, "contradiction status",
         L({"detected", "reviewing", "resolved", "accepted"})},
        {Kind::DetectedBy, "detected by", L({"manual", "ai_scan", "runtime"})},
        {Kind::PackType, "pack type",
         L({"deal_closure", "compliance_audit", "quarterly_review", "incident_response",
            "board_report"})},
        {Kind::PackStatus, "pack status", L({"assembling", "ready", "reviewed", "archived"})},
        {Kind::EntityType, "entity type",
         L({"deal", "strategic_deal", "contradiction", "compliance_control", "evidence_pack"})},
        {Kind::StrategicDealType, "strategic deal type",
         L({"partnership", "distribution", "franchise", "jv", "referral", "acquisition",
            "barter"})},
        {Kind::StrategicDealStatus, "strategic deal status",
         L({"discovery", "outreach", "negotiating", "term_sheet", "due_diligence", "closed_won",
            "closed_lost"})},
        {Kind::MatchStatus, "match status",
         L({"suggested", "approved", "outreach_sent", "in_progress", "converted", "rejected"})},
        // The approval queue's own SLA states.
        {Kind::SlaState, "SLA state", L({"within", "warning", "breach", "decided"})},
        // Keys an evidence pack's contents and an approval packet carry.
        {Kind::ContentKey, "content key",
         L({"type", "source", "data", "note_ar", "amount_sar", "ok", "ref", "action",
            "risk_summary", "reversibility", "sla_hours", "priority", "context", "requested_by"})},
        {Kind::Priority, "priority", L({"critical", "high", "normal", "low"})},
        {Kind::Reversibility, "reversibility",
         L({"reversible", "partially_reversible", "irreversible"})},
        {Kind::UserRole, "user role", L({"owner", "manager", "agent", "admin"})},
        // consents.status (a native upper-case enum in production).
        {Kind::ConsentStatus, "consent status", L({"opted_in", "opted_out", "pending"})},
        {Kind::PdplConsentStatus, "PDPL consent status", L({"granted", "revoked", "expired"})},
        {Kind::ConsentPurpose, "consent purpose",
         L({"marketing", "sales", "service", "analytics"})},
        // pdpl_consents.channel: whatsapp/email/sms/phone.
        {Kind::Channel, "PDPL consent channel", L({"whatsapp", "email", "sms", "phone"})},
        {Kind::ConsentAuditAction, "consent audit action",
         L({"granted", "revoked", "expired", "renewed"})},
        {Kind::DataRequestType, "data request type",
         L({"access", "correction", "deletion", "restriction"})},
        {Kind::DataRequestStatus, "data request status",
         L({"pending", "processing", "completed", "rejected"})},
        {Kind::ComplaintType, "complaint type",
         L({"service", "billing", "privacy", "affiliate", "other"})},
        {Kind::ComplaintStatus, "complaint status",
         L({"received", "investigating", "resolved", "escalated"})},
        {Kind::CompanySize, "company size", L({"micro", "small", "medium", "large"})},
        {Kind::OutreachDraftStatus, "outreach draft status",
         L({"draft", "approved", "sent", "replied", "opted_out", "bounced", "skipped"})},
        {Kind::EventSource, "domain event source", L({"api", "webhook", "worker"})},
        {Kind::LeadStatus, "lead status",
         L({"new", "contacted", "qualified", "proposal", "won", "lost"})},
        {Kind::LeadSource, "lead source",
         L({"whatsapp", "website", "referral", "social", "phone"})},
    };
}

bool hasArabicLetter(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() >= 0x0621 && c.unicode() <= 0x064A)
            return true;
    return false;
}

bool hasAsciiDigit(const QString &s)
{
    for (QChar c : s)
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            return true;
    return false;
}

} // namespace

TEST_CASE("labels: every enum value Dealix defines has English and Arabic words", "[labels]")
{
    LanguageManager language;
    REQUIRE(language.setLanguage(QStringLiteral("en")));
    QHash<QString, QString> english;
    for (const Expected &e : expected()) {
        for (const QString &code : e.codes) {
            INFO(e.name << ": " << code.toStdString());
            CHECK(Labels::known(e.kind, code));
            // A production PostgreSQL stores native enum labels in upper case.
            CHECK(Labels::known(e.kind, code.toUpper()));
            const QString en = Labels::text(e.kind, code);
            CHECK(Labels::text(e.kind, code.toUpper()) == en);
            CHECK_FALSE(en.isEmpty());
            CHECK(en != code);
            CHECK_FALSE(en.contains(QLatin1Char('_')));
            CHECK_FALSE(en.contains(code)); // not "Sth (code)"
            english.insert(QString::number(int(e.kind)) + u'/' + code, en);
        }
    }
    REQUIRE(language.setLanguage(QStringLiteral("ar")));
    for (const Expected &e : expected()) {
        for (const QString &code : e.codes) {
            INFO(e.name << ": " << code.toStdString());
            const QString ar = Labels::text(e.kind, code);
            const QString en = english.value(QString::number(int(e.kind)) + u'/' + code);
            INFO("Arabic: " << ar.toStdString() << " / English: " << en.toStdString());
            CHECK(ar != en);
            CHECK(hasArabicLetter(ar));
            CHECK_FALSE(hasAsciiDigit(ar));
        }
    }
    REQUIRE(language.setLanguage(QStringLiteral("en")));
}

TEST_CASE("labels: named codes from production and the upper-case enum labels", "[labels]")
{
    LanguageManager language;
    REQUIRE(language.setLanguage(QStringLiteral("en")));
    // A production PostgreSQL stores native enum labels in upper case.
    CHECK(Labels::known(Kind::ControlCategory, QStringLiteral("SECTOR_SPECIFIC")));
    CHECK(Labels::text(Kind::ControlCategory, QStringLiteral("SECTOR_SPECIFIC")) ==
          QStringLiteral("Sector-specific"));
    CHECK(Labels::text(Kind::ControlStatus, QStringLiteral(" NON_COMPLIANT ")) ==
          QStringLiteral("Non-compliant"));
    CHECK(Labels::text(Kind::PackType, QStringLiteral("EVIDENCE_PACK")).contains(u'('));
    CHECK(Labels::text(Kind::ResourceType, QStringLiteral("evidence_pack")) ==
          QStringLiteral("Evidence pack"));
    CHECK(Labels::text(Kind::ResourceType, QStringLiteral("partner_data_sharing")) ==
          QStringLiteral("Partner data sharing"));
    CHECK(Labels::text(Kind::Channel, QStringLiteral("whatsapp")) == QStringLiteral("WhatsApp"));
    CHECK(Labels::text(Kind::ConnectorKey, QStringLiteral("whatsapp")) ==
          QStringLiteral("WhatsApp Business API"));
    CHECK(Labels::text(Kind::ConnectorKey, QStringLiteral("cal")) ==
          QStringLiteral("Cal.com Meetings"));
    CHECK(Labels::text(Kind::DetectedBy, QStringLiteral("ai_scan")) == QStringLiteral("AI scan"));
    CHECK(Labels::text(Kind::ConnectorKey, QStringLiteral("zatca_fatoora")) ==
          QStringLiteral("ZATCA Fatoora e-invoicing"));
    CHECK(Labels::text(Kind::ConnectorStatus, QStringLiteral("not_configured")) ==
          QStringLiteral("Not configured"));
    // The tooltip carries the raw code as stored.
    CHECK(Labels::tooltip(Kind::ControlCategory, QStringLiteral("SECTOR_SPECIFIC"))
              .contains(QStringLiteral("SECTOR_SPECIFIC")));
    // Blank stays blank.
    CHECK(Labels::text(Kind::Severity, QStringLiteral("  ")).isEmpty());
}

TEST_CASE("labels: an unknown code is shown humanised with the code", "[labels]")
{
    LanguageManager language;
    REQUIRE(language.setLanguage(QStringLiteral("en")));
    auto strip = [](QString s) {
        s.remove(QChar(0x2068));
        s.remove(QChar(0x2069));
        return s;
    };
    CHECK_FALSE(Labels::known(Kind::StrategicDealStatus, QStringLiteral("on_hold")));
    CHECK(strip(Labels::text(Kind::StrategicDealStatus, QStringLiteral("on_hold"))) ==
          QStringLiteral("On hold (on_hold)"));
    CHECK(strip(Labels::text(Kind::ControlCategory, QStringLiteral("ISO_27001"))) ==
          QStringLiteral("Iso 27001 (ISO_27001)"));
    CHECK(Labels::humanised(QStringLiteral("sector-specific_rule")) ==
          QStringLiteral("Sector specific rule"));
    // The code is isolated, so an Arabic sentence around it does not reorder it.
    CHECK(Labels::text(Kind::Severity, QStringLiteral("extreme"))
              .contains(QString(QChar(0x2068)) + QStringLiteral("extreme") + QChar(0x2069)));
}

TEST_CASE("labels: JSON documents read as words, never as {3}", "[labels]")
{
    LanguageManager language;
    REQUIRE(language.setLanguage(QStringLiteral("en")));
    auto strip = [](QString s) {
        s.remove(QChar(0x2068));
        s.remove(QChar(0x2069));
        return s;
    };
    const QJsonObject item{
        {QStringLiteral("type"), QStringLiteral("summary")},
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("amount_sar"), 12500},
                                             {QStringLiteral("ok"), true},
                                             {QStringLiteral("ref"), QStringLiteral("DX-1234")}}},
        {QStringLiteral("tags"), QJsonArray{QStringLiteral("a"), 2}}};
    // Keys in QJsonObject order (sorted): data, tags, type.
    CHECK(strip(Labels::jsonText(item)) ==
          QStringLiteral("Data: (Amount (SAR): 12,500; Verified: Yes; Reference: DX-1234); "
                         "Tags: (a; 2); Type: Summary"));
    // Values under entity_type are entity types (approval_request, user, quarter, ...).
    CHECK(strip(Labels::jsonText(
              QJsonObject{{QStringLiteral("entity_type"), QStringLiteral("approval_request")}})) ==
          QStringLiteral("Entity type: Approval request"));
    CHECK(strip(Labels::jsonText(
              QJsonObject{{QStringLiteral("entity_type"), QStringLiteral("quarter")}})) ==
          QStringLiteral("Entity type: Quarter"));
    CHECK(Labels::jsonText(QJsonObject()) == QStringLiteral("none"));
    CHECK(Labels::jsonText(QJsonArray()) == QStringLiteral("none"));
    const QString longText = Labels::jsonText(QJsonValue(QString(1000, u'x')), 50);
    CHECK(longText.size() <= 52);
    CHECK(longText.endsWith(QChar(0x2026)));

    REQUIRE(language.setLanguage(QStringLiteral("ar")));
    const QString ar = Labels::jsonText(item);
    INFO(ar.toStdString());
    CHECK(ar.contains(QStringLiteral("١٢٬٥٠٠")));
    CHECK(ar.contains(QStringLiteral("نعم")));
    CHECK(ArabicDigits::offenders(ar).isEmpty());
    CHECK(ar.contains(QStringLiteral("DX-1234")));
    REQUIRE(language.setLanguage(QStringLiteral("en")));
}
