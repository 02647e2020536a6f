#include "views/partners/partnerpipelinesurface.h"

#include "models/core/format.h"
#include "models/core/money.h"
#include "models/partners/partnerpipeline.h"
#include "views/partners/partnerpipelinewidget.h"
#include "views/print/printdocument.h"
#include "views/surface/surfaceoutput.h"
#include "views/widgets/navicons.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

QString PartnerPipelineSurface::title() const
{
    return QCoreApplication::translate("PartnerPipelineSurface", "Partner Pipeline");
}

QIcon PartnerPipelineSurface::icon() const
{
    return NavIcons::surface(id());
}

bool PartnerPipelineSurface::exportData(const Session &session, const ExportRequest &request,
                                        QByteArray *out, QString *error) const
{
    PartnerPipeline p;
    if (!PartnerPipeline::compute(session, {}, request.asOf, &p, error))
        return false;
    *out = SurfaceOutput::serialise(p, request.format, session);
    return true;
}

bool PartnerPipelineSurface::printSection(const Session &session, const ExportRequest &request,
                                          PrintSection *out, QString *error) const
{
    PartnerPipeline p;
    if (!PartnerPipeline::compute(session, {}, request.asOf, &p, error))
        return false;
    auto tr = [](const char *text) {
        return QCoreApplication::translate("PartnerPipelineSurface", text);
    };
    const bool arabic = QLocale().language() == QLocale::Arabic;
    PrintSection section;
    section.id = id();
    section.title = title();
    PrintTable summary;
    summary.headers = {tr("Status"), tr("Deals"), tr("Estimated value")};
    summary.numericColumns = {1, 2};
    for (const PartnerPipeline::Column &c : std::as_const(p.columns)) {
        if (c.status == QLatin1String("other") && c.deals.isEmpty())
            continue;
        summary.rows << QStringList{PartnerPipeline::statusText(c.status),
                                    Format::integer(c.deals.size()),
                                    Money::display(c.totalHalalas)};
    }
    section.blocks << PrintBlock::tableBlock(summary);
    if (const QStringList notes = p.excludedAmountNotes(); !notes.isEmpty())
        section.blocks << PrintBlock::paragraph(notes.join(QLatin1Char(' ')));
    constexpr int Shown = 60;
    PrintTable deals;
    deals.headers = {tr("Deal"), tr("Counterpart"), tr("Type"), tr("Status"), tr("Value")};
    deals.columnWeights = {2.4, 1.6, 1.1, 1.1, 1.2};
    deals.numericColumns = {4};
    for (const PartnerPipeline::Column &c : std::as_const(p.columns)) {
        if (c.status.startsWith(QLatin1String("closed")))
            continue; // the open pipeline on paper; closed deals are counted above
        for (const PartnerDeal &d : c.deals) {
            if (deals.rows.size() == Shown)
                break;
            deals.rows << QStringList{
                arabic && !d.titleAr.isEmpty() ? d.titleAr : d.title, d.counterpart,
                PartnerPipeline::dealTypeText(d.dealType), PartnerPipeline::statusText(c.status),
                d.valueHalalas ? Money::display(*d.valueHalalas) : QStringLiteral("—")};
        }
    }
    int open = 0;
    for (const PartnerPipeline::Column &c : std::as_const(p.columns))
        open += c.status.startsWith(QLatin1String("closed")) ? 0 : int(c.deals.size());
    if (open > deals.rows.size())
        deals.note = tr("showing %1 of %2 open deals")
                         .arg(Format::integer(deals.rows.size()), Format::integer(open));
    section.blocks << PrintBlock::tableBlock(deals);
    *out = section;
    return true;
}

SurfaceWidget *PartnerPipelineSurface::createWidget(QWidget *parent) const
{
    return new PartnerPipelineWidget(parent);
}
