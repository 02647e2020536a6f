#include "models/source/demogenerator.h"
#include "models/core/displaytext.h"

#include "models/core/atomicfile.h"
#include "models/core/logging.h"
#include "models/core/pythonjson.h"
#include "models/source/boundquery.h"
#include "models/source/ddl.h"
#include "models/source/dealixschema.h"
#include "models/source/knownconnectors.h"
#include "models/source/session.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator64>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

#include <array>
#include <cmath>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

struct Name {
    const char *en;
    const char *ar;
};

// Saudi given and family names, English and Arabic side by side.
const Name FirstNames[] = {
    {"Mohammed", "محمد"}, {"Abdullah", "عبدالله"}, {"Fahad", "فهد"},   {"Khalid", "خالد"},
    {"Sultan", "سلطان"},  {"Faisal", "فيصل"},      {"Nora", "نورة"},   {"Sara", "سارة"},
    {"Reem", "ريم"},      {"Lama", "لمى"},         {"Hind", "هند"},    {"Turki", "تركي"},
    {"Majed", "ماجد"},    {"Abeer", "عبير"},       {"Yousef", "يوسف"}, {"Aljoharah", "الجوهرة"},
};
const Name FamilyNames[] = {
    {"Al-Otaibi", "العتيبي"},  {"Al-Qahtani", "القحطاني"}, {"Al-Ghamdi", "الغامدي"},
    {"Al-Harbi", "الحربي"},    {"Al-Shehri", "الشهري"},    {"Al-Dosari", "الدوسري"},
    {"Al-Mutairi", "المطيري"}, {"Al-Zahrani", "الزهراني"}, {"Al-Subaie", "السبيعي"},
    {"Al-Anazi", "العنزي"},    {"Al-Rashid", "الراشد"},    {"Al-Saud", "آل سعود"},
};
const Name Cities[] = {
    {"Riyadh", "الرياض"}, {"Jeddah", "جدة"},      {"Dammam", "الدمام"}, {"Khobar", "الخبر"},
    {"Makkah", "مكة"},    {"Madinah", "المدينة"}, {"Abha", "أبها"},     {"Tabuk", "تبوك"},
};
const Name Companies[] = {
    {"Al-Safwa Contracting", "شركة الصفوة للمقاولات"},
    {"Tamkeen Digital Solutions", "تمكين للحلول الرقمية"},
    {"Al-Jazira Foods", "أغذية الجزيرة"},
    {"Rawabi Medical Supplies", "روابي للمستلزمات الطبية"},
    {"Masdar Energy Services", "مصدر لخدمات الطاقة"},
    {"Nakheel Real Estate", "النخيل العقارية"},
    {"Al-Bayan Logistics", "البيان للخدمات اللوجستية"},
    {"Sahm Financial Advisory", "سهم للاستشارات المالية"},
    {"Waha Hospitality Group", "مجموعة الواحة للضيافة"},
    {"Al-Majd Industrial", "المجد الصناعية"},
    {"Qimam Education", "قمم للتعليم"},
    {"Dar Al-Handasah Partners", "شركاء دار الهندسة"},
    {"Athar Retail", "أثر للتجزئة"},
    {"Sadeem Telecom Services", "سديم لخدمات الاتصالات"},
};
const Name Products[] = {
    {"ERP rollout", "تطبيق نظام تخطيط الموارد"},
    {"Fleet tracking subscription", "اشتراك تتبع الأسطول"},
    {"Industrial pumps supply", "توريد مضخات صناعية"},
    {"Cloud migration", "الترحيل إلى السحابة"},
    {"Annual maintenance contract", "عقد صيانة سنوي"},
    {"Cold-chain warehousing", "تخزين مبرد"},
    {"Medical devices tender", "مناقصة أجهزة طبية"},
    {"Staff training programme", "برنامج تدريب الموظفين"},
    {"Solar panels installation", "تركيب ألواح شمسية"},
    {"POS terminals", "أجهزة نقاط البيع"},
};
const char *const Sectors[] = {"construction", "healthcare", "retail",      "logistics",
                               "energy",       "education",  "hospitality", "finance"};

struct TenantSpec {
    const char *name;
    const char *nameAr;
    const char *slug;
    const char *industry;
    double weight;
    int cityIndex;
};
const TenantSpec Tenants[] = {
    {"Najd Advanced Trading Co.", "شركة نجد للتجارة المتقدمة", "najd-trading", "trading", 1.0, 0},
    {"Red Sea Logistics", "لوجستيات البحر الأحمر", "redsea-logistics", "logistics", 0.5, 1},
    {"Eastern Industrial Supplies", "التوريدات الصناعية الشرقية", "eastern-industrial",
     "manufacturing", 0.2, 2},
};

struct ControlSpec {
    const char *id;
    const char *name;
    const char *nameAr;
    const char *category;
    const char *risk;
    const char *evidence;
};
// The 14 controls SaudiComplianceMatrix.seed_controls creates (README "Rules: Dealix schema"), plus
// two sector-specific controls a tenant may add (medium and low risk occur only there).
const ControlSpec Controls[] = {
    {"PDPL-C01", "Consent before outbound messaging", "الموافقة قبل الرسائل الصادرة", "PDPL",
     "CRITICAL", "pdpl.consent_manager"},
    {"PDPL-C02", "Consent purpose and channel tracking", "تتبع غرض الموافقة وقناتها", "PDPL",
     "HIGH", "models.consent"},
    {"PDPL-C03", "Auto-expire consent (12 months)", "انتهاء الموافقة تلقائيا (12 شهرا)", "PDPL",
     "HIGH", "pdpl.consent_manager"},
    {"PDPL-C04", "Data subject access rights", "حق صاحب البيانات في الوصول", "PDPL", "HIGH",
     "pdpl.data_rights"},
    {"PDPL-C05", "Data subject deletion rights", "حق صاحب البيانات في الحذف", "PDPL", "HIGH",
     "pdpl.data_rights"},
    {"PDPL-C10", "Consent audit trail (immutable)", "سجل تدقيق الموافقات (غير قابل للتعديل)",
     "PDPL", "CRITICAL", "models.consent_audit"},
    {"PDPL-C13", "Encryption in transit (TLS 1.3)", "التشفير أثناء النقل (TLS 1.3)", "PDPL",
     "CRITICAL", "infrastructure"},
    {"ZATCA-C01", "VAT calculation (15%)", "احتساب ضريبة القيمة المضافة (15%)", "ZATCA", "CRITICAL",
     "zatca_compliance"},
    {"ZATCA-C02", "E-invoice format compliance", "مطابقة صيغة الفاتورة الإلكترونية", "ZATCA",
     "HIGH", "zatca_compliance"},
    {"SDAIA-C01", "AI decision explainability", "قابلية تفسير قرارات الذكاء الاصطناعي", "SDAIA",
     "HIGH", "ai_conversations"},
    {"SDAIA-C02", "Human-in-the-loop for high-risk decisions",
     "إشراف بشري على القرارات عالية المخاطر", "SDAIA", "CRITICAL", "openclaw.policy"},
    {"NCA-C01", "Access control (RBAC)", "التحكم في الوصول (الأدوار)", "NCA", "CRITICAL",
     "auth_middleware"},
    {"NCA-C02", "Multi-tenant isolation", "عزل المستأجرين", "NCA", "CRITICAL",
     "models.base.TenantModel"},
    {"NCA-C04", "Audit logging", "سجلات التدقيق", "NCA", "HIGH", "audit_service"},
    {"SECT-C01", "Sector regulator notification", "إشعار الجهة التنظيمية للقطاع", "SECTOR_SPECIFIC",
     "MEDIUM", "sector.regulator"},
    {"SECT-C02", "Customer complaint register", "سجل شكاوى العملاء", "SECTOR_SPECIFIC", "LOW",
     "complaints"},
};

// Deterministic pseudo-random helpers over one seeded generator.
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_gen(seed)
    {}
    double real() { return m_gen.generateDouble(); }
    int between(int lo, int hiInclusive)
    {
        return lo + int(m_gen.bounded(quint64(hiInclusive - lo + 1)));
    }
    bool chance(double p) { return real() < p; }
    template <typename T, size_t N> const T &pick(const T (&arr)[N])
    {
        return arr[m_gen.bounded(quint64(N))];
    }
    QString pick(const QStringList &list)
    {
        return list.at(qsizetype(m_gen.bounded(quint64(list.size()))));
    }
    // Every value of list appears in the first list.size() draws, then values are random:
    // small tenants still hold every enum value.
    QString cover(const QStringList &list, qint64 i)
    {
        return i < list.size() ? list.at(qsizetype(i)) : pick(list);
    }
    QString weighted(const QStringList &list, const QList<double> &weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double r = real() * total;
        for (qsizetype i = 0; i < list.size(); ++i) {
            r -= weights.at(i);
            if (r < 0)
                return list.at(i);
        }
        return list.last();
    }
    QString uuid()
    {
        QByteArray bytes(16, Qt::Uninitialized);
        const quint64 a = m_gen.generate();
        const quint64 b = m_gen.generate();
        memcpy(bytes.data(), &a, 8);
        memcpy(bytes.data() + 8, &b, 8);
        bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
        bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
        return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
    }

