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

PrintBlock PrintBlock::banner(const QString &text, UiState state)
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

PrintTable PrintTable::withoutEmptyColumns() const
{
    if (rows.isEmpty())
        return *this;
    QList<int> kept;
    for (qsizetype c = 0; c < headers.size(); ++c) {
        for (const QStringList &row : rows) {
            if (!row.value(c).trimmed().isEmpty()) {
                kept << int(c);
                break;
            }
        }
    }
    if (kept.size() == headers.size())
        return *this;
    PrintTable t;
    t.note = note;
    for (const int c : std::as_const(kept)) {
        t.headers << headers.at(c);
        if (c < columnWeights.size())
            t.columnWeights << columnWeights.at(c);
        else if (!columnWeights.isEmpty())
            t.columnWeights << 1.0;
        if (numericColumns.contains(c))
            t.numericColumns << int(t.headers.size() - 1);
    }
    for (const QStringList &row : rows) {
        QStringList r;
        for (const int c : std::as_const(kept))
            r << row.value(c);
        t.rows << r;
    }
    for (const QList<QColor> &colours : cellColours) {
        QList<QColor> r;
        for (const int c : std::as_const(kept))
            r << colours.value(c);
        t.cellColours << r;
    }
    return t;
}
