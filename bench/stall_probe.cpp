// The responsiveness probe (bench/stall.sh): opens a source, shows the Executive Room, the
// Approval Center and the Saudi Compliance Dashboard (created through the SurfaceRegistry, as
// the main window does), drives refresh cycles, a tenant switch in the middle of a refresh and
// row changes in the approval queue, and records how long the GUI thread's event loop went
// without turning: a 1 ms precise timer notes the gap between its ticks, and every top-level
// event delivery is timed so that the longest gap can be blamed on the event that ran in it
// (receiver class, object, surface and what the probe was doing).
//
// usage: bench_stall_probe SOURCE_URL TENANT [--cycles N] [--other TENANT] [--rows N]
//                          [--settle MS] [--timeout MS]
#include "app/surfaces.h"
#include "models/source/session.h"
#include "views/approvals/approvalcenterwidget.h"
#include "views/surface/surface.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMetaEnum>
#include <QPointer>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <map>
#include <vector>

namespace {

QElapsedTimer g_clock;
QString g_phase = QStringLiteral("start-up");

qint64 nowUs()
{
    return g_clock.nsecsElapsed() / 1000;
}

// The surface a receiver belongs to (the object name "surface-<id>" of a SurfaceWidget on its
// parent chain), or empty.
QString surfaceOf(QObject *o)
{
    for (; o; o = o->parent()) {
        if (qobject_cast<SurfaceWidget *>(o)) {
            QString name = o->objectName();
            return name.startsWith(QLatin1String("surface-")) ? name.mid(8) : name;
        }
    }
    return {};
}

struct Delivery {
    qint64 us = 0;
    QString what;
};

// Times each top-level event delivery (nested deliveries belong to their outer one).
class ProbeApp : public QApplication
{
public:
    using QApplication::QApplication;
    Delivery longestSinceTick; // reset by the ticker at each tick
    qint64 busySinceTick = 0;  // time in top-level deliveries since the last tick
    int eventsSinceTick = 0;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0) {
            ++m_depth;
            const bool r = QApplication::notify(receiver, event);
            --m_depth;
            return r;
        }
        // Described before delivery: the receiver may be gone afterwards.
        const int type = int(event->type());
        const QString cls = QString::fromLatin1(receiver->metaObject()->className());
        const QString name = receiver->objectName();
        const QString surface = surfaceOf(receiver);
        const qint64 start = nowUs();
        ++m_depth;
        const bool r = QApplication::notify(receiver, event);
        --m_depth;
        const qint64 took = nowUs() - start;
        busySinceTick += took;
        ++eventsSinceTick;
        if (took > longestSinceTick.us) {
            const char *typeName = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
            longestSinceTick.us = took;
            longestSinceTick.what =
                QStringLiteral("%1 to %2%3%4")
                    .arg(typeName ? QString::fromLatin1(typeName) : QString::number(type), cls,
                         name.isEmpty() ? QString() : QStringLiteral(" '%1'").arg(name),
                         surface.isEmpty() ? QString()
                                           : QStringLiteral(" (surface %1)").arg(surface));
        }
        return r;
    }

private:
    int m_depth = 0;
};

struct Stall {
    double ms = 0;
    QString phase;
    QString culprit;
};

