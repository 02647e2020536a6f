#include "views/surface/refreshworker.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QObject>
#include <QSqlDriver>
#include <QThread>

#include <sqlite3.h>

#include <condition_variable>
#include <mutex>
#include <optional>

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

// The SQLite handle of a connection, to interrupt its running statement from another thread
// (sqlite3_interrupt is safe to call from any thread while the connection is open).
sqlite3 *sqliteHandle(const Session &session)
{
    const QSqlDatabase db = session.database();
    if (!db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
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
    sqlite3 *sqlite = nullptr;   // of the open clone; guarded by mutex
    QObject *receiver = nullptr; // cleared (under mutex) before the receiver is destroyed

    void interruptLocked()
    {
        if (running && sqlite)
            sqlite3_interrupt(sqlite);
    }

    void run()
    {
        Session clone;
        QString key;
        QString openError;
        auto closeClone = [&] {
            {
                std::lock_guard lock(mutex);
                sqlite = nullptr;
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
                    std::lock_guard lock(mutex);
                    sqlite = sqliteHandle(clone);
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

RefreshWorker::RefreshWorker(QObject *receiver)
    : m_state(std::make_shared<State>())
{
    m_state->receiver = receiver;
    std::shared_ptr<State> state = m_state;
    m_thread = QThread::create([state] { state->run(); });
    m_thread->start(QThread::LowPriority);
}

RefreshWorker::~RefreshWorker()
{
    {
        std::lock_guard lock(m_state->mutex);
        m_state->stop = true;
        m_state->receiver = nullptr;
        m_state->pending.reset();
        m_state->interruptLocked();
    }
    m_state->wake.notify_all();
    // An interrupted SQLite statement returns at once; a PostgreSQL query runs to its end.
    if (m_thread->wait(3000)) {
        delete m_thread;
    } else {
        // Still busy: it finishes on its own (it shares the state, never calls back) and the
        // thread object is deleted once it has.
        QObject::connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    }
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
