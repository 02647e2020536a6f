// Evidence Pack Viewer and Connector Governance Board on SQLite against the hand-worked
// fixture (test_postgres.cpp runs the same checks on PostgreSQL).
#include "models/compliance/compliancechecks.h"
#include "models/connectors/connectormodel.h"
#include "models/core/roles.h"
#include "models/core/uistate.h"
#include "models/evidence/evidencepackmodel.h"
#include "models/executive/executivesnapshot.h"
#include "models/violations/policyviolations.h"
#include "tests/support/governancefixture.h"
#include "tests/support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSqlQuery>

#include <catch2/catch.hpp>

TEST_CASE("evidence packs on SQLite: list, filters, Dealix-compatible verification",
          "[evidence][sqlite]")
{
    auto dir = TestSupport::tempDir();
    auto s = GovernanceFixture::openSqlite(*dir);
    GovernanceFixture::checkPackList(*s);
}

TEST_CASE("evidence pack review on SQLite: roles, altered packs, conflict, audit row",
          "[evidence][sqlite]")
{
    auto dir = TestSupport::tempDir();
    auto s = GovernanceFixture::openSqlite(*dir);
    GovernanceFixture::checkPackReview(*s);
}

TEST_CASE("connector board on SQLite: known, registered, not configured, probe configuration",
          "[connectors][sqlite]")
{
    auto dir = TestSupport::tempDir();
    auto s = GovernanceFixture::openSqlite(*dir);
    GovernanceFixture::checkConnectorBoard(*s);
}

TEST_CASE("connector disable and enable on SQLite: roles, guard, audit", "[connectors][sqlite]")
{
    auto dir = TestSupport::tempDir();
    auto s = GovernanceFixture::openSqlite(*dir);
    GovernanceFixture::checkConnectorDisable(*s);
}

TEST_CASE("probe results written on SQLite: rows, guard, history", "[connectors][sqlite]")
{
    auto dir = TestSupport::tempDir();
    auto s = GovernanceFixture::openSqlite(*dir);
    GovernanceFixture::checkProbeWrite(*s);
}

