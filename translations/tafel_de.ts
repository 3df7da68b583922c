<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>SchoolKeys</name>
    <message>
        <source>Key %1 has the unknown role &apos;%2&apos;.</source>
        <translation>Schlüssel %1 hat die unbekannte Rolle &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>A key id is needed.</source>
        <translation>Eine Schlüssel-ID ist erforderlich.</translation>
    </message>
    <message>
        <source>There is no key &apos;%1&apos;. &apos;tafelctl keys list&apos; shows the school&apos;s keys.</source>
        <translation>Es gibt keinen Schlüssel &apos;%1&apos;. &apos;tafelctl keys list&apos; zeigt die Schlüssel der Schule.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches %2 keys; give more digits of the key id.</source>
        <translation>&apos;%1&apos; passt zu %2 Schlüsseln; geben Sie mehr Stellen der Schlüssel-ID an.</translation>
    </message>
    <message>
        <source>Not an Ed25519 public key: %1</source>
        <translation>Kein öffentlicher Ed25519-Schlüssel: %1</translation>
    </message>
    <message>
        <source>The key id %1 does not belong to this public key (%2).</source>
        <translation>Die Schlüssel-ID %1 gehört nicht zu diesem öffentlichen Schlüssel (%2).</translation>
    </message>
    <message>
        <source>The key %1 is already in the school&apos;s keys.</source>
        <translation>Der Schlüssel %1 ist bereits unter den Schlüsseln der Schule.</translation>
    </message>
    <message>
        <source>The key %1 was revoked already on %2.</source>
        <translation>Der Schlüssel %1 wurde bereits am %2 widerrufen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tafel: smart classroom control</source>
        <translation>Tafel: intelligente Klassenraumsteuerung</translation>
    </message>
    <message>
        <source>Open a demo school in a throwaway database.</source>
        <translation>Demo-Schule in einer Wegwerf-Datenbank öffnen.</translation>
    </message>
    <message>
        <source>Use the database at PATH.</source>
        <translation>Datenbank unter PATH verwenden.</translation>
    </message>
    <message>
        <source>User interface language: de, en or tr.</source>
        <translation>Sprache der Oberfläche: de, en oder tr.</translation>
    </message>
    <message>
        <source>Start in room NAME.</source>
        <translation>Im Raum NAME starten.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and exit.</source>
        <translation>Bild des Fensters in FILE speichern und beenden.</translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1920x1080.</source>
        <translation>Fenstergröße für --screenshot, z. B. 1920x1080.</translation>
    </message>
    <message>
        <source>--demo and --db exclude each other.</source>
        <translation>--demo und --db schließen sich gegenseitig aus.</translation>
    </message>
    <message>
        <source>--size must look like 1920x1080.</source>
        <translation>--size muss die Form 1920x1080 haben.</translation>
    </message>
    <message>
        <source>Cannot create a temporary directory for the demo: %1</source>
        <translation>Temporäres Verzeichnis für die Demo kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Tafel cannot start</source>
        <translation>Tafel kann nicht starten</translation>
    </message>
    <message>
        <source>Demo school — admin password: %1</source>
        <translation>Demo-Schule — Admin-Passwort: %1</translation>
    </message>
    <message>
        <source>--view admin works only with --demo; otherwise use the Admin button and the password.</source>
        <translation>--view admin funktioniert nur mit --demo; sonst die Schaltfläche Admin und das Passwort verwenden.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>Bildschirmfoto kann nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Tafel agent: monitoring, material and display service for one room.</source>
        <translation>Tafel-Agent: Überwachung, Material und Anzeige für einen Raum.</translation>
    </message>
    <message>
        <source>Read the configuration from FILE (INI).</source>
        <translation>Konfiguration aus FILE (INI) lesen.</translation>
    </message>
    <message>
        <source>Keep the agent&apos;s database and material in DIR.</source>
        <translation>Datenbank und Material des Agenten in DIR ablegen.</translation>
    </message>
    <message>
        <source>Listen on ADDR:PORT (default 0.0.0.0:%1).</source>
        <translation>Auf ADDR:PORT lauschen (Standard 0.0.0.0:%1).</translation>
    </message>
    <message>
        <source>Language of messages: de, en or tr.</source>
        <translation>Sprache der Meldungen: de, en oder tr.</translation>
    </message>
    <message>
        <source>Run the screen helper for tafel-agent (messages, blanking, video on this display) instead of the window.</source>
        <translation>Statt des Fensters den Bildschirm-Helfer für tafel-agent ausführen (Nachrichten, Bild aus, Video auf diesem Display).</translation>
    </message>
    <message>
        <source>With --screen: listen on the socket NAME or PATH.</source>
        <translation>Mit --screen: auf dem Socket NAME oder PATH lauschen.</translation>
    </message>
    <message>
        <source>With --screenshot: wait MS more after the first display status refresh.</source>
        <translation>Mit --screenshot: nach der ersten Aktualisierung des Display-Status noch MS länger warten.</translation>
    </message>
    <message>
        <source>Start view: teacher, login (the admin password prompt), health, material (sends the demo lesson folder), admin, schedules, overview, agents, reports, audit or settings (material and the admin ones only with --demo).</source>
        <translation>Startansicht: teacher, login (Abfrage des Admin-Passworts), health, material (sendet den Demo-Unterrichtsordner), admin, schedules, overview, agents, reports, audit oder settings (material und die Admin-Ansichten nur mit --demo).</translation>
    </message>
    <message>
        <source>--view must be teacher, login, health, material, admin, schedules, overview, agents, reports, audit or settings.</source>
        <translation>--view muss teacher, login, health, material, admin, schedules, overview, agents, reports, audit oder settings sein.</translation>
    </message>
</context>
<context>
    <name>tafel::DeviceKind</name>
    <message>
        <source>Interactive display</source>
        <translation>Interaktive Tafel</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Beamer</translation>
    </message>
    <message>
        <source>WLAN access point</source>
        <translation>WLAN-Access-Point</translation>
    </message>
    <message>
        <source>Network switch</source>
        <translation>Netzwerk-Switch</translation>
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
        <translation>Drucker</translation>
    </message>
    <message>
        <source>Tafel agent</source>
        <translation>Tafel-Agent</translation>
    </message>
</context>
<context>
    <name>tafel::HostPort</name>
    <message>
        <source>&apos;%1&apos; is not a valid host: %2</source>
        <translation>&apos;%1&apos; ist kein gültiger Host: %2</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>missing &apos;]&apos;</source>
        <translation>&apos;]&apos; fehlt</translation>
    </message>
    <message>
        <source>unexpected text after &apos;]&apos;</source>
        <translation>unerwarteter Text nach &apos;]&apos;</translation>
    </message>
    <message>
        <source>not an IPv6 address</source>
        <translation>keine IPv6-Adresse</translation>
    </message>
    <message>
        <source>not an IP address or host name</source>
        <translation>keine IP-Adresse und kein Hostname</translation>
    </message>
    <message>
        <source>port must be a number from 1 to 65535</source>
        <translation>Port muss eine Zahl von 1 bis 65535 sein</translation>
    </message>
    <message>
        <source>not a valid IPv4 address (four numbers 0-255, e.g. 192.168.20.14)</source>
        <translation>keine gültige IPv4-Adresse (vier Zahlen 0-255, z. B. 192.168.20.14)</translation>
    </message>
</context>
<context>
    <name>tafel::Settings</name>
    <message>
        <source>Cannot write settings to %1: the file or its folder is read-only.</source>
        <translation>Einstellungen können nicht nach %1 geschrieben werden: Die Datei oder ihr Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Cannot access settings file %1.</source>
        <translation>Kein Zugriff auf die Einstellungsdatei %1.</translation>
    </message>
    <message>
        <source>Settings file %1 is malformed.</source>
        <translation>Die Einstellungsdatei %1 ist fehlerhaft.</translation>
    </message>
</context>
<context>
    <name>tafel::agent::AgentConfig</name>
    <message>
        <source>Configuration file %1 does not exist.</source>
        <translation>Die Konfigurationsdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Configuration file %1 is not readable.</source>
        <translation>Die Konfigurationsdatei %1 ist nicht lesbar.</translation>
    </message>
    <message>
        <source>%1: Agent/Listen: %2</source>
        <translation>%1: Agent/Listen: %2</translation>
    </message>
    <message>
        <source>%1: Link/HandshakeTimeoutMs and Link/IdleTimeoutMs must be at least 100.</source>
        <translation>%1: Link/HandshakeTimeoutMs und Link/IdleTimeoutMs müssen mindestens 100 sein.</translation>
    </message>
    <message>
        <source>%1: Link/MaxConnections must be at least 1.</source>
        <translation>%1: Link/MaxConnections muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>--listen: %1</source>
        <translation>--listen: %1</translation>
    </message>
    <message>
        <source>The listen address must be an IP address, not &apos;%1&apos;.</source>
        <translation>Die Lauschadresse muss eine IP-Adresse sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Das Datenverzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The data directory %1 is not writable.</source>
        <translation>Das Datenverzeichnis %1 ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>%1: Wake/Broadcast must be an IPv4 address, not &apos;%2&apos;.</source>
        <translation>%1: Wake/Broadcast muss eine IPv4-Adresse sein, nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1: Wake/Port must be between 1 and 65535.</source>
        <translation>%1: Wake/Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
</context>
<context>
    <name>tafel::agent::AgentMonitoring</name>
    <message>
        <source>Monitoring is not running on this agent.</source>
        <translation>Die Überwachung läuft auf diesem Agenten nicht.</translation>
    </message>
    <message>
        <source>history.query needs either device or room.</source>
        <translation>history.query braucht entweder device oder room.</translation>
    </message>
    <message>
        <source>since must be before until.</source>
        <translation>since muss vor until liegen.</translation>
    </message>
    <message>
        <source>resolution must be raw, minute or hour, not &apos;%1&apos;.</source>
        <translation>resolution muss raw, minute oder hour sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No broadband server is configured ([Monitoring] Iperf3Server or LibreSpeedUrl).</source>
        <translation>Kein Breitband-Server konfiguriert ([Monitoring] Iperf3Server oder LibreSpeedUrl).</translation>
    </message>
</context>
<context>
    <name>tafel::agent::AgentPackages</name>
    <message>
        <source>Package %1 was not offered to this agent (package.offer first).</source>
        <translation>Paket %1 wurde diesem Agenten nicht angeboten (zuerst package.offer).</translation>
    </message>
    <message>
        <source>package.offer needs envelope: the signed manifest.</source>
        <translation>package.offer benötigt envelope: das signierte Manifest.</translation>
    </message>
    <message>
        <source>The package is signed by key %1, which this agent does not trust. Only packages signed by a trusted teacher or admin key are accepted.</source>
        <translation>Das Paket ist mit Schlüssel %1 signiert, dem dieser Agent nicht vertraut. Nur Pakete, die mit einem vertrauenswürdigen Lehrkräfte- oder Admin-Schlüssel signiert sind, werden angenommen.</translation>
    </message>
    <message>
        <source>An agent relaying material must present a relay grant signed by a trusted key.</source>
        <translation>Ein Agent, der Material weiterleitet, muss eine Weiterleitungsfreigabe vorlegen, die mit einem vertrauenswürdigen Schlüssel signiert ist.</translation>
    </message>
    <message>
        <source>The relay grant is signed by key %1, which this agent does not trust.</source>
        <translation>Die Weiterleitungsfreigabe ist mit Schlüssel %1 signiert, dem dieser Agent nicht vertraut.</translation>
    </message>
    <message>
        <source>package.push needs id, chunk (0 .. %1), offset and data.</source>
        <translation>package.push benötigt id, chunk (0 .. %1), offset und data.</translation>
    </message>
    <message>
        <source>Piece at offset %1 of chunk %2 arrived out of order.</source>
        <translation>Das Teilstück bei Offset %1 von Block %2 kam in falscher Reihenfolge an.</translation>
    </message>
    <message>
        <source>Chunk %1 is longer than its %2 bytes.</source>
        <translation>Block %1 ist länger als seine %2 Bytes.</translation>
    </message>
    <message>
        <source>package.relay needs id, to {host, port, fingerprint} and grant, or stop.</source>
        <translation>package.relay benötigt id, to {host, port, fingerprint} und grant, oder stop.</translation>
    </message>
    <message>
        <source>package.files needs id.</source>
        <translation>package.files benötigt id.</translation>
    </message>
    <message>
        <source>package.delete needs id.</source>
        <translation>package.delete benötigt id.</translation>
    </message>
</context>
<context>
    <name>tafel::agent::AgentReporting</name>
    <message>
        <source>There is no sink named &apos;%1&apos; (configured: %2).</source>
        <translation>Es gibt kein Berichtsziel namens &apos;%1&apos; (konfiguriert: %2).</translation>
    </message>
</context>
<context>
    <name>tafel::agent::AgentService</name>
    <message>
        <source>No display session on this PC.</source>
        <translation>Keine Display-Sitzung auf diesem PC.</translation>
    </message>
    <message>
        <source>mode must be &apos;fullscreen&apos; or &apos;banner&apos;, not &apos;%1&apos;.</source>
        <translation>mode muss &apos;fullscreen&apos; oder &apos;banner&apos; sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>seconds must be a whole number.</source>
        <translation>seconds muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>media.seek needs ms: the position in milliseconds (0 or more).</source>
        <translation>media.seek braucht ms: die Position in Millisekunden (0 oder mehr).</translation>
    </message>
    <message>
        <source>mac: %1</source>
        <translation>mac: %1</translation>
    </message>
    <message>
        <source>broadcast must be an IPv4 address such as 192.168.20.255.</source>
        <translation>broadcast muss eine IPv4-Adresse wie 192.168.20.255 sein.</translation>
    </message>
    <message>
        <source>port must be between 1 and 65535.</source>
        <translation>port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>The magic packet for %1 could not be sent to %2: %3</source>
        <translation>Das Magic Packet für %1 konnte nicht an %2 gesendet werden: %3</translation>
    </message>
    <message>
        <source>No command is configured for %1 on this agent ([Power] in the agent config).</source>
        <translation>Für %1 ist auf diesem Agenten kein Befehl konfiguriert ([Power] in der Agent-Konfiguration).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; failed with exit code %2. Check the agent&apos;s [Power] configuration.</source>
        <translation>&apos;%1&apos; ist mit Exit-Code %2 fehlgeschlagen. Die [Power]-Konfiguration des Agenten prüfen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; could not be started: %2</source>
        <translation>&apos;%1&apos; konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The new reporting settings are active but could not be saved: %1</source>
        <translation>Die neuen Berichtseinstellungen sind aktiv, konnten aber nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>tafel::agent::MaterialConfig</name>
    <message>
        <source>%1: %2 must be a number of bytes, not &apos;%3&apos;.</source>
        <translation>%1: %2 muss eine Anzahl von Bytes sein, nicht &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Cannot create the material directory %1.</source>
        <translation>Das Materialverzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>tafel::agent::MediaLibrary</name>
    <message>
        <source>No media file was named. Name a file in the agent&apos;s media folder.</source>
        <translation>Keine Mediendatei angegeben. Eine Datei im Medienordner des Agenten angeben.</translation>
    </message>
    <message>
        <source>The media file name is too long.</source>
        <translation>Der Name der Mediendatei ist zu lang.</translation>
    </message>
    <message>
        <source>Refused: &apos;%1&apos; is a path. media.play only plays files by their name inside the agent&apos;s media folder.</source>
        <translation>Abgelehnt: &apos;%1&apos; ist ein Pfad. media.play spielt nur Dateien über ihren Namen im Medienordner des Agenten ab.</translation>
    </message>
    <message>
        <source>Refused: the media file name contains a backslash or a control character.</source>
        <translation>Abgelehnt: Der Name der Mediendatei enthält einen Backslash oder ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>Refused: &apos;%1&apos; leaves the media folder (&apos;..&apos;). Name a file inside the agent&apos;s media folder.</source>
        <translation>Abgelehnt: &apos;%1&apos; verlässt den Medienordner (&apos;..&apos;). Eine Datei im Medienordner des Agenten angeben.</translation>
    </message>
    <message>
        <source>This agent has no media folder.</source>
        <translation>Dieser Agent hat keinen Medienordner.</translation>
    </message>
    <message>
        <source>There is no media file &apos;%1&apos; on this agent. Send it as material first.</source>
        <translation>Auf diesem Agenten gibt es keine Mediendatei &apos;%1&apos;. Sie zuerst als Material senden.</translation>
    </message>
    <message>
        <source>Refused: &apos;%1&apos; leads out of the agent&apos;s media folder.</source>
        <translation>Abgelehnt: &apos;%1&apos; führt aus dem Medienordner des Agenten heraus.</translation>
    </message>
