<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>SchoolKeys</name>
    <message>
        <source>Key %1 has the unknown role &apos;%2&apos;.</source>
        <translation>Key %1 has the unknown role &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>A key id is needed.</source>
        <translation>A key id is needed.</translation>
    </message>
    <message>
        <source>There is no key &apos;%1&apos;. &apos;tafelctl keys list&apos; shows the school&apos;s keys.</source>
        <translation>There is no key &apos;%1&apos;. &apos;tafelctl keys list&apos; shows the school&apos;s keys.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches %2 keys; give more digits of the key id.</source>
        <translation>&apos;%1&apos; matches %2 keys; give more digits of the key id.</translation>
    </message>
    <message>
        <source>Not an Ed25519 public key: %1</source>
        <translation>Not an Ed25519 public key: %1</translation>
    </message>
    <message>
        <source>The key id %1 does not belong to this public key (%2).</source>
        <translation>The key id %1 does not belong to this public key (%2).</translation>
    </message>
    <message>
        <source>The key %1 is already in the school&apos;s keys.</source>
        <translation>The key %1 is already in the school&apos;s keys.</translation>
    </message>
    <message>
        <source>The key %1 was revoked already on %2.</source>
        <translation>The key %1 was revoked already on %2.</translation>
    </message>
</context>
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
        <source>Start view: teacher, login (the admin password prompt), health, material (sends the demo lesson folder), admin, schedules, overview, agents, reports, audit or settings (material and the admin ones only with --demo).</source>
        <translation>Start view: teacher, login (the admin password prompt), health, material (sends the demo lesson folder), admin, schedules, overview, agents, reports, audit or settings (material and the admin ones only with --demo).</translation>
    </message>
    <message>
        <source>--view must be teacher, login, health, material, admin, schedules, overview, agents, reports, audit or settings.</source>
        <translation>--view must be teacher, login, health, material, admin, schedules, overview, agents, reports, audit or settings.</translation>
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
    <message>
        <source>not a valid IPv4 address (four numbers 0-255, e.g. 192.168.20.14)</source>
        <translation>not a valid IPv4 address (four numbers 0-255, e.g. 192.168.20.14)</translation>
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
    <name>tafel::agent::AgentPackages</name>
    <message>
        <source>Package %1 was not offered to this agent (package.offer first).</source>
        <translation>Package %1 was not offered to this agent (package.offer first).</translation>
    </message>
    <message>
        <source>package.offer needs envelope: the signed manifest.</source>
        <translation>package.offer needs envelope: the signed manifest.</translation>
    </message>
    <message>
        <source>The package is signed by key %1, which this agent does not trust. Only packages signed by a trusted teacher or admin key are accepted.</source>
        <translation>The package is signed by key %1, which this agent does not trust. Only packages signed by a trusted teacher or admin key are accepted.</translation>
    </message>
    <message>
        <source>An agent relaying material must present a relay grant signed by a trusted key.</source>
        <translation>An agent relaying material must present a relay grant signed by a trusted key.</translation>
    </message>
    <message>
        <source>The relay grant is signed by key %1, which this agent does not trust.</source>
        <translation>The relay grant is signed by key %1, which this agent does not trust.</translation>
    </message>
    <message>
        <source>package.push needs id, chunk (0 .. %1), offset and data.</source>
        <translation>package.push needs id, chunk (0 .. %1), offset and data.</translation>
    </message>
    <message>
        <source>Piece at offset %1 of chunk %2 arrived out of order.</source>
        <translation>Piece at offset %1 of chunk %2 arrived out of order.</translation>
    </message>
    <message>
        <source>Chunk %1 is longer than its %2 bytes.</source>
        <translation>Chunk %1 is longer than its %2 bytes.</translation>
    </message>
    <message>
        <source>package.relay needs id, to {host, port, fingerprint} and grant, or stop.</source>
        <translation>package.relay needs id, to {host, port, fingerprint} and grant, or stop.</translation>
    </message>
    <message>
        <source>package.files needs id.</source>
        <translation>package.files needs id.</translation>
    </message>
    <message>
        <source>package.delete needs id.</source>
        <translation>package.delete needs id.</translation>
    </message>
