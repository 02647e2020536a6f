#pragma once

#include "models/compliance/compliancelive.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QThread;

// Runs the compliance live checks off the GUI thread, on a database connection of its own
// (Session::openClone: same source, same tenant, app.tenant_id set on PostgreSQL), and hands the
// result back on the GUI thread. start() and cancel() discard whatever run is in flight: a
// cancelled run's result is never delivered (a source or tenant change cancels).
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
    // very time and tenant; "now" (invalid) takes a result of the same tenant under a minute old.
    static bool reusable(const ComplianceLive &live, const Session &session, const QDateTime &asOf);

signals:
    void finished(const ComplianceLive &live); // the latest start() only
    void failed(const QString &error);

private:
    std::shared_ptr<std::atomic_bool> m_cancel;
    QList<QPointer<QThread>> m_threads;
    quint64 m_generation = 0;
    bool m_running = false;
};
