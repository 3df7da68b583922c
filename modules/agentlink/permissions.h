#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace tafel::agentlink {

// What a trusted key may do. Admin may do everything a teacher may.
enum class Role { Teacher, Admin };

std::optional<Role> roleFromString(const QString &name); // "teacher" | "admin"
QString roleName(Role role);

// The permission table: one row per command of the protocol.
//
//   command        teacher  admin
//   status           yes     yes    host, version, uptime, OS, disk, network, room
//   heartbeat        yes     yes    keeps the connection alive, returns the agent's clock
//   message.show     yes     yes    (planned)
//   screen.blank     yes     yes    (planned)
//   media.*          yes     yes    (planned)
//   wake             yes     yes    (planned) Wake-on-LAN relay
//   config.get       no      yes    the agent's configuration (no secrets)
//   power.off        no      yes    (planned) runs the configured shutdown command
//   power.reboot     no      yes    (planned)
//
// A command that is not in the table is refused for everyone.
bool isKnownCommand(const QString &command);
bool isAllowed(const QString &command, Role role);
QStringList knownCommands();

} // namespace tafel::agentlink