</context>
<context>
    <name>tafel::agent::AgentReporting</name>
    <message>
        <source>There is no sink named &apos;%1&apos; (configured: %2).</source>
        <translation>There is no sink named &apos;%1&apos; (configured: %2).</translation>
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
    <message>
        <source>The new reporting settings are active but could not be saved: %1</source>
        <translation>The new reporting settings are active but could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>tafel::agent::MaterialConfig</name>
    <message>
        <source>%1: %2 must be a number of bytes, not &apos;%3&apos;.</source>
        <translation>%1: %2 must be a number of bytes, not &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Cannot create the material directory %1.</source>
        <translation>Cannot create the material directory %1.</translation>
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
    <message>
        <source>Not a display: &apos;%1&apos;: %2 (use ID|KIND|pjlink://[:PASSWORD@]HOST[:PORT] or ID|KIND|mdc://[:PIN@]HOST[:PORT][?id=N]).</source>
        <translation>Not a display: &apos;%1&apos;: %2 (use ID|KIND|pjlink://[:PASSWORD@]HOST[:PORT] or ID|KIND|mdc://[:PIN@]HOST[:PORT][?id=N]).</translation>
    </message>
    <message>
        <source>three parts separated by | are needed</source>
        <translation>three parts separated by | are needed</translation>
    </message>
    <message>
        <source>the protocol must be pjlink or mdc</source>
        <translation>the protocol must be pjlink or mdc</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>no host</translation>
    </message>
    <message>
        <source>port 0</source>
        <translation>port 0</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unknown option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the MDC id must be 0..254</source>
        <translation>the MDC id must be 0..254</translation>
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
    <message>
        <source>config: required, a map with school, room, intervalSecs and sinks.</source>
        <translation>config: required, a map with school, room, intervalSecs and sinks.</translation>
    </message>
    <message>
        <source>Reporting is not configured on this agent.</source>
        <translation>Reporting is not configured on this agent.</translation>
    </message>
    <message>
        <source>must not contain control characters (line breaks, tabs).</source>
        <translation>must not contain control characters (line breaks, tabs).</translation>
    </message>
    <message>
        <source>must be true or false, not &apos;%1&apos;.</source>
        <translation>must be true or false, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>must not contain a user name or password (use Token for a bearer token).</source>
        <translation>must not contain a user name or password (use Token for a bearer token).</translation>
    </message>
    <message>
        <source>must not contain &apos;?&apos; or &apos;#&apos; (the sink appends its own path), not &apos;%1&apos;.</source>
        <translation>must not contain &apos;?&apos; or &apos;#&apos; (the sink appends its own path), not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>required with SchoolReporter=true (the school&apos;s agents and the key to ask them).</source>
        <translation>required with SchoolReporter=true (the school&apos;s agents and the key to ask them).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Cannot replace %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown field (known: %1).</source>
        <translation>unknown field (known: %1).</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>must be text.</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>must be a whole number.</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>must be true or false.</translation>
    </message>
    <message>
        <source>required: a list of sinks (at least one).</source>
        <translation>required: a list of sinks (at least one).</translation>
    </message>
    <message>
        <source>must be a map.</source>
        <translation>must be a map.</translation>
    </message>
</context>
<context>
    <name>tafel::agent::SchoolConfig</name>
    <message>
        <source>config.push needs a version above 0.</source>
        <translation>config.push needs a version above 0.</translation>
    </message>
    <message>
        <source>config.trustedKeys must be a list.</source>
        <translation>config.trustedKeys must be a list.</translation>
    </message>
    <message>
        <source>config.trustedKeys[%1].role must be &apos;teacher&apos; or &apos;admin&apos;.</source>
        <translation>config.trustedKeys[%1].role must be &apos;teacher&apos; or &apos;admin&apos;.</translation>
    </message>
    <message>
        <source>config.trustedKeys[%1].publicKey: %2</source>
        <translation>config.trustedKeys[%1].publicKey: %2</translation>
    </message>
    <message>
        <source>config.revokedKeys must be a list.</source>
        <translation>config.revokedKeys must be a list.</translation>
    </message>
    <message>
        <source>config.revokedKeys[%1].publicKey: %2</source>
        <translation>config.revokedKeys[%1].publicKey: %2</translation>
    </message>
    <message>
        <source>config.%1 must be a list.</source>
        <translation>config.%1 must be a list.</translation>
    </message>
    <message>
        <source>The pushed school configuration %1 is damaged (%2). Move it aside and push the configuration again from the admin view (&apos;tafelctl config push&apos;).</source>
        <translation>The pushed school configuration %1 is damaged (%2). Move it aside and push the configuration again from the admin view (&apos;tafelctl config push&apos;).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>larger than 4 MiB</source>
        <translation>larger than 4 MiB</translation>
    </message>
    <message>
        <source>This agent has configuration version %1; version %2 is older and was not applied.</source>
        <translation>This agent has configuration version %1; version %2 is older and was not applied.</translation>
    </message>
    <message>
        <source>This agent already has a different configuration with version %1; push a newer version.</source>
        <translation>This agent already has a different configuration with version %1; push a newer version.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>config.push needs {version: integer, config: map}.</source>
        <translation>config.push needs {version: integer, config: map}.</translation>
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
    <message>
        <source>The agent has a newer configuration.</source>
        <translation>The agent has a newer configuration.</translation>
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
    <name>tafel::classroom::SchoolHealth</name>
    <message>
        <source>The agent monitors no devices.</source>
        <translation>The agent monitors no devices.</translation>
    </message>
    <message>
        <source>Not reachable: %1</source>
        <translation>Not reachable: %1</translation>
    </message>
    <message>
        <source>Slow or losing packets: %1</source>
        <translation>Slow or losing packets: %1</translation>
    </message>
    <message>
        <source>Not measured yet</source>
        <translation>Not measured yet</translation>
    </message>
    <message>
        <source>%1 of %2 devices answer</source>
        <translation>%1 of %2 devices answer</translation>
    </message>
    <message>
        <source>Every device answers</source>
        <translation>Every device answers</translation>
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
        <source>Agent unreachable</source>
        <translation>Agent unreachable</translation>
    </message>
    <message>
        <source>No agent</source>
        <translation>No agent</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
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
    <message>
        <source>Forget an agent&apos;s pinned certificate (enroll it again to reach it)</source>
        <translation>Forget an agent&apos;s pinned certificate (enroll it again to reach it)</translation>
    </message>
    <message>
        <source>The enrolled agent (default port %1).</source>
        <translation>The enrolled agent (default port %1).</translation>
    </message>
    <message>
        <source>%1 is not enrolled; there is nothing to unpin.</source>
        <translation>%1 is not enrolled; there is nothing to unpin.</translation>
    </message>
    <message>
        <source>%1 is no longer pinned (it was %2). Enroll it again to reach it.</source>
        <translation>%1 is no longer pinned (it was %2). Enroll it again to reach it.</translation>
    </message>
</context>
<context>
    <name>tafel::cli::AgentPackagesCommand</name>
    <message>
        <source>An enrolled agent.</source>
        <translation>An enrolled agent.</translation>
    </message>
    <message>
        <source>Delete this package (finished or partly received) on the agent.</source>
        <translation>Delete this package (finished or partly received) on the agent.</translation>
    </message>
    <message>
        <source>A client key is needed: pass --key FILE or set TAFEL_KEY (create one with &apos;tafelctl keys create&apos;).</source>
        <translation>A client key is needed: pass --key FILE or set TAFEL_KEY (create one with &apos;tafelctl keys create&apos;).</translation>
    </message>
    <message>
        <source>--delete needs the package id (see &apos;tafelctl agent packages HOST&apos;).</source>
        <translation>--delete needs the package id (see &apos;tafelctl agent packages HOST&apos;).</translation>
    </message>
    <message>
        <source>%1 is not enrolled. Run: tafelctl agent enroll %1</source>
        <translation>%1 is not enrolled. Run: tafelctl agent enroll %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Deleted package %1 on %2.</source>
        <translation>Deleted package %1 on %2.</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>receiving %1/%2 chunks</source>
        <translation>receiving %1/%2 chunks</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITLE</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>FILES</source>
        <translation>FILES</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>List (or --delete) the lesson material packages on an agent</source>
        <translation>List (or --delete) the lesson material packages on an agent</translation>
    </message>
</context>
<context>
    <name>tafel::cli::AuditCommand</name>
    <message>
        <source>Show the audit log (who changed what, when)</source>
        <translation>Show the audit log (who changed what, when)</translation>
    </message>
    <message>
        <source>List audit entries, newest first (the default)</source>
        <translation>List audit entries, newest first (the default)</translation>
    </message>
    <message>
        <source>Only entries from T on: ISO 8601 (2026-11-20, 2026-11-20T08:00, 2026-11-20T08:00:00Z) or relative to now (30m, 24h, 7d, 2w).</source>
        <translation>Only entries from T on: ISO 8601 (2026-11-20, 2026-11-20T08:00, 2026-11-20T08:00:00Z) or relative to now (30m, 24h, 7d, 2w).</translation>
    </message>
    <message>
        <source>Only this action (room.add) or family of actions (room = room.*).</source>
        <translation>Only this action (room.add) or family of actions (room = room.*).</translation>
    </message>
    <message>
        <source>Only entries by this user or key.</source>
        <translation>Only entries by this user or key.</translation>
    </message>
    <message>
        <source>At most N entries (default 1000, 0 = all).</source>
        <translation>At most N entries (default 1000, 0 = all).</translation>
    </message>
    <message>
        <source>Print CSV (id,at,actor,action,target,before,after) instead of a table.</source>
        <translation>Print CSV (id,at,actor,action,target,before,after) instead of a table.</translation>
    </message>
    <message>
        <source>--since: &apos;%1&apos; is neither an ISO 8601 time (2026-11-20 or 2026-11-20T08:00) nor a duration such as 30m, 24h, 7d or 2w.</source>
        <translation>--since: &apos;%1&apos; is neither an ISO 8601 time (2026-11-20 or 2026-11-20T08:00) nor a duration such as 30m, 24h, 7d or 2w.</translation>
    </message>
    <message>
        <source>--limit must be a whole number of 0 or more, not &apos;%1&apos;.</source>
        <translation>--limit must be a whole number of 0 or more, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--csv and --json exclude each other.</source>
        <translation>--csv and --json exclude each other.</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WHEN</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>WHO</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>OBJECT</source>
        <translation>OBJECT</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>CHANGE</translation>
    </message>
</context>
<context>
    <name>tafel::cli::ClientKey</name>
    <message>
        <source>Private key file (from &apos;tafelctl keys create&apos;); default $TAFEL_KEY.</source>
        <translation>Private key file (from &apos;tafelctl keys create&apos;); default $TAFEL_KEY.</translation>
    </message>
</context>
<context>
    <name>tafel::cli::ConfigCommand</name>
    <message>
        <source>Push the school&apos;s configuration to the room agents</source>
        <translation>Push the school&apos;s configuration to the room agents</translation>
    </message>
    <message>
        <source>Send devices, schedules and trusted keys to the agents (a new version)</source>
        <translation>Send devices, schedules and trusted keys to the agents (a new version)</translation>
    </message>
    <message>
        <source>Only the agents of this room (id or name).</source>
        <translation>Only the agents of this room (id or name).</translation>
    </message>
    <message>
        <source>Admin key file (from &apos;tafelctl keys create --role admin&apos;); default $TAFEL_KEY.</source>
        <translation>Admin key file (from &apos;tafelctl keys create --role admin&apos;); default $TAFEL_KEY.</translation>
    </message>
    <message>
        <source>Push this version number instead of the next one (repairs and tests; agents refuse versions older than theirs).</source>
        <translation>Push this version number instead of the next one (repairs and tests; agents refuse versions older than theirs).</translation>
    </message>
    <message>
        <source>An admin key is needed: pass --key FILE or set TAFEL_KEY (create one with &apos;tafelctl keys create --role admin&apos;).</source>
        <translation>An admin key is needed: pass --key FILE or set TAFEL_KEY (create one with &apos;tafelctl keys create --role admin&apos;).</translation>
    </message>
    <message>
        <source>--version must be a number above 0.</source>
        <translation>--version must be a number above 0.</translation>
    </message>
    <message>
        <source>all rooms</source>
        <translation>all rooms</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>ok (was %1)</source>
        <translation>ok (was %1)</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <source>ROOM</source>
        <translation>ROOM</translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation>AGENT</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>RESULT</translation>
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
    <name>tafel::cli::DiscoverCommand</name>
    <message>
        <source>Subnet to sweep, at most /22 (repeatable). Default: this PC&apos;s IPv4 subnets.</source>
        <translation>Subnet to sweep, at most /22 (repeatable). Default: this PC&apos;s IPv4 subnets.</translation>
    </message>
    <message>
        <source>Ports and what they speak (default 4352=pjlink,1515=mdc,4450=agent).</source>
        <translation>Ports and what they speak (default 4352=pjlink,1515=mdc,4450=agent).</translation>
    </message>
    <message>
        <source>Do not send the PJLink search (UDP broadcast).</source>
        <translation>Do not send the PJLink search (UDP broadcast).</translation>
    </message>
    <message>
        <source>Send the PJLink search to ADDR:PORT instead of the broadcast to port 4352 (answers then come to any free local port).</source>
        <translation>Send the PJLink search to ADDR:PORT instead of the broadcast to port 4352 (answers then come to any free local port).</translation>
    </message>
    <message>
        <source>Connect timeout per address and port (default 700).</source>
        <translation>Connect timeout per address and port (default 700).</translation>
    </message>
    <message>
        <source>Connections at once (default 64).</source>
        <translation>Connections at once (default 64).</translation>
    </message>
    <message>
        <source>Add every found device that is not in the inventory yet (needs --room).</source>
        <translation>Add every found device that is not in the inventory yet (needs --room).</translation>
    </message>
    <message>
        <source>With --add: the room for the new devices (id or name).</source>
        <translation>With --add: the room for the new devices (id or name).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not PORT=pjlink, PORT=mdc or PORT=agent.</source>
        <translation>&apos;%1&apos; is not PORT=pjlink, PORT=mdc or PORT=agent.</translation>
    </message>
    <message>
        <source>--ports names no port.</source>
        <translation>--ports names no port.</translation>
    </message>
    <message>
        <source>--timeout must be 20 to 60000 milliseconds.</source>
        <translation>--timeout must be 20 to 60000 milliseconds.</translation>
    </message>
    <message>
        <source>--concurrency must be 1 to 1024.</source>
        <translation>--concurrency must be 1 to 1024.</translation>
    </message>
    <message>
        <source>--search-to must look like 127.0.0.1:4352.</source>
        <translation>--search-to must look like 127.0.0.1:4352.</translation>
    </message>
    <message>
        <source>--add needs --room R.</source>
        <translation>--add needs --room R.</translation>
    </message>
    <message>
        <source>This PC has no IPv4 network to sweep; pass --subnet CIDR.</source>
        <translation>This PC has no IPv4 network to sweep; pass --subnet CIDR.</translation>
    </message>
    <message>
        <source>yes: %1</source>
        <translation>yes: %1</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>PROTOCOL</source>
        <translation>PROTOCOL</translation>
    </message>
    <message>
        <source>ANSWERED</source>
        <translation>ANSWERED</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>IN INVENTORY</source>
        <translation>IN INVENTORY</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) answered (%1 connects).</source>
        <translation>
            <numerusform>%n device answered (%1 connects).</numerusform>
            <numerusform>%n devices answered (%1 connects).</numerusform>
        </translation>
    </message>
    <message>
        <source>Find projectors, displays and agents on the network (PJLink search, port sweep)</source>
        <translation>Find projectors, displays and agents on the network (PJLink search, port sweep)</translation>
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
    <name>tafel::cli::DistributeCommand</name>
    <message>
        <source>Send lesson material to the agents of a room</source>
        <translation>Send lesson material to the agents of a room</translation>
    </message>
    <message>
        <source>Send a package (or a folder) to agents, relayed from agent to agent, resumable</source>
        <translation>Send a package (or a folder) to agents, relayed from agent to agent, resumable</translation>
    </message>
    <message>
        <source>A package file from &apos;tafelctl package create&apos;, or a folder (packaged and signed on the fly).</source>
        <translation>A package file from &apos;tafelctl package create&apos;, or a folder (packaged and signed on the fly).</translation>
    </message>
    <message>
        <source>An enrolled agent; repeat or separate with commas.</source>
        <translation>An enrolled agent; repeat or separate with commas.</translation>
    </message>
    <message>
        <source>Every agent of this room (id or name) in the inventory.</source>
        <translation>Every agent of this room (id or name) in the inventory.</translation>
    </message>
    <message>
        <source>Title when PATH is a folder (default: its name).</source>
        <translation>Title when PATH is a folder (default: its name).</translation>
    </message>
    <message>
        <source>Keep retrying an unreachable agent this many seconds (default 60).</source>
        <translation>Keep retrying an unreachable agent this many seconds (default 60).</translation>
    </message>
    <message>
        <source>Send to every agent directly instead of relaying (for comparison).</source>
        <translation>Send to every agent directly instead of relaying (for comparison).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST or HOST:PORT: %2</source>
        <translation>&apos;%1&apos; is not HOST or HOST:PORT: %2</translation>
    </message>
    <message>
        <source>Name the receivers with --to HOST[:PORT]... or --room ROOM (one of them).</source>
        <translation>Name the receivers with --to HOST[:PORT]... or --room ROOM (one of them).</translation>
    </message>
    <message>
        <source>--give-up must be a number of seconds from 0 to 86400.</source>
        <translation>--give-up must be a number of seconds from 0 to 86400.</translation>
    </message>
    <message>
        <source>A key is needed: pass --key FILE or set TAFEL_KEY (create one with &apos;tafelctl keys create&apos;).</source>
        <translation>A key is needed: pass --key FILE or set TAFEL_KEY (create one with &apos;tafelctl keys create&apos;).</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>Room %1 has no agents in the inventory.</source>
        <translation>Room %1 has no agents in the inventory.</translation>
    </message>
    <message>
        <source>%1 is not enrolled. Run: tafelctl agent enroll %1</source>
        <translation>%1 is not enrolled. Run: tafelctl agent enroll %1</translation>
    </message>
    <message>
        <source>%1/%2 verified, %3 of %4 delivered, sent %5 (%6/s)</source>
        <translation>%1/%2 verified, %3 of %4 delivered, sent %5 (%6/s)</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation>AGENT</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>RESULT</translation>
    </message>
    <message>
        <source>RECEIVED</source>
        <translation>RECEIVED</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <source>Package %1 (%2): sent %3 in %4 s to %5 agents.</source>
        <translation>Package %1 (%2): sent %3 in %4 s to %5 agents.</translation>
    </message>
</context>
<context>
    <name>tafel::cli::InventoryCommand</name>
    <message>
        <source>Import and export the school&apos;s rooms and devices as CSV</source>
        <translation>Import and export the school&apos;s rooms and devices as CSV</translation>
    </message>
    <message>
        <source>Import rooms and devices from a CSV file (preview, then one transaction)</source>
        <translation>Import rooms and devices from a CSV file (preview, then one transaction)</translation>
    </message>
    <message>
        <source>Export all rooms and devices as CSV or JSON</source>
        <translation>Export all rooms and devices as CSV or JSON</translation>
    </message>
    <message>
        <source>CSV file (UTF-8, &apos;,&apos; or &apos;;&apos;). Columns: %1; see the README.</source>
        <translation>CSV file (UTF-8, &apos;,&apos; or &apos;;&apos;). Columns: %1; see the README.</translation>
    </message>
    <message>
        <source>Only show what would change; write nothing.</source>
        <translation>Only show what would change; write nothing.</translation>
    </message>
    <message>
        <source>Apply the good lines even when other lines have errors (still one transaction). Without it any line error means nothing is written.</source>
        <translation>Apply the good lines even when other lines have errors (still one transaction). Without it any line error means nothing is written.</translation>
    </message>
    <message>
        <source>A line naming a room that does not exist is an error instead of creating the room.</source>
        <translation>A line naming a room that does not exist is an error instead of creating the room.</translation>
    </message>
    <message>
        <source>Read %1 lines (delimiter &apos;%2&apos;%3).</source>
        <translation>Read %1 lines (delimiter &apos;%2&apos;%3).</translation>
    </message>
    <message>
        <source>, UTF-8 with BOM</source>
        <translation>, UTF-8 with BOM</translation>
    </message>
    <message>
        <source>Rooms:   %1 to add, %2 to change, %3 unchanged</source>
        <translation>Rooms:   %1 to add, %2 to change, %3 unchanged</translation>
    </message>
    <message>
        <source>Devices: %1 to add, %2 to change, %3 unchanged</source>
        <translation>Devices: %1 to add, %2 to change, %3 unchanged</translation>
    </message>
    <message>
        <source>  + room &apos;%1&apos; (line %2)</source>
        <translation>  + room &apos;%1&apos; (line %2)</translation>
    </message>
    <message>
        <source>building &apos;%1&apos; -&gt; &apos;%2&apos;</source>
        <translation>building &apos;%1&apos; -&gt; &apos;%2&apos;</translation>
    </message>
    <message>
        <source>floor &apos;%1&apos; -&gt; &apos;%2&apos;</source>
        <translation>floor &apos;%1&apos; -&gt; &apos;%2&apos;</translation>
    </message>
    <message>
        <source>capacity %1 -&gt; %2</source>
        <translation>capacity %1 -&gt; %2</translation>
    </message>
    <message>
        <source>  ~ room &apos;%1&apos;: %2 (line %3)</source>
        <translation>  ~ room &apos;%1&apos;: %2 (line %3)</translation>
    </message>
    <message>
        <source>  + device &apos;%1&apos; in &apos;%2&apos; (%3) (line %4)</source>
        <translation>  + device &apos;%1&apos; in &apos;%2&apos; (%3) (line %4)</translation>
    </message>
    <message>
        <source>  ~ device &apos;%1&apos; in &apos;%2&apos;: %3 (line %4)</source>
        <translation>  ~ device &apos;%1&apos; in &apos;%2&apos;: %3 (line %4)</translation>
    </message>
    <message numerus="yes">
        <source>Errors (%n line(s)):</source>
        <translation>
            <numerusform>Errors (%n line):</numerusform>
            <numerusform>Errors (%n lines):</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>Cannot read &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large for an inventory file.</source>
        <translation>&apos;%1&apos; is too large for an inventory file.</translation>
    </message>
    <message>
        <source>The file cannot be imported; nothing was written.</source>
        <translation>The file cannot be imported; nothing was written.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) have errors; nothing was written. Fix them or pass --skip-bad-lines.</source>
        <translation>
            <numerusform>%n line has errors; nothing was written. Fix them or pass --skip-bad-lines.</numerusform>
            <numerusform>%n lines have errors; nothing was written. Fix them or pass --skip-bad-lines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <source>Applied in one transaction.</source>
        <translation>Applied in one transaction.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nothing to change.</translation>
    </message>
    <message numerus="yes">
        <source>tafelctl: skipped %n bad line(s).</source>
        <translation>
            <numerusform>tafelctl: skipped %n bad line.</numerusform>
            <numerusform>tafelctl: skipped %n bad lines.</numerusform>
        </translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv (default) or json.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Write to FILE instead of standard output.</translation>
    </message>
    <message>
        <source>CSV delimiter: &apos;,&apos; (default) or &apos;;&apos; (for a German Excel).</source>
        <translation>CSV delimiter: &apos;,&apos; (default) or &apos;;&apos; (for a German Excel).</translation>
    </message>
    <message>
        <source>--format must be csv or json, not &apos;%1&apos;.</source>
        <translation>--format must be csv or json, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--delimiter must be &apos;,&apos; or &apos;;&apos;, not &apos;%1&apos;.</source>
        <translation>--delimiter must be &apos;,&apos; or &apos;;&apos;, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>Cannot write &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Exported %1 rooms and %2 devices to &apos;%3&apos;.</source>
        <translation>Exported %1 rooms and %2 devices to &apos;%3&apos;.</translation>
    </message>
