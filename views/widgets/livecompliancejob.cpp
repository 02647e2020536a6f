#include "views/widgets/livecompliancejob.h"

#include <QThread>

LiveComplianceJob::LiveComplianceJob(QObject *parent)
    : QObject(parent)
{}

LiveComplianceJob::~LiveComplianceJob()
{
    cancel();
    for (const QPointer<QThread> &t : std::as_const(m_threads)) {
        if (t)
            t->wait();
    }
}

bool LiveComplianceJob::reusable(const ComplianceLive &live, const Session &session,
                                 const QDateTime &asOf)
{
    if (!live.ran || live.tenantId != session.tenantId())
        return false;
    if (asOf.isValid())
        return live.matches(session.tenantId(), asOf);
    return live.asOf.secsTo(QDateTime::currentDateTimeUtc()) < 60 &&
           live.asOf <= QDateTime::currentDateTimeUtc();
}

void LiveComplianceJob::cancel()
{
    if (m_cancel)
        *m_cancel = true;
    m_cancel.reset();
    ++m_generation;
    m_running = false;
}

void LiveComplianceJob::start(const Session &session, const QDateTime &asOf)
{
    cancel();
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancelled;
    m_running = true;
    const quint64 generation = m_generation;
    const Session::CloneSpec spec = session.cloneSpec();
    const QDateTime at = (asOf.isValid() ? asOf : QDateTime::currentDateTimeUtc()).toUTC();
    QThread *thread = QThread::create([this, spec, at, cancelled, generation] {
        Session clone;
        if (!clone.openClone(spec)) {
            const QString error = clone.errorString();
            QMetaObject::invokeMethod(
                this,
                [this, error, generation] {
                    if (generation != m_generation)
                        return;
                    m_running = false;
                    emit failed(error);
                },
                Qt::QueuedConnection);
            return;
        }
        const ComplianceLive live =
            ComplianceLive::run(clone, at, [cancelled](int, int) { return !*cancelled; });
        if (*cancelled || !live.ran)
            return;
        QMetaObject::invokeMethod(
            this,
            [this, live, generation] {
                if (generation != m_generation)
                    return; // cancelled meanwhile: discarded
                m_running = false;
                emit finished(live);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads.removeAll(QPointer<QThread>());
    m_threads << thread;
    thread->start(QThread::LowPriority);
}
