#include "media/logging.h"

Q_LOGGING_CATEGORY(lcMedia, "tafel.media", QtInfoMsg)
