#include "monitoring/logging.h"

Q_LOGGING_CATEGORY(lcMonitoring, "tafel.monitoring", QtInfoMsg)
