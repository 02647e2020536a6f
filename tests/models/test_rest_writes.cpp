// Writes over a Dealix server, its token, and what the app learns about the server (README
// "Sources: the Dealix REST API — connecting"), against the test server of
// tests/support/fakedealix.h. The JSON answers are written by hand from the Dealix API's shapes:
// POST /approval-center/{id}/approve|reject|escalate → {id, status, note}, or status not_found;
// PUT /evidence-packs/{id}/review?reviewer_id= → {id, status: "reviewed"};
// PUT /connectors/{key}/disable → {connector_key, status: "disabled"};
// PUT /contradictions/{id}/resolve {resolution, resolved_by_id, status} → {id, status, resolution}.
#include "models/approvals/approvaldecider.h"
#include "models/connectors/connectorprober.h"
#include "models/core/period.h"
#include "models/evidence/evidencepacks.h"
#include "models/source/restserver.h"
#include "models/source/resttoken.h"
#include "models/source/restwrites.h"
#include "models/source/session.h"
#include "models/violations/policyviolations.h"
#include "tests/support/fakedealix.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <catch2/catch.hpp>

#include <chrono>
#include <fcntl.h>
#include <future>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace {

const QString Tenant = QStringLiteral("7d1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b");
const QString Approval = QStringLiteral("a1000000-0000-4000-8000-000000000001");
const QString Pack = QStringLiteral("e1000000-0000-4000-8000-000000000001");
const QString Contradiction = QStringLiteral("c1000000-0000-4000-8000-000000000001");
const QString Owner = QStringLiteral("u1000000-0000-4000-8000-000000000001");

// A JWT whose payload is {"sub": Owner, "email": "cfo@example.sa", "tenant_id": Tenant}; the
// signature is not checked by the app (the server does).
QByteArray jwt()
{
    const QByteArray header =
        QByteArray(R"({"alg":"HS256","typ":"JWT"})")
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QByteArray payload =
        QStringLiteral(R"({"sub":"%1","email":"cfo@example.sa","tenant_id":"%2"})")
            .arg(Owner, Tenant)
            .toUtf8()
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return header + '.' + payload + ".c2lnbmF0dXJl";
}

struct Rest {
    FakeDealix server;
    QTemporaryDir cache;
    Session session;
    explicit Rest(int timeoutMs = 5000, const QByteArray &token = jwt())
    {
        REQUIRE(server.start());
        RestOptions options;
        options.token = token;
        options.cacheDir = cache.path();
        options.retries = 0;
        options.connectTimeoutMs = timeoutMs;
        options.requestTimeoutMs = timeoutMs;
        REQUIRE(session.open(SourceUrl::parse(server.baseUrl()),
                             Session::OpenMode::RequireDealixSchema, QString(), options));
        REQUIRE(session.selectTenant(Tenant));
    }
};

QJsonObject bodyOf(const FakeDealix::Request &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

} // namespace

