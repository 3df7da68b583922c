#pragma once

#include "core/domain.h"
#include "core/result.h"
#include "displays/roomcontrol.h"

#include <optional>

namespace tafel::store {
class Database;
}

namespace tafel::classroom {

// The display protocol a device speaks: its explicit protocol, else the kind's usual one (displays and
// projectors default to PJLink). nullopt for devices that are not controllable displays.
std::optional<displays::Protocol> displayProtocol(const Device &device);

// How to reach a device's display controller; the password is passed in (it lives encrypted in the store).
displays::DisplayTarget displayTarget(const Device &device, const QString &password);

// The controllable displays of a room (or of the whole school when roomId is empty), with their stored
// passwords decrypted, ready for RoomControl. A password that cannot be decrypted fails the whole call with
// a message naming the device, rather than silently trying without one.
Result<QList<displays::RoomDisplay>> inventoryDisplays(store::Database &db, const QString &roomId);

} // namespace tafel::classroom
