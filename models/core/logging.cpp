#include "models/core/logging.h"

Q_LOGGING_CATEGORY(lcSource, "dealix.source", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDemo, "dealix.demo", QtWarningMsg)
Q_LOGGING_CATEGORY(lcModels, "dealix.models", QtWarningMsg)