private:
    QRandomGenerator64 m_gen;
};

// One prepared INSERT reused for every row of a table. It writes only the columns the target
// has: the demo data also goes into a plain Dealix schema (no enhanced approval columns, none
// of our optional tables), where an absent table is skipped.
class Inserter
{
public:
    Inserter(QSqlDatabase db, const SchemaInfo &schema, const QString &table,
             const QStringList &columns)
        : m_table(table)
        , m_query(db)
    {
        if (!schema.hasTable(table)) {
            m_absent = true;
            m_ok = true;
            return;
        }
        QStringList kept;
        QStringList marks;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (!schema.hasColumn(table, columns.at(i)))
                continue;
            m_keep << i;
            kept << columns.at(i);
            marks << QStringLiteral("?");
        }
        m_ok = m_query.prepare(
            QStringLiteral("insert into %1 (%2) values (%3)")
                .arg(table, kept.join(QLatin1String(", ")), marks.join(QLatin1String(", "))));
        if (!m_ok)
            m_error = sqlErrorText(m_query.lastError());
    }
    bool insert(const QVariantList &values)
    {
        if (m_absent)
            return true;
        if (!m_ok)
            return false;
        for (qsizetype k = 0; k < m_keep.size(); ++k)
            m_query.bindValue(int(k), values.at(m_keep.at(k)));
        if (!m_query.exec()) {
            m_ok = false;
            m_error = QStringLiteral("%1: %2").arg(m_table, sqlErrorText(m_query.lastError()));
            return false;
        }
        ++m_count;
        return true;
    }
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    qint64 count() const { return m_count; }
    QString table() const { return m_table; }

private:
    QString m_table;
    QSqlQuery m_query;
    QList<qsizetype> m_keep; // indices of the given columns that the target has
    bool m_absent = false;
    bool m_ok = false;
    QString m_error;
    qint64 m_count = 0;
};

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
QString json(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}
QString money(qint64 halalas)
{
    const QString sign = halalas < 0 ? QStringLiteral("-") : QString();
    const qint64 a = std::llabs(halalas);
    return sign + QString::number(a / 100) + QLatin1Char('.') +
           QStringLiteral("%1").arg(a % 100, 2, 10, QLatin1Char('0'));
}

struct UserRow {
    QString id;
    QString role;
    QString name;
};

class Generator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
public:
    Generator(Session &session, const DemoOptions &options, const DemoGenerator::Progress &progress)
        : m_session(session)
        , m_db(session.database())
        , m_opt(options)
        , m_rng(options.seed)
        , m_progress(progress)
    {
        m_now = options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
        m_now = m_now.addMSecs(-m_now.time().msec());
        m_riyadh = QTimeZone(QByteArrayLiteral("Asia/Riyadh"));
        if (!m_riyadh.isValid())
            m_riyadh = QTimeZone(3 * 3600);
    }

    bool run(DemoStats *stats, QString *error);

private:
    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }
    bool check(const Inserter &ins)
    {
        if (!ins.ok()) {
            m_error = ins.error();
            return false;
        }
        return true;
    }
    qint64 scaled(double base, double weight, qint64 minimum) const
    {
        return std::max<qint64>(minimum, qint64(std::llround(base * weight * m_opt.scale)));
    }
    // A moment during Riyadh working hours (Sunday–Thursday, 08:00–17:00) between minDays and
    // maxDays before now (negative values lie in the future).
    QDateTime workTime(double minDays, double maxDays)
    {
        const double days = minDays + (maxDays - minDays) * m_rng.real();
        QDateTime local = m_now.addSecs(-qint64(days * 86400)).toTimeZone(m_riyadh);
        const int dow = local.date().dayOfWeek(); // 5 = Friday, 6 = Saturday
        if (dow == 5)
            local = local.addDays(-1);
        else if (dow == 6)
            local = local.addDays(1);
        local.setTime(QTime(m_rng.between(8, 16), m_rng.between(0, 59), m_rng.between(0, 59)));
        QDateTime utc = local.toUTC();
        if (minDays >= 0 && utc > m_now)
            utc = utc.addDays(-7);
        return utc;
    }
    QVariant t(const QDateTime &dt) const
    {
        return dt.isValid() ? QVariant(Session::timeText(dt)) : QVariant();
    }
    QVariant date(const QDate &d) const
    {
        return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
    }
    QString personEn(const Name &f, const Name &l) const
    {
        return QString::fromUtf8(f.en) + QLatin1Char(' ') + QString::fromUtf8(l.en);
    }
    QString personAr(const Name &f, const Name &l) const
    {
        return QString::fromUtf8(f.ar) + QLatin1Char(' ') + QString::fromUtf8(l.ar);
    }
    QString phone()
    {
        return QStringLiteral("+9665%1").arg(m_rng.between(0, 99999999), 8, 10, QLatin1Char('0'));
    }
    bool tick()
    {
        ++m_done;
        if (m_progress && (m_done % 2000) == 0) {
            const int pct =
                int(std::min<qint64>(99, m_done * 100 / std::max<qint64>(1, m_plannedRows)));
            if (!m_progress(pct))
                return fail(tr("Cancelled."));
        }
        return true;
    }
    const UserRow &userWithRole(const QList<UserRow> &users, const QStringList &roles)
    {
        for (int attempt = 0; attempt < 64; ++attempt) {
            const UserRow &u = users.at(m_rng.between(0, int(users.size()) - 1));
            if (roles.contains(u.role))
                return u;
        }
        return users.first();
    }
    bool audit(Inserter &ins, const QString &tenantId, const QString &userId, const QString &action,
               const QString &entityType, const QString &entityId, const QJsonObject &changes,
               const QDateTime &at)
    {
        return ins.insert({m_rng.uuid(), t(at), t(at), tenantId,
                           userId.isEmpty() ? QVariant() : userId, action, entityType, entityId,
                           json(changes),
                           QStringLiteral("10.%1.%2.%3")
                               .arg(m_rng.between(0, 255))
                               .arg(m_rng.between(0, 255))
                               .arg(m_rng.between(1, 254))}) &&
               tick();
    }

    bool tenant(const TenantSpec &spec, int index);

    Session &m_session;
    QSqlDatabase m_db;
    DemoOptions m_opt;
    Rng m_rng;
    DemoGenerator::Progress m_progress;
    QDateTime m_now;
    QTimeZone m_riyadh;
    QString m_error;
    qint64 m_done = 0;
    qint64 m_plannedRows = 1;
    int m_crCounter = 0;
    std::vector<std::unique_ptr<Inserter>> m_inserters;
    QHash<QString, Inserter *> m_ins;
};

