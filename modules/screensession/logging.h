#pragma once

#include <QLoggingCategory>

// The screen-session protocol's category (client and server).
Q_DECLARE_LOGGING_CATEGORY(lcScreenSession)
