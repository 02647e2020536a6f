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

namespace {
int g_reuseWindowSec = 60;

// The last result any job delivered, with the connection it was computed on: the surfaces that
// show compliance (Executive Room, Weekly Review, Compliance, Risk Heatmap) read one run
// instead of each running the fourteen checks again. A new source is a new connection name.
struct SharedResult {
    QString connection;
    ComplianceLive live;
};
SharedResult &shared()
{
    static SharedResult s;
    return s;
}
} // namespace

int LiveComplianceJob::reuseWindowSec()
{
    return g_reuseWindowSec;
}

void LiveComplianceJob::setReuseWindowSec(int seconds)
{
    g_reuseWindowSec = seconds;
}

bool LiveComplianceJob::reusable(const ComplianceLive &live, const Session &session,
                                 const QDateTime &asOf)
{
    if (!live.ran || live.tenantId != session.tenantId())
        return false;
    if (asOf.isValid())
        return live.matches(session.tenantId(), asOf);
    return live.asOf.secsTo(QDateTime::currentDateTimeUtc()) < g_reuseWindowSec &&
           live.asOf <= QDateTime::currentDateTimeUtc();
}

void LiveComplianceJob::follow(QObject *context, std::function<const Session *()> session,
                               std::function<void(const ComplianceLive &)> arrived)
{
    connect(
        this, &LiveComplianceJob::delivered, context,
        [session = std::move(session), arrived = std::move(arrived)](const ComplianceLive &live) {
            const Session *s = session();
            if (!s || !s->isOpen() || live.tenantId != s->tenantId())
                return;
            arrived(live);
        });
}

void LiveComplianceJob::reset()
{
    cancel();
    m_latest = ComplianceLive();
}

void LiveComplianceJob::adopt(const ComplianceLive &live)
{
    cancel();
    m_latest = live;
}

const ComplianceLive *LiveComplianceJob::reuse(const Session &session, const QDateTime &asOf) const
{
    if (reusable(m_latest, session, asOf))
        return &m_latest;
    const SharedResult &last = shared();
    if (last.connection == session.database().connectionName() &&
        reusable(last.live, session, asOf))
        return &last.live;
    return nullptr;
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
    const QString tenant = session.tenantId();
    const QString connection = spec.connectionName;
    QThread *thread = QThread::create([this, spec, at, tenant, cancelled, generation, connection] {
        Session clone;
        if (!clone.openClone(spec)) {
            const QString error = clone.errorString();
            QMetaObject::invokeMethod(
                this,
                [this, error, tenant, at, generation] {
                    if (generation != m_generation)
                        return;
                    m_running = false;
                    m_latest = ComplianceLive::failedRun(tenant, at, error);
                    const ComplianceLive delivery = m_latest;
                    emit failed(delivery.error);
                    emit delivered(delivery);
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
            [this, live, generation, connection] {
                if (generation != m_generation)
                    return; // cancelled meanwhile: discarded
                m_running = false;
                m_latest = live;
                shared() = {connection, live};
                emit finished(live);
                emit delivered(live);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads.removeAll(QPointer<QThread>());
    m_threads << thread;
    thread->start(QThread::LowPriority);
}
