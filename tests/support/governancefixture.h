#pragma once

#include "models/source/session.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <memory>

// The Connector Governance Board and Evidence Pack Viewer fixture. Tenant "gov" holds every
// case worked out by hand (written next to the rows); tenant "other" holds rows that must
// never show in gov. Every check runs on SQLite and on PostgreSQL.
namespace GovernanceFixture {

// As-of of every figure: 2026-11-26 09:00 UTC.
QDateTime asOf();
// Pack ids of tenant gov, as loaded.
inline constexpr const char *ValidPack = "70000000-0000-4000-8000-000000000001";
inline constexpr const char *AlteredPack = "70000000-0000-4000-8000-000000000002";
inline constexpr const char *FloatPack = "70000000-0000-4000-8000-000000000003";
inline constexpr const char *EmptyPack = "70000000-0000-4000-8000-000000000004";
inline constexpr const char *UnsignedPack = "70000000-0000-4000-8000-000000000005";
inline constexpr const char *UnreadablePack = "70000000-0000-4000-8000-000000000006";
inline constexpr const char *FuturePack = "70000000-0000-4000-8000-000000000007";
inline constexpr const char *OtherTenantPack = "70000000-0000-4000-8000-000000000008";

bool load(Session &session, QString *error);
std::unique_ptr<Session> openSqlite(const QTemporaryDir &dir);
// Adds a connector_probes row for tenant gov (tests point probes at their own local servers).
bool addProbe(Session &session, const QString &key, const QString &url, int timeoutMs, int slowMs,
              bool enabled = true);

// Catch2 checks (the session open on the loaded fixture).
void checkPackList(Session &session);
void checkPackReview(Session &session);
void checkConnectorBoard(Session &session);
void checkConnectorDisable(Session &session);
// Records fabricated probe results and checks the rows, the audit trail and the history.
void checkProbeWrite(Session &session);

} // namespace GovernanceFixture