</context>
<context>
    <name>tafel::cli::InventoryEditCommand</name>
    <message>
        <source>Room id or name.</source>
        <translation>Room id or name.</translation>
    </message>
    <message>
        <source>New name (unique in the school).</source>
        <translation>New name (unique in the school).</translation>
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
        <source>--capacity must be a whole number of 0 or more, not &apos;%1&apos;.</source>
        <translation>--capacity must be a whole number of 0 or more, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The room name must not be empty.</source>
        <translation>The room name must not be empty.</translation>
    </message>
    <message>
        <source>Changed room &apos;%1&apos;.</source>
        <translation>Changed room &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Also remove the room&apos;s devices (needed when it has any).</source>
        <translation>Also remove the room&apos;s devices (needed when it has any).</translation>
    </message>
    <message numerus="yes">
        <source>Room &apos;%1&apos; has %n device(s); they would be removed with it. Add --force to do that.</source>
        <translation>
            <numerusform>Room &apos;%1&apos; has %n device; it would be removed with it. Add --force to do that.</numerusform>
            <numerusform>Room &apos;%1&apos; has %n devices; they would be removed with it. Add --force to do that.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed room &apos;%1&apos; and %n device(s).</source>
        <translation>
            <numerusform>Removed room &apos;%1&apos; and %n device.</numerusform>
            <numerusform>Removed room &apos;%1&apos; and %n devices.</numerusform>
        </translation>
    </message>
    <message>
        <source>Device id or name.</source>
        <translation>Device id or name.</translation>
    </message>
    <message>
        <source>Room of the device (id or name), when several devices share the name. To move a device use &apos;tafelctl devices move&apos;.</source>
        <translation>Room of the device (id or name), when several devices share the name. To move a device use &apos;tafelctl devices move&apos;.</translation>
    </message>
    <message>
        <source>New name.</source>
        <translation>New name.</translation>
    </message>
    <message>
        <source>Kind of device: %1.</source>
        <translation>Kind of device: %1.</translation>
    </message>
    <message>
        <source>Host name or IP address, optionally with :PORT.</source>
        <translation>Host name or IP address, optionally with :PORT.</translation>
    </message>
    <message>
        <source>Port (0 = the protocol&apos;s default).</source>
        <translation>Port (0 = the protocol&apos;s default).</translation>
    </message>
    <message>
        <source>MAC address; an empty value removes it.</source>
        <translation>MAC address; an empty value removes it.</translation>
    </message>
    <message>
        <source>Control protocol: %1; an empty value means reachability only.</source>
        <translation>Control protocol: %1; an empty value means reachability only.</translation>
    </message>
    <message>
        <source>Whether a Tafel agent runs on the device: yes or no.</source>
        <translation>Whether a Tafel agent runs on the device: yes or no.</translation>
    </message>
    <message>
        <source>Unknown device kind &apos;%1&apos;. Known kinds: %2.</source>
        <translation>Unknown device kind &apos;%1&apos;. Known kinds: %2.</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535, not &apos;%1&apos;.</source>
        <translation>--port must be a number from 0 to 65535, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown protocol &apos;%1&apos;. Known protocols: %2.</source>
        <translation>Unknown protocol &apos;%1&apos;. Known protocols: %2.</translation>
    </message>
    <message>
        <source>--agent must be yes or no, not &apos;%1&apos;.</source>
        <translation>--agent must be yes or no, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The device name must not be empty.</source>
        <translation>The device name must not be empty.</translation>
    </message>
    <message>
        <source>Changed device &apos;%1&apos;.</source>
        <translation>Changed device &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The room to move it to (id or name).</source>
        <translation>The room to move it to (id or name).</translation>
    </message>
    <message>
        <source>The device&apos;s current room (id or name), when several devices share the name.</source>
        <translation>The device&apos;s current room (id or name), when several devices share the name.</translation>
    </message>
    <message>
        <source>Moved &apos;%1&apos; from &apos;%2&apos; to &apos;%3&apos;.</source>
        <translation>Moved &apos;%1&apos; from &apos;%2&apos; to &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Room of the device (id or name), when several devices share the name.</source>
        <translation>Room of the device (id or name), when several devices share the name.</translation>
    </message>
    <message>
        <source>Removed device &apos;%1&apos; from room &apos;%2&apos;.</source>
        <translation>Removed device &apos;%1&apos; from room &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Change a room&apos;s name, building, floor or capacity</source>
        <translation>Change a room&apos;s name, building, floor or capacity</translation>
    </message>
    <message>
        <source>Remove a room (with its devices: --force)</source>
        <translation>Remove a room (with its devices: --force)</translation>
    </message>
    <message>
        <source>Change a device&apos;s name, kind, host, port, MAC, protocol or agent flag</source>
        <translation>Change a device&apos;s name, kind, host, port, MAC, protocol or agent flag</translation>
    </message>
    <message>
        <source>Move a device to another room</source>
        <translation>Move a device to another room</translation>
    </message>
    <message>
        <source>Remove a device (and its stored password)</source>
        <translation>Remove a device (and its stored password)</translation>
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
    <message>
        <source>List the school&apos;s teacher and admin keys (revoked ones too)</source>
        <translation>List the school&apos;s teacher and admin keys (revoked ones too)</translation>
    </message>
    <message>
        <source>Revoke a key: agents refuse it after the next &apos;config push&apos;</source>
        <translation>Revoke a key: agents refuse it after the next &apos;config push&apos;</translation>
    </message>
    <message>
        <source>The key id (or a unique beginning of it).</source>
        <translation>The key id (or a unique beginning of it).</translation>
    </message>
    <message>
        <source>Add an existing public key (.pub file) to the school&apos;s keys</source>
        <translation>Add an existing public key (.pub file) to the school&apos;s keys</translation>
    </message>
    <message>
        <source>The key&apos;s .pub file (ROLE BASE64-KEY [COMMENT]).</source>
        <translation>The key&apos;s .pub file (ROLE BASE64-KEY [COMMENT]).</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>revoked %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>KEY ID</source>
        <translation>KEY ID</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>COMMENT</source>
        <translation>COMMENT</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREATED</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>Revoked %1 key %2 (%3). The agents refuse it after the next &apos;tafelctl config push&apos;.</source>
        <translation>Revoked %1 key %2 (%3). The agents refuse it after the next &apos;tafelctl config push&apos;.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Added %1 key %2 (%3) to the school&apos;s keys.</source>
        <translation>Added %1 key %2 (%3) to the school&apos;s keys.</translation>
    </message>
    <message>
        <source>or push it to every room agent with: tafelctl config push --key ADMIN-KEY</source>
        <translation>or push it to every room agent with: tafelctl config push --key ADMIN-KEY</translation>
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
    <name>tafel::cli::PackageCommand</name>
    <message>
        <source>Lesson material packages: make and inspect signed package files</source>
        <translation>Lesson material packages: make and inspect signed package files</translation>
    </message>
    <message>
        <source>Make one signed package file from a folder</source>
        <translation>Make one signed package file from a folder</translation>
    </message>
    <message>
        <source>Print a package file&apos;s manifest and verify every chunk</source>
        <translation>Print a package file&apos;s manifest and verify every chunk</translation>
    </message>
    <message>
        <source>The folder to package (regular files only; symlinks and special files are refused).</source>
        <translation>The folder to package (regular files only; symlinks and special files are refused).</translation>
    </message>
    <message>
        <source>The sender&apos;s private key (PEM, from &apos;tafelctl keys create&apos;).</source>
        <translation>The sender&apos;s private key (PEM, from &apos;tafelctl keys create&apos;).</translation>
    </message>
    <message>
        <source>The package file to write (replaced atomically).</source>
        <translation>The package file to write (replaced atomically).</translation>
    </message>
    <message>
        <source>Title receivers see (default: the folder&apos;s name).</source>
        <translation>Title receivers see (default: the folder&apos;s name).</translation>
    </message>
    <message>
        <source>A package file from &apos;tafelctl package create&apos;.</source>
        <translation>A package file from &apos;tafelctl package create&apos;.</translation>
    </message>
    <message>
        <source>Only check the manifest&apos;s signature; do not read and hash the data.</source>
        <translation>Only check the manifest&apos;s signature; do not read and hash the data.</translation>
    </message>
    <message>
        <source>--key KEY is required: the sender&apos;s private key file.</source>
        <translation>--key KEY is required: the sender&apos;s private key file.</translation>
    </message>
    <message>
        <source>--out FILE is required: where to write the package.</source>
        <translation>--out FILE is required: where to write the package.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 is not a folder.</translation>
    </message>
    <message numerus="yes">
        <source>Created package %1 &quot;%2&quot;: %n file(s), %3 in %4 chunks, signed by key %5.</source>
        <translation>
            <numerusform>Created package %1 &quot;%2&quot;: %n file, %3 in %4 chunks, signed by key %5.</numerusform>
            <numerusform>Created package %1 &quot;%2&quot;: %n files, %3 in %4 chunks, signed by key %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Package %1 &quot;%2&quot;</source>
        <translation>Package %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>  created %1, signed by key %2 (signature valid)</source>
        <translation>  created %1, signed by key %2 (signature valid)</translation>
    </message>
    <message numerus="yes">
        <source>  %n file(s), %1 in %2 chunks</source>
        <translation>
            <numerusform>  %n file, %1 in %2 chunks</numerusform>
            <numerusform>  %n files, %1 in %2 chunks</numerusform>
        </translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>CHUNK</source>
        <translation>CHUNK</translation>
    </message>
    <message>
        <source>CHUNKS</source>
        <translation>CHUNKS</translation>
    </message>
    <message>
        <source>Every chunk matches its SHA-256.</source>
        <translation>Every chunk matches its SHA-256.</translation>
    </message>
    <message>
        <source>Data not verified (--no-verify).</source>
        <translation>Data not verified (--no-verify).</translation>
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
    <name>tafel::cli::SchoolCommand</name>
    <message>
        <source>The whole school at a glance</source>
        <translation>The whole school at a glance</translation>
    </message>
    <message>
        <source>Every room&apos;s health from its agents: state, reason, broadband, devices</source>
        <translation>Every room&apos;s health from its agents: state, reason, broadband, devices</translation>
    </message>
    <message>
        <source>Per agent, in milliseconds (default 5000).</source>
        <translation>Per agent, in milliseconds (default 5000).</translation>
    </message>
    <message>
        <source>Only room R (id or name).</source>
        <translation>Only room R (id or name).</translation>
    </message>
    <message>
        <source>--timeout must be 100 to 120000 milliseconds.</source>
        <translation>--timeout must be 100 to 120000 milliseconds.</translation>
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
        <source>No PC with an agent in this room</source>
        <translation>No PC with an agent in this room</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>%1 up, %2 down</source>
        <translation>%1 up, %2 down</translation>
    </message>
    <message>
        <source>, %1 unknown</source>
        <translation>, %1 unknown</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>reachable</translation>
    </message>
    <message>
        <source>UNREACHABLE</source>
        <translation>UNREACHABLE</translation>
    </message>
    <message>
        <source>ROOM</source>
        <translation>ROOM</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>REASON</translation>
    </message>
    <message>
        <source>BROADBAND</source>
        <translation>BROADBAND</translation>
    </message>
    <message>
        <source>DEVICES</source>
        <translation>DEVICES</translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation>AGENT</translation>
    </message>
    <message>
        <source>DATA AGE</source>
        <translation>DATA AGE</translation>
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
    <name>tafel::discovery::NetworkScan</name>
    <message>
        <source>A scan is already running.</source>
        <translation>A scan is already running.</translation>
    </message>
    <message>
        <source>Nothing to scan: no subnet and no PJLink search.</source>
        <translation>Nothing to scan: no subnet and no PJLink search.</translation>
    </message>
    <message>
        <source>No ports to try.</source>
        <translation>No ports to try.</translation>
    </message>
    <message>
        <source>Concurrency must be 1 to 1024.</source>
        <translation>Concurrency must be 1 to 1024.</translation>
    </message>
    <message>
        <source>Timeouts must be 20 to 60000 ms.</source>
        <translation>Timeouts must be 20 to 60000 ms.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large to sweep: at most /%2.</source>
        <translation>&apos;%1&apos; is too large to sweep: at most /%2.</translation>
    </message>
    <message>
        <source>PJLink search not sent: %1</source>
        <translation>PJLink search not sent: %1</translation>
    </message>
    <message>
        <source>Tafel agent port open (enroll it with tafelctl agent enroll)</source>
        <translation>Tafel agent port open (enroll it with tafelctl agent enroll)</translation>
    </message>
    <message>
        <source>Port open, no MDC answer (another display id, or secured MDC)</source>
        <translation>Port open, no MDC answer (another display id, or secured MDC)</translation>
    </message>
    <message>
        <source>Port open, no PJLink greeting</source>
        <translation>Port open, no PJLink greeting</translation>
    </message>
    <message>
        <source>Samsung MDC, display id %1</source>
        <translation>Samsung MDC, display id %1</translation>
    </message>
    <message>
        <source>PJLink, no password</source>
        <translation>PJLink, no password</translation>
    </message>
    <message>
        <source>PJLink, password protected</source>
        <translation>PJLink, password protected</translation>
    </message>
    <message>
        <source>PJLink: %1</source>
        <translation>PJLink: %1</translation>
    </message>
    <message>
        <source>PJLink class %1, no password</source>
        <translation>PJLink class %1, no password</translation>
    </message>
    <message>
        <source>Answered the PJLink search; TCP port %1 not reachable</source>
        <translation>Answered the PJLink search; TCP port %1 not reachable</translation>
    </message>
    <message>
        <source>Projector %1</source>
        <translation>Projector %1</translation>
    </message>
    <message>
        <source>Display %1</source>
        <translation>Display %1</translation>
    </message>
    <message>
        <source>PC %1</source>
        <translation>PC %1</translation>
    </message>
</context>
<context>
    <name>tafel::discovery::Subnets</name>
    <message>
        <source>&apos;%1&apos; is not an IPv4 subnet like 192.168.20.0/24.</source>
        <translation>&apos;%1&apos; is not an IPv4 subnet like 192.168.20.0/24.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the prefix after / must be a number from %2 to 32.</source>
        <translation>&apos;%1&apos;: the prefix after / must be a number from %2 to 32.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large to sweep: at most /%2 (1,022 addresses). Give several smaller subnets.</source>
        <translation>&apos;%1&apos; is too large to sweep: at most /%2 (1,022 addresses). Give several smaller subnets.</translation>
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
    <name>tafel::distribution::ChunkPusher</name>
    <message>
        <source>Chunk %1 failed verification %2 times at %3:%4.</source>
        <translation>Chunk %1 failed verification %2 times at %3:%4.</translation>
    </message>
</context>
<context>
    <name>tafel::distribution::Distributor</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>No package to send.</source>
        <translation>No package to send.</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connecting</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>receiving</source>
        <translation>receiving</translation>
    </message>
    <message>
        <source>topping up</source>
        <translation>topping up</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>reconnecting</translation>
    </message>
    <message>
        <source>%1 stayed unreachable: %2</source>
        <translation>%1 stayed unreachable: %2</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>%1 still misses %2 bytes after %3 direct attempts.</source>
        <translation>%1 still misses %2 bytes after %3 direct attempts.</translation>
    </message>
    <message>
        <source>slow: moved to the end of the chain</source>
        <translation>slow: moved to the end of the chain</translation>
    </message>
