#include "tests/support/boardsfixture.h"

#include "models/partners/partnerpipeline.h"
#include "models/source/ddl.h"
#include "models/violations/policyviolations.h"
#include "tests/support/fixtureloader.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace BoardsFixture {

namespace {
using FixtureLoader::Loader;
using FixtureLoader::T;
const char *const Pp = "97000000-0000-4000-8000-000000000001";
const char *const Other = "97000000-0000-4000-8000-000000000002";
const char *const Manager = "97100000-0000-4000-8000-000000000001";
const char *const Agent = "97100000-0000-4000-8000-000000000002";
QString sid(int n)
{
    return QStringLiteral("97200000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}
QString kid(int n)
{
    return QStringLiteral("97300000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}
} // namespace

QDateTime asOf()
{
    return QDateTime::fromString(QStringLiteral("2026-11-26T09:00:00Z"), Qt::ISODate);
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
    l.tenant(Pp, QStringLiteral("pp"));
    for (const auto &[id, email, role] : {std::tuple{Manager, "manager@pp.sa", "manager"},
                                          std::tuple{Agent, "agent@pp.sa", "agent"}})
        l.row(QStringLiteral("users"), {{QStringLiteral("id"), QString::fromLatin1(id)},
                                        {QStringLiteral("email"), QString::fromLatin1(email)},
                                        {QStringLiteral("full_name"), QString::fromLatin1(email)},
                                        {QStringLiteral("password_hash"), QStringLiteral("x")},
                                        {QStringLiteral("role"), QString::fromLatin1(role)}});
    const QString us = QStringLiteral("97400000-0000-4000-8000-000000000001");
    const QString them = QStringLiteral("97400000-0000-4000-8000-000000000002");
    l.row(QStringLiteral("company_profiles"),
          {{QStringLiteral("id"), us}, {QStringLiteral("company_name"), QStringLiteral("Us")}});
    l.row(QStringLiteral("company_profiles"),
          {{QStringLiteral("id"), them},
           {QStringLiteral("company_name"), QStringLiteral("Profiled Co")}});
    auto deal = [&](int n, const char *status, const char *type, const char *channel,
                    const QVariant &value, const QVariant &ai, const QVariant &target,
                    const QDateTime &created) {
        l.row(QStringLiteral("strategic_deals"),
              {{QStringLiteral("id"), sid(n)},
               {QStringLiteral("initiator_profile_id"), us},
               {QStringLiteral("target_profile_id"), them},
               {QStringLiteral("target_company_name"), target},
               {QStringLiteral("deal_type"), QString::fromLatin1(type)},
               {QStringLiteral("channel"), QString::fromLatin1(channel)},
               {QStringLiteral("deal_title"), QStringLiteral("Deal %1").arg(n)},
               {QStringLiteral("deal_title_ar"),
                n == 1 ? QVariant(QStringLiteral("شراكة")) : QVariant()},
               {QStringLiteral("status"), QString::fromLatin1(status)},
               {QStringLiteral("estimated_value_sar"), value},
               {QStringLiteral("ai_confidence"), ai},
               {QStringLiteral("created_at"), T(created)}});
    };
    // Discovery: S1 (1,000,000.00, 10 days old) and S5 (no value) → 2 deals, SAR 1,000,000.00.
    deal(1, "discovery", "partnership", "whatsapp", QStringLiteral("1000000.00"), 0.8,
         QStringLiteral("Named Co"), t.addDays(-10));
    deal(5, "discovery", "referral", "whatsapp", QVariant(), QVariant(), QStringLiteral("Five Co"),
         t.addDays(-3));
    // Negotiating: S2 (500,000.50), counterpart from its profile (no name on the deal).
    deal(2, "negotiating", "acquisition", "email", QStringLiteral("500000.50"), QVariant(),
         QVariant(), t.addDays(-40));
    // Closed won: S3.
    deal(3, "closed_won", "distribution", "linkedin", QStringLiteral("2000000.00"), 0.95,
         QStringLiteral("Won Co"), t.addDays(-100));
    // A status this app does not know: the "other" column, never dropped.
    deal(4, "on_hold", "partnership", "email", QStringLiteral("100.00"), 0.1,
         QStringLiteral("Held Co"), t.addDays(-5));
    // Created after T: nowhere.
    deal(6, "discovery", "partnership", "whatsapp", QStringLiteral("7.00"), QVariant(),
         QStringLiteral("Later Co"), t.addSecs(60));

    // Contradictions: K1 detected critical, K2 reviewing high, K3 resolved, K4 accepted,
    // K5 escalated (unknown status). Active 2, critical and active 1.
    auto contradiction = [&](int n, const char *status, const char *severity,
                             const QDateTime &created = QDateTime()) {
        l.row(QStringLiteral("contradictions"),
              {{QStringLiteral("id"), kid(n)},
               {QStringLiteral("source_a"), QStringLiteral("crm")},
               {QStringLiteral("source_b"), QStringLiteral("contract")},
               {QStringLiteral("claim_a"), QStringLiteral("value is %1").arg(n)},
               {QStringLiteral("claim_b"), QStringLiteral("value is %1").arg(n + 1)},
               {QStringLiteral("contradiction_type"), QStringLiteral("FACTUAL")},
               {QStringLiteral("severity"), QString::fromLatin1(severity)},
               {QStringLiteral("status"), QString::fromLatin1(status)},
               {QStringLiteral("detected_by"), QStringLiteral("ai_scan")},
               {QStringLiteral("evidence"), QStringLiteral("{\"doc\": \"c-%1\"}").arg(n)},
               {QStringLiteral("created_at"), T(created.isValid() ? created : t.addDays(-n))}});
    };
    contradiction(1, "DETECTED", "CRITICAL");
    contradiction(2, "REVIEWING", "HIGH");
    contradiction(3, "RESOLVED", "CRITICAL");
    contradiction(4, "ACCEPTED", "LOW");
    // On PostgreSQL the enum has no such label: the unknown-status case is SQLite-only.
    if (!session.isPostgres())
        contradiction(5, "ESCALATED", "MEDIUM");

    // Other tenants' rows that name no creation time have none, as Dealix allows.
    l.undatedByDefault(true);
    l.tenant(Other, QStringLiteral("other"));
    l.row(QStringLiteral("company_profiles"),
          {{QStringLiteral("id"), QStringLiteral("97400000-0000-4000-8000-000000000009")},
           {QStringLiteral("company_name"), QStringLiteral("x")}});
    l.row(QStringLiteral("strategic_deals"),
          {{QStringLiteral("initiator_profile_id"),
            QStringLiteral("97400000-0000-4000-8000-000000000009")},
           {QStringLiteral("deal_title"), QStringLiteral("other")},
           {QStringLiteral("status"), QStringLiteral("discovery")},
           {QStringLiteral("estimated_value_sar"), QStringLiteral("999.00")}});
    contradiction(9, "DETECTED", "CRITICAL");
    // More of other's rows: a deal in every column pp fills, of pp's types and channels, and
    // contradictions in every status pp has; a manager whose address is no actor in pp.
    for (const auto &[status, type, channel] :
         {std::tuple{"discovery", "referral", "whatsapp"},
          std::tuple{"negotiating", "acquisition", "email"},
          std::tuple{"closed_won", "distribution", "linkedin"},
          std::tuple{"on_hold", "partnership", "whatsapp"}})
        l.row(QStringLiteral("strategic_deals"),
              {{QStringLiteral("initiator_profile_id"),
                QStringLiteral("97400000-0000-4000-8000-000000000009")},
               {QStringLiteral("deal_title"), QStringLiteral("other")},
               {QStringLiteral("deal_type"), QString::fromLatin1(type)},
               {QStringLiteral("channel"), QString::fromLatin1(channel)},
               {QStringLiteral("status"), QString::fromLatin1(status)},
               {QStringLiteral("estimated_value_sar"), QStringLiteral("11.00")}});
    contradiction(10, "REVIEWING", "HIGH");
    contradiction(11, "RESOLVED", "CRITICAL");
    contradiction(12, "ACCEPTED", "LOW");
    l.row(QStringLiteral("users"), {{QStringLiteral("email"), QStringLiteral("manager@other.sa")},
                                    {QStringLiteral("full_name"), QStringLiteral("m")},
                                    {QStringLiteral("password_hash"), QStringLiteral("x")},
                                    {QStringLiteral("role"), QStringLiteral("manager")}});

    // pp, created a second after as-of: in no figure.
    l.undatedByDefault(false);
    l.use(Pp);
    deal(7, "negotiating", "partnership", "email", QStringLiteral("3.00"), QVariant(),
         QStringLiteral("Second Co"), t.addSecs(1));
    contradiction(13, "DETECTED", "CRITICAL", t.addSecs(1));
    return FixtureLoader::finish(session, l, error);
}

std::unique_ptr<Session> openSqlite(const QTemporaryDir &dir)
{
    return FixtureLoader::openSqlite(dir, QStringLiteral("boards.sqlite"), load);
}

void checkPipeline(Session &session)
{
    REQUIRE(session.selectTenant(QStringLiteral("pp")));
    PartnerPipeline p;
    QString error;
    REQUIRE(PartnerPipeline::compute(session, {}, asOf(), &p, &error));
    CHECK(p.total == 5);
    REQUIRE(p.columns.size() == 8);
    QStringList keys;
    for (const auto &c : std::as_const(p.columns))
        keys << c.status;
    CHECK(keys == PartnerPipeline::statuses() + QStringList{QStringLiteral("other")});
    const auto &discovery = p.columns.at(0);
    REQUIRE(discovery.deals.size() == 2);
    CHECK(discovery.totalHalalas == 100000000);
    CHECK(discovery.deals.at(0).title == QLatin1String("Deal 1"));
    CHECK(discovery.deals.at(0).titleAr == QStringLiteral("شراكة"));
    CHECK(discovery.deals.at(0).counterpart == QLatin1String("Named Co"));
    CHECK(discovery.deals.at(0).ageDays == 10);
    CHECK(*discovery.deals.at(0).aiConfidence == Approx(0.8));
    CHECK_FALSE(discovery.deals.at(1).valueHalalas.has_value());
    const auto &negotiating = p.columns.at(2);
    REQUIRE(negotiating.deals.size() == 1);
    CHECK(negotiating.totalHalalas == 50000050);
    CHECK(negotiating.deals.at(0).counterpart == QLatin1String("Profiled Co"));
    CHECK_FALSE(negotiating.deals.at(0).aiConfidence.has_value());
    CHECK(p.columns.at(5).deals.size() == 1); // closed_won
    const auto &other = p.columns.at(7);
    REQUIRE(other.deals.size() == 1);
    CHECK(other.deals.at(0).status == QLatin1String("on_hold"));
    CHECK(other.totalHalalas == 10000);
    // Filters: by deal type and by channel.
    PartnerPipeline byType;
    REQUIRE(PartnerPipeline::compute(session, {QStringLiteral("partnership"), QString()}, asOf(),
                                     &byType, &error));
    CHECK(byType.total == 2); // S1 and S4
    PartnerPipeline byChannel;
    REQUIRE(PartnerPipeline::compute(session, {QString(), QStringLiteral("whatsapp")}, asOf(),
                                     &byChannel, &error));
    CHECK(byChannel.total == 2);       // S1 and S5
    CHECK(p.toCsv().count('\n') == 6); // header + 5 deals
    const QJsonObject json = p.toJson();
    CHECK(json.value(QStringLiteral("columns"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("total_sar"))
              .toDouble() == 1000000.0);
}

void checkViolations(Session &session)
{
    REQUIRE(session.selectTenant(QStringLiteral("pp")));
    const bool pg = session.isPostgres();
    PolicyViolations v;
    QString error;
    REQUIRE(PolicyViolations::compute(session, asOf(), &v, &error));
    CHECK(v.total == (pg ? 4 : 5));
    CHECK(v.active == 2);
    CHECK(v.criticalActive == 1);
    REQUIRE(v.columns.size() == 5);
    CHECK(v.columns.at(0).items.size() == 1);
    CHECK(v.columns.at(0).items.at(0).severity == QLatin1String("critical"));
    CHECK(v.columns.at(0).items.at(0).claimA == QLatin1String("value is 1"));
    CHECK(v.columns.at(0).items.at(0).type == QLatin1String("factual"));
    CHECK(v.columns.at(4).items.size() == (pg ? 0 : 1));
    CHECK(v.toCsv().count('\n') == (pg ? 5 : 6));
    const QJsonObject stats = v.toJson().value(QStringLiteral("stats")).toObject();
    CHECK(stats.value(QStringLiteral("critical_active")).toInt() == 1);
}

void checkResolve(Session &session)
{
    REQUIRE(session.selectTenant(QStringLiteral("pp")));
    TenantActor manager;
    TenantActor agent;
    QString message;
    REQUIRE(WriteBack::findActor(session, QStringLiteral("manager@pp.sa"),
                                 WriteBack::deciderRoles(), &manager,
                                 &message) == WriteBack::Lookup::Found);
    agent = manager;
    agent.role = QStringLiteral("agent");
    using O = ViolationResolver::Outcome;
    const QDateTime at = asOf().addSecs(60);
    CHECK(ViolationResolver::resolve(session, kid(1), QStringLiteral("resolved"),
                                     QStringLiteral("fixed"), agent, at)
              .outcome == O::PermissionDenied);
    CHECK(ViolationResolver::resolve(session, kid(1), QStringLiteral("resolved"), QString(),
                                     manager, at)
              .outcome == O::TextRequired);
    CHECK(ViolationResolver::resolve(session, kid(1), QStringLiteral("resolved"),
                                     QStringLiteral("CRM corrected to the contract"), manager, at)
              .outcome == O::Done);
    const ViolationResolver::Result again = ViolationResolver::resolve(
        session, kid(1), QStringLiteral("accepted"), QStringLiteral("late"), manager, at);
    CHECK(again.outcome == O::Conflict);
    CHECK(again.message.contains(QStringLiteral("manager@pp.sa")));
    CHECK(ViolationResolver::resolve(session, kid(2), QStringLiteral("accepted"),
                                     QStringLiteral("known difference"), manager, at)
              .outcome == O::Done);
    CHECK(ViolationResolver::resolve(session, kid(9), QStringLiteral("resolved"),
                                     QStringLiteral("x"), manager, at)
              .outcome == O::NotFound); // another tenant's
    TenantActor outsider;
    CHECK(WriteBack::findActor(session, QStringLiteral("manager@other.sa"),
                               WriteBack::deciderRoles(), &outsider,
                               &message) == WriteBack::Lookup::Refused);
    PolicyViolations v;
    QString error;
    REQUIRE(PolicyViolations::compute(session, asOf(), &v, &error));
    CHECK(v.active == 0);
    const Violation *k1 = v.find(kid(1));
    REQUIRE(k1);
    CHECK(k1->status == QLatin1String("resolved"));
    CHECK(k1->resolution == QLatin1String("CRM corrected to the contract"));
    CHECK(k1->resolvedBy == QLatin1String("manager@pp.sa"));
    QSqlQuery q(session.database());
    REQUIRE(q.exec(QStringLiteral("select cast(status as text) from contradictions where id = '%1'")
                       .arg(kid(1))));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QLatin1String("RESOLVED"));
    REQUIRE(q.exec(QStringLiteral("select count(*) from audit_logs where entity_type = "
                                  "'contradiction'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2);
}

} // namespace BoardsFixture
