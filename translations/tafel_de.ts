<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>main</name>
    <message>
        <source>Tafel: smart classroom control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a demo school in a throwaway database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the database at PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: de, en or tr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in room NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start view: teacher, login (the admin password prompt) or admin (only with --demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1920x1080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo and --db exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view must be teacher, login or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size must look like 1920x1080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary directory for the demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tafel cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo school — admin password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view admin works only with --demo; otherwise use the Admin button and the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tafel agent: monitoring, material and display service for one room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the configuration from FILE (INI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the agent&apos;s database and material in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on ADDR:PORT (default 0.0.0.0:%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages: de, en or tr.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::DeviceKind</name>
    <message>
        <source>Interactive display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WLAN access point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tafel agent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::HostPort</name>
    <message>
        <source>&apos;%1&apos; is not a valid host: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an IP address or host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port must be a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::Settings</name>
    <message>
        <source>Cannot write settings to %1: the file or its folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot access settings file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file %1 is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::agent::AgentConfig</name>
    <message>
        <source>Configuration file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration file %1 is not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Agent/Listen: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Link/HandshakeTimeoutMs and Link/IdleTimeoutMs must be at least 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Link/MaxConnections must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listen address must be an IP address, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data directory %1 is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::agentlink::AgentClient</name>
    <message>
        <source>Qt&apos;s TLS backend did not accept the Ed25519 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not complete the connection within %2 seconds. Is tafel-agent running there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate fingerprint is pinned for %1. Enroll the agent first: tafelctl agent enroll %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 does not match the pinned fingerprint (got %2). The agent may have been reinstalled or someone is intercepting the connection. If the change is expected, enroll the agent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is larger than the protocol allows (1 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an invalid frame (%2). Update tafel or the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a replayed frame; the connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a request; agents only answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent requires a client key. Pass one with --key FILE (create it with &apos;tafelctl keys create&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent does not trust this key. Ask the administrator to add its .pub line to the agent&apos;s trusted keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key&apos;s role may not do this; it needs an admin key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent does not support this command. Update the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent speaks another protocol version. Update tafel or the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent closed the idle connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command failed on the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::agentlink::AgentIdentity</name>
    <message>
        <source>%1 Restore the file from a backup or delete it (clients must then enroll the agent again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the agent certificate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s TLS backend did not accept the agent&apos;s Ed25519 key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::agentlink::AgentLinkServer</name>
    <message>
        <source>The agent has no TLS certificate or key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS is not available: Qt&apos;s OpenSSL backend could not be loaded. Install OpenSSL 3 (libssl3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::agentlink::ServerConnection</name>
    <message>
        <source>No request for %1 seconds; closing the connection. Send heartbeat to keep it open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This agent only accepts clients with a key. Create one with &apos;tafelctl keys create&apos; and add its public key to the agent&apos;s trusted keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate does not carry an Ed25519 key. Create keys with &apos;tafelctl keys create&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent does not trust key %1. Add the line from the key&apos;s .pub file to the agent&apos;s trusted keys file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client may only send requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame sequence %1 is not after %2: replayed or reordered frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This agent does not know the command &apos;%1&apos;. Update the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role %1 may not run &apos;%2&apos;. Use an admin key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::agentlink::TrustStore</name>
    <message>
        <source>%1, line %2: the role must be &apos;teacher&apos; or &apos;admin&apos;, not &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3 Copy the line from the key&apos;s .pub file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the trusted keys file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trusted keys file %1 is larger than 4 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::classroom</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::cli::AgentCommand</name>
    <message>
        <source>Talk to tafel-agent on classroom PCs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to an agent, show its certificate fingerprint and pin it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show host, version, uptime, OS and disk of agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key file (from &apos;tafelctl keys create&apos;); default $TAFEL_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent (default port %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected fingerprint (from the agent&apos;s log or the installer); enrollment fails if it differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or more enrolled agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST or HOST:PORT: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fingerprint must be 64 hex digits (colons allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presented fingerprint %2, not the expected %3. Nothing was pinned. Check that you reached the right PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1 certificate fingerprint (SHA-256):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare it with the fingerprint in the agent&apos;s log (&apos;certificate fingerprint ...&apos;); pass --fingerprint to check it automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent accepts your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent does not accept your key yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client key is needed: pass --key FILE or set TAFEL_KEY (create one with &apos;tafelctl keys create&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not enrolled. Run: tafelctl agent enroll %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPTIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DISK FREE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::cli::Context</name>
    <message>
        <source>Run &apos;%1 --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::cli::DbCommand</name>
    <message>
        <source>The database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity and schema version (exit code 1 when broken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema is older; the next change by Tafel or tafelctl upgrades it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity:      ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity:      DAMAGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged. Restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::cli::DevicesCommand</name>
    <message>
        <source>Devices in the rooms: displays, projectors, PCs, access points, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List devices, of all rooms or of one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a device to a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the devices of room R (id or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROTOCOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room of the device (id or name). Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of device: %1. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the device. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name or IP address, optionally with :PORT. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC address (unique), e.g. 00:11:22:AA:BB:CC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control protocol: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing option --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown device kind &apos;%1&apos;. Known kinds: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown protocol &apos;%1&apos;. Known protocols: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 &apos;%2&apos; to room &apos;%3&apos; (id %4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::cli::Dispatch</name>
    <message>
        <source>Use the database file PATH (default: $TAFEL_DB, else %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print machine-readable JSON instead of tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help for the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tafelctl [--db PATH] [--json] &lt;command&gt; &lt;subcommand&gt; [options] [arguments]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tafel on the command line: rooms, devices and the database of a school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the operation failed, 2 wrong usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;tafelctl &lt;command&gt; --help&apos; for the subcommands of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tafelctl %1 &lt;subcommand&gt; [options] [arguments]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;tafelctl %1 &lt;subcommand&gt; --help&apos; for the options of a subcommand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a subcommand: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown subcommand &apos;%1&apos; for &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing an argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::cli::DisplayCli</name>
    <message>
        <source>Samsung MDC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PJLink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file %1 is a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line of the password file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a number of seconds greater than 0 and at most %2, not &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cooling down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lamp %1: %2 h, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this build has no driver for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display at %1 did not finish within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: FAILED: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>power: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video muted: %1, audio muted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frozen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: done (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::cli::DisplayCommand</name>
    <message>
        <source>Query and switch displays and projectors by address (PJLink, Samsung MDC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show power, input, mute, errors, lamps and model of displays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch displays on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch displays to an input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute or unmute picture and/or sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze or unfreeze the picture (PJLink class 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the speaker volume up or down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the network for PJLink class 2 displays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control protocol: pjlink (default, TCP 4352) or mdc (Samsung, TCP 1515).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PJLink password or MDC PIN. Visible to other users in the process list: prefer --password-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password or PIN from the first line of file F.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MDC display id, 0 to 254 (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for each reply (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or more displays: HOST, HOST:PORT or [IPv6]:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown protocol &apos;%1&apos;. Use pjlink or mdc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --password or --password-file, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mdc-id only applies to --protocol mdc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mdc-id must be a whole number from 0 to 254, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs at least one HOST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 displays failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was made, but the audit log could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch on or off (standby).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the displays report the new state (projectors warm up and cool down).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up waiting after S seconds (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say &apos;on&apos; or &apos;off&apos;, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--wait-timeout only applies with --wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input: PJLink code such as 31 (HDMI 1), MDC code such as 0x21 or a name such as HDMI1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input code must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to mute: the picture, the sound or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute (on) or unmute (off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say &apos;video&apos;, &apos;audio&apos; or &apos;all&apos;, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze (on) or unfreeze (off) the picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Louder or quieter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of steps, 1 to 20 (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say &apos;up&apos; or &apos;down&apos;, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--steps must be a whole number from 1 to 20, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to collect answers (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the search to this IP address instead of the broadcast address 255.255.255.255.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP port to send the search to (default 4352).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP port to receive answers on (default 4352 for the broadcast, where displays answer; any free port with --address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--address must be an IP address, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a port number from 1 to 65535, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--local-port must be a port number from 0 to 65535, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PJLink class 2 display answered within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::cli::KeysCommand</name>
    <message>
        <source>Keys for the agents&apos; LAN protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an Ed25519 key pair for a teacher or admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role the agents grant this key: teacher or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory to write tafel-&lt;role&gt;.pem (private, 0600) and tafel-&lt;role&gt;.pub into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment stored with the public key, e.g. the person or PC (default: the role).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be &apos;teacher&apos; or &apos;admin&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out DIR is required: the directory for the new key files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another --out directory; an existing key is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 key %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(private, keep it secret; mode 0600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To let an agent accept this key, append this line to its trusted-keys file (&lt;DataDir&gt;/trusted-keys):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then use it with: tafelctl agent status HOST --key %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::cli::PinFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::cli::RoomsCommand</name>
    <message>
        <source>Rooms of the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List all rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BUILDING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLOOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPACITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new room, unique in the school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the room is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor the room is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--capacity must be a whole number of 0 or more, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added room &apos;%1&apos; (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::crypto</name>
    <message>
        <source>Unsupported password hash parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password hashing failed (out of memory?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored password hash is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::crypto::Certificate</name>
    <message>
        <source>A certificate needs a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not create a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not create the self-signed certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not encode the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s TLS backend cannot read the certificate. Is the OpenSSL TLS plugin installed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::crypto::KeyPair</name>
    <message>
        <source>OpenSSL could not generate an Ed25519 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is not an unencrypted Ed25519 private key (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no key to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::crypto::PublicKey</name>
    <message>
        <source>An Ed25519 public key has 32 bytes, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is not a valid Ed25519 public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM data is not an Ed25519 public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate cannot be parsed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate does not carry an Ed25519 key. Create keys with &apos;tafelctl keys create&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::crypto::SecretBox</name>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is readable by other users; it must have mode 0600 (chmod 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is damaged (it must hold exactly 32 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting the secret failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored secret cannot be decrypted: it was damaged or belongs to another key file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::crypto::Sha256</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not compute SHA-256 of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::demo</name>
    <message>
        <source>The database already has rooms; the demo school is only added to an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::displays</name>
    <message>
        <source>The display did not reach the requested power state in %1 s; check it on site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooling down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this build has no driver for the display&apos;s protocol.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::displays::MdcDriver</name>
    <message>
        <source>The display at %1 accepted the power-on command but still reports standby. Check it in a minute; if it stays off, check its power and network standby settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display at %1 accepted the power-off command but still reports on. Check it in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Samsung MDC input. Use a hex code such as 0x21 or a name such as HDMI1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samsung MDC displays cannot freeze the picture over the network. Use the display&apos;s remote control instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume must be between 0 and 100, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MDC display ID must be between 0 and 254, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MDC PIN must be exactly 4 digits. Check the PIN set on the display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many commands are waiting for the display at %1. Wait for them to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display at %1 presented a different certificate than before. If the display was replaced or reset, confirm its new certificate in the display settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display sent more data than any MDC reply holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display did not start the secured MDC protocol. If &quot;Secured Protocol&quot; is off on the display, remove the PIN in Tafel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display at %1 rejected the PIN (code %2). Enter the PIN shown in the display&apos;s MDC security settings; Tafel will not retry on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display answered the PIN with an unknown message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display at %1 uses the secured MDC protocol. Enter its 4-digit PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display&apos;s reply had a wrong checksum. Check the network cable or serial-to-LAN adapter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display sent data that is not an MDC frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display sent a frame that is not an ACK or NAK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A display with ID %1 answered, but Tafel addressed ID %2. Set the display ID in Tafel to the one shown in the display&apos;s MDC settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display answered command %1 while Tafel waited for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display&apos;s status reply is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display closed the connection during the secured MDC handshake. Check that &quot;Secured Protocol&quot; is on and that no other MDC client is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display closed the connection before answering. Check that no other MDC client is connected to it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the display at %1 port %2 (%3). Check that it is connected to the network, that network standby is on and that MDC over LAN is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with the display failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display at %1 port %2 did not accept the connection within %3 s. Check the address and that the display is switched on at the mains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display at %1 port %2 did not start the secured MDC protocol within %3 s. If &quot;Secured Protocol&quot; is off on the display, remove the PIN in Tafel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with the display at %1 port %2 did not finish within %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display at %1 port %2 did not answer the PIN within %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display rejected command %1 (NAK, error %2). It may not support this on its model or in its current state; switch it on first and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display at %1 did not answer command %2 within %3 s. Check that its MDC display ID is %4 and that no other MDC client is connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::displays::MdcSimulator</name>
    <message>
        <source>The simulated display needs a PIN of exactly 4 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated display could not listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::displays::MdcTlsCredentials</name>
    <message>
        <source>Could not create a TLS certificate for the simulated display. Check that OpenSSL 3 is installed correctly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::displays::PjLinkDiscovery</name>
    <message>
        <source>Cannot listen for PJLink search answers on UDP port %1 (%2). Close other PJLink tools and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send the PJLink search (%1). Check the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::displays::PjLinkDriver</name>
    <message>
        <source>The display at %1 refused the password (PJLINK ERRA). Check the PJLink password in its network settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display at %1 requires a PJLink password. Enter it in the display&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display at %1 closed the connection before greeting. It may be busy with another controller; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display at %1 closed the connection before answering. Check its network settings or restart it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1 not found. Check the display&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display at %1 refuses connections. Is PJLink enabled in its network menu, and is the port right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the display at %1 (%2). Is it powered and on the network?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display at %1 does not answer. Is it powered and on the network?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display at %1 did not answer %2 within %3 s. Is it powered and on the network?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display at %1 sent a malformed reply (%2). Update its firmware or report the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display at %1 does not support %2 (ERR1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display at %1 rejected the value for %2 (ERR2). Check the input code or setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display at %1 cannot do %2 right now (ERR3); it may be warming up or cooling down. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display at %1 reports a device failure for %2 (ERR4). Check the display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown error from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display at %1 speaks PJLink Class 1, which has no %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display at %1 sent an unreadable %2 value &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display at %1 is still %2 after %3 s. Check it on site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PJLink input code. Use two characters such as 31 (digital input 1); the display&apos;s input list shows the valid ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>microphone volume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::displays::PjLinkNotificationListener</name>
    <message>
        <source>Cannot receive PJLink notifications on UDP port %1 (%2). Status is polled instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::gui::AdminAuth</name>
    <message>
        <source>Please enter a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters, please.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The password must not start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries are different. Please type the password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An admin password has already been set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No admin password has been set yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::gui::AdminGate</name>
    <message>
        <source>Admin password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel and stay in the teacher view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters, please.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The two entries are different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the admin password</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This is the first start: choose the password that protects the admin view. At least %n characters. Keep it safe: it cannot be shown again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the admin password and open the admin view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the admin password to manage rooms, devices and settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the admin view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords: please wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the admin password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrong password. The admin view stays locked. Too many attempts: please wait %n seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong password. The admin view stays locked; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::gui::AdminView</name>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the admin view and return to the teacher view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms &amp; devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents &amp; keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports to the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every room of the school as a tile, worst first, with live states from the room agents. Coming with the school-wide health overview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the displays on and off by time, per room or for the whole school (for example all off at 16:30 on school days). Coming with display control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll room agents, see their fingerprints and when they were last seen, revoke keys and export the installer bundle. Coming with the agent protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadband and availability reports for the city&apos;s education IT, sent from a durable outbox. Coming with reporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language, network, display passwords and school settings. Coming with the settings work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only for now: adding, editing and CSV import come with the inventory work. Meanwhile use “tafelctl rooms add” and “tafelctl devices add”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter rooms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to rooms, devices, keys, schedules and settings, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter audit log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some data could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::gui::AuditModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::gui::DeviceModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::gui::DisplayTile</name>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch off %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the input of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display control is not available yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::gui::HealthStrip</name>
    <message>
        <source>Devices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last measurement: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::gui::MainWindow</name>
    <message>
        <source>Tafel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tafel — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no room “%1”. Showing %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::gui::NoticeBanner</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::gui::PasswordChangeForm</name>
    <message>
        <source>Change the admin password</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. The change is written to the audit log.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters, please.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter the current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::gui::RoomModel</name>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::gui::TeacherView</name>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: not measured yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the admin view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays in this room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing sent to this room yet. Sending material and messages comes in a later version; the delivery to every device will show here with its progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch on all displays of the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch off all displays of the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching all displays on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching all displays off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing a video on the display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending material to the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a message to the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rooms could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rooms yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The devices of this room could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching a display on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching a display off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no rooms yet. An admin adds them (for now with “tafelctl rooms add NAME”). To look around first, start “tafel --demo”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no display or projector in this room yet. An admin can add one under Admin → Rooms &amp; devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not available yet in this version of Tafel. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::media::MediaPlayer</name>
    <message>
        <source>The media engine could not create a player.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No media file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media engine could not start playing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeking needs a media that is playing or paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not support seeking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be played: its format is not supported, the file is damaged, or VLC&apos;s plugins are missing (Debian: the package vlc-plugin-base).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refused the options %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media engine (libVLC %1) could not be started: %2. Check the player options and that VLC&apos;s plugins are installed (Debian: the package vlc-plugin-base).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No media file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a media file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media file %1 is not readable (check its permissions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media engine could not open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media engine could not read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 took longer than %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a playable media file: its format is not supported or the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::monitoring::ProbeTarget</name>
    <message>
        <source>Not a probe target: &quot;%1&quot; (use icmp://host, tcp://host:port, http(s)://..., display://id or heartbeat://id)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::monitoring::icmp</name>
    <message>
        <source>ICMP packet too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP header too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an IPv4 packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad IPv4 header length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an ICMP packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP message too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP checksum mismatch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::schedules</name>
    <message>
        <source>Displays on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch input to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No days given; use e.g. mon-fri, mon,wed,fri or daily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day or a range of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day of the week (mon, tue, wed, thu, fri, sat, sun).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon–Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time is missing or not valid (use HH:MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching the input needs the input to switch to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::store</name>
    <message>
        <source>An audit entry needs an actor and an action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stored password or PIN with reference &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the folder of the database %1. Tafel needs to create files there; make the folder writable or choose another database location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version %1 does not exist (this program knows 1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a database file but a folder or device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is read-only. Make it writable for this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is missing. Install the package libqt6sql6-sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 It could not be moved aside (%2); move or delete it by hand, or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 It was moved aside to %2 (not deleted). The next start creates a new, empty database; restore a backup to get your data back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this program knows schema version %3 at most: it was written by a newer Tafel. Update Tafel, or open another database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has an invalid schema version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database %1 to schema version %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MAC address (expected e.g. 00:11:22:AA:BB:CC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1 has the unknown kind &apos;%2&apos;; a newer Tafel may have written it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no device &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device &apos;%1&apos; has an invalid kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device &apos;%1&apos; names two different ports (%2 and %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown protocol &apos;%1&apos; (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no room &apos;%1&apos; for device &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MAC address %1 already belongs to device &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no room &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A room named &apos;%1&apos; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A room needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity of room &apos;%1&apos; cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule %1 has the unknown action &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no schedule &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is locked by another program (another Tafel or tafelctl is using it). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 for writing (%2). Check that the file and its folder exist and are writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or writing %1 failed (%2). Is the disk full?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was refused by the database (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change conflicts with existing data (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &apos;%1&apos; has the unknown role &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to store a password that is not hashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user named &apos;%1&apos; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tafel::wol</name>
    <message>
        <source>&quot;%1&quot; is not a MAC address: %2. Expected a form like aa:bb:cc:dd:ee:ff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MAC address given. Expected a form like aa:bb:cc:dd:ee:ff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it mixes the separators &apos;%1&apos; and &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1 has %2 digits instead of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; at position %2 is not a hexadecimal digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is too long (a MAC address has 12 hexadecimal digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has %1 hexadecimal digits instead of 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>00:00:00:00:00:00 belongs to no network card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a broadcast or multicast address, not a network card&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wake-on-LAN needs a target address and a port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send the Wake-on-LAN packet for %1 to %2 port %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has %1 groups instead of %2 groups of %3 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1 has more than %2 digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
