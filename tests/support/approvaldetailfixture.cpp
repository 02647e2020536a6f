#include "tests/support/approvaldetailfixture.h"

#include "models/approvals/approvaldetail.h"
#include "models/source/ddl.h"
#include "tests/support/fixtureloader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <tuple>

#include <catch2/catch.hpp>

namespace ApprovalDetailFixture {

namespace {

using FixtureLoader::Loader;
using FixtureLoader::T;

const char *const Deciders = "f1000000-0000-4000-8000-000000000001";
const char *const Other = "f2000000-0000-4000-8000-000000000002";
const QString Requester = QStringLiteral("e2000000-0000-4000-8000-000000000011");
const QString Reviewer = QStringLiteral("e2000000-0000-4000-8000-000000000012");
const QString Initiator = QStringLiteral("a2000000-0000-4000-8000-000000000001");
const QString Target = QStringLiteral("a2000000-0000-4000-8000-000000000002");
const QString OtherProfile = QStringLiteral("a3000000-0000-4000-8000-000000000001");
const QString Deal = QStringLiteral("5d000000-0000-4000-8000-000000000001");
const QString MissingDeal = QStringLiteral("5d000000-0000-4000-8000-00000000dead");
const QString OtherDeal = QStringLiteral("5d000000-0000-4000-8000-000000000099");
const QString SalesDeal = QStringLiteral("de000000-0000-4000-8000-000000000001");
const QString DollarDeal = QStringLiteral("de000000-0000-4000-8000-000000000002");

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QVariantMap request(const QString &id, const QString &status, const QString &type,
                    const QString &resource, const QString &payload, const QDateTime &created)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("channel"), QStringLiteral("whatsapp")},
            {QStringLiteral("resource_type"), type},
            {QStringLiteral("resource_id"), resource},
            {QStringLiteral("payload"), payload},
            {QStringLiteral("status"), status},
            {QStringLiteral("requested_by_id"), Requester},
            {QStringLiteral("created_at"), T(created)},
            {QStringLiteral("sla_deadline_at"), T(created.addSecs(24 * 3600))}};
}

} // namespace

QDateTime asOf()
{
    return QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
}

QString foundRequest()
{
    return QStringLiteral("ad000000-0000-4000-8000-000000000001");
}
QString missingRequest()
{
    return QStringLiteral("ad000000-0000-4000-8000-000000000002");
}
QString foreignRequest()
{
    return QStringLiteral("ad000000-0000-4000-8000-000000000003");
}
QString decidedRequest()
{
    return QStringLiteral("ad000000-0000-4000-8000-000000000004");
}
QString unreadRequest()
{
    return QStringLiteral("ad000000-0000-4000-8000-000000000005");
}
QString discountRequest()
{
    return QStringLiteral("ad000000-0000-4000-8000-000000000006");
}

