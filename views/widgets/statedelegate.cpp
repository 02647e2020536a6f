#include "views/widgets/statedelegate.h"

#include "models/core/roles.h"

#include <QColor>
#include <QPalette>

void StateDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QString state = index.data(Roles::StateRole).toString();
    QColor colour;
    if (state == QLatin1String("better") || state == QLatin1String("ok"))
        colour = QColor(0x1b, 0x7f, 0x3b);
    else if (state == QLatin1String("worse") || state == QLatin1String("missing"))
        colour = QColor(0xb3, 0x26, 0x1e);
    else if (state == QLatin1String("partial"))
        colour = QColor(0x9a, 0x5b, 0x00);
    if (colour.isValid())
        option->palette.setColor(QPalette::Text, colour);
    if (index.data(Roles::HeadingRole).toBool())
        option->font.setBold(true);
}
