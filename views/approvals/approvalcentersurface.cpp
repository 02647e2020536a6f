#include "views/approvals/approvalcentersurface.h"

#include "models/approvals/approvalcenter.h"
#include "models/approvals/approvalqueuemodel.h"
#include "models/core/labels.h"
#include "views/approvals/approvalcenterwidget.h"
#include "views/print/printdocument.h"
#include "views/surface/surfaceoutput.h"
#include "views/widgets/navicons.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

QString ApprovalCenterSurface::title() const
{
    return QCoreApplication::translate("ApprovalCenterSurface", "Approval Center");
}

QIcon ApprovalCenterSurface::icon() const
{
    return NavIcons::surface(id());
}

bool ApprovalCenterSurface::exportData(const Session &session, const ExportRequest &request,
                                       QByteArray *out, QString *error) const
{
    ApprovalCenter c;
    if (!ApprovalCenter::compute(session, ApprovalQueue::Filter(), request.asOf, &c, error))
        return false;
    *out = SurfaceOutput::serialise(c, request.format, session);
    return true;
}

bool ApprovalCenterSurface::printSection(const Session &session, const ExportRequest &request,
                                         PrintSection *out, QString *error) const
{
    // A board reads the first fifty of the queue; the note says how many there are.
    constexpr int Shown = 50;
    ApprovalCenter c;
    if (!ApprovalCenter::compute(session, ApprovalQueue::Filter(), request.asOf, &c, error, Shown))
        return false;
    const QLocale l;
    PrintSection section;
    section.id = id();
    section.title = title();
    auto tr = [](const char *text) {
        return QCoreApplication::translate("ApprovalCenterSurface", text);
    };
    section.blocks << PrintBlock::kpiCards(
        {PrintKpi{tr("Pending"), l.toString(c.counters.pending), QString(), UiState::Neutral,
                  QString()},
         PrintKpi{Labels::text(Labels::Kind::SlaState, QStringLiteral("warning")),
                  l.toString(c.counters.warning), QString(),
                  c.counters.warning ? UiState::Warning : UiState::Good, QString()},
         PrintKpi{Labels::text(Labels::Kind::SlaState, QStringLiteral("breach")),
                  l.toString(c.counters.breach), QString(),
                  c.counters.breach ? UiState::Critical : UiState::Good, QString()}});
    PrintTable t;
    t.headers = {tr("Priority"), tr("Category"), tr("Resource"), tr("Requested by"), tr("SLA")};
    t.columnWeights = {1, 1.4, 1.6, 1.6, 1.4};
    for (const ApprovalQueue::Item &it : std::as_const(c.items)) {
        const qint64 left = c.asOf.secsTo(it.deadline);
        // Codes in words on paper too (the export keeps the codes).
        t.rows << QStringList{ApprovalQueueModel::priorityText(it.priority),
                              Labels::text(Labels::Kind::ApprovalCategory, it.category),
                              Labels::text(Labels::Kind::ResourceType, it.resourceType),
                              c.userNames.value(it.requestedById, it.requestedById),
                              left < 0 ? tr("overdue by %1").arg(ApprovalQueueModel::duration(left))
                                       : tr("%1 left").arg(ApprovalQueueModel::duration(left))};
    }
    if (c.counters.pending > c.items.size())
        t.note =
            tr("showing %1 of %2").arg(l.toString(c.items.size()), l.toString(c.counters.pending));
    section.blocks << PrintBlock::tableBlock(t);
    *out = section;
    return true;
}

SurfaceWidget *ApprovalCenterSurface::createWidget(QWidget *parent) const
{
    return new ApprovalCenterWidget(parent);
}