bool load(Session &session, QString *error)
{
    if (!Ddl::apply(session.database(), error))
        return false;
    session.refreshSchema();
    const QDateTime t = asOf();
    Loader l(session, error);
    if (!session.database().transaction())
        return false;

    // --- other: a strategic deal whose id the third request of "deciders" names ------------
    l.tenant(Other, QStringLiteral("other"));
    l.row(QStringLiteral("company_profiles"),
          {{QStringLiteral("id"), OtherProfile},
           {QStringLiteral("company_name"), QStringLiteral("Other Co")}});
    l.row(QStringLiteral("strategic_deals"),
          {{QStringLiteral("id"), OtherDeal},
           {QStringLiteral("initiator_profile_id"), OtherProfile},
           {QStringLiteral("deal_title"), QStringLiteral("Other tenant deal")},
           {QStringLiteral("target_company_name"), QStringLiteral("Leaked Counterpart")},
           {QStringLiteral("estimated_value_sar"), QStringLiteral("999.00")},
           {QStringLiteral("status"), QStringLiteral("discovery")}});

    // --- deciders --------------------------------------------------------------------------
    l.tenant(Deciders, QStringLiteral("deciders"));
    l.row(QStringLiteral("users"), {{QStringLiteral("id"), Requester},
                                    {QStringLiteral("email"), QStringLiteral("huda@deciders.sa")},
                                    {QStringLiteral("full_name"), QStringLiteral("Huda Harbi")},
                                    {QStringLiteral("full_name_ar"), QStringLiteral("هدى الحربي")},
                                    {QStringLiteral("password_hash"), QStringLiteral("x")},
                                    {QStringLiteral("role"), QStringLiteral("manager")}});
    l.row(QStringLiteral("users"), {{QStringLiteral("id"), Reviewer},
                                    {QStringLiteral("email"), QStringLiteral("omar@deciders.sa")},
                                    {QStringLiteral("full_name"), QStringLiteral("Omar Saleh")},
                                    {QStringLiteral("password_hash"), QStringLiteral("x")},
                                    {QStringLiteral("role"), QStringLiteral("owner")}});
    l.row(QStringLiteral("company_profiles"),
          {{QStringLiteral("id"), Initiator},
           {QStringLiteral("company_name"), QStringLiteral("Deciders Co")}});
    l.row(QStringLiteral("company_profiles"),
          {{QStringLiteral("id"), Target},
           {QStringLiteral("company_name"), QStringLiteral("Gulf Logistics Co")}});
    // The deal: no target_company_name, so the counterpart is the target profile's name.
    l.row(QStringLiteral("strategic_deals"),
          {{QStringLiteral("id"), Deal},
           {QStringLiteral("initiator_profile_id"), Initiator},
           {QStringLiteral("target_profile_id"), Target},
           {QStringLiteral("deal_title"), QStringLiteral("Riyadh distribution partnership")},
           {QStringLiteral("deal_title_ar"), QStringLiteral("شراكة توزيع الرياض")},
           {QStringLiteral("estimated_value_sar"), QStringLiteral("1250000.50")},
           {QStringLiteral("status"), QStringLiteral("negotiating")},
           {QStringLiteral("deal_type"), QStringLiteral("DISTRIBUTION")}}); // read in any case
    l.row(QStringLiteral("deals"), {{QStringLiteral("id"), SalesDeal},
                                    {QStringLiteral("title"), QStringLiteral("Fleet renewal")},
                                    {QStringLiteral("value"), QStringLiteral("48000.00")},
                                    {QStringLiteral("currency"), QStringLiteral("SAR")},
                                    {QStringLiteral("stage"), QStringLiteral("negotiation")}});
    // 1: pending for 6 h (created 03:00 UTC), the packet and Dealix's SLA block.
    const QJsonObject packet{
        {QStringLiteral("action"), QStringLiteral("proceed_strategic_deal")},
        {QStringLiteral("action_class"), QStringLiteral("B")},
        {QStringLiteral("priority"), QStringLiteral("high")},
        {QStringLiteral("sla_hours"), 24},
        {QStringLiteral("risk_summary"), QStringLiteral("Exclusivity for the Riyadh region")},
        {QStringLiteral("reversibility"), QStringLiteral("partially_reversible")}};
    const QJsonObject sla{{QStringLiteral("escalation_level"), 1},
                          {QStringLiteral("age_hours"), 5.5},
                          {QStringLiteral("warn_threshold_hours"), 4},
                          {QStringLiteral("breach_threshold_hours"), 24},
                          {QStringLiteral("updated_at"), QStringLiteral("2026-11-26T08:30:00Z")}};
    l.row(QStringLiteral("approval_requests"),
          request(foundRequest(), QStringLiteral("pending"), QStringLiteral("strategic_deal"), Deal,
                  json({{QStringLiteral("category"), QStringLiteral("partnership")},
                        {QStringLiteral("approval_packet"), packet},
                        {QStringLiteral("_dealix_sla"), sla}}),
                  t.addSecs(-6 * 3600)));
    // 2: a strategic deal that does not exist.
    l.row(QStringLiteral("approval_requests"),
          request(missingRequest(), QStringLiteral("pending"), QStringLiteral("strategic_deal"),
                  MissingDeal, QStringLiteral("{}"), t.addSecs(-5 * 3600)));
    // 3: tenant other's strategic deal: never shown here.
    l.row(QStringLiteral("approval_requests"),
          request(foreignRequest(), QStringLiteral("pending"), QStringLiteral("strategic_deal"),
                  OtherDeal, QStringLiteral("{}"), t.addSecs(-4 * 3600)));
    // 4: a sales deal, escalated at 06:00 and approved at 07:00 UTC by Omar.
    QVariantMap decided =
        request(decidedRequest(), QStringLiteral("approved"), QStringLiteral("deal"), SalesDeal,
                QStringLiteral("{}"), t.addSecs(-20 * 3600));
    decided.insert(QStringLiteral("reviewed_by_id"), Reviewer);
    decided.insert(QStringLiteral("reviewed_at"), T(t.addSecs(-2 * 3600)));
    decided.insert(QStringLiteral("note"), QStringLiteral("Within policy"));
    l.row(QStringLiteral("approval_requests"), decided);
    for (const auto &[action, hoursBefore] :
         {std::pair<const char *, int>{"approval.escalate", 3}, {"approval.approve", 2}})
        l.row(QStringLiteral("audit_logs"),
              {{QStringLiteral("user_id"), Reviewer},
               {QStringLiteral("action"), QString::fromLatin1(action)},
               {QStringLiteral("entity_type"), QStringLiteral("approval_request")},
               {QStringLiteral("entity_id"), decidedRequest()},
               {QStringLiteral("changes"), QStringLiteral("{}")},
               {QStringLiteral("created_at"), T(t.addSecs(-hoursBefore * 3600))}});
    // 6: a discount on a deal in dollars, decided. Its value 12.345 is a REAL on SQLite (SQLite
    // prints "12.345") and 12.35 in PostgreSQL's numeric(12, 2) (rounded half away from zero
    // on insert): 1,235 hundredths either way.
    l.row(QStringLiteral("deals"), {{QStringLiteral("id"), DollarDeal},
                                    {QStringLiteral("title"), QStringLiteral("Export order")},
                                    {QStringLiteral("value"), 12.345},
                                    {QStringLiteral("currency"), QStringLiteral("USD")},
                                    {QStringLiteral("stage"), QStringLiteral("proposal")}});
    QVariantMap discount =
        request(discountRequest(), QStringLiteral("rejected"), QStringLiteral("deal_discount"),
                DollarDeal, QStringLiteral("{}"), t.addSecs(-30 * 3600));
    discount.insert(QStringLiteral("reviewed_by_id"), Reviewer);
    discount.insert(QStringLiteral("reviewed_at"), T(t.addSecs(-25 * 3600)));
    discount.insert(QStringLiteral("note"), QStringLiteral("Margin too thin"));
    l.row(QStringLiteral("approval_requests"), discount);
    // 5: a type the app does not read.
    l.row(QStringLiteral("approval_requests"), request(unreadRequest(), QStringLiteral("pending"),
                                                       QStringLiteral("partner_data_sharing"), Deal,
                                                       QStringLiteral("{}"), t.addSecs(-3 * 3600)));
    return FixtureLoader::finish(session, l, error);
}

