// Scrolls the Approval Center's queue model to the end (fetchMore until done), as a user
// dragging the scroll bar to the bottom would; bench/approval-center.sh reads its peak memory.
#include "models/approvals/approvalqueuemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        QTextStream(stderr) << "usage: queue_scroll SOURCE_URL TENANT" << Qt::endl;
        return 2;
    }
    Session session;
    if (!session.open(SourceUrl::parse(QString::fromLocal8Bit(argv[1]))) ||
        !session.selectTenant(QString::fromLocal8Bit(argv[2]))) {
        QTextStream(stderr) << session.errorString() << Qt::endl;
        return 3;
    }
    QElapsedTimer timer;
    timer.start();
    ApprovalQueueModel model;
    if (!model.reload(&session, ApprovalQueue::Filter(), QDateTime::currentDateTimeUtc())) {
        QTextStream(stderr) << model.errorString() << Qt::endl;
        return 1;
    }
    const qint64 first = timer.elapsed();
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QTextStream(stdout) << "rows " << model.rowCount() << " of " << model.totalRows()
                        << ", first page " << first << " ms, all " << timer.elapsed() << " ms"
                        << Qt::endl;
    return model.rowCount() == model.totalRows() ? 0 : 1;
}
