#include "views/surface/backgroundlane.h"

#include "views/surface/refreshworker.h"

BackgroundLane::BackgroundLane(QObject *receiver, std::function<const Session *()> current,
                               std::function<void()> dropped)
    : m_receiver(receiver)
    , m_current(std::move(current))
    , m_dropped(std::move(dropped))
{}

bool BackgroundLane::runningFor(const Session *session) const
{
    return m_running && session && session->isOpen() &&
           session->database().connectionName() == m_connection && session->tenantId() == m_tenant;
}

BackgroundLane::~BackgroundLane()
{
    cancel();
}

void BackgroundLane::start(const Session &session, Work work)
{
    if (!m_worker)
        m_worker = std::make_unique<RefreshWorker>(m_receiver);
    const quint64 id = ++m_request;
    m_running = true;
    const Session::CloneSpec spec = session.cloneSpec();
    m_connection = spec.connectionName;
    m_tenant = spec.tenant.id;
    m_worker->post(
        spec, [this, id, work = std::move(work)](const Session *clone, const QString &openError) {
            // On the worker thread: only the computation. The closure returned runs on the GUI
            // thread (the receiver's), where this lane is read.
            const std::function<void()> deliver = work(clone, openError);
            return std::function<void()>([this, id, deliver] {
                if (accept(id))
                    deliver();
            });
        });
}

bool BackgroundLane::accept(quint64 id)
{
    if (id != m_request || !m_running)
        return false; // superseded or cancelled
    const Session *now = m_current ? m_current() : nullptr;
    // The source or the tenant changed under the same session pointer (a tenant chosen in the
    // toolbar): figures of the old one are never shown.
    const bool same = runningFor(now);
    m_running = false;
    if (!same && m_dropped)
        m_dropped();
    return same;
}

void BackgroundLane::cancel()
{
    ++m_request;
    m_running = false;
    if (m_worker)
        m_worker->cancel();
}

void BackgroundLane::release()
{
    ++m_request;
    m_running = false;
    if (m_worker)
        m_worker->release();
}