namespace {

ApprovalQueue::Item itemOf(Session &session, const QString &id)
{
    ApprovalQueue::Filter all;
    all.status = QStringLiteral("all");
    QList<ApprovalQueue::Item> items;
    QString error;
    INFO(error.toStdString());
    REQUIRE(ApprovalQueue::page(session, all, asOf(), {}, 100, &items, &error));
    for (const ApprovalQueue::Item &it : std::as_const(items))
        if (it.id == id)
            return it;
    FAIL("request " << id.toStdString() << " not in the queue");
    return {};
}

// Every text of the detail's sections, as shown.
QString shown(const ApprovalDetail &d)
{
    QString out;
    for (const ApprovalDetail::Section &s : d.sections(QTimeZone("Asia/Riyadh"), asOf()))
        for (const ApprovalDetail::Field &f : s.fields)
            out += f.label + QLatin1String(": ") + f.value + QLatin1Char('\n');
    return out;
}

const ApprovalDetail::Field *fieldOf(const QList<ApprovalDetail::Section> &sections,
                                     const QString &label)
{
    for (const ApprovalDetail::Section &s : sections)
        for (const ApprovalDetail::Field &f : s.fields)
            if (f.label == label)
                return &f;
    return nullptr;
}

} // namespace

void checkDetail(Session &session)
{
    using State = ApprovalDetail::State;
    REQUIRE(session.selectTenant(QStringLiteral("deciders")));

    // 1: everything found, as loaded above.
    const ApprovalDetail d = ApprovalDetail::read(session, itemOf(session, foundRequest()));
    REQUIRE(d.resource.state == State::Found);
    CHECK(d.resource.title == QStringLiteral("Riyadh distribution partnership"));
    CHECK(d.resource.titleAr == QStringLiteral("شراكة توزيع الرياض"));
    REQUIRE(d.resource.valueMinor);
    CHECK(*d.resource.valueMinor == 125000050); // 1,250,000.50 SAR in halalas
    CHECK(d.resource.currency == QStringLiteral("SAR"));
    CHECK(d.resource.counterpart == QStringLiteral("Gulf Logistics Co")); // the target profile
    CHECK(d.resource.stage == QStringLiteral("negotiating"));
    CHECK(d.resource.dealType == QStringLiteral("distribution"));
    CHECK(d.payloadState == State::Found);
    CHECK(d.category == QStringLiteral("partnership"));
    CHECK(d.packet.present);
    CHECK(d.packet.action == QStringLiteral("proceed_strategic_deal"));
    CHECK(d.packet.riskSummary == QStringLiteral("Exclusivity for the Riyadh region"));
    CHECK(d.packet.reversibility == QStringLiteral("partially_reversible"));
    CHECK(d.packet.slaHours == std::optional<qint64>(24));
    CHECK(d.sla.level == std::optional<qint64>(1));
    CHECK(d.sla.warnHours == std::optional<double>(4));
    CHECK(d.sla.breachHours == std::optional<double>(24));
    CHECK(d.sla.ageHours == std::optional<double>(5.5));
    REQUIRE(d.requester.state == State::Found);
    CHECK(d.requester.name == QStringLiteral("Huda Harbi"));
    CHECK(d.requester.nameAr == QStringLiteral("هدى الحربي"));
    CHECK(d.requester.email == QStringLiteral("huda@deciders.sa"));
    CHECK(d.reviewer.id.isEmpty());
    CHECK(d.historyState == State::Found);
    CHECK(d.history.isEmpty());
    // As shown in English: words, not codes; the value in full; the deadline in Riyadh time
    // (created 03:00 UTC + 24 h = 27 Nov 03:00 UTC = 06:00 Riyadh, 18 h left at 09:00 UTC).
    const QList<ApprovalDetail::Section> sections = d.sections(QTimeZone("Asia/Riyadh"), asOf());
    const QString text = shown(d);
    INFO(text.toStdString());
    const ApprovalDetail::Field *value = fieldOf(sections, QStringLiteral("Value"));
    REQUIRE(value);
    CHECK(value->value.contains(QStringLiteral("1,250,000.50")));
    const ApprovalDetail::Field *counterpart = fieldOf(sections, QStringLiteral("Counterpart"));
    REQUIRE(counterpart);
    CHECK(counterpart->value.contains(QStringLiteral("Gulf Logistics Co")));
    const ApprovalDetail::Field *reversibility = fieldOf(sections, QStringLiteral("Reversibility"));
    REQUIRE(reversibility);
    CHECK(reversibility->value == QStringLiteral("Partly reversible"));
    CHECK(reversibility->tooltip.contains(QStringLiteral("partially_reversible")));
    const ApprovalDetail::Field *requester = fieldOf(sections, QStringLiteral("Requested by"));
    REQUIRE(requester);
    CHECK(requester->value.contains(QStringLiteral("Huda Harbi")));
    CHECK(requester->value.contains(QStringLiteral("huda@deciders.sa")));
    const ApprovalDetail::Field *deadline = fieldOf(sections, QStringLiteral("Deadline"));
    REQUIRE(deadline);
    CHECK(deadline->value.contains(QStringLiteral("27 Nov 2026 06:00")));
    CHECK(deadline->value.contains(QStringLiteral("18 h 0 min left")));
    const ApprovalDetail::Field *level = fieldOf(sections, QStringLiteral("Escalation level"));
    REQUIRE(level);
    CHECK(level->value.startsWith(QStringLiteral("1 of 3")));
    CHECK(text.contains(QStringLiteral("Exclusivity for the Riyadh region")));
    CHECK(text.contains(QStringLiteral("warning after 4 h, breach after 24 h")));
    CHECK_FALSE(text.contains(QStringLiteral("partially_reversible")));
    CHECK_FALSE(text.contains(QStringLiteral("strategic_deal")));

    // 2: the row does not exist: said, with the id the request names.
    const ApprovalDetail missing = ApprovalDetail::read(session, itemOf(session, missingRequest()));
    CHECK(missing.resource.state == State::NotFound);
    const ApprovalDetail::Field *record =
        fieldOf(missing.sections(QTimeZone("Asia/Riyadh"), asOf()), QStringLiteral("Record"));
    REQUIRE(record);
    CHECK(record->missing);
    CHECK(record->value.contains(MissingDeal));
    CHECK(record->value.contains(QStringLiteral("No ")));

    // 3: another tenant's deal with the id the request names: not shown, said not found.
    const ApprovalDetail foreign = ApprovalDetail::read(session, itemOf(session, foreignRequest()));
    CHECK(foreign.resource.state == State::NotFound);
    CHECK(foreign.resource.title.isEmpty());
    const QString foreignText = shown(foreign);
    CHECK_FALSE(foreignText.contains(QStringLiteral("Other tenant deal")));
    CHECK_FALSE(foreignText.contains(QStringLiteral("Leaked Counterpart")));

    // 4: a sales deal, the reviewer, and the audit trail oldest first.
    const ApprovalDetail decided = ApprovalDetail::read(session, itemOf(session, decidedRequest()));
    REQUIRE(decided.resource.state == State::Found);
    CHECK(decided.resource.title == QStringLiteral("Fleet renewal"));
    CHECK(decided.resource.valueMinor == std::optional<qint64>(4800000));
    CHECK(decided.resource.stage == QStringLiteral("negotiation"));
    REQUIRE(decided.reviewer.state == State::Found);
    CHECK(decided.reviewer.name == QStringLiteral("Omar Saleh"));
    CHECK(decided.item.reviewedAt == asOf().addSecs(-2 * 3600));
    REQUIRE(decided.history.size() == 2);
    CHECK(decided.history.at(0).action == QStringLiteral("approval.escalate"));
    CHECK(decided.history.at(1).action == QStringLiteral("approval.approve"));
    CHECK(decided.history.at(1).user == QStringLiteral("Omar Saleh"));
    CHECK(decided.history.at(1).at == asOf().addSecs(-2 * 3600));
    CHECK_FALSE(decided.historyTruncated);
    const QString decidedText = shown(decided);
    INFO(decidedText.toStdString());
    CHECK(decidedText.contains(QStringLiteral("Approved by")));
    CHECK(decidedText.contains(QStringLiteral("Within policy")));
    // The history is bounded: the latest entry only, and said so.
    QList<ApprovalQueue::AuditEntry> latest;
    bool truncated = false;
    QString error;
    REQUIRE(ApprovalQueue::history(session, decidedRequest(), &latest, &error, 1, &truncated));
    REQUIRE(latest.size() == 1);
    CHECK(latest.first().action == QStringLiteral("approval.approve"));
    CHECK(truncated);

    // 6: a deal_discount request is about a deal: the deal's own record, its value in dollars
    // with the code isolated (U+2068 … U+2069) and the amount rounded to 12.35.
    const ApprovalDetail dollar = ApprovalDetail::read(session, itemOf(session, discountRequest()));
    REQUIRE(dollar.resource.state == State::Found);
    CHECK(dollar.resourceTypeRead == QStringLiteral("deals"));
    CHECK(dollar.resource.title == QStringLiteral("Export order"));
    CHECK(dollar.resource.valueMinor == std::optional<qint64>(1235));
    CHECK(dollar.resource.currency == QStringLiteral("USD"));
    CHECK(dollar.resource.stage == QStringLiteral("proposal"));
    const QList<ApprovalDetail::Section> dollarSections =
        dollar.sections(QTimeZone("Asia/Riyadh"), asOf());
    REQUIRE_FALSE(dollarSections.isEmpty());
    CHECK(dollarSections.first().title == QStringLiteral("Deal discount"));
    const ApprovalDetail::Field *dollarValue = fieldOf(dollarSections, QStringLiteral("Value"));
    REQUIRE(dollarValue);
    CHECK(dollarValue->value == QStringLiteral("\u2068USD\u2069 12.35"));
    const ApprovalDetail::Field *dollarStage = fieldOf(dollarSections, QStringLiteral("Stage"));
    REQUIRE(dollarStage);
    CHECK(dollarStage->value == QStringLiteral("Proposal"));

    // 5: a type the app does not read: said, never blank.
    const ApprovalDetail unread = ApprovalDetail::read(session, itemOf(session, unreadRequest()));
    CHECK(unread.resource.state == State::NotAvailable);
    CHECK_FALSE(unread.resource.why.isEmpty());

    // Tenant "other" sees none of it: its request list is empty.
    REQUIRE(session.selectTenant(QStringLiteral("other")));
    ApprovalQueue::Filter all;
    all.status = QStringLiteral("all");
    qint64 total = -1;
    REQUIRE(ApprovalQueue::count(session, all, asOf(), &total, &error));
    CHECK(total == 0);
    REQUIRE(session.selectTenant(QStringLiteral("deciders")));
}

