#pragma once

#include "command.h"

namespace tafel::cli {

// The edit verbs of `tafelctl rooms` (set, remove) and `tafelctl devices` (set, move, remove), in
// cmd_inventoryedit.cpp. They go through inventory::InventoryEditor, so every change has its audit entry, the
// same as in the admin view.
QList<Verb> roomsEditVerbs();
QList<Verb> devicesEditVerbs();

} // namespace tafel::cli