</context>
<context>
    <name>tafel::distribution::Manifest</name>
    <message>
        <source>The package manifest is malformed: %1</source>
        <translation>The package manifest is malformed: %1</translation>
    </message>
    <message>
        <source>The package id &quot;%1&quot; is not a UUID.</source>
        <translation>The package id &quot;%1&quot; is not a UUID.</translation>
    </message>
    <message>
        <source>The package title is longer than %1 characters.</source>
        <translation>The package title is longer than %1 characters.</translation>
    </message>
    <message>
        <source>The package title contains a control character.</source>
        <translation>The package title contains a control character.</translation>
    </message>
    <message>
        <source>The package has no valid creation time.</source>
        <translation>The package has no valid creation time.</translation>
    </message>
    <message>
        <source>The package&apos;s sender key id &quot;%1&quot; is not a key id (16 hex digits).</source>
        <translation>The package&apos;s sender key id &quot;%1&quot; is not a key id (16 hex digits).</translation>
    </message>
    <message>
        <source>The package has no files.</source>
        <translation>The package has no files.</translation>
    </message>
    <message>
        <source>The package has %1 files; at most %2 are allowed.</source>
        <translation>The package has %1 files; at most %2 are allowed.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a symbolic link; packages hold regular files only.</source>
        <translation>&quot;%1&quot; is a symbolic link; packages hold regular files only.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has mode %2: only permission bits (0..0777) of a regular file are allowed.</source>
        <translation>&quot;%1&quot; has mode %2: only permission bits (0..0777) of a regular file are allowed.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an impossible size (%2 bytes).</source>
        <translation>&quot;%1&quot; has an impossible size (%2 bytes).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has chunk size %2; a file of %3 bytes must use %4.</source>
        <translation>&quot;%1&quot; has chunk size %2; a file of %3 bytes must use %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lists %2 chunk hashes; its size %3 needs %4.</source>
        <translation>&quot;%1&quot; lists %2 chunk hashes; its size %3 needs %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a chunk hash that is not 32 bytes.</source>
        <translation>&quot;%1&quot; has a chunk hash that is not 32 bytes.</translation>
    </message>
    <message>
        <source>The package is larger than the limit of %1 bytes.</source>
        <translation>The package is larger than the limit of %1 bytes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice in the package (paths are compared ignoring case).</source>
        <translation>&quot;%1&quot; appears twice in the package (paths are compared ignoring case).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is both a file and a directory in the package.</source>
        <translation>&quot;%1&quot; is both a file and a directory in the package.</translation>
    </message>
    <message>
        <source>No signing key.</source>
        <translation>No signing key.</translation>
    </message>
    <message>
        <source>The manifest names sender key %1 but is being signed with key %2.</source>
        <translation>The manifest names sender key %1 but is being signed with key %2.</translation>
    </message>
    <message>
        <source>Signing the package manifest failed.</source>
        <translation>Signing the package manifest failed.</translation>
    </message>
    <message>
        <source>The package manifest is %1 bytes; at most %2 are allowed (too many files?).</source>
        <translation>The package manifest is %1 bytes; at most %2 are allowed (too many files?).</translation>
    </message>
    <message>
        <source>%1 bytes, more than the limit of %2</source>
        <translation>%1 bytes, more than the limit of %2</translation>
    </message>
    <message>
        <source>no version</source>
        <translation>no version</translation>
    </message>
    <message>
        <source>The package uses format version %1; this Tafel reads version %2. Update Tafel.</source>
        <translation>The package uses format version %1; this Tafel reads version %2. Update Tafel.</translation>
    </message>
    <message>
        <source>the envelope needs &apos;manifest&apos;, &apos;key&apos; and &apos;sig&apos; byte strings</source>
        <translation>the envelope needs &apos;manifest&apos;, &apos;key&apos; and &apos;sig&apos; byte strings</translation>
    </message>
    <message>
        <source>the sender key is not an Ed25519 public key</source>
        <translation>the sender key is not an Ed25519 public key</translation>
    </message>
    <message>
        <source>the signature is not 64 bytes</source>
        <translation>the signature is not 64 bytes</translation>
    </message>
    <message>
        <source>it needs &apos;id&apos;, &apos;title&apos;, &apos;created&apos;, &apos;sender&apos; and &apos;files&apos;</source>
        <translation>it needs &apos;id&apos;, &apos;title&apos;, &apos;created&apos;, &apos;sender&apos; and &apos;files&apos;</translation>
    </message>
    <message>
        <source>a file entry is not a map</source>
        <translation>a file entry is not a map</translation>
    </message>
    <message>
        <source>a file entry needs &apos;path&apos; and &apos;sha256&apos;</source>
        <translation>a file entry needs &apos;path&apos; and &apos;sha256&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a missing, negative or impossible size.</source>
        <translation>&quot;%1&quot; has a missing, negative or impossible size.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no valid mode.</source>
        <translation>&quot;%1&quot; has no valid mode.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no valid chunk size.</source>
        <translation>&quot;%1&quot; has no valid chunk size.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a chunk hash list that is not a multiple of 32 bytes.</source>
        <translation>&quot;%1&quot; has a chunk hash list that is not a multiple of 32 bytes.</translation>
    </message>
    <message>
        <source>The package manifest&apos;s signature is not valid for key %1: the manifest was altered or not signed by that key.</source>
        <translation>The package manifest&apos;s signature is not valid for key %1: the manifest was altered or not signed by that key.</translation>
    </message>
    <message>
        <source>The package manifest names sender key %1 but was signed with key %2.</source>
        <translation>The package manifest names sender key %1 but was signed with key %2.</translation>
    </message>
    <message>
        <source>The package is signed by key %1, which this device does not trust. Add the sender&apos;s key to its trusted keys.</source>
        <translation>The package is signed by key %1, which this device does not trust. Add the sender&apos;s key to its trusted keys.</translation>
    </message>
</context>
<context>
    <name>tafel::distribution::PackageFile</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; packages hold regular files only. Replace it with a copy of the file.</source>
        <translation>%1 is a symbolic link; packages hold regular files only. Replace it with a copy of the file.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, socket or pipe); remove it from the folder.</source>
        <translation>%1 is not a regular file (a device, socket or pipe); remove it from the folder.</translation>
    </message>
    <message>
        <source>The folder has more than %1 files.</source>
        <translation>The folder has more than %1 files.</translation>
    </message>
    <message>
        <source>The folder holds more than %1 bytes, the package limit.</source>
        <translation>The folder holds more than %1 bytes, the package limit.</translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation>%1 is not a directory.</translation>
    </message>
    <message>
        <source>%1 holds no files.</source>
        <translation>%1 holds no files.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 changed while the package was being made (it is shorter now); try again.</source>
        <translation>%1 changed while the package was being made (it is shorter now); try again.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>%1 changed while the package was being made; try again.</source>
        <translation>%1 changed while the package was being made; try again.</translation>
    </message>
    <message>
        <source>No signing key.</source>
        <translation>No signing key.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Internal error: the manifest changed its length while the package was written.</source>
        <translation>Internal error: the manifest changed its length while the package was written.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Tafel package file.</source>
        <translation>%1 is not a Tafel package file.</translation>
    </message>
    <message>
        <source>%1 uses package format %2; this Tafel reads format %3.</source>
        <translation>%1 uses package format %2; this Tafel reads format %3.</translation>
    </message>
    <message>
        <source>%1: the manifest is larger than the limit.</source>
        <translation>%1: the manifest is larger than the limit.</translation>
    </message>
    <message>
        <source>%1 is truncated.</source>
        <translation>%1 is truncated.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has %2 bytes; its manifest needs %3 (truncated or appended to).</source>
        <translation>%1 has %2 bytes; its manifest needs %3 (truncated or appended to).</translation>
    </message>
    <message>
        <source>%1/%2 no longer has the size the manifest lists; make the package again.</source>
        <translation>%1/%2 no longer has the size the manifest lists; make the package again.</translation>
    </message>
    <message>
        <source>The package has no chunk %1.</source>
        <translation>The package has no chunk %1.</translation>
    </message>
    <message>
        <source>Cannot read chunk %1: %2</source>
        <translation>Cannot read chunk %1: %2</translation>
    </message>
    <message>
        <source>Chunk %1 is truncated (%2).</source>
        <translation>Chunk %1 is truncated (%2).</translation>
    </message>
    <message>
        <source>Chunk %1 (%2 at byte %3) does not match its SHA-256: the data changed after the package was made.</source>
        <translation>Chunk %1 (%2 at byte %3) does not match its SHA-256: the data changed after the package was made.</translation>
    </message>
    <message>
        <source>Cannot compute the package id (SHA-256 failed).</source>
        <translation>Cannot compute the package id (SHA-256 failed).</translation>
    </message>
</context>
<context>
    <name>tafel::distribution::PackageStore</name>
    <message>
        <source>The disk is full: cannot reserve %1 for %2.</source>
        <translation>The disk is full: cannot reserve %1 for %2.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <source>%1/%2 is too large.</source>
        <translation>%1/%2 is too large.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Cannot rename %1: %2</source>
        <translation>Cannot rename %1: %2</translation>
    </message>
    <message>
        <source>No package %1 is being received.</source>
        <translation>No package %1 is being received.</translation>
    </message>
    <message>
        <source>The envelope of package %1 does not hold its manifest.</source>
        <translation>The envelope of package %1 does not hold its manifest.</translation>
    </message>
    <message>
        <source>A different package with the id %1 is already being received.</source>
        <translation>A different package with the id %1 is already being received.</translation>
    </message>
    <message>
        <source>Quota exceeded: the package &quot;%1&quot; has %2; this device accepts at most %3 per package.</source>
        <translation>Quota exceeded: the package &quot;%1&quot; has %2; this device accepts at most %3 per package.</translation>
    </message>
    <message>
        <source>Quota exceeded: the package &quot;%1&quot; (%2) does not fit; the material store holds %3 of at most %4. Delete old packages first.</source>
        <translation>Quota exceeded: the package &quot;%1&quot; (%2) does not fit; the material store holds %3 of at most %4. Delete old packages first.</translation>
    </message>
    <message>
        <source>The disk would be full: the package &quot;%1&quot; needs %2, %3 is free and %4 must stay free.</source>
        <translation>The disk would be full: the package &quot;%1&quot; needs %2, %3 is free and %4 must stay free.</translation>
    </message>
    <message>
        <source>Cannot create the material directory %1.</source>
        <translation>Cannot create the material directory %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a package id.</source>
        <translation>&quot;%1&quot; is not a package id.</translation>
    </message>
    <message>
        <source>Package %1 has no chunk %2.</source>
        <translation>Package %1 has no chunk %2.</translation>
    </message>
    <message>
        <source>Chunk %1 of package %2 (%3) does not match its SHA-256; it was discarded.</source>
        <translation>Chunk %1 of package %2 (%3) does not match its SHA-256; it was discarded.</translation>
    </message>
    <message>
        <source>Chunk %1 of package %2 has not been received yet.</source>
        <translation>Chunk %1 of package %2 has not been received yet.</translation>
    </message>
    <message>
        <source>Chunk %1 of package %2 changed on disk (%3).</source>
        <translation>Chunk %1 of package %2 changed on disk (%3).</translation>
    </message>
    <message>
        <source>Package %1 is not complete: %2 of %3 chunks are missing.</source>
        <translation>Package %1 is not complete: %2 of %3 chunks are missing.</translation>
    </message>
    <message>
        <source>Cannot set the mode of %1.</source>
        <translation>Cannot set the mode of %1.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
    </message>
    <message>
        <source>%1 already exists and is not a finished package; remove it.</source>
        <translation>%1 already exists and is not a finished package; remove it.</translation>
    </message>
    <message>
        <source>Cannot move package %1 into place: %2</source>
        <translation>Cannot move package %1 into place: %2</translation>
    </message>
    <message>
        <source>Cannot delete %1 completely.</source>
        <translation>Cannot delete %1 completely.</translation>
    </message>
    <message>
        <source>Cannot delete package %1: %2</source>
        <translation>Cannot delete package %1: %2</translation>
    </message>
    <message>
        <source>There is no package %1.</source>
        <translation>There is no package %1.</translation>
    </message>
</context>
<context>
    <name>tafel::distribution::PathRules</name>
    <message>
        <source>Unsafe path &quot;%1&quot; in the package: %2</source>
        <translation>Unsafe path &quot;%1&quot; in the package: %2</translation>
    </message>
    <message>
        <source>A file in the package has an empty path.</source>
        <translation>A file in the package has an empty path.</translation>
    </message>
    <message>
        <source>longer than %1 bytes</source>
        <translation>longer than %1 bytes</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>contains a control character</translation>
    </message>
    <message>
        <source>absolute path</source>
        <translation>absolute path</translation>
    </message>
    <message>
        <source>contains a backslash (paths are &apos;/&apos;-separated)</source>
        <translation>contains a backslash (paths are &apos;/&apos;-separated)</translation>
    </message>
    <message>
        <source>starts with a drive letter</source>
        <translation>starts with a drive letter</translation>
    </message>
    <message>
        <source>contains &apos;:&apos; (drive letters and alternate data streams are not allowed)</source>
        <translation>contains &apos;:&apos; (drive letters and alternate data streams are not allowed)</translation>
    </message>
    <message>
        <source>more than %1 directory levels</source>
        <translation>more than %1 directory levels</translation>
    </message>
    <message>
        <source>empty path segment</source>
        <translation>empty path segment</translation>
    </message>
    <message>
        <source>&apos;.&apos; or &apos;..&apos; segment</source>
        <translation>&apos;.&apos; or &apos;..&apos; segment</translation>
    </message>
    <message>
        <source>a name longer than %1 bytes</source>
        <translation>a name longer than %1 bytes</translation>
    </message>
    <message>
        <source>a name ends with a dot or a space</source>
        <translation>a name ends with a dot or a space</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a Windows device name</source>
        <translation>&quot;%1&quot; is a Windows device name</translation>
    </message>
</context>
<context>
    <name>tafel::distribution::RelayGrant</name>
    <message>
        <source>The relay grant is not valid: %1</source>
        <translation>The relay grant is not valid: %1</translation>
    </message>
    <message>
        <source>A relay grant needs the relaying agent&apos;s Ed25519 key.</source>
        <translation>A relay grant needs the relaying agent&apos;s Ed25519 key.</translation>
    </message>
    <message>
        <source>Signing the relay grant failed.</source>
        <translation>Signing the relay grant failed.</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>too large</translation>
    </message>
    <message>
        <source>no signer key</source>
        <translation>no signer key</translation>
    </message>
    <message>
        <source>bad signature</source>
        <translation>bad signature</translation>
    </message>
    <message>
        <source>unsupported version</source>
        <translation>unsupported version</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>no expiry</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <source>it is for another package</source>
        <translation>it is for another package</translation>
    </message>
    <message>
        <source>it is for another agent key</source>
        <translation>it is for another agent key</translation>
    </message>
    <message>
        <source>it is for another receiving agent</source>
        <translation>it is for another receiving agent</translation>
    </message>
    <message>
        <source>it has expired</source>
        <translation>it has expired</translation>
    </message>
