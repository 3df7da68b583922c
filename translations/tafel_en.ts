<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>main</name>
    <message>
        <source>Tafel: smart classroom control</source>
        <translation>Tafel: smart classroom control</translation>
    </message>
    <message>
        <source>Open a demo school in a throwaway database.</source>
        <translation>Open a demo school in a throwaway database.</translation>
    </message>
    <message>
        <source>Use the database at PATH.</source>
        <translation>Use the database at PATH.</translation>
    </message>
    <message>
        <source>User interface language: de, en or tr.</source>
        <translation>User interface language: de, en or tr.</translation>
    </message>
    <message>
        <source>Start in room NAME.</source>
        <translation>Start in room NAME.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and exit.</source>
        <translation>Save a picture of the window to FILE and exit.</translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1920x1080.</source>
        <translation>Window size for --screenshot, e.g. 1920x1080.</translation>
    </message>
    <message>
        <source>--demo and --db exclude each other.</source>
        <translation>--demo and --db exclude each other.</translation>
    </message>
    <message>
        <source>--size must look like 1920x1080.</source>
        <translation>--size must look like 1920x1080.</translation>
    </message>
    <message>
        <source>Cannot create a temporary directory for the demo: %1</source>
        <translation>Cannot create a temporary directory for the demo: %1</translation>
    </message>
    <message>
        <source>Tafel cannot start</source>
        <translation>Tafel cannot start</translation>
    </message>
    <message>
        <source>Demo school — admin password: %1</source>
        <translation>Demo school — admin password: %1</translation>
    </message>
    <message>
        <source>--view admin works only with --demo; otherwise use the Admin button and the password.</source>
        <translation>--view admin works only with --demo; otherwise use the Admin button and the password.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>Cannot write the screenshot to %1.</translation>
    </message>
    <message>
        <source>Tafel agent: monitoring, material and display service for one room.</source>
        <translation>Tafel agent: monitoring, material and display service for one room.</translation>
    </message>
    <message>
        <source>Read the configuration from FILE (INI).</source>
        <translation>Read the configuration from FILE (INI).</translation>
    </message>
    <message>
        <source>Keep the agent&apos;s database and material in DIR.</source>
        <translation>Keep the agent&apos;s database and material in DIR.</translation>
    </message>
    <message>
        <source>Listen on ADDR:PORT (default 0.0.0.0:%1).</source>
        <translation>Listen on ADDR:PORT (default 0.0.0.0:%1).</translation>
    </message>
    <message>
        <source>Language of messages: de, en or tr.</source>
        <translation>Language of messages: de, en or tr.</translation>
    </message>
    <message>
        <source>Start view: teacher, login (the admin password prompt), admin or schedules (only with --demo).</source>
        <translation>Start view: teacher, login (the admin password prompt), admin or schedules (only with --demo).</translation>
    </message>
    <message>
        <source>Run the screen helper for tafel-agent (messages, blanking, video on this display) instead of the window.</source>
        <translation>Run the screen helper for tafel-agent (messages, blanking, video on this display) instead of the window.</translation>
    </message>
    <message>
        <source>With --screen: listen on the socket NAME or PATH.</source>
        <translation>With --screen: listen on the socket NAME or PATH.</translation>
    </message>
    <message>
        <source>With --screenshot: wait MS more after the first display status refresh.</source>
        <translation>With --screenshot: wait MS more after the first display status refresh.</translation>
    </message>
    <message>
        <source>--view must be teacher, login, admin or schedules.</source>
        <translation>--view must be teacher, login, admin or schedules.</translation>
    </message>
</context>
<context>
    <name>tafel::DeviceKind</name>
    <message>
        <source>Interactive display</source>
        <translation>Interactive display</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projector</translation>
    </message>
    <message>
        <source>WLAN access point</source>
        <translation>WLAN access point</translation>
    </message>
    <message>
        <source>Network switch</source>
        <translation>Network switch</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>PC</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Tablet</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Tafel agent</source>
        <translation>Tafel agent</translation>
    </message>
</context>
<context>
    <name>tafel::HostPort</name>
    <message>
        <source>&apos;%1&apos; is not a valid host: %2</source>
        <translation>&apos;%1&apos; is not a valid host: %2</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>missing &apos;]&apos;</source>
        <translation>missing &apos;]&apos;</translation>
    </message>
    <message>
        <source>unexpected text after &apos;]&apos;</source>
        <translation>unexpected text after &apos;]&apos;</translation>
    </message>
    <message>
        <source>not an IPv6 address</source>
        <translation>not an IPv6 address</translation>
    </message>
    <message>
        <source>not an IP address or host name</source>
        <translation>not an IP address or host name</translation>
    </message>
    <message>
        <source>port must be a number from 1 to 65535</source>
        <translation>port must be a number from 1 to 65535</translation>
    </message>
</context>
<context>
    <name>tafel::Settings</name>
    <message>
        <source>Cannot write settings to %1: the file or its folder is read-only.</source>
        <translation>Cannot write settings to %1: the file or its folder is read-only.</translation>
    </message>
    <message>
        <source>Cannot access settings file %1.</source>
        <translation>Cannot access settings file %1.</translation>
    </message>
    <message>
        <source>Settings file %1 is malformed.</source>
        <translation>Settings file %1 is malformed.</translation>
    </message>
</context>
<context>
    <name>tafel::agent::AgentConfig</name>
    <message>
        <source>Configuration file %1 does not exist.</source>
        <translation>Configuration file %1 does not exist.</translation>
    </message>
    <message>
        <source>Configuration file %1 is not readable.</source>
        <translation>Configuration file %1 is not readable.</translation>
    </message>
    <message>
        <source>%1: Agent/Listen: %2</source>
        <translation>%1: Agent/Listen: %2</translation>
    </message>
    <message>
        <source>%1: Link/HandshakeTimeoutMs and Link/IdleTimeoutMs must be at least 100.</source>
        <translation>%1: Link/HandshakeTimeoutMs and Link/IdleTimeoutMs must be at least 100.</translation>
    </message>
    <message>
        <source>%1: Link/MaxConnections must be at least 1.</source>
        <translation>%1: Link/MaxConnections must be at least 1.</translation>
    </message>
    <message>
        <source>--listen: %1</source>
        <translation>--listen: %1</translation>
    </message>
    <message>
        <source>The listen address must be an IP address, not &apos;%1&apos;.</source>
        <translation>The listen address must be an IP address, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Cannot create the data directory %1.</translation>
    </message>
    <message>
        <source>The data directory %1 is not writable.</source>
        <translation>The data directory %1 is not writable.</translation>
    </message>
    <message>
        <source>%1: Wake/Broadcast must be an IPv4 address, not &apos;%2&apos;.</source>
        <translation>%1: Wake/Broadcast must be an IPv4 address, not &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1: Wake/Port must be between 1 and 65535.</source>
        <translation>%1: Wake/Port must be between 1 and 65535.</translation>
    </message>
</context>
<context>
    <name>tafel::agent::AgentMonitoring</name>
    <message>
        <source>Monitoring is not running on this agent.</source>
        <translation>Monitoring is not running on this agent.</translation>
    </message>
    <message>
        <source>history.query needs either device or room.</source>
        <translation>history.query needs either device or room.</translation>
    </message>
    <message>
        <source>since must be before until.</source>
        <translation>since must be before until.</translation>
    </message>
    <message>
        <source>resolution must be raw, minute or hour, not &apos;%1&apos;.</source>
        <translation>resolution must be raw, minute or hour, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No broadband server is configured ([Monitoring] Iperf3Server or LibreSpeedUrl).</source>
        <translation>No broadband server is configured ([Monitoring] Iperf3Server or LibreSpeedUrl).</translation>
    </message>
</context>
<context>
    <name>tafel::agent::AgentService</name>
    <message>
        <source>No display session on this PC.</source>
        <translation>No display session on this PC.</translation>
    </message>
    <message>
        <source>mode must be &apos;fullscreen&apos; or &apos;banner&apos;, not &apos;%1&apos;.</source>
        <translation>mode must be &apos;fullscreen&apos; or &apos;banner&apos;, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>seconds must be a whole number.</source>
        <translation>seconds must be a whole number.</translation>
    </message>
    <message>
        <source>media.seek needs ms: the position in milliseconds (0 or more).</source>
        <translation>media.seek needs ms: the position in milliseconds (0 or more).</translation>
    </message>
    <message>
        <source>mac: %1</source>
        <translation>mac: %1</translation>
    </message>
    <message>
        <source>broadcast must be an IPv4 address such as 192.168.20.255.</source>
        <translation>broadcast must be an IPv4 address such as 192.168.20.255.</translation>
    </message>
    <message>
        <source>port must be between 1 and 65535.</source>
        <translation>port must be between 1 and 65535.</translation>
    </message>
    <message>
        <source>The magic packet for %1 could not be sent to %2: %3</source>
        <translation>The magic packet for %1 could not be sent to %2: %3</translation>
    </message>
    <message>
        <source>No command is configured for %1 on this agent ([Power] in the agent config).</source>
        <translation>No command is configured for %1 on this agent ([Power] in the agent config).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; failed with exit code %2. Check the agent&apos;s [Power] configuration.</source>
        <translation>&apos;%1&apos; failed with exit code %2. Check the agent&apos;s [Power] configuration.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; could not be started: %2</source>
        <translation>&apos;%1&apos; could not be started: %2</translation>
    </message>
</context>
<context>
    <name>tafel::agent::MediaLibrary</name>
    <message>
        <source>No media file was named. Name a file in the agent&apos;s media folder.</source>
        <translation>No media file was named. Name a file in the agent&apos;s media folder.</translation>
    </message>
    <message>
        <source>The media file name is too long.</source>
        <translation>The media file name is too long.</translation>
    </message>
    <message>
        <source>Refused: &apos;%1&apos; is a path. media.play only plays files by their name inside the agent&apos;s media folder.</source>
        <translation>Refused: &apos;%1&apos; is a path. media.play only plays files by their name inside the agent&apos;s media folder.</translation>
    </message>
    <message>
        <source>Refused: the media file name contains a backslash or a control character.</source>
        <translation>Refused: the media file name contains a backslash or a control character.</translation>
    </message>
    <message>
        <source>Refused: &apos;%1&apos; leaves the media folder (&apos;..&apos;). Name a file inside the agent&apos;s media folder.</source>
        <translation>Refused: &apos;%1&apos; leaves the media folder (&apos;..&apos;). Name a file inside the agent&apos;s media folder.</translation>
    </message>
    <message>
        <source>This agent has no media folder.</source>
        <translation>This agent has no media folder.</translation>
    </message>
    <message>
        <source>There is no media file &apos;%1&apos; on this agent. Send it as material first.</source>
        <translation>There is no media file &apos;%1&apos; on this agent. Send it as material first.</translation>
    </message>
    <message>
        <source>Refused: &apos;%1&apos; leads out of the agent&apos;s media folder.</source>
        <translation>Refused: &apos;%1&apos; leads out of the agent&apos;s media folder.</translation>
    </message>
