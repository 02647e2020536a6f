#pragma once

#include "models/core/uistate.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

// What a surface puts on paper, built from the same value type that feeds its screen: a list
// of blocks (headings, paragraphs, KPI cards, tables, a status banner). Text is already in the
// chosen language. The page layout (PageLayout) and the HTML writer render the same blocks.
struct PrintKpi {
    QString caption;
    QString value;
    QString detail;
    UiState state = UiState::Neutral; // painted through StatePalette::forPrint
    QString stateWord;                // the word that goes with the state: never colour alone
};

struct PrintTable {
    QStringList headers;
    QList<QStringList> rows;
    QList<int> numericColumns;   // aligned to the trailing edge
    QList<double> columnWeights; // relative widths; empty: equal
    QString note;                // e.g. "showing 50 of 1,240": a cut is always said
    // Optional cell backgrounds, row by row (an invalid colour or a missing entry: none). A
    // colour never carries meaning alone: the cell's text or a legend says it too.
    QList<QList<QColor>> cellColours;

    // The same table without the columns that are empty in every row (a column printed empty
    // says nothing): headers, weights, numeric columns and cell colours follow. A table
    // without rows keeps its columns.
    PrintTable withoutEmptyColumns() const;
};

// A monthly chart on paper, drawn as vectors (Actual vs Forecast): bars, a line, a band between
// two series, an optional target line and a "today" mark. The chart rule of the screen holds on
// paper: time flows left to right in every language, the value axis sits on the leading side.
struct PrintChart {
    QStringList categories;
    QList<double> bars;
    QList<double> line;
    QList<double> bandLow;
    QList<double> bandHigh;
    QList<double> target; // empty: none; NaN: no target that month
    int todayIndex = -1;  // the category "today" falls in
    QStringList legend;   // bars, line, band, target, today, translated; empty: no key
};

struct PrintBlock {
    enum class Kind { Heading, Paragraph, Kpis, Table, Banner, Chart };
    Kind kind = Kind::Paragraph;
    QString text;                     // heading, paragraph or banner text
    UiState state = UiState::Neutral; // banner: painted through StatePalette::forPrint
    QList<PrintKpi> kpis;
    PrintTable table;
    PrintChart chart;

    static PrintBlock heading(const QString &text);
    static PrintBlock paragraph(const QString &text);
    static PrintBlock banner(const QString &text, UiState state);
    static PrintBlock kpiCards(const QList<PrintKpi> &kpis);
    static PrintBlock tableBlock(const PrintTable &table);
    static PrintBlock chartBlock(const PrintChart &chart);
};

struct PrintSection {
    QString id;    // surface id
    QString title; // section title, in the chosen language
    QList<PrintBlock> blocks;
    // Parts printed as "Not available: cause" because they could not be computed ("what:
    // cause"): the board pack lists them and the command line exits with status 3.
    QStringList failures;
};
