#include "tests/support/approvalchecks.h"

#include "models/approvals/approvaldecider.h"
#include "models/approvals/approvalqueue.h"
#include "models/approvals/approvalqueuemodel.h"
#include "models/core/roles.h"
#include "models/core/uistate.h"
#include "models/source/boundquery.h"
#include "models/source/indexadvice.h"
#include "tests/support/executivefixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace ApprovalChecks {

void checkQueue(Session &session)
{
    // Tenant "weekly": pending p3 (critical, created 24 Nov 09:00), p4 (high, 26 Nov 08:00),
    // p5 (low, 26 Nov 08:30): queue order critical, high, low.
    REQUIRE(session.selectTenant(QStringLiteral("weekly")));
    QList<ApprovalQueue::Item> items;
    QString error;
    const QDateTime t = ExecutiveFixture::asOf();
    REQUIRE(ApprovalQueue::page(session, ApprovalQueue::Filter(), t, {}, 50, &items, &error));
    REQUIRE(items.size() == 3);
    CHECK(items.at(0).priority == QStringLiteral("critical"));
    CHECK(items.at(1).priority == QStringLiteral("high"));
    CHECK(items.at(2).priority == QStringLiteral("low"));
    CHECK(items.at(0).slaState(t) == QStringLiteral("breach"));
    // Tenant "alpha": all normal priority, so oldest first. SLA at the boundaries (T): a3's
    // deadline T−1 s is a breach, a1's deadline T a warning, a2's T+4 h within.
    REQUIRE(session.selectTenant(QStringLiteral("alpha")));
    REQUIRE(ApprovalQueue::page(session, ApprovalQueue::Filter(), t, {}, 50, &items, &error));
    REQUIRE(items.size() == 5);
    for (qsizetype i = 1; i < items.size(); ++i)
        CHECK(items.at(i - 1).createdAt <= items.at(i).createdAt);
    QMap<QString, int> states;
    for (const ApprovalQueue::Item &it : std::as_const(items))
        ++states[it.slaState(t)];
    CHECK(states.value(QStringLiteral("breach")) == 2);
    CHECK(states.value(QStringLiteral("warning")) == 2);
    CHECK(states.value(QStringLiteral("within")) == 1);
    ApprovalQueue::Filter breach;
    breach.slaState = QStringLiteral("breach");
    qint64 total = 0;
    REQUIRE(ApprovalQueue::count(session, breach, t, &total, &error));
    CHECK(total == 2);
    ApprovalQueue::Filter warning;
    warning.slaState = QStringLiteral("warning");
    REQUIRE(ApprovalQueue::count(session, warning, t, &total, &error));
    CHECK(total == 2);
    ApprovalQueue::Counters c;
    REQUIRE(ApprovalQueue::counters(session, t, &c, &error));
    CHECK(c.pending == 5);
    CHECK(c.warning == 2);
    CHECK(c.breach == 2);
    // The model's SLA column ticks: one second past T + 4 h, a2 is in breach... and a1 too.
    ApprovalQueueModel model;
    REQUIRE(model.reload(&session, ApprovalQueue::Filter(), t));
    int warningsAtT = 0;
    int warningRowsAtT = 0; // rows the model itself marks UiState::Warning in the SLA column
    for (int r = 0; r < model.rowCount(); ++r) {
        warningsAtT += model.item(r)->slaState(model.now()) == QStringLiteral("warning") ? 1 : 0;
        warningRowsAtT +=
            model.index(r, ApprovalQueueModel::SlaColumn).data(Roles::StateRole).value<UiState>() ==
                    UiState::Warning
                ? 1
                : 0;
    }
    CHECK(warningsAtT == 2);
    CHECK(warningRowsAtT == 2);
    model.tick(t.addSecs(4 * 3600 + 1));
    int breachesLater = 0;
    for (int r = 0; r < model.rowCount(); ++r)
        breachesLater +=
            model.index(r, ApprovalQueueModel::SlaColumn).data(Roles::StateRole).value<UiState>() ==
                    UiState::Critical
                ? 1
                : 0;
    CHECK(breachesLater == 5);
    CHECK(model.index(0, ApprovalQueueModel::SlaColumn)
              .data()
              .toString()
              .startsWith(QStringLiteral("overdue by")));
}

