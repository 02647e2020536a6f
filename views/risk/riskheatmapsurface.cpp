#include "views/risk/riskheatmapsurface.h"

#include "models/compliance/compliancematrix.h"
#include "models/core/format.h"
#include "models/core/period.h"
#include "models/risk/riskregister.h"
#include "views/print/printdocument.h"
#include "views/risk/heatmapview.h"
#include "views/risk/riskheatmapwidget.h"
#include "views/surface/surfaceoutput.h"
#include "views/widgets/navicons.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

QString RiskHeatmapSurface::title() const
{
    return QCoreApplication::translate("RiskHeatmapSurface", "Risk Heatmap");
}

QIcon RiskHeatmapSurface::icon() const
{
    return NavIcons::surface(id());
}

bool RiskHeatmapSurface::exportData(const Session &session, const ExportRequest &request,
                                    QByteArray *out, QString *error) const
{
    RiskRegister r;
    if (!RiskRegister::compute(session, request.asOf, &r, error,
                               request.liveCompliance(session).get()))
        return false;
    *out = SurfaceOutput::serialise(r, request.format, session);
    return true;
}

bool RiskHeatmapSurface::printSection(const Session &session, const ExportRequest &request,
                                      PrintSection *out, QString *error) const
{
    RiskRegister r;
    if (!RiskRegister::compute(session, request.asOf, &r, error,
                               request.liveCompliance(session).get()))
        return false;
    auto tr = [](const char *text) {
        return QCoreApplication::translate("RiskHeatmapSurface", text);
    };
    PrintSection section;
    section.id = id();
    section.title = title();
    // As in the compliance section: controls whose records the data contradicts, named.
    if (const QString banner = ComplianceMatrix::disagreementText(int(r.disagreeing.size()));
        !banner.isEmpty())
        section.blocks << PrintBlock::banner(
            banner + QStringLiteral(" (%1)").arg(Format::list(r.disagreeing)), UiState::Critical);
    // The grid as a table: impact 5 at the top, likelihood 1–5 from the leading edge.
    PrintTable grid;
    grid.headers << tr("Impact \\ likelihood");
    for (int li = 1; li <= 5; ++li)
        grid.headers << RiskRegister::likelihoodName(li);
    grid.numericColumns = {1, 2, 3, 4, 5};
    for (int im = 5; im >= 1; --im) {
        QStringList row{RiskRegister::impactName(im)};
        QList<QColor> colours{QColor()};
        for (int li = 1; li <= 5; ++li) {
            row << Format::integer(r.cells[li - 1][im - 1]);
            colours << HeatmapView::bandColour(li * im);
        }
        grid.rows << row;
        grid.cellColours << colours;
    }
    section.blocks << PrintBlock::tableBlock(grid);
    section.blocks << PrintBlock::paragraph(
        tr("Score = likelihood × impact. Cells are coloured by band, as the Band column of the "
           "list below."));
    constexpr int Shown = 40;
    PrintTable list;
    list.headers = {tr("Score"), tr("Band"), tr("Risk"), tr("Source"), tr("Why")};
    list.columnWeights = {0.6, 1, 2.4, 1.2, 2};
    for (const RiskItem &i : std::as_const(r.risks)) {
        if (list.rows.size() == Shown)
            break;
        list.rows << QStringList{Format::integer(i.score()),
                                 RiskRegister::bandText(RiskRegister::band(i.score())), i.title,
                                 RiskRegister::kindText(i.kind),
                                 (i.disagrees ? QStringLiteral("≠ ") : QString()) + i.why};
        list.cellColours << QList<QColor>{QColor(), HeatmapView::bandColour(i.score())};
    }
    if (r.risks.size() > list.rows.size())
        list.note = tr("showing the %1 highest of %2")
                        .arg(Format::integer(list.rows.size()), Format::integer(r.risks.size()));
    section.blocks << PrintBlock::tableBlock(list);
    section.blocks << PrintBlock::paragraph(
        r.live.ran
            ? tr("A control is rated on what the data shows as of %1 where the live check "
                 "can assess it, otherwise on Dealix's records; ≠ marks a control whose "
                 "record the data contradicts.")
                  .arg(Format::dateTime(r.live.asOf, Periods::zone(session.tenant().timeZone)))
            : tr("Controls are rated on Dealix's records: the live checks did not run."));
    *out = section;
    return true;
}

SurfaceWidget *RiskHeatmapSurface::createWidget(QWidget *parent) const
{
    return new RiskHeatmapWidget(parent);
}
