#include "displays/logging.h"

Q_LOGGING_CATEGORY(lcDisplays, "tafel.displays", QtInfoMsg)
