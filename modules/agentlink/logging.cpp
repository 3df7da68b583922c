#include "agentlink/logging.h"

Q_LOGGING_CATEGORY(lcLink, "tafel.agentlink", QtInfoMsg)