</context>
<context>
    <name>tafel::distribution::SafeFile</name>
    <message>
        <source>%1: a symbolic link is in the way; material is never written through links.</source>
        <translation>%1: a symbolic link is in the way; material is never written through links.</translation>
    </message>
    <message>
        <source>%1: a file is in the way where a directory is expected.</source>
        <translation>%1: a file is in the way where a directory is expected.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>%1: permission denied.</source>
        <translation>%1: permission denied.</translation>
    </message>
    <message>
        <source>The disk is full: cannot create %1.</source>
        <translation>The disk is full: cannot create %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 is not a regular file.</translation>
    </message>
    <message>
        <source>The disk is full: cannot write %1. Free some space (or remove old material) and resume.</source>
        <translation>The disk is full: cannot write %1. Free some space (or remove old material) and resume.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is shorter than expected.</source>
        <translation>%1 is shorter than expected.</translation>
    </message>
    <message>
        <source>Cannot flush %1 to disk: %2</source>
        <translation>Cannot flush %1 to disk: %2</translation>
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
        <source>Devices: %1</source>
        <translation>Devices: %1</translation>
    </message>
    <message>
        <source>Rooms: %1</source>
        <translation>Rooms: %1</translation>
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
    <name>tafel::gui::AgentsKeysPage</name>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Pinned fingerprint (SHA-256)</source>
        <translation>Pinned fingerprint (SHA-256)</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Key id</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Agents &amp; keys</source>
        <translation>Agents &amp; keys</translation>
    </message>
    <message>
        <source>The room agents with their pinned certificates and live state, and the school&apos;s teacher and admin keys. Revoked keys are refused by the agents after the next configuration push.</source>
        <translation>The room agents with their pinned certificates and live state, and the school&apos;s teacher and admin keys. Revoked keys are refused by the agents after the next configuration push.</translation>
    </message>
    <message>
        <source>Admin key:</source>
        <translation>Admin key:</translation>
    </message>
    <message>
        <source>Choose admin key…</source>
        <translation>Choose admin key…</translation>
    </message>
    <message>
        <source>Choose the admin key file</source>
        <translation>Choose the admin key file</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Admin key</translation>
    </message>
    <message>
        <source>Private keys (*.pem)</source>
        <translation>Private keys (*.pem)</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Push configuration</source>
        <translation>Push configuration</translation>
    </message>
    <message>
        <source>Push the configuration to every agent</source>
        <translation>Push the configuration to every agent</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Ask every agent for its state now</source>
        <translation>Ask every agent for its state now</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Unpin</translation>
    </message>
    <message>
        <source>Forget the pinned certificate of the selected agent</source>
        <translation>Forget the pinned certificate of the selected agent</translation>
    </message>
    <message>
        <source>Address of the agent to enroll</source>
        <translation>Address of the agent to enroll</translation>
    </message>
    <message>
        <source>host:port of a new agent (default port %1)</source>
        <translation>host:port of a new agent (default port %1)</translation>
    </message>
    <message>
        <source>Connect and enroll</source>
        <translation>Connect and enroll</translation>
    </message>
    <message>
        <source>Connect to the agent and show its fingerprint</source>
        <translation>Connect to the agent and show its fingerprint</translation>
    </message>
    <message>
        <source>Pin this fingerprint</source>
        <translation>Pin this fingerprint</translation>
    </message>
    <message>
        <source>The fingerprint matches the agent&apos;s: pin it</source>
        <translation>The fingerprint matches the agent&apos;s: pin it</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Do not pin this agent</source>
        <translation>Do not pin this agent</translation>
    </message>
    <message>
        <source>Agents of the school</source>
        <translation>Agents of the school</translation>
    </message>
    <message>
        <source>Result of the configuration push per agent</source>
        <translation>Result of the configuration push per agent</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>New teacher key…</source>
        <translation>New teacher key…</translation>
    </message>
    <message>
        <source>Create a teacher key</source>
        <translation>Create a teacher key</translation>
    </message>
    <message>
        <source>New admin key…</source>
        <translation>New admin key…</translation>
    </message>
    <message>
        <source>Create an admin key</source>
        <translation>Create an admin key</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Revoke the selected key</source>
        <translation>Revoke the selected key</translation>
    </message>
    <message>
        <source>Export installer bundle…</source>
        <translation>Export installer bundle…</translation>
    </message>
    <message>
        <source>Write the provisioning files for the installer</source>
        <translation>Write the provisioning files for the installer</translation>
    </message>
    <message>
        <source>For the installer: one provision.json per room that trusts the active keys.</source>
        <translation>For the installer: one provision.json per room that trusts the active keys.</translation>
    </message>
    <message>
        <source>Keys of the school</source>
        <translation>Keys of the school</translation>
    </message>
    <message>
        <source>none — choose the admin key to see the agents&apos; state and to push</source>
        <translation>none — choose the admin key to see the agents&apos; state and to push</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Not enrolled</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>version %1 (%2)</source>
        <translation>version %1 (%2)</translation>
    </message>
    <message>
        <source>not pushed</source>
        <translation>not pushed</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No agents yet: mark the room PCs that run tafel-agent in Rooms &amp; devices (protocol &quot;agent&quot;).</source>
        <translation>No agents yet: mark the room PCs that run tafel-agent in Rooms &amp; devices (protocol &quot;agent&quot;).</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Revoked %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>The admin key %1 cannot be read: %2</source>
        <translation>The admin key %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Unknown (no admin key)</source>
        <translation>Unknown (no admin key)</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not host or host:port: %2</source>
        <translation>&apos;%1&apos; is not host or host:port: %2</translation>
    </message>
    <message>
        <source>%1 presents the fingerprint
%2
Compare it with the agent&apos;s log (&apos;certificate fingerprint …&apos;) before pinning.</source>
        <translation>%1 presents the fingerprint
