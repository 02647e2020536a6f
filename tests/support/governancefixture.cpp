#include "tests/support/governancefixture.h"

#include "models/connectors/connectorboard.h"
#include "models/connectors/connectorprober.h"
#include "models/evidence/evidencepacks.h"
#include "models/source/ddl.h"
#include "tests/support/fixtureloader.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace GovernanceFixture {

namespace {

using FixtureLoader::Loader;
using FixtureLoader::T;

const char *const Gov = "90000000-0000-4000-8000-000000000001";
const char *const Other = "90000000-0000-4000-8000-000000000002";
const char *const Manager = "91000000-0000-4000-8000-000000000001";
const char *const Agent = "91000000-0000-4000-8000-000000000002";
const char *const Admin = "91000000-0000-4000-8000-000000000003";

// Hashes printed by CPython 3.11: hashlib.sha256(json.dumps(json.loads(text),
// sort_keys=True).encode()).hexdigest().
const char *const ValidContents =
    R"([{"type":"summary","source":"dealix","data":{"note_ar":"تمت المراجعة والتحقق","amount_sar":125000}}])";
const char *const ValidHash = "78c2fc32464ef3850168adb9ceb1659dffab19081c73eb1261f091f5fea5b320";
// 1.0 must stay a float and the 20-digit integer exact, or the hash differs.
const char *const FloatContents = R"([{"amount": 1.0, "n": 1, "big": 12345678901234567890}])";
const char *const FloatHash = "8d44eb57b3f452dd2ce436ac67d9cd24e2f9e5f62e3d4518ca58c497e7cbde01";
const char *const EmptyHash = "4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945";
// The altered pack holds {"a": 1} (hash f9d86028…) but its stored hash is that of [].
const char *const AlteredComputed =
    "f9d86028c6e0d64e225186f96acb69338b2c59764df79162107f5c4bb34d1310";

QVariantMap pack(const char *id, const char *title, const QVariant &titleAr, const char *type,
                 const char *status, const QVariant &contents, const QVariant &hash,
                 const char *created)
{
    return {{QStringLiteral("id"), QString::fromLatin1(id)},
            {QStringLiteral("title"), QString::fromUtf8(title)},
            {QStringLiteral("title_ar"), titleAr},
            {QStringLiteral("pack_type"), QString::fromLatin1(type)},
            {QStringLiteral("status"), QString::fromLatin1(status)},
            {QStringLiteral("contents"), contents},
            {QStringLiteral("hash_signature"), hash},
            {QStringLiteral("created_at"), T(created)}};
}

QString ar(const char *utf8)
{
    return QString::fromUtf8(utf8);
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
    Loader l(session, error);
    if (!session.database().transaction())
        return false;
    l.tenant(Gov, QStringLiteral("gov")); // owner gov@x.sa
    auto user = [&](const char *id, const char *email, const char *role, bool active) {
        l.row(QStringLiteral("users"), {{QStringLiteral("id"), QString::fromLatin1(id)},
                                        {QStringLiteral("email"), QString::fromLatin1(email)},
                                        {QStringLiteral("full_name"), QString::fromLatin1(email)},
                                        {QStringLiteral("password_hash"), QStringLiteral("x")},
                                        {QStringLiteral("role"), QString::fromLatin1(role)},
                                        {QStringLiteral("is_active"), active}});
    };
    user(Manager, "manager@gov.sa", "manager", true);
    user(Agent, "agent@gov.sa", "agent", true);
    user(Admin, "admin@gov.sa", "admin", true);

    // Packs (newest first in the list): valid, altered, float, empty, unsigned, [unreadable],
    // and one created after as-of that the list leaves out.
    l.row(QStringLiteral("evidence_packs"),
          pack(ValidPack, "Deal closure", ar("إغلاق الصفقة"), "DEAL_CLOSURE", "READY",
               QString::fromUtf8(ValidContents), QString::fromLatin1(ValidHash),
               "2026-11-20T10:00:00Z"));
    l.row(QStringLiteral("evidence_packs"),
          pack(AlteredPack, "Altered audit", QVariant(), "COMPLIANCE_AUDIT", "READY",
               QStringLiteral("{\"a\": 1}"), QString::fromLatin1(EmptyHash),
               "2026-11-19T10:00:00Z"));
    l.row(QStringLiteral("evidence_packs"),
          pack(FloatPack, "Quarterly review", QVariant(), "QUARTERLY_REVIEW", "ASSEMBLING",
               QString::fromLatin1(FloatContents), QString::fromLatin1(FloatHash),
               "2026-11-18T10:00:00Z"));
    QVariantMap reviewed =
        pack(EmptyPack, "Board report", ar("تقرير المجلس"), "BOARD_REPORT", "REVIEWED",
             QStringLiteral("[]"), QString::fromLatin1(EmptyHash), "2026-11-17T10:00:00Z");
    reviewed.insert(QStringLiteral("reviewed_by_id"), QString::fromLatin1(Manager));
    reviewed.insert(QStringLiteral("reviewed_at"), T("2026-11-18T07:30:00Z"));
    l.row(QStringLiteral("evidence_packs"), reviewed);
    l.row(QStringLiteral("evidence_packs"),
          pack(UnsignedPack, "Incident", QVariant(), "INCIDENT_RESPONSE", "ARCHIVED",
               QStringLiteral("[]"), QVariant(), "2026-11-16T10:00:00Z"));
    // JSONB cannot hold text that is not JSON: this case exists on SQLite only.
    if (!session.isPostgres())
        l.row(QStringLiteral("evidence_packs"),
              pack(UnreadablePack, "Broken", QVariant(), "BOARD_REPORT", "READY",
                   QStringLiteral("{not json"), QString::fromLatin1(EmptyHash),
                   "2026-11-15T10:00:00Z"));
    l.row(QStringLiteral("evidence_packs"),
          pack(FuturePack, "Later", QVariant(), "BOARD_REPORT", "READY", QStringLiteral("[]"),
               QString::fromLatin1(EmptyHash), "2026-11-26T09:00:01Z"));

    // Connectors: whatsapp ok, stripe error (last success 6 days before as-of), email
    // disabled, zoho (not a known connector) degraded with a lower-case Arabic name absent;
    // salesforce, voice, docusign and cal have no row: not_configured.
    auto connector = [&](const char *key, const char *status, const char *success,
                         const char *attempt, const QVariant &lastError) {
        l.row(QStringLiteral("integration_sync_states"),
              {{QStringLiteral("connector_key"), QString::fromLatin1(key)},
               {QStringLiteral("status"), QString::fromLatin1(status)},
               {QStringLiteral("last_success_at"), success ? QVariant(T(success)) : QVariant()},
               {QStringLiteral("last_attempt_at"), attempt ? QVariant(T(attempt)) : QVariant()},
               {QStringLiteral("last_error"), lastError}});
    };
    connector("whatsapp", "ok", "2026-11-26T08:00:00Z", "2026-11-26T08:00:00Z", QVariant());
    connector("stripe", "error", "2026-11-20T09:00:00Z", "2026-11-26T08:30:00Z",
              QStringLiteral("HTTP 503"));
    connector("email", "disabled", nullptr, nullptr, QVariant());
    connector("zoho", "degraded", nullptr, "2026-11-25T09:00:00Z", QStringLiteral("HTTP 429"));

    // Other tenants' rows that name no creation time have none, as Dealix allows.
    l.undatedByDefault(true);
    l.tenant(Other, QStringLiteral("other"));
    l.row(QStringLiteral("evidence_packs"),
          pack(OtherTenantPack, "Other tenant", QVariant(), "BOARD_REPORT", "READY",
               QStringLiteral("[]"), QString::fromLatin1(EmptyHash), "2026-11-20T10:00:00Z"));
    connector("whatsapp", "error", nullptr, nullptr, QStringLiteral("other tenant"));
    connector("docusign", "ok", nullptr, nullptr, QVariant());
    // More of other's rows, one for every figure gov's checks pin: an altered, an unsigned and
    // an assembling pack, connectors in every status (keys gov has too), a probe configuration
    // for a connector gov configures only in settings, and users with every role (their
    // e-mail addresses are no actor in gov).
    l.row(QStringLiteral("evidence_packs"),
          pack("70000000-0000-4000-8000-000000000009", "Other altered", QVariant(),
               "COMPLIANCE_AUDIT", "READY", QStringLiteral("{\"b\": 2}"),
               QString::fromLatin1(EmptyHash), "2026-11-21T10:00:00Z"));
    l.row(QStringLiteral("evidence_packs"),
          pack("70000000-0000-4000-8000-000000000010", "Other unsigned", QVariant(),
               "INCIDENT_RESPONSE", "ASSEMBLING", QStringLiteral("[]"), QVariant(),
               "2026-11-22T10:00:00Z"));
    connector("stripe", "ok", "2026-11-26T08:00:00Z", "2026-11-26T08:00:00Z", QVariant());
    connector("zoho", "ok", "2026-11-26T08:00:00Z", "2026-11-26T08:00:00Z", QVariant());
    connector("email", "degraded", nullptr, "2026-11-25T09:00:00Z", QStringLiteral("other"));
    connector("cal", "disabled", nullptr, nullptr, QVariant());
    l.row(QStringLiteral("connector_probes"),
          {{QStringLiteral("connector_key"), QStringLiteral("stripe")},
           {QStringLiteral("endpoint_url"), QStringLiteral("http://127.0.0.1:9/other")},
           {QStringLiteral("timeout_ms"), 900},
           {QStringLiteral("slow_threshold_ms"), 100},
           {QStringLiteral("enabled"), session.isPostgres() ? QVariant(true) : QVariant(1)}});
    user("91000000-0000-4000-8000-000000000009", "admin@other.sa", "admin", true);
    user("91000000-0000-4000-8000-000000000010", "manager@other.sa", "manager", true);
    return FixtureLoader::finish(session, l, error);
}

std::unique_ptr<Session> openSqlite(const QTemporaryDir &dir)
{
    return FixtureLoader::openSqlite(dir, QStringLiteral("governance.sqlite"), load);
}

bool addProbe(Session &session, const QString &key, const QString &url, int timeoutMs, int slowMs,
              bool enabled)
{
    QSqlQuery q(session.database());
    q.prepare(QStringLiteral("insert into connector_probes (id, created_at, updated_at, tenant_id, "
                             "connector_key, endpoint_url, timeout_ms, slow_threshold_ms, enabled) "
                             "values (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(T("2026-01-01T00:00:00Z"));
    q.addBindValue(T("2026-01-01T00:00:00Z"));
    q.addBindValue(QString::fromLatin1(Gov));
    q.addBindValue(key);
    q.addBindValue(url);
    q.addBindValue(timeoutMs);
    q.addBindValue(slowMs);
    q.addBindValue(session.isPostgres() ? QVariant(enabled) : QVariant(enabled ? 1 : 0));
    return q.exec();
}

void checkPackList(Session &session)
{
    REQUIRE(session.selectTenant(QStringLiteral("gov")));
    const bool pg = session.isPostgres();
    EvidencePackList l;
    QString error;
    const bool ok = EvidencePackList::compute(session, {}, asOf(), &l, &error);
    INFO(error.toStdString());
    REQUIRE(ok);
    CHECK(l.missingColumns.isEmpty());
    // Six packs by as-of on SQLite (five on PostgreSQL, no unreadable one); the later pack
    // and the other tenant's are not listed.
    REQUIRE(l.packs.size() == (pg ? 5 : 6));
    QStringList ids;
    for (const EvidencePack &p : std::as_const(l.packs))
        ids << p.id;
    QStringList expected = {QLatin1String(ValidPack), QLatin1String(AlteredPack),
                            QLatin1String(FloatPack), QLatin1String(EmptyPack),
                            QLatin1String(UnsignedPack)};
    if (!pg)
        expected << QLatin1String(UnreadablePack);
    CHECK(ids == expected);
    CHECK(l.valid == 3);
    CHECK(l.altered == 1);
    CHECK(l.unsignedCount == 1);
    CHECK(l.unreadable == (pg ? 0 : 1));

    const EvidencePack &valid = l.packs.at(0);
    CHECK(valid.title == QLatin1String("Deal closure"));
    CHECK(valid.titleAr == QString::fromUtf8("إغلاق الصفقة"));
    CHECK(valid.packType == QLatin1String("deal_closure"));
    CHECK(valid.status == QLatin1String("ready"));
    CHECK(valid.integrity == EvidencePack::Integrity::Valid);
    CHECK(valid.computedHash == QLatin1String(ValidHash));

    const EvidencePack &altered = l.packs.at(1);
    CHECK(altered.integrity == EvidencePack::Integrity::Altered);
    CHECK(altered.storedHash == QLatin1String(EmptyHash));
    CHECK(altered.computedHash == QLatin1String(AlteredComputed));
    const QJsonObject v = altered.verification();
    CHECK_FALSE(v.value(QStringLiteral("valid")).toBool());
    CHECK(v.value(QStringLiteral("stored_hash")).toString() == QLatin1String(EmptyHash));
    CHECK(v.value(QStringLiteral("computed_hash")).toString() == QLatin1String(AlteredComputed));

    CHECK(l.packs.at(2).integrity == EvidencePack::Integrity::Valid); // 1.0 kept a float
    CHECK(l.packs.at(2).computedHash == QLatin1String(FloatHash));
    const EvidencePack &empty = l.packs.at(3);
    CHECK(empty.integrity == EvidencePack::Integrity::Valid);
    CHECK(empty.reviewedBy == QLatin1String("manager@gov.sa"));
    CHECK(empty.reviewedAt ==
          QDateTime::fromString(QStringLiteral("2026-11-18T07:30:00Z"), Qt::ISODate));
    CHECK(l.packs.at(4).integrity == EvidencePack::Integrity::Unsigned);
    if (!pg) {
        CHECK(l.packs.at(5).integrity == EvidencePack::Integrity::Unreadable);
        CHECK(l.packs.at(5).integrityNote.startsWith(QLatin1String("invalid JSON at byte")));
    }

    // Filters: by type and by status, compared case-insensitively with the stored names.
    EvidencePackList byType;
    REQUIRE(EvidencePackList::compute(session, {QStringLiteral("board_report"), QString()}, asOf(),
                                      &byType, &error));
    CHECK(byType.packs.size() == (pg ? 1 : 2));
    EvidencePackList byStatus;
    REQUIRE(EvidencePackList::compute(session, {QString(), QStringLiteral("ready")}, asOf(),
                                      &byStatus, &error));
    CHECK(byStatus.packs.size() == (pg ? 2 : 3));

    // One pack by id; another tenant's pack is not found.
    EvidencePack one;
    REQUIRE(EvidencePackList::load(session, QLatin1String(FloatPack), &one, &error));
    CHECK(one.integrity == EvidencePack::Integrity::Valid);
    bool notFound = false;
    CHECK_FALSE(
        EvidencePackList::load(session, QLatin1String(OtherTenantPack), &one, &error, &notFound));
    CHECK(notFound);
    CHECK_FALSE(
        EvidencePackList::load(session, QStringLiteral("not-a-uuid"), &one, &error, &notFound));
    CHECK(notFound);

    // The JSON export: the Dealix list shape plus the verification of each pack.
    const QJsonObject json = l.toJson();
    CHECK(json.value(QStringLiteral("total")).toInt() == (pg ? 5 : 6));
    const QJsonObject first = json.value(QStringLiteral("packs")).toArray().at(0).toObject();
    CHECK(first.value(QStringLiteral("hash_signature")).toString() == QLatin1String(ValidHash));
    CHECK(first.value(QStringLiteral("verification"))
              .toObject()
              .value(QStringLiteral("valid"))
              .toBool());
    const QByteArray csv = l.toCsv();
    CHECK(csv.count('\n') == (pg ? 6 : 7));
    CHECK(csv.contains(",altered"));
}

void checkPackReview(Session &session)
{
    REQUIRE(session.selectTenant(QStringLiteral("gov")));
    TenantActor manager;
    QString message;
    REQUIRE(WriteBack::findActor(session, QStringLiteral("MANAGER@gov.sa"),
                                 WriteBack::deciderRoles(), &manager,
                                 &message) == WriteBack::Lookup::Found);
    TenantActor agent;
    CHECK(WriteBack::findActor(session, QStringLiteral("agent@gov.sa"), WriteBack::deciderRoles(),
                               &agent, &message) == WriteBack::Lookup::Refused);
    CHECK(message.contains(QStringLiteral("agent")));
    auto auditRows = [&](const char *id) {
        QSqlQuery q(session.database());
        q.prepare(QStringLiteral("select count(*) from audit_logs where entity_id = ? and action "
                                 "= 'evidence_pack.review'"));
        q.addBindValue(QString::fromLatin1(id));
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toInt();
    };
    const QDateTime at = asOf().addSecs(60);
    // An agent may not review.
    agent.role = QStringLiteral("agent");
    agent.id = QString::fromLatin1(Agent);
    CHECK(EvidencePackReviewer::review(session, QLatin1String(ValidPack), agent, at).outcome ==
          EvidencePackReviewer::Outcome::PermissionDenied);
    // An altered pack cannot be reviewed.
    CHECK(EvidencePackReviewer::review(session, QLatin1String(AlteredPack), manager, at).outcome ==
          EvidencePackReviewer::Outcome::Unverified);
    CHECK(auditRows(AlteredPack) == 0);
    // Review: status, reviewer and time, plus one audit row.
    const auto done = EvidencePackReviewer::review(session, QLatin1String(ValidPack), manager, at);
    INFO(done.message.toStdString());
    REQUIRE(done.outcome == EvidencePackReviewer::Outcome::Done);
    EvidencePack p;
    QString error;
    REQUIRE(EvidencePackList::load(session, QLatin1String(ValidPack), &p, &error));
    CHECK(p.status == QLatin1String("reviewed"));
    CHECK(p.reviewedBy == QLatin1String("manager@gov.sa"));
    CHECK(p.reviewedAt == at);
    CHECK(auditRows(ValidPack) == 1);
    {
        // Written in the stored form: upper-case enum names.
        QSqlQuery q(session.database());
        q.prepare(QStringLiteral("select cast(status as text) from evidence_packs where id = ?"));
        q.addBindValue(QString::fromLatin1(ValidPack));
        REQUIRE(q.exec());
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QLatin1String("REVIEWED"));
    }
    // A second review is a conflict that names the first reviewer; nothing more is written.
    const auto again =
        EvidencePackReviewer::review(session, QLatin1String(ValidPack), manager, at.addSecs(5));
    CHECK(again.outcome == EvidencePackReviewer::Outcome::Conflict);
    CHECK(again.message.contains(QStringLiteral("manager@gov.sa")));
    CHECK(auditRows(ValidPack) == 1);
    // Archived packs are not reviewed; unknown packs are not found.
    CHECK(EvidencePackReviewer::review(session, QLatin1String(OtherTenantPack), manager, at)
              .outcome == EvidencePackReviewer::Outcome::NotFound);
    // The assembling (pending review) pack can be.
    CHECK(EvidencePackReviewer::review(session, QLatin1String(FloatPack), manager, at).outcome ==
          EvidencePackReviewer::Outcome::Done);
}

void checkConnectorBoard(Session &session)
{
    REQUIRE(session.selectTenant(QStringLiteral("gov")));
    ConnectorBoard b;
    QString error;
    ProbeConfig::Defaults defaults;
    const bool ok = ConnectorBoard::compute(session, defaults, asOf(), &b, &error);
    INFO(error.toStdString());
    REQUIRE(ok);
    // The 7 known connectors in Dealix's order, then zoho.
    QStringList keys;
    for (const ConnectorRow &r : std::as_const(b.connectors))
        keys << r.key;
    CHECK(keys == QStringList{QStringLiteral("whatsapp"), QStringLiteral("salesforce"),
                              QStringLiteral("stripe"), QStringLiteral("voice"),
                              QStringLiteral("email"), QStringLiteral("docusign"),
                              QStringLiteral("cal"), QStringLiteral("zoho")});
    auto status = [&](const char *key) { return b.find(QLatin1String(key))->status; };
    CHECK(status("whatsapp") == QLatin1String("ok"));
    CHECK(status("stripe") == QLatin1String("error"));
    CHECK(status("email") == QLatin1String("disabled"));
    CHECK(status("zoho") == QLatin1String("degraded"));
    // docusign has a row only in the other tenant: not configured here.
    for (const char *k : {"salesforce", "voice", "docusign", "cal"}) {
        INFO(k);
        CHECK(status(k) == QLatin1String("not_configured"));
        CHECK_FALSE(b.find(QLatin1String(k))->registered);
    }
    CHECK(b.counts.value(QStringLiteral("ok")) == 1);
    CHECK(b.counts.value(QStringLiteral("error")) == 1);
    CHECK(b.counts.value(QStringLiteral("degraded")) == 1);
    CHECK(b.counts.value(QStringLiteral("disabled")) == 1);
    CHECK(b.counts.value(QStringLiteral("not_configured")) == 4);
    const ConnectorRow *stripe = b.find(QStringLiteral("stripe"));
    CHECK(stripe->lastError == QLatin1String("HTTP 503"));
    // 2026-11-20 09:00 to 2026-11-26 09:00: six days.
    CHECK(stripe->secondsSinceSuccess(asOf()) == 6 * 86400);
    CHECK(b.find(QStringLiteral("zoho"))->secondsSinceSuccess(asOf()) == -1);
    CHECK(b.find(QStringLiteral("whatsapp"))->nameAr == QString::fromUtf8("واتساب للأعمال"));
    CHECK_FALSE(b.find(QStringLiteral("zoho"))->known);
    // JSON as the Dealix governance endpoint: {connectors: [...], total}.
    const QJsonObject json = b.toJson();
    CHECK(json.value(QStringLiteral("total")).toInt() == 8);
    const QJsonObject sf = json.value(QStringLiteral("connectors")).toArray().at(1).toObject();
    CHECK(sf.value(QStringLiteral("connector_key")).toString() == QLatin1String("salesforce"));
    CHECK(sf.value(QStringLiteral("status")).toString() == QLatin1String("not_configured"));
    CHECK_FALSE(sf.value(QStringLiteral("registered")).toBool());
    CHECK(sf.value(QStringLiteral("display_name")).toString() ==
          QLatin1String("Salesforce Agentforce"));

    // Probe configuration: the table, then settings on top; nothing else is probed.
    REQUIRE(addProbe(session, QStringLiteral("whatsapp"), QStringLiteral("http://127.0.0.1:9/a"),
                     1500, 300));
    REQUIRE(addProbe(session, QStringLiteral("email"), QStringLiteral("http://127.0.0.1:9/e"), 1500,
                     300));
    REQUIRE(
        addProbe(session, QStringLiteral("voice"), QStringLiteral("ftp://127.0.0.1/v"), 1500, 300));
    REQUIRE(addProbe(session, QStringLiteral("cal"), QStringLiteral("http://127.0.0.1:9/c"), 1500,
                     300, false));
    defaults.endpoints.insert(QStringLiteral("stripe"),
                              QUrl(QStringLiteral("http://127.0.0.1:9/s")));
    defaults.timeoutMs = 700;
    REQUIRE(ConnectorBoard::compute(session, defaults, asOf(), &b, &error));
    CHECK(b.find(QStringLiteral("whatsapp"))->probe.timeoutMs == 1500);
    CHECK(b.find(QStringLiteral("whatsapp"))->probe.origin == QLatin1String("connector_probes"));
    CHECK(b.find(QStringLiteral("stripe"))->probe.timeoutMs == 700);
    CHECK(b.find(QStringLiteral("stripe"))->probe.origin == QLatin1String("settings"));
    QStringList skipped;
    const QList<ProbeTarget> targets = ConnectorProber::targets(b, &skipped);
    QStringList probed;
    for (const ProbeTarget &t : targets)
        probed << t.key;
    CHECK(probed == QStringList{QStringLiteral("whatsapp"), QStringLiteral("stripe")});
    skipped.sort();
    REQUIRE(skipped.size() == 3);
    CHECK(skipped.at(0).startsWith(u"\u2068cal\u2069: "));   // disabled in the table
    CHECK(skipped.at(1).startsWith(u"\u2068email\u2069: ")); // connector disabled
    CHECK(skipped.at(2).startsWith(u"\u2068voice\u2069: ")); // not http(s)
}

void checkConnectorDisable(Session &session)
{
    REQUIRE(session.selectTenant(QStringLiteral("gov")));
    TenantActor admin;
    TenantActor manager;
    QString message;
    REQUIRE(WriteBack::findActor(session, QStringLiteral("admin@gov.sa"), WriteBack::adminRoles(),
                                 &admin, &message) == WriteBack::Lookup::Found);
    // A manager may review and decide, but not disable connectors.
    CHECK(WriteBack::findActor(session, QStringLiteral("manager@gov.sa"), WriteBack::adminRoles(),
                               &manager, &message) == WriteBack::Lookup::Refused);
    REQUIRE(WriteBack::findActor(session, QStringLiteral("manager@gov.sa"),
                                 WriteBack::deciderRoles(), &manager,
                                 &message) == WriteBack::Lookup::Found);
    const QDateTime at = asOf().addSecs(120);
    using O = ConnectorWriter::Outcome;
    CHECK(ConnectorWriter::setDisabled(session, QStringLiteral("whatsapp"), true, manager, at)
              .outcome == O::PermissionDenied);
    CHECK(ConnectorWriter::setDisabled(session, QStringLiteral("whatsapp"), true, admin, at)
              .outcome == O::Done);
    CHECK(ConnectorWriter::setDisabled(session, QStringLiteral("whatsapp"), true, admin, at)
              .outcome == O::Conflict);
    // A known connector without a row gets one, disabled.
    CHECK(ConnectorWriter::setDisabled(session, QStringLiteral("cal"), true, admin, at).outcome ==
          O::Done);
    CHECK(
        ConnectorWriter::setDisabled(session, QStringLiteral("nosuch"), true, admin, at).outcome ==
        O::NotFound);
    CHECK(
        ConnectorWriter::setDisabled(session, QStringLiteral("email"), false, admin, at).outcome ==
        O::Done);
    ConnectorBoard b;
    QString error;
    REQUIRE(ConnectorBoard::compute(session, {}, asOf(), &b, &error));
    CHECK(b.find(QStringLiteral("whatsapp"))->status == QLatin1String("disabled"));
    CHECK(b.find(QStringLiteral("cal"))->status == QLatin1String("disabled"));
    CHECK(b.find(QStringLiteral("cal"))->registered);
    CHECK(b.find(QStringLiteral("email"))->status == QLatin1String("unknown"));
    QSqlQuery q(session.database());
    REQUIRE(q.exec(QStringLiteral("select action, count(*) from audit_logs where entity_type = "
                                  "'integration_sync_state' group by action order by action")));
    QStringList actions;
    while (q.next())
        actions << QStringLiteral("%1=%2").arg(q.value(0).toString()).arg(q.value(1).toInt());
    CHECK(actions ==
          QStringList{QStringLiteral("connector.disable=2"), QStringLiteral("connector.enable=1")});
}

void checkProbeWrite(Session &session)
{
    REQUIRE(session.selectTenant(QStringLiteral("gov")));
    auto probe = [](const char *key, const char *status, qint64 latency, int http, const char *kind,
                    const char *err, const char *at) {
        ProbeResult r;
        r.key = QString::fromLatin1(key);
        r.url = QUrl(QStringLiteral("http://127.0.0.1:9/") + r.key);
        r.startedAt = QDateTime::fromString(QString::fromLatin1(at), Qt::ISODate);
        r.record = {r.startedAt, QString::fromLatin1(status), latency,
                    http,        QString::fromLatin1(kind),   QString::fromLatin1(err)};
        return r;
    };
    using O = ConnectorWriter::Outcome;
    {
        // A registered connector that is not one of the known seven is recorded like any other.
        const auto r = ConnectorWriter::recordProbe(
            session, probe("zoho", "ok", 1, 200, "", "", "2026-11-26T09:00:00Z"), QString());
        INFO(r.message.toStdString());
        REQUIRE(r.outcome == O::Done);
    }
    // stripe recovers: ok sets last_success_at and clears last_error.
    CHECK(ConnectorWriter::recordProbe(
              session, probe("stripe", "ok", 42, 200, "", "", "2026-11-26T09:10:00Z"), QString())
              .outcome == O::Done);
    // salesforce had no row: the probe creates it.
    CHECK(ConnectorWriter::recordProbe(session,
                                       probe("salesforce", "error", -1, 0, "refused",
                                             "Connection refused", "2026-11-26T09:11:00Z"),
                                       QStringLiteral("91000000-0000-4000-8000-000000000003"))
              .outcome == O::Done);
    // whatsapp degrades; a disabled connector is not overwritten.
    CHECK(ConnectorWriter::recordProbe(
              session, probe("whatsapp", "degraded", 2500, 200, "", "", "2026-11-26T09:12:00Z"),
              QString())
              .outcome == O::Done);
    CHECK(ConnectorWriter::recordProbe(
              session, probe("email", "ok", 10, 200, "", "", "2026-11-26T09:13:00Z"), QString())
              .outcome == O::Conflict);
    CHECK(ConnectorWriter::recordProbe(session,
                                       probe("stripe", "error", -1, 0, "timeout",
                                             "no answer within 5000 ms", "2026-11-26T09:20:00Z"),
                                       QString())
              .outcome == O::Done);
    // A probe that finished late (started before the last recorded attempt) is not recorded.
    CHECK(ConnectorWriter::recordProbe(
              session, probe("stripe", "ok", 5, 200, "", "", "2026-11-26T09:15:00Z"), QString())
              .outcome == O::Conflict);
    ConnectorBoard b;
    QString error;
    REQUIRE(ConnectorBoard::compute(session, {}, asOf().addSecs(3600), &b, &error));
    const ConnectorRow *stripe = b.find(QStringLiteral("stripe"));
    CHECK(stripe->status == QLatin1String("error"));
    CHECK(stripe->lastSuccess ==
          QDateTime::fromString(QStringLiteral("2026-11-26T09:10:00Z"), Qt::ISODate));
    CHECK(stripe->lastAttempt ==
          QDateTime::fromString(QStringLiteral("2026-11-26T09:20:00Z"), Qt::ISODate));
    CHECK(stripe->lastError == QLatin1String("no answer within 5000 ms"));
    const ConnectorRow *sf = b.find(QStringLiteral("salesforce"));
    CHECK(sf->registered);
    CHECK(sf->status == QLatin1String("error"));
    CHECK_FALSE(sf->lastSuccess.isValid());
    CHECK(b.find(QStringLiteral("whatsapp"))->status == QLatin1String("degraded"));
    CHECK(b.find(QStringLiteral("email"))->status == QLatin1String("disabled"));
    // History, newest first, from the audit rows.
    QList<ProbeRecord> history;
    REQUIRE(ConnectorBoard::history(session, QStringLiteral("stripe"), 10, &history, &error));
    REQUIRE(history.size() == 2);
    CHECK(history.at(0).status == QLatin1String("error"));
    CHECK(history.at(0).errorKind == QLatin1String("timeout"));
    CHECK(history.at(0).latencyMs == -1);
    CHECK(history.at(1).status == QLatin1String("ok"));
    CHECK(history.at(1).latencyMs == 42);
    CHECK(history.at(1).httpStatus == 200);
    REQUIRE(ConnectorBoard::history(session, QStringLiteral("email"), 10, &history, &error));
    CHECK(history.isEmpty());
    // The other tenant's whatsapp row is untouched.
    REQUIRE(session.selectTenant(QStringLiteral("other")));
    REQUIRE(ConnectorBoard::compute(session, {}, asOf(), &b, &error));
    CHECK(b.find(QStringLiteral("whatsapp"))->status == QLatin1String("error"));
    CHECK(b.find(QStringLiteral("whatsapp"))->lastError == QLatin1String("other tenant"));
}

} // namespace GovernanceFixture
