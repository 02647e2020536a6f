#pragma once

#include <Qt>

// Item data roles shared by every item model: display text is localised, proxies sort and
// filter on the raw value.
namespace Roles {
enum : int {
    RawValueRole = Qt::UserRole + 1,
    StateRole,   // a state keyword ("ok", "missing", "breach") for delegates that colour
    HeadingRole, // true on a group's heading row (drawn bold across the row)
};
} // namespace Roles
