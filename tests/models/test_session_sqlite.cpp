#include "models/source/session.h"
#include "tests/support/testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <cstring>

#include <catch2/catch.hpp>

using TestSupport::Fixture;

namespace {
std::unique_ptr<QTemporaryDir> fixtureDb(QString *path)
{
    auto dir = TestSupport::tempDir();
    *path = dir->filePath(QStringLiteral("fixture.sqlite"));
    Session s;
    REQUIRE(s.open(SourceUrl::sqlite(*path), Session::OpenMode::AllowEmpty));
    QString error;
    REQUIRE(TestSupport::loadFixture(s, &error));
    return dir;
}
} // namespace

TEST_CASE("a tenant is chosen by slug or id, and one tenant alone is chosen by itself",
          "[session][sqlite]")
{
    QString path;
    auto dir = fixtureDb(&path);
    Session s;
    REQUIRE(s.open(SourceUrl::sqlite(path)));
    const Result<QList<TenantInfo>> listed = s.tenants();
    REQUIRE(listed.ok());
    const QList<TenantInfo> &tenants = listed.value();
    REQUIRE(tenants.size() == 2);
    CHECK(tenants.at(0).slug == QStringLiteral("alpha"));
    CHECK(tenants.at(1).nameAr == QStringLiteral("المستأجر beta"));

    // Two tenants and none named: an error that lists them.
    CHECK_FALSE(s.selectTenant(QString()));
    CHECK(s.errorKind() == Session::ErrorKind::Usage);
    CHECK(s.errorString().contains(QStringLiteral("alpha")));
    CHECK(s.errorString().contains(QStringLiteral("beta")));

    REQUIRE(s.selectTenant(QStringLiteral("beta")));
    CHECK(s.tenantId() == QString::fromLatin1(Fixture::BetaId));
    REQUIRE(s.selectTenant(QString::fromLatin1(Fixture::AlphaId).toUpper()));
    CHECK(s.tenant().slug == QStringLiteral("alpha"));
    CHECK_FALSE(s.selectTenant(QStringLiteral("gamma")));
    CHECK(s.errorKind() == Session::ErrorKind::NotFound);

    // Remove one tenant: the other is then chosen without being named.
    QSqlQuery q(s.database());
    for (const char *table :
         {"deals", "approval_requests", "compliance_controls", "users", "tenants"}) {
        q.prepare(
            QStringLiteral("delete from %1 where %2 = ?")
                .arg(QString::fromLatin1(table),
                     QString::fromLatin1(strcmp(table, "tenants") == 0 ? "id" : "tenant_id")));
        q.addBindValue(QString::fromLatin1(Fixture::BetaId));
        REQUIRE(q.exec());
    }
    REQUIRE(s.selectTenant(QString()));
    CHECK(s.tenant().slug == QStringLiteral("alpha"));
}

TEST_CASE("bad SQLite input gives a clear error naming the source", "[session][sqlite][bad-input]")
{
    auto dir = TestSupport::tempDir();
    SECTION("missing file: an error, and no empty file left behind")
    {
        const QString path = dir->filePath(QStringLiteral("nope.sqlite"));
        Session s;
        CHECK_FALSE(s.open(SourceUrl::sqlite(path)));
        CHECK(s.errorKind() == Session::ErrorKind::Unavailable);
        CHECK(s.errorString().contains(path));
        CHECK(s.errorString().contains(QStringLiteral("no such file")));
        CHECK_FALSE(QFile::exists(path));
    }
    SECTION("a file of random bytes")
    {
        const QString path = dir->filePath(QStringLiteral("random.sqlite"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        QByteArray junk(64 * 1024, Qt::Uninitialized);
        QRandomGenerator gen(42);
        for (char &c : junk)
            c = char(gen.bounded(256));
        f.write(junk);
        f.close();
        Session s;
        CHECK_FALSE(s.open(SourceUrl::sqlite(path)));
        CHECK(s.errorString().contains(QStringLiteral("not a SQLite database")));
        CHECK(QFile(path).size() == junk.size()); // nothing lost
    }
    SECTION("a database another program holds locked: said so, not called \"not a database\"")
    {
        QString path;
        auto fixtureDir = fixtureDb(&path);
        // Another program's exclusive lock, held by a write in progress (sqlite3 with
        // "pragma locking_mode = exclusive; begin exclusive; …").
        const QString name = QStringLiteral("locker");
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            other.setDatabaseName(path);
            REQUIRE(other.open());
            QSqlQuery q(other);
            REQUIRE(q.exec(QStringLiteral("pragma locking_mode = exclusive")));
            REQUIRE(q.exec(QStringLiteral("begin exclusive")));
            REQUIRE(q.exec(QStringLiteral("create table held (a)")));
            Session s;
            CHECK_FALSE(s.open(SourceUrl::sqlite(path)));
            INFO(s.errorString().toStdString());
            CHECK(s.errorKind() == Session::ErrorKind::Unavailable);
            CHECK(s.errorString().contains(QStringLiteral("locked by another program")));
            CHECK_FALSE(s.errorString().contains(QStringLiteral("not a SQLite database")));
            REQUIRE(q.exec(QStringLiteral("rollback")));
            other.close();
        }
        QSqlDatabase::removeDatabase(name);
        // Released: the same file opens.
        Session s;
        CHECK(s.open(SourceUrl::sqlite(path)));
    }
    SECTION("a SQLite file without the Dealix tables")
    {
        const QString path = dir->filePath(QStringLiteral("other.sqlite"));
        {
            Session s;
            REQUIRE(s.open(SourceUrl::sqlite(path), Session::OpenMode::AllowEmpty));
            QSqlQuery q(s.database());
            REQUIRE(
                q.exec(QStringLiteral("create table notes (id integer primary key, body text)")));
        }
        Session s;
        CHECK_FALSE(s.open(SourceUrl::sqlite(path)));
        CHECK(s.errorString().contains(QStringLiteral("does not hold the Dealix schema")));
    }
    SECTION("a directory")
    {
        Session s;
        CHECK_FALSE(s.open(SourceUrl::sqlite(dir->path())));
        CHECK(s.errorString().contains(QStringLiteral("not a file")));
    }
    SECTION("a Dealix server opens without a request, and a tenant slug is refused plainly")
    {
        // No server answers at this name: opening must not try it (the first figure does).
        Session s;
        REQUIRE(s.open(SourceUrl::parse(QStringLiteral("https://dealix.invalid/api/v1"))));
        CHECK(s.isRest());
        CHECK_FALSE(s.selectTenant(QStringLiteral("alpha")));
        CHECK(s.errorKind() == Session::ErrorKind::Usage);
        CHECK(s.errorString().contains(QStringLiteral("UUID")));
    }
}

TEST_CASE("timestamps bind in one sortable form and read back from either driver", "[session]")
{
    const QDateTime t(QDate(2026, 3, 1), QTime(7, 5, 9, 12), Qt::UTC);
    CHECK(Session::timeText(t) == QStringLiteral("2026-03-01T07:05:09.012Z"));
    CHECK(Session::readTime(QStringLiteral("2026-03-01T07:05:09.012Z")) == t);
    CHECK(Session::readTime(QStringLiteral("2026-03-01 10:05:09.012+03:00")) == t);
    CHECK(Session::readTime(QVariant(t)) == t);
    CHECK_FALSE(Session::readTime(QVariant()).isValid());
}
