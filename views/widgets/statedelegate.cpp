#include "views/widgets/statedelegate.h"

#include "models/core/roles.h"
#include "models/core/uistate.h"
#include "views/widgets/statepalette.h"

#include <QColor>
#include <QPalette>

void StateDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // The model's keyword read through the one vocabulary; the colour is the state's accent,
    // made readable on this view's base.
    const UiState state = UiStates::fromKey(index.data(Roles::StateRole).toString());
    if (state != UiState::Neutral && state != UiState::Unavailable)
        option->palette.setColor(QPalette::Text,
                                 StatePalette::colours(state, option->palette).accent);
    if (index.data(Roles::HeadingRole).toBool())
        option->font.setBold(true);
}
