#pragma once

#include <Qt>

// Item data roles shared by every item model: display text is localised, proxies sort and
// filter on the raw value.
namespace Roles {
enum : int {
    RawValueRole = Qt::UserRole + 1,
    // The cell's state, decided by the model: QVariant::fromValue(UiState) (models/core/
    // uistate.h), read with value<UiState>(); no value is UiState::Neutral. Delegates colour
    // from it through StatePalette; never a keyword string.
    StateRole,
    HeadingRole, // true on a group's heading row (drawn bold across the row)
};
} // namespace Roles
