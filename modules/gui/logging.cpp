#include "gui/logging.h"

Q_LOGGING_CATEGORY(lcGui, "tafel.gui", QtInfoMsg)