void checkDecisions(Session &session)
{
    REQUIRE(session.selectTenant(QStringLiteral("weekly")));
    QList<ApprovalQueue::Item> items;
    QString error;
    const QDateTime t = ExecutiveFixture::asOf();
    REQUIRE(ApprovalQueue::page(session, ApprovalQueue::Filter(), t, {}, 50, &items, &error));
    REQUIRE(items.size() == 3);
    ApprovalDecider::Actor owner;
    ApprovalDecider::Result refusal;
    REQUIRE(ApprovalDecider::actor(session, QStringLiteral("WEEKLY@x.sa"), &owner, &refusal));
    // Reject without a note: refused, nothing written.
    CHECK(ApprovalDecider::decide(session, items.at(0).id, ApprovalDecider::Action::Reject, owner,
                                  QString())
              .outcome == ApprovalDecider::Outcome::NoteRequired);
    // Approve: status, reviewer, time and exactly one audit row.
    const ApprovalDecider::Result ok =
        ApprovalDecider::decide(session, items.at(0).id, ApprovalDecider::Action::Approve, owner,
                                QStringLiteral("fine"), t);
    INFO(ok.message.toStdString());
    REQUIRE(ok.outcome == ApprovalDecider::Outcome::Done);
    QSqlQuery q(session.database());
    q.prepare(QStringLiteral(
        "select lower(status), reviewed_by_id, note from approval_requests where id = ?"));
    q.addBindValue(items.at(0).id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("approved"));
    CHECK(Session::readId(q.value(1)) == owner.id);
    CHECK(q.value(2).toString() == QStringLiteral("fine"));
    auto auditRows = [&session](const QString &id) {
        QSqlQuery a(session.database());
        a.prepare(QStringLiteral("select count(*) from audit_logs where entity_type = "
                                 "'approval_request' and entity_id = ?"));
        a.addBindValue(id);
        REQUIRE(a.exec());
        REQUIRE(a.next());
        return a.value(0).toInt();
    };
    CHECK(auditRows(items.at(0).id) == 1);
    // A second decision conflicts and says who decided and when.
    const ApprovalDecider::Result again = ApprovalDecider::decide(
        session, items.at(0).id, ApprovalDecider::Action::Reject, owner, QStringLiteral("no"));
    CHECK(again.outcome == ApprovalDecider::Outcome::Conflict);
    CHECK(again.status == QStringLiteral("approved"));
    CHECK(again.decidedAt == t);
    CHECK(auditRows(items.at(0).id) == 1);
    // Escalate: level + 1, still pending, audited.
    const int before = items.at(1).escalationLevel;
    REQUIRE(ApprovalDecider::decide(session, items.at(1).id, ApprovalDecider::Action::Escalate,
                                    owner, QString())
                .outcome == ApprovalDecider::Outcome::Done);
    REQUIRE(ApprovalQueue::page(session, ApprovalQueue::Filter(), t, {}, 50, &items, &error));
    REQUIRE(items.size() == 2);
    CHECK(items.at(0).escalationLevel == before + 1);
    CHECK(items.at(0).status == QStringLiteral("pending"));
    CHECK(auditRows(items.at(0).id) == 1);
    // The audit row records the levels on both sides.
    QList<ApprovalQueue::AuditEntry> history;
    REQUIRE(ApprovalQueue::history(session, items.at(0).id, &history, &error));
    REQUIRE(history.size() == 1);
    CHECK(history.at(0).action == QStringLiteral("approval.escalate"));
    const QJsonObject levels = QJsonDocument::fromJson(history.at(0).changes.toUtf8())
                                   .object()
                                   .value(QStringLiteral("escalation_level"))
                                   .toObject();
    CHECK(levels.value(QStringLiteral("before")).toInt(-1) == before);
    CHECK(levels.value(QStringLiteral("after")).toInt(-1) == before + 1);
    // Unknown request.
    CHECK(ApprovalDecider::decide(session, QStringLiteral("99999999-9999-4999-8999-999999999999"),
                                  ApprovalDecider::Action::Approve, owner, QString())
              .outcome == ApprovalDecider::Outcome::NotFound);
    // An agent (alpha has only its owner; make one in "weekly") is refused.
    QSqlQuery agent(session.database());
    agent.prepare(QStringLiteral(
        "insert into users (id, created_at, updated_at, tenant_id, email, password_hash, role) "
        "values (?, ?, ?, ?, 'agent@x.sa', 'x', 'agent')"));
    agent.addBindValue(QStringLiteral("a9000000-0000-4000-8000-000000000009"));
    agent.addBindValue(Session::timeText(t));
    agent.addBindValue(Session::timeText(t));
    agent.addBindValue(session.tenantId());
    REQUIRE(agent.exec());
    ApprovalDecider::Actor who;
    CHECK_FALSE(ApprovalDecider::actor(session, QStringLiteral("agent@x.sa"), &who, &refusal));
    CHECK(refusal.outcome == ApprovalDecider::Outcome::PermissionDenied);
    CHECK(refusal.message.contains(QStringLiteral("agent")));
    CHECK_FALSE(ApprovalDecider::actor(session, QStringLiteral("nobody@x.sa"), &who, &refusal));
    CHECK(refusal.outcome == ApprovalDecider::Outcome::PermissionDenied);
}