TEST_CASE("decide over REST posts approve/reject/escalate with the note", "[rest][writes]")
{
    Rest rest;
    rest.server.route("POST", QStringLiteral("approval-center/%1/approve").arg(Approval),
                      FakeDealix::json(QStringLiteral(R"({"id": "%1", "status": "approved", )"
                                                      R"("note": "within budget"})")
                                           .arg(Approval)
                                           .toUtf8()));
    rest.server.route("POST", QStringLiteral("approval-center/%1/escalate").arg(Approval),
                      FakeDealix::json(QStringLiteral(R"({"id": "%1", "status": "escalated", )"
                                                      R"("note": null})")
                                           .arg(Approval)
                                           .toUtf8()));
    SECTION("approve")
    {
        const RestWrites::Result r = RestWrites::decide(
            rest.session, Approval, QStringLiteral("approve"), QStringLiteral("within budget"));
        REQUIRE(r.ok());
        CHECK(r.exitCode() == 0);
        CHECK(r.status == QStringLiteral("approved"));
        CHECK(r.note.isEmpty());
        const QList<FakeDealix::Request> seen = rest.server.requests();
        REQUIRE(seen.size() == 1);
        CHECK(seen.first().method == "POST");
        CHECK(seen.first().path ==
              QStringLiteral("/api/v1/approval-center/%1/approve").arg(Approval));
        CHECK(seen.first().query == QStringLiteral("tenant_id=") + Tenant);
        CHECK(bodyOf(seen.first()).value(QStringLiteral("note")).toString() ==
              QStringLiteral("within budget"));
        CHECK(seen.first().headers.value("authorization") == "Bearer " + jwt());
    }
    SECTION("escalate says the server saves nothing")
    {
        const RestWrites::Result r =
            RestWrites::decide(rest.session, Approval, QStringLiteral("escalate"), QString());
        REQUIRE(r.ok());
        CHECK(r.status == QStringLiteral("escalated"));
        CHECK(r.note.contains(QStringLiteral("saves nothing")));
        // No note: sent as null, not as an empty string.
        CHECK(bodyOf(rest.server.requests().first()).value(QStringLiteral("note")).isNull());
    }
    SECTION("the GUI's path (ApprovalDecider) goes through the same request; --as is not needed")
    {
        ApprovalDecider::Actor actor;
        ApprovalDecider::Result refusal;
        REQUIRE(ApprovalDecider::actor(rest.session, QString(), &actor, &refusal));
        CHECK(actor.id == Owner);
        CHECK(actor.email == QStringLiteral("cfo@example.sa"));
        const ApprovalDecider::Result r =
            ApprovalDecider::decide(rest.session, Approval, ApprovalDecider::Action::Approve, actor,
                                    QStringLiteral("within budget"));
        CHECK(r.outcome == ApprovalDecider::Outcome::Done);
        CHECK(r.status == QStringLiteral("approved"));
        CHECK(rest.server.requestCount(
                  QStringLiteral("/api/v1/approval-center/%1/approve").arg(Approval)) == 1);
    }
    SECTION("a rejection without a note is refused before any request")
    {
        ApprovalDecider::Actor actor = RestWrites::tokenOwner(rest.session);
        const ApprovalDecider::Result r = ApprovalDecider::decide(
            rest.session, Approval, ApprovalDecider::Action::Reject, actor, QStringLiteral("  "));
        CHECK(r.outcome == ApprovalDecider::Outcome::NoteRequired);
        CHECK(rest.server.requests().isEmpty());
    }
}

TEST_CASE("writes over REST map the server's refusals to exit codes and outcomes", "[rest][writes]")
{
    Rest rest(400);
    const QString path = QStringLiteral("approval-center/%1/approve").arg(Approval);
    struct Case {
        const char *name;
        FakeDealix::Response response;
        int exitCode;
        ApprovalDecider::Outcome outcome;
        QString reason; // the server's reason, passed on
    };
    FakeDealix::Response hang = FakeDealix::json("{}");
    hang.behaviour = FakeDealix::Response::Behaviour::Hang;
    const QList<Case> cases = {
        {"401", FakeDealix::json(R"({"detail": "token expired"})", 401), 6,
         ApprovalDecider::Outcome::PermissionDenied, QStringLiteral("token expired")},
        {"403", FakeDealix::json(R"({"detail": "not an approver"})", 403), 6,
         ApprovalDecider::Outcome::PermissionDenied, QStringLiteral("not an approver")},
        {"404", FakeDealix::json(R"({"detail": "Not Found"})", 404), 4,
         ApprovalDecider::Outcome::NotFound, QString()},
        {"not_found body", FakeDealix::json(R"({"status": "not_found"})"), 4,
         ApprovalDecider::Outcome::NotFound, QString()},
        {"409", FakeDealix::json(R"({"detail": "already decided"})", 409), 5,
         ApprovalDecider::Outcome::Conflict, QStringLiteral("already decided")},
        {"500", FakeDealix::json(R"({"detail": "boom"})", 500), 3, ApprovalDecider::Outcome::Failed,
         QString()},
        {"timeout", hang, 3, ApprovalDecider::Outcome::Failed, QString()},
        {"no status in the answer", FakeDealix::json(R"({"id": "x"})"), 3,
         ApprovalDecider::Outcome::Failed, QString()},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        rest.server.route("POST", path, c.response);
        const RestWrites::Result r =
            RestWrites::decide(rest.session, Approval, QStringLiteral("approve"), QString());
        CHECK_FALSE(r.ok());
        CHECK(r.exitCode() == c.exitCode);
        CHECK_FALSE(r.message.isEmpty());
        if (!c.reason.isEmpty())
            CHECK(r.message.contains(c.reason));
        // A write without a complete answer may have been applied: the message says so.
        const bool unsure =
            c.name == std::string("timeout") || c.name == std::string("no status in the answer");
        CHECK(r.message.contains(QStringLiteral("may or may not")) == unsure);
        CHECK_FALSE(r.message.contains(QString::fromLatin1(jwt())));
        const ApprovalDecider::Result d =
            ApprovalDecider::decide(rest.session, Approval, ApprovalDecider::Action::Approve,
                                    RestWrites::tokenOwner(rest.session), QString());
        CHECK(d.outcome == c.outcome);
    }
}

