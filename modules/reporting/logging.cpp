#include "reporting/logging.h"

Q_LOGGING_CATEGORY(lcReporting, "tafel.reporting", QtInfoMsg)
