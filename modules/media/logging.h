#pragma once

#include <QLoggingCategory>

// The media module's category; libVLC's own warnings and errors are forwarded to it at debug level.
Q_DECLARE_LOGGING_CATEGORY(lcMedia)
