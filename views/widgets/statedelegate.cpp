#include "views/widgets/statedelegate.h"

#include "models/core/roles.h"
#include "models/core/uistate.h"
#include "views/widgets/statepalette.h"

#include <QColor>
#include <QPalette>

void StateDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // The state the model decided (Roles::StateRole); the colour is the state's accent, made
    // readable on this view's base.
    const UiState state = index.data(Roles::StateRole).value<UiState>();
    if (UiStates::coloured(state))
        option->palette.setColor(QPalette::Text,
                                 StatePalette::colours(state, option->palette).accent);
    if (index.data(Roles::HeadingRole).toBool())
        option->font.setBold(true);
}
