#include "views/violations/policyviolationssurface.h"

#include "models/violations/policyviolations.h"
#include "views/print/printdocument.h"
#include "views/surface/surfaceoutput.h"
#include "views/violations/policyviolationswidget.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

QString PolicyViolationsSurface::title() const
{
    return QCoreApplication::translate("PolicyViolationsSurface", "Policy Violations");
}

QIcon PolicyViolationsSurface::icon() const
{
    return qApp->style()->standardIcon(QStyle::SP_MessageBoxCritical);
}

bool PolicyViolationsSurface::exportData(const Session &session, const ExportRequest &request,
                                         QByteArray *out, QString *error) const
{
    PolicyViolations v;
    if (!PolicyViolations::compute(session, request.asOf, &v, error))
        return false;
    *out = SurfaceOutput::serialise(v, request.format, session);
    return true;
}

bool PolicyViolationsSurface::printSection(const Session &session, const ExportRequest &request,
                                           PrintSection *out, QString *error) const
{
    PolicyViolations v;
    if (!PolicyViolations::compute(session, request.asOf, &v, error))
        return false;
    auto tr = [](const char *text) {
        return QCoreApplication::translate("PolicyViolationsSurface", text);
    };
    const QLocale l;
    PrintSection section;
    section.id = id();
    section.title = title();
    section.blocks << PrintBlock::kpiCards(
        {PrintKpi{tr("Contradictions"), l.toString(v.total), QString(), QString(), QString()},
         PrintKpi{tr("Active"), l.toString(v.active), QString(),
                  v.active ? QStringLiteral("warning") : QStringLiteral("good"), QString()},
         PrintKpi{tr("Critical and active"), l.toString(v.criticalActive), QString(),
                  v.criticalActive ? QStringLiteral("critical") : QStringLiteral("good"),
                  QString()}});
    PrintTable t;
    t.headers = {tr("Severity"), tr("Status"), tr("Claim A"), tr("Claim B"), tr("Sources")};
    t.columnWeights = {0.9, 0.9, 2, 2, 1.4};
    for (const PolicyViolations::Column &c : std::as_const(v.columns)) {
        if (c.status != QLatin1String("detected") && c.status != QLatin1String("reviewing"))
            continue; // the active ones on paper; the rest are counted above
        for (const Violation &x : c.items)
            t.rows << QStringList{PolicyViolations::severityText(x.severity),
                                  PolicyViolations::statusText(x.status), x.claimA, x.claimB,
                                  x.sourceA + QStringLiteral(" ↔ ") + x.sourceB};
    }
    section.blocks << PrintBlock::tableBlock(t);
    *out = section;
    return true;
}

SurfaceWidget *PolicyViolationsSurface::createWidget(QWidget *parent) const
{
    return new PolicyViolationsWidget(parent);
}