TEST_CASE("review-pack, connector disable and contradiction resolve over REST", "[rest][writes]")
{
    Rest rest;
    rest.server.route(
        "PUT", QStringLiteral("evidence-packs/%1/review").arg(Pack),
        FakeDealix::json(
            QStringLiteral(R"({"id": "%1", "status": "reviewed"})").arg(Pack).toUtf8()));
    rest.server.route("PUT", QStringLiteral("connectors/whatsapp/disable"),
                      FakeDealix::json(R"({"connector_key": "whatsapp", "status": "disabled"})"));
    rest.server.route("PUT", QStringLiteral("contradictions/%1/resolve").arg(Contradiction),
                      FakeDealix::json(QStringLiteral(R"({"id": "%1", "status": "resolved", )"
                                                      R"("resolution": "CRM corrected"})")
                                           .arg(Contradiction)
                                           .toUtf8()));
    const TenantActor owner = RestWrites::tokenOwner(rest.session);

    const EvidencePackReviewer::Result review =
        EvidencePackReviewer::review(rest.session, Pack, owner);
    CHECK(review.outcome == EvidencePackReviewer::Outcome::Done);
    CHECK(review.status == QStringLiteral("reviewed"));

    const ConnectorWriter::Result disable =
        ConnectorWriter::setDisabled(rest.session, QStringLiteral("whatsapp"), true, owner);
    CHECK(disable.outcome == ConnectorWriter::Outcome::Done);
    // The API has no route to enable a connector: refused without a request.
    const int before = rest.server.requests().size();
    const ConnectorWriter::Result enable =
        ConnectorWriter::setDisabled(rest.session, QStringLiteral("whatsapp"), false, owner);
    CHECK(enable.outcome == ConnectorWriter::Outcome::Failed);
    CHECK(enable.message.contains(QStringLiteral("not available over the Dealix API")));
    CHECK(rest.server.requests().size() == before);

    const ViolationResolver::Result resolved =
        ViolationResolver::resolve(rest.session, Contradiction, QStringLiteral("resolved"),
                                   QStringLiteral("CRM corrected"), owner);
    CHECK(resolved.outcome == ViolationResolver::Outcome::Done);

    const QList<FakeDealix::Request> seen = rest.server.requests();
    REQUIRE(seen.size() == 3);
    CHECK(seen.at(0).method == "PUT");
    CHECK(seen.at(0).path == QStringLiteral("/api/v1/evidence-packs/%1/review").arg(Pack));
    // The reviewer is the token's owner (its "sub" claim).
    CHECK(seen.at(0).query.contains(QStringLiteral("reviewer_id=") + Owner));
    CHECK(seen.at(0).query.contains(QStringLiteral("tenant_id=") + Tenant));
    CHECK(seen.at(1).path == QStringLiteral("/api/v1/connectors/whatsapp/disable"));
    CHECK(seen.at(2).path ==
          QStringLiteral("/api/v1/contradictions/%1/resolve").arg(Contradiction));
    const QJsonObject body = bodyOf(seen.at(2));
    CHECK(body.value(QStringLiteral("resolution")).toString() == QStringLiteral("CRM corrected"));
    CHECK(body.value(QStringLiteral("resolved_by_id")).toString() == Owner);
    CHECK(body.value(QStringLiteral("status")).toString() == QStringLiteral("resolved"));
}

