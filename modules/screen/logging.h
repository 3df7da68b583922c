#pragma once

#include <QLoggingCategory>

// The screen helper's category (windows, media on the display).
Q_DECLARE_LOGGING_CATEGORY(lcScreen)