%2
Compare it with the agent&apos;s log (&apos;certificate fingerprint …&apos;) before pinning.</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Could not connect to %1: %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Connect to an agent first.</source>
        <translation>Connect to an agent first.</translation>
    </message>
    <message>
        <source>%1 is pinned.</source>
        <translation>%1 is pinned.</translation>
    </message>
    <message>
        <source>%1 is not enrolled.</source>
        <translation>%1 is not enrolled.</translation>
    </message>
    <message>
        <source>%1 is no longer pinned; enroll it again to reach it.</source>
        <translation>%1 is no longer pinned; enroll it again to reach it.</translation>
    </message>
    <message>
        <source>Key %1 created: %2 (keep it secret). Push the configuration so the agents accept it.</source>
        <translation>Key %1 created: %2 (keep it secret). Push the configuration so the agents accept it.</translation>
    </message>
    <message>
        <source>Key %1 (%2) is revoked. Push the configuration: the agents refuse it after the push.</source>
        <translation>Key %1 (%2) is revoked. Push the configuration: the agents refuse it after the push.</translation>
    </message>
    <message numerus="yes">
        <source>%n installer file(s) written to %1.</source>
        <translation>
            <numerusform>%n installer file written to %1.</numerusform>
            <numerusform>%n installer files written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A configuration push is still running.</source>
        <translation>A configuration push is still running.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>✓ %1: version %2, unchanged</source>
        <translation>✓ %1: version %2, unchanged</translation>
    </message>
    <message>
        <source>✓ %1: version %2 applied (was %3)</source>
        <translation>✓ %1: version %2 applied (was %3)</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Configuration pushed; %n agent(s) failed (see the list).</source>
        <translation>
            <numerusform>Configuration pushed; %n agent failed (see the list).</numerusform>
            <numerusform>Configuration pushed; %n agents failed (see the list).</numerusform>
        </translation>
    </message>
    <message>
        <source>Configuration pushed to every agent.</source>
        <translation>Configuration pushed to every agent.</translation>
    </message>
    <message>
        <source>all rooms</source>
        <translation>all rooms</translation>
    </message>
    <message>
        <source>Pushing configuration version %1…</source>
        <translation>Pushing configuration version %1…</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>New key</translation>
    </message>
    <message>
        <source>Who or which PC uses this key (e.g. &quot;Frau Demir&quot;):</source>
        <translation>Who or which PC uses this key (e.g. &quot;Frau Demir&quot;):</translation>
    </message>
    <message>
        <source>Save the private key</source>
        <translation>Save the private key</translation>
    </message>
    <message>
        <source>Select the key to revoke.</source>
        <translation>Select the key to revoke.</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Revoke key</translation>
    </message>
    <message>
        <source>Revoke key %1? The agents refuse it after the next configuration push. This cannot be undone.</source>
        <translation>Revoke key %1? The agents refuse it after the next configuration push. This cannot be undone.</translation>
    </message>
    <message>
        <source>Installer bundle</source>
        <translation>Installer bundle</translation>
    </message>
    <message>
        <source>School id (e.g. de-by-09162-gs-nord):</source>
        <translation>School id (e.g. de-by-09162-gs-nord):</translation>
    </message>
    <message>
        <source>Folder for the installer files</source>
        <translation>Folder for the installer files</translation>
    </message>
    <message>
        <source>Select the agent to unpin.</source>
        <translation>Select the agent to unpin.</translation>
    </message>
    <message>
        <source>Unpin agent</source>
        <translation>Unpin agent</translation>
    </message>
    <message>
        <source>Forget the pinned certificate of %1? Tafel cannot reach it until it is enrolled again.</source>
        <translation>Forget the pinned certificate of %1? Tafel cannot reach it until it is enrolled again.</translation>
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
    <name>tafel::gui::AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Every change to rooms, devices, keys, schedules and settings, newest first.</source>
        <translation>Every change to rooms, devices, keys, schedules and settings, newest first.</translation>
    </message>
    <message>
        <source>Search entries…</source>
        <translation>Search entries…</translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation>Search the audit log</translation>
    </message>
    <message>
        <source>Only this kind of change</source>
        <translation>Only this kind of change</translation>
    </message>
    <message>
        <source>Only changes by</source>
        <translation>Only changes by</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Time range</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>From … to …</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Save the entries shown as a CSV file</source>
        <translation>Save the entries shown as a CSV file</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Export JSON…</translation>
    </message>
    <message>
        <source>Save the entries shown as a JSON file</source>
        <translation>Save the entries shown as a JSON file</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>All changes</translation>
    </message>
    <message>
        <source>%1 (all)</source>
        <translation>%1 (all)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>%1 of %2 entries shown</source>
        <translation>%1 of %2 entries shown</translation>
    </message>
    <message numerus="yes">
        <source>%n entries saved to %1.</source>
        <translation>
            <numerusform>%n entries saved to %1.</numerusform>
            <numerusform>%n entries saved to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
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
    <name>tafel::gui::DiscoveryDialog</name>
    <message>
        <source>PJLink projector/display</source>
        <translation>PJLink projector/display</translation>
    </message>
    <message>
        <source>Samsung MDC display</source>
        <translation>Samsung MDC display</translation>
    </message>
    <message>
        <source>Tafel agent</source>
        <translation>Tafel agent</translation>
    </message>
    <message>
        <source>Find devices</source>
        <translation>Find devices</translation>
    </message>
    <message>
        <source>Searches the network for projectors and displays (PJLink search, PJLink port 4352, Samsung MDC port 1515) and Tafel agents (port 4450). Tick what to add and pick the room.</source>
        <translation>Searches the network for projectors and displays (PJLink search, PJLink port 4352, Samsung MDC port 1515) and Tafel agents (port 4450). Tick what to add and pick the room.</translation>
    </message>
    <message>
        <source>Subnet:</source>
        <translation>Subnet:</translation>
    </message>
    <message>
        <source>Subnet to search, for example 192.168.20.0/24</source>
        <translation>Subnet to search, for example 192.168.20.0/24</translation>
    </message>
    <message>
        <source>e.g. 192.168.20.0/24</source>
        <translation>e.g. 192.168.20.0/24</translation>
    </message>
    <message>
        <source>This PC&apos;s network: %1</source>
        <translation>This PC&apos;s network: %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Not searched yet.</source>
        <translation>Not searched yet.</translation>
    </message>
    <message>
        <source>Devices found</source>
        <translation>Devices found</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>What answered</source>
        <translation>What answered</translation>
    </message>
    <message>
        <source>Name / class</source>
        <translation>Name / class</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>In inventory</source>
        <translation>In inventory</translation>
    </message>
    <message>
        <source>Add to room:</source>
        <translation>Add to room:</translation>
    </message>
    <message>
        <source>Room for the new devices</source>
        <translation>Room for the new devices</translation>
    </message>
    <message>
        <source>Add ticked devices</source>
        <translation>Add ticked devices</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>Searching… %n device(s) answered so far.</source>
        <translation>
            <numerusform>Searching… %n device answered so far.</numerusform>
            <numerusform>Searching… %n devices answered so far.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing answered. Check the subnet and that the devices are switched on and on the network.</source>
        <translation>Nothing answered. Check the subnet and that the devices are switched on and on the network.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) answered, %1 of them already in the inventory.</source>
        <translation>
            <numerusform>%n device answered, %1 of them already in the inventory.</numerusform>
            <numerusform>%n devices answered, %1 of them already in the inventory.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Search again</translation>
    </message>
    <message>
        <source>Sending the PJLink search…</source>
        <translation>Sending the PJLink search…</translation>
    </message>
    <message>
        <source>Searching %1…</source>
        <translation>Searching %1…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source> (answered the search)</source>
        <translation> (answered the search)</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>class %1</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Yes: %1</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message numerus="yes">
        <source>Add %n device(s)</source>
        <translation>
            <numerusform>Add %n device</numerusform>
            <numerusform>Add %n devices</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick the room first (add rooms under Rooms &amp; devices).</source>
        <translation>Pick the room first (add rooms under Rooms &amp; devices).</translation>
    </message>
    <message>
        <source>Nothing was added: %1</source>
        <translation>Nothing was added: %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n device(s) to %1.</source>
        <translation>
            <numerusform>Added %n device to %1.</numerusform>
            <numerusform>Added %n devices to %1.</numerusform>
        </translation>
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
    <name>tafel::gui::InventoryPage</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Rooms &amp; devices</source>
        <translation>Rooms &amp; devices</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>Import rooms and devices from a CSV file</source>
        <translation>Import rooms and devices from a CSV file</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export all rooms and devices as a CSV file</source>
        <translation>Export all rooms and devices as a CSV file</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Move the selected device to another room</source>
        <translation>Move the selected device to another room</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Yes, delete</source>
        <translation>Yes, delete</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>No, keep it</translation>
    </message>
    <message>
        <source>Room to move the device to</source>
        <translation>Room to move the device to</translation>
    </message>
    <message>
        <source>Move here</source>
        <translation>Move here</translation>
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
        <source>Nothing was deleted.</source>
        <translation>Nothing was deleted.</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Room name</translation>
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
        <source>Capacity (seats)</source>
        <translation>Capacity (seats)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Kind of device</source>
        <translation>Kind of device</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Device name</translation>
    </message>
    <message>
        <source>IP address or host name</source>
        <translation>IP address or host name</translation>
    </message>
    <message>
        <source>e.g. 192.168.20.14</source>
        <translation>e.g. 192.168.20.14</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>default of the protocol</source>
        <translation>default of the protocol</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC address</translation>
    </message>
    <message>
        <source>e.g. 00:11:22:AA:BB:CC (for Wake-on-LAN)</source>
        <translation>e.g. 00:11:22:AA:BB:CC (for Wake-on-LAN)</translation>
    </message>
    <message>
        <source>Control protocol</source>
        <translation>Control protocol</translation>
    </message>
    <message>
        <source>None (reachability only)</source>
        <translation>None (reachability only)</translation>
    </message>
    <message>
        <source>PJLink (projectors)</source>
        <translation>PJLink (projectors)</translation>
    </message>
    <message>
        <source>Samsung MDC (displays)</source>
        <translation>Samsung MDC (displays)</translation>
    </message>
    <message>
        <source>Tafel agent</source>
        <translation>Tafel agent</translation>
    </message>
    <message>
        <source>A Tafel agent runs on this device</source>
        <translation>A Tafel agent runs on this device</translation>
    </message>
    <message>
        <source>New PJLink password or MDC PIN</source>
        <translation>New PJLink password or MDC PIN</translation>
    </message>
    <message>
        <source>leave empty to keep</source>
        <translation>leave empty to keep</translation>
    </message>
    <message>
        <source>Remove stored password</source>
        <translation>Remove stored password</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Password / PIN</source>
        <translation>Password / PIN</translation>
    </message>
    <message>
        <source>Passwords are stored encrypted and never shown again. Type a new one to replace it.</source>
        <translation>Passwords are stored encrypted and never shown again. Type a new one to replace it.</translation>
    </message>
    <message>
        <source>Import from CSV: check before anything is written</source>
        <translation>Import from CSV: check before anything is written</translation>
    </message>
    <message>
        <source>Cancel the import; nothing is written</source>
        <translation>Cancel the import; nothing is written</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Apply the changes shown</source>
        <translation>Apply the changes shown</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Create rooms that do not exist yet</source>
        <translation>Create rooms that do not exist yet</translation>
    </message>
    <message>
        <source>Skip the lines with errors, import the rest</source>
        <translation>Skip the lines with errors, import the rest</translation>
    </message>
    <message>
        <source>Changes the import would make</source>
        <translation>Changes the import would make</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Lines with errors</source>
        <translation>Lines with errors</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Import cancelled; nothing was written.</translation>
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
        <source>Some data could not be read. %1</source>
        <translation>Some data could not be read. %1</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>New room</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>New device</translation>
    </message>
    <message>
        <source>Add a room</source>
        <translation>Add a room</translation>
    </message>
    <message>
        <source>Add a device</source>
        <translation>Add a device</translation>
    </message>
    <message>
        <source>Edit the selected room</source>
        <translation>Edit the selected room</translation>
    </message>
    <message>
        <source>Edit the selected device</source>
        <translation>Edit the selected device</translation>
    </message>
    <message>
        <source>Delete the selected room</source>
        <translation>Delete the selected room</translation>
    </message>
    <message>
        <source>Delete the selected device</source>
        <translation>Delete the selected device</translation>
    </message>
    <message>
        <source>Edit room %1</source>
        <translation>Edit room %1</translation>
    </message>
    <message>
        <source>The room needs a name.</source>
        <translation>The room needs a name.</translation>
    </message>
    <message>
        <source>Room %1 added.</source>
        <translation>Room %1 added.</translation>
    </message>
    <message>
        <source>Room %1 saved.</source>
        <translation>Room %1 saved.</translation>
    </message>
    <message>
        <source>Password: not set</source>
        <translation>Password: not set</translation>
    </message>
    <message>
        <source>Edit device %1</source>
        <translation>Edit device %1</translation>
    </message>
    <message>
        <source>Password: set</source>
        <translation>Password: set</translation>
    </message>
    <message>
        <source>Choose the room of the device.</source>
        <translation>Choose the room of the device.</translation>
    </message>
    <message>
        <source>The device needs a name.</source>
        <translation>The device needs a name.</translation>
    </message>
    <message>
        <source>Device %1 added.</source>
        <translation>Device %1 added.</translation>
    </message>
    <message>
        <source>Device %1 saved.</source>
        <translation>Device %1 saved.</translation>
    </message>
    <message>
        <source>Delete room %1? It has no devices.</source>
        <translation>Delete room %1? It has no devices.</translation>
    </message>
    <message numerus="yes">
        <source>Delete room %1 and its %n device(s)? They are deleted with it.</source>
        <translation>
            <numerusform>Delete room %1 and its %n device? It is deleted with it.</numerusform>
            <numerusform>Delete room %1 and its %n devices? They are deleted with it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete device %1 from room %2?</source>
        <translation>Delete device %1 from room %2?</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Not deleted: %1</translation>
    </message>
    <message numerus="yes">
        <source>Room deleted with %n device(s).</source>
        <translation>
            <numerusform>Room deleted with %n device.</numerusform>
            <numerusform>Room deleted with %n devices.</numerusform>
        </translation>
    </message>
    <message>
        <source>Device deleted.</source>
        <translation>Device deleted.</translation>
    </message>
    <message>
        <source>Move %1 to:</source>
        <translation>Move %1 to:</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>Moved to %1.</translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation>Not moved: %1</translation>
    </message>
    <message>
        <source>Import rooms and devices</source>
        <translation>Import rooms and devices</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
    <message>
        <source>The file is too large for an inventory file.</source>
        <translation>The file is too large for an inventory file.</translation>
    </message>
    <message>
        <source>This file cannot be imported. Nothing will be written.</source>
        <translation>This file cannot be imported. Nothing will be written.</translation>
    </message>
    <message>
        <source>%1 lines read. Rooms: %2 new, %3 changed, %4 unchanged. Devices: %5 new, %6 changed, %7 unchanged.</source>
        <translation>%1 lines read. Rooms: %2 new, %3 changed, %4 unchanged. Devices: %5 new, %6 changed, %7 unchanged.</translation>
    </message>
    <message>
        <source>%1 seats</source>
        <translation>%1 seats</translation>
    </message>
    <message>
        <source>building %1 → %2</source>
        <translation>building %1 → %2</translation>
    </message>
    <message>
        <source>floor %1 → %2</source>
        <translation>floor %1 → %2</translation>
    </message>
    <message>
        <source>seats %1 → %2</source>
        <translation>seats %1 → %2</translation>
    </message>
    <message>
        <source>Room changed</source>
        <translation>Room changed</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>room %1 → %2</source>
        <translation>room %1 → %2</translation>
    </message>
    <message>
        <source>name %1 → %2</source>
        <translation>name %1 → %2</translation>
    </message>
    <message>
        <source>kind %1 → %2</source>
        <translation>kind %1 → %2</translation>
    </message>
    <message>
        <source>address %1 → %2</source>
        <translation>address %1 → %2</translation>
    </message>
    <message>
        <source>MAC %1 → %2</source>
        <translation>MAC %1 → %2</translation>
    </message>
    <message>
        <source>protocol %1 → %2</source>
        <translation>protocol %1 → %2</translation>
    </message>
    <message>
        <source>agent: now yes</source>
        <translation>agent: now yes</translation>
    </message>
    <message>
        <source>agent: now no</source>
        <translation>agent: now no</translation>
    </message>
    <message>
        <source>Device moved</source>
        <translation>Device moved</translation>
    </message>
    <message>
        <source>Device changed</source>
        <translation>Device changed</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>No errors.</source>
        <translation>No errors.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with errors. Fix them in the file and choose it again, or skip them.</source>
        <translation>
            <numerusform>%n line with errors. Fix it in the file and choose it again, or skip them.</numerusform>
            <numerusform>%n lines with errors. Fix them in the file and choose it again, or skip them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the errors or choose to skip the bad lines.</source>
        <translation>Fix the errors or choose to skip the bad lines.</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Nothing was written: %1</translation>
    </message>
    <message>
        <source>Imported. Rooms: %1 new, %2 changed. Devices: %3 new, %4 changed.</source>
        <translation>Imported. Rooms: %1 new, %2 changed. Devices: %3 new, %4 changed.</translation>
    </message>
    <message>
        <source>Export rooms and devices</source>
        <translation>Export rooms and devices</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Not exported: %1</translation>
    </message>
    <message>
        <source>Exported %1 rooms and %2 devices to %3 (passwords are never exported).</source>
        <translation>Exported %1 rooms and %2 devices to %3 (passwords are never exported).</translation>
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
    <name>tafel::gui::MaterialSend</name>
    <message>
        <source>“%1” could not be read or copied.</source>
        <translation>“%1” could not be read or copied.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>The folder %1 could not be created.</translation>
    </message>
    <message>
        <source>Two of the dropped items are called “%1”. Rename one and try again.</source>
        <translation>Two of the dropped items are called “%1”. Rename one and try again.</translation>
    </message>
    <message>
        <source>“%1” is a link; links cannot be sent. Send the file it points to instead.</source>
        <translation>“%1” is a link; links cannot be sent. Send the file it points to instead.</translation>
    </message>
    <message>
        <source>“%1” is not an ordinary file and cannot be sent.</source>
        <translation>“%1” is not an ordinary file and cannot be sent.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Material is still being sent. Wait until it is done or cancel it.</source>
        <translation>Material is still being sent. Wait until it is done or cancel it.</translation>
    </message>
    <message>
        <source>“%1” does not exist (any more).</source>
        <translation>“%1” does not exist (any more).</translation>
    </message>
    <message>
        <source>“%1” is not a file or folder.</source>
        <translation>“%1” is not a file or folder.</translation>
    </message>
    <message>
        <source>Nothing to send: drop files or folders, or choose them.</source>
        <translation>Nothing to send: drop files or folders, or choose them.</translation>
    </message>
    <message>
        <source>There is no computer with the Tafel agent in this room to send to.</source>
        <translation>There is no computer with the Tafel agent in this room to send to.</translation>
    </message>
    <message>
        <source>This PC has no teacher key for the room&apos;s agents yet. An admin sets it under Admin → Agents &amp; keys.</source>
        <translation>This PC has no teacher key for the room&apos;s agents yet. An admin sets it under Admin → Agents &amp; keys.</translation>
    </message>
    <message>
        <source>The teacher key %1 cannot be read: %2</source>
        <translation>The teacher key %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Cancelled while preparing; nothing was sent.</source>
        <translation>Cancelled while preparing; nothing was sent.</translation>
    </message>
    <message>
        <source>The material could not be prepared: %1</source>
        <translation>The material could not be prepared: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Not sent: the material could not be prepared.</source>
        <translation>Not sent: the material could not be prepared.</translation>
    </message>
    <message>
        <source>This computer is not in the room any more.</source>
        <translation>This computer is not in the room any more.</translation>
    </message>
    <message>
        <source>Not enrolled on this PC. An admin runs: tafelctl agent enroll %1</source>
        <translation>Not enrolled on this PC. An admin runs: tafelctl agent enroll %1</translation>
    </message>
    <message>
        <source>Not verified.</source>
        <translation>Not verified.</translation>
    </message>
    <message>
        <source>Not reachable. Is the computer switched on and connected? (%1)</source>
        <translation>Not reachable. Is the computer switched on and connected? (%1)</translation>
    </message>
    <message>
        <source>The computer could not store it, perhaps its disk is full. (%1)</source>
        <translation>The computer could not store it, perhaps its disk is full. (%1)</translation>
    </message>
    <message>
        <source>The computer refused it: %1</source>
        <translation>The computer refused it: %1</translation>
    </message>
    <message>
        <source>No answer about this computer.</source>
        <translation>No answer about this computer.</translation>
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
    <name>tafel::gui::ReportsPage</name>
    <message>
        <source>Enter the address, e.g. https://push.city.example:9091</source>
        <translation>Enter the address, e.g. https://push.city.example:9091</translation>
    </message>
    <message>
        <source>Not an http:// or https:// address with a host name.</source>
        <translation>Not an http:// or https:// address with a host name.</translation>
    </message>
    <message>
        <source>No user name or password in the address; use the token field.</source>
        <translation>No user name or password in the address; use the token field.</translation>
    </message>
    <message>
        <source>No “?” or “#” in the address.</source>
        <translation>No “?” or “#” in the address.</translation>
    </message>
    <message>
        <source>Reports to the city</source>
        <translation>Reports to the city</translation>
    </message>
    <message>
        <source>The room agents send health reports (devices, broadband, displays) to the city&apos;s monitoring. Reports wait in each agent&apos;s outbox until the city&apos;s server has taken them.</source>
        <translation>The room agents send health reports (devices, broadband, displays) to the city&apos;s monitoring. Reports wait in each agent&apos;s outbox until the city&apos;s server has taken them.</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Ask every agent for its reporting state again</source>
        <translation>Ask every agent for its reporting state again</translation>
    </message>
    <message>
        <source>Agents and their reporting state</source>
        <translation>Agents and their reporting state</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Reporting</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Sinks</source>
        <translation>Sinks</translation>
    </message>
    <message>
        <source>Select an agent to see and change its reporting settings.</source>
        <translation>Select an agent to see and change its reporting settings.</translation>
    </message>
    <message>
        <source>School id for the reports</source>
        <translation>School id for the reports</translation>
    </message>
    <message>
        <source>e.g. gs-nord</source>
        <translation>e.g. gs-nord</translation>
    </message>
    <message>
        <source>School id</source>
        <translation>School id</translation>
    </message>
    <message>
        <source>Room id for the reports</source>
        <translation>Room id for the reports</translation>
    </message>
    <message>
        <source>empty: the agent&apos;s room</source>
        <translation>empty: the agent&apos;s room</translation>
    </message>
    <message>
        <source>Room id</source>
        <translation>Room id</translation>
    </message>
    <message>
        <source>Seconds between two reports</source>
        <translation>Seconds between two reports</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>One report every</source>
        <translation>One report every</translation>
    </message>
    <message>
        <source>Reports kept while the city&apos;s server cannot be reached</source>
        <translation>Reports kept while the city&apos;s server cannot be reached</translation>
    </message>
    <message>
        <source>Keep at most (reports)</source>
        <translation>Keep at most (reports)</translation>
    </message>
    <message>
        <source>This agent also reports the whole school</source>
        <translation>This agent also reports the whole school</translation>
    </message>
    <message>
        <source>File on the agent listing the school&apos;s agents</source>
        <translation>File on the agent listing the school&apos;s agents</translation>
    </message>
    <message>
        <source>e.g. /etc/tafel/school-agents (HOST:PORT FINGERPRINT per line)</source>
        <translation>e.g. /etc/tafel/school-agents (HOST:PORT FINGERPRINT per line)</translation>
    </message>
    <message>
        <source>School&apos;s agents (file on the agent)</source>
        <translation>School&apos;s agents (file on the agent)</translation>
    </message>
    <message>
        <source>Key file on the agent to ask the school&apos;s agents</source>
        <translation>Key file on the agent to ask the school&apos;s agents</translation>
    </message>
    <message>
        <source>a key the agents trust (teacher is enough)</source>
        <translation>a key the agents trust (teacher is enough)</translation>
    </message>
    <message>
        <source>Key to ask them (file on the agent)</source>
        <translation>Key to ask them (file on the agent)</translation>
    </message>
    <message>
        <source>Where the reports go</source>
        <translation>Where the reports go</translation>
    </message>
    <message>
        <source>Add a destination</source>
        <translation>Add a destination</translation>
    </message>
    <message>
        <source>Save on the agent</source>
        <translation>Save on the agent</translation>
    </message>
    <message>
        <source>The rooms could not be read: %1</source>
        <translation>The rooms could not be read: %1</translation>
    </message>
    <message>
        <source>%1: switched off</source>
        <translation>%1: switched off</translation>
    </message>
    <message>
        <source>%1: ✓ last sent %2</source>
        <translation>%1: ✓ last sent %2</translation>
    </message>
    <message>
        <source>%1: nothing sent yet</source>
        <translation>%1: nothing sent yet</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Asking…</translation>
    </message>
    <message>
        <source>Needs the admin key</source>
        <translation>Needs the admin key</translation>
    </message>
    <message>
        <source>Agent too old</source>
        <translation>Agent too old</translation>
    </message>
    <message>
        <source>Agent unreachable</source>
        <translation>Agent unreachable</translation>
    </message>
    <message>
        <source>Off (not configured)</source>
        <translation>Off (not configured)</translation>
    </message>
    <message>
        <source>On, every %1 s</source>
        <translation>On, every %1 s</translation>
    </message>
    <message>
        <source>Off (every destination switched off)</source>
        <translation>Off (every destination switched off)</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 waiting</translation>
    </message>
    <message>
        <source>No room has an agent yet. Add the agent PCs under Rooms &amp; devices and enroll them (tafelctl agent enroll).</source>
        <translation>No room has an agent yet. Add the agent PCs under Rooms &amp; devices and enroll them (tafelctl agent enroll).</translation>
    </message>
    <message>
        <source>Settings of %1 (%2)</source>
        <translation>Settings of %1 (%2)</translation>
    </message>
    <message>
        <source>Asking the agent…</source>
        <translation>Asking the agent…</translation>
    </message>
    <message>
        <source>The agent did not give its settings: %1</source>
        <translation>The agent did not give its settings: %1</translation>
    </message>
    <message>
        <source>Saved on the agent in %1.</source>
        <translation>Saved on the agent in %1.</translation>
    </message>
    <message>
        <source>This agent does not report yet. Fill in the school id and a destination, then save.</source>
        <translation>This agent does not report yet. Fill in the school id and a destination, then save.</translation>
    </message>
    <message>
        <source>Destination %1</source>
        <translation>Destination %1</translation>
    </message>
    <message>
        <source>Send reports here</source>
        <translation>Send reports here</translation>
    </message>
    <message>
        <source>Kind of server</source>
        <translation>Kind of server</translation>
    </message>
    <message>
        <source>Prometheus Pushgateway</source>
        <translation>Prometheus Pushgateway</translation>
    </message>
    <message>
        <source>OpenTelemetry (OTLP/HTTP)</source>
        <translation>OpenTelemetry (OTLP/HTTP)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name of the destination</source>
        <translation>Name of the destination</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address of the city&apos;s server</source>
        <translation>Address of the city&apos;s server</translation>
    </message>
    <message>
        <source>https://push.city.example:9091</source>
        <translation>https://push.city.example:9091</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>CA certificate file on the agent</source>
        <translation>CA certificate file on the agent</translation>
    </message>
    <message>
        <source>empty: the system&apos;s trusted certificates</source>
        <translation>empty: the system&apos;s trusted certificates</translation>
    </message>
    <message>
        <source>CA file (on the agent)</source>
        <translation>CA file (on the agent)</translation>
    </message>
    <message>
        <source>Client certificate file on the agent</source>
        <translation>Client certificate file on the agent</translation>
    </message>
    <message>
        <source>optional, for mutual TLS</source>
        <translation>optional, for mutual TLS</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client certificate</translation>
    </message>
    <message>
        <source>Client key file on the agent</source>
        <translation>Client key file on the agent</translation>
    </message>
    <message>
        <source>with the client certificate</source>
        <translation>with the client certificate</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Client key</translation>
    </message>
    <message>
        <source>Bearer token (never shown again)</source>
        <translation>Bearer token (never shown again)</translation>
    </message>
    <message>
        <source>A token is set (hidden). Type to replace it.</source>
        <translation>A token is set (hidden). Type to replace it.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer token</translation>
    </message>
    <message>
        <source>Remove the token</source>
        <translation>Remove the token</translation>
    </message>
    <message>
        <source>Test: send one report now</source>
        <translation>Test: send one report now</translation>
    </message>
    <message>
        <source>Send one report to this destination now and show the server&apos;s answer</source>
        <translation>Send one report to this destination now and show the server&apos;s answer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Save first, then test.</source>
        <translation>Save first, then test.</translation>
    </message>
    <message>
        <source>The destination is removed when you save.</source>
        <translation>The destination is removed when you save.</translation>
    </message>
    <message>
        <source>The agent does not answer: %1</source>
        <translation>The agent does not answer: %1</translation>
    </message>
    <message>
        <source>Outbox: %1 of at most %2 reports waiting; %3 dropped because it was full.</source>
        <translation>Outbox: %1 of at most %2 reports waiting; %3 dropped because it was full.</translation>
    </message>
    <message>
        <source>Outbox: empty (reporting is off).</source>
        <translation>Outbox: empty (reporting is off).</translation>
    </message>
    <message>
        <source>Outbox: asking…</source>
        <translation>Outbox: asking…</translation>
    </message>
    <message>
        <source>Switched off: no reports are sent here.</source>
        <translation>Switched off: no reports are sent here.</translation>
    </message>
    <message>
        <source>Waiting for this destination: %1</source>
        <translation>Waiting for this destination: %1</translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <translation>Last success: %1</translation>
    </message>
    <message>
        <source>Last success: none since the agent started</source>
        <translation>Last success: none since the agent started</translation>
    </message>
    <message>
        <source>Last error: %1 — %2</source>
        <translation>Last error: %1 — %2</translation>
    </message>
    <message>
        <source>Sending one report to %1…</source>
        <translation>Sending one report to %1…</translation>
    </message>
    <message>
        <source>✗ The agent could not run the test: %1</source>
        <translation>✗ The agent could not run the test: %1</translation>
    </message>
    <message>
        <source>✓ The server took the report: HTTP %1.</source>
        <translation>✓ The server took the report: HTTP %1.</translation>
    </message>
    <message>
        <source>✗ The server refused the report: HTTP %1.</source>
        <translation>✗ The server refused the report: HTTP %1.</translation>
    </message>
    <message>
        <source>✗ No answer from the server: %1</source>
        <translation>✗ No answer from the server: %1</translation>
    </message>
    <message>
        <source>Its answer: %1</source>
        <translation>Its answer: %1</translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation>Sent to %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Enter the school id (the city gives it, e.g. gs-nord).</source>
        <translation>Enter the school id (the city gives it, e.g. gs-nord).</translation>
    </message>
    <message>
        <source>Add at least one destination.</source>
        <translation>Add at least one destination.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Saved. The agent uses the new settings now.</source>
        <translation>Saved. The agent uses the new settings now.</translation>
    </message>
    <message>
        <source>(The audit log could not be written: %1)</source>
        <translation>(The audit log could not be written: %1)</translation>
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
    <name>tafel::gui::RoomPackagesModel</name>
    <message numerus="yes">
        <source>%1 — %2, %n file(s) — on %3 of %4 computers</source>
        <translation>
            <numerusform>%1 — %2, %n file — on %3 of %4 computers</numerusform>
            <numerusform>%1 — %2, %n files — on %3 of %4 computers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This material is not in the room any more.</source>
        <translation>This material is not in the room any more.</translation>
    </message>
    <message>
        <source>No computer of this room has this material any more.</source>
        <translation>No computer of this room has this material any more.</translation>
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
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Agent unreachable — no current network data.</source>
        <translation>Agent unreachable — no current network data.</translation>
    </message>
    <message>
        <source>History unavailable: %1</source>
        <translation>History unavailable: %1</translation>
    </message>
    <message>
        <source>Sort rooms</source>
        <translation>Sort rooms</translation>
    </message>
    <message>
        <source>Worst first</source>
        <translation>Worst first</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>By name</translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation>Refresh interval</translation>
    </message>
    <message>
        <source>Every %1 s</source>
        <translation>Every %1 s</translation>
    </message>
    <message>
        <source>Find devices…</source>
        <translation>Find devices…</translation>
    </message>
    <message>
        <source>Find devices on the network (discovery assistant)</source>
        <translation>Find devices on the network (discovery assistant)</translation>
    </message>
    <message>
        <source>← All rooms</source>
        <translation>← All rooms</translation>
    </message>
    <message>
        <source>Back to all rooms</source>
        <translation>Back to all rooms</translation>
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
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last probe</source>
        <translation>Last probe</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>Devices of the room</source>
        <translation>Devices of the room</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Timeline of state changes</source>
        <translation>Timeline of state changes</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>No measurements in the last 24 hours.</source>
        <translation>No measurements in the last 24 hours.</translation>
    </message>
    <message>
        <source>The rooms cannot be read: %1</source>
        <translation>The rooms cannot be read: %1</translation>
    </message>
    <message>
        <source>%1 on</source>
        <translation>%1 on</translation>
    </message>
    <message>
        <source>%1 standby</source>
        <translation>%1 standby</translation>
    </message>
    <message>
        <source>%1 warming up</source>
        <translation>%1 warming up</translation>
    </message>
    <message>
        <source>%1 cooling down</source>
        <translation>%1 cooling down</translation>
    </message>
    <message>
        <source>%1 state unknown</source>
        <translation>%1 state unknown</translation>
    </message>
    <message>
        <source>%1 not answering</source>
        <translation>%1 not answering</translation>
    </message>
    <message>
        <source>%1 with errors</source>
        <translation>%1 with errors</translation>
    </message>
    <message>
        <source>Displays: %1</source>
        <translation>Displays: %1</translation>
    </message>
    <message>
        <source>The agent has not answered for %1.</source>
        <translation>The agent has not answered for %1.</translation>
    </message>
    <message>
        <source>Last answer %1 ago — not current</source>
        <translation>Last answer %1 ago — not current</translation>
    </message>
    <message>
        <source>Updated %1 ago</source>
        <translation>Updated %1 ago</translation>
    </message>
    <message>
        <source>The room&apos;s agent does not answer.</source>
        <translation>The room&apos;s agent does not answer.</translation>
    </message>
    <message>
        <source>No PC with an agent in this room</source>
        <translation>No PC with an agent in this room</translation>
    </message>
    <message>
        <source>Asking the room&apos;s agent…</source>
        <translation>Asking the room&apos;s agent…</translation>
    </message>
    <message>
        <source>Broadband ↓ %1 ↑ %2 Mbit/s</source>
        <translation>Broadband ↓ %1 ↑ %2 Mbit/s</translation>
    </message>
    <message>
        <source>Broadband test failed: %1</source>
        <translation>Broadband test failed: %1</translation>
    </message>
    <message>
        <source>Broadband: not measured yet</source>
        <translation>Broadband: not measured yet</translation>
    </message>
    <message>
        <source> (%1 ago)</source>
        <translation> (%1 ago)</translation>
    </message>
    <message>
        <source>%1 OK</source>
        <translation>%1 OK</translation>
    </message>
    <message>
        <source>%1 degraded</source>
        <translation>%1 degraded</translation>
    </message>
    <message>
        <source>%1 down</source>
        <translation>%1 down</translation>
    </message>
    <message>
        <source>%1 not measured</source>
        <translation>%1 not measured</translation>
    </message>
    <message>
        <source>Devices: %1</source>
        <translation>Devices: %1</translation>
    </message>
    <message>
        <source>%1 answer</source>
        <translation>%1 answer</translation>
    </message>
    <message>
        <source>%1 not responding</source>
        <translation>%1 not responding</translation>
    </message>
    <message>
        <source>No rooms yet. Add rooms under Rooms &amp; devices.</source>
        <translation>No rooms yet. Add rooms under Rooms &amp; devices.</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s): %1. Tap a room for its devices, chart and timeline.</source>
        <translation>
            <numerusform>%n room: %1. Tap a room for its devices, chart and timeline.</numerusform>
            <numerusform>%n rooms: %1. Tap a room for its devices, chart and timeline.</numerusform>
        </translation>
    </message>
    <message>
        <source>answered in %1 ms, %2 ago</source>
        <translation>answered in %1 ms, %2 ago</translation>
    </message>
    <message>
        <source>no answer, %1 ago</source>
        <translation>no answer, %1 ago</translation>
    </message>
    <message>
        <source>No current data</source>
        <translation>No current data</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Not monitored</source>
        <translation>Not monitored</translation>
    </message>
    <message>
        <source>No agent in this room — no network data.</source>
        <translation>No agent in this room — no network data.</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Agent (seen here)</source>
        <translation>Agent (seen here)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No state changes in the last 24 hours.</source>
        <translation>No state changes in the last 24 hours.</translation>
    </message>
