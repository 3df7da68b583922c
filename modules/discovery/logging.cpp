#include "discovery/logging.h"

Q_LOGGING_CATEGORY(lcDiscovery, "tafel.discovery", QtInfoMsg)
