#include "views/compliance/compliancesurface.h"

#include "models/compliance/compliancematrix.h"
#include "models/compliance/compliancemodel.h"
#include "views/compliance/compliancewidget.h"
#include "views/print/printdocument.h"
#include "views/surface/surfaceoutput.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

QString ComplianceSurface::title() const
{
    return QCoreApplication::translate("ComplianceSurface", "Saudi Compliance");
}

QIcon ComplianceSurface::icon() const
{
    return qApp->style()->standardIcon(QStyle::SP_MessageBoxWarning);
}

bool ComplianceSurface::exportData(const Session &session, const ExportRequest &request,
                                   QByteArray *out, QString *error) const
{
    ComplianceMatrix m;
    if (!ComplianceMatrix::compute(session, {}, request.asOf, &m, error))
        return false;
    *out = SurfaceOutput::serialise(m, request.format, session);
    return true;
}

bool ComplianceSurface::printSection(const Session &session, const ExportRequest &request,
                                     PrintSection *out, QString *error) const
{
    ComplianceMatrix m;
    if (!ComplianceMatrix::compute(session, {}, request.asOf, &m, error))
        return false;
    auto tr = [](const char *text) {
        return QCoreApplication::translate("ComplianceSurface", text);
    };
    const QLocale l;
    PrintSection section;
    section.id = id();
    section.title = title();
    const QString postureState = m.posture == QLatin1String("at_risk") ? QStringLiteral("critical")
                                 : m.posture == QLatin1String("partial") ? QStringLiteral("warning")
                                                                         : QStringLiteral("good");
    section.blocks << PrintBlock::kpiCards(
        {PrintKpi{tr("Compliance rate"),
                  l.toString(m.rate, 'f', 1) + (QLatin1Char(' ') + l.percent()),
                  tr("%1 of %2 compliant").arg(l.toString(m.compliant), l.toString(m.total)),
                  QString(), QString()},
         PrintKpi{tr("Score"),
                  m.score < 0 ? QStringLiteral("—")
                              : l.toString(m.score, 'f', 1) + (QLatin1Char(' ') + l.percent()),
                  QString(), QString(), QString()},
         PrintKpi{tr("Posture"),
                  m.posture == QLatin1String("at_risk")     ? tr("At risk")
                  : m.posture == QLatin1String("partial")   ? tr("Partial")
                  : m.posture == QLatin1String("compliant") ? tr("Compliant")
                                                            : tr("Unknown"),
                  QString(), postureState, QString()},
         PrintKpi{tr("Non-compliant"), l.toString(m.nonCompliant),
                  tr("%1 partial").arg(l.toString(m.partial)),
                  m.nonCompliant ? QStringLiteral("critical") : QStringLiteral("good"),
                  QString()}});
    PrintTable t;
    t.headers = {tr("Framework"), tr("Control"),      tr("Status"),
                 tr("Risk"),      tr("Last checked"), tr("Why")};
    t.columnWeights = {0.8, 2.2, 1.1, 0.8, 1.1, 2.4};
    for (const ComplianceControl &c : std::as_const(m.controls))
        t.rows << QStringList{
            c.framework.toUpper(),
            c.controlId + QStringLiteral(" ") + ComplianceModel::nameOf(c),
            ComplianceMatrix::statusText(c.status),
            ComplianceMatrix::riskText(c.risk),
            c.lastChecked.isValid()
                ? l.toString(c.lastChecked.toLocalTime().date(), QLocale::ShortFormat)
                : tr("never"),
            c.lastResult.value(QStringLiteral("reason")).toString()};
    section.blocks << PrintBlock::tableBlock(t);
    *out = section;
    return true;
}

SurfaceWidget *ComplianceSurface::createWidget(QWidget *parent) const
{
    return new ComplianceWidget(parent);
}