</context>
<context>
    <name>tafel::gui::SendMaterialPanel</name>
    <message>
        <source>Send material to the room</source>
        <translation>Send material to the room</translation>
    </message>
    <message>
        <source>Drop files or folders here to send them to every computer in this room</source>
        <translation>Drop files or folders here to send them to every computer in this room</translation>
    </message>
    <message>
        <source>Drop files or folders here. They go to every computer in this room and are checked there byte by byte.</source>
        <translation>Drop files or folders here. They go to every computer in this room and are checked there byte by byte.</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Choose files…</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Cancel sending</translation>
    </message>
    <message>
        <source>Retry failed computers</source>
        <translation>Retry failed computers</translation>
    </message>
    <message>
        <source>Already on the computers of this room</source>
        <translation>Already on the computers of this room</translation>
    </message>
    <message>
        <source>Update list</source>
        <translation>Update list</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Nothing yet.</translation>
    </message>
    <message>
        <source>Choose files to send to the room</source>
        <translation>Choose files to send to the room</translation>
    </message>
    <message>
        <source>Choose a folder to send to the room</source>
        <translation>Choose a folder to send to the room</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>%1 h %2 min left</translation>
    </message>
    <message>
        <source>%1 min %2 s left</source>
        <translation>%1 min %2 s left</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>%1 s left</translation>
    </message>
    <message>
        <source>Waiting until the material is prepared…</source>
        <translation>Waiting until the material is prepared…</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Waiting…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>✓ Verified (%1)</source>
        <translation>✓ Verified (%1)</translation>
    </message>
    <message>
        <source>✗ Not delivered: %1</source>
        <translation>✗ Not delivered: %1</translation>
    </message>
    <message>
        <source>Cancelled (%1 of %2 are there and kept for a retry)</source>
        <translation>Cancelled (%1 of %2 are there and kept for a retry)</translation>
    </message>
    <message>
        <source>Preparing “%1”: checking every file… %2 %</source>
        <translation>Preparing “%1”: checking every file… %2 %</translation>
    </message>
    <message numerus="yes">
        <source>Sending “%1” (%2) to %n computer(s)…</source>
        <translation>
            <numerusform>Sending “%1” (%2) to %n computer…</numerusform>
            <numerusform>Sending “%1” (%2) to %n computers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is on all %n computer(s) of the room, checked.</source>
        <translation>
            <numerusform>“%1” is on the room’s %n computer, checked.</numerusform>
            <numerusform>“%1” is on all %n computers of the room, checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is on %2 of %3 computers. %4 could not get it: see below; “Retry failed computers” tries again.</source>
        <translation>“%1” is on %2 of %3 computers. %4 could not get it: see below; “Retry failed computers” tries again.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Show the files of %1</source>
        <translation>Show the files of %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete %1 from the computers of this room</source>
        <translation>Delete %1 from the computers of this room</translation>
    </message>
    <message>
        <source>No computer with the Tafel agent in this room.</source>
        <translation>No computer with the Tafel agent in this room.</translation>
    </message>
    <message>
        <source>Not asked: %1</source>
        <translation>Not asked: %1</translation>
    </message>
    <message>
        <source>Files of “%1”</source>
        <translation>Files of “%1”</translation>
    </message>
    <message>
        <source>“%1”, %2, on %3 of %4 computers</source>
        <translation>“%1”, %2, on %3 of %4 computers</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The files could not be listed: %1</source>
        <translation>The files could not be listed: %1</translation>
    </message>
    <message>
        <source>Delete material</source>
        <translation>Delete material</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” from %n computer(s) of this room? Pupils can no longer open it there.</source>
        <translation>
            <numerusform>Delete “%1” from %n computer of this room? Pupils can no longer open it there.</numerusform>
            <numerusform>Delete “%1” from %n computers of this room? Pupils can no longer open it there.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was deleted from the computers of this room.</source>
        <translation>“%1” was deleted from the computers of this room.</translation>
    </message>
    <message>
        <source>“%1” could not be deleted everywhere: %2</source>
        <translation>“%1” could not be deleted everywhere: %2</translation>
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
    <name>tafel::gui::UsersPanel</name>
    <message>
        <source>Users and roles</source>
        <translation>Users and roles</translation>
    </message>
    <message>
        <source>Teacher accounts are for the teachers&apos; own sign-in; they never open the admin view — only the admin password does. What a key may do on the agents depends on its role (see the table).</source>
        <translation>Teacher accounts are for the teachers&apos; own sign-in; they never open the admin view — only the admin password does. What a key may do on the agents depends on its role (see the table).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <source>Teacher&apos;s name</source>
        <translation>Teacher&apos;s name</translation>
    </message>
    <message>
        <source>Teacher&apos;s password</source>
        <translation>Teacher&apos;s password</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Repeat the teacher&apos;s password</source>
        <translation>Repeat the teacher&apos;s password</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <source>Add teacher</source>
        <translation>Add teacher</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Set password</translation>
    </message>
    <message>
        <source>Set the password of the teacher named in the name field</source>
        <translation>Set the password of the teacher named in the name field</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected teacher account</source>
        <translation>Remove the selected teacher account</translation>
    </message>
    <message>
        <source>Who may do what</source>
        <translation>Who may do what</translation>
    </message>
    <message>
        <source>Permissions of the roles</source>
        <translation>Permissions of the roles</translation>
    </message>
    <message>
        <source>Teacher view: displays, messages, video, room health</source>
        <translation>Teacher view: displays, messages, video, room health</translation>
    </message>
    <message>
        <source>Open the admin view (admin password)</source>
        <translation>Open the admin view (admin password)</translation>
    </message>
    <message>
        <source>Edit rooms, devices, schedules and settings</source>
        <translation>Edit rooms, devices, schedules and settings</translation>
    </message>
    <message>
        <source>Create and revoke keys, enroll agents, push the configuration</source>
        <translation>Create and revoke keys, enroll agents, push the configuration</translation>
    </message>
    <message>
        <source>Agent command %1</source>
        <translation>Agent command %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
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
        <source>Enter the teacher&apos;s name.</source>
        <translation>Enter the teacher&apos;s name.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the admin account; choose another name.</source>
        <translation>&apos;%1&apos; is the admin account; choose another name.</translation>
    </message>
    <message>
        <source>Teacher account %1 added.</source>
        <translation>Teacher account %1 added.</translation>
    </message>
    <message>
        <source>There is no teacher account &apos;%1&apos;. (The admin password is changed above.)</source>
        <translation>There is no teacher account &apos;%1&apos;. (The admin password is changed above.)</translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation>Password of %1 changed.</translation>
    </message>
    <message>
        <source>Select the teacher account to remove.</source>
        <translation>Select the teacher account to remove.</translation>
    </message>
    <message>
        <source>The admin account cannot be removed here.</source>
        <translation>The admin account cannot be removed here.</translation>
    </message>
    <message>
        <source>Teacher account %1 removed.</source>
        <translation>Teacher account %1 removed.</translation>
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
    <name>tafel::inventory::CsvReader</name>
    <message>
        <source>Line %1 is not valid UTF-8; it looks like Latin-1/Windows-1252 (“%2”). Save the file as “CSV UTF-8” and import it again.</source>
        <translation>Line %1 is not valid UTF-8; it looks like Latin-1/Windows-1252 (“%2”). Save the file as “CSV UTF-8” and import it again.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB; an inventory file is much smaller. Is it the right file?</source>
        <translation>The file is larger than %1 MiB; an inventory file is much smaller. Is it the right file?</translation>
    </message>
    <message>
        <source>The file is UTF-16 (“Unicode text”). Save it as “CSV UTF-8” and import it again.</source>
        <translation>The file is UTF-16 (“Unicode text”). Save it as “CSV UTF-8” and import it again.</translation>
    </message>
    <message>
        <source>The file contains NUL bytes: it is not a text file. Save it as “CSV UTF-8” and import it again.</source>
        <translation>The file contains NUL bytes: it is not a text file. Save it as “CSV UTF-8” and import it again.</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 fields.</source>
        <translation>Line %1 has more than %2 fields.</translation>
    </message>
    <message>
        <source>Line %1 has a field longer than %2 KiB.</source>
        <translation>Line %1 has a field longer than %2 KiB.</translation>
    </message>
    <message>
        <source>Line %1 opens a quoted field (&quot;) that is never closed.</source>
        <translation>Line %1 opens a quoted field (&quot;) that is never closed.</translation>
    </message>
    <message>
        <source>Line %1 has text after a closing quote (&quot;); write a quote inside a quoted field as &quot;&quot;.</source>
        <translation>Line %1 has text after a closing quote (&quot;); write a quote inside a quoted field as &quot;&quot;.</translation>
    </message>
    <message>
        <source>The file is empty: the first line must name the columns.</source>
        <translation>The file is empty: the first line must name the columns.</translation>
    </message>
