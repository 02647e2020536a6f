#include "views/print/modeltable.h"

#include <QAbstractItemModel>

PrintTable tableFromModel(const QAbstractItemModel &model)
{
    PrintTable t;
    const int columns = model.columnCount();
    for (int c = 0; c < columns; ++c) {
        t.headers << model.headerData(c, Qt::Horizontal).toString();
        if (model.rowCount() > 0) {
            const int align = model.index(0, c).data(Qt::TextAlignmentRole).toInt();
            if (align & (Qt::AlignTrailing | Qt::AlignRight))
                t.numericColumns << c;
        }
    }
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < columns; ++c)
            row << model.index(r, c).data().toString();
        t.rows << row;
    }
    return t;
}
