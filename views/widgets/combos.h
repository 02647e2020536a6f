#pragma once

#include <QComboBox>
#include <QList>
#include <QString>

#include <utility>

namespace Combos {
// Refills a filter combo with (data, text) items, keeping the current choice by its data (the
// texts change with the language, the data does not).
inline void fill(QComboBox *combo, const QList<std::pair<QString, QString>> &items)
{
    const QString current = combo->currentData().toString();
    combo->clear();
    for (const auto &[data, text] : items)
        combo->addItem(text, data);
    const int i = combo->findData(current);
    combo->setCurrentIndex(i < 0 ? 0 : i);
}
} // namespace Combos
