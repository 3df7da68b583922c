#pragma once

#include "command.h"

#include "core/domain.h"

#include <optional>

namespace tafel::cli {

// `tafelctl devices set-password DEVICE`: stores a display's PJLink password or MDC PIN encrypted
// (store::CredentialRepository) and points the device at it. Lives in cmd_devicepassword.cpp; the devices
// group lists it.
Verb devicesSetPasswordVerb();

// The device TEXT names: its id, or its name (case-insensitive; with roomId only in that room). NotFound, or
// InvalidInput when several devices share the name. Also used by the devices edit verbs.
Result<Device> resolveDevice(store::Database &db, const QString &text, const std::optional<QString> &roomId);

} // namespace tafel::cli
