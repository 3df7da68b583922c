#pragma once

#include "command.h"

namespace tafel::cli {

// `tafelctl agent packages HOST [--delete ID]` (lives in cmd_distribute.cpp with `tafelctl distribute`).
Verb agentPackagesVerb();

} // namespace tafel::cli