</context>
<context>
    <name>tafel::agent::MonitoringConfig</name>
    <message>
        <source>%1: %2 must be a number from %3 to %4, not &apos;%5&apos;.</source>
        <translation>%1: %2 must be a number from %3 to %4, not &apos;%5&apos;.</translation>
    </message>
    <message>
        <source>Not a monitoring target: &apos;%1&apos; (use ID|KIND|URL, e.g. dev-1|display|tcp://10.0.0.5:4352).</source>
        <translation>Not a monitoring target: &apos;%1&apos; (use ID|KIND|URL, e.g. dev-1|display|tcp://10.0.0.5:4352).</translation>
    </message>
    <message>
        <source>%1: Monitoring/LibreSpeedUrl must be an http:// or https:// URL.</source>
        <translation>%1: Monitoring/LibreSpeedUrl must be an http:// or https:// URL.</translation>
    </message>
    <message>
        <source>%1: Monitoring/LessonHours: &apos;%2&apos; is not a time range like 07:30-16:30.</source>
        <translation>%1: Monitoring/LessonHours: &apos;%2&apos; is not a time range like 07:30-16:30.</translation>
    </message>
</context>
<context>
    <name>tafel::agent::ReportingConfig</name>
    <message>
        <source>%1: not a readable INI file.</source>
        <translation>%1: not a readable INI file.</translation>
    </message>
    <message>
        <source>unknown key (known: %1, and Sink&lt;N&gt;/%2).</source>
        <translation>unknown key (known: %1, and Sink&lt;N&gt;/%2).</translation>
    </message>
    <message>
        <source>required when [Reporting] is present (the school&apos;s id, e.g. gs-nord).</source>
        <translation>required when [Reporting] is present (the school&apos;s id, e.g. gs-nord).</translation>
    </message>
    <message>
        <source>required: set Reporting/Room or Agent/Room.</source>
        <translation>required: set Reporting/Room or Agent/Room.</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2, not &apos;%3&apos;.</source>
        <translation>must be a number from %1 to %2, not &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>unknown group (sinks are Sink1/..., Sink2/...).</source>
        <translation>unknown group (sinks are Sink1/..., Sink2/...).</translation>
    </message>
    <message>
        <source>unknown key (known: %1).</source>
        <translation>unknown key (known: %1).</translation>
    </message>
    <message>
        <source>unknown group.</source>
        <translation>unknown group.</translation>
    </message>
    <message>
        <source>must be pushgateway or otlp, not &apos;%1&apos;.</source>
        <translation>must be pushgateway or otlp, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>must be an http:// or https:// URL with a host, not &apos;%1&apos;.</source>
        <translation>must be an http:// or https:// URL with a host, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>CertFile and KeyFile go together (mutual TLS).</source>
        <translation>CertFile and KeyFile go together (mutual TLS).</translation>
    </message>
    <message>
        <source>cannot read %1.</source>
        <translation>cannot read %1.</translation>
    </message>
    <message>
        <source>the sink name &apos;%1&apos; is used twice.</source>
        <translation>the sink name &apos;%1&apos; is used twice.</translation>
    </message>
    <message>
        <source>at least one sink is required (Sink1/Kind=pushgateway|otlp, Sink1/Url=...).</source>
        <translation>at least one sink is required (Sink1/Kind=pushgateway|otlp, Sink1/Url=...).</translation>
    </message>
</context>
<context>
    <name>tafel::agentlink::AgentClient</name>
    <message>
        <source>Qt&apos;s TLS backend did not accept the Ed25519 key.</source>
        <translation>Qt&apos;s TLS backend did not accept the Ed25519 key.</translation>
    </message>
    <message>
        <source>%1 did not complete the connection within %2 seconds. Is tafel-agent running there?</source>
        <translation>%1 did not complete the connection within %2 seconds. Is tafel-agent running there?</translation>
    </message>
    <message>
        <source>Connection to %1 failed: %2</source>
        <translation>Connection to %1 failed: %2</translation>
    </message>
    <message>
        <source>The connection to %1 was closed.</source>
        <translation>The connection to %1 was closed.</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Not connected to %1.</translation>
    </message>
    <message>
        <source>No certificate fingerprint is pinned for %1. Enroll the agent first: tafelctl agent enroll %1</source>
        <translation>No certificate fingerprint is pinned for %1. Enroll the agent first: tafelctl agent enroll %1</translation>
    </message>
    <message>
        <source>The certificate of %1 does not match the pinned fingerprint (got %2). The agent may have been reinstalled or someone is intercepting the connection. If the change is expected, enroll the agent again.</source>
        <translation>The certificate of %1 does not match the pinned fingerprint (got %2). The agent may have been reinstalled or someone is intercepting the connection. If the change is expected, enroll the agent again.</translation>
    </message>
    <message>
        <source>The request is larger than the protocol allows (1 MiB).</source>
        <translation>The request is larger than the protocol allows (1 MiB).</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 did not answer within %2 seconds.</translation>
    </message>
    <message>
        <source>%1 sent an invalid frame (%2). Update tafel or the agent.</source>
        <translation>%1 sent an invalid frame (%2). Update tafel or the agent.</translation>
    </message>
    <message>
        <source>%1 sent a replayed frame; the connection was closed.</source>
        <translation>%1 sent a replayed frame; the connection was closed.</translation>
    </message>
    <message>
        <source>%1 sent a request; agents only answer.</source>
        <translation>%1 sent a request; agents only answer.</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 closed the connection.</translation>
    </message>
    <message>
        <source>The agent requires a client key. Pass one with --key FILE (create it with &apos;tafelctl keys create&apos;).</source>
        <translation>The agent requires a client key. Pass one with --key FILE (create it with &apos;tafelctl keys create&apos;).</translation>
    </message>
    <message>
        <source>The agent does not trust this key. Ask the administrator to add its .pub line to the agent&apos;s trusted keys.</source>
        <translation>The agent does not trust this key. Ask the administrator to add its .pub line to the agent&apos;s trusted keys.</translation>
    </message>
    <message>
        <source>Your key&apos;s role may not do this; it needs an admin key.</source>
        <translation>Your key&apos;s role may not do this; it needs an admin key.</translation>
    </message>
    <message>
        <source>The agent does not support this command. Update the agent.</source>
        <translation>The agent does not support this command. Update the agent.</translation>
    </message>
    <message>
        <source>The agent speaks another protocol version. Update tafel or the agent.</source>
        <translation>The agent speaks another protocol version. Update tafel or the agent.</translation>
    </message>
    <message>
        <source>The agent closed the idle connection.</source>
        <translation>The agent closed the idle connection.</translation>
    </message>
    <message>
        <source>The command failed on the agent.</source>
        <translation>The command failed on the agent.</translation>
    </message>
    <message>
        <source>The agent refused the request: %1</source>
        <translation>The agent refused the request: %1</translation>
    </message>
    <message>
        <source>No screen helper on this PC: nobody is logged in to the display, or &apos;tafel --screen&apos; is not running there.</source>
        <translation>No screen helper on this PC: nobody is logged in to the display, or &apos;tafel --screen&apos; is not running there.</translation>
    </message>
    <message>
        <source>The agent refused the arguments of the command.</source>
        <translation>The agent refused the arguments of the command.</translation>
    </message>
    <message>
        <source>The agent did not find what the command names.</source>
        <translation>The agent did not find what the command names.</translation>
    </message>
</context>
<context>
    <name>tafel::agentlink::AgentIdentity</name>
    <message>
        <source>%1 Restore the file from a backup or delete it (clients must then enroll the agent again).</source>
        <translation>%1 Restore the file from a backup or delete it (clients must then enroll the agent again).</translation>
    </message>
    <message>
        <source>Cannot write the agent certificate %1: %2</source>
        <translation>Cannot write the agent certificate %1: %2</translation>
    </message>
    <message>
        <source>Qt&apos;s TLS backend did not accept the agent&apos;s Ed25519 key.</source>
        <translation>Qt&apos;s TLS backend did not accept the agent&apos;s Ed25519 key.</translation>
    </message>
</context>
<context>
    <name>tafel::agentlink::AgentLinkServer</name>
    <message>
        <source>The agent has no TLS certificate or key.</source>
        <translation>The agent has no TLS certificate or key.</translation>
    </message>
    <message>
        <source>TLS is not available: Qt&apos;s OpenSSL backend could not be loaded. Install OpenSSL 3 (libssl3).</source>
        <translation>TLS is not available: Qt&apos;s OpenSSL backend could not be loaded. Install OpenSSL 3 (libssl3).</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Cannot listen on %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>tafel::agentlink::PinFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>tafel::agentlink::ServerConnection</name>
    <message>
        <source>No request for %1 seconds; closing the connection. Send heartbeat to keep it open.</source>
        <translation>No request for %1 seconds; closing the connection. Send heartbeat to keep it open.</translation>
    </message>
    <message>
        <source>This agent only accepts clients with a key. Create one with &apos;tafelctl keys create&apos; and add its public key to the agent&apos;s trusted keys.</source>
        <translation>This agent only accepts clients with a key. Create one with &apos;tafelctl keys create&apos; and add its public key to the agent&apos;s trusted keys.</translation>
    </message>
    <message>
        <source>The client certificate does not carry an Ed25519 key. Create keys with &apos;tafelctl keys create&apos;.</source>
        <translation>The client certificate does not carry an Ed25519 key. Create keys with &apos;tafelctl keys create&apos;.</translation>
    </message>
    <message>
        <source>The agent does not trust key %1. Add the line from the key&apos;s .pub file to the agent&apos;s trusted keys file.</source>
        <translation>The agent does not trust key %1. Add the line from the key&apos;s .pub file to the agent&apos;s trusted keys file.</translation>
    </message>
    <message>
        <source>A client may only send requests.</source>
        <translation>A client may only send requests.</translation>
    </message>
    <message>
        <source>Frame sequence %1 is not after %2: replayed or reordered frame.</source>
        <translation>Frame sequence %1 is not after %2: replayed or reordered frame.</translation>
    </message>
    <message>
        <source>This agent does not know the command &apos;%1&apos;. Update the agent.</source>
        <translation>This agent does not know the command &apos;%1&apos;. Update the agent.</translation>
    </message>
    <message>
        <source>The role %1 may not run &apos;%2&apos;. Use an admin key.</source>
        <translation>The role %1 may not run &apos;%2&apos;. Use an admin key.</translation>
    </message>
</context>
<context>
    <name>tafel::agentlink::TrustStore</name>
    <message>
        <source>%1, line %2: the role must be &apos;teacher&apos; or &apos;admin&apos;, not &apos;%3&apos;.</source>
        <translation>%1, line %2: the role must be &apos;teacher&apos; or &apos;admin&apos;, not &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>%1, line %2: %3 Copy the line from the key&apos;s .pub file.</source>
        <translation>%1, line %2: %3 Copy the line from the key&apos;s .pub file.</translation>
    </message>
    <message>
        <source>Cannot read the trusted keys file %1: %2</source>
        <translation>Cannot read the trusted keys file %1: %2</translation>
    </message>
    <message>
        <source>The trusted keys file %1 is larger than 4 MiB.</source>
        <translation>The trusted keys file %1 is larger than 4 MiB.</translation>
    </message>
</context>
<context>
    <name>tafel::classroom</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>tafel::cli::AgentCommand</name>
    <message>
        <source>Talk to tafel-agent on classroom PCs</source>
        <translation>Talk to tafel-agent on classroom PCs</translation>
    </message>
    <message>
        <source>Connect to an agent, show its certificate fingerprint and pin it</source>
        <translation>Connect to an agent, show its certificate fingerprint and pin it</translation>
    </message>
    <message>
        <source>Show host, version, uptime, OS and disk of agents</source>
        <translation>Show host, version, uptime, OS and disk of agents</translation>
    </message>
    <message>
        <source>Private key file (from &apos;tafelctl keys create&apos;); default $TAFEL_KEY.</source>
        <translation>Private key file (from &apos;tafelctl keys create&apos;); default $TAFEL_KEY.</translation>
    </message>
    <message>
        <source>The agent (default port %1).</source>
        <translation>The agent (default port %1).</translation>
    </message>
    <message>
        <source>Expected fingerprint (from the agent&apos;s log or the installer); enrollment fails if it differs.</source>
        <translation>Expected fingerprint (from the agent&apos;s log or the installer); enrollment fails if it differs.</translation>
    </message>
    <message>
        <source>One or more enrolled agents.</source>
        <translation>One or more enrolled agents.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST or HOST:PORT: %2</source>
        <translation>&apos;%1&apos; is not HOST or HOST:PORT: %2</translation>
    </message>
    <message>
        <source>--fingerprint must be 64 hex digits (colons allowed).</source>
        <translation>--fingerprint must be 64 hex digits (colons allowed).</translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation>Could not connect to %1.</translation>
    </message>
    <message>
        <source>%1 presented fingerprint %2, not the expected %3. Nothing was pinned. Check that you reached the right PC.</source>
        <translation>%1 presented fingerprint %2, not the expected %3. Nothing was pinned. Check that you reached the right PC.</translation>
    </message>
    <message>
        <source>Agent %1 certificate fingerprint (SHA-256):</source>
        <translation>Agent %1 certificate fingerprint (SHA-256):</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint in the agent&apos;s log (&apos;certificate fingerprint ...&apos;); pass --fingerprint to check it automatically.</source>
        <translation>Compare it with the fingerprint in the agent&apos;s log (&apos;certificate fingerprint ...&apos;); pass --fingerprint to check it automatically.</translation>
    </message>
    <message>
        <source>Pinned in %1.</source>
        <translation>Pinned in %1.</translation>
    </message>
    <message>
        <source>The agent accepts your key.</source>
        <translation>The agent accepts your key.</translation>
    </message>
    <message>
        <source>The agent does not accept your key yet: %1</source>
        <translation>The agent does not accept your key yet: %1</translation>
    </message>
    <message>
        <source>A client key is needed: pass --key FILE or set TAFEL_KEY (create one with &apos;tafelctl keys create&apos;).</source>
        <translation>A client key is needed: pass --key FILE or set TAFEL_KEY (create one with &apos;tafelctl keys create&apos;).</translation>
    </message>
    <message>
        <source>%1 is not enrolled. Run: tafelctl agent enroll %1</source>
        <translation>%1 is not enrolled. Run: tafelctl agent enroll %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation>AGENT</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ROOM</source>
        <translation>ROOM</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>UPTIME</source>
        <translation>UPTIME</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>DISK FREE</source>
        <translation>DISK FREE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>Show a message on the agents&apos; displays</source>
        <translation>Show a message on the agents&apos; displays</translation>
    </message>
    <message>
        <source>Blank the agents&apos; displays (black screen)</source>
        <translation>Blank the agents&apos; displays (black screen)</translation>
    </message>
    <message>
        <source>Show the agents&apos; displays again after blank</source>
        <translation>Show the agents&apos; displays again after blank</translation>
    </message>
    <message>
        <source>Play, pause, resume or stop a video on the agents&apos; displays</source>
        <translation>Play, pause, resume or stop a video on the agents&apos; displays</translation>
    </message>
    <message>
        <source>Wake a PC with Wake-on-LAN, sent by an agent in its subnet</source>
        <translation>Wake a PC with Wake-on-LAN, sent by an agent in its subnet</translation>
    </message>
    <message>
        <source>Shut down or reboot agents&apos; PCs (admin key)</source>
        <translation>Shut down or reboot agents&apos; PCs (admin key)</translation>
    </message>
    <message>
        <source>The message.</source>
        <translation>The message.</translation>
    </message>
    <message>
        <source>Hide it after N seconds (default 30; 0 = until hidden).</source>
        <translation>Hide it after N seconds (default 30; 0 = until hidden).</translation>
    </message>
    <message>
        <source>A strip across the top instead of the whole screen.</source>
        <translation>A strip across the top instead of the whole screen.</translation>
    </message>
    <message>
        <source>Hide the message that is shown instead.</source>
        <translation>Hide the message that is shown instead.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>What to do.</translation>
    </message>
    <message>
        <source>play: the file&apos;s NAME in the agent&apos;s media folder (no path).</source>
        <translation>play: the file&apos;s NAME in the agent&apos;s media folder (no path).</translation>
    </message>
    <message>
        <source>The network card to wake, e.g. aa:bb:cc:dd:ee:ff.</source>
        <translation>The network card to wake, e.g. aa:bb:cc:dd:ee:ff.</translation>
    </message>
    <message>
        <source>The enrolled agent in the PC&apos;s subnet that sends the packet.</source>
        <translation>The enrolled agent in the PC&apos;s subnet that sends the packet.</translation>
    </message>
    <message>
        <source>Send to this address instead of the agent&apos;s configured one.</source>
        <translation>Send to this address instead of the agent&apos;s configured one.</translation>
    </message>
    <message>
        <source>UDP port instead of the agent&apos;s configured one.</source>
        <translation>UDP port instead of the agent&apos;s configured one.</translation>
    </message>
    <message>
        <source>--text is needed: the message to show.</source>
        <translation>--text is needed: the message to show.</translation>
    </message>
    <message>
        <source>--seconds must be a number from 0 to 86400.</source>
        <translation>--seconds must be a number from 0 to 86400.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not play, pause, resume or stop.</source>
        <translation>&apos;%1&apos; is not play, pause, resume or stop.</translation>
    </message>
    <message>
        <source>media play needs --file NAME (a file in the agent&apos;s media folder).</source>
        <translation>media play needs --file NAME (a file in the agent&apos;s media folder).</translation>
    </message>
    <message>
        <source>--file belongs to media play only.</source>
        <translation>--file belongs to media play only.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MAC address: %2</source>
        <translation>&apos;%1&apos; is not a MAC address: %2</translation>
    </message>
    <message>
        <source>--via HOST is needed: an enrolled agent in the PC&apos;s subnet sends the packet.</source>
        <translation>--via HOST is needed: an enrolled agent in the PC&apos;s subnet sends the packet.</translation>
    </message>
    <message>
        <source>--broadcast must be an IPv4 address such as 192.168.20.255.</source>
        <translation>--broadcast must be an IPv4 address such as 192.168.20.255.</translation>
    </message>
    <message>
        <source>--port must be between 1 and 65535.</source>
        <translation>--port must be between 1 and 65535.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not off or reboot.</source>
        <translation>&apos;%1&apos; is not off or reboot.</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>RESULT</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DETAIL</translation>
    </message>
    <message>
        <source>magic packet for %1 sent to %2</source>
        <translation>magic packet for %1 sent to %2</translation>
    </message>
    <message>
        <source>blanked</source>
        <translation>blanked</translation>
    </message>
    <message>
        <source>message shown (%1)</source>
        <translation>message shown (%1)</translation>
    </message>
    <message>
        <source>media %1 %2 (%3 / %4)</source>
        <translation>media %1 %2 (%3 / %4)</translation>
    </message>
    <message>
        <source>screen shows the desktop</source>
        <translation>screen shows the desktop</translation>
    </message>
</context>
<context>
    <name>tafel::cli::Context</name>
    <message>
        <source>Run &apos;%1 --help&apos; for usage.</source>
        <translation>Run &apos;%1 --help&apos; for usage.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
</context>
<context>
    <name>tafel::cli::DbCommand</name>
    <message>
        <source>The database file</source>
        <translation>The database file</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity and schema version (exit code 1 when broken)</source>
        <translation>Check the database&apos;s integrity and schema version (exit code 1 when broken)</translation>
    </message>
    <message>
        <source>Database:       %1</source>
        <translation>Database:       %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>Schema version: %1 (this program: %2)</translation>
    </message>
    <message>
        <source>The schema is older; the next change by Tafel or tafelctl upgrades it.</source>
        <translation>The schema is older; the next change by Tafel or tafelctl upgrades it.</translation>
    </message>
    <message>
        <source>Integrity:      ok</source>
        <translation>Integrity:      ok</translation>
    </message>
    <message>
        <source>Integrity:      DAMAGED</source>
        <translation>Integrity:      DAMAGED</translation>
    </message>
    <message>
        <source>The database %1 is damaged. Restore a backup.</source>
        <translation>The database %1 is damaged. Restore a backup.</translation>
    </message>
</context>
<context>
    <name>tafel::cli::DevicePasswordCommand</name>
    <message>
        <source>Device id or name.</source>
        <translation>Device id or name.</translation>
    </message>
    <message>
        <source>Room of the device (id or name), when several devices share the name.</source>
        <translation>Room of the device (id or name), when several devices share the name.</translation>
    </message>
    <message>
        <source>Read the password or PIN from the first line of file F (default: the first line of standard input; on a terminal it is asked for without echo).</source>
        <translation>Read the password or PIN from the first line of file F (default: the first line of standard input; on a terminal it is asked for without echo).</translation>
    </message>
    <message>
        <source>Remove the stored password instead.</source>
        <translation>Remove the stored password instead.</translation>
    </message>
    <message>
        <source>There is no device &apos;%1&apos;. See &apos;tafelctl devices list&apos;.</source>
        <translation>There is no device &apos;%1&apos;. See &apos;tafelctl devices list&apos;.</translation>
    </message>
    <message>
        <source>%1 devices are named &apos;%2&apos;. Give the device id or --room (see &apos;tafelctl devices list&apos;).</source>
        <translation>%1 devices are named &apos;%2&apos;. Give the device id or --room (see &apos;tafelctl devices list&apos;).</translation>
    </message>
    <message>
        <source>Password or PIN for %1: </source>
        <translation>Password or PIN for %1: </translation>
    </message>
    <message>
        <source>No password given: pass --password-file F or write it to standard input.</source>
        <translation>No password given: pass --password-file F or write it to standard input.</translation>
    </message>
    <message>
        <source>The device must not be empty.</source>
        <translation>The device must not be empty.</translation>
    </message>
    <message>
        <source>Give either --clear or --password-file, not both.</source>
        <translation>Give either --clear or --password-file, not both.</translation>
    </message>
    <message>
        <source>Removed the stored password of &apos;%1&apos;.</source>
        <translation>Removed the stored password of &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Stored the password of &apos;%1&apos; (encrypted).</source>
        <translation>Stored the password of &apos;%1&apos; (encrypted).</translation>
    </message>
    <message>
        <source>Store the PJLink password or MDC PIN of a display (encrypted)</source>
        <translation>Store the PJLink password or MDC PIN of a display (encrypted)</translation>
    </message>
</context>
<context>
    <name>tafel::cli::DevicesCommand</name>
    <message>
        <source>Devices in the rooms: displays, projectors, PCs, access points, ...</source>
        <translation>Devices in the rooms: displays, projectors, PCs, access points, ...</translation>
    </message>
    <message>
        <source>List devices, of all rooms or of one</source>
        <translation>List devices, of all rooms or of one</translation>
    </message>
    <message>
        <source>Add a device to a room</source>
        <translation>Add a device to a room</translation>
    </message>
    <message>
        <source>Only the devices of room R (id or name).</source>
        <translation>Only the devices of room R (id or name).</translation>
    </message>
    <message>
        <source>ROOM</source>
        <translation>ROOM</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>PROTOCOL</source>
        <translation>PROTOCOL</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Room of the device (id or name). Required.</source>
        <translation>Room of the device (id or name). Required.</translation>
    </message>
    <message>
        <source>Kind of device: %1. Required.</source>
        <translation>Kind of device: %1. Required.</translation>
    </message>
    <message>
        <source>Name of the device. Required.</source>
        <translation>Name of the device. Required.</translation>
    </message>
    <message>
        <source>Host name or IP address, optionally with :PORT. Required.</source>
        <translation>Host name or IP address, optionally with :PORT. Required.</translation>
    </message>
    <message>
        <source>MAC address (unique), e.g. 00:11:22:AA:BB:CC.</source>
        <translation>MAC address (unique), e.g. 00:11:22:AA:BB:CC.</translation>
    </message>
    <message>
        <source>Control protocol: %1.</source>
        <translation>Control protocol: %1.</translation>
    </message>
    <message>
        <source>Missing option --%1.</source>
        <translation>Missing option --%1.</translation>
    </message>
    <message>
        <source>Unknown device kind &apos;%1&apos;. Known kinds: %2.</source>
        <translation>Unknown device kind &apos;%1&apos;. Known kinds: %2.</translation>
    </message>
    <message>
        <source>Unknown protocol &apos;%1&apos;. Known protocols: %2.</source>
        <translation>Unknown protocol &apos;%1&apos;. Known protocols: %2.</translation>
    </message>
    <message>
        <source>Added %1 &apos;%2&apos; to room &apos;%3&apos; (id %4).</source>
        <translation>Added %1 &apos;%2&apos; to room &apos;%3&apos; (id %4).</translation>
    </message>
</context>
<context>
    <name>tafel::cli::Dispatch</name>
    <message>
        <source>Use the database file PATH (default: $TAFEL_DB, else %1).</source>
        <translation>Use the database file PATH (default: $TAFEL_DB, else %1).</translation>
    </message>
    <message>
        <source>Print machine-readable JSON instead of tables.</source>
        <translation>Print machine-readable JSON instead of tables.</translation>
    </message>
    <message>
        <source>Show help for the command.</source>
        <translation>Show help for the command.</translation>
    </message>
    <message>
        <source>Usage: tafelctl [--db PATH] [--json] &lt;command&gt; &lt;subcommand&gt; [options] [arguments]</source>
        <translation>Usage: tafelctl [--db PATH] [--json] &lt;command&gt; &lt;subcommand&gt; [options] [arguments]</translation>
    </message>
    <message>
        <source>Tafel on the command line: rooms, devices and the database of a school.</source>
        <translation>Tafel on the command line: rooms, devices and the database of a school.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Global options:</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Show the version and exit.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the operation failed, 2 wrong usage.</source>
        <translation>Exit codes: 0 success, 1 the operation failed, 2 wrong usage.</translation>
    </message>
    <message>
        <source>Run &apos;tafelctl &lt;command&gt; --help&apos; for the subcommands of a command.</source>
        <translation>Run &apos;tafelctl &lt;command&gt; --help&apos; for the subcommands of a command.</translation>
    </message>
    <message>
        <source>Usage: tafelctl %1 &lt;subcommand&gt; [options] [arguments]</source>
        <translation>Usage: tafelctl %1 &lt;subcommand&gt; [options] [arguments]</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Subcommands:</translation>
    </message>
    <message>
        <source>Run &apos;tafelctl %1 &lt;subcommand&gt; --help&apos; for the options of a subcommand.</source>
        <translation>Run &apos;tafelctl %1 &lt;subcommand&gt; --help&apos; for the options of a subcommand.</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for usage.</source>
        <translation>Run &apos;%1 --help&apos; for usage.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unknown command &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a subcommand: %2.</source>
        <translation>&apos;%1&apos; needs a subcommand: %2.</translation>
    </message>
    <message>
        <source>Unknown subcommand &apos;%1&apos; for &apos;%2&apos;.</source>
        <translation>Unknown subcommand &apos;%1&apos; for &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing an argument.</source>
        <translation>&apos;%1&apos; is missing an argument.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Unexpected argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db needs a file name.</translation>
    </message>
</context>
<context>
    <name>tafel::cli::DisplayCli</name>
    <message>
        <source>Samsung MDC</source>
        <translation>Samsung MDC</translation>
    </message>
    <message>
        <source>PJLink</source>
        <translation>PJLink</translation>
    </message>
    <message>
        <source>The password file %1 does not exist.</source>
        <translation>The password file %1 does not exist.</translation>
    </message>
    <message>
        <source>The password file %1 is a directory.</source>
        <translation>The password file %1 is a directory.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Cannot read the password file %1: %2</translation>
    </message>
    <message>
        <source>The first line of the password file %1 is empty.</source>
        <translation>The first line of the password file %1 is empty.</translation>
    </message>
    <message>
        <source>--%1 must be a number of seconds greater than 0 and at most %2, not &apos;%3&apos;.</source>
        <translation>--%1 must be a number of seconds greater than 0 and at most %2, not &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>standby</translation>
    </message>
    <message>
        <source>warming up</source>
        <translation>warming up</translation>
    </message>
    <message>
        <source>cooling down</source>
        <translation>cooling down</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>class %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Power</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Inputs</translation>
    </message>
    <message>
        <source>Video muted</source>
        <translation>Video muted</translation>
    </message>
    <message>
        <source>Audio muted</source>
        <translation>Audio muted</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Frozen</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>fan</source>
        <translation>fan</translation>
    </message>
    <message>
        <source>lamp</source>
        <translation>lamp</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>temperature</translation>
    </message>
    <message>
        <source>cover</source>
        <translation>cover</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>filter</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>%1 warning</source>
        <translation>%1 warning</translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation>%1 error</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>lamp %1: %2 h, %3</source>
        <translation>lamp %1: %2 h, %3</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>Lamps</source>
        <translation>Lamps</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Manufacturer</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>%1: this build has no driver for %2.</source>
        <translation>%1: this build has no driver for %2.</translation>
    </message>
    <message>
        <source>The display at %1 did not finish within %2 s.</source>
        <translation>The display at %1 did not finish within %2 s.</translation>
    </message>
    <message>
        <source>%1: %2: FAILED: %3</source>
        <translation>%1: %2: FAILED: %3</translation>
    </message>
    <message>
        <source>power: %1</source>
        <translation>power: %1</translation>
    </message>
    <message>
        <source>input: %1</source>
        <translation>input: %1</translation>
    </message>
    <message>
        <source>video muted: %1, audio muted: %2</source>
        <translation>video muted: %1, audio muted: %2</translation>
    </message>
    <message>
        <source>frozen: %1</source>
        <translation>frozen: %1</translation>
    </message>
    <message>
        <source>volume: %1</source>
        <translation>volume: %1</translation>
    </message>
    <message>
        <source>%1: %2: done</source>
        <translation>%1: %2: done</translation>
    </message>
    <message>
        <source>%1: %2: done (%3)</source>
        <translation>%1: %2: done (%3)</translation>
    </message>
</context>
<context>
    <name>tafel::cli::DisplayCommand</name>
    <message>
        <source>Query and switch displays and projectors by address (PJLink, Samsung MDC)</source>
        <translation>Query and switch displays and projectors by address (PJLink, Samsung MDC)</translation>
    </message>
    <message>
        <source>Show power, input, mute, errors, lamps and model of displays</source>
        <translation>Show power, input, mute, errors, lamps and model of displays</translation>
    </message>
    <message>
        <source>Switch displays on or off</source>
        <translation>Switch displays on or off</translation>
    </message>
    <message>
        <source>Switch displays to an input</source>
        <translation>Switch displays to an input</translation>
    </message>
    <message>
        <source>Mute or unmute picture and/or sound</source>
        <translation>Mute or unmute picture and/or sound</translation>
    </message>
    <message>
        <source>Freeze or unfreeze the picture (PJLink class 2)</source>
        <translation>Freeze or unfreeze the picture (PJLink class 2)</translation>
    </message>
    <message>
        <source>Turn the speaker volume up or down</source>
        <translation>Turn the speaker volume up or down</translation>
    </message>
    <message>
        <source>Search the network for PJLink class 2 displays</source>
        <translation>Search the network for PJLink class 2 displays</translation>
    </message>
    <message>
        <source>Control protocol: pjlink (default, TCP 4352) or mdc (Samsung, TCP 1515).</source>
        <translation>Control protocol: pjlink (default, TCP 4352) or mdc (Samsung, TCP 1515).</translation>
    </message>
    <message>
        <source>PJLink password or MDC PIN. Visible to other users in the process list: prefer --password-file.</source>
        <translation>PJLink password or MDC PIN. Visible to other users in the process list: prefer --password-file.</translation>
    </message>
    <message>
        <source>Read the password or PIN from the first line of file F.</source>
        <translation>Read the password or PIN from the first line of file F.</translation>
    </message>
    <message>
        <source>MDC display id, 0 to 254 (default 1).</source>
        <translation>MDC display id, 0 to 254 (default 1).</translation>
    </message>
    <message>
        <source>Seconds to wait for each reply (default 5).</source>
        <translation>Seconds to wait for each reply (default 5).</translation>
    </message>
    <message>
        <source>One or more displays: HOST, HOST:PORT or [IPv6]:PORT.</source>
        <translation>One or more displays: HOST, HOST:PORT or [IPv6]:PORT.</translation>
    </message>
    <message>
        <source>Unknown protocol &apos;%1&apos;. Use pjlink or mdc.</source>
        <translation>Unknown protocol &apos;%1&apos;. Use pjlink or mdc.</translation>
    </message>
    <message>
        <source>Give either --password or --password-file, not both.</source>
        <translation>Give either --password or --password-file, not both.</translation>
    </message>
    <message>
        <source>--mdc-id only applies to --protocol mdc.</source>
        <translation>--mdc-id only applies to --protocol mdc.</translation>
    </message>
    <message>
        <source>--mdc-id must be a whole number from 0 to 254, not &apos;%1&apos;.</source>
        <translation>--mdc-id must be a whole number from 0 to 254, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs at least one HOST.</source>
        <translation>&apos;%1&apos; needs at least one HOST.</translation>
    </message>
    <message>
        <source>%1 of %2 displays failed.</source>
        <translation>%1 of %2 displays failed.</translation>
    </message>
    <message>
        <source>The change was made, but the audit log could not be written: %1</source>
        <translation>The change was made, but the audit log could not be written: %1</translation>
    </message>
    <message>
        <source>Switch on or off (standby).</source>
        <translation>Switch on or off (standby).</translation>
    </message>
    <message>
        <source>Wait until the displays report the new state (projectors warm up and cool down).</source>
        <translation>Wait until the displays report the new state (projectors warm up and cool down).</translation>
    </message>
    <message>
        <source>Give up waiting after S seconds (default %1).</source>
        <translation>Give up waiting after S seconds (default %1).</translation>
    </message>
    <message>
        <source>Say &apos;on&apos; or &apos;off&apos;, not &apos;%1&apos;.</source>
        <translation>Say &apos;on&apos; or &apos;off&apos;, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--wait-timeout only applies with --wait.</source>
        <translation>--wait-timeout only applies with --wait.</translation>
    </message>
    <message>
        <source>Input: PJLink code such as 31 (HDMI 1), MDC code such as 0x21 or a name such as HDMI1.</source>
        <translation>Input: PJLink code such as 31 (HDMI 1), MDC code such as 0x21 or a name such as HDMI1.</translation>
    </message>
    <message>
        <source>The input code must not be empty.</source>
        <translation>The input code must not be empty.</translation>
    </message>
    <message>
        <source>What to mute: the picture, the sound or both.</source>
        <translation>What to mute: the picture, the sound or both.</translation>
    </message>
    <message>
        <source>Mute (on) or unmute (off).</source>
        <translation>Mute (on) or unmute (off).</translation>
    </message>
    <message>
        <source>Say &apos;video&apos;, &apos;audio&apos; or &apos;all&apos;, not &apos;%1&apos;.</source>
        <translation>Say &apos;video&apos;, &apos;audio&apos; or &apos;all&apos;, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Freeze (on) or unfreeze (off) the picture.</source>
        <translation>Freeze (on) or unfreeze (off) the picture.</translation>
    </message>
    <message>
        <source>Louder or quieter.</source>
        <translation>Louder or quieter.</translation>
    </message>
    <message>
        <source>Number of steps, 1 to 20 (default 1).</source>
        <translation>Number of steps, 1 to 20 (default 1).</translation>
    </message>
    <message>
        <source>Say &apos;up&apos; or &apos;down&apos;, not &apos;%1&apos;.</source>
        <translation>Say &apos;up&apos; or &apos;down&apos;, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--steps must be a whole number from 1 to 20, not &apos;%1&apos;.</source>
        <translation>--steps must be a whole number from 1 to 20, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Seconds to collect answers (default 3).</source>
        <translation>Seconds to collect answers (default 3).</translation>
    </message>
    <message>
        <source>Send the search to this IP address instead of the broadcast address 255.255.255.255.</source>
        <translation>Send the search to this IP address instead of the broadcast address 255.255.255.255.</translation>
    </message>
    <message>
        <source>UDP port to send the search to (default 4352).</source>
        <translation>UDP port to send the search to (default 4352).</translation>
    </message>
    <message>
        <source>UDP port to receive answers on (default 4352 for the broadcast, where displays answer; any free port with --address).</source>
        <translation>UDP port to receive answers on (default 4352 for the broadcast, where displays answer; any free port with --address).</translation>
    </message>
    <message>
        <source>--address must be an IP address, not &apos;%1&apos;.</source>
        <translation>--address must be an IP address, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--port must be a port number from 1 to 65535, not &apos;%1&apos;.</source>
        <translation>--port must be a port number from 1 to 65535, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--local-port must be a port number from 0 to 65535, not &apos;%1&apos;.</source>
        <translation>--local-port must be a port number from 0 to 65535, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No PJLink class 2 display answered within %1 s.</source>
        <translation>No PJLink class 2 display answered within %1 s.</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>tafel::cli::KeysCommand</name>
    <message>
        <source>Keys for the agents&apos; LAN protocol</source>
        <translation>Keys for the agents&apos; LAN protocol</translation>
    </message>
    <message>
        <source>Create an Ed25519 key pair for a teacher or admin</source>
        <translation>Create an Ed25519 key pair for a teacher or admin</translation>
    </message>
    <message>
        <source>Role the agents grant this key: teacher or admin.</source>
        <translation>Role the agents grant this key: teacher or admin.</translation>
    </message>
    <message>
        <source>Directory to write tafel-&lt;role&gt;.pem (private, 0600) and tafel-&lt;role&gt;.pub into.</source>
        <translation>Directory to write tafel-&lt;role&gt;.pem (private, 0600) and tafel-&lt;role&gt;.pub into.</translation>
    </message>
    <message>
        <source>Comment stored with the public key, e.g. the person or PC (default: the role).</source>
        <translation>Comment stored with the public key, e.g. the person or PC (default: the role).</translation>
    </message>
    <message>
        <source>--role must be &apos;teacher&apos; or &apos;admin&apos;.</source>
        <translation>--role must be &apos;teacher&apos; or &apos;admin&apos;.</translation>
    </message>
    <message>
        <source>--out DIR is required: the directory for the new key files.</source>
        <translation>--out DIR is required: the directory for the new key files.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Cannot create the directory %1.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another --out directory; an existing key is never overwritten.</source>
        <translation>%1 already exists. Choose another --out directory; an existing key is never overwritten.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Created %1 key %2:</source>
        <translation>Created %1 key %2:</translation>
    </message>
    <message>
        <source>(private, keep it secret; mode 0600)</source>
        <translation>(private, keep it secret; mode 0600)</translation>
    </message>
    <message>
        <source>To let an agent accept this key, append this line to its trusted-keys file (&lt;DataDir&gt;/trusted-keys):</source>
        <translation>To let an agent accept this key, append this line to its trusted-keys file (&lt;DataDir&gt;/trusted-keys):</translation>
    </message>
    <message>
        <source>Then use it with: tafelctl agent status HOST --key %1</source>
        <translation>Then use it with: tafelctl agent status HOST --key %1</translation>
    </message>
</context>
<context>
    <name>tafel::cli::MonitorCommand</name>
    <message>
        <source>Probe devices, measure broadband, read probe history</source>
        <translation>Probe devices, measure broadband, read probe history</translation>
    </message>
    <message>
        <source>Probe targets: icmp://host, tcp://host:port, http(s)://...</source>
        <translation>Probe targets: icmp://host, tcp://host:port, http(s)://...</translation>
    </message>
    <message>
        <source>Measure throughput and latency with iperf3 or a LibreSpeed server</source>
        <translation>Measure throughput and latency with iperf3 or a LibreSpeed server</translation>
    </message>
    <message>
        <source>Probe history of a device or room from the agent&apos;s history file</source>
        <translation>Probe history of a device or room from the agent&apos;s history file</translation>
    </message>
    <message>
        <source>icmp://host, tcp://host:port, http://... or https://... (several allowed)</source>
        <translation>icmp://host, tcp://host:port, http://... or https://... (several allowed)</translation>
    </message>
    <message>
        <source>Probes per target (default 1).</source>
        <translation>Probes per target (default 1).</translation>
    </message>
    <message>
        <source>Timeout per probe in milliseconds (default 2000).</source>
        <translation>Timeout per probe in milliseconds (default 2000).</translation>
    </message>
    <message>
        <source>--count must be a number from 1 to 1000.</source>
        <translation>--count must be a number from 1 to 1000.</translation>
    </message>
    <message>
        <source>--timeout must be 1 to 60000 milliseconds.</source>
        <translation>--timeout must be 1 to 60000 milliseconds.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: display and heartbeat probes run in the agent.</source>
        <translation>&apos;%1&apos;: display and heartbeat probes run in the agent.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>RTT ms</source>
        <translation>RTT ms</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>iperf3 server (default port 5201).</source>
        <translation>iperf3 server (default port 5201).</translation>
    </message>
    <message>
        <source>LibreSpeed backend URL, e.g. http://speed.example/backend/.</source>
        <translation>LibreSpeed backend URL, e.g. http://speed.example/backend/.</translation>
    </message>
    <message>
        <source>Seconds per direction, warm-up excluded (default 10).</source>
        <translation>Seconds per direction, warm-up excluded (default 10).</translation>
    </message>
    <message>
        <source>Parallel connections (default 4 for iperf3, 3 for HTTP).</source>
        <translation>Parallel connections (default 4 for iperf3, 3 for HTTP).</translation>
    </message>
    <message>
        <source>iperf3: download (the server sends) instead of upload.</source>
        <translation>iperf3: download (the server sends) instead of upload.</translation>
    </message>
    <message>
        <source>Give exactly one of --iperf3 HOST[:PORT] and --http URL.</source>
        <translation>Give exactly one of --iperf3 HOST[:PORT] and --http URL.</translation>
    </message>
    <message>
        <source>--duration must be 1 to 600 seconds.</source>
        <translation>--duration must be 1 to 600 seconds.</translation>
    </message>
    <message>
        <source>--streams must be 1 to %1.</source>
        <translation>--streams must be 1 to %1.</translation>
    </message>
    <message>
        <source>--http needs an http:// or https:// URL.</source>
        <translation>--http needs an http:// or https:// URL.</translation>
    </message>
    <message>
        <source>The measurement did not finish.</source>
        <translation>The measurement did not finish.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Down Mbit/s</source>
        <translation>Down Mbit/s</translation>
    </message>
    <message>
        <source>Up Mbit/s</source>
        <translation>Up Mbit/s</translation>
    </message>
    <message>
        <source>RTT idle ms</source>
        <translation>RTT idle ms</translation>
    </message>
    <message>
        <source>RTT loaded ms</source>
        <translation>RTT loaded ms</translation>
    </message>
    <message>
        <source>Jitter ms</source>
        <translation>Jitter ms</translation>
    </message>
    <message>
        <source>Loss %</source>
        <translation>Loss %</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Streams</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Seconds</translation>
    </message>
    <message>
        <source>Latency was measured with TCP connects (no ICMP permission).</source>
        <translation>Latency was measured with TCP connects (no ICMP permission).</translation>
    </message>
    <message>
        <source>A device id or a room name</source>
        <translation>A device id or a room name</translation>
    </message>
    <message>
        <source>Start: an ISO date/time or a span like 24h, 7d (default 24h).</source>
        <translation>Start: an ISO date/time or a span like 24h, 7d (default 24h).</translation>
    </message>
    <message>
        <source>The agent&apos;s history file (default: %1).</source>
        <translation>The agent&apos;s history file (default: %1).</translation>
    </message>
    <message>
        <source>Ask the room&apos;s agent (history.query) instead of reading a file; it must be enrolled.</source>
        <translation>Ask the room&apos;s agent (history.query) instead of reading a file; it must be enrolled.</translation>
    </message>
    <message>
        <source>Private key file for --agent (from &apos;tafelctl keys create&apos;); default $TAFEL_KEY.</source>
        <translation>Private key file for --agent (from &apos;tafelctl keys create&apos;); default $TAFEL_KEY.</translation>
    </message>
    <message>
        <source>raw, minute or hour (default: minute up to 2 days, else hour).</source>
        <translation>raw, minute or hour (default: minute up to 2 days, else hour).</translation>
    </message>
    <message>
        <source>--agent needs a client key: pass --key FILE or set TAFEL_KEY.</source>
        <translation>--agent needs a client key: pass --key FILE or set TAFEL_KEY.</translation>
    </message>
    <message>
        <source>%1 is not enrolled. Run: tafelctl agent enroll %1</source>
        <translation>%1 is not enrolled. Run: tafelctl agent enroll %1</translation>
    </message>
    <message>
        <source>--since must be an ISO date/time or a span like 30m, 24h, 7d.</source>
        <translation>--since must be an ISO date/time or a span like 30m, 24h, 7d.</translation>
    </message>
    <message>
        <source>--resolution must be raw, minute or hour.</source>
        <translation>--resolution must be raw, minute or hour.</translation>
    </message>
    <message>
        <source>--resolution raw needs --agent.</source>
        <translation>--resolution raw needs --agent.</translation>
    </message>
    <message>
        <source>No history file at %1 (use --history FILE or --agent HOST).</source>
        <translation>No history file at %1 (use --history FILE or --agent HOST).</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Probes</source>
        <translation>Probes</translation>
    </message>
    <message>
        <source>Min ms</source>
        <translation>Min ms</translation>
    </message>
    <message>
        <source>Median ms</source>
        <translation>Median ms</translation>
    </message>
    <message>
        <source>P90 ms</source>
        <translation>P90 ms</translation>
    </message>
    <message>
        <source>Max ms</source>
        <translation>Max ms</translation>
    </message>
</context>
<context>
    <name>tafel::cli::ProvisionCommand</name>
    <message>
        <source>Unattended installation: make, check and apply provision.json</source>
        <translation>Unattended installation: make, check and apply provision.json</translation>
    </message>
    <message>
        <source>Write provision.json for a room (or one per room) from the store</source>
        <translation>Write provision.json for a room (or one per room) from the store</translation>
    </message>
    <message>
        <source>Check a provision.json and list every problem with its JSON path</source>
        <translation>Check a provision.json and list every problem with its JSON path</translation>
    </message>
    <message>
        <source>The provisioning file.</source>
        <translation>The provisioning file.</translation>
    </message>
    <message>
        <source>Validate a provision.json and write the agent&apos;s configuration from it</source>
        <translation>Validate a provision.json and write the agent&apos;s configuration from it</translation>
    </message>
    <message>
        <source>Directory to write into: DIR/provision.json with --room, else DIR/&lt;room&gt;/provision.json per room.</source>
        <translation>Directory to write into: DIR/provision.json with --room, else DIR/&lt;room&gt;/provision.json per room.</translation>
    </message>
    <message>
        <source>Room id or name (default: every room of the store).</source>
        <translation>Room id or name (default: every room of the store).</translation>
    </message>
    <message>
        <source>Machine role: teacher-pc (default), display-pc, student or server.</source>
        <translation>Machine role: teacher-pc (default), display-pc, student or server.</translation>
    </message>
    <message>
        <source>School id (A-Z a-z 0-9 . _ -), e.g. the city&apos;s school number.</source>
        <translation>School id (A-Z a-z 0-9 . _ -), e.g. the city&apos;s school number.</translation>
    </message>
    <message>
        <source>A public key file from &apos;tafelctl keys create&apos; (*.pub, trusted-keys lines); repeatable.</source>
        <translation>A public key file from &apos;tafelctl keys create&apos; (*.pub, trusted-keys lines); repeatable.</translation>
    </message>
    <message>
        <source>A JSON file with the reporting sinks, copied into the bundle as it is.</source>
        <translation>A JSON file with the reporting sinks, copied into the bundle as it is.</translation>
    </message>
    <message>
        <source>Admin user whose password hash goes into the bundle (default: the only admin).</source>
        <translation>Admin user whose password hash goes into the bundle (default: the only admin).</translation>
    </message>
    <message>
        <source>Leave the admin password hash out.</source>
        <translation>Leave the admin password hash out.</translation>
    </message>
    <message>
        <source>The agents&apos; listen address ADDR:PORT (default: the agent&apos;s, 0.0.0.0:4450).</source>
        <translation>The agents&apos; listen address ADDR:PORT (default: the agent&apos;s, 0.0.0.0:4450).</translation>
    </message>
    <message>
        <source>The provisioning file, e.g. /etc/tafel/provision.json.</source>
        <translation>The provisioning file, e.g. /etc/tafel/provision.json.</translation>
    </message>
    <message>
        <source>Where agent.ini and trusted-keys go (default /etc/tafel).</source>
        <translation>Where agent.ini and trusted-keys go (default /etc/tafel).</translation>
    </message>
    <message>
        <source>The agent&apos;s data directory written into agent.ini (default /var/lib/tafel-agent).</source>
        <translation>The agent&apos;s data directory written into agent.ini (default /var/lib/tafel-agent).</translation>
    </message>
    <message>
        <source>The trusted-keys path agent.ini names (default: &lt;config-dir&gt;/trusted-keys).</source>
        <translation>The trusted-keys path agent.ini names (default: &lt;config-dir&gt;/trusted-keys).</translation>
    </message>
    <message>
        <source>Manage the screen helper&apos;s autostart entry here (e.g. /etc/xdg/autostart): written for display-pc, removed otherwise.</source>
        <translation>Manage the screen helper&apos;s autostart entry here (e.g. /etc/xdg/autostart): written for display-pc, removed otherwise.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not valid (%n problem(s)); nothing was changed.</source>
        <translation>
            <numerusform>%1 is not valid (%n problem); nothing was changed.</numerusform>
            <numerusform>%1 is not valid (%n problems); nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is valid: school %2, room %3, role %4, %n trusted key(s).</source>
        <translation>
            <numerusform>%1 is valid: school %2, room %3, role %4, %n trusted key.</numerusform>
            <numerusform>%1 is valid: school %2, room %3, role %4, %n trusted keys.</numerusform>
        </translation>
    </message>
    <message>
        <source>--config-dir and --data-dir must not be empty.</source>
        <translation>--config-dir and --data-dir must not be empty.</translation>
    </message>
    <message>
        <source>Applied %1 (school %2, room %3, role %4):</source>
        <translation>Applied %1 (school %2, room %3, role %4):</translation>
    </message>
    <message>
        <source>--out DIR is required.</source>
        <translation>--out DIR is required.</translation>
    </message>
    <message>
        <source>--school ID is required.</source>
        <translation>--school ID is required.</translation>
    </message>
    <message>
        <source>--role must be teacher-pc, display-pc, student or server.</source>
        <translation>--role must be teacher-pc, display-pc, student or server.</translation>
    </message>
    <message>
        <source>tafelctl: warning: no --key given; the agents will refuse every client until keys are added.</source>
        <translation>tafelctl: warning: no --key given; the agents will refuse every client until keys are added.</translation>
    </message>
    <message>
        <source>%1 must hold a JSON object (the reporting sinks).</source>
        <translation>%1 must hold a JSON object (the reporting sinks).</translation>
    </message>
    <message>
        <source>No admin user named %1 in the store.</source>
        <translation>No admin user named %1 in the store.</translation>
    </message>
    <message>
        <source>The store has no admin user; set one in the GUI or pass --no-admin-hash.</source>
        <translation>The store has no admin user; set one in the GUI or pass --no-admin-hash.</translation>
    </message>
    <message>
        <source>The store has several admins; choose one with --admin NAME.</source>
        <translation>The store has several admins; choose one with --admin NAME.</translation>
    </message>
    <message>
        <source>The store has no rooms; add one with &apos;tafelctl rooms add&apos; or pass --room.</source>
        <translation>The store has no rooms; add one with &apos;tafelctl rooms add&apos; or pass --room.</translation>
    </message>
    <message>
        <source>The bundle for room %1 would not be valid: %2</source>
        <translation>The bundle for room %1 would not be valid: %2</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Cannot create the directory %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>tafel::cli::ReportCommand</name>
    <message>
        <source>Health reports to the city&apos;s monitoring (Pushgateway, OTLP)</source>
        <translation>Health reports to the city&apos;s monitoring (Pushgateway, OTLP)</translation>
    </message>
    <message>
        <source>Print a queued report as it would be sent</source>
        <translation>Print a queued report as it would be sent</translation>
    </message>
    <message>
        <source>Send the queued reports to a sink now</source>
        <translation>Send the queued reports to a sink now</translation>
    </message>
    <message>
        <source>Show the agent&apos;s report outbox</source>
        <translation>Show the agent&apos;s report outbox</translation>
    </message>
    <message>
        <source>The agent&apos;s database (default: %1).</source>
        <translation>The agent&apos;s database (default: %1).</translation>
    </message>
    <message>
        <source>prometheus (text format 0.0.4, default) or otlp (OTLP/HTTP JSON).</source>
        <translation>prometheus (text format 0.0.4, default) or otlp (OTLP/HTTP JSON).</translation>
    </message>
    <message>
        <source>The report&apos;s idempotency key (default: the newest report).</source>
        <translation>The report&apos;s idempotency key (default: the newest report).</translation>
    </message>
    <message>
        <source>The sink whose queued reports to send (default: the --kind).</source>
        <translation>The sink whose queued reports to send (default: the --kind).</translation>
    </message>
    <message>
        <source>The sink&apos;s base URL, e.g. https://push.example:9091.</source>
        <translation>The sink&apos;s base URL, e.g. https://push.example:9091.</translation>
    </message>
    <message>
        <source>pushgateway (default) or otlp.</source>
        <translation>pushgateway (default) or otlp.</translation>
    </message>
    <message>
        <source>Bearer token.</source>
        <translation>Bearer token.</translation>
    </message>
    <message>
        <source>CA certificate (PEM) instead of the system trust store.</source>
        <translation>CA certificate (PEM) instead of the system trust store.</translation>
    </message>
    <message>
        <source>Client certificate (PEM) for mutual TLS.</source>
        <translation>Client certificate (PEM) for mutual TLS.</translation>
    </message>
    <message>
        <source>Client key (PEM) for mutual TLS.</source>
        <translation>Client key (PEM) for mutual TLS.</translation>
    </message>
    <message>
        <source>No agent database at %1 (use --agent-db FILE).</source>
        <translation>No agent database at %1 (use --agent-db FILE).</translation>
    </message>
    <message>
        <source>--format must be prometheus or otlp.</source>
        <translation>--format must be prometheus or otlp.</translation>
    </message>
    <message>
        <source>No queued report %1.</source>
        <translation>No queued report %1.</translation>
    </message>
    <message>
        <source>The outbox is empty: every report has been sent.</source>
        <translation>The outbox is empty: every report has been sent.</translation>
    </message>
    <message>
        <source>--kind must be pushgateway or otlp.</source>
        <translation>--kind must be pushgateway or otlp.</translation>
    </message>
    <message>
        <source>--url is required.</source>
        <translation>--url is required.</translation>
    </message>
    <message>
        <source>Sink</source>
        <translation>Sink</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Still queued</source>
        <translation>Still queued</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Dropped (full)</source>
        <translation>Dropped (full)</translation>
    </message>
    <message>
        <source>Refused by a server</source>
        <translation>Refused by a server</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Oldest</translation>
    </message>
</context>
<context>
    <name>tafel::cli::RoomCommand</name>
    <message>
        <source>Switch and query all displays of a room at once</source>
        <translation>Switch and query all displays of a room at once</translation>
    </message>
    <message>
        <source>Switch every display of a room on or off</source>
        <translation>Switch every display of a room on or off</translation>
    </message>
    <message>
        <source>Switch every display of a room to an input</source>
        <translation>Switch every display of a room to an input</translation>
    </message>
    <message>
        <source>Mute or unmute picture or sound of every display of a room</source>
        <translation>Mute or unmute picture or sound of every display of a room</translation>
    </message>
    <message>
        <source>Freeze or unfreeze the picture of every display of a room</source>
        <translation>Freeze or unfreeze the picture of every display of a room</translation>
    </message>
    <message>
        <source>Show the state of every display of a room</source>
        <translation>Show the state of every display of a room</translation>
    </message>
    <message>
        <source>Room name or id.</source>
        <translation>Room name or id.</translation>
    </message>
    <message>
        <source>Seconds to wait for each reply (default 5).</source>
        <translation>Seconds to wait for each reply (default 5).</translation>
    </message>
    <message>
        <source>Room &apos;%1&apos; has no displays to control. Add one with: tafelctl devices add --room &apos;%1&apos; --kind display --name NAME --host HOST --protocol pjlink</source>
        <translation>Room &apos;%1&apos; has no displays to control. Add one with: tafelctl devices add --room &apos;%1&apos; --kind display --name NAME --host HOST --protocol pjlink</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>The displays were switched, but the audit log could not be written: %1</source>
        <translation>The displays were switched, but the audit log could not be written: %1</translation>
    </message>
    <message>
        <source>%1 of %2 displays in room &apos;%3&apos; failed.</source>
        <translation>%1 of %2 displays in room &apos;%3&apos; failed.</translation>
    </message>
    <message>
        <source>Switch on or off (standby).</source>
        <translation>Switch on or off (standby).</translation>
    </message>
    <message>
        <source>Wait until every display reports the new state.</source>
        <translation>Wait until every display reports the new state.</translation>
    </message>
    <message>
        <source>Give up waiting after S seconds (default 120).</source>
        <translation>Give up waiting after S seconds (default 120).</translation>
    </message>
    <message>
        <source>Say &apos;on&apos; or &apos;off&apos;, not &apos;%1&apos;.</source>
        <translation>Say &apos;on&apos; or &apos;off&apos;, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--wait-timeout only applies with --wait.</source>
        <translation>--wait-timeout only applies with --wait.</translation>
    </message>
    <message>
        <source>Input: PJLink code such as 31 (HDMI 1), MDC code such as 0x21 or a name such as HDMI1.</source>
        <translation>Input: PJLink code such as 31 (HDMI 1), MDC code such as 0x21 or a name such as HDMI1.</translation>
    </message>
    <message>
        <source>The input code must not be empty.</source>
        <translation>The input code must not be empty.</translation>
    </message>
    <message>
        <source>What to mute: the picture or the sound.</source>
        <translation>What to mute: the picture or the sound.</translation>
    </message>
    <message>
        <source>Mute (on) or unmute (off).</source>
        <translation>Mute (on) or unmute (off).</translation>
    </message>
    <message>
        <source>Say &apos;video&apos; or &apos;audio&apos;, not &apos;%1&apos;.</source>
        <translation>Say &apos;video&apos; or &apos;audio&apos;, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Freeze (on) or unfreeze (off) the picture.</source>
        <translation>Freeze (on) or unfreeze (off) the picture.</translation>
    </message>
</context>
<context>
    <name>tafel::cli::RoomsCommand</name>
    <message>
        <source>Rooms of the school</source>
        <translation>Rooms of the school</translation>
    </message>
    <message>
        <source>List all rooms</source>
        <translation>List all rooms</translation>
    </message>
    <message>
        <source>Add a room</source>
        <translation>Add a room</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>BUILDING</source>
        <translation>BUILDING</translation>
    </message>
    <message>
        <source>FLOOR</source>
        <translation>FLOOR</translation>
    </message>
    <message>
        <source>CAPACITY</source>
        <translation>CAPACITY</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name of the new room, unique in the school.</source>
        <translation>Name of the new room, unique in the school.</translation>
    </message>
    <message>
        <source>Building the room is in.</source>
        <translation>Building the room is in.</translation>
    </message>
    <message>
        <source>Floor the room is on.</source>
        <translation>Floor the room is on.</translation>
    </message>
    <message>
        <source>Number of seats.</source>
        <translation>Number of seats.</translation>
    </message>
    <message>
        <source>The room name must not be empty.</source>
        <translation>The room name must not be empty.</translation>
    </message>
    <message>
        <source>--capacity must be a whole number of 0 or more, not &apos;%1&apos;.</source>
        <translation>--capacity must be a whole number of 0 or more, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Added room &apos;%1&apos; (id %2).</source>
        <translation>Added room &apos;%1&apos; (id %2).</translation>
    </message>
</context>
<context>
    <name>tafel::cli::ScheduleCommand</name>
    <message>
        <source>Switch the displays of a room or of the whole school at set times</source>
        <translation>Switch the displays of a room or of the whole school at set times</translation>
    </message>
    <message>
        <source>Add a weekly schedule entry</source>
        <translation>Add a weekly schedule entry</translation>
    </message>
    <message>
        <source>List schedule entries with their next run</source>
        <translation>List schedule entries with their next run</translation>
    </message>
    <message>
        <source>Remove a schedule entry</source>
        <translation>Remove a schedule entry</translation>
    </message>
    <message>
        <source>Room (name or id) whose displays are switched.</source>
        <translation>Room (name or id) whose displays are switched.</translation>
    </message>
    <message>
        <source>Switch the displays of every room instead of one.</source>
        <translation>Switch the displays of every room instead of one.</translation>
    </message>
    <message>
        <source>Time of day, HH:MM (24 hours, local time). Required.</source>
        <translation>Time of day, HH:MM (24 hours, local time). Required.</translation>
    </message>
    <message>
        <source>Days: mon-fri (default), daily, sat-sun, mon,wed,fri, ... (German names work too).</source>
        <translation>Days: mon-fri (default), daily, sat-sun, mon,wed,fri, ... (German names work too).</translation>
    </message>
    <message>
        <source>on, off or input. Required.</source>
        <translation>on, off or input. Required.</translation>
    </message>
    <message>
        <source>Input code for --action input, e.g. 31.</source>
        <translation>Input code for --action input, e.g. 31.</translation>
    </message>
    <message>
        <source>A note shown with the entry, e.g. &quot;after school&quot;.</source>
        <translation>A note shown with the entry, e.g. &quot;after school&quot;.</translation>
    </message>
    <message>
        <source>Give either --room R or --school.</source>
        <translation>Give either --room R or --school.</translation>
    </message>
    <message>
        <source>--room needs a room name or id.</source>
        <translation>--room needs a room name or id.</translation>
    </message>
    <message>
        <source>Missing option --%1.</source>
        <translation>Missing option --%1.</translation>
    </message>
    <message>
        <source>--at &apos;%1&apos;: %2</source>
        <translation>--at &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>--days &apos;%1&apos;: %2</source>
        <translation>--days &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;. Use on, off or input.</source>
        <translation>Unknown action &apos;%1&apos;. Use on, off or input.</translation>
    </message>
    <message>
        <source>--input only applies with --action input.</source>
        <translation>--input only applies with --action input.</translation>
    </message>
    <message>
        <source>Added schedule %1: %2 %3 at %4 on %5.</source>
        <translation>Added schedule %1: %2 %3 at %4 on %5.</translation>
    </message>
    <message>
        <source>whole school</source>
        <translation>whole school</translation>
    </message>
    <message>
        <source>room &apos;%1&apos;</source>
        <translation>room &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Only the entries that switch room R (id or name), school-wide ones included.</source>
        <translation>Only the entries that switch room R (id or name), school-wide ones included.</translation>
    </message>
    <message>
        <source>(whole school)</source>
        <translation>(whole school)</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>enabled</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ROOM</source>
        <translation>ROOM</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DAYS</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>NEXT</source>
        <translation>NEXT</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LABEL</translation>
    </message>
    <message>
        <source>Id of the entry (see &apos;tafelctl schedule list&apos;).</source>
        <translation>Id of the entry (see &apos;tafelctl schedule list&apos;).</translation>
    </message>
    <message>
        <source>The schedule id must not be empty.</source>
        <translation>The schedule id must not be empty.</translation>
    </message>
    <message>
        <source>Removed schedule %1.</source>
        <translation>Removed schedule %1.</translation>
    </message>
</context>
<context>
    <name>tafel::crypto</name>
    <message>
        <source>Unsupported password hash parameters.</source>
        <translation>Unsupported password hash parameters.</translation>
    </message>
    <message>
        <source>Password hashing failed (out of memory?).</source>
        <translation>Password hashing failed (out of memory?).</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>The system&apos;s random number generator failed.</translation>
    </message>
    <message>
        <source>The stored password hash is malformed.</source>
        <translation>The stored password hash is malformed.</translation>
    </message>
</context>
<context>
    <name>tafel::crypto::Certificate</name>
    <message>
        <source>A certificate needs a key.</source>
        <translation>A certificate needs a key.</translation>
    </message>
    <message>
        <source>OpenSSL could not create a certificate.</source>
        <translation>OpenSSL could not create a certificate.</translation>
    </message>
    <message>
        <source>OpenSSL could not create the self-signed certificate.</source>
        <translation>OpenSSL could not create the self-signed certificate.</translation>
    </message>
    <message>
        <source>OpenSSL could not encode the certificate.</source>
        <translation>OpenSSL could not encode the certificate.</translation>
    </message>
    <message>
        <source>Qt&apos;s TLS backend cannot read the certificate. Is the OpenSSL TLS plugin installed?</source>
        <translation>Qt&apos;s TLS backend cannot read the certificate. Is the OpenSSL TLS plugin installed?</translation>
    </message>
    <message>
        <source>No certificate.</source>
        <translation>No certificate.</translation>
    </message>
</context>
<context>
    <name>tafel::crypto::KeyPair</name>
    <message>
        <source>OpenSSL could not generate an Ed25519 key.</source>
        <translation>OpenSSL could not generate an Ed25519 key.</translation>
    </message>
    <message>
        <source>The data is not an unencrypted Ed25519 private key (PEM).</source>
        <translation>The data is not an unencrypted Ed25519 private key (PEM).</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>Cannot read the key file %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file.</source>
        <translation>%1 is too large to be a key file.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There is no key to save.</source>
        <translation>There is no key to save.</translation>
    </message>
    <message>
        <source>Cannot create the key file %1: %2</source>
        <translation>Cannot create the key file %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the key file %1: %2</source>
        <translation>Cannot write the key file %1: %2</translation>
    </message>
</context>
<context>
    <name>tafel::crypto::PublicKey</name>
    <message>
        <source>An Ed25519 public key has 32 bytes, not %1.</source>
        <translation>An Ed25519 public key has 32 bytes, not %1.</translation>
    </message>
    <message>
        <source>The data is not a valid Ed25519 public key.</source>
        <translation>The data is not a valid Ed25519 public key.</translation>
    </message>
    <message>
        <source>The public key is not valid base64.</source>
        <translation>The public key is not valid base64.</translation>
    </message>
    <message>
        <source>The PEM data is not an Ed25519 public key.</source>
        <translation>The PEM data is not an Ed25519 public key.</translation>
    </message>
    <message>
        <source>The certificate cannot be parsed.</source>
        <translation>The certificate cannot be parsed.</translation>
    </message>
    <message>
        <source>The certificate does not carry an Ed25519 key. Create keys with &apos;tafelctl keys create&apos;.</source>
        <translation>The certificate does not carry an Ed25519 key. Create keys with &apos;tafelctl keys create&apos;.</translation>
    </message>
</context>
<context>
    <name>tafel::crypto::SecretBox</name>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>The system&apos;s random number generator failed.</translation>
    </message>
    <message>
        <source>Cannot create the key file %1: %2</source>
        <translation>Cannot create the key file %1: %2</translation>
    </message>
    <message>
        <source>The key file %1 is readable by other users; it must have mode 0600 (chmod 600).</source>
        <translation>The key file %1 is readable by other users; it must have mode 0600 (chmod 600).</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>Cannot read the key file %1: %2</translation>
    </message>
    <message>
        <source>The key file %1 is damaged (it must hold exactly 32 bytes).</source>
        <translation>The key file %1 is damaged (it must hold exactly 32 bytes).</translation>
    </message>
    <message>
        <source>Encrypting the secret failed.</source>
        <translation>Encrypting the secret failed.</translation>
    </message>
    <message>
        <source>A stored secret cannot be decrypted: it was damaged or belongs to another key file.</source>
        <translation>A stored secret cannot be decrypted: it was damaged or belongs to another key file.</translation>
    </message>
</context>
<context>
    <name>tafel::crypto::Sha256</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Reading %1 failed: %2</translation>
    </message>
    <message>
        <source>OpenSSL could not compute SHA-256 of %1.</source>
        <translation>OpenSSL could not compute SHA-256 of %1.</translation>
    </message>
</context>
<context>
    <name>tafel::demo</name>
    <message>
        <source>The database already has rooms; the demo school is only added to an empty database.</source>
        <translation>The database already has rooms; the demo school is only added to an empty database.</translation>
    </message>
    <message>
        <source>The demo projector simulator cannot listen on 127.0.0.1: %1</source>
        <translation>The demo projector simulator cannot listen on 127.0.0.1: %1</translation>
    </message>
</context>
<context>
    <name>tafel::displays</name>
    <message>
        <source>The display did not reach the requested power state in %1 s; check it on site.</source>
        <translation>The display did not reach the requested power state in %1 s; check it on site.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Warming up</source>
        <translation>Warming up</translation>
    </message>
    <message>
        <source>Cooling down</source>
        <translation>Cooling down</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>%1: this build has no driver for the display&apos;s protocol.</source>
        <translation>%1: this build has no driver for the display&apos;s protocol.</translation>
    </message>
    <message>
        <source>This display&apos;s protocol has no input &quot;%1&quot;.</source>
        <translation>This display&apos;s protocol has no input &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>HDMI %1</source>
        <translation>HDMI %1</translation>
    </message>
    <message>
        <source>DisplayPort %1</source>
        <translation>DisplayPort %1</translation>
    </message>
    <message>
        <source>DVI</source>
        <translation>DVI</translation>
    </message>
    <message>
        <source>Computer (VGA) %1</source>
        <translation>Computer (VGA) %1</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation>Video %1</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>Network / screen mirroring</source>
        <translation>Network / screen mirroring</translation>
    </message>
</context>
<context>
    <name>tafel::displays::MdcDriver</name>
    <message>
        <source>The display at %1 accepted the power-on command but still reports standby. Check it in a minute; if it stays off, check its power and network standby settings.</source>
        <translation>The display at %1 accepted the power-on command but still reports standby. Check it in a minute; if it stays off, check its power and network standby settings.</translation>
    </message>
    <message>
        <source>The display at %1 accepted the power-off command but still reports on. Check it in a minute.</source>
        <translation>The display at %1 accepted the power-off command but still reports on. Check it in a minute.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Samsung MDC input. Use a hex code such as 0x21 or a name such as HDMI1.</source>
        <translation>&quot;%1&quot; is not a Samsung MDC input. Use a hex code such as 0x21 or a name such as HDMI1.</translation>
    </message>
    <message>
        <source>Samsung MDC displays cannot freeze the picture over the network. Use the display&apos;s remote control instead.</source>
        <translation>Samsung MDC displays cannot freeze the picture over the network. Use the display&apos;s remote control instead.</translation>
    </message>
    <message>
        <source>The volume must be between 0 and 100, not %1.</source>
        <translation>The volume must be between 0 and 100, not %1.</translation>
    </message>
    <message>
        <source>The command was cancelled.</source>
        <translation>The command was cancelled.</translation>
    </message>
    <message>
        <source>The MDC display ID must be between 0 and 254, not %1.</source>
        <translation>The MDC display ID must be between 0 and 254, not %1.</translation>
    </message>
    <message>
        <source>The MDC PIN must be exactly 4 digits. Check the PIN set on the display.</source>
        <translation>The MDC PIN must be exactly 4 digits. Check the PIN set on the display.</translation>
    </message>
    <message>
        <source>Too many commands are waiting for the display at %1. Wait for them to finish.</source>
        <translation>Too many commands are waiting for the display at %1. Wait for them to finish.</translation>
    </message>
    <message>
        <source>The display at %1 presented a different certificate than before. If the display was replaced or reset, confirm its new certificate in the display settings.</source>
        <translation>The display at %1 presented a different certificate than before. If the display was replaced or reset, confirm its new certificate in the display settings.</translation>
    </message>
    <message>
        <source>The display sent more data than any MDC reply holds.</source>
        <translation>The display sent more data than any MDC reply holds.</translation>
    </message>
    <message>
        <source>The display did not start the secured MDC protocol. If &quot;Secured Protocol&quot; is off on the display, remove the PIN in Tafel.</source>
        <translation>The display did not start the secured MDC protocol. If &quot;Secured Protocol&quot; is off on the display, remove the PIN in Tafel.</translation>
    </message>
    <message>
        <source>The display at %1 rejected the PIN (code %2). Enter the PIN shown in the display&apos;s MDC security settings; Tafel will not retry on its own.</source>
        <translation>The display at %1 rejected the PIN (code %2). Enter the PIN shown in the display&apos;s MDC security settings; Tafel will not retry on its own.</translation>
    </message>
    <message>
        <source>The display answered the PIN with an unknown message.</source>
        <translation>The display answered the PIN with an unknown message.</translation>
    </message>
    <message>
        <source>The display at %1 uses the secured MDC protocol. Enter its 4-digit PIN.</source>
        <translation>The display at %1 uses the secured MDC protocol. Enter its 4-digit PIN.</translation>
    </message>
    <message>
        <source>The display&apos;s reply had a wrong checksum. Check the network cable or serial-to-LAN adapter.</source>
        <translation>The display&apos;s reply had a wrong checksum. Check the network cable or serial-to-LAN adapter.</translation>
    </message>
    <message>
        <source>The display sent data that is not an MDC frame.</source>
        <translation>The display sent data that is not an MDC frame.</translation>
    </message>
    <message>
        <source>The display sent a frame that is not an ACK or NAK.</source>
        <translation>The display sent a frame that is not an ACK or NAK.</translation>
    </message>
    <message>
        <source>A display with ID %1 answered, but Tafel addressed ID %2. Set the display ID in Tafel to the one shown in the display&apos;s MDC settings.</source>
        <translation>A display with ID %1 answered, but Tafel addressed ID %2. Set the display ID in Tafel to the one shown in the display&apos;s MDC settings.</translation>
    </message>
    <message>
        <source>The display answered command %1 while Tafel waited for %2.</source>
        <translation>The display answered command %1 while Tafel waited for %2.</translation>
    </message>
    <message>
        <source>The display&apos;s status reply is too short.</source>
        <translation>The display&apos;s status reply is too short.</translation>
    </message>
    <message>
        <source>The display closed the connection during the secured MDC handshake. Check that &quot;Secured Protocol&quot; is on and that no other MDC client is connected.</source>
        <translation>The display closed the connection during the secured MDC handshake. Check that &quot;Secured Protocol&quot; is on and that no other MDC client is connected.</translation>
    </message>
    <message>
        <source>The display closed the connection before answering. Check that no other MDC client is connected to it and try again.</source>
        <translation>The display closed the connection before answering. Check that no other MDC client is connected to it and try again.</translation>
    </message>
    <message>
        <source>Cannot reach the display at %1 port %2 (%3). Check that it is connected to the network, that network standby is on and that MDC over LAN is enabled.</source>
        <translation>Cannot reach the display at %1 port %2 (%3). Check that it is connected to the network, that network standby is on and that MDC over LAN is enabled.</translation>
    </message>
    <message>
        <source>The TLS handshake with the display failed (%1).</source>
        <translation>The TLS handshake with the display failed (%1).</translation>
    </message>
    <message>
        <source>The display at %1 port %2 did not accept the connection within %3 s. Check the address and that the display is switched on at the mains.</source>
        <translation>The display at %1 port %2 did not accept the connection within %3 s. Check the address and that the display is switched on at the mains.</translation>
    </message>
    <message>
        <source>The display at %1 port %2 did not start the secured MDC protocol within %3 s. If &quot;Secured Protocol&quot; is off on the display, remove the PIN in Tafel.</source>
        <translation>The display at %1 port %2 did not start the secured MDC protocol within %3 s. If &quot;Secured Protocol&quot; is off on the display, remove the PIN in Tafel.</translation>
    </message>
    <message>
        <source>The TLS handshake with the display at %1 port %2 did not finish within %3 s.</source>
        <translation>The TLS handshake with the display at %1 port %2 did not finish within %3 s.</translation>
    </message>
    <message>
        <source>The display at %1 port %2 did not answer the PIN within %3 s.</source>
        <translation>The display at %1 port %2 did not answer the PIN within %3 s.</translation>
    </message>
    <message>
        <source>The display rejected command %1 (NAK, error %2). It may not support this on its model or in its current state; switch it on first and try again.</source>
        <translation>The display rejected command %1 (NAK, error %2). It may not support this on its model or in its current state; switch it on first and try again.</translation>
    </message>
    <message>
        <source>The display at %1 did not answer command %2 within %3 s. Check that its MDC display ID is %4 and that no other MDC client is connected.</source>
        <translation>The display at %1 did not answer command %2 within %3 s. Check that its MDC display ID is %4 and that no other MDC client is connected.</translation>
    </message>
</context>
<context>
    <name>tafel::displays::MdcSimulator</name>
    <message>
        <source>The simulated display needs a PIN of exactly 4 digits.</source>
        <translation>The simulated display needs a PIN of exactly 4 digits.</translation>
    </message>
    <message>
        <source>The simulated display could not listen on %1 port %2: %3</source>
        <translation>The simulated display could not listen on %1 port %2: %3</translation>
    </message>
</context>
<context>
    <name>tafel::displays::MdcTlsCredentials</name>
    <message>
        <source>Could not create a TLS certificate for the simulated display. Check that OpenSSL 3 is installed correctly.</source>
        <translation>Could not create a TLS certificate for the simulated display. Check that OpenSSL 3 is installed correctly.</translation>
    </message>
</context>
<context>
    <name>tafel::displays::PjLinkDiscovery</name>
    <message>
        <source>Cannot listen for PJLink search answers on UDP port %1 (%2). Close other PJLink tools and try again.</source>
        <translation>Cannot listen for PJLink search answers on UDP port %1 (%2). Close other PJLink tools and try again.</translation>
    </message>
    <message>
        <source>Cannot send the PJLink search (%1). Check the network connection.</source>
        <translation>Cannot send the PJLink search (%1). Check the network connection.</translation>
    </message>
</context>
<context>
    <name>tafel::displays::PjLinkDriver</name>
    <message>
        <source>The display at %1 refused the password (PJLINK ERRA). Check the PJLink password in its network settings.</source>
        <translation>The display at %1 refused the password (PJLINK ERRA). Check the PJLink password in its network settings.</translation>
    </message>
    <message>
        <source>The display at %1 requires a PJLink password. Enter it in the display&apos;s settings.</source>
        <translation>The display at %1 requires a PJLink password. Enter it in the display&apos;s settings.</translation>
    </message>
    <message>
        <source>The display at %1 closed the connection before greeting. It may be busy with another controller; try again in a moment.</source>
        <translation>The display at %1 closed the connection before greeting. It may be busy with another controller; try again in a moment.</translation>
    </message>
    <message>
        <source>The display at %1 closed the connection before answering. Check its network settings or restart it.</source>
        <translation>The display at %1 closed the connection before answering. Check its network settings or restart it.</translation>
    </message>
    <message>
        <source>Host %1 not found. Check the display&apos;s address.</source>
        <translation>Host %1 not found. Check the display&apos;s address.</translation>
    </message>
    <message>
        <source>The display at %1 refuses connections. Is PJLink enabled in its network menu, and is the port right?</source>
        <translation>The display at %1 refuses connections. Is PJLink enabled in its network menu, and is the port right?</translation>
    </message>
    <message>
        <source>Cannot reach the display at %1 (%2). Is it powered and on the network?</source>
        <translation>Cannot reach the display at %1 (%2). Is it powered and on the network?</translation>
    </message>
    <message>
        <source>Display at %1 does not answer. Is it powered and on the network?</source>
        <translation>Display at %1 does not answer. Is it powered and on the network?</translation>
    </message>
    <message>
        <source>Display at %1 did not answer %2 within %3 s. Is it powered and on the network?</source>
        <translation>Display at %1 did not answer %2 within %3 s. Is it powered and on the network?</translation>
    </message>
    <message>
        <source>The display at %1 sent a malformed reply (%2). Update its firmware or report the model.</source>
        <translation>The display at %1 sent a malformed reply (%2). Update its firmware or report the model.</translation>
    </message>
    <message>
        <source>The display at %1 does not support %2 (ERR1).</source>
        <translation>The display at %1 does not support %2 (ERR1).</translation>
    </message>
    <message>
        <source>The display at %1 rejected the value for %2 (ERR2). Check the input code or setting.</source>
        <translation>The display at %1 rejected the value for %2 (ERR2). Check the input code or setting.</translation>
    </message>
    <message>
        <source>The display at %1 cannot do %2 right now (ERR3); it may be warming up or cooling down. Try again in a minute.</source>
        <translation>The display at %1 cannot do %2 right now (ERR3); it may be warming up or cooling down. Try again in a minute.</translation>
    </message>
    <message>
        <source>The display at %1 reports a device failure for %2 (ERR4). Check the display.</source>
        <translation>The display at %1 reports a device failure for %2 (ERR4). Check the display.</translation>
    </message>
    <message>
        <source>Unknown error from %1.</source>
        <translation>Unknown error from %1.</translation>
    </message>
    <message>
        <source>The display at %1 speaks PJLink Class 1, which has no %2.</source>
        <translation>The display at %1 speaks PJLink Class 1, which has no %2.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The display at %1 sent an unreadable %2 value &apos;%3&apos;.</source>
        <translation>The display at %1 sent an unreadable %2 value &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>The display at %1 is still %2 after %3 s. Check it on site.</source>
        <translation>The display at %1 is still %2 after %3 s. Check it on site.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PJLink input code. Use two characters such as 31 (digital input 1); the display&apos;s input list shows the valid ones.</source>
        <translation>&apos;%1&apos; is not a PJLink input code. Use two characters such as 31 (digital input 1); the display&apos;s input list shows the valid ones.</translation>
    </message>
    <message>
        <source>freeze</source>
        <translation>freeze</translation>
    </message>
    <message>
        <source>volume control</source>
        <translation>volume control</translation>
    </message>
    <message>
        <source>microphone volume</source>
        <translation>microphone volume</translation>
    </message>
</context>
<context>
    <name>tafel::displays::PjLinkNotificationListener</name>
    <message>
        <source>Cannot receive PJLink notifications on UDP port %1 (%2). Status is polled instead.</source>
        <translation>Cannot receive PJLink notifications on UDP port %1 (%2). Status is polled instead.</translation>
    </message>
</context>
<context>
    <name>tafel::gui::AdminAuth</name>
    <message>
        <source>Please enter a password.</source>
        <translation>Please enter a password.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters, please.</source>
        <translation>
            <numerusform>At least %n character, please.</numerusform>
            <numerusform>At least %n characters, please.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password must not start or end with a space.</source>
        <translation>The password must not start or end with a space.</translation>
    </message>
    <message>
        <source>The two entries are different. Please type the password again.</source>
        <translation>The two entries are different. Please type the password again.</translation>
    </message>
    <message>
        <source>An admin password has already been set.</source>
        <translation>An admin password has already been set.</translation>
    </message>
    <message>
        <source>No admin password has been set yet.</source>
        <translation>No admin password has been set yet.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>Cannot read the provisioned admin password %1: %2</source>
        <translation>Cannot read the provisioned admin password %1: %2</translation>
    </message>
    <message>
        <source>%1 does not hold an scrypt password hash; the admin password was not set from it.</source>
        <translation>%1 does not hold an scrypt password hash; the admin password was not set from it.</translation>
    </message>
</context>
<context>
    <name>tafel::gui::AdminGate</name>
    <message>
        <source>Admin password</source>
        <translation>Admin password</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel and stay in the teacher view</source>
        <translation>Cancel and stay in the teacher view</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>You can try again now.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters, please.</source>
        <translation>
            <numerusform>At least %n character, please.</numerusform>
            <numerusform>At least %n characters, please.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two entries are different.</source>
        <translation>The two entries are different.</translation>
    </message>
    <message>
        <source>Set the admin password</source>
        <translation>Set the admin password</translation>
    </message>
    <message numerus="yes">
        <source>This is the first start: choose the password that protects the admin view. At least %n characters. Keep it safe: it cannot be shown again.</source>
        <translation>
            <numerusform>This is the first start: choose the password that protects the admin view. At least %n character. Keep it safe: it cannot be shown again.</numerusform>
            <numerusform>This is the first start: choose the password that protects the admin view. At least %n characters. Keep it safe: it cannot be shown again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Set password</translation>
    </message>
    <message>
        <source>Set the admin password and open the admin view</source>
        <translation>Set the admin password and open the admin view</translation>
    </message>
    <message>
        <source>Admin access</source>
        <translation>Admin access</translation>
    </message>
    <message>
        <source>Enter the admin password to manage rooms, devices and settings.</source>
        <translation>Enter the admin password to manage rooms, devices and settings.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Unlock the admin view</source>
        <translation>Unlock the admin view</translation>
    </message>
    <message>
        <source>Too many wrong passwords: please wait a moment.</source>
        <translation>Too many wrong passwords: please wait a moment.</translation>
    </message>
    <message>
        <source>The password could not be saved: %1</source>
        <translation>The password could not be saved: %1</translation>
    </message>
    <message>
        <source>Please enter the admin password.</source>
        <translation>Please enter the admin password.</translation>
    </message>
    <message>
        <source>The password could not be checked: %1</source>
        <translation>The password could not be checked: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrong password. The admin view stays locked. Too many attempts: please wait %n seconds.</source>
        <translation>
            <numerusform>Wrong password. The admin view stays locked. Too many attempts: please wait %n second.</numerusform>
            <numerusform>Wrong password. The admin view stays locked. Too many attempts: please wait %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong password. The admin view stays locked; please try again.</source>
        <translation>Wrong password. The admin view stays locked; please try again.</translation>
    </message>
</context>
<context>
    <name>tafel::gui::AdminView</name>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Lock the admin view and return to the teacher view</source>
        <translation>Lock the admin view and return to the teacher view</translation>
    </message>
    <message>
        <source>Admin sections</source>
        <translation>Admin sections</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Rooms &amp; devices</source>
        <translation>Rooms &amp; devices</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Schedules</translation>
    </message>
    <message>
        <source>Agents &amp; keys</source>
        <translation>Agents &amp; keys</translation>
    </message>
    <message>
        <source>Reports to the city</source>
        <translation>Reports to the city</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Every room of the school as a tile, worst first, with live states from the room agents. Coming with the school-wide health overview.</source>
        <translation>Every room of the school as a tile, worst first, with live states from the room agents. Coming with the school-wide health overview.</translation>
    </message>
    <message>
        <source>Enroll room agents, see their fingerprints and when they were last seen, revoke keys and export the installer bundle. Coming with the agent protocol.</source>
        <translation>Enroll room agents, see their fingerprints and when they were last seen, revoke keys and export the installer bundle. Coming with the agent protocol.</translation>
    </message>
    <message>
        <source>Broadband and availability reports for the city&apos;s education IT, sent from a durable outbox. Coming with reporting.</source>
        <translation>Broadband and availability reports for the city&apos;s education IT, sent from a durable outbox. Coming with reporting.</translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation>Not available yet</translation>
    </message>
    <message>
        <source>Language, network, display passwords and school settings. Coming with the settings work.</source>
        <translation>Language, network, display passwords and school settings. Coming with the settings work.</translation>
    </message>
    <message>
        <source>Read-only for now: adding, editing and CSV import come with the inventory work. Meanwhile use “tafelctl rooms add” and “tafelctl devices add”.</source>
        <translation>Read-only for now: adding, editing and CSV import come with the inventory work. Meanwhile use “tafelctl rooms add” and “tafelctl devices add”.</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <source>Filter rooms…</source>
        <translation>Filter rooms…</translation>
    </message>
    <message>
        <source>Filter rooms</source>
        <translation>Filter rooms</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Filter devices…</source>
        <translation>Filter devices…</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>Filter devices</translation>
    </message>
    <message>
        <source>Every change to rooms, devices, keys, schedules and settings, newest first.</source>
        <translation>Every change to rooms, devices, keys, schedules and settings, newest first.</translation>
    </message>
    <message>
        <source>Filter entries…</source>
        <translation>Filter entries…</translation>
    </message>
    <message>
        <source>Filter audit log entries</source>
        <translation>Filter audit log entries</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Devices: %1</source>
        <translation>Devices: %1</translation>
    </message>
    <message>
        <source>Rooms: %1</source>
        <translation>Rooms: %1</translation>
    </message>
    <message>
        <source>Rooms (%1)</source>
        <translation>Rooms (%1)</translation>
    </message>
    <message>
        <source>Devices (%1)</source>
        <translation>Devices (%1)</translation>
    </message>
    <message>
        <source>Audit log: %1</source>
        <translation>Audit log: %1</translation>
    </message>
    <message>
        <source>Some data could not be read. %1</source>
        <translation>Some data could not be read. %1</translation>
    </message>
</context>
<context>
    <name>tafel::gui::AgentPanel</name>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>display</source>
        <translation>display</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation>Not reachable</translation>
    </message>
    <message>
        <source>Computers in this room</source>
        <translation>Computers in this room</translation>
    </message>
    <message>
        <source>No PC with the Tafel agent in this room.</source>
        <translation>No PC with the Tafel agent in this room.</translation>
    </message>
    <message>
        <source>Blank room</source>
        <translation>Blank room</translation>
    </message>
    <message>
        <source>Show picture again</source>
        <translation>Show picture again</translation>
    </message>
    <message>
        <source>Wake room PCs</source>
        <translation>Wake room PCs</translation>
    </message>
    <message>
        <source>Blank room:</source>
        <translation>Blank room:</translation>
    </message>
    <message>
        <source>Show picture again:</source>
        <translation>Show picture again:</translation>
    </message>
    <message>
        <source>%1: sending…</source>
        <translation>%1: sending…</translation>
    </message>
    <message>
        <source>%1: ✓ done</source>
        <translation>%1: ✓ done</translation>
    </message>
    <message>
        <source>%1: ✗ %2</source>
        <translation>%1: ✗ %2</translation>
    </message>
    <message>
        <source>Wake room PCs:</source>
        <translation>Wake room PCs:</translation>
    </message>
    <message>
        <source>No device of this room has a MAC address. An admin adds them under Rooms &amp; devices.</source>
        <translation>No device of this room has a MAC address. An admin adds them under Rooms &amp; devices.</translation>
    </message>
    <message>
        <source>No agent in this room can send the wake-up signal.</source>
        <translation>No agent in this room can send the wake-up signal.</translation>
    </message>
    <message>
        <source>%1: ✓ wake-up signal sent</source>
        <translation>%1: ✓ wake-up signal sent</translation>
    </message>
</context>
<context>
    <name>tafel::gui::AuditModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>tafel::gui::DeviceModel</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
</context>
<context>
    <name>tafel::gui::DisplayController</name>
    <message>
        <source>Computer %1</source>
        <translation>Computer %1</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation>Video %1</translation>
    </message>
    <message>
        <source>Digital %1</source>
        <translation>Digital %1</translation>
    </message>
    <message>
        <source>USB / storage %1</source>
        <translation>USB / storage %1</translation>
    </message>
    <message>
        <source>Network %1</source>
        <translation>Network %1</translation>
    </message>
    <message>
        <source>Internal %1</source>
        <translation>Internal %1</translation>
    </message>
    <message>
        <source>The displays of this room cannot be controlled: %1</source>
        <translation>The displays of this room cannot be controlled: %1</translation>
    </message>
    <message>
        <source>No control</source>
        <translation>No control</translation>
    </message>
    <message>
        <source>This display has no control protocol set in the inventory.</source>
        <translation>This display has no control protocol set in the inventory.</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Wrong password</translation>
    </message>
    <message>
        <source>%1 refuses the stored password. An admin can enter the right one under Admin → Rooms &amp; devices. (%2)</source>
        <translation>%1 refuses the stored password. An admin can enter the right one under Admin → Rooms &amp; devices. (%2)</translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation>Not reachable</translation>
    </message>
    <message>
        <source>%1 is not answering — is it plugged in and switched on at the wall? (%2)</source>
        <translation>%1 is not answering — is it plugged in and switched on at the wall? (%2)</translation>
    </message>
    <message>
        <source>State unknown</source>
        <translation>State unknown</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Warming up… %1 %</source>
        <translation>Warming up… %1 %</translation>
    </message>
    <message>
        <source>Cooling down… %1 %</source>
        <translation>Cooling down… %1 %</translation>
    </message>
    <message>
        <source>Screen dark</source>
        <translation>Screen dark</translation>
    </message>
    <message>
        <source>Picture blanked</source>
        <translation>Picture blanked</translation>
    </message>
    <message>
        <source>Sound muted</source>
        <translation>Sound muted</translation>
    </message>
    <message>
        <source>Picture frozen</source>
        <translation>Picture frozen</translation>
    </message>
    <message>
        <source>Volume %1</source>
        <translation>Volume %1</translation>
    </message>
    <message>
        <source>⚠ Clean the filter</source>
        <translation>⚠ Clean the filter</translation>
    </message>
    <message>
        <source>⚠ Lamp is old — order a new one</source>
        <translation>⚠ Lamp is old — order a new one</translation>
    </message>
    <message>
        <source>⚠ Lamp failure — replace the lamp</source>
        <translation>⚠ Lamp failure — replace the lamp</translation>
    </message>
    <message>
        <source>⚠ Too hot — keep the vents free</source>
        <translation>⚠ Too hot — keep the vents free</translation>
    </message>
    <message>
        <source>⚠ Fan fault</source>
        <translation>⚠ Fan fault</translation>
    </message>
    <message>
        <source>⚠ Cover open</source>
        <translation>⚠ Cover open</translation>
    </message>
    <message>
        <source>⚠ The display reports a fault</source>
        <translation>⚠ The display reports a fault</translation>
    </message>
    <message>
        <source>Switch the display on first.</source>
        <translation>Switch the display on first.</translation>
    </message>
    <message>
        <source>Samsung displays (MDC) have no freeze.</source>
        <translation>Samsung displays (MDC) have no freeze.</translation>
    </message>
    <message>
        <source>This display (PJLink Class 1) has no freeze.</source>
        <translation>This display (PJLink Class 1) has no freeze.</translation>
    </message>
    <message>
        <source>This display (PJLink Class 1) has no volume control.</source>
        <translation>This display (PJLink Class 1) has no volume control.</translation>
    </message>
    <message>
        <source>Switching on…</source>
        <translation>Switching on…</translation>
    </message>
    <message>
        <source>Switching off…</source>
        <translation>Switching off…</translation>
    </message>
    <message>
        <source>All on: %1 of %2 displays did not switch on: %3</source>
        <translation>All on: %1 of %2 displays did not switch on: %3</translation>
    </message>
    <message>
        <source>All off: %1 of %2 displays did not switch off: %3</source>
        <translation>All off: %1 of %2 displays did not switch off: %3</translation>
    </message>
    <message>
        <source>Switching input…</source>
        <translation>Switching input…</translation>
    </message>
    <message>
        <source>Blanking the picture…</source>
        <translation>Blanking the picture…</translation>
    </message>
    <message>
        <source>Showing the picture…</source>
        <translation>Showing the picture…</translation>
    </message>
    <message>
        <source>Muting…</source>
        <translation>Muting…</translation>
    </message>
    <message>
        <source>Sound on…</source>
        <translation>Sound on…</translation>
    </message>
    <message>
        <source>Freezing…</source>
        <translation>Freezing…</translation>
    </message>
    <message>
        <source>Unfreezing…</source>
        <translation>Unfreezing…</translation>
    </message>
    <message>
        <source>Louder…</source>
        <translation>Louder…</translation>
    </message>
    <message>
        <source>Quieter…</source>
        <translation>Quieter…</translation>
    </message>
</context>
<context>
    <name>tafel::gui::DisplayTile</name>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Switch on %1</source>
        <translation>Switch on %1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Switch off %1</source>
        <translation>Switch off %1</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>Choose the input of %1</source>
        <translation>Choose the input of %1</translation>
    </message>
    <message>
        <source>State unknown</source>
        <translation>State unknown</translation>
    </message>
    <message>
        <source>Display control is not available yet</source>
        <translation>Display control is not available yet</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Blank</translation>
    </message>
    <message>
        <source>Blank the picture of %1</source>
        <translation>Blank the picture of %1</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Mute</translation>
    </message>
    <message>
        <source>Mute the sound of %1</source>
        <translation>Mute the sound of %1</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Freeze</translation>
    </message>
    <message>
        <source>Freeze the picture of %1</source>
        <translation>Freeze the picture of %1</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Quieter</translation>
    </message>
    <message>
        <source>Volume down on %1</source>
        <translation>Volume down on %1</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Louder</translation>
    </message>
    <message>
        <source>Volume up on %1</source>
        <translation>Volume up on %1</translation>
    </message>
    <message>
        <source>Input: %1</source>
        <translation>Input: %1</translation>
    </message>
</context>
<context>
    <name>tafel::gui::HealthPanel</name>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 days</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 days</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Show %1</translation>
    </message>
</context>
<context>
    <name>tafel::gui::HealthStrip</name>
    <message>
        <source>Devices:</source>
        <translation>Devices:</translation>
    </message>
    <message>
        <source>Last measurement: none yet</source>
        <translation>Last measurement: none yet</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>not measured yet</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4</source>
        <translation>%1 (%2, %3): %4</translation>
    </message>
</context>
<context>
    <name>tafel::gui::HistoryChart</name>
    <message>
        <source>Network history chart</source>
        <translation>Network history chart</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>No measurements in this period yet.</source>
        <translation>No measurements in this period yet.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 Mbit/s</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <source>— median latency   ▒ spread (min–max, median–p90)   ▮ download / upload   ▮ loss</source>
        <translation>— median latency   ▒ spread (min–max, median–p90)   ▮ download / upload   ▮ loss</translation>
    </message>
</context>
<context>
    <name>tafel::gui::InputPicker</name>
    <message>
        <source>Inputs of %1</source>
        <translation>Inputs of %1</translation>
    </message>
    <message>
        <source>Input for %1</source>
        <translation>Input for %1</translation>
    </message>
    <message>
        <source>The display is off: it is switched on first.</source>
        <translation>The display is off: it is switched on first.</translation>
    </message>
    <message>
        <source>Switch %1 to %2</source>
        <translation>Switch %1 to %2</translation>
    </message>
    <message>
        <source>The display has not told its inputs yet. Try again in a moment.</source>
        <translation>The display has not told its inputs yet. Try again in a moment.</translation>
    </message>
</context>
<context>
    <name>tafel::gui::MainWindow</name>
    <message>
        <source>Tafel</source>
        <translation>Tafel</translation>
    </message>
    <message>
        <source>Tafel — %1</source>
        <translation>Tafel — %1</translation>
    </message>
    <message>
        <source>There is no room “%1”. Showing %2 instead.</source>
        <translation>There is no room “%1”. Showing %2 instead.</translation>
    </message>
    <message>
        <source>The admin view was locked because nobody used it for a while.</source>
        <translation>The admin view was locked because nobody used it for a while.</translation>
    </message>
    <message>
        <source>The schedules could not be loaded: %1</source>
        <translation>The schedules could not be loaded: %1</translation>
    </message>
    <message>
        <source>Schedule “%1”: %2 of %3 displays did not respond.</source>
        <translation>Schedule “%1”: %2 of %3 displays did not respond.</translation>
    </message>
    <message>
        <source>Schedule “%1” ran.</source>
        <translation>Schedule “%1” ran.</translation>
    </message>
</context>
<context>
    <name>tafel::gui::MessageDialog</name>
    <message>
        <source>Message to the room</source>
        <translation>Message to the room</translation>
    </message>
    <message>
        <source>What should the room read?</source>
        <translation>What should the room read?</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Message text</translation>
    </message>
    <message>
        <source>e.g. Please sit down, we start in 2 minutes.</source>
        <translation>e.g. Please sit down, we start in 2 minutes.</translation>
    </message>
    <message>
        <source>Show for</source>
        <translation>Show for</translation>
    </message>
    <message>
        <source>How long the message is shown</source>
        <translation>How long the message is shown</translation>
    </message>
    <message>
        <source>30 seconds</source>
        <translation>30 seconds</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 minutes</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 minutes</translation>
    </message>
    <message>
        <source>Until hidden</source>
        <translation>Until hidden</translation>
    </message>
    <message>
        <source>Whole screen</source>
        <translation>Whole screen</translation>
    </message>
    <message>
        <source>Strip at the top</source>
        <translation>Strip at the top</translation>
    </message>
    <message>
        <source>Hide message</source>
        <translation>Hide message</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Send to the room</source>
        <translation>Send to the room</translation>
    </message>
    <message>
        <source>Write the message first.</source>
        <translation>Write the message first.</translation>
    </message>
    <message>
        <source>✓ shown</source>
        <translation>✓ shown</translation>
    </message>
    <message>
        <source>✓ hidden</source>
        <translation>✓ hidden</translation>
    </message>
    <message>
        <source>There is no PC with the Tafel agent in this room, so there is no screen to show the message on.</source>
        <translation>There is no PC with the Tafel agent in this room, so there is no screen to show the message on.</translation>
    </message>
    <message>
        <source>%1: sending…</source>
        <translation>%1: sending…</translation>
    </message>
    <message>
        <source>%1: ✗ %2</source>
        <translation>%1: ✗ %2</translation>
    </message>
</context>
<context>
    <name>tafel::gui::NoticeBanner</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Close the message</translation>
    </message>
</context>
<context>
    <name>tafel::gui::PasswordChangeForm</name>
    <message>
        <source>Change the admin password</source>
        <translation>Change the admin password</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. The change is written to the audit log.</source>
        <translation>
            <numerusform>At least %n character. The change is written to the audit log.</numerusform>
            <numerusform>At least %n characters. The change is written to the audit log.</numerusform>
        </translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters, please.</source>
        <translation>
            <numerusform>At least %n character, please.</numerusform>
            <numerusform>At least %n characters, please.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter the current password.</source>
        <translation>Please enter the current password.</translation>
    </message>
    <message>
        <source>The password could not be changed: %1</source>
        <translation>The password could not be changed: %1</translation>
    </message>
    <message>
        <source>The admin password was changed.</source>
        <translation>The admin password was changed.</translation>
    </message>
</context>
<context>
    <name>tafel::gui::RoomAgents</name>
    <message>
        <source>This PC has no teacher key for the room&apos;s agents yet. An admin sets it under Admin → Agents &amp; keys.</source>
        <translation>This PC has no teacher key for the room&apos;s agents yet. An admin sets it under Admin → Agents &amp; keys.</translation>
    </message>
    <message>
        <source>The teacher key %1 cannot be read: %2</source>
        <translation>The teacher key %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 (%2) is not enrolled on this PC. An admin runs: tafelctl agent enroll %2</source>
        <translation>%1 (%2) is not enrolled on this PC. An admin runs: tafelctl agent enroll %2</translation>
    </message>
    <message>
        <source>This agent is not in the room any more.</source>
        <translation>This agent is not in the room any more.</translation>
    </message>
</context>
<context>
    <name>tafel::gui::RoomHealth</name>
    <message>
        <source>Tap for the network details of this room</source>
        <translation>Tap for the network details of this room</translation>
    </message>
    <message>
        <source>Network — %1</source>
        <translation>Network — %1</translation>
    </message>
    <message>
        <source>No agent in this room measures the network.</source>
        <translation>No agent in this room measures the network.</translation>
    </message>
    <message>
        <source>Agent unreachable — no current network data.</source>
        <translation>Agent unreachable — no current network data.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Slow</translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation>Not reachable</translation>
    </message>
    <message>
        <source>Not measured yet</source>
        <translation>Not measured yet</translation>
    </message>
    <message>
        <source>, %1 ms</source>
        <translation>, %1 ms</translation>
    </message>
    <message>
        <source>Network OK</source>
        <translation>Network OK</translation>
    </message>
    <message>
        <source>Network degraded</source>
        <translation>Network degraded</translation>
    </message>
    <message>
        <source>Network down</source>
        <translation>Network down</translation>
    </message>
    <message>
        <source>Network: not measured yet</source>
        <translation>Network: not measured yet</translation>
    </message>
    <message>
        <source>Last test %1 failed: %2</source>
        <translation>Last test %1 failed: %2</translation>
    </message>
    <message>
        <source>↓ %1 ↑ %2 Mbit/s</source>
        <translation>↓ %1 ↑ %2 Mbit/s</translation>
    </message>
    <message>
        <source>%1 (test at %2)</source>
        <translation>%1 (test at %2)</translation>
    </message>
    <message>
        <source>Last test %1</source>
        <translation>Last test %1</translation>
    </message>
    <message>
        <source>Broadband test running…</source>
        <translation>Broadband test running…</translation>
    </message>
    <message>
        <source>No broadband test yet</source>
        <translation>No broadband test yet</translation>
    </message>
    <message>
        <source>new test running…</source>
        <translation>new test running…</translation>
    </message>
    <message>
        <source>Agent unreachable</source>
        <translation>Agent unreachable</translation>
    </message>
    <message>
        <source>Network: agent unreachable</source>
        <translation>Network: agent unreachable</translation>
    </message>
    <message>
        <source>History unavailable: %1</source>
        <translation>History unavailable: %1</translation>
    </message>
</context>
<context>
    <name>tafel::gui::RoomModel</name>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
</context>
<context>
    <name>tafel::gui::ScheduleModel</name>
    <message>
        <source>Whole school</source>
        <translation>Whole school</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Next run</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>All on</source>
        <translation>All on</translation>
    </message>
    <message>
        <source>All off</source>
        <translation>All off</translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation>Input %1</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Today %1</translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <translation>Tomorrow %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>tafel::gui::SchedulesPage</name>
    <message>
        <source>Schedules</source>
        <translation>Schedules</translation>
    </message>
    <message>
        <source>Switch the displays on and off by time, per room or for the whole school. Tafel runs them while it is open on this PC.</source>
        <translation>Switch the displays on and off by time, per room or for the whole school. Tafel runs them while it is open on this PC.</translation>
    </message>
    <message>
        <source>New schedule</source>
        <translation>New schedule</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Edit the selected schedule</source>
        <translation>Edit the selected schedule</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the selected schedule</source>
        <translation>Delete the selected schedule</translation>
    </message>
    <message>
        <source>Yes, delete the schedule</source>
        <translation>Yes, delete the schedule</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>No, keep the schedule</source>
        <translation>No, keep the schedule</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Deleted.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Not deleted: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Displays on</source>
        <translation>Displays on</translation>
    </message>
    <message>
        <source>Displays off</source>
        <translation>Displays off</translation>
    </message>
    <message>
        <source>Switch input</source>
        <translation>Switch input</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Input code</source>
        <translation>Input code</translation>
    </message>
    <message>
        <source>e.g. 31 or HDMI1</source>
        <translation>e.g. 31 or HDMI1</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>e.g. After school</source>
        <translation>e.g. After school</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Whole school</source>
        <translation>Whole school</translation>
    </message>
    <message>
        <source>The schedules could not be read: %1</source>
        <translation>The schedules could not be read: %1</translation>
    </message>
    <message>
        <source>Edit schedule</source>
        <translation>Edit schedule</translation>
    </message>
    <message>
        <source>Enter the time as HH:MM, for example 16:30.</source>
        <translation>Enter the time as HH:MM, for example 16:30.</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Choose at least one day.</translation>
    </message>
    <message>
        <source>Enter the input, for example 31 (PJLink) or HDMI1 (MDC).</source>
        <translation>Enter the input, for example 31 (PJLink) or HDMI1 (MDC).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Schedule added.</source>
        <translation>Schedule added.</translation>
    </message>
    <message>
        <source>Schedule saved.</source>
        <translation>Schedule saved.</translation>
    </message>
    <message>
        <source>Delete the schedule “%1”? This cannot be undone.</source>
        <translation>Delete the schedule “%1”? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>tafel::gui::SchoolOverview</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Every room&apos;s network as its agent measures it, worst first. Tap a room for its chart.</source>
        <translation>Every room&apos;s network as its agent measures it, worst first. Tap a room for its chart.</translation>
    </message>
    <message>
        <source>Tap a room to see its network over the last 24 hours.</source>
        <translation>Tap a room to see its network over the last 24 hours.</translation>
    </message>
    <message>
        <source>No agent in this room</source>
        <translation>No agent in this room</translation>
    </message>
    <message>
        <source>Agent unreachable</source>
        <translation>Agent unreachable</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Degraded</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Not measured yet</source>
        <translation>Not measured yet</translation>
    </message>
    <message>
        <source>↓ %1 ↑ %2 Mbit/s</source>
        <translation>↓ %1 ↑ %2 Mbit/s</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — last 24 hours</source>
        <translation>%1 — last 24 hours</translation>
    </message>
    <message>
        <source>Agent unreachable — no current network data.</source>
        <translation>Agent unreachable — no current network data.</translation>
    </message>
    <message>
        <source>History unavailable: %1</source>
        <translation>History unavailable: %1</translation>
    </message>
</context>
<context>
    <name>tafel::gui::TeacherView</name>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Network: not measured yet</source>
        <translation>Network: not measured yet</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Open the admin view</source>
        <translation>Open the admin view</translation>
    </message>
    <message>
        <source>Displays in this room</source>
        <translation>Displays in this room</translation>
    </message>
    <message>
        <source>Material and messages</source>
        <translation>Material and messages</translation>
    </message>
    <message>
        <source>Nothing sent to this room yet. Sending material and messages comes in a later version; the delivery to every device will show here with its progress.</source>
        <translation>Nothing sent to this room yet. Sending material and messages comes in a later version; the delivery to every device will show here with its progress.</translation>
    </message>
    <message>
        <source>All on</source>
        <translation>All on</translation>
    </message>
    <message>
        <source>All off</source>
        <translation>All off</translation>
    </message>
    <message>
        <source>Show video</source>
        <translation>Show video</translation>
    </message>
    <message>
        <source>Send material</source>
        <translation>Send material</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Switch on all displays of the room</source>
        <translation>Switch on all displays of the room</translation>
    </message>
    <message>
        <source>Switch off all displays of the room</source>
        <translation>Switch off all displays of the room</translation>
    </message>
    <message>
        <source>Switching all displays on</source>
        <translation>Switching all displays on</translation>
    </message>
    <message>
        <source>Switching all displays off</source>
        <translation>Switching all displays off</translation>
    </message>
    <message>
        <source>Showing a video on the display</source>
        <translation>Showing a video on the display</translation>
    </message>
    <message>
        <source>Sending material to the room</source>
        <translation>Sending material to the room</translation>
    </message>
    <message>
        <source>Sending a message to the room</source>
        <translation>Sending a message to the room</translation>
    </message>
    <message>
        <source>The rooms could not be read: %1</source>
        <translation>The rooms could not be read: %1</translation>
    </message>
    <message>
        <source>No rooms yet</source>
        <translation>No rooms yet</translation>
    </message>
    <message>
        <source>The devices of this room could not be read: %1</source>
        <translation>The devices of this room could not be read: %1</translation>
    </message>
    <message>
        <source>Switching a display on</source>
        <translation>Switching a display on</translation>
    </message>
    <message>
        <source>Switching a display off</source>
        <translation>Switching a display off</translation>
    </message>
    <message>
        <source>Choosing the input</source>
        <translation>Choosing the input</translation>
    </message>
    <message>
        <source>There are no rooms yet. An admin adds them (for now with “tafelctl rooms add NAME”). To look around first, start “tafel --demo”.</source>
        <translation>There are no rooms yet. An admin adds them (for now with “tafelctl rooms add NAME”). To look around first, start “tafel --demo”.</translation>
    </message>
    <message>
        <source>There is no display or projector in this room yet. An admin can add one under Admin → Rooms &amp; devices.</source>
        <translation>There is no display or projector in this room yet. An admin can add one under Admin → Rooms &amp; devices.</translation>
    </message>
    <message>
        <source>%1 is not available yet in this version of Tafel. Nothing was changed.</source>
        <translation>%1 is not available yet in this version of Tafel. Nothing was changed.</translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation>Schedule: %1</translation>
    </message>
    <message>
        <source>Next scheduled: %1</source>
        <translation>Next scheduled: %1</translation>
    </message>
</context>
<context>
    <name>tafel::gui::VideoDialog</name>
    <message>
        <source>Show video on the display</source>
        <translation>Show video on the display</translation>
    </message>
    <message>
        <source>Choose video…</source>
        <translation>Choose video…</translation>
    </message>
    <message>
        <source>No video chosen yet.</source>
        <translation>No video chosen yet.</translation>
    </message>
    <message>
        <source>Preview here</source>
        <translation>Preview here</translation>
    </message>
    <message>
        <source>Play on the display</source>
        <translation>Play on the display</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Position on the display</source>
        <translation>Position on the display</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Pause preview</source>
        <translation>Pause preview</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <source>Choose a video</source>
        <translation>Choose a video</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mkv *.webm *.avi *.mov *.y4m *.mp3 *.wav *.ogg);;All files (*)</source>
        <translation>Videos (*.mp4 *.mkv *.webm *.avi *.mov *.y4m *.mp3 *.wav *.ogg);;All files (*)</translation>
    </message>
    <message>
        <source>There is no PC with the Tafel agent in this room to play the video on.</source>
        <translation>There is no PC with the Tafel agent in this room to play the video on.</translation>
    </message>
    <message>
        <source>%1: sending…</source>
        <translation>%1: sending…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: stopped</source>
        <translation>%1: stopped</translation>
    </message>
    <message>
        <source>%1: ✓</source>
        <translation>%1: ✓</translation>
    </message>
</context>
<context>
    <name>tafel::media::MediaPlayer</name>
    <message>
        <source>The media engine could not create a player.</source>
        <translation>The media engine could not create a player.</translation>
    </message>
    <message>
        <source>No media file is open.</source>
        <translation>No media file is open.</translation>
    </message>
    <message>
        <source>The media engine could not start playing %1.</source>
        <translation>The media engine could not start playing %1.</translation>
    </message>
    <message>
        <source>Seeking needs a media that is playing or paused.</source>
        <translation>Seeking needs a media that is playing or paused.</translation>
    </message>
    <message>
        <source>%1 does not support seeking.</source>
        <translation>%1 does not support seeking.</translation>
    </message>
    <message>
        <source>%1 could not be played: its format is not supported, the file is damaged, or VLC&apos;s plugins are missing (Debian: the package vlc-plugin-base).</source>
        <translation>%1 could not be played: its format is not supported, the file is damaged, or VLC&apos;s plugins are missing (Debian: the package vlc-plugin-base).</translation>
    </message>
    <message>
        <source>it refused the options %1</source>
        <translation>it refused the options %1</translation>
    </message>
    <message>
        <source>The media engine (libVLC %1) could not be started: %2. Check the player options and that VLC&apos;s plugins are installed (Debian: the package vlc-plugin-base).</source>
        <translation>The media engine (libVLC %1) could not be started: %2. Check the player options and that VLC&apos;s plugins are installed (Debian: the package vlc-plugin-base).</translation>
    </message>
    <message>
        <source>No media file was given.</source>
        <translation>No media file was given.</translation>
    </message>
    <message>
        <source>The media file %1 does not exist.</source>
        <translation>The media file %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a media file.</source>
        <translation>%1 is a folder, not a media file.</translation>
    </message>
    <message>
        <source>The media file %1 is not readable (check its permissions).</source>
        <translation>The media file %1 is not readable (check its permissions).</translation>
    </message>
    <message>
        <source>The media engine could not open %1.</source>
        <translation>The media engine could not open %1.</translation>
    </message>
    <message>
        <source>The media engine could not read %1.</source>
        <translation>The media engine could not read %1.</translation>
    </message>
    <message>
        <source>Reading %1 took longer than %2 ms.</source>
        <translation>Reading %1 took longer than %2 ms.</translation>
    </message>
    <message>
        <source>%1 is not a playable media file: its format is not supported or the file is damaged.</source>
        <translation>%1 is not a playable media file: its format is not supported or the file is damaged.</translation>
    </message>
</context>
<context>
    <name>tafel::monitoring::HealthTracker</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>degraded</translation>
    </message>
    <message>
        <source>down</source>
        <translation>down</translation>
    </message>
    <message numerus="yes">
        <source>%n failed probe(s) in a row: %1</source>
        <translation>
            <numerusform>%n failed probe in a row: %1</numerusform>
            <numerusform>%n failed probes in a row: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>slow answer (%1 ms)</source>
        <translation>slow answer (%1 ms)</translation>
    </message>
    <message>
        <source>answers (%1 ms)</source>
        <translation>answers (%1 ms)</translation>
    </message>
    <message numerus="yes">
        <source>%n successful probe(s) in a row</source>
        <translation>
            <numerusform>%n successful probe in a row</numerusform>
            <numerusform>%n successful probes in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slow probe(s) in a row (last %1 ms)</source>
        <translation>
            <numerusform>%n slow probe in a row (last %1 ms)</numerusform>
            <numerusform>%n slow probes in a row (last %1 ms)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n good probe(s) in a row</source>
        <translation>
            <numerusform>%n good probe in a row</numerusform>
            <numerusform>%n good probes in a row</numerusform>
        </translation>
    </message>
    <message>
        <source>device %1 moved to another room</source>
        <translation>device %1 moved to another room</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>device %1</translation>
    </message>
    <message numerus="yes">
        <source>no probe result for %n second(s)</source>
        <translation>
            <numerusform>no probe result for %n second</numerusform>
            <numerusform>no probe result for %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tafel::monitoring::HistoryStore</name>
    <message>
        <source>History database: %1: %2</source>
        <translation>History database: %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the history database %1: %2</source>
        <translation>Cannot open the history database %1: %2</translation>
    </message>
    <message>
        <source>setting WAL mode</source>
        <translation>setting WAL mode</translation>
    </message>
    <message>
        <source>The history database %1 failed its integrity check</source>
        <translation>The history database %1 failed its integrity check</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>reading the schema version</translation>
    </message>
    <message>
        <source>The history database %1 was written by a newer Tafel (schema %2, this build knows %3)</source>
        <translation>The history database %1 was written by a newer Tafel (schema %2, this build knows %3)</translation>
    </message>
    <message>
        <source>starting a migration</source>
        <translation>starting a migration</translation>
    </message>
    <message>
        <source>migrating to schema %1</source>
        <translation>migrating to schema %1</translation>
    </message>
    <message>
        <source>adding a series</source>
        <translation>adding a series</translation>
    </message>
    <message>
        <source>The history database is not open</source>
        <translation>The history database is not open</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>starting a transaction</translation>
    </message>
    <message>
        <source>adding samples</source>
        <translation>adding samples</translation>
    </message>
    <message>
        <source>committing samples</source>
        <translation>committing samples</translation>
    </message>
    <message>
        <source>reading the rollup state</source>
        <translation>reading the rollup state</translation>
    </message>
    <message>
        <source>reading samples</source>
        <translation>reading samples</translation>
    </message>
    <message>
        <source>writing rollups</source>
        <translation>writing rollups</translation>
    </message>
    <message>
        <source>writing the rollup state</source>
        <translation>writing the rollup state</translation>
    </message>
    <message>
        <source>pruning</source>
        <translation>pruning</translation>
    </message>
    <message>
        <source>reading rollups</source>
        <translation>reading rollups</translation>
    </message>
    <message>
        <source>committing rollups</source>
        <translation>committing rollups</translation>
    </message>
    <message>
        <source>recording an event</source>
        <translation>recording an event</translation>
    </message>
    <message>
        <source>reading events</source>
        <translation>reading events</translation>
    </message>
</context>
<context>
    <name>tafel::monitoring::Icmp</name>
    <message>
        <source>ICMP packet too long</source>
        <translation>ICMP packet too long</translation>
    </message>
    <message>
        <source>IP header too short</source>
        <translation>IP header too short</translation>
    </message>
    <message>
        <source>Not an IPv4 packet</source>
        <translation>Not an IPv4 packet</translation>
    </message>
    <message>
        <source>Bad IPv4 header length</source>
        <translation>Bad IPv4 header length</translation>
    </message>
    <message>
        <source>Not an ICMP packet</source>
        <translation>Not an ICMP packet</translation>
    </message>
    <message>
        <source>ICMP message too short</source>
        <translation>ICMP message too short</translation>
    </message>
    <message>
        <source>ICMP checksum mismatch</source>
        <translation>ICMP checksum mismatch</translation>
    </message>
</context>
<context>
    <name>tafel::monitoring::IcmpEngine</name>
    <message>
        <source>Too many ICMP probes in flight</source>
        <translation>Too many ICMP probes in flight</translation>
    </message>
    <message>
        <source>Cannot send ICMP echo: %1</source>
        <translation>Cannot send ICMP echo: %1</translation>
    </message>
    <message>
        <source>No ICMP echo reply (timeout)</source>
        <translation>No ICMP echo reply (timeout)</translation>
    </message>
</context>
<context>
    <name>tafel::monitoring::Iperf3</name>
    <message>
        <source>Bad iperf3 parameters</source>
        <translation>Bad iperf3 parameters</translation>
    </message>
    <message>
        <source>Unknown iperf3 state %1 from the server</source>
        <translation>Unknown iperf3 state %1 from the server</translation>
    </message>
    <message>
        <source>iperf3 JSON message of %1 bytes refused</source>
        <translation>iperf3 JSON message of %1 bytes refused</translation>
    </message>
    <message>
        <source>Malformed iperf3 JSON: %1</source>
        <translation>Malformed iperf3 JSON: %1</translation>
    </message>
    <message>
        <source>iperf3 results lack CPU or retransmit fields</source>
        <translation>iperf3 results lack CPU or retransmit fields</translation>
    </message>
    <message>
        <source>iperf3 results lack the stream list</source>
        <translation>iperf3 results lack the stream list</translation>
    </message>
    <message>
        <source>iperf3 results list too many streams</source>
        <translation>iperf3 results list too many streams</translation>
    </message>
    <message>
        <source>iperf3 stream result is not an object</source>
        <translation>iperf3 stream result is not an object</translation>
    </message>
    <message>
        <source>iperf3 stream result lacks fields</source>
        <translation>iperf3 stream result lacks fields</translation>
    </message>
    <message>
        <source>i_errno %1</source>
        <translation>i_errno %1</translation>
    </message>
    <message>
        <source>iperf3 server error: %1 (%2)</source>
        <translation>iperf3 server error: %1 (%2)</translation>
    </message>
    <message>
        <source>iperf3 server error: %1</source>
        <translation>iperf3 server error: %1</translation>
    </message>
</context>
<context>
    <name>tafel::monitoring::Iperf3Client</name>
    <message>
        <source>An iperf3 test is already running</source>
        <translation>An iperf3 test is already running</translation>
    </message>
    <message>
        <source>The iperf3 test was cancelled</source>
        <translation>The iperf3 test was cancelled</translation>
    </message>
    <message>
        <source>The iperf3 server at %1 accepted the connection but did not answer</source>
        <translation>The iperf3 server at %1 accepted the connection but did not answer</translation>
    </message>
    <message>
        <source>The iperf3 server closed the control connection</source>
        <translation>The iperf3 server closed the control connection</translation>
    </message>
    <message>
        <source>Cannot reach the iperf3 server at %1: %2</source>
        <translation>Cannot reach the iperf3 server at %1: %2</translation>
    </message>
    <message>
        <source>Connecting to the iperf3 server at %1 timed out</source>
        <translation>Connecting to the iperf3 server at %1 timed out</translation>
    </message>
    <message>
        <source>The iperf3 server sent an oversized message</source>
        <translation>The iperf3 server sent an oversized message</translation>
    </message>
    <message>
        <source>The iperf3 server stopped answering after the parameters</source>
        <translation>The iperf3 server stopped answering after the parameters</translation>
    </message>
    <message>
        <source>The iperf3 server did not start the test</source>
        <translation>The iperf3 server did not start the test</translation>
    </message>
    <message>
        <source>The iperf3 server ended the test during the warm-up</source>
        <translation>The iperf3 server ended the test during the warm-up</translation>
    </message>
    <message>
        <source>The iperf3 server asked for results before the test ran</source>
        <translation>The iperf3 server asked for results before the test ran</translation>
    </message>
    <message>
        <source>The iperf3 server did not send its results</source>
        <translation>The iperf3 server did not send its results</translation>
    </message>
    <message>
        <source>The iperf3 server at %1 is busy with another test</source>
        <translation>The iperf3 server at %1 is busy with another test</translation>
    </message>
    <message>
        <source>The iperf3 server terminated the test</source>
        <translation>The iperf3 server terminated the test</translation>
    </message>
    <message>
        <source>iperf3 data connection failed: %1</source>
        <translation>iperf3 data connection failed: %1</translation>
    </message>
    <message>
        <source>The iperf3 server stalled during the test</source>
        <translation>The iperf3 server stalled during the test</translation>
    </message>
    <message>
        <source>The iperf3 server did not finish the test</source>
        <translation>The iperf3 server did not finish the test</translation>
    </message>
</context>
<context>
    <name>tafel::monitoring::LibreSpeedClient</name>
    <message>
        <source>A speed test is already running</source>
        <translation>A speed test is already running</translation>
    </message>
    <message>
        <source>Cannot reach the speed test server %1: %2</source>
        <translation>Cannot reach the speed test server %1: %2</translation>
    </message>
    <message>
        <source>The speed test server answered getIP with HTTP %1</source>
        <translation>The speed test server answered getIP with HTTP %1</translation>
    </message>
    <message>
        <source>The speed test was cancelled</source>
        <translation>The speed test was cancelled</translation>
    </message>
    <message>
        <source>The speed test server answered empty with HTTP %1</source>
        <translation>The speed test server answered empty with HTTP %1</translation>
    </message>
    <message>
        <source>Speed test transfer failed: %1</source>
        <translation>Speed test transfer failed: %1</translation>
    </message>
    <message>
        <source>The speed test server answered HTTP %1</source>
        <translation>The speed test server answered HTTP %1</translation>
    </message>
</context>
<context>
    <name>tafel::monitoring::ProbeTarget</name>
    <message>
        <source>Not a probe target: &quot;%1&quot; (use icmp://host, tcp://host:port, http(s)://..., display://id or heartbeat://id)</source>
        <translation>Not a probe target: &quot;%1&quot; (use icmp://host, tcp://host:port, http(s)://..., display://id or heartbeat://id)</translation>
    </message>
</context>
<context>
    <name>tafel::monitoring::Prober</name>
    <message>
        <source>Cannot resolve %1: %2</source>
        <translation>Cannot resolve %1: %2</translation>
    </message>
    <message>
        <source>TCP connect to %1 port %2 failed: %3</source>
        <translation>TCP connect to %1 port %2 failed: %3</translation>
    </message>
    <message>
        <source>TCP connect to %1 port %2 timed out</source>
        <translation>TCP connect to %1 port %2 timed out</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP status %1</translation>
    </message>
    <message>
        <source>No display driver for %1</source>
        <translation>No display driver for %1</translation>
    </message>
    <message>
        <source>No heartbeat source for %1</source>
        <translation>No heartbeat source for %1</translation>
    </message>
    <message>
        <source>Agent %1 did not answer the heartbeat</source>
        <translation>Agent %1 did not answer the heartbeat</translation>
    </message>
</context>
<context>
    <name>tafel::provision::Applier</name>
    <message>
        <source>Cannot create a temporary directory: %1</source>
        <translation>Cannot create a temporary directory: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The existing agent.ini cannot be read; fix or remove it and apply again.</source>
        <translation>The existing agent.ini cannot be read; fix or remove it and apply again.</translation>
    </message>
    <message>
        <source>Cannot write the agent configuration.</source>
        <translation>Cannot write the agent configuration.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Cannot set the group of %1.</source>
        <translation>Cannot set the group of %1.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Cannot create the directory %1.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Cannot remove %1.</translation>
    </message>
</context>
<context>
    <name>tafel::provision::Validator</name>
    <message>
        <source>missing (required)</source>
        <translation>missing (required)</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>must be a string</translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB</source>
        <translation>the file is larger than 1 MiB</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>not valid JSON at byte %1: %2</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>must be a JSON object</translation>
    </message>
    <message>
        <source>unknown key (allowed: schema, school_id, room, role, agent, trusted_keys, reporting, admin_password_hash)</source>
        <translation>unknown key (allowed: schema, school_id, room, role, agent, trusted_keys, reporting, admin_password_hash)</translation>
    </message>
    <message>
        <source>missing (required; this Tafel writes %1)</source>
        <translation>missing (required; this Tafel writes %1)</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>must be an integer</translation>
    </message>
    <message>
        <source>version %1 is newer than this Tafel understands (%2); upgrade Tafel first</source>
        <translation>version %1 is newer than this Tafel understands (%2); upgrade Tafel first</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>must be %1</translation>
    </message>
    <message>
        <source>must be 1-64 characters of A-Z a-z 0-9 . _ -</source>
        <translation>must be 1-64 characters of A-Z a-z 0-9 . _ -</translation>
    </message>
    <message>
        <source>must be 1-100 characters without control characters or surrounding spaces</source>
        <translation>must be 1-100 characters without control characters or surrounding spaces</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a machine role (teacher-pc, display-pc, student, server)</source>
        <translation>&apos;%1&apos; is not a machine role (teacher-pc, display-pc, student, server)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>unknown key (allowed: name, listen)</source>
        <translation>unknown key (allowed: name, listen)</translation>
    </message>
    <message>
        <source>must be a host-name-like name of 1-63 characters (A-Z a-z 0-9 . _ -)</source>
        <translation>must be a host-name-like name of 1-63 characters (A-Z a-z 0-9 . _ -)</translation>
    </message>
    <message>
        <source>must be ADDR:PORT</source>
        <translation>must be ADDR:PORT</translation>
    </message>
    <message>
        <source>missing (required; an empty list makes the agent refuse every client)</source>
        <translation>missing (required; an empty list makes the agent refuse every client)</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>must be an array</translation>
    </message>
    <message>
        <source>more than %1 keys</source>
        <translation>more than %1 keys</translation>
    </message>
    <message>
        <source>must be an object with role, key and optional comment</source>
        <translation>must be an object with role, key and optional comment</translation>
    </message>
    <message>
        <source>unknown key (allowed: role, key, comment)</source>
        <translation>unknown key (allowed: role, key, comment)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a key role (teacher, admin)</source>
        <translation>&apos;%1&apos; is not a key role (teacher, admin)</translation>
    </message>
    <message>
        <source>not an Ed25519 public key (base64 of 32 bytes)</source>
        <translation>not an Ed25519 public key (base64 of 32 bytes)</translation>
    </message>
    <message>
        <source>listed twice</source>
        <translation>listed twice</translation>
    </message>
    <message>
        <source>must be at most 200 characters without control characters</source>
        <translation>must be at most 200 characters without control characters</translation>
    </message>
    <message>
        <source>must be an object (the reporting sinks&apos; configuration)</source>
        <translation>must be an object (the reporting sinks&apos; configuration)</translation>
    </message>
    <message>
        <source>must be an scrypt hash ($scrypt$ln=..,r=..,p=..$salt$hash) as &apos;tafelctl provision bundle&apos; writes it; a plain password is refused</source>
        <translation>must be an scrypt hash ($scrypt$ln=..,r=..,p=..$salt$hash) as &apos;tafelctl provision bundle&apos; writes it; a plain password is refused</translation>
    </message>
    <message>
        <source>unknown key (allowed: sinks, interval_secs, outbox_max)</source>
        <translation>unknown key (allowed: sinks, interval_secs, outbox_max)</translation>
    </message>
    <message>
        <source>must be a positive whole number</source>
        <translation>must be a positive whole number</translation>
    </message>
    <message>
        <source>must be a list of sinks</source>
        <translation>must be a list of sinks</translation>
    </message>
    <message>
        <source>unknown key (allowed: kind, url, name, token, ca_file, cert_file, key_file)</source>
        <translation>unknown key (allowed: kind, url, name, token, ca_file, cert_file, key_file)</translation>
    </message>
    <message>
        <source>must be a single-line string</source>
        <translation>must be a single-line string</translation>
    </message>
    <message>
        <source>must be &apos;pushgateway&apos; or &apos;otlp&apos;</source>
        <translation>must be &apos;pushgateway&apos; or &apos;otlp&apos;</translation>
    </message>
    <message>
        <source>must be an http:// or https:// address</source>
        <translation>must be an http:// or https:// address</translation>
    </message>
</context>
<context>
    <name>tafel::reporting</name>
    <message>
        <source>A report needs a school and a room id.</source>
        <translation>A report needs a school and a room id.</translation>
    </message>
</context>
<context>
    <name>tafel::reporting::HttpSink</name>
    <message>
        <source>Report sink %1: the URL must start with http:// or https://.</source>
        <translation>Report sink %1: the URL must start with http:// or https://.</translation>
    </message>
    <message>
        <source>A report sink needs a name.</source>
        <translation>A report sink needs a name.</translation>
    </message>
    <message>
        <source>Report sink %1: no CA certificate could be read from %2.</source>
        <translation>Report sink %1: no CA certificate could be read from %2.</translation>
    </message>
    <message>
        <source>Report sink %1: the client certificate or key could not be read.</source>
        <translation>Report sink %1: the client certificate or key could not be read.</translation>
    </message>
    <message>
        <source>The server refused the report (HTTP %1): %2</source>
        <translation>The server refused the report (HTTP %1): %2</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 from %2</translation>
    </message>
</context>
<context>
    <name>tafel::reporting::Reporter</name>
    <message>
        <source>There is already a report sink named %1.</source>
        <translation>There is already a report sink named %1.</translation>
    </message>
</context>
<context>
    <name>tafel::schedules</name>
    <message>
        <source>Displays on</source>
        <translation>Displays on</translation>
    </message>
    <message>
        <source>Displays off</source>
        <translation>Displays off</translation>
    </message>
    <message>
        <source>Switch input to %1</source>
        <translation>Switch input to %1</translation>
    </message>
    <message>
        <source>No days given; use e.g. mon-fri, mon,wed,fri or daily.</source>
        <translation>No days given; use e.g. mon-fri, mon,wed,fri or daily.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day or a range of days.</source>
        <translation>&apos;%1&apos; is not a day or a range of days.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day of the week (mon, tue, wed, thu, fri, sat, sun).</source>
        <translation>&apos;%1&apos; is not a day of the week (mon, tue, wed, thu, fri, sat, sun).</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>every day</translation>
    </message>
    <message>
        <source>Mon–Fri</source>
        <translation>Mon–Fri</translation>
    </message>
    <message>
        <source>The time is missing or not valid (use HH:MM).</source>
        <translation>The time is missing or not valid (use HH:MM).</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Choose at least one day.</translation>
    </message>
    <message>
        <source>Switching the input needs the input to switch to.</source>
        <translation>Switching the input needs the input to switch to.</translation>
    </message>
</context>
<context>
    <name>tafel::screen::BlankWindow</name>
    <message>
        <source>Screen blanked by the teacher</source>
        <translation>Screen blanked by the teacher</translation>
    </message>
</context>
<context>
    <name>tafel::screen::MessageWindow</name>
    <message>
        <source>Message from the teacher</source>
        <translation>Message from the teacher</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Close the message</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>Message from %1</translation>
    </message>
    <message>
        <source>Closes in %1 s</source>
        <translation>Closes in %1 s</translation>
    </message>
</context>
<context>
    <name>tafel::screen::ScreenController</name>
    <message>
        <source>Nothing is playing on the display.</source>
        <translation>Nothing is playing on the display.</translation>
    </message>
    <message>
        <source>Nothing is paused on the display.</source>
        <translation>Nothing is paused on the display.</translation>
    </message>
</context>
<context>
    <name>tafel::screen::VideoWindow</name>
    <message>
        <source>Video on the display</source>
        <translation>Video on the display</translation>
    </message>
</context>
<context>
    <name>tafel::screensession</name>
    <message>
        <source>The message is empty.</source>
        <translation>The message is empty.</translation>
    </message>
    <message>
        <source>The message has %1 characters; at most %2 fit on the screen.</source>
        <translation>The message has %1 characters; at most %2 fit on the screen.</translation>
    </message>
    <message>
        <source>The sender&apos;s name is longer than %1 characters.</source>
        <translation>The sender&apos;s name is longer than %1 characters.</translation>
    </message>
    <message>
        <source>A message can stay for 0 (until closed) to %1 seconds.</source>
        <translation>A message can stay for 0 (until closed) to %1 seconds.</translation>
    </message>
    <message>
        <source>The screen request was cancelled.</source>
        <translation>The screen request was cancelled.</translation>
    </message>
    <message>
        <source>No display session: the screen helper (tafel --screen) is not running on this computer, or nobody is logged in to the display (no socket at %1).</source>
        <translation>No display session: the screen helper (tafel --screen) is not running on this computer, or nobody is logged in to the display (no socket at %1).</translation>
    </message>
    <message>
        <source>The display needs the full path of the media file, not &quot;%1&quot;.</source>
        <translation>The display needs the full path of the media file, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A seek position cannot be negative.</source>
        <translation>A seek position cannot be negative.</translation>
    </message>
    <message>
        <source>Too many screen requests are waiting; try again.</source>
        <translation>Too many screen requests are waiting; try again.</translation>
    </message>
    <message>
        <source>The screen helper did not answer within %1 seconds.</source>
        <translation>The screen helper did not answer within %1 seconds.</translation>
    </message>
    <message>
        <source>No display session: the screen helper closed the connection before answering (the user logged out?).</source>
        <translation>No display session: the screen helper closed the connection before answering (the user logged out?).</translation>
    </message>
    <message>
        <source>The screen helper cannot listen at %1: %2</source>
        <translation>The screen helper cannot listen at %1: %2</translation>
    </message>
</context>
<context>
    <name>tafel::store</name>
    <message>
        <source>An audit entry needs an actor and an action.</source>
        <translation>An audit entry needs an actor and an action.</translation>
    </message>
    <message>
        <source>No stored password or PIN with reference &apos;%1&apos;.</source>
        <translation>No stored password or PIN with reference &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cannot write to the folder of the database %1. Tafel needs to create files there; make the folder writable or choose another database location.</source>
        <translation>Cannot write to the folder of the database %1. Tafel needs to create files there; make the folder writable or choose another database location.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>No database file was given.</translation>
    </message>
    <message>
        <source>Schema version %1 does not exist (this program knows 1 to %2).</source>
        <translation>Schema version %1 does not exist (this program knows 1 to %2).</translation>
    </message>
    <message>
        <source>%1 is not a database file but a folder or device.</source>
        <translation>%1 is not a database file but a folder or device.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>The database %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Cannot create the folder %1 for the database.</translation>
    </message>
    <message>
        <source>The database file %1 is read-only. Make it writable for this user.</source>
        <translation>The database file %1 is read-only. Make it writable for this user.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is missing. Install the package libqt6sql6-sqlite.</source>
        <translation>The SQLite driver of Qt (QSQLITE) is missing. Install the package libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>%1 It could not be moved aside (%2); move or delete it by hand, or restore a backup.</source>
        <translation>%1 It could not be moved aside (%2); move or delete it by hand, or restore a backup.</translation>
    </message>
    <message>
        <source>%1 It was moved aside to %2 (not deleted). The next start creates a new, empty database; restore a backup to get your data back.</source>
        <translation>%1 It was moved aside to %2 (not deleted). The next start creates a new, empty database; restore a backup to get your data back.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>Cannot read the schema version of %1.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2).</source>
        <translation>The database %1 is damaged (%2).</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this program knows schema version %3 at most: it was written by a newer Tafel. Update Tafel, or open another database.</source>
        <translation>The database %1 has schema version %2, but this program knows schema version %3 at most: it was written by a newer Tafel. Update Tafel, or open another database.</translation>
    </message>
    <message>
        <source>The database %1 has an invalid schema version %2.</source>
        <translation>The database %1 has an invalid schema version %2.</translation>
    </message>
    <message>
        <source>Upgrading the database %1 to schema version %2 failed: %3</source>
        <translation>Upgrading the database %1 to schema version %2 failed: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MAC address (expected e.g. 00:11:22:AA:BB:CC).</source>
        <translation>&apos;%1&apos; is not a MAC address (expected e.g. 00:11:22:AA:BB:CC).</translation>
    </message>
    <message>
        <source>Device %1 has the unknown kind &apos;%2&apos;; a newer Tafel may have written it.</source>
        <translation>Device %1 has the unknown kind &apos;%2&apos;; a newer Tafel may have written it.</translation>
    </message>
    <message>
        <source>There is no device &apos;%1&apos;.</source>
        <translation>There is no device &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A device needs a name.</source>
        <translation>A device needs a name.</translation>
    </message>
    <message>
        <source>Device &apos;%1&apos; has an invalid kind.</source>
        <translation>Device &apos;%1&apos; has an invalid kind.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id.</source>
        <translation>&apos;%1&apos; is not a valid id.</translation>
    </message>
    <message>
        <source>Device &apos;%1&apos; names two different ports (%2 and %3).</source>
        <translation>Device &apos;%1&apos; names two different ports (%2 and %3).</translation>
    </message>
    <message>
        <source>Unknown protocol &apos;%1&apos; (known: %2).</source>
        <translation>Unknown protocol &apos;%1&apos; (known: %2).</translation>
    </message>
    <message>
        <source>There is no room &apos;%1&apos; for device &apos;%2&apos;.</source>
        <translation>There is no room &apos;%1&apos; for device &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The MAC address %1 already belongs to device &apos;%2&apos;.</source>
        <translation>The MAC address %1 already belongs to device &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>There is no room &apos;%1&apos;.</source>
        <translation>There is no room &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A room named &apos;%1&apos; already exists.</source>
        <translation>A room named &apos;%1&apos; already exists.</translation>
    </message>
    <message>
        <source>A room needs a name.</source>
        <translation>A room needs a name.</translation>
    </message>
    <message>
        <source>The capacity of room &apos;%1&apos; cannot be negative.</source>
        <translation>The capacity of room &apos;%1&apos; cannot be negative.</translation>
    </message>
    <message>
        <source>Schedule %1 has the unknown action &apos;%2&apos;.</source>
        <translation>Schedule %1 has the unknown action &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>There is no schedule &apos;%1&apos;.</source>
        <translation>There is no schedule &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>the database</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program (another Tafel or tafelctl is using it). Try again in a moment.</source>
        <translation>The database %1 is locked by another program (another Tafel or tafelctl is using it). Try again in a moment.</translation>
    </message>
    <message>
        <source>Cannot open %1 for writing (%2). Check that the file and its folder exist and are writable.</source>
        <translation>Cannot open %1 for writing (%2). Check that the file and its folder exist and are writable.</translation>
    </message>
    <message>
        <source>Reading or writing %1 failed (%2). Is the disk full?</source>
        <translation>Reading or writing %1 failed (%2). Is the disk full?</translation>
    </message>
    <message>
        <source>The change was refused by the database (%1).</source>
        <translation>The change was refused by the database (%1).</translation>
    </message>
    <message>
        <source>The change conflicts with existing data (%1).</source>
        <translation>The change conflicts with existing data (%1).</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>Database error in %1: %2</translation>
    </message>
    <message>
        <source>User &apos;%1&apos; has the unknown role &apos;%2&apos;.</source>
        <translation>User &apos;%1&apos; has the unknown role &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Refusing to store a password that is not hashed.</source>
        <translation>Refusing to store a password that is not hashed.</translation>
    </message>
    <message>
        <source>There is no user &apos;%1&apos;.</source>
        <translation>There is no user &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A user needs a name.</source>
        <translation>A user needs a name.</translation>
    </message>
    <message>
        <source>A user named &apos;%1&apos; already exists.</source>
        <translation>A user named &apos;%1&apos; already exists.</translation>
    </message>
    <message>
        <source>The database %1 is not a %2 database. Open the right file.</source>
        <translation>The database %1 is not a %2 database. Open the right file.</translation>
    </message>
</context>
<context>
    <name>tafel::wol</name>
    <message>
        <source>&quot;%1&quot; is not a MAC address: %2. Expected a form like aa:bb:cc:dd:ee:ff.</source>
        <translation>&quot;%1&quot; is not a MAC address: %2. Expected a form like aa:bb:cc:dd:ee:ff.</translation>
    </message>
    <message>
        <source>No MAC address given. Expected a form like aa:bb:cc:dd:ee:ff.</source>
        <translation>No MAC address given. Expected a form like aa:bb:cc:dd:ee:ff.</translation>
    </message>
    <message>
        <source>it mixes the separators &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>it mixes the separators &apos;%1&apos; and &apos;%2&apos;</translation>
    </message>
    <message>
        <source>group %1 has %2 digits instead of %3</source>
        <translation>group %1 has %2 digits instead of %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at position %2 is not a hexadecimal digit</source>
        <translation>&apos;%1&apos; at position %2 is not a hexadecimal digit</translation>
    </message>
    <message>
        <source>it is too long (a MAC address has 12 hexadecimal digits)</source>
        <translation>it is too long (a MAC address has 12 hexadecimal digits)</translation>
    </message>
    <message>
        <source>it has %1 hexadecimal digits instead of 12</source>
        <translation>it has %1 hexadecimal digits instead of 12</translation>
    </message>
    <message>
        <source>00:00:00:00:00:00 belongs to no network card</source>
        <translation>00:00:00:00:00:00 belongs to no network card</translation>
    </message>
    <message>
        <source>it is a broadcast or multicast address, not a network card&apos;s</source>
        <translation>it is a broadcast or multicast address, not a network card&apos;s</translation>
    </message>
    <message>
        <source>Wake-on-LAN needs a target address and a port.</source>
        <translation>Wake-on-LAN needs a target address and a port.</translation>
    </message>
    <message>
        <source>Cannot send the Wake-on-LAN packet for %1 to %2 port %3: %4</source>
        <translation>Cannot send the Wake-on-LAN packet for %1 to %2 port %3: %4</translation>
    </message>
    <message>
        <source>it has %1 groups instead of %2 groups of %3 digits</source>
        <translation>it has %1 groups instead of %2 groups of %3 digits</translation>
    </message>
    <message>
        <source>group %1 has more than %2 digits</source>
        <translation>group %1 has more than %2 digits</translation>
    </message>
</context>
</TS>
