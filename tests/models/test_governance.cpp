// Evidence Pack Viewer and Connector Governance Board on SQLite against the hand-worked
// fixture (test_postgres.cpp runs the same checks on PostgreSQL).
#include "models/connectors/connectormodel.h"
#include "models/core/roles.h"
#include "models/evidence/evidencepackmodel.h"
#include "tests/support/governancefixture.h"
#include "tests/support/testsupport.h"

#include <QAbstractItemModelTester>

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
    CHECK(altered.data(Roles::StateRole).toString() == QLatin1String("worse"));
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
    CHECK(stripe.data(Roles::StateRole).toString() == QLatin1String("partial"));
    CHECK(connectors.index(2, ConnectorModel::SinceSuccessColumn).data().toString() ==
          QStringLiteral("6 d 0 h"));
    CHECK(connectors.index(1, ConnectorModel::StatusColumn).data(Roles::RawValueRole).toString() ==
          QLatin1String("not_configured"));
}
