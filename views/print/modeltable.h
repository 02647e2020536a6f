#pragma once

#include "views/print/printdocument.h"

class QAbstractItemModel;

// A printable table from an item model's display text (the same strings the screen shows):
// headers, every row, and the columns the model aligns to the trailing edge as numeric.
PrintTable tableFromModel(const QAbstractItemModel &model);
