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
//   message.show     yes     yes    {text, mode fullscreen|banner, seconds} on the display (screen helper)
//   message.hide     yes     yes
//   screen.blank     yes     yes    black on every screen of the display session; screen.unblank undoes it
//   media.play       yes     yes    {file: a name inside the agent's media directory}; media.pause/resume/stop,
//   media.*          yes     yes    media.seek {ms}, media.state
//   wake             yes     yes    {mac, broadcast?, port?} Wake-on-LAN relay inside the agent's subnet
//   config.get       no      yes    the agent's configuration (no secrets)
//   power.off        no      yes    runs the configured shutdown command
//   power.reboot     no      yes    runs the configured reboot command
//   report.status    no      yes    reporting to the city: outbox size, last success/error per sink
//   report.config.get no     yes    the reporting settings (tokens only as "set")
//   report.config.set no     yes    {config} validated, saved to <DataDir>/reporting.ini, applied
//   report.test      no      yes    {sink} one report now; the server's answer (status, body start) or the error
//
// A command that is not in the table is refused for everyone.
bool isKnownCommand(const QString &command);
bool isAllowed(const QString &command, Role role);
QStringList knownCommands();

} // namespace tafel::agentlink
