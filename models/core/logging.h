#pragma once

#include <QLoggingCategory>

// One logging category per module (README "Rules: Conventions"): enable with
// QT_LOGGING_RULES="dealix.source.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcSource)
Q_DECLARE_LOGGING_CATEGORY(lcDemo)
Q_DECLARE_LOGGING_CATEGORY(lcModels)
