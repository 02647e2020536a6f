#include "views/overview/sourceoverviewsurface.h"

#include "models/overview/sourceoverview.h"
#include "views/overview/sourceoverviewwidget.h"
#include "views/surface/surfaceoutput.h"

#include <QApplication>
#include <QJsonDocument>
#include <QStyle>

QString SourceOverviewSurface::title() const
{
    return QCoreApplication::translate("SourceOverviewSurface", "Data source");
}

QIcon SourceOverviewSurface::icon() const
{
    return qApp->style()->standardIcon(QStyle::SP_DriveNetIcon);
}

bool SourceOverviewSurface::exportData(const Session &session, const ExportRequest &request,
                                       QByteArray *out, QString *error) const
{
    SourceOverview overview;
    if (!SourceOverview::compute(session, request.asOf, &overview, error))
        return false;
    *out = SurfaceOutput::serialise(overview, request.format);
    return true;
}

SurfaceWidget *SourceOverviewSurface::createWidget(QWidget *parent) const
{
    return new SourceOverviewWidget(parent);
}