// The gaps between ticks, per phase (the phase names the surface being driven first).
class Ticker : public QObject
{
public:
    explicit Ticker(ProbeApp *app)
        : m_app(app)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }
    void start()
    {
        m_last = nowUs();
        m_app->longestSinceTick = Delivery();
        m_app->busySinceTick = 0;
        m_app->eventsSinceTick = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    const std::vector<double> &gaps(const QString &widget) { return m_gaps[widget]; }
    std::map<QString, std::vector<double>> m_gaps; // surface id -> gaps in ms
    std::map<QString, Stall> m_worst;              // surface id -> longest gap

private:
    void tick()
    {
        const qint64 now = nowUs();
        const double gap = double(now - m_last) / 1000.0;
        m_last = now;
        // Closing a surface (its destructor) is counted apart from refreshing it.
        const QString widget =
            g_phase.section(QLatin1Char(' '), 0, 0) +
            (g_phase.endsWith(QLatin1String(" close")) ? QStringLiteral(" (close)") : QString());
        m_gaps[widget].push_back(gap);
        Stall &w = m_worst[widget];
        if (gap > w.ms) {
            w.ms = gap;
            w.phase = g_phase;
            w.culprit = (m_app->longestSinceTick.us > 0
                             ? QStringLiteral("%1 ms in %2")
                                   .arg(double(m_app->longestSinceTick.us) / 1000.0, 0, 'f', 1)
                                   .arg(m_app->longestSinceTick.what)
                             : QStringLiteral("no event")) +
                        QStringLiteral("; %1 events in the gap took %2 ms in all")
                            .arg(m_app->eventsSinceTick)
                            .arg(double(m_app->busySinceTick) / 1000.0, 0, 'f', 1);
        }
        m_app->longestSinceTick = Delivery();
        m_app->busySinceTick = 0;
        m_app->eventsSinceTick = 0;
    }

    ProbeApp *m_app;
    QTimer m_timer;
    qint64 m_last = 0;
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

// Runs the event loop for ms milliseconds.
void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Calls start() from the event loop (as a click or the auto-refresh timer would) and turns the
// loop until the widget emits refreshed(); returns the milliseconds, or -1 on time-out.
double cycle(SurfaceWidget *w, const std::function<void()> &start, int timeoutMs, bool *ok)
{
    QEventLoop loop;
    bool done = false;
    *ok = false;
    const auto c = QObject::connect(w, &SurfaceWidget::refreshed, &loop, [&](bool success) {
        done = true;
        *ok = success;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    const qint64 t0 = nowUs();
    QMetaObject::invokeMethod(w, start, Qt::QueuedConnection);
    loop.exec();
    QObject::disconnect(c);
    return done ? double(nowUs() - t0) / 1000.0 : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    ProbeApp app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments().mid(1);
    auto option = [&args](const QString &name, const QString &fallback) {
        const int i = int(args.indexOf(name));
        if (i < 0 || i + 1 >= args.size())
            return fallback;
        const QString v = args.at(i + 1);
        args.remove(i, 2);
        return v;
    };
    const int cycles = option(QStringLiteral("--cycles"), QStringLiteral("5")).toInt();
    QString other = option(QStringLiteral("--other"), QString());
    const int rows = option(QStringLiteral("--rows"), QStringLiteral("10")).toInt();
    const int settleMs = option(QStringLiteral("--settle"), QStringLiteral("1000")).toInt();
    const int timeoutMs = option(QStringLiteral("--timeout"), QStringLiteral("600000")).toInt();
    if (args.size() != 2 || cycles < 1) {
        err << "usage: bench_stall_probe SOURCE_URL TENANT [--cycles N] [--other TENANT] "
               "[--rows N] [--settle MS] [--timeout MS]"
            << Qt::endl;
        return 2;
    }
    g_clock.start();
    registerSurfaces();
    Session session;
    if (!session.open(SourceUrl::parse(args.at(0))) || !session.selectTenant(args.at(1))) {
        err << session.errorString() << Qt::endl;
        return 3;
    }
    const QString tenant = session.tenantId();
    if (other.isEmpty()) {
        const auto tenants = session.tenants();
        if (tenants.ok()) {
            for (const TenantInfo &t : tenants.value()) {
                if (t.id != tenant) {
                    other = t.id;
                    break;
                }
            }
        }
    }

    Ticker ticker(&app);
    ticker.start();
    bool failed = false;
    std::map<QString, std::vector<double>> cycleMs;
    const QStringList ids{QStringLiteral("executive-room"), QStringLiteral("approval-center"),
                          QStringLiteral("compliance")};
    for (const QString &id : ids) {
        const Surface *surface = SurfaceRegistry::instance().find(id);
        if (!surface) {
            err << "no surface " << id << " in this build" << Qt::endl;
            return 2;
        }
        g_phase = id + QStringLiteral(" create+show");
        SurfaceWidget *w = surface->createWidget(nullptr);
        w->resize(1280, 800);
        w->setSession(&session, QDateTime());
        w->show();
        spin(50);
        bool ok = false;
        for (int i = 0; i < cycles; ++i) {
            g_phase = id + QStringLiteral(" refresh #%1").arg(i + 1);
            const double ms = cycle(
                w, [w] { w->refresh(); }, timeoutMs, &ok);
            if (ms < 0 || !ok) {
                err << id << ": refresh #" << i + 1 << (ms < 0 ? " timed out" : " failed: ")
                    << w->errorString() << Qt::endl;
                failed = true;
            }
            cycleMs[id].push_back(ms);
        }
        if (!other.isEmpty()) {
            // A refresh is asked for, and before it is delivered the tenant changes and a
            // refresh of the other tenant follows (the main window's tenant combo); then back.
            for (const QString &to : {other, tenant}) {
                g_phase = id + QStringLiteral(" tenant switch mid-refresh");
                const double ms = cycle(
                    w,
                    [w, &session, to] {
                        w->refresh();
                        QTimer::singleShot(5, w, [w, &session, to] {
                            session.selectTenant(to);
                            w->refresh();
                        });
                    },
                    timeoutMs, &ok);
                // The first refreshed() may be the cancelled run's (a synchronous widget) or
                // the new tenant's; wait for the widget to settle in either case.
                spin(settleMs);
                if (ms < 0) {
                    err << id << ": tenant switch timed out" << Qt::endl;
                    failed = true;
                }
            }
        }
        if (auto *approvals = qobject_cast<ApprovalCenterWidget *>(w)) {
            QAbstractItemModel *m = approvals->view()->model();
            const int n = std::min(rows, m->rowCount());
            for (int r = 0; r < n; ++r) {
                g_phase = id + QStringLiteral(" row change %1").arg(r + 1);
                QMetaObject::invokeMethod(
                    approvals->view(),
                    [approvals, m, r] { approvals->view()->setCurrentIndex(m->index(r, 0)); },
                    Qt::QueuedConnection);
                spin(100);
            }
            if (n == 0)
                err << "approval-center: the queue is empty, no row changes measured" << Qt::endl;
        }
        g_phase = id + QStringLiteral(" settle");
        spin(settleMs);
        // Closed from the event loop (as the window does at exit), so that a destructor that
        // waits for a worker shows up as this surface's stall.
        g_phase = id + QStringLiteral(" close");
        QPointer<SurfaceWidget> closing(w);
        w->deleteLater();
        while (closing)
            spin(20);
    }
    ticker.stop();

    out << "longest event-loop stall per surface (1 ms precise timer; a gap is the time between "
           "two ticks)\n";
    out << "| surface | ticks | p99 gap ms | longest gap ms | refresh cycle ms (median of "
        << cycles << ") | while | longest event in that gap |\n";
    out << "|---|---|---|---|---|---|---|\n";
    double worst = 0;
    std::vector<double> all;
    QStringList lines;
    for (const QString &id : ids)
        lines << id << id + QStringLiteral(" (close)");
    for (const QString &id : std::as_const(lines)) {
        if (ticker.m_gaps.find(id) == ticker.m_gaps.end())
            continue;
        const bool closing = id.endsWith(QLatin1String(" (close)"));
        const std::vector<double> &g = ticker.gaps(id);
        const Stall &s = ticker.m_worst[id];
        if (!closing) {
            all.insert(all.end(), g.begin(), g.end());
            worst = std::max(worst, s.ms);
        }
        std::vector<double> c = cycleMs[id];
        out << "| " << id << " | " << g.size() << " | "
            << QString::number(percentile(g, 0.99), 'f', 1) << " | "
            << QString::number(s.ms, 'f', 1) << " | "
            << (c.empty() ? QStringLiteral("—") : QString::number(percentile(c, 0.5), 'f', 0))
            << " | " << s.phase << " | " << s.culprit << " |\n";
    }
    out << "all but closing: p99 gap " << QString::number(percentile(all, 0.99), 'f', 1)
        << " ms, longest " << QString::number(worst, 'f', 1)
        << " ms (goal: no stall over 50 ms: " << (worst <= 50 ? "met" : "missed") << ")"
        << Qt::endl;
    return failed ? 1 : 0;
}
