#include "views/evidence/evidencepackssurface.h"

#include "models/core/format.h"
#include "models/core/period.h"
#include "models/evidence/evidencepackmodel.h"
#include "models/evidence/evidencepacks.h"
#include "views/evidence/evidencepackswidget.h"
#include "views/print/printdocument.h"
#include "views/surface/surfaceoutput.h"
#include "views/widgets/navicons.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

QString EvidencePacksSurface::title() const
{
    return QCoreApplication::translate("EvidencePacksSurface", "Evidence Packs");
}

QIcon EvidencePacksSurface::icon() const
{
    return NavIcons::surface(id());
}

bool EvidencePacksSurface::exportData(const Session &session, const ExportRequest &request,
                                      QByteArray *out, QString *error) const
{
    EvidencePackList l;
    if (!EvidencePackList::compute(session, {}, request.asOf, &l, error))
        return false;
    *out = SurfaceOutput::serialise(l, request.format, session);
    return true;
}

bool EvidencePacksSurface::printSection(const Session &session, const ExportRequest &request,
                                        PrintSection *out, QString *error) const
{
    EvidencePackList l;
    if (!EvidencePackList::compute(session, {}, request.asOf, &l, error))
        return false;
    auto tr = [](const char *text) {
        return QCoreApplication::translate("EvidencePacksSurface", text);
    };
    const QLocale loc;
    PrintSection section;
    section.id = id();
    section.title = title();
    if (l.altered > 0)
        section.blocks << PrintBlock::banner(
            QCoreApplication::translate("EvidencePacksSurface",
                                        "%n pack(s) no longer match their signature.", "",
                                        l.altered),
            UiState::Critical);
    section.blocks << PrintBlock::kpiCards(
        {PrintKpi{tr("Packs"), loc.toString(l.packs.size()), QString(), UiState::Neutral,
                  QString()},
         PrintKpi{tr("Valid"), loc.toString(l.valid), QString(), UiState::Good, QString()},
         PrintKpi{tr("Altered"), loc.toString(l.altered), QString(),
                  l.altered ? UiState::Critical : UiState::Good, QString()},
         PrintKpi{tr("Not signed or unreadable"), loc.toString(l.unsignedCount + l.unreadable),
                  QString(), l.unsignedCount + l.unreadable ? UiState::Warning : UiState::Neutral,
                  QString()}});
    constexpr int Shown = 60;
    PrintTable t;
    t.headers = {tr("Title"), tr("Type"), tr("Status"), tr("Created"), tr("Integrity")};
    t.columnWeights = {2.4, 1.3, 1.3, 1.2, 1};
    for (const EvidencePack &p : std::as_const(l.packs)) {
        if (t.rows.size() == Shown)
            break;
        t.rows << QStringList{
            EvidencePackModel::titleOf(p), EvidencePackModel::typeText(p.packType),
            EvidencePackModel::statusText(p.status),
            Format::date(
                p.createdAt.toTimeZone(Periods::zone(l.provenance.tenant.timeZone)).date()),
            EvidencePackModel::integrityWord(p.integrity)};
    }
    if (l.packs.size() > t.rows.size())
        t.note =
            tr("showing %1 of %2").arg(loc.toString(t.rows.size()), loc.toString(l.packs.size()));
    section.blocks << PrintBlock::tableBlock(t);
    if (!l.missingColumns.isEmpty())
        section.blocks << PrintBlock::paragraph(
            tr("This source's evidence packs table lacks the columns: %1")
                .arg(l.missingColumns.join(QStringLiteral(", "))));
    *out = section;
    return true;
}

SurfaceWidget *EvidencePacksSurface::createWidget(QWidget *parent) const
{
    return new EvidencePacksWidget(parent);
}