TEST_CASE("resolve over REST with a token that has no sub is refused before sending",
          "[rest][writes][token]")
{
    // Dealix takes resolved_by_id as text: null is a 422. Without the token's subject the app
    // cannot name the resolver, and says so without a request.
    for (const QByteArray &token :
         {QByteArray("opaque-api-key-123"),
          QByteArray(R"({"alg":"HS256"})")
                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) +
              '.' +
              QByteArray(R"({"email":"cfo@example.sa"})")
                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) +
              ".c2ln"}) {
        INFO(token.constData());
        Rest rest(5000, token);
        rest.server.route("PUT", QStringLiteral("contradictions/%1/resolve").arg(Contradiction),
                          FakeDealix::json(R"({"id": "x", "status": "resolved"})"));
        const RestWrites::Result r = RestWrites::resolveContradiction(
            rest.session, Contradiction, QStringLiteral("resolved"), QStringLiteral("fixed"));
        CHECK_FALSE(r.ok());
        CHECK(r.exitCode() == 2);
        CHECK(r.message.contains(QStringLiteral("no \"sub\" claim")));
        const ViolationResolver::Result v = ViolationResolver::resolve(
            rest.session, Contradiction, QStringLiteral("resolved"), QStringLiteral("fixed"),
            RestWrites::tokenOwner(rest.session));
        CHECK(v.outcome == ViolationResolver::Outcome::Failed);
        CHECK(v.message == r.message);
        CHECK(rest.server.requests().isEmpty());
    }
}

TEST_CASE("an id that could step to another route is refused without a request", "[rest][writes]")
{
    Rest rest;
    for (const QString &id :
         {QStringLiteral("../../connectors/x/disable"), QStringLiteral("a/b"),
          QStringLiteral("a?b=c"), QStringLiteral(".."), QStringLiteral("."), QString()}) {
        INFO(id.toStdString());
        const RestWrites::Result r =
            RestWrites::decide(rest.session, id, QStringLiteral("approve"), QString());
        CHECK(r.exitCode() == 4);
        CHECK(RestWrites::reviewPack(rest.session, id).exitCode() == 4);
        CHECK(RestWrites::setConnectorDisabled(rest.session, id, true).exitCode() == 4);
        CHECK(RestWrites::resolveContradiction(rest.session, id, QStringLiteral("resolved"),
                                               QStringLiteral("x"))
                  .exitCode() == 4);
    }
    CHECK(rest.server.requests().isEmpty());
}