</context>
<context>
    <name>tafel::agent::MonitoringConfig</name>
    <message>
        <source>%1: %2 must be a number from %3 to %4, not &apos;%5&apos;.</source>
        <translation>%1: %2 muss eine Zahl von %3 bis %4 sein, nicht &apos;%5&apos;.</translation>
    </message>
    <message>
        <source>Not a monitoring target: &apos;%1&apos; (use ID|KIND|URL, e.g. dev-1|display|tcp://10.0.0.5:4352).</source>
        <translation>Kein Überwachungsziel: &apos;%1&apos; (ID|KIND|URL verwenden, z. B. dev-1|display|tcp://10.0.0.5:4352).</translation>
    </message>
    <message>
        <source>%1: Monitoring/LibreSpeedUrl must be an http:// or https:// URL.</source>
        <translation>%1: Monitoring/LibreSpeedUrl muss eine http://- oder https://-URL sein.</translation>
    </message>
    <message>
        <source>%1: Monitoring/LessonHours: &apos;%2&apos; is not a time range like 07:30-16:30.</source>
        <translation>%1: Monitoring/LessonHours: &apos;%2&apos; ist kein Zeitraum wie 07:30-16:30.</translation>
    </message>
    <message>
        <source>Not a display: &apos;%1&apos;: %2 (use ID|KIND|pjlink://[:PASSWORD@]HOST[:PORT] or ID|KIND|mdc://[:PIN@]HOST[:PORT][?id=N]).</source>
        <translation>Kein Display: &apos;%1&apos;: %2 (ID|KIND|pjlink://[:PASSWORD@]HOST[:PORT] oder ID|KIND|mdc://[:PIN@]HOST[:PORT][?id=N] verwenden).</translation>
    </message>
    <message>
        <source>three parts separated by | are needed</source>
        <translation>drei durch | getrennte Teile sind nötig</translation>
    </message>
    <message>
        <source>the protocol must be pjlink or mdc</source>
        <translation>das Protokoll muss pjlink oder mdc sein</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>kein Host</translation>
    </message>
    <message>
        <source>port 0</source>
        <translation>Port 0</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the MDC id must be 0..254</source>
        <translation>die MDC-ID muss 0..254 sein</translation>
    </message>
</context>
<context>
    <name>tafel::agent::ReportingConfig</name>
    <message>
        <source>%1: not a readable INI file.</source>
        <translation>%1: keine lesbare INI-Datei.</translation>
    </message>
    <message>
        <source>unknown key (known: %1, and Sink&lt;N&gt;/%2).</source>
        <translation>unbekannter Schlüssel (bekannt: %1 und Sink&lt;N&gt;/%2).</translation>
    </message>
    <message>
        <source>required when [Reporting] is present (the school&apos;s id, e.g. gs-nord).</source>
        <translation>erforderlich, wenn [Reporting] vorhanden ist (die Kennung der Schule, z. B. gs-nord).</translation>
    </message>
    <message>
        <source>required: set Reporting/Room or Agent/Room.</source>
        <translation>erforderlich: Reporting/Room oder Agent/Room setzen.</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2, not &apos;%3&apos;.</source>
        <translation>muss eine Zahl von %1 bis %2 sein, nicht &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>unknown group (sinks are Sink1/..., Sink2/...).</source>
        <translation>unbekannte Gruppe (Ziele heißen Sink1/..., Sink2/...).</translation>
    </message>
    <message>
        <source>unknown key (known: %1).</source>
        <translation>unbekannter Schlüssel (bekannt: %1).</translation>
    </message>
    <message>
        <source>unknown group.</source>
        <translation>unbekannte Gruppe.</translation>
    </message>
    <message>
        <source>must be pushgateway or otlp, not &apos;%1&apos;.</source>
        <translation>muss pushgateway oder otlp sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>must be an http:// or https:// URL with a host, not &apos;%1&apos;.</source>
        <translation>muss eine http://- oder https://-URL mit Host sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>CertFile and KeyFile go together (mutual TLS).</source>
        <translation>CertFile und KeyFile gehören zusammen (gegenseitiges TLS).</translation>
    </message>
    <message>
        <source>cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>the sink name &apos;%1&apos; is used twice.</source>
        <translation>der Zielname &apos;%1&apos; wird zweimal verwendet.</translation>
    </message>
    <message>
        <source>at least one sink is required (Sink1/Kind=pushgateway|otlp, Sink1/Url=...).</source>
        <translation>mindestens ein Ziel ist erforderlich (Sink1/Kind=pushgateway|otlp, Sink1/Url=...).</translation>
    </message>
    <message>
        <source>config: required, a map with school, room, intervalSecs and sinks.</source>
        <translation>config: erforderlich, eine Map mit school, room, intervalSecs und sinks.</translation>
    </message>
    <message>
        <source>Reporting is not configured on this agent.</source>
        <translation>Berichte sind auf diesem Agenten nicht konfiguriert.</translation>
    </message>
    <message>
        <source>must not contain control characters (line breaks, tabs).</source>
        <translation>darf keine Steuerzeichen (Zeilenumbrüche, Tabulatoren) enthalten.</translation>
    </message>
    <message>
        <source>must be true or false, not &apos;%1&apos;.</source>
        <translation>muss true oder false sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>must not contain a user name or password (use Token for a bearer token).</source>
        <translation>darf keinen Benutzernamen und kein Passwort enthalten (für ein Bearer-Token Token verwenden).</translation>
    </message>
    <message>
        <source>must not contain &apos;?&apos; or &apos;#&apos; (the sink appends its own path), not &apos;%1&apos;.</source>
        <translation>darf weder &apos;?&apos; noch &apos;#&apos; enthalten (das Berichtsziel hängt seinen eigenen Pfad an), nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>required with SchoolReporter=true (the school&apos;s agents and the key to ask them).</source>
        <translation>erforderlich bei SchoolReporter=true (die Agenten der Schule und der Schlüssel, um sie abzufragen).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown field (known: %1).</source>
        <translation>unbekanntes Feld (bekannt: %1).</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>muss Text sein.</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>muss true oder false sein.</translation>
    </message>
    <message>
        <source>required: a list of sinks (at least one).</source>
        <translation>erforderlich: eine Liste von Berichtszielen (mindestens eines).</translation>
    </message>
    <message>
        <source>must be a map.</source>
        <translation>muss eine Map sein.</translation>
    </message>
</context>
<context>
    <name>tafel::agent::SchoolConfig</name>
    <message>
        <source>config.push needs a version above 0.</source>
        <translation>config.push benötigt eine Version größer als 0.</translation>
    </message>
    <message>
        <source>config.trustedKeys must be a list.</source>
        <translation>config.trustedKeys muss eine Liste sein.</translation>
    </message>
    <message>
        <source>config.trustedKeys[%1].role must be &apos;teacher&apos; or &apos;admin&apos;.</source>
        <translation>config.trustedKeys[%1].role muss &apos;teacher&apos; oder &apos;admin&apos; sein.</translation>
    </message>
    <message>
        <source>config.trustedKeys[%1].publicKey: %2</source>
        <translation>config.trustedKeys[%1].publicKey: %2</translation>
    </message>
    <message>
        <source>config.revokedKeys must be a list.</source>
        <translation>config.revokedKeys muss eine Liste sein.</translation>
    </message>
    <message>
        <source>config.revokedKeys[%1].publicKey: %2</source>
        <translation>config.revokedKeys[%1].publicKey: %2</translation>
    </message>
    <message>
        <source>config.%1 must be a list.</source>
        <translation>config.%1 muss eine Liste sein.</translation>
    </message>
    <message>
        <source>The pushed school configuration %1 is damaged (%2). Move it aside and push the configuration again from the admin view (&apos;tafelctl config push&apos;).</source>
        <translation>Die übertragene Schulkonfiguration %1 ist beschädigt (%2). Verschieben Sie die Datei und übertragen Sie die Konfiguration erneut aus der Admin-Ansicht (&apos;tafelctl config push&apos;).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>larger than 4 MiB</source>
        <translation>größer als 4 MiB</translation>
    </message>
    <message>
        <source>This agent has configuration version %1; version %2 is older and was not applied.</source>
        <translation>Dieser Agent hat die Konfigurationsversion %1; Version %2 ist älter und wurde nicht übernommen.</translation>
    </message>
    <message>
        <source>This agent already has a different configuration with version %1; push a newer version.</source>
        <translation>Dieser Agent hat bereits eine andere Konfiguration mit Version %1; übertragen Sie eine neuere Version.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>config.push needs {version: integer, config: map}.</source>
        <translation>config.push benötigt {version: integer, config: map}.</translation>
    </message>
</context>
<context>
    <name>tafel::agentlink::AgentClient</name>
    <message>
        <source>Qt&apos;s TLS backend did not accept the Ed25519 key.</source>
        <translation>Das TLS-Backend von Qt hat den Ed25519-Schlüssel nicht akzeptiert.</translation>
    </message>
    <message>
        <source>%1 did not complete the connection within %2 seconds. Is tafel-agent running there?</source>
        <translation>%1 hat die Verbindung nicht innerhalb von %2 Sekunden aufgebaut. Läuft dort tafel-agent?</translation>
    </message>
    <message>
        <source>Connection to %1 failed: %2</source>
        <translation>Verbindung zu %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The connection to %1 was closed.</source>
        <translation>Die Verbindung zu %1 wurde geschlossen.</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Nicht mit %1 verbunden.</translation>
    </message>
    <message>
        <source>No certificate fingerprint is pinned for %1. Enroll the agent first: tafelctl agent enroll %1</source>
        <translation>Für %1 ist kein Zertifikat-Fingerabdruck hinterlegt. Agent zuerst registrieren: tafelctl agent enroll %1</translation>
    </message>
    <message>
        <source>The certificate of %1 does not match the pinned fingerprint (got %2). The agent may have been reinstalled or someone is intercepting the connection. If the change is expected, enroll the agent again.</source>
        <translation>Das Zertifikat von %1 passt nicht zum hinterlegten Fingerabdruck (erhalten: %2). Der Agent wurde eventuell neu installiert, oder jemand fängt die Verbindung ab. Ist die Änderung erwartet, den Agenten erneut registrieren.</translation>
    </message>
    <message>
        <source>The request is larger than the protocol allows (1 MiB).</source>
        <translation>Die Anfrage ist größer, als das Protokoll erlaubt (1 MiB).</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>%1 sent an invalid frame (%2). Update tafel or the agent.</source>
        <translation>%1 hat einen ungültigen Frame gesendet (%2). Tafel oder den Agenten aktualisieren.</translation>
    </message>
    <message>
        <source>%1 sent a replayed frame; the connection was closed.</source>
        <translation>%1 hat einen wiederholten Frame gesendet; die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>%1 sent a request; agents only answer.</source>
        <translation>%1 hat eine Anfrage gesendet; Agenten antworten nur.</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The agent requires a client key. Pass one with --key FILE (create it with &apos;tafelctl keys create&apos;).</source>
        <translation>Der Agent verlangt einen Client-Schlüssel. Einen mit --key FILE angeben (erstellen mit &apos;tafelctl keys create&apos;).</translation>
    </message>
    <message>
        <source>The agent does not trust this key. Ask the administrator to add its .pub line to the agent&apos;s trusted keys.</source>
        <translation>Der Agent vertraut diesem Schlüssel nicht. Die Administration bitten, seine .pub-Zeile zu den vertrauenswürdigen Schlüsseln des Agenten hinzuzufügen.</translation>
    </message>
    <message>
        <source>Your key&apos;s role may not do this; it needs an admin key.</source>
        <translation>Die Rolle Ihres Schlüssels darf das nicht; dafür ist ein Admin-Schlüssel nötig.</translation>
    </message>
    <message>
        <source>The agent does not support this command. Update the agent.</source>
        <translation>Der Agent unterstützt diesen Befehl nicht. Den Agenten aktualisieren.</translation>
    </message>
    <message>
        <source>The agent speaks another protocol version. Update tafel or the agent.</source>
        <translation>Der Agent spricht eine andere Protokollversion. Tafel oder den Agenten aktualisieren.</translation>
    </message>
    <message>
        <source>The agent closed the idle connection.</source>
        <translation>Der Agent hat die untätige Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The command failed on the agent.</source>
        <translation>Der Befehl ist auf dem Agenten fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The agent refused the request: %1</source>
        <translation>Der Agent hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>No screen helper on this PC: nobody is logged in to the display, or &apos;tafel --screen&apos; is not running there.</source>
        <translation>Kein Bildschirm-Helfer auf diesem PC: Niemand ist am Display angemeldet, oder &apos;tafel --screen&apos; läuft dort nicht.</translation>
    </message>
    <message>
        <source>The agent refused the arguments of the command.</source>
        <translation>Der Agent hat die Argumente des Befehls abgelehnt.</translation>
    </message>
    <message>
        <source>The agent did not find what the command names.</source>
        <translation>Der Agent hat nicht gefunden, was der Befehl angibt.</translation>
    </message>
    <message>
        <source>The agent has a newer configuration.</source>
        <translation>Der Agent hat eine neuere Konfiguration.</translation>
    </message>
</context>
<context>
    <name>tafel::agentlink::AgentIdentity</name>
    <message>
        <source>%1 Restore the file from a backup or delete it (clients must then enroll the agent again).</source>
        <translation>%1 Die Datei aus einer Sicherung wiederherstellen oder löschen (Clients müssen den Agenten dann erneut registrieren).</translation>
    </message>
    <message>
        <source>Cannot write the agent certificate %1: %2</source>
        <translation>Das Agent-Zertifikat %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Qt&apos;s TLS backend did not accept the agent&apos;s Ed25519 key.</source>
        <translation>Das TLS-Backend von Qt hat den Ed25519-Schlüssel des Agenten nicht akzeptiert.</translation>
    </message>
</context>
<context>
    <name>tafel::agentlink::AgentLinkServer</name>
    <message>
        <source>The agent has no TLS certificate or key.</source>
        <translation>Der Agent hat kein TLS-Zertifikat oder keinen Schlüssel.</translation>
    </message>
    <message>
        <source>TLS is not available: Qt&apos;s OpenSSL backend could not be loaded. Install OpenSSL 3 (libssl3).</source>
        <translation>TLS ist nicht verfügbar: Das OpenSSL-Backend von Qt konnte nicht geladen werden. OpenSSL 3 (libssl3) installieren.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Lauschen auf %1:%2 nicht möglich: %3</translation>
    </message>
</context>
<context>
    <name>tafel::agentlink::PinFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>tafel::agentlink::ServerConnection</name>
    <message>
        <source>No request for %1 seconds; closing the connection. Send heartbeat to keep it open.</source>
        <translation>Seit %1 Sekunden keine Anfrage; die Verbindung wird geschlossen. Heartbeat senden, um sie offen zu halten.</translation>
    </message>
    <message>
        <source>This agent only accepts clients with a key. Create one with &apos;tafelctl keys create&apos; and add its public key to the agent&apos;s trusted keys.</source>
        <translation>Dieser Agent nimmt nur Clients mit Schlüssel an. Einen mit &apos;tafelctl keys create&apos; erstellen und seinen öffentlichen Schlüssel zu den vertrauenswürdigen Schlüsseln des Agenten hinzufügen.</translation>
    </message>
    <message>
        <source>The client certificate does not carry an Ed25519 key. Create keys with &apos;tafelctl keys create&apos;.</source>
        <translation>Das Client-Zertifikat enthält keinen Ed25519-Schlüssel. Schlüssel mit &apos;tafelctl keys create&apos; erstellen.</translation>
    </message>
    <message>
        <source>The agent does not trust key %1. Add the line from the key&apos;s .pub file to the agent&apos;s trusted keys file.</source>
        <translation>Der Agent vertraut dem Schlüssel %1 nicht. Die Zeile aus der .pub-Datei des Schlüssels zur Datei der vertrauenswürdigen Schlüssel des Agenten hinzufügen.</translation>
    </message>
    <message>
        <source>A client may only send requests.</source>
        <translation>Ein Client darf nur Anfragen senden.</translation>
    </message>
    <message>
        <source>Frame sequence %1 is not after %2: replayed or reordered frame.</source>
        <translation>Frame-Folgenummer %1 liegt nicht nach %2: wiederholter oder vertauschter Frame.</translation>
    </message>
    <message>
        <source>This agent does not know the command &apos;%1&apos;. Update the agent.</source>
        <translation>Dieser Agent kennt den Befehl &apos;%1&apos; nicht. Den Agenten aktualisieren.</translation>
    </message>
    <message>
        <source>The role %1 may not run &apos;%2&apos;. Use an admin key.</source>
        <translation>Die Rolle %1 darf &apos;%2&apos; nicht ausführen. Einen Admin-Schlüssel verwenden.</translation>
    </message>
</context>
<context>
    <name>tafel::agentlink::TrustStore</name>
    <message>
        <source>%1, line %2: the role must be &apos;teacher&apos; or &apos;admin&apos;, not &apos;%3&apos;.</source>
        <translation>%1, Zeile %2: Die Rolle muss &apos;teacher&apos; oder &apos;admin&apos; sein, nicht &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>%1, line %2: %3 Copy the line from the key&apos;s .pub file.</source>
        <translation>%1, Zeile %2: %3 Die Zeile aus der .pub-Datei des Schlüssels kopieren.</translation>
    </message>
    <message>
        <source>Cannot read the trusted keys file %1: %2</source>
        <translation>Die Datei der vertrauenswürdigen Schlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The trusted keys file %1 is larger than 4 MiB.</source>
        <translation>Die Datei der vertrauenswürdigen Schlüssel %1 ist größer als 4 MiB.</translation>
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
        <translation>Der Agent überwacht keine Geräte.</translation>
    </message>
    <message>
        <source>Not reachable: %1</source>
        <translation>Nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Slow or losing packets: %1</source>
        <translation>Langsam oder Paketverluste: %1</translation>
    </message>
    <message>
        <source>Not measured yet</source>
        <translation>Noch nicht gemessen</translation>
    </message>
    <message>
        <source>%1 of %2 devices answer</source>
        <translation>%1 von %2 Geräten antworten</translation>
    </message>
    <message>
        <source>Every device answers</source>
        <translation>Alle Geräte antworten</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>Agent unreachable</source>
        <translation>Agent nicht erreichbar</translation>
    </message>
    <message>
        <source>No agent</source>
        <translation>Kein Agent</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
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
        <translation>%1 Tg.</translation>
    </message>
</context>
<context>
    <name>tafel::cli::AgentCommand</name>
    <message>
        <source>Talk to tafel-agent on classroom PCs</source>
        <translation>Mit tafel-agent auf den Klassenraum-PCs sprechen</translation>
    </message>
    <message>
        <source>Connect to an agent, show its certificate fingerprint and pin it</source>
        <translation>Mit einem Agenten verbinden, seinen Zertifikat-Fingerabdruck anzeigen und hinterlegen</translation>
    </message>
    <message>
        <source>Show host, version, uptime, OS and disk of agents</source>
        <translation>Host, Version, Laufzeit, Betriebssystem und Speicherplatz der Agenten anzeigen</translation>
    </message>
    <message>
        <source>The agent (default port %1).</source>
        <translation>Der Agent (Standardport %1).</translation>
    </message>
    <message>
        <source>Expected fingerprint (from the agent&apos;s log or the installer); enrollment fails if it differs.</source>
        <translation>Erwarteter Fingerabdruck (aus dem Log des Agenten oder dem Installer); die Registrierung scheitert, wenn er abweicht.</translation>
    </message>
    <message>
        <source>One or more enrolled agents.</source>
        <translation>Ein oder mehrere registrierte Agenten.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST or HOST:PORT: %2</source>
        <translation>&apos;%1&apos; ist nicht HOST oder HOST:PORT: %2</translation>
    </message>
    <message>
        <source>--fingerprint must be 64 hex digits (colons allowed).</source>
        <translation>--fingerprint muss aus 64 Hex-Ziffern bestehen (Doppelpunkte erlaubt).</translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation>Verbindung zu %1 nicht möglich.</translation>
    </message>
    <message>
        <source>%1 presented fingerprint %2, not the expected %3. Nothing was pinned. Check that you reached the right PC.</source>
        <translation>%1 hat den Fingerabdruck %2 vorgelegt, nicht den erwarteten %3. Nichts wurde hinterlegt. Prüfen, ob der richtige PC erreicht wurde.</translation>
    </message>
    <message>
        <source>Agent %1 certificate fingerprint (SHA-256):</source>
        <translation>Zertifikat-Fingerabdruck von Agent %1 (SHA-256):</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint in the agent&apos;s log (&apos;certificate fingerprint ...&apos;); pass --fingerprint to check it automatically.</source>
        <translation>Mit dem Fingerabdruck im Log des Agenten vergleichen (&apos;certificate fingerprint ...&apos;); mit --fingerprint wird er automatisch geprüft.</translation>
    </message>
    <message>
        <source>Pinned in %1.</source>
        <translation>Hinterlegt in %1.</translation>
    </message>
    <message>
        <source>The agent accepts your key.</source>
        <translation>Der Agent akzeptiert Ihren Schlüssel.</translation>
    </message>
    <message>
        <source>The agent does not accept your key yet: %1</source>
        <translation>Der Agent akzeptiert Ihren Schlüssel noch nicht: %1</translation>
    </message>
    <message>
        <source>A client key is needed: pass --key FILE or set TAFEL_KEY (create one with &apos;tafelctl keys create&apos;).</source>
        <translation>Ein Client-Schlüssel ist nötig: --key FILE angeben oder TAFEL_KEY setzen (erstellen mit &apos;tafelctl keys create&apos;).</translation>
    </message>
    <message>
        <source>%1 is not enrolled. Run: tafelctl agent enroll %1</source>
        <translation>%1 ist nicht registriert. Ausführen: tafelctl agent enroll %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
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
        <translation>RAUM</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>UPTIME</source>
        <translation>LAUFZEIT</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>SYSTEM</translation>
    </message>
    <message>
        <source>DISK FREE</source>
        <translation>SPEICHER FREI</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Show a message on the agents&apos; displays</source>
        <translation>Eine Nachricht auf den Displays der Agenten anzeigen</translation>
    </message>
    <message>
        <source>Blank the agents&apos; displays (black screen)</source>
        <translation>Die Displays der Agenten schwarz schalten</translation>
    </message>
    <message>
        <source>Show the agents&apos; displays again after blank</source>
        <translation>Die Displays der Agenten nach dem Schwarzschalten wieder anzeigen</translation>
    </message>
    <message>
        <source>Play, pause, resume or stop a video on the agents&apos; displays</source>
        <translation>Ein Video auf den Displays der Agenten abspielen, pausieren, fortsetzen oder stoppen</translation>
    </message>
    <message>
        <source>Wake a PC with Wake-on-LAN, sent by an agent in its subnet</source>
        <translation>Einen PC per Wake-on-LAN aufwecken, gesendet von einem Agenten in seinem Subnetz</translation>
    </message>
    <message>
        <source>Shut down or reboot agents&apos; PCs (admin key)</source>
        <translation>PCs der Agenten herunterfahren oder neu starten (Admin-Schlüssel)</translation>
    </message>
    <message>
        <source>The message.</source>
        <translation>Die Nachricht.</translation>
    </message>
    <message>
        <source>Hide it after N seconds (default 30; 0 = until hidden).</source>
        <translation>Nach N Sekunden ausblenden (Standard 30; 0 = bis zum Ausblenden).</translation>
    </message>
    <message>
        <source>A strip across the top instead of the whole screen.</source>
        <translation>Ein Streifen am oberen Rand statt des ganzen Bildschirms.</translation>
    </message>
    <message>
        <source>Hide the message that is shown instead.</source>
        <translation>Stattdessen die angezeigte Nachricht ausblenden.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Was getan werden soll.</translation>
    </message>
    <message>
        <source>play: the file&apos;s NAME in the agent&apos;s media folder (no path).</source>
        <translation>play: der NAME der Datei im Medienordner des Agenten (kein Pfad).</translation>
    </message>
    <message>
        <source>The network card to wake, e.g. aa:bb:cc:dd:ee:ff.</source>
        <translation>Die aufzuweckende Netzwerkkarte, z. B. aa:bb:cc:dd:ee:ff.</translation>
    </message>
    <message>
        <source>The enrolled agent in the PC&apos;s subnet that sends the packet.</source>
        <translation>Der registrierte Agent im Subnetz des PCs, der das Paket sendet.</translation>
    </message>
    <message>
        <source>Send to this address instead of the agent&apos;s configured one.</source>
        <translation>An diese Adresse statt an die im Agenten konfigurierte senden.</translation>
    </message>
    <message>
        <source>UDP port instead of the agent&apos;s configured one.</source>
        <translation>UDP-Port statt des im Agenten konfigurierten.</translation>
    </message>
    <message>
        <source>--text is needed: the message to show.</source>
        <translation>--text ist nötig: die anzuzeigende Nachricht.</translation>
    </message>
    <message>
        <source>--seconds must be a number from 0 to 86400.</source>
        <translation>--seconds muss eine Zahl von 0 bis 86400 sein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not play, pause, resume or stop.</source>
        <translation>&apos;%1&apos; ist nicht play, pause, resume oder stop.</translation>
    </message>
    <message>
        <source>media play needs --file NAME (a file in the agent&apos;s media folder).</source>
        <translation>media play braucht --file NAME (eine Datei im Medienordner des Agenten).</translation>
    </message>
    <message>
        <source>--file belongs to media play only.</source>
        <translation>--file gehört nur zu media play.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MAC address: %2</source>
        <translation>&apos;%1&apos; ist keine MAC-Adresse: %2</translation>
    </message>
    <message>
        <source>--via HOST is needed: an enrolled agent in the PC&apos;s subnet sends the packet.</source>
        <translation>--via HOST ist nötig: Ein registrierter Agent im Subnetz des PCs sendet das Paket.</translation>
    </message>
    <message>
        <source>--broadcast must be an IPv4 address such as 192.168.20.255.</source>
        <translation>--broadcast muss eine IPv4-Adresse wie 192.168.20.255 sein.</translation>
    </message>
    <message>
        <source>--port must be between 1 and 65535.</source>
        <translation>--port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not off or reboot.</source>
        <translation>&apos;%1&apos; ist nicht off oder reboot.</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DETAIL</translation>
    </message>
    <message>
        <source>magic packet for %1 sent to %2</source>
        <translation>Magic Packet für %1 an %2 gesendet</translation>
    </message>
    <message>
        <source>blanked</source>
        <translation>schwarz geschaltet</translation>
    </message>
    <message>
        <source>message shown (%1)</source>
        <translation>Nachricht angezeigt (%1)</translation>
    </message>
    <message>
        <source>media %1 %2 (%3 / %4)</source>
        <translation>Medien %1 %2 (%3 / %4)</translation>
    </message>
    <message>
        <source>screen shows the desktop</source>
        <translation>Bildschirm zeigt den Desktop</translation>
    </message>
    <message>
        <source>Forget an agent&apos;s pinned certificate (enroll it again to reach it)</source>
        <translation>Das hinterlegte Zertifikat eines Agenten vergessen (danach erneut registrieren, um ihn zu erreichen)</translation>
    </message>
    <message>
        <source>The enrolled agent (default port %1).</source>
        <translation>Der registrierte Agent (Standardport %1).</translation>
    </message>
    <message>
        <source>%1 is not enrolled; there is nothing to unpin.</source>
        <translation>%1 ist nicht registriert; es ist nichts hinterlegt.</translation>
    </message>
    <message>
        <source>%1 is no longer pinned (it was %2). Enroll it again to reach it.</source>
        <translation>%1 ist nicht mehr hinterlegt (Fingerabdruck war %2). Registrieren Sie den Agenten erneut, um ihn zu erreichen.</translation>
    </message>
</context>
<context>
    <name>tafel::cli::AgentPackagesCommand</name>
    <message>
        <source>An enrolled agent.</source>
        <translation>Ein registrierter Agent.</translation>
    </message>
    <message>
        <source>Delete this package (finished or partly received) on the agent.</source>
        <translation>Dieses Paket (fertig oder teilweise empfangen) auf dem Agenten löschen.</translation>
    </message>
    <message>
        <source>A client key is needed: pass --key FILE or set TAFEL_KEY (create one with &apos;tafelctl keys create&apos;).</source>
        <translation>Ein Client-Schlüssel ist nötig: --key FILE angeben oder TAFEL_KEY setzen (erstellen mit &apos;tafelctl keys create&apos;).</translation>
    </message>
    <message>
        <source>--delete needs the package id (see &apos;tafelctl agent packages HOST&apos;).</source>
        <translation>--delete benötigt die Paket-ID (siehe &apos;tafelctl agent packages HOST&apos;).</translation>
    </message>
    <message>
        <source>%1 is not enrolled. Run: tafelctl agent enroll %1</source>
        <translation>%1 ist nicht registriert. Ausführen: tafelctl agent enroll %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Deleted package %1 on %2.</source>
        <translation>Paket %1 auf %2 gelöscht.</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>receiving %1/%2 chunks</source>
        <translation>Empfang: %1/%2 Blöcke</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>FILES</source>
        <translation>DATEIEN</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>List (or --delete) the lesson material packages on an agent</source>
        <translation>Unterrichtsmaterial-Pakete auf einem Agenten auflisten (oder mit --delete löschen)</translation>
    </message>
</context>
<context>
    <name>tafel::cli::AuditCommand</name>
    <message>
        <source>Show the audit log (who changed what, when)</source>
        <translation>Protokoll anzeigen (wer hat was wann geändert)</translation>
    </message>
    <message>
        <source>List audit entries, newest first (the default)</source>
        <translation>Protokolleinträge auflisten, neueste zuerst (Standard)</translation>
    </message>
    <message>
        <source>Only entries from T on: ISO 8601 (2026-11-20, 2026-11-20T08:00, 2026-11-20T08:00:00Z) or relative to now (30m, 24h, 7d, 2w).</source>
        <translation>Nur Einträge ab T: ISO 8601 (2026-11-20, 2026-11-20T08:00, 2026-11-20T08:00:00Z) oder relativ zu jetzt (30m, 24h, 7d, 2w).</translation>
    </message>
    <message>
        <source>Only this action (room.add) or family of actions (room = room.*).</source>
        <translation>Nur diese Aktion (room.add) oder Gruppe von Aktionen (room = room.*).</translation>
    </message>
    <message>
        <source>Only entries by this user or key.</source>
        <translation>Nur Einträge dieses Benutzers oder Schlüssels.</translation>
    </message>
    <message>
        <source>At most N entries (default 1000, 0 = all).</source>
        <translation>Höchstens N Einträge (Standard 1000, 0 = alle).</translation>
    </message>
    <message>
        <source>Print CSV (id,at,actor,action,target,before,after) instead of a table.</source>
        <translation>CSV (id,at,actor,action,target,before,after) statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>--since: &apos;%1&apos; is neither an ISO 8601 time (2026-11-20 or 2026-11-20T08:00) nor a duration such as 30m, 24h, 7d or 2w.</source>
        <translation>--since: &apos;%1&apos; ist weder eine ISO-8601-Zeit (2026-11-20 oder 2026-11-20T08:00) noch eine Dauer wie 30m, 24h, 7d oder 2w.</translation>
    </message>
    <message>
        <source>--limit must be a whole number of 0 or more, not &apos;%1&apos;.</source>
        <translation>--limit muss eine ganze Zahl ab 0 sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--csv and --json exclude each other.</source>
        <translation>--csv und --json schließen einander aus.</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WANN</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>WER</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>OBJECT</source>
        <translation>OBJEKT</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>ÄNDERUNG</translation>
    </message>
</context>
<context>
    <name>tafel::cli::ClientKey</name>
    <message>
        <source>Private key file (from &apos;tafelctl keys create&apos;); default $TAFEL_KEY.</source>
        <translation>Datei mit privatem Schlüssel (aus &apos;tafelctl keys create&apos;); Standard $TAFEL_KEY.</translation>
    </message>
</context>
<context>
    <name>tafel::cli::ConfigCommand</name>
    <message>
        <source>Push the school&apos;s configuration to the room agents</source>
        <translation>Die Konfiguration der Schule an die Raum-Agenten übertragen</translation>
    </message>
    <message>
        <source>Send devices, schedules and trusted keys to the agents (a new version)</source>
        <translation>Geräte, Zeitpläne und vertrauenswürdige Schlüssel an die Agenten senden (als neue Version)</translation>
    </message>
    <message>
        <source>Only the agents of this room (id or name).</source>
        <translation>Nur die Agenten dieses Raums (ID oder Name).</translation>
    </message>
    <message>
        <source>Admin key file (from &apos;tafelctl keys create --role admin&apos;); default $TAFEL_KEY.</source>
        <translation>Admin-Schlüsseldatei (aus &apos;tafelctl keys create --role admin&apos;); Standard $TAFEL_KEY.</translation>
    </message>
    <message>
        <source>Push this version number instead of the next one (repairs and tests; agents refuse versions older than theirs).</source>
        <translation>Diese Versionsnummer statt der nächsten übertragen (für Reparaturen und Tests; Agenten lehnen Versionen ab, die älter als ihre eigene sind).</translation>
    </message>
    <message>
        <source>An admin key is needed: pass --key FILE or set TAFEL_KEY (create one with &apos;tafelctl keys create --role admin&apos;).</source>
        <translation>Ein Admin-Schlüssel ist nötig: --key FILE angeben oder TAFEL_KEY setzen (erstellen mit &apos;tafelctl keys create --role admin&apos;).</translation>
    </message>
    <message>
        <source>--version must be a number above 0.</source>
        <translation>--version muss eine Zahl größer als 0 sein.</translation>
    </message>
    <message>
        <source>all rooms</source>
        <translation>alle Räume</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>ok (was %1)</source>
        <translation>ok (vorher %1)</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>ROOM</source>
        <translation>RAUM</translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation>AGENT</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
</context>
<context>
    <name>tafel::cli::Context</name>
    <message>
        <source>Run &apos;%1 --help&apos; for usage.</source>
        <translation>&apos;%1 --help&apos; zeigt die Verwendung.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
</context>
<context>
    <name>tafel::cli::DbCommand</name>
    <message>
        <source>The database file</source>
        <translation>Die Datenbankdatei</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity and schema version (exit code 1 when broken)</source>
        <translation>Integrität und Schemaversion der Datenbank prüfen (Exit-Code 1, wenn beschädigt)</translation>
    </message>
    <message>
        <source>Database:       %1</source>
        <translation>Datenbank:      %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>Schemaversion:  %1 (dieses Programm: %2)</translation>
    </message>
    <message>
        <source>The schema is older; the next change by Tafel or tafelctl upgrades it.</source>
        <translation>Das Schema ist älter; die nächste Änderung durch Tafel oder tafelctl aktualisiert es.</translation>
    </message>
    <message>
        <source>Integrity:      ok</source>
        <translation>Integrität:     ok</translation>
    </message>
    <message>
        <source>Integrity:      DAMAGED</source>
        <translation>Integrität:     BESCHÄDIGT</translation>
    </message>
    <message>
        <source>The database %1 is damaged. Restore a backup.</source>
        <translation>Die Datenbank %1 ist beschädigt. Eine Sicherung wiederherstellen.</translation>
    </message>
</context>
<context>
    <name>tafel::cli::DevicePasswordCommand</name>
    <message>
        <source>Device id or name.</source>
        <translation>Geräte-ID oder -Name.</translation>
    </message>
    <message>
        <source>Room of the device (id or name), when several devices share the name.</source>
        <translation>Raum des Geräts (ID oder Name), wenn mehrere Geräte denselben Namen haben.</translation>
    </message>
    <message>
        <source>Read the password or PIN from the first line of file F (default: the first line of standard input; on a terminal it is asked for without echo).</source>
        <translation>Passwort oder PIN aus der ersten Zeile der Datei F lesen (Standard: die erste Zeile der Standardeingabe; im Terminal wird ohne Echo danach gefragt).</translation>
    </message>
    <message>
        <source>Remove the stored password instead.</source>
        <translation>Stattdessen das gespeicherte Passwort entfernen.</translation>
    </message>
    <message>
        <source>There is no device &apos;%1&apos;. See &apos;tafelctl devices list&apos;.</source>
        <translation>Es gibt kein Gerät &apos;%1&apos;. Siehe &apos;tafelctl devices list&apos;.</translation>
    </message>
    <message>
        <source>%1 devices are named &apos;%2&apos;. Give the device id or --room (see &apos;tafelctl devices list&apos;).</source>
        <translation>%1 Geräte heißen &apos;%2&apos;. Die Geräte-ID oder --room angeben (siehe &apos;tafelctl devices list&apos;).</translation>
    </message>
    <message>
        <source>Password or PIN for %1: </source>
        <translation>Passwort oder PIN für %1: </translation>
    </message>
    <message>
        <source>No password given: pass --password-file F or write it to standard input.</source>
        <translation>Kein Passwort angegeben: --password-file F übergeben oder es in die Standardeingabe schreiben.</translation>
    </message>
    <message>
        <source>The device must not be empty.</source>
        <translation>Das Gerät darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Give either --clear or --password-file, not both.</source>
        <translation>Entweder --clear oder --password-file angeben, nicht beides.</translation>
    </message>
    <message>
        <source>Removed the stored password of &apos;%1&apos;.</source>
        <translation>Das gespeicherte Passwort von &apos;%1&apos; wurde entfernt.</translation>
    </message>
    <message>
        <source>Stored the password of &apos;%1&apos; (encrypted).</source>
        <translation>Das Passwort von &apos;%1&apos; wurde gespeichert (verschlüsselt).</translation>
    </message>
    <message>
        <source>Store the PJLink password or MDC PIN of a display (encrypted)</source>
        <translation>PJLink-Passwort oder MDC-PIN eines Displays speichern (verschlüsselt)</translation>
    </message>
</context>
<context>
    <name>tafel::cli::DevicesCommand</name>
    <message>
        <source>Devices in the rooms: displays, projectors, PCs, access points, ...</source>
        <translation>Geräte in den Räumen: Displays, Beamer, PCs, Access Points, ...</translation>
    </message>
    <message>
        <source>List devices, of all rooms or of one</source>
        <translation>Geräte auflisten, aller Räume oder eines Raums</translation>
    </message>
    <message>
        <source>Add a device to a room</source>
        <translation>Gerät zu einem Raum hinzufügen</translation>
    </message>
    <message>
        <source>Only the devices of room R (id or name).</source>
        <translation>Nur die Geräte von Raum R (ID oder Name).</translation>
    </message>
    <message>
        <source>ROOM</source>
        <translation>RAUM</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYP</translation>
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
        <translation>PROTOKOLL</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Room of the device (id or name). Required.</source>
        <translation>Raum des Geräts (ID oder Name). Pflichtangabe.</translation>
    </message>
    <message>
        <source>Kind of device: %1. Required.</source>
        <translation>Gerätetyp: %1. Pflichtangabe.</translation>
    </message>
    <message>
        <source>Name of the device. Required.</source>
        <translation>Name des Geräts. Pflichtangabe.</translation>
    </message>
    <message>
        <source>Host name or IP address, optionally with :PORT. Required.</source>
        <translation>Hostname oder IP-Adresse, optional mit :PORT. Pflichtangabe.</translation>
    </message>
    <message>
        <source>MAC address (unique), e.g. 00:11:22:AA:BB:CC.</source>
        <translation>MAC-Adresse (eindeutig), z. B. 00:11:22:AA:BB:CC.</translation>
    </message>
    <message>
        <source>Control protocol: %1.</source>
        <translation>Steuerprotokoll: %1.</translation>
    </message>
    <message>
        <source>Missing option --%1.</source>
        <translation>Option --%1 fehlt.</translation>
    </message>
    <message>
        <source>Unknown device kind &apos;%1&apos;. Known kinds: %2.</source>
        <translation>Unbekannter Gerätetyp &apos;%1&apos;. Bekannte Typen: %2.</translation>
    </message>
    <message>
        <source>Unknown protocol &apos;%1&apos;. Known protocols: %2.</source>
        <translation>Unbekanntes Protokoll &apos;%1&apos;. Bekannte Protokolle: %2.</translation>
    </message>
    <message>
        <source>Added %1 &apos;%2&apos; to room &apos;%3&apos; (id %4).</source>
        <translation>%1 „%2“ zu Raum „%3“ hinzugefügt (ID %4).</translation>
    </message>
</context>
<context>
    <name>tafel::cli::DiscoverCommand</name>
    <message>
        <source>Subnet to sweep, at most /22 (repeatable). Default: this PC&apos;s IPv4 subnets.</source>
        <translation>Zu durchsuchendes Subnetz, höchstens /22 (wiederholbar). Standard: die IPv4-Subnetze dieses PCs.</translation>
    </message>
    <message>
        <source>Ports and what they speak (default 4352=pjlink,1515=mdc,4450=agent).</source>
        <translation>Ports und ihr Protokoll (Standard 4352=pjlink,1515=mdc,4450=agent).</translation>
    </message>
    <message>
        <source>Do not send the PJLink search (UDP broadcast).</source>
        <translation>Die PJLink-Suche (UDP-Broadcast) nicht senden.</translation>
    </message>
    <message>
        <source>Send the PJLink search to ADDR:PORT instead of the broadcast to port 4352 (answers then come to any free local port).</source>
        <translation>Die PJLink-Suche an ADDR:PORT statt per Broadcast an Port 4352 senden (Antworten kommen dann an einem beliebigen freien lokalen Port an).</translation>
    </message>
    <message>
        <source>Connect timeout per address and port (default 700).</source>
        <translation>Zeitlimit für den Verbindungsaufbau pro Adresse und Port (Standard 700).</translation>
    </message>
    <message>
        <source>Connections at once (default 64).</source>
        <translation>Gleichzeitige Verbindungen (Standard 64).</translation>
    </message>
    <message>
        <source>Add every found device that is not in the inventory yet (needs --room).</source>
        <translation>Jedes gefundene Gerät hinzufügen, das noch nicht im Inventar ist (braucht --room).</translation>
    </message>
    <message>
        <source>With --add: the room for the new devices (id or name).</source>
        <translation>Mit --add: der Raum für die neuen Geräte (ID oder Name).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not PORT=pjlink, PORT=mdc or PORT=agent.</source>
        <translation>&apos;%1&apos; ist nicht PORT=pjlink, PORT=mdc oder PORT=agent.</translation>
    </message>
    <message>
        <source>--ports names no port.</source>
        <translation>--ports nennt keinen Port.</translation>
    </message>
    <message>
        <source>--timeout must be 20 to 60000 milliseconds.</source>
        <translation>--timeout muss 20 bis 60000 Millisekunden betragen.</translation>
    </message>
    <message>
        <source>--concurrency must be 1 to 1024.</source>
        <translation>--concurrency muss 1 bis 1024 betragen.</translation>
    </message>
    <message>
        <source>--search-to must look like 127.0.0.1:4352.</source>
        <translation>--search-to muss wie 127.0.0.1:4352 aussehen.</translation>
    </message>
    <message>
        <source>--add needs --room R.</source>
        <translation>--add braucht --room R.</translation>
    </message>
    <message>
        <source>This PC has no IPv4 network to sweep; pass --subnet CIDR.</source>
        <translation>Dieser PC hat kein IPv4-Netz zum Durchsuchen; --subnet CIDR angeben.</translation>
    </message>
    <message>
        <source>yes: %1</source>
        <translation>ja: %1</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>PROTOCOL</source>
        <translation>PROTOKOLL</translation>
    </message>
    <message>
        <source>ANSWERED</source>
        <translation>ANTWORT</translation>
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
        <translation>IM INVENTAR</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) answered (%1 connects).</source>
        <translation>
            <numerusform>%n Gerät hat geantwortet (%1 Verbindungsversuche).</numerusform>
            <numerusform>%n Geräte haben geantwortet (%1 Verbindungsversuche).</numerusform>
        </translation>
    </message>
    <message>
        <source>Find projectors, displays and agents on the network (PJLink search, port sweep)</source>
        <translation>Beamer, Displays und Agenten im Netzwerk finden (PJLink-Suche, Port-Scan)</translation>
    </message>
</context>
<context>
    <name>tafel::cli::Dispatch</name>
    <message>
        <source>Use the database file PATH (default: $TAFEL_DB, else %1).</source>
        <translation>Datenbankdatei PATH verwenden (Standard: $TAFEL_DB, sonst %1).</translation>
    </message>
    <message>
        <source>Print machine-readable JSON instead of tables.</source>
        <translation>Maschinenlesbares JSON statt Tabellen ausgeben.</translation>
    </message>
    <message>
        <source>Show help for the command.</source>
        <translation>Hilfe zum Befehl anzeigen.</translation>
    </message>
    <message>
        <source>Usage: tafelctl [--db PATH] [--json] &lt;command&gt; &lt;subcommand&gt; [options] [arguments]</source>
        <translation>Aufruf: tafelctl [--db PATH] [--json] &lt;command&gt; &lt;subcommand&gt; [options] [arguments]</translation>
    </message>
    <message>
        <source>Tafel on the command line: rooms, devices and the database of a school.</source>
        <translation>Tafel auf der Kommandozeile: Räume, Geräte und die Datenbank einer Schule.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the operation failed, 2 wrong usage.</source>
        <translation>Exit-Codes: 0 Erfolg, 1 Vorgang fehlgeschlagen, 2 falsche Verwendung.</translation>
    </message>
    <message>
        <source>Run &apos;tafelctl &lt;command&gt; --help&apos; for the subcommands of a command.</source>
        <translation>&apos;tafelctl &lt;command&gt; --help&apos; zeigt die Unterbefehle eines Befehls.</translation>
    </message>
    <message>
        <source>Usage: tafelctl %1 &lt;subcommand&gt; [options] [arguments]</source>
        <translation>Aufruf: tafelctl %1 &lt;subcommand&gt; [options] [arguments]</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Unterbefehle:</translation>
    </message>
    <message>
        <source>Run &apos;tafelctl %1 &lt;subcommand&gt; --help&apos; for the options of a subcommand.</source>
        <translation>&apos;tafelctl %1 &lt;subcommand&gt; --help&apos; zeigt die Optionen eines Unterbefehls.</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for usage.</source>
        <translation>&apos;%1 --help&apos; zeigt die Verwendung.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unbekannter Befehl &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a subcommand: %2.</source>
        <translation>&apos;%1&apos; braucht einen Unterbefehl: %2.</translation>
    </message>
    <message>
        <source>Unknown subcommand &apos;%1&apos; for &apos;%2&apos;.</source>
        <translation>Unbekannter Unterbefehl &apos;%1&apos; für &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing an argument.</source>
        <translation>Bei &apos;%1&apos; fehlt ein Argument.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Unerwartetes Argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db braucht einen Dateinamen.</translation>
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
        <translation>Die Passwortdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The password file %1 is a directory.</source>
        <translation>Die Passwortdatei %1 ist ein Verzeichnis.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Die Passwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The first line of the password file %1 is empty.</source>
        <translation>Die erste Zeile der Passwortdatei %1 ist leer.</translation>
    </message>
    <message>
        <source>--%1 must be a number of seconds greater than 0 and at most %2, not &apos;%3&apos;.</source>
        <translation>--%1 muss eine Sekundenzahl größer als 0 und höchstens %2 sein, nicht &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>Standby</translation>
    </message>
    <message>
        <source>warming up</source>
        <translation>wärmt auf</translation>
    </message>
    <message>
        <source>cooling down</source>
        <translation>kühlt ab</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Video muted</source>
        <translation>Bild stumm</translation>
    </message>
    <message>
        <source>Audio muted</source>
        <translation>Ton stumm</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Standbild</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>fan</source>
        <translation>Lüfter</translation>
    </message>
    <message>
        <source>lamp</source>
        <translation>Lampe</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>cover</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>%1 warning</source>
        <translation>%1: Warnung</translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation>%1: Fehler</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>lamp %1: %2 h, %3</source>
        <translation>Lampe %1: %2 h, %3</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Lamps</source>
        <translation>Lampen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1: this build has no driver for %2.</source>
        <translation>%1: Diese Version enthält keinen Treiber für %2.</translation>
    </message>
    <message>
        <source>The display at %1 did not finish within %2 s.</source>
        <translation>Das Display unter %1 ist nicht innerhalb von %2 s fertig geworden.</translation>
    </message>
    <message>
        <source>%1: %2: FAILED: %3</source>
        <translation>%1: %2: FEHLGESCHLAGEN: %3</translation>
    </message>
    <message>
        <source>power: %1</source>
        <translation>Betrieb: %1</translation>
    </message>
    <message>
        <source>input: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>video muted: %1, audio muted: %2</source>
        <translation>Bild stumm: %1, Ton stumm: %2</translation>
    </message>
    <message>
        <source>frozen: %1</source>
        <translation>Standbild: %1</translation>
    </message>
    <message>
        <source>volume: %1</source>
        <translation>Lautstärke: %1</translation>
    </message>
    <message>
        <source>%1: %2: done</source>
        <translation>%1: %2: erledigt</translation>
    </message>
    <message>
        <source>%1: %2: done (%3)</source>
        <translation>%1: %2: erledigt (%3)</translation>
    </message>
</context>
<context>
    <name>tafel::cli::DisplayCommand</name>
    <message>
        <source>Query and switch displays and projectors by address (PJLink, Samsung MDC)</source>
        <translation>Displays und Beamer über ihre Adresse abfragen und schalten (PJLink, Samsung MDC)</translation>
    </message>
    <message>
        <source>Show power, input, mute, errors, lamps and model of displays</source>
        <translation>Betrieb, Quelle, Stummschaltung, Fehler, Lampen und Modell der Displays anzeigen</translation>
    </message>
    <message>
        <source>Switch displays on or off</source>
        <translation>Displays ein- oder ausschalten</translation>
    </message>
    <message>
        <source>Switch displays to an input</source>
        <translation>Displays auf eine Quelle umschalten</translation>
    </message>
    <message>
        <source>Mute or unmute picture and/or sound</source>
        <translation>Bild und/oder Ton stummschalten oder wieder einschalten</translation>
    </message>
    <message>
        <source>Freeze or unfreeze the picture (PJLink class 2)</source>
        <translation>Standbild ein- oder ausschalten (PJLink Klasse 2)</translation>
    </message>
    <message>
        <source>Turn the speaker volume up or down</source>
        <translation>Lautsprecher lauter oder leiser stellen</translation>
    </message>
    <message>
        <source>Search the network for PJLink class 2 displays</source>
        <translation>Netzwerk nach Displays mit PJLink Klasse 2 durchsuchen</translation>
    </message>
    <message>
        <source>Control protocol: pjlink (default, TCP 4352) or mdc (Samsung, TCP 1515).</source>
        <translation>Steuerprotokoll: pjlink (Standard, TCP 4352) oder mdc (Samsung, TCP 1515).</translation>
    </message>
    <message>
        <source>PJLink password or MDC PIN. Visible to other users in the process list: prefer --password-file.</source>
        <translation>PJLink-Passwort oder MDC-PIN. Für andere Benutzer in der Prozessliste sichtbar: besser --password-file verwenden.</translation>
    </message>
    <message>
        <source>Read the password or PIN from the first line of file F.</source>
        <translation>Passwort oder PIN aus der ersten Zeile der Datei F lesen.</translation>
    </message>
    <message>
        <source>MDC display id, 0 to 254 (default 1).</source>
        <translation>MDC-Display-ID, 0 bis 254 (Standard 1).</translation>
    </message>
    <message>
        <source>Seconds to wait for each reply (default 5).</source>
        <translation>Sekunden, die auf jede Antwort gewartet wird (Standard 5).</translation>
    </message>
    <message>
        <source>One or more displays: HOST, HOST:PORT or [IPv6]:PORT.</source>
        <translation>Ein oder mehrere Displays: HOST, HOST:PORT oder [IPv6]:PORT.</translation>
    </message>
    <message>
        <source>Unknown protocol &apos;%1&apos;. Use pjlink or mdc.</source>
        <translation>Unbekanntes Protokoll &apos;%1&apos;. pjlink oder mdc verwenden.</translation>
    </message>
    <message>
        <source>Give either --password or --password-file, not both.</source>
        <translation>Entweder --password oder --password-file angeben, nicht beides.</translation>
    </message>
    <message>
        <source>--mdc-id only applies to --protocol mdc.</source>
        <translation>--mdc-id gilt nur für --protocol mdc.</translation>
    </message>
    <message>
        <source>--mdc-id must be a whole number from 0 to 254, not &apos;%1&apos;.</source>
        <translation>--mdc-id muss eine ganze Zahl von 0 bis 254 sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs at least one HOST.</source>
        <translation>&apos;%1&apos; braucht mindestens einen HOST.</translation>
    </message>
    <message>
        <source>%1 of %2 displays failed.</source>
        <translation>%1 von %2 Displays fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The change was made, but the audit log could not be written: %1</source>
        <translation>Die Änderung wurde ausgeführt, aber das Protokoll konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Switch on or off (standby).</source>
        <translation>Ein- oder ausschalten (Standby).</translation>
    </message>
    <message>
        <source>Wait until the displays report the new state (projectors warm up and cool down).</source>
        <translation>Warten, bis die Displays den neuen Zustand melden (Beamer wärmen auf und kühlen ab).</translation>
    </message>
    <message>
        <source>Give up waiting after S seconds (default %1).</source>
        <translation>Warten nach S Sekunden aufgeben (Standard %1).</translation>
    </message>
    <message>
        <source>Say &apos;on&apos; or &apos;off&apos;, not &apos;%1&apos;.</source>
        <translation>&apos;on&apos; oder &apos;off&apos; angeben, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--wait-timeout only applies with --wait.</source>
        <translation>--wait-timeout gilt nur zusammen mit --wait.</translation>
    </message>
    <message>
        <source>Input: PJLink code such as 31 (HDMI 1), MDC code such as 0x21 or a name such as HDMI1.</source>
        <translation>Quelle: PJLink-Code wie 31 (HDMI 1), MDC-Code wie 0x21 oder ein Name wie HDMI1.</translation>
    </message>
    <message>
        <source>The input code must not be empty.</source>
        <translation>Der Quellcode darf nicht leer sein.</translation>
    </message>
    <message>
        <source>What to mute: the picture, the sound or both.</source>
        <translation>Was stummgeschaltet wird: das Bild, der Ton oder beides.</translation>
    </message>
    <message>
        <source>Mute (on) or unmute (off).</source>
        <translation>Stummschalten (on) oder wieder einschalten (off).</translation>
    </message>
    <message>
        <source>Say &apos;video&apos;, &apos;audio&apos; or &apos;all&apos;, not &apos;%1&apos;.</source>
        <translation>&apos;video&apos;, &apos;audio&apos; oder &apos;all&apos; angeben, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Freeze (on) or unfreeze (off) the picture.</source>
        <translation>Standbild ein (on) oder aus (off).</translation>
    </message>
    <message>
        <source>Louder or quieter.</source>
        <translation>Lauter oder leiser.</translation>
    </message>
    <message>
        <source>Number of steps, 1 to 20 (default 1).</source>
        <translation>Anzahl der Stufen, 1 bis 20 (Standard 1).</translation>
    </message>
    <message>
        <source>Say &apos;up&apos; or &apos;down&apos;, not &apos;%1&apos;.</source>
        <translation>&apos;up&apos; oder &apos;down&apos; angeben, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--steps must be a whole number from 1 to 20, not &apos;%1&apos;.</source>
        <translation>--steps muss eine ganze Zahl von 1 bis 20 sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Seconds to collect answers (default 3).</source>
        <translation>Sekunden, in denen Antworten gesammelt werden (Standard 3).</translation>
    </message>
    <message>
        <source>Send the search to this IP address instead of the broadcast address 255.255.255.255.</source>
        <translation>Die Suche an diese IP-Adresse statt an die Broadcast-Adresse 255.255.255.255 senden.</translation>
    </message>
    <message>
        <source>UDP port to send the search to (default 4352).</source>
        <translation>UDP-Port, an den die Suche gesendet wird (Standard 4352).</translation>
    </message>
    <message>
        <source>UDP port to receive answers on (default 4352 for the broadcast, where displays answer; any free port with --address).</source>
        <translation>UDP-Port für den Empfang der Antworten (Standard 4352 beim Broadcast, dorthin antworten die Displays; mit --address ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>--address must be an IP address, not &apos;%1&apos;.</source>
        <translation>--address muss eine IP-Adresse sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--port must be a port number from 1 to 65535, not &apos;%1&apos;.</source>
        <translation>--port muss eine Portnummer von 1 bis 65535 sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--local-port must be a port number from 0 to 65535, not &apos;%1&apos;.</source>
        <translation>--local-port muss eine Portnummer von 0 bis 65535 sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No PJLink class 2 display answered within %1 s.</source>
        <translation>Kein Display mit PJLink Klasse 2 hat innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
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
        <translation>Unterrichtsmaterial an die Agenten eines Raums senden</translation>
    </message>
    <message>
        <source>Send a package (or a folder) to agents, relayed from agent to agent, resumable</source>
        <translation>Ein Paket (oder einen Ordner) an Agenten senden, von Agent zu Agent weitergeleitet, fortsetzbar</translation>
    </message>
    <message>
        <source>A package file from &apos;tafelctl package create&apos;, or a folder (packaged and signed on the fly).</source>
        <translation>Eine Paketdatei aus &apos;tafelctl package create&apos; oder ein Ordner (wird dabei verpackt und signiert).</translation>
    </message>
    <message>
        <source>An enrolled agent; repeat or separate with commas.</source>
        <translation>Ein registrierter Agent; mehrfach angeben oder mit Kommas trennen.</translation>
    </message>
    <message>
        <source>Every agent of this room (id or name) in the inventory.</source>
        <translation>Jeder Agent dieses Raums (ID oder Name) im Inventar.</translation>
    </message>
    <message>
        <source>Title when PATH is a folder (default: its name).</source>
        <translation>Titel, wenn PATH ein Ordner ist (Standard: sein Name).</translation>
    </message>
    <message>
        <source>Keep retrying an unreachable agent this many seconds (default 60).</source>
        <translation>So viele Sekunden lang einen nicht erreichbaren Agenten erneut versuchen (Standard 60).</translation>
    </message>
    <message>
        <source>Send to every agent directly instead of relaying (for comparison).</source>
        <translation>An jeden Agenten direkt senden statt weiterzuleiten (zum Vergleich).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST or HOST:PORT: %2</source>
        <translation>&apos;%1&apos; ist nicht HOST oder HOST:PORT: %2</translation>
    </message>
    <message>
        <source>Name the receivers with --to HOST[:PORT]... or --room ROOM (one of them).</source>
        <translation>Die Empfänger mit --to HOST[:PORT]... oder --room ROOM angeben (nur eines von beiden).</translation>
    </message>
    <message>
        <source>--give-up must be a number of seconds from 0 to 86400.</source>
        <translation>--give-up muss eine Anzahl Sekunden von 0 bis 86400 sein.</translation>
    </message>
    <message>
        <source>A key is needed: pass --key FILE or set TAFEL_KEY (create one with &apos;tafelctl keys create&apos;).</source>
        <translation>Ein Schlüssel ist nötig: --key FILE angeben oder TAFEL_KEY setzen (erstellen mit &apos;tafelctl keys create&apos;).</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Room %1 has no agents in the inventory.</source>
        <translation>Raum %1 hat keine Agenten im Inventar.</translation>
    </message>
    <message>
        <source>%1 is not enrolled. Run: tafelctl agent enroll %1</source>
        <translation>%1 ist nicht registriert. Ausführen: tafelctl agent enroll %1</translation>
    </message>
    <message>
        <source>%1/%2 verified, %3 of %4 delivered, sent %5 (%6/s)</source>
        <translation>%1/%2 geprüft, %3 von %4 zugestellt, %5 gesendet (%6/s)</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation>AGENT</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>RECEIVED</source>
        <translation>EMPFANGEN</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>Package %1 (%2): sent %3 in %4 s to %5 agents.</source>
        <translation>Paket %1 (%2): %3 in %4 s an %5 Agenten gesendet.</translation>
    </message>
</context>
<context>
    <name>tafel::cli::InventoryCommand</name>
    <message>
        <source>Import and export the school&apos;s rooms and devices as CSV</source>
        <translation>Räume und Geräte der Schule als CSV importieren und exportieren</translation>
    </message>
    <message>
        <source>Import rooms and devices from a CSV file (preview, then one transaction)</source>
        <translation>Räume und Geräte aus einer CSV-Datei importieren (Vorschau, dann eine Transaktion)</translation>
    </message>
    <message>
        <source>Export all rooms and devices as CSV or JSON</source>
        <translation>Alle Räume und Geräte als CSV oder JSON exportieren</translation>
    </message>
    <message>
        <source>CSV file (UTF-8, &apos;,&apos; or &apos;;&apos;). Columns: %1; see the README.</source>
        <translation>CSV-Datei (UTF-8, &apos;,&apos; oder &apos;;&apos;). Spalten: %1; siehe README.</translation>
    </message>
    <message>
        <source>Only show what would change; write nothing.</source>
        <translation>Nur anzeigen, was sich ändern würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>Apply the good lines even when other lines have errors (still one transaction). Without it any line error means nothing is written.</source>
        <translation>Die fehlerfreien Zeilen übernehmen, auch wenn andere Zeilen Fehler haben (weiterhin eine Transaktion). Ohne diese Option wird bei einem Fehler in einer Zeile nichts geschrieben.</translation>
    </message>
    <message>
        <source>A line naming a room that does not exist is an error instead of creating the room.</source>
        <translation>Eine Zeile mit einem nicht vorhandenen Raum ist ein Fehler, statt den Raum anzulegen.</translation>
    </message>
    <message>
        <source>Read %1 lines (delimiter &apos;%2&apos;%3).</source>
        <translation>%1 Zeilen gelesen (Trennzeichen &apos;%2&apos;%3).</translation>
    </message>
    <message>
        <source>, UTF-8 with BOM</source>
        <translation>, UTF-8 mit BOM</translation>
    </message>
    <message>
        <source>Rooms:   %1 to add, %2 to change, %3 unchanged</source>
        <translation>Räume:  %1 neu, %2 zu ändern, %3 unverändert</translation>
    </message>
    <message>
        <source>Devices: %1 to add, %2 to change, %3 unchanged</source>
        <translation>Geräte: %1 neu, %2 zu ändern, %3 unverändert</translation>
    </message>
    <message>
        <source>  + room &apos;%1&apos; (line %2)</source>
        <translation>  + Raum &apos;%1&apos; (Zeile %2)</translation>
    </message>
    <message>
        <source>building &apos;%1&apos; -&gt; &apos;%2&apos;</source>
        <translation>Gebäude &apos;%1&apos; -&gt; &apos;%2&apos;</translation>
    </message>
    <message>
        <source>floor &apos;%1&apos; -&gt; &apos;%2&apos;</source>
        <translation>Etage &apos;%1&apos; -&gt; &apos;%2&apos;</translation>
    </message>
    <message>
        <source>capacity %1 -&gt; %2</source>
        <translation>Plätze %1 -&gt; %2</translation>
    </message>
    <message>
        <source>  ~ room &apos;%1&apos;: %2 (line %3)</source>
        <translation>  ~ Raum &apos;%1&apos;: %2 (Zeile %3)</translation>
    </message>
    <message>
        <source>  + device &apos;%1&apos; in &apos;%2&apos; (%3) (line %4)</source>
        <translation>  + Gerät &apos;%1&apos; in &apos;%2&apos; (%3) (Zeile %4)</translation>
    </message>
    <message>
        <source>  ~ device &apos;%1&apos; in &apos;%2&apos;: %3 (line %4)</source>
        <translation>  ~ Gerät &apos;%1&apos; in &apos;%2&apos;: %3 (Zeile %4)</translation>
    </message>
    <message numerus="yes">
        <source>Errors (%n line(s)):</source>
        <translation>
            <numerusform>Fehler (%n Zeile):</numerusform>
            <numerusform>Fehler (%n Zeilen):</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large for an inventory file.</source>
        <translation>&apos;%1&apos; ist zu groß für eine Inventardatei.</translation>
    </message>
    <message>
        <source>The file cannot be imported; nothing was written.</source>
        <translation>Die Datei kann nicht importiert werden; es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) have errors; nothing was written. Fix them or pass --skip-bad-lines.</source>
        <translation>
            <numerusform>%n Zeile hat Fehler; es wurde nichts geschrieben. Korrigieren Sie sie oder verwenden Sie --skip-bad-lines.</numerusform>
            <numerusform>%n Zeilen haben Fehler; es wurde nichts geschrieben. Korrigieren Sie sie oder verwenden Sie --skip-bad-lines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Applied in one transaction.</source>
        <translation>In einer Transaktion übernommen.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message numerus="yes">
        <source>tafelctl: skipped %n bad line(s).</source>
        <translation>
            <numerusform>tafelctl: %n fehlerhafte Zeile übersprungen.</numerusform>
            <numerusform>tafelctl: %n fehlerhafte Zeilen übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv (Standard) oder json.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In FILE statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>CSV delimiter: &apos;,&apos; (default) or &apos;;&apos; (for a German Excel).</source>
        <translation>CSV-Trennzeichen: &apos;,&apos; (Standard) oder &apos;;&apos; (für ein deutsches Excel).</translation>
    </message>
    <message>
        <source>--format must be csv or json, not &apos;%1&apos;.</source>
        <translation>--format muss csv oder json sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--delimiter must be &apos;,&apos; or &apos;;&apos;, not &apos;%1&apos;.</source>
        <translation>--delimiter muss &apos;,&apos; oder &apos;;&apos; sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported %1 rooms and %2 devices to &apos;%3&apos;.</source>
        <translation>%1 Räume und %2 Geräte nach &apos;%3&apos; exportiert.</translation>
    </message>
</context>
<context>
    <name>tafel::cli::InventoryEditCommand</name>
    <message>
        <source>Room id or name.</source>
        <translation>Raum-ID oder -Name.</translation>
    </message>
    <message>
        <source>New name (unique in the school).</source>
        <translation>Neuer Name (in der Schule eindeutig).</translation>
    </message>
    <message>
        <source>Building the room is in.</source>
        <translation>Gebäude, in dem der Raum liegt.</translation>
    </message>
    <message>
        <source>Floor the room is on.</source>
        <translation>Etage, auf der der Raum liegt.</translation>
    </message>
    <message>
        <source>Number of seats.</source>
        <translation>Anzahl der Plätze.</translation>
    </message>
    <message>
        <source>--capacity must be a whole number of 0 or more, not &apos;%1&apos;.</source>
        <translation>--capacity muss eine ganze Zahl ab 0 sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The room name must not be empty.</source>
        <translation>Der Raumname darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Changed room &apos;%1&apos;.</source>
        <translation>Raum &apos;%1&apos; geändert.</translation>
    </message>
    <message>
        <source>Also remove the room&apos;s devices (needed when it has any).</source>
        <translation>Auch die Geräte des Raums entfernen (nötig, wenn er welche hat).</translation>
    </message>
    <message numerus="yes">
        <source>Room &apos;%1&apos; has %n device(s); they would be removed with it. Add --force to do that.</source>
        <translation>
            <numerusform>Raum &apos;%1&apos; hat %n Gerät; es würde mit dem Raum entfernt. Fügen Sie dafür --force hinzu.</numerusform>
            <numerusform>Raum &apos;%1&apos; hat %n Geräte; sie würden mit dem Raum entfernt. Fügen Sie dafür --force hinzu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed room &apos;%1&apos; and %n device(s).</source>
        <translation>
            <numerusform>Raum &apos;%1&apos; und %n Gerät entfernt.</numerusform>
            <numerusform>Raum &apos;%1&apos; und %n Geräte entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Device id or name.</source>
        <translation>Geräte-ID oder -Name.</translation>
    </message>
    <message>
        <source>Room of the device (id or name), when several devices share the name. To move a device use &apos;tafelctl devices move&apos;.</source>
        <translation>Raum des Geräts (ID oder Name), wenn mehrere Geräte denselben Namen haben. Zum Verschieben eines Geräts &apos;tafelctl devices move&apos; verwenden.</translation>
    </message>
    <message>
        <source>New name.</source>
        <translation>Neuer Name.</translation>
    </message>
    <message>
        <source>Kind of device: %1.</source>
        <translation>Gerätetyp: %1.</translation>
    </message>
    <message>
        <source>Host name or IP address, optionally with :PORT.</source>
        <translation>Hostname oder IP-Adresse, optional mit :PORT.</translation>
    </message>
    <message>
        <source>Port (0 = the protocol&apos;s default).</source>
        <translation>Port (0 = Standardport des Protokolls).</translation>
    </message>
    <message>
        <source>MAC address; an empty value removes it.</source>
        <translation>MAC-Adresse; ein leerer Wert entfernt sie.</translation>
    </message>
    <message>
        <source>Control protocol: %1; an empty value means reachability only.</source>
        <translation>Steuerprotokoll: %1; ein leerer Wert bedeutet nur Erreichbarkeit.</translation>
    </message>
    <message>
        <source>Whether a Tafel agent runs on the device: yes or no.</source>
        <translation>Ob ein Tafel-Agent auf dem Gerät läuft: yes oder no.</translation>
    </message>
    <message>
        <source>Unknown device kind &apos;%1&apos;. Known kinds: %2.</source>
        <translation>Unbekannter Gerätetyp &apos;%1&apos;. Bekannte Typen: %2.</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535, not &apos;%1&apos;.</source>
        <translation>--port muss eine Zahl von 0 bis 65535 sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown protocol &apos;%1&apos;. Known protocols: %2.</source>
        <translation>Unbekanntes Protokoll &apos;%1&apos;. Bekannte Protokolle: %2.</translation>
    </message>
    <message>
        <source>--agent must be yes or no, not &apos;%1&apos;.</source>
        <translation>--agent muss yes oder no sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The device name must not be empty.</source>
        <translation>Der Gerätename darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Changed device &apos;%1&apos;.</source>
        <translation>Gerät &apos;%1&apos; geändert.</translation>
    </message>
    <message>
        <source>The room to move it to (id or name).</source>
        <translation>Der Zielraum (ID oder Name).</translation>
    </message>
    <message>
        <source>The device&apos;s current room (id or name), when several devices share the name.</source>
        <translation>Der aktuelle Raum des Geräts (ID oder Name), wenn mehrere Geräte denselben Namen haben.</translation>
    </message>
    <message>
        <source>Moved &apos;%1&apos; from &apos;%2&apos; to &apos;%3&apos;.</source>
        <translation>&apos;%1&apos; von &apos;%2&apos; nach &apos;%3&apos; verschoben.</translation>
    </message>
    <message>
        <source>Room of the device (id or name), when several devices share the name.</source>
        <translation>Raum des Geräts (ID oder Name), wenn mehrere Geräte denselben Namen haben.</translation>
    </message>
    <message>
        <source>Removed device &apos;%1&apos; from room &apos;%2&apos;.</source>
        <translation>Gerät &apos;%1&apos; aus Raum &apos;%2&apos; entfernt.</translation>
    </message>
    <message>
        <source>Change a room&apos;s name, building, floor or capacity</source>
        <translation>Name, Gebäude, Etage oder Plätze eines Raums ändern</translation>
    </message>
    <message>
        <source>Remove a room (with its devices: --force)</source>
        <translation>Einen Raum entfernen (mit seinen Geräten: --force)</translation>
    </message>
    <message>
        <source>Change a device&apos;s name, kind, host, port, MAC, protocol or agent flag</source>
        <translation>Name, Typ, Host, Port, MAC, Protokoll oder Agent-Kennzeichen eines Geräts ändern</translation>
    </message>
    <message>
        <source>Move a device to another room</source>
        <translation>Ein Gerät in einen anderen Raum verschieben</translation>
    </message>
    <message>
        <source>Remove a device (and its stored password)</source>
        <translation>Ein Gerät entfernen (und sein gespeichertes Passwort)</translation>
    </message>
</context>
<context>
    <name>tafel::cli::KeysCommand</name>
    <message>
        <source>Keys for the agents&apos; LAN protocol</source>
        <translation>Schlüssel für das LAN-Protokoll der Agenten</translation>
    </message>
    <message>
        <source>Create an Ed25519 key pair for a teacher or admin</source>
        <translation>Ed25519-Schlüsselpaar für eine Lehrkraft oder die Administration erstellen</translation>
    </message>
    <message>
        <source>Role the agents grant this key: teacher or admin.</source>
        <translation>Rolle, die die Agenten diesem Schlüssel gewähren: teacher oder admin.</translation>
    </message>
    <message>
        <source>Directory to write tafel-&lt;role&gt;.pem (private, 0600) and tafel-&lt;role&gt;.pub into.</source>
        <translation>Verzeichnis, in das tafel-&lt;role&gt;.pem (privat, 0600) und tafel-&lt;role&gt;.pub geschrieben werden.</translation>
    </message>
    <message>
        <source>Comment stored with the public key, e.g. the person or PC (default: the role).</source>
        <translation>Kommentar zum öffentlichen Schlüssel, z. B. die Person oder der PC (Standard: die Rolle).</translation>
    </message>
    <message>
        <source>--role must be &apos;teacher&apos; or &apos;admin&apos;.</source>
        <translation>--role muss &apos;teacher&apos; oder &apos;admin&apos; sein.</translation>
    </message>
    <message>
        <source>--out DIR is required: the directory for the new key files.</source>
        <translation>--out DIR ist erforderlich: das Verzeichnis für die neuen Schlüsseldateien.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another --out directory; an existing key is never overwritten.</source>
        <translation>%1 existiert bereits. Ein anderes Verzeichnis für --out wählen; ein vorhandener Schlüssel wird nie überschrieben.</translation>
    </message>
    <message>
        <source>Created %1 key %2:</source>
        <translation>%1-Schlüssel %2 erstellt:</translation>
    </message>
    <message>
        <source>(private, keep it secret; mode 0600)</source>
        <translation>(privat, geheim halten; Modus 0600)</translation>
    </message>
    <message>
        <source>To let an agent accept this key, append this line to its trusted-keys file (&lt;DataDir&gt;/trusted-keys):</source>
        <translation>Damit ein Agent diesen Schlüssel akzeptiert, diese Zeile an seine Datei der vertrauenswürdigen Schlüssel (&lt;DataDir&gt;/trusted-keys) anhängen:</translation>
    </message>
    <message>
        <source>Then use it with: tafelctl agent status HOST --key %1</source>
        <translation>Danach verwenden mit: tafelctl agent status HOST --key %1</translation>
    </message>
    <message>
        <source>List the school&apos;s teacher and admin keys (revoked ones too)</source>
        <translation>Die Lehrkräfte- und Admin-Schlüssel der Schule auflisten (auch widerrufene)</translation>
    </message>
    <message>
        <source>Revoke a key: agents refuse it after the next &apos;config push&apos;</source>
        <translation>Einen Schlüssel widerrufen: Die Agenten lehnen ihn nach dem nächsten &apos;config push&apos; ab</translation>
    </message>
    <message>
        <source>The key id (or a unique beginning of it).</source>
        <translation>Die Schlüssel-ID (oder ein eindeutiger Anfang davon).</translation>
    </message>
    <message>
        <source>Add an existing public key (.pub file) to the school&apos;s keys</source>
        <translation>Einen vorhandenen öffentlichen Schlüssel (.pub-Datei) zu den Schlüsseln der Schule hinzufügen</translation>
    </message>
    <message>
        <source>The key&apos;s .pub file (ROLE BASE64-KEY [COMMENT]).</source>
        <translation>Die .pub-Datei des Schlüssels (ROLE BASE64-KEY [COMMENT]).</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>widerrufen am %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>KEY ID</source>
        <translation>SCHLÜSSEL-ID</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>COMMENT</source>
        <translation>KOMMENTAR</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Revoked %1 key %2 (%3). The agents refuse it after the next &apos;tafelctl config push&apos;.</source>
        <translation>Schlüssel %2 (%1, %3) widerrufen. Die Agenten lehnen ihn nach dem nächsten &apos;tafelctl config push&apos; ab.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Added %1 key %2 (%3) to the school&apos;s keys.</source>
        <translation>Schlüssel %2 (%1, %3) zu den Schlüsseln der Schule hinzugefügt.</translation>
    </message>
    <message>
        <source>or push it to every room agent with: tafelctl config push --key ADMIN-KEY</source>
        <translation>oder an jeden Raum-Agenten übertragen mit: tafelctl config push --key ADMIN-KEY</translation>
    </message>
</context>
<context>
    <name>tafel::cli::MonitorCommand</name>
    <message>
        <source>Probe devices, measure broadband, read probe history</source>
        <translation>Geräte prüfen, Breitband messen, Messverlauf lesen</translation>
    </message>
    <message>
        <source>Probe targets: icmp://host, tcp://host:port, http(s)://...</source>
        <translation>Messziele: icmp://host, tcp://host:port, http(s)://...</translation>
    </message>
    <message>
        <source>Measure throughput and latency with iperf3 or a LibreSpeed server</source>
        <translation>Durchsatz und Latenz mit iperf3 oder einem LibreSpeed-Server messen</translation>
    </message>
    <message>
        <source>Probe history of a device or room from the agent&apos;s history file</source>
        <translation>Messverlauf eines Geräts oder Raums aus der Verlaufsdatei des Agenten</translation>
    </message>
    <message>
        <source>icmp://host, tcp://host:port, http://... or https://... (several allowed)</source>
        <translation>icmp://host, tcp://host:port, http://... oder https://... (mehrere erlaubt)</translation>
    </message>
    <message>
        <source>Probes per target (default 1).</source>
        <translation>Messungen pro Ziel (Standard 1).</translation>
    </message>
    <message>
        <source>Timeout per probe in milliseconds (default 2000).</source>
        <translation>Zeitlimit pro Messung in Millisekunden (Standard 2000).</translation>
    </message>
    <message>
        <source>--count must be a number from 1 to 1000.</source>
        <translation>--count muss eine Zahl von 1 bis 1000 sein.</translation>
    </message>
    <message>
        <source>--timeout must be 1 to 60000 milliseconds.</source>
        <translation>--timeout muss 1 bis 60000 Millisekunden betragen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: display and heartbeat probes run in the agent.</source>
        <translation>&apos;%1&apos;: Display- und Heartbeat-Messungen laufen im Agenten.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
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
        <translation>iperf3-Server (Standardport 5201).</translation>
    </message>
    <message>
        <source>LibreSpeed backend URL, e.g. http://speed.example/backend/.</source>
        <translation>LibreSpeed-Backend-URL, z. B. http://speed.example/backend/.</translation>
    </message>
    <message>
        <source>Seconds per direction, warm-up excluded (default 10).</source>
        <translation>Sekunden pro Richtung, ohne Aufwärmphase (Standard 10).</translation>
    </message>
    <message>
        <source>Parallel connections (default 4 for iperf3, 3 for HTTP).</source>
        <translation>Parallele Verbindungen (Standard 4 für iperf3, 3 für HTTP).</translation>
    </message>
    <message>
        <source>iperf3: download (the server sends) instead of upload.</source>
        <translation>iperf3: Download (der Server sendet) statt Upload.</translation>
    </message>
    <message>
        <source>Give exactly one of --iperf3 HOST[:PORT] and --http URL.</source>
        <translation>Genau eines von --iperf3 HOST[:PORT] und --http URL angeben.</translation>
    </message>
    <message>
        <source>--duration must be 1 to 600 seconds.</source>
        <translation>--duration muss 1 bis 600 Sekunden betragen.</translation>
    </message>
    <message>
        <source>--streams must be 1 to %1.</source>
        <translation>--streams muss 1 bis %1 sein.</translation>
    </message>
    <message>
        <source>--http needs an http:// or https:// URL.</source>
        <translation>--http braucht eine http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>The measurement did not finish.</source>
        <translation>Die Messung wurde nicht abgeschlossen.</translation>
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
        <translation>RTT Leerlauf ms</translation>
    </message>
    <message>
        <source>RTT loaded ms</source>
        <translation>RTT Last ms</translation>
    </message>
    <message>
        <source>Jitter ms</source>
        <translation>Jitter ms</translation>
    </message>
    <message>
        <source>Loss %</source>
        <translation>Verlust %</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Streams</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Latency was measured with TCP connects (no ICMP permission).</source>
        <translation>Die Latenz wurde mit TCP-Verbindungen gemessen (keine ICMP-Berechtigung).</translation>
    </message>
    <message>
        <source>A device id or a room name</source>
        <translation>Eine Geräte-ID oder ein Raumname</translation>
    </message>
    <message>
        <source>Start: an ISO date/time or a span like 24h, 7d (default 24h).</source>
        <translation>Beginn: ein ISO-Datum/eine ISO-Uhrzeit oder eine Spanne wie 24h, 7d (Standard 24h).</translation>
    </message>
    <message>
        <source>The agent&apos;s history file (default: %1).</source>
        <translation>Die Verlaufsdatei des Agenten (Standard: %1).</translation>
    </message>
    <message>
        <source>Ask the room&apos;s agent (history.query) instead of reading a file; it must be enrolled.</source>
        <translation>Den Agenten des Raums fragen (history.query), statt eine Datei zu lesen; er muss registriert sein.</translation>
    </message>
    <message>
        <source>Private key file for --agent (from &apos;tafelctl keys create&apos;); default $TAFEL_KEY.</source>
        <translation>Private Schlüsseldatei für --agent (aus &apos;tafelctl keys create&apos;); Standard $TAFEL_KEY.</translation>
    </message>
    <message>
        <source>raw, minute or hour (default: minute up to 2 days, else hour).</source>
        <translation>raw, minute oder hour (Standard: minute bis 2 Tage, sonst hour).</translation>
    </message>
    <message>
        <source>--agent needs a client key: pass --key FILE or set TAFEL_KEY.</source>
        <translation>--agent braucht einen Client-Schlüssel: --key FILE übergeben oder TAFEL_KEY setzen.</translation>
    </message>
    <message>
        <source>%1 is not enrolled. Run: tafelctl agent enroll %1</source>
        <translation>%1 ist nicht registriert. Ausführen: tafelctl agent enroll %1</translation>
    </message>
    <message>
        <source>--since must be an ISO date/time or a span like 30m, 24h, 7d.</source>
        <translation>--since muss ein ISO-Datum/eine ISO-Uhrzeit oder eine Spanne wie 30m, 24h, 7d sein.</translation>
    </message>
    <message>
        <source>--resolution must be raw, minute or hour.</source>
        <translation>--resolution muss raw, minute oder hour sein.</translation>
    </message>
    <message>
        <source>--resolution raw needs --agent.</source>
        <translation>--resolution raw braucht --agent.</translation>
    </message>
    <message>
        <source>No history file at %1 (use --history FILE or --agent HOST).</source>
        <translation>Keine Verlaufsdatei unter %1 (--history FILE oder --agent HOST verwenden).</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Probes</source>
        <translation>Messungen</translation>
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
        <translation>Unterrichtsmaterial-Pakete: signierte Paketdateien erstellen und prüfen</translation>
    </message>
    <message>
        <source>Make one signed package file from a folder</source>
        <translation>Eine signierte Paketdatei aus einem Ordner erstellen</translation>
    </message>
    <message>
        <source>Print a package file&apos;s manifest and verify every chunk</source>
        <translation>Das Manifest einer Paketdatei ausgeben und jeden Block prüfen</translation>
    </message>
    <message>
        <source>The folder to package (regular files only; symlinks and special files are refused).</source>
        <translation>Der zu verpackende Ordner (nur normale Dateien; symbolische Links und Spezialdateien werden abgelehnt).</translation>
    </message>
    <message>
        <source>The sender&apos;s private key (PEM, from &apos;tafelctl keys create&apos;).</source>
        <translation>Der private Schlüssel des Absenders (PEM, aus &apos;tafelctl keys create&apos;).</translation>
    </message>
    <message>
        <source>The package file to write (replaced atomically).</source>
        <translation>Die zu schreibende Paketdatei (wird atomar ersetzt).</translation>
    </message>
    <message>
        <source>Title receivers see (default: the folder&apos;s name).</source>
        <translation>Titel, den die Empfänger sehen (Standard: der Name des Ordners).</translation>
    </message>
    <message>
        <source>A package file from &apos;tafelctl package create&apos;.</source>
        <translation>Eine Paketdatei aus &apos;tafelctl package create&apos;.</translation>
    </message>
    <message>
        <source>Only check the manifest&apos;s signature; do not read and hash the data.</source>
        <translation>Nur die Signatur des Manifests prüfen; die Daten nicht lesen und hashen.</translation>
    </message>
    <message>
        <source>--key KEY is required: the sender&apos;s private key file.</source>
        <translation>--key KEY ist erforderlich: die private Schlüsseldatei des Absenders.</translation>
    </message>
    <message>
        <source>--out FILE is required: where to write the package.</source>
        <translation>--out FILE ist erforderlich: wohin das Paket geschrieben wird.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message numerus="yes">
        <source>Created package %1 &quot;%2&quot;: %n file(s), %3 in %4 chunks, signed by key %5.</source>
        <translation>
            <numerusform>Paket %1 &quot;%2&quot; erstellt: %n Datei, %3 in %4 Blöcken, signiert mit Schlüssel %5.</numerusform>
            <numerusform>Paket %1 &quot;%2&quot; erstellt: %n Dateien, %3 in %4 Blöcken, signiert mit Schlüssel %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Package %1 &quot;%2&quot;</source>
        <translation>Paket %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>  created %1, signed by key %2 (signature valid)</source>
        <translation>  erstellt %1, signiert mit Schlüssel %2 (Signatur gültig)</translation>
    </message>
    <message numerus="yes">
        <source>  %n file(s), %1 in %2 chunks</source>
        <translation>
            <numerusform>  %n Datei, %1 in %2 Blöcken</numerusform>
            <numerusform>  %n Dateien, %1 in %2 Blöcken</numerusform>
        </translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>CHUNK</source>
        <translation>BLOCK</translation>
    </message>
    <message>
        <source>CHUNKS</source>
        <translation>BLÖCKE</translation>
    </message>
    <message>
        <source>Every chunk matches its SHA-256.</source>
        <translation>Jeder Block stimmt mit seinem SHA-256 überein.</translation>
    </message>
    <message>
        <source>Data not verified (--no-verify).</source>
        <translation>Daten nicht geprüft (--no-verify).</translation>
    </message>
</context>
<context>
    <name>tafel::cli::ProvisionCommand</name>
    <message>
        <source>Unattended installation: make, check and apply provision.json</source>
        <translation>Unbeaufsichtigte Installation: provision.json erstellen, prüfen und anwenden</translation>
    </message>
    <message>
        <source>Write provision.json for a room (or one per room) from the store</source>
        <translation>provision.json für einen Raum (oder je Raum eine) aus der Datenbank schreiben</translation>
    </message>
    <message>
        <source>Check a provision.json and list every problem with its JSON path</source>
        <translation>Eine provision.json prüfen und jedes Problem mit seinem JSON-Pfad auflisten</translation>
    </message>
    <message>
        <source>The provisioning file.</source>
        <translation>Die Provisionierungsdatei.</translation>
    </message>
    <message>
        <source>Validate a provision.json and write the agent&apos;s configuration from it</source>
        <translation>Eine provision.json prüfen und daraus die Konfiguration des Agenten schreiben</translation>
    </message>
    <message>
        <source>Directory to write into: DIR/provision.json with --room, else DIR/&lt;room&gt;/provision.json per room.</source>
        <translation>Zielverzeichnis: DIR/provision.json mit --room, sonst DIR/&lt;room&gt;/provision.json je Raum.</translation>
    </message>
    <message>
        <source>Room id or name (default: every room of the store).</source>
        <translation>Raum-ID oder -Name (Standard: jeder Raum der Datenbank).</translation>
    </message>
    <message>
        <source>Machine role: teacher-pc (default), display-pc, student or server.</source>
        <translation>Rolle des Rechners: teacher-pc (Standard), display-pc, student oder server.</translation>
    </message>
    <message>
        <source>School id (A-Z a-z 0-9 . _ -), e.g. the city&apos;s school number.</source>
        <translation>Schulkennung (A-Z a-z 0-9 . _ -), z. B. die Schulnummer der Stadt.</translation>
    </message>
    <message>
        <source>A public key file from &apos;tafelctl keys create&apos; (*.pub, trusted-keys lines); repeatable.</source>
        <translation>Eine öffentliche Schlüsseldatei aus &apos;tafelctl keys create&apos; (*.pub, trusted-keys-Zeilen); wiederholbar.</translation>
    </message>
    <message>
        <source>A JSON file with the reporting sinks, copied into the bundle as it is.</source>
        <translation>Eine JSON-Datei mit den Berichtszielen, unverändert ins Paket kopiert.</translation>
    </message>
    <message>
        <source>Admin user whose password hash goes into the bundle (default: the only admin).</source>
        <translation>Admin-Benutzer, dessen Passwort-Hash ins Paket kommt (Standard: der einzige Admin).</translation>
    </message>
    <message>
        <source>Leave the admin password hash out.</source>
        <translation>Den Hash des Admin-Passworts weglassen.</translation>
    </message>
    <message>
        <source>The agents&apos; listen address ADDR:PORT (default: the agent&apos;s, 0.0.0.0:4450).</source>
        <translation>Die Lauschadresse ADDR:PORT der Agenten (Standard: die des Agenten, 0.0.0.0:4450).</translation>
    </message>
    <message>
        <source>The provisioning file, e.g. /etc/tafel/provision.json.</source>
        <translation>Die Provisionierungsdatei, z. B. /etc/tafel/provision.json.</translation>
    </message>
    <message>
        <source>Where agent.ini and trusted-keys go (default /etc/tafel).</source>
        <translation>Wohin agent.ini und trusted-keys kommen (Standard /etc/tafel).</translation>
    </message>
    <message>
        <source>The agent&apos;s data directory written into agent.ini (default /var/lib/tafel-agent).</source>
        <translation>Das Datenverzeichnis des Agenten, das in agent.ini eingetragen wird (Standard /var/lib/tafel-agent).</translation>
    </message>
    <message>
        <source>The trusted-keys path agent.ini names (default: &lt;config-dir&gt;/trusted-keys).</source>
        <translation>Der trusted-keys-Pfad, den agent.ini nennt (Standard: &lt;config-dir&gt;/trusted-keys).</translation>
    </message>
    <message>
        <source>Manage the screen helper&apos;s autostart entry here (e.g. /etc/xdg/autostart): written for display-pc, removed otherwise.</source>
        <translation>Den Autostart-Eintrag des Bildschirm-Helfers hier verwalten (z. B. /etc/xdg/autostart): für display-pc geschrieben, sonst entfernt.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not valid (%n problem(s)); nothing was changed.</source>
        <translation>
            <numerusform>%1 ist nicht gültig (%n Problem); nichts wurde geändert.</numerusform>
            <numerusform>%1 ist nicht gültig (%n Probleme); nichts wurde geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is valid: school %2, room %3, role %4, %n trusted key(s).</source>
        <translation>
            <numerusform>%1 ist gültig: Schule %2, Raum %3, Rolle %4, %n vertrauenswürdiger Schlüssel.</numerusform>
            <numerusform>%1 ist gültig: Schule %2, Raum %3, Rolle %4, %n vertrauenswürdige Schlüssel.</numerusform>
        </translation>
    </message>
    <message>
        <source>--config-dir and --data-dir must not be empty.</source>
        <translation>--config-dir und --data-dir dürfen nicht leer sein.</translation>
    </message>
    <message>
        <source>Applied %1 (school %2, room %3, role %4):</source>
        <translation>%1 angewendet (Schule %2, Raum %3, Rolle %4):</translation>
    </message>
    <message>
        <source>--out DIR is required.</source>
        <translation>--out DIR ist erforderlich.</translation>
    </message>
    <message>
        <source>--school ID is required.</source>
        <translation>--school ID ist erforderlich.</translation>
    </message>
    <message>
        <source>--role must be teacher-pc, display-pc, student or server.</source>
        <translation>--role muss teacher-pc, display-pc, student oder server sein.</translation>
    </message>
    <message>
        <source>tafelctl: warning: no --key given; the agents will refuse every client until keys are added.</source>
        <translation>tafelctl: Warnung: kein --key angegeben; die Agenten lehnen jeden Client ab, bis Schlüssel hinzugefügt werden.</translation>
    </message>
    <message>
        <source>%1 must hold a JSON object (the reporting sinks).</source>
        <translation>%1 muss ein JSON-Objekt enthalten (die Berichtsziele).</translation>
    </message>
    <message>
        <source>No admin user named %1 in the store.</source>
        <translation>Kein Admin-Benutzer namens %1 in der Datenbank.</translation>
    </message>
    <message>
        <source>The store has no admin user; set one in the GUI or pass --no-admin-hash.</source>
        <translation>Die Datenbank hat keinen Admin-Benutzer; einen in der Oberfläche festlegen oder --no-admin-hash übergeben.</translation>
    </message>
    <message>
        <source>The store has several admins; choose one with --admin NAME.</source>
        <translation>Die Datenbank hat mehrere Admins; einen mit --admin NAME auswählen.</translation>
    </message>
    <message>
        <source>The store has no rooms; add one with &apos;tafelctl rooms add&apos; or pass --room.</source>
        <translation>Die Datenbank hat keine Räume; einen mit &apos;tafelctl rooms add&apos; hinzufügen oder --room übergeben.</translation>
    </message>
    <message>
        <source>The bundle for room %1 would not be valid: %2</source>
        <translation>Das Paket für Raum %1 wäre nicht gültig: %2</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>tafel::cli::ReportCommand</name>
    <message>
        <source>Health reports to the city&apos;s monitoring (Pushgateway, OTLP)</source>
        <translation>Zustandsberichte an die Überwachung der Stadt (Pushgateway, OTLP)</translation>
    </message>
    <message>
        <source>Print a queued report as it would be sent</source>
        <translation>Einen Bericht aus dem Postausgang so ausgeben, wie er gesendet würde</translation>
    </message>
    <message>
        <source>Send the queued reports to a sink now</source>
        <translation>Die Berichte im Postausgang jetzt an ein Ziel senden</translation>
    </message>
    <message>
        <source>Show the agent&apos;s report outbox</source>
        <translation>Den Berichts-Postausgang des Agenten anzeigen</translation>
    </message>
    <message>
        <source>The agent&apos;s database (default: %1).</source>
        <translation>Die Datenbank des Agenten (Standard: %1).</translation>
    </message>
    <message>
        <source>prometheus (text format 0.0.4, default) or otlp (OTLP/HTTP JSON).</source>
        <translation>prometheus (Textformat 0.0.4, Standard) oder otlp (OTLP/HTTP JSON).</translation>
    </message>
    <message>
        <source>The report&apos;s idempotency key (default: the newest report).</source>
        <translation>Der Idempotenzschlüssel des Berichts (Standard: der neueste Bericht).</translation>
    </message>
    <message>
        <source>The sink whose queued reports to send (default: the --kind).</source>
        <translation>Das Ziel, dessen Berichte aus dem Postausgang gesendet werden (Standard: die --kind).</translation>
    </message>
    <message>
        <source>The sink&apos;s base URL, e.g. https://push.example:9091.</source>
        <translation>Die Basis-URL des Ziels, z. B. https://push.example:9091.</translation>
    </message>
    <message>
        <source>pushgateway (default) or otlp.</source>
        <translation>pushgateway (Standard) oder otlp.</translation>
    </message>
    <message>
        <source>Bearer token.</source>
        <translation>Bearer-Token.</translation>
    </message>
    <message>
        <source>CA certificate (PEM) instead of the system trust store.</source>
        <translation>CA-Zertifikat (PEM) statt des Zertifikatspeichers des Systems.</translation>
    </message>
    <message>
        <source>Client certificate (PEM) for mutual TLS.</source>
        <translation>Client-Zertifikat (PEM) für gegenseitiges TLS.</translation>
    </message>
    <message>
        <source>Client key (PEM) for mutual TLS.</source>
        <translation>Client-Schlüssel (PEM) für gegenseitiges TLS.</translation>
    </message>
    <message>
        <source>No agent database at %1 (use --agent-db FILE).</source>
        <translation>Keine Agent-Datenbank unter %1 (--agent-db FILE verwenden).</translation>
    </message>
    <message>
        <source>--format must be prometheus or otlp.</source>
        <translation>--format muss prometheus oder otlp sein.</translation>
    </message>
    <message>
        <source>No queued report %1.</source>
        <translation>Kein Bericht %1 im Postausgang.</translation>
    </message>
    <message>
        <source>The outbox is empty: every report has been sent.</source>
        <translation>Der Postausgang ist leer: Jeder Bericht wurde gesendet.</translation>
    </message>
    <message>
        <source>--kind must be pushgateway or otlp.</source>
        <translation>--kind muss pushgateway oder otlp sein.</translation>
    </message>
    <message>
        <source>--url is required.</source>
        <translation>--url ist erforderlich.</translation>
    </message>
    <message>
        <source>Sink</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Still queued</source>
        <translation>Noch im Postausgang</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Im Postausgang</translation>
    </message>
    <message>
        <source>Dropped (full)</source>
        <translation>Verworfen (voll)</translation>
    </message>
    <message>
        <source>Refused by a server</source>
        <translation>Von einem Server abgelehnt</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Ältester</translation>
    </message>
</context>
<context>
    <name>tafel::cli::RoomCommand</name>
    <message>
        <source>Switch and query all displays of a room at once</source>
        <translation>Alle Displays eines Raums auf einmal schalten und abfragen</translation>
    </message>
    <message>
        <source>Switch every display of a room on or off</source>
        <translation>Jedes Display eines Raums ein- oder ausschalten</translation>
    </message>
    <message>
        <source>Switch every display of a room to an input</source>
        <translation>Jedes Display eines Raums auf eine Quelle umschalten</translation>
    </message>
    <message>
        <source>Mute or unmute picture or sound of every display of a room</source>
        <translation>Bild oder Ton jedes Displays eines Raums stummschalten oder wieder einschalten</translation>
    </message>
    <message>
        <source>Freeze or unfreeze the picture of every display of a room</source>
        <translation>Standbild jedes Displays eines Raums ein- oder ausschalten</translation>
    </message>
    <message>
        <source>Show the state of every display of a room</source>
        <translation>Den Zustand jedes Displays eines Raums anzeigen</translation>
    </message>
    <message>
        <source>Room name or id.</source>
        <translation>Raumname oder -ID.</translation>
    </message>
    <message>
        <source>Seconds to wait for each reply (default 5).</source>
        <translation>Sekunden, die auf jede Antwort gewartet wird (Standard 5).</translation>
    </message>
    <message>
        <source>Room &apos;%1&apos; has no displays to control. Add one with: tafelctl devices add --room &apos;%1&apos; --kind display --name NAME --host HOST --protocol pjlink</source>
        <translation>Raum &apos;%1&apos; hat keine steuerbaren Displays. Eines hinzufügen mit: tafelctl devices add --room &apos;%1&apos; --kind display --name NAME --host HOST --protocol pjlink</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>The displays were switched, but the audit log could not be written: %1</source>
        <translation>Die Displays wurden geschaltet, aber das Protokoll konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1 of %2 displays in room &apos;%3&apos; failed.</source>
        <translation>%1 von %2 Displays in Raum &apos;%3&apos; sind fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Switch on or off (standby).</source>
        <translation>Ein- oder ausschalten (Standby).</translation>
    </message>
    <message>
        <source>Wait until every display reports the new state.</source>
        <translation>Warten, bis jedes Display den neuen Zustand meldet.</translation>
    </message>
    <message>
        <source>Give up waiting after S seconds (default 120).</source>
        <translation>Das Warten nach S Sekunden aufgeben (Standard 120).</translation>
    </message>
    <message>
        <source>Say &apos;on&apos; or &apos;off&apos;, not &apos;%1&apos;.</source>
        <translation>&apos;on&apos; oder &apos;off&apos; angeben, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--wait-timeout only applies with --wait.</source>
        <translation>--wait-timeout gilt nur zusammen mit --wait.</translation>
    </message>
    <message>
        <source>Input: PJLink code such as 31 (HDMI 1), MDC code such as 0x21 or a name such as HDMI1.</source>
        <translation>Quelle: PJLink-Code wie 31 (HDMI 1), MDC-Code wie 0x21 oder ein Name wie HDMI1.</translation>
    </message>
    <message>
        <source>The input code must not be empty.</source>
        <translation>Der Quellcode darf nicht leer sein.</translation>
    </message>
    <message>
        <source>What to mute: the picture or the sound.</source>
        <translation>Was stummgeschaltet wird: das Bild oder der Ton.</translation>
    </message>
    <message>
        <source>Mute (on) or unmute (off).</source>
        <translation>Stummschalten (on) oder wieder einschalten (off).</translation>
    </message>
    <message>
        <source>Say &apos;video&apos; or &apos;audio&apos;, not &apos;%1&apos;.</source>
        <translation>&apos;video&apos; oder &apos;audio&apos; angeben, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Freeze (on) or unfreeze (off) the picture.</source>
        <translation>Standbild ein (on) oder aus (off).</translation>
    </message>
</context>
<context>
    <name>tafel::cli::RoomsCommand</name>
    <message>
        <source>Rooms of the school</source>
        <translation>Räume der Schule</translation>
    </message>
    <message>
        <source>List all rooms</source>
        <translation>Alle Räume auflisten</translation>
    </message>
    <message>
        <source>Add a room</source>
        <translation>Raum hinzufügen</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>BUILDING</source>
        <translation>GEBÄUDE</translation>
    </message>
    <message>
        <source>FLOOR</source>
        <translation>ETAGE</translation>
    </message>
    <message>
        <source>CAPACITY</source>
        <translation>PLÄTZE</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name of the new room, unique in the school.</source>
        <translation>Name des neuen Raums, eindeutig in der Schule.</translation>
    </message>
    <message>
        <source>Building the room is in.</source>
        <translation>Gebäude, in dem der Raum liegt.</translation>
    </message>
    <message>
        <source>Floor the room is on.</source>
        <translation>Etage, auf der der Raum liegt.</translation>
    </message>
    <message>
        <source>Number of seats.</source>
        <translation>Anzahl der Plätze.</translation>
    </message>
    <message>
        <source>The room name must not be empty.</source>
        <translation>Der Raumname darf nicht leer sein.</translation>
    </message>
    <message>
        <source>--capacity must be a whole number of 0 or more, not &apos;%1&apos;.</source>
        <translation>--capacity muss eine ganze Zahl ab 0 sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Added room &apos;%1&apos; (id %2).</source>
        <translation>Raum „%1“ hinzugefügt (ID %2).</translation>
    </message>
</context>
<context>
    <name>tafel::cli::ScheduleCommand</name>
    <message>
        <source>Switch the displays of a room or of the whole school at set times</source>
        <translation>Die Displays eines Raums oder der ganzen Schule zu festen Zeiten schalten</translation>
    </message>
    <message>
        <source>Add a weekly schedule entry</source>
        <translation>Einen wöchentlichen Zeitplan-Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>List schedule entries with their next run</source>
        <translation>Zeitplan-Einträge mit ihrer nächsten Ausführung auflisten</translation>
    </message>
    <message>
        <source>Remove a schedule entry</source>
        <translation>Einen Zeitplan-Eintrag entfernen</translation>
    </message>
    <message>
        <source>Room (name or id) whose displays are switched.</source>
        <translation>Raum (Name oder ID), dessen Displays geschaltet werden.</translation>
    </message>
    <message>
        <source>Switch the displays of every room instead of one.</source>
        <translation>Die Displays aller Räume statt eines einzelnen schalten.</translation>
    </message>
    <message>
        <source>Time of day, HH:MM (24 hours, local time). Required.</source>
        <translation>Uhrzeit, HH:MM (24 Stunden, Ortszeit). Erforderlich.</translation>
    </message>
    <message>
        <source>Days: mon-fri (default), daily, sat-sun, mon,wed,fri, ... (German names work too).</source>
        <translation>Tage: mon-fri (Standard), daily, sat-sun, mon,wed,fri, ... (deutsche Namen gehen auch).</translation>
    </message>
    <message>
        <source>on, off or input. Required.</source>
        <translation>on, off oder input. Erforderlich.</translation>
    </message>
    <message>
        <source>Input code for --action input, e.g. 31.</source>
        <translation>Quellcode für --action input, z. B. 31.</translation>
    </message>
    <message>
        <source>A note shown with the entry, e.g. &quot;after school&quot;.</source>
        <translation>Ein Hinweis, der mit dem Eintrag angezeigt wird, z. B. „nach Schulschluss“.</translation>
    </message>
    <message>
        <source>Give either --room R or --school.</source>
        <translation>Entweder --room R oder --school angeben.</translation>
    </message>
    <message>
        <source>--room needs a room name or id.</source>
        <translation>--room braucht einen Raumnamen oder eine Raum-ID.</translation>
    </message>
    <message>
        <source>Missing option --%1.</source>
        <translation>Option --%1 fehlt.</translation>
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
        <translation>Unbekannte Aktion &apos;%1&apos;. on, off oder input verwenden.</translation>
    </message>
    <message>
        <source>--input only applies with --action input.</source>
        <translation>--input gilt nur zusammen mit --action input.</translation>
    </message>
    <message>
        <source>Added schedule %1: %2 %3 at %4 on %5.</source>
        <translation>Zeitplan %1 hinzugefügt: %2 %3 um %4 an %5.</translation>
    </message>
    <message>
        <source>whole school</source>
        <translation>ganze Schule</translation>
    </message>
    <message>
        <source>room &apos;%1&apos;</source>
        <translation>Raum &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Only the entries that switch room R (id or name), school-wide ones included.</source>
        <translation>Nur die Einträge, die Raum R (ID oder Name) schalten, schulweite eingeschlossen.</translation>
    </message>
    <message>
        <source>(whole school)</source>
        <translation>(ganze Schule)</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ROOM</source>
        <translation>RAUM</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>TAGE</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>NEXT</source>
        <translation>NÄCHSTE</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>BEZEICHNUNG</translation>
    </message>
    <message>
        <source>Id of the entry (see &apos;tafelctl schedule list&apos;).</source>
        <translation>ID des Eintrags (siehe &apos;tafelctl schedule list&apos;).</translation>
    </message>
    <message>
        <source>The schedule id must not be empty.</source>
        <translation>Die Zeitplan-ID darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Removed schedule %1.</source>
        <translation>Zeitplan %1 entfernt.</translation>
    </message>
</context>
<context>
    <name>tafel::cli::SchoolCommand</name>
    <message>
        <source>The whole school at a glance</source>
        <translation>Die ganze Schule auf einen Blick</translation>
    </message>
    <message>
        <source>Every room&apos;s health from its agents: state, reason, broadband, devices</source>
        <translation>Zustand aller Räume laut ihren Agenten: Zustand, Grund, Breitband, Geräte</translation>
    </message>
    <message>
        <source>Per agent, in milliseconds (default 5000).</source>
        <translation>Pro Agent, in Millisekunden (Standard 5000).</translation>
    </message>
    <message>
        <source>Only room R (id or name).</source>
        <translation>Nur Raum R (ID oder Name).</translation>
    </message>
    <message>
        <source>--timeout must be 100 to 120000 milliseconds.</source>
        <translation>--timeout muss 100 bis 120000 Millisekunden betragen.</translation>
    </message>
    <message>
        <source>A client key is needed: pass --key FILE or set TAFEL_KEY (create one with &apos;tafelctl keys create&apos;).</source>
        <translation>Ein Client-Schlüssel ist nötig: --key FILE angeben oder TAFEL_KEY setzen (erstellen mit &apos;tafelctl keys create&apos;).</translation>
    </message>
    <message>
        <source>%1 is not enrolled. Run: tafelctl agent enroll %1</source>
        <translation>%1 ist nicht registriert. Ausführen: tafelctl agent enroll %1</translation>
    </message>
    <message>
        <source>No PC with an agent in this room</source>
        <translation>Kein PC mit Agent in diesem Raum</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 up, %2 down</source>
        <translation>%1 erreichbar, %2 ausgefallen</translation>
    </message>
    <message>
        <source>, %1 unknown</source>
        <translation>, %1 unbekannt</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <source>UNREACHABLE</source>
        <translation>NICHT ERREICHBAR</translation>
    </message>
    <message>
        <source>ROOM</source>
        <translation>RAUM</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <source>BROADBAND</source>
        <translation>BREITBAND</translation>
    </message>
    <message>
        <source>DEVICES</source>
        <translation>GERÄTE</translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation>AGENT</translation>
    </message>
    <message>
        <source>DATA AGE</source>
        <translation>DATENALTER</translation>
    </message>
</context>
<context>
    <name>tafel::crypto</name>
    <message>
        <source>Unsupported password hash parameters.</source>
        <translation>Nicht unterstützte Parameter für den Passwort-Hash.</translation>
    </message>
    <message>
        <source>Password hashing failed (out of memory?).</source>
        <translation>Passwort-Hashing fehlgeschlagen (zu wenig Speicher?).</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>Der Zufallszahlengenerator des Systems ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The stored password hash is malformed.</source>
        <translation>Der gespeicherte Passwort-Hash ist fehlerhaft.</translation>
    </message>
</context>
<context>
    <name>tafel::crypto::Certificate</name>
    <message>
        <source>A certificate needs a key.</source>
        <translation>Ein Zertifikat braucht einen Schlüssel.</translation>
    </message>
    <message>
        <source>OpenSSL could not create a certificate.</source>
        <translation>OpenSSL konnte kein Zertifikat erstellen.</translation>
    </message>
    <message>
        <source>OpenSSL could not create the self-signed certificate.</source>
        <translation>OpenSSL konnte das selbstsignierte Zertifikat nicht erstellen.</translation>
    </message>
    <message>
        <source>OpenSSL could not encode the certificate.</source>
        <translation>OpenSSL konnte das Zertifikat nicht kodieren.</translation>
    </message>
    <message>
        <source>Qt&apos;s TLS backend cannot read the certificate. Is the OpenSSL TLS plugin installed?</source>
        <translation>Das TLS-Backend von Qt kann das Zertifikat nicht lesen. Ist das OpenSSL-TLS-Plugin installiert?</translation>
    </message>
    <message>
        <source>No certificate.</source>
        <translation>Kein Zertifikat.</translation>
    </message>
</context>
<context>
    <name>tafel::crypto::KeyPair</name>
    <message>
        <source>OpenSSL could not generate an Ed25519 key.</source>
        <translation>OpenSSL konnte keinen Ed25519-Schlüssel erzeugen.</translation>
    </message>
    <message>
        <source>The data is not an unencrypted Ed25519 private key (PEM).</source>
        <translation>Die Daten sind kein unverschlüsselter privater Ed25519-Schlüssel (PEM).</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file.</source>
        <translation>%1 ist zu groß für eine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There is no key to save.</source>
        <translation>Es gibt keinen Schlüssel zum Speichern.</translation>
    </message>
    <message>
        <source>Cannot create the key file %1: %2</source>
        <translation>Die Schlüsseldatei %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the key file %1: %2</source>
        <translation>Die Schlüsseldatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>tafel::crypto::PublicKey</name>
    <message>
        <source>An Ed25519 public key has 32 bytes, not %1.</source>
        <translation>Ein öffentlicher Ed25519-Schlüssel hat 32 Bytes, nicht %1.</translation>
    </message>
    <message>
        <source>The data is not a valid Ed25519 public key.</source>
        <translation>Die Daten sind kein gültiger öffentlicher Ed25519-Schlüssel.</translation>
    </message>
    <message>
        <source>The public key is not valid base64.</source>
        <translation>Der öffentliche Schlüssel ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>The PEM data is not an Ed25519 public key.</source>
        <translation>Die PEM-Daten sind kein öffentlicher Ed25519-Schlüssel.</translation>
    </message>
    <message>
        <source>The certificate cannot be parsed.</source>
        <translation>Das Zertifikat kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The certificate does not carry an Ed25519 key. Create keys with &apos;tafelctl keys create&apos;.</source>
        <translation>Das Zertifikat enthält keinen Ed25519-Schlüssel. Schlüssel mit &apos;tafelctl keys create&apos; erstellen.</translation>
    </message>
</context>
<context>
    <name>tafel::crypto::SecretBox</name>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>Der Zufallszahlengenerator des Systems ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Cannot create the key file %1: %2</source>
        <translation>Die Schlüsseldatei %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The key file %1 is readable by other users; it must have mode 0600 (chmod 600).</source>
        <translation>Die Schlüsseldatei %1 ist für andere Benutzer lesbar; sie muss Modus 0600 haben (chmod 600).</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The key file %1 is damaged (it must hold exactly 32 bytes).</source>
        <translation>Die Schlüsseldatei %1 ist beschädigt (sie muss genau 32 Bytes enthalten).</translation>
    </message>
    <message>
        <source>Encrypting the secret failed.</source>
        <translation>Verschlüsseln des Geheimnisses fehlgeschlagen.</translation>
    </message>
    <message>
        <source>A stored secret cannot be decrypted: it was damaged or belongs to another key file.</source>
        <translation>Ein gespeichertes Geheimnis kann nicht entschlüsselt werden: Es ist beschädigt oder gehört zu einer anderen Schlüsseldatei.</translation>
    </message>
</context>
<context>
    <name>tafel::crypto::Sha256</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Lesen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>OpenSSL could not compute SHA-256 of %1.</source>
        <translation>OpenSSL konnte SHA-256 von %1 nicht berechnen.</translation>
    </message>
</context>
<context>
    <name>tafel::demo</name>
    <message>
        <source>The database already has rooms; the demo school is only added to an empty database.</source>
        <translation>Die Datenbank enthält bereits Räume; die Demo-Schule wird nur zu einer leeren Datenbank hinzugefügt.</translation>
    </message>
    <message>
        <source>The demo projector simulator cannot listen on 127.0.0.1: %1</source>
        <translation>Der Demo-Beamer-Simulator kann nicht auf 127.0.0.1 lauschen: %1</translation>
    </message>
</context>
<context>
    <name>tafel::discovery::NetworkScan</name>
    <message>
        <source>A scan is already running.</source>
        <translation>Es läuft bereits eine Suche.</translation>
    </message>
    <message>
        <source>Nothing to scan: no subnet and no PJLink search.</source>
        <translation>Nichts zu durchsuchen: kein Subnetz und keine PJLink-Suche.</translation>
    </message>
    <message>
        <source>No ports to try.</source>
        <translation>Keine Ports zum Ausprobieren.</translation>
    </message>
    <message>
        <source>Concurrency must be 1 to 1024.</source>
        <translation>Die Zahl gleichzeitiger Verbindungen muss 1 bis 1024 betragen.</translation>
    </message>
    <message>
        <source>Timeouts must be 20 to 60000 ms.</source>
        <translation>Zeitlimits müssen 20 bis 60000 ms betragen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large to sweep: at most /%2.</source>
        <translation>&apos;%1&apos; ist zu groß zum Durchsuchen: höchstens /%2.</translation>
    </message>
    <message>
        <source>PJLink search not sent: %1</source>
        <translation>PJLink-Suche nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Tafel agent port open (enroll it with tafelctl agent enroll)</source>
        <translation>Tafel-Agent-Port offen (mit tafelctl agent enroll registrieren)</translation>
    </message>
    <message>
        <source>Port open, no MDC answer (another display id, or secured MDC)</source>
        <translation>Port offen, keine MDC-Antwort (andere Display-ID oder gesichertes MDC)</translation>
    </message>
    <message>
        <source>Port open, no PJLink greeting</source>
        <translation>Port offen, keine PJLink-Begrüßung</translation>
    </message>
    <message>
        <source>Samsung MDC, display id %1</source>
        <translation>Samsung MDC, Display-ID %1</translation>
    </message>
    <message>
        <source>PJLink, no password</source>
        <translation>PJLink, kein Passwort</translation>
    </message>
    <message>
        <source>PJLink, password protected</source>
        <translation>PJLink, passwortgeschützt</translation>
    </message>
    <message>
        <source>PJLink: %1</source>
        <translation>PJLink: %1</translation>
    </message>
    <message>
        <source>PJLink class %1, no password</source>
        <translation>PJLink-Klasse %1, kein Passwort</translation>
    </message>
    <message>
        <source>Answered the PJLink search; TCP port %1 not reachable</source>
        <translation>Hat auf die PJLink-Suche geantwortet; TCP-Port %1 nicht erreichbar</translation>
    </message>
    <message>
        <source>Projector %1</source>
        <translation>Beamer %1</translation>
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
        <translation>&apos;%1&apos; ist kein IPv4-Subnetz wie 192.168.20.0/24.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the prefix after / must be a number from %2 to 32.</source>
        <translation>&apos;%1&apos;: Das Präfix nach / muss eine Zahl von %2 bis 32 sein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large to sweep: at most /%2 (1,022 addresses). Give several smaller subnets.</source>
        <translation>&apos;%1&apos; ist zu groß zum Durchsuchen: höchstens /%2 (1.022 Adressen). Geben Sie mehrere kleinere Subnetze an.</translation>
    </message>
</context>
<context>
    <name>tafel::displays</name>
    <message>
        <source>The display did not reach the requested power state in %1 s; check it on site.</source>
        <translation>Das Display hat den gewünschten Betriebszustand nicht innerhalb von %1 s erreicht; bitte vor Ort prüfen.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Warming up</source>
        <translation>Wärmt auf</translation>
    </message>
    <message>
        <source>Cooling down</source>
        <translation>Kühlt ab</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1: this build has no driver for the display&apos;s protocol.</source>
        <translation>%1: Diese Version enthält keinen Treiber für das Protokoll des Displays.</translation>
    </message>
    <message>
        <source>This display&apos;s protocol has no input &quot;%1&quot;.</source>
        <translation>Das Protokoll dieses Displays hat keine Quelle „%1“.</translation>
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
        <translation>Netzwerk / Bildschirmspiegelung</translation>
    </message>
</context>
<context>
    <name>tafel::displays::MdcDriver</name>
    <message>
        <source>The display at %1 accepted the power-on command but still reports standby. Check it in a minute; if it stays off, check its power and network standby settings.</source>
        <translation>Das Display unter %1 hat den Einschaltbefehl angenommen, meldet aber weiterhin Standby. In einer Minute erneut prüfen; bleibt es aus, Stromversorgung und Netzwerk-Standby-Einstellungen prüfen.</translation>
    </message>
    <message>
        <source>The display at %1 accepted the power-off command but still reports on. Check it in a minute.</source>
        <translation>Das Display unter %1 hat den Ausschaltbefehl angenommen, meldet aber weiterhin „an“. In einer Minute erneut prüfen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Samsung MDC input. Use a hex code such as 0x21 or a name such as HDMI1.</source>
        <translation>„%1“ ist keine Samsung-MDC-Quelle. Einen Hex-Code wie 0x21 oder einen Namen wie HDMI1 verwenden.</translation>
    </message>
    <message>
        <source>Samsung MDC displays cannot freeze the picture over the network. Use the display&apos;s remote control instead.</source>
        <translation>Samsung-MDC-Displays können kein Standbild über das Netzwerk schalten. Stattdessen die Fernbedienung des Displays verwenden.</translation>
    </message>
    <message>
        <source>The volume must be between 0 and 100, not %1.</source>
        <translation>Die Lautstärke muss zwischen 0 und 100 liegen, nicht %1.</translation>
    </message>
    <message>
        <source>The command was cancelled.</source>
        <translation>Der Befehl wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The MDC display ID must be between 0 and 254, not %1.</source>
        <translation>Die MDC-Display-ID muss zwischen 0 und 254 liegen, nicht %1.</translation>
    </message>
    <message>
        <source>The MDC PIN must be exactly 4 digits. Check the PIN set on the display.</source>
        <translation>Die MDC-PIN muss genau 4 Ziffern haben. Die am Display eingestellte PIN prüfen.</translation>
    </message>
    <message>
        <source>Too many commands are waiting for the display at %1. Wait for them to finish.</source>
        <translation>Zu viele Befehle warten auf das Display unter %1. Warten, bis sie abgeschlossen sind.</translation>
    </message>
    <message>
        <source>The display at %1 presented a different certificate than before. If the display was replaced or reset, confirm its new certificate in the display settings.</source>
        <translation>Das Display unter %1 hat ein anderes Zertifikat vorgelegt als zuvor. Wurde das Display ersetzt oder zurückgesetzt, das neue Zertifikat in den Display-Einstellungen bestätigen.</translation>
    </message>
    <message>
        <source>The display sent more data than any MDC reply holds.</source>
        <translation>Das Display hat mehr Daten gesendet, als eine MDC-Antwort enthalten kann.</translation>
    </message>
    <message>
        <source>The display did not start the secured MDC protocol. If &quot;Secured Protocol&quot; is off on the display, remove the PIN in Tafel.</source>
        <translation>Das Display hat das gesicherte MDC-Protokoll nicht gestartet. Ist „Secured Protocol“ am Display ausgeschaltet, die PIN in Tafel entfernen.</translation>
    </message>
    <message>
        <source>The display at %1 rejected the PIN (code %2). Enter the PIN shown in the display&apos;s MDC security settings; Tafel will not retry on its own.</source>
        <translation>Das Display unter %1 hat die PIN abgelehnt (Code %2). Die PIN aus den MDC-Sicherheitseinstellungen des Displays eingeben; Tafel versucht es nicht selbst erneut.</translation>
    </message>
    <message>
        <source>The display answered the PIN with an unknown message.</source>
        <translation>Das Display hat auf die PIN mit einer unbekannten Nachricht geantwortet.</translation>
    </message>
    <message>
        <source>The display at %1 uses the secured MDC protocol. Enter its 4-digit PIN.</source>
        <translation>Das Display unter %1 verwendet das gesicherte MDC-Protokoll. Seine 4-stellige PIN eingeben.</translation>
    </message>
    <message>
        <source>The display&apos;s reply had a wrong checksum. Check the network cable or serial-to-LAN adapter.</source>
        <translation>Die Antwort des Displays hatte eine falsche Prüfsumme. Netzwerkkabel oder Seriell-LAN-Adapter prüfen.</translation>
    </message>
    <message>
        <source>The display sent data that is not an MDC frame.</source>
        <translation>Das Display hat Daten gesendet, die kein MDC-Frame sind.</translation>
    </message>
    <message>
        <source>The display sent a frame that is not an ACK or NAK.</source>
        <translation>Das Display hat einen Frame gesendet, der weder ACK noch NAK ist.</translation>
    </message>
    <message>
        <source>A display with ID %1 answered, but Tafel addressed ID %2. Set the display ID in Tafel to the one shown in the display&apos;s MDC settings.</source>
        <translation>Ein Display mit ID %1 hat geantwortet, Tafel hat aber ID %2 angesprochen. Die Display-ID in Tafel auf die in den MDC-Einstellungen des Displays angezeigte setzen.</translation>
    </message>
    <message>
        <source>The display answered command %1 while Tafel waited for %2.</source>
        <translation>Das Display hat auf Befehl %1 geantwortet, während Tafel auf %2 gewartet hat.</translation>
    </message>
    <message>
        <source>The display&apos;s status reply is too short.</source>
        <translation>Die Statusantwort des Displays ist zu kurz.</translation>
    </message>
    <message>
        <source>The display closed the connection during the secured MDC handshake. Check that &quot;Secured Protocol&quot; is on and that no other MDC client is connected.</source>
        <translation>Das Display hat die Verbindung während des gesicherten MDC-Handshakes geschlossen. Prüfen, ob „Secured Protocol“ eingeschaltet ist und kein anderer MDC-Client verbunden ist.</translation>
    </message>
    <message>
        <source>The display closed the connection before answering. Check that no other MDC client is connected to it and try again.</source>
        <translation>Das Display hat die Verbindung vor der Antwort geschlossen. Prüfen, ob kein anderer MDC-Client damit verbunden ist, und erneut versuchen.</translation>
    </message>
    <message>
        <source>Cannot reach the display at %1 port %2 (%3). Check that it is connected to the network, that network standby is on and that MDC over LAN is enabled.</source>
        <translation>Das Display unter %1 Port %2 ist nicht erreichbar (%3). Prüfen, ob es mit dem Netzwerk verbunden ist, Netzwerk-Standby eingeschaltet und MDC über LAN aktiviert ist.</translation>
    </message>
    <message>
        <source>The TLS handshake with the display failed (%1).</source>
        <translation>Der TLS-Handshake mit dem Display ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>The display at %1 port %2 did not accept the connection within %3 s. Check the address and that the display is switched on at the mains.</source>
        <translation>Das Display unter %1 Port %2 hat die Verbindung nicht innerhalb von %3 s angenommen. Adresse prüfen und ob das Display am Netzschalter eingeschaltet ist.</translation>
    </message>
    <message>
        <source>The display at %1 port %2 did not start the secured MDC protocol within %3 s. If &quot;Secured Protocol&quot; is off on the display, remove the PIN in Tafel.</source>
        <translation>Das Display unter %1 Port %2 hat das gesicherte MDC-Protokoll nicht innerhalb von %3 s gestartet. Ist „Secured Protocol“ am Display ausgeschaltet, die PIN in Tafel entfernen.</translation>
    </message>
    <message>
        <source>The TLS handshake with the display at %1 port %2 did not finish within %3 s.</source>
        <translation>Der TLS-Handshake mit dem Display unter %1 Port %2 wurde nicht innerhalb von %3 s abgeschlossen.</translation>
    </message>
    <message>
        <source>The display at %1 port %2 did not answer the PIN within %3 s.</source>
        <translation>Das Display unter %1 Port %2 hat nicht innerhalb von %3 s auf die PIN geantwortet.</translation>
    </message>
    <message>
        <source>The display rejected command %1 (NAK, error %2). It may not support this on its model or in its current state; switch it on first and try again.</source>
        <translation>Das Display hat Befehl %1 abgelehnt (NAK, Fehler %2). Das Modell oder der aktuelle Zustand unterstützt das eventuell nicht; Display zuerst einschalten und erneut versuchen.</translation>
    </message>
    <message>
        <source>The display at %1 did not answer command %2 within %3 s. Check that its MDC display ID is %4 and that no other MDC client is connected.</source>
        <translation>Das Display unter %1 hat nicht innerhalb von %3 s auf Befehl %2 geantwortet. Prüfen, ob seine MDC-Display-ID %4 ist und kein anderer MDC-Client verbunden ist.</translation>
    </message>
</context>
<context>
    <name>tafel::displays::MdcSimulator</name>
    <message>
        <source>The simulated display needs a PIN of exactly 4 digits.</source>
        <translation>Das simulierte Display braucht eine PIN mit genau 4 Ziffern.</translation>
    </message>
    <message>
        <source>The simulated display could not listen on %1 port %2: %3</source>
        <translation>Das simulierte Display kann nicht auf %1 Port %2 lauschen: %3</translation>
    </message>
</context>
<context>
    <name>tafel::displays::MdcTlsCredentials</name>
    <message>
        <source>Could not create a TLS certificate for the simulated display. Check that OpenSSL 3 is installed correctly.</source>
        <translation>Für das simulierte Display konnte kein TLS-Zertifikat erstellt werden. Prüfen, ob OpenSSL 3 korrekt installiert ist.</translation>
    </message>
</context>
<context>
    <name>tafel::displays::PjLinkDiscovery</name>
    <message>
        <source>Cannot listen for PJLink search answers on UDP port %1 (%2). Close other PJLink tools and try again.</source>
        <translation>Auf UDP-Port %1 kann nicht auf PJLink-Suchantworten gelauscht werden (%2). Andere PJLink-Werkzeuge schließen und erneut versuchen.</translation>
    </message>
    <message>
        <source>Cannot send the PJLink search (%1). Check the network connection.</source>
        <translation>Die PJLink-Suche kann nicht gesendet werden (%1). Netzwerkverbindung prüfen.</translation>
    </message>
</context>
<context>
    <name>tafel::displays::PjLinkDriver</name>
    <message>
        <source>The display at %1 refused the password (PJLINK ERRA). Check the PJLink password in its network settings.</source>
        <translation>Das Display unter %1 hat das Passwort abgelehnt (PJLINK ERRA). Das PJLink-Passwort in seinen Netzwerkeinstellungen prüfen.</translation>
    </message>
    <message>
        <source>The display at %1 requires a PJLink password. Enter it in the display&apos;s settings.</source>
        <translation>Das Display unter %1 verlangt ein PJLink-Passwort. Es in den Einstellungen des Displays eingeben.</translation>
    </message>
    <message>
        <source>The display at %1 closed the connection before greeting. It may be busy with another controller; try again in a moment.</source>
        <translation>Das Display unter %1 hat die Verbindung vor der Begrüßung geschlossen. Eventuell ist es mit einer anderen Steuerung beschäftigt; gleich erneut versuchen.</translation>
    </message>
    <message>
        <source>The display at %1 closed the connection before answering. Check its network settings or restart it.</source>
        <translation>Das Display unter %1 hat die Verbindung vor der Antwort geschlossen. Seine Netzwerkeinstellungen prüfen oder es neu starten.</translation>
    </message>
    <message>
        <source>Host %1 not found. Check the display&apos;s address.</source>
        <translation>Host %1 nicht gefunden. Die Adresse des Displays prüfen.</translation>
    </message>
    <message>
        <source>The display at %1 refuses connections. Is PJLink enabled in its network menu, and is the port right?</source>
        <translation>Das Display unter %1 lehnt Verbindungen ab. Ist PJLink in seinem Netzwerkmenü aktiviert und der Port richtig?</translation>
    </message>
    <message>
        <source>Cannot reach the display at %1 (%2). Is it powered and on the network?</source>
        <translation>Das Display unter %1 ist nicht erreichbar (%2). Ist es eingeschaltet und im Netzwerk?</translation>
    </message>
    <message>
        <source>Display at %1 does not answer. Is it powered and on the network?</source>
        <translation>Das Display unter %1 antwortet nicht. Ist es eingeschaltet und im Netzwerk?</translation>
    </message>
    <message>
        <source>Display at %1 did not answer %2 within %3 s. Is it powered and on the network?</source>
        <translation>Das Display unter %1 hat nicht innerhalb von %3 s auf %2 geantwortet. Ist es eingeschaltet und im Netzwerk?</translation>
    </message>
    <message>
        <source>The display at %1 sent a malformed reply (%2). Update its firmware or report the model.</source>
        <translation>Das Display unter %1 hat eine fehlerhafte Antwort gesendet (%2). Seine Firmware aktualisieren oder das Modell melden.</translation>
    </message>
    <message>
        <source>The display at %1 does not support %2 (ERR1).</source>
        <translation>Das Display unter %1 unterstützt %2 nicht (ERR1).</translation>
    </message>
    <message>
        <source>The display at %1 rejected the value for %2 (ERR2). Check the input code or setting.</source>
        <translation>Das Display unter %1 hat den Wert für %2 abgelehnt (ERR2). Quellcode oder Einstellung prüfen.</translation>
    </message>
    <message>
        <source>The display at %1 cannot do %2 right now (ERR3); it may be warming up or cooling down. Try again in a minute.</source>
        <translation>Das Display unter %1 kann %2 gerade nicht ausführen (ERR3); eventuell wärmt es auf oder kühlt ab. In einer Minute erneut versuchen.</translation>
    </message>
    <message>
        <source>The display at %1 reports a device failure for %2 (ERR4). Check the display.</source>
        <translation>Das Display unter %1 meldet einen Gerätefehler bei %2 (ERR4). Das Display prüfen.</translation>
    </message>
    <message>
        <source>Unknown error from %1.</source>
        <translation>Unbekannter Fehler von %1.</translation>
    </message>
    <message>
        <source>The display at %1 speaks PJLink Class 1, which has no %2.</source>
        <translation>Das Display unter %1 spricht PJLink Klasse 1; dort gibt es %2 nicht.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The display at %1 sent an unreadable %2 value &apos;%3&apos;.</source>
        <translation>Das Display unter %1 hat einen unlesbaren Wert für %2 gesendet: &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>The display at %1 is still %2 after %3 s. Check it on site.</source>
        <translation>Das Display unter %1 ist nach %3 s immer noch im Zustand „%2“. Bitte vor Ort prüfen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PJLink input code. Use two characters such as 31 (digital input 1); the display&apos;s input list shows the valid ones.</source>
        <translation>&apos;%1&apos; ist kein PJLink-Quellcode. Zwei Zeichen wie 31 (digitaler Eingang 1) verwenden; die Quellenliste des Displays zeigt die gültigen.</translation>
    </message>
    <message>
        <source>freeze</source>
        <translation>Standbild</translation>
    </message>
    <message>
        <source>volume control</source>
        <translation>Lautstärkeregelung</translation>
    </message>
    <message>
        <source>microphone volume</source>
        <translation>Mikrofonlautstärke</translation>
    </message>
</context>
<context>
    <name>tafel::displays::PjLinkNotificationListener</name>
    <message>
        <source>Cannot receive PJLink notifications on UDP port %1 (%2). Status is polled instead.</source>
        <translation>PJLink-Benachrichtigungen können auf UDP-Port %1 nicht empfangen werden (%2). Der Status wird stattdessen regelmäßig abgefragt.</translation>
    </message>
</context>
<context>
    <name>tafel::distribution::ChunkPusher</name>
    <message>
        <source>Chunk %1 failed verification %2 times at %3:%4.</source>
        <translation>Block %1 hat die Prüfung bei %3:%4 %2-mal nicht bestanden.</translation>
    </message>
</context>
<context>
    <name>tafel::distribution::Distributor</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>No package to send.</source>
        <translation>Kein Paket zum Senden.</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>receiving</source>
        <translation>empfängt</translation>
    </message>
    <message>
        <source>topping up</source>
        <translation>ergänzt</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>verbindet neu</translation>
    </message>
    <message>
        <source>%1 stayed unreachable: %2</source>
        <translation>%1 blieb unerreichbar: %2</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 still misses %2 bytes after %3 direct attempts.</source>
        <translation>%1 fehlen nach %3 direkten Versuchen noch %2 Bytes.</translation>
    </message>
    <message>
        <source>slow: moved to the end of the chain</source>
        <translation>langsam: ans Ende der Kette verschoben</translation>
    </message>
</context>
<context>
    <name>tafel::distribution::Manifest</name>
    <message>
        <source>The package manifest is malformed: %1</source>
        <translation>Das Paketmanifest ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>The package id &quot;%1&quot; is not a UUID.</source>
        <translation>Die Paket-ID &quot;%1&quot; ist keine UUID.</translation>
    </message>
    <message>
        <source>The package title is longer than %1 characters.</source>
        <translation>Der Pakettitel ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The package title contains a control character.</source>
        <translation>Der Pakettitel enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>The package has no valid creation time.</source>
        <translation>Das Paket hat keine gültige Erstellungszeit.</translation>
    </message>
    <message>
        <source>The package&apos;s sender key id &quot;%1&quot; is not a key id (16 hex digits).</source>
        <translation>Die Absender-Schlüssel-ID &quot;%1&quot; des Pakets ist keine Schlüssel-ID (16 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>The package has no files.</source>
        <translation>Das Paket enthält keine Dateien.</translation>
    </message>
    <message>
        <source>The package has %1 files; at most %2 are allowed.</source>
        <translation>Das Paket enthält %1 Dateien; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a symbolic link; packages hold regular files only.</source>
        <translation>&quot;%1&quot; ist ein symbolischer Link; Pakete enthalten nur normale Dateien.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has mode %2: only permission bits (0..0777) of a regular file are allowed.</source>
        <translation>&quot;%1&quot; hat den Modus %2: Erlaubt sind nur Berechtigungsbits (0..0777) einer normalen Datei.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an impossible size (%2 bytes).</source>
        <translation>&quot;%1&quot; hat eine unmögliche Größe (%2 Bytes).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has chunk size %2; a file of %3 bytes must use %4.</source>
        <translation>&quot;%1&quot; hat die Blockgröße %2; eine Datei mit %3 Bytes muss %4 verwenden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lists %2 chunk hashes; its size %3 needs %4.</source>
        <translation>&quot;%1&quot; listet %2 Block-Hashes; seine Größe %3 erfordert %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a chunk hash that is not 32 bytes.</source>
        <translation>&quot;%1&quot; hat einen Block-Hash, der nicht 32 Bytes lang ist.</translation>
    </message>
    <message>
        <source>The package is larger than the limit of %1 bytes.</source>
        <translation>Das Paket ist größer als die Grenze von %1 Bytes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice in the package (paths are compared ignoring case).</source>
        <translation>&quot;%1&quot; kommt im Paket doppelt vor (Pfade werden ohne Beachtung der Groß-/Kleinschreibung verglichen).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is both a file and a directory in the package.</source>
        <translation>&quot;%1&quot; ist im Paket sowohl eine Datei als auch ein Verzeichnis.</translation>
    </message>
    <message>
        <source>No signing key.</source>
        <translation>Kein Signaturschlüssel.</translation>
    </message>
    <message>
        <source>The manifest names sender key %1 but is being signed with key %2.</source>
        <translation>Das Manifest nennt den Absenderschlüssel %1, wird aber mit Schlüssel %2 signiert.</translation>
    </message>
    <message>
        <source>Signing the package manifest failed.</source>
        <translation>Das Signieren des Paketmanifests ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The package manifest is %1 bytes; at most %2 are allowed (too many files?).</source>
        <translation>Das Paketmanifest hat %1 Bytes; höchstens %2 sind erlaubt (zu viele Dateien?).</translation>
    </message>
    <message>
        <source>%1 bytes, more than the limit of %2</source>
        <translation>%1 Bytes, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <source>no version</source>
        <translation>keine Version</translation>
    </message>
    <message>
        <source>The package uses format version %1; this Tafel reads version %2. Update Tafel.</source>
        <translation>Das Paket verwendet die Formatversion %1; dieses Tafel liest Version %2. Aktualisieren Sie Tafel.</translation>
    </message>
    <message>
        <source>the envelope needs &apos;manifest&apos;, &apos;key&apos; and &apos;sig&apos; byte strings</source>
        <translation>der Umschlag benötigt die Bytefolgen &apos;manifest&apos;, &apos;key&apos; und &apos;sig&apos;</translation>
    </message>
    <message>
        <source>the sender key is not an Ed25519 public key</source>
        <translation>der Absenderschlüssel ist kein öffentlicher Ed25519-Schlüssel</translation>
    </message>
    <message>
        <source>the signature is not 64 bytes</source>
        <translation>die Signatur ist nicht 64 Bytes lang</translation>
    </message>
    <message>
        <source>it needs &apos;id&apos;, &apos;title&apos;, &apos;created&apos;, &apos;sender&apos; and &apos;files&apos;</source>
        <translation>es benötigt &apos;id&apos;, &apos;title&apos;, &apos;created&apos;, &apos;sender&apos; und &apos;files&apos;</translation>
    </message>
    <message>
        <source>a file entry is not a map</source>
        <translation>ein Dateieintrag ist keine Map</translation>
    </message>
    <message>
        <source>a file entry needs &apos;path&apos; and &apos;sha256&apos;</source>
        <translation>ein Dateieintrag benötigt &apos;path&apos; und &apos;sha256&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a missing, negative or impossible size.</source>
        <translation>&quot;%1&quot; hat eine fehlende, negative oder unmögliche Größe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no valid mode.</source>
        <translation>&quot;%1&quot; hat keinen gültigen Modus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no valid chunk size.</source>
        <translation>&quot;%1&quot; hat keine gültige Blockgröße.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a chunk hash list that is not a multiple of 32 bytes.</source>
        <translation>&quot;%1&quot; hat eine Block-Hash-Liste, deren Länge kein Vielfaches von 32 Bytes ist.</translation>
    </message>
    <message>
        <source>The package manifest&apos;s signature is not valid for key %1: the manifest was altered or not signed by that key.</source>
        <translation>Die Signatur des Paketmanifests ist für Schlüssel %1 nicht gültig: Das Manifest wurde verändert oder nicht mit diesem Schlüssel signiert.</translation>
    </message>
    <message>
        <source>The package manifest names sender key %1 but was signed with key %2.</source>
        <translation>Das Paketmanifest nennt den Absenderschlüssel %1, wurde aber mit Schlüssel %2 signiert.</translation>
    </message>
    <message>
        <source>The package is signed by key %1, which this device does not trust. Add the sender&apos;s key to its trusted keys.</source>
        <translation>Das Paket ist mit Schlüssel %1 signiert, dem dieses Gerät nicht vertraut. Fügen Sie den Schlüssel des Absenders zu den vertrauenswürdigen Schlüsseln des Geräts hinzu.</translation>
    </message>
</context>
<context>
    <name>tafel::distribution::PackageFile</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; packages hold regular files only. Replace it with a copy of the file.</source>
        <translation>%1 ist ein symbolischer Link; Pakete enthalten nur normale Dateien. Ersetzen Sie den Link durch eine Kopie der Datei.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, socket or pipe); remove it from the folder.</source>
        <translation>%1 ist keine normale Datei (sondern ein Gerät, Socket oder eine Pipe); entfernen Sie sie aus dem Ordner.</translation>
    </message>
    <message>
        <source>The folder has more than %1 files.</source>
        <translation>Der Ordner enthält mehr als %1 Dateien.</translation>
    </message>
    <message>
        <source>The folder holds more than %1 bytes, the package limit.</source>
        <translation>Der Ordner enthält mehr als %1 Bytes, die Paketgrenze.</translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation>%1 ist kein Verzeichnis.</translation>
    </message>
    <message>
        <source>%1 holds no files.</source>
        <translation>%1 enthält keine Dateien.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 changed while the package was being made (it is shorter now); try again.</source>
        <translation>%1 wurde geändert, während das Paket erstellt wurde (die Datei ist jetzt kürzer); versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 changed while the package was being made; try again.</source>
        <translation>%1 wurde geändert, während das Paket erstellt wurde; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No signing key.</source>
        <translation>Kein Signaturschlüssel.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Internal error: the manifest changed its length while the package was written.</source>
        <translation>Interner Fehler: Das Manifest hat seine Länge geändert, während das Paket geschrieben wurde.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Tafel package file.</source>
        <translation>%1 ist keine Tafel-Paketdatei.</translation>
    </message>
    <message>
        <source>%1 uses package format %2; this Tafel reads format %3.</source>
        <translation>%1 verwendet das Paketformat %2; dieses Tafel liest Format %3.</translation>
    </message>
    <message>
        <source>%1: the manifest is larger than the limit.</source>
        <translation>%1: Das Manifest ist größer als die Grenze.</translation>
    </message>
    <message>
        <source>%1 is truncated.</source>
        <translation>%1 ist abgeschnitten.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has %2 bytes; its manifest needs %3 (truncated or appended to).</source>
        <translation>%1 hat %2 Bytes; sein Manifest erfordert %3 (abgeschnitten oder etwas angehängt).</translation>
    </message>
    <message>
        <source>%1/%2 no longer has the size the manifest lists; make the package again.</source>
        <translation>%1/%2 hat nicht mehr die im Manifest angegebene Größe; erstellen Sie das Paket neu.</translation>
    </message>
    <message>
        <source>The package has no chunk %1.</source>
        <translation>Das Paket hat keinen Block %1.</translation>
    </message>
    <message>
        <source>Cannot read chunk %1: %2</source>
        <translation>Block %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Chunk %1 is truncated (%2).</source>
        <translation>Block %1 ist abgeschnitten (%2).</translation>
    </message>
    <message>
        <source>Chunk %1 (%2 at byte %3) does not match its SHA-256: the data changed after the package was made.</source>
        <translation>Block %1 (%2 ab Byte %3) stimmt nicht mit seinem SHA-256 überein: Die Daten wurden nach dem Erstellen des Pakets verändert.</translation>
    </message>
    <message>
        <source>Cannot compute the package id (SHA-256 failed).</source>
        <translation>Die Paketkennung kann nicht berechnet werden (SHA-256 ist fehlgeschlagen).</translation>
    </message>
</context>
<context>
    <name>tafel::distribution::PackageStore</name>
    <message>
        <source>The disk is full: cannot reserve %1 for %2.</source>
        <translation>Der Datenträger ist voll: %1 für %2 kann nicht reserviert werden.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1/%2 is too large.</source>
        <translation>%1/%2 ist zu groß.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot rename %1: %2</source>
        <translation>%1 kann nicht umbenannt werden: %2</translation>
    </message>
    <message>
        <source>No package %1 is being received.</source>
        <translation>Es wird kein Paket %1 empfangen.</translation>
    </message>
    <message>
        <source>The envelope of package %1 does not hold its manifest.</source>
        <translation>Der Umschlag von Paket %1 enthält nicht dessen Manifest.</translation>
    </message>
    <message>
        <source>A different package with the id %1 is already being received.</source>
        <translation>Ein anderes Paket mit der ID %1 wird bereits empfangen.</translation>
    </message>
    <message>
        <source>Quota exceeded: the package &quot;%1&quot; has %2; this device accepts at most %3 per package.</source>
        <translation>Kontingent überschritten: Das Paket &quot;%1&quot; hat %2; dieses Gerät nimmt höchstens %3 pro Paket an.</translation>
    </message>
    <message>
        <source>Quota exceeded: the package &quot;%1&quot; (%2) does not fit; the material store holds %3 of at most %4. Delete old packages first.</source>
        <translation>Kontingent überschritten: Das Paket &quot;%1&quot; (%2) passt nicht; der Materialspeicher enthält %3 von höchstens %4. Löschen Sie zuerst alte Pakete.</translation>
    </message>
    <message>
        <source>The disk would be full: the package &quot;%1&quot; needs %2, %3 is free and %4 must stay free.</source>
        <translation>Der Datenträger wäre voll: Das Paket &quot;%1&quot; benötigt %2, %3 sind frei und %4 müssen frei bleiben.</translation>
    </message>
    <message>
        <source>Cannot create the material directory %1.</source>
        <translation>Das Materialverzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a package id.</source>
        <translation>&quot;%1&quot; ist keine Paket-ID.</translation>
    </message>
    <message>
        <source>Package %1 has no chunk %2.</source>
        <translation>Paket %1 hat keinen Block %2.</translation>
    </message>
    <message>
        <source>Chunk %1 of package %2 (%3) does not match its SHA-256; it was discarded.</source>
        <translation>Block %1 von Paket %2 (%3) stimmt nicht mit seinem SHA-256 überein; er wurde verworfen.</translation>
    </message>
    <message>
        <source>Chunk %1 of package %2 has not been received yet.</source>
        <translation>Block %1 von Paket %2 wurde noch nicht empfangen.</translation>
    </message>
    <message>
        <source>Chunk %1 of package %2 changed on disk (%3).</source>
        <translation>Block %1 von Paket %2 wurde auf dem Datenträger verändert (%3).</translation>
    </message>
    <message>
        <source>Package %1 is not complete: %2 of %3 chunks are missing.</source>
        <translation>Paket %1 ist nicht vollständig: %2 von %3 Blöcken fehlen.</translation>
    </message>
    <message>
        <source>Cannot set the mode of %1.</source>
        <translation>Der Modus von %1 kann nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 already exists and is not a finished package; remove it.</source>
        <translation>%1 existiert bereits und ist kein fertiges Paket; entfernen Sie es.</translation>
    </message>
    <message>
        <source>Cannot move package %1 into place: %2</source>
        <translation>Paket %1 kann nicht an seinen Platz verschoben werden: %2</translation>
    </message>
    <message>
        <source>Cannot delete %1 completely.</source>
        <translation>%1 kann nicht vollständig gelöscht werden.</translation>
    </message>
    <message>
        <source>Cannot delete package %1: %2</source>
        <translation>Paket %1 kann nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>There is no package %1.</source>
        <translation>Es gibt kein Paket %1.</translation>
    </message>
</context>
<context>
    <name>tafel::distribution::PathRules</name>
    <message>
        <source>Unsafe path &quot;%1&quot; in the package: %2</source>
        <translation>Unsicherer Pfad &quot;%1&quot; im Paket: %2</translation>
    </message>
    <message>
        <source>A file in the package has an empty path.</source>
        <translation>Eine Datei im Paket hat einen leeren Pfad.</translation>
    </message>
    <message>
        <source>longer than %1 bytes</source>
        <translation>länger als %1 Bytes</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>absolute path</source>
        <translation>absoluter Pfad</translation>
    </message>
    <message>
        <source>contains a backslash (paths are &apos;/&apos;-separated)</source>
        <translation>enthält einen Backslash (Pfade werden mit &apos;/&apos; getrennt)</translation>
    </message>
    <message>
        <source>starts with a drive letter</source>
        <translation>beginnt mit einem Laufwerksbuchstaben</translation>
    </message>
    <message>
        <source>contains &apos;:&apos; (drive letters and alternate data streams are not allowed)</source>
        <translation>enthält &apos;:&apos; (Laufwerksbuchstaben und alternative Datenströme sind nicht erlaubt)</translation>
    </message>
    <message>
        <source>more than %1 directory levels</source>
        <translation>mehr als %1 Verzeichnisebenen</translation>
    </message>
    <message>
        <source>empty path segment</source>
        <translation>leerer Pfadabschnitt</translation>
    </message>
    <message>
        <source>&apos;.&apos; or &apos;..&apos; segment</source>
        <translation>Abschnitt &apos;.&apos; oder &apos;..&apos;</translation>
    </message>
    <message>
        <source>a name longer than %1 bytes</source>
        <translation>ein Name ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>a name ends with a dot or a space</source>
        <translation>ein Name endet mit einem Punkt oder Leerzeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a Windows device name</source>
        <translation>&quot;%1&quot; ist ein Windows-Gerätename</translation>
    </message>
</context>
<context>
    <name>tafel::distribution::RelayGrant</name>
    <message>
        <source>The relay grant is not valid: %1</source>
        <translation>Die Weiterleitungsfreigabe ist nicht gültig: %1</translation>
    </message>
    <message>
        <source>A relay grant needs the relaying agent&apos;s Ed25519 key.</source>
        <translation>Eine Weiterleitungsfreigabe benötigt den Ed25519-Schlüssel des weiterleitenden Agenten.</translation>
    </message>
    <message>
        <source>Signing the relay grant failed.</source>
        <translation>Das Signieren der Weiterleitungsfreigabe ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>zu groß</translation>
    </message>
    <message>
        <source>no signer key</source>
        <translation>kein Signaturschlüssel</translation>
    </message>
    <message>
        <source>bad signature</source>
        <translation>ungültige Signatur</translation>
    </message>
    <message>
        <source>unsupported version</source>
        <translation>nicht unterstützte Version</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>kein Ablaufdatum</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>it is for another package</source>
        <translation>sie gilt für ein anderes Paket</translation>
    </message>
    <message>
        <source>it is for another agent key</source>
        <translation>sie gilt für einen anderen Agent-Schlüssel</translation>
    </message>
    <message>
        <source>it is for another receiving agent</source>
        <translation>sie gilt für einen anderen empfangenden Agenten</translation>
    </message>
    <message>
        <source>it has expired</source>
        <translation>sie ist abgelaufen</translation>
    </message>
</context>
<context>
    <name>tafel::distribution::SafeFile</name>
    <message>
        <source>%1: a symbolic link is in the way; material is never written through links.</source>
        <translation>%1: Ein symbolischer Link ist im Weg; Material wird nie über Links geschrieben.</translation>
    </message>
    <message>
        <source>%1: a file is in the way where a directory is expected.</source>
        <translation>%1: Eine Datei ist im Weg, wo ein Verzeichnis erwartet wird.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1: permission denied.</source>
        <translation>%1: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>The disk is full: cannot create %1.</source>
        <translation>Der Datenträger ist voll: %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine normale Datei.</translation>
    </message>
    <message>
        <source>The disk is full: cannot write %1. Free some space (or remove old material) and resume.</source>
        <translation>Der Datenträger ist voll: %1 kann nicht geschrieben werden. Geben Sie Speicherplatz frei (oder entfernen Sie altes Material) und setzen Sie dann fort.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is shorter than expected.</source>
        <translation>%1 ist kürzer als erwartet.</translation>
    </message>
    <message>
        <source>Cannot flush %1 to disk: %2</source>
        <translation>%1 kann nicht auf den Datenträger geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>tafel::gui::AdminAuth</name>
    <message>
        <source>Please enter a password.</source>
        <translation>Bitte ein Passwort eingeben.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters, please.</source>
        <translation>
            <numerusform>Bitte mindestens %n Zeichen.</numerusform>
            <numerusform>Bitte mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password must not start or end with a space.</source>
        <translation>Das Passwort darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>The two entries are different. Please type the password again.</source>
        <translation>Die beiden Eingaben sind verschieden. Bitte das Passwort erneut eingeben.</translation>
    </message>
    <message>
        <source>An admin password has already been set.</source>
        <translation>Ein Admin-Passwort ist bereits gesetzt.</translation>
    </message>
    <message>
        <source>No admin password has been set yet.</source>
        <translation>Es ist noch kein Admin-Passwort gesetzt.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Das aktuelle Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Cannot read the provisioned admin password %1: %2</source>
        <translation>Das vorbereitete Admin-Passwort %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 does not hold an scrypt password hash; the admin password was not set from it.</source>
        <translation>%1 enthält keinen scrypt-Passwort-Hash; das Admin-Passwort wurde daraus nicht gesetzt.</translation>
    </message>
</context>
<context>
    <name>tafel::gui::AdminGate</name>
    <message>
        <source>Admin password</source>
        <translation>Admin-Passwort</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel and stay in the teacher view</source>
        <translation>Abbrechen und in der Lehrkräfte-Ansicht bleiben</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Sie können es jetzt erneut versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters, please.</source>
        <translation>
            <numerusform>Bitte mindestens %n Zeichen.</numerusform>
            <numerusform>Bitte mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two entries are different.</source>
        <translation>Die beiden Eingaben sind verschieden.</translation>
    </message>
    <message>
        <source>Set the admin password</source>
        <translation>Admin-Passwort festlegen</translation>
    </message>
    <message numerus="yes">
        <source>This is the first start: choose the password that protects the admin view. At least %n characters. Keep it safe: it cannot be shown again.</source>
        <translation>
            <numerusform>Dies ist der erste Start: Wählen Sie das Passwort, das die Admin-Ansicht schützt. Mindestens %n Zeichen. Gut aufbewahren: Es kann nicht erneut angezeigt werden.</numerusform>
            <numerusform>Dies ist der erste Start: Wählen Sie das Passwort, das die Admin-Ansicht schützt. Mindestens %n Zeichen. Gut aufbewahren: Es kann nicht erneut angezeigt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Passwort festlegen</translation>
    </message>
    <message>
        <source>Set the admin password and open the admin view</source>
        <translation>Admin-Passwort festlegen und Admin-Ansicht öffnen</translation>
    </message>
    <message>
        <source>Admin access</source>
        <translation>Admin-Zugang</translation>
    </message>
    <message>
        <source>Enter the admin password to manage rooms, devices and settings.</source>
        <translation>Admin-Passwort eingeben, um Räume, Geräte und Einstellungen zu verwalten.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Unlock the admin view</source>
        <translation>Admin-Ansicht entsperren</translation>
    </message>
    <message>
        <source>Too many wrong passwords: please wait a moment.</source>
        <translation>Zu viele falsche Passwörter: bitte einen Moment warten.</translation>
    </message>
    <message>
        <source>The password could not be saved: %1</source>
        <translation>Das Passwort konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Please enter the admin password.</source>
        <translation>Bitte das Admin-Passwort eingeben.</translation>
    </message>
    <message>
        <source>The password could not be checked: %1</source>
        <translation>Das Passwort konnte nicht geprüft werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrong password. The admin view stays locked. Too many attempts: please wait %n seconds.</source>
        <translation>
            <numerusform>Falsches Passwort. Die Admin-Ansicht bleibt gesperrt. Zu viele Versuche: bitte %n Sekunde warten.</numerusform>
            <numerusform>Falsches Passwort. Die Admin-Ansicht bleibt gesperrt. Zu viele Versuche: bitte %n Sekunden warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong password. The admin view stays locked; please try again.</source>
        <translation>Falsches Passwort. Die Admin-Ansicht bleibt gesperrt; bitte erneut versuchen.</translation>
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
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Lock the admin view and return to the teacher view</source>
        <translation>Admin-Ansicht sperren und zur Lehrkräfte-Ansicht zurückkehren</translation>
    </message>
    <message>
        <source>Admin sections</source>
        <translation>Admin-Bereiche</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Rooms &amp; devices</source>
        <translation>Räume &amp; Geräte</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Zeitpläne</translation>
    </message>
    <message>
        <source>Agents &amp; keys</source>
        <translation>Agenten &amp; Schlüssel</translation>
    </message>
    <message>
        <source>Reports to the city</source>
        <translation>Berichte an die Stadt</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Every room of the school as a tile, worst first, with live states from the room agents. Coming with the school-wide health overview.</source>
        <translation>Jeder Raum der Schule als Kachel, die schlechtesten zuerst, mit Live-Zuständen der Raum-Agenten. Kommt mit der schulweiten Zustandsübersicht.</translation>
    </message>
    <message>
        <source>Broadband and availability reports for the city&apos;s education IT, sent from a durable outbox. Coming with reporting.</source>
        <translation>Bandbreiten- und Verfügbarkeitsberichte für die Schul-IT der Stadt, gesendet aus einem dauerhaften Postausgang. Kommt mit den Berichten.</translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation>Noch nicht verfügbar</translation>
    </message>
    <message>
        <source>Language, network, display passwords and school settings. Coming with the settings work.</source>
        <translation>Sprache, Netzwerk, Display-Passwörter und Schuleinstellungen. Kommt mit den Einstellungen.</translation>
    </message>
    <message>
        <source>Devices: %1</source>
        <translation>Geräte: %1</translation>
    </message>
    <message>
        <source>Rooms: %1</source>
        <translation>Räume: %1</translation>
    </message>
    <message>
        <source>Audit log: %1</source>
        <translation>Protokoll: %1</translation>
    </message>
    <message>
        <source>Some data could not be read. %1</source>
        <translation>Einige Daten konnten nicht gelesen werden. %1</translation>
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
        <translation>Version %1</translation>
    </message>
    <message>
        <source>display</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Computers in this room</source>
        <translation>Computer in diesem Raum</translation>
    </message>
    <message>
        <source>No PC with the Tafel agent in this room.</source>
        <translation>Kein PC mit dem Tafel-Agenten in diesem Raum.</translation>
    </message>
    <message>
        <source>Blank room</source>
        <translation>Raum schwarz</translation>
    </message>
    <message>
        <source>Show picture again</source>
        <translation>Bild wieder zeigen</translation>
    </message>
    <message>
        <source>Wake room PCs</source>
        <translation>Raum-PCs aufwecken</translation>
    </message>
    <message>
        <source>Blank room:</source>
        <translation>Raum schwarz schalten:</translation>
    </message>
    <message>
        <source>Show picture again:</source>
        <translation>Bild wieder zeigen:</translation>
    </message>
    <message>
        <source>%1: sending…</source>
        <translation>%1: wird gesendet…</translation>
    </message>
    <message>
        <source>%1: ✓ done</source>
        <translation>%1: ✓ erledigt</translation>
    </message>
    <message>
        <source>%1: ✗ %2</source>
        <translation>%1: ✗ %2</translation>
    </message>
    <message>
        <source>Wake room PCs:</source>
        <translation>Raum-PCs aufwecken:</translation>
    </message>
    <message>
        <source>No device of this room has a MAC address. An admin adds them under Rooms &amp; devices.</source>
        <translation>Kein Gerät dieses Raums hat eine MAC-Adresse. Die Administration trägt sie unter Räume &amp; Geräte ein.</translation>
    </message>
    <message>
        <source>No agent in this room can send the wake-up signal.</source>
        <translation>Kein Agent in diesem Raum kann das Wecksignal senden.</translation>
    </message>
    <message>
        <source>%1: ✓ wake-up signal sent</source>
        <translation>%1: ✓ Wecksignal gesendet</translation>
    </message>
</context>
<context>
    <name>tafel::gui::AgentsKeysPage</name>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Pinned fingerprint (SHA-256)</source>
        <translation>Hinterlegter Fingerabdruck (SHA-256)</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Agents &amp; keys</source>
        <translation>Agenten &amp; Schlüssel</translation>
    </message>
    <message>
        <source>The room agents with their pinned certificates and live state, and the school&apos;s teacher and admin keys. Revoked keys are refused by the agents after the next configuration push.</source>
        <translation>Die Raum-Agenten mit ihren hinterlegten Zertifikaten und ihrem aktuellen Zustand sowie die Lehrkräfte- und Admin-Schlüssel der Schule. Widerrufene Schlüssel lehnen die Agenten nach der nächsten Übertragung der Konfiguration ab.</translation>
    </message>
    <message>
        <source>Admin key:</source>
        <translation>Admin-Schlüssel:</translation>
    </message>
    <message>
        <source>Choose admin key…</source>
        <translation>Admin-Schlüssel wählen…</translation>
    </message>
    <message>
        <source>Choose the admin key file</source>
        <translation>Admin-Schlüsseldatei wählen</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Admin-Schlüssel</translation>
    </message>
    <message>
        <source>Private keys (*.pem)</source>
        <translation>Private Schlüssel (*.pem)</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Push configuration</source>
        <translation>Konfiguration übertragen</translation>
    </message>
    <message>
        <source>Push the configuration to every agent</source>
        <translation>Die Konfiguration an jeden Agenten übertragen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Ask every agent for its state now</source>
        <translation>Jeden Agenten jetzt nach seinem Zustand fragen</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Hinterlegung aufheben</translation>
    </message>
    <message>
        <source>Forget the pinned certificate of the selected agent</source>
        <translation>Das hinterlegte Zertifikat des ausgewählten Agenten vergessen</translation>
    </message>
    <message>
        <source>Address of the agent to enroll</source>
        <translation>Adresse des zu registrierenden Agenten</translation>
    </message>
    <message>
        <source>host:port of a new agent (default port %1)</source>
        <translation>host:port eines neuen Agenten (Standardport %1)</translation>
    </message>
    <message>
        <source>Connect and enroll</source>
        <translation>Verbinden und registrieren</translation>
    </message>
    <message>
        <source>Connect to the agent and show its fingerprint</source>
        <translation>Mit dem Agenten verbinden und seinen Fingerabdruck anzeigen</translation>
    </message>
    <message>
        <source>Pin this fingerprint</source>
        <translation>Diesen Fingerabdruck hinterlegen</translation>
    </message>
    <message>
        <source>The fingerprint matches the agent&apos;s: pin it</source>
        <translation>Der Fingerabdruck stimmt mit dem des Agenten überein: hinterlegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Do not pin this agent</source>
        <translation>Diesen Agenten nicht hinterlegen</translation>
    </message>
    <message>
        <source>Agents of the school</source>
        <translation>Agenten der Schule</translation>
    </message>
    <message>
        <source>Result of the configuration push per agent</source>
        <translation>Ergebnis der Konfigurationsübertragung je Agent</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>New teacher key…</source>
        <translation>Neuer Lehrkräfte-Schlüssel…</translation>
    </message>
    <message>
        <source>Create a teacher key</source>
        <translation>Einen Lehrkräfte-Schlüssel erstellen</translation>
    </message>
    <message>
        <source>New admin key…</source>
        <translation>Neuer Admin-Schlüssel…</translation>
    </message>
    <message>
        <source>Create an admin key</source>
        <translation>Einen Admin-Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Revoke the selected key</source>
        <translation>Den ausgewählten Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Export installer bundle…</source>
        <translation>Installer-Dateien exportieren…</translation>
    </message>
    <message>
        <source>Write the provisioning files for the installer</source>
        <translation>Die Provisionierungsdateien für den Installer schreiben</translation>
    </message>
    <message>
        <source>For the installer: one provision.json per room that trusts the active keys.</source>
        <translation>Für den Installer: eine provision.json pro Raum, die den aktiven Schlüsseln vertraut.</translation>
    </message>
    <message>
        <source>Keys of the school</source>
        <translation>Schlüssel der Schule</translation>
    </message>
    <message>
        <source>none — choose the admin key to see the agents&apos; state and to push</source>
        <translation>keiner — wählen Sie den Admin-Schlüssel, um den Zustand der Agenten zu sehen und die Konfiguration zu übertragen</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Nicht registriert</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <source>not pushed</source>
        <translation>nicht übertragen</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No agents yet: mark the room PCs that run tafel-agent in Rooms &amp; devices (protocol &quot;agent&quot;).</source>
        <translation>Noch keine Agenten: Markieren Sie unter Räume &amp; Geräte die Raum-PCs, auf denen tafel-agent läuft (Protokoll &quot;agent&quot;).</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Lehrkraft</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Widerrufen am %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>The admin key %1 cannot be read: %2</source>
        <translation>Der Admin-Schlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Unknown (no admin key)</source>
        <translation>Unbekannt (kein Admin-Schlüssel)</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not host or host:port: %2</source>
        <translation>&apos;%1&apos; ist nicht host oder host:port: %2</translation>
    </message>
    <message>
        <source>%1 presents the fingerprint
%2
Compare it with the agent&apos;s log (&apos;certificate fingerprint …&apos;) before pinning.</source>
        <translation>%1 zeigt den Fingerabdruck
%2
Vergleichen Sie ihn vor dem Hinterlegen mit dem Log des Agenten (&apos;certificate fingerprint …&apos;).</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Connect to an agent first.</source>
        <translation>Verbinden Sie sich zuerst mit einem Agenten.</translation>
    </message>
    <message>
        <source>%1 is pinned.</source>
        <translation>%1 ist hinterlegt.</translation>
    </message>
    <message>
        <source>%1 is not enrolled.</source>
        <translation>%1 ist nicht registriert.</translation>
    </message>
    <message>
        <source>%1 is no longer pinned; enroll it again to reach it.</source>
        <translation>%1 ist nicht mehr hinterlegt; registrieren Sie den Agenten erneut, um ihn zu erreichen.</translation>
    </message>
    <message>
        <source>Key %1 created: %2 (keep it secret). Push the configuration so the agents accept it.</source>
        <translation>Schlüssel %1 erstellt: %2 (geheim halten). Übertragen Sie die Konfiguration, damit die Agenten ihn annehmen.</translation>
    </message>
    <message>
        <source>Key %1 (%2) is revoked. Push the configuration: the agents refuse it after the push.</source>
        <translation>Schlüssel %1 (%2) ist widerrufen. Übertragen Sie die Konfiguration: Danach lehnen die Agenten ihn ab.</translation>
    </message>
    <message numerus="yes">
        <source>%n installer file(s) written to %1.</source>
        <translation>
            <numerusform>%n Installationsdatei in %1 gespeichert.</numerusform>
            <numerusform>%n Installationsdateien in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>A configuration push is still running.</source>
        <translation>Eine Übertragung der Konfiguration läuft noch.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>✓ %1: version %2, unchanged</source>
        <translation>✓ %1: Version %2, unverändert</translation>
    </message>
    <message>
        <source>✓ %1: version %2 applied (was %3)</source>
        <translation>✓ %1: Version %2 übernommen (vorher %3)</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Configuration pushed; %n agent(s) failed (see the list).</source>
        <translation>
            <numerusform>Konfiguration übertragen; bei %n Agenten fehlgeschlagen (siehe Liste).</numerusform>
            <numerusform>Konfiguration übertragen; bei %n Agenten fehlgeschlagen (siehe Liste).</numerusform>
        </translation>
    </message>
    <message>
        <source>Configuration pushed to every agent.</source>
        <translation>Konfiguration an alle Agenten übertragen.</translation>
    </message>
    <message>
        <source>all rooms</source>
        <translation>alle Räume</translation>
    </message>
    <message>
        <source>Pushing configuration version %1…</source>
        <translation>Konfiguration (Version %1) wird übertragen…</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Neuer Schlüssel</translation>
    </message>
    <message>
        <source>Who or which PC uses this key (e.g. &quot;Frau Demir&quot;):</source>
        <translation>Wer oder welcher PC nutzt diesen Schlüssel (z. B. &quot;Frau Demir&quot;):</translation>
    </message>
    <message>
        <source>Save the private key</source>
        <translation>Privaten Schlüssel speichern</translation>
    </message>
    <message>
        <source>Select the key to revoke.</source>
        <translation>Wählen Sie den Schlüssel, der widerrufen werden soll.</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Revoke key %1? The agents refuse it after the next configuration push. This cannot be undone.</source>
        <translation>Schlüssel %1 widerrufen? Die Agenten lehnen ihn nach der nächsten Übertragung der Konfiguration ab. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Installer bundle</source>
        <translation>Installationspaket</translation>
    </message>
    <message>
        <source>School id (e.g. de-by-09162-gs-nord):</source>
        <translation>Schul-ID (z. B. de-by-09162-gs-nord):</translation>
    </message>
    <message>
        <source>Folder for the installer files</source>
        <translation>Ordner für die Installationsdateien</translation>
    </message>
    <message>
        <source>Select the agent to unpin.</source>
        <translation>Wählen Sie den Agenten, dessen Hinterlegung aufgehoben werden soll.</translation>
    </message>
    <message>
        <source>Unpin agent</source>
        <translation>Hinterlegung aufheben</translation>
    </message>
    <message>
        <source>Forget the pinned certificate of %1? Tafel cannot reach it until it is enrolled again.</source>
        <translation>Das hinterlegte Zertifikat von %1 vergessen? Tafel erreicht den Agenten erst wieder, wenn er erneut registriert ist.</translation>
    </message>
</context>
<context>
    <name>tafel::gui::AuditModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>tafel::gui::AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Every change to rooms, devices, keys, schedules and settings, newest first.</source>
        <translation>Jede Änderung an Räumen, Geräten, Schlüsseln, Zeitplänen und Einstellungen, neueste zuerst.</translation>
    </message>
    <message>
        <source>Search entries…</source>
        <translation>Einträge durchsuchen…</translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation>Protokoll durchsuchen</translation>
    </message>
    <message>
        <source>Only this kind of change</source>
        <translation>Nur diese Art von Änderung</translation>
    </message>
    <message>
        <source>Only changes by</source>
        <translation>Nur Änderungen von</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>Von … bis …</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the entries shown as a CSV file</source>
        <translation>Angezeigte Einträge als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <source>Save the entries shown as a JSON file</source>
        <translation>Angezeigte Einträge als JSON-Datei speichern</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <source>%1 (all)</source>
        <translation>%1 (alle)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle Personen</translation>
    </message>
    <message>
        <source>%1 of %2 entries shown</source>
        <translation>%1 von %2 Einträgen angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>%n entries saved to %1.</source>
        <translation>
            <numerusform>%n Eintrag in %1 gespeichert.</numerusform>
            <numerusform>%n Einträge in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
</context>
<context>
    <name>tafel::gui::DeviceModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
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
        <translation>PJLink-Beamer/-Display</translation>
    </message>
    <message>
        <source>Samsung MDC display</source>
        <translation>Samsung-MDC-Display</translation>
    </message>
    <message>
        <source>Tafel agent</source>
        <translation>Tafel-Agent</translation>
    </message>
    <message>
        <source>Find devices</source>
        <translation>Geräte suchen</translation>
    </message>
    <message>
        <source>Searches the network for projectors and displays (PJLink search, PJLink port 4352, Samsung MDC port 1515) and Tafel agents (port 4450). Tick what to add and pick the room.</source>
        <translation>Sucht im Netzwerk nach Beamern und Displays (PJLink-Suche, PJLink-Port 4352, Samsung-MDC-Port 1515) und Tafel-Agenten (Port 4450). Markieren Sie, was hinzugefügt werden soll, und wählen Sie den Raum.</translation>
    </message>
    <message>
        <source>Subnet:</source>
        <translation>Subnetz:</translation>
    </message>
    <message>
        <source>Subnet to search, for example 192.168.20.0/24</source>
        <translation>Zu durchsuchendes Subnetz, zum Beispiel 192.168.20.0/24</translation>
    </message>
    <message>
        <source>e.g. 192.168.20.0/24</source>
        <translation>z. B. 192.168.20.0/24</translation>
    </message>
    <message>
        <source>This PC&apos;s network: %1</source>
        <translation>Netzwerk dieses PCs: %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Not searched yet.</source>
        <translation>Noch nicht gesucht.</translation>
    </message>
    <message>
        <source>Devices found</source>
        <translation>Gefundene Geräte</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>What answered</source>
        <translation>Was geantwortet hat</translation>
    </message>
    <message>
        <source>Name / class</source>
        <translation>Name / Klasse</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>In inventory</source>
        <translation>Im Inventar</translation>
    </message>
    <message>
        <source>Add to room:</source>
        <translation>Zu Raum hinzufügen:</translation>
    </message>
    <message>
        <source>Room for the new devices</source>
        <translation>Raum für die neuen Geräte</translation>
    </message>
    <message>
        <source>Add ticked devices</source>
        <translation>Markierte Geräte hinzufügen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>Searching… %n device(s) answered so far.</source>
        <translation>
            <numerusform>Suche läuft… Bisher hat %n Gerät geantwortet.</numerusform>
            <numerusform>Suche läuft… Bisher haben %n Geräte geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing answered. Check the subnet and that the devices are switched on and on the network.</source>
        <translation>Keine Antwort. Prüfen Sie das Subnetz und ob die Geräte eingeschaltet und mit dem Netzwerk verbunden sind.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) answered, %1 of them already in the inventory.</source>
        <translation>
            <numerusform>%n Gerät hat geantwortet, davon %1 bereits im Inventar.</numerusform>
            <numerusform>%n Geräte haben geantwortet, davon %1 bereits im Inventar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Erneut suchen</translation>
    </message>
    <message>
        <source>Sending the PJLink search…</source>
        <translation>PJLink-Suche wird gesendet…</translation>
    </message>
    <message>
        <source>Searching %1…</source>
        <translation>%1 wird durchsucht…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source> (answered the search)</source>
        <translation> (hat auf die Suche geantwortet)</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Ja: %1</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message numerus="yes">
        <source>Add %n device(s)</source>
        <translation>
            <numerusform>%n Gerät hinzufügen</numerusform>
            <numerusform>%n Geräte hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick the room first (add rooms under Rooms &amp; devices).</source>
        <translation>Wählen Sie zuerst den Raum (Räume legen Sie unter Räume &amp; Geräte an).</translation>
    </message>
    <message>
        <source>Nothing was added: %1</source>
        <translation>Nichts hinzugefügt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n device(s) to %1.</source>
        <translation>
            <numerusform>%n Gerät zu %1 hinzugefügt.</numerusform>
            <numerusform>%n Geräte zu %1 hinzugefügt.</numerusform>
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
        <translation>USB / Speicher %1</translation>
    </message>
    <message>
        <source>Network %1</source>
        <translation>Netzwerk %1</translation>
    </message>
    <message>
        <source>Internal %1</source>
        <translation>Intern %1</translation>
    </message>
    <message>
        <source>The displays of this room cannot be controlled: %1</source>
        <translation>Die Displays dieses Raums können nicht gesteuert werden: %1</translation>
    </message>
    <message>
        <source>No control</source>
        <translation>Keine Steuerung</translation>
    </message>
    <message>
        <source>This display has no control protocol set in the inventory.</source>
        <translation>Für dieses Display ist im Inventar kein Steuerprotokoll eingetragen.</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Falsches Passwort</translation>
    </message>
    <message>
        <source>%1 refuses the stored password. An admin can enter the right one under Admin → Rooms &amp; devices. (%2)</source>
        <translation>%1 lehnt das gespeicherte Passwort ab. Die Administration kann das richtige unter Admin → Räume &amp; Geräte eingeben. (%2)</translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 is not answering — is it plugged in and switched on at the wall? (%2)</source>
        <translation>%1 antwortet nicht — ist es eingesteckt und an der Steckdose eingeschaltet? (%2)</translation>
    </message>
    <message>
        <source>State unknown</source>
        <translation>Zustand unbekannt</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Warming up… %1 %</source>
        <translation>Wärmt auf… %1 %</translation>
    </message>
    <message>
        <source>Cooling down… %1 %</source>
        <translation>Kühlt ab… %1 %</translation>
    </message>
    <message>
        <source>Screen dark</source>
        <translation>Bildschirm dunkel</translation>
    </message>
    <message>
        <source>Picture blanked</source>
        <translation>Bild aus</translation>
    </message>
    <message>
        <source>Sound muted</source>
        <translation>Ton stumm</translation>
    </message>
    <message>
        <source>Picture frozen</source>
        <translation>Standbild</translation>
    </message>
    <message>
        <source>Volume %1</source>
        <translation>Lautstärke %1</translation>
    </message>
    <message>
        <source>⚠ Clean the filter</source>
        <translation>⚠ Filter reinigen</translation>
    </message>
    <message>
        <source>⚠ Lamp is old — order a new one</source>
        <translation>⚠ Lampe ist alt — eine neue bestellen</translation>
    </message>
    <message>
        <source>⚠ Lamp failure — replace the lamp</source>
        <translation>⚠ Lampenausfall — Lampe ersetzen</translation>
    </message>
    <message>
        <source>⚠ Too hot — keep the vents free</source>
        <translation>⚠ Zu heiß — Lüftungsschlitze freihalten</translation>
    </message>
    <message>
        <source>⚠ Fan fault</source>
        <translation>⚠ Lüfterfehler</translation>
    </message>
    <message>
        <source>⚠ Cover open</source>
        <translation>⚠ Abdeckung offen</translation>
    </message>
    <message>
        <source>⚠ The display reports a fault</source>
        <translation>⚠ Das Display meldet einen Fehler</translation>
    </message>
    <message>
        <source>Switch the display on first.</source>
        <translation>Zuerst das Display einschalten.</translation>
    </message>
    <message>
        <source>Samsung displays (MDC) have no freeze.</source>
        <translation>Samsung-Displays (MDC) haben kein Standbild.</translation>
    </message>
    <message>
        <source>This display (PJLink Class 1) has no freeze.</source>
        <translation>Dieses Display (PJLink Klasse 1) hat kein Standbild.</translation>
    </message>
    <message>
        <source>This display (PJLink Class 1) has no volume control.</source>
        <translation>Dieses Display (PJLink Klasse 1) hat keine Lautstärkeregelung.</translation>
    </message>
    <message>
        <source>Switching on…</source>
        <translation>Wird eingeschaltet…</translation>
    </message>
    <message>
        <source>Switching off…</source>
        <translation>Wird ausgeschaltet…</translation>
    </message>
    <message>
        <source>All on: %1 of %2 displays did not switch on: %3</source>
        <translation>Alles an: %1 von %2 Displays haben nicht eingeschaltet: %3</translation>
    </message>
    <message>
        <source>All off: %1 of %2 displays did not switch off: %3</source>
        <translation>Alles aus: %1 von %2 Displays haben nicht ausgeschaltet: %3</translation>
    </message>
    <message>
        <source>Switching input…</source>
        <translation>Quelle wird umgeschaltet…</translation>
    </message>
    <message>
        <source>Blanking the picture…</source>
        <translation>Bild wird ausgeschaltet…</translation>
    </message>
    <message>
        <source>Showing the picture…</source>
        <translation>Bild wird wieder gezeigt…</translation>
    </message>
    <message>
        <source>Muting…</source>
        <translation>Wird stummgeschaltet…</translation>
    </message>
    <message>
        <source>Sound on…</source>
        <translation>Ton an…</translation>
    </message>
    <message>
        <source>Freezing…</source>
        <translation>Standbild wird gesetzt…</translation>
    </message>
    <message>
        <source>Unfreezing…</source>
        <translation>Standbild wird aufgehoben…</translation>
    </message>
    <message>
        <source>Louder…</source>
        <translation>Lauter…</translation>
    </message>
    <message>
        <source>Quieter…</source>
        <translation>Leiser…</translation>
    </message>
</context>
<context>
    <name>tafel::gui::DisplayTile</name>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Switch on %1</source>
        <translation>%1 einschalten</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Switch off %1</source>
        <translation>%1 ausschalten</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Choose the input of %1</source>
        <translation>Quelle von %1 wählen</translation>
    </message>
    <message>
        <source>State unknown</source>
        <translation>Zustand unbekannt</translation>
    </message>
    <message>
        <source>Display control is not available yet</source>
        <translation>Display-Steuerung ist noch nicht verfügbar</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Bild aus</translation>
    </message>
    <message>
        <source>Blank the picture of %1</source>
        <translation>Bild von %1 ausschalten</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Mute the sound of %1</source>
        <translation>Ton von %1 stummschalten</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Standbild</translation>
    </message>
    <message>
        <source>Freeze the picture of %1</source>
        <translation>Standbild auf %1 schalten</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Leiser</translation>
    </message>
    <message>
        <source>Volume down on %1</source>
        <translation>Lautstärke von %1 verringern</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Lauter</translation>
    </message>
    <message>
        <source>Volume up on %1</source>
        <translation>Lautstärke von %1 erhöhen</translation>
    </message>
    <message>
        <source>Input: %1</source>
        <translation>Quelle: %1</translation>
    </message>
</context>
<context>
    <name>tafel::gui::HealthPanel</name>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
</context>
<context>
    <name>tafel::gui::HealthStrip</name>
    <message>
        <source>Devices:</source>
        <translation>Geräte:</translation>
    </message>
    <message>
        <source>Last measurement: none yet</source>
        <translation>Letzte Messung: noch keine</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>noch nicht gemessen</translation>
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
        <translation>Diagramm des Netzwerkverlaufs</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No measurements in this period yet.</source>
        <translation>In diesem Zeitraum noch keine Messungen.</translation>
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
        <translation>— Median-Latenz   ▒ Streuung (Min–Max, Median–P90)   ▮ Download / Upload   ▮ Verlust</translation>
    </message>
</context>
<context>
    <name>tafel::gui::InputPicker</name>
    <message>
        <source>Inputs of %1</source>
        <translation>Quellen von %1</translation>
    </message>
    <message>
        <source>Input for %1</source>
        <translation>Quelle für %1</translation>
    </message>
    <message>
        <source>The display is off: it is switched on first.</source>
        <translation>Das Display ist aus: Es wird zuerst eingeschaltet.</translation>
    </message>
    <message>
        <source>Switch %1 to %2</source>
        <translation>%1 auf %2 umschalten</translation>
    </message>
    <message>
        <source>The display has not told its inputs yet. Try again in a moment.</source>
        <translation>Das Display hat seine Quellen noch nicht gemeldet. Gleich noch einmal versuchen.</translation>
    </message>
</context>
<context>
    <name>tafel::gui::InventoryPage</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Rooms &amp; devices</source>
        <translation>Räume &amp; Geräte</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <source>Import rooms and devices from a CSV file</source>
        <translation>Räume und Geräte aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export all rooms and devices as a CSV file</source>
        <translation>Alle Räume und Geräte als CSV-Datei exportieren</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Move the selected device to another room</source>
        <translation>Ausgewähltes Gerät in einen anderen Raum verschieben</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Yes, delete</source>
        <translation>Ja, löschen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>Nein, behalten</translation>
    </message>
    <message>
        <source>Room to move the device to</source>
        <translation>Raum, in den das Gerät verschoben wird</translation>
    </message>
    <message>
        <source>Move here</source>
        <translation>Hierher verschieben</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>Filter rooms…</source>
        <translation>Räume filtern…</translation>
    </message>
    <message>
        <source>Filter rooms</source>
        <translation>Räume filtern</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Filter devices…</source>
        <translation>Geräte filtern…</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>Geräte filtern</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Raumname</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Etage</translation>
    </message>
    <message>
        <source>Capacity (seats)</source>
        <translation>Kapazität (Plätze)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Kind of device</source>
        <translation>Gerätetyp</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <source>IP address or host name</source>
        <translation>IP-Adresse oder Hostname</translation>
    </message>
    <message>
        <source>e.g. 192.168.20.14</source>
        <translation>z. B. 192.168.20.14</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>default of the protocol</source>
        <translation>Standard des Protokolls</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <source>e.g. 00:11:22:AA:BB:CC (for Wake-on-LAN)</source>
        <translation>z. B. 00:11:22:AA:BB:CC (für Wake-on-LAN)</translation>
    </message>
    <message>
        <source>Control protocol</source>
        <translation>Steuerprotokoll</translation>
    </message>
    <message>
        <source>None (reachability only)</source>
        <translation>Keins (nur Erreichbarkeit)</translation>
    </message>
    <message>
        <source>PJLink (projectors)</source>
        <translation>PJLink (Beamer)</translation>
    </message>
    <message>
        <source>Samsung MDC (displays)</source>
        <translation>Samsung MDC (Displays)</translation>
    </message>
    <message>
        <source>Tafel agent</source>
        <translation>Tafel-Agent</translation>
    </message>
    <message>
        <source>A Tafel agent runs on this device</source>
        <translation>Auf diesem Gerät läuft ein Tafel-Agent</translation>
    </message>
    <message>
        <source>New PJLink password or MDC PIN</source>
        <translation>Neues PJLink-Passwort oder neue MDC-PIN</translation>
    </message>
    <message>
        <source>leave empty to keep</source>
        <translation>leer lassen, um es zu behalten</translation>
    </message>
    <message>
        <source>Remove stored password</source>
        <translation>Gespeichertes Passwort entfernen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
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
        <translation>Passwort / PIN</translation>
    </message>
    <message>
        <source>Passwords are stored encrypted and never shown again. Type a new one to replace it.</source>
        <translation>Passwörter werden verschlüsselt gespeichert und nie wieder angezeigt. Geben Sie ein neues ein, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>Import from CSV: check before anything is written</source>
        <translation>Import aus CSV: Prüfung, bevor etwas geschrieben wird</translation>
    </message>
    <message>
        <source>Cancel the import; nothing is written</source>
        <translation>Import abbrechen; es wird nichts geschrieben</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Apply the changes shown</source>
        <translation>Angezeigte Änderungen übernehmen</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>Create rooms that do not exist yet</source>
        <translation>Räume anlegen, die noch nicht existieren</translation>
    </message>
    <message>
        <source>Skip the lines with errors, import the rest</source>
        <translation>Fehlerhafte Zeilen überspringen, den Rest importieren</translation>
    </message>
    <message>
        <source>Changes the import would make</source>
        <translation>Änderungen durch den Import</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Lines with errors</source>
        <translation>Fehlerhafte Zeilen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Import abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Devices: %1</source>
        <translation>Geräte: %1</translation>
    </message>
    <message>
        <source>Rooms: %1</source>
        <translation>Räume: %1</translation>
    </message>
    <message>
        <source>Rooms (%1)</source>
        <translation>Räume (%1)</translation>
    </message>
    <message>
        <source>Devices (%1)</source>
        <translation>Geräte (%1)</translation>
    </message>
    <message>
        <source>Some data could not be read. %1</source>
        <translation>Einige Daten konnten nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Neuer Raum</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>Neues Gerät</translation>
    </message>
    <message>
        <source>Add a room</source>
        <translation>Raum hinzufügen</translation>
    </message>
    <message>
        <source>Add a device</source>
        <translation>Gerät hinzufügen</translation>
    </message>
    <message>
        <source>Edit the selected room</source>
        <translation>Ausgewählten Raum bearbeiten</translation>
    </message>
    <message>
        <source>Edit the selected device</source>
        <translation>Ausgewähltes Gerät bearbeiten</translation>
    </message>
    <message>
        <source>Delete the selected room</source>
        <translation>Ausgewählten Raum löschen</translation>
    </message>
    <message>
        <source>Delete the selected device</source>
        <translation>Ausgewähltes Gerät löschen</translation>
    </message>
    <message>
        <source>Edit room %1</source>
        <translation>Raum %1 bearbeiten</translation>
    </message>
    <message>
        <source>The room needs a name.</source>
        <translation>Der Raum braucht einen Namen.</translation>
    </message>
    <message>
        <source>Room %1 added.</source>
        <translation>Raum %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Room %1 saved.</source>
        <translation>Raum %1 gespeichert.</translation>
    </message>
    <message>
        <source>Password: not set</source>
        <translation>Passwort: nicht gesetzt</translation>
    </message>
    <message>
        <source>Edit device %1</source>
        <translation>Gerät %1 bearbeiten</translation>
    </message>
    <message>
        <source>Password: set</source>
        <translation>Passwort: gesetzt</translation>
    </message>
    <message>
        <source>Choose the room of the device.</source>
        <translation>Wählen Sie den Raum des Geräts.</translation>
    </message>
    <message>
        <source>The device needs a name.</source>
        <translation>Das Gerät braucht einen Namen.</translation>
    </message>
    <message>
        <source>Device %1 added.</source>
        <translation>Gerät %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Device %1 saved.</source>
        <translation>Gerät %1 gespeichert.</translation>
    </message>
    <message>
        <source>Delete room %1? It has no devices.</source>
        <translation>Raum %1 löschen? Er hat keine Geräte.</translation>
    </message>
    <message numerus="yes">
        <source>Delete room %1 and its %n device(s)? They are deleted with it.</source>
        <translation>
            <numerusform>Raum %1 und sein %n Gerät löschen? Es wird mit gelöscht.</numerusform>
            <numerusform>Raum %1 und seine %n Geräte löschen? Sie werden mit gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete device %1 from room %2?</source>
        <translation>Gerät %1 aus Raum %2 löschen?</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message numerus="yes">
        <source>Room deleted with %n device(s).</source>
        <translation>
            <numerusform>Raum mit %n Gerät gelöscht.</numerusform>
            <numerusform>Raum mit %n Geräten gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Device deleted.</source>
        <translation>Gerät gelöscht.</translation>
    </message>
    <message>
        <source>Move %1 to:</source>
        <translation>%1 verschieben nach:</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>Nach %1 verschoben.</translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation>Nicht verschoben: %1</translation>
    </message>
    <message>
        <source>Import rooms and devices</source>
        <translation>Räume und Geräte importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is too large for an inventory file.</source>
        <translation>Die Datei ist zu groß für eine Inventardatei.</translation>
    </message>
    <message>
        <source>This file cannot be imported. Nothing will be written.</source>
        <translation>Diese Datei kann nicht importiert werden. Es wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 lines read. Rooms: %2 new, %3 changed, %4 unchanged. Devices: %5 new, %6 changed, %7 unchanged.</source>
        <translation>%1 Zeilen gelesen. Räume: %2 neu, %3 geändert, %4 unverändert. Geräte: %5 neu, %6 geändert, %7 unverändert.</translation>
    </message>
    <message>
        <source>%1 seats</source>
        <translation>%1 Plätze</translation>
    </message>
    <message>
        <source>building %1 → %2</source>
        <translation>Gebäude %1 → %2</translation>
    </message>
    <message>
        <source>floor %1 → %2</source>
        <translation>Etage %1 → %2</translation>
    </message>
    <message>
        <source>seats %1 → %2</source>
        <translation>Plätze %1 → %2</translation>
    </message>
    <message>
        <source>Room changed</source>
        <translation>Raum geändert</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>room %1 → %2</source>
        <translation>Raum %1 → %2</translation>
    </message>
    <message>
        <source>name %1 → %2</source>
        <translation>Name %1 → %2</translation>
    </message>
    <message>
        <source>kind %1 → %2</source>
        <translation>Typ %1 → %2</translation>
    </message>
    <message>
        <source>address %1 → %2</source>
        <translation>Adresse %1 → %2</translation>
    </message>
    <message>
        <source>MAC %1 → %2</source>
        <translation>MAC %1 → %2</translation>
    </message>
    <message>
        <source>protocol %1 → %2</source>
        <translation>Protokoll %1 → %2</translation>
    </message>
    <message>
        <source>agent: now yes</source>
        <translation>Agent: jetzt ja</translation>
    </message>
    <message>
        <source>agent: now no</source>
        <translation>Agent: jetzt nein</translation>
    </message>
    <message>
        <source>Device moved</source>
        <translation>Gerät verschoben</translation>
    </message>
    <message>
        <source>Device changed</source>
        <translation>Gerät geändert</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>No errors.</source>
        <translation>Keine Fehler.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with errors. Fix them in the file and choose it again, or skip them.</source>
        <translation>
            <numerusform>%n fehlerhafte Zeile. Korrigieren Sie sie in der Datei und wählen Sie die Datei erneut, oder überspringen Sie sie.</numerusform>
            <numerusform>%n fehlerhafte Zeilen. Korrigieren Sie sie in der Datei und wählen Sie die Datei erneut, oder überspringen Sie sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the errors or choose to skip the bad lines.</source>
        <translation>Korrigieren Sie die Fehler, oder lassen Sie die fehlerhaften Zeilen überspringen.</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Es wurde nichts geschrieben: %1</translation>
    </message>
    <message>
        <source>Imported. Rooms: %1 new, %2 changed. Devices: %3 new, %4 changed.</source>
        <translation>Importiert. Räume: %1 neu, %2 geändert. Geräte: %3 neu, %4 geändert.</translation>
    </message>
    <message>
        <source>Export rooms and devices</source>
        <translation>Räume und Geräte exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Exported %1 rooms and %2 devices to %3 (passwords are never exported).</source>
        <translation>%1 Räume und %2 Geräte nach %3 exportiert (Passwörter werden nie exportiert).</translation>
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
        <translation>Es gibt keinen Raum „%1“. Stattdessen wird %2 angezeigt.</translation>
    </message>
    <message>
        <source>The admin view was locked because nobody used it for a while.</source>
        <translation>Die Admin-Ansicht wurde gesperrt, weil sie eine Weile nicht benutzt wurde.</translation>
    </message>
    <message>
        <source>The schedules could not be loaded: %1</source>
        <translation>Die Zeitpläne konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Schedule “%1”: %2 of %3 displays did not respond.</source>
        <translation>Zeitplan „%1“: %2 von %3 Displays haben nicht reagiert.</translation>
    </message>
    <message>
        <source>Schedule “%1” ran.</source>
        <translation>Zeitplan „%1“ wurde ausgeführt.</translation>
    </message>
</context>
<context>
    <name>tafel::gui::MaterialSend</name>
    <message>
        <source>“%1” could not be read or copied.</source>
        <translation>„%1“ konnte nicht gelesen oder kopiert werden.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Two of the dropped items are called “%1”. Rename one and try again.</source>
        <translation>Zwei der abgelegten Elemente heißen „%1“. Benennen Sie eines um und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>“%1” is a link; links cannot be sent. Send the file it points to instead.</source>
        <translation>„%1“ ist eine Verknüpfung; Verknüpfungen können nicht gesendet werden. Senden Sie stattdessen die Datei, auf die sie verweist.</translation>
    </message>
    <message>
        <source>“%1” is not an ordinary file and cannot be sent.</source>
        <translation>„%1“ ist keine normale Datei und kann nicht gesendet werden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Material is still being sent. Wait until it is done or cancel it.</source>
        <translation>Es wird noch Material gesendet. Warten Sie, bis es fertig ist, oder brechen Sie das Senden ab.</translation>
    </message>
    <message>
        <source>“%1” does not exist (any more).</source>
        <translation>„%1“ existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>“%1” is not a file or folder.</source>
        <translation>„%1“ ist weder eine Datei noch ein Ordner.</translation>
    </message>
    <message>
        <source>Nothing to send: drop files or folders, or choose them.</source>
        <translation>Nichts zu senden: Ziehen Sie Dateien oder Ordner hierher, oder wählen Sie sie aus.</translation>
    </message>
    <message>
        <source>There is no computer with the Tafel agent in this room to send to.</source>
        <translation>In diesem Raum gibt es keinen Computer mit dem Tafel-Agenten, an den gesendet werden kann.</translation>
    </message>
    <message>
        <source>This PC has no teacher key for the room&apos;s agents yet. An admin sets it under Admin → Agents &amp; keys.</source>
        <translation>Dieser PC hat noch keinen Lehrkräfte-Schlüssel für die Agenten des Raums. Die Administration legt ihn unter Admin → Agenten &amp; Schlüssel fest.</translation>
    </message>
    <message>
        <source>The teacher key %1 cannot be read: %2</source>
        <translation>Der Lehrkräfte-Schlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled while preparing; nothing was sent.</source>
        <translation>Beim Vorbereiten abgebrochen; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The material could not be prepared: %1</source>
        <translation>Das Material konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Not sent: the material could not be prepared.</source>
        <translation>Nicht gesendet: Das Material konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>This computer is not in the room any more.</source>
        <translation>Dieser Computer ist nicht mehr im Raum.</translation>
    </message>
    <message>
        <source>Not enrolled on this PC. An admin runs: tafelctl agent enroll %1</source>
        <translation>Auf diesem PC nicht registriert. Die Administration führt aus: tafelctl agent enroll %1</translation>
    </message>
    <message>
        <source>Not verified.</source>
        <translation>Nicht geprüft.</translation>
    </message>
    <message>
        <source>Not reachable. Is the computer switched on and connected? (%1)</source>
        <translation>Nicht erreichbar. Ist der Computer eingeschaltet und verbunden? (%1)</translation>
    </message>
    <message>
        <source>The computer could not store it, perhaps its disk is full. (%1)</source>
        <translation>Der Computer konnte es nicht speichern, vielleicht ist sein Speicher voll. (%1)</translation>
    </message>
    <message>
        <source>The computer refused it: %1</source>
        <translation>Der Computer hat es abgelehnt: %1</translation>
    </message>
    <message>
        <source>No answer about this computer.</source>
        <translation>Keine Antwort zu diesem Computer.</translation>
    </message>
</context>
<context>
    <name>tafel::gui::MessageDialog</name>
    <message>
        <source>Message to the room</source>
        <translation>Nachricht an den Raum</translation>
    </message>
    <message>
        <source>What should the room read?</source>
        <translation>Was soll der Raum lesen?</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>e.g. Please sit down, we start in 2 minutes.</source>
        <translation>z. B. Bitte setzen, wir beginnen in 2 Minuten.</translation>
    </message>
    <message>
        <source>Show for</source>
        <translation>Anzeigen für</translation>
    </message>
    <message>
        <source>How long the message is shown</source>
        <translation>Wie lange die Nachricht angezeigt wird</translation>
    </message>
    <message>
        <source>30 seconds</source>
        <translation>30 Sekunden</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 Minuten</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 Minuten</translation>
    </message>
    <message>
        <source>Until hidden</source>
        <translation>Bis zum Ausblenden</translation>
    </message>
    <message>
        <source>Whole screen</source>
        <translation>Ganzer Bildschirm</translation>
    </message>
    <message>
        <source>Strip at the top</source>
        <translation>Streifen oben</translation>
    </message>
    <message>
        <source>Hide message</source>
        <translation>Nachricht ausblenden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Send to the room</source>
        <translation>An den Raum senden</translation>
    </message>
    <message>
        <source>Write the message first.</source>
        <translation>Zuerst die Nachricht schreiben.</translation>
    </message>
    <message>
        <source>✓ shown</source>
        <translation>✓ angezeigt</translation>
    </message>
    <message>
        <source>✓ hidden</source>
        <translation>✓ ausgeblendet</translation>
    </message>
    <message>
        <source>There is no PC with the Tafel agent in this room, so there is no screen to show the message on.</source>
        <translation>In diesem Raum gibt es keinen PC mit dem Tafel-Agenten, also keinen Bildschirm für die Nachricht.</translation>
    </message>
    <message>
        <source>%1: sending…</source>
        <translation>%1: wird gesendet…</translation>
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
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>tafel::gui::PasswordChangeForm</name>
    <message>
        <source>Change the admin password</source>
        <translation>Admin-Passwort ändern</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. The change is written to the audit log.</source>
        <translation>
            <numerusform>Mindestens %n Zeichen. Die Änderung wird im Protokoll vermerkt.</numerusform>
            <numerusform>Mindestens %n Zeichen. Die Änderung wird im Protokoll vermerkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters, please.</source>
        <translation>
            <numerusform>Bitte mindestens %n Zeichen.</numerusform>
            <numerusform>Bitte mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter the current password.</source>
        <translation>Bitte das aktuelle Passwort eingeben.</translation>
    </message>
    <message>
        <source>The password could not be changed: %1</source>
        <translation>Das Passwort konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>The admin password was changed.</source>
        <translation>Das Admin-Passwort wurde geändert.</translation>
    </message>
</context>
<context>
    <name>tafel::gui::ReportsPage</name>
    <message>
        <source>Enter the address, e.g. https://push.city.example:9091</source>
        <translation>Geben Sie die Adresse ein, z. B. https://push.city.example:9091</translation>
    </message>
    <message>
        <source>Not an http:// or https:// address with a host name.</source>
        <translation>Keine http://- oder https://-Adresse mit Hostname.</translation>
    </message>
    <message>
        <source>No user name or password in the address; use the token field.</source>
        <translation>Kein Benutzername oder Passwort in der Adresse; verwenden Sie das Token-Feld.</translation>
    </message>
    <message>
        <source>No “?” or “#” in the address.</source>
        <translation>Kein „?“ oder „#“ in der Adresse.</translation>
    </message>
    <message>
        <source>Reports to the city</source>
        <translation>Berichte an die Stadt</translation>
    </message>
    <message>
        <source>The room agents send health reports (devices, broadband, displays) to the city&apos;s monitoring. Reports wait in each agent&apos;s outbox until the city&apos;s server has taken them.</source>
        <translation>Die Raum-Agenten senden Zustandsberichte (Geräte, Breitband, Displays) an die Überwachung der Stadt. Die Berichte warten im Postausgang jedes Agenten, bis der Server der Stadt sie angenommen hat.</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Ask every agent for its reporting state again</source>
        <translation>Alle Agenten erneut nach ihrem Berichtsstatus fragen</translation>
    </message>
    <message>
        <source>Agents and their reporting state</source>
        <translation>Agenten und ihr Berichtsstatus</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Sinks</source>
        <translation>Berichtsziele</translation>
    </message>
    <message>
        <source>Select an agent to see and change its reporting settings.</source>
        <translation>Wählen Sie einen Agenten, um seine Berichtseinstellungen zu sehen und zu ändern.</translation>
    </message>
    <message>
        <source>School id for the reports</source>
        <translation>Schul-ID für die Berichte</translation>
    </message>
    <message>
        <source>e.g. gs-nord</source>
        <translation>z. B. gs-nord</translation>
    </message>
    <message>
        <source>School id</source>
        <translation>Schul-ID</translation>
    </message>
    <message>
        <source>Room id for the reports</source>
        <translation>Raum-ID für die Berichte</translation>
    </message>
    <message>
        <source>empty: the agent&apos;s room</source>
        <translation>leer: der Raum des Agenten</translation>
    </message>
    <message>
        <source>Room id</source>
        <translation>Raum-ID</translation>
    </message>
    <message>
        <source>Seconds between two reports</source>
        <translation>Sekunden zwischen zwei Berichten</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>One report every</source>
        <translation>Ein Bericht alle</translation>
    </message>
    <message>
        <source>Reports kept while the city&apos;s server cannot be reached</source>
        <translation>Berichte, die aufbewahrt werden, solange der Server der Stadt nicht erreichbar ist</translation>
    </message>
    <message>
        <source>Keep at most (reports)</source>
        <translation>Höchstens aufbewahren (Berichte)</translation>
    </message>
    <message>
        <source>This agent also reports the whole school</source>
        <translation>Dieser Agent berichtet auch für die ganze Schule</translation>
    </message>
    <message>
        <source>File on the agent listing the school&apos;s agents</source>
        <translation>Datei auf dem Agenten mit der Liste der Agenten der Schule</translation>
    </message>
    <message>
        <source>e.g. /etc/tafel/school-agents (HOST:PORT FINGERPRINT per line)</source>
        <translation>z. B. /etc/tafel/school-agents (HOST:PORT FINGERPRINT pro Zeile)</translation>
    </message>
    <message>
        <source>School&apos;s agents (file on the agent)</source>
        <translation>Agenten der Schule (Datei auf dem Agenten)</translation>
    </message>
    <message>
        <source>Key file on the agent to ask the school&apos;s agents</source>
        <translation>Schlüsseldatei auf dem Agenten, um die Agenten der Schule abzufragen</translation>
    </message>
    <message>
        <source>a key the agents trust (teacher is enough)</source>
        <translation>ein Schlüssel, dem die Agenten vertrauen (Lehrkräfte-Schlüssel genügt)</translation>
    </message>
    <message>
        <source>Key to ask them (file on the agent)</source>
        <translation>Schlüssel zum Abfragen (Datei auf dem Agenten)</translation>
    </message>
    <message>
        <source>Where the reports go</source>
        <translation>Wohin die Berichte gehen</translation>
    </message>
    <message>
        <source>Add a destination</source>
        <translation>Berichtsziel hinzufügen</translation>
    </message>
    <message>
        <source>Save on the agent</source>
        <translation>Auf dem Agenten speichern</translation>
    </message>
    <message>
        <source>The rooms could not be read: %1</source>
        <translation>Die Räume konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1: switched off</source>
        <translation>%1: ausgeschaltet</translation>
    </message>
    <message>
        <source>%1: ✓ last sent %2</source>
        <translation>%1: ✓ zuletzt gesendet %2</translation>
    </message>
    <message>
        <source>%1: nothing sent yet</source>
        <translation>%1: noch nichts gesendet</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Wird abgefragt…</translation>
    </message>
    <message>
        <source>Needs the admin key</source>
        <translation>Benötigt den Admin-Schlüssel</translation>
    </message>
    <message>
        <source>Agent too old</source>
        <translation>Agent zu alt</translation>
    </message>
    <message>
        <source>Agent unreachable</source>
        <translation>Agent nicht erreichbar</translation>
    </message>
    <message>
        <source>Off (not configured)</source>
        <translation>Aus (nicht konfiguriert)</translation>
    </message>
    <message>
        <source>On, every %1 s</source>
        <translation>An, alle %1 s</translation>
    </message>
    <message>
        <source>Off (every destination switched off)</source>
        <translation>Aus (alle Berichtsziele ausgeschaltet)</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 wartend</translation>
    </message>
    <message>
        <source>No room has an agent yet. Add the agent PCs under Rooms &amp; devices and enroll them (tafelctl agent enroll).</source>
        <translation>Noch kein Raum hat einen Agenten. Fügen Sie die Agent-PCs unter Räume &amp; Geräte hinzu und registrieren Sie sie (tafelctl agent enroll).</translation>
    </message>
    <message>
        <source>Settings of %1 (%2)</source>
        <translation>Einstellungen von %1 (%2)</translation>
    </message>
    <message>
        <source>Asking the agent…</source>
        <translation>Agent wird abgefragt…</translation>
    </message>
    <message>
        <source>The agent did not give its settings: %1</source>
        <translation>Der Agent hat seine Einstellungen nicht geliefert: %1</translation>
    </message>
    <message>
        <source>Saved on the agent in %1.</source>
        <translation>Auf dem Agenten in %1 gespeichert.</translation>
    </message>
    <message>
        <source>This agent does not report yet. Fill in the school id and a destination, then save.</source>
        <translation>Dieser Agent sendet noch keine Berichte. Geben Sie die Schul-ID und ein Berichtsziel ein und speichern Sie dann.</translation>
    </message>
    <message>
        <source>Destination %1</source>
        <translation>Berichtsziel %1</translation>
    </message>
    <message>
        <source>Send reports here</source>
        <translation>Berichte hierher senden</translation>
    </message>
    <message>
        <source>Kind of server</source>
        <translation>Servertyp</translation>
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
        <translation>Typ</translation>
    </message>
    <message>
        <source>Name of the destination</source>
        <translation>Name des Berichtsziels</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address of the city&apos;s server</source>
        <translation>Adresse des Servers der Stadt</translation>
    </message>
    <message>
        <source>https://push.city.example:9091</source>
        <translation>https://push.city.example:9091</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>CA certificate file on the agent</source>
        <translation>CA-Zertifikatsdatei auf dem Agenten</translation>
    </message>
    <message>
        <source>empty: the system&apos;s trusted certificates</source>
        <translation>leer: die vertrauenswürdigen Zertifikate des Systems</translation>
    </message>
    <message>
        <source>CA file (on the agent)</source>
        <translation>CA-Datei (auf dem Agenten)</translation>
    </message>
    <message>
        <source>Client certificate file on the agent</source>
        <translation>Client-Zertifikatsdatei auf dem Agenten</translation>
    </message>
    <message>
        <source>optional, for mutual TLS</source>
        <translation>optional, für gegenseitiges TLS</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>Client key file on the agent</source>
        <translation>Client-Schlüsseldatei auf dem Agenten</translation>
    </message>
    <message>
        <source>with the client certificate</source>
        <translation>passend zum Client-Zertifikat</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>Bearer token (never shown again)</source>
        <translation>Bearer-Token (wird nie wieder angezeigt)</translation>
    </message>
    <message>
        <source>A token is set (hidden). Type to replace it.</source>
        <translation>Ein Token ist gesetzt (verborgen). Geben Sie ein neues ein, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>Remove the token</source>
        <translation>Token entfernen</translation>
    </message>
    <message>
        <source>Test: send one report now</source>
        <translation>Test: jetzt einen Bericht senden</translation>
    </message>
    <message>
        <source>Send one report to this destination now and show the server&apos;s answer</source>
        <translation>Jetzt einen Bericht an dieses Berichtsziel senden und die Antwort des Servers anzeigen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Save first, then test.</source>
        <translation>Zuerst speichern, dann testen.</translation>
    </message>
    <message>
        <source>The destination is removed when you save.</source>
        <translation>Das Berichtsziel wird beim Speichern entfernt.</translation>
    </message>
    <message>
        <source>The agent does not answer: %1</source>
        <translation>Der Agent antwortet nicht: %1</translation>
    </message>
    <message>
        <source>Outbox: %1 of at most %2 reports waiting; %3 dropped because it was full.</source>
        <translation>Postausgang: %1 von höchstens %2 Berichten wartend; %3 verworfen, weil er voll war.</translation>
    </message>
    <message>
        <source>Outbox: empty (reporting is off).</source>
        <translation>Postausgang: leer (Berichte sind ausgeschaltet).</translation>
    </message>
    <message>
        <source>Outbox: asking…</source>
        <translation>Postausgang: wird abgefragt…</translation>
    </message>
    <message>
        <source>Switched off: no reports are sent here.</source>
        <translation>Ausgeschaltet: Hierher werden keine Berichte gesendet.</translation>
    </message>
    <message>
        <source>Waiting for this destination: %1</source>
        <translation>Wartend für dieses Berichtsziel: %1</translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <translation>Letzter Erfolg: %1</translation>
    </message>
    <message>
        <source>Last success: none since the agent started</source>
        <translation>Letzter Erfolg: keiner seit dem Start des Agenten</translation>
    </message>
    <message>
        <source>Last error: %1 — %2</source>
        <translation>Letzter Fehler: %1 — %2</translation>
    </message>
    <message>
        <source>Sending one report to %1…</source>
        <translation>Ein Bericht wird an %1 gesendet…</translation>
    </message>
    <message>
        <source>✗ The agent could not run the test: %1</source>
        <translation>✗ Der Agent konnte den Test nicht ausführen: %1</translation>
    </message>
    <message>
        <source>✓ The server took the report: HTTP %1.</source>
        <translation>✓ Der Server hat den Bericht angenommen: HTTP %1.</translation>
    </message>
    <message>
        <source>✗ The server refused the report: HTTP %1.</source>
        <translation>✗ Der Server hat den Bericht abgelehnt: HTTP %1.</translation>
    </message>
    <message>
        <source>✗ No answer from the server: %1</source>
        <translation>✗ Keine Antwort vom Server: %1</translation>
    </message>
    <message>
        <source>Its answer: %1</source>
        <translation>Antwort des Servers: %1</translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation>An %1 gesendet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Enter the school id (the city gives it, e.g. gs-nord).</source>
        <translation>Geben Sie die Schul-ID ein (die Stadt vergibt sie, z. B. gs-nord).</translation>
    </message>
    <message>
        <source>Add at least one destination.</source>
        <translation>Fügen Sie mindestens ein Berichtsziel hinzu.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved. The agent uses the new settings now.</source>
        <translation>Gespeichert. Der Agent verwendet jetzt die neuen Einstellungen.</translation>
    </message>
    <message>
        <source>(The audit log could not be written: %1)</source>
        <translation>(Das Protokoll konnte nicht geschrieben werden: %1)</translation>
    </message>
</context>
<context>
    <name>tafel::gui::RoomAgents</name>
    <message>
        <source>This PC has no teacher key for the room&apos;s agents yet. An admin sets it under Admin → Agents &amp; keys.</source>
        <translation>Dieser PC hat noch keinen Lehrkräfte-Schlüssel für die Agenten des Raums. Die Administration legt ihn unter Admin → Agenten &amp; Schlüssel fest.</translation>
    </message>
    <message>
        <source>The teacher key %1 cannot be read: %2</source>
        <translation>Der Lehrkräfte-Schlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 (%2) is not enrolled on this PC. An admin runs: tafelctl agent enroll %2</source>
        <translation>%1 (%2) ist auf diesem PC nicht registriert. Die Administration führt aus: tafelctl agent enroll %2</translation>
    </message>
    <message>
        <source>This agent is not in the room any more.</source>
        <translation>Dieser Agent ist nicht mehr in diesem Raum.</translation>
    </message>
</context>
<context>
    <name>tafel::gui::RoomHealth</name>
    <message>
        <source>Tap for the network details of this room</source>
        <translation>Tippen für die Netzwerkdetails dieses Raums</translation>
    </message>
    <message>
        <source>Network — %1</source>
        <translation>Netzwerk — %1</translation>
    </message>
    <message>
        <source>No agent in this room measures the network.</source>
        <translation>Kein Agent in diesem Raum misst das Netzwerk.</translation>
    </message>
    <message>
        <source>Agent unreachable — no current network data.</source>
        <translation>Agent nicht erreichbar — keine aktuellen Netzwerkdaten.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Langsam</translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Not measured yet</source>
        <translation>Noch nicht gemessen</translation>
    </message>
    <message>
        <source>, %1 ms</source>
        <translation>, %1 ms</translation>
    </message>
    <message>
        <source>Network OK</source>
        <translation>Netzwerk OK</translation>
    </message>
    <message>
        <source>Network degraded</source>
        <translation>Netzwerk beeinträchtigt</translation>
    </message>
    <message>
        <source>Network down</source>
        <translation>Netzwerk ausgefallen</translation>
    </message>
    <message>
        <source>Network: not measured yet</source>
        <translation>Netzwerk: noch nicht gemessen</translation>
    </message>
    <message>
        <source>Last test %1 failed: %2</source>
        <translation>Letzter Test %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>↓ %1 ↑ %2 Mbit/s</source>
        <translation>↓ %1 ↑ %2 Mbit/s</translation>
    </message>
    <message>
        <source>%1 (test at %2)</source>
        <translation>%1 (Test um %2)</translation>
    </message>
    <message>
        <source>Last test %1</source>
        <translation>Letzter Test %1</translation>
    </message>
    <message>
        <source>Broadband test running…</source>
        <translation>Breitband-Test läuft…</translation>
    </message>
    <message>
        <source>No broadband test yet</source>
        <translation>Noch kein Breitband-Test</translation>
    </message>
    <message>
        <source>new test running…</source>
        <translation>neuer Test läuft…</translation>
    </message>
    <message>
        <source>Agent unreachable</source>
        <translation>Agent nicht erreichbar</translation>
    </message>
    <message>
        <source>Network: agent unreachable</source>
        <translation>Netzwerk: Agent nicht erreichbar</translation>
    </message>
    <message>
        <source>History unavailable: %1</source>
        <translation>Verlauf nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>tafel::gui::RoomModel</name>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Etage</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
</context>
<context>
    <name>tafel::gui::RoomPackagesModel</name>
    <message numerus="yes">
        <source>%1 — %2, %n file(s) — on %3 of %4 computers</source>
        <translation>
            <numerusform>%1 — %2, %n Datei — auf %3 von %4 Computern</numerusform>
            <numerusform>%1 — %2, %n Dateien — auf %3 von %4 Computern</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This material is not in the room any more.</source>
        <translation>Dieses Material ist nicht mehr im Raum.</translation>
    </message>
    <message>
        <source>No computer of this room has this material any more.</source>
        <translation>Kein Computer in diesem Raum hat dieses Material mehr.</translation>
    </message>
</context>
<context>
    <name>tafel::gui::ScheduleModel</name>
    <message>
        <source>Whole school</source>
        <translation>Ganze Schule</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächste Ausführung</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>All on</source>
        <translation>Alles an</translation>
    </message>
    <message>
        <source>All off</source>
        <translation>Alles aus</translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation>Quelle %1</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Heute %1</translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <translation>Morgen %1</translation>
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
        <translation>Zeitpläne</translation>
    </message>
    <message>
        <source>Switch the displays on and off by time, per room or for the whole school. Tafel runs them while it is open on this PC.</source>
        <translation>Die Displays nach Uhrzeit ein- und ausschalten, pro Raum oder für die ganze Schule. Tafel führt sie aus, solange es auf diesem PC geöffnet ist.</translation>
    </message>
    <message>
        <source>New schedule</source>
        <translation>Neuer Zeitplan</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit the selected schedule</source>
        <translation>Den ausgewählten Zeitplan bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected schedule</source>
        <translation>Den ausgewählten Zeitplan löschen</translation>
    </message>
    <message>
        <source>Yes, delete the schedule</source>
        <translation>Ja, Zeitplan löschen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>No, keep the schedule</source>
        <translation>Nein, Zeitplan behalten</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Displays on</source>
        <translation>Displays an</translation>
    </message>
    <message>
        <source>Displays off</source>
        <translation>Displays aus</translation>
    </message>
    <message>
        <source>Switch input</source>
        <translation>Quelle umschalten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Input code</source>
        <translation>Quellcode</translation>
    </message>
    <message>
        <source>e.g. 31 or HDMI1</source>
        <translation>z. B. 31 oder HDMI1</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>e.g. After school</source>
        <translation>z. B. Nach Schulschluss</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Whole school</source>
        <translation>Ganze Schule</translation>
    </message>
    <message>
        <source>The schedules could not be read: %1</source>
        <translation>Die Zeitpläne konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Edit schedule</source>
        <translation>Zeitplan bearbeiten</translation>
    </message>
    <message>
        <source>Enter the time as HH:MM, for example 16:30.</source>
        <translation>Die Uhrzeit als HH:MM eingeben, zum Beispiel 16:30.</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Mindestens einen Tag wählen.</translation>
    </message>
    <message>
        <source>Enter the input, for example 31 (PJLink) or HDMI1 (MDC).</source>
        <translation>Die Quelle eingeben, zum Beispiel 31 (PJLink) oder HDMI1 (MDC).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Schedule added.</source>
        <translation>Zeitplan hinzugefügt.</translation>
    </message>
    <message>
        <source>Schedule saved.</source>
        <translation>Zeitplan gespeichert.</translation>
    </message>
    <message>
        <source>Delete the schedule “%1”? This cannot be undone.</source>
        <translation>Den Zeitplan „%1“ löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>tafel::gui::SchoolOverview</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Agent unreachable — no current network data.</source>
        <translation>Agent nicht erreichbar — keine aktuellen Netzwerkdaten.</translation>
    </message>
    <message>
        <source>History unavailable: %1</source>
        <translation>Verlauf nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Sort rooms</source>
        <translation>Räume sortieren</translation>
    </message>
    <message>
        <source>Worst first</source>
        <translation>Schlechteste zuerst</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Nach Name</translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation>Aktualisierungsintervall</translation>
    </message>
    <message>
        <source>Every %1 s</source>
        <translation>Alle %1 s</translation>
    </message>
    <message>
        <source>Find devices…</source>
        <translation>Geräte suchen…</translation>
    </message>
    <message>
        <source>Find devices on the network (discovery assistant)</source>
        <translation>Geräte im Netzwerk suchen (Suchassistent)</translation>
    </message>
    <message>
        <source>← All rooms</source>
        <translation>← Alle Räume</translation>
    </message>
    <message>
        <source>Back to all rooms</source>
        <translation>Zurück zu allen Räumen</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last probe</source>
        <translation>Letzte Messung</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Devices of the room</source>
        <translation>Geräte des Raums</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Timeline of state changes</source>
        <translation>Zeitleiste der Zustandsänderungen</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>No measurements in the last 24 hours.</source>
        <translation>Keine Messungen in den letzten 24 Stunden.</translation>
    </message>
    <message>
        <source>The rooms cannot be read: %1</source>
        <translation>Die Räume können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 on</source>
        <translation>%1 an</translation>
    </message>
    <message>
        <source>%1 standby</source>
        <translation>%1 Standby</translation>
    </message>
    <message>
        <source>%1 warming up</source>
        <translation>%1 in Aufwärmphase</translation>
    </message>
    <message>
        <source>%1 cooling down</source>
        <translation>%1 in Abkühlphase</translation>
    </message>
    <message>
        <source>%1 state unknown</source>
        <translation>%1 Zustand unbekannt</translation>
    </message>
    <message>
        <source>%1 not answering</source>
        <translation>%1 ohne Antwort</translation>
    </message>
    <message>
        <source>%1 with errors</source>
        <translation>%1 mit Fehlern</translation>
    </message>
    <message>
        <source>Displays: %1</source>
        <translation>Displays: %1</translation>
    </message>
    <message>
        <source>The agent has not answered for %1.</source>
        <translation>Der Agent antwortet seit %1 nicht.</translation>
    </message>
    <message>
        <source>Last answer %1 ago — not current</source>
        <translation>Letzte Antwort vor %1 — nicht aktuell</translation>
    </message>
    <message>
        <source>Updated %1 ago</source>
        <translation>Aktualisiert vor %1</translation>
    </message>
    <message>
        <source>The room&apos;s agent does not answer.</source>
        <translation>Der Agent des Raums antwortet nicht.</translation>
    </message>
    <message>
        <source>No PC with an agent in this room</source>
        <translation>Kein PC mit Agent in diesem Raum</translation>
    </message>
    <message>
        <source>Asking the room&apos;s agent…</source>
        <translation>Agent des Raums wird abgefragt…</translation>
    </message>
    <message>
        <source>Broadband ↓ %1 ↑ %2 Mbit/s</source>
        <translation>Breitband ↓ %1 ↑ %2 Mbit/s</translation>
    </message>
    <message>
        <source>Broadband test failed: %1</source>
        <translation>Breitbandtest fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Broadband: not measured yet</source>
        <translation>Breitband: noch nicht gemessen</translation>
    </message>
    <message>
        <source> (%1 ago)</source>
        <translation> (vor %1)</translation>
    </message>
    <message>
        <source>%1 OK</source>
        <translation>%1 OK</translation>
    </message>
    <message>
        <source>%1 degraded</source>
        <translation>%1 beeinträchtigt</translation>
    </message>
    <message>
        <source>%1 down</source>
        <translation>%1 ausgefallen</translation>
    </message>
    <message>
        <source>%1 not measured</source>
        <translation>%1 nicht gemessen</translation>
    </message>
    <message>
        <source>Devices: %1</source>
        <translation>Geräte: %1</translation>
    </message>
    <message>
        <source>%1 answer</source>
        <translation>%1 mit Antwort</translation>
    </message>
    <message>
        <source>%1 not responding</source>
        <translation>%1 ohne Antwort</translation>
    </message>
    <message>
        <source>No rooms yet. Add rooms under Rooms &amp; devices.</source>
        <translation>Noch keine Räume. Legen Sie Räume unter Räume &amp; Geräte an.</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s): %1. Tap a room for its devices, chart and timeline.</source>
        <translation>
            <numerusform>%n Raum: %1. Tippen Sie auf einen Raum für seine Geräte, das Diagramm und die Zeitleiste.</numerusform>
            <numerusform>%n Räume: %1. Tippen Sie auf einen Raum für seine Geräte, das Diagramm und die Zeitleiste.</numerusform>
        </translation>
    </message>
    <message>
        <source>answered in %1 ms, %2 ago</source>
        <translation>Antwort in %1 ms, vor %2</translation>
    </message>
    <message>
        <source>no answer, %1 ago</source>
        <translation>keine Antwort, vor %1</translation>
    </message>
    <message>
        <source>No current data</source>
        <translation>Keine aktuellen Daten</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Not monitored</source>
        <translation>Nicht überwacht</translation>
    </message>
    <message>
        <source>No agent in this room — no network data.</source>
        <translation>Kein Agent in diesem Raum — keine Netzwerkdaten.</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Agent (seen here)</source>
        <translation>Agent (von hier gesehen)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No state changes in the last 24 hours.</source>
        <translation>Keine Zustandsänderungen in den letzten 24 Stunden.</translation>
    </message>
</context>
<context>
    <name>tafel::gui::SendMaterialPanel</name>
    <message>
        <source>Send material to the room</source>
        <translation>Material an den Raum senden</translation>
    </message>
    <message>
        <source>Drop files or folders here to send them to every computer in this room</source>
        <translation>Legen Sie Dateien oder Ordner hier ab, um sie an jeden Computer in diesem Raum zu senden</translation>
    </message>
    <message>
        <source>Drop files or folders here. They go to every computer in this room and are checked there byte by byte.</source>
        <translation>Legen Sie Dateien oder Ordner hier ab. Sie gehen an jeden Computer in diesem Raum und werden dort Byte für Byte geprüft.</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Dateien wählen…</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Senden abbrechen</translation>
    </message>
    <message>
        <source>Retry failed computers</source>
        <translation>Fehlgeschlagene Computer erneut versuchen</translation>
    </message>
    <message>
        <source>Already on the computers of this room</source>
        <translation>Bereits auf den Computern dieses Raums</translation>
    </message>
    <message>
        <source>Update list</source>
        <translation>Liste aktualisieren</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Noch nichts.</translation>
    </message>
    <message>
        <source>Choose files to send to the room</source>
        <translation>Dateien zum Senden an den Raum wählen</translation>
    </message>
    <message>
        <source>Choose a folder to send to the room</source>
        <translation>Ordner zum Senden an den Raum wählen</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>noch %1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s left</source>
        <translation>noch %1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>noch %1 s</translation>
    </message>
    <message>
        <source>Waiting until the material is prepared…</source>
        <translation>Warten, bis das Material vorbereitet ist…</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Warten…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>✓ Verified (%1)</source>
        <translation>✓ Geprüft (%1)</translation>
    </message>
    <message>
        <source>✗ Not delivered: %1</source>
        <translation>✗ Nicht zugestellt: %1</translation>
    </message>
    <message>
        <source>Cancelled (%1 of %2 are there and kept for a retry)</source>
        <translation>Abgebrochen (%1 von %2 sind angekommen und bleiben für einen neuen Versuch erhalten)</translation>
    </message>
    <message>
        <source>Preparing “%1”: checking every file… %2 %</source>
        <translation>„%1“ wird vorbereitet: Jede Datei wird geprüft… %2 %</translation>
    </message>
    <message numerus="yes">
        <source>Sending “%1” (%2) to %n computer(s)…</source>
        <translation>
            <numerusform>„%1“ (%2) wird an %n Computer gesendet…</numerusform>
            <numerusform>„%1“ (%2) wird an %n Computer gesendet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is on all %n computer(s) of the room, checked.</source>
        <translation>
            <numerusform>„%1“ ist auf %n Computer des Raums, geprüft.</numerusform>
            <numerusform>„%1“ ist auf allen %n Computern des Raums, geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is on %2 of %3 computers. %4 could not get it: see below; “Retry failed computers” tries again.</source>
        <translation>„%1“ ist auf %2 von %3 Computern. Nicht erhalten: %4 (siehe unten); „Fehlgeschlagene Computer erneut versuchen“ versucht es noch einmal.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show the files of %1</source>
        <translation>Dateien von %1 anzeigen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete %1 from the computers of this room</source>
        <translation>%1 von den Computern dieses Raums löschen</translation>
    </message>
    <message>
        <source>No computer with the Tafel agent in this room.</source>
        <translation>Kein Computer mit dem Tafel-Agenten in diesem Raum.</translation>
    </message>
    <message>
        <source>Not asked: %1</source>
        <translation>Nicht abgefragt: %1</translation>
    </message>
    <message>
        <source>Files of “%1”</source>
        <translation>Dateien von „%1“</translation>
    </message>
    <message>
        <source>“%1”, %2, on %3 of %4 computers</source>
        <translation>„%1“, %2, auf %3 von %4 Computern</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The files could not be listed: %1</source>
        <translation>Die Dateien konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Delete material</source>
        <translation>Material löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” from %n computer(s) of this room? Pupils can no longer open it there.</source>
        <translation>
            <numerusform>„%1“ von %n Computer dieses Raums löschen? Die Schülerinnen und Schüler können es dort nicht mehr öffnen.</numerusform>
            <numerusform>„%1“ von %n Computern dieses Raums löschen? Die Schülerinnen und Schüler können es dort nicht mehr öffnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was deleted from the computers of this room.</source>
        <translation>„%1“ wurde von den Computern dieses Raums gelöscht.</translation>
    </message>
    <message>
        <source>“%1” could not be deleted everywhere: %2</source>
        <translation>„%1“ konnte nicht überall gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>tafel::gui::TeacherView</name>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Network: not measured yet</source>
        <translation>Netzwerk: noch nicht gemessen</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Open the admin view</source>
        <translation>Admin-Ansicht öffnen</translation>
    </message>
    <message>
        <source>Displays in this room</source>
        <translation>Displays in diesem Raum</translation>
    </message>
    <message>
        <source>Material and messages</source>
        <translation>Material und Nachrichten</translation>
    </message>
    <message>
        <source>Nothing sent to this room yet. Sending material and messages comes in a later version; the delivery to every device will show here with its progress.</source>
        <translation>Noch nichts an diesen Raum gesendet. Material und Nachrichten senden kommt in einer späteren Version; die Zustellung an jedes Gerät wird dann hier mit Fortschritt angezeigt.</translation>
    </message>
    <message>
        <source>All on</source>
        <translation>Alles an</translation>
    </message>
    <message>
        <source>All off</source>
        <translation>Alles aus</translation>
    </message>
    <message>
        <source>Show video</source>
        <translation>Video zeigen</translation>
    </message>
    <message>
        <source>Send material</source>
        <translation>Material senden</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Switch on all displays of the room</source>
        <translation>Alle Displays des Raums einschalten</translation>
    </message>
    <message>
        <source>Switch off all displays of the room</source>
        <translation>Alle Displays des Raums ausschalten</translation>
    </message>
    <message>
        <source>Switching all displays on</source>
        <translation>Alle Displays einschalten</translation>
    </message>
    <message>
        <source>Switching all displays off</source>
        <translation>Alle Displays ausschalten</translation>
    </message>
    <message>
        <source>Showing a video on the display</source>
        <translation>Ein Video auf dem Display zeigen</translation>
    </message>
    <message>
        <source>Sending material to the room</source>
        <translation>Material an den Raum senden</translation>
    </message>
    <message>
        <source>Sending a message to the room</source>
        <translation>Eine Nachricht an den Raum senden</translation>
    </message>
    <message>
        <source>The rooms could not be read: %1</source>
        <translation>Die Räume konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No rooms yet</source>
        <translation>Noch keine Räume</translation>
    </message>
    <message>
        <source>The devices of this room could not be read: %1</source>
        <translation>Die Geräte dieses Raums konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Switching a display on</source>
        <translation>Ein Display einschalten</translation>
    </message>
    <message>
        <source>Switching a display off</source>
        <translation>Ein Display ausschalten</translation>
    </message>
    <message>
        <source>Choosing the input</source>
        <translation>Quelle wählen</translation>
    </message>
    <message>
        <source>There are no rooms yet. An admin adds them (for now with “tafelctl rooms add NAME”). To look around first, start “tafel --demo”.</source>
        <translation>Es gibt noch keine Räume. Die Administration legt sie an (vorerst mit „tafelctl rooms add NAME“). Zum Ausprobieren zuerst „tafel --demo“ starten.</translation>
    </message>
    <message>
        <source>There is no display or projector in this room yet. An admin can add one under Admin → Rooms &amp; devices.</source>
        <translation>In diesem Raum gibt es noch kein Display und keinen Beamer. Die Administration kann sie unter Admin → Räume &amp; Geräte hinzufügen.</translation>
    </message>
    <message>
        <source>%1 is not available yet in this version of Tafel. Nothing was changed.</source>
        <translation>„%1“ ist in dieser Version von Tafel noch nicht verfügbar. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation>Zeitplan: %1</translation>
    </message>
    <message>
        <source>Next scheduled: %1</source>
        <translation>Nächster geplanter Vorgang: %1</translation>
    </message>
</context>
<context>
    <name>tafel::gui::UsersPanel</name>
    <message>
        <source>Users and roles</source>
        <translation>Benutzer und Rollen</translation>
    </message>
    <message>
        <source>Teacher accounts are for the teachers&apos; own sign-in; they never open the admin view — only the admin password does. What a key may do on the agents depends on its role (see the table).</source>
        <translation>Lehrkräfte-Konten sind für die eigene Anmeldung der Lehrkräfte; sie öffnen nie die Admin-Ansicht — das kann nur das Admin-Passwort. Was ein Schlüssel auf den Agenten darf, hängt von seiner Rolle ab (siehe Tabelle).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Benutzerkonten</translation>
    </message>
    <message>
        <source>Teacher&apos;s name</source>
        <translation>Name der Lehrkraft</translation>
    </message>
    <message>
        <source>Teacher&apos;s password</source>
        <translation>Passwort der Lehrkraft</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Repeat the teacher&apos;s password</source>
        <translation>Passwort der Lehrkraft wiederholen</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Add teacher</source>
        <translation>Lehrkraft hinzufügen</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Passwort festlegen</translation>
    </message>
    <message>
        <source>Set the password of the teacher named in the name field</source>
        <translation>Passwort der Lehrkraft festlegen, deren Name im Namensfeld steht</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected teacher account</source>
        <translation>Ausgewähltes Lehrkräfte-Konto entfernen</translation>
    </message>
    <message>
        <source>Who may do what</source>
        <translation>Wer darf was</translation>
    </message>
    <message>
        <source>Permissions of the roles</source>
        <translation>Berechtigungen der Rollen</translation>
    </message>
    <message>
        <source>Teacher view: displays, messages, video, room health</source>
        <translation>Lehrkräfte-Ansicht: Displays, Nachrichten, Video, Raumzustand</translation>
    </message>
    <message>
        <source>Open the admin view (admin password)</source>
        <translation>Admin-Ansicht öffnen (Admin-Passwort)</translation>
    </message>
    <message>
        <source>Edit rooms, devices, schedules and settings</source>
        <translation>Räume, Geräte, Zeitpläne und Einstellungen bearbeiten</translation>
    </message>
    <message>
        <source>Create and revoke keys, enroll agents, push the configuration</source>
        <translation>Schlüssel erstellen und widerrufen, Agenten registrieren, Konfiguration übertragen</translation>
    </message>
    <message>
        <source>Agent command %1</source>
        <translation>Agent-Befehl %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Lehrkraft</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Enter the teacher&apos;s name.</source>
        <translation>Geben Sie den Namen der Lehrkraft ein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the admin account; choose another name.</source>
        <translation>&apos;%1&apos; ist das Admin-Konto; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Teacher account %1 added.</source>
        <translation>Lehrkräfte-Konto %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>There is no teacher account &apos;%1&apos;. (The admin password is changed above.)</source>
        <translation>Es gibt kein Lehrkräfte-Konto &apos;%1&apos;. (Das Admin-Passwort wird oben geändert.)</translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation>Passwort von %1 geändert.</translation>
    </message>
    <message>
        <source>Select the teacher account to remove.</source>
        <translation>Wählen Sie das Lehrkräfte-Konto, das entfernt werden soll.</translation>
    </message>
    <message>
        <source>The admin account cannot be removed here.</source>
        <translation>Das Admin-Konto kann hier nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Teacher account %1 removed.</source>
        <translation>Lehrkräfte-Konto %1 entfernt.</translation>
    </message>
</context>
<context>
    <name>tafel::gui::VideoDialog</name>
    <message>
        <source>Show video on the display</source>
        <translation>Video auf dem Display zeigen</translation>
    </message>
    <message>
        <source>Choose video…</source>
        <translation>Video wählen…</translation>
    </message>
    <message>
        <source>No video chosen yet.</source>
        <translation>Noch kein Video gewählt.</translation>
    </message>
    <message>
        <source>Preview here</source>
        <translation>Vorschau hier</translation>
    </message>
    <message>
        <source>Play on the display</source>
        <translation>Auf dem Display abspielen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Position on the display</source>
        <translation>Position auf dem Display</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Pause preview</source>
        <translation>Vorschau pausieren</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Vorschau: %1</translation>
    </message>
    <message>
        <source>Choose a video</source>
        <translation>Ein Video wählen</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mkv *.webm *.avi *.mov *.y4m *.mp3 *.wav *.ogg);;All files (*)</source>
        <translation>Videos (*.mp4 *.mkv *.webm *.avi *.mov *.y4m *.mp3 *.wav *.ogg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>There is no PC with the Tafel agent in this room to play the video on.</source>
        <translation>In diesem Raum gibt es keinen PC mit dem Tafel-Agenten, um das Video abzuspielen.</translation>
    </message>
    <message>
        <source>%1: sending…</source>
        <translation>%1: wird gesendet…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: stopped</source>
        <translation>%1: gestoppt</translation>
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
        <translation>Zeile %1 ist kein gültiges UTF-8; sie sieht nach Latin-1/Windows-1252 aus („%2“). Speichern Sie die Datei als „CSV UTF-8“ und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB; an inventory file is much smaller. Is it the right file?</source>
        <translation>Die Datei ist größer als %1 MiB; eine Inventardatei ist viel kleiner. Ist es die richtige Datei?</translation>
    </message>
    <message>
        <source>The file is UTF-16 (“Unicode text”). Save it as “CSV UTF-8” and import it again.</source>
        <translation>Die Datei ist UTF-16 („Unicode-Text“). Speichern Sie sie als „CSV UTF-8“ und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>The file contains NUL bytes: it is not a text file. Save it as “CSV UTF-8” and import it again.</source>
        <translation>Die Datei enthält NUL-Bytes: Sie ist keine Textdatei. Speichern Sie sie als „CSV UTF-8“ und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 fields.</source>
        <translation>Zeile %1 hat mehr als %2 Felder.</translation>
    </message>
    <message>
        <source>Line %1 has a field longer than %2 KiB.</source>
        <translation>Zeile %1 hat ein Feld, das länger als %2 KiB ist.</translation>
    </message>
    <message>
        <source>Line %1 opens a quoted field (&quot;) that is never closed.</source>
        <translation>Zeile %1 öffnet ein Feld in Anführungszeichen (&quot;), das nie geschlossen wird.</translation>
    </message>
    <message>
        <source>Line %1 has text after a closing quote (&quot;); write a quote inside a quoted field as &quot;&quot;.</source>
        <translation>Zeile %1 hat Text nach einem schließenden Anführungszeichen (&quot;); schreiben Sie ein Anführungszeichen in einem Feld mit Anführungszeichen als &quot;&quot;.</translation>
    </message>
    <message>
        <source>The file is empty: the first line must name the columns.</source>
        <translation>Die Datei ist leer: Die erste Zeile muss die Spalten benennen.</translation>
    </message>
</context>
<context>
    <name>tafel::inventory::ImportPlan</name>
    <message>
        <source>Line %1: there is no room “%2” (new rooms are not allowed in this import).</source>
        <translation>Zeile %1: Es gibt keinen Raum „%2“ (neue Räume sind bei diesem Import nicht erlaubt).</translation>
    </message>
    <message>
        <source>Line %1: room “%2” has %3 devices named “%4”; rename them in the admin view first.</source>
        <translation>Zeile %1: Raum „%2“ hat %3 Geräte namens „%4“; benennen Sie sie zuerst in der Admin-Ansicht um.</translation>
    </message>
    <message>
        <source>Line %1: the MAC address %2 already belongs to “%3” in room “%4”.</source>
        <translation>Zeile %1: Die MAC-Adresse %2 gehört bereits zu „%3“ in Raum „%4“.</translation>
    </message>
    <message>
        <source>Line %1 describes the same stored device “%2” as line %3.</source>
        <translation>Zeile %1 beschreibt dasselbe gespeicherte Gerät „%2“ wie Zeile %3.</translation>
    </message>
    <message>
        <source>The rooms and devices changed since the preview was made. Check the preview again; nothing was written.</source>
        <translation>Die Räume und Geräte haben sich seit der Vorschau geändert. Prüfen Sie die Vorschau erneut; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1 Nothing was written.</source>
        <translation>Die Datei kann nicht importiert werden: %1 Es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the file have errors; nothing was written. Fix them, or choose to skip the bad lines.</source>
        <translation>
            <numerusform>%n Zeile der Datei ist fehlerhaft; es wurde nichts geschrieben. Korrigieren Sie sie, oder lassen Sie die fehlerhaften Zeilen überspringen.</numerusform>
            <numerusform>%n Zeilen der Datei sind fehlerhaft; es wurde nichts geschrieben. Korrigieren Sie sie, oder lassen Sie die fehlerhaften Zeilen überspringen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>tafel::inventory::InventoryCsv</name>
    <message>
        <source>Line 1 must name the columns, e.g. %1.</source>
        <translation>Zeile 1 muss die Spalten benennen, z. B. %1.</translation>
    </message>
    <message>
        <source>Line 1: unknown column “%1”. Known columns: %2.</source>
        <translation>Zeile 1: unbekannte Spalte „%1“. Bekannte Spalten: %2.</translation>
    </message>
    <message>
        <source>Line 1: the column “%1” appears twice.</source>
        <translation>Zeile 1: Die Spalte „%1“ kommt zweimal vor.</translation>
    </message>
    <message>
        <source>Line 1: the required columns %1 are missing (the delimiter found was “%2”).</source>
        <translation>Zeile 1: Die Pflichtspalten %1 fehlen (gefundenes Trennzeichen: „%2“).</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, the header has %3. Is a value with a “%4” in it missing its quotes?</source>
        <translation>Zeile %1 hat %2 Felder, die Kopfzeile hat %3. Fehlen bei einem Wert mit „%4“ die Anführungszeichen?</translation>
    </message>
    <message>
        <source>Line %1: the room is empty.</source>
        <translation>Zeile %1: Der Raum ist leer.</translation>
    </message>
    <message>
        <source>Line %1: the capacity “%2” is not a whole number of 0 or more.</source>
        <translation>Zeile %1: Die Kapazität „%2“ ist keine ganze Zahl ab 0.</translation>
    </message>
    <message>
        <source>Line %1: the device kind is empty (known kinds: %2).</source>
        <translation>Zeile %1: Der Gerätetyp ist leer (bekannte Typen: %2).</translation>
    </message>
    <message>
        <source>Line %1: unknown device kind “%2” (known kinds: %3).</source>
        <translation>Zeile %1: unbekannter Gerätetyp „%2“ (bekannte Typen: %3).</translation>
    </message>
    <message>
        <source>Line %1: the device name is empty.</source>
        <translation>Zeile %1: Der Gerätename ist leer.</translation>
    </message>
    <message>
        <source>Line %1: the port “%2” is not a number from 1 to 65535.</source>
        <translation>Zeile %1: Der Port „%2“ ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>Line %1: the host (IP address or name) is empty.</source>
        <translation>Zeile %1: Der Host (IP-Adresse oder Name) ist leer.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Line %1: the host names port %2 but the port column says %3.</source>
        <translation>Zeile %1: Der Host nennt Port %2, aber die Spalte port enthält %3.</translation>
    </message>
    <message>
        <source>Line %1: unknown protocol “%2” (known: %3; empty = reachability only).</source>
        <translation>Zeile %1: unbekanntes Protokoll „%2“ (bekannt: %3; leer = nur Erreichbarkeit).</translation>
    </message>
    <message>
        <source>Line %1: has_agent must be yes or no, not “%2”.</source>
        <translation>Zeile %1: has_agent muss yes oder no sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>Line %1: room “%2” has a device “%3” already on line %4.</source>
        <translation>Zeile %1: Raum „%2“ hat bereits in Zeile %4 ein Gerät „%3“.</translation>
    </message>
    <message>
        <source>Line %1: the MAC address %2 is also on line %3; every device has its own.</source>
        <translation>Zeile %1: Die MAC-Adresse %2 steht auch in Zeile %3; jedes Gerät hat seine eigene.</translation>
    </message>
    <message>
        <source>Line %1: room “%2” has %3 “%4” here but “%5” on line %6.</source>
        <translation>Zeile %1: Für Raum „%2“ steht hier %3 „%4“, in Zeile %6 aber „%5“.</translation>
    </message>
    <message>
        <source>building</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <source>floor</source>
        <translation>Etage</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>Kapazität</translation>
    </message>
</context>
<context>
    <name>tafel::inventory::InventoryEditor</name>
    <message>
        <source>The password or PIN is empty; use “Clear” to remove a stored one.</source>
        <translation>Das Passwort oder die PIN ist leer; verwenden Sie „Gespeichertes Passwort entfernen“, um ein gespeichertes zu entfernen.</translation>
    </message>
</context>
<context>
    <name>tafel::media::MediaPlayer</name>
    <message>
        <source>The media engine could not create a player.</source>
        <translation>Die Medienwiedergabe konnte keinen Player erstellen.</translation>
    </message>
    <message>
        <source>No media file is open.</source>
        <translation>Keine Mediendatei geöffnet.</translation>
    </message>
    <message>
        <source>The media engine could not start playing %1.</source>
        <translation>Die Medienwiedergabe konnte %1 nicht abspielen.</translation>
    </message>
    <message>
        <source>Seeking needs a media that is playing or paused.</source>
        <translation>Spulen ist nur bei laufender oder pausierter Wiedergabe möglich.</translation>
    </message>
    <message>
        <source>%1 does not support seeking.</source>
        <translation>%1 unterstützt kein Spulen.</translation>
    </message>
    <message>
        <source>%1 could not be played: its format is not supported, the file is damaged, or VLC&apos;s plugins are missing (Debian: the package vlc-plugin-base).</source>
        <translation>%1 konnte nicht abgespielt werden: Das Format wird nicht unterstützt, die Datei ist beschädigt oder die VLC-Plugins fehlen (Debian: Paket vlc-plugin-base).</translation>
    </message>
    <message>
        <source>it refused the options %1</source>
        <translation>sie hat die Optionen %1 abgelehnt</translation>
    </message>
    <message>
        <source>The media engine (libVLC %1) could not be started: %2. Check the player options and that VLC&apos;s plugins are installed (Debian: the package vlc-plugin-base).</source>
        <translation>Die Medienwiedergabe (libVLC %1) konnte nicht gestartet werden: %2. Player-Optionen prüfen und ob die VLC-Plugins installiert sind (Debian: Paket vlc-plugin-base).</translation>
    </message>
    <message>
        <source>No media file was given.</source>
        <translation>Keine Mediendatei angegeben.</translation>
    </message>
    <message>
        <source>The media file %1 does not exist.</source>
        <translation>Die Mediendatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a media file.</source>
        <translation>%1 ist ein Ordner, keine Mediendatei.</translation>
    </message>
    <message>
        <source>The media file %1 is not readable (check its permissions).</source>
        <translation>Die Mediendatei %1 ist nicht lesbar (Berechtigungen prüfen).</translation>
    </message>
    <message>
        <source>The media engine could not open %1.</source>
        <translation>Die Medienwiedergabe konnte %1 nicht öffnen.</translation>
    </message>
    <message>
        <source>The media engine could not read %1.</source>
        <translation>Die Medienwiedergabe konnte %1 nicht lesen.</translation>
    </message>
    <message>
        <source>Reading %1 took longer than %2 ms.</source>
        <translation>Das Lesen von %1 hat länger als %2 ms gedauert.</translation>
    </message>
    <message>
        <source>%1 is not a playable media file: its format is not supported or the file is damaged.</source>
        <translation>%1 ist keine abspielbare Mediendatei: Das Format wird nicht unterstützt oder die Datei ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>tafel::monitoring::HealthTracker</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message numerus="yes">
        <source>%n failed probe(s) in a row: %1</source>
        <translation>
            <numerusform>%n fehlgeschlagene Messung in Folge: %1</numerusform>
            <numerusform>%n fehlgeschlagene Messungen in Folge: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>slow answer (%1 ms)</source>
        <translation>langsame Antwort (%1 ms)</translation>
    </message>
    <message>
        <source>answers (%1 ms)</source>
        <translation>antwortet (%1 ms)</translation>
    </message>
    <message numerus="yes">
        <source>%n successful probe(s) in a row</source>
        <translation>
            <numerusform>%n erfolgreiche Messung in Folge</numerusform>
            <numerusform>%n erfolgreiche Messungen in Folge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slow probe(s) in a row (last %1 ms)</source>
        <translation>
            <numerusform>%n langsame Messung in Folge (zuletzt %1 ms)</numerusform>
            <numerusform>%n langsame Messungen in Folge (zuletzt %1 ms)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n good probe(s) in a row</source>
        <translation>
            <numerusform>%n gute Messung in Folge</numerusform>
            <numerusform>%n gute Messungen in Folge</numerusform>
        </translation>
    </message>
    <message>
        <source>device %1 moved to another room</source>
        <translation>Gerät %1 wurde in einen anderen Raum verschoben</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>Gerät %1</translation>
    </message>
    <message numerus="yes">
        <source>no probe result for %n second(s)</source>
        <translation>
            <numerusform>seit %n Sekunde kein Messergebnis</numerusform>
            <numerusform>seit %n Sekunden kein Messergebnis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tafel::monitoring::HistoryStore</name>
    <message>
        <source>History database: %1: %2</source>
        <translation>Verlaufsdatenbank: %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the history database %1: %2</source>
        <translation>Die Verlaufsdatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>setting WAL mode</source>
        <translation>WAL-Modus setzen</translation>
    </message>
    <message>
        <source>The history database %1 failed its integrity check</source>
        <translation>Die Verlaufsdatenbank %1 hat die Integritätsprüfung nicht bestanden</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>Schema-Version lesen</translation>
    </message>
    <message>
        <source>The history database %1 was written by a newer Tafel (schema %2, this build knows %3)</source>
        <translation>Die Verlaufsdatenbank %1 wurde von einem neueren Tafel geschrieben (Schema %2, dieser Build kennt %3)</translation>
    </message>
    <message>
        <source>starting a migration</source>
        <translation>Migration starten</translation>
    </message>
    <message>
        <source>migrating to schema %1</source>
        <translation>auf Schema %1 migrieren</translation>
    </message>
    <message>
        <source>adding a series</source>
        <translation>Messreihe hinzufügen</translation>
    </message>
    <message>
        <source>The history database is not open</source>
        <translation>Die Verlaufsdatenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>Transaktion starten</translation>
    </message>
    <message>
        <source>adding samples</source>
        <translation>Messwerte hinzufügen</translation>
    </message>
    <message>
        <source>committing samples</source>
        <translation>Messwerte festschreiben</translation>
    </message>
    <message>
        <source>reading the rollup state</source>
        <translation>Verdichtungsstand lesen</translation>
    </message>
    <message>
        <source>reading samples</source>
        <translation>Messwerte lesen</translation>
    </message>
    <message>
        <source>writing rollups</source>
        <translation>Verdichtungen schreiben</translation>
    </message>
    <message>
        <source>writing the rollup state</source>
        <translation>Verdichtungsstand schreiben</translation>
    </message>
    <message>
        <source>pruning</source>
        <translation>Bereinigen</translation>
    </message>
    <message>
        <source>reading rollups</source>
        <translation>Verdichtungen lesen</translation>
    </message>
    <message>
        <source>committing rollups</source>
        <translation>Verdichtungen festschreiben</translation>
    </message>
    <message>
        <source>recording an event</source>
        <translation>Ereignis aufzeichnen</translation>
    </message>
    <message>
        <source>reading events</source>
        <translation>Ereignisse lesen</translation>
    </message>
</context>
<context>
    <name>tafel::monitoring::Icmp</name>
    <message>
        <source>ICMP packet too long</source>
        <translation>ICMP-Paket zu lang</translation>
    </message>
    <message>
        <source>IP header too short</source>
        <translation>IP-Header zu kurz</translation>
    </message>
    <message>
        <source>Not an IPv4 packet</source>
        <translation>Kein IPv4-Paket</translation>
    </message>
    <message>
        <source>Bad IPv4 header length</source>
        <translation>Ungültige IPv4-Header-Länge</translation>
    </message>
    <message>
        <source>Not an ICMP packet</source>
        <translation>Kein ICMP-Paket</translation>
    </message>
    <message>
        <source>ICMP message too short</source>
        <translation>ICMP-Nachricht zu kurz</translation>
    </message>
    <message>
        <source>ICMP checksum mismatch</source>
        <translation>ICMP-Prüfsumme stimmt nicht</translation>
    </message>
</context>
<context>
    <name>tafel::monitoring::IcmpEngine</name>
    <message>
        <source>Too many ICMP probes in flight</source>
        <translation>Zu viele ICMP-Messungen gleichzeitig unterwegs</translation>
    </message>
    <message>
        <source>Cannot send ICMP echo: %1</source>
        <translation>ICMP-Echo kann nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>No ICMP echo reply (timeout)</source>
        <translation>Keine ICMP-Echo-Antwort (Zeitüberschreitung)</translation>
    </message>
</context>
<context>
    <name>tafel::monitoring::Iperf3</name>
    <message>
        <source>Bad iperf3 parameters</source>
        <translation>Ungültige iperf3-Parameter</translation>
    </message>
    <message>
        <source>Unknown iperf3 state %1 from the server</source>
        <translation>Unbekannter iperf3-Zustand %1 vom Server</translation>
    </message>
    <message>
        <source>iperf3 JSON message of %1 bytes refused</source>
        <translation>iperf3-JSON-Nachricht mit %1 Bytes abgelehnt</translation>
    </message>
    <message>
        <source>Malformed iperf3 JSON: %1</source>
        <translation>Fehlerhaftes iperf3-JSON: %1</translation>
    </message>
    <message>
        <source>iperf3 results lack CPU or retransmit fields</source>
        <translation>In den iperf3-Ergebnissen fehlen CPU- oder Retransmit-Felder</translation>
    </message>
    <message>
        <source>iperf3 results lack the stream list</source>
        <translation>In den iperf3-Ergebnissen fehlt die Stream-Liste</translation>
    </message>
    <message>
        <source>iperf3 results list too many streams</source>
        <translation>Die iperf3-Ergebnisse führen zu viele Streams auf</translation>
    </message>
    <message>
        <source>iperf3 stream result is not an object</source>
        <translation>iperf3-Stream-Ergebnis ist kein Objekt</translation>
    </message>
    <message>
        <source>iperf3 stream result lacks fields</source>
        <translation>Im iperf3-Stream-Ergebnis fehlen Felder</translation>
    </message>
    <message>
        <source>i_errno %1</source>
        <translation>i_errno %1</translation>
    </message>
    <message>
        <source>iperf3 server error: %1 (%2)</source>
        <translation>iperf3-Serverfehler: %1 (%2)</translation>
    </message>
    <message>
        <source>iperf3 server error: %1</source>
        <translation>iperf3-Serverfehler: %1</translation>
    </message>
</context>
<context>
    <name>tafel::monitoring::Iperf3Client</name>
    <message>
        <source>An iperf3 test is already running</source>
        <translation>Ein iperf3-Test läuft bereits</translation>
    </message>
    <message>
        <source>The iperf3 test was cancelled</source>
        <translation>Der iperf3-Test wurde abgebrochen</translation>
    </message>
    <message>
        <source>The iperf3 server at %1 accepted the connection but did not answer</source>
        <translation>Der iperf3-Server unter %1 hat die Verbindung angenommen, aber nicht geantwortet</translation>
    </message>
    <message>
        <source>The iperf3 server closed the control connection</source>
        <translation>Der iperf3-Server hat die Steuerverbindung geschlossen</translation>
    </message>
    <message>
        <source>Cannot reach the iperf3 server at %1: %2</source>
        <translation>Der iperf3-Server unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Connecting to the iperf3 server at %1 timed out</source>
        <translation>Zeitüberschreitung beim Verbinden mit dem iperf3-Server unter %1</translation>
    </message>
    <message>
        <source>The iperf3 server sent an oversized message</source>
        <translation>Der iperf3-Server hat eine zu große Nachricht gesendet</translation>
    </message>
    <message>
        <source>The iperf3 server stopped answering after the parameters</source>
        <translation>Der iperf3-Server hat nach den Parametern nicht mehr geantwortet</translation>
    </message>
    <message>
        <source>The iperf3 server did not start the test</source>
        <translation>Der iperf3-Server hat den Test nicht gestartet</translation>
    </message>
    <message>
        <source>The iperf3 server ended the test during the warm-up</source>
        <translation>Der iperf3-Server hat den Test während der Aufwärmphase beendet</translation>
    </message>
    <message>
        <source>The iperf3 server asked for results before the test ran</source>
        <translation>Der iperf3-Server hat Ergebnisse angefordert, bevor der Test lief</translation>
    </message>
    <message>
        <source>The iperf3 server did not send its results</source>
        <translation>Der iperf3-Server hat seine Ergebnisse nicht gesendet</translation>
    </message>
    <message>
        <source>The iperf3 server at %1 is busy with another test</source>
        <translation>Der iperf3-Server unter %1 ist mit einem anderen Test beschäftigt</translation>
    </message>
    <message>
        <source>The iperf3 server terminated the test</source>
        <translation>Der iperf3-Server hat den Test abgebrochen</translation>
    </message>
    <message>
        <source>iperf3 data connection failed: %1</source>
        <translation>iperf3-Datenverbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The iperf3 server stalled during the test</source>
        <translation>Der iperf3-Server ist während des Tests hängen geblieben</translation>
    </message>
    <message>
        <source>The iperf3 server did not finish the test</source>
        <translation>Der iperf3-Server hat den Test nicht abgeschlossen</translation>
    </message>
</context>
<context>
    <name>tafel::monitoring::LibreSpeedClient</name>
    <message>
        <source>A speed test is already running</source>
        <translation>Ein Geschwindigkeitstest läuft bereits</translation>
    </message>
    <message>
        <source>Cannot reach the speed test server %1: %2</source>
        <translation>Der Geschwindigkeitstest-Server %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The speed test server answered getIP with HTTP %1</source>
        <translation>Der Geschwindigkeitstest-Server hat getIP mit HTTP %1 beantwortet</translation>
    </message>
    <message>
        <source>The speed test was cancelled</source>
        <translation>Der Geschwindigkeitstest wurde abgebrochen</translation>
    </message>
    <message>
        <source>The speed test server answered empty with HTTP %1</source>
        <translation>Der Geschwindigkeitstest-Server hat leer mit HTTP %1 geantwortet</translation>
    </message>
    <message>
        <source>Speed test transfer failed: %1</source>
        <translation>Übertragung des Geschwindigkeitstests fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The speed test server answered HTTP %1</source>
        <translation>Der Geschwindigkeitstest-Server hat mit HTTP %1 geantwortet</translation>
    </message>
</context>
<context>
    <name>tafel::monitoring::ProbeTarget</name>
    <message>
        <source>Not a probe target: &quot;%1&quot; (use icmp://host, tcp://host:port, http(s)://..., display://id or heartbeat://id)</source>
        <translation>Kein Messziel: „%1“ (icmp://host, tcp://host:port, http(s)://..., display://id oder heartbeat://id verwenden)</translation>
    </message>
</context>
<context>
    <name>tafel::monitoring::Prober</name>
    <message>
        <source>Cannot resolve %1: %2</source>
        <translation>%1 kann nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <source>TCP connect to %1 port %2 failed: %3</source>
        <translation>TCP-Verbindung zu %1 Port %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>TCP connect to %1 port %2 timed out</source>
        <translation>Zeitüberschreitung bei der TCP-Verbindung zu %1 Port %2</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>No display driver for %1</source>
        <translation>Kein Display-Treiber für %1</translation>
    </message>
    <message>
        <source>No heartbeat source for %1</source>
        <translation>Keine Heartbeat-Quelle für %1</translation>
    </message>
    <message>
        <source>Agent %1 did not answer the heartbeat</source>
        <translation>Agent %1 hat nicht auf den Heartbeat geantwortet</translation>
    </message>
</context>
<context>
    <name>tafel::provision::Applier</name>
    <message>
        <source>Cannot create a temporary directory: %1</source>
        <translation>Temporäres Verzeichnis kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The existing agent.ini cannot be read; fix or remove it and apply again.</source>
        <translation>Die vorhandene agent.ini kann nicht gelesen werden; sie reparieren oder entfernen und erneut anwenden.</translation>
    </message>
    <message>
        <source>Cannot write the agent configuration.</source>
        <translation>Die Agent-Konfiguration kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot set the group of %1.</source>
        <translation>Die Gruppe von %1 kann nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>tafel::provision::Validator</name>
    <message>
        <source>missing (required)</source>
        <translation>fehlt (erforderlich)</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB</source>
        <translation>die Datei ist größer als 1 MiB</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>kein gültiges JSON an Byte %1: %2</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>unknown key (allowed: schema, school_id, room, role, agent, trusted_keys, reporting, admin_password_hash)</source>
        <translation>unbekannter Schlüssel (erlaubt: schema, school_id, room, role, agent, trusted_keys, reporting, admin_password_hash)</translation>
    </message>
    <message>
        <source>missing (required; this Tafel writes %1)</source>
        <translation>fehlt (erforderlich; dieses Tafel schreibt %1)</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>version %1 is newer than this Tafel understands (%2); upgrade Tafel first</source>
        <translation>Version %1 ist neuer, als dieses Tafel versteht (%2); zuerst Tafel aktualisieren</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>muss %1 sein</translation>
    </message>
    <message>
        <source>must be 1-64 characters of A-Z a-z 0-9 . _ -</source>
        <translation>muss aus 1–64 Zeichen von A-Z a-z 0-9 . _ - bestehen</translation>
    </message>
    <message>
        <source>must be 1-100 characters without control characters or surrounding spaces</source>
        <translation>muss aus 1–100 Zeichen ohne Steuerzeichen und ohne Leerzeichen am Anfang oder Ende bestehen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a machine role (teacher-pc, display-pc, student, server)</source>
        <translation>&apos;%1&apos; ist keine Rechnerrolle (teacher-pc, display-pc, student, server)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>unknown key (allowed: name, listen)</source>
        <translation>unbekannter Schlüssel (erlaubt: name, listen)</translation>
    </message>
    <message>
        <source>must be a host-name-like name of 1-63 characters (A-Z a-z 0-9 . _ -)</source>
        <translation>muss ein hostnamenartiger Name aus 1–63 Zeichen sein (A-Z a-z 0-9 . _ -)</translation>
    </message>
    <message>
        <source>must be ADDR:PORT</source>
        <translation>muss ADDR:PORT sein</translation>
    </message>
    <message>
        <source>missing (required; an empty list makes the agent refuse every client)</source>
        <translation>fehlt (erforderlich; bei einer leeren Liste lehnt der Agent jeden Client ab)</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <source>more than %1 keys</source>
        <translation>mehr als %1 Schlüssel</translation>
    </message>
    <message>
        <source>must be an object with role, key and optional comment</source>
        <translation>muss ein Objekt mit role, key und optional comment sein</translation>
    </message>
    <message>
        <source>unknown key (allowed: role, key, comment)</source>
        <translation>unbekannter Schlüssel (erlaubt: role, key, comment)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a key role (teacher, admin)</source>
        <translation>&apos;%1&apos; ist keine Schlüsselrolle (teacher, admin)</translation>
    </message>
    <message>
        <source>not an Ed25519 public key (base64 of 32 bytes)</source>
        <translation>kein öffentlicher Ed25519-Schlüssel (base64 von 32 Bytes)</translation>
    </message>
    <message>
        <source>listed twice</source>
        <translation>doppelt aufgeführt</translation>
    </message>
    <message>
        <source>must be at most 200 characters without control characters</source>
        <translation>darf höchstens 200 Zeichen ohne Steuerzeichen haben</translation>
    </message>
    <message>
        <source>must be an object (the reporting sinks&apos; configuration)</source>
        <translation>muss ein Objekt sein (die Konfiguration der Berichtsziele)</translation>
    </message>
    <message>
        <source>must be an scrypt hash ($scrypt$ln=..,r=..,p=..$salt$hash) as &apos;tafelctl provision bundle&apos; writes it; a plain password is refused</source>
        <translation>muss ein scrypt-Hash sein ($scrypt$ln=..,r=..,p=..$salt$hash), wie &apos;tafelctl provision bundle&apos; ihn schreibt; ein Klartext-Passwort wird abgelehnt</translation>
    </message>
    <message>
        <source>unknown key (allowed: sinks, interval_secs, outbox_max)</source>
        <translation>unbekannter Schlüssel (erlaubt: sinks, interval_secs, outbox_max)</translation>
    </message>
    <message>
        <source>must be a positive whole number</source>
        <translation>muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be a list of sinks</source>
        <translation>muss eine Liste von Berichtszielen sein</translation>
    </message>
    <message>
        <source>unknown key (allowed: kind, url, name, token, ca_file, cert_file, key_file)</source>
        <translation>unbekannter Schlüssel (erlaubt: kind, url, name, token, ca_file, cert_file, key_file)</translation>
    </message>
    <message>
        <source>must be a single-line string</source>
        <translation>muss ein einzeiliger Text sein</translation>
    </message>
    <message>
        <source>must be &apos;pushgateway&apos; or &apos;otlp&apos;</source>
        <translation>muss &apos;pushgateway&apos; oder &apos;otlp&apos; sein</translation>
    </message>
    <message>
        <source>must be an http:// or https:// address</source>
        <translation>muss eine http://- oder https://-Adresse sein</translation>
    </message>
</context>
<context>
    <name>tafel::reporting</name>
    <message>
        <source>A report needs a school and a room id.</source>
        <translation>Ein Bericht braucht eine Schul- und eine Raum-ID.</translation>
    </message>
</context>
<context>
    <name>tafel::reporting::HttpSink</name>
    <message>
        <source>Report sink %1: the URL must start with http:// or https://.</source>
        <translation>Berichtsziel %1: Die URL muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>A report sink needs a name.</source>
        <translation>Ein Berichtsziel braucht einen Namen.</translation>
    </message>
    <message>
        <source>Report sink %1: no CA certificate could be read from %2.</source>
        <translation>Berichtsziel %1: Aus %2 konnte kein CA-Zertifikat gelesen werden.</translation>
    </message>
    <message>
        <source>Report sink %1: the client certificate or key could not be read.</source>
        <translation>Berichtsziel %1: Das Client-Zertifikat oder der Schlüssel konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The server refused the report (HTTP %1): %2</source>
        <translation>Der Server hat den Bericht abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 von %2</translation>
    </message>
</context>
<context>
    <name>tafel::reporting::Reporter</name>
    <message>
        <source>There is already a report sink named %1.</source>
        <translation>Es gibt bereits ein Berichtsziel namens %1.</translation>
    </message>
</context>
<context>
    <name>tafel::schedules</name>
    <message>
        <source>Displays on</source>
        <translation>Displays an</translation>
    </message>
    <message>
        <source>Displays off</source>
        <translation>Displays aus</translation>
    </message>
    <message>
        <source>Switch input to %1</source>
        <translation>Quelle auf %1 umschalten</translation>
    </message>
    <message>
        <source>No days given; use e.g. mon-fri, mon,wed,fri or daily.</source>
        <translation>Keine Tage angegeben; z. B. mon-fri, mon,wed,fri oder daily verwenden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day or a range of days.</source>
        <translation>&apos;%1&apos; ist kein Tag und kein Bereich von Tagen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day of the week (mon, tue, wed, thu, fri, sat, sun).</source>
        <translation>&apos;%1&apos; ist kein Wochentag (mon, tue, wed, thu, fri, sat, sun).</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>Mon–Fri</source>
        <translation>Mo–Fr</translation>
    </message>
    <message>
        <source>The time is missing or not valid (use HH:MM).</source>
        <translation>Die Uhrzeit fehlt oder ist ungültig (HH:MM verwenden).</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Mindestens einen Tag wählen.</translation>
    </message>
    <message>
        <source>Switching the input needs the input to switch to.</source>
        <translation>Zum Umschalten der Quelle muss die Zielquelle angegeben sein.</translation>
    </message>
</context>
<context>
    <name>tafel::schooladmin::ConfigPusher</name>
    <message>
        <source>A configuration push is still running.</source>
        <translation>Eine Übertragung der Konfiguration läuft noch.</translation>
    </message>
    <message>
        <source>No agents to push to: mark the room PCs that run tafel-agent in Rooms &amp; devices.</source>
        <translation>Keine Agenten zum Übertragen: Markieren Sie unter Räume &amp; Geräte die Raum-PCs, auf denen tafel-agent läuft.</translation>
    </message>
    <message>
        <source>An admin key is needed to push the configuration (create one with &apos;tafelctl keys create --role admin&apos;).</source>
        <translation>Zum Übertragen der Konfiguration wird ein Admin-Schlüssel benötigt (erstellen Sie einen mit &apos;tafelctl keys create --role admin&apos;).</translation>
    </message>
    <message>
        <source>%1 is not enrolled: enroll it on Agents &amp; keys (or &apos;tafelctl agent enroll %1&apos;).</source>
        <translation>%1 ist nicht registriert: Registrieren Sie den Agenten unter Agenten &amp; Schlüssel (oder &apos;tafelctl agent enroll %1&apos;).</translation>
    </message>
</context>
<context>
    <name>tafel::schooladmin::SchoolAdmin</name>
    <message>
        <source>Choose a file for the private key.</source>
        <translation>Wählen Sie eine Datei für den privaten Schlüssel.</translation>
    </message>
    <message>
        <source>%1 already exists; an existing key is never overwritten. Choose another file.</source>
        <translation>%1 existiert bereits; ein vorhandener Schlüssel wird nie überschrieben. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the public key</source>
        <translation>der öffentliche Schlüssel</translation>
    </message>
    <message>
        <source>Give exactly one key line (ROLE BASE64-KEY [COMMENT]).</source>
        <translation>Geben Sie genau eine Schlüsselzeile an (ROLE BASE64-KEY [COMMENT]).</translation>
    </message>
    <message>
        <source>The school id is needed (e.g. de-by-09162-gs-nord).</source>
        <translation>Die Schul-ID wird benötigt (z. B. de-by-09162-gs-nord).</translation>
    </message>
    <message>
        <source>The school has no active keys; create a teacher and an admin key first.</source>
        <translation>Die Schule hat keine aktiven Schlüssel; erstellen Sie zuerst einen Lehrkräfte- und einen Admin-Schlüssel.</translation>
    </message>
    <message>
        <source>The school has no rooms yet.</source>
        <translation>Die Schule hat noch keine Räume.</translation>
    </message>
    <message>
        <source>The bundle for room %1 would not be valid: %2</source>
        <translation>Das Paket für Raum %1 wäre nicht gültig: %2</translation>
    </message>
</context>
<context>
    <name>tafel::screen::BlankWindow</name>
    <message>
        <source>Screen blanked by the teacher</source>
        <translation>Bildschirm von der Lehrkraft schwarz geschaltet</translation>
    </message>
</context>
<context>
    <name>tafel::screen::MessageWindow</name>
    <message>
        <source>Message from the teacher</source>
        <translation>Nachricht von der Lehrkraft</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>Nachricht von %1</translation>
    </message>
    <message>
        <source>Closes in %1 s</source>
        <translation>Schließt in %1 s</translation>
    </message>
</context>
<context>
    <name>tafel::screen::ScreenController</name>
    <message>
        <source>Nothing is playing on the display.</source>
        <translation>Auf dem Display wird nichts abgespielt.</translation>
    </message>
    <message>
        <source>Nothing is paused on the display.</source>
        <translation>Auf dem Display ist nichts pausiert.</translation>
    </message>
</context>
<context>
    <name>tafel::screen::VideoWindow</name>
    <message>
        <source>Video on the display</source>
        <translation>Video auf dem Display</translation>
    </message>
</context>
<context>
    <name>tafel::screensession</name>
    <message>
        <source>The message is empty.</source>
        <translation>Die Nachricht ist leer.</translation>
    </message>
    <message>
        <source>The message has %1 characters; at most %2 fit on the screen.</source>
        <translation>Die Nachricht hat %1 Zeichen; höchstens %2 passen auf den Bildschirm.</translation>
    </message>
    <message>
        <source>The sender&apos;s name is longer than %1 characters.</source>
        <translation>Der Name des Absenders ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>A message can stay for 0 (until closed) to %1 seconds.</source>
        <translation>Eine Nachricht kann 0 (bis zum Schließen) bis %1 Sekunden stehen bleiben.</translation>
    </message>
    <message>
        <source>The screen request was cancelled.</source>
        <translation>Die Bildschirmanfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No display session: the screen helper (tafel --screen) is not running on this computer, or nobody is logged in to the display (no socket at %1).</source>
        <translation>Keine Display-Sitzung: Der Bildschirm-Helfer (tafel --screen) läuft auf diesem Computer nicht, oder niemand ist am Display angemeldet (kein Socket unter %1).</translation>
    </message>
    <message>
        <source>The display needs the full path of the media file, not &quot;%1&quot;.</source>
        <translation>Das Display braucht den vollständigen Pfad der Mediendatei, nicht „%1“.</translation>
    </message>
    <message>
        <source>A seek position cannot be negative.</source>
        <translation>Eine Suchposition kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Too many screen requests are waiting; try again.</source>
        <translation>Zu viele Bildschirmanfragen warten; erneut versuchen.</translation>
    </message>
    <message>
        <source>The screen helper did not answer within %1 seconds.</source>
        <translation>Der Bildschirm-Helfer hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>No display session: the screen helper closed the connection before answering (the user logged out?).</source>
        <translation>Keine Display-Sitzung: Der Bildschirm-Helfer hat die Verbindung vor der Antwort geschlossen (Benutzer abgemeldet?).</translation>
    </message>
    <message>
        <source>The screen helper cannot listen at %1: %2</source>
        <translation>Der Bildschirm-Helfer kann nicht unter %1 lauschen: %2</translation>
    </message>
</context>
<context>
    <name>tafel::store</name>
    <message>
        <source>An audit entry needs an actor and an action.</source>
        <translation>Ein Protokolleintrag braucht einen Akteur und eine Aktion.</translation>
    </message>
    <message>
        <source>No stored password or PIN with reference &apos;%1&apos;.</source>
        <translation>Kein gespeichertes Passwort und keine PIN mit der Referenz &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cannot write to the folder of the database %1. Tafel needs to create files there; make the folder writable or choose another database location.</source>
        <translation>In den Ordner der Datenbank %1 kann nicht geschrieben werden. Tafel muss dort Dateien anlegen; den Ordner beschreibbar machen oder einen anderen Speicherort für die Datenbank wählen.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Keine Datenbankdatei angegeben.</translation>
    </message>
    <message>
        <source>Schema version %1 does not exist (this program knows 1 to %2).</source>
        <translation>Schemaversion %1 gibt es nicht (dieses Programm kennt 1 bis %2).</translation>
    </message>
    <message>
        <source>%1 is not a database file but a folder or device.</source>
        <translation>%1 ist keine Datenbankdatei, sondern ein Ordner oder Gerät.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Die Datenbank %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Der Ordner %1 für die Datenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The database file %1 is read-only. Make it writable for this user.</source>
        <translation>Die Datenbankdatei %1 ist schreibgeschützt. Sie für diesen Benutzer beschreibbar machen.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is missing. Install the package libqt6sql6-sqlite.</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE) fehlt. Das Paket libqt6sql6-sqlite installieren.</translation>
    </message>
    <message>
        <source>%1 It could not be moved aside (%2); move or delete it by hand, or restore a backup.</source>
        <translation>%1 Sie konnte nicht beiseitegelegt werden (%2); sie von Hand verschieben oder löschen oder eine Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>%1 It was moved aside to %2 (not deleted). The next start creates a new, empty database; restore a backup to get your data back.</source>
        <translation>%1 Sie wurde nach %2 verschoben (nicht gelöscht). Beim nächsten Start wird eine neue, leere Datenbank angelegt; eine Sicherung wiederherstellen, um die Daten zurückzubekommen.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>Die Schemaversion von %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2).</source>
        <translation>Die Datenbank %1 ist beschädigt (%2).</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this program knows schema version %3 at most: it was written by a newer Tafel. Update Tafel, or open another database.</source>
        <translation>Die Datenbank %1 hat die Schemaversion %2, dieses Programm kennt aber höchstens Schemaversion %3: Sie wurde von einem neueren Tafel geschrieben. Tafel aktualisieren oder eine andere Datenbank öffnen.</translation>
    </message>
    <message>
        <source>The database %1 has an invalid schema version %2.</source>
        <translation>Die Datenbank %1 hat eine ungültige Schemaversion %2.</translation>
    </message>
    <message>
        <source>Upgrading the database %1 to schema version %2 failed: %3</source>
        <translation>Aktualisieren der Datenbank %1 auf Schemaversion %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MAC address (expected e.g. 00:11:22:AA:BB:CC).</source>
        <translation>&apos;%1&apos; ist keine MAC-Adresse (erwartet z. B. 00:11:22:AA:BB:CC).</translation>
    </message>
    <message>
        <source>Device %1 has the unknown kind &apos;%2&apos;; a newer Tafel may have written it.</source>
        <translation>Gerät %1 hat den unbekannten Typ &apos;%2&apos;; eventuell wurde es von einem neueren Tafel geschrieben.</translation>
    </message>
    <message>
        <source>There is no device &apos;%1&apos;.</source>
        <translation>Es gibt kein Gerät „%1“.</translation>
    </message>
    <message>
        <source>A device needs a name.</source>
        <translation>Ein Gerät braucht einen Namen.</translation>
    </message>
    <message>
        <source>Device &apos;%1&apos; has an invalid kind.</source>
        <translation>Gerät „%1“ hat einen ungültigen Typ.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id.</source>
        <translation>&apos;%1&apos; ist keine gültige ID.</translation>
    </message>
    <message>
        <source>Device &apos;%1&apos; names two different ports (%2 and %3).</source>
        <translation>Gerät „%1“ nennt zwei verschiedene Ports (%2 und %3).</translation>
    </message>
    <message>
        <source>Unknown protocol &apos;%1&apos; (known: %2).</source>
        <translation>Unbekanntes Protokoll &apos;%1&apos; (bekannt: %2).</translation>
    </message>
    <message>
        <source>There is no room &apos;%1&apos; for device &apos;%2&apos;.</source>
        <translation>Es gibt keinen Raum „%1“ für Gerät „%2“.</translation>
    </message>
    <message>
        <source>The MAC address %1 already belongs to device &apos;%2&apos;.</source>
        <translation>Die MAC-Adresse %1 gehört bereits zu Gerät „%2“.</translation>
    </message>
    <message>
        <source>There is no room &apos;%1&apos;.</source>
        <translation>Es gibt keinen Raum „%1“.</translation>
    </message>
    <message>
        <source>A room named &apos;%1&apos; already exists.</source>
        <translation>Ein Raum namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>A room needs a name.</source>
        <translation>Ein Raum braucht einen Namen.</translation>
    </message>
    <message>
        <source>The capacity of room &apos;%1&apos; cannot be negative.</source>
        <translation>Die Platzzahl von Raum „%1“ darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Schedule %1 has the unknown action &apos;%2&apos;.</source>
        <translation>Zeitplan %1 hat die unbekannte Aktion &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>There is no schedule &apos;%1&apos;.</source>
        <translation>Es gibt keinen Zeitplan „%1“.</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>die Datenbank</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program (another Tafel or tafelctl is using it). Try again in a moment.</source>
        <translation>Die Datenbank %1 ist von einem anderen Programm gesperrt (ein anderes Tafel oder tafelctl verwendet sie). Gleich erneut versuchen.</translation>
    </message>
    <message>
        <source>Cannot open %1 for writing (%2). Check that the file and its folder exist and are writable.</source>
        <translation>%1 kann nicht zum Schreiben geöffnet werden (%2). Prüfen, ob die Datei und ihr Ordner existieren und beschreibbar sind.</translation>
    </message>
    <message>
        <source>Reading or writing %1 failed (%2). Is the disk full?</source>
        <translation>Lesen oder Schreiben von %1 fehlgeschlagen (%2). Ist der Datenträger voll?</translation>
    </message>
    <message>
        <source>The change was refused by the database (%1).</source>
        <translation>Die Datenbank hat die Änderung abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The change conflicts with existing data (%1).</source>
        <translation>Die Änderung steht im Konflikt mit vorhandenen Daten (%1).</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>Datenbankfehler in %1: %2</translation>
    </message>
    <message>
        <source>User &apos;%1&apos; has the unknown role &apos;%2&apos;.</source>
        <translation>Benutzer „%1“ hat die unbekannte Rolle &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Refusing to store a password that is not hashed.</source>
        <translation>Ein nicht gehashtes Passwort wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>There is no user &apos;%1&apos;.</source>
        <translation>Es gibt keinen Benutzer „%1“.</translation>
    </message>
    <message>
        <source>A user needs a name.</source>
        <translation>Ein Benutzer braucht einen Namen.</translation>
    </message>
    <message>
        <source>A user named &apos;%1&apos; already exists.</source>
        <translation>Ein Benutzer namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>The database %1 is not a %2 database. Open the right file.</source>
        <translation>Die Datenbank %1 ist keine %2-Datenbank. Die richtige Datei öffnen.</translation>
    </message>
</context>
<context>
    <name>tafel::wol</name>
    <message>
        <source>&quot;%1&quot; is not a MAC address: %2. Expected a form like aa:bb:cc:dd:ee:ff.</source>
        <translation>„%1“ ist keine MAC-Adresse: %2. Erwartet wird eine Form wie aa:bb:cc:dd:ee:ff.</translation>
    </message>
    <message>
        <source>No MAC address given. Expected a form like aa:bb:cc:dd:ee:ff.</source>
        <translation>Keine MAC-Adresse angegeben. Erwartet wird eine Form wie aa:bb:cc:dd:ee:ff.</translation>
    </message>
    <message>
        <source>it mixes the separators &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>sie mischt die Trennzeichen &apos;%1&apos; und &apos;%2&apos;</translation>
    </message>
    <message>
        <source>group %1 has %2 digits instead of %3</source>
        <translation>Gruppe %1 hat %2 Ziffern statt %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at position %2 is not a hexadecimal digit</source>
        <translation>&apos;%1&apos; an Position %2 ist keine Hexadezimalziffer</translation>
    </message>
    <message>
        <source>it is too long (a MAC address has 12 hexadecimal digits)</source>
        <translation>sie ist zu lang (eine MAC-Adresse hat 12 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>it has %1 hexadecimal digits instead of 12</source>
        <translation>sie hat %1 Hexadezimalziffern statt 12</translation>
    </message>
    <message>
        <source>00:00:00:00:00:00 belongs to no network card</source>
        <translation>00:00:00:00:00:00 gehört zu keiner Netzwerkkarte</translation>
    </message>
    <message>
        <source>it is a broadcast or multicast address, not a network card&apos;s</source>
        <translation>sie ist eine Broadcast- oder Multicast-Adresse, nicht die einer Netzwerkkarte</translation>
    </message>
    <message>
        <source>Wake-on-LAN needs a target address and a port.</source>
        <translation>Wake-on-LAN braucht eine Zieladresse und einen Port.</translation>
    </message>
    <message>
        <source>Cannot send the Wake-on-LAN packet for %1 to %2 port %3: %4</source>
        <translation>Das Wake-on-LAN-Paket für %1 kann nicht an %2 Port %3 gesendet werden: %4</translation>
    </message>
    <message>
        <source>it has %1 groups instead of %2 groups of %3 digits</source>
        <translation>sie hat %1 Gruppen statt %2 Gruppen mit je %3 Ziffern</translation>
    </message>
    <message>
        <source>group %1 has more than %2 digits</source>
        <translation>Gruppe %1 hat mehr als %2 Ziffern</translation>
    </message>
</context>
</TS>
