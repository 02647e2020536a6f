#include "tests/support/asyncchecks.h"

#include "app/languagemanager.h"
#include "app/surfaces.h"
#include "models/approvals/approvalqueuemodel.h"
#include "models/source/session.h"
#include "tests/support/executivefixture.h"
#include "tests/support/refreshwait.h"
#include "tests/support/workergate.h"
#include "views/approvals/approvalcenterwidget.h"
#include "views/executive/executiveroomwidget.h"
#include "views/surface/backgroundlane.h"
#include "views/surface/refreshworker.h"
#include "views/surface/surface.h"
#include "views/widgets/kpitile.h"
#include "views/widgets/livecompliancejob.h"
#include "views/widgets/messagebanner.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <catch2/catch.hpp>

#include <atomic>
#include <memory>

namespace AsyncChecks {

namespace {

// Until the widget and its live compliance checks are idle (the checks' arrival refreshes
// again).
bool settle(SurfaceWidget &w, int timeoutMs = 60000)
{
    QDeadlineTimer deadline(timeoutMs);
    auto busy = [&w] {
        if (w.isRefreshing())
            return true;
        for (const LiveComplianceJob *job : w.findChildren<LiveComplianceJob *>())
            if (job->isRunning())
                return true;
        return false;
    };
    while (busy()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    QCoreApplication::processEvents();
    return !busy();
}

// Saves a picture of w when DEALIX_SCREENSHOTS names a directory (to look at, not to compare).
void shoot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("DEALIX_SCREENSHOTS");
    if (!dir.isEmpty())
        w.grab().save(QDir(dir).filePath(name));
}

std::unique_ptr<SurfaceWidget> create(const QString &id)
{
    registerSurfaces();
    const Surface *surface = SurfaceRegistry::instance().find(id);
    REQUIRE(surface);
    std::unique_ptr<SurfaceWidget> w(surface->createWidget(nullptr));
    REQUIRE(w);
    w->resize(1200, 800);
    w->show();
    return w;
}

// A task that runs sql on the worker's connection and says when it has started it.
std::function<Result<QString>(const Session &)>
statement(const QString &sql, std::shared_ptr<std::atomic<bool>> started = {})
{
    return [sql, started](const Session &clone) -> Result<QString> {
        QSqlQuery q(clone.database());
        if (started)
            started->store(true);
        if (!q.exec(sql) || !q.next())
            return Failure{q.lastError().text()};
        return q.value(0).toString();
    };
}

// Until started is set (the worker is about to run the statement), then a moment more for the
// statement to be under way in the database.
void waitStarted(const std::atomic<bool> &started)
{
    QDeadlineTimer deadline(10000);
    while (!started.load() && !deadline.hasExpired())
        QThread::msleep(10);
    REQUIRE(started.load());
    QThread::msleep(500);
}

} // namespace

void runningStatementSuperseded(Session &s, const QString &longSql)
{
    REQUIRE(s.selectTenant(QStringLiteral("alpha")));
    QObject receiver;
    BackgroundLane lane(&receiver, [&s] { return &s; });
    QStringList delivered;
    auto deliver = [&delivered](const Result<QString> &r) {
        delivered << (r.ok() ? r.value() : QStringLiteral("error: ") + r.error());
    };
    QElapsedTimer timer;
    timer.start();
    auto started = std::make_shared<std::atomic<bool>>(false);
    lane.run<QString>(s, statement(longSql, started), deliver);
    waitStarted(*started);
    lane.run<QString>(s, statement(QStringLiteral("select 40 + 2")), deliver);
    // Without the interrupt the newer task waits behind the long statement (30 s and more).
    QDeadlineTimer deadline(15000);
    while (lane.isRunning() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    CHECK(delivered == QStringList{QStringLiteral("42")});
    CHECK(timer.elapsed() < 15000);
}

void destroyDuringRunningStatement(Session &s, const QString &longSql)
{
    REQUIRE(s.selectTenant(QStringLiteral("alpha")));
    QObject receiver;
    auto lane = std::make_unique<BackgroundLane>(&receiver, [&s] { return &s; });
    int delivered = 0;
    auto started = std::make_shared<std::atomic<bool>>(false);
    lane->run<QString>(s, statement(longSql, started),
                       [&delivered](const Result<QString> &) { ++delivered; });
    waitStarted(*started);
    QElapsedTimer timer;
    timer.start();
    lane.reset();
    CHECK(timer.elapsed() < 1000); // the GUI thread does not wait for the statement
    // Joined together with any other worker; the long statement was stopped, not waited for.
    CHECK(RefreshWorker::stopAll(15000));
    CHECK(RefreshWorker::runningThreads() == 0);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    CHECK(delivered == 0);
}

void destroyWidgetDuringHeldRefresh(Session &s)
{
    REQUIRE(s.selectTenant(QStringLiteral("alpha")));
    for (const QString &id : surfaceIds()) {
        INFO(id.toStdString());
        auto w = create(id);
        w->setSession(&s, ExecutiveFixture::asOf());
        REQUIRE(settle(*w));
        TestSupport::WorkerGate gate;
        gate.hold();
        bool delivered = false;
        QObject::connect(w.get(), &SurfaceWidget::refreshed, [&delivered] { delivered = true; });
        REQUIRE(w->refresh());
        REQUIRE(gate.waitEntered());
        QElapsedTimer timer;
        timer.start();
        w.reset();
        CHECK(timer.elapsed() < 1000); // was 3 s per busy lane, one after another
        gate.open();
        REQUIRE(gate.waitDone()); // the held task ran to its end and was dropped
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        CHECK_FALSE(delivered);
    }
    CHECK(RefreshWorker::stopAll(15000));
}

void pagingAfterFailedRefresh(Session &s)
{
    REQUIRE(s.selectTenant(QStringLiteral("alpha")));
    ApprovalCenterWidget w;
    ApprovalQueueModel *model = w.model();
    model->setPageSize(2); // alpha has five pending requests: pages of 2, 2 and 1
    w.setSession(&s, ExecutiveFixture::asOf());
    REQUIRE(TestSupport::refreshAndWait(w));
    REQUIRE(settle(w));
    REQUIRE(model->rowCount() == 2);
    REQUIRE(model->canFetchMore(QModelIndex()));
    QSqlQuery q(s.database());
    {
        TestSupport::WorkerGate gate;
        gate.hold();
        model->fetchMore(QModelIndex()); // the second page, held on the pages' worker
        REQUIRE(gate.waitEntered());
        CHECK(model->isFetching());
        REQUIRE(q.exec(QStringLiteral("alter table approval_requests rename to approvals_moved")));
        TestSupport::RefreshWaiter waiter(w);
        REQUIRE(w.refresh()); // cancels the page in flight
        gate.open();
        CHECK_FALSE(waiter.wait()); // the first page fails
        REQUIRE(settle(w));
    }
    // Not stuck "fetching" a page that will never come, and the reason is on screen.
    CHECK_FALSE(model->isFetching());
    CHECK_FALSE(model->canFetchMore(QModelIndex())); // the queue could not be read again
    CHECK(model->rowCount() == 2);
    CHECK(w.banner()->level() == MessageBanner::Level::Error);
    CHECK(w.banner()->text().startsWith(QStringLiteral("Refresh failed: ")));
    REQUIRE(q.exec(QStringLiteral("alter table approvals_moved rename to approval_requests")));
    REQUIRE(TestSupport::refreshAndWait(w));
    REQUIRE(settle(w));
    REQUIRE(model->rowCount() == 2);
    REQUIRE(model->canFetchMore(QModelIndex()));
    model->fetchMore(QModelIndex());
    QDeadlineTimer deadline(15000);
    while (model->rowCount() < 4 && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    CHECK(model->rowCount() == 4);
}

QStringList surfaceIds()
{
    return {QStringLiteral("executive-room"),
            QStringLiteral("approval-center"),
            QStringLiteral("compliance"),
            QStringLiteral("weekly-review"),
            QStringLiteral("risk-heatmap"),
            QStringLiteral("connectors"),
            QStringLiteral("evidence-packs"),
            QStringLiteral("forecast"),
            QStringLiteral("partner-pipeline"),
            QStringLiteral("policy-violations"),
            QStringLiteral("source")};
}

void tenantSwitchShowsOnlyNewTenant(Session &s)
{
    const QDateTime asOf = ExecutiveFixture::asOf();
    SECTION("Executive Room: the switch cancels, only weekly's figures arrive")
    {
        REQUIRE(s.selectTenant(QStringLiteral("alpha")));
        ExecutiveRoomWidget w;
        w.setSession(&s, asOf);
        QStringList shown; // the tenant of the figures at each refreshed()
        QObject::connect(&w, &SurfaceWidget::refreshed, &w,
                         [&] { shown << w.snapshot().tenant.slug; });
        TestSupport::WorkerGate gate;
        gate.hold();
        REQUIRE(w.refresh());
        REQUIRE(gate.waitEntered()); // alpha's refresh is on the worker, held
        CHECK(w.isRefreshing());
        // The main window's tenant selector: the same session, another tenant.
        REQUIRE(s.selectTenant(QStringLiteral("weekly")));
        w.setSession(&s, asOf);
        CHECK_FALSE(w.isRefreshing()); // cancelled
        TestSupport::RefreshWaiter waiter(w);
        REQUIRE(w.refresh());
        gate.open();
        REQUIRE(waiter.wait());
        // Both tasks ran to their end (alpha's result dropped): nothing else is on its way.
        REQUIRE(gate.waitDone(2));
        REQUIRE(settle(w));
        INFO(shown.join(QLatin1Char(' ')).toStdString());
        REQUIRE_FALSE(shown.isEmpty());
        CHECK(shown.count(QStringLiteral("weekly")) == shown.size());
        CHECK(w.snapshot().tenant.slug == QStringLiteral("weekly"));
        // Alpha has 2 approvals past their SLA at the fixture's as-of; weekly 1.
        CHECK(w.tile(QStringLiteral("approvals.breach"))->value() == QStringLiteral("1"));
    }
    SECTION("Approval Center: weekly's three requests, never alpha's five")
    {
        REQUIRE(s.selectTenant(QStringLiteral("alpha")));
        ApprovalCenterWidget w;
        w.setSession(&s, asOf);
        TestSupport::WorkerGate gate;
        gate.hold();
        REQUIRE(w.refresh());
        REQUIRE(gate.waitEntered());
        REQUIRE(s.selectTenant(QStringLiteral("weekly")));
        w.setSession(&s, asOf);
        TestSupport::RefreshWaiter waiter(w);
        REQUIRE(w.refresh());
        gate.open();
        REQUIRE(waiter.wait());
        REQUIRE(settle(w));
        CHECK(w.model()->rowCount() == 3);
        CHECK(w.model()->totalRows() == 3);
        CHECK(w.counterTile(0)->value() == QStringLiteral("3"));
        CHECK(waiter.count() == 1);
    }
    SECTION("the tenant changed under the same session, the widget not told: nothing delivered")
    {
        REQUIRE(s.selectTenant(QStringLiteral("alpha")));
        ExecutiveRoomWidget w;
        w.setSession(&s, asOf);
        QSignalSpy refreshed(&w, &SurfaceWidget::refreshed);
        TestSupport::WorkerGate gate;
        gate.hold();
        REQUIRE(w.refresh());
        REQUIRE(gate.waitEntered());
        REQUIRE(s.selectTenant(QStringLiteral("weekly")));
        gate.open();
        REQUIRE(gate.waitDone());
        QCoreApplication::processEvents();
        CHECK(refreshed.isEmpty());
        CHECK_FALSE(w.isRefreshing());
        CHECK_FALSE(w.updatingIndicator()->isVisible());
        CHECK(w.tile(QStringLiteral("approvals.breach"))->value() != QStringLiteral("2"));
    }
}

void workerErrorReachesBanner(Session &s)
{
    REQUIRE(s.selectTenant(QStringLiteral("alpha")));
    SECTION("the worker's connection cannot open")
    {
        // The connection the workers clone now names a database that does not exist; the
        // session keeps reading through its own open connection.
        QSqlDatabase db = s.database();
        const QString name = db.databaseName();
        db.setDatabaseName(s.isPostgres() ? QStringLiteral("dealix_no_such_database")
                                          : name + QStringLiteral(".gone/x.sqlite"));
        for (const QString &id : surfaceIds()) {
            INFO(id.toStdString());
            auto w = create(id);
            w->setSession(&s, ExecutiveFixture::asOf());
            CHECK_FALSE(TestSupport::refreshAndWait(*w));
            INFO(w->errorString().toStdString());
            CHECK_FALSE(w->errorString().isEmpty());
            auto *banner = w->findChild<MessageBanner *>();
            REQUIRE(banner);
            CHECK(banner->level() == MessageBanner::Level::Error);
            CHECK(banner->text().contains(w->errorString()));
            CHECK_FALSE(w->updatingIndicator()->isVisible());
        }
        db.setDatabaseName(name);
    }
    SECTION("a query fails on the worker's connection")
    {
        ApprovalCenterWidget w;
        w.setSession(&s, ExecutiveFixture::asOf());
        REQUIRE(TestSupport::refreshAndWait(w));
        REQUIRE(settle(w));
        QSqlQuery q(s.database());
        REQUIRE(q.exec(QStringLiteral("alter table approval_requests rename to approvals_moved")));
        CHECK_FALSE(TestSupport::refreshAndWait(w));
        INFO(w.errorString().toStdString());
        CHECK(w.errorString().startsWith(QStringLiteral("Refresh failed: ")));
        CHECK(w.errorString().contains(QStringLiteral("approval_requests")));
        CHECK(w.banner()->text() == w.errorString());
        CHECK(w.banner()->level() == MessageBanner::Level::Error);
        REQUIRE(q.exec(QStringLiteral("alter table approvals_moved rename to approval_requests")));
    }
}

void guiNotBlocked(Session &s)
{
    LanguageManager language;
    REQUIRE(language.setLanguage(QStringLiteral("en")));
    REQUIRE(s.selectTenant(QStringLiteral("alpha")));
    for (const QString &id : surfaceIds()) {
        INFO(id.toStdString());
        auto w = create(id);
        w->setSession(&s, ExecutiveFixture::asOf());
        REQUIRE(TestSupport::refreshAndWait(*w));
        REQUIRE(settle(*w));
        TestSupport::WorkerGate gate;
        gate.hold();
        TestSupport::RefreshWaiter waiter(*w);
        REQUIRE(w->refresh());
        REQUIRE(gate.waitEntered()); // the worker is held: the refresh cannot finish
        // The GUI thread runs its timers meanwhile.
        int ticks = 0;
        QTimer timer;
        QObject::connect(&timer, &QTimer::timeout, &timer, [&ticks] { ++ticks; });
        timer.start(5);
        QDeadlineTimer deadline(30000);
        while (ticks < 10 && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        CHECK(ticks >= 10);
        CHECK(w->isRefreshing());
        CHECK(w->updatingIndicator()->isVisible());
        CHECK(w->updatingIndicator()->text() == QStringLiteral("Updating…"));
        shoot(*w, QStringLiteral("updating-%1-en.png").arg(id));
        CHECK(waiter.count() == 0);
        if (auto *room = qobject_cast<ExecutiveRoomWidget *>(w.get()))
            // The last figures stay on screen under "Updating…".
            CHECK(room->tile(QStringLiteral("approvals.breach"))->value() == QStringLiteral("2"));
        // In Arabic too.
        REQUIRE(language.setLanguage(QStringLiteral("ar")));
        QCoreApplication::processEvents();
        CHECK(w->updatingIndicator()->text() == QStringLiteral("جارٍ التحديث…"));
        shoot(*w, QStringLiteral("updating-%1-ar.png").arg(id));
        REQUIRE(language.setLanguage(QStringLiteral("en")));
        QCoreApplication::processEvents();
        gate.open();
        REQUIRE(settle(*w));
        CHECK(waiter.wait()); // the figures arrived once the worker was released
        CHECK_FALSE(w->updatingIndicator()->isVisible());
    }
}

void noDeliveryAfterNullSession(Session &s)
{
    REQUIRE(s.selectTenant(QStringLiteral("alpha")));
    for (const QString &id : surfaceIds()) {
        INFO(id.toStdString());
        auto w = create(id);
        w->setSession(&s, ExecutiveFixture::asOf());
        TestSupport::WorkerGate gate;
        gate.hold();
        QSignalSpy refreshed(w.get(), &SurfaceWidget::refreshed);
        REQUIRE(w->refresh());
        REQUIRE(gate.waitEntered());
        w->setSession(nullptr, QDateTime());
        CHECK_FALSE(w->isRefreshing());
        CHECK_FALSE(w->updatingIndicator()->isVisible());
        gate.open();
        REQUIRE(gate.waitDone()); // the held task ran to its end and was handed back
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        CHECK(refreshed.isEmpty());
        if (auto *room = qobject_cast<ExecutiveRoomWidget *>(w.get()))
            CHECK(room->tile(QStringLiteral("approvals.breach"))->value() != QStringLiteral("2"));
        if (auto *queue = qobject_cast<ApprovalCenterWidget *>(w.get()))
            CHECK(queue->model()->rowCount() == 0);
        // And a refresh now says why, at once.
        CHECK_FALSE(w->refresh());
    }
}

} // namespace AsyncChecks
