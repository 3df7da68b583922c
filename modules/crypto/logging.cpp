#include "crypto/logging.h"

Q_LOGGING_CATEGORY(lcCrypto, "tafel.crypto", QtInfoMsg)