bool Generator::run(DemoStats *stats, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    const bool pg = m_session.isPostgres();
    auto add = [this](const QString &table, const QStringList &cols) {
        m_inserters.push_back(std::make_unique<Inserter>(m_db, m_session.schema(), table, cols));
        m_ins.insert(table, m_inserters.back().get());
    };
    const QStringList base = {QStringLiteral("id"), QStringLiteral("created_at"),
                              QStringLiteral("updated_at")};
    auto cols = [&base](std::initializer_list<const char *> names) {
        QStringList out = base;
        for (const char *n : names)
            out << QString::fromLatin1(n);
        return out;
    };
    add(QStringLiteral("tenants"), cols({"name", "name_ar", "slug", "industry", "plan", "phone",
                                         "email", "whatsapp_number", "settings", "is_active"}));
    add(QStringLiteral("users"),
        cols({"tenant_id", "email", "password_hash", "full_name", "full_name_ar", "role", "phone",
              "is_active", "last_login"}));
    add(QStringLiteral("leads"),
        cols({"tenant_id", "assigned_to", "name", "phone", "email", "source", "status", "score",
              "notes", "extra_metadata", "company_name", "sector", "city"}));
    add(QStringLiteral("deals"),
        cols({"tenant_id", "lead_id", "assigned_to", "title", "value", "currency", "stage",
              "probability", "expected_close_date", "closed_at", "notes", "payment_status"}));
    add(QStringLiteral("approval_requests"),
        cols({"tenant_id", "channel", "resource_type", "resource_id", "payload", "status",
              "requested_by_id", "reviewed_by_id", "reviewed_at", "note", "priority", "category",
              "escalation_level", "sla_deadline_at"}));
    add(QStringLiteral("integration_sync_states"),
        cols({"tenant_id", "connector_key", "display_name_ar", "last_success_at", "last_attempt_at",
              "status", "last_error"}));
    add(QStringLiteral("compliance_controls"),
        cols({"tenant_id", "control_id", "control_name", "control_name_ar", "category", "status",
              "evidence_source", "last_checked_at", "last_result", "remediation_plan", "owner",
              "risk_level"}));
    add(QStringLiteral("contradictions"),
        cols({"tenant_id", "source_a", "source_b", "claim_a", "claim_b", "contradiction_type",
              "severity", "status", "detected_by", "resolution", "evidence", "resolved_by_id",
              "resolved_at"}));
    add(QStringLiteral("company_profiles"),
        cols({"tenant_id", "company_name", "cr_number", "industry", "region", "capabilities",
              "needs", "trust_score", "is_verified"}));
    add(QStringLiteral("strategic_deals"), cols({"tenant_id",
                                                 "initiator_profile_id",
                                                 "target_profile_id",
                                                 "target_company_name",
                                                 "target_contact_phone",
                                                 "target_contact_email",
                                                 "deal_type",
                                                 "deal_title",
                                                 "deal_title_ar",
                                                 "our_offer",
                                                 "our_need",
                                                 "proposed_terms",
                                                 "agreed_terms",
                                                 "estimated_value_sar",
                                                 "status",
                                                 "channel",
                                                 "ai_confidence",
                                                 "negotiation_history",
                                                 "notes",
                                                 "notes_ar",
                                                 "closed_at"}));
    add(QStringLiteral("evidence_packs"),
        cols({"tenant_id", "title", "title_ar", "pack_type", "entity_type", "entity_id",
              "assembled_by_id", "reviewed_by_id", "reviewed_at", "status", "contents",
              "pack_metadata", "hash_signature"}));
    add(QStringLiteral("consents"),
        cols({"tenant_id", "lead_id", "contact_phone", "contact_email", "channel", "status",
              "opted_in_at", "opted_out_at", "source", "ip_address"}));
    add(QStringLiteral("pdpl_consents"),
        cols({"tenant_id", "contact_id", "purpose", "channel", "status", "expires_at", "granted_by",
              "granted_at", "revoked_at"}));
    add(QStringLiteral("pdpl_consent_audit"),
        cols({"tenant_id", "consent_id", "contact_id", "actor_id", "action", "channel", "purpose",
              "details"}));
    add(QStringLiteral("pdpl_data_requests"),
        cols({"tenant_id", "contact_id", "request_type", "status", "requested_at", "completed_at",
              "response_data", "handled_by", "notes"}));
    add(QStringLiteral("audit_logs"), cols({"tenant_id", "user_id", "action", "entity_type",
                                            "entity_id", "changes", "ip_address"}));
    add(QStringLiteral("revenue_targets"),
        cols({"tenant_id", "period_start", "period_end", "track", "target_value_sar"}));
    add(QStringLiteral("compliance_scan_results"),
        cols({"tenant_id", "control_id", "status", "evidence", "checked_at", "checked_by"}));
    add(QStringLiteral("risks"), cols({"tenant_id", "title", "title_ar", "category", "likelihood",
                                       "impact", "status", "owner", "mitigation"}));
    for (const auto &ins : m_inserters) {
        if (!check(*ins)) {
            *error = m_error;
            return false;
        }
    }
    double totalWeight = 0;
    for (const TenantSpec &spec : Tenants)
        totalWeight += spec.weight;
    // Rows per unit of tenant weight at scale 1, for progress only.
    m_plannedRows = qint64(totalWeight * m_opt.scale * (1800 * 3.2 + 3000 + 240 * 1.6) + 2000);

    for (int i = 0; i < int(std::size(Tenants)); ++i) {
        if (!m_db.transaction()) {
            *error = sqlErrorText(m_db.lastError());
            return false;
        }
        // Forced row-level security on PostgreSQL admits only rows of the session's tenant:
        // write each tenant under its own app.tenant_id.
        if (!tenant(Tenants[i], i)) {
            m_db.rollback();
            *error = m_error;
            return false;
        }
        if (!m_db.commit()) {
            *error = sqlErrorText(m_db.lastError());
            return false;
        }
    }
    Q_UNUSED(pg)
    if (stats) {
        stats->totalRows = 0;
        for (const auto &ins : m_inserters) {
            stats->rowsPerTable.insert(ins->table(), ins->count());
            stats->totalRows += ins->count();
        }
        stats->elapsedMs = timer.elapsed();
    }
    if (m_progress)
        m_progress(100);
    return true;
}

