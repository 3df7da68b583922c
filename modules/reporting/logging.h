#pragma once

#include <QLoggingCategory>

// The reporting module's one category. Enable with QT_LOGGING_RULES="tafel.reporting.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcReporting)
