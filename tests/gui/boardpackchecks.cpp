#include "tests/gui/boardpackchecks.h"

#include "app/surfaces.h"
#include "models/executive/executivesnapshot.h"
#include "views/print/boardpack.h"
#include "views/print/printdocument.h"
#include "views/surface/surface.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <QElapsedTimer>
#include <QThread>

#include <catch2/catch.hpp>

#include <atomic>
#include <thread>

namespace {

// A section that runs one long statement on its connection and says how it ended.
std::atomic_bool g_longStarted{false};
std::atomic_bool g_longCompleted{false};
QString g_longSql;
QString g_longError; // written by the worker, read after it has been joined

class LongQuerySurface : public Surface
{
public:
    QString id() const override { return QStringLiteral("test-long-query"); }
    QString title() const override { return QStringLiteral("Long query"); }
    QIcon icon() const override { return {}; }
    bool exportData(const Session &, const ExportRequest &, QByteArray *,
                    QString *error) const override
    {
        *error = QStringLiteral("no export");
        return false;
    }
    bool printSection(const Session &session, const ExportRequest &, PrintSection *out,
                      QString *error) const override
    {
        QSqlQuery q(session.database());
        g_longStarted = true;
        const bool ok = q.exec(g_longSql);
        g_longCompleted = ok;
        g_longError = q.lastError().text();
        out->id = id();
        out->title = title();
        if (!ok)
            *error = g_longError;
        return ok;
    }
    SurfaceWidget *createWidget(QWidget *) const override { return nullptr; }
};

// Everything a section prints, as text: a difference anywhere shows.
QString dump(const PrintSection &s)
{
    QStringList out{s.id, s.title, s.failures.join(QLatin1Char('|'))};
    for (const PrintBlock &b : s.blocks) {
        out << QStringLiteral("block %1 %2 [%3]").arg(int(b.kind)).arg(int(b.state)).arg(b.text);
        for (const PrintKpi &k : b.kpis)
            out << QStringList{k.caption, k.value, k.detail, QString::number(int(k.state)),
                               k.stateWord}
                       .join(QLatin1Char('|'));
        out << b.table.headers.join(QLatin1Char('|')) << b.table.note;
        for (const QStringList &row : b.table.rows)
            out << row.join(QLatin1Char('|'));
        for (const QList<QColor> &colours : b.table.cellColours) {
            QStringList names;
            for (const QColor &c : colours)
                names << (c.isValid() ? c.name() : QString());
            out << names.join(QLatin1Char(','));
        }
        out << b.chart.categories.join(QLatin1Char('|'));
        for (const QList<double> *series :
             {&b.chart.bars, &b.chart.line, &b.chart.bandLow, &b.chart.bandHigh, &b.chart.target}) {
            QStringList values;
            for (double v : *series)
                values << QString::number(v, 'g', 17);
            out << values.join(QLatin1Char(','));
        }
    }
    return out.join(QLatin1Char('\n'));
}

// The JSON without the moment it was written (generated_at differs from run to run).
QJsonValue withoutGeneratedAt(const QJsonValue &v)
{
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        o.remove(QStringLiteral("generated_at"));
        for (auto it = o.begin(); it != o.end(); ++it)
            *it = withoutGeneratedAt(*it);
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = withoutGeneratedAt(a.at(i));
        return a;
    }
    return v;
}

QByteArray normalised(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (doc.isObject())
        return QJsonDocument(withoutGeneratedAt(doc.object()).toObject()).toJson();
    return json;
}

void exec(Session &s, const QString &sql)
{
    QSqlQuery q(s.database());
    const bool ok = q.exec(sql);
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(ok);
}

} // namespace

