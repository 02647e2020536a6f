#include "tests/support/securitychecks.h"

#include "models/connectors/connectorprober.h"
#include "models/source/offlinecopy.h"
#include "models/source/session.h"
#include "models/source/writeback.h"
#include "tests/support/governancefixture.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace SecurityChecks {

namespace {
const char *const Password = "PwS3cretX";
const char *const Token = "TokS3cretY";

QString hostileUrl()
{
    return QStringLiteral("http://probe:%1@127.0.0.1:9/health?token=%2&region=sa")
        .arg(QLatin1String(Password), QLatin1String(Token));
}

void setActive(Session &session, const char *email, const QString &valueSql)
{
    QSqlQuery q(session.database());
    REQUIRE(q.exec(QStringLiteral("update users set is_active = %1 where email = '%2'")
                       .arg(valueSql, QLatin1String(email))));
    REQUIRE(q.numRowsAffected() == 1);
}
} // namespace

void checkNullActiveRefused(Session &session)
{
    REQUIRE(session.selectTenant(QStringLiteral("gov")));
    const QString yes = session.isPostgres() ? QStringLiteral("true") : QStringLiteral("1");
    const QString no = session.isPostgres() ? QStringLiteral("false") : QStringLiteral("0");
    auto lookup = [&](const char *email) {
        TenantActor a;
        QString message;
        const auto r = WriteBack::findActor(session, QString::fromLatin1(email),
                                            WriteBack::deciderRoles(), &a, &message);
        return std::make_pair(r, message);
    };
    auto listed = [&](const char *email) {
        const Result<QList<TenantActor>> actors =
            WriteBack::actors(session, WriteBack::deciderRoles());
        REQUIRE(actors.ok());
        for (const TenantActor &a : actors.value())
            if (a.email == QLatin1String(email))
                return true;
        return false;
    };
    // Baseline: an active manager acts and is offered.
    setActive(session, "manager@gov.sa", yes);
    CHECK(lookup("manager@gov.sa").first == WriteBack::Lookup::Found);
    CHECK(listed("manager@gov.sa"));
    // NULL: neither true nor false, and only true acts.
    setActive(session, "manager@gov.sa", QStringLiteral("null"));
    const auto nullResult = lookup("manager@gov.sa");
    CHECK(nullResult.first == WriteBack::Lookup::Refused);
    CHECK(nullResult.second.contains(QStringLiteral("not an active user")));
    CHECK_FALSE(listed("manager@gov.sa"));
    setActive(session, "manager@gov.sa", no);
    CHECK(lookup("manager@gov.sa").first == WriteBack::Lookup::Refused);
    CHECK_FALSE(listed("manager@gov.sa"));
    // The other users are untouched.
    CHECK(lookup("admin@gov.sa").first == WriteBack::Lookup::Found);
    CHECK(listed("admin@gov.sa"));
    setActive(session, "manager@gov.sa", yes);
}

void checkProbeCredentialsStripped(Session &session)
{
    REQUIRE(session.selectTenant(QStringLiteral("gov")));
    REQUIRE(
        GovernanceFixture::addProbe(session, QStringLiteral("stripe"), hostileUrl(), 1500, 300));
    ProbeResult r;
    r.key = QStringLiteral("stripe");
    r.url = QUrl(hostileUrl());
    REQUIRE(r.url.isValid());
    r.startedAt = QDateTime::fromString(QStringLiteral("2026-11-26T09:30:00Z"), Qt::ISODate);
    // What Qt's network layer says on failure: it quotes the URL.
    r.record = {
        r.startedAt,
        QStringLiteral("error"),
        -1,
        0,
        QStringLiteral("refused"),
        QStringLiteral("Error transferring %1 - server replied: Forbidden").arg(hostileUrl())};
    const auto w = ConnectorWriter::recordProbe(session, r, QString());
    INFO(w.message.toStdString());
    REQUIRE(w.outcome == ConnectorWriter::Outcome::Done);

    auto has = [](const QString &text) {
        return text.contains(QLatin1String(Password)) || text.contains(QLatin1String(Token));
    };
    QSqlQuery audit(session.database());
    REQUIRE(audit.exec(QStringLiteral("select changes from audit_logs where action = "
                                      "'connector.probe' and entity_type = "
                                      "'integration_sync_state'")));
    int rows = 0;
    while (audit.next()) {
        ++rows;
        const QString changes = audit.value(0).toString();
        INFO(changes.toStdString());
        CHECK_FALSE(has(changes));
        // What is not a credential is still there: host, path, the harmless parameter.
        CHECK(changes.contains(QStringLiteral("127.0.0.1:9/health")));
        CHECK(changes.contains(QStringLiteral("region=sa")));
    }
    CHECK(rows == 1);
    QSqlQuery state(session.database());
    REQUIRE(state.exec(QStringLiteral("select last_error from integration_sync_states where "
                                      "connector_key = 'stripe'")));
    REQUIRE(state.next());
    INFO(state.value(0).toString().toStdString());
    CHECK_FALSE(has(state.value(0).toString()));
    CHECK(state.value(0).toString().contains(QStringLiteral("Forbidden")));

    // The offline copy: no byte of the file holds either secret (the source still does).
    auto dir = TestSupport::tempDir();
    const QString path = dir->filePath(QStringLiteral("copy.sqlite"));
    QString error;
    const bool written = OfflineCopy::write(
        session, path, QDateTime::fromString(QStringLiteral("2026-11-26T10:00:00Z"), Qt::ISODate),
        &error);
    INFO(error.toStdString());
    REQUIRE(written);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK_FALSE(bytes.contains(Password));
    CHECK_FALSE(bytes.contains(Token));
    CHECK(bytes.contains("127.0.0.1:9/health"));
    // The source keeps what it had (the other tenant of the fixture has a stripe probe too).
    QSqlQuery source(session.database());
    REQUIRE(source.prepare(QStringLiteral("select endpoint_url from connector_probes where "
                                          "connector_key = 'stripe' and tenant_id = ?")));
    source.addBindValue(session.tenantId());
    REQUIRE(source.exec());
    REQUIRE(source.next());
    CHECK(source.value(0).toString() == hostileUrl());
}

bool bidiBalanced(const QString &text)
{
    QList<char16_t> open;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x202A && u <= 0x202E && u != 0x202C) || (u >= 0x2066 && u <= 0x2068)) {
            open.append(u);
        } else if (u == 0x202C) {
            if (open.isEmpty() || open.last() >= 0x2066)
                return false;
            open.removeLast();
        } else if (u == 0x2069) {
            // Closes the innermost isolate and every embedding opened inside it.
            while (!open.isEmpty() && open.last() < 0x2066)
                open.removeLast();
            if (open.isEmpty())
                return false;
            open.removeLast();
        }
    }
    return open.isEmpty();
}

} // namespace SecurityChecks
