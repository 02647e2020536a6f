#include "views/surface/refreshworker.h"

#include "views/surface/statementstopper.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QObject>
#include <QThread>

#include <QDeadlineTimer>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace {

std::mutex g_hookMutex;
std::function<void(RefreshWorker::HookPoint)> g_hook;

void runTestHook(RefreshWorker::HookPoint point)
{
    std::function<void(RefreshWorker::HookPoint)> hook;
    {
        std::lock_guard lock(g_hookMutex);
        hook = g_hook;
    }
    if (hook)
        hook(point);
}

// What makes two connections interchangeable for a task: the same source connection (a new
// source is a new connection name) and the same tenant.
QString keyOf(const Session::CloneSpec &spec)
{
    return spec.connectionName + QLatin1Char('\n') + spec.tenant.id;
}

} // namespace

struct RefreshWorker::State {
    struct Task {
        Session::CloneSpec spec;
        Compute compute; // empty: close the connection
    };
    std::mutex mutex;
    std::condition_variable wake;
    bool stop = false;
    std::optional<Task> pending;
    bool running = false;
    // Of the open clone: made and destroyed on the worker, used from the GUI thread; guarded by
    // mutex.
    std::unique_ptr<StatementStopper> stopper;
    QObject *receiver = nullptr; // cleared (under mutex) before the receiver is destroyed

    // Stops the statement the running task is in: SQLite returns SQLITE_INTERRUPT at once; the
    // PostgreSQL server is asked to cancel it ("canceling statement due to user request"). Either
    // way the task fails and its result is dropped as superseded.
    void interruptLocked()
    {
        if (!running)
            return;
        if (stopper)
            stopper->stop();
    }

    void run()
    {
        Session clone;
        QString key;
        QString openError;
        auto closeClone = [&] {
            {
                std::lock_guard lock(mutex);
                stopper.reset();
            }
            clone.close();
            key.clear();
        };
        for (;;) {
            Task task;
            {
                std::unique_lock lock(mutex);
                wake.wait(lock, [this] { return stop || pending.has_value(); });
                if (stop)
                    break;
                task = std::move(*pending);
                pending.reset();
                running = bool(task.compute);
                clone.resetRest(); // a stop of the previous task ends with it
            }
            if (!task.compute) {
                closeClone();
                continue;
            }
            if (key.isEmpty() || key != keyOf(task.spec)) {
                closeClone();
                openError.clear();
                if (clone.openClone(task.spec)) {
                    key = keyOf(task.spec);
                    auto made = std::make_unique<StatementStopper>(clone);
                    std::lock_guard lock(mutex);
                    stopper = std::move(made);
                } else {
                    openError = clone.errorString();
                    if (openError.isEmpty())
                        openError = QCoreApplication::translate(
                            "RefreshWorker", "The background connection could not be opened.");
                    clone.close();
                }
            }
            runTestHook(HookPoint::BeforeCompute);
            std::function<void()> outcome =
                task.compute(openError.isEmpty() ? &clone : nullptr, openError);
            if (!openError.isEmpty())
                key.clear(); // try again at the next task
            {
                std::lock_guard lock(mutex);
                running = false;
                // A task superseded meanwhile still reports: the receiver checks that it is the
                // latest and drops it otherwise. A destroyed receiver gets nothing.
                if (receiver && outcome && !stop)
                    QMetaObject::invokeMethod(receiver, std::move(outcome), Qt::QueuedConnection);
            }
            runTestHook(HookPoint::AfterCompute);
        }
        closeClone();
    }
};