void checkTimeForms(Session &session)
{
    REQUIRE(session.selectTenant(QStringLiteral("empty")));
    const QDateTime t = ExecutiveFixture::asOf().toUTC();
    // Riyadh-time text with a space separator, as psql or a hand-made copy writes it.
    const auto riyadh = [](const QDateTime &utc, const QString &fraction = QString()) {
        return utc.addSecs(3 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + fraction +
               QStringLiteral("+03:00");
    };
    const auto micro = [](const QDateTime &utc, int us) {
        return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.")) +
               QStringLiteral("%1Z").arg(us, 6, 10, QLatin1Char('0'));
    };
    struct Row {
        QString id;
        QString created;
        QString status;
        QString reviewed;
    };
    // Ids in the opposite order to time for the h rows, so a cursor built from a rounded time
    // would send h2 and h3 again or skip them.
    const QList<Row> rows = {
        {QStringLiteral("a"), riyadh(t.addSecs(-7200)), QStringLiteral("pending"), {}},
        {QStringLiteral("b"), micro(t.addSecs(-7200), 1), QStringLiteral("pending"), {}},
        {QStringLiteral("c"), riyadh(t.addSecs(-3600)), QStringLiteral("pending"), {}},
        // Created half a second after T: not pending as of T.
        {QStringLiteral("d"), riyadh(t, QStringLiteral(".500")), QStringLiteral("pending"), {}},
        // Approved a minute after T: still pending as of T.
        {QStringLiteral("e"), riyadh(t.addSecs(-10800)), QStringLiteral("approved"),
         riyadh(t.addSecs(60))},
        // Approved a minute before T: not pending.
        {QStringLiteral("f"), riyadh(t.addSecs(-10800)), QStringLiteral("approved"),
         riyadh(t.addSecs(-60))},
        {QStringLiteral("g"), micro(t.addSecs(-1800), 250), QStringLiteral("pending"), {}},
        {QStringLiteral("h1"), micro(t.addSecs(-900), 3), QStringLiteral("pending"), {}},
        {QStringLiteral("h2"), micro(t.addSecs(-900), 2), QStringLiteral("pending"), {}},
        {QStringLiteral("h3"), micro(t.addSecs(-900), 1), QStringLiteral("pending"), {}},
    };
    QHash<QString, QString> idOf; // short name -> uuid
    QSqlQuery q(session.database());
    REQUIRE(session.database().transaction());
    int n = 0;
    for (const Row &r : rows) {
        const QString id =
            QStringLiteral("7f000000-0000-4000-8000-%1").arg(++n, 12, 10, QLatin1Char('0'));
        idOf.insert(r.id, id);
        q.prepare(QStringLiteral(
            "insert into approval_requests (id, created_at, updated_at, tenant_id, channel, "
            "resource_type, resource_id, payload, status, requested_by_id, reviewed_at) values "
            "(?, ?, ?, ?, 'sms', 'deal', ?, '{}', ?, ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(r.created);
        q.addBindValue(r.created);
        q.addBindValue(session.tenantId());
        q.addBindValue(QStringLiteral("f0000000-0000-4000-8000-000000000000"));
        q.addBindValue(r.status);
        q.addBindValue(QStringLiteral("e0000000-0000-4000-8000-000000000003"));
        q.addBindValue(r.reviewed.isEmpty() ? QVariant() : QVariant(r.reviewed));
        INFO(r.id.toStdString() << " " << r.created.toStdString());
        REQUIRE(q.exec());
    }
    REQUIRE(session.database().commit());
    QString error;
    // Pending as of T: a b c e g h1 h2 h3; d was created after T, f decided before it.
    ApprovalQueue::Counters c;
    REQUIRE(ApprovalQueue::counters(session, t, &c, &error));
    CHECK(c.pending == 8);
    // Page two rows at a time through everything (all statuses) and through the pending queue.
    for (const QString &status : {QStringLiteral("all"), QStringLiteral("pending")}) {
        ApprovalQueue::Filter f;
        f.status = status;
        QList<ApprovalQueue::Item> all;
        ApprovalQueue::Cursor cursor;
        for (int guard = 0; guard < 20; ++guard) {
            QList<ApprovalQueue::Item> page;
            REQUIRE(ApprovalQueue::page(session, f, t, cursor, 2, &page, &error));
            all += page;
            if (page.size() < 2)
                break;
            cursor = ApprovalQueue::cursorOf(page.last());
        }
        QStringList seen;
        for (const ApprovalQueue::Item &it : std::as_const(all))
            seen << idOf.key(it.id);
        INFO(status.toStdString() << ": " << seen.join(QLatin1Char(' ')).toStdString());
        const QStringList expected =
            status == QLatin1String("all")
                ? QStringList{QStringLiteral("e"),  QStringLiteral("f"),  QStringLiteral("a"),
                              QStringLiteral("b"),  QStringLiteral("c"),  QStringLiteral("g"),
                              QStringLiteral("h3"), QStringLiteral("h2"), QStringLiteral("h1"),
                              QStringLiteral("d")}
                : QStringList{QStringLiteral("e"),  QStringLiteral("a"), QStringLiteral("b"),
                              QStringLiteral("c"),  QStringLiteral("g"), QStringLiteral("h3"),
                              QStringLiteral("h2"), QStringLiteral("h1")};
        if (session.isPostgres()) {
            CHECK(seen == expected);
        } else {
            // SQLite orders by the stored text (cheap; an expression order costs a third more
            // per page at 200k rows): every row still comes once, but the space-separated
            // Riyadh-time rows sort before the "T…Z" ones. Dealix and this app write one form.
            const QStringList sqliteExpected =
                status == QLatin1String("all")
                    ? QStringList{QStringLiteral("e"), QStringLiteral("f"),  QStringLiteral("a"),
                                  QStringLiteral("c"), QStringLiteral("d"),  QStringLiteral("b"),
                                  QStringLiteral("g"), QStringLiteral("h3"), QStringLiteral("h2"),
                                  QStringLiteral("h1")}
                    : QStringList{QStringLiteral("e"),  QStringLiteral("a"), QStringLiteral("c"),
                                  QStringLiteral("b"),  QStringLiteral("g"), QStringLiteral("h3"),
                                  QStringLiteral("h2"), QStringLiteral("h1")};
            CHECK(seen == sqliteExpected);
        }
    }
}

namespace {

IndexAdvice::Status queueIndexStatus(const Session &session)
{
    const Result<QList<IndexAdvice::Status>> r = IndexAdvice::detect(session);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    for (const IndexAdvice::Status &st : r.value()) {
        if (st.entry.name == QLatin1String("ix_approvals_queue_rank"))
            return st;
    }
    FAIL("ix_approvals_queue_rank not advised");
    return {};
}

QStringList firstPage(Session &session, BoundQuery *statement = nullptr)
{
    QList<ApprovalQueue::Item> items;
    QString error;
    const bool ok = ApprovalQueue::page(session, ApprovalQueue::Filter(), ExecutiveFixture::asOf(),
                                        {}, 200, &items, &error, false, statement);
    INFO(error.toStdString());
    REQUIRE(ok);
    QStringList ids;
    for (const ApprovalQueue::Item &it : std::as_const(items))
        ids << it.id.right(2);
    return ids;
}

} // namespace

void checkQueueIndex(Session &session)
{
    REQUIRE(session.selectTenant(QStringLiteral("empty")));
    QSqlQuery q(session.database());
    REQUIRE(q.exec(QStringLiteral("drop index if exists ix_approvals_queue_rank")));
    // Tenant "empty" gets, by hand (T0 = as of - 10 h, T1 = as of - 5 h):
    //   01 column high, T1 -> rank 1      02 payload _dealix_sla critical, T1 -> rank 0
    //   03 payload approval_packet "HIGH", T0 -> rank 1 (read lower case)
    //   04 column low, T0 -> rank 3       05 no priority anywhere, T0 -> normal, rank 2
    //   06 column critical, T1 -> rank 0 (ties 02: rank and time, the id decides)
    //   07 column critical, approved before T: not pending
    //   08 column normal, T0 -> rank 2 (ties 05)
    // Queue order (rank, age, id): 02 06 03 01 05 08 04.
    struct Row {
        const char *id;
        const char *priority; // nullptr: NULL column
        const char *payload;
        int hoursAgo;
        const char *status;
    };
    const Row rows[] = {
        {"01", "high", "{}", 5, "pending"},
        {"02", nullptr, R"({"_dealix_sla": {"priority": "critical"}})", 5, "pending"},
        {"03", nullptr, R"({"approval_packet": {"priority": "HIGH"}})", 10, "pending"},
        {"04", "low", "{}", 10, "pending"},
        {"05", nullptr, "{}", 10, "pending"},
        {"06", "critical", "{}", 5, "pending"},
        {"07", "critical", "{}", 10, "approved"},
        {"08", "normal", "{}", 10, "pending"},
    };
    const QDateTime t = ExecutiveFixture::asOf();
    REQUIRE(session.database().transaction());
    for (const Row &r : rows) {
        q.prepare(QStringLiteral(
            "insert into approval_requests (id, created_at, updated_at, tenant_id, channel, "
            "resource_type, resource_id, payload, status, requested_by_id, priority, "
            "reviewed_at) values (?, ?, ?, ?, 'sms', 'deal', ?, ?, ?, ?, ?, ?)"));
        const QString created = Session::timeText(t.addSecs(-3600 * r.hoursAgo));
        q.addBindValue(QStringLiteral("7e000000-0000-4000-8000-0000000000") +
                       QString::fromLatin1(r.id));
        q.addBindValue(created);
        q.addBindValue(created);
        q.addBindValue(session.tenantId());
        q.addBindValue(QStringLiteral("f0000000-0000-4000-8000-000000000000"));
        q.addBindValue(QString::fromLatin1(r.payload));
        q.addBindValue(QString::fromLatin1(r.status));
        q.addBindValue(QStringLiteral("e0000000-0000-4000-8000-000000000003"));
        q.addBindValue(r.priority ? QVariant(QString::fromLatin1(r.priority)) : QVariant());
        q.addBindValue(QString::fromLatin1(r.status) == QLatin1String("pending")
                           ? QVariant()
                           : QVariant(Session::timeText(t.addSecs(-3600))));
        INFO(r.id);
        REQUIRE(q.exec());
    }
    REQUIRE(session.database().commit());
    const QStringList expected = {QStringLiteral("02"), QStringLiteral("06"), QStringLiteral("03"),
                                  QStringLiteral("01"), QStringLiteral("05"), QStringLiteral("08"),
                                  QStringLiteral("04")};
    CHECK(firstPage(session) == expected);

    // Missing: advised, with its DDL.
    const IndexAdvice::Status missing = queueIndexStatus(session);
    CHECK_FALSE(missing.present);
    const bool pg = session.isPostgres();
    const QString ddl = IndexAdvice::ddl(
        missing.entry, pg ? IndexAdvice::Dialect::PostgreSQL : IndexAdvice::Dialect::SQLite, false);

    // An index of another expression (the creation time without its NULL default) is not it.
    QString other = ddl;
    other.replace(QStringLiteral("IF NOT EXISTS ix_approvals_queue_rank"),
                  QStringLiteral("other_order"));
    const qsizetype coalesceAt = other.indexOf(QStringLiteral("(coalesce(created_at"));
    REQUIRE(coalesceAt > 0);
    const qsizetype coalesceEnd = other.indexOf(QStringLiteral(")),"), coalesceAt);
    REQUIRE(coalesceEnd > coalesceAt);
    other.replace(coalesceAt, coalesceEnd + 2 - coalesceAt, QStringLiteral("created_at"));
    INFO(other.toStdString());
    REQUIRE(q.exec(other));
    CHECK_FALSE(queueIndexStatus(session).present);
    REQUIRE(q.exec(QStringLiteral("drop index other_order")));

    // The same expressions under another name, spelt otherwise (case, white space, no
    // parentheses around the key expressions where they are not needed): present as that.
    QString mine = ddl;
    mine.replace(QStringLiteral("CREATE INDEX IF NOT EXISTS ix_approvals_queue_rank ON"),
                 QStringLiteral("create   index Queue_By_Rank on"));
    mine.replace(QStringLiteral("case "), QStringLiteral("CASE\n  "));
    mine.replace(QStringLiteral(" end"), QStringLiteral("  END"));
    mine.replace(QStringLiteral("coalesce("), QStringLiteral("COALESCE( "));
    mine.replace(QStringLiteral("(cast(id as text))"), QStringLiteral("CAST(id AS TEXT)"));
    INFO(mine.toStdString());
    REQUIRE(q.exec(mine));
    if (!pg)
        REQUIRE(q.exec(QStringLiteral("analyze")));
    const IndexAdvice::Status present = queueIndexStatus(session);
    CHECK(present.present);
    CHECK(present.presentAs.compare(QStringLiteral("queue_by_rank"), Qt::CaseInsensitive) == 0);

    // The same rows in the same order with the index.
    BoundQuery statement;
    CHECK(firstPage(session, &statement) == expected);
    // The plan: the index gives the order, nothing is sorted.
    QSqlQuery plan(session.database());
    if (pg) {
        // PostgreSQL cannot prepare EXPLAIN: the values go in as literals (test values only).
        QString sqlText = statement.sql();
        qsizetype from = 0;
        for (const QVariant &v : statement.values()) {
            QString literal;
            if (v.typeId() == QMetaType::QDateTime)
                literal = QStringLiteral("timestamptz '%1'")
                              .arg(v.toDateTime().toString(Qt::ISODateWithMs));
            else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
                literal = v.toString();
            else
                literal = QLatin1Char('\'') + v.toString() + QLatin1Char('\'');
            const qsizetype at = sqlText.indexOf(QLatin1Char('?'), from);
            REQUIRE(at >= 0);
            sqlText.replace(at, 1, literal);
            from = at + literal.size();
        }
        REQUIRE(q.exec(QStringLiteral("set enable_seqscan = off")));
        INFO(sqlText.toStdString());
        REQUIRE(plan.exec(QStringLiteral("explain ") + sqlText));
    } else {
        plan.prepare(QStringLiteral("explain query plan ") + statement.sql());
        for (const QVariant &v : statement.values())
            plan.addBindValue(v);
        REQUIRE(plan.exec());
    }
    QString text;
    while (plan.next())
        text += plan.value(pg ? 0 : 3).toString() + QLatin1Char('\n');
    INFO(text.toStdString());
    if (pg) {
        REQUIRE(q.exec(QStringLiteral("reset enable_seqscan")));
        CHECK(text.contains(QStringLiteral("queue_by_rank"), Qt::CaseInsensitive));
        CHECK_FALSE(text.contains(QStringLiteral("Sort")));
    } else {
        CHECK(text.contains(QStringLiteral("Queue_By_Rank")));
        CHECK_FALSE(text.contains(QStringLiteral("USE TEMP B-TREE FOR ORDER BY")));
    }
}

} // namespace ApprovalChecks
