#include "screen/logging.h"

Q_LOGGING_CATEGORY(lcScreen, "tafel.screen", QtInfoMsg)
