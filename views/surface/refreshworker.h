#pragma once

#include "models/source/session.h"

#include <QString>

#include <functional>
#include <memory>

class QObject;
class QThread;

// The background thread of one surface widget (README "Architecture: threads"). It is long-lived:
// one thread per widget, started on the first refresh, with its own database connection
// (Session::openClone, taken from the GUI session's CloneSpec: same source, same tenant, and on
// PostgreSQL the same app.tenant_id). The connection stays open while the source and tenant stay
// the same and is reopened when they change; a Qt SQL connection is made, used and removed on
// this thread only.
//
// Latest wins: post() replaces a task that has not started yet (it is dropped, never run) and
// interrupts the one running (SQLite: sqlite3_interrupt; PostgreSQL: PQcancel; its result is
// discarded by the caller). The destructor does not wait: it interrupts the running statement and
// tells the thread to stop; the thread ends on its own (it holds its state) and never calls back.
// At exit stopAll() joins every thread still running, together.
class RefreshWorker
{
public:
    // Runs on the worker thread. clone: the worker's open connection, or null when it could not
    // be opened (openError says why). Returns what to run on the receiver's (GUI) thread.
    using Compute =
        std::function<std::function<void()>(const Session *clone, const QString &openError)>;

    // receiver: the object whose thread runs the returned closures; they are dropped if it is
    // destroyed first.
    explicit RefreshWorker(QObject *receiver);
    ~RefreshWorker();
    RefreshWorker(const RefreshWorker &) = delete;
    RefreshWorker &operator=(const RefreshWorker &) = delete;

    // Queues compute on a connection for spec (latest wins, see above).
    void post(const Session::CloneSpec &spec, Compute compute);
    // Drops the task not started yet and interrupts the running one.
    void cancel();
    // Cancels, and closes the worker's connection (no source any more).
    void release();

    // Tests only: called on the worker thread before each task computes (BeforeCompute, e.g. to
    // hold the worker until the test releases it) and once its outcome has been handed to the
    // receiver's thread, or dropped (AfterCompute). Empty: none.
    enum class HookPoint { BeforeCompute, AfterCompute };
    static void setTestHook(std::function<void(HookPoint)> hook);

    // Tells every worker thread to stop, interrupts their statements, then waits for all of them
    // together until boundMs has passed (-1: no bound). True when none is left running. Called at
    // exit (guiapp.cpp, then from ~QCoreApplication for every other path), so that no thread
    // outlives QCoreApplication and Qt SQL's global connection list. No task is delivered after.
    static bool stopAll(int boundMs);
    // Worker threads not finished yet (tests).
    static int runningThreads();

    struct State; // implementation (refreshworker.cpp)

private:
    std::shared_ptr<State> m_state;
    QThread *m_thread = nullptr;
};
