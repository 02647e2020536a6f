#include "views/compliance/compliancesurface.h"

#include "models/compliance/compliancematrix.h"
#include "models/compliance/compliancemodel.h"
#include "models/compliance/complianceposture.h"
#include "models/core/format.h"
#include "models/core/labels.h"
#include "models/core/period.h"
#include "views/compliance/compliancewidget.h"
#include "views/print/printdocument.h"
#include "views/surface/surfaceoutput.h"
#include "views/widgets/kpitile.h"
#include "views/widgets/navicons.h"
#include "views/widgets/statepalette.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

QString ComplianceSurface::title() const
{
    return QCoreApplication::translate("ComplianceSurface", "Saudi Compliance");
}

QIcon ComplianceSurface::icon() const
{
    return NavIcons::surface(id());
}

bool ComplianceSurface::exportData(const Session &session, const ExportRequest &request,
                                   QByteArray *out, QString *error) const
{
    ComplianceMatrix m;
    if (!ComplianceMatrix::compute(session, {}, request.asOf, &m, error,
                                   request.liveCompliance(session).get()))
        return false;
    // A live check that failed fails the export with its cause (exit 3): a file never says
    // "records and data agree" for a control nobody could check.
    if (const QString failure = m.live.failureText(); !failure.isEmpty()) {
        if (error)
            *error =
                QCoreApplication::translate("ComplianceSurface", "Not available: %1").arg(failure);
        return false;
    }
    *out = SurfaceOutput::serialise(m, request.format, session);
    return true;
}

bool ComplianceSurface::printSection(const Session &session, const ExportRequest &request,
                                     PrintSection *out, QString *error) const
{
    ComplianceMatrix m;
    if (!ComplianceMatrix::compute(session, {}, request.asOf, &m, error,
                                   request.liveCompliance(session).get()))
        return false;
    auto tr = [](const char *text) {
        return QCoreApplication::translate("ComplianceSurface", text);
    };
    const QLocale l;
    PrintSection section;
    section.id = id();
    section.title = title();
    // The live figures stand only when every check answered; otherwise the section fails with
    // the cause (the board pack names it) and the stored side is printed alone.
    const QString liveFailure = m.live.failureText();
    if (!liveFailure.isEmpty()) {
        section.failures << tr("Not available: %1").arg(liveFailure);
        section.blocks << PrintBlock::banner(tr("Not available: %1").arg(liveFailure),
                                             UiState::Critical);
    }
    auto pct = [](const std::optional<double> &v) {
        return v ? Format::percent(*v, 1) : QStringLiteral("—");
    };
    const QString checkedAt =
        Format::dateTime(m.live.asOf, Periods::zone(m.provenance.tenant.timeZone));
    // Both sides, always: what Dealix records and what the data shows as of the same time.
    if (const QString banner = ComplianceMatrix::disagreementText(int(m.disagreeing.size()));
        !banner.isEmpty())
        section.blocks << PrintBlock::banner(
            banner + QStringLiteral(" (%1)").arg(Format::list(m.disagreeing)), UiState::Critical);
    CompliancePosture stored;
    stored.compliant = m.compliant;
    stored.partial = m.partial;
    stored.nonCompliant = m.nonCompliant;
    stored.notApplicable = m.notApplicable;
    stored.total = m.total;
    auto detail = [&](const CompliancePosture &p) {
        return tr("rate %1 · score %2 · %3 non-compliant · %4 partial")
            .arg(pct(p.rate()), pct(p.score()), l.toString(p.nonCompliant), l.toString(p.partial));
    };
    QList<PrintKpi> kpis{PrintKpi{tr("Dealix records"), ComplianceMatrix::postureText(m.posture),
                                  detail(stored), KpiTile::forPosture(m.posture), QString()}};
    if (m.live.complete()) {
        kpis << PrintKpi{tr("Data shows (as of %1)").arg(checkedAt),
                         ComplianceMatrix::postureText(m.livePosture.posture()),
                         detail(m.livePosture), KpiTile::forPosture(m.livePosture.posture()),
                         QString()}
             << PrintKpi{tr("Records disagree with the data"),
                         l.toString(int(m.disagreeing.size())),
                         tr("of %1 controls").arg(l.toString(m.total)),
                         m.disagreeing.isEmpty() ? UiState::Good : UiState::Critical, QString()};
    }
    section.blocks << PrintBlock::kpiCards(kpis);
    PrintTable t;
    t.headers = {tr("Control"),
                 tr("Dealix records"),
                 m.live.ran ? tr("Data shows (as of %1)").arg(checkedAt) : tr("Data shows"),
                 tr("Risk"),
                 tr("Last checked"),
                 tr("Why")};
    t.columnWeights = {2.4, 1.1, 1.3, 0.8, 1.0, 2.8};
    // Paper: the critical state's tint of the one palette, over a white page.
    const QColor disagreeColour = StatePalette::forPrint(UiState::Critical).fill;
    for (const ComplianceControl &c : std::as_const(m.controls)) {
        const CheckResult *r = m.live.ran ? m.live.result(c.controlId) : nullptr;
        const bool differs = m.live.disagrees(c.controlId, c.status);
        // The marker is a word and a sign, never colour alone.
        const QString liveText =
            !m.live.ran ? tr("not checked")
            : !r        ? tr("no check")
            : differs   ? QStringLiteral("≠ ") + ComplianceMatrix::statusText(r->status)
                        : ComplianceMatrix::statusText(r->status);
        const QString why = differs ? tr("Records disagree with the data: %1").arg(r->reason)
                            : r     ? r->reason
                                    : c.lastResult.value(QStringLiteral("reason")).toString();
        t.rows << QStringList{
            Labels::text(Labels::Kind::ControlCategory, c.framework) + Format::separator() +
                c.controlId + QStringLiteral(" ") + ComplianceModel::nameOf(c),
            ComplianceMatrix::statusText(c.status),
            liveText,
            ComplianceMatrix::riskText(c.risk),
            c.lastChecked.isValid()
                ? Format::date(
                      c.lastChecked.toTimeZone(Periods::zone(m.provenance.tenant.timeZone)).date())
                : tr("never"),
            why};
        t.cellColours << (differs ? QList<QColor>{QColor(), QColor(), disagreeColour}
                                  : QList<QColor>{});
    }
    section.blocks << PrintBlock::tableBlock(t);
    section.blocks << PrintBlock::paragraph(
        tr("Dealix records: the status stored in Dealix (compliance_controls). Data shows: the "
           "live check of this app on the tenant's own tables as of the time given; a control "
           "the check cannot assess keeps its recorded status in the figures. ≠ marks a control "
           "whose record the data contradicts."));
    *out = section;
    return true;
}

SurfaceWidget *ComplianceSurface::createWidget(QWidget *parent) const
{
    return new ComplianceWidget(parent);
}
