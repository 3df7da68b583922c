#pragma once

#include "agent/agentconfig.h"

#include <QCborMap>
#include <QDateTime>

namespace tafel::agent {

// The answer to the "status" command:
//   name, room, host, version, startedAt (ISO UTC), uptimeSecs (agent), systemUptimeSecs,
//   os {name, kernel, kernelVersion, arch},
//   disk {path, freeBytes, totalBytes} of the data dir,
//   interfaces [{name, mac, up, running, loopback, speedMbps (if /sys/class/net/<if>/speed tells), addresses ["ip/prefix"]}]
QCborMap collectStatus(const AgentConfig &config, const QDateTime &startedAt);

} // namespace tafel::agent
