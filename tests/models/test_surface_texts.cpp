// The words, numbers and dates of the surfaces this helper owns (Saudi Compliance, Connector
// Governance, Evidence Pack Viewer) from hand-made values: dates in the tenant's zone in the
// long unambiguous form, codes as words (the raw code in the tooltip), in English and Arabic.
#include "app/languagemanager.h"
#include "models/approvals/approvalqueuemodel.h"
#include "models/compliance/compliancemodel.h"
#include "models/connectors/connectormodel.h"
#include "models/core/roles.h"
#include "models/evidence/evidencepackmodel.h"
#include "models/forecast/revenueforecast.h"
#include "models/source/offlinecopy.h"
#include "tests/support/arabicdigits.h"
#include "tests/support/qstringmaker.h"
#include "views/partners/partnerpipelinewidget.h"
#include "views/weekly/weeklytext.h"
#include "views/widgets/kpitile.h"
#include "views/widgets/provenancedialog.h"

#include <QLabel>

#include <QTimeZone>

#include <catch2/catch.hpp>

namespace {

// 15:22 UTC = 18:22 in Riyadh (the tenant's default zone); 22:30 UTC is already the next day.
const QDateTime At(QDate(2026, 12, 5), QTime(15, 22), QTimeZone::utc());
const QDateTime Late(QDate(2026, 12, 5), QTime(22, 30), QTimeZone::utc());

QString strip(QString s)
{
    for (QChar c : {QChar(0x2068), QChar(0x2069), QChar(0x200E), QChar(0x200F)})
        s.remove(c);
    return s;
}

ConnectorBoard board()
{
    ConnectorBoard b;
    ConnectorRow w;
    w.key = QStringLiteral("whatsapp");
    w.name = QStringLiteral("WhatsApp Business API");
    w.nameAr = QStringLiteral("واتساب للأعمال");
    w.status = QStringLiteral("ok");
    w.lastSuccess = At;
    w.lastAttempt = Late;
    w.known = w.registered = true;
    ConnectorRow z;
    z.key = QStringLiteral("zatca_fatoora"); // registered, not one of Dealix's known seven
    z.name = z.key;
    z.status = QStringLiteral("degraded");
    z.registered = true;
    b.connectors << w << z;
    return b;
}

ComplianceMatrix matrix()
{
    ComplianceMatrix m;
    ComplianceControl c;
    c.controlId = QStringLiteral("SEC-C01");
    c.name = QStringLiteral("Sector rule");
    c.framework = QStringLiteral("SECTOR_SPECIFIC"); // as a production enum stores it
    c.status = QStringLiteral("NON_COMPLIANT");
    c.risk = QStringLiteral("CRITICAL");
    c.lastChecked = At;
    m.controls << c;
    m.total = 1;
    m.nonCompliant = 1;
    return m;
}

EvidencePackList packs()
{
    EvidencePackList l;
    EvidencePack p;
    p.id = QStringLiteral("p1");
    p.title = QStringLiteral("Pack");
    p.packType = QStringLiteral("vendor_due_diligence"); // not a Dealix pack type
    p.status = QStringLiteral("ready");
    p.createdAt = Late;
    l.packs << p;
    return l;
}

QString cell(const QAbstractItemModel &m, int row, int column, int role = Qt::DisplayRole)
{
    return m.index(row, column).data(role).toString();
}

} // namespace

TEST_CASE("connector board texts: tenant-zone dates, display names, no raw codes",
          "[text][surfaces]")
{
    LanguageManager language;
    REQUIRE(language.setLanguage(QStringLiteral("en")));
    ConnectorModel m;
    m.setBoard(board());
    CHECK(cell(m, 0, ConnectorModel::LastSuccessColumn) == QStringLiteral("5 Dec 2026 18:22"));
    CHECK(cell(m, 0, ConnectorModel::LastAttemptColumn) == QStringLiteral("6 Dec 2026 01:30"));
    // A registered connector Dealix does not list: its words, not its key.
    CHECK(cell(m, 1, ConnectorModel::NameColumn) == QStringLiteral("ZATCA Fatoora e-invoicing"));
    CHECK(cell(m, 1, ConnectorModel::NameColumn, Qt::ToolTipRole)
              .contains(QStringLiteral("zatca_fatoora")));

    REQUIRE(language.setLanguage(QStringLiteral("ar")));
    m.setBoard(board());
    CHECK(cell(m, 0, ConnectorModel::LastSuccessColumn) == QStringLiteral("٥ ديسمبر ٢٠٢٦ ١٨:٢٢"));
    CHECK(cell(m, 0, ConnectorModel::NameColumn) == QStringLiteral("واجهة واتساب للأعمال"));
    CHECK(ArabicDigits::hasArabic(cell(m, 1, ConnectorModel::NameColumn)));
    REQUIRE(language.setLanguage(QStringLiteral("en")));
}

