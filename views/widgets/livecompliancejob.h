#pragma once

#include "models/compliance/compliancelive.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

// Runs the compliance live checks off the GUI thread, on a database connection of its own
// (Session::openClone: same source, same tenant, app.tenant_id set on PostgreSQL), and hands the
// result back on the GUI thread. start() and cancel() discard whatever run is in flight: a
// cancelled run's result is never delivered (a source or tenant change cancels).
//
// It is also the one glue every surface showing compliance shares (the Executive Room, the
// Weekly Review, the Saudi Compliance Dashboard, …): follow() once, reset() on a source or
// tenant change, reuse() at each refresh (null: compute with the stored status and start()).
class LiveComplianceJob : public QObject
{
    Q_OBJECT
public:
    explicit LiveComplianceJob(QObject *parent = nullptr);
    ~LiveComplianceJob() override; // cancels and waits for the worker

    // asOf invalid: now (fixed when called).
    void start(const Session &session, const QDateTime &asOf);
    void cancel();
    bool isRunning() const { return m_running; }

    // Whether live can stand for a refresh as of asOf: a fixed as-of needs the result of that
    // very time and tenant; "now" (invalid) takes a result of the same tenant under
    // reuseWindowSec() old. A run that failed as a whole is never reused (the next refresh
    // tries again).
    static bool reusable(const ComplianceLive &live, const Session &session, const QDateTime &asOf);
    static int reuseWindowSec();
    static void setReuseWindowSec(int seconds); // tests: 0 makes every "now" result too old

    // --- The shared glue ---
    // arrived(live) is called on the GUI thread for each delivered result of the latest
    // start(): the checks' result, or a run that could not start (ComplianceLive::failedRun,
    // naming the cause), and only while it is for the tenant of session(). latest() holds it
    // already. The surface recomputes with it at live.asOf, whatever its age, and never starts
    // another run from there (a run slower than the reuse window would otherwise loop).
    void follow(QObject *context, std::function<const Session *()> session,
                std::function<void(const ComplianceLive &)> arrived);
    // The last delivered result (or adopted one); empty after reset().
    const ComplianceLive &latest() const { return m_latest; }
    // A source or tenant change: the run in flight is discarded and the held result forgotten.
    void reset();
    // A result computed elsewhere (a "Run checks" on the GUI thread) supersedes the run in
    // flight and is held as the latest.
    void adopt(const ComplianceLive &live);
    // For a refresh as of asOf (invalid: now): the held result when it can stand for it, else
    // null (then compute with the stored status and start() for that time).
    const ComplianceLive *reuse(const Session &session, const QDateTime &asOf) const;

signals:
    void finished(const ComplianceLive &live); // the latest start() only
    void failed(const QString &error);
    // Either outcome of the latest start() (failed: a ComplianceLive::failedRun).
    void delivered(const ComplianceLive &live);

private:
    std::shared_ptr<std::atomic_bool> m_cancel;
    QList<QPointer<QThread>> m_threads;
    quint64 m_generation = 0;
    bool m_running = false;
    ComplianceLive m_latest;
};
