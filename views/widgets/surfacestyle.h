#pragma once

#include "views/widgets/statedelegate.h"

#include <QAbstractItemModel>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>

// The look every surface shares, in one place.
namespace SurfaceStyle {

// A heading: bold, scale × the label's font.
inline void heading(QLabel *label, double scale = 1.5)
{
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(true);
    label->setFont(f);
}

// A surface's list: whole rows, one at a time, states coloured (with their words), no row
// numbers, no wrapping.
inline void listTable(QTableView *table, QAbstractItemModel *model)
{
    table->setModel(model);
    table->setItemDelegate(new StateDelegate(table));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
}

} // namespace SurfaceStyle