TEST_CASE("the token file must be private, one line, and is trimmed", "[rest][token]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("token"));
    auto write = [&](const QByteArray &data, int mode) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(data);
        f.close();
        REQUIRE(::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0);
    };
    QByteArray token;
    QString error;
    write("  tok-abc.def-123 \n", 0600);
    CHECK(RestToken::readFile(path, &token, &error) == RestToken::Status::Found);
    CHECK(token == "tok-abc.def-123");
    for (const int mode : {0644, 0640, 0604, 0660}) {
        INFO(mode);
        write("tok-abc\n", mode);
        error.clear();
        CHECK(RestToken::readFile(path, &token, &error) == RestToken::Status::Refused);
        CHECK(error.contains(QStringLiteral("chmod 600")));
        CHECK_FALSE(error.contains(QStringLiteral("tok-abc")));
    }
    write("\n\n", 0600);
    CHECK(RestToken::readFile(path, &token, &error) == RestToken::Status::Refused);
    write("tok-one\ntok-two\n", 0600);
    CHECK(RestToken::readFile(path, &token, &error) == RestToken::Status::Refused);
    CHECK_FALSE(error.contains(QStringLiteral("tok-one")));
    CHECK(RestToken::readFile(dir.path(), &token, &error) == RestToken::Status::Refused);
    CHECK(error.contains(QStringLiteral("not a regular file")));
    CHECK(RestToken::readFile(dir.filePath(QStringLiteral("missing")), &token, &error) ==
          RestToken::Status::Refused);

    // Another user's file, however private, is not this user's token.
    write("tok-abc\n", 0600);
    REQUIRE(::chown(QFile::encodeName(path).constData(), ::geteuid() + 1, gid_t(-1)) == 0);
    CHECK(RestToken::readFile(path, &token, &error) == RestToken::Status::Refused);
    CHECK(error.contains(QStringLiteral("belongs to another user")));
    REQUIRE(::chown(QFile::encodeName(path).constData(), ::geteuid(), gid_t(-1)) == 0);
    // A FIFO (or a terminal) is refused at once, never waited on.
    const QString fifo = dir.filePath(QStringLiteral("fifo"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    auto reading = std::async(std::launch::async, [&] {
        QByteArray t;
        QString e;
        const RestToken::Status s = RestToken::readFile(fifo, &t, &e);
        return std::make_pair(s, e);
    });
    const bool finished = reading.wait_for(std::chrono::seconds(5)) == std::future_status::ready;
    if (!finished) {
        // Unblock the reader so that the test ends (with the failure below).
        const int w = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
        if (w >= 0)
            ::close(w);
    }
    CHECK(finished);
    const auto fifoResult = reading.get();
    CHECK(fifoResult.first == RestToken::Status::Refused);
    CHECK(fifoResult.second.contains(QStringLiteral("not a regular file")));
    // DEALIX_TOKEN with control characters is refused, like the file's, and not echoed.
    qputenv("DEALIX_TOKEN", "tok\x1b[2Jabc");
    error.clear();
    CHECK(RestToken::resolve(QString(), &token, &error) == RestToken::Status::Refused);
    CHECK(error.contains(QStringLiteral("DEALIX_TOKEN")));
    CHECK_FALSE(error.contains(QStringLiteral("abc")));
    qputenv("DEALIX_TOKEN", "tok\tabc");
    CHECK(RestToken::resolve(QString(), &token, &error) == RestToken::Status::Refused);

    // Without a file: DEALIX_TOKEN; the file wins when both are given.
    qputenv("DEALIX_TOKEN", " env-token \n");
    write("file-token\n", 0600);
    CHECK(RestToken::resolve(QString(), &token, &error) == RestToken::Status::Found);
    CHECK(token == "env-token");
    CHECK(RestToken::resolve(path, &token, &error) == RestToken::Status::Found);
    CHECK(token == "file-token");
    qunsetenv("DEALIX_TOKEN");
    token.clear();
    CHECK(RestToken::resolve(QString(), &token, &error) == RestToken::Status::None);
    CHECK(token.isEmpty());
}

TEST_CASE("a token file that is a FIFO is refused at once, not waited on", "[rest][token]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fifo"));
    const QByteArray native = QFile::encodeName(path);
    REQUIRE(::mkfifo(native.constData(), 0600) == 0);
    QByteArray token;
    QString error;
    RestToken::Status status = RestToken::Status::None;
    std::thread reader([&] { status = RestToken::readFile(path, &token, &error); });
    // A blocking open() of a FIFO waits for a writer: give it 2 s, then write a token into it
    // ourselves so that a failing run ends instead of hanging.
    std::this_thread::sleep_for(std::chrono::seconds(2));
    const int writer = ::open(native.constData(), O_WRONLY | O_NONBLOCK);
    const bool waited = writer >= 0; // a reader was still waiting in open()
    if (writer >= 0) {
        const QByteArray line("tok-from-fifo\n");
        CHECK(::write(writer, line.constData(), size_t(line.size())) == line.size());
        ::close(writer);
    }
    reader.join();
    CHECK_FALSE(waited);
    CHECK(status == RestToken::Status::Refused);
    CHECK(error.contains(QStringLiteral("not a regular file")));
    CHECK(token.isEmpty());
}

TEST_CASE("DEALIX_TOKEN with a line break or a control character is refused", "[rest][token]")
{
    QByteArray token;
    QString error;
    qputenv("DEALIX_TOKEN", "tok-abc\r\nX-Injected: 1");
    CHECK(RestToken::resolve(QString(), &token, &error) == RestToken::Status::Refused);
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(error.contains(QStringLiteral("tok-abc")));
    CHECK(token.isEmpty());
    error.clear();
    qputenv("DEALIX_TOKEN", QByteArray("tok\x01"
                                       "abc"));
    CHECK(RestToken::resolve(QString(), &token, &error) == RestToken::Status::Refused);
    CHECK(token.isEmpty());
    qputenv("DEALIX_TOKEN", " tok-ok \n");
    CHECK(RestToken::resolve(QString(), &token, &error) == RestToken::Status::Found);
    CHECK(token == "tok-ok");
    qunsetenv("DEALIX_TOKEN");
}

