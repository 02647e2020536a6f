#pragma once

#include <QStyledItemDelegate>

// Colours a cell's text from the model's StateRole ("better"/"ok" green, "worse"/"missing"
// red, "partial" amber). The text itself always carries the meaning too (an arrow or a word):
// colour is never alone.
class StateDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
