#pragma once

#include "command.h"

namespace tafel::cli {

// `tafelctl devices set-password DEVICE`: stores a display's PJLink password or MDC PIN encrypted
// (store::CredentialRepository) and points the device at it. Lives in cmd_devicepassword.cpp; the devices
// group lists it.
Verb devicesSetPasswordVerb();

} // namespace tafel::cli
