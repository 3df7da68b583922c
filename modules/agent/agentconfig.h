#pragma once

#include "core/hostport.h"
#include "core/result.h"

#include <QString>

namespace tafel::agent {

// The agent's default TCP port for the LAN protocol.
inline constexpr quint16 kDefaultPort = 4450;

// The agent's configuration file (INI, read through core's typed Settings):
//
//   [Agent]
//   Name=raum-204-pc          ; defaults to the host name
//   Room=Raum 204             ; the room this agent serves
//   DataDir=/var/lib/tafel-agent
//   Listen=0.0.0.0:4450
//
// Command-line options (--data-dir, --listen) override the file.
struct AgentConfig {
    QString configPath;
    QString name;
    QString room;
    QString dataDir;
    HostPort listen;

    // Loads and validates; a missing or malformed file, a bad listen address or an unusable data
    // directory is an error with a message naming the file and the key.
    static Result<AgentConfig> load(const QString &path, const QString &dataDirOverride = {}, const QString &listenOverride = {});
};

} // namespace tafel::agent
