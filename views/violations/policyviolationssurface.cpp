#include "views/violations/policyviolationssurface.h"

#include "models/core/displaytext.h"
#include "models/core/format.h"
#include "models/violations/policyviolations.h"
#include "views/print/printdocument.h"
#include "views/surface/surfaceoutput.h"
#include "views/violations/policyviolationswidget.h"
#include "views/widgets/navicons.h"

#include <QApplication>
#include <QStyle>

#include <algorithm>

QString PolicyViolationsSurface::title() const
{
    return QCoreApplication::translate("PolicyViolationsSurface", "Policy Violations");
}

QIcon PolicyViolationsSurface::icon() const
{
    return NavIcons::surface(id());
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
    PrintSection section;
    section.id = id();
    section.title = title();
    section.blocks << PrintBlock::kpiCards(
        {PrintKpi{tr("Contradictions"), Format::integer(v.total), QString(), UiState::Neutral,
                  QString()},
         PrintKpi{tr("Active"), Format::integer(v.active), QString(),
                  v.active ? UiState::Warning : UiState::Good, QString()},
         PrintKpi{tr("Critical and active"), Format::integer(v.criticalActive), QString(),
                  v.criticalActive ? UiState::Critical : UiState::Good, QString()}});
    PrintTable t;
    t.headers = {tr("Severity"), tr("Status"), tr("Claim A"), tr("Claim B"), tr("Sources")};
    t.columnWeights = {0.9, 0.9, 2, 2, 1.4};
    // The active ones on paper, most severe first (newest first within a severity); the rest
    // are counted above. A long list is cut, and the cut is said.
    QList<Violation> active;
    for (const PolicyViolations::Column &c : std::as_const(v.columns))
        if (c.status == QLatin1String("detected") || c.status == QLatin1String("reviewing"))
            active << c.items;
    static const QStringList order = {QStringLiteral("critical"), QStringLiteral("high"),
                                      QStringLiteral("medium"), QStringLiteral("low")};
    auto rank = [](const Violation &x) {
        const qsizetype i = order.indexOf(x.severity);
        return i < 0 ? order.size() : i;
    };
    std::sort(active.begin(), active.end(), [&](const Violation &a, const Violation &b) {
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        if (a.createdAt != b.createdAt)
            return a.createdAt > b.createdAt; // newest first (an unknown time last)
        return a.id < b.id;
    });
    constexpr qsizetype Shown = 50;
    for (const Violation &x : std::as_const(active)) {
        if (t.rows.size() == Shown)
            break;
        t.rows << QStringList{PolicyViolations::severityText(x.severity),
                              PolicyViolations::statusText(x.status), x.claimA, x.claimB,
                              DisplayText::isolate(x.sourceA) + QStringLiteral(" ↔ ") +
                                  DisplayText::isolate(x.sourceB)};
    }
    if (active.size() > t.rows.size())
        t.note = tr("showing the %1 most severe of %2 active")
                     .arg(Format::integer(t.rows.size()), Format::integer(active.size()));
    section.blocks << PrintBlock::tableBlock(t);
    *out = section;
    return true;
}

SurfaceWidget *PolicyViolationsSurface::createWidget(QWidget *parent) const
{
    return new PolicyViolationsWidget(parent);
}