namespace BoardPackChecks {

void checkSharedEqualsSeparate(Session &session, const QDateTime &asOf, const QString &period)
{
    registerSurfaces();
    QStringList ids;
    for (const QString &id : BoardPack::boardOrder()) {
        if (SurfaceRegistry::instance().find(id))
            ids << id;
    }
    REQUIRE(ids.size() == 11);
    // Every section alone, each from a request of its own: nothing shared.
    QStringList separate;
    for (const QString &id : ids) {
        ExportRequest request;
        request.asOf = asOf;
        request.period = period;
        PrintSection section;
        QString error;
        const bool ok =
            SurfaceRegistry::instance().find(id)->printSection(session, request, &section, &error);
        INFO(id.toStdString() << ": " << error.toStdString());
        REQUIRE(ok);
        separate << dump(section);
    }
    for (int threads : {1, 4}) {
        INFO("threads " << threads);
        BoardPack::Options options;
        options.asOf = asOf;
        options.period = period;
        options.user = QStringLiteral("board.secretary");
        options.threads = threads;
        options.surfaces = ids;
        BoardPack::Content content;
        QString error;
        const bool built = BoardPack::build(session, options, &content, &error);
        INFO(error.toStdString());
        REQUIRE(built);
        CHECK(content.failedSections.isEmpty());
        REQUIRE(content.sections.size() == ids.size());
        for (qsizetype i = 0; i < ids.size(); ++i) {
            INFO(ids.at(i).toStdString());
            CHECK(content.sections.at(i).id ==
                  ids.at(i)); // the board order, whatever finished first
            CHECK(dump(content.sections.at(i)) == separate.at(i));
        }
    }
    // The exports: one request shared by every surface, against one request each.
    for (const QString &format : {QStringLiteral("json"), QStringLiteral("csv")}) {
        ExportRequest shared;
        shared.asOf = asOf;
        shared.period = period;
        shared.format = format;
        for (const QString &id : ids) {
            INFO(id.toStdString() << " " << format.toStdString());
            const Surface *surface = SurfaceRegistry::instance().find(id);
            ExportRequest own = shared;
            own.compliance = nullptr;
            own.shared = ExportRequest().shared;
            QByteArray a, b;
            QString error;
            REQUIRE(surface->exportData(session, shared, &a, &error));
            REQUIRE(surface->exportData(session, own, &b, &error));
            CHECK(!a.isEmpty());
            if (format == QLatin1String("json"))
                CHECK(normalised(a) == normalised(b));
            else
                CHECK(a == b);
        }
    }
}

void checkSnapshotComputedOnce(Session &session, const QDateTime &asOf)
{
    ExecutiveSnapshot alone;
    QString error;
    REQUIRE(ExecutiveSnapshot::compute(session, Period::AllTime, asOf, &alone, &error, nullptr));
    ExportRequest request;
    request.asOf = asOf;
    ExecutiveSnapshot first;
    REQUIRE(request.executiveSnapshot(session, Period::AllTime, &first, &error));
    // The same figures as the snapshot computed on its own (the live checks attached).
    CHECK(first.revenue.available);
    CHECK(first.revenue.actual == alone.revenue.actual);
    CHECK(first.revenue.pipeline == alone.revenue.pipeline);
    CHECK(first.approvals.pending == alone.approvals.pending);
    CHECK(first.toJson().value(QStringLiteral("revenue")) ==
          alone.toJson().value(QStringLiteral("revenue")));
    CHECK(first.compliance.live.ran);
    // Read once: with the tables gone, a second reader of the same request still gets them.
    exec(session, QStringLiteral("alter table deals rename to deals_away"));
    exec(session, QStringLiteral("alter table approval_requests rename to approvals_away"));
    ExecutiveSnapshot second;
    const bool again = request.executiveSnapshot(session, Period::AllTime, &second, &error);
    ExecutiveSnapshot fresh;
    ExportRequest other;
    other.asOf = asOf;
    const bool freshOk = other.executiveSnapshot(session, Period::AllTime, &fresh, &error);
    exec(session, QStringLiteral("alter table deals_away rename to deals"));
    exec(session, QStringLiteral("alter table approvals_away rename to approval_requests"));
    REQUIRE(again);
    CHECK(second.revenue.available);
    CHECK(second.revenue.actual == first.revenue.actual);
    CHECK(second.toJson() == first.toJson());
    // ... while another request reads the source again (and finds the tables gone).
    CHECK((!freshOk || !fresh.revenue.available));
}

void checkCancelDuringSharedChecks(Session &session, const QDateTime &asOf)
{
    registerSurfaces();
    for (int round = 0; round < 3; ++round) {
        INFO("round " << round);
        BoardPack::Options options;
        options.asOf = asOf;
        options.threads = 2;
        options.surfaces = {QStringLiteral("compliance"), QStringLiteral("risk-heatmap"),
                            QStringLiteral("weekly-review"), QStringLiteral("executive-room")};
        BoardPack::Content content = BoardPack::prepare(session, options);
        auto cancelled = std::make_shared<std::atomic_bool>(false);
        std::atomic_int calls{0};
        // The user presses Cancel during the checks, once the second worker waits for them.
        ExportRequest::betweenLiveChecks = [cancelled, &calls](int, int) {
            if (calls++ == 0) {
                QThread::msleep(300);
                *cancelled = true;
            }
        };
        const int before = ExportRequest::liveComputations;
        QString error;
        const bool built = BoardPack::buildFrom(session.cloneSpec(), &content, &error, cancelled);
        ExportRequest::betweenLiveChecks = {};
        CHECK(calls > 0);
        CHECK_FALSE(built);
        CHECK(error == QStringLiteral("Cancelled."));
        // Run once for the pack: the cancelled run is what every other section got.
        CHECK(ExportRequest::liveComputations - before == 1);
    }
}

void checkCancelStopsRunningStatement(Session &session, const QString &longSql)
{
    registerSurfaces();
    SurfaceRegistry::instance().add(std::make_unique<LongQuerySurface>());
    g_longSql = longSql;
    g_longStarted = false;
    g_longCompleted = false;
    g_longError.clear();
    BoardPack::Options options;
    options.threads = 1;
    options.surfaces = {QStringLiteral("test-long-query")};
    BoardPack::Content content = BoardPack::prepare(session, options);
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    // Cancel once the statement has been sent.
    std::thread user([cancelled] {
        QElapsedTimer waited;
        waited.start();
        while (!g_longStarted && waited.elapsed() < 30000)
            QThread::msleep(5);
        QThread::msleep(200);
        *cancelled = true;
    });
    QElapsedTimer timer;
    timer.start();
    QString error;
    const bool built = BoardPack::buildFrom(session.cloneSpec(), &content, &error, cancelled);
    const qint64 ms = timer.elapsed();
    user.join();
    INFO("statement's error: " << g_longError.toStdString());
    CHECK(g_longStarted);
    CHECK_FALSE(built);
    CHECK(error == QStringLiteral("Cancelled."));
    // Stopped on its connection, not run to its end.
    CHECK_FALSE(g_longCompleted);
    CHECK_FALSE(g_longError.isEmpty());
    CHECK(ms < 20000);
}

} // namespace BoardPackChecks

