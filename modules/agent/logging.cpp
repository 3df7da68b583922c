#include "agent/logging.h"

Q_LOGGING_CATEGORY(lcAgent, "tafel.agent", QtInfoMsg)
