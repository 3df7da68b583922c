#include "screensession/logging.h"

Q_LOGGING_CATEGORY(lcScreenSession, "tafel.screensession", QtInfoMsg)
