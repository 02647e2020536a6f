#pragma once

#include "models/core/result.h"
#include "models/source/session.h"

#include <QString>

#include <functional>
#include <memory>

class QObject;
class RefreshWorker;

// One line of background work of a widget (README "Architecture: threads"): a long-lived worker
// thread with its own connection (RefreshWorker), and the bookkeeping that makes "latest wins"
// and "never another tenant's figures" hold on the GUI thread.
//
// run() takes the session's CloneSpec on the GUI thread, computes on the worker (compute must
// capture values only: it runs on another thread, with the worker's own Session), and calls
// deliver on the GUI thread with the value or the error, only when all of these hold:
//   - it is the latest run() of this lane (no cancel() or later run() since);
//   - the receiver still exists;
//   - current() (the widget's session now) is open on the same source connection and tenant as
//     when run() was called.
// Anything else is dropped silently: a superseded or cancelled result is never delivered.
class BackgroundLane
{
public:
    // dropped (optional): called on the GUI thread when the latest run's result is dropped
    // because the session's source or tenant changed meanwhile.
    BackgroundLane(QObject *receiver, std::function<const Session *()> current,
                   std::function<void()> dropped = {});
    ~BackgroundLane(); // cancels; the worker thread stops (see RefreshWorker)
    BackgroundLane(const BackgroundLane &) = delete;
    BackgroundLane &operator=(const BackgroundLane &) = delete;

    template <typename T>
    void run(const Session &session, std::function<Result<T>(const Session &)> compute,
             std::function<void(const Result<T> &)> deliver)
    {
        start(session, [compute = std::move(compute), deliver = std::move(deliver)](
                           const Session *clone, const QString &openError) {
            auto result = std::make_shared<Result<T>>(clone ? compute(*clone)
                                                            : Result<T>(Failure{openError}));
            return std::function<void()>([deliver, result] { deliver(*result); });
        });
    }
    // A run is under way (started, not yet delivered nor cancelled).
    bool isRunning() const { return m_running; }
    // The run under way is for this session's source connection and tenant.
    bool runningFor(const Session *session) const;
    // The run under way, if any, is never delivered.
    void cancel();
    // Cancels and closes the worker's connection (the widget has no source any more).
    void release();

private:
    using Work = std::function<std::function<void()>(const Session *, const QString &)>;
    void start(const Session &session, Work work);
    bool accept(quint64 id);

    QObject *m_receiver;
    std::function<const Session *()> m_current;
    std::function<void()> m_dropped;
    std::unique_ptr<RefreshWorker> m_worker; // made at the first run()
    quint64 m_request = 0;
    bool m_running = false;
    QString m_connection; // of the run under way
    QString m_tenant;
};
