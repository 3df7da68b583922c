#pragma once

#include <QLoggingCategory>

// One category per module; this is core's. Enable with QT_LOGGING_RULES="tafel.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcCore)