TEST_CASE("compliance texts: upper-case codes as words, tenant-zone dates", "[text][surfaces]")
{
    LanguageManager language;
    REQUIRE(language.setLanguage(QStringLiteral("en")));
    ComplianceModel m;
    m.setMatrix(matrix());
    // Row 0 is the framework heading, row 1 the control.
    CHECK(strip(cell(m, 0, ComplianceModel::ControlColumn))
              .startsWith(QStringLiteral("Sector-specific")));
    CHECK_FALSE(
        cell(m, 0, ComplianceModel::ControlColumn).contains(QStringLiteral("SECTOR_SPECIFIC")));
    CHECK(cell(m, 1, ComplianceModel::StatusColumn).contains(QStringLiteral("Non-compliant")));
    CHECK(cell(m, 1, ComplianceModel::RiskColumn) == QStringLiteral("Critical"));
    CHECK(cell(m, 1, ComplianceModel::LastCheckedColumn) == QStringLiteral("5 Dec 2026 18:22"));
    CHECK(cell(m, 1, ComplianceModel::StatusColumn, Qt::ToolTipRole)
              .contains(QStringLiteral("NON_COMPLIANT")));
    CHECK(ComplianceMatrix::frameworkName(QStringLiteral("ISO_27001"))
              .contains(QStringLiteral("Iso 27001")));

    REQUIRE(language.setLanguage(QStringLiteral("ar")));
    m.setMatrix(matrix());
    CHECK(cell(m, 1, ComplianceModel::LastCheckedColumn) == QStringLiteral("٥ ديسمبر ٢٠٢٦ ١٨:٢٢"));
    CHECK(ArabicDigits::hasArabic(cell(m, 1, ComplianceModel::StatusColumn)));
    REQUIRE(language.setLanguage(QStringLiteral("en")));
}

TEST_CASE("evidence pack texts: unknown type humanised with its code, tenant-zone date",
          "[text][surfaces]")
{
    LanguageManager language;
    REQUIRE(language.setLanguage(QStringLiteral("en")));
    EvidencePackModel m;
    m.setList(packs());
    CHECK(strip(cell(m, 0, EvidencePackModel::TypeColumn)) ==
          QStringLiteral("Vendor due diligence (vendor_due_diligence)"));
    CHECK(cell(m, 0, EvidencePackModel::CreatedColumn) == QStringLiteral("6 Dec 2026"));
    REQUIRE(language.setLanguage(QStringLiteral("ar")));
    m.setList(packs());
    CHECK(cell(m, 0, EvidencePackModel::CreatedColumn) == QStringLiteral("٦ ديسمبر ٢٠٢٦"));
    REQUIRE(language.setLanguage(QStringLiteral("en")));
}

TEST_CASE("provenance dialog: computed-at in the tenant's zone, long form", "[text][surfaces]")
{
    LanguageManager language;
    REQUIRE(language.setLanguage(QStringLiteral("en")));
    ProvenanceDialog::Facts f;
    f.figure = QStringLiteral("Revenue");
    f.source = QStringLiteral("sqlite:/tmp/x.sqlite");
    f.tenant = QStringLiteral("najd-trading");
    f.computedAt = At;
    f.rows = 12345;
    // No zone set: the tenant default, Asia/Riyadh (UTC+3), never UTC or the machine's.
    CHECK(
        strip(ProvenanceDialog::text(f)).contains(QStringLiteral("Computed at: 5 Dec 2026 18:22")));
    CHECK(ProvenanceDialog::text(f).contains(QStringLiteral("12,345")));
    const QByteArray dubai("Asia/Dubai"); // UTC+4
    CHECK(strip(ProvenanceDialog::text(f, dubai)).contains(QStringLiteral("5 Dec 2026 19:22")));
    REQUIRE(language.setLanguage(QStringLiteral("ar")));
    const QString ar = ProvenanceDialog::text(f, dubai);
    INFO(ar.toStdString());
    CHECK(ar.contains(QStringLiteral("٥ ديسمبر ٢٠٢٦ ١٩:٢٢")));
    CHECK(ArabicDigits::offenders(ar).isEmpty());
    REQUIRE(language.setLanguage(QStringLiteral("en")));
}

