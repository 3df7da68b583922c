#pragma once

#include <QString>

namespace tafel::screensession {

// Where the screen helper (`tafel --screen`) listens and where tafel-agent connects.
//
// A socket *name* (the helper's --socket option, the agent's setting) is resolved by resolveSocketPath():
//   - empty: $TAFEL_SCREEN_SOCKET if set, else kDefaultSocketName;
//   - containing '/': a path, used as given;
//   - otherwise: a file name in defaultSocketDirectory().
// defaultSocketDirectory() is the first of:
//   1. /run/tafel, if it exists — the production layout: the agent package creates it with systemd-tmpfiles as
//      `d /run/tafel 3770 root tafel -` (setgid: every socket in it belongs to group tafel; sticky: a user cannot
//      remove another's socket). The agent runs in group tafel; the display PC's session user is a member.
//   2. $XDG_RUNTIME_DIR (/run/user/UID, private to the session user) — a helper and an agent started by the
//      same user, e.g. on a developer machine;
//   3. QDir::tempPath().
// Permissions: the helper creates its socket with mode 0770 (QLocalServer::UserAccessOption |
// GroupAccessOption; Qt binds it in a private directory and moves it into place, so it is never reachable
// with looser modes). Only the session user and members of the socket's group (tafel, through the setgid
// directory) can connect; nobody else can.
inline constexpr char kDefaultSocketName[] = "tafel-screen";
inline constexpr char kSocketEnvironmentVariable[] = "TAFEL_SCREEN_SOCKET";
inline constexpr char kRunDirectory[] = "/run/tafel";

QString defaultSocketDirectory();
QString resolveSocketPath(const QString &nameOrPath = {});

} // namespace tafel::screensession
