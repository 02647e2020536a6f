#include "tests/support/testsupport.h"

#include "models/source/ddl.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace TestSupport {

std::unique_ptr<QTemporaryDir> tempDir()
{
    return std::make_unique<QTemporaryDir>();
}

namespace {

bool exec(QSqlDatabase db, const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery q(db);
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = sql.left(60) + QStringLiteral(": ") + q.lastError().text();
        return false;
    }
    return true;
}

QString uuid(int tenant, int n)
{
    return QStringLiteral("%1%2-0000-4000-8000-000000000000")
        .arg(tenant)
        .arg(n, 7, 10, QLatin1Char('0'));
}

} // namespace

bool loadFixture(Session &session, QString *error)
{
    QSqlDatabase db = session.database();
    if (!Ddl::apply(db, error))
        return false;
    session.refreshSchema();
    const QString ts = QStringLiteral("2026-11-01T09:00:00.000Z");
    struct Counts {
        QString id;
        QString slug;
        int users, deals, approvals, controls;
    };
    const Counts tenants[] = {
        {QString::fromLatin1(Fixture::AlphaId), QStringLiteral("alpha"), 2, 3, 2, 1},
        {QString::fromLatin1(Fixture::BetaId), QStringLiteral("beta"), 1, 5, 1, 0}};
    int t = 0;
    for (const Counts &c : tenants) {
        ++t;
        if (!db.transaction())
            return false;
        // Under forced row-level security each tenant's rows go in under its own app.tenant_id.
        if (!session.setRlsTenant(c.id, error))
            return false;
        if (!exec(db,
                  QStringLiteral("insert into tenants (id, created_at, updated_at, name, name_ar, "
                                 "slug) values (?, ?, ?, ?, ?, ?)"),
                  {c.id, ts, ts, QStringLiteral("Tenant ") + c.slug,
                   QStringLiteral("المستأجر ") + c.slug, c.slug},
                  error))
            return false;
        QString firstUser;
        for (int i = 0; i < c.users; ++i) {
            const QString id = uuid(t, 100 + i);
            if (i == 0)
                firstUser = id;
            if (!exec(db,
                      QStringLiteral("insert into users (id, created_at, updated_at, tenant_id, "
                                     "email, password_hash, role) values (?, ?, ?, ?, ?, ?, ?)"),
                      {id, ts, ts, c.id, QStringLiteral("user%1@%2.sa").arg(i).arg(c.slug),
                       QStringLiteral("x"),
                       i == 0 ? QStringLiteral("owner") : QStringLiteral("agent")},
                      error))
                return false;
        }
        for (int i = 0; i < c.deals; ++i) {
            if (!exec(db,
                      QStringLiteral(
                          "insert into deals (id, created_at, updated_at, tenant_id, title, value, "
                          "currency, stage, probability) values (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {uuid(t, 200 + i), ts, ts, c.id, QStringLiteral("Deal %1").arg(i),
                       QStringLiteral("1000.50"), QStringLiteral("SAR"), QStringLiteral("proposal"),
                       50},
                      error))
                return false;
        }
        for (int i = 0; i < c.approvals; ++i) {
            if (!exec(db,
                      QStringLiteral(
                          "insert into approval_requests (id, created_at, updated_at, tenant_id, "
                          "channel, resource_type, resource_id, payload, status, requested_by_id) "
                          "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {uuid(t, 300 + i), ts, ts, c.id, QStringLiteral("whatsapp"),
                       QStringLiteral("strategic_deal"), uuid(t, 900 + i),
                       QStringLiteral("{\"category\": \"pricing\"}"), QStringLiteral("pending"),
                       firstUser},
                      error))
                return false;
        }
        for (int i = 0; i < c.controls; ++i) {
            if (!exec(db,
                      QStringLiteral("insert into compliance_controls (id, created_at, updated_at, "
                                     "tenant_id, control_id, control_name, category, status, "
                                     "risk_level) values (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {uuid(t, 400 + i), ts, ts, c.id, QStringLiteral("PDPL-C01"),
                       QStringLiteral("Consent before outbound messaging"), QStringLiteral("PDPL"),
                       QStringLiteral("PARTIAL"), QStringLiteral("CRITICAL")},
                      error))
                return false;
        }
        if (!db.commit())
            return false;
    }
    return session.setRlsTenant(QString(), error);
}