TEST_CASE("evidence pack and connector item models pass QAbstractItemModelTester",
          "[evidence][connectors][model]")
{
    auto dir = TestSupport::tempDir();
    auto s = GovernanceFixture::openSqlite(*dir);
    REQUIRE(s->selectTenant(QStringLiteral("gov")));
    EvidencePackModel packs;
    QAbstractItemModelTester packTester(&packs,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    EvidencePackList l;
    QString error;
    REQUIRE(EvidencePackList::compute(*s, {}, GovernanceFixture::asOf(), &l, &error));
    packs.setList(l);
    CHECK(packs.rowCount() == 6);
    const QModelIndex altered =
        packs.index(packs.rowOf(QLatin1String(GovernanceFixture::AlteredPack)),
                    EvidencePackModel::IntegrityColumn);
    CHECK(altered.data(Roles::RawValueRole).toString() == QLatin1String("altered"));
    CHECK(altered.data(Roles::StateRole).value<UiState>() == UiState::Critical);
    CHECK(altered.data().toString().contains(QStringLiteral("Altered")));
    packs.setList(EvidencePackList());
    CHECK(packs.rowCount() == 0);

    ConnectorModel connectors;
    QAbstractItemModelTester connectorTester(&connectors,
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
    ConnectorBoard b;
    REQUIRE(ConnectorBoard::compute(*s, {}, GovernanceFixture::asOf(), &b, &error));
    connectors.setBoard(b);
    CHECK(connectors.rowCount() == 8);
    ProbeResult probe;
    probe.key = QStringLiteral("stripe");
    probe.record.status = QStringLiteral("degraded");
    probe.record.latencyMs = 2500;
    probe.record.httpStatus = 200;
    connectors.setProbeResults({probe});
    const QModelIndex stripe = connectors.index(2, ConnectorModel::ProbeColumn);
    CHECK(stripe.data().toString().contains(QStringLiteral("2,500 ms")));
    CHECK(stripe.data(Roles::StateRole).value<UiState>() == UiState::Warning);
    CHECK(connectors.index(2, ConnectorModel::SinceSuccessColumn).data().toString() ==
          QStringLiteral("6 d 0 h"));
    CHECK(connectors.index(1, ConnectorModel::StatusColumn).data(Roles::RawValueRole).toString() ==
          QLatin1String("not_configured"));
}

TEST_CASE("evidence packs in the other Dealix shape: title_en, decision_type, no contents or hash",
          "[evidence][sqlite][schema]")
{
    // The 20260416_0002 migration's evidence_packs (README "Rules: Dealix schema"): the list still
    // works and says which of the columns integrity needs are missing; nothing is called valid.
    auto dir = TestSupport::tempDir();
    auto s = GovernanceFixture::openSqlite(*dir);
    QSqlQuery q(s->database());
    REQUIRE(q.exec(QStringLiteral("drop table evidence_packs")));
    REQUIRE(q.exec(QStringLiteral(
        "create table evidence_packs (id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at "
        "TEXT NOT NULL, tenant_id TEXT NOT NULL, title_ar TEXT NOT NULL, title_en TEXT, "
        "decision_type TEXT, sources TEXT, status TEXT DEFAULT 'draft', approved_by_id TEXT, "
        "approved_at TEXT)")));
    REQUIRE(q.exec(QStringLiteral(
        "insert into evidence_packs values ('p1', '2026-11-20T10:00:00.000Z', "
        "'2026-11-20T10:00:00.000Z', '90000000-0000-4000-8000-000000000001', 'حزمة', 'Pack', "
        "'PARTNERSHIP', '[]', 'draft', NULL, NULL)")));
    s->refreshSchema();
    REQUIRE(s->selectTenant(QStringLiteral("gov")));
    EvidencePackList l;
    QString error;
    REQUIRE(EvidencePackList::compute(*s, {}, GovernanceFixture::asOf(), &l, &error));
    CHECK(l.missingColumns ==
          QStringList{QStringLiteral("contents"), QStringLiteral("hash_signature")});
    REQUIRE(l.packs.size() == 1);
    const EvidencePack &p = l.packs.first();
    CHECK(p.title == QLatin1String("Pack"));
    CHECK(p.titleAr == QString::fromUtf8("حزمة"));
    CHECK(p.packType == QLatin1String("partnership"));
    CHECK(p.status == QLatin1String("draft"));
    CHECK(p.integrity == EvidencePack::Integrity::Unreadable);
    CHECK(l.valid == 0);
    CHECK(l.toJson()
              .value(QStringLiteral("provenance"))
              .toObject()
              .value(QStringLiteral("missing_columns"))
              .toArray()
              .size() == 2);
    // Review in this shape writes approved_by_id/approved_at, but an unverifiable pack is not
    // reviewed.
    TenantActor manager;
    QString message;
    REQUIRE(WriteBack::findActor(*s, QStringLiteral("manager@gov.sa"), WriteBack::deciderRoles(),
                                 &manager, &message) == WriteBack::Lookup::Found);
    CHECK(EvidencePackReviewer::review(*s, QStringLiteral("p1"), manager).outcome ==
          EvidencePackReviewer::Outcome::Unverified);
    // The Executive Room's pack figures (ready = READY, pending review = ASSEMBLING) do not
    // exist in this shape: said, not shown as 0 / 0.
    ExecutiveSnapshot snap;
    REQUIRE(
        ExecutiveSnapshot::compute(*s, Period::AllTime, GovernanceFixture::asOf(), &snap, &error));
    CHECK_FALSE(snap.evidencePacks.available);
    CHECK(snap.evidencePacks.unavailableReason.contains(QStringLiteral("decision_type")));
    CHECK(snap.revenue.available);
}

TEST_CASE("a source without a readable users table: packs and violations still list, names empty",
          "[evidence][violations][sqlite][bad-input]")
{
    // A role without a grant on users reads like a source without the table: a user's name is
    // never what makes a surface fail.
    auto dir = TestSupport::tempDir();
    auto s = GovernanceFixture::openSqlite(*dir);
    QSqlQuery q(s->database());
    EvidencePackList l;
    QString error;
    // Column grants without full_name: the e-mail names the reviewer.
    REQUIRE(q.exec(QStringLiteral("alter table users drop column full_name")));
    s->refreshSchema();
    REQUIRE(s->selectTenant(QStringLiteral("gov")));
    REQUIRE(EvidencePackList::compute(*s, {}, GovernanceFixture::asOf(), &l, &error));
    bool byEmail = false;
    for (const EvidencePack &p : std::as_const(l.packs))
        byEmail = byEmail || p.reviewedBy == QLatin1String("manager@gov.sa");
    CHECK(byEmail);
    // No users at all.
    REQUIRE(q.exec(QStringLiteral("pragma foreign_keys = off")));
    REQUIRE(q.exec(QStringLiteral("drop table users")));
    s->refreshSchema();
    REQUIRE(s->selectTenant(QStringLiteral("gov")));
    INFO(error.toStdString());
    REQUIRE(EvidencePackList::compute(*s, {}, GovernanceFixture::asOf(), &l, &error));
    CHECK(l.packs.size() == 6); // as many as with users
    for (const EvidencePack &p : std::as_const(l.packs))
        CHECK_FALSE(p.reviewedBy.contains(QLatin1Char('@'))); // the reviewer's id, not a name
    PolicyViolations v;
    REQUIRE(PolicyViolations::compute(*s, GovernanceFixture::asOf(), &v, &error));
    // SDAIA-C02 needs the users: not assessed, with the reason, never a failed check.
    const CheckResult sdaia =
        ComplianceChecks::run(*s, QStringLiteral("SDAIA-C02"), GovernanceFixture::asOf());
    CHECK(sdaia.status == QLatin1String("not_assessed"));
    CHECK(sdaia.reason.contains(QStringLiteral("users")));
}
