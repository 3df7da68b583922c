#include "classroom/logging.h"

Q_LOGGING_CATEGORY(lcClassroom, "tafel.classroom", QtInfoMsg)
