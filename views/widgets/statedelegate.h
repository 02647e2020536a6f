#pragma once

#include <QStyledItemDelegate>

// Colours a cell's text from the model's StateRole (a UiState the model decided: good, warning
// or critical get their colour), in the state palette's accent for the view's palette (≥ 4.5:1
// on its base). The text itself always carries the meaning too (an
// arrow or a word): colour is never alone.
class StateDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
