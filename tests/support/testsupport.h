#pragma once

#include "models/overview/sourceoverview.h"
#include "models/source/session.h"

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// Test support: temporary SQLite databases, the small hand-made fixture whose counts the tests
// know by heart, and the throw-away PostgreSQL server started by the pg_server CTest fixture.
namespace TestSupport {

// A fresh temporary directory for one test.
std::unique_ptr<QTemporaryDir> tempDir();

// The fixture: tenant "alpha" and tenant "beta" with these rows (tenant alpha / beta):
//   users 2 / 1, deals 3 / 5, approval_requests 2 / 1, compliance_controls 1 / 0.
struct Fixture {
    static constexpr const char *AlphaId = "11111111-1111-4111-8111-111111111111";
    static constexpr const char *BetaId = "22222222-2222-4222-8222-222222222222";
};
// Creates the Dealix schema in the session's (empty) database and loads the fixture.
bool loadFixture(Session &session, QString *error);
// A new SQLite file in dir holding the fixture; returns its path (empty on failure).
QString fixtureFile(const QTemporaryDir &dir, const QString &name);
// Drops a column, as a source without it lacks it. SQLite refuses to drop a column an index uses
// (the app's covering indexes use many): those indexes go first; PostgreSQL drops them itself.
bool dropColumn(QSqlDatabase db, const QString &table, const QString &column, QString *error);
// The tenant's row count of one table in an overview (-1: not counted, -2: no such table).
qint64 rowsOf(const SourceOverview &overview, const QString &table);

// The PostgreSQL test server (from the env file pg-start.sh wrote). ok is false, with the
// reason, when it is not running: PostgreSQL tests then fail, they never skip.
struct PgServer {
    bool ok = false;
    QString error;
    QString host;
    int port = 0;
    QString user;
    QString password;
    QString database;
    QString socketDir;
    QString url(const QString &db) const;
    static const PgServer &get();
};

// A new, empty PostgreSQL database owned by the plain test role, dropped on destruction.
// PGPASSWORD is set for the process so sessions connect as README "Rules: Sources" says they do.
class PgDatabase
{
public:
    PgDatabase();
    ~PgDatabase();
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    QString name() const { return m_name; }
    QString url() const;

private:
    bool m_ok = false;
    QString m_error;
    QString m_name;
};

} // namespace TestSupport