TEST_CASE("offline copy line: as-of in the tenant's zone, long form, Arabic digits",
          "[text][surfaces]")
{
    LanguageManager language;
    REQUIRE(language.setLanguage(QStringLiteral("en")));
    OfflineStatus o;
    o.isOffline = o.intact = true;
    o.asOf = At; // 15:22 UTC
    o.source = QStringLiteral("sqlite:/tmp/copy.sqlite");
    const QTimeZone riyadh("Asia/Riyadh");
    const QString en = strip(o.summary(riyadh));
    CHECK(en.startsWith(QStringLiteral("Offline copy as of 5 Dec 2026 18:22 (from ")));
    // Another tenant zone, another hour (never the machine's zone nor UTC).
    CHECK(strip(o.summary(QTimeZone("Asia/Dubai"))).contains(QStringLiteral("5 Dec 2026 19:22")));

    REQUIRE(language.setLanguage(QStringLiteral("ar")));
    const QString ar = strip(o.summary(riyadh));
    CHECK(ar.contains(QStringLiteral("٥ ديسمبر ٢٠٢٦ ١٨:٢٢")));
    CHECK(ArabicDigits::offenders(ar).isEmpty());
    REQUIRE(language.setLanguage(QStringLiteral("en")));
}

TEST_CASE("forecast band: the commit threshold as a percent of the locale", "[text][surfaces]")
{
    LanguageManager language;
    REQUIRE(language.setLanguage(QStringLiteral("en")));
    CHECK(strip(RevenueForecast::commitBandText()) ==
          QStringLiteral("Commit (≥ 70%) to best case"));
    // A track the app has no words for: humanised, with its code.
    CHECK(RevenueForecast::trackText(QStringLiteral("new_markets")) ==
          QStringLiteral("New markets (new_markets)"));
    REQUIRE(language.setLanguage(QStringLiteral("ar")));
    const QString ar = strip(RevenueForecast::commitBandText());
    CHECK(ar.contains(QStringLiteral("٧٠٪")));
    CHECK(ArabicDigits::offenders(ar).isEmpty());
    CHECK_FALSE(ar.contains(QStringLiteral("بالمئة")));
    REQUIRE(language.setLanguage(QStringLiteral("en")));
}

TEST_CASE("texts: one catalogue: compliance and connector words are the label catalogue's",
          "[labels]")
{
    LanguageManager language;
    REQUIRE(language.setLanguage(QStringLiteral("en")));
    // Words written out by hand: the catalogue's, with the state's mark in front.
    CHECK(ComplianceMatrix::statusText(QStringLiteral("PARTIAL")) ==
          QStringLiteral("! Partially compliant"));
    CHECK(ComplianceMatrix::statusText(QStringLiteral("compliant")) ==
          QStringLiteral("✓ Compliant"));
    CHECK(ComplianceMatrix::frameworkName(QStringLiteral("PDPL")) ==
          QStringLiteral("PDPL (personal data)"));
    CHECK(ComplianceMatrix::frameworkName(QStringLiteral("NIST_AI_RMF")) ==
          QStringLiteral("NIST AI RMF (AI risk management)"));
    CHECK(ComplianceMatrix::postureText(QStringLiteral("partial")) ==
          QStringLiteral("Partially compliant"));
    // Unknown codes: humanised with the code, never a bare "Unknown" or "? Unknown".
    CHECK(strip(ComplianceMatrix::postureText(QStringLiteral("under_audit"))) ==
          QStringLiteral("Under audit (under_audit)"));
    CHECK(strip(ConnectorModel::statusText(QStringLiteral("rate_limited"))) ==
          QStringLiteral("Rate limited (rate_limited)"));
    CHECK(ConnectorModel::statusText(QStringLiteral("OK")) == QStringLiteral("✓ Healthy"));
    CHECK(ConnectorModel::statusText(QString()) == QStringLiteral("? Unknown"));
    // Approval priorities and statuses: "medium" is Medium, an unknown one is not "Normal".
    CHECK(ApprovalQueueModel::priorityText(QStringLiteral("MEDIUM")) == QStringLiteral("Medium"));
    CHECK(ApprovalQueueModel::priorityText(QString()) == QStringLiteral("Normal"));
    CHECK(strip(ApprovalQueueModel::priorityText(QStringLiteral("urgent"))) ==
          QStringLiteral("Urgent (urgent)"));
    CHECK(ApprovalQueueModel::statusText(QStringLiteral("ESCALATED")) ==
          QStringLiteral("Escalated"));
}

