// Records the longest stall of the GUI event loop while the Executive Room, the Approval Center
// and the Saudi Compliance Dashboard refresh (first screen, counters, live checks, and the
// refresh their arrival triggers), each in a shown window, as a user would see them. A 1 ms
// timer ticks on the GUI thread; the longest gap between two ticks is the longest time the
// window could not repaint or take input. usage: refresh_stall SOURCE_URL TENANT [ROUNDS]
#include "app/surfaces.h"
#include "models/source/session.h"
#include "views/surface/surface.h"
#include "views/widgets/livecompliancejob.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <memory>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 3) {
        QTextStream(stderr) << "usage: refresh_stall SOURCE_URL TENANT [ROUNDS]" << Qt::endl;
        return 2;
    }
    const int rounds = argc > 3 ? std::max(1, QString::fromLocal8Bit(argv[3]).toInt()) : 3;
    Session session;
    if (!session.open(SourceUrl::parse(QString::fromLocal8Bit(argv[1]))) ||
        !session.selectTenant(QString::fromLocal8Bit(argv[2]))) {
        QTextStream(stderr) << session.errorString() << Qt::endl;
        return 3;
    }
    registerSurfaces();
    QTextStream out(stdout);
    qint64 worst = 0;
    for (const char *id : {"executive-room", "approval-center", "compliance"}) {
        const Surface *surface = SurfaceRegistry::instance().find(QString::fromLatin1(id));
        std::unique_ptr<SurfaceWidget> w(surface->createWidget(nullptr));
        w->resize(1280, 800);
        w->show();
        w->setSession(&session, QDateTime());
        for (int round = 0; round < rounds; ++round) {
            QElapsedTimer clock;
            clock.start();
            qint64 last = 0;
            qint64 longest = 0;
            QTimer tick;
            tick.setTimerType(Qt::PreciseTimer);
            QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
                const qint64 now = clock.elapsed();
                longest = std::max(longest, now - last);
                last = now;
            });
            tick.start(1);
            bool ok = true;
            QObject::connect(w.get(), &SurfaceWidget::refreshed, w.get(),
                             [&ok](bool good) { ok = ok && good; });
            const qint64 before = clock.elapsed();
            w->refresh();
            longest = std::max(longest, clock.elapsed() - before); // refresh() itself
            last = clock.elapsed();
            auto busy = [&w] {
                if (w->isRefreshing())
                    return true;
                for (const LiveComplianceJob *job : w->findChildren<LiveComplianceJob *>())
                    if (job->isRunning())
                        return true;
                return false;
            };
            while (busy() && clock.elapsed() < 600000)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            QCoreApplication::processEvents();
            tick.stop();
            QObject::disconnect(w.get(), &SurfaceWidget::refreshed, w.get(), nullptr);
            out << id << " round " << round + 1 << ": " << clock.elapsed() << " ms to figures, "
                << "longest GUI stall " << longest << " ms" << (ok ? "" : " (refresh failed)")
                << Qt::endl;
            worst = std::max(worst, longest);
        }
    }
    out << "longest GUI stall overall: " << worst << " ms" << Qt::endl;
    return 0;
}
