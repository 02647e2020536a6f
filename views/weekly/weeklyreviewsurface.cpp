#include "views/weekly/weeklyreviewsurface.h"

#include "models/core/money.h"
#include "models/weekly/weeklychangemodel.h"
#include "models/weekly/weeklyreview.h"
#include "views/print/modeltable.h"
#include "views/print/printdocument.h"
#include "views/surface/surfaceoutput.h"
#include "views/weekly/weeklyreviewwidget.h"
#include "views/weekly/weeklytext.h"
#include "views/widgets/navicons.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

QString WeeklyReviewSurface::title() const
{
    return QCoreApplication::translate("WeeklyReviewSurface", "Weekly Review");
}

QIcon WeeklyReviewSurface::icon() const
{
    return NavIcons::surface(id());
}

namespace {
// The review over the request's shared all-time snapshot (the Executive Room's, in a pack).
bool compute(const Session &session, const ExportRequest &request, WeeklyReview *review,
             QString *error)
{
    ExecutiveSnapshot current;
    if (!request.executiveSnapshot(session, Period::AllTime, &current, error))
        return false;
    return WeeklyReview::compute(session, request.asOf, review, error,
                                 request.liveCompliance(session).get(), &current);
}
} // namespace

bool WeeklyReviewSurface::exportData(const Session &session, const ExportRequest &request,
                                     QByteArray *out, QString *error) const
{
    WeeklyReview review;
    if (!compute(session, request, &review, error))
        return false;
    if (const QStringList failures = review.failures(); !failures.isEmpty()) {
        if (error)
            *error = failures.join(QLatin1String("; "));
        return false;
    }
    *out = SurfaceOutput::serialise(review, request.format, session);
    return true;
}

bool WeeklyReviewSurface::printSection(const Session &session, const ExportRequest &request,
                                       PrintSection *out, QString *error) const
{
    WeeklyReview r;
    if (!compute(session, request, &r, error))
        return false;
    PrintSection section;
    section.id = id();
    section.title = title();
    section.failures = r.failures();
    // The week, long and unambiguous, with its Sunday in the Umm al-Qura calendar.
    section.blocks << PrintBlock::paragraph(WeeklyText::title(r))
                   << PrintBlock::paragraph(WeeklyText::weekLabel(r))
                   << PrintBlock::banner(WeeklyText::ragBanner(r), UiStates::fromKey(r.overallRag));
    for (const QString &failure : std::as_const(section.failures))
        section.blocks << PrintBlock::banner(couldNotBeComputed(failure), UiState::Warning);
    // Amounts left out of the week's values, in the words every surface uses.
    for (const QString &note : Money::excludedAmountNotes(r.nonNumericValues, r.negativeValues))
        section.blocks << PrintBlock::paragraph(note);
    WeeklyChangeModel model;
    model.setReview(r);
    PrintTable changes = tableFromModel(model);
    changes.columnWeights = {2.2, 1.4, 1.4, 1.8};
    section.blocks << PrintBlock::tableBlock(changes)
                   << PrintBlock::paragraph(WeeklyText::completedLine(r))
                   << PrintBlock::paragraph(WeeklyText::plannedLine(r));
    // A board reads the first fifty; a longer list is cut on purpose and says so.
    constexpr int MaxLines = 50;
    auto list = [&section](const QString &title, const QStringList &lines) {
        PrintTable t;
        t.headers << title;
        for (const QString &line : lines.mid(0, MaxLines))
            t.rows << QStringList{line};
        if (lines.size() > MaxLines)
            t.note = QCoreApplication::translate("WeeklyReviewSurface", "showing %1 of %2")
                         .arg(QLocale().toString(MaxLines), QLocale().toString(lines.size()));
        section.blocks << PrintBlock::tableBlock(t);
    };
    list(WeeklyText::decisionsTitle(), WeeklyText::decisionLines(r));
    list(WeeklyText::risksTitle(), WeeklyText::riskLines(r));
    list(WeeklyText::blockersTitle(), WeeklyText::blockerLines(r));
    *out = section;
    return true;
}

SurfaceWidget *WeeklyReviewSurface::createWidget(QWidget *parent) const
{
    return new WeeklyReviewWidget(parent);
}