TEST_CASE("a Line B server is recognised from its snapshot and missing weekly pack",
          "[rest][lineb]")
{
    // Line B: the snapshot's keys, every figure 0, posture "unknown", plus tier1_exec_surface;
    // /weekly-pack does not exist (FastAPI's 404).
    const QByteArray lineBSnapshot = R"({
        "revenue": {"actual": 0, "forecast": 0, "variance_percent": 0, "pipeline_value": 0,
                    "win_rate": 0},
        "approvals": {"pending": 0, "warning": 0, "breach": 0},
        "connectors": {"healthy": 0, "degraded": 0, "error": 0},
        "compliance": {"compliant": 0, "partial": 0, "non_compliant": 0, "posture": "unknown"},
        "contradictions": {"active": 0, "critical": 0},
        "strategic_deals": {"active": 0, "pipeline_value": 0},
        "evidence_packs": {"ready": 0, "pending_review": 0},
        "tier1_exec_surface": {"contract": "ExecWeeklyGovernanceContract",
                               "provenance": {"source": "placeholder", "confidence": 0.5}}
    })";
    // Line A, a tenant with figures: actual 1,000,000 SAR, forecast = actual × 1.1.
    const QByteArray lineASnapshot = R"({
        "revenue": {"actual": 1000000.0, "forecast": 1100000.0, "variance_percent": -9.1,
                    "pipeline_value": 2500000.0, "win_rate": 40.0},
        "approvals": {"pending": 3, "warning": 1, "breach": 1},
        "connectors": {"healthy": 4, "degraded": 1, "error": 0},
        "compliance": {"compliant": 10, "partial": 2, "non_compliant": 1, "posture": "at_risk"},
        "contradictions": {"active": 2, "critical": 1},
        "strategic_deals": {"active": 3, "pipeline_value": 750000.0},
        "evidence_packs": {"ready": 2, "pending_review": 1}
    })";

    SECTION("Line B")
    {
        Rest rest;
        rest.server.route("GET", QStringLiteral("executive-room/snapshot"),
                          FakeDealix::json(lineBSnapshot));
        const std::shared_ptr<RestServer> state = RestServer::of(rest.session);
        REQUIRE(state);
        CHECK_FALSE(state->lineB().checked);
        const RestServer::LineB b = state->checkLineB(rest.session);
        CHECK(b.checked);
        CHECK(b.lineB);
        CHECK(b.signs.size() == 3); // the key, the zeros with posture unknown, no weekly pack
        CHECK(RestServer::lineBWarning(b).contains(QStringLiteral("Line B")));
        CHECK(RestServer::warnings(rest.session)
                  .join(QString())
                  .contains(QStringLiteral("placeholder zeros")));
        // Asked once per client: a clone shares the answer and asks nothing.
        const int asked = rest.server.requests().size();
        CHECK(asked == 2);
        Session clone;
        REQUIRE(clone.openClone(rest.session.cloneSpec()));
        CHECK(RestServer::of(clone)->checkLineB(clone).lineB);
        CHECK(rest.server.requests().size() == asked);
        // The check is no figure on screen: nothing is recorded as stale or fresh.
        CHECK_FALSE(state->staleSince(Tenant).isValid());
    }
    SECTION("Line A")
    {
        Rest rest;
        rest.server.route("GET", QStringLiteral("executive-room/snapshot"),
                          FakeDealix::json(lineASnapshot));
        rest.server.route("GET", QStringLiteral("executive-room/weekly-pack"),
                          FakeDealix::json(R"({"rag": "red", "synergy_actual_sar": 1000000.0})"));
        const RestServer::LineB b = RestServer::of(rest.session)->checkLineB(rest.session);
        CHECK(b.checked);
        CHECK_FALSE(b.lineB);
        CHECK(RestServer::warnings(rest.session).isEmpty());
    }
    SECTION("signs one by one")
    {
        const QJsonObject b = QJsonDocument::fromJson(lineBSnapshot).object();
        QJsonObject noKey = b;
        noKey.remove(QStringLiteral("tier1_exec_surface"));
        // Zeros with posture unknown alone are a sign; with a real posture they are a new
        // tenant on Line A.
        CHECK(RestServer::detect(true, noKey, true, RestReply::Error::None).lineB);
        QJsonObject compliant = noKey;
        QJsonObject c = compliant.value(QStringLiteral("compliance")).toObject();
        c.insert(QStringLiteral("posture"), QStringLiteral("compliant"));
        compliant.insert(QStringLiteral("compliance"), c);
        CHECK_FALSE(RestServer::detect(true, compliant, true, RestReply::Error::None).lineB);
        CHECK(RestServer::detect(true, compliant, true, RestReply::Error::NotFound).lineB);
        // Upper-case posture is the same word.
        c.insert(QStringLiteral("posture"), QStringLiteral("UNKNOWN"));
        compliant.insert(QStringLiteral("compliance"), c);
        CHECK(RestServer::detect(true, compliant, true, RestReply::Error::None).lineB);
        // The contents of tier1_exec_surface (a real Line B server's governance contract has
        // a non-zero confidence) are not the tenant's figures: the zeros are still a sign.
        QJsonObject keyed = noKey;
        keyed.insert(QStringLiteral("tier1_exec_surface"),
                     QJsonObject{{QStringLiteral("confidence"), 0.5}});
        CHECK(RestServer::detect(true, keyed, true, RestReply::Error::None).signs.size() == 2);
        // A weekly pack that failed otherwise (500) says nothing.
        const QJsonObject a = QJsonDocument::fromJson(lineASnapshot).object();
        CHECK_FALSE(RestServer::detect(true, a, true, RestReply::Error::Server).lineB);
    }
    SECTION("a wrong base path (every route 404) is not taken for a Line B server")
    {
        // https://HOST without /api/v1, a typo in the path, a URL with a #fragment: the
        // snapshot is missing as much as the weekly pack, so the 404 says nothing of the line.
        Rest rest(300);
        const std::shared_ptr<RestServer> state = RestServer::of(rest.session);
        const RestServer::LineB verdict = state->checkLineB(rest.session);
        CHECK_FALSE(verdict.lineB);
        CHECK(verdict.signs.isEmpty());
        CHECK(RestServer::lineBWarning(state->lineB()).isEmpty());
        // The same answers read one by one: a weekly-pack 404 counts only beside a snapshot.
        CHECK_FALSE(RestServer::detect(false, {}, true, RestReply::Error::NotFound).lineB);
    }
    SECTION("an unreachable server is asked again later")
    {
        Rest rest(300);
        FakeDealix::Response closed = FakeDealix::json("{}");
        closed.behaviour = FakeDealix::Response::Behaviour::Close;
        rest.server.route("GET", QStringLiteral("executive-room/snapshot"), closed);
        const std::shared_ptr<RestServer> state = RestServer::of(rest.session);
        CHECK_FALSE(state->checkLineB(rest.session).checked);
        rest.server.route("GET", QStringLiteral("executive-room/snapshot"),
                          FakeDealix::json(lineBSnapshot));
        CHECK(state->checkLineB(rest.session).lineB);
    }
}

