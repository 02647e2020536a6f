#include "views/print/printdocument.h"

PrintBlock PrintBlock::heading(const QString &text)
{
    PrintBlock b;
    b.kind = Kind::Heading;
    b.text = text;
    return b;
}

PrintBlock PrintBlock::paragraph(const QString &text)
{
    PrintBlock b;
    b.kind = Kind::Paragraph;
    b.text = text;
    return b;
}

PrintBlock PrintBlock::banner(const QString &text, const QString &state)
{
    PrintBlock b;
    b.kind = Kind::Banner;
    b.text = text;
    b.state = state;
    return b;
}

PrintBlock PrintBlock::kpiCards(const QList<PrintKpi> &kpis)
{
    PrintBlock b;
    b.kind = Kind::Kpis;
    b.kpis = kpis;
    return b;
}

PrintBlock PrintBlock::tableBlock(const PrintTable &table)
{
    PrintBlock b;
    b.kind = Kind::Table;
    b.table = table;
    return b;
}

PrintBlock PrintBlock::chartBlock(const PrintChart &chart)
{
    PrintBlock b;
    b.kind = Kind::Chart;
    b.chart = chart;
    return b;
}