</context>
<context>
    <name>tafel::inventory::ImportPlan</name>
    <message>
        <source>Line %1: there is no room “%2” (new rooms are not allowed in this import).</source>
        <translation>Line %1: there is no room “%2” (new rooms are not allowed in this import).</translation>
    </message>
    <message>
        <source>Line %1: room “%2” has %3 devices named “%4”; rename them in the admin view first.</source>
        <translation>Line %1: room “%2” has %3 devices named “%4”; rename them in the admin view first.</translation>
    </message>
    <message>
        <source>Line %1: the MAC address %2 already belongs to “%3” in room “%4”.</source>
        <translation>Line %1: the MAC address %2 already belongs to “%3” in room “%4”.</translation>
    </message>
    <message>
        <source>Line %1 describes the same stored device “%2” as line %3.</source>
        <translation>Line %1 describes the same stored device “%2” as line %3.</translation>
    </message>
    <message>
        <source>The rooms and devices changed since the preview was made. Check the preview again; nothing was written.</source>
        <translation>The rooms and devices changed since the preview was made. Check the preview again; nothing was written.</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1 Nothing was written.</source>
        <translation>The file cannot be imported: %1 Nothing was written.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the file have errors; nothing was written. Fix them, or choose to skip the bad lines.</source>
        <translation>
            <numerusform>%n line of the file has errors; nothing was written. Fix it, or choose to skip the bad lines.</numerusform>
            <numerusform>%n lines of the file have errors; nothing was written. Fix them, or choose to skip the bad lines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
</context>
<context>
    <name>tafel::inventory::InventoryCsv</name>
    <message>
        <source>Line 1 must name the columns, e.g. %1.</source>
        <translation>Line 1 must name the columns, e.g. %1.</translation>
    </message>
    <message>
        <source>Line 1: unknown column “%1”. Known columns: %2.</source>
        <translation>Line 1: unknown column “%1”. Known columns: %2.</translation>
    </message>
    <message>
        <source>Line 1: the column “%1” appears twice.</source>
        <translation>Line 1: the column “%1” appears twice.</translation>
    </message>
    <message>
        <source>Line 1: the required columns %1 are missing (the delimiter found was “%2”).</source>
        <translation>Line 1: the required columns %1 are missing (the delimiter found was “%2”).</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, the header has %3. Is a value with a “%4” in it missing its quotes?</source>
        <translation>Line %1 has %2 fields, the header has %3. Is a value with a “%4” in it missing its quotes?</translation>
    </message>
    <message>
        <source>Line %1: the room is empty.</source>
        <translation>Line %1: the room is empty.</translation>
    </message>
    <message>
        <source>Line %1: the capacity “%2” is not a whole number of 0 or more.</source>
        <translation>Line %1: the capacity “%2” is not a whole number of 0 or more.</translation>
    </message>
    <message>
        <source>Line %1: the device kind is empty (known kinds: %2).</source>
        <translation>Line %1: the device kind is empty (known kinds: %2).</translation>
    </message>
    <message>
        <source>Line %1: unknown device kind “%2” (known kinds: %3).</source>
        <translation>Line %1: unknown device kind “%2” (known kinds: %3).</translation>
    </message>
    <message>
        <source>Line %1: the device name is empty.</source>
        <translation>Line %1: the device name is empty.</translation>
    </message>
    <message>
        <source>Line %1: the port “%2” is not a number from 1 to 65535.</source>
        <translation>Line %1: the port “%2” is not a number from 1 to 65535.</translation>
    </message>
    <message>
        <source>Line %1: the host (IP address or name) is empty.</source>
        <translation>Line %1: the host (IP address or name) is empty.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>Line %1: the host names port %2 but the port column says %3.</source>
        <translation>Line %1: the host names port %2 but the port column says %3.</translation>
    </message>
    <message>
        <source>Line %1: unknown protocol “%2” (known: %3; empty = reachability only).</source>
        <translation>Line %1: unknown protocol “%2” (known: %3; empty = reachability only).</translation>
    </message>
    <message>
        <source>Line %1: has_agent must be yes or no, not “%2”.</source>
        <translation>Line %1: has_agent must be yes or no, not “%2”.</translation>
    </message>
    <message>
        <source>Line %1: room “%2” has a device “%3” already on line %4.</source>
        <translation>Line %1: room “%2” has a device “%3” already on line %4.</translation>
    </message>
    <message>
        <source>Line %1: the MAC address %2 is also on line %3; every device has its own.</source>
        <translation>Line %1: the MAC address %2 is also on line %3; every device has its own.</translation>
    </message>
    <message>
        <source>Line %1: room “%2” has %3 “%4” here but “%5” on line %6.</source>
        <translation>Line %1: room “%2” has %3 “%4” here but “%5” on line %6.</translation>
    </message>
    <message>
        <source>building</source>
        <translation>building</translation>
    </message>
    <message>
        <source>floor</source>
        <translation>floor</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>capacity</translation>
    </message>
</context>
<context>
    <name>tafel::inventory::InventoryEditor</name>
    <message>
        <source>The password or PIN is empty; use “Clear” to remove a stored one.</source>
        <translation>The password or PIN is empty; use “Clear” to remove a stored one.</translation>
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
    <name>tafel::schooladmin::ConfigPusher</name>
    <message>
        <source>A configuration push is still running.</source>
        <translation>A configuration push is still running.</translation>
    </message>
    <message>
        <source>No agents to push to: mark the room PCs that run tafel-agent in Rooms &amp; devices.</source>
        <translation>No agents to push to: mark the room PCs that run tafel-agent in Rooms &amp; devices.</translation>
    </message>
    <message>
        <source>An admin key is needed to push the configuration (create one with &apos;tafelctl keys create --role admin&apos;).</source>
        <translation>An admin key is needed to push the configuration (create one with &apos;tafelctl keys create --role admin&apos;).</translation>
    </message>
    <message>
        <source>%1 is not enrolled: enroll it on Agents &amp; keys (or &apos;tafelctl agent enroll %1&apos;).</source>
        <translation>%1 is not enrolled: enroll it on Agents &amp; keys (or &apos;tafelctl agent enroll %1&apos;).</translation>
    </message>
</context>
<context>
    <name>tafel::schooladmin::SchoolAdmin</name>
    <message>
        <source>Choose a file for the private key.</source>
        <translation>Choose a file for the private key.</translation>
    </message>
    <message>
        <source>%1 already exists; an existing key is never overwritten. Choose another file.</source>
        <translation>%1 already exists; an existing key is never overwritten. Choose another file.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>the public key</source>
        <translation>the public key</translation>
    </message>
    <message>
        <source>Give exactly one key line (ROLE BASE64-KEY [COMMENT]).</source>
        <translation>Give exactly one key line (ROLE BASE64-KEY [COMMENT]).</translation>
    </message>
    <message>
        <source>The school id is needed (e.g. de-by-09162-gs-nord).</source>
        <translation>The school id is needed (e.g. de-by-09162-gs-nord).</translation>
    </message>
    <message>
        <source>The school has no active keys; create a teacher and an admin key first.</source>
        <translation>The school has no active keys; create a teacher and an admin key first.</translation>
    </message>
    <message>
        <source>The school has no rooms yet.</source>
        <translation>The school has no rooms yet.</translation>
    </message>
    <message>
        <source>The bundle for room %1 would not be valid: %2</source>
        <translation>The bundle for room %1 would not be valid: %2</translation>
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
