#include "views/weekly/weeklytext.h"

#include "models/core/displaytext.h"
#include "models/core/format.h"
#include "models/core/labels.h"
#include "models/core/uistate.h"

namespace {
// Items that quote data (control ids, titles, reasons naming them): each isolated, so that one
// cannot reorder the next or the sentence around them.
QString joinIsolated(const QStringList &items)
{
    QStringList out;
    for (const QString &i : items)
        out << DisplayText::isolate(i);
    return out.join(Format::separator());
}
} // namespace

QString WeeklyText::weekLabel(const WeeklyReview &r)
{
    // Times in the tenant's zone, dates in the long unambiguous form (models/core/format.h).
    const QString asOf = Format::dateTime(r.asOf, Periods::zone(r.tenant.timeZone));
    if (r.overRest())
        return r.unavailableReason.isEmpty()
                   ? tr("Week %1, as the Dealix server names it · as of %2")
                         .arg(DisplayText::isolate(r.serverWeekOf), asOf)
                   : tr("Weekly pack of the Dealix server · as of %1").arg(asOf);
    const QDate sunday = r.weekOf();
    return tr("Week of %1 to %2 · compared with the week before · as of %3")
        .arg(Format::date(sunday), Format::date(sunday.addDays(6)), asOf);
}

QString WeeklyText::title(const WeeklyReview &r)
{
    const QDate sunday = r.weekOf();
    if (!sunday.isValid())
        return tr("Weekly Review");
    const QString hijri = Format::hijriDate(sunday);
    // Without ICU's Umm al-Qura calendar no Hijri date at all, never a day off.
    return hijri.isEmpty() ? tr("Weekly Review · week of %1").arg(Format::date(sunday))
                           : tr("Weekly Review · week of %1 (%2)").arg(Format::date(sunday), hijri);
}

QString WeeklyText::ragWord(UiState rag)
{
    // The one state vocabulary: only a known state has a colour word; an empty or unknown
    // status is never read as "Green".
    switch (rag) {
    case UiState::Critical:
        return tr("Red");
    case UiState::Warning:
        return tr("Amber");
    case UiState::Good:
        return tr("Green");
    case UiState::Neutral:
    case UiState::Unavailable:
        break;
    }
    return tr("Not available");
}

QString WeeklyText::ragIcon(UiState rag)
{
    // ⚠ for amber: distinct from the ▲ of an upward change.
    switch (rag) {
    case UiState::Critical:
        return QStringLiteral("✖");
    case UiState::Warning:
        return QStringLiteral("⚠");
    case UiState::Good:
        return QStringLiteral("✔");
    case UiState::Neutral:
    case UiState::Unavailable:
        break;
    }
    return QStringLiteral("–");
}

QString WeeklyText::ragBanner(const WeeklyReview &r)
{
    if (!r.unavailableReason.isEmpty())
        return r.unavailableReason;
    const QString reasons =
        r.ragReasons.isEmpty() ? tr("nothing needs attention") : joinIsolated(r.ragReasons);
    // The stored keyword ("red", "AMBER", ...) becomes a state at this one boundary.
    const UiState rag = UiStates::fromKey(r.overallRag);
    return QStringLiteral("%1 %2 — %3")
        .arg(ragIcon(rag), tr("Overall: %1").arg(ragWord(rag)), reasons);
}

QStringList WeeklyText::decisionLines(const WeeklyReview &r)
{
    // Over the Dealix API the pack lists none: said, never "no decisions waiting".
    if (r.overRest())
        return {tr("Not available over the Dealix API: the weekly pack lists no decisions")};
    QStringList lines;
    for (const WeeklyReview::Decision &d : r.decisionsRequired) {
        // The catalogue's words: an approval's priority and its resource type and category, a
        // contradiction's severity; a contradiction's claims are data (isolated).
        const bool approval = d.type == QLatin1String("approval");
        const QString priority =
            Labels::text(approval ? Labels::Kind::Priority : Labels::Kind::Severity, d.priority);
        const QString kind = approval ? tr("Approval") : tr("Contradiction");
        // "High · Approval: Strategic deal (General) · due …": the kind heads its title.
        QString line = Format::joined(
            {priority, tr("%1: %2").arg(kind, approval ? d.titleText()
                                                       : DisplayText::isolate(d.titleText()))});
        if (d.deadline.isValid())
            line +=
                Format::separator() +
                tr("due %1").arg(Format::dateTime(d.deadline, Periods::zone(r.tenant.timeZone)));
        lines << line;
    }
    if (lines.isEmpty())
        lines << tr("No decisions waiting");
    return lines;
}

QStringList WeeklyText::riskLines(const WeeklyReview &r)
{
    if (!r.unavailableReason.isEmpty())
        return {r.unavailableReason};
    return r.riskSummary.isEmpty() ? QStringList{tr("No risks recorded")} : r.riskSummary;
}

QStringList WeeklyText::blockerLines(const WeeklyReview &r)
{
    if (!r.unavailableReason.isEmpty())
        return {r.unavailableReason};
    return r.blockers.isEmpty() ? QStringList{tr("No blockers")} : r.blockers;
}

QString WeeklyText::completedLine(const WeeklyReview &r)
{
    if (!r.unavailableReason.isEmpty())
        return r.unavailableReason;
    return tr("Completed this week: %1")
        .arg(r.completedThisWeek.isEmpty() ? tr("nothing recorded")
                                           : joinIsolated(r.completedThisWeek));
}

QString WeeklyText::plannedLine(const WeeklyReview &r)
{
    if (!r.unavailableReason.isEmpty())
        return QString();
    return tr("Planned next week: %1")
        .arg(r.plannedNextWeek.isEmpty() ? tr("nothing recorded")
                                         : joinIsolated(r.plannedNextWeek));
}

QString WeeklyText::decisionsTitle()
{
    return tr("Decisions required");
}

QString WeeklyText::risksTitle()
{
    return tr("Risk summary");
}

QString WeeklyText::blockersTitle()
{
    return tr("Blockers");
}
