#pragma once

#include "views/surface/refreshworker.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSemaphore>

#include <atomic>
#include <memory>

// Holds the surfaces' worker threads at a point of the test's choosing (RefreshWorker's test
// hook): a refresh then stays "running" for as long as the test needs, deterministically, with
// no sleep. While it lives, every task a worker picks up is counted (entered) and, when held,
// waits for a permit before it computes; each finished task is counted (done).
namespace TestSupport {

class WorkerGate
{
public:
    WorkerGate()
        : m_state(std::make_shared<State>())
    {
        std::shared_ptr<State> state = m_state;
        RefreshWorker::setTestHook([state](RefreshWorker::HookPoint point) {
            if (point == RefreshWorker::HookPoint::BeforeCompute) {
                state->entered.release();
                if (state->holding)
                    state->permits.acquire();
            } else {
                state->done.release();
            }
        });
    }
    ~WorkerGate()
    {
        RefreshWorker::setTestHook({});
        open();
    }
    WorkerGate(const WorkerGate &) = delete;
    WorkerGate &operator=(const WorkerGate &) = delete;

    // Tasks wait for a permit from now on.
    void hold() { m_state->holding = true; }
    // Lets n waiting (or future) tasks through.
    void allow(int n = 1) { m_state->permits.release(n); }
    // Lets everything through from now on.
    void open()
    {
        m_state->holding = false;
        m_state->permits.release(1000);
    }
    // Waits (running the GUI event loop, so that deliveries that post new tasks happen) until n
    // more tasks have reached the gate / finished.
    bool waitEntered(int n = 1, int timeoutMs = 30000)
    {
        return waitOn(m_state->entered, n, timeoutMs);
    }
    bool waitDone(int n = 1, int timeoutMs = 30000) { return waitOn(m_state->done, n, timeoutMs); }

private:
    struct State {
        std::atomic_bool holding = false;
        QSemaphore permits;
        QSemaphore entered;
        QSemaphore done;
    };
    static bool waitOn(QSemaphore &s, int n, int timeoutMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!s.tryAcquire(n, 10)) {
            QCoreApplication::processEvents();
            if (deadline.hasExpired())
                return false;
        }
        return true;
    }
    std::shared_ptr<State> m_state;
};

} // namespace TestSupport