namespace {

// Every worker thread still running, or not yet deleted (README "Architecture: threads"): a
// widget's destructor never waits for its thread; the threads are joined together at exit
// (stopAll), before QCoreApplication and Qt SQL's globals go.
struct Thread {
    std::shared_ptr<RefreshWorker::State> state;
    QThread *thread;
    bool retired; // its RefreshWorker is gone: the thread object is deleted once it has finished
};
std::mutex g_threadsMutex;
std::vector<Thread> g_threads;

// Deletes the retired threads that have finished. Caller holds g_threadsMutex.
void reapLocked()
{
    for (auto it = g_threads.begin(); it != g_threads.end();) {
        if (it->retired && it->thread->isFinished()) {
            it->thread->wait();
            delete it->thread;
            it = g_threads.erase(it);
        } else {
            ++it;
        }
    }
}

void postRoutine()
{
    // Every path out (command line, tests): no worker may outlive the application. The GUI's
    // exit joins them itself first, with a bound (guiapp.cpp); here, what is left is waited for.
    if (!RefreshWorker::stopAll(5000)) {
        qWarning("Waiting for background queries to end before exiting.");
        RefreshWorker::stopAll(-1);
    }
}

} // namespace

RefreshWorker::RefreshWorker(QObject *receiver)
    : m_state(std::make_shared<State>())
{
    m_state->receiver = receiver;
    std::shared_ptr<State> state = m_state;
    m_thread = QThread::create([state] { state->run(); });
    {
        std::lock_guard lock(g_threadsMutex);
        static bool registered = false;
        if (!registered && QCoreApplication::instance()) {
            qAddPostRoutine(postRoutine);
            registered = true;
        }
        reapLocked();
        g_threads.push_back({m_state, m_thread, false});
    }
    m_thread->start(QThread::LowPriority);
}

RefreshWorker::~RefreshWorker()
{
    {
        std::lock_guard lock(m_state->mutex);
        m_state->stop = true;
        m_state->receiver = nullptr; // from now on nothing is delivered
        m_state->pending.reset();
        m_state->interruptLocked();
    }
    m_state->wake.notify_all();
    // No wait here: the GUI thread never freezes on a closing widget. The interrupted statement
    // returns on its own, the thread ends (it shares the state, never calls back) and is deleted
    // at the next worker's start or joined at exit with every other (stopAll).
    std::lock_guard lock(g_threadsMutex);
    for (Thread &t : g_threads) {
        if (t.thread == m_thread)
            t.retired = true;
    }
    reapLocked();
}

bool RefreshWorker::stopAll(int boundMs)
{
    std::lock_guard lock(g_threadsMutex);
    // First every thread is told to stop and its statement interrupted, then all are joined
    // against one deadline: the waits overlap instead of adding up.
    for (Thread &t : g_threads) {
        {
            std::lock_guard stateLock(t.state->mutex);
            t.state->stop = true;
            t.state->receiver = nullptr;
            t.state->pending.reset();
            t.state->interruptLocked();
        }
        t.state->wake.notify_all();
    }
    const QDeadlineTimer deadline =
        boundMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(boundMs);
    bool all = true;
    for (Thread &t : g_threads)
        all = t.thread->wait(deadline) && all;
    reapLocked();
    return all;
}

int RefreshWorker::runningThreads()
{
    std::lock_guard lock(g_threadsMutex);
    int n = 0;
    for (const Thread &t : g_threads)
        n += t.thread->isFinished() ? 0 : 1;
    return n;
}

void RefreshWorker::post(const Session::CloneSpec &spec, Compute compute)
{
    {
        std::lock_guard lock(m_state->mutex);
        m_state->pending = State::Task{spec, std::move(compute)};
        m_state->interruptLocked(); // the task running now is superseded
    }
    m_state->wake.notify_all();
}

void RefreshWorker::cancel()
{
    std::lock_guard lock(m_state->mutex);
    m_state->pending.reset();
    m_state->interruptLocked();
}

void RefreshWorker::release()
{
    {
        std::lock_guard lock(m_state->mutex);
        m_state->pending = State::Task{};
        m_state->interruptLocked();
    }
    m_state->wake.notify_all();
}

void RefreshWorker::setTestHook(std::function<void(HookPoint)> hook)
{
    std::lock_guard lock(g_hookMutex);
    g_hook = std::move(hook);
}
