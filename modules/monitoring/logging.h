#pragma once

#include <QLoggingCategory>

// The monitoring module's one category. Enable with QT_LOGGING_RULES="tafel.monitoring.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcMonitoring)