QString fixtureFile(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    Session s;
    QString error;
    if (!s.open(SourceUrl::sqlite(path), Session::OpenMode::AllowEmpty) || !loadFixture(s, &error))
        return {};
    return path;
}

qint64 rowsOf(const SourceOverview &overview, const QString &table)
{
    for (const auto &t : overview.tables) {
        if (t.table == table)
            return t.rows;
    }
    return -2;
}

QString PgServer::url(const QString &db) const
{
    // Plain TCP unless a test asks for TLS (urlTls): PDPL-C13 is pinned both ways.
    return QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=disable")
        .arg(user, host)
        .arg(port)
        .arg(db);
}

const PgServer &PgServer::get()
{
    static const PgServer server = [] {
        PgServer s;
        QFile f(QStringLiteral(DEALIX_PG_ENV_FILE));
        if (!f.open(QIODevice::ReadOnly)) {
            s.error =
                QStringLiteral("The PostgreSQL test server is not running (%1 is missing): run the "
                               "tests through ctest, whose pg_server fixture starts it.")
                    .arg(f.fileName());
            return s;
        }
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype eq = line.indexOf('=');
            if (eq < 0)
                continue;
            const QByteArray key = line.left(eq);
            const QString value = QString::fromUtf8(line.mid(eq + 1));
            if (key == "DEALIX_PG_HOST")
                s.host = value;
            else if (key == "DEALIX_PG_PORT")
                s.port = value.toInt();
            else if (key == "DEALIX_PG_USER")
                s.user = value;
            else if (key == "DEALIX_PG_PASSWORD")
                s.password = value;
            else if (key == "DEALIX_PG_DATABASE")
                s.database = value;
            else if (key == "DEALIX_PG_SOCKET")
                s.socketDir = value;
        }
        s.ok = s.port > 0 && !s.user.isEmpty();
        if (!s.ok)
            s.error = QStringLiteral("Malformed %1").arg(f.fileName());
        return s;
    }();
    return server;
}

namespace {
bool adminExec(const QString &sql, QString *error)
{
    const PgServer &s = PgServer::get();
    const QString name = QStringLiteral("pg-admin-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(s.host);
        db.setPort(s.port);
        db.setUserName(s.user);
        db.setPassword(s.password);
        db.setDatabaseName(s.database);
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                *error = q.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
} // namespace

PgDatabase::PgDatabase()
{
    const PgServer &s = PgServer::get();
    if (!s.ok) {
        m_error = s.error;
        return;
    }
    qputenv("PGPASSWORD", s.password.toUtf8());
    static QAtomicInt counter;
    m_name = QStringLiteral("dealix_t%1_%2")
                 .arg(QCoreApplication::applicationPid())
                 .arg(counter.fetchAndAddRelaxed(1));
    // The name is made here from digits, never from input.
    m_ok = adminExec(QStringLiteral("create database %1").arg(m_name), &m_error);
}

PgDatabase::~PgDatabase()
{
    if (!m_ok)
        return;
    QString error;
    adminExec(QStringLiteral("drop database if exists %1 with (force)").arg(m_name), &error);
}

QString PgDatabase::url() const
{
    return PgServer::get().url(m_name);
}

} // namespace TestSupport

namespace TestSupport {

bool dropColumn(QSqlDatabase db, const QString &table, const QString &column, QString *error)
{
    QSqlQuery q(db);
    if (db.driverName() != QLatin1String("QPSQL")) {
        q.prepare(
            QStringLiteral("select distinct l.name from pragma_index_list(?) l join "
                           "pragma_index_xinfo(l.name) x where l.origin = 'c' and (x.name = ? or "
                           "(x.cid = -2 and instr(lower((select m.sql from sqlite_master m "
                           "where m.type = 'index' and m.name = l.name)), lower(?)) > 0))"));
        // (an expression key names its columns only in the index's statement)
        q.addBindValue(table);
        q.addBindValue(column);
        q.addBindValue(column);
        QStringList indexes;
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        while (q.next())
            indexes << q.value(0).toString();
        for (const QString &index : std::as_const(indexes)) {
            if (!q.exec(QStringLiteral("drop index \"%1\"").arg(index))) {
                *error = q.lastError().text();
                return false;
            }
        }
    }
    if (!q.exec(QStringLiteral("alter table %1 drop column %2").arg(table, column))) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace TestSupport