TEST_CASE("texts: an unknown or empty RAG status is never shown as Green", "[labels]")
{
    LanguageManager language;
    REQUIRE(language.setLanguage(QStringLiteral("en")));
    WeeklyReview r;
    for (const char *rag : {"", "purple", "n/a"}) {
        r.overallRag = QString::fromLatin1(rag);
        INFO("RAG: " << rag);
        const QString banner = WeeklyText::ragBanner(r);
        CHECK_FALSE(banner.contains(QStringLiteral("Green")));
        CHECK(banner.contains(QStringLiteral("Overall: Not available")));
    }
    // The stored keywords in any case.
    r.overallRag = QStringLiteral("RED");
    CHECK(WeeklyText::ragBanner(r).contains(QStringLiteral("Overall: Red")));
    r.overallRag = QStringLiteral("amber");
    CHECK(WeeklyText::ragBanner(r).contains(QStringLiteral("Overall: Amber")));
    r.overallRag = QStringLiteral("green");
    CHECK(WeeklyText::ragBanner(r).contains(QStringLiteral("Overall: Green")));
}

TEST_CASE("texts: the Warning mark is not the up arrow of a change", "[labels]")
{
    // A tile shows its change as "▲ up …"; a Warning tile must not show a second, unrelated ▲.
    KpiTile tile;
    tile.setState(UiState::Warning);
    QStringList marks;
    for (const QLabel *l : tile.findChildren<QLabel *>())
        if (l->text() == QStringLiteral("▲") || l->text() == QStringLiteral("⚠"))
            marks << l->text();
    CHECK(marks == QStringList{QStringLiteral("⚠")});
    WeeklyReview r;
    r.overallRag = QStringLiteral("amber");
    CHECK_FALSE(WeeklyText::ragBanner(r).contains(QStringLiteral("▲")));
    CHECK(WeeklyText::ragBanner(r).startsWith(QStringLiteral("⚠")));
}

TEST_CASE("weekly decisions: resource type, category and priority in words, in both languages",
          "[text][surfaces][labels]")
{
    LanguageManager language;
    REQUIRE(language.setLanguage(QStringLiteral("en")));
    WeeklyReview r;
    r.tenant.timeZone = QByteArrayLiteral("Asia/Riyadh");
    WeeklyReview::Decision a;
    a.type = QStringLiteral("approval");
    a.id = QStringLiteral("a1");
    a.resourceType = QStringLiteral("STRATEGIC_DEAL"); // as a production enum may store it
    a.category = QStringLiteral("general");
    a.title = QStringLiteral("strategic_deal · general");
    a.priority = QStringLiteral("high");
    a.deadline = QDateTime(QDate(2026, 11, 25), QTime(9, 0), QTimeZone::utc()); // 12:00 Riyadh
    WeeklyReview::Decision c;
    c.type = QStringLiteral("contradiction");
    c.id = QStringLiteral("c1");
    c.title = QStringLiteral("A ↔ B");
    c.priority = QStringLiteral("critical");
    r.decisionsRequired << a << c;
    CHECK(WeeklyText::decisionLines(r) ==
          QStringList{QStringLiteral("High · Approval: Strategic deal (General) · due 25 Nov "
                                     "2026 12:00"),
                      QStringLiteral("Critical · Contradiction: \u2068A ↔ B\u2069")});
    REQUIRE(language.setLanguage(QStringLiteral("ar")));
    const QStringList ar = WeeklyText::decisionLines(r);
    REQUIRE(ar.size() == 2);
    CHECK(ar.first() == QStringLiteral("عالية، موافقة: صفقة استراتيجية (عام)، تستحق في ٢٥ "
                                       "نوفمبر ٢٠٢٦ ١٢:٠٠"));
    CHECK_FALSE(ar.first().contains(QStringLiteral("strategic_deal")));
    REQUIRE(language.setLanguage(QStringLiteral("en")));
}

TEST_CASE("partner card age: one plural message, English's and Arabic's forms", "[text][surfaces]")
{
    LanguageManager language;
    REQUIRE(language.setLanguage(QStringLiteral("en")));
    CHECK(PartnerPipelineWidget::ageText(0) == QStringLiteral("0 days old"));
    CHECK(PartnerPipelineWidget::ageText(1) == QStringLiteral("1 day old"));
    CHECK(PartnerPipelineWidget::ageText(12) == QStringLiteral("12 days old"));
    REQUIRE(language.setLanguage(QStringLiteral("ar")));
    CHECK(PartnerPipelineWidget::ageText(1) == QStringLiteral("عمرها يوم واحد"));
    CHECK(PartnerPipelineWidget::ageText(2) == QStringLiteral("عمرها يومان"));
    CHECK(PartnerPipelineWidget::ageText(12) == QStringLiteral("عمرها ١٢ يومًا"));
    REQUIRE(language.setLanguage(QStringLiteral("en")));
}
