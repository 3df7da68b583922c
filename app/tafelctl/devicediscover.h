#pragma once

#include "command.h"

namespace tafel::cli {

// `tafelctl devices discover [--subnet CIDR]... [--json]`: the discovery assistant's scan (modules/discovery) on
// the command line. Lives in cmd_devicediscover.cpp; the devices group lists it.
Verb devicesDiscoverVerb();

} // namespace tafel::cli