TEST_CASE("answers from the offline cache are recorded as stale, fresh ones clear it",
          "[rest][stale]")
{
    QTemporaryDir cache;
    RestOptions options;
    options.cacheDir = cache.path();
    options.retries = 0;
    options.connectTimeoutMs = 500;
    options.requestTimeoutMs = 500;
    auto server = std::make_unique<FakeDealix>();
    REQUIRE(server->start());
    const QString url = server->baseUrl();
    server->route("GET", QStringLiteral("approval-center/stats"),
                  FakeDealix::json(R"({"total_pending": 3, "sla_compliant": 1, "sla_warning": 1,
                                       "sla_breach": 1})"));
    Session s;
    REQUIRE(
        s.open(SourceUrl::parse(url), Session::OpenMode::RequireDealixSchema, QString(), options));
    REQUIRE(s.selectTenant(Tenant));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    REQUIRE(s.restGet(QStringLiteral("approval-center/stats")).ok());
    const std::shared_ptr<RestServer> state = RestServer::of(s);
    CHECK_FALSE(state->staleSince(Tenant).isValid());
    CHECK(RestServer::warnings(s).isEmpty());

    server.reset(); // the server goes away: the cached answer is served
    const RestReply cached = s.restGet(QStringLiteral("approval-center/stats"));
    REQUIRE(cached.ok());
    REQUIRE(cached.stale);
    const QDateTime since = state->staleSince(Tenant);
    REQUIRE(since.isValid());
    CHECK(since >= before);
    CHECK(since <= QDateTime::currentDateTimeUtc());
    CHECK(state->unreachable());
    // The time in the tenant's zone, as the banner and standard error say it (the wording is
    // checked by hand in test_format.cpp).
    const QStringList warnings = RestServer::warnings(s);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first() == RestServer::staleWarning(since, Periods::zone(s.tenant().timeZone)));
    CHECK_FALSE(warnings.first().contains(QStringLiteral("Z")));
    // Another tenant's figures are not stale.
    CHECK_FALSE(
        state->staleSince(QStringLiteral("00000000-0000-4000-8000-000000000000")).isValid());
}