void checkRealValues(Session &session)
{
    REQUIRE(session.selectTenant(QStringLiteral("deciders")));
    auto valueAs = [&](double value) {
        QSqlQuery q(session.database());
        REQUIRE(q.prepare(QStringLiteral("update deals set value = ? where id = ?")));
        q.addBindValue(value);
        q.addBindValue(DollarDeal);
        REQUIRE(q.exec());
        QSqlQuery printed(session.database());
        REQUIRE(printed.exec(QStringLiteral("select cast(value as text) from deals where id = '%1'")
                                 .arg(DollarDeal)));
        REQUIRE(printed.next());
        const QString text = printed.value(0).toString();
        const ApprovalDetail d = ApprovalDetail::read(session, itemOf(session, discountRequest()));
        REQUIRE(d.resource.state == ApprovalDetail::State::Found);
        return std::make_tuple(text, d);
    };
    // 1e13 dollars: a whole number, stored as an integer (the column's numeric affinity) and
    // printed "10000000000000"; 10^15 hundredths.
    const auto [text13, d13] = valueAs(1.0e13);
    CHECK(text13 == QStringLiteral("10000000000000"));
    CHECK(d13.resource.valueMinor == std::optional<qint64>(1000000000000000));
    // 1,000,000,000,000,000.5 dollars stays a REAL, which SQLite prints "1.0e+15" (15
    // significant digits); 10^17 hundredths is beyond 2^53 − 1: said so, not "not an amount".
    const auto [text15, d15] = valueAs(1000000000000000.5);
    CHECK(text15 == QStringLiteral("1.0e+15"));
    CHECK_FALSE(d15.resource.valueMinor);
    const ApprovalDetail::Field *value =
        fieldOf(d15.sections(QTimeZone("Asia/Riyadh"), asOf()), QStringLiteral("Value"));
    REQUIRE(value);
    CHECK(value->missing);
    CHECK(value->value.contains(QStringLiteral("1.0e+15")));
    CHECK(value->value.contains(QStringLiteral("outside the exact range")));
    // 1e20 is beyond a 64-bit integer: a REAL, "1.0e+20", beyond the range as well.
    const auto [text20, d20] = valueAs(1.0e20);
    CHECK(text20 == QStringLiteral("1.0e+20"));
    CHECK_FALSE(d20.resource.valueMinor);
    CHECK(d20.resource.valueError.contains(QStringLiteral("outside the exact range")));
}

} // namespace ApprovalDetailFixture
