#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace tafel::agentlink {

// What a trusted key may do. Admin may do everything a teacher may. Peer is not a role of the trusted-keys file:
// it is another agent (its own agent key, not trusted) relaying lesson material, and may only run the commands of
// the "peer" column; each of those checks a relay grant signed by a trusted key (see modules/distribution).
enum class Role { Teacher, Admin, Peer };

std::optional<Role> roleFromString(const QString &name); // "teacher" | "admin" (never Peer)
QString roleName(Role role);

// The permission table: one row per command of the protocol.
//
//   command        teacher  admin  (peer: only where noted)
//   status           yes     yes    host, version, uptime, OS, disk, network, room
//   heartbeat        yes     yes    keeps the connection alive, returns the agent's clock
//   message.show     yes     yes    {text, mode fullscreen|banner, seconds} on the display (screen helper)
//   message.hide     yes     yes
//   screen.blank     yes     yes    black on every screen of the display session; screen.unblank undoes it
//   media.play       yes     yes    {file: a name inside the agent's media directory}; media.pause/resume/stop,
//   media.*          yes     yes    media.seek {ms}, media.state
//   wake             yes     yes    {mac, broadcast?, port?} Wake-on-LAN relay inside the agent's subnet
//   health.get       yes     yes    room and device health, last broadband result (monitoring)
//   history.query    yes     yes    probe history (raw, minute, hour) and broadband results
//   health.events    yes     yes    {since, until, limit} the room's and devices' health changes (timeline)
//   config.get       no      yes    the agent's configuration (no secrets) and the pushed configuration's version
//   config.push      no      yes    {version, config}: the school's configuration for the room (devices, schedules,
//                                   trusted and revoked keys); an older version is refused (stale-version)
//   power.off        no      yes    runs the configured shutdown command
//   power.reboot     no      yes    runs the configured reboot command
//   report.status    no      yes    reporting to the city: outbox size, last success/error per sink
//   report.config.get no     yes    the reporting settings (tokens only as "set")
//   report.config.set no     yes    {config} validated, saved to <DataDir>/reporting.ini, applied
//   report.test      no      yes    {sink} one report now; the server's answer (status, body start) or the error
//   package.offer    yes     yes    {envelope}: a signed lesson-material manifest; staging begins, answers the bitmap
//   package.push     yes     yes    {id, chunk, offset, data}: a piece of a chunk; peer too, with a relay grant
//   package.relay    yes     yes    {id, to {host, port, fingerprint}, grant}: relay received chunks to that agent
//   package.status   yes     yes    {id}: verified bytes and chunks, relay state
//   package.list     yes     yes    the packages in the material directory
//   package.files    yes     yes    {id}: a package's files (path, size) from its manifest, for the teacher's "Open"
//   package.delete   yes     yes    {id}: removes a package (complete or staging)
//
// A command that is not in the table is refused for everyone.
bool isKnownCommand(const QString &command);
bool isAllowed(const QString &command, Role role);
QStringList knownCommands();

} // namespace tafel::agentlink
