#pragma once

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
    QString state;     // "good", "warning", "critical", "" (neutral)
    QString stateWord; // the word that goes with the state: never colour alone
};

struct PrintTable {
    QStringList headers;
    QList<QStringList> rows;
    QList<int> numericColumns;   // aligned to the trailing edge
    QList<double> columnWeights; // relative widths; empty: equal
    QString note;                // e.g. "showing 50 of 1,240": a cut is always said
};

struct PrintBlock {
    enum class Kind { Heading, Paragraph, Kpis, Table, Banner };
    Kind kind = Kind::Paragraph;
    QString text;  // heading, paragraph or banner text
    QString state; // banner: "critical", "warning", "good"
    QList<PrintKpi> kpis;
    PrintTable table;

    static PrintBlock heading(const QString &text);
    static PrintBlock paragraph(const QString &text);
    static PrintBlock banner(const QString &text, const QString &state);
    static PrintBlock kpiCards(const QList<PrintKpi> &kpis);
    static PrintBlock tableBlock(const PrintTable &table);
};

struct PrintSection {
    QString id;    // surface id
    QString title; // section title, in the chosen language
    QList<PrintBlock> blocks;
};