bool Generator::tenant(const TenantSpec &spec, int index)
{
    const double w = spec.weight;
    const QString tenantId = m_rng.uuid();
    QString rlsError;
    if (!m_session.setRlsTenant(tenantId, &rlsError))
        return fail(rlsError);
    const QDateTime tenantCreated = workTime(560, 580);
    const QString slug = QString::fromLatin1(spec.slug);
    const QString domain = slug + QStringLiteral(".sa");
    Inserter &tenants = *m_ins.value(QStringLiteral("tenants"));
    if (!tenants.insert(
            {tenantId, t(tenantCreated), t(tenantCreated), QString::fromUtf8(spec.name),
             QString::fromUtf8(spec.nameAr), slug, QString::fromLatin1(spec.industry),
             index == 0 ? QStringLiteral("enterprise") : QStringLiteral("professional"), phone(),
             QStringLiteral("info@") + domain, phone(),
             json(QJsonObject{{QStringLiteral("timezone"), QStringLiteral("Asia/Riyadh")},
                              {QStringLiteral("currency"), QStringLiteral("SAR")},
                              {QStringLiteral("locale"), QStringLiteral("ar-SA")}}),
             true}))
        return check(tenants);

    // Users: one owner, two admins, three managers, eight agents (one inactive).
    Inserter &usersIns = *m_ins.value(QStringLiteral("users"));
    QList<UserRow> users;
    const QStringList roles = {QStringLiteral("owner"),   QStringLiteral("admin"),
                               QStringLiteral("admin"),   QStringLiteral("manager"),
                               QStringLiteral("manager"), QStringLiteral("manager")};
    for (int u = 0; u < 14; ++u) {
        const Name &f = FirstNames[(u * 5 + index * 3) % std::size(FirstNames)];
        const Name &l = FamilyNames[(u * 7 + index) % std::size(FamilyNames)];
        const QString role = u < roles.size() ? roles.at(u) : QStringLiteral("agent");
        const QString id = m_rng.uuid();
        const QString email = QString::fromUtf8(f.en).toLower() + QLatin1Char('.') +
                              QString::fromUtf8(l.en).toLower().remove(QLatin1Char('-')) +
                              QString::number(u) + QLatin1Char('@') + domain;
        const QDateTime created = tenantCreated.addDays(u);
        if (!usersIns.insert({id, t(created), t(created), tenantId, email,
                              QStringLiteral("$2b$12$demo.not.a.real.hash.%1").arg(u),
                              personEn(f, l), personAr(f, l), role, phone(), u != 13,
                              t(workTime(0, 20))}))
            return check(usersIns);
        users.append({id, role, personEn(f, l)});
        tick();
    }
    const QStringList deciders = {QStringLiteral("owner"), QStringLiteral("admin"),
                                  QStringLiteral("manager")};
    Inserter &auditIns = *m_ins.value(QStringLiteral("audit_logs"));
    for (const UserRow &u : std::as_const(users)) {
        if (!audit(auditIns, tenantId, u.id, QStringLiteral("user.login"), QStringLiteral("user"),
                   u.id, QJsonObject{{QStringLiteral("method"), QStringLiteral("password")}},
                   workTime(0, 10)))
            return check(auditIns);
    }

    // Leads.
    const QStringList leadSources = {QStringLiteral("whatsapp"), QStringLiteral("website"),
                                     QStringLiteral("referral"), QStringLiteral("social"),
                                     QStringLiteral("phone")};
    const QStringList leadStatuses = {QStringLiteral("new"),       QStringLiteral("contacted"),
                                      QStringLiteral("qualified"), QStringLiteral("proposal"),
                                      QStringLiteral("won"),       QStringLiteral("lost")};
    Inserter &leadsIns = *m_ins.value(QStringLiteral("leads"));
    struct LeadRow {
        QString id;
        QString status;
        QDateTime created;
        QString phone;
        QString email;
    };
    std::vector<LeadRow> leads;
    const qint64 leadCount = scaled(1800, w, 30);
    leads.reserve(size_t(leadCount));
    for (qint64 i = 0; i < leadCount; ++i) {
        const Name &f = m_rng.pick(FirstNames);
        const Name &l = m_rng.pick(FamilyNames);
        const Name &city = m_rng.chance(0.5) ? Cities[spec.cityIndex] : m_rng.pick(Cities);
        const Name &company = m_rng.pick(Companies);
        const bool arabic = m_rng.chance(0.5);
        LeadRow row{m_rng.uuid(), m_rng.cover(leadStatuses, i), workTime(0, 545), phone(),
                    QString()};
        row.email = QStringLiteral("lead%1.%2@example.sa").arg(i).arg(index);
        if (!leadsIns.insert({row.id, t(row.created),
                              t(std::min(m_now, row.created.addDays(m_rng.between(0, 30)))),
                              tenantId, users.at(m_rng.between(6, 12)).id,
                              arabic ? personAr(f, l) : personEn(f, l), row.phone, row.email,
                              m_rng.cover(leadSources, i), row.status, m_rng.between(5, 98),
                              QVariant(),
                              json(QJsonObject{{QStringLiteral("utm_campaign"),
                                                QStringLiteral("q%1").arg(m_rng.between(1, 4))}}),
                              QString::fromUtf8(arabic ? company.ar : company.en),
                              QString::fromLatin1(m_rng.pick(Sectors)),
                              QString::fromUtf8(arabic ? city.ar : city.en)}))
            return check(leadsIns);
        leads.push_back(row);
        if (!tick())
            return false;
    }

    // Deals: both stage vocabularies Dealix uses (model comment and deal_service).
    Inserter &dealsIns = *m_ins.value(QStringLiteral("deals"));
    const QStringList openStages = {QStringLiteral("new"), QStringLiteral("discovery"),
                                    QStringLiteral("proposal"), QStringLiteral("negotiation")};
    const QStringList paymentStatuses = {QStringLiteral("unpaid"), QStringLiteral("pending"),
                                         QStringLiteral("paid"), QStringLiteral("expired")};
    const qint64 dealCount = scaled(3000, w, 40);
    QStringList dealIds; // the tenant's deals: what its approval requests point at
    dealIds.reserve(dealCount);
    qint64 wonHalalasPerMonth = 0;
    for (qint64 i = 0; i < dealCount; ++i) {
        const double r = m_rng.real();
        QString stage;
        if (i < 6)
            stage = i < 4 ? openStages.at(qsizetype(i))
                          : (i == 4 ? QStringLiteral("closed_won") : QStringLiteral("closed_lost"));
        else
            stage = r < 0.30   ? QStringLiteral("closed_won")
                    : r < 0.48 ? QStringLiteral("closed_lost")
                               : m_rng.pick(openStages);
        const bool closed = stage.startsWith(QLatin1String("closed"));
        const QDateTime created = workTime(closed ? 20 : 0, 545);
        QDateTime closedAt;
        if (closed) {
            // Closed 1 to 120 days after creation, never after now: deals close evenly over
            // time instead of piling up in the last days.
            const int maxDays =
                int(std::min<qint64>(120, std::max<qint64>(1, created.daysTo(m_now) - 1)));
            closedAt = created.addDays(m_rng.between(1, maxDays));
            if (closedAt > m_now)
                closedAt = m_now.addSecs(-3600);
        }
        // Log-uniform amounts between 5,000 and 2,500,000 SAR, to the halala.
        const qint64 halalas =
            qint64(std::exp(std::log(5000.0) + m_rng.real() * std::log(500.0)) * 100);
        QVariant value = money(halalas);
        if (m_rng.chance(0.01))
            value = QVariant();
        const QString currency = m_rng.chance(0.95) ? QStringLiteral("SAR")
                                                    : (m_rng.chance(0.6) ? QStringLiteral("USD")
                                                                         : QStringLiteral("AED"));
        int probability = 0;
        if (stage == QLatin1String("closed_won"))
            probability = 100;
        else if (stage == QLatin1String("new"))
            probability = 10;
        else if (stage == QLatin1String("discovery"))
            probability = 20;
        else if (stage == QLatin1String("proposal"))
            probability = 40 + m_rng.between(0, 20);
        else if (stage == QLatin1String("negotiation"))
            probability = 60 + m_rng.between(0, 30);
        QVariant prob = probability;
        if (!closed && m_rng.chance(0.02))
            prob = QVariant();
        QDate expected = closed ? closedAt.date().addDays(m_rng.between(-10, 10))
                                : m_now.date().addDays(m_rng.between(-30, 182));
        const Name &product = m_rng.pick(Products);
        const Name &company = m_rng.pick(Companies);
        const bool arabic = m_rng.chance(0.4);
        const QString title = arabic ? QString::fromUtf8(product.ar) + QStringLiteral(" – ") +
                                           QString::fromUtf8(company.ar)
                                     : QString::fromUtf8(product.en) + QStringLiteral(" – ") +
                                           QString::fromUtf8(company.en);
        if (stage == QLatin1String("closed_won") && currency == QLatin1String("SAR") &&
            value.isValid())
            wonHalalasPerMonth += halalas;
        const QDateTime updated =
            closed ? closedAt : std::min(m_now, created.addDays(m_rng.between(0, 40)));
        dealIds << m_rng.uuid();
        if (!dealsIns.insert({dealIds.constLast(), t(created), t(updated), tenantId,
                              leads.at(size_t(m_rng.between(0, int(leads.size()) - 1))).id,
                              users.at(m_rng.between(3, 12)).id, title, value, currency, stage,
                              prob, date(expected), t(closedAt), QVariant(),
                              closed && stage == QLatin1String("closed_won")
                                  ? m_rng.cover(paymentStatuses, i)
                                  : QStringLiteral("unpaid")}))
            return check(dealsIns);
        if (!tick())
            return false;
    }
    wonHalalasPerMonth /= 18;

    // Approval requests: pending ones within SLA, in warning and breached relative to now;
    // decided ones spread over the last 18 months with their audit rows.
    Inserter &apprIns = *m_ins.value(QStringLiteral("approval_requests"));
    const QStringList channels = {QStringLiteral("whatsapp"), QStringLiteral("email"),
                                  QStringLiteral("sms"), QStringLiteral("system")};
    const QStringList resourceTypes = {
        QStringLiteral("strategic_deal"), QStringLiteral("partner_data_sharing"),
        QStringLiteral("deal_discount"),  QStringLiteral("outreach_message"),
        QStringLiteral("evidence_pack"),  QStringLiteral("deal")};
    // A request about a record points at a real row of its own tenant: the strategic deals and
    // evidence packs written further down take ids drawn here, deals the ids written above.
    QStringList strategicIds, packIds;
    for (qint64 i = 0, n = scaled(70, w, 14); i < n; ++i)
        strategicIds << m_rng.uuid();
    for (qint64 i = 0, n = scaled(25, w, 10); i < n; ++i)
        packIds << m_rng.uuid();
    auto resourceFor = [&](const QString &type) {
        const QStringList *pool =
            type == QLatin1String("strategic_deal")  ? &strategicIds
            : type == QLatin1String("evidence_pack") ? &packIds
            : (type == QLatin1String("deal") || type == QLatin1String("deal_discount")) ? &dealIds
                                                                                        : nullptr;
        // Partner data sharing and outreach messages have no table of their own here.
        return pool ? pool->at(m_rng.between(0, int(pool->size()) - 1)) : m_rng.uuid();
    };
    const QStringList priorities = {QStringLiteral("critical"), QStringLiteral("high"),
                                    QStringLiteral("normal"), QStringLiteral("low")};
    const QStringList categories = {QStringLiteral("pricing"),      QStringLiteral("partnership"),
                                    QStringLiteral("data_sharing"), QStringLiteral("outreach"),
                                    QStringLiteral("contract"),     QStringLiteral("general")};
    const QStringList statuses = {QStringLiteral("pending"), QStringLiteral("approved"),
                                  QStringLiteral("rejected")};
    const char *levelLabelsAr[] = {"ضمن المهلة", "تحذير", "تجاوز المهلة", "تصعيد للإدارة العليا"};
    const qint64 apprCount = scaled(240, w, 24);
    for (qint64 i = 0; i < apprCount; ++i) {
        const QString status =
            i < 3 ? statuses.at(qsizetype(i)) : m_rng.weighted(statuses, {0.35, 0.45, 0.20});
        const bool sensitive = m_rng.chance(0.3); // saudi_sensitive_workflow preset: 4/12 h
        const double warnH = 4;
        const double breachH = sensitive ? 12 : 24;
        QDateTime created;
        if (status == QLatin1String("pending")) {
            // Cycle through within SLA, warning (deadline within 4 h) and breached.
            const int bucket = int(i % 3);
            double ageH = bucket == 0   ? m_rng.real() * (breachH - 4.5)
                          : bucket == 1 ? breachH - 4 + m_rng.real() * 3.9
                                        : breachH + 0.5 + m_rng.real() * 90;
            created = m_now.addSecs(-qint64(ageH * 3600) - 60);
        } else {
            created = workTime(2, 545);
        }
        const double ageH = double(created.secsTo(m_now)) / 3600.0;
        const int level = ageH < warnH ? 0 : ageH < breachH ? 1 : ageH < breachH * 2 ? 2 : 3;
        const QString priority = m_rng.cover(priorities, i);
        const QString category = m_rng.cover(categories, i);
        const QString resourceType = m_rng.cover(resourceTypes, i);
        const QString requester = users.at(m_rng.between(3, 12)).id;
        QJsonObject sla{
            {QStringLiteral("escalation_level"), status == QLatin1String("pending") ? level : 0},
            {QStringLiteral("escalation_label_ar"),
             QString::fromUtf8(levelLabelsAr[status == QLatin1String("pending") ? level : 0])},
            {QStringLiteral("age_hours"), std::round(ageH * 10) / 10},
            {QStringLiteral("warn_threshold_hours"), warnH},
            {QStringLiteral("breach_threshold_hours"), breachH},
            {QStringLiteral("updated_at"), Session::timeText(m_now)},
            {QStringLiteral("escalation_changed_at"),
             Session::timeText(created.addSecs(qint64(std::min(ageH, breachH) * 3600)))},
            {QStringLiteral("priority"), priority}};
        QJsonObject payload{{QStringLiteral("category"), category},
                            {QStringLiteral("_dealix_sla"), sla},
                            {QStringLiteral("_correlation_id"),
                             QStringLiteral("corr-%1").arg(m_rng.uuid().left(8))}};
        if (m_rng.chance(0.5)) {
            const QStringList reversibility = {QStringLiteral("reversible"),
                                               QStringLiteral("partially_reversible"),
                                               QStringLiteral("irreversible")};
            payload.insert(
                QStringLiteral("approval_packet"),
                QJsonObject{
                    {QStringLiteral("action"), resourceType == QLatin1String("deal_discount")
                                                   ? QStringLiteral("apply_discount")
                                                   : QStringLiteral("proceed_") + resourceType},
                    {QStringLiteral("action_class"), QStringLiteral("B")},
                    {QStringLiteral("resource_type"), resourceType},
                    {QStringLiteral("tenant_id"), tenantId},
                    {QStringLiteral("requested_by"), requester},
                    {QStringLiteral("priority"), priority},
                    {QStringLiteral("sla_hours"), int(breachH)},
                    {QStringLiteral("context"),
                     QJsonObject{{QStringLiteral("city"), QString::fromUtf8(m_rng.pick(Cities).ar)},
                                 {QStringLiteral("value_sar"), m_rng.between(10, 900) * 1000}}},
                    {QStringLiteral("risk_summary"),
                     QStringLiteral("مخاطر متوسطة: يتطلب موافقة المدير قبل التنفيذ")},
                    {QStringLiteral("reversibility"), m_rng.pick(reversibility)}});
        }
        // 15% of rows carry the SLA only in payload, as the plain Dealix schema does.
        const bool enhanced = !m_rng.chance(0.15);
        const QDateTime deadline = created.addSecs(qint64(breachH * 3600));
        QVariant reviewer, reviewedAt, note;
        QString reviewerId;
        if (status != QLatin1String("pending")) {
            reviewerId = userWithRole(users, deciders).id;
            reviewer = reviewerId;
            QDateTime at = created.addSecs(m_rng.between(600, 40 * 3600));
            if (at > m_now)
                at = m_now.addSecs(-60);
            reviewedAt = t(at);
            if (status == QLatin1String("rejected"))
                note = QStringLiteral(
                    "الخصم يتجاوز الحد المعتمد – Discount exceeds the approved limit");
            else if (m_rng.chance(0.5))
                note = QStringLiteral("Approved within policy / معتمد ضمن السياسة");
        }
        const QString id = m_rng.uuid();
        if (!apprIns.insert(
                {id, t(created), reviewedAt.isValid() ? reviewedAt : t(created), tenantId,
                 m_rng.cover(channels, i), resourceType, resourceFor(resourceType), json(payload),
                 status, requester, reviewer, reviewedAt, note,
                 enhanced ? QVariant(priority) : QVariant(),
                 enhanced ? QVariant(category) : QVariant(),
                 enhanced ? QVariant(status == QLatin1String("pending") ? level : 0) : QVariant(),
                 enhanced ? t(deadline) : QVariant()}))
            return check(apprIns);
        if (!tick())
            return false;
        if (status != QLatin1String("pending") && !m_rng.chance(0.03)) {
            if (!audit(
                    auditIns, tenantId, reviewerId,
                    QStringLiteral("approval.") + (status == QLatin1String("approved")
                                                       ? QStringLiteral("approve")
                                                       : QStringLiteral("reject")),
                    QStringLiteral("approval_request"), id,
                    QJsonObject{
                        {QStringLiteral("before"),
                         QJsonObject{{QStringLiteral("status"), QStringLiteral("pending")}}},
                        {QStringLiteral("after"), QJsonObject{{QStringLiteral("status"), status}}},
                        {QStringLiteral("note"), note.toString()}},
                    Session::readTime(reviewedAt)))
                return check(auditIns);
        }
    }

    // Connectors: the 7 known ones in every state; tenant 1 leaves "cal" unconfigured and
    // registers one connector Dealix does not know.
    Inserter &connIns = *m_ins.value(QStringLiteral("integration_sync_states"));
    const QStringList connStatuses = {QStringLiteral("ok"), QStringLiteral("degraded"),
                                      QStringLiteral("error"), QStringLiteral("unknown"),
                                      QStringLiteral("disabled")};
    const char *errors[] = {"HTTP 503 from upstream after 3 retries",
                            "TLS handshake failed: certificate expired", "Timed out after 5000 ms",
                            "401 Unauthorized: token revoked"};
    const QList<KnownConnector> &Connectors = KnownConnectors::all();
    for (int c = 0; c < int(Connectors.size()); ++c) {
        if (index == 0 && QLatin1String(Connectors[c].key) == QLatin1String("cal"))
            continue;
        if (index == 2 && c > 1 && c != 4)
            continue;
        const QString status = index == 2 ? QStringLiteral("unknown")
                                          : connStatuses.at((c + index * 2) % connStatuses.size());
        const QDateTime attempt = m_now.addSecs(-m_rng.between(60, 7200));
        const QDateTime success = status == QLatin1String("ok")
                                      ? attempt
                                      : attempt.addSecs(-m_rng.between(3600, 86400 * 9));
        const QString created = Session::timeText(tenantCreated.addDays(c));
        if (!connIns.insert(
                {m_rng.uuid(), created, t(attempt), tenantId,
                 QString::fromLatin1(Connectors[c].key), QString::fromUtf8(Connectors[c].nameAr),
                 status == QLatin1String("unknown") ? QVariant() : t(success), t(attempt), status,
                 status == QLatin1String("error") || status == QLatin1String("degraded")
                     ? QVariant(QString::fromLatin1(errors[c % 4]))
                     : QVariant()}))
            return check(connIns);
        tick();
    }
    if (index == 0) {
        const QDateTime attempt = m_now.addSecs(-5400);
        if (!connIns.insert({m_rng.uuid(), t(tenantCreated), t(attempt), tenantId,
                             QStringLiteral("zatca_fatoora"),
                             QStringLiteral("منصة فاتورة (هيئة الزكاة)"), t(attempt.addDays(-1)),
                             t(attempt), QStringLiteral("degraded"),
                             QStringLiteral("Slow response: 4200 ms")}))
            return check(connIns);
    }

    // Compliance controls: the 14 seeded ones; tenant 2 is as Dealix seeds it (all partial).
    Inserter &ctrlIns = *m_ins.value(QStringLiteral("compliance_controls"));
    const QStringList ctrlStatuses = {QStringLiteral("COMPLIANT"), QStringLiteral("PARTIAL"),
                                      QStringLiteral("NON_COMPLIANT"),
                                      QStringLiteral("NOT_APPLICABLE")};
    for (int c = 0; c < int(std::size(Controls)); ++c) {
        const ControlSpec &cs = Controls[c];
        const bool sector = QLatin1String(cs.category) == QLatin1String("SECTOR_SPECIFIC");
        if (sector && index == 2)
            continue;
        QString status = QStringLiteral("PARTIAL");
        if (index < 2)
            status = ctrlStatuses.at((c * 3 + index) % ctrlStatuses.size());
        const QDateTime checked = workTime(1, 60);
        const QString created = Session::timeText(tenantCreated.addDays(1));
        if (!ctrlIns.insert(
                {m_rng.uuid(), created, t(checked), tenantId, QString::fromLatin1(cs.id),
                 QString::fromUtf8(cs.name), QString::fromUtf8(cs.nameAr),
                 QString::fromLatin1(cs.category), status, QString::fromLatin1(cs.evidence),
                 index == 2 ? QVariant() : t(checked),
                 index == 2
                     ? QVariant()
                     : QVariant(json(QJsonObject{
                           {QStringLiteral("status"), status.toLower()},
                           {QStringLiteral("checked_by"), QStringLiteral("manual_review")}})),
                 status == QLatin1String("NON_COMPLIANT") || status == QLatin1String("PARTIAL")
                     ? QVariant(
                           QStringLiteral("خطة معالجة خلال 30 يوما – remediation within 30 days"))
                     : QVariant(),
                 QStringLiteral("compliance@") + domain, QString::fromLatin1(cs.risk)}))
            return check(ctrlIns);
        tick();
        // The history of check results (our compliance_scan_results): three checks over the
        // last three weeks, the last one giving today's status.
        if (index < 2) {
            Inserter &scanIns = *m_ins.value(QStringLiteral("compliance_scan_results"));
            const int ages[] = {20, 9, 2};
            for (int k = 0; k < 3; ++k) {
                const QString result = k == 2 ? status : m_rng.pick(ctrlStatuses);
                const QDateTime at = workTime(ages[k], ages[k] + 0.5);
                if (!scanIns.insert({m_rng.uuid(), t(at), t(at), tenantId,
                                     QString::fromLatin1(cs.id), result,
                                     json(QJsonObject{{QStringLiteral("source"),
                                                       QStringLiteral("manual_review")}}),
                                     t(at), users.at(1).id}))
                    return check(scanIns);
                tick();
            }
        }
    }

    // Contradictions.
    Inserter &contrIns = *m_ins.value(QStringLiteral("contradictions"));
    const QStringList cTypes = {QStringLiteral("FACTUAL"), QStringLiteral("TEMPORAL"),
                                QStringLiteral("SCOPE"), QStringLiteral("POLICY")};
    const QStringList cSev = {QStringLiteral("CRITICAL"), QStringLiteral("HIGH"),
                              QStringLiteral("MEDIUM"), QStringLiteral("LOW")};
    const QStringList cStatus = {QStringLiteral("DETECTED"), QStringLiteral("REVIEWING"),
                                 QStringLiteral("RESOLVED"), QStringLiteral("ACCEPTED")};
    const QStringList detectedBy = {QStringLiteral("manual"), QStringLiteral("ai_scan"),
                                    QStringLiteral("runtime")};
    const char *claims[][4] = {
        {"CRM deal record", "Signed contract", "Contract value is SAR 1,200,000",
         "قيمة العقد الموقع 1,150,000 ريال"},
        {"Pricing policy", "Sales proposal", "Maximum discount is 15%",
         "الخصم المقدم في العرض 22%"},
        {"Delivery schedule", "Customer email", "Delivery in Q3",
         "التسليم مطلوب قبل نهاية الربع الثاني"},
        {"Consent register", "Outreach log", "Customer opted out on WhatsApp",
         "أرسلت رسالة واتساب بعد الانسحاب"},
        {"Board minutes", "Forecast sheet", "Target growth 20%", "التوقعات تفترض نموا بنسبة 35%"},
    };
    const qint64 contrCount = scaled(40, w, 12);
    for (qint64 i = 0; i < contrCount; ++i) {
        const auto &cl = claims[m_rng.between(0, int(std::size(claims)) - 1)];
        const QString status = m_rng.cover(cStatus, i);
        const QDateTime created = workTime(0.5, 400);
        const bool closed =
            status == QLatin1String("RESOLVED") || status == QLatin1String("ACCEPTED");
        QVariant resolvedAt, resolvedBy, resolution;
        QString resolverId;
        if (closed) {
            QDateTime at = created.addSecs(m_rng.between(3600, 86400 * 20));
            if (at > m_now)
                at = m_now.addSecs(-300);
            resolvedAt = t(at);
            resolverId = userWithRole(users, deciders).id;
            resolvedBy = resolverId;
            resolution =
                status == QLatin1String("RESOLVED")
                    ? QStringLiteral("Corrected the CRM record / تم تصحيح السجل")
                    : QStringLiteral("Accepted as a known exception / قبول كاستثناء معروف");
        }
        const QString id = m_rng.uuid();
        if (!contrIns.insert(
                {id, t(created), closed ? resolvedAt : t(created), tenantId,
                 QString::fromUtf8(cl[0]), QString::fromUtf8(cl[1]), QString::fromUtf8(cl[2]),
                 QString::fromUtf8(cl[3]), m_rng.cover(cTypes, i), m_rng.cover(cSev, i), status,
                 m_rng.cover(detectedBy, i), resolution,
                 json(QJsonObject{
                     {QStringLiteral("documents"),
                      QJsonArray{QStringLiteral("contract.pdf"), QStringLiteral("crm_export.csv")}},
                     {QStringLiteral("confidence"), std::round(m_rng.real() * 100) / 100}}),
                 resolvedBy, resolvedAt}))
            return check(contrIns);
        if (!tick())
            return false;
        if (closed &&
            !audit(
                auditIns, tenantId, resolverId, QStringLiteral("contradiction.resolve"),
                QStringLiteral("contradiction"), id,
                QJsonObject{{QStringLiteral("before"),
                             QJsonObject{{QStringLiteral("status"), QStringLiteral("reviewing")}}},
                            {QStringLiteral("after"),
                             QJsonObject{{QStringLiteral("status"), status.toLower()}}}},
                Session::readTime(resolvedAt)))
            return check(auditIns);
    }

    // Company profiles and strategic deals.
    Inserter &profIns = *m_ins.value(QStringLiteral("company_profiles"));
    QStringList profiles;
    QStringList profileNames;
    const qint64 profCount = scaled(40, w, 10);
    for (qint64 i = 0; i < profCount; ++i) {
        const Name &company = Companies[size_t(i) % std::size(Companies)];
        const Name &city = m_rng.pick(Cities);
        const QString id = m_rng.uuid();
        const QString name = QString::fromUtf8(company.en) +
                             (i >= qint64(std::size(Companies))
                                  ? QStringLiteral(" %1").arg(i / qint64(std::size(Companies)) + 1)
                                  : QString());
        const QDateTime created = workTime(30, 545);
        if (!profIns.insert(
                {id, t(created), t(created), tenantId, name,
                 QStringLiteral("10%1").arg(++m_crCounter, 8, 10, QLatin1Char('0')),
                 QString::fromLatin1(m_rng.pick(Sectors)), QString::fromUtf8(city.en),
                 json(QJsonArray{QStringLiteral("distribution"), QStringLiteral("installation")}),
                 json(QJsonArray{QStringLiteral("financing"), QStringLiteral("market_access")}),
                 std::round(m_rng.real() * 100) / 100, m_rng.chance(0.6)}))
            return check(profIns);
        profiles << id;
        profileNames << name;
        tick();
    }
    Inserter &sdIns = *m_ins.value(QStringLiteral("strategic_deals"));
    const QStringList sdTypes = {QStringLiteral("partnership"), QStringLiteral("distribution"),
                                 QStringLiteral("franchise"),   QStringLiteral("jv"),
                                 QStringLiteral("referral"),    QStringLiteral("acquisition"),
                                 QStringLiteral("barter")};
    const QStringList sdStatus = {QStringLiteral("discovery"),     QStringLiteral("outreach"),
                                  QStringLiteral("negotiating"),   QStringLiteral("term_sheet"),
                                  QStringLiteral("due_diligence"), QStringLiteral("closed_won"),
                                  QStringLiteral("closed_lost")};
    const QStringList sdChannels = {QStringLiteral("whatsapp"), QStringLiteral("linkedin"),
                                    QStringLiteral("email"), QStringLiteral("in_person")};
    const qint64 sdCount = strategicIds.size();
    for (qint64 i = 0; i < sdCount; ++i) {
        QString status = m_rng.cover(sdStatus, i);
        // One status this app does not know, as a newer Dealix could write: it must show up
        // in an "other" column, never vanish.
        if (index == 0 && i == sdStatus.size())
            status = QStringLiteral("on_hold");
        const QString type = m_rng.cover(sdTypes, i);
        const int target = m_rng.between(0, int(profiles.size()) - 1);
        const QDateTime created = workTime(1, 500);
        QDateTime closedAt;
        if (status.startsWith(QLatin1String("closed")))
            closedAt = std::min(m_now.addSecs(-3600), created.addDays(m_rng.between(20, 200)));
        const qint64 halalas = qint64(m_rng.between(200, 60000)) * 100000; // 200k .. 60M SAR
        const QString typeAr = type == QLatin1String("acquisition") ? QStringLiteral("استحواذ على ")
                               : type == QLatin1String("jv") ? QStringLiteral("مشروع مشترك مع ")
                                                             : QStringLiteral("شراكة مع ");
        if (!sdIns.insert(
                {strategicIds.at(i),
                 t(created),
                 t(closedAt.isValid() ? closedAt : created),
                 tenantId,
                 profiles.at(m_rng.between(0, int(profiles.size()) - 1)),
                 profiles.at(target),
                 profileNames.at(target),
                 phone(),
                 QStringLiteral("bd%1@partner.sa").arg(i),
                 type,
                 QStringLiteral("%1 with %2").arg(type, profileNames.at(target)),
                 m_rng.chance(0.8)
                     ? QVariant(typeAr + QString::fromUtf8(
                                             Companies[size_t(target) % std::size(Companies)].ar))
                     : QVariant(),
                 QStringLiteral("Distribution network in the Central region"),
                 QStringLiteral("Access to Western region retailers"),
                 json(QJsonObject{{QStringLiteral("revenue_share_percent"), m_rng.between(5, 30)}}),
                 status == QLatin1String("closed_won")
                     ? QVariant(
                           json(QJsonObject{{QStringLiteral("term_years"), m_rng.between(1, 5)}}))
                     : QVariant(),
                 m_rng.chance(0.95) ? QVariant(money(halalas)) : QVariant(),
                 status,
                 m_rng.cover(sdChannels, i),
                 std::round(m_rng.real() * 100) / 100,
                 json(QJsonArray{
                     QJsonObject{{QStringLiteral("at"), Session::timeText(created)},
                                 {QStringLiteral("event"), QStringLiteral("first_contact")}}}),
                 QVariant(),
                 QVariant(),
                 t(closedAt)}))
            return check(sdIns);
        tick();
    }

    // Evidence packs, hashed as Dealix hashes them; one pack of tenant 0 altered afterwards.
    Inserter &packIns = *m_ins.value(QStringLiteral("evidence_packs"));
    const QStringList packTypes = {
        QStringLiteral("DEAL_CLOSURE"), QStringLiteral("COMPLIANCE_AUDIT"),
        QStringLiteral("QUARTERLY_REVIEW"), QStringLiteral("INCIDENT_RESPONSE"),
        QStringLiteral("BOARD_REPORT")};
    const QStringList packStatus = {QStringLiteral("ASSEMBLING"), QStringLiteral("READY"),
                                    QStringLiteral("REVIEWED"), QStringLiteral("ARCHIVED")};
    const char *packTitles[][2] = {{"Deal closure evidence", "أدلة إغلاق الصفقة"},
                                   {"PDPL compliance audit", "تدقيق الامتثال لنظام حماية البيانات"},
                                   {"Quarterly business review", "المراجعة الربعية للأعمال"},
                                   {"Incident response record", "سجل الاستجابة للحوادث"},
                                   {"Board report pack", "حزمة تقرير مجلس الإدارة"}};
    const qint64 packCount = packIds.size();
    for (qint64 i = 0; i < packCount; ++i) {
        const QString type = m_rng.cover(packTypes, i);
        const QString status = m_rng.cover(packStatus, (i + 1) % std::max<qint64>(1, packCount));
        const auto &title = packTitles[packTypes.indexOf(type)];
        QJsonArray contents;
        const int items = m_rng.between(2, 4);
        for (int k = 0; k < items; ++k) {
            contents.append(QJsonObject{
                {QStringLiteral("type"),
                 k == 0 ? QStringLiteral("summary") : QStringLiteral("record")},
                {QStringLiteral("source"),
                 k == 0 ? QStringLiteral("dealix.executive_room") : QStringLiteral("deals")},
                {QStringLiteral("data"),
                 QJsonObject{{QStringLiteral("note_ar"), QStringLiteral("تمت المراجعة والتحقق")},
                             {QStringLiteral("amount_sar"), m_rng.between(1000, 500000)},
                             {QStringLiteral("ok"), m_rng.chance(0.9)},
                             {QStringLiteral("ref"),
                              QStringLiteral("DX-%1").arg(m_rng.between(1000, 9999))}}}});
        }
        const QString hash = PythonJson::sha256Hex(contents);
        if (index == 0 && i == 3) {
            // Altered after assembly: the stored hash no longer matches.
            QJsonObject first = contents.at(0).toObject();
            QJsonObject data = first.value(QStringLiteral("data")).toObject();
            data.insert(QStringLiteral("amount_sar"),
                        data.value(QStringLiteral("amount_sar")).toInt() + 100000);
            first.insert(QStringLiteral("data"), data);
            contents.replace(0, first);
        }
        const QDateTime created = workTime(1, 400);
        const bool reviewed =
            status == QLatin1String("REVIEWED") || status == QLatin1String("ARCHIVED");
        const QString reviewer = reviewed ? userWithRole(users, deciders).id : QString();
        if (!packIns.insert(
                {packIds.at(i), t(created), t(created), tenantId, QString::fromUtf8(title[0]),
                 m_rng.chance(0.85) ? QVariant(QString::fromUtf8(title[1])) : QVariant(), type,
                 QStringLiteral("deal"), m_rng.uuid(), users.at(m_rng.between(0, 5)).id,
                 reviewed ? QVariant(reviewer) : QVariant(),
                 reviewed ? t(std::min(m_now, created.addDays(2))) : QVariant(), status,
                 json(contents),
                 json(QJsonObject{
                     {QStringLiteral("period"), QStringLiteral("%1-Q%2")
                                                    .arg(created.date().year())
                                                    .arg((created.date().month() - 1) / 3 + 1)},
                     {QStringLiteral("generated_by"),
                      QStringLiteral("dealix.evidence_pack_service")}}),
                 hash}))
            return check(packIns);
        tick();
    }

    // Consents (both registers) with the audit trail PDPL-C10 looks for.
    Inserter &consIns = *m_ins.value(QStringLiteral("consents"));
    Inserter &pdplIns = *m_ins.value(QStringLiteral("pdpl_consents"));
    Inserter &pdplAudIns = *m_ins.value(QStringLiteral("pdpl_consent_audit"));
    // consents.channel and .status are native enums in Dealix (consentchannel, consentstatus):
    // the upper-case member names.
    const QStringList consChannels = {QStringLiteral("WHATSAPP"), QStringLiteral("SMS"),
                                      QStringLiteral("EMAIL"), QStringLiteral("VOICE"),
                                      QStringLiteral("ALL")};
    const QStringList consStatus = {QStringLiteral("OPTED_IN"), QStringLiteral("OPTED_OUT"),
                                    QStringLiteral("PENDING")};
    const QStringList purposes = {QStringLiteral("marketing"), QStringLiteral("sales"),
                                  QStringLiteral("service"), QStringLiteral("analytics")};
    const QStringList pdplChannels = {QStringLiteral("whatsapp"), QStringLiteral("email"),
                                      QStringLiteral("sms"), QStringLiteral("phone")};
    const QStringList pdplStatus = {QStringLiteral("granted"), QStringLiteral("revoked"),
                                    QStringLiteral("expired")};
    qint64 consentIndex = 0;
    qint64 pdplIndex = 0;
    for (const LeadRow &lead : leads) {
        if (m_rng.chance(0.7)) {
            const bool contacted = lead.status != QLatin1String("new");
            QString status = consentIndex < consStatus.size()
                                 ? consStatus.at(qsizetype(consentIndex))
                                 : (contacted ? m_rng.weighted(consStatus, {0.88, 0.07, 0.05})
                                              : m_rng.weighted(consStatus, {0.3, 0.1, 0.6}));
            const QDateTime at = lead.created.addSecs(m_rng.between(60, 86400));
            const QDateTime inAt = std::min(m_now, at);
            if (!consIns.insert(
                    {m_rng.uuid(), t(inAt), t(inAt), tenantId, lead.id, lead.phone, lead.email,
                     m_rng.cover(consChannels, consentIndex), status,
                     status == QLatin1String("OPTED_IN") || status == QLatin1String("OPTED_OUT")
                         ? t(inAt)
                         : QVariant(),
                     status == QLatin1String("OPTED_OUT")
                         ? t(std::min(m_now, inAt.addDays(m_rng.between(1, 90))))
                         : QVariant(),
                     m_rng.pick(leadSources),
                     QStringLiteral("185.%1.%2.%3")
                         .arg(m_rng.between(0, 255))
                         .arg(m_rng.between(0, 255))
                         .arg(m_rng.between(1, 254))}))
                return check(consIns);
            ++consentIndex;
            if (!tick())
                return false;
        }
        if (m_rng.chance(0.6)) {
            const QString status = pdplIndex < pdplStatus.size()
                                       ? pdplStatus.at(qsizetype(pdplIndex))
                                       : m_rng.weighted(pdplStatus, {0.75, 0.15, 0.10});
            QDateTime granted = std::min(m_now, lead.created.addSecs(m_rng.between(60, 86400)));
            QDateTime expires = granted.addDays(365);
            if (status == QLatin1String("expired") && expires > m_now) {
                granted = m_now.addDays(-m_rng.between(370, 500));
                expires = granted.addDays(365);
            }
            if (status == QLatin1String("granted") && m_rng.chance(0.02))
                expires = granted.addDays(540); // longer than the 12 months PDPL-C03 allows
            const QString purpose = m_rng.cover(purposes, pdplIndex);
            const QString channel = m_rng.cover(pdplChannels, pdplIndex);
            const QString id = m_rng.uuid();
            const QString grantedBy = users.at(m_rng.between(3, 12)).id;
            // Dealix stamps granted_at and, on revocation, revoked_at. The revocation day comes
            // from the consent's id, not the random stream, so that the rest of the data stays
            // as it was.
            const QDateTime revoked =
                status == QLatin1String("revoked")
                    ? std::min(m_now, granted.addDays(1 + qint64(qHash(id) % 200)))
                    : QDateTime();
            if (!pdplIns.insert({id, t(granted), t(granted), tenantId, lead.id, purpose, channel,
                                 status, t(expires), grantedBy, t(granted),
                                 status == QLatin1String("revoked") ? t(revoked) : QVariant()}))
                return check(pdplIns);
            ++pdplIndex;
            if (!tick())
                return false;
            auto auditRow = [&](const QString &action, const QDateTime &at) {
                return pdplAudIns.insert(
                           {m_rng.uuid(), t(at), t(at), tenantId, id, lead.id, grantedBy, action,
                            channel, purpose,
                            json(QJsonObject{
                                {QStringLiteral("source"), QStringLiteral("consent_manager")}})}) &&
                       tick();
            };
            if (!m_rng.chance(0.01) && !auditRow(QStringLiteral("granted"), granted))
                return check(pdplAudIns);
            if (status == QLatin1String("revoked") && !m_rng.chance(0.05)) {
                // The draw that once gave the revocation day, kept for the same stream.
                static_cast<void>(m_rng.between(1, 200));
                if (!auditRow(QStringLiteral("revoked"), revoked))
                    return check(pdplAudIns);
            }
            if (status == QLatin1String("expired") && !auditRow(QStringLiteral("expired"), expires))
                return check(pdplAudIns);
            if (status == QLatin1String("granted") && m_rng.chance(0.03) &&
                !auditRow(QStringLiteral("renewed"), std::min(m_now, granted.addDays(30))))
                return check(pdplAudIns);
        }
    }

    // Data subject requests (PDPL-C04/C05): most within 30 days, one late, one still open.
    Inserter &reqIns = *m_ins.value(QStringLiteral("pdpl_data_requests"));
    const QStringList reqTypes = {QStringLiteral("access"), QStringLiteral("correction"),
                                  QStringLiteral("deletion"), QStringLiteral("restriction")};
    const QStringList reqStatus = {QStringLiteral("pending"), QStringLiteral("processing"),
                                   QStringLiteral("completed"), QStringLiteral("rejected")};
    const qint64 reqCount = scaled(30, w, 8);
    for (qint64 i = 0; i < reqCount; ++i) {
        // Tenant 0 holds one request still open after 41 days and one completed in 40 days:
        // both fail PDPL-C04/C05's 30-day rule.
        const bool lateOpen = index == 0 && i == 1;
        const bool lateDone = index == 0 && i == 6;
        const QString status = lateDone ? QStringLiteral("completed") : m_rng.cover(reqStatus, i);
        const bool open =
            status == QLatin1String("pending") || status == QLatin1String("processing");
        QDateTime created = open ? workTime(0, 25) : workTime(lateDone ? 60 : 35, 500);
        if (lateOpen)
            created = m_now.addDays(-41);
        QDateTime completed;
        if (!open)
            completed = lateDone ? created.addDays(40) : created.addDays(m_rng.between(1, 25));
        // The late ones are a deletion request (open) and an access request (answered late),
        // so that PDPL-C04 and PDPL-C05 both have something to find; the draw is kept so that
        // the rest of the data does not move.
        const QString requestId = m_rng.uuid();
        const QString contact = leads.at(size_t(m_rng.between(0, int(leads.size()) - 1))).id;
        const QString drawn = m_rng.cover(reqTypes, i);
        const QString type = lateOpen   ? QStringLiteral("deletion")
                             : lateDone ? QStringLiteral("access")
                                        : drawn;
        // Dealix counts the 30 days from requested_at (set when the request is made).
        if (!reqIns.insert(
                {requestId, t(created), t(completed.isValid() ? completed : created), tenantId,
                 contact, type, status, t(created), t(completed),
                 completed.isValid()
                     ? json(QJsonObject{{QStringLiteral("channel"), QStringLiteral("email")}})
                     : QVariant(),
                 completed.isValid() ? users.at(qsizetype(1 + i % 3)).id : QVariant(), QVariant()}))
            return check(reqIns);
        tick();
    }

    // Monthly revenue targets, 18 months back to 6 ahead (optional table).
    Inserter &targetIns = *m_ins.value(QStringLiteral("revenue_targets"));
    const QDate firstMonth = QDate(m_now.date().year(), m_now.date().month(), 1).addMonths(-18);
    for (int mth = 0; mth < 25; ++mth) {
        const QDate start = firstMonth.addMonths(mth);
        const qint64 target =
            (wonHalalasPerMonth * (105 + m_rng.between(0, 15)) / 100) / 100000 * 100000;
        if (!targetIns.insert({m_rng.uuid(), t(tenantCreated), t(tenantCreated), tenantId,
                               date(start), date(start.addMonths(1).addDays(-1)),
                               QStringLiteral("revenue"), money(target)}))
            return check(targetIns);
        tick();
    }

    // Risk register (optional table).
    Inserter &riskIns = *m_ins.value(QStringLiteral("risks"));
    const char *riskTitles[][3] = {
        {"Key account concentration", "تركز الإيرادات في عميل رئيسي", "commercial"},
        {"Saudization quota shortfall", "نقص في نسبة التوطين", "regulatory"},
        {"Supplier delay from Jebel Ali port", "تأخر المورد من ميناء جبل علي", "operational"},
        {"Currency exposure on USD contracts", "مخاطر العملة في العقود بالدولار", "financial"},
        {"Data breach via third-party connector", "تسرب بيانات عبر موصل خارجي", "security"},
        {"Payment collection delays", "تأخر التحصيل", "financial"}};
    const QStringList riskStatus = {QStringLiteral("open"), QStringLiteral("mitigating"),
                                    QStringLiteral("closed")};
    for (int r = 0; r < 12; ++r) {
        const auto &rt = riskTitles[r % std::size(riskTitles)];
        const QDateTime created = workTime(5, 300);
        if (!riskIns.insert({m_rng.uuid(), t(created), t(created), tenantId,
                             QString::fromUtf8(rt[0]), QString::fromUtf8(rt[1]),
                             QString::fromUtf8(rt[2]), m_rng.between(1, 5), m_rng.between(1, 5),
                             m_rng.cover(riskStatus, r), users.at(m_rng.between(0, 5)).name,
                             QStringLiteral("Mitigation plan reviewed monthly")}))
            return check(riskIns);
        tick();
    }
    return true;
}

} // namespace

