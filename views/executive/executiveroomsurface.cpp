#include "views/executive/executiveroomsurface.h"

#include "models/core/displaytext.h"
#include "models/core/format.h"

#include "models/executive/executivesnapshot.h"
#include "views/executive/executiveroomwidget.h"
#include "views/executive/executivetiles.h"
#include "views/print/printdocument.h"
#include "views/surface/surfaceoutput.h"
#include "views/widgets/navicons.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

QString ExecutiveRoomSurface::title() const
{
    return QCoreApplication::translate("ExecutiveRoomSurface", "Executive Room");
}

QIcon ExecutiveRoomSurface::icon() const
{
    return NavIcons::surface(id());
}

namespace {
bool compute(const Session &session, const ExportRequest &request, ExecutiveSnapshot *snapshot,
             QString *error)
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
    return request.executiveSnapshot(session, period, snapshot, error);
}
} // namespace

bool ExecutiveRoomSurface::exportData(const Session &session, const ExportRequest &request,
                                      QByteArray *out, QString *error) const
{
    ExecutiveSnapshot snapshot;
    if (!compute(session, request, &snapshot, error))
        return false;
    // A section that could not be computed fails the export with its cause (exit 3), rather
    // than leaving a null or a zero for a scheduled job to pass on.
    if (const QStringList failures = snapshot.failures(); !failures.isEmpty()) {
        if (error)
            *error = failures.join(QLatin1String("; "));
        return false;
    }
    *out = SurfaceOutput::serialise(snapshot, request.format, session);
    return true;
}

bool ExecutiveRoomSurface::printSection(const Session &session, const ExportRequest &request,
                                        PrintSection *out, QString *error) const
{
    ExecutiveSnapshot s;
    if (!compute(session, request, &s, error))
        return false;
    PrintSection section;
    section.id = id();
    section.title = title();
    section.failures = s.failures();
    const bool arabic = QLocale().language() == QLocale::Arabic;
    section.blocks << PrintBlock::paragraph(
        QCoreApplication::translate("ExecutiveRoomSurface", "%1 · %2 · as of %3")
            .arg(DisplayText::isolate(arabic && !s.tenant.nameAr.isEmpty() ? s.tenant.nameAr
                                                                           : s.tenant.name),
                 ExecutiveTiles::periodLabel(s.period),
                 Format::dateTime(s.asOf, Periods::zone(s.tenant.timeZone))));
    const QHash<QString, ExecutiveTiles::Tile> tiles = ExecutiveTiles::build(s);
    for (const ExecutiveTiles::Group &g : ExecutiveTiles::groups()) {
        section.blocks << PrintBlock::heading(ExecutiveTiles::groupTitle(g.id));
        const ExecutiveSnapshot::Section &sec = ExecutiveTiles::section(s, g.id);
        if (!sec.available) {
            section.blocks << PrintBlock::paragraph(sec.unavailableReason);
            continue;
        }
        QList<PrintKpi> kpis;
        for (const QString &key : g.tileKeys) {
            const ExecutiveTiles::Tile t = tiles.value(key);
            // The change against the previous period and the target first, then the detail.
            const QString detail = t.context.isEmpty()  ? t.detail
                                   : t.detail.isEmpty() ? t.context
                                                        : t.context + QLatin1Char('\n') + t.detail;
            kpis << PrintKpi{ExecutiveTiles::caption(key), t.value, detail, t.state,
                             KpiTile::wordFor(t.state)};
        }
        section.blocks << PrintBlock::kpiCards(kpis);
    }
    // Over the Dealix API: the server's own risks, decisions and forecast health.
    for (const QString &line : ExecutiveTiles::serverLines(s, arabic))
        section.blocks << PrintBlock::paragraph(line);
    *out = section;
    return true;
}

SurfaceWidget *ExecutiveRoomSurface::createWidget(QWidget *parent) const
{
    return new ExecutiveRoomWidget(parent);
}
