#include "views/weekly/weeklyreviewsurface.h"

#include "models/weekly/weeklyreview.h"
#include "views/surface/surfaceoutput.h"
#include "views/weekly/weeklyreviewwidget.h"

#include <QApplication>
#include <QStyle>

QString WeeklyReviewSurface::title() const
{
    return QCoreApplication::translate("WeeklyReviewSurface", "Weekly Review");
}

QIcon WeeklyReviewSurface::icon() const
{
    return qApp->style()->standardIcon(QStyle::SP_FileDialogDetailedView);
}

bool WeeklyReviewSurface::exportData(const Session &session, const ExportRequest &request,
                                     QByteArray *out, QString *error) const
{
    WeeklyReview review;
    if (!WeeklyReview::compute(session, request.asOf, &review, error))
        return false;
    *out = SurfaceOutput::serialise(review, request.format);
    return true;
}

SurfaceWidget *WeeklyReviewSurface::createWidget(QWidget *parent) const
{
    return new WeeklyReviewWidget(parent);
}