bool DemoGenerator::generate(Session &session, const DemoOptions &options, DemoStats *stats,
                             QString *error, const Progress &progress)
{
    QString localError;
    QString &err = error ? *error : localError;
    QSqlDatabase db = session.database();
    const bool fresh = !session.schema().hasTable(QStringLiteral("tenants"));
    if (fresh && (!Ddl::apply(db, &err, Ddl::Part::Tables) || !session.refreshSchema()))
        return false;
    if (!fresh) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("select count(*) from tenants")) && q.next() &&
            q.value(0).toLongLong() > 0) {
            err = tr("The target database already holds tenants; the demo data goes into an empty "
                     "database.");
            return false;
        }
    }
    Generator gen(session, options, progress);
    if (!gen.run(stats, &err))
        return false;
    if (fresh && !Ddl::apply(db, &err, Ddl::Part::Indexes))
        return false;
    if (session.isPostgres()) {
        // Only our tables: a plain role may not analyze the catalogs.
        QStringList names;
        for (const DealixSchema::Table &t : DealixSchema::tables())
            names << t.name;
        QSqlQuery q(db);
        q.exec(QStringLiteral("analyze ") + names.join(QLatin1String(", ")));
    }
    session.refreshSchema();
    return true;
}

bool DemoGenerator::writeSqliteFile(const QString &path, const DemoOptions &options,
                                    DemoStats *stats, QString *error, const Progress &progress)
{
    if (const QString refusal = AtomicFile::refuseSpecial(path); !refusal.isEmpty()) {
        if (error)
            *error = refusal;
        return false;
    }
    // A temporary file beside the target (AtomicFile::TempFile: removed on failure, swept by
    // the next writer if this process is killed), renamed into place when complete.
    AtomicFile::TempFile temp(path);
    if (!temp.create(error))
        return false;
    const QString tempPath = temp.path();
    bool ok = false;
    {
        Session session;
        if (!session.open(SourceUrl::sqlite(tempPath), Session::OpenMode::AllowEmpty)) {
            if (error)
                *error =
                    tr("Cannot write %1: %2").arg(DisplayText::plain(path), session.errorString());
            return false;
        }
        QSqlQuery q(session.database());
        // A fresh file of our own: no journal needed while it is filled; it is renamed into
        // place only when complete.
        q.exec(QStringLiteral("pragma journal_mode = off"));
        q.exec(QStringLiteral("pragma synchronous = off"));
        ok = generate(session, options, stats, error, progress);
        if (ok) {
            // WAL, kept in the file: the app's worker threads read this file while the window
            // writes decisions to it, and in WAL readers never block the writer (nor it them).
            ok = q.exec(QStringLiteral("analyze")) &&
                 q.exec(QStringLiteral("pragma journal_mode = wal"));
            if (!ok && error)
                *error = tr("Cannot write %1: %2")
                             .arg(DisplayText::plain(path), sqlErrorText(q.lastError()));
        }
    }
    if (!ok)
        return false;
    // Synced (the writes above were not), checked and renamed over an existing file.
    return temp.commit(error);
}