namespace BoardPackChecks {

void checkPreparerFromTenantUser(Session &session)
{
    // One user of each tenant, read here with the tenant selected (row-level security on
    // PostgreSQL lets each read only its own).
    auto firstUser = [&session](const QString &slug) {
        REQUIRE(session.selectTenant(slug));
        QSqlQuery q(session.database());
        q.prepare(QStringLiteral("select email, full_name from users where tenant_id = ? and "
                                 "full_name is not null and full_name <> '' order by email"));
        q.addBindValue(session.tenantId());
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return std::pair<QString, QString>(q.value(0).toString(), q.value(1).toString());
    };
    const auto other = firstUser(QStringLiteral("redsea-logistics"));
    const auto own = firstUser(QStringLiteral("najd-trading"));
    REQUIRE_FALSE(own.second.isEmpty());
    // The e-mail in another case still names the user (e-mails compare without case).
    CHECK(BoardPack::userName(session, own.first.toUpper()) == own.second);
    CHECK(BoardPack::userName(session, other.first).isEmpty()); // another tenant's user
    CHECK(BoardPack::userName(session, QStringLiteral("nobody@example.com")).isEmpty());
    BoardPack::Options options;
    options.preparerEmail = own.first;
    const BoardPack::Content byUser = BoardPack::prepare(session, options);
    CHECK(byUser.labels.preparedBy.contains(own.second));
    CHECK(byUser.options.user == own.second); // the watermark names the same person
    options.preparerEmail = other.first;
    const BoardPack::Content foreign = BoardPack::prepare(session, options);
    CHECK_FALSE(foreign.labels.preparedBy.contains(other.second));
    const QString login = qEnvironmentVariable("USER");
    if (!login.isEmpty()) {
        CHECK_FALSE(foreign.labels.preparedBy.contains(login));
        CHECK_FALSE(foreign.labels.watermark.contains(login));
    }
    options.preparedBy = QStringLiteral("Board Secretariat");
    options.preparerEmail = own.first;
    const BoardPack::Content named = BoardPack::prepare(session, options);
    CHECK(named.labels.preparedBy.contains(QStringLiteral("Board Secretariat")));
    CHECK_FALSE(named.labels.preparedBy.contains(own.second));
}

} // namespace BoardPackChecks
