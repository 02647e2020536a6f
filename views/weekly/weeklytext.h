#pragma once

#include "models/core/uistate.h"
#include "models/weekly/weeklyreview.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The Weekly Review's words — week label, RAG banner, decision lines, empty-list texts — decided
// once for the screen and for paper.
class WeeklyText
{
    Q_DECLARE_TR_FUNCTIONS(WeeklyText)
public:
    static QString weekLabel(const WeeklyReview &r);
    // The review's title with its week, long and unambiguous, and the week's Sunday in the
    // Umm al-Qura calendar: "Weekly Review · week of 22 Nov 2026 (2 Jumada II 1448 AH)".
    static QString title(const WeeklyReview &r);
    // Red / Amber / Green for a known state; "Not available" for any other (never Green).
    static QString ragWord(UiState rag);
    static QString ragIcon(UiState rag);
    // "✖ Overall: Red — reason · reason"
    static QString ragBanner(const WeeklyReview &r);
    static QStringList decisionLines(const WeeklyReview &r); // never empty
    static QStringList riskLines(const WeeklyReview &r);     // never empty
    static QStringList blockerLines(const WeeklyReview &r);  // never empty
    static QString completedLine(const WeeklyReview &r);
    static QString plannedLine(const WeeklyReview &r);
    static QString decisionsTitle();
    static QString risksTitle();
    static QString blockersTitle();
};
