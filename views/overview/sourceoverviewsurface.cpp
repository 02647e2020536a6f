#include "views/overview/sourceoverviewsurface.h"

#include "models/core/displaytext.h"

#include "models/overview/sourceoverview.h"
#include "models/overview/sourceoverviewmodel.h"
#include "views/overview/sourceoverviewwidget.h"
#include "views/print/modeltable.h"
#include "views/print/printdocument.h"
#include "views/surface/surfaceoutput.h"
#include "views/widgets/navicons.h"

#include <QApplication>
#include <QJsonDocument>
#include <QStyle>

QString SourceOverviewSurface::title() const
{
    return QCoreApplication::translate("SourceOverviewSurface", "Data source");
}

QIcon SourceOverviewSurface::icon() const
{
    return NavIcons::surface(id());
}

bool SourceOverviewSurface::exportData(const Session &session, const ExportRequest &request,
                                       QByteArray *out, QString *error) const
{
    SourceOverview overview;
    if (!SourceOverview::compute(session, request.asOf, &overview, error))
        return false;
    *out = SurfaceOutput::serialise(overview, request.format, session);
    return true;
}

bool SourceOverviewSurface::printSection(const Session &session, const ExportRequest &request,
                                         PrintSection *out, QString *error) const
{
    SourceOverview overview;
    if (!SourceOverview::compute(session, request.asOf, &overview, error))
        return false;
    PrintSection section;
    section.id = id();
    section.title = title();
    section.blocks << PrintBlock::paragraph(
        QCoreApplication::translate("SourceOverviewSurface", "%1 source %2 · tenant %3")
            .arg(overview.driver, DisplayText::plain(overview.source),
                 overview.tenant.label(QLocale().textDirection() == Qt::RightToLeft)));
    for (const QString &warning : std::as_const(overview.warnings))
        section.blocks << PrintBlock::banner(warning, UiState::Warning);
    SourceOverviewModel model;
    model.setOverview(overview);
    PrintTable table = tableFromModel(model);
    table.columnWeights = {2, 1.5, 1, 3};
    section.blocks << PrintBlock::tableBlock(table);
    *out = section;
    return true;
}

SurfaceWidget *SourceOverviewSurface::createWidget(QWidget *parent) const
{
    return new SourceOverviewWidget(parent);
}
