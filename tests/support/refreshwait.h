#pragma once

#include "views/surface/surface.h"

#include <QSignalSpy>

// Surfaces refresh in the background (README "Architecture: threads"): refresh() only starts the
// work and refreshed(ok) follows on the GUI thread. Tests wait for it with these, running the
// event loop meanwhile (never a sleep).
namespace TestSupport {

// Waits for the next refreshed(ok) of w, whatever triggers it (create it before the trigger).
class RefreshWaiter
{
public:
    explicit RefreshWaiter(SurfaceWidget &w)
        : m_spy(&w, &SurfaceWidget::refreshed)
    {}
    // ok of the first refreshed() since construction; false on timeout too (see timedOut()).
    bool wait(int timeoutMs = 30000)
    {
        if (m_spy.isEmpty() && !m_spy.wait(timeoutMs)) {
            m_timedOut = true;
            return false;
        }
        return m_spy.first().value(0).toBool();
    }
    // ok of the n-th refreshed() since construction (n from 1), waiting for it.
    bool waitFor(qsizetype n, int timeoutMs = 30000)
    {
        while (m_spy.count() < n) {
            if (!m_spy.wait(timeoutMs)) {
                m_timedOut = true;
                return false;
            }
        }
        return m_spy.at(n - 1).value(0).toBool();
    }
    bool timedOut() const { return m_timedOut; }
    qsizetype count() const { return m_spy.count(); }

private:
    QSignalSpy m_spy;
    bool m_timedOut = false;
};

// refresh() and wait for its outcome: what a synchronous refresh() used to return.
inline bool refreshAndWait(SurfaceWidget &w, int timeoutMs = 30000)
{
    RefreshWaiter waiter(w);
    if (!w.refresh())
        return false; // refreshed(false) was emitted already
    return waiter.wait(timeoutMs);
}

} // namespace TestSupport
