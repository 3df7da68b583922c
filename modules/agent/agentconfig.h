#pragma once

#include "agentlink/frame.h"
#include "core/hostport.h"
#include "core/result.h"

#include <QString>

namespace tafel::agent {

// The agent's default TCP port for the LAN protocol.
inline constexpr quint16 kDefaultPort = agentlink::kDefaultAgentPort; // 4450

// The agent's configuration file (INI, read through core's typed Settings):
//
//   [Agent]
//   Name=raum-204-pc          ; defaults to the host name
//   Room=Raum 204             ; the room this agent serves
//   DataDir=/var/lib/tafel-agent
//   Listen=0.0.0.0:4450
//
//   [Trust]
//   KeysFile=trusted-keys     ; client keys and roles (format: agentlink/truststore.h); relative to DataDir
//
//   [Link]                    ; the LAN protocol (TLS); defaults suit production
//   HandshakeTimeoutMs=10000  ; a TLS handshake not finished by then is cut off
//   IdleTimeoutMs=90000       ; a connection without a request for this long is closed (clients send heartbeat)
//   MaxConnections=1000
//
//   [Power]                   ; what the admin-only power.off / power.reboot commands run (no shell; split like
//   OffCommand=systemctl poweroff     ; a command line, "quoted args" allowed). Tests configure `true`.
//   RebootCommand=systemctl reboot
//
//   [Screen]                  ; the screen helper `tafel --screen` in the display PC's graphical session
//   Socket=                   ; its socket name or path (screensession/socketpath.h); empty = the default
//
//   [Media]
//   Directory=media           ; media.play plays files by NAME from here only; relative to DataDir
//
//   [Wake]                    ; where the Wake-on-LAN relay sends magic packets (inside the agent's subnet)
//   Broadcast=255.255.255.255 ; or the subnet's directed broadcast, e.g. 192.168.20.255
//   Port=9
//
//   [Monitoring]              ; probes, history, broadband tests: see monitoringconfig.h
//
//   [Reporting]               ; health reports to the city (Pushgateway / OTLP): see reportingconfig.h; off without it
//   School=gs-nord            ; required
//   Room=r204                 ; default: [Agent] Room
//   IntervalSecs=60
//   OutboxMax=20000           ; reports kept in agent.db while the sinks are unreachable
//   Sink1/Kind=pushgateway    ; pushgateway | otlp; more sinks as Sink2/..., Sink3/...
//   Sink1/Url=https://push.city.example:9091
//   Sink1/Name=city-push      ; optional: Name, Token, CaFile, CertFile + KeyFile (relative to DataDir), Enabled
//                             ; <DataDir>/reporting.ini (written by the admin view, report.config.set) replaces this section
//
// Command-line options (--data-dir, --listen) override the file. The agent's own key and certificate live in
// DataDir (agent-key.pem, 0600, and agent-cert.pem), created on first start; refusals and admin commands are audited in DataDir/agent.db
// (table agent_audit).
struct AgentConfig {
    QString configPath;
    QString name;
    QString room;
    QString dataDir;
    HostPort listen;
    QString trustedKeysFile; // absolute
    int handshakeTimeoutMs = 10'000;
    int idleTimeoutMs = 90'000;
    int maxConnections = 1000;
    QString powerOffCommand;
    QString rebootCommand;
    QString screenSocket;   // as configured (name or path); resolved by screensession::resolveSocketPath()
    QString mediaDirectory; // absolute
    QString wakeBroadcast = QStringLiteral("255.255.255.255");
    quint16 wakePort = 9;

    // Loads and validates; a missing or malformed file, a bad listen address or an unusable data
    // directory is an error with a message naming the file and the key.
    static Result<AgentConfig> load(const QString &path, const QString &dataDirOverride = {}, const QString &listenOverride = {});
};

} // namespace tafel::agent