TEST_CASE("the stale mark follows the current answers: a fresh answer of the endpoint and "
          "clearing the offline cache drop it",
          "[rest][stale]")
{
    QTemporaryDir cache;
    RestOptions options;
    options.cacheDir = cache.path();
    options.retries = 0;
    options.connectTimeoutMs = 500;
    options.requestTimeoutMs = 500;
    FakeDealix server;
    REQUIRE(server.start());
    const FakeDealix::Response list = FakeDealix::json(R"({"approvals": []})");
    FakeDealix::Response closed = FakeDealix::json("{}");
    closed.behaviour = FakeDealix::Response::Behaviour::Close;
    server.route("GET", QStringLiteral("approval-center/"), list);
    Session s;
    REQUIRE(s.open(SourceUrl::parse(server.baseUrl()), Session::OpenMode::RequireDealixSchema,
                   QString(), options));
    REQUIRE(s.selectTenant(Tenant));
    const std::shared_ptr<RestServer> state = RestServer::of(s);
    auto get = [&s](const char *status) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("status"), QString::fromLatin1(status));
        return s.restGet(QStringLiteral("approval-center/"), q);
    };
    REQUIRE(get("pending").ok());
    REQUIRE(get("rejected").ok());

    // The server goes away: the rejected filter comes from the cache.
    server.route("GET", QStringLiteral("approval-center/"), closed);
    const RestReply cached = get("rejected");
    REQUIRE(cached.ok());
    REQUIRE(cached.stale);
    REQUIRE(state->staleSince(Tenant).isValid());
    // It comes back: the same request answered fresh leaves no stale warning.
    server.route("GET", QStringLiteral("approval-center/"), list);
    REQUIRE(get("rejected").ok());
    CHECK_FALSE(state->staleSince(Tenant).isValid());
    CHECK(RestServer::warnings(s).isEmpty());

    // Stale again; the endpoint's next fresh answer (another filter) drops the mark too.
    server.route("GET", QStringLiteral("approval-center/"), closed);
    REQUIRE(get("rejected").stale);
    REQUIRE(state->staleSince(Tenant).isValid());
    server.route("GET", QStringLiteral("approval-center/"), list);
    REQUIRE(get("pending").ok());
    CHECK_FALSE(state->staleSince(Tenant).isValid());
    CHECK(RestServer::warnings(s).isEmpty());

    // Stale again; clearing the offline cache leaves nothing cached on screen: no mark.
    server.route("GET", QStringLiteral("approval-center/"), closed);
    REQUIRE(get("rejected").stale);
    REQUIRE(state->staleSince(Tenant).isValid());
    REQUIRE(s.rest()->clearCache());
    CHECK_FALSE(state->staleSince(Tenant).isValid());
    CHECK_FALSE(state->unreachable());
    CHECK(RestServer::warnings(s).isEmpty());
}
