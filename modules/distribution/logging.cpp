#include "distribution/logging.h"

Q_LOGGING_CATEGORY(lcDistribution, "tafel.distribution", QtInfoMsg)
