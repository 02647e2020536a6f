#include "views/executive/executiveroomsurface.h"

#include "models/executive/executivesnapshot.h"
#include "views/executive/executiveroomwidget.h"
#include "views/surface/surfaceoutput.h"

#include <QApplication>
#include <QStyle>

QString ExecutiveRoomSurface::title() const
{
    return QCoreApplication::translate("ExecutiveRoomSurface", "Executive Room");
}

QIcon ExecutiveRoomSurface::icon() const
{
    return qApp->style()->standardIcon(QStyle::SP_DesktopIcon);
}

bool ExecutiveRoomSurface::exportData(const Session &session, const ExportRequest &request,
                                      QByteArray *out, QString *error) const
{
    bool ok = false;
    const Period period = Periods::fromId(request.period, &ok);
    if (!ok) {
        if (error)
            *error =
                QCoreApplication::translate("ExecutiveRoomSurface",
                                            "Unknown period \"%1\" (month, quarter, year or all).")
                    .arg(request.period);
        return false;
    }
    ExecutiveSnapshot snapshot;
    if (!ExecutiveSnapshot::compute(session, period, request.asOf, &snapshot, error))
        return false;
    *out = SurfaceOutput::serialise(snapshot, request.format);
    return true;
}

SurfaceWidget *ExecutiveRoomSurface::createWidget(QWidget *parent) const
{
    return new ExecutiveRoomWidget(parent);
}
