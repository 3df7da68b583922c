<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>SchoolKeys</name>
    <message>
        <source>Key %1 has the unknown role &apos;%2&apos;.</source>
        <translation>%1 anahtarının rolü bilinmiyor: &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>A key id is needed.</source>
        <translation>Bir anahtar kimliği gerekli.</translation>
    </message>
    <message>
        <source>There is no key &apos;%1&apos;. &apos;tafelctl keys list&apos; shows the school&apos;s keys.</source>
        <translation>&apos;%1&apos; adlı anahtar yok. Okulun anahtarlarını &apos;tafelctl keys list&apos; gösterir.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches %2 keys; give more digits of the key id.</source>
        <translation>&apos;%1&apos; ile %2 anahtar eşleşiyor; anahtar kimliğinin daha fazla basamağını girin.</translation>
    </message>
    <message>
        <source>Not an Ed25519 public key: %1</source>
        <translation>Ed25519 açık anahtarı değil: %1</translation>
    </message>
    <message>
        <source>The key id %1 does not belong to this public key (%2).</source>
        <translation>%1 anahtar kimliği bu açık anahtara ait değil (%2).</translation>
    </message>
    <message>
        <source>The key %1 is already in the school&apos;s keys.</source>
        <translation>%1 anahtarı zaten okulun anahtarları arasında.</translation>
    </message>
    <message>
        <source>The key %1 was revoked already on %2.</source>
        <translation>%1 anahtarı zaten %2 tarihinde iptal edilmiş.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tafel: smart classroom control</source>
        <translation>Tafel: akıllı sınıf kontrolü</translation>
    </message>
    <message>
        <source>Open a demo school in a throwaway database.</source>
        <translation>Demo okulu geçici bir veritabanında açar.</translation>
    </message>
    <message>
        <source>Use the database at PATH.</source>
        <translation>PATH konumundaki veritabanını kullanır.</translation>
    </message>
    <message>
        <source>User interface language: de, en or tr.</source>
        <translation>Arayüz dili: de, en veya tr.</translation>
    </message>
    <message>
        <source>Start in room NAME.</source>
        <translation>NAME odasında başlar.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and exit.</source>
        <translation>Pencerenin görüntüsünü FILE dosyasına kaydeder ve çıkar.</translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1920x1080.</source>
        <translation>--screenshot için pencere boyutu, ör. 1920x1080.</translation>
    </message>
    <message>
        <source>--demo and --db exclude each other.</source>
        <translation>--demo ve --db birlikte kullanılamaz.</translation>
    </message>
    <message>
        <source>--size must look like 1920x1080.</source>
        <translation>--size değeri 1920x1080 biçiminde olmalıdır.</translation>
    </message>
    <message>
        <source>Cannot create a temporary directory for the demo: %1</source>
        <translation>Demo için geçici bir dizin oluşturulamıyor: %1</translation>
    </message>
    <message>
        <source>Tafel cannot start</source>
        <translation>Tafel başlatılamıyor</translation>
    </message>
    <message>
        <source>Demo school — admin password: %1</source>
        <translation>Demo okul — yönetici parolası: %1</translation>
    </message>
    <message>
        <source>--view admin works only with --demo; otherwise use the Admin button and the password.</source>
        <translation>--view admin yalnızca --demo ile çalışır; aksi halde Yönetici düğmesini ve parolayı kullanın.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>Ekran görüntüsü %1 konumuna yazılamıyor.</translation>
    </message>
    <message>
        <source>Tafel agent: monitoring, material and display service for one room.</source>
        <translation>Tafel ajanı: tek bir oda için izleme, materyal ve ekran hizmeti.</translation>
    </message>
    <message>
        <source>Read the configuration from FILE (INI).</source>
        <translation>Yapılandırmayı FILE (INI) dosyasından okur.</translation>
    </message>
    <message>
        <source>Keep the agent&apos;s database and material in DIR.</source>
        <translation>Ajanın veritabanını ve materyallerini DIR dizininde tutar.</translation>
    </message>
    <message>
        <source>Listen on ADDR:PORT (default 0.0.0.0:%1).</source>
        <translation>ADDR:PORT üzerinde dinler (varsayılan 0.0.0.0:%1).</translation>
    </message>
    <message>
        <source>Language of messages: de, en or tr.</source>
        <translation>Mesaj dili: de, en veya tr.</translation>
    </message>
    <message>
        <source>Run the screen helper for tafel-agent (messages, blanking, video on this display) instead of the window.</source>
        <translation>Pencere yerine tafel-agent için ekran yardımcısını çalıştırır (bu ekranda mesajlar, karartma, video).</translation>
    </message>
    <message>
        <source>With --screen: listen on the socket NAME or PATH.</source>
        <translation>--screen ile: NAME veya PATH soketini dinler.</translation>
    </message>
    <message>
        <source>With --screenshot: wait MS more after the first display status refresh.</source>
        <translation>--screenshot ile: ilk ekran durumu yenilemesinden sonra MS kadar daha bekler.</translation>
    </message>
    <message>
        <source>Start view: teacher, login (the admin password prompt), health, material (sends the demo lesson folder), admin, schedules, overview, agents, reports, audit or settings (material and the admin ones only with --demo).</source>
        <translation>Başlangıç görünümü: teacher, login (yönetici parolası istemi), health, material (demo ders klasörünü gönderir), admin, schedules, overview, agents, reports, audit veya settings (material ve yönetici görünümleri yalnızca --demo ile).</translation>
    </message>
    <message>
        <source>--view must be teacher, login, health, material, admin, schedules, overview, agents, reports, audit or settings.</source>
        <translation>--view şunlardan biri olmalıdır: teacher, login, health, material, admin, schedules, overview, agents, reports, audit veya settings.</translation>
    </message>
</context>
<context>
    <name>tafel::DeviceKind</name>
    <message>
        <source>Interactive display</source>
        <translation>Etkileşimli ekran</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projeksiyon cihazı</translation>
    </message>
    <message>
        <source>WLAN access point</source>
        <translation>WLAN erişim noktası</translation>
    </message>
    <message>
        <source>Network switch</source>
        <translation>Ağ anahtarı (switch)</translation>
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
        <translation>Yazıcı</translation>
    </message>
    <message>
        <source>Tafel agent</source>
        <translation>Tafel ajanı</translation>
    </message>
</context>
<context>
    <name>tafel::HostPort</name>
    <message>
        <source>&apos;%1&apos; is not a valid host: %2</source>
        <translation>&apos;%1&apos; geçerli bir ana bilgisayar değil: %2</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>boş</translation>
    </message>
    <message>
        <source>missing &apos;]&apos;</source>
        <translation>&apos;]&apos; eksik</translation>
    </message>
    <message>
        <source>unexpected text after &apos;]&apos;</source>
        <translation>&apos;]&apos; sonrasında beklenmeyen metin</translation>
    </message>
    <message>
        <source>not an IPv6 address</source>
        <translation>IPv6 adresi değil</translation>
    </message>
    <message>
        <source>not an IP address or host name</source>
        <translation>IP adresi veya ana bilgisayar adı değil</translation>
    </message>
    <message>
        <source>port must be a number from 1 to 65535</source>
        <translation>port 1 ile 65535 arasında bir sayı olmalıdır</translation>
    </message>
    <message>
        <source>not a valid IPv4 address (four numbers 0-255, e.g. 192.168.20.14)</source>
        <translation>geçerli bir IPv4 adresi değil (0-255 arası dört sayı, ör. 192.168.20.14)</translation>
    </message>
</context>
<context>
    <name>tafel::Settings</name>
    <message>
        <source>Cannot write settings to %1: the file or its folder is read-only.</source>
        <translation>Ayarlar %1 dosyasına yazılamıyor: dosya veya klasörü salt okunur.</translation>
    </message>
    <message>
        <source>Cannot access settings file %1.</source>
        <translation>%1 ayar dosyasına erişilemiyor.</translation>
    </message>
    <message>
        <source>Settings file %1 is malformed.</source>
        <translation>%1 ayar dosyası hatalı biçimde.</translation>
    </message>
</context>
<context>
    <name>tafel::agent::AgentConfig</name>
    <message>
        <source>Configuration file %1 does not exist.</source>
        <translation>%1 yapılandırma dosyası mevcut değil.</translation>
    </message>
    <message>
        <source>Configuration file %1 is not readable.</source>
        <translation>%1 yapılandırma dosyası okunamıyor.</translation>
    </message>
    <message>
        <source>%1: Agent/Listen: %2</source>
        <translation>%1: Agent/Listen: %2</translation>
    </message>
    <message>
        <source>%1: Link/HandshakeTimeoutMs and Link/IdleTimeoutMs must be at least 100.</source>
        <translation>%1: Link/HandshakeTimeoutMs ve Link/IdleTimeoutMs en az 100 olmalıdır.</translation>
    </message>
    <message>
        <source>%1: Link/MaxConnections must be at least 1.</source>
        <translation>%1: Link/MaxConnections en az 1 olmalıdır.</translation>
    </message>
    <message>
        <source>--listen: %1</source>
        <translation>--listen: %1</translation>
    </message>
    <message>
        <source>The listen address must be an IP address, not &apos;%1&apos;.</source>
        <translation>Dinleme adresi bir IP adresi olmalıdır, &apos;%1&apos; değil.</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>%1 veri dizini oluşturulamıyor.</translation>
    </message>
    <message>
        <source>The data directory %1 is not writable.</source>
        <translation>%1 veri dizini yazılabilir değil.</translation>
    </message>
    <message>
        <source>%1: Wake/Broadcast must be an IPv4 address, not &apos;%2&apos;.</source>
        <translation>%1: Wake/Broadcast bir IPv4 adresi olmalıdır, &apos;%2&apos; değil.</translation>
    </message>
    <message>
        <source>%1: Wake/Port must be between 1 and 65535.</source>
        <translation>%1: Wake/Port 1 ile 65535 arasında olmalıdır.</translation>
    </message>
</context>
<context>
    <name>tafel::agent::AgentMonitoring</name>
    <message>
        <source>Monitoring is not running on this agent.</source>
        <translation>Bu ajanda izleme çalışmıyor.</translation>
    </message>
    <message>
        <source>history.query needs either device or room.</source>
        <translation>history.query için device veya room gereklidir.</translation>
    </message>
    <message>
        <source>since must be before until.</source>
        <translation>since, until değerinden önce olmalıdır.</translation>
    </message>
    <message>
        <source>resolution must be raw, minute or hour, not &apos;%1&apos;.</source>
        <translation>resolution raw, minute veya hour olmalıdır, &apos;%1&apos; değil.</translation>
    </message>
    <message>
        <source>No broadband server is configured ([Monitoring] Iperf3Server or LibreSpeedUrl).</source>
        <translation>Yapılandırılmış geniş bant sunucusu yok ([Monitoring] Iperf3Server veya LibreSpeedUrl).</translation>
    </message>
</context>
<context>
    <name>tafel::agent::AgentPackages</name>
    <message>
        <source>Package %1 was not offered to this agent (package.offer first).</source>
        <translation>%1 paketi bu ajana sunulmadı (önce package.offer).</translation>
    </message>
    <message>
        <source>package.offer needs envelope: the signed manifest.</source>
        <translation>package.offer için envelope gerekli: imzalı manifest.</translation>
    </message>
    <message>
        <source>The package is signed by key %1, which this agent does not trust. Only packages signed by a trusted teacher or admin key are accepted.</source>
        <translation>Paket, bu ajanın güvenmediği %1 anahtarıyla imzalanmış. Yalnızca güvenilen bir öğretmen veya yönetici anahtarıyla imzalanmış paketler kabul edilir.</translation>
    </message>
    <message>
        <source>An agent relaying material must present a relay grant signed by a trusted key.</source>
        <translation>Materyal aktaran bir ajan, güvenilen bir anahtarla imzalanmış bir aktarma izni sunmalıdır.</translation>
    </message>
    <message>
        <source>The relay grant is signed by key %1, which this agent does not trust.</source>
        <translation>Aktarma izni, bu ajanın güvenmediği %1 anahtarıyla imzalanmış.</translation>
    </message>
    <message>
        <source>package.push needs id, chunk (0 .. %1), offset and data.</source>
        <translation>package.push için id, chunk (0 .. %1), offset ve data gerekli.</translation>
    </message>
    <message>
        <source>Piece at offset %1 of chunk %2 arrived out of order.</source>
        <translation>%2 parçasının %1 ofsetindeki bölümü sıra dışı geldi.</translation>
    </message>
    <message>
        <source>Chunk %1 is longer than its %2 bytes.</source>
        <translation>%1 parçası, %2 baytlık boyutundan daha uzun.</translation>
    </message>
    <message>
        <source>package.relay needs id, to {host, port, fingerprint} and grant, or stop.</source>
        <translation>package.relay için id, to {host, port, fingerprint} ve grant ya da stop gerekli.</translation>
    </message>
    <message>
        <source>package.files needs id.</source>
        <translation>package.files için id gerekli.</translation>
    </message>
    <message>
        <source>package.delete needs id.</source>
        <translation>package.delete için id gerekli.</translation>
    </message>
</context>
<context>
    <name>tafel::agent::AgentReporting</name>
    <message>
        <source>There is no sink named &apos;%1&apos; (configured: %2).</source>
        <translation>&apos;%1&apos; adlı bir hedef yok (yapılandırılanlar: %2).</translation>
    </message>
</context>
<context>
    <name>tafel::agent::AgentService</name>
    <message>
        <source>No display session on this PC.</source>
        <translation>Bu PC&apos;de ekran oturumu yok.</translation>
    </message>
    <message>
        <source>mode must be &apos;fullscreen&apos; or &apos;banner&apos;, not &apos;%1&apos;.</source>
        <translation>mode &apos;fullscreen&apos; veya &apos;banner&apos; olmalıdır, &apos;%1&apos; değil.</translation>
    </message>
    <message>
        <source>seconds must be a whole number.</source>
        <translation>seconds bir tam sayı olmalıdır.</translation>
    </message>
    <message>
        <source>media.seek needs ms: the position in milliseconds (0 or more).</source>
        <translation>media.seek için ms gereklidir: milisaniye cinsinden konum (0 veya daha fazla).</translation>
    </message>
    <message>
        <source>mac: %1</source>
        <translation>mac: %1</translation>
    </message>
    <message>
        <source>broadcast must be an IPv4 address such as 192.168.20.255.</source>
        <translation>broadcast, 192.168.20.255 gibi bir IPv4 adresi olmalıdır.</translation>
    </message>
    <message>
        <source>port must be between 1 and 65535.</source>
        <translation>port 1 ile 65535 arasında olmalıdır.</translation>
    </message>
    <message>
        <source>The magic packet for %1 could not be sent to %2: %3</source>
        <translation>%1 için sihirli paket %2 adresine gönderilemedi: %3</translation>
    </message>
    <message>
        <source>No command is configured for %1 on this agent ([Power] in the agent config).</source>
        <translation>Bu ajanda %1 için yapılandırılmış komut yok (ajan yapılandırmasında [Power]).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; failed with exit code %2. Check the agent&apos;s [Power] configuration.</source>
        <translation>&apos;%1&apos; %2 çıkış koduyla başarısız oldu. Ajanın [Power] yapılandırmasını kontrol edin.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; could not be started: %2</source>
        <translation>&apos;%1&apos; başlatılamadı: %2</translation>
    </message>
    <message>
        <source>The new reporting settings are active but could not be saved: %1</source>
        <translation>Yeni raporlama ayarları etkin ancak kaydedilemedi: %1</translation>
    </message>
</context>
<context>
    <name>tafel::agent::MaterialConfig</name>
    <message>
        <source>%1: %2 must be a number of bytes, not &apos;%3&apos;.</source>
        <translation>%1: %2 bir bayt sayısı olmalıdır, &apos;%3&apos; değil.</translation>
    </message>
    <message>
        <source>Cannot create the material directory %1.</source>
        <translation>%1 materyal dizini oluşturulamıyor.</translation>
    </message>
</context>
<context>
    <name>tafel::agent::MediaLibrary</name>
    <message>
        <source>No media file was named. Name a file in the agent&apos;s media folder.</source>
        <translation>Medya dosyası adı verilmedi. Ajanın medya klasöründeki bir dosyanın adını verin.</translation>
    </message>
    <message>
        <source>The media file name is too long.</source>
        <translation>Medya dosyasının adı çok uzun.</translation>
    </message>
    <message>
        <source>Refused: &apos;%1&apos; is a path. media.play only plays files by their name inside the agent&apos;s media folder.</source>
        <translation>Reddedildi: &apos;%1&apos; bir yol. media.play yalnızca ajanın medya klasöründeki dosyaları adlarıyla oynatır.</translation>
    </message>
    <message>
        <source>Refused: the media file name contains a backslash or a control character.</source>
        <translation>Reddedildi: medya dosyasının adı ters eğik çizgi veya kontrol karakteri içeriyor.</translation>
    </message>
    <message>
        <source>Refused: &apos;%1&apos; leaves the media folder (&apos;..&apos;). Name a file inside the agent&apos;s media folder.</source>
        <translation>Reddedildi: &apos;%1&apos; medya klasörünün dışına çıkıyor (&apos;..&apos;). Ajanın medya klasöründeki bir dosyanın adını verin.</translation>
    </message>
    <message>
        <source>This agent has no media folder.</source>
        <translation>Bu ajanın medya klasörü yok.</translation>
    </message>
    <message>
        <source>There is no media file &apos;%1&apos; on this agent. Send it as material first.</source>
        <translation>Bu ajanda &apos;%1&apos; adlı medya dosyası yok. Önce materyal olarak gönderin.</translation>
    </message>
    <message>
        <source>Refused: &apos;%1&apos; leads out of the agent&apos;s media folder.</source>
        <translation>Reddedildi: &apos;%1&apos; ajanın medya klasörünün dışına çıkıyor.</translation>
    </message>
</context>
<context>
    <name>tafel::agent::MonitoringConfig</name>
    <message>
        <source>%1: %2 must be a number from %3 to %4, not &apos;%5&apos;.</source>
        <translation>%1: %2, %3 ile %4 arasında bir sayı olmalıdır, &apos;%5&apos; değil.</translation>
    </message>
    <message>
        <source>Not a monitoring target: &apos;%1&apos; (use ID|KIND|URL, e.g. dev-1|display|tcp://10.0.0.5:4352).</source>
        <translation>İzleme hedefi değil: &apos;%1&apos; (ID|KIND|URL kullanın, ör. dev-1|display|tcp://10.0.0.5:4352).</translation>
    </message>
    <message>
        <source>%1: Monitoring/LibreSpeedUrl must be an http:// or https:// URL.</source>
        <translation>%1: Monitoring/LibreSpeedUrl bir http:// veya https:// URL&apos;si olmalıdır.</translation>
    </message>
    <message>
        <source>%1: Monitoring/LessonHours: &apos;%2&apos; is not a time range like 07:30-16:30.</source>
        <translation>%1: Monitoring/LessonHours: &apos;%2&apos;, 07:30-16:30 gibi bir zaman aralığı değil.</translation>
    </message>
    <message>
        <source>Not a display: &apos;%1&apos;: %2 (use ID|KIND|pjlink://[:PASSWORD@]HOST[:PORT] or ID|KIND|mdc://[:PIN@]HOST[:PORT][?id=N]).</source>
        <translation>Geçerli bir ekran tanımı değil: &apos;%1&apos;: %2 (ID|KIND|pjlink://[:PASSWORD@]HOST[:PORT] veya ID|KIND|mdc://[:PIN@]HOST[:PORT][?id=N] kullanın).</translation>
    </message>
    <message>
        <source>three parts separated by | are needed</source>
        <translation>| ile ayrılmış üç bölüm gerekli</translation>
    </message>
    <message>
        <source>the protocol must be pjlink or mdc</source>
        <translation>protokol pjlink veya mdc olmalıdır</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>ana bilgisayar yok</translation>
    </message>
    <message>
        <source>port 0</source>
        <translation>port 0</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>bilinmeyen seçenek &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the MDC id must be 0..254</source>
        <translation>MDC kimliği 0..254 olmalıdır</translation>
    </message>
</context>
<context>
    <name>tafel::agent::ReportingConfig</name>
    <message>
        <source>%1: not a readable INI file.</source>
        <translation>%1: okunabilir bir INI dosyası değil.</translation>
    </message>
    <message>
        <source>unknown key (known: %1, and Sink&lt;N&gt;/%2).</source>
        <translation>bilinmeyen anahtar (bilinenler: %1 ve Sink&lt;N&gt;/%2).</translation>
    </message>
    <message>
        <source>required when [Reporting] is present (the school&apos;s id, e.g. gs-nord).</source>
        <translation>[Reporting] varsa gereklidir (okulun kimliği, ör. gs-nord).</translation>
    </message>
    <message>
        <source>required: set Reporting/Room or Agent/Room.</source>
        <translation>gerekli: Reporting/Room veya Agent/Room ayarlayın.</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2, not &apos;%3&apos;.</source>
        <translation>%1 ile %2 arasında bir sayı olmalıdır, &apos;%3&apos; değil.</translation>
    </message>
    <message>
        <source>unknown group (sinks are Sink1/..., Sink2/...).</source>
        <translation>bilinmeyen grup (hedefler Sink1/..., Sink2/... şeklindedir).</translation>
    </message>
    <message>
        <source>unknown key (known: %1).</source>
        <translation>bilinmeyen anahtar (bilinenler: %1).</translation>
    </message>
    <message>
        <source>unknown group.</source>
        <translation>bilinmeyen grup.</translation>
    </message>
    <message>
        <source>must be pushgateway or otlp, not &apos;%1&apos;.</source>
        <translation>pushgateway veya otlp olmalıdır, &apos;%1&apos; değil.</translation>
    </message>
    <message>
        <source>must be an http:// or https:// URL with a host, not &apos;%1&apos;.</source>
        <translation>ana bilgisayar içeren bir http:// veya https:// URL&apos;si olmalıdır, &apos;%1&apos; değil.</translation>
    </message>
    <message>
        <source>CertFile and KeyFile go together (mutual TLS).</source>
        <translation>CertFile ve KeyFile birlikte kullanılır (karşılıklı TLS).</translation>
    </message>
    <message>
        <source>cannot read %1.</source>
        <translation>%1 okunamıyor.</translation>
    </message>
    <message>
        <source>the sink name &apos;%1&apos; is used twice.</source>
        <translation>&apos;%1&apos; hedef adı iki kez kullanılmış.</translation>
    </message>
    <message>
        <source>at least one sink is required (Sink1/Kind=pushgateway|otlp, Sink1/Url=...).</source>
        <translation>en az bir hedef gereklidir (Sink1/Kind=pushgateway|otlp, Sink1/Url=...).</translation>
    </message>
    <message>
        <source>config: required, a map with school, room, intervalSecs and sinks.</source>
        <translation>config: zorunlu; school, room, intervalSecs ve sinks içeren bir eşlem (map).</translation>
    </message>
    <message>
        <source>Reporting is not configured on this agent.</source>
        <translation>Bu ajanda raporlama yapılandırılmamış.</translation>
    </message>
    <message>
        <source>must not contain control characters (line breaks, tabs).</source>
        <translation>kontrol karakteri (satır sonu, sekme) içermemelidir.</translation>
    </message>
    <message>
        <source>must be true or false, not &apos;%1&apos;.</source>
        <translation>true veya false olmalıdır, &apos;%1&apos; değil.</translation>
    </message>
    <message>
        <source>must not contain a user name or password (use Token for a bearer token).</source>
        <translation>kullanıcı adı veya parola içermemelidir (taşıyıcı belirteç için Token kullanın).</translation>
    </message>
    <message>
        <source>must not contain &apos;?&apos; or &apos;#&apos; (the sink appends its own path), not &apos;%1&apos;.</source>
        <translation>&apos;?&apos; veya &apos;#&apos; içermemelidir (hedef kendi yolunu ekler); değer: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>required with SchoolReporter=true (the school&apos;s agents and the key to ask them).</source>
        <translation>SchoolReporter=true ile zorunludur (okulun ajanları ve onlara sormak için kullanılacak anahtar).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 yazılamıyor.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>%1 değiştirilemiyor.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown field (known: %1).</source>
        <translation>bilinmeyen alan (bilinenler: %1).</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>metin olmalıdır.</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>tam sayı olmalıdır.</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>true veya false olmalıdır.</translation>
    </message>
    <message>
        <source>required: a list of sinks (at least one).</source>
        <translation>zorunlu: bir hedef listesi (en az bir tane).</translation>
    </message>
    <message>
        <source>must be a map.</source>
        <translation>bir eşlem (map) olmalıdır.</translation>
    </message>
</context>
<context>
    <name>tafel::agent::SchoolConfig</name>
    <message>
        <source>config.push needs a version above 0.</source>
        <translation>config.push için 0&apos;dan büyük bir sürüm gerekli.</translation>
    </message>
    <message>
        <source>config.trustedKeys must be a list.</source>
        <translation>config.trustedKeys bir liste olmalıdır.</translation>
    </message>
    <message>
        <source>config.trustedKeys[%1].role must be &apos;teacher&apos; or &apos;admin&apos;.</source>
        <translation>config.trustedKeys[%1].role &apos;teacher&apos; veya &apos;admin&apos; olmalıdır.</translation>
    </message>
    <message>
        <source>config.trustedKeys[%1].publicKey: %2</source>
        <translation>config.trustedKeys[%1].publicKey: %2</translation>
    </message>
    <message>
        <source>config.revokedKeys must be a list.</source>
        <translation>config.revokedKeys bir liste olmalıdır.</translation>
    </message>
    <message>
        <source>config.revokedKeys[%1].publicKey: %2</source>
        <translation>config.revokedKeys[%1].publicKey: %2</translation>
    </message>
    <message>
        <source>config.%1 must be a list.</source>
        <translation>config.%1 bir liste olmalıdır.</translation>
    </message>
    <message>
        <source>The pushed school configuration %1 is damaged (%2). Move it aside and push the configuration again from the admin view (&apos;tafelctl config push&apos;).</source>
        <translation>Gönderilen okul yapılandırması %1 bozuk (%2). Dosyayı başka bir yere taşıyın ve yapılandırmayı yönetici görünümünden yeniden gönderin (&apos;tafelctl config push&apos;).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>larger than 4 MiB</source>
        <translation>4 MiB&apos;tan büyük</translation>
    </message>
    <message>
        <source>This agent has configuration version %1; version %2 is older and was not applied.</source>
        <translation>Bu ajanın yapılandırma sürümü %1; %2 sürümü daha eski olduğundan uygulanmadı.</translation>
    </message>
    <message>
        <source>This agent already has a different configuration with version %1; push a newer version.</source>
        <translation>Bu ajanda %1 sürümüyle farklı bir yapılandırma zaten var; daha yeni bir sürüm gönderin.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
    <message>
        <source>config.push needs {version: integer, config: map}.</source>
        <translation>config.push için {version: integer, config: map} gerekli.</translation>
    </message>
</context>
<context>
    <name>tafel::agentlink::AgentClient</name>
    <message>
        <source>Qt&apos;s TLS backend did not accept the Ed25519 key.</source>
        <translation>Qt&apos;nin TLS arka ucu Ed25519 anahtarını kabul etmedi.</translation>
    </message>
    <message>
        <source>%1 did not complete the connection within %2 seconds. Is tafel-agent running there?</source>
        <translation>%1, bağlantıyı %2 saniye içinde tamamlamadı. tafel-agent orada çalışıyor mu?</translation>
    </message>
    <message>
        <source>Connection to %1 failed: %2</source>
        <translation>%1 ile bağlantı kurulamadı: %2</translation>
    </message>
    <message>
        <source>The connection to %1 was closed.</source>
        <translation>%1 ile bağlantı kapatıldı.</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>%1 ile bağlantı yok.</translation>
    </message>
    <message>
        <source>No certificate fingerprint is pinned for %1. Enroll the agent first: tafelctl agent enroll %1</source>
        <translation>%1 için sabitlenmiş bir sertifika parmak izi yok. Önce ajanı kaydedin: tafelctl agent enroll %1</translation>
    </message>
    <message>
        <source>The certificate of %1 does not match the pinned fingerprint (got %2). The agent may have been reinstalled or someone is intercepting the connection. If the change is expected, enroll the agent again.</source>
        <translation>%1 sertifikası sabitlenmiş parmak iziyle eşleşmiyor (alınan: %2). Ajan yeniden kurulmuş olabilir ya da biri bağlantıyı dinliyor olabilir. Değişiklik bekleniyorsa ajanı yeniden kaydedin.</translation>
    </message>
    <message>
        <source>The request is larger than the protocol allows (1 MiB).</source>
        <translation>İstek, protokolün izin verdiği boyuttan büyük (1 MiB).</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1, %2 saniye içinde yanıt vermedi.</translation>
    </message>
    <message>
        <source>%1 sent an invalid frame (%2). Update tafel or the agent.</source>
        <translation>%1 geçersiz bir çerçeve gönderdi (%2). tafel&apos;i veya ajanı güncelleyin.</translation>
    </message>
    <message>
        <source>%1 sent a replayed frame; the connection was closed.</source>
        <translation>%1 tekrarlanmış bir çerçeve gönderdi; bağlantı kapatıldı.</translation>
    </message>
    <message>
        <source>%1 sent a request; agents only answer.</source>
        <translation>%1 bir istek gönderdi; ajanlar yalnızca yanıt verir.</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 bağlantıyı kapattı.</translation>
    </message>
    <message>
        <source>The agent requires a client key. Pass one with --key FILE (create it with &apos;tafelctl keys create&apos;).</source>
        <translation>Ajan bir istemci anahtarı gerektiriyor. --key FILE ile bir anahtar belirtin (&apos;tafelctl keys create&apos; ile oluşturabilirsiniz).</translation>
    </message>
    <message>
        <source>The agent does not trust this key. Ask the administrator to add its .pub line to the agent&apos;s trusted keys.</source>
        <translation>Ajan bu anahtara güvenmiyor. Yöneticiden anahtarın .pub satırını ajanın güvenilen anahtarlarına eklemesini isteyin.</translation>
    </message>
    <message>
        <source>Your key&apos;s role may not do this; it needs an admin key.</source>
        <translation>Anahtarınızın rolü bu işleme izin vermiyor; yönetici anahtarı gerekir.</translation>
    </message>
    <message>
        <source>The agent does not support this command. Update the agent.</source>
        <translation>Ajan bu komutu desteklemiyor. Ajanı güncelleyin.</translation>
    </message>
    <message>
        <source>The agent speaks another protocol version. Update tafel or the agent.</source>
        <translation>Ajan başka bir protokol sürümü kullanıyor. tafel&apos;i veya ajanı güncelleyin.</translation>
    </message>
    <message>
        <source>The agent closed the idle connection.</source>
        <translation>Ajan boşta kalan bağlantıyı kapattı.</translation>
    </message>
    <message>
        <source>The command failed on the agent.</source>
        <translation>Komut ajanda başarısız oldu.</translation>
    </message>
    <message>
        <source>The agent refused the request: %1</source>
        <translation>Ajan isteği reddetti: %1</translation>
    </message>
    <message>
        <source>No screen helper on this PC: nobody is logged in to the display, or &apos;tafel --screen&apos; is not running there.</source>
        <translation>Bu PC&apos;de ekran yardımcısı yok: ekranda oturum açmış kimse yok veya orada &apos;tafel --screen&apos; çalışmıyor.</translation>
    </message>
    <message>
        <source>The agent refused the arguments of the command.</source>
        <translation>Ajan komutun argümanlarını reddetti.</translation>
    </message>
    <message>
        <source>The agent did not find what the command names.</source>
        <translation>Ajan komutun belirttiği şeyi bulamadı.</translation>
    </message>
    <message>
        <source>The agent has a newer configuration.</source>
        <translation>Ajanda daha yeni bir yapılandırma var.</translation>
    </message>
</context>
<context>
    <name>tafel::agentlink::AgentIdentity</name>
    <message>
        <source>%1 Restore the file from a backup or delete it (clients must then enroll the agent again).</source>
        <translation>%1 Dosyayı bir yedekten geri yükleyin veya silin (istemcilerin ardından ajanı yeniden kaydetmesi gerekir).</translation>
    </message>
    <message>
        <source>Cannot write the agent certificate %1: %2</source>
        <translation>%1 ajan sertifikası yazılamıyor: %2</translation>
    </message>
    <message>
        <source>Qt&apos;s TLS backend did not accept the agent&apos;s Ed25519 key.</source>
        <translation>Qt&apos;nin TLS arka ucu ajanın Ed25519 anahtarını kabul etmedi.</translation>
    </message>
</context>
<context>
    <name>tafel::agentlink::AgentLinkServer</name>
    <message>
        <source>The agent has no TLS certificate or key.</source>
        <translation>Ajanın TLS sertifikası veya anahtarı yok.</translation>
    </message>
    <message>
        <source>TLS is not available: Qt&apos;s OpenSSL backend could not be loaded. Install OpenSSL 3 (libssl3).</source>
        <translation>TLS kullanılamıyor: Qt&apos;nin OpenSSL arka ucu yüklenemedi. OpenSSL 3&apos;ü (libssl3) kurun.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>%1:%2 üzerinde dinlenemiyor: %3</translation>
    </message>
</context>
<context>
    <name>tafel::agentlink::PinFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
</context>
<context>
    <name>tafel::agentlink::ServerConnection</name>
    <message>
        <source>No request for %1 seconds; closing the connection. Send heartbeat to keep it open.</source>
        <translation>%1 saniyedir istek gelmedi; bağlantı kapatılıyor. Bağlantıyı açık tutmak için heartbeat gönderin.</translation>
    </message>
    <message>
        <source>This agent only accepts clients with a key. Create one with &apos;tafelctl keys create&apos; and add its public key to the agent&apos;s trusted keys.</source>
        <translation>Bu ajan yalnızca anahtarı olan istemcileri kabul eder. &apos;tafelctl keys create&apos; ile bir anahtar oluşturun ve açık anahtarını ajanın güvenilen anahtarlarına ekleyin.</translation>
    </message>
    <message>
        <source>The client certificate does not carry an Ed25519 key. Create keys with &apos;tafelctl keys create&apos;.</source>
        <translation>İstemci sertifikası bir Ed25519 anahtarı içermiyor. Anahtarları &apos;tafelctl keys create&apos; ile oluşturun.</translation>
    </message>
    <message>
        <source>The agent does not trust key %1. Add the line from the key&apos;s .pub file to the agent&apos;s trusted keys file.</source>
        <translation>Ajan %1 anahtarına güvenmiyor. Anahtarın .pub dosyasındaki satırı ajanın güvenilen anahtarlar dosyasına ekleyin.</translation>
    </message>
    <message>
        <source>A client may only send requests.</source>
        <translation>İstemci yalnızca istek gönderebilir.</translation>
    </message>
    <message>
        <source>Frame sequence %1 is not after %2: replayed or reordered frame.</source>
        <translation>Çerçeve sıra numarası %1, %2 sonrasında değil: tekrarlanmış veya sırası değişmiş çerçeve.</translation>
    </message>
    <message>
        <source>This agent does not know the command &apos;%1&apos;. Update the agent.</source>
        <translation>Bu ajan &apos;%1&apos; komutunu tanımıyor. Ajanı güncelleyin.</translation>
    </message>
    <message>
        <source>The role %1 may not run &apos;%2&apos;. Use an admin key.</source>
        <translation>%1 rolü &apos;%2&apos; komutunu çalıştıramaz. Yönetici anahtarı kullanın.</translation>
    </message>
</context>
<context>
    <name>tafel::agentlink::TrustStore</name>
    <message>
        <source>%1, line %2: the role must be &apos;teacher&apos; or &apos;admin&apos;, not &apos;%3&apos;.</source>
        <translation>%1, satır %2: rol &apos;teacher&apos; veya &apos;admin&apos; olmalıdır, &apos;%3&apos; değil.</translation>
    </message>
    <message>
        <source>%1, line %2: %3 Copy the line from the key&apos;s .pub file.</source>
        <translation>%1, satır %2: %3 Satırı anahtarın .pub dosyasından kopyalayın.</translation>
    </message>
    <message>
        <source>Cannot read the trusted keys file %1: %2</source>
        <translation>Güvenilen anahtarlar dosyası %1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>The trusted keys file %1 is larger than 4 MiB.</source>
        <translation>Güvenilen anahtarlar dosyası %1, 4 MiB&apos;den büyük.</translation>
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
        <translation>Ajan hiçbir cihazı izlemiyor.</translation>
    </message>
    <message>
        <source>Not reachable: %1</source>
        <translation>Ulaşılamıyor: %1</translation>
    </message>
    <message>
        <source>Slow or losing packets: %1</source>
        <translation>Yavaş veya paket kaybı var: %1</translation>
    </message>
    <message>
        <source>Not measured yet</source>
        <translation>Henüz ölçülmedi</translation>
    </message>
    <message>
        <source>%1 of %2 devices answer</source>
        <translation>%2 cihazdan %1 tanesi yanıt veriyor</translation>
    </message>
    <message>
        <source>Every device answers</source>
        <translation>Tüm cihazlar yanıt veriyor</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>İyi</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Kısmen arızalı</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Çalışmıyor</translation>
    </message>
    <message>
        <source>Agent unreachable</source>
        <translation>Ajana ulaşılamıyor</translation>
    </message>
    <message>
        <source>No agent</source>
        <translation>Ajan yok</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrol ediliyor…</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Bilinmiyor</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 sn</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 dk</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 sa</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 gün</translation>
    </message>
</context>
<context>
    <name>tafel::cli::AgentCommand</name>
    <message>
        <source>Talk to tafel-agent on classroom PCs</source>
        <translation>Sınıf bilgisayarlarındaki tafel-agent ile iletişim kurar</translation>
    </message>
    <message>
        <source>Connect to an agent, show its certificate fingerprint and pin it</source>
        <translation>Bir ajana bağlanır, sertifika parmak izini gösterir ve sabitler</translation>
    </message>
    <message>
        <source>Show host, version, uptime, OS and disk of agents</source>
        <translation>Ajanların ana bilgisayar adını, sürümünü, çalışma süresini, işletim sistemini ve diskini gösterir</translation>
    </message>
    <message>
        <source>The agent (default port %1).</source>
        <translation>Ajan (varsayılan port %1).</translation>
    </message>
    <message>
        <source>Expected fingerprint (from the agent&apos;s log or the installer); enrollment fails if it differs.</source>
        <translation>Beklenen parmak izi (ajanın günlüğünden veya yükleyiciden); farklıysa kayıt başarısız olur.</translation>
    </message>
    <message>
        <source>One or more enrolled agents.</source>
        <translation>Bir veya daha fazla kayıtlı ajan.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST or HOST:PORT: %2</source>
        <translation>&apos;%1&apos;, HOST veya HOST:PORT biçiminde değil: %2</translation>
    </message>
    <message>
        <source>--fingerprint must be 64 hex digits (colons allowed).</source>
        <translation>--fingerprint 64 onaltılık basamak olmalıdır (iki nokta üst üste kullanılabilir).</translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation>%1 ile bağlantı kurulamadı.</translation>
    </message>
    <message>
        <source>%1 presented fingerprint %2, not the expected %3. Nothing was pinned. Check that you reached the right PC.</source>
        <translation>%1, beklenen %3 yerine %2 parmak izini sundu. Hiçbir şey sabitlenmedi. Doğru bilgisayara bağlandığınızı kontrol edin.</translation>
    </message>
    <message>
        <source>Agent %1 certificate fingerprint (SHA-256):</source>
        <translation>Ajan %1 sertifika parmak izi (SHA-256):</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint in the agent&apos;s log (&apos;certificate fingerprint ...&apos;); pass --fingerprint to check it automatically.</source>
        <translation>Bunu ajanın günlüğündeki parmak iziyle karşılaştırın (&apos;certificate fingerprint ...&apos;); otomatik kontrol için --fingerprint kullanın.</translation>
    </message>
    <message>
        <source>Pinned in %1.</source>
        <translation>%1 dosyasına sabitlendi.</translation>
    </message>
    <message>
        <source>The agent accepts your key.</source>
        <translation>Ajan anahtarınızı kabul ediyor.</translation>
    </message>
    <message>
        <source>The agent does not accept your key yet: %1</source>
        <translation>Ajan anahtarınızı henüz kabul etmiyor: %1</translation>
    </message>
    <message>
        <source>A client key is needed: pass --key FILE or set TAFEL_KEY (create one with &apos;tafelctl keys create&apos;).</source>
        <translation>Bir istemci anahtarı gerekli: --key FILE belirtin veya TAFEL_KEY ayarlayın (&apos;tafelctl keys create&apos; ile oluşturabilirsiniz).</translation>
    </message>
    <message>
        <source>%1 is not enrolled. Run: tafelctl agent enroll %1</source>
        <translation>%1 kayıtlı değil. Şunu çalıştırın: tafelctl agent enroll %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>hata</translation>
    </message>
    <message>
        <source>online</source>
        <translation>çevrimiçi</translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation>AJAN</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>AD</translation>
    </message>
    <message>
        <source>ROOM</source>
        <translation>ODA</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>SÜRÜM</translation>
    </message>
    <message>
        <source>UPTIME</source>
        <translation>ÇALIŞMA SÜRESİ</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>İŞLETİM SİSTEMİ</translation>
    </message>
    <message>
        <source>DISK FREE</source>
        <translation>BOŞ DİSK</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>DURUM</translation>
    </message>
    <message>
        <source>Show a message on the agents&apos; displays</source>
        <translation>Ajanların ekranlarında bir mesaj gösterir</translation>
    </message>
    <message>
        <source>Blank the agents&apos; displays (black screen)</source>
        <translation>Ajanların ekranlarını karartır (siyah ekran)</translation>
    </message>
    <message>
        <source>Show the agents&apos; displays again after blank</source>
        <translation>Karartmadan sonra ajanların ekranlarını yeniden gösterir</translation>
    </message>
    <message>
        <source>Play, pause, resume or stop a video on the agents&apos; displays</source>
        <translation>Ajanların ekranlarında bir videoyu oynatır, duraklatır, sürdürür veya durdurur</translation>
    </message>
    <message>
        <source>Wake a PC with Wake-on-LAN, sent by an agent in its subnet</source>
        <translation>Bir PC&apos;yi, alt ağındaki bir ajanın gönderdiği Wake-on-LAN ile uyandırır</translation>
    </message>
    <message>
        <source>Shut down or reboot agents&apos; PCs (admin key)</source>
        <translation>Ajanların PC&apos;lerini kapatır veya yeniden başlatır (yönetici anahtarı)</translation>
    </message>
    <message>
        <source>The message.</source>
        <translation>Mesaj.</translation>
    </message>
    <message>
        <source>Hide it after N seconds (default 30; 0 = until hidden).</source>
        <translation>N saniye sonra gizler (varsayılan 30; 0 = gizlenene kadar).</translation>
    </message>
    <message>
        <source>A strip across the top instead of the whole screen.</source>
        <translation>Tüm ekran yerine üstte bir şerit.</translation>
    </message>
    <message>
        <source>Hide the message that is shown instead.</source>
        <translation>Gösterilen mesajı gizler.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Yapılacak işlem.</translation>
    </message>
    <message>
        <source>play: the file&apos;s NAME in the agent&apos;s media folder (no path).</source>
        <translation>play: ajanın medya klasöründeki dosyanın adı (NAME, yol olmadan).</translation>
    </message>
    <message>
        <source>The network card to wake, e.g. aa:bb:cc:dd:ee:ff.</source>
        <translation>Uyandırılacak ağ kartı, ör. aa:bb:cc:dd:ee:ff.</translation>
    </message>
    <message>
        <source>The enrolled agent in the PC&apos;s subnet that sends the packet.</source>
        <translation>PC&apos;nin alt ağında paketi gönderen kayıtlı ajan.</translation>
    </message>
    <message>
        <source>Send to this address instead of the agent&apos;s configured one.</source>
        <translation>Ajanın yapılandırılmış adresi yerine bu adrese gönderir.</translation>
    </message>
    <message>
        <source>UDP port instead of the agent&apos;s configured one.</source>
        <translation>Ajanın yapılandırılmış portu yerine UDP portu.</translation>
    </message>
    <message>
        <source>--text is needed: the message to show.</source>
        <translation>--text gereklidir: gösterilecek mesaj.</translation>
    </message>
    <message>
        <source>--seconds must be a number from 0 to 86400.</source>
        <translation>--seconds 0 ile 86400 arasında bir sayı olmalıdır.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not play, pause, resume or stop.</source>
        <translation>&apos;%1&apos; play, pause, resume veya stop değil.</translation>
    </message>
    <message>
        <source>media play needs --file NAME (a file in the agent&apos;s media folder).</source>
        <translation>media play için --file NAME gereklidir (ajanın medya klasöründeki bir dosya).</translation>
    </message>
    <message>
        <source>--file belongs to media play only.</source>
        <translation>--file yalnızca media play için geçerlidir.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MAC address: %2</source>
        <translation>&apos;%1&apos; bir MAC adresi değil: %2</translation>
    </message>
    <message>
        <source>--via HOST is needed: an enrolled agent in the PC&apos;s subnet sends the packet.</source>
        <translation>--via HOST gereklidir: paketi PC&apos;nin alt ağındaki kayıtlı bir ajan gönderir.</translation>
    </message>
    <message>
        <source>--broadcast must be an IPv4 address such as 192.168.20.255.</source>
        <translation>--broadcast, 192.168.20.255 gibi bir IPv4 adresi olmalıdır.</translation>
    </message>
    <message>
        <source>--port must be between 1 and 65535.</source>
        <translation>--port 1 ile 65535 arasında olmalıdır.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not off or reboot.</source>
        <translation>&apos;%1&apos; off veya reboot değil.</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>başarısız</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>tamam</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>SONUÇ</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>AYRINTI</translation>
    </message>
    <message>
        <source>magic packet for %1 sent to %2</source>
        <translation>%1 için sihirli paket %2 adresine gönderildi</translation>
    </message>
    <message>
        <source>blanked</source>
        <translation>karartıldı</translation>
    </message>
    <message>
        <source>message shown (%1)</source>
        <translation>mesaj gösterildi (%1)</translation>
    </message>
    <message>
        <source>media %1 %2 (%3 / %4)</source>
        <translation>medya %1 %2 (%3 / %4)</translation>
    </message>
    <message>
        <source>screen shows the desktop</source>
        <translation>ekran masaüstünü gösteriyor</translation>
    </message>
    <message>
        <source>Forget an agent&apos;s pinned certificate (enroll it again to reach it)</source>
        <translation>Bir ajanın sabitlenmiş sertifikasını unut (ulaşmak için yeniden kaydedin)</translation>
    </message>
    <message>
        <source>The enrolled agent (default port %1).</source>
        <translation>Kayıtlı ajan (varsayılan bağlantı noktası %1).</translation>
    </message>
    <message>
        <source>%1 is not enrolled; there is nothing to unpin.</source>
        <translation>%1 kayıtlı değil; kaldırılacak bir sabitleme yok.</translation>
    </message>
    <message>
        <source>%1 is no longer pinned (it was %2). Enroll it again to reach it.</source>
        <translation>%1 artık sabitlenmiş değil (%2 idi). Ulaşmak için yeniden kaydedin.</translation>
    </message>
</context>
<context>
    <name>tafel::cli::AgentPackagesCommand</name>
    <message>
        <source>An enrolled agent.</source>
        <translation>Kayıtlı bir ajan.</translation>
    </message>
    <message>
        <source>Delete this package (finished or partly received) on the agent.</source>
        <translation>Bu paketi (tamamlanmış veya kısmen alınmış) ajanda siler.</translation>
    </message>
    <message>
        <source>A client key is needed: pass --key FILE or set TAFEL_KEY (create one with &apos;tafelctl keys create&apos;).</source>
        <translation>Bir istemci anahtarı gerekli: --key FILE belirtin veya TAFEL_KEY ayarlayın (&apos;tafelctl keys create&apos; ile oluşturabilirsiniz).</translation>
    </message>
    <message>
        <source>--delete needs the package id (see &apos;tafelctl agent packages HOST&apos;).</source>
        <translation>--delete için paket kimliği gerekli (bkz. &apos;tafelctl agent packages HOST&apos;).</translation>
    </message>
    <message>
        <source>%1 is not enrolled. Run: tafelctl agent enroll %1</source>
        <translation>%1 kayıtlı değil. Şunu çalıştırın: tafelctl agent enroll %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Deleted package %1 on %2.</source>
        <translation>%1 paketi %2 üzerinde silindi.</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>tamamlandı</translation>
    </message>
    <message>
        <source>receiving %1/%2 chunks</source>
        <translation>alınıyor: %1/%2 parça</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>KİMLİK</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>BAŞLIK</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>BOYUT</translation>
    </message>
    <message>
        <source>FILES</source>
        <translation>DOSYALAR</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>DURUM</translation>
    </message>
    <message>
        <source>List (or --delete) the lesson material packages on an agent</source>
        <translation>Bir ajandaki ders materyali paketlerini listeler (veya --delete ile siler)</translation>
    </message>
</context>
<context>
    <name>tafel::cli::AuditCommand</name>
    <message>
        <source>Show the audit log (who changed what, when)</source>
        <translation>Denetim kaydını gösterir (kim neyi ne zaman değiştirdi)</translation>
    </message>
    <message>
        <source>List audit entries, newest first (the default)</source>
        <translation>Denetim kaydı girdilerini en yeniden başlayarak listeler (varsayılan)</translation>
    </message>
    <message>
        <source>Only entries from T on: ISO 8601 (2026-11-20, 2026-11-20T08:00, 2026-11-20T08:00:00Z) or relative to now (30m, 24h, 7d, 2w).</source>
        <translation>Yalnızca T zamanından itibaren girdiler: ISO 8601 (2026-11-20, 2026-11-20T08:00, 2026-11-20T08:00:00Z) veya şimdiye göre (30m, 24h, 7d, 2w).</translation>
    </message>
    <message>
        <source>Only this action (room.add) or family of actions (room = room.*).</source>
        <translation>Yalnızca bu işlem (room.add) veya işlem ailesi (room = room.*).</translation>
    </message>
    <message>
        <source>Only entries by this user or key.</source>
        <translation>Yalnızca bu kullanıcının veya anahtarın girdileri.</translation>
    </message>
    <message>
        <source>At most N entries (default 1000, 0 = all).</source>
        <translation>En fazla N girdi (varsayılan 1000, 0 = tümü).</translation>
    </message>
    <message>
        <source>Print CSV (id,at,actor,action,target,before,after) instead of a table.</source>
        <translation>Tablo yerine CSV yazdırır (id,at,actor,action,target,before,after).</translation>
    </message>
    <message>
        <source>--since: &apos;%1&apos; is neither an ISO 8601 time (2026-11-20 or 2026-11-20T08:00) nor a duration such as 30m, 24h, 7d or 2w.</source>
        <translation>--since: &apos;%1&apos; ne bir ISO 8601 zamanı (2026-11-20 veya 2026-11-20T08:00) ne de 30m, 24h, 7d veya 2w gibi bir süre.</translation>
    </message>
    <message>
        <source>--limit must be a whole number of 0 or more, not &apos;%1&apos;.</source>
        <translation>--limit 0 veya daha büyük bir tam sayı olmalıdır, &apos;%1&apos; değil.</translation>
    </message>
    <message>
        <source>--csv and --json exclude each other.</source>
        <translation>--csv ve --json birlikte kullanılamaz.</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>ZAMAN</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>KİM</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>İŞLEM</translation>
    </message>
    <message>
        <source>OBJECT</source>
        <translation>NESNE</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>DEĞİŞİKLİK</translation>
    </message>
</context>
<context>
    <name>tafel::cli::ClientKey</name>
    <message>
        <source>Private key file (from &apos;tafelctl keys create&apos;); default $TAFEL_KEY.</source>
        <translation>Özel anahtar dosyası (&apos;tafelctl keys create&apos; ile oluşturulan); varsayılan: $TAFEL_KEY.</translation>
    </message>
</context>
<context>
    <name>tafel::cli::ConfigCommand</name>
    <message>
        <source>Push the school&apos;s configuration to the room agents</source>
        <translation>Okulun yapılandırmasını oda ajanlarına gönderir</translation>
    </message>
    <message>
        <source>Send devices, schedules and trusted keys to the agents (a new version)</source>
        <translation>Cihazları, zamanlamaları ve güvenilen anahtarları ajanlara gönderir (yeni bir sürüm)</translation>
    </message>
    <message>
        <source>Only the agents of this room (id or name).</source>
        <translation>Yalnızca bu odanın ajanları (kimlik veya ad).</translation>
    </message>
    <message>
        <source>Admin key file (from &apos;tafelctl keys create --role admin&apos;); default $TAFEL_KEY.</source>
        <translation>Yönetici anahtar dosyası (&apos;tafelctl keys create --role admin&apos; ile oluşturulan); varsayılan: $TAFEL_KEY.</translation>
    </message>
    <message>
        <source>Push this version number instead of the next one (repairs and tests; agents refuse versions older than theirs).</source>
        <translation>Bir sonraki sürüm yerine bu sürüm numarasını gönderir (onarım ve testler için; ajanlar kendi sürümlerinden eski sürümleri reddeder).</translation>
    </message>
    <message>
        <source>An admin key is needed: pass --key FILE or set TAFEL_KEY (create one with &apos;tafelctl keys create --role admin&apos;).</source>
        <translation>Bir yönetici anahtarı gerekli: --key FILE belirtin veya TAFEL_KEY ayarlayın (&apos;tafelctl keys create --role admin&apos; ile oluşturabilirsiniz).</translation>
    </message>
    <message>
        <source>--version must be a number above 0.</source>
        <translation>--version 0&apos;dan büyük bir sayı olmalıdır.</translation>
    </message>
    <message>
        <source>all rooms</source>
        <translation>tüm odalar</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>değişmedi</translation>
    </message>
    <message>
        <source>ok (was %1)</source>
        <translation>tamam (önceki: %1)</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>başarısız: %1</translation>
    </message>
    <message>
        <source>ROOM</source>
        <translation>ODA</translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation>AJAN</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRES</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>SÜRÜM</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>SONUÇ</translation>
    </message>
</context>
<context>
    <name>tafel::cli::Context</name>
    <message>
        <source>Run &apos;%1 --help&apos; for usage.</source>
        <translation>Kullanım bilgisi için &apos;%1 --help&apos; komutunu çalıştırın.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Açık bir veritabanı yok.</translation>
    </message>
</context>
<context>
    <name>tafel::cli::DbCommand</name>
    <message>
        <source>The database file</source>
        <translation>Veritabanı dosyası</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity and schema version (exit code 1 when broken)</source>
        <translation>Veritabanının bütünlüğünü ve şema sürümünü denetler (bozuksa çıkış kodu 1)</translation>
    </message>
    <message>
        <source>Database:       %1</source>
        <translation>Veritabanı:     %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>Şema sürümü:    %1 (bu program: %2)</translation>
    </message>
    <message>
        <source>The schema is older; the next change by Tafel or tafelctl upgrades it.</source>
        <translation>Şema daha eski; Tafel veya tafelctl ile yapılacak bir sonraki değişiklik onu yükseltir.</translation>
    </message>
    <message>
        <source>Integrity:      ok</source>
        <translation>Bütünlük:       tamam</translation>
    </message>
    <message>
        <source>Integrity:      DAMAGED</source>
        <translation>Bütünlük:       HASARLI</translation>
    </message>
    <message>
        <source>The database %1 is damaged. Restore a backup.</source>
        <translation>%1 veritabanı hasarlı. Bir yedeği geri yükleyin.</translation>
    </message>
</context>
<context>
    <name>tafel::cli::DevicePasswordCommand</name>
    <message>
        <source>Device id or name.</source>
        <translation>Cihaz kimliği veya adı.</translation>
    </message>
    <message>
        <source>Room of the device (id or name), when several devices share the name.</source>
        <translation>Birden fazla cihaz aynı adı taşıyorsa cihazın odası (kimlik veya ad).</translation>
    </message>
    <message>
        <source>Read the password or PIN from the first line of file F (default: the first line of standard input; on a terminal it is asked for without echo).</source>
        <translation>Parolayı veya PIN&apos;i F dosyasının ilk satırından okur (varsayılan: standart girdinin ilk satırı; terminalde ekrana yansıtılmadan sorulur).</translation>
    </message>
    <message>
        <source>Remove the stored password instead.</source>
        <translation>Bunun yerine kayıtlı parolayı kaldırır.</translation>
    </message>
    <message>
        <source>There is no device &apos;%1&apos;. See &apos;tafelctl devices list&apos;.</source>
        <translation>&apos;%1&apos; adlı cihaz yok. Bkz. &apos;tafelctl devices list&apos;.</translation>
    </message>
    <message>
        <source>%1 devices are named &apos;%2&apos;. Give the device id or --room (see &apos;tafelctl devices list&apos;).</source>
        <translation>%1 cihazın adı &apos;%2&apos;. Cihaz kimliğini veya --room seçeneğini verin (bkz. &apos;tafelctl devices list&apos;).</translation>
    </message>
    <message>
        <source>Password or PIN for %1: </source>
        <translation>%1 için parola veya PIN: </translation>
    </message>
    <message>
        <source>No password given: pass --password-file F or write it to standard input.</source>
        <translation>Parola verilmedi: --password-file F kullanın veya parolayı standart girdiye yazın.</translation>
    </message>
    <message>
        <source>The device must not be empty.</source>
        <translation>Cihaz boş olamaz.</translation>
    </message>
    <message>
        <source>Give either --clear or --password-file, not both.</source>
        <translation>--clear veya --password-file seçeneklerinden yalnızca birini verin.</translation>
    </message>
    <message>
        <source>Removed the stored password of &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; cihazının kayıtlı parolası kaldırıldı.</translation>
    </message>
    <message>
        <source>Stored the password of &apos;%1&apos; (encrypted).</source>
        <translation>&apos;%1&apos; cihazının parolası kaydedildi (şifreli).</translation>
    </message>
    <message>
        <source>Store the PJLink password or MDC PIN of a display (encrypted)</source>
        <translation>Bir ekranın PJLink parolasını veya MDC PIN&apos;ini kaydeder (şifreli)</translation>
    </message>
</context>
<context>
    <name>tafel::cli::DevicesCommand</name>
    <message>
        <source>Devices in the rooms: displays, projectors, PCs, access points, ...</source>
        <translation>Odalardaki cihazlar: ekranlar, projeksiyon cihazları, bilgisayarlar, erişim noktaları, ...</translation>
    </message>
    <message>
        <source>List devices, of all rooms or of one</source>
        <translation>Tüm odaların veya tek bir odanın cihazlarını listeler</translation>
    </message>
    <message>
        <source>Add a device to a room</source>
        <translation>Bir odaya cihaz ekler</translation>
    </message>
    <message>
        <source>Only the devices of room R (id or name).</source>
        <translation>Yalnızca R odasının cihazları (kimlik veya ad).</translation>
    </message>
    <message>
        <source>ROOM</source>
        <translation>ODA</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>AD</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TÜR</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>ANA BİLGİSAYAR</translation>
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
        <translation>PROTOKOL</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>KİMLİK</translation>
    </message>
    <message>
        <source>Room of the device (id or name). Required.</source>
        <translation>Cihazın odası (kimlik veya ad). Zorunlu.</translation>
    </message>
    <message>
        <source>Kind of device: %1. Required.</source>
        <translation>Cihaz türü: %1. Zorunlu.</translation>
    </message>
    <message>
        <source>Name of the device. Required.</source>
        <translation>Cihazın adı. Zorunlu.</translation>
    </message>
    <message>
        <source>Host name or IP address, optionally with :PORT. Required.</source>
        <translation>Ana bilgisayar adı veya IP adresi, isteğe bağlı olarak :PORT ile. Zorunlu.</translation>
    </message>
    <message>
        <source>MAC address (unique), e.g. 00:11:22:AA:BB:CC.</source>
        <translation>MAC adresi (benzersiz), ör. 00:11:22:AA:BB:CC.</translation>
    </message>
    <message>
        <source>Control protocol: %1.</source>
        <translation>Kontrol protokolü: %1.</translation>
    </message>
    <message>
        <source>Missing option --%1.</source>
        <translation>--%1 seçeneği eksik.</translation>
    </message>
    <message>
        <source>Unknown device kind &apos;%1&apos;. Known kinds: %2.</source>
        <translation>Bilinmeyen cihaz türü &apos;%1&apos;. Bilinen türler: %2.</translation>
    </message>
    <message>
        <source>Unknown protocol &apos;%1&apos;. Known protocols: %2.</source>
        <translation>Bilinmeyen protokol &apos;%1&apos;. Bilinen protokoller: %2.</translation>
    </message>
    <message>
        <source>Added %1 &apos;%2&apos; to room &apos;%3&apos; (id %4).</source>
        <translation>%1 &apos;%2&apos;, &apos;%3&apos; odasına eklendi (kimlik %4).</translation>
    </message>
</context>
<context>
    <name>tafel::cli::DiscoverCommand</name>
    <message>
        <source>Subnet to sweep, at most /22 (repeatable). Default: this PC&apos;s IPv4 subnets.</source>
        <translation>Taranacak alt ağ, en fazla /22 (tekrarlanabilir). Varsayılan: bu PC&apos;nin IPv4 alt ağları.</translation>
    </message>
    <message>
        <source>Ports and what they speak (default 4352=pjlink,1515=mdc,4450=agent).</source>
        <translation>Portlar ve kullandıkları protokol (varsayılan 4352=pjlink,1515=mdc,4450=agent).</translation>
    </message>
    <message>
        <source>Do not send the PJLink search (UDP broadcast).</source>
        <translation>PJLink aramasını (UDP yayını) göndermez.</translation>
    </message>
    <message>
        <source>Send the PJLink search to ADDR:PORT instead of the broadcast to port 4352 (answers then come to any free local port).</source>
        <translation>PJLink aramasını 4352 portuna yayın yerine ADDR:PORT adresine gönderir (yanıtlar bu durumda herhangi bir boş yerel porta gelir).</translation>
    </message>
    <message>
        <source>Connect timeout per address and port (default 700).</source>
        <translation>Adres ve port başına bağlantı zaman aşımı (varsayılan 700).</translation>
    </message>
    <message>
        <source>Connections at once (default 64).</source>
        <translation>Aynı anda açılacak bağlantı sayısı (varsayılan 64).</translation>
    </message>
    <message>
        <source>Add every found device that is not in the inventory yet (needs --room).</source>
        <translation>Bulunan ve henüz envanterde olmayan her cihazı ekler (--room gerekir).</translation>
    </message>
    <message>
        <source>With --add: the room for the new devices (id or name).</source>
        <translation>--add ile: yeni cihazların odası (kimlik veya ad).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not PORT=pjlink, PORT=mdc or PORT=agent.</source>
        <translation>&apos;%1&apos;, PORT=pjlink, PORT=mdc veya PORT=agent biçiminde değil.</translation>
    </message>
    <message>
        <source>--ports names no port.</source>
        <translation>--ports hiçbir port belirtmiyor.</translation>
    </message>
    <message>
        <source>--timeout must be 20 to 60000 milliseconds.</source>
        <translation>--timeout 20 ile 60000 milisaniye arasında olmalıdır.</translation>
    </message>
    <message>
        <source>--concurrency must be 1 to 1024.</source>
        <translation>--concurrency 1 ile 1024 arasında olmalıdır.</translation>
    </message>
    <message>
        <source>--search-to must look like 127.0.0.1:4352.</source>
        <translation>--search-to 127.0.0.1:4352 biçiminde olmalıdır.</translation>
    </message>
    <message>
        <source>--add needs --room R.</source>
        <translation>--add için --room R gerekir.</translation>
    </message>
    <message>
        <source>This PC has no IPv4 network to sweep; pass --subnet CIDR.</source>
        <translation>Bu PC&apos;de taranacak IPv4 ağı yok; --subnet CIDR belirtin.</translation>
    </message>
    <message>
        <source>yes: %1</source>
        <translation>evet: %1</translation>
    </message>
    <message>
        <source>added</source>
        <translation>eklendi</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRES</translation>
    </message>
    <message>
        <source>PROTOCOL</source>
        <translation>PROTOKOL</translation>
    </message>
    <message>
        <source>ANSWERED</source>
        <translation>YANIT</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>AD</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>IN INVENTORY</source>
        <translation>ENVANTERDE</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) answered (%1 connects).</source>
        <translation>
            <numerusform>%n cihaz yanıt verdi (%1 bağlantı denemesi).</numerusform>
        </translation>
    </message>
    <message>
        <source>Find projectors, displays and agents on the network (PJLink search, port sweep)</source>
        <translation>Ağdaki projeksiyon cihazlarını, ekranları ve ajanları bulma (PJLink araması, port taraması)</translation>
    </message>
</context>
<context>
    <name>tafel::cli::Dispatch</name>
    <message>
        <source>Use the database file PATH (default: $TAFEL_DB, else %1).</source>
        <translation>PATH veritabanı dosyasını kullanır (varsayılan: $TAFEL_DB, yoksa %1).</translation>
    </message>
    <message>
        <source>Print machine-readable JSON instead of tables.</source>
        <translation>Tablolar yerine makine tarafından okunabilir JSON çıktısı verir.</translation>
    </message>
    <message>
        <source>Show help for the command.</source>
        <translation>Komutun yardımını gösterir.</translation>
    </message>
    <message>
        <source>Usage: tafelctl [--db PATH] [--json] &lt;command&gt; &lt;subcommand&gt; [options] [arguments]</source>
        <translation>Kullanım: tafelctl [--db PATH] [--json] &lt;komut&gt; &lt;alt komut&gt; [seçenekler] [argümanlar]</translation>
    </message>
    <message>
        <source>Tafel on the command line: rooms, devices and the database of a school.</source>
        <translation>Komut satırında Tafel: bir okulun odaları, cihazları ve veritabanı.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Komutlar:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Genel seçenekler:</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Sürümü gösterir ve çıkar.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the operation failed, 2 wrong usage.</source>
        <translation>Çıkış kodları: 0 başarılı, 1 işlem başarısız oldu, 2 hatalı kullanım.</translation>
    </message>
    <message>
        <source>Run &apos;tafelctl &lt;command&gt; --help&apos; for the subcommands of a command.</source>
        <translation>Bir komutun alt komutları için &apos;tafelctl &lt;komut&gt; --help&apos; çalıştırın.</translation>
    </message>
    <message>
        <source>Usage: tafelctl %1 &lt;subcommand&gt; [options] [arguments]</source>
        <translation>Kullanım: tafelctl %1 &lt;alt komut&gt; [seçenekler] [argümanlar]</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Alt komutlar:</translation>
    </message>
    <message>
        <source>Run &apos;tafelctl %1 &lt;subcommand&gt; --help&apos; for the options of a subcommand.</source>
        <translation>Bir alt komutun seçenekleri için &apos;tafelctl %1 &lt;alt komut&gt; --help&apos; çalıştırın.</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for usage.</source>
        <translation>Kullanım bilgisi için &apos;%1 --help&apos; komutunu çalıştırın.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Komut verilmedi.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Bilinmeyen komut &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a subcommand: %2.</source>
        <translation>&apos;%1&apos; bir alt komut gerektiriyor: %2.</translation>
    </message>
    <message>
        <source>Unknown subcommand &apos;%1&apos; for &apos;%2&apos;.</source>
        <translation>&apos;%2&apos; için bilinmeyen alt komut &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing an argument.</source>
        <translation>&apos;%1&apos; için bir argüman eksik.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Beklenmeyen argüman &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db bir dosya adı gerektiriyor.</translation>
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
        <translation>%1 parola dosyası mevcut değil.</translation>
    </message>
    <message>
        <source>The password file %1 is a directory.</source>
        <translation>%1 parola dosyası bir dizin.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>%1 parola dosyası okunamıyor: %2</translation>
    </message>
    <message>
        <source>The first line of the password file %1 is empty.</source>
        <translation>%1 parola dosyasının ilk satırı boş.</translation>
    </message>
    <message>
        <source>--%1 must be a number of seconds greater than 0 and at most %2, not &apos;%3&apos;.</source>
        <translation>--%1, 0&apos;dan büyük ve en fazla %2 olan bir saniye değeri olmalıdır, &apos;%3&apos; değil.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>açık</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>bekleme</translation>
    </message>
    <message>
        <source>warming up</source>
        <translation>ısınıyor</translation>
    </message>
    <message>
        <source>cooling down</source>
        <translation>soğuyor</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>bilinmiyor</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>sınıf %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Güç</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Kaynaklar</translation>
    </message>
    <message>
        <source>Video muted</source>
        <translation>Görüntü kapalı</translation>
    </message>
    <message>
        <source>Audio muted</source>
        <translation>Ses kapalı</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Donduruldu</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Ses düzeyi</translation>
    </message>
    <message>
        <source>fan</source>
        <translation>fan</translation>
    </message>
    <message>
        <source>lamp</source>
        <translation>lamba</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>sıcaklık</translation>
    </message>
    <message>
        <source>cover</source>
        <translation>kapak</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>filtre</translation>
    </message>
    <message>
        <source>other</source>
        <translation>diğer</translation>
    </message>
    <message>
        <source>%1 warning</source>
        <translation>%1: uyarı</translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation>%1: hata</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Hatalar</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>lamp %1: %2 h, %3</source>
        <translation>lamba %1: %2 sa, %3</translation>
    </message>
    <message>
        <source>off</source>
        <translation>kapalı</translation>
    </message>
    <message>
        <source>Lamps</source>
        <translation>Lambalar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Üretici</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seri no</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Çözünürlük</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Hata</translation>
    </message>
    <message>
        <source>%1: this build has no driver for %2.</source>
        <translation>%1: bu sürümde %2 için sürücü yok.</translation>
    </message>
    <message>
        <source>The display at %1 did not finish within %2 s.</source>
        <translation>%1 adresindeki ekran işlemi %2 sn içinde bitirmedi.</translation>
    </message>
    <message>
        <source>%1: %2: FAILED: %3</source>
        <translation>%1: %2: BAŞARISIZ: %3</translation>
    </message>
    <message>
        <source>power: %1</source>
        <translation>güç: %1</translation>
    </message>
    <message>
        <source>input: %1</source>
        <translation>kaynak: %1</translation>
    </message>
    <message>
        <source>video muted: %1, audio muted: %2</source>
        <translation>görüntü kapalı: %1, ses kapalı: %2</translation>
    </message>
    <message>
        <source>frozen: %1</source>
        <translation>donduruldu: %1</translation>
    </message>
    <message>
        <source>volume: %1</source>
        <translation>ses düzeyi: %1</translation>
    </message>
    <message>
        <source>%1: %2: done</source>
        <translation>%1: %2: tamam</translation>
    </message>
    <message>
        <source>%1: %2: done (%3)</source>
        <translation>%1: %2: tamam (%3)</translation>
    </message>
</context>
<context>
    <name>tafel::cli::DisplayCommand</name>
    <message>
        <source>Query and switch displays and projectors by address (PJLink, Samsung MDC)</source>
        <translation>Ekranları ve projeksiyon cihazlarını adrese göre sorgular ve kontrol eder (PJLink, Samsung MDC)</translation>
    </message>
    <message>
        <source>Show power, input, mute, errors, lamps and model of displays</source>
        <translation>Ekranların güç, kaynak, sessiz, hata, lamba ve model bilgilerini gösterir</translation>
    </message>
    <message>
        <source>Switch displays on or off</source>
        <translation>Ekranları açar veya kapatır</translation>
    </message>
    <message>
        <source>Switch displays to an input</source>
        <translation>Ekranları bir kaynağa geçirir</translation>
    </message>
    <message>
        <source>Mute or unmute picture and/or sound</source>
        <translation>Görüntüyü ve/veya sesi kapatır ya da yeniden açar</translation>
    </message>
    <message>
        <source>Freeze or unfreeze the picture (PJLink class 2)</source>
        <translation>Görüntüyü dondurur veya çözer (PJLink sınıf 2)</translation>
    </message>
    <message>
        <source>Turn the speaker volume up or down</source>
        <translation>Hoparlör ses düzeyini artırır veya azaltır</translation>
    </message>
    <message>
        <source>Search the network for PJLink class 2 displays</source>
        <translation>Ağda PJLink sınıf 2 ekranları arar</translation>
    </message>
    <message>
        <source>Control protocol: pjlink (default, TCP 4352) or mdc (Samsung, TCP 1515).</source>
        <translation>Kontrol protokolü: pjlink (varsayılan, TCP 4352) veya mdc (Samsung, TCP 1515).</translation>
    </message>
    <message>
        <source>PJLink password or MDC PIN. Visible to other users in the process list: prefer --password-file.</source>
        <translation>PJLink parolası veya MDC PIN&apos;i. İşlem listesinde diğer kullanıcılara görünür: --password-file tercih edin.</translation>
    </message>
    <message>
        <source>Read the password or PIN from the first line of file F.</source>
        <translation>Parolayı veya PIN&apos;i F dosyasının ilk satırından okur.</translation>
    </message>
    <message>
        <source>MDC display id, 0 to 254 (default 1).</source>
        <translation>MDC ekran kimliği, 0 ile 254 arası (varsayılan 1).</translation>
    </message>
    <message>
        <source>Seconds to wait for each reply (default 5).</source>
        <translation>Her yanıt için beklenecek saniye (varsayılan 5).</translation>
    </message>
    <message>
        <source>One or more displays: HOST, HOST:PORT or [IPv6]:PORT.</source>
        <translation>Bir veya daha fazla ekran: HOST, HOST:PORT veya [IPv6]:PORT.</translation>
    </message>
    <message>
        <source>Unknown protocol &apos;%1&apos;. Use pjlink or mdc.</source>
        <translation>Bilinmeyen protokol &apos;%1&apos;. pjlink veya mdc kullanın.</translation>
    </message>
    <message>
        <source>Give either --password or --password-file, not both.</source>
        <translation>--password ve --password-file seçeneklerinden yalnızca birini verin.</translation>
    </message>
    <message>
        <source>--mdc-id only applies to --protocol mdc.</source>
        <translation>--mdc-id yalnızca --protocol mdc ile geçerlidir.</translation>
    </message>
    <message>
        <source>--mdc-id must be a whole number from 0 to 254, not &apos;%1&apos;.</source>
        <translation>--mdc-id 0 ile 254 arasında bir tam sayı olmalıdır, &apos;%1&apos; değil.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs at least one HOST.</source>
        <translation>&apos;%1&apos; en az bir HOST gerektiriyor.</translation>
    </message>
    <message>
        <source>%1 of %2 displays failed.</source>
        <translation>%2 ekrandan %1 tanesinde hata oluştu.</translation>
    </message>
    <message>
        <source>The change was made, but the audit log could not be written: %1</source>
        <translation>Değişiklik yapıldı, ancak denetim kaydı yazılamadı: %1</translation>
    </message>
    <message>
        <source>Switch on or off (standby).</source>
        <translation>on: açar, off: kapatır (bekleme).</translation>
    </message>
    <message>
        <source>Wait until the displays report the new state (projectors warm up and cool down).</source>
        <translation>Ekranlar yeni durumu bildirene kadar bekler (projeksiyon cihazları ısınır ve soğur).</translation>
    </message>
    <message>
        <source>Give up waiting after S seconds (default %1).</source>
        <translation>S saniye sonra beklemeyi bırakır (varsayılan %1).</translation>
    </message>
    <message>
        <source>Say &apos;on&apos; or &apos;off&apos;, not &apos;%1&apos;.</source>
        <translation>&apos;on&apos; veya &apos;off&apos; yazın, &apos;%1&apos; değil.</translation>
    </message>
    <message>
        <source>--wait-timeout only applies with --wait.</source>
        <translation>--wait-timeout yalnızca --wait ile geçerlidir.</translation>
    </message>
    <message>
        <source>Input: PJLink code such as 31 (HDMI 1), MDC code such as 0x21 or a name such as HDMI1.</source>
        <translation>Kaynak: 31 gibi bir PJLink kodu (HDMI 1), 0x21 gibi bir MDC kodu veya HDMI1 gibi bir ad.</translation>
    </message>
    <message>
        <source>The input code must not be empty.</source>
        <translation>Kaynak kodu boş olamaz.</translation>
    </message>
    <message>
        <source>What to mute: the picture, the sound or both.</source>
        <translation>Neyin kapatılacağı: görüntü, ses veya ikisi.</translation>
    </message>
    <message>
        <source>Mute (on) or unmute (off).</source>
        <translation>Kapatır (on) veya yeniden açar (off).</translation>
    </message>
    <message>
        <source>Say &apos;video&apos;, &apos;audio&apos; or &apos;all&apos;, not &apos;%1&apos;.</source>
        <translation>&apos;video&apos;, &apos;audio&apos; veya &apos;all&apos; yazın, &apos;%1&apos; değil.</translation>
    </message>
    <message>
        <source>Freeze (on) or unfreeze (off) the picture.</source>
        <translation>Görüntüyü dondurur (on) veya çözer (off).</translation>
    </message>
    <message>
        <source>Louder or quieter.</source>
        <translation>Sesi artırır (up) veya azaltır (down).</translation>
    </message>
    <message>
        <source>Number of steps, 1 to 20 (default 1).</source>
        <translation>Adım sayısı, 1 ile 20 arası (varsayılan 1).</translation>
    </message>
    <message>
        <source>Say &apos;up&apos; or &apos;down&apos;, not &apos;%1&apos;.</source>
        <translation>&apos;up&apos; veya &apos;down&apos; yazın, &apos;%1&apos; değil.</translation>
    </message>
    <message>
        <source>--steps must be a whole number from 1 to 20, not &apos;%1&apos;.</source>
        <translation>--steps 1 ile 20 arasında bir tam sayı olmalıdır, &apos;%1&apos; değil.</translation>
    </message>
    <message>
        <source>Seconds to collect answers (default 3).</source>
        <translation>Yanıtların toplanacağı saniye (varsayılan 3).</translation>
    </message>
    <message>
        <source>Send the search to this IP address instead of the broadcast address 255.255.255.255.</source>
        <translation>Aramayı 255.255.255.255 yayın adresi yerine bu IP adresine gönderir.</translation>
    </message>
    <message>
        <source>UDP port to send the search to (default 4352).</source>
        <translation>Aramanın gönderileceği UDP portu (varsayılan 4352).</translation>
    </message>
    <message>
        <source>UDP port to receive answers on (default 4352 for the broadcast, where displays answer; any free port with --address).</source>
        <translation>Yanıtların alınacağı UDP portu (yayında varsayılan 4352, ekranlar buraya yanıt verir; --address ile herhangi bir boş port).</translation>
    </message>
    <message>
        <source>--address must be an IP address, not &apos;%1&apos;.</source>
        <translation>--address bir IP adresi olmalıdır, &apos;%1&apos; değil.</translation>
    </message>
    <message>
        <source>--port must be a port number from 1 to 65535, not &apos;%1&apos;.</source>
        <translation>--port 1 ile 65535 arasında bir port numarası olmalıdır, &apos;%1&apos; değil.</translation>
    </message>
    <message>
        <source>--local-port must be a port number from 0 to 65535, not &apos;%1&apos;.</source>
        <translation>--local-port 0 ile 65535 arasında bir port numarası olmalıdır, &apos;%1&apos; değil.</translation>
    </message>
    <message>
        <source>No PJLink class 2 display answered within %1 s.</source>
        <translation>%1 sn içinde hiçbir PJLink sınıf 2 ekranı yanıt vermedi.</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRES</translation>
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
        <translation>Bir odanın ajanlarına ders materyali gönderir</translation>
    </message>
    <message>
        <source>Send a package (or a folder) to agents, relayed from agent to agent, resumable</source>
        <translation>Bir paketi (veya klasörü) ajanlara gönderir; ajandan ajana aktarılır, kesilirse kaldığı yerden devam eder</translation>
    </message>
    <message>
        <source>A package file from &apos;tafelctl package create&apos;, or a folder (packaged and signed on the fly).</source>
        <translation>&apos;tafelctl package create&apos; ile oluşturulmuş bir paket dosyası veya bir klasör (anında paketlenir ve imzalanır).</translation>
    </message>
    <message>
        <source>An enrolled agent; repeat or separate with commas.</source>
        <translation>Kayıtlı bir ajan; tekrarlayın veya virgülle ayırın.</translation>
    </message>
    <message>
        <source>Every agent of this room (id or name) in the inventory.</source>
        <translation>Envanterde bu odanın (kimlik veya ad) tüm ajanları.</translation>
    </message>
    <message>
        <source>Title when PATH is a folder (default: its name).</source>
        <translation>PATH bir klasörse başlık (varsayılan: klasörün adı).</translation>
    </message>
    <message>
        <source>Keep retrying an unreachable agent this many seconds (default 60).</source>
        <translation>Ulaşılamayan bir ajanı bu kadar saniye boyunca yeniden dener (varsayılan 60).</translation>
    </message>
    <message>
        <source>Send to every agent directly instead of relaying (for comparison).</source>
        <translation>Aktarma yerine her ajana doğrudan gönderir (karşılaştırma için).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST or HOST:PORT: %2</source>
        <translation>&apos;%1&apos;, HOST veya HOST:PORT biçiminde değil: %2</translation>
    </message>
    <message>
        <source>Name the receivers with --to HOST[:PORT]... or --room ROOM (one of them).</source>
        <translation>Alıcıları --to HOST[:PORT]... veya --room ROOM ile belirtin (ikisinden biri).</translation>
    </message>
    <message>
        <source>--give-up must be a number of seconds from 0 to 86400.</source>
        <translation>--give-up 0 ile 86400 arasında bir saniye değeri olmalıdır.</translation>
    </message>
    <message>
        <source>A key is needed: pass --key FILE or set TAFEL_KEY (create one with &apos;tafelctl keys create&apos;).</source>
        <translation>Bir anahtar gerekli: --key FILE belirtin veya TAFEL_KEY ayarlayın (&apos;tafelctl keys create&apos; ile oluşturabilirsiniz).</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 mevcut değil.</translation>
    </message>
    <message>
        <source>Room %1 has no agents in the inventory.</source>
        <translation>Envanterde %1 odasının hiç ajanı yok.</translation>
    </message>
    <message>
        <source>%1 is not enrolled. Run: tafelctl agent enroll %1</source>
        <translation>%1 kayıtlı değil. Şunu çalıştırın: tafelctl agent enroll %1</translation>
    </message>
    <message>
        <source>%1/%2 verified, %3 of %4 delivered, sent %5 (%6/s)</source>
        <translation>%1/%2 doğrulandı, %4 alıcıdan %3 tanesine teslim edildi, %5 gönderildi (%6/sn)</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>doğrulandı</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>başarısız</translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation>AJAN</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>SONUÇ</translation>
    </message>
    <message>
        <source>RECEIVED</source>
        <translation>ALINAN</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SANİYE</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>HATA</translation>
    </message>
    <message>
        <source>Package %1 (%2): sent %3 in %4 s to %5 agents.</source>
        <translation>%1 paketi (%2): %3, %4 sn içinde %5 ajana gönderildi.</translation>
    </message>
</context>
<context>
    <name>tafel::cli::InventoryCommand</name>
    <message>
        <source>Import and export the school&apos;s rooms and devices as CSV</source>
        <translation>Okulun odalarını ve cihazlarını CSV olarak içe ve dışa aktarır</translation>
    </message>
    <message>
        <source>Import rooms and devices from a CSV file (preview, then one transaction)</source>
        <translation>Odaları ve cihazları bir CSV dosyasından içe aktarır (önce önizleme, ardından tek bir işlem)</translation>
    </message>
    <message>
        <source>Export all rooms and devices as CSV or JSON</source>
        <translation>Tüm odaları ve cihazları CSV veya JSON olarak dışa aktarır</translation>
    </message>
    <message>
        <source>CSV file (UTF-8, &apos;,&apos; or &apos;;&apos;). Columns: %1; see the README.</source>
        <translation>CSV dosyası (UTF-8, &apos;,&apos; veya &apos;;&apos;). Sütunlar: %1; bkz. README.</translation>
    </message>
    <message>
        <source>Only show what would change; write nothing.</source>
        <translation>Yalnızca neyin değişeceğini gösterir; hiçbir şey yazmaz.</translation>
    </message>
    <message>
        <source>Apply the good lines even when other lines have errors (still one transaction). Without it any line error means nothing is written.</source>
        <translation>Diğer satırlarda hata olsa bile sorunsuz satırları uygular (yine tek bir işlemde). Bu seçenek olmadan herhangi bir satır hatası, hiçbir şeyin yazılmaması anlamına gelir.</translation>
    </message>
    <message>
        <source>A line naming a room that does not exist is an error instead of creating the room.</source>
        <translation>Var olmayan bir odayı belirten satır, odayı oluşturmak yerine hata sayılır.</translation>
    </message>
    <message>
        <source>Read %1 lines (delimiter &apos;%2&apos;%3).</source>
        <translation>%1 satır okundu (ayraç &apos;%2&apos;%3).</translation>
    </message>
    <message>
        <source>, UTF-8 with BOM</source>
        <translation>, BOM&apos;lu UTF-8</translation>
    </message>
    <message>
        <source>Rooms:   %1 to add, %2 to change, %3 unchanged</source>
        <translation>Odalar:   %1 eklenecek, %2 değişecek, %3 değişmeyecek</translation>
    </message>
    <message>
        <source>Devices: %1 to add, %2 to change, %3 unchanged</source>
        <translation>Cihazlar: %1 eklenecek, %2 değişecek, %3 değişmeyecek</translation>
    </message>
    <message>
        <source>  + room &apos;%1&apos; (line %2)</source>
        <translation>  + oda &apos;%1&apos; (satır %2)</translation>
    </message>
    <message>
        <source>building &apos;%1&apos; -&gt; &apos;%2&apos;</source>
        <translation>bina &apos;%1&apos; -&gt; &apos;%2&apos;</translation>
    </message>
    <message>
        <source>floor &apos;%1&apos; -&gt; &apos;%2&apos;</source>
        <translation>kat &apos;%1&apos; -&gt; &apos;%2&apos;</translation>
    </message>
    <message>
        <source>capacity %1 -&gt; %2</source>
        <translation>kapasite %1 -&gt; %2</translation>
    </message>
    <message>
        <source>  ~ room &apos;%1&apos;: %2 (line %3)</source>
        <translation>  ~ oda &apos;%1&apos;: %2 (satır %3)</translation>
    </message>
    <message>
        <source>  + device &apos;%1&apos; in &apos;%2&apos; (%3) (line %4)</source>
        <translation>  + cihaz &apos;%1&apos;, oda &apos;%2&apos; (%3) (satır %4)</translation>
    </message>
    <message>
        <source>  ~ device &apos;%1&apos; in &apos;%2&apos;: %3 (line %4)</source>
        <translation>  ~ cihaz &apos;%1&apos;, oda &apos;%2&apos;: %3 (satır %4)</translation>
    </message>
    <message numerus="yes">
        <source>Errors (%n line(s)):</source>
        <translation>
            <numerusform>Hatalar (%n satır):</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; okunamıyor: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large for an inventory file.</source>
        <translation>&apos;%1&apos; bir envanter dosyası için çok büyük.</translation>
    </message>
    <message>
        <source>The file cannot be imported; nothing was written.</source>
        <translation>Dosya içe aktarılamıyor; hiçbir şey yazılmadı.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) have errors; nothing was written. Fix them or pass --skip-bad-lines.</source>
        <translation>
            <numerusform>%n satırda hata var; hiçbir şey yazılmadı. Hataları düzeltin veya --skip-bad-lines kullanın.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Deneme çalıştırması: hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <source>Applied in one transaction.</source>
        <translation>Tek bir işlemde uygulandı.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Değiştirilecek bir şey yok.</translation>
    </message>
    <message numerus="yes">
        <source>tafelctl: skipped %n bad line(s).</source>
        <translation>
            <numerusform>tafelctl: %n hatalı satır atlandı.</numerusform>
        </translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv (varsayılan) veya json.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Standart çıktı yerine FILE dosyasına yazar.</translation>
    </message>
    <message>
        <source>CSV delimiter: &apos;,&apos; (default) or &apos;;&apos; (for a German Excel).</source>
        <translation>CSV ayracı: &apos;,&apos; (varsayılan) veya &apos;;&apos; (Almanca Excel için).</translation>
    </message>
    <message>
        <source>--format must be csv or json, not &apos;%1&apos;.</source>
        <translation>--format csv veya json olmalıdır, &apos;%1&apos; değil.</translation>
    </message>
    <message>
        <source>--delimiter must be &apos;,&apos; or &apos;;&apos;, not &apos;%1&apos;.</source>
        <translation>--delimiter &apos;,&apos; veya &apos;;&apos; olmalıdır, &apos;%1&apos; değil.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; yazılamıyor: %2</translation>
    </message>
    <message>
        <source>Exported %1 rooms and %2 devices to &apos;%3&apos;.</source>
        <translation>%1 oda ve %2 cihaz &apos;%3&apos; dosyasına dışa aktarıldı.</translation>
    </message>
</context>
<context>
    <name>tafel::cli::InventoryEditCommand</name>
    <message>
        <source>Room id or name.</source>
        <translation>Oda kimliği veya adı.</translation>
    </message>
    <message>
        <source>New name (unique in the school).</source>
        <translation>Yeni ad (okulda benzersiz).</translation>
    </message>
    <message>
        <source>Building the room is in.</source>
        <translation>Odanın bulunduğu bina.</translation>
    </message>
    <message>
        <source>Floor the room is on.</source>
        <translation>Odanın bulunduğu kat.</translation>
    </message>
    <message>
        <source>Number of seats.</source>
        <translation>Oturma yeri sayısı.</translation>
    </message>
    <message>
        <source>--capacity must be a whole number of 0 or more, not &apos;%1&apos;.</source>
        <translation>--capacity 0 veya daha büyük bir tam sayı olmalıdır, &apos;%1&apos; değil.</translation>
    </message>
    <message>
        <source>The room name must not be empty.</source>
        <translation>Oda adı boş olamaz.</translation>
    </message>
    <message>
        <source>Changed room &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; odası değiştirildi.</translation>
    </message>
    <message>
        <source>Also remove the room&apos;s devices (needed when it has any).</source>
        <translation>Odanın cihazlarını da kaldırır (odada cihaz varsa gereklidir).</translation>
    </message>
    <message numerus="yes">
        <source>Room &apos;%1&apos; has %n device(s); they would be removed with it. Add --force to do that.</source>
        <translation>
            <numerusform>&apos;%1&apos; odasında %n cihaz var; bunlar odayla birlikte kaldırılır. Bunun için --force ekleyin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed room &apos;%1&apos; and %n device(s).</source>
        <translation>
            <numerusform>&apos;%1&apos; odası ve %n cihaz kaldırıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Device id or name.</source>
        <translation>Cihaz kimliği veya adı.</translation>
    </message>
    <message>
        <source>Room of the device (id or name), when several devices share the name. To move a device use &apos;tafelctl devices move&apos;.</source>
        <translation>Birden fazla cihaz aynı adı taşıyorsa cihazın odası (kimlik veya ad). Bir cihazı taşımak için &apos;tafelctl devices move&apos; kullanın.</translation>
    </message>
    <message>
        <source>New name.</source>
        <translation>Yeni ad.</translation>
    </message>
    <message>
        <source>Kind of device: %1.</source>
        <translation>Cihaz türü: %1.</translation>
    </message>
    <message>
        <source>Host name or IP address, optionally with :PORT.</source>
        <translation>Ana bilgisayar adı veya IP adresi, isteğe bağlı olarak :PORT ile.</translation>
    </message>
    <message>
        <source>Port (0 = the protocol&apos;s default).</source>
        <translation>Port (0 = protokolün varsayılanı).</translation>
    </message>
    <message>
        <source>MAC address; an empty value removes it.</source>
        <translation>MAC adresi; boş değer adresi kaldırır.</translation>
    </message>
    <message>
        <source>Control protocol: %1; an empty value means reachability only.</source>
        <translation>Kontrol protokolü: %1; boş değer yalnızca erişilebilirlik denetimi anlamına gelir.</translation>
    </message>
    <message>
        <source>Whether a Tafel agent runs on the device: yes or no.</source>
        <translation>Cihazda bir Tafel ajanı çalışıp çalışmadığı: yes veya no.</translation>
    </message>
    <message>
        <source>Unknown device kind &apos;%1&apos;. Known kinds: %2.</source>
        <translation>Bilinmeyen cihaz türü &apos;%1&apos;. Bilinen türler: %2.</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535, not &apos;%1&apos;.</source>
        <translation>--port 0 ile 65535 arasında bir sayı olmalıdır, &apos;%1&apos; değil.</translation>
    </message>
    <message>
        <source>Unknown protocol &apos;%1&apos;. Known protocols: %2.</source>
        <translation>Bilinmeyen protokol &apos;%1&apos;. Bilinen protokoller: %2.</translation>
    </message>
    <message>
        <source>--agent must be yes or no, not &apos;%1&apos;.</source>
        <translation>--agent yes veya no olmalıdır, &apos;%1&apos; değil.</translation>
    </message>
    <message>
        <source>The device name must not be empty.</source>
        <translation>Cihaz adı boş olamaz.</translation>
    </message>
    <message>
        <source>Changed device &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; cihazı değiştirildi.</translation>
    </message>
    <message>
        <source>The room to move it to (id or name).</source>
        <translation>Taşınacağı oda (kimlik veya ad).</translation>
    </message>
    <message>
        <source>The device&apos;s current room (id or name), when several devices share the name.</source>
        <translation>Birden fazla cihaz aynı adı taşıyorsa cihazın şu anki odası (kimlik veya ad).</translation>
    </message>
    <message>
        <source>Moved &apos;%1&apos; from &apos;%2&apos; to &apos;%3&apos;.</source>
        <translation>&apos;%1&apos;, &apos;%2&apos; odasından &apos;%3&apos; odasına taşındı.</translation>
    </message>
    <message>
        <source>Room of the device (id or name), when several devices share the name.</source>
        <translation>Birden fazla cihaz aynı adı taşıyorsa cihazın odası (kimlik veya ad).</translation>
    </message>
    <message>
        <source>Removed device &apos;%1&apos; from room &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; cihazı &apos;%2&apos; odasından kaldırıldı.</translation>
    </message>
    <message>
        <source>Change a room&apos;s name, building, floor or capacity</source>
        <translation>Bir odanın adını, binasını, katını veya kapasitesini değiştirir</translation>
    </message>
    <message>
        <source>Remove a room (with its devices: --force)</source>
        <translation>Bir odayı kaldırır (cihazlarıyla birlikte: --force)</translation>
    </message>
    <message>
        <source>Change a device&apos;s name, kind, host, port, MAC, protocol or agent flag</source>
        <translation>Bir cihazın adını, türünü, ana bilgisayarını, portunu, MAC adresini, protokolünü veya ajan işaretini değiştirir</translation>
    </message>
    <message>
        <source>Move a device to another room</source>
        <translation>Bir cihazı başka bir odaya taşır</translation>
    </message>
    <message>
        <source>Remove a device (and its stored password)</source>
        <translation>Bir cihazı (ve kayıtlı parolasını) kaldırır</translation>
    </message>
</context>
<context>
    <name>tafel::cli::KeysCommand</name>
    <message>
        <source>Keys for the agents&apos; LAN protocol</source>
        <translation>Ajanların yerel ağ protokolü için anahtarlar</translation>
    </message>
    <message>
        <source>Create an Ed25519 key pair for a teacher or admin</source>
        <translation>Bir öğretmen veya yönetici için Ed25519 anahtar çifti oluşturur</translation>
    </message>
    <message>
        <source>Role the agents grant this key: teacher or admin.</source>
        <translation>Ajanların bu anahtara vereceği rol: teacher veya admin.</translation>
    </message>
    <message>
        <source>Directory to write tafel-&lt;role&gt;.pem (private, 0600) and tafel-&lt;role&gt;.pub into.</source>
        <translation>tafel-&lt;role&gt;.pem (özel, 0600) ve tafel-&lt;role&gt;.pub dosyalarının yazılacağı dizin.</translation>
    </message>
    <message>
        <source>Comment stored with the public key, e.g. the person or PC (default: the role).</source>
        <translation>Açık anahtarla birlikte saklanan yorum, ör. kişi veya bilgisayar (varsayılan: rol).</translation>
    </message>
    <message>
        <source>--role must be &apos;teacher&apos; or &apos;admin&apos;.</source>
        <translation>--role &apos;teacher&apos; veya &apos;admin&apos; olmalıdır.</translation>
    </message>
    <message>
        <source>--out DIR is required: the directory for the new key files.</source>
        <translation>--out DIR zorunludur: yeni anahtar dosyalarının dizini.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>%1 dizini oluşturulamıyor.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another --out directory; an existing key is never overwritten.</source>
        <translation>%1 zaten mevcut. Başka bir --out dizini seçin; mevcut bir anahtarın üzerine asla yazılmaz.</translation>
    </message>
    <message>
        <source>Created %1 key %2:</source>
        <translation>%1 rolü için %2 anahtarı oluşturuldu:</translation>
    </message>
    <message>
        <source>(private, keep it secret; mode 0600)</source>
        <translation>(özel; gizli tutun; izinler 0600)</translation>
    </message>
    <message>
        <source>To let an agent accept this key, append this line to its trusted-keys file (&lt;DataDir&gt;/trusted-keys):</source>
        <translation>Bir ajanın bu anahtarı kabul etmesi için bu satırı ajanın güvenilen anahtarlar dosyasına (&lt;DataDir&gt;/trusted-keys) ekleyin:</translation>
    </message>
    <message>
        <source>Then use it with: tafelctl agent status HOST --key %1</source>
        <translation>Ardından şöyle kullanın: tafelctl agent status HOST --key %1</translation>
    </message>
    <message>
        <source>List the school&apos;s teacher and admin keys (revoked ones too)</source>
        <translation>Okulun öğretmen ve yönetici anahtarlarını listeler (iptal edilenler dahil)</translation>
    </message>
    <message>
        <source>Revoke a key: agents refuse it after the next &apos;config push&apos;</source>
        <translation>Bir anahtarı iptal eder: ajanlar bir sonraki &apos;config push&apos; işleminden sonra onu reddeder</translation>
    </message>
    <message>
        <source>The key id (or a unique beginning of it).</source>
        <translation>Anahtar kimliği (veya benzersiz bir başlangıcı).</translation>
    </message>
    <message>
        <source>Add an existing public key (.pub file) to the school&apos;s keys</source>
        <translation>Mevcut bir açık anahtarı (.pub dosyası) okulun anahtarlarına ekler</translation>
    </message>
    <message>
        <source>The key&apos;s .pub file (ROLE BASE64-KEY [COMMENT]).</source>
        <translation>Anahtarın .pub dosyası (ROLE BASE64-KEY [COMMENT]).</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>iptal edildi: %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>etkin</translation>
    </message>
    <message>
        <source>KEY ID</source>
        <translation>ANAHTAR KİMLİĞİ</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <source>COMMENT</source>
        <translation>YORUM</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>OLUŞTURULMA</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>DURUM</translation>
    </message>
    <message>
        <source>Revoked %1 key %2 (%3). The agents refuse it after the next &apos;tafelctl config push&apos;.</source>
        <translation>%1 rolündeki %2 anahtarı (%3) iptal edildi. Ajanlar bir sonraki &apos;tafelctl config push&apos; işleminden sonra onu reddeder.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>Added %1 key %2 (%3) to the school&apos;s keys.</source>
        <translation>%1 rolündeki %2 anahtarı (%3) okulun anahtarlarına eklendi.</translation>
    </message>
    <message>
        <source>or push it to every room agent with: tafelctl config push --key ADMIN-KEY</source>
        <translation>veya şu komutla her oda ajanına gönderin: tafelctl config push --key ADMIN-KEY</translation>
    </message>
</context>
<context>
    <name>tafel::cli::MonitorCommand</name>
    <message>
        <source>Probe devices, measure broadband, read probe history</source>
        <translation>Cihazları yoklar, geniş bandı ölçer, yoklama geçmişini okur</translation>
    </message>
    <message>
        <source>Probe targets: icmp://host, tcp://host:port, http(s)://...</source>
        <translation>Yoklama hedefleri: icmp://host, tcp://host:port, http(s)://...</translation>
    </message>
    <message>
        <source>Measure throughput and latency with iperf3 or a LibreSpeed server</source>
        <translation>iperf3 veya bir LibreSpeed sunucusuyla verim ve gecikmeyi ölçer</translation>
    </message>
    <message>
        <source>Probe history of a device or room from the agent&apos;s history file</source>
        <translation>Bir cihazın veya odanın yoklama geçmişini ajanın geçmiş dosyasından gösterir</translation>
    </message>
    <message>
        <source>icmp://host, tcp://host:port, http://... or https://... (several allowed)</source>
        <translation>icmp://host, tcp://host:port, http://... veya https://... (birden fazla olabilir)</translation>
    </message>
    <message>
        <source>Probes per target (default 1).</source>
        <translation>Hedef başına yoklama sayısı (varsayılan 1).</translation>
    </message>
    <message>
        <source>Timeout per probe in milliseconds (default 2000).</source>
        <translation>Yoklama başına zaman aşımı, milisaniye (varsayılan 2000).</translation>
    </message>
    <message>
        <source>--count must be a number from 1 to 1000.</source>
        <translation>--count 1 ile 1000 arasında bir sayı olmalıdır.</translation>
    </message>
    <message>
        <source>--timeout must be 1 to 60000 milliseconds.</source>
        <translation>--timeout 1 ile 60000 milisaniye arasında olmalıdır.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: display and heartbeat probes run in the agent.</source>
        <translation>&apos;%1&apos;: ekran ve sinyal (heartbeat) yoklamaları ajanda çalışır.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>tamam</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>başarısız</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Yöntem</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <source>RTT ms</source>
        <translation>RTT ms</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Ayrıntı</translation>
    </message>
    <message>
        <source>iperf3 server (default port 5201).</source>
        <translation>iperf3 sunucusu (varsayılan port 5201).</translation>
    </message>
    <message>
        <source>LibreSpeed backend URL, e.g. http://speed.example/backend/.</source>
        <translation>LibreSpeed arka uç URL&apos;si, ör. http://speed.example/backend/.</translation>
    </message>
    <message>
        <source>Seconds per direction, warm-up excluded (default 10).</source>
        <translation>Yön başına saniye, ısınma hariç (varsayılan 10).</translation>
    </message>
    <message>
        <source>Parallel connections (default 4 for iperf3, 3 for HTTP).</source>
        <translation>Paralel bağlantılar (iperf3 için varsayılan 4, HTTP için 3).</translation>
    </message>
    <message>
        <source>iperf3: download (the server sends) instead of upload.</source>
        <translation>iperf3: yükleme yerine indirme (sunucu gönderir).</translation>
    </message>
    <message>
        <source>Give exactly one of --iperf3 HOST[:PORT] and --http URL.</source>
        <translation>--iperf3 HOST[:PORT] ve --http URL seçeneklerinden tam olarak birini verin.</translation>
    </message>
    <message>
        <source>--duration must be 1 to 600 seconds.</source>
        <translation>--duration 1 ile 600 saniye arasında olmalıdır.</translation>
    </message>
    <message>
        <source>--streams must be 1 to %1.</source>
        <translation>--streams 1 ile %1 arasında olmalıdır.</translation>
    </message>
    <message>
        <source>--http needs an http:// or https:// URL.</source>
        <translation>--http için bir http:// veya https:// URL&apos;si gereklidir.</translation>
    </message>
    <message>
        <source>The measurement did not finish.</source>
        <translation>Ölçüm tamamlanmadı.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Sunucu</translation>
    </message>
    <message>
        <source>Down Mbit/s</source>
        <translation>İndirme Mbit/s</translation>
    </message>
    <message>
        <source>Up Mbit/s</source>
        <translation>Yükleme Mbit/s</translation>
    </message>
    <message>
        <source>RTT idle ms</source>
        <translation>RTT boşta ms</translation>
    </message>
    <message>
        <source>RTT loaded ms</source>
        <translation>RTT yük altında ms</translation>
    </message>
    <message>
        <source>Jitter ms</source>
        <translation>Jitter ms</translation>
    </message>
    <message>
        <source>Loss %</source>
        <translation>Kayıp %</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Akışlar</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Saniye</translation>
    </message>
    <message>
        <source>Latency was measured with TCP connects (no ICMP permission).</source>
        <translation>Gecikme TCP bağlantılarıyla ölçüldü (ICMP izni yok).</translation>
    </message>
    <message>
        <source>A device id or a room name</source>
        <translation>Bir cihaz kimliği veya oda adı</translation>
    </message>
    <message>
        <source>Start: an ISO date/time or a span like 24h, 7d (default 24h).</source>
        <translation>Başlangıç: ISO tarih/saat veya 24h, 7d gibi bir süre (varsayılan 24h).</translation>
    </message>
    <message>
        <source>The agent&apos;s history file (default: %1).</source>
        <translation>Ajanın geçmiş dosyası (varsayılan: %1).</translation>
    </message>
    <message>
        <source>Ask the room&apos;s agent (history.query) instead of reading a file; it must be enrolled.</source>
        <translation>Dosya okumak yerine odanın ajanına sorar (history.query); ajan kayıtlı olmalıdır.</translation>
    </message>
    <message>
        <source>Private key file for --agent (from &apos;tafelctl keys create&apos;); default $TAFEL_KEY.</source>
        <translation>--agent için özel anahtar dosyası (&apos;tafelctl keys create&apos; ile oluşturulan); varsayılan $TAFEL_KEY.</translation>
    </message>
    <message>
        <source>raw, minute or hour (default: minute up to 2 days, else hour).</source>
        <translation>raw, minute veya hour (varsayılan: 2 güne kadar minute, aksi halde hour).</translation>
    </message>
    <message>
        <source>--agent needs a client key: pass --key FILE or set TAFEL_KEY.</source>
        <translation>--agent için bir istemci anahtarı gereklidir: --key FILE verin veya TAFEL_KEY ayarlayın.</translation>
    </message>
    <message>
        <source>%1 is not enrolled. Run: tafelctl agent enroll %1</source>
        <translation>%1 kayıtlı değil. Şunu çalıştırın: tafelctl agent enroll %1</translation>
    </message>
    <message>
        <source>--since must be an ISO date/time or a span like 30m, 24h, 7d.</source>
        <translation>--since bir ISO tarih/saat veya 30m, 24h, 7d gibi bir süre olmalıdır.</translation>
    </message>
    <message>
        <source>--resolution must be raw, minute or hour.</source>
        <translation>--resolution raw, minute veya hour olmalıdır.</translation>
    </message>
    <message>
        <source>--resolution raw needs --agent.</source>
        <translation>--resolution raw için --agent gereklidir.</translation>
    </message>
    <message>
        <source>No history file at %1 (use --history FILE or --agent HOST).</source>
        <translation>%1 konumunda geçmiş dosyası yok (--history FILE veya --agent HOST kullanın).</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Cihaz</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Probes</source>
        <translation>Yoklamalar</translation>
    </message>
    <message>
        <source>Min ms</source>
        <translation>Min ms</translation>
    </message>
    <message>
        <source>Median ms</source>
        <translation>Medyan ms</translation>
    </message>
    <message>
        <source>P90 ms</source>
        <translation>P90 ms</translation>
    </message>
    <message>
        <source>Max ms</source>
        <translation>Maks ms</translation>
    </message>
</context>
<context>
    <name>tafel::cli::PackageCommand</name>
    <message>
        <source>Lesson material packages: make and inspect signed package files</source>
        <translation>Ders materyali paketleri: imzalı paket dosyaları oluşturur ve inceler</translation>
    </message>
    <message>
        <source>Make one signed package file from a folder</source>
        <translation>Bir klasörden tek bir imzalı paket dosyası oluşturur</translation>
    </message>
    <message>
        <source>Print a package file&apos;s manifest and verify every chunk</source>
        <translation>Bir paket dosyasının manifestini yazdırır ve her parçayı doğrular</translation>
    </message>
    <message>
        <source>The folder to package (regular files only; symlinks and special files are refused).</source>
        <translation>Paketlenecek klasör (yalnızca normal dosyalar; sembolik bağlantılar ve özel dosyalar reddedilir).</translation>
    </message>
    <message>
        <source>The sender&apos;s private key (PEM, from &apos;tafelctl keys create&apos;).</source>
        <translation>Gönderenin özel anahtarı (PEM, &apos;tafelctl keys create&apos; ile oluşturulan).</translation>
    </message>
    <message>
        <source>The package file to write (replaced atomically).</source>
        <translation>Yazılacak paket dosyası (atomik olarak değiştirilir).</translation>
    </message>
    <message>
        <source>Title receivers see (default: the folder&apos;s name).</source>
        <translation>Alıcıların göreceği başlık (varsayılan: klasörün adı).</translation>
    </message>
    <message>
        <source>A package file from &apos;tafelctl package create&apos;.</source>
        <translation>&apos;tafelctl package create&apos; ile oluşturulmuş bir paket dosyası.</translation>
    </message>
    <message>
        <source>Only check the manifest&apos;s signature; do not read and hash the data.</source>
        <translation>Yalnızca manifestin imzasını denetler; verileri okumaz ve karmalarını hesaplamaz.</translation>
    </message>
    <message>
        <source>--key KEY is required: the sender&apos;s private key file.</source>
        <translation>--key KEY gerekli: gönderenin özel anahtar dosyası.</translation>
    </message>
    <message>
        <source>--out FILE is required: where to write the package.</source>
        <translation>--out FILE gerekli: paketin yazılacağı yer.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 bir klasör değil.</translation>
    </message>
    <message numerus="yes">
        <source>Created package %1 &quot;%2&quot;: %n file(s), %3 in %4 chunks, signed by key %5.</source>
        <translation>
            <numerusform>%1 paketi &quot;%2&quot; oluşturuldu: %n dosya, %4 parçada %3, %5 anahtarıyla imzalandı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Package %1 &quot;%2&quot;</source>
        <translation>Paket %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>  created %1, signed by key %2 (signature valid)</source>
        <translation>  oluşturulma: %1, %2 anahtarıyla imzalandı (imza geçerli)</translation>
    </message>
    <message numerus="yes">
        <source>  %n file(s), %1 in %2 chunks</source>
        <translation>
            <numerusform>  %n dosya, %2 parçada %1</numerusform>
        </translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>YOL</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BAYT</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MOD</translation>
    </message>
    <message>
        <source>CHUNK</source>
        <translation>PARÇA</translation>
    </message>
    <message>
        <source>CHUNKS</source>
        <translation>PARÇALAR</translation>
    </message>
    <message>
        <source>Every chunk matches its SHA-256.</source>
        <translation>Her parça SHA-256 değeriyle eşleşiyor.</translation>
    </message>
    <message>
        <source>Data not verified (--no-verify).</source>
        <translation>Veriler doğrulanmadı (--no-verify).</translation>
    </message>
</context>
<context>
    <name>tafel::cli::ProvisionCommand</name>
    <message>
        <source>Unattended installation: make, check and apply provision.json</source>
        <translation>Gözetimsiz kurulum: provision.json oluşturur, denetler ve uygular</translation>
    </message>
    <message>
        <source>Write provision.json for a room (or one per room) from the store</source>
        <translation>Depodan bir oda için (veya her oda için bir) provision.json yazar</translation>
    </message>
    <message>
        <source>Check a provision.json and list every problem with its JSON path</source>
        <translation>Bir provision.json dosyasını denetler ve her sorunu JSON yoluyla listeler</translation>
    </message>
    <message>
        <source>The provisioning file.</source>
        <translation>Hazırlama (provisioning) dosyası.</translation>
    </message>
    <message>
        <source>Validate a provision.json and write the agent&apos;s configuration from it</source>
        <translation>Bir provision.json dosyasını doğrular ve ajanın yapılandırmasını ondan yazar</translation>
    </message>
    <message>
        <source>Directory to write into: DIR/provision.json with --room, else DIR/&lt;room&gt;/provision.json per room.</source>
        <translation>Yazılacak dizin: --room ile DIR/provision.json, aksi halde her oda için DIR/&lt;room&gt;/provision.json.</translation>
    </message>
    <message>
        <source>Room id or name (default: every room of the store).</source>
        <translation>Oda kimliği veya adı (varsayılan: depodaki her oda).</translation>
    </message>
    <message>
        <source>Machine role: teacher-pc (default), display-pc, student or server.</source>
        <translation>Makine rolü: teacher-pc (varsayılan), display-pc, student veya server.</translation>
    </message>
    <message>
        <source>School id (A-Z a-z 0-9 . _ -), e.g. the city&apos;s school number.</source>
        <translation>Okul kimliği (A-Z a-z 0-9 . _ -), ör. şehrin okul numarası.</translation>
    </message>
    <message>
        <source>A public key file from &apos;tafelctl keys create&apos; (*.pub, trusted-keys lines); repeatable.</source>
        <translation>&apos;tafelctl keys create&apos; ile oluşturulan bir açık anahtar dosyası (*.pub, trusted-keys satırları); tekrarlanabilir.</translation>
    </message>
    <message>
        <source>A JSON file with the reporting sinks, copied into the bundle as it is.</source>
        <translation>Raporlama hedeflerini içeren bir JSON dosyası; pakete olduğu gibi kopyalanır.</translation>
    </message>
    <message>
        <source>Admin user whose password hash goes into the bundle (default: the only admin).</source>
        <translation>Parola karması pakete eklenecek yönetici kullanıcı (varsayılan: tek yönetici).</translation>
    </message>
    <message>
        <source>Leave the admin password hash out.</source>
        <translation>Yönetici parola karmasını dışarıda bırakır.</translation>
    </message>
    <message>
        <source>The agents&apos; listen address ADDR:PORT (default: the agent&apos;s, 0.0.0.0:4450).</source>
        <translation>Ajanların dinleme adresi ADDR:PORT (varsayılan: ajanınki, 0.0.0.0:4450).</translation>
    </message>
    <message>
        <source>The provisioning file, e.g. /etc/tafel/provision.json.</source>
        <translation>Hazırlama (provisioning) dosyası, ör. /etc/tafel/provision.json.</translation>
    </message>
    <message>
        <source>Where agent.ini and trusted-keys go (default /etc/tafel).</source>
        <translation>agent.ini ve trusted-keys dosyalarının yeri (varsayılan /etc/tafel).</translation>
    </message>
    <message>
        <source>The agent&apos;s data directory written into agent.ini (default /var/lib/tafel-agent).</source>
        <translation>agent.ini dosyasına yazılan ajan veri dizini (varsayılan /var/lib/tafel-agent).</translation>
    </message>
    <message>
        <source>The trusted-keys path agent.ini names (default: &lt;config-dir&gt;/trusted-keys).</source>
        <translation>agent.ini dosyasının belirttiği trusted-keys yolu (varsayılan: &lt;config-dir&gt;/trusted-keys).</translation>
    </message>
    <message>
        <source>Manage the screen helper&apos;s autostart entry here (e.g. /etc/xdg/autostart): written for display-pc, removed otherwise.</source>
        <translation>Ekran yardımcısının otomatik başlatma girdisini burada yönetir (ör. /etc/xdg/autostart): display-pc için yazılır, aksi halde kaldırılır.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not valid (%n problem(s)); nothing was changed.</source>
        <translation>
            <numerusform>%1 geçerli değil (%n sorun); hiçbir şey değiştirilmedi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is valid: school %2, room %3, role %4, %n trusted key(s).</source>
        <translation>
            <numerusform>%1 geçerli: okul %2, oda %3, rol %4, %n güvenilen anahtar.</numerusform>
        </translation>
    </message>
    <message>
        <source>--config-dir and --data-dir must not be empty.</source>
        <translation>--config-dir ve --data-dir boş olamaz.</translation>
    </message>
    <message>
        <source>Applied %1 (school %2, room %3, role %4):</source>
        <translation>%1 uygulandı (okul %2, oda %3, rol %4):</translation>
    </message>
    <message>
        <source>--out DIR is required.</source>
        <translation>--out DIR gereklidir.</translation>
    </message>
    <message>
        <source>--school ID is required.</source>
        <translation>--school ID gereklidir.</translation>
    </message>
    <message>
        <source>--role must be teacher-pc, display-pc, student or server.</source>
        <translation>--role teacher-pc, display-pc, student veya server olmalıdır.</translation>
    </message>
    <message>
        <source>tafelctl: warning: no --key given; the agents will refuse every client until keys are added.</source>
        <translation>tafelctl: uyarı: --key verilmedi; anahtarlar eklenene kadar ajanlar her istemciyi reddedecek.</translation>
    </message>
    <message>
        <source>%1 must hold a JSON object (the reporting sinks).</source>
        <translation>%1 bir JSON nesnesi (raporlama hedefleri) içermelidir.</translation>
    </message>
    <message>
        <source>No admin user named %1 in the store.</source>
        <translation>Depoda %1 adlı yönetici kullanıcı yok.</translation>
    </message>
    <message>
        <source>The store has no admin user; set one in the GUI or pass --no-admin-hash.</source>
        <translation>Depoda yönetici kullanıcı yok; arayüzde bir tane belirleyin veya --no-admin-hash verin.</translation>
    </message>
    <message>
        <source>The store has several admins; choose one with --admin NAME.</source>
        <translation>Depoda birden fazla yönetici var; --admin NAME ile birini seçin.</translation>
    </message>
    <message>
        <source>The store has no rooms; add one with &apos;tafelctl rooms add&apos; or pass --room.</source>
        <translation>Depoda oda yok; &apos;tafelctl rooms add&apos; ile bir oda ekleyin veya --room verin.</translation>
    </message>
    <message>
        <source>The bundle for room %1 would not be valid: %2</source>
        <translation>%1 odasının paketi geçerli olmazdı: %2</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>%1 dizini oluşturulamıyor.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Oda</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Anahtarlar</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
</context>
<context>
    <name>tafel::cli::ReportCommand</name>
    <message>
        <source>Health reports to the city&apos;s monitoring (Pushgateway, OTLP)</source>
        <translation>Şehrin izleme sistemine sağlık raporları (Pushgateway, OTLP)</translation>
    </message>
    <message>
        <source>Print a queued report as it would be sent</source>
        <translation>Kuyruktaki bir raporu gönderileceği biçimde yazdırır</translation>
    </message>
    <message>
        <source>Send the queued reports to a sink now</source>
        <translation>Kuyruktaki raporları şimdi bir hedefe gönderir</translation>
    </message>
    <message>
        <source>Show the agent&apos;s report outbox</source>
        <translation>Ajanın rapor giden kutusunu gösterir</translation>
    </message>
    <message>
        <source>The agent&apos;s database (default: %1).</source>
        <translation>Ajanın veritabanı (varsayılan: %1).</translation>
    </message>
    <message>
        <source>prometheus (text format 0.0.4, default) or otlp (OTLP/HTTP JSON).</source>
        <translation>prometheus (metin biçimi 0.0.4, varsayılan) veya otlp (OTLP/HTTP JSON).</translation>
    </message>
    <message>
        <source>The report&apos;s idempotency key (default: the newest report).</source>
        <translation>Raporun idempotency anahtarı (varsayılan: en yeni rapor).</translation>
    </message>
    <message>
        <source>The sink whose queued reports to send (default: the --kind).</source>
        <translation>Kuyruktaki raporları gönderilecek hedef (varsayılan: --kind).</translation>
    </message>
    <message>
        <source>The sink&apos;s base URL, e.g. https://push.example:9091.</source>
        <translation>Hedefin temel URL&apos;si, ör. https://push.example:9091.</translation>
    </message>
    <message>
        <source>pushgateway (default) or otlp.</source>
        <translation>pushgateway (varsayılan) veya otlp.</translation>
    </message>
    <message>
        <source>Bearer token.</source>
        <translation>Bearer belirteci.</translation>
    </message>
    <message>
        <source>CA certificate (PEM) instead of the system trust store.</source>
        <translation>Sistem güven deposu yerine CA sertifikası (PEM).</translation>
    </message>
    <message>
        <source>Client certificate (PEM) for mutual TLS.</source>
        <translation>Karşılıklı TLS için istemci sertifikası (PEM).</translation>
    </message>
    <message>
        <source>Client key (PEM) for mutual TLS.</source>
        <translation>Karşılıklı TLS için istemci anahtarı (PEM).</translation>
    </message>
    <message>
        <source>No agent database at %1 (use --agent-db FILE).</source>
        <translation>%1 konumunda ajan veritabanı yok (--agent-db FILE kullanın).</translation>
    </message>
    <message>
        <source>--format must be prometheus or otlp.</source>
        <translation>--format prometheus veya otlp olmalıdır.</translation>
    </message>
    <message>
        <source>No queued report %1.</source>
        <translation>Kuyrukta %1 raporu yok.</translation>
    </message>
    <message>
        <source>The outbox is empty: every report has been sent.</source>
        <translation>Giden kutusu boş: tüm raporlar gönderildi.</translation>
    </message>
    <message>
        <source>--kind must be pushgateway or otlp.</source>
        <translation>--kind pushgateway veya otlp olmalıdır.</translation>
    </message>
    <message>
        <source>--url is required.</source>
        <translation>--url gereklidir.</translation>
    </message>
    <message>
        <source>Sink</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Teslim edildi</translation>
    </message>
    <message>
        <source>Still queued</source>
        <translation>Hâlâ kuyrukta</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Hata</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Kuyrukta</translation>
    </message>
    <message>
        <source>Dropped (full)</source>
        <translation>Atıldı (dolu)</translation>
    </message>
    <message>
        <source>Refused by a server</source>
        <translation>Bir sunucu tarafından reddedildi</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>En eski</translation>
    </message>
</context>
<context>
    <name>tafel::cli::RoomCommand</name>
    <message>
        <source>Switch and query all displays of a room at once</source>
        <translation>Bir odanın tüm ekranlarını aynı anda değiştirir ve sorgular</translation>
    </message>
    <message>
        <source>Switch every display of a room on or off</source>
        <translation>Bir odanın her ekranını açar veya kapatır</translation>
    </message>
    <message>
        <source>Switch every display of a room to an input</source>
        <translation>Bir odanın her ekranını bir kaynağa geçirir</translation>
    </message>
    <message>
        <source>Mute or unmute picture or sound of every display of a room</source>
        <translation>Bir odanın her ekranının görüntüsünü veya sesini kapatır ya da açar</translation>
    </message>
    <message>
        <source>Freeze or unfreeze the picture of every display of a room</source>
        <translation>Bir odanın her ekranının görüntüsünü dondurur veya çözer</translation>
    </message>
    <message>
        <source>Show the state of every display of a room</source>
        <translation>Bir odanın her ekranının durumunu gösterir</translation>
    </message>
    <message>
        <source>Room name or id.</source>
        <translation>Oda adı veya kimliği.</translation>
    </message>
    <message>
        <source>Seconds to wait for each reply (default 5).</source>
        <translation>Her yanıt için beklenecek saniye (varsayılan 5).</translation>
    </message>
    <message>
        <source>Room &apos;%1&apos; has no displays to control. Add one with: tafelctl devices add --room &apos;%1&apos; --kind display --name NAME --host HOST --protocol pjlink</source>
        <translation>&apos;%1&apos; odasında kontrol edilecek ekran yok. Şununla ekleyin: tafelctl devices add --room &apos;%1&apos; --kind display --name NAME --host HOST --protocol pjlink</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Açık bir veritabanı yok.</translation>
    </message>
    <message>
        <source>The displays were switched, but the audit log could not be written: %1</source>
        <translation>Ekranlar değiştirildi, ancak denetim kaydı yazılamadı: %1</translation>
    </message>
    <message>
        <source>%1 of %2 displays in room &apos;%3&apos; failed.</source>
        <translation>&apos;%3&apos; odasındaki %2 ekrandan %1 tanesi başarısız oldu.</translation>
    </message>
    <message>
        <source>Switch on or off (standby).</source>
        <translation>on: açar, off: kapatır (bekleme).</translation>
    </message>
    <message>
        <source>Wait until every display reports the new state.</source>
        <translation>Her ekran yeni durumu bildirene kadar bekler.</translation>
    </message>
    <message>
        <source>Give up waiting after S seconds (default 120).</source>
        <translation>S saniye sonra beklemeyi bırakır (varsayılan 120).</translation>
    </message>
    <message>
        <source>Say &apos;on&apos; or &apos;off&apos;, not &apos;%1&apos;.</source>
        <translation>&apos;on&apos; veya &apos;off&apos; yazın, &apos;%1&apos; değil.</translation>
    </message>
    <message>
        <source>--wait-timeout only applies with --wait.</source>
        <translation>--wait-timeout yalnızca --wait ile geçerlidir.</translation>
    </message>
    <message>
        <source>Input: PJLink code such as 31 (HDMI 1), MDC code such as 0x21 or a name such as HDMI1.</source>
        <translation>Kaynak: 31 gibi bir PJLink kodu (HDMI 1), 0x21 gibi bir MDC kodu veya HDMI1 gibi bir ad.</translation>
    </message>
    <message>
        <source>The input code must not be empty.</source>
        <translation>Kaynak kodu boş olamaz.</translation>
    </message>
    <message>
        <source>What to mute: the picture or the sound.</source>
        <translation>Neyin kapatılacağı: görüntü veya ses.</translation>
    </message>
    <message>
        <source>Mute (on) or unmute (off).</source>
        <translation>Kapatır (on) veya yeniden açar (off).</translation>
    </message>
    <message>
        <source>Say &apos;video&apos; or &apos;audio&apos;, not &apos;%1&apos;.</source>
        <translation>&apos;video&apos; veya &apos;audio&apos; yazın, &apos;%1&apos; değil.</translation>
    </message>
    <message>
        <source>Freeze (on) or unfreeze (off) the picture.</source>
        <translation>Görüntüyü dondurur (on) veya çözer (off).</translation>
    </message>
</context>
<context>
    <name>tafel::cli::RoomsCommand</name>
    <message>
        <source>Rooms of the school</source>
        <translation>Okulun odaları</translation>
    </message>
    <message>
        <source>List all rooms</source>
        <translation>Tüm odaları listeler</translation>
    </message>
    <message>
        <source>Add a room</source>
        <translation>Oda ekler</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>AD</translation>
    </message>
    <message>
        <source>BUILDING</source>
        <translation>BİNA</translation>
    </message>
    <message>
        <source>FLOOR</source>
        <translation>KAT</translation>
    </message>
    <message>
        <source>CAPACITY</source>
        <translation>KAPASİTE</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>KİMLİK</translation>
    </message>
    <message>
        <source>Name of the new room, unique in the school.</source>
        <translation>Yeni odanın adı; okulda benzersiz olmalıdır.</translation>
    </message>
    <message>
        <source>Building the room is in.</source>
        <translation>Odanın bulunduğu bina.</translation>
    </message>
    <message>
        <source>Floor the room is on.</source>
        <translation>Odanın bulunduğu kat.</translation>
    </message>
    <message>
        <source>Number of seats.</source>
        <translation>Oturma yeri sayısı.</translation>
    </message>
    <message>
        <source>The room name must not be empty.</source>
        <translation>Oda adı boş olamaz.</translation>
    </message>
    <message>
        <source>--capacity must be a whole number of 0 or more, not &apos;%1&apos;.</source>
        <translation>--capacity 0 veya daha büyük bir tam sayı olmalıdır, &apos;%1&apos; değil.</translation>
    </message>
    <message>
        <source>Added room &apos;%1&apos; (id %2).</source>
        <translation>&apos;%1&apos; odası eklendi (kimlik %2).</translation>
    </message>
</context>
<context>
    <name>tafel::cli::ScheduleCommand</name>
    <message>
        <source>Switch the displays of a room or of the whole school at set times</source>
        <translation>Bir odanın veya tüm okulun ekranlarını belirlenen saatlerde açar/kapatır</translation>
    </message>
    <message>
        <source>Add a weekly schedule entry</source>
        <translation>Haftalık bir zamanlama girdisi ekler</translation>
    </message>
    <message>
        <source>List schedule entries with their next run</source>
        <translation>Zamanlama girdilerini bir sonraki çalışma zamanlarıyla listeler</translation>
    </message>
    <message>
        <source>Remove a schedule entry</source>
        <translation>Bir zamanlama girdisini kaldırır</translation>
    </message>
    <message>
        <source>Room (name or id) whose displays are switched.</source>
        <translation>Ekranları değiştirilecek oda (ad veya kimlik).</translation>
    </message>
    <message>
        <source>Switch the displays of every room instead of one.</source>
        <translation>Tek bir oda yerine her odanın ekranlarını değiştirir.</translation>
    </message>
    <message>
        <source>Time of day, HH:MM (24 hours, local time). Required.</source>
        <translation>Günün saati, HH:MM (24 saat, yerel saat). Zorunlu.</translation>
    </message>
    <message>
        <source>Days: mon-fri (default), daily, sat-sun, mon,wed,fri, ... (German names work too).</source>
        <translation>Günler: mon-fri (varsayılan), daily, sat-sun, mon,wed,fri, ... (Almanca adlar da çalışır).</translation>
    </message>
    <message>
        <source>on, off or input. Required.</source>
        <translation>on, off veya input. Zorunlu.</translation>
    </message>
    <message>
        <source>Input code for --action input, e.g. 31.</source>
        <translation>--action input için kaynak kodu, ör. 31.</translation>
    </message>
    <message>
        <source>A note shown with the entry, e.g. &quot;after school&quot;.</source>
        <translation>Girdiyle birlikte gösterilen not, ör. &quot;okuldan sonra&quot;.</translation>
    </message>
    <message>
        <source>Give either --room R or --school.</source>
        <translation>--room R veya --school seçeneklerinden birini verin.</translation>
    </message>
    <message>
        <source>--room needs a room name or id.</source>
        <translation>--room için bir oda adı veya kimliği gereklidir.</translation>
    </message>
    <message>
        <source>Missing option --%1.</source>
        <translation>--%1 seçeneği eksik.</translation>
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
        <translation>Bilinmeyen işlem &apos;%1&apos;. on, off veya input kullanın.</translation>
    </message>
    <message>
        <source>--input only applies with --action input.</source>
        <translation>--input yalnızca --action input ile geçerlidir.</translation>
    </message>
    <message>
        <source>Added schedule %1: %2 %3 at %4 on %5.</source>
        <translation>%1 zamanlaması eklendi: %2 %3, saat %4, günler: %5.</translation>
    </message>
    <message>
        <source>whole school</source>
        <translation>tüm okul</translation>
    </message>
    <message>
        <source>room &apos;%1&apos;</source>
        <translation>&apos;%1&apos; odası</translation>
    </message>
    <message>
        <source>Only the entries that switch room R (id or name), school-wide ones included.</source>
        <translation>Yalnızca R odasını (kimlik veya ad) değiştiren girdiler, okul genelindekiler dahil.</translation>
    </message>
    <message>
        <source>(whole school)</source>
        <translation>(tüm okul)</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>etkin</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>devre dışı</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>KİMLİK</translation>
    </message>
    <message>
        <source>ROOM</source>
        <translation>ODA</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>SAAT</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>GÜNLER</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>İŞLEM</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>DURUM</translation>
    </message>
    <message>
        <source>NEXT</source>
        <translation>SONRAKİ</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>ETİKET</translation>
    </message>
    <message>
        <source>Id of the entry (see &apos;tafelctl schedule list&apos;).</source>
        <translation>Girdinin kimliği (bkz. &apos;tafelctl schedule list&apos;).</translation>
    </message>
    <message>
        <source>The schedule id must not be empty.</source>
        <translation>Zamanlama kimliği boş olamaz.</translation>
    </message>
    <message>
        <source>Removed schedule %1.</source>
        <translation>%1 zamanlaması kaldırıldı.</translation>
    </message>
</context>
<context>
    <name>tafel::cli::SchoolCommand</name>
    <message>
        <source>The whole school at a glance</source>
        <translation>Tek bakışta tüm okul</translation>
    </message>
    <message>
        <source>Every room&apos;s health from its agents: state, reason, broadband, devices</source>
        <translation>Ajanlarından alınan bilgilerle her odanın sağlık durumu: durum, neden, geniş bant, cihazlar</translation>
    </message>
    <message>
        <source>Per agent, in milliseconds (default 5000).</source>
        <translation>Ajan başına, milisaniye cinsinden (varsayılan 5000).</translation>
    </message>
    <message>
        <source>Only room R (id or name).</source>
        <translation>Yalnızca R odası (kimlik veya ad).</translation>
    </message>
    <message>
        <source>--timeout must be 100 to 120000 milliseconds.</source>
        <translation>--timeout 100 ile 120000 milisaniye arasında olmalıdır.</translation>
    </message>
    <message>
        <source>A client key is needed: pass --key FILE or set TAFEL_KEY (create one with &apos;tafelctl keys create&apos;).</source>
        <translation>Bir istemci anahtarı gerekli: --key FILE belirtin veya TAFEL_KEY ayarlayın (&apos;tafelctl keys create&apos; ile oluşturabilirsiniz).</translation>
    </message>
    <message>
        <source>%1 is not enrolled. Run: tafelctl agent enroll %1</source>
        <translation>%1 kayıtlı değil. Şunu çalıştırın: tafelctl agent enroll %1</translation>
    </message>
    <message>
        <source>No PC with an agent in this room</source>
        <translation>Bu odada ajan çalıştıran PC yok</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>yanıt yok</translation>
    </message>
    <message>
        <source>%1 up, %2 down</source>
        <translation>%1 çalışıyor, %2 çalışmıyor</translation>
    </message>
    <message>
        <source>, %1 unknown</source>
        <translation>, %1 bilinmiyor</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>ulaşılabilir</translation>
    </message>
    <message>
        <source>UNREACHABLE</source>
        <translation>ULAŞILAMIYOR</translation>
    </message>
    <message>
        <source>ROOM</source>
        <translation>ODA</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>DURUM</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>NEDEN</translation>
    </message>
    <message>
        <source>BROADBAND</source>
        <translation>GENİŞ BANT</translation>
    </message>
    <message>
        <source>DEVICES</source>
        <translation>CİHAZLAR</translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation>AJAN</translation>
    </message>
    <message>
        <source>DATA AGE</source>
        <translation>VERİ YAŞI</translation>
    </message>
</context>
<context>
    <name>tafel::crypto</name>
    <message>
        <source>Unsupported password hash parameters.</source>
        <translation>Desteklenmeyen parola özeti parametreleri.</translation>
    </message>
    <message>
        <source>Password hashing failed (out of memory?).</source>
        <translation>Parola özeti oluşturulamadı (bellek yetersiz mi?).</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>Sistemin rastgele sayı üreteci başarısız oldu.</translation>
    </message>
    <message>
        <source>The stored password hash is malformed.</source>
        <translation>Kayıtlı parola özeti hatalı biçimde.</translation>
    </message>
</context>
<context>
    <name>tafel::crypto::Certificate</name>
    <message>
        <source>A certificate needs a key.</source>
        <translation>Sertifika için bir anahtar gerekir.</translation>
    </message>
    <message>
        <source>OpenSSL could not create a certificate.</source>
        <translation>OpenSSL bir sertifika oluşturamadı.</translation>
    </message>
    <message>
        <source>OpenSSL could not create the self-signed certificate.</source>
        <translation>OpenSSL kendinden imzalı sertifikayı oluşturamadı.</translation>
    </message>
    <message>
        <source>OpenSSL could not encode the certificate.</source>
        <translation>OpenSSL sertifikayı kodlayamadı.</translation>
    </message>
    <message>
        <source>Qt&apos;s TLS backend cannot read the certificate. Is the OpenSSL TLS plugin installed?</source>
        <translation>Qt&apos;nin TLS arka ucu sertifikayı okuyamıyor. OpenSSL TLS eklentisi kurulu mu?</translation>
    </message>
    <message>
        <source>No certificate.</source>
        <translation>Sertifika yok.</translation>
    </message>
</context>
<context>
    <name>tafel::crypto::KeyPair</name>
    <message>
        <source>OpenSSL could not generate an Ed25519 key.</source>
        <translation>OpenSSL bir Ed25519 anahtarı üretemedi.</translation>
    </message>
    <message>
        <source>The data is not an unencrypted Ed25519 private key (PEM).</source>
        <translation>Veri, şifrelenmemiş bir Ed25519 özel anahtarı (PEM) değil.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>%1 anahtar dosyası okunamıyor: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file.</source>
        <translation>%1, bir anahtar dosyası olamayacak kadar büyük.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There is no key to save.</source>
        <translation>Kaydedilecek anahtar yok.</translation>
    </message>
    <message>
        <source>Cannot create the key file %1: %2</source>
        <translation>%1 anahtar dosyası oluşturulamıyor: %2</translation>
    </message>
    <message>
        <source>Cannot write the key file %1: %2</source>
        <translation>%1 anahtar dosyası yazılamıyor: %2</translation>
    </message>
</context>
<context>
    <name>tafel::crypto::PublicKey</name>
    <message>
        <source>An Ed25519 public key has 32 bytes, not %1.</source>
        <translation>Bir Ed25519 açık anahtarı %1 değil, 32 bayttır.</translation>
    </message>
    <message>
        <source>The data is not a valid Ed25519 public key.</source>
        <translation>Veri geçerli bir Ed25519 açık anahtarı değil.</translation>
    </message>
    <message>
        <source>The public key is not valid base64.</source>
        <translation>Açık anahtar geçerli bir base64 değil.</translation>
    </message>
    <message>
        <source>The PEM data is not an Ed25519 public key.</source>
        <translation>PEM verisi bir Ed25519 açık anahtarı değil.</translation>
    </message>
    <message>
        <source>The certificate cannot be parsed.</source>
        <translation>Sertifika ayrıştırılamıyor.</translation>
    </message>
    <message>
        <source>The certificate does not carry an Ed25519 key. Create keys with &apos;tafelctl keys create&apos;.</source>
        <translation>Sertifika bir Ed25519 anahtarı içermiyor. Anahtarları &apos;tafelctl keys create&apos; ile oluşturun.</translation>
    </message>
</context>
<context>
    <name>tafel::crypto::SecretBox</name>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>Sistemin rastgele sayı üreteci başarısız oldu.</translation>
    </message>
    <message>
        <source>Cannot create the key file %1: %2</source>
        <translation>%1 anahtar dosyası oluşturulamıyor: %2</translation>
    </message>
    <message>
        <source>The key file %1 is readable by other users; it must have mode 0600 (chmod 600).</source>
        <translation>%1 anahtar dosyası diğer kullanıcılar tarafından okunabiliyor; izinleri 0600 olmalıdır (chmod 600).</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>%1 anahtar dosyası okunamıyor: %2</translation>
    </message>
    <message>
        <source>The key file %1 is damaged (it must hold exactly 32 bytes).</source>
        <translation>%1 anahtar dosyası hasarlı (tam olarak 32 bayt içermelidir).</translation>
    </message>
    <message>
        <source>Encrypting the secret failed.</source>
        <translation>Gizli veri şifrelenemedi.</translation>
    </message>
    <message>
        <source>A stored secret cannot be decrypted: it was damaged or belongs to another key file.</source>
        <translation>Kayıtlı bir gizli veri çözülemiyor: hasar görmüş veya başka bir anahtar dosyasına ait.</translation>
    </message>
</context>
<context>
    <name>tafel::crypto::Sha256</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>%1 okunurken hata oluştu: %2</translation>
    </message>
    <message>
        <source>OpenSSL could not compute SHA-256 of %1.</source>
        <translation>OpenSSL, %1 için SHA-256 hesaplayamadı.</translation>
    </message>
</context>
<context>
    <name>tafel::demo</name>
    <message>
        <source>The database already has rooms; the demo school is only added to an empty database.</source>
        <translation>Veritabanında zaten odalar var; demo okul yalnızca boş bir veritabanına eklenir.</translation>
    </message>
    <message>
        <source>The demo projector simulator cannot listen on 127.0.0.1: %1</source>
        <translation>Demo projeksiyon cihazı simülatörü 127.0.0.1 üzerinde dinleyemiyor: %1</translation>
    </message>
</context>
<context>
    <name>tafel::discovery::NetworkScan</name>
    <message>
        <source>A scan is already running.</source>
        <translation>Zaten bir tarama çalışıyor.</translation>
    </message>
    <message>
        <source>Nothing to scan: no subnet and no PJLink search.</source>
        <translation>Taranacak bir şey yok: alt ağ da PJLink araması da yok.</translation>
    </message>
    <message>
        <source>No ports to try.</source>
        <translation>Denenecek port yok.</translation>
    </message>
    <message>
        <source>Concurrency must be 1 to 1024.</source>
        <translation>Eşzamanlı bağlantı sayısı 1 ile 1024 arasında olmalıdır.</translation>
    </message>
    <message>
        <source>Timeouts must be 20 to 60000 ms.</source>
        <translation>Zaman aşımları 20 ile 60000 ms arasında olmalıdır.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large to sweep: at most /%2.</source>
        <translation>&apos;%1&apos; taranamayacak kadar büyük: en fazla /%2.</translation>
    </message>
    <message>
        <source>PJLink search not sent: %1</source>
        <translation>PJLink araması gönderilmedi: %1</translation>
    </message>
    <message>
        <source>Tafel agent port open (enroll it with tafelctl agent enroll)</source>
        <translation>Tafel ajanı portu açık (tafelctl agent enroll ile kaydedin)</translation>
    </message>
    <message>
        <source>Port open, no MDC answer (another display id, or secured MDC)</source>
        <translation>Port açık, MDC yanıtı yok (başka bir ekran kimliği veya güvenli MDC)</translation>
    </message>
    <message>
        <source>Port open, no PJLink greeting</source>
        <translation>Port açık, PJLink karşılama mesajı yok</translation>
    </message>
    <message>
        <source>Samsung MDC, display id %1</source>
        <translation>Samsung MDC, ekran kimliği %1</translation>
    </message>
    <message>
        <source>PJLink, no password</source>
        <translation>PJLink, parola yok</translation>
    </message>
    <message>
        <source>PJLink, password protected</source>
        <translation>PJLink, parola korumalı</translation>
    </message>
    <message>
        <source>PJLink: %1</source>
        <translation>PJLink: %1</translation>
    </message>
    <message>
        <source>PJLink class %1, no password</source>
        <translation>PJLink sınıf %1, parola yok</translation>
    </message>
    <message>
        <source>Answered the PJLink search; TCP port %1 not reachable</source>
        <translation>PJLink aramasına yanıt verdi; %1 numaralı TCP portuna ulaşılamıyor</translation>
    </message>
    <message>
        <source>Projector %1</source>
        <translation>Projeksiyon cihazı %1</translation>
    </message>
    <message>
        <source>Display %1</source>
        <translation>Ekran %1</translation>
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
        <translation>&apos;%1&apos;, 192.168.20.0/24 gibi bir IPv4 alt ağı değil.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the prefix after / must be a number from %2 to 32.</source>
        <translation>&apos;%1&apos;: / işaretinden sonraki önek %2 ile 32 arasında bir sayı olmalıdır.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large to sweep: at most /%2 (1,022 addresses). Give several smaller subnets.</source>
        <translation>&apos;%1&apos; taranamayacak kadar büyük: en fazla /%2 (1.022 adres). Birkaç küçük alt ağ girin.</translation>
    </message>
</context>
<context>
    <name>tafel::displays</name>
    <message>
        <source>The display did not reach the requested power state in %1 s; check it on site.</source>
        <translation>Ekran istenen güç durumuna %1 sn içinde ulaşmadı; yerinde kontrol edin.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Kapalı</translation>
    </message>
    <message>
        <source>Warming up</source>
        <translation>Isınıyor</translation>
    </message>
    <message>
        <source>Cooling down</source>
        <translation>Soğuyor</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Bilinmiyor</translation>
    </message>
    <message>
        <source>%1: this build has no driver for the display&apos;s protocol.</source>
        <translation>%1: bu sürümde ekranın protokolü için sürücü yok.</translation>
    </message>
    <message>
        <source>This display&apos;s protocol has no input &quot;%1&quot;.</source>
        <translation>Bu ekranın protokolünde &quot;%1&quot; kaynağı yok.</translation>
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
        <translation>Bilgisayar (VGA) %1</translation>
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
        <translation>Ağ / ekran yansıtma</translation>
    </message>
</context>
<context>
    <name>tafel::displays::MdcDriver</name>
    <message>
        <source>The display at %1 accepted the power-on command but still reports standby. Check it in a minute; if it stays off, check its power and network standby settings.</source>
        <translation>%1 adresindeki ekran açma komutunu kabul etti ancak hâlâ bekleme durumunda görünüyor. Bir dakika sonra kontrol edin; kapalı kalırsa güç ve ağ bekleme ayarlarını kontrol edin.</translation>
    </message>
    <message>
        <source>The display at %1 accepted the power-off command but still reports on. Check it in a minute.</source>
        <translation>%1 adresindeki ekran kapatma komutunu kabul etti ancak hâlâ açık görünüyor. Bir dakika sonra kontrol edin.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Samsung MDC input. Use a hex code such as 0x21 or a name such as HDMI1.</source>
        <translation>&quot;%1&quot; bir Samsung MDC kaynağı değil. 0x21 gibi onaltılık bir kod veya HDMI1 gibi bir ad kullanın.</translation>
    </message>
    <message>
        <source>Samsung MDC displays cannot freeze the picture over the network. Use the display&apos;s remote control instead.</source>
        <translation>Samsung MDC ekranlar görüntüyü ağ üzerinden donduramaz. Bunun yerine ekranın uzaktan kumandasını kullanın.</translation>
    </message>
    <message>
        <source>The volume must be between 0 and 100, not %1.</source>
        <translation>Ses düzeyi 0 ile 100 arasında olmalıdır, %1 değil.</translation>
    </message>
    <message>
        <source>The command was cancelled.</source>
        <translation>Komut iptal edildi.</translation>
    </message>
    <message>
        <source>The MDC display ID must be between 0 and 254, not %1.</source>
        <translation>MDC ekran kimliği 0 ile 254 arasında olmalıdır, %1 değil.</translation>
    </message>
    <message>
        <source>The MDC PIN must be exactly 4 digits. Check the PIN set on the display.</source>
        <translation>MDC PIN&apos;i tam olarak 4 haneli olmalıdır. Ekranda ayarlı PIN&apos;i kontrol edin.</translation>
    </message>
    <message>
        <source>Too many commands are waiting for the display at %1. Wait for them to finish.</source>
        <translation>%1 adresindeki ekran için bekleyen çok fazla komut var. Bitmelerini bekleyin.</translation>
    </message>
    <message>
        <source>The display at %1 presented a different certificate than before. If the display was replaced or reset, confirm its new certificate in the display settings.</source>
        <translation>%1 adresindeki ekran öncekinden farklı bir sertifika sundu. Ekran değiştirildiyse veya sıfırlandıysa yeni sertifikasını ekran ayarlarında onaylayın.</translation>
    </message>
    <message>
        <source>The display sent more data than any MDC reply holds.</source>
        <translation>Ekran, herhangi bir MDC yanıtının içerebileceğinden fazla veri gönderdi.</translation>
    </message>
    <message>
        <source>The display did not start the secured MDC protocol. If &quot;Secured Protocol&quot; is off on the display, remove the PIN in Tafel.</source>
        <translation>Ekran güvenli MDC protokolünü başlatmadı. Ekranda &quot;Secured Protocol&quot; kapalıysa Tafel&apos;deki PIN&apos;i kaldırın.</translation>
    </message>
    <message>
        <source>The display at %1 rejected the PIN (code %2). Enter the PIN shown in the display&apos;s MDC security settings; Tafel will not retry on its own.</source>
        <translation>%1 adresindeki ekran PIN&apos;i reddetti (kod %2). Ekranın MDC güvenlik ayarlarında gösterilen PIN&apos;i girin; Tafel kendiliğinden yeniden denemez.</translation>
    </message>
    <message>
        <source>The display answered the PIN with an unknown message.</source>
        <translation>Ekran PIN&apos;e bilinmeyen bir mesajla yanıt verdi.</translation>
    </message>
    <message>
        <source>The display at %1 uses the secured MDC protocol. Enter its 4-digit PIN.</source>
        <translation>%1 adresindeki ekran güvenli MDC protokolünü kullanıyor. 4 haneli PIN&apos;ini girin.</translation>
    </message>
    <message>
        <source>The display&apos;s reply had a wrong checksum. Check the network cable or serial-to-LAN adapter.</source>
        <translation>Ekranın yanıtında sağlama toplamı yanlış. Ağ kablosunu veya seri-LAN adaptörünü kontrol edin.</translation>
    </message>
    <message>
        <source>The display sent data that is not an MDC frame.</source>
        <translation>Ekran MDC çerçevesi olmayan veri gönderdi.</translation>
    </message>
    <message>
        <source>The display sent a frame that is not an ACK or NAK.</source>
        <translation>Ekran ACK veya NAK olmayan bir çerçeve gönderdi.</translation>
    </message>
    <message>
        <source>A display with ID %1 answered, but Tafel addressed ID %2. Set the display ID in Tafel to the one shown in the display&apos;s MDC settings.</source>
        <translation>Kimliği %1 olan bir ekran yanıt verdi, ancak Tafel %2 kimliğine gönderdi. Tafel&apos;deki ekran kimliğini, ekranın MDC ayarlarında gösterilen kimlikle aynı yapın.</translation>
    </message>
    <message>
        <source>The display answered command %1 while Tafel waited for %2.</source>
        <translation>Tafel %2 yanıtını beklerken ekran %1 komutuna yanıt verdi.</translation>
    </message>
    <message>
        <source>The display&apos;s status reply is too short.</source>
        <translation>Ekranın durum yanıtı çok kısa.</translation>
    </message>
    <message>
        <source>The display closed the connection during the secured MDC handshake. Check that &quot;Secured Protocol&quot; is on and that no other MDC client is connected.</source>
        <translation>Ekran, güvenli MDC el sıkışması sırasında bağlantıyı kapattı. &quot;Secured Protocol&quot; ayarının açık olduğunu ve başka bir MDC istemcisinin bağlı olmadığını kontrol edin.</translation>
    </message>
    <message>
        <source>The display closed the connection before answering. Check that no other MDC client is connected to it and try again.</source>
        <translation>Ekran, yanıt vermeden bağlantıyı kapattı. Başka bir MDC istemcisinin bağlı olmadığını kontrol edip yeniden deneyin.</translation>
    </message>
    <message>
        <source>Cannot reach the display at %1 port %2 (%3). Check that it is connected to the network, that network standby is on and that MDC over LAN is enabled.</source>
        <translation>%1 adresindeki ekrana %2 portundan ulaşılamıyor (%3). Ağa bağlı olduğunu, ağ beklemesinin açık olduğunu ve LAN üzerinden MDC&apos;nin etkin olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>The TLS handshake with the display failed (%1).</source>
        <translation>Ekranla TLS el sıkışması başarısız oldu (%1).</translation>
    </message>
    <message>
        <source>The display at %1 port %2 did not accept the connection within %3 s. Check the address and that the display is switched on at the mains.</source>
        <translation>%1 adresindeki ekran, %2 portunda bağlantıyı %3 sn içinde kabul etmedi. Adresi ve ekranın şebeke gücünün açık olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>The display at %1 port %2 did not start the secured MDC protocol within %3 s. If &quot;Secured Protocol&quot; is off on the display, remove the PIN in Tafel.</source>
        <translation>%1 adresindeki ekran, %2 portunda güvenli MDC protokolünü %3 sn içinde başlatmadı. Ekranda &quot;Secured Protocol&quot; kapalıysa Tafel&apos;deki PIN&apos;i kaldırın.</translation>
    </message>
    <message>
        <source>The TLS handshake with the display at %1 port %2 did not finish within %3 s.</source>
        <translation>%1 adresindeki ekranla %2 portunda TLS el sıkışması %3 sn içinde tamamlanmadı.</translation>
    </message>
    <message>
        <source>The display at %1 port %2 did not answer the PIN within %3 s.</source>
        <translation>%1 adresindeki ekran, %2 portunda PIN&apos;e %3 sn içinde yanıt vermedi.</translation>
    </message>
    <message>
        <source>The display rejected command %1 (NAK, error %2). It may not support this on its model or in its current state; switch it on first and try again.</source>
        <translation>Ekran %1 komutunu reddetti (NAK, hata %2). Bu model veya mevcut durumu bunu desteklemiyor olabilir; önce ekranı açıp yeniden deneyin.</translation>
    </message>
    <message>
        <source>The display at %1 did not answer command %2 within %3 s. Check that its MDC display ID is %4 and that no other MDC client is connected.</source>
        <translation>%1 adresindeki ekran %2 komutuna %3 sn içinde yanıt vermedi. MDC ekran kimliğinin %4 olduğunu ve başka bir MDC istemcisinin bağlı olmadığını kontrol edin.</translation>
    </message>
</context>
<context>
    <name>tafel::displays::MdcSimulator</name>
    <message>
        <source>The simulated display needs a PIN of exactly 4 digits.</source>
        <translation>Simüle edilen ekran tam olarak 4 haneli bir PIN gerektirir.</translation>
    </message>
    <message>
        <source>The simulated display could not listen on %1 port %2: %3</source>
        <translation>Simüle edilen ekran %1 adresinde %2 portunu dinleyemedi: %3</translation>
    </message>
</context>
<context>
    <name>tafel::displays::MdcTlsCredentials</name>
    <message>
        <source>Could not create a TLS certificate for the simulated display. Check that OpenSSL 3 is installed correctly.</source>
        <translation>Simüle edilen ekran için TLS sertifikası oluşturulamadı. OpenSSL 3&apos;ün doğru kurulduğunu kontrol edin.</translation>
    </message>
</context>
<context>
    <name>tafel::displays::PjLinkDiscovery</name>
    <message>
        <source>Cannot listen for PJLink search answers on UDP port %1 (%2). Close other PJLink tools and try again.</source>
        <translation>PJLink arama yanıtları UDP %1 portunda dinlenemiyor (%2). Diğer PJLink araçlarını kapatıp yeniden deneyin.</translation>
    </message>
    <message>
        <source>Cannot send the PJLink search (%1). Check the network connection.</source>
        <translation>PJLink araması gönderilemiyor (%1). Ağ bağlantısını kontrol edin.</translation>
    </message>
</context>
<context>
    <name>tafel::displays::PjLinkDriver</name>
    <message>
        <source>The display at %1 refused the password (PJLINK ERRA). Check the PJLink password in its network settings.</source>
        <translation>%1 adresindeki ekran parolayı reddetti (PJLINK ERRA). Ekranın ağ ayarlarındaki PJLink parolasını kontrol edin.</translation>
    </message>
    <message>
        <source>The display at %1 requires a PJLink password. Enter it in the display&apos;s settings.</source>
        <translation>%1 adresindeki ekran bir PJLink parolası gerektiriyor. Parolayı ekranın ayarlarına girin.</translation>
    </message>
    <message>
        <source>The display at %1 closed the connection before greeting. It may be busy with another controller; try again in a moment.</source>
        <translation>%1 adresindeki ekran, karşılama mesajından önce bağlantıyı kapattı. Başka bir denetleyiciyle meşgul olabilir; biraz sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>The display at %1 closed the connection before answering. Check its network settings or restart it.</source>
        <translation>%1 adresindeki ekran, yanıt vermeden bağlantıyı kapattı. Ağ ayarlarını kontrol edin veya ekranı yeniden başlatın.</translation>
    </message>
    <message>
        <source>Host %1 not found. Check the display&apos;s address.</source>
        <translation>%1 ana bilgisayarı bulunamadı. Ekranın adresini kontrol edin.</translation>
    </message>
    <message>
        <source>The display at %1 refuses connections. Is PJLink enabled in its network menu, and is the port right?</source>
        <translation>%1 adresindeki ekran bağlantıları reddediyor. Ağ menüsünde PJLink etkin mi ve port doğru mu?</translation>
    </message>
    <message>
        <source>Cannot reach the display at %1 (%2). Is it powered and on the network?</source>
        <translation>%1 adresindeki ekrana ulaşılamıyor (%2). Ekran açık ve ağa bağlı mı?</translation>
    </message>
    <message>
        <source>Display at %1 does not answer. Is it powered and on the network?</source>
        <translation>%1 adresindeki ekran yanıt vermiyor. Ekran açık ve ağa bağlı mı?</translation>
    </message>
    <message>
        <source>Display at %1 did not answer %2 within %3 s. Is it powered and on the network?</source>
        <translation>%1 adresindeki ekran %2 isteğine %3 sn içinde yanıt vermedi. Ekran açık ve ağa bağlı mı?</translation>
    </message>
    <message>
        <source>The display at %1 sent a malformed reply (%2). Update its firmware or report the model.</source>
        <translation>%1 adresindeki ekran hatalı biçimde bir yanıt gönderdi (%2). Ekranın ürün yazılımını güncelleyin veya modeli bildirin.</translation>
    </message>
    <message>
        <source>The display at %1 does not support %2 (ERR1).</source>
        <translation>%1 adresindeki ekran %2 özelliğini desteklemiyor (ERR1).</translation>
    </message>
    <message>
        <source>The display at %1 rejected the value for %2 (ERR2). Check the input code or setting.</source>
        <translation>%1 adresindeki ekran %2 için verilen değeri reddetti (ERR2). Kaynak kodunu veya ayarı kontrol edin.</translation>
    </message>
    <message>
        <source>The display at %1 cannot do %2 right now (ERR3); it may be warming up or cooling down. Try again in a minute.</source>
        <translation>%1 adresindeki ekran şu anda %2 işlemini yapamıyor (ERR3); ısınıyor veya soğuyor olabilir. Bir dakika sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>The display at %1 reports a device failure for %2 (ERR4). Check the display.</source>
        <translation>%1 adresindeki ekran %2 için bir cihaz arızası bildiriyor (ERR4). Ekranı kontrol edin.</translation>
    </message>
    <message>
        <source>Unknown error from %1.</source>
        <translation>%1 kaynaklı bilinmeyen hata.</translation>
    </message>
    <message>
        <source>The display at %1 speaks PJLink Class 1, which has no %2.</source>
        <translation>%1 adresindeki ekran PJLink Class 1 kullanıyor; bu sınıfta %2 yok.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
    <message>
        <source>The display at %1 sent an unreadable %2 value &apos;%3&apos;.</source>
        <translation>%1 adresindeki ekran okunamayan bir %2 değeri gönderdi: &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>The display at %1 is still %2 after %3 s. Check it on site.</source>
        <translation>%1 adresindeki ekran %3 sn sonra hâlâ şu durumda: %2. Yerinde kontrol edin.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PJLink input code. Use two characters such as 31 (digital input 1); the display&apos;s input list shows the valid ones.</source>
        <translation>&apos;%1&apos; bir PJLink kaynak kodu değil. 31 (dijital giriş 1) gibi iki karakter kullanın; geçerli kodlar ekranın kaynak listesinde görünür.</translation>
    </message>
    <message>
        <source>freeze</source>
        <translation>dondurma</translation>
    </message>
    <message>
        <source>volume control</source>
        <translation>ses düzeyi kontrolü</translation>
    </message>
    <message>
        <source>microphone volume</source>
        <translation>mikrofon ses düzeyi</translation>
    </message>
</context>
<context>
    <name>tafel::displays::PjLinkNotificationListener</name>
    <message>
        <source>Cannot receive PJLink notifications on UDP port %1 (%2). Status is polled instead.</source>
        <translation>PJLink bildirimleri UDP %1 portunda alınamıyor (%2). Bunun yerine durum düzenli olarak sorgulanıyor.</translation>
    </message>
</context>
<context>
    <name>tafel::distribution::ChunkPusher</name>
    <message>
        <source>Chunk %1 failed verification %2 times at %3:%4.</source>
        <translation>%1 parçası %3:%4 adresinde %2 kez doğrulamadan geçemedi.</translation>
    </message>
</context>
<context>
    <name>tafel::distribution::Distributor</name>
    <message>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
    <message>
        <source>No package to send.</source>
        <translation>Gönderilecek paket yok.</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>bağlanıyor</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>bekliyor</translation>
    </message>
    <message>
        <source>receiving</source>
        <translation>alıyor</translation>
    </message>
    <message>
        <source>topping up</source>
        <translation>eksikler tamamlanıyor</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>yeniden bağlanıyor</translation>
    </message>
    <message>
        <source>%1 stayed unreachable: %2</source>
        <translation>%1 ulaşılamaz durumda kaldı: %2</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>doğrulandı</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>başarısız</translation>
    </message>
    <message>
        <source>%1 still misses %2 bytes after %3 direct attempts.</source>
        <translation>%1, %3 doğrudan denemeden sonra hâlâ %2 bayt eksik.</translation>
    </message>
    <message>
        <source>slow: moved to the end of the chain</source>
        <translation>yavaş: zincirin sonuna taşındı</translation>
    </message>
</context>
<context>
    <name>tafel::distribution::Manifest</name>
    <message>
        <source>The package manifest is malformed: %1</source>
        <translation>Paket manifesti hatalı biçimlendirilmiş: %1</translation>
    </message>
    <message>
        <source>The package id &quot;%1&quot; is not a UUID.</source>
        <translation>&quot;%1&quot; paket kimliği bir UUID değil.</translation>
    </message>
    <message>
        <source>The package title is longer than %1 characters.</source>
        <translation>Paket başlığı %1 karakterden uzun.</translation>
    </message>
    <message>
        <source>The package title contains a control character.</source>
        <translation>Paket başlığı bir kontrol karakteri içeriyor.</translation>
    </message>
    <message>
        <source>The package has no valid creation time.</source>
        <translation>Paketin geçerli bir oluşturulma zamanı yok.</translation>
    </message>
    <message>
        <source>The package&apos;s sender key id &quot;%1&quot; is not a key id (16 hex digits).</source>
        <translation>Paketin gönderen anahtar kimliği &quot;%1&quot; bir anahtar kimliği değil (16 onaltılık basamak).</translation>
    </message>
    <message>
        <source>The package has no files.</source>
        <translation>Pakette dosya yok.</translation>
    </message>
    <message>
        <source>The package has %1 files; at most %2 are allowed.</source>
        <translation>Pakette %1 dosya var; en fazla %2 dosyaya izin verilir.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a symbolic link; packages hold regular files only.</source>
        <translation>&quot;%1&quot; sembolik bir bağlantı; paketler yalnızca normal dosyalar içerir.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has mode %2: only permission bits (0..0777) of a regular file are allowed.</source>
        <translation>&quot;%1&quot; dosyasının modu %2: normal bir dosyanın yalnızca izin bitlerine (0..0777) izin verilir.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an impossible size (%2 bytes).</source>
        <translation>&quot;%1&quot; dosyasının boyutu imkânsız (%2 bayt).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has chunk size %2; a file of %3 bytes must use %4.</source>
        <translation>&quot;%1&quot; dosyasının parça boyutu %2; %3 baytlık bir dosya %4 kullanmalıdır.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lists %2 chunk hashes; its size %3 needs %4.</source>
        <translation>&quot;%1&quot; %2 parça karması listeliyor; %3 boyutu için %4 gerekir.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a chunk hash that is not 32 bytes.</source>
        <translation>&quot;%1&quot; dosyasında 32 bayt olmayan bir parça karması var.</translation>
    </message>
    <message>
        <source>The package is larger than the limit of %1 bytes.</source>
        <translation>Paket %1 baytlık sınırdan büyük.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice in the package (paths are compared ignoring case).</source>
        <translation>&quot;%1&quot; pakette iki kez geçiyor (yollar büyük/küçük harf ayrımı yapılmadan karşılaştırılır).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is both a file and a directory in the package.</source>
        <translation>&quot;%1&quot; pakette hem dosya hem de dizin olarak geçiyor.</translation>
    </message>
    <message>
        <source>No signing key.</source>
        <translation>İmzalama anahtarı yok.</translation>
    </message>
    <message>
        <source>The manifest names sender key %1 but is being signed with key %2.</source>
        <translation>Manifest gönderen anahtarı olarak %1 anahtarını belirtiyor ancak %2 anahtarıyla imzalanıyor.</translation>
    </message>
    <message>
        <source>Signing the package manifest failed.</source>
        <translation>Paket manifesti imzalanamadı.</translation>
    </message>
    <message>
        <source>The package manifest is %1 bytes; at most %2 are allowed (too many files?).</source>
        <translation>Paket manifesti %1 bayt; en fazla %2 bayta izin verilir (çok fazla dosya mı var?).</translation>
    </message>
    <message>
        <source>%1 bytes, more than the limit of %2</source>
        <translation>%1 bayt, %2 sınırından fazla</translation>
    </message>
    <message>
        <source>no version</source>
        <translation>sürüm yok</translation>
    </message>
    <message>
        <source>The package uses format version %1; this Tafel reads version %2. Update Tafel.</source>
        <translation>Paket %1 biçim sürümünü kullanıyor; bu Tafel %2 sürümünü okur. Tafel&apos;i güncelleyin.</translation>
    </message>
    <message>
        <source>the envelope needs &apos;manifest&apos;, &apos;key&apos; and &apos;sig&apos; byte strings</source>
        <translation>zarf için &apos;manifest&apos;, &apos;key&apos; ve &apos;sig&apos; bayt dizeleri gerekli</translation>
    </message>
    <message>
        <source>the sender key is not an Ed25519 public key</source>
        <translation>gönderen anahtarı bir Ed25519 açık anahtarı değil</translation>
    </message>
    <message>
        <source>the signature is not 64 bytes</source>
        <translation>imza 64 bayt değil</translation>
    </message>
    <message>
        <source>it needs &apos;id&apos;, &apos;title&apos;, &apos;created&apos;, &apos;sender&apos; and &apos;files&apos;</source>
        <translation>&apos;id&apos;, &apos;title&apos;, &apos;created&apos;, &apos;sender&apos; ve &apos;files&apos; gerekli</translation>
    </message>
    <message>
        <source>a file entry is not a map</source>
        <translation>bir dosya girdisi eşlem (map) değil</translation>
    </message>
    <message>
        <source>a file entry needs &apos;path&apos; and &apos;sha256&apos;</source>
        <translation>bir dosya girdisi için &apos;path&apos; ve &apos;sha256&apos; gerekli</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a missing, negative or impossible size.</source>
        <translation>&quot;%1&quot; dosyasının boyutu eksik, negatif veya imkânsız.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no valid mode.</source>
        <translation>&quot;%1&quot; dosyasının geçerli bir modu yok.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no valid chunk size.</source>
        <translation>&quot;%1&quot; dosyasının geçerli bir parça boyutu yok.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a chunk hash list that is not a multiple of 32 bytes.</source>
        <translation>&quot;%1&quot; dosyasının parça karması listesi 32 baytın katı değil.</translation>
    </message>
    <message>
        <source>The package manifest&apos;s signature is not valid for key %1: the manifest was altered or not signed by that key.</source>
        <translation>Paket manifestinin imzası %1 anahtarı için geçerli değil: manifest değiştirilmiş veya bu anahtarla imzalanmamış.</translation>
    </message>
    <message>
        <source>The package manifest names sender key %1 but was signed with key %2.</source>
        <translation>Paket manifesti gönderen anahtarı olarak %1 anahtarını belirtiyor ancak %2 anahtarıyla imzalanmış.</translation>
    </message>
    <message>
        <source>The package is signed by key %1, which this device does not trust. Add the sender&apos;s key to its trusted keys.</source>
        <translation>Paket, bu cihazın güvenmediği %1 anahtarıyla imzalanmış. Gönderenin anahtarını cihazın güvenilen anahtarlarına ekleyin.</translation>
    </message>
</context>
<context>
    <name>tafel::distribution::PackageFile</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 okunamıyor.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; packages hold regular files only. Replace it with a copy of the file.</source>
        <translation>%1 sembolik bir bağlantı; paketler yalnızca normal dosyalar içerir. Bağlantıyı dosyanın bir kopyasıyla değiştirin.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, socket or pipe); remove it from the folder.</source>
        <translation>%1 normal bir dosya değil (aygıt dosyası, soket veya kanal); klasörden kaldırın.</translation>
    </message>
    <message>
        <source>The folder has more than %1 files.</source>
        <translation>Klasörde %1 dosyadan fazla var.</translation>
    </message>
    <message>
        <source>The folder holds more than %1 bytes, the package limit.</source>
        <translation>Klasör, paket sınırı olan %1 bayttan fazla veri içeriyor.</translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation>%1 bir dizin değil.</translation>
    </message>
    <message>
        <source>%1 holds no files.</source>
        <translation>%1 hiç dosya içermiyor.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>%1 changed while the package was being made (it is shorter now); try again.</source>
        <translation>%1, paket oluşturulurken değişti (artık daha kısa); yeniden deneyin.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
    <message>
        <source>%1 changed while the package was being made; try again.</source>
        <translation>%1, paket oluşturulurken değişti; yeniden deneyin.</translation>
    </message>
    <message>
        <source>No signing key.</source>
        <translation>İmzalama anahtarı yok.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
    <message>
        <source>Internal error: the manifest changed its length while the package was written.</source>
        <translation>Dahili hata: paket yazılırken manifestin uzunluğu değişti.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 açılamıyor: %2</translation>
    </message>
    <message>
        <source>%1 is not a Tafel package file.</source>
        <translation>%1 bir Tafel paket dosyası değil.</translation>
    </message>
    <message>
        <source>%1 uses package format %2; this Tafel reads format %3.</source>
        <translation>%1, %2 paket biçimini kullanıyor; bu Tafel %3 biçimini okur.</translation>
    </message>
    <message>
        <source>%1: the manifest is larger than the limit.</source>
        <translation>%1: manifest sınırdan büyük.</translation>
    </message>
    <message>
        <source>%1 is truncated.</source>
        <translation>%1 kesik (sonu eksik).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has %2 bytes; its manifest needs %3 (truncated or appended to).</source>
        <translation>%1 dosyası %2 bayt; manifestine göre %3 bayt olmalı (kesilmiş veya sonuna veri eklenmiş).</translation>
    </message>
    <message>
        <source>%1/%2 no longer has the size the manifest lists; make the package again.</source>
        <translation>%1/%2 artık manifestte listelenen boyutta değil; paketi yeniden oluşturun.</translation>
    </message>
    <message>
        <source>The package has no chunk %1.</source>
        <translation>Pakette %1 parçası yok.</translation>
    </message>
    <message>
        <source>Cannot read chunk %1: %2</source>
        <translation>%1 parçası okunamıyor: %2</translation>
    </message>
    <message>
        <source>Chunk %1 is truncated (%2).</source>
        <translation>%1 parçası kesik (%2).</translation>
    </message>
    <message>
        <source>Chunk %1 (%2 at byte %3) does not match its SHA-256: the data changed after the package was made.</source>
        <translation>%1 parçası (%2, bayt %3 konumunda) SHA-256 değeriyle eşleşmiyor: veriler paket oluşturulduktan sonra değişti.</translation>
    </message>
    <message>
        <source>Cannot compute the package id (SHA-256 failed).</source>
        <translation>Paket kimliği hesaplanamıyor (SHA-256 başarısız oldu).</translation>
    </message>
</context>
<context>
    <name>tafel::distribution::PackageStore</name>
    <message>
        <source>The disk is full: cannot reserve %1 for %2.</source>
        <translation>Disk dolu: %2 için %1 ayrılamıyor.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 oluşturulamıyor: %2</translation>
    </message>
    <message>
        <source>%1/%2 is too large.</source>
        <translation>%1/%2 çok büyük.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 yazılamıyor.</translation>
    </message>
    <message>
        <source>Cannot rename %1: %2</source>
        <translation>%1 yeniden adlandırılamıyor: %2</translation>
    </message>
    <message>
        <source>No package %1 is being received.</source>
        <translation>Şu anda alınmakta olan %1 paketi yok.</translation>
    </message>
    <message>
        <source>The envelope of package %1 does not hold its manifest.</source>
        <translation>%1 paketinin zarfı manifestini içermiyor.</translation>
    </message>
    <message>
        <source>A different package with the id %1 is already being received.</source>
        <translation>%1 kimliğine sahip farklı bir paket zaten alınıyor.</translation>
    </message>
    <message>
        <source>Quota exceeded: the package &quot;%1&quot; has %2; this device accepts at most %3 per package.</source>
        <translation>Kota aşıldı: &quot;%1&quot; paketi %2; bu cihaz paket başına en fazla %3 kabul ediyor.</translation>
    </message>
    <message>
        <source>Quota exceeded: the package &quot;%1&quot; (%2) does not fit; the material store holds %3 of at most %4. Delete old packages first.</source>
        <translation>Kota aşıldı: &quot;%1&quot; paketi (%2) sığmıyor; materyal deposu en fazla %4 alabilir ve %3 dolu. Önce eski paketleri silin.</translation>
    </message>
    <message>
        <source>The disk would be full: the package &quot;%1&quot; needs %2, %3 is free and %4 must stay free.</source>
        <translation>Disk dolacak: &quot;%1&quot; paketi %2 gerektiriyor, %3 boş ve %4 boş kalmalı.</translation>
    </message>
    <message>
        <source>Cannot create the material directory %1.</source>
        <translation>%1 materyal dizini oluşturulamıyor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a package id.</source>
        <translation>&quot;%1&quot; bir paket kimliği değil.</translation>
    </message>
    <message>
        <source>Package %1 has no chunk %2.</source>
        <translation>%1 paketinin %2 parçası yok.</translation>
    </message>
    <message>
        <source>Chunk %1 of package %2 (%3) does not match its SHA-256; it was discarded.</source>
        <translation>%2 paketinin %1 parçası (%3) SHA-256 değeriyle eşleşmiyor; atıldı.</translation>
    </message>
    <message>
        <source>Chunk %1 of package %2 has not been received yet.</source>
        <translation>%2 paketinin %1 parçası henüz alınmadı.</translation>
    </message>
    <message>
        <source>Chunk %1 of package %2 changed on disk (%3).</source>
        <translation>%2 paketinin %1 parçası diskte değişti (%3).</translation>
    </message>
    <message>
        <source>Package %1 is not complete: %2 of %3 chunks are missing.</source>
        <translation>%1 paketi tamamlanmadı: %3 parçadan %2 tanesi eksik.</translation>
    </message>
    <message>
        <source>Cannot set the mode of %1.</source>
        <translation>%1 dosyasının modu ayarlanamıyor.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 oluşturulamıyor.</translation>
    </message>
    <message>
        <source>%1 already exists and is not a finished package; remove it.</source>
        <translation>%1 zaten var ve tamamlanmış bir paket değil; kaldırın.</translation>
    </message>
    <message>
        <source>Cannot move package %1 into place: %2</source>
        <translation>%1 paketi yerine taşınamıyor: %2</translation>
    </message>
    <message>
        <source>Cannot delete %1 completely.</source>
        <translation>%1 tamamen silinemiyor.</translation>
    </message>
    <message>
        <source>Cannot delete package %1: %2</source>
        <translation>%1 paketi silinemiyor: %2</translation>
    </message>
    <message>
        <source>There is no package %1.</source>
        <translation>%1 paketi yok.</translation>
    </message>
</context>
<context>
    <name>tafel::distribution::PathRules</name>
    <message>
        <source>Unsafe path &quot;%1&quot; in the package: %2</source>
        <translation>Pakette güvenli olmayan yol &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>A file in the package has an empty path.</source>
        <translation>Paketteki bir dosyanın yolu boş.</translation>
    </message>
    <message>
        <source>longer than %1 bytes</source>
        <translation>%1 bayttan uzun</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>bir kontrol karakteri içeriyor</translation>
    </message>
    <message>
        <source>absolute path</source>
        <translation>mutlak yol</translation>
    </message>
    <message>
        <source>contains a backslash (paths are &apos;/&apos;-separated)</source>
        <translation>ters eğik çizgi içeriyor (yollar &apos;/&apos; ile ayrılır)</translation>
    </message>
    <message>
        <source>starts with a drive letter</source>
        <translation>sürücü harfiyle başlıyor</translation>
    </message>
    <message>
        <source>contains &apos;:&apos; (drive letters and alternate data streams are not allowed)</source>
        <translation>&apos;:&apos; içeriyor (sürücü harflerine ve alternatif veri akışlarına izin verilmez)</translation>
    </message>
    <message>
        <source>more than %1 directory levels</source>
        <translation>%1 dizin düzeyinden fazla</translation>
    </message>
    <message>
        <source>empty path segment</source>
        <translation>boş yol bölümü</translation>
    </message>
    <message>
        <source>&apos;.&apos; or &apos;..&apos; segment</source>
        <translation>&apos;.&apos; veya &apos;..&apos; bölümü</translation>
    </message>
    <message>
        <source>a name longer than %1 bytes</source>
        <translation>%1 bayttan uzun bir ad</translation>
    </message>
    <message>
        <source>a name ends with a dot or a space</source>
        <translation>bir ad nokta veya boşlukla bitiyor</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a Windows device name</source>
        <translation>&quot;%1&quot; bir Windows aygıt adı</translation>
    </message>
</context>
<context>
    <name>tafel::distribution::RelayGrant</name>
    <message>
        <source>The relay grant is not valid: %1</source>
        <translation>Aktarma izni geçerli değil: %1</translation>
    </message>
    <message>
        <source>A relay grant needs the relaying agent&apos;s Ed25519 key.</source>
        <translation>Bir aktarma izni için aktaran ajanın Ed25519 anahtarı gerekli.</translation>
    </message>
    <message>
        <source>Signing the relay grant failed.</source>
        <translation>Aktarma izni imzalanamadı.</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>çok büyük</translation>
    </message>
    <message>
        <source>no signer key</source>
        <translation>imzalayan anahtar yok</translation>
    </message>
    <message>
        <source>bad signature</source>
        <translation>hatalı imza</translation>
    </message>
    <message>
        <source>unsupported version</source>
        <translation>desteklenmeyen sürüm</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>geçerlilik süresi yok</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>eksik</translation>
    </message>
    <message>
        <source>it is for another package</source>
        <translation>başka bir paket için</translation>
    </message>
    <message>
        <source>it is for another agent key</source>
        <translation>başka bir ajan anahtarı için</translation>
    </message>
    <message>
        <source>it is for another receiving agent</source>
        <translation>başka bir alıcı ajan için</translation>
    </message>
    <message>
        <source>it has expired</source>
        <translation>süresi dolmuş</translation>
    </message>
</context>
<context>
    <name>tafel::distribution::SafeFile</name>
    <message>
        <source>%1: a symbolic link is in the way; material is never written through links.</source>
        <translation>%1: yolda sembolik bir bağlantı var; materyal asla bağlantılar üzerinden yazılmaz.</translation>
    </message>
    <message>
        <source>%1: a file is in the way where a directory is expected.</source>
        <translation>%1: dizin beklenen yerde bir dosya var.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 mevcut değil.</translation>
    </message>
    <message>
        <source>%1: permission denied.</source>
        <translation>%1: erişim reddedildi.</translation>
    </message>
    <message>
        <source>The disk is full: cannot create %1.</source>
        <translation>Disk dolu: %1 oluşturulamıyor.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 açılamıyor: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 normal bir dosya değil.</translation>
    </message>
    <message>
        <source>The disk is full: cannot write %1. Free some space (or remove old material) and resume.</source>
        <translation>Disk dolu: %1 yazılamıyor. Biraz yer açın (veya eski materyali kaldırın) ve devam ettirin.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>%1 is shorter than expected.</source>
        <translation>%1 beklenenden kısa.</translation>
    </message>
    <message>
        <source>Cannot flush %1 to disk: %2</source>
        <translation>%1 diske aktarılamıyor: %2</translation>
    </message>
</context>
<context>
    <name>tafel::gui::AdminAuth</name>
    <message>
        <source>Please enter a password.</source>
        <translation>Lütfen bir parola girin.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters, please.</source>
        <translation>
            <numerusform>Lütfen en az %n karakter girin.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password must not start or end with a space.</source>
        <translation>Parola boşlukla başlayamaz veya bitemez.</translation>
    </message>
    <message>
        <source>The two entries are different. Please type the password again.</source>
        <translation>İki giriş birbirinden farklı. Lütfen parolayı yeniden yazın.</translation>
    </message>
    <message>
        <source>An admin password has already been set.</source>
        <translation>Bir yönetici parolası zaten belirlenmiş.</translation>
    </message>
    <message>
        <source>No admin password has been set yet.</source>
        <translation>Henüz bir yönetici parolası belirlenmedi.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Geçerli parola yanlış.</translation>
    </message>
    <message>
        <source>Cannot read the provisioned admin password %1: %2</source>
        <translation>Hazırlanan yönetici parolası %1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>%1 does not hold an scrypt password hash; the admin password was not set from it.</source>
        <translation>%1 bir scrypt parola özeti içermiyor; yönetici parolası bundan ayarlanmadı.</translation>
    </message>
</context>
<context>
    <name>tafel::gui::AdminGate</name>
    <message>
        <source>Admin password</source>
        <translation>Yönetici parolası</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Parolayı tekrarlayın</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Cancel and stay in the teacher view</source>
        <translation>İptal edin ve öğretmen görünümünde kalın</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Şimdi yeniden deneyebilirsiniz.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters, please.</source>
        <translation>
            <numerusform>Lütfen en az %n karakter girin.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two entries are different.</source>
        <translation>İki giriş birbirinden farklı.</translation>
    </message>
    <message>
        <source>Set the admin password</source>
        <translation>Yönetici parolasını belirleyin</translation>
    </message>
    <message numerus="yes">
        <source>This is the first start: choose the password that protects the admin view. At least %n characters. Keep it safe: it cannot be shown again.</source>
        <translation>
            <numerusform>Bu ilk başlatma: yönetici görünümünü koruyan parolayı seçin. En az %n karakter. Parolayı güvenli bir yerde saklayın: daha sonra gösterilemez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Parolayı belirle</translation>
    </message>
    <message>
        <source>Set the admin password and open the admin view</source>
        <translation>Yönetici parolasını belirleyin ve yönetici görünümünü açın</translation>
    </message>
    <message>
        <source>Admin access</source>
        <translation>Yönetici erişimi</translation>
    </message>
    <message>
        <source>Enter the admin password to manage rooms, devices and settings.</source>
        <translation>Odaları, cihazları ve ayarları yönetmek için yönetici parolasını girin.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Kilidi aç</translation>
    </message>
    <message>
        <source>Unlock the admin view</source>
        <translation>Yönetici görünümünün kilidini açın</translation>
    </message>
    <message>
        <source>Too many wrong passwords: please wait a moment.</source>
        <translation>Çok fazla yanlış parola: lütfen biraz bekleyin.</translation>
    </message>
    <message>
        <source>The password could not be saved: %1</source>
        <translation>Parola kaydedilemedi: %1</translation>
    </message>
    <message>
        <source>Please enter the admin password.</source>
        <translation>Lütfen yönetici parolasını girin.</translation>
    </message>
    <message>
        <source>The password could not be checked: %1</source>
        <translation>Parola kontrol edilemedi: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrong password. The admin view stays locked. Too many attempts: please wait %n seconds.</source>
        <translation>
            <numerusform>Yanlış parola. Yönetici görünümü kilitli kalıyor. Çok fazla deneme: lütfen %n saniye bekleyin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong password. The admin view stays locked; please try again.</source>
        <translation>Yanlış parola. Yönetici görünümü kilitli kalıyor; lütfen yeniden deneyin.</translation>
    </message>
</context>
<context>
    <name>tafel::gui::AdminView</name>
    <message>
        <source>Administration</source>
        <translation>Yönetim</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Kilitle</translation>
    </message>
    <message>
        <source>Lock the admin view and return to the teacher view</source>
        <translation>Yönetici görünümünü kilitleyin ve öğretmen görünümüne dönün</translation>
    </message>
    <message>
        <source>Admin sections</source>
        <translation>Yönetim bölümleri</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Genel bakış</translation>
    </message>
    <message>
        <source>Rooms &amp; devices</source>
        <translation>Odalar ve cihazlar</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Zamanlamalar</translation>
    </message>
    <message>
        <source>Agents &amp; keys</source>
        <translation>Ajanlar ve anahtarlar</translation>
    </message>
    <message>
        <source>Reports to the city</source>
        <translation>Belediyeye raporlar</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Denetim kaydı</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Every room of the school as a tile, worst first, with live states from the room agents. Coming with the school-wide health overview.</source>
        <translation>Okuldaki her oda, oda ajanlarından gelen canlı durumlarla bir kutucuk olarak; sorunlu olanlar önce. Okul genelindeki sağlık durumu genel bakışıyla gelecek.</translation>
    </message>
    <message>
        <source>Broadband and availability reports for the city&apos;s education IT, sent from a durable outbox. Coming with reporting.</source>
        <translation>Belediyenin eğitim BT birimi için geniş bant ve erişilebilirlik raporları, kalıcı bir giden kutusundan gönderilir. Raporlama özelliğiyle gelecek.</translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation>Henüz kullanılamıyor</translation>
    </message>
    <message>
        <source>Language, network, display passwords and school settings. Coming with the settings work.</source>
        <translation>Dil, ağ, ekran parolaları ve okul ayarları. Ayarlar çalışmasıyla gelecek.</translation>
    </message>
    <message>
        <source>Devices: %1</source>
        <translation>Cihazlar: %1</translation>
    </message>
    <message>
        <source>Rooms: %1</source>
        <translation>Odalar: %1</translation>
    </message>
    <message>
        <source>Audit log: %1</source>
        <translation>Denetim kaydı: %1</translation>
    </message>
    <message>
        <source>Some data could not be read. %1</source>
        <translation>Bazı veriler okunamadı. %1</translation>
    </message>
</context>
<context>
    <name>tafel::gui::AgentPanel</name>
    <message>
        <source>Online</source>
        <translation>Çevrimiçi</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>sürüm %1</translation>
    </message>
    <message>
        <source>display</source>
        <translation>ekran</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrol ediliyor…</translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation>Ulaşılamıyor</translation>
    </message>
    <message>
        <source>Computers in this room</source>
        <translation>Bu odadaki bilgisayarlar</translation>
    </message>
    <message>
        <source>No PC with the Tafel agent in this room.</source>
        <translation>Bu odada Tafel ajanı olan PC yok.</translation>
    </message>
    <message>
        <source>Blank room</source>
        <translation>Odayı karart</translation>
    </message>
    <message>
        <source>Show picture again</source>
        <translation>Görüntüyü yeniden göster</translation>
    </message>
    <message>
        <source>Wake room PCs</source>
        <translation>Oda PC&apos;lerini uyandır</translation>
    </message>
    <message>
        <source>Blank room:</source>
        <translation>Odayı karart:</translation>
    </message>
    <message>
        <source>Show picture again:</source>
        <translation>Görüntüyü yeniden göster:</translation>
    </message>
    <message>
        <source>%1: sending…</source>
        <translation>%1: gönderiliyor…</translation>
    </message>
    <message>
        <source>%1: ✓ done</source>
        <translation>%1: ✓ tamamlandı</translation>
    </message>
    <message>
        <source>%1: ✗ %2</source>
        <translation>%1: ✗ %2</translation>
    </message>
    <message>
        <source>Wake room PCs:</source>
        <translation>Oda PC&apos;lerini uyandır:</translation>
    </message>
    <message>
        <source>No device of this room has a MAC address. An admin adds them under Rooms &amp; devices.</source>
        <translation>Bu odanın hiçbir cihazının MAC adresi yok. Bir yönetici bunları Odalar ve cihazlar altında ekler.</translation>
    </message>
    <message>
        <source>No agent in this room can send the wake-up signal.</source>
        <translation>Bu odadaki hiçbir ajan uyandırma sinyalini gönderemiyor.</translation>
    </message>
    <message>
        <source>%1: ✓ wake-up signal sent</source>
        <translation>%1: ✓ uyandırma sinyali gönderildi</translation>
    </message>
</context>
<context>
    <name>tafel::gui::AgentsKeysPage</name>
    <message>
        <source>Room</source>
        <translation>Oda</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Ajan</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Son görülme</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Yapılandırma</translation>
    </message>
    <message>
        <source>Pinned fingerprint (SHA-256)</source>
        <translation>Sabitlenmiş parmak izi (SHA-256)</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Anahtar kimliği</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Yorum</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oluşturulma</translation>
    </message>
    <message>
        <source>Agents &amp; keys</source>
        <translation>Ajanlar ve anahtarlar</translation>
    </message>
    <message>
        <source>The room agents with their pinned certificates and live state, and the school&apos;s teacher and admin keys. Revoked keys are refused by the agents after the next configuration push.</source>
        <translation>Sabitlenmiş sertifikaları ve canlı durumlarıyla oda ajanları ile okulun öğretmen ve yönetici anahtarları. İptal edilen anahtarlar, bir sonraki yapılandırma gönderiminden sonra ajanlar tarafından reddedilir.</translation>
    </message>
    <message>
        <source>Admin key:</source>
        <translation>Yönetici anahtarı:</translation>
    </message>
    <message>
        <source>Choose admin key…</source>
        <translation>Yönetici anahtarını seç…</translation>
    </message>
    <message>
        <source>Choose the admin key file</source>
        <translation>Yönetici anahtar dosyasını seçin</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Yönetici anahtarı</translation>
    </message>
    <message>
        <source>Private keys (*.pem)</source>
        <translation>Özel anahtarlar (*.pem)</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Ajanlar</translation>
    </message>
    <message>
        <source>Push configuration</source>
        <translation>Yapılandırmayı gönder</translation>
    </message>
    <message>
        <source>Push the configuration to every agent</source>
        <translation>Yapılandırmayı her ajana gönder</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Yenile</translation>
    </message>
    <message>
        <source>Ask every agent for its state now</source>
        <translation>Her ajana durumunu şimdi sor</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Sabitlemeyi kaldır</translation>
    </message>
    <message>
        <source>Forget the pinned certificate of the selected agent</source>
        <translation>Seçili ajanın sabitlenmiş sertifikasını unut</translation>
    </message>
    <message>
        <source>Address of the agent to enroll</source>
        <translation>Kaydedilecek ajanın adresi</translation>
    </message>
    <message>
        <source>host:port of a new agent (default port %1)</source>
        <translation>Yeni bir ajanın host:port adresi (varsayılan port %1)</translation>
    </message>
    <message>
        <source>Connect and enroll</source>
        <translation>Bağlan ve kaydet</translation>
    </message>
    <message>
        <source>Connect to the agent and show its fingerprint</source>
        <translation>Ajana bağlan ve parmak izini göster</translation>
    </message>
    <message>
        <source>Pin this fingerprint</source>
        <translation>Bu parmak izini sabitle</translation>
    </message>
    <message>
        <source>The fingerprint matches the agent&apos;s: pin it</source>
        <translation>Parmak izi ajanınkiyle eşleşiyor: sabitle</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Do not pin this agent</source>
        <translation>Bu ajanı sabitleme</translation>
    </message>
    <message>
        <source>Agents of the school</source>
        <translation>Okulun ajanları</translation>
    </message>
    <message>
        <source>Result of the configuration push per agent</source>
        <translation>Ajan başına yapılandırma gönderiminin sonucu</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Anahtarlar</translation>
    </message>
    <message>
        <source>New teacher key…</source>
        <translation>Yeni öğretmen anahtarı…</translation>
    </message>
    <message>
        <source>Create a teacher key</source>
        <translation>Bir öğretmen anahtarı oluştur</translation>
    </message>
    <message>
        <source>New admin key…</source>
        <translation>Yeni yönetici anahtarı…</translation>
    </message>
    <message>
        <source>Create an admin key</source>
        <translation>Bir yönetici anahtarı oluştur</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>İptal et</translation>
    </message>
    <message>
        <source>Revoke the selected key</source>
        <translation>Seçili anahtarı iptal et</translation>
    </message>
    <message>
        <source>Export installer bundle…</source>
        <translation>Yükleyici paketini dışa aktar…</translation>
    </message>
    <message>
        <source>Write the provisioning files for the installer</source>
        <translation>Yükleyici için hazırlama dosyalarını yaz</translation>
    </message>
    <message>
        <source>For the installer: one provision.json per room that trusts the active keys.</source>
        <translation>Yükleyici için: her oda için etkin anahtarlara güvenen bir provision.json.</translation>
    </message>
    <message>
        <source>Keys of the school</source>
        <translation>Okulun anahtarları</translation>
    </message>
    <message>
        <source>none — choose the admin key to see the agents&apos; state and to push</source>
        <translation>yok — ajanların durumunu görmek ve yapılandırma göndermek için yönetici anahtarını seçin</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Kayıtlı değil</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrol ediliyor…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>hiçbir zaman</translation>
    </message>
    <message>
        <source>version %1 (%2)</source>
        <translation>sürüm %1 (%2)</translation>
    </message>
    <message>
        <source>not pushed</source>
        <translation>gönderilmedi</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No agents yet: mark the room PCs that run tafel-agent in Rooms &amp; devices (protocol &quot;agent&quot;).</source>
        <translation>Henüz ajan yok: tafel-agent çalıştıran oda bilgisayarlarını Odalar ve cihazlar bölümünde işaretleyin (protokol &quot;agent&quot;).</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Yönetici</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Öğretmen</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>İptal edildi: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Etkin</translation>
    </message>
    <message>
        <source>The admin key %1 cannot be read: %2</source>
        <translation>%1 yönetici anahtarı okunamıyor: %2</translation>
    </message>
    <message>
        <source>Unknown (no admin key)</source>
        <translation>Bilinmiyor (yönetici anahtarı yok)</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Çevrimiçi</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Ulaşılamıyor</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not host or host:port: %2</source>
        <translation>&apos;%1&apos;, host veya host:port biçiminde değil: %2</translation>
    </message>
    <message>
        <source>%1 presents the fingerprint
%2
Compare it with the agent&apos;s log (&apos;certificate fingerprint …&apos;) before pinning.</source>
        <translation>%1 şu parmak izini sunuyor:
%2
Sabitlemeden önce bunu ajanın günlüğündeki değerle (&apos;certificate fingerprint …&apos;) karşılaştırın.</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>%1 ile bağlantı kurulamadı: %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 ile bağlantı kuruluyor…</translation>
    </message>
    <message>
        <source>Connect to an agent first.</source>
        <translation>Önce bir ajana bağlanın.</translation>
    </message>
    <message>
        <source>%1 is pinned.</source>
        <translation>%1 sabitlendi.</translation>
    </message>
    <message>
        <source>%1 is not enrolled.</source>
        <translation>%1 kayıtlı değil.</translation>
    </message>
    <message>
        <source>%1 is no longer pinned; enroll it again to reach it.</source>
        <translation>%1 artık sabitlenmiş değil; ona ulaşmak için yeniden kaydedin.</translation>
    </message>
    <message>
        <source>Key %1 created: %2 (keep it secret). Push the configuration so the agents accept it.</source>
        <translation>%1 anahtarı oluşturuldu: %2 (gizli tutun). Ajanların anahtarı kabul etmesi için yapılandırmayı gönderin.</translation>
    </message>
    <message>
        <source>Key %1 (%2) is revoked. Push the configuration: the agents refuse it after the push.</source>
        <translation>%1 (%2) anahtarı iptal edildi. Yapılandırmayı gönderin: ajanlar gönderimden sonra bu anahtarı reddeder.</translation>
    </message>
    <message numerus="yes">
        <source>%n installer file(s) written to %1.</source>
        <translation>
            <numerusform>%n yükleyici dosyası %1 konumuna yazıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>A configuration push is still running.</source>
        <translation>Bir yapılandırma gönderimi hâlâ sürüyor.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>✓ %1: version %2, unchanged</source>
        <translation>✓ %1: sürüm %2, değişmedi</translation>
    </message>
    <message>
        <source>✓ %1: version %2 applied (was %3)</source>
        <translation>✓ %1: sürüm %2 uygulandı (önceki: %3)</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Configuration pushed; %n agent(s) failed (see the list).</source>
        <translation>
            <numerusform>Yapılandırma gönderildi; %n ajanda hata oluştu (listeye bakın).</numerusform>
        </translation>
    </message>
    <message>
        <source>Configuration pushed to every agent.</source>
        <translation>Yapılandırma tüm ajanlara gönderildi.</translation>
    </message>
    <message>
        <source>all rooms</source>
        <translation>tüm odalar</translation>
    </message>
    <message>
        <source>Pushing configuration version %1…</source>
        <translation>Yapılandırma sürümü %1 gönderiliyor…</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Yeni anahtar</translation>
    </message>
    <message>
        <source>Who or which PC uses this key (e.g. &quot;Frau Demir&quot;):</source>
        <translation>Bu anahtarı kim veya hangi PC kullanıyor (ör. &quot;Frau Demir&quot;):</translation>
    </message>
    <message>
        <source>Save the private key</source>
        <translation>Özel anahtarı kaydet</translation>
    </message>
    <message>
        <source>Select the key to revoke.</source>
        <translation>İptal edilecek anahtarı seçin.</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Anahtarı iptal et</translation>
    </message>
    <message>
        <source>Revoke key %1? The agents refuse it after the next configuration push. This cannot be undone.</source>
        <translation>%1 anahtarı iptal edilsin mi? Ajanlar bir sonraki yapılandırma gönderiminden sonra bu anahtarı reddeder. Bu işlem geri alınamaz.</translation>
    </message>
    <message>
        <source>Installer bundle</source>
        <translation>Yükleyici paketi</translation>
    </message>
    <message>
        <source>School id (e.g. de-by-09162-gs-nord):</source>
        <translation>Okul kimliği (ör. de-by-09162-gs-nord):</translation>
    </message>
    <message>
        <source>Folder for the installer files</source>
        <translation>Yükleyici dosyaları için klasör</translation>
    </message>
    <message>
        <source>Select the agent to unpin.</source>
        <translation>Sabitlemesi kaldırılacak ajanı seçin.</translation>
    </message>
    <message>
        <source>Unpin agent</source>
        <translation>Ajanın sabitlemesini kaldır</translation>
    </message>
    <message>
        <source>Forget the pinned certificate of %1? Tafel cannot reach it until it is enrolled again.</source>
        <translation>%1 için sabitlenmiş sertifika unutulsun mu? Ajan yeniden kaydedilene kadar Tafel ona ulaşamaz.</translation>
    </message>
</context>
<context>
    <name>tafel::gui::AuditModel</name>
    <message>
        <source>When</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Nesne</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Değişiklik</translation>
    </message>
</context>
<context>
    <name>tafel::gui::AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Denetim kaydı</translation>
    </message>
    <message>
        <source>Every change to rooms, devices, keys, schedules and settings, newest first.</source>
        <translation>Odalarda, cihazlarda, anahtarlarda, zamanlamalarda ve ayarlarda yapılan her değişiklik; en yenisi en üstte.</translation>
    </message>
    <message>
        <source>Search entries…</source>
        <translation>Girdilerde ara…</translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation>Denetim kaydında ara</translation>
    </message>
    <message>
        <source>Only this kind of change</source>
        <translation>Yalnızca bu tür değişiklikler</translation>
    </message>
    <message>
        <source>Only changes by</source>
        <translation>Yalnızca şu kişinin değişiklikleri</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zaman aralığı</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Tüm zamanlar</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Son 24 saat</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Son 7 gün</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Son 30 gün</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>Başlangıç … bitiş …</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV olarak dışa aktar…</translation>
    </message>
    <message>
        <source>Save the entries shown as a CSV file</source>
        <translation>Gösterilen girdileri CSV dosyası olarak kaydeder</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON olarak dışa aktar…</translation>
    </message>
    <message>
        <source>Save the entries shown as a JSON file</source>
        <translation>Gösterilen girdileri JSON dosyası olarak kaydeder</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Tüm değişiklikler</translation>
    </message>
    <message>
        <source>%1 (all)</source>
        <translation>%1 (tümü)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Herkes</translation>
    </message>
    <message>
        <source>%1 of %2 entries shown</source>
        <translation>%2 girdiden %1 tanesi gösteriliyor</translation>
    </message>
    <message numerus="yes">
        <source>%n entries saved to %1.</source>
        <translation>
            <numerusform>%n girdi %1 dosyasına kaydedildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 kaydedilemedi: %2</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Denetim kaydını dışa aktar</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON dosyaları (*.json)</translation>
    </message>
</context>
<context>
    <name>tafel::gui::DeviceModel</name>
    <message>
        <source>Yes</source>
        <translation>Evet</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Cihaz</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Oda</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokol</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Ajan</translation>
    </message>
</context>
<context>
    <name>tafel::gui::DiscoveryDialog</name>
    <message>
        <source>PJLink projector/display</source>
        <translation>PJLink projeksiyon cihazı/ekran</translation>
    </message>
    <message>
        <source>Samsung MDC display</source>
        <translation>Samsung MDC ekranı</translation>
    </message>
    <message>
        <source>Tafel agent</source>
        <translation>Tafel ajanı</translation>
    </message>
    <message>
        <source>Find devices</source>
        <translation>Cihazları bul</translation>
    </message>
    <message>
        <source>Searches the network for projectors and displays (PJLink search, PJLink port 4352, Samsung MDC port 1515) and Tafel agents (port 4450). Tick what to add and pick the room.</source>
        <translation>Ağda projeksiyon cihazlarını ve ekranları (PJLink araması, PJLink portu 4352, Samsung MDC portu 1515) ve Tafel ajanlarını (port 4450) arar. Eklenecekleri işaretleyin ve odayı seçin.</translation>
    </message>
    <message>
        <source>Subnet:</source>
        <translation>Alt ağ:</translation>
    </message>
    <message>
        <source>Subnet to search, for example 192.168.20.0/24</source>
        <translation>Aranacak alt ağ, örneğin 192.168.20.0/24</translation>
    </message>
    <message>
        <source>e.g. 192.168.20.0/24</source>
        <translation>ör. 192.168.20.0/24</translation>
    </message>
    <message>
        <source>This PC&apos;s network: %1</source>
        <translation>Bu PC&apos;nin ağı: %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Ara</translation>
    </message>
    <message>
        <source>Not searched yet.</source>
        <translation>Henüz arama yapılmadı.</translation>
    </message>
    <message>
        <source>Devices found</source>
        <translation>Bulunan cihazlar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>What answered</source>
        <translation>Yanıt veren</translation>
    </message>
    <message>
        <source>Name / class</source>
        <translation>Ad / sınıf</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>In inventory</source>
        <translation>Envanterde</translation>
    </message>
    <message>
        <source>Add to room:</source>
        <translation>Eklenecek oda:</translation>
    </message>
    <message>
        <source>Room for the new devices</source>
        <translation>Yeni cihazların odası</translation>
    </message>
    <message>
        <source>Add ticked devices</source>
        <translation>İşaretli cihazları ekle</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message numerus="yes">
        <source>Searching… %n device(s) answered so far.</source>
        <translation>
            <numerusform>Aranıyor… Şu ana kadar %n cihaz yanıt verdi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing answered. Check the subnet and that the devices are switched on and on the network.</source>
        <translation>Hiçbir cihaz yanıt vermedi. Alt ağı ve cihazların açık ve ağa bağlı olup olmadığını kontrol edin.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) answered, %1 of them already in the inventory.</source>
        <translation>
            <numerusform>%n cihaz yanıt verdi, bunların %1 tanesi zaten envanterde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Yeniden ara</translation>
    </message>
    <message>
        <source>Sending the PJLink search…</source>
        <translation>PJLink araması gönderiliyor…</translation>
    </message>
    <message>
        <source>Searching %1…</source>
        <translation>%1 aranıyor…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Durdur</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ekle: %1</translation>
    </message>
    <message>
        <source> (answered the search)</source>
        <translation> (aramaya yanıt verdi)</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>sınıf %1</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Evet: %1</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hayır</translation>
    </message>
    <message numerus="yes">
        <source>Add %n device(s)</source>
        <translation>
            <numerusform>%n cihaz ekle</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick the room first (add rooms under Rooms &amp; devices).</source>
        <translation>Önce odayı seçin (odaları Odalar ve cihazlar altında ekleyin).</translation>
    </message>
    <message>
        <source>Nothing was added: %1</source>
        <translation>Hiçbir şey eklenmedi: %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n device(s) to %1.</source>
        <translation>
            <numerusform>%1 odasına %n cihaz eklendi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tafel::gui::DisplayController</name>
    <message>
        <source>Computer %1</source>
        <translation>Bilgisayar %1</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation>Video %1</translation>
    </message>
    <message>
        <source>Digital %1</source>
        <translation>Dijital %1</translation>
    </message>
    <message>
        <source>USB / storage %1</source>
        <translation>USB / depolama %1</translation>
    </message>
    <message>
        <source>Network %1</source>
        <translation>Ağ %1</translation>
    </message>
    <message>
        <source>Internal %1</source>
        <translation>Dahili %1</translation>
    </message>
    <message>
        <source>The displays of this room cannot be controlled: %1</source>
        <translation>Bu odanın ekranları kontrol edilemiyor: %1</translation>
    </message>
    <message>
        <source>No control</source>
        <translation>Kontrol yok</translation>
    </message>
    <message>
        <source>This display has no control protocol set in the inventory.</source>
        <translation>Bu ekran için envanterde kontrol protokolü ayarlanmamış.</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Yanlış parola</translation>
    </message>
    <message>
        <source>%1 refuses the stored password. An admin can enter the right one under Admin → Rooms &amp; devices. (%2)</source>
        <translation>%1 kayıtlı parolayı reddediyor. Bir yönetici doğru parolayı Yönetici → Odalar ve cihazlar altında girebilir. (%2)</translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation>Ulaşılamıyor</translation>
    </message>
    <message>
        <source>%1 is not answering — is it plugged in and switched on at the wall? (%2)</source>
        <translation>%1 yanıt vermiyor — fişe takılı ve duvardan açık mı? (%2)</translation>
    </message>
    <message>
        <source>State unknown</source>
        <translation>Durum bilinmiyor</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrol ediliyor…</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Kapalı</translation>
    </message>
    <message>
        <source>Warming up… %1 %</source>
        <translation>Isınıyor… %1 %</translation>
    </message>
    <message>
        <source>Cooling down… %1 %</source>
        <translation>Soğuyor… %1 %</translation>
    </message>
    <message>
        <source>Screen dark</source>
        <translation>Ekran karanlık</translation>
    </message>
    <message>
        <source>Picture blanked</source>
        <translation>Görüntü karartıldı</translation>
    </message>
    <message>
        <source>Sound muted</source>
        <translation>Ses kapatıldı</translation>
    </message>
    <message>
        <source>Picture frozen</source>
        <translation>Görüntü donduruldu</translation>
    </message>
    <message>
        <source>Volume %1</source>
        <translation>Ses düzeyi %1</translation>
    </message>
    <message>
        <source>⚠ Clean the filter</source>
        <translation>⚠ Filtreyi temizleyin</translation>
    </message>
    <message>
        <source>⚠ Lamp is old — order a new one</source>
        <translation>⚠ Lamba eskidi — yenisini sipariş edin</translation>
    </message>
    <message>
        <source>⚠ Lamp failure — replace the lamp</source>
        <translation>⚠ Lamba arızası — lambayı değiştirin</translation>
    </message>
    <message>
        <source>⚠ Too hot — keep the vents free</source>
        <translation>⚠ Çok sıcak — havalandırma deliklerini açık tutun</translation>
    </message>
    <message>
        <source>⚠ Fan fault</source>
        <translation>⚠ Fan arızası</translation>
    </message>
    <message>
        <source>⚠ Cover open</source>
        <translation>⚠ Kapak açık</translation>
    </message>
    <message>
        <source>⚠ The display reports a fault</source>
        <translation>⚠ Ekran bir arıza bildiriyor</translation>
    </message>
    <message>
        <source>Switch the display on first.</source>
        <translation>Önce ekranı açın.</translation>
    </message>
    <message>
        <source>Samsung displays (MDC) have no freeze.</source>
        <translation>Samsung ekranlarında (MDC) dondurma yok.</translation>
    </message>
    <message>
        <source>This display (PJLink Class 1) has no freeze.</source>
        <translation>Bu ekranda (PJLink Class 1) dondurma yok.</translation>
    </message>
    <message>
        <source>This display (PJLink Class 1) has no volume control.</source>
        <translation>Bu ekranda (PJLink Class 1) ses düzeyi kontrolü yok.</translation>
    </message>
    <message>
        <source>Switching on…</source>
        <translation>Açılıyor…</translation>
    </message>
    <message>
        <source>Switching off…</source>
        <translation>Kapatılıyor…</translation>
    </message>
    <message>
        <source>All on: %1 of %2 displays did not switch on: %3</source>
        <translation>Tümünü aç: %2 ekrandan %1 tanesi açılmadı: %3</translation>
    </message>
    <message>
        <source>All off: %1 of %2 displays did not switch off: %3</source>
        <translation>Tümünü kapat: %2 ekrandan %1 tanesi kapanmadı: %3</translation>
    </message>
    <message>
        <source>Switching input…</source>
        <translation>Kaynak değiştiriliyor…</translation>
    </message>
    <message>
        <source>Blanking the picture…</source>
        <translation>Görüntü karartılıyor…</translation>
    </message>
    <message>
        <source>Showing the picture…</source>
        <translation>Görüntü gösteriliyor…</translation>
    </message>
    <message>
        <source>Muting…</source>
        <translation>Ses kapatılıyor…</translation>
    </message>
    <message>
        <source>Sound on…</source>
        <translation>Ses açılıyor…</translation>
    </message>
    <message>
        <source>Freezing…</source>
        <translation>Donduruluyor…</translation>
    </message>
    <message>
        <source>Unfreezing…</source>
        <translation>Çözülüyor…</translation>
    </message>
    <message>
        <source>Louder…</source>
        <translation>Ses artırılıyor…</translation>
    </message>
    <message>
        <source>Quieter…</source>
        <translation>Ses azaltılıyor…</translation>
    </message>
</context>
<context>
    <name>tafel::gui::DisplayTile</name>
    <message>
        <source>On</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Switch on %1</source>
        <translation>%1 ekranını açın</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Kapalı</translation>
    </message>
    <message>
        <source>Switch off %1</source>
        <translation>%1 ekranını kapatın</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Choose the input of %1</source>
        <translation>%1 ekranının kaynağını seçin</translation>
    </message>
    <message>
        <source>State unknown</source>
        <translation>Durum bilinmiyor</translation>
    </message>
    <message>
        <source>Display control is not available yet</source>
        <translation>Ekran kontrolü henüz kullanılamıyor</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Karart</translation>
    </message>
    <message>
        <source>Blank the picture of %1</source>
        <translation>%1 görüntüsünü karart</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Sessiz</translation>
    </message>
    <message>
        <source>Mute the sound of %1</source>
        <translation>%1 sesini kapat</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Dondur</translation>
    </message>
    <message>
        <source>Freeze the picture of %1</source>
        <translation>%1 görüntüsünü dondur</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Sesi azalt</translation>
    </message>
    <message>
        <source>Volume down on %1</source>
        <translation>%1 ses düzeyini azalt</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Sesi artır</translation>
    </message>
    <message>
        <source>Volume up on %1</source>
        <translation>%1 ses düzeyini artır</translation>
    </message>
    <message>
        <source>Input: %1</source>
        <translation>Kaynak: %1</translation>
    </message>
</context>
<context>
    <name>tafel::gui::HealthPanel</name>
    <message>
        <source>Network</source>
        <translation>Ağ</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 sa</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 gün</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 gün</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 göster</translation>
    </message>
</context>
<context>
    <name>tafel::gui::HealthStrip</name>
    <message>
        <source>Devices:</source>
        <translation>Cihazlar:</translation>
    </message>
    <message>
        <source>Last measurement: none yet</source>
        <translation>Son ölçüm: henüz yok</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>henüz ölçülmedi</translation>
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
        <translation>Ağ geçmişi grafiği</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <source>No measurements in this period yet.</source>
        <translation>Bu dönemde henüz ölçüm yok.</translation>
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
        <translation>— medyan gecikme   ▒ yayılım (min–maks, medyan–p90)   ▮ indirme / yükleme   ▮ kayıp</translation>
    </message>
</context>
<context>
    <name>tafel::gui::InputPicker</name>
    <message>
        <source>Inputs of %1</source>
        <translation>%1 kaynakları</translation>
    </message>
    <message>
        <source>Input for %1</source>
        <translation>%1 için kaynak</translation>
    </message>
    <message>
        <source>The display is off: it is switched on first.</source>
        <translation>Ekran kapalı: önce açılacak.</translation>
    </message>
    <message>
        <source>Switch %1 to %2</source>
        <translation>%1 ekranını %2 kaynağına geçir</translation>
    </message>
    <message>
        <source>The display has not told its inputs yet. Try again in a moment.</source>
        <translation>Ekran kaynaklarını henüz bildirmedi. Birazdan tekrar deneyin.</translation>
    </message>
</context>
<context>
    <name>tafel::gui::InventoryPage</name>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Rooms &amp; devices</source>
        <translation>Odalar ve cihazlar</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV&apos;den içe aktar…</translation>
    </message>
    <message>
        <source>Import rooms and devices from a CSV file</source>
        <translation>Odaları ve cihazları bir CSV dosyasından içe aktarır</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV olarak dışa aktar…</translation>
    </message>
    <message>
        <source>Export all rooms and devices as a CSV file</source>
        <translation>Tüm odaları ve cihazları CSV dosyası olarak dışa aktarır</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Düzenle</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Taşı</translation>
    </message>
    <message>
        <source>Move the selected device to another room</source>
        <translation>Seçili cihazı başka bir odaya taşır</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Yes, delete</source>
        <translation>Evet, sil</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Koru</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>Hayır, koru</translation>
    </message>
    <message>
        <source>Room to move the device to</source>
        <translation>Cihazın taşınacağı oda</translation>
    </message>
    <message>
        <source>Move here</source>
        <translation>Buraya taşı</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Odalar</translation>
    </message>
    <message>
        <source>Filter rooms…</source>
        <translation>Odaları filtrele…</translation>
    </message>
    <message>
        <source>Filter rooms</source>
        <translation>Odaları filtrele</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Cihazlar</translation>
    </message>
    <message>
        <source>Filter devices…</source>
        <translation>Cihazları filtrele…</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>Cihazları filtrele</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Hiçbir şey silinmedi.</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Oda adı</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Bina</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Kat</translation>
    </message>
    <message>
        <source>Capacity (seats)</source>
        <translation>Kapasite (oturma yeri)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Oturma yeri</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Oda</translation>
    </message>
    <message>
        <source>Kind of device</source>
        <translation>Cihaz türü</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Cihaz adı</translation>
    </message>
    <message>
        <source>IP address or host name</source>
        <translation>IP adresi veya ana bilgisayar adı</translation>
    </message>
    <message>
        <source>e.g. 192.168.20.14</source>
        <translation>ör. 192.168.20.14</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>default of the protocol</source>
        <translation>protokolün varsayılanı</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC adresi</translation>
    </message>
    <message>
        <source>e.g. 00:11:22:AA:BB:CC (for Wake-on-LAN)</source>
        <translation>ör. 00:11:22:AA:BB:CC (Wake-on-LAN için)</translation>
    </message>
    <message>
        <source>Control protocol</source>
        <translation>Kontrol protokolü</translation>
    </message>
    <message>
        <source>None (reachability only)</source>
        <translation>Yok (yalnızca erişilebilirlik)</translation>
    </message>
    <message>
        <source>PJLink (projectors)</source>
        <translation>PJLink (projeksiyon cihazları)</translation>
    </message>
    <message>
        <source>Samsung MDC (displays)</source>
        <translation>Samsung MDC (ekranlar)</translation>
    </message>
    <message>
        <source>Tafel agent</source>
        <translation>Tafel ajanı</translation>
    </message>
    <message>
        <source>A Tafel agent runs on this device</source>
        <translation>Bu cihazda bir Tafel ajanı çalışıyor</translation>
    </message>
    <message>
        <source>New PJLink password or MDC PIN</source>
        <translation>Yeni PJLink parolası veya MDC PIN&apos;i</translation>
    </message>
    <message>
        <source>leave empty to keep</source>
        <translation>korumak için boş bırakın</translation>
    </message>
    <message>
        <source>Remove stored password</source>
        <translation>Kayıtlı parolayı kaldır</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokol</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Ana bilgisayar</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Password / PIN</source>
        <translation>Parola / PIN</translation>
    </message>
    <message>
        <source>Passwords are stored encrypted and never shown again. Type a new one to replace it.</source>
        <translation>Parolalar şifrelenmiş olarak saklanır ve bir daha gösterilmez. Değiştirmek için yenisini yazın.</translation>
    </message>
    <message>
        <source>Import from CSV: check before anything is written</source>
        <translation>CSV&apos;den içe aktarma: bir şey yazılmadan önce kontrol edin</translation>
    </message>
    <message>
        <source>Cancel the import; nothing is written</source>
        <translation>İçe aktarmayı iptal eder; hiçbir şey yazılmaz</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Uygula</translation>
    </message>
    <message>
        <source>Apply the changes shown</source>
        <translation>Gösterilen değişiklikleri uygular</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Dosya seç…</translation>
    </message>
    <message>
        <source>Create rooms that do not exist yet</source>
        <translation>Henüz var olmayan odaları oluştur</translation>
    </message>
    <message>
        <source>Skip the lines with errors, import the rest</source>
        <translation>Hatalı satırları atla, geri kalanını içe aktar</translation>
    </message>
    <message>
        <source>Changes the import would make</source>
        <translation>İçe aktarmanın yapacağı değişiklikler</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Satır</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Değişiklik</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Ayrıntılar</translation>
    </message>
    <message>
        <source>Lines with errors</source>
        <translation>Hatalı satırlar</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Sorun</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>İçe aktarma iptal edildi; hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <source>Devices: %1</source>
        <translation>Cihazlar: %1</translation>
    </message>
    <message>
        <source>Rooms: %1</source>
        <translation>Odalar: %1</translation>
    </message>
    <message>
        <source>Rooms (%1)</source>
        <translation>Odalar (%1)</translation>
    </message>
    <message>
        <source>Devices (%1)</source>
        <translation>Cihazlar (%1)</translation>
    </message>
    <message>
        <source>Some data could not be read. %1</source>
        <translation>Bazı veriler okunamadı. %1</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Yeni oda</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>Yeni cihaz</translation>
    </message>
    <message>
        <source>Add a room</source>
        <translation>Oda ekler</translation>
    </message>
    <message>
        <source>Add a device</source>
        <translation>Cihaz ekler</translation>
    </message>
    <message>
        <source>Edit the selected room</source>
        <translation>Seçili odayı düzenler</translation>
    </message>
    <message>
        <source>Edit the selected device</source>
        <translation>Seçili cihazı düzenler</translation>
    </message>
    <message>
        <source>Delete the selected room</source>
        <translation>Seçili odayı siler</translation>
    </message>
    <message>
        <source>Delete the selected device</source>
        <translation>Seçili cihazı siler</translation>
    </message>
    <message>
        <source>Edit room %1</source>
        <translation>%1 odasını düzenle</translation>
    </message>
    <message>
        <source>The room needs a name.</source>
        <translation>Odanın bir adı olmalı.</translation>
    </message>
    <message>
        <source>Room %1 added.</source>
        <translation>%1 odası eklendi.</translation>
    </message>
    <message>
        <source>Room %1 saved.</source>
        <translation>%1 odası kaydedildi.</translation>
    </message>
    <message>
        <source>Password: not set</source>
        <translation>Parola: belirlenmedi</translation>
    </message>
    <message>
        <source>Edit device %1</source>
        <translation>%1 cihazını düzenle</translation>
    </message>
    <message>
        <source>Password: set</source>
        <translation>Parola: belirlendi</translation>
    </message>
    <message>
        <source>Choose the room of the device.</source>
        <translation>Cihazın odasını seçin.</translation>
    </message>
    <message>
        <source>The device needs a name.</source>
        <translation>Cihazın bir adı olmalı.</translation>
    </message>
    <message>
        <source>Device %1 added.</source>
        <translation>%1 cihazı eklendi.</translation>
    </message>
    <message>
        <source>Device %1 saved.</source>
        <translation>%1 cihazı kaydedildi.</translation>
    </message>
    <message>
        <source>Delete room %1? It has no devices.</source>
        <translation>%1 odası silinsin mi? Odada hiç cihaz yok.</translation>
    </message>
    <message numerus="yes">
        <source>Delete room %1 and its %n device(s)? They are deleted with it.</source>
        <translation>
            <numerusform>%1 odası ve içindeki %n cihaz silinsin mi? Cihazlar odayla birlikte silinir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete device %1 from room %2?</source>
        <translation>%1 cihazı %2 odasından silinsin mi?</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Silinmedi: %1</translation>
    </message>
    <message numerus="yes">
        <source>Room deleted with %n device(s).</source>
        <translation>
            <numerusform>Oda, %n cihazla birlikte silindi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Device deleted.</source>
        <translation>Cihaz silindi.</translation>
    </message>
    <message>
        <source>Move %1 to:</source>
        <translation>%1 cihazını şuraya taşı:</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>%1 odasına taşındı.</translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation>Taşınmadı: %1</translation>
    </message>
    <message>
        <source>Import rooms and devices</source>
        <translation>Odaları ve cihazları içe aktar</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV dosyaları (*.csv *.txt);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Dosya: %1</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Dosya okunamıyor: %1</translation>
    </message>
    <message>
        <source>The file is too large for an inventory file.</source>
        <translation>Dosya, bir envanter dosyası için çok büyük.</translation>
    </message>
    <message>
        <source>This file cannot be imported. Nothing will be written.</source>
        <translation>Bu dosya içe aktarılamaz. Hiçbir şey yazılmayacak.</translation>
    </message>
    <message>
        <source>%1 lines read. Rooms: %2 new, %3 changed, %4 unchanged. Devices: %5 new, %6 changed, %7 unchanged.</source>
        <translation>%1 satır okundu. Odalar: %2 yeni, %3 değişen, %4 değişmeyen. Cihazlar: %5 yeni, %6 değişen, %7 değişmeyen.</translation>
    </message>
    <message>
        <source>%1 seats</source>
        <translation>%1 oturma yeri</translation>
    </message>
    <message>
        <source>building %1 → %2</source>
        <translation>bina %1 → %2</translation>
    </message>
    <message>
        <source>floor %1 → %2</source>
        <translation>kat %1 → %2</translation>
    </message>
    <message>
        <source>seats %1 → %2</source>
        <translation>oturma yeri %1 → %2</translation>
    </message>
    <message>
        <source>Room changed</source>
        <translation>Oda değişti</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 (%2 odasında)</translation>
    </message>
    <message>
        <source>room %1 → %2</source>
        <translation>oda %1 → %2</translation>
    </message>
    <message>
        <source>name %1 → %2</source>
        <translation>ad %1 → %2</translation>
    </message>
    <message>
        <source>kind %1 → %2</source>
        <translation>tür %1 → %2</translation>
    </message>
    <message>
        <source>address %1 → %2</source>
        <translation>adres %1 → %2</translation>
    </message>
    <message>
        <source>MAC %1 → %2</source>
        <translation>MAC %1 → %2</translation>
    </message>
    <message>
        <source>protocol %1 → %2</source>
        <translation>protokol %1 → %2</translation>
    </message>
    <message>
        <source>agent: now yes</source>
        <translation>ajan: artık evet</translation>
    </message>
    <message>
        <source>agent: now no</source>
        <translation>ajan: artık hayır</translation>
    </message>
    <message>
        <source>Device moved</source>
        <translation>Cihaz taşındı</translation>
    </message>
    <message>
        <source>Device changed</source>
        <translation>Cihaz değişti</translation>
    </message>
    <message>
        <source>file</source>
        <translation>dosya</translation>
    </message>
    <message>
        <source>No errors.</source>
        <translation>Hata yok.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with errors. Fix them in the file and choose it again, or skip them.</source>
        <translation>
            <numerusform>%n hatalı satır var. Bunları dosyada düzeltip dosyayı yeniden seçin ya da atlayın.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the errors or choose to skip the bad lines.</source>
        <translation>Hataları düzeltin veya hatalı satırları atlamayı seçin.</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Hiçbir şey yazılmadı: %1</translation>
    </message>
    <message>
        <source>Imported. Rooms: %1 new, %2 changed. Devices: %3 new, %4 changed.</source>
        <translation>İçe aktarıldı. Odalar: %1 yeni, %2 değişen. Cihazlar: %3 yeni, %4 değişen.</translation>
    </message>
    <message>
        <source>Export rooms and devices</source>
        <translation>Odaları ve cihazları dışa aktar</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Dışa aktarılmadı: %1</translation>
    </message>
    <message>
        <source>Exported %1 rooms and %2 devices to %3 (passwords are never exported).</source>
        <translation>%1 oda ve %2 cihaz %3 dosyasına aktarıldı (parolalar asla dışa aktarılmaz).</translation>
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
        <translation>“%1” adında bir oda yok. Bunun yerine %2 gösteriliyor.</translation>
    </message>
    <message>
        <source>The admin view was locked because nobody used it for a while.</source>
        <translation>Yönetici görünümü bir süre kullanılmadığı için kilitlendi.</translation>
    </message>
    <message>
        <source>The schedules could not be loaded: %1</source>
        <translation>Zamanlamalar yüklenemedi: %1</translation>
    </message>
    <message>
        <source>Schedule “%1”: %2 of %3 displays did not respond.</source>
        <translation>“%1” zamanlaması: %3 ekrandan %2 tanesi yanıt vermedi.</translation>
    </message>
    <message>
        <source>Schedule “%1” ran.</source>
        <translation>“%1” zamanlaması çalıştı.</translation>
    </message>
</context>
<context>
    <name>tafel::gui::MaterialSend</name>
    <message>
        <source>“%1” could not be read or copied.</source>
        <translation>“%1” okunamadı veya kopyalanamadı.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>%1 klasörü oluşturulamadı.</translation>
    </message>
    <message>
        <source>Two of the dropped items are called “%1”. Rename one and try again.</source>
        <translation>Bırakılan öğelerden ikisinin adı “%1”. Birini yeniden adlandırıp tekrar deneyin.</translation>
    </message>
    <message>
        <source>“%1” is a link; links cannot be sent. Send the file it points to instead.</source>
        <translation>“%1” bir bağlantı; bağlantılar gönderilemez. Bunun yerine bağlantının işaret ettiği dosyayı gönderin.</translation>
    </message>
    <message>
        <source>“%1” is not an ordinary file and cannot be sent.</source>
        <translation>“%1” sıradan bir dosya değil ve gönderilemez.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ve %n tane daha</numerusform>
        </translation>
    </message>
    <message>
        <source>Material is still being sent. Wait until it is done or cancel it.</source>
        <translation>Ders materyali hâlâ gönderiliyor. Bitmesini bekleyin veya gönderimi iptal edin.</translation>
    </message>
    <message>
        <source>“%1” does not exist (any more).</source>
        <translation>“%1” (artık) mevcut değil.</translation>
    </message>
    <message>
        <source>“%1” is not a file or folder.</source>
        <translation>“%1” bir dosya veya klasör değil.</translation>
    </message>
    <message>
        <source>Nothing to send: drop files or folders, or choose them.</source>
        <translation>Gönderilecek bir şey yok: dosya veya klasörleri buraya bırakın ya da seçin.</translation>
    </message>
    <message>
        <source>There is no computer with the Tafel agent in this room to send to.</source>
        <translation>Bu odada gönderim yapılabilecek, Tafel ajanı olan bir bilgisayar yok.</translation>
    </message>
    <message>
        <source>This PC has no teacher key for the room&apos;s agents yet. An admin sets it under Admin → Agents &amp; keys.</source>
        <translation>Bu PC&apos;de odanın ajanları için henüz öğretmen anahtarı yok. Bir yönetici bunu Yönetici → Ajanlar ve anahtarlar altında ayarlar.</translation>
    </message>
    <message>
        <source>The teacher key %1 cannot be read: %2</source>
        <translation>%1 öğretmen anahtarı okunamıyor: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
    <message>
        <source>Cancelled while preparing; nothing was sent.</source>
        <translation>Hazırlanırken iptal edildi; hiçbir şey gönderilmedi.</translation>
    </message>
    <message>
        <source>The material could not be prepared: %1</source>
        <translation>Ders materyali hazırlanamadı: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>İptal edildi</translation>
    </message>
    <message>
        <source>Not sent: the material could not be prepared.</source>
        <translation>Gönderilmedi: ders materyali hazırlanamadı.</translation>
    </message>
    <message>
        <source>This computer is not in the room any more.</source>
        <translation>Bu bilgisayar artık odada değil.</translation>
    </message>
    <message>
        <source>Not enrolled on this PC. An admin runs: tafelctl agent enroll %1</source>
        <translation>Bu PC&apos;de kayıtlı değil. Bir yönetici şunu çalıştırır: tafelctl agent enroll %1</translation>
    </message>
    <message>
        <source>Not verified.</source>
        <translation>Doğrulanmadı.</translation>
    </message>
    <message>
        <source>Not reachable. Is the computer switched on and connected? (%1)</source>
        <translation>Ulaşılamıyor. Bilgisayar açık ve ağa bağlı mı? (%1)</translation>
    </message>
    <message>
        <source>The computer could not store it, perhaps its disk is full. (%1)</source>
        <translation>Bilgisayar bunu depolayamadı; diski dolu olabilir. (%1)</translation>
    </message>
    <message>
        <source>The computer refused it: %1</source>
        <translation>Bilgisayar reddetti: %1</translation>
    </message>
    <message>
        <source>No answer about this computer.</source>
        <translation>Bu bilgisayar hakkında yanıt yok.</translation>
    </message>
</context>
<context>
    <name>tafel::gui::MessageDialog</name>
    <message>
        <source>Message to the room</source>
        <translation>Odaya mesaj</translation>
    </message>
    <message>
        <source>What should the room read?</source>
        <translation>Oda ne okusun?</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Mesaj metni</translation>
    </message>
    <message>
        <source>e.g. Please sit down, we start in 2 minutes.</source>
        <translation>ör. Lütfen oturun, 2 dakika içinde başlıyoruz.</translation>
    </message>
    <message>
        <source>Show for</source>
        <translation>Gösterim süresi</translation>
    </message>
    <message>
        <source>How long the message is shown</source>
        <translation>Mesajın ne kadar süre gösterileceği</translation>
    </message>
    <message>
        <source>30 seconds</source>
        <translation>30 saniye</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 dakika</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 dakika</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 dakika</translation>
    </message>
    <message>
        <source>Until hidden</source>
        <translation>Gizlenene kadar</translation>
    </message>
    <message>
        <source>Whole screen</source>
        <translation>Tüm ekran</translation>
    </message>
    <message>
        <source>Strip at the top</source>
        <translation>Üstte şerit</translation>
    </message>
    <message>
        <source>Hide message</source>
        <translation>Mesajı gizle</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Send to the room</source>
        <translation>Odaya gönder</translation>
    </message>
    <message>
        <source>Write the message first.</source>
        <translation>Önce mesajı yazın.</translation>
    </message>
    <message>
        <source>✓ shown</source>
        <translation>✓ gösterildi</translation>
    </message>
    <message>
        <source>✓ hidden</source>
        <translation>✓ gizlendi</translation>
    </message>
    <message>
        <source>There is no PC with the Tafel agent in this room, so there is no screen to show the message on.</source>
        <translation>Bu odada Tafel ajanı olan PC yok, bu yüzden mesajı gösterecek ekran yok.</translation>
    </message>
    <message>
        <source>%1: sending…</source>
        <translation>%1: gönderiliyor…</translation>
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
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Mesajı kapatın</translation>
    </message>
</context>
<context>
    <name>tafel::gui::PasswordChangeForm</name>
    <message>
        <source>Change the admin password</source>
        <translation>Yönetici parolasını değiştirme</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. The change is written to the audit log.</source>
        <translation>
            <numerusform>En az %n karakter. Değişiklik denetim kaydına yazılır.</numerusform>
        </translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Geçerli parola</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Yeni parola</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Yeni parolayı tekrarlayın</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Parolayı değiştir</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters, please.</source>
        <translation>
            <numerusform>Lütfen en az %n karakter girin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter the current password.</source>
        <translation>Lütfen geçerli parolayı girin.</translation>
    </message>
    <message>
        <source>The password could not be changed: %1</source>
        <translation>Parola değiştirilemedi: %1</translation>
    </message>
    <message>
        <source>The admin password was changed.</source>
        <translation>Yönetici parolası değiştirildi.</translation>
    </message>
</context>
<context>
    <name>tafel::gui::ReportsPage</name>
    <message>
        <source>Enter the address, e.g. https://push.city.example:9091</source>
        <translation>Adresi girin, ör. https://push.city.example:9091</translation>
    </message>
    <message>
        <source>Not an http:// or https:// address with a host name.</source>
        <translation>Ana bilgisayar adı içeren bir http:// veya https:// adresi değil.</translation>
    </message>
    <message>
        <source>No user name or password in the address; use the token field.</source>
        <translation>Adreste kullanıcı adı veya parola olmamalı; belirteç alanını kullanın.</translation>
    </message>
    <message>
        <source>No “?” or “#” in the address.</source>
        <translation>Adreste “?” veya “#” olmamalı.</translation>
    </message>
    <message>
        <source>Reports to the city</source>
        <translation>Belediyeye raporlar</translation>
    </message>
    <message>
        <source>The room agents send health reports (devices, broadband, displays) to the city&apos;s monitoring. Reports wait in each agent&apos;s outbox until the city&apos;s server has taken them.</source>
        <translation>Oda ajanları sağlık raporlarını (cihazlar, geniş bant, ekranlar) belediyenin izleme sistemine gönderir. Raporlar, belediyenin sunucusu onları alana kadar her ajanın giden kutusunda bekler.</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Ajanlar</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Yenile</translation>
    </message>
    <message>
        <source>Ask every agent for its reporting state again</source>
        <translation>Her ajana raporlama durumunu yeniden sorar</translation>
    </message>
    <message>
        <source>Agents and their reporting state</source>
        <translation>Ajanlar ve raporlama durumları</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Oda</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Ajan</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Raporlama</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Giden kutusu</translation>
    </message>
    <message>
        <source>Sinks</source>
        <translation>Hedefler</translation>
    </message>
    <message>
        <source>Select an agent to see and change its reporting settings.</source>
        <translation>Raporlama ayarlarını görmek ve değiştirmek için bir ajan seçin.</translation>
    </message>
    <message>
        <source>School id for the reports</source>
        <translation>Raporlar için okul kimliği</translation>
    </message>
    <message>
        <source>e.g. gs-nord</source>
        <translation>ör. gs-nord</translation>
    </message>
    <message>
        <source>School id</source>
        <translation>Okul kimliği</translation>
    </message>
    <message>
        <source>Room id for the reports</source>
        <translation>Raporlar için oda kimliği</translation>
    </message>
    <message>
        <source>empty: the agent&apos;s room</source>
        <translation>boş: ajanın odası</translation>
    </message>
    <message>
        <source>Room id</source>
        <translation>Oda kimliği</translation>
    </message>
    <message>
        <source>Seconds between two reports</source>
        <translation>İki rapor arasındaki saniye</translation>
    </message>
    <message>
        <source> s</source>
        <translation> sn</translation>
    </message>
    <message>
        <source>One report every</source>
        <translation>Rapor aralığı</translation>
    </message>
    <message>
        <source>Reports kept while the city&apos;s server cannot be reached</source>
        <translation>Belediyenin sunucusuna ulaşılamadığı sürece saklanan raporlar</translation>
    </message>
    <message>
        <source>Keep at most (reports)</source>
        <translation>En fazla saklanacak (rapor)</translation>
    </message>
    <message>
        <source>This agent also reports the whole school</source>
        <translation>Bu ajan tüm okulu da raporlar</translation>
    </message>
    <message>
        <source>File on the agent listing the school&apos;s agents</source>
        <translation>Ajanda, okulun ajanlarını listeleyen dosya</translation>
    </message>
    <message>
        <source>e.g. /etc/tafel/school-agents (HOST:PORT FINGERPRINT per line)</source>
        <translation>ör. /etc/tafel/school-agents (her satırda HOST:PORT FINGERPRINT)</translation>
    </message>
    <message>
        <source>School&apos;s agents (file on the agent)</source>
        <translation>Okulun ajanları (ajandaki dosya)</translation>
    </message>
    <message>
        <source>Key file on the agent to ask the school&apos;s agents</source>
        <translation>Okulun ajanlarını sorgulamak için ajandaki anahtar dosyası</translation>
    </message>
    <message>
        <source>a key the agents trust (teacher is enough)</source>
        <translation>ajanların güvendiği bir anahtar (öğretmen anahtarı yeterli)</translation>
    </message>
    <message>
        <source>Key to ask them (file on the agent)</source>
        <translation>Sorgulama anahtarı (ajandaki dosya)</translation>
    </message>
    <message>
        <source>Where the reports go</source>
        <translation>Raporların gideceği yer</translation>
    </message>
    <message>
        <source>Add a destination</source>
        <translation>Hedef ekle</translation>
    </message>
    <message>
        <source>Save on the agent</source>
        <translation>Ajana kaydet</translation>
    </message>
    <message>
        <source>The rooms could not be read: %1</source>
        <translation>Odalar okunamadı: %1</translation>
    </message>
    <message>
        <source>%1: switched off</source>
        <translation>%1: kapalı</translation>
    </message>
    <message>
        <source>%1: ✓ last sent %2</source>
        <translation>%1: ✓ son gönderim %2</translation>
    </message>
    <message>
        <source>%1: nothing sent yet</source>
        <translation>%1: henüz bir şey gönderilmedi</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Soruluyor…</translation>
    </message>
    <message>
        <source>Needs the admin key</source>
        <translation>Yönetici anahtarı gerekli</translation>
    </message>
    <message>
        <source>Agent too old</source>
        <translation>Ajan çok eski</translation>
    </message>
    <message>
        <source>Agent unreachable</source>
        <translation>Ajana ulaşılamıyor</translation>
    </message>
    <message>
        <source>Off (not configured)</source>
        <translation>Kapalı (yapılandırılmamış)</translation>
    </message>
    <message>
        <source>On, every %1 s</source>
        <translation>Açık, her %1 sn</translation>
    </message>
    <message>
        <source>Off (every destination switched off)</source>
        <translation>Kapalı (tüm hedefler kapalı)</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 bekliyor</translation>
    </message>
    <message>
        <source>No room has an agent yet. Add the agent PCs under Rooms &amp; devices and enroll them (tafelctl agent enroll).</source>
        <translation>Henüz hiçbir odada ajan yok. Ajan PC&apos;lerini Odalar ve cihazlar altında ekleyin ve kaydedin (tafelctl agent enroll).</translation>
    </message>
    <message>
        <source>Settings of %1 (%2)</source>
        <translation>%1 ayarları (%2)</translation>
    </message>
    <message>
        <source>Asking the agent…</source>
        <translation>Ajana soruluyor…</translation>
    </message>
    <message>
        <source>The agent did not give its settings: %1</source>
        <translation>Ajan ayarlarını bildirmedi: %1</translation>
    </message>
    <message>
        <source>Saved on the agent in %1.</source>
        <translation>Ajanda %1 dosyasına kaydedildi.</translation>
    </message>
    <message>
        <source>This agent does not report yet. Fill in the school id and a destination, then save.</source>
        <translation>Bu ajan henüz rapor göndermiyor. Okul kimliğini ve bir hedefi girin, ardından kaydedin.</translation>
    </message>
    <message>
        <source>Destination %1</source>
        <translation>Hedef %1</translation>
    </message>
    <message>
        <source>Send reports here</source>
        <translation>Raporları buraya gönder</translation>
    </message>
    <message>
        <source>Kind of server</source>
        <translation>Sunucu türü</translation>
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
        <translation>Tür</translation>
    </message>
    <message>
        <source>Name of the destination</source>
        <translation>Hedefin adı</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Address of the city&apos;s server</source>
        <translation>Belediye sunucusunun adresi</translation>
    </message>
    <message>
        <source>https://push.city.example:9091</source>
        <translation>https://push.city.example:9091</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>CA certificate file on the agent</source>
        <translation>Ajandaki CA sertifika dosyası</translation>
    </message>
    <message>
        <source>empty: the system&apos;s trusted certificates</source>
        <translation>boş: sistemin güvenilen sertifikaları</translation>
    </message>
    <message>
        <source>CA file (on the agent)</source>
        <translation>CA dosyası (ajanda)</translation>
    </message>
    <message>
        <source>Client certificate file on the agent</source>
        <translation>Ajandaki istemci sertifikası dosyası</translation>
    </message>
    <message>
        <source>optional, for mutual TLS</source>
        <translation>isteğe bağlı, karşılıklı TLS için</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>İstemci sertifikası</translation>
    </message>
    <message>
        <source>Client key file on the agent</source>
        <translation>Ajandaki istemci anahtarı dosyası</translation>
    </message>
    <message>
        <source>with the client certificate</source>
        <translation>istemci sertifikasıyla birlikte</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>İstemci anahtarı</translation>
    </message>
    <message>
        <source>Bearer token (never shown again)</source>
        <translation>Bearer belirteci (bir daha gösterilmez)</translation>
    </message>
    <message>
        <source>A token is set (hidden). Type to replace it.</source>
        <translation>Bir belirteç ayarlı (gizli). Değiştirmek için yazın.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer belirteci</translation>
    </message>
    <message>
        <source>Remove the token</source>
        <translation>Belirteci kaldır</translation>
    </message>
    <message>
        <source>Test: send one report now</source>
        <translation>Test: şimdi bir rapor gönder</translation>
    </message>
    <message>
        <source>Send one report to this destination now and show the server&apos;s answer</source>
        <translation>Bu hedefe şimdi bir rapor gönderir ve sunucunun yanıtını gösterir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Save first, then test.</source>
        <translation>Önce kaydedin, sonra test edin.</translation>
    </message>
    <message>
        <source>The destination is removed when you save.</source>
        <translation>Hedef, kaydettiğinizde kaldırılır.</translation>
    </message>
    <message>
        <source>The agent does not answer: %1</source>
        <translation>Ajan yanıt vermiyor: %1</translation>
    </message>
    <message>
        <source>Outbox: %1 of at most %2 reports waiting; %3 dropped because it was full.</source>
        <translation>Giden kutusu: en fazla %2 rapordan %1 tanesi bekliyor; kutu dolu olduğu için %3 rapor atıldı.</translation>
    </message>
    <message>
        <source>Outbox: empty (reporting is off).</source>
        <translation>Giden kutusu: boş (raporlama kapalı).</translation>
    </message>
    <message>
        <source>Outbox: asking…</source>
        <translation>Giden kutusu: soruluyor…</translation>
    </message>
    <message>
        <source>Switched off: no reports are sent here.</source>
        <translation>Kapalı: buraya rapor gönderilmiyor.</translation>
    </message>
    <message>
        <source>Waiting for this destination: %1</source>
        <translation>Bu hedef için bekleyen: %1</translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <translation>Son başarılı gönderim: %1</translation>
    </message>
    <message>
        <source>Last success: none since the agent started</source>
        <translation>Son başarılı gönderim: ajan başladığından beri yok</translation>
    </message>
    <message>
        <source>Last error: %1 — %2</source>
        <translation>Son hata: %1 — %2</translation>
    </message>
    <message>
        <source>Sending one report to %1…</source>
        <translation>%1 hedefine bir rapor gönderiliyor…</translation>
    </message>
    <message>
        <source>✗ The agent could not run the test: %1</source>
        <translation>✗ Ajan testi çalıştıramadı: %1</translation>
    </message>
    <message>
        <source>✓ The server took the report: HTTP %1.</source>
        <translation>✓ Sunucu raporu kabul etti: HTTP %1.</translation>
    </message>
    <message>
        <source>✗ The server refused the report: HTTP %1.</source>
        <translation>✗ Sunucu raporu reddetti: HTTP %1.</translation>
    </message>
    <message>
        <source>✗ No answer from the server: %1</source>
        <translation>✗ Sunucudan yanıt yok: %1</translation>
    </message>
    <message>
        <source>Its answer: %1</source>
        <translation>Yanıtı: %1</translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation>Gönderildiği yer: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Enter the school id (the city gives it, e.g. gs-nord).</source>
        <translation>Okul kimliğini girin (belediye tarafından verilir, ör. gs-nord).</translation>
    </message>
    <message>
        <source>Add at least one destination.</source>
        <translation>En az bir hedef ekleyin.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Kaydedilmedi: %1</translation>
    </message>
    <message>
        <source>Saved. The agent uses the new settings now.</source>
        <translation>Kaydedildi. Ajan artık yeni ayarları kullanıyor.</translation>
    </message>
    <message>
        <source>(The audit log could not be written: %1)</source>
        <translation>(Denetim kaydı yazılamadı: %1)</translation>
    </message>
</context>
<context>
    <name>tafel::gui::RoomAgents</name>
    <message>
        <source>This PC has no teacher key for the room&apos;s agents yet. An admin sets it under Admin → Agents &amp; keys.</source>
        <translation>Bu PC&apos;de odanın ajanları için henüz öğretmen anahtarı yok. Bir yönetici bunu Yönetici → Ajanlar ve anahtarlar altında ayarlar.</translation>
    </message>
    <message>
        <source>The teacher key %1 cannot be read: %2</source>
        <translation>%1 öğretmen anahtarı okunamıyor: %2</translation>
    </message>
    <message>
        <source>%1 (%2) is not enrolled on this PC. An admin runs: tafelctl agent enroll %2</source>
        <translation>%1 (%2) bu PC&apos;de kayıtlı değil. Bir yönetici şunu çalıştırır: tafelctl agent enroll %2</translation>
    </message>
    <message>
        <source>This agent is not in the room any more.</source>
        <translation>Bu ajan artık odada değil.</translation>
    </message>
</context>
<context>
    <name>tafel::gui::RoomHealth</name>
    <message>
        <source>Tap for the network details of this room</source>
        <translation>Bu odanın ağ ayrıntıları için dokunun</translation>
    </message>
    <message>
        <source>Network — %1</source>
        <translation>Ağ — %1</translation>
    </message>
    <message>
        <source>No agent in this room measures the network.</source>
        <translation>Bu odada ağı ölçen ajan yok.</translation>
    </message>
    <message>
        <source>Agent unreachable — no current network data.</source>
        <translation>Ajana ulaşılamıyor — güncel ağ verisi yok.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>İyi</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Yavaş</translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation>Ulaşılamıyor</translation>
    </message>
    <message>
        <source>Not measured yet</source>
        <translation>Henüz ölçülmedi</translation>
    </message>
    <message>
        <source>, %1 ms</source>
        <translation>, %1 ms</translation>
    </message>
    <message>
        <source>Network OK</source>
        <translation>Ağ iyi</translation>
    </message>
    <message>
        <source>Network degraded</source>
        <translation>Ağ kısıtlı</translation>
    </message>
    <message>
        <source>Network down</source>
        <translation>Ağ çalışmıyor</translation>
    </message>
    <message>
        <source>Network: not measured yet</source>
        <translation>Ağ: henüz ölçülmedi</translation>
    </message>
    <message>
        <source>Last test %1 failed: %2</source>
        <translation>Son test %1 başarısız oldu: %2</translation>
    </message>
    <message>
        <source>↓ %1 ↑ %2 Mbit/s</source>
        <translation>↓ %1 ↑ %2 Mbit/s</translation>
    </message>
    <message>
        <source>%1 (test at %2)</source>
        <translation>%1 (test zamanı %2)</translation>
    </message>
    <message>
        <source>Last test %1</source>
        <translation>Son test %1</translation>
    </message>
    <message>
        <source>Broadband test running…</source>
        <translation>Geniş bant testi çalışıyor…</translation>
    </message>
    <message>
        <source>No broadband test yet</source>
        <translation>Henüz geniş bant testi yok</translation>
    </message>
    <message>
        <source>new test running…</source>
        <translation>yeni test çalışıyor…</translation>
    </message>
    <message>
        <source>Agent unreachable</source>
        <translation>Ajana ulaşılamıyor</translation>
    </message>
    <message>
        <source>Network: agent unreachable</source>
        <translation>Ağ: ajana ulaşılamıyor</translation>
    </message>
    <message>
        <source>History unavailable: %1</source>
        <translation>Geçmiş kullanılamıyor: %1</translation>
    </message>
</context>
<context>
    <name>tafel::gui::RoomModel</name>
    <message>
        <source>Room</source>
        <translation>Oda</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Bina</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Kat</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Oturma yeri</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Cihazlar</translation>
    </message>
</context>
<context>
    <name>tafel::gui::RoomPackagesModel</name>
    <message numerus="yes">
        <source>%1 — %2, %n file(s) — on %3 of %4 computers</source>
        <translation>
            <numerusform>%1 — %2, %n dosya — %4 bilgisayarın %3 tanesinde</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This material is not in the room any more.</source>
        <translation>Bu ders materyali artık odada değil.</translation>
    </message>
    <message>
        <source>No computer of this room has this material any more.</source>
        <translation>Bu odadaki hiçbir bilgisayarda artık bu ders materyali yok.</translation>
    </message>
</context>
<context>
    <name>tafel::gui::ScheduleModel</name>
    <message>
        <source>Whole school</source>
        <translation>Tüm okul</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Evet</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <source>never</source>
        <translation>hiçbir zaman</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Etkin</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Devre dışı</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Oda</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Saat</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Günler</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Etkin</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Sonraki çalışma</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <source>All on</source>
        <translation>Tümünü aç</translation>
    </message>
    <message>
        <source>All off</source>
        <translation>Tümünü kapat</translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation>Kaynak %1</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Bugün %1</translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <translation>Yarın %1</translation>
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
        <translation>Zamanlamalar</translation>
    </message>
    <message>
        <source>Switch the displays on and off by time, per room or for the whole school. Tafel runs them while it is open on this PC.</source>
        <translation>Ekranları saate göre, oda başına veya tüm okul için açıp kapatır. Tafel bu PC&apos;de açık olduğu sürece bunları çalıştırır.</translation>
    </message>
    <message>
        <source>New schedule</source>
        <translation>Yeni zamanlama</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Düzenle</translation>
    </message>
    <message>
        <source>Edit the selected schedule</source>
        <translation>Seçili zamanlamayı düzenle</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Delete the selected schedule</source>
        <translation>Seçili zamanlamayı sil</translation>
    </message>
    <message>
        <source>Yes, delete the schedule</source>
        <translation>Evet, zamanlamayı sil</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Koru</translation>
    </message>
    <message>
        <source>No, keep the schedule</source>
        <translation>Hayır, zamanlamayı koru</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Silindi.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Silinmedi: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Oda</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Saat</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Günler</translation>
    </message>
    <message>
        <source>Displays on</source>
        <translation>Ekranları aç</translation>
    </message>
    <message>
        <source>Displays off</source>
        <translation>Ekranları kapat</translation>
    </message>
    <message>
        <source>Switch input</source>
        <translation>Kaynak değiştir</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <source>Input code</source>
        <translation>Kaynak kodu</translation>
    </message>
    <message>
        <source>e.g. 31 or HDMI1</source>
        <translation>ör. 31 veya HDMI1</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <source>e.g. After school</source>
        <translation>ör. Okuldan sonra</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Etkin</translation>
    </message>
    <message>
        <source>Whole school</source>
        <translation>Tüm okul</translation>
    </message>
    <message>
        <source>The schedules could not be read: %1</source>
        <translation>Zamanlamalar okunamadı: %1</translation>
    </message>
    <message>
        <source>Edit schedule</source>
        <translation>Zamanlamayı düzenle</translation>
    </message>
    <message>
        <source>Enter the time as HH:MM, for example 16:30.</source>
        <translation>Saati HH:MM biçiminde girin, örneğin 16:30.</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>En az bir gün seçin.</translation>
    </message>
    <message>
        <source>Enter the input, for example 31 (PJLink) or HDMI1 (MDC).</source>
        <translation>Kaynağı girin, örneğin 31 (PJLink) veya HDMI1 (MDC).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Kaydedilmedi: %1</translation>
    </message>
    <message>
        <source>Schedule added.</source>
        <translation>Zamanlama eklendi.</translation>
    </message>
    <message>
        <source>Schedule saved.</source>
        <translation>Zamanlama kaydedildi.</translation>
    </message>
    <message>
        <source>Delete the schedule “%1”? This cannot be undone.</source>
        <translation>“%1” zamanlaması silinsin mi? Bu işlem geri alınamaz.</translation>
    </message>
</context>
<context>
    <name>tafel::gui::SchoolOverview</name>
    <message>
        <source>Overview</source>
        <translation>Genel bakış</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Agent unreachable — no current network data.</source>
        <translation>Ajana ulaşılamıyor — güncel ağ verisi yok.</translation>
    </message>
    <message>
        <source>History unavailable: %1</source>
        <translation>Geçmiş kullanılamıyor: %1</translation>
    </message>
    <message>
        <source>Sort rooms</source>
        <translation>Odaları sırala</translation>
    </message>
    <message>
        <source>Worst first</source>
        <translation>Önce en kötüler</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Ada göre</translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation>Yenileme aralığı</translation>
    </message>
    <message>
        <source>Every %1 s</source>
        <translation>Her %1 sn</translation>
    </message>
    <message>
        <source>Find devices…</source>
        <translation>Cihazları bul…</translation>
    </message>
    <message>
        <source>Find devices on the network (discovery assistant)</source>
        <translation>Ağdaki cihazları bul (cihaz arama yardımcısı)</translation>
    </message>
    <message>
        <source>← All rooms</source>
        <translation>← Tüm odalar</translation>
    </message>
    <message>
        <source>Back to all rooms</source>
        <translation>Tüm odalara dön</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Cihaz</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Last probe</source>
        <translation>Son kontrol</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Son hata</translation>
    </message>
    <message>
        <source>Devices of the room</source>
        <translation>Odanın cihazları</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Değişiklik</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Neden</translation>
    </message>
    <message>
        <source>Timeline of state changes</source>
        <translation>Durum değişikliklerinin zaman çizelgesi</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Cihazlar</translation>
    </message>
    <message>
        <source>No measurements in the last 24 hours.</source>
        <translation>Son 24 saatte ölçüm yok.</translation>
    </message>
    <message>
        <source>The rooms cannot be read: %1</source>
        <translation>Odalar okunamıyor: %1</translation>
    </message>
    <message>
        <source>%1 on</source>
        <translation>%1 açık</translation>
    </message>
    <message>
        <source>%1 standby</source>
        <translation>%1 bekleme modunda</translation>
    </message>
    <message>
        <source>%1 warming up</source>
        <translation>%1 ısınıyor</translation>
    </message>
    <message>
        <source>%1 cooling down</source>
        <translation>%1 soğuyor</translation>
    </message>
    <message>
        <source>%1 state unknown</source>
        <translation>%1 durumu bilinmiyor</translation>
    </message>
    <message>
        <source>%1 not answering</source>
        <translation>%1 yanıt vermiyor</translation>
    </message>
    <message>
        <source>%1 with errors</source>
        <translation>%1 hatalı</translation>
    </message>
    <message>
        <source>Displays: %1</source>
        <translation>Ekranlar: %1</translation>
    </message>
    <message>
        <source>The agent has not answered for %1.</source>
        <translation>Ajan %1 süredir yanıt vermiyor.</translation>
    </message>
    <message>
        <source>Last answer %1 ago — not current</source>
        <translation>Son yanıt %1 önce — güncel değil</translation>
    </message>
    <message>
        <source>Updated %1 ago</source>
        <translation>%1 önce güncellendi</translation>
    </message>
    <message>
        <source>The room&apos;s agent does not answer.</source>
        <translation>Odanın ajanı yanıt vermiyor.</translation>
    </message>
    <message>
        <source>No PC with an agent in this room</source>
        <translation>Bu odada ajan çalıştıran PC yok</translation>
    </message>
    <message>
        <source>Asking the room&apos;s agent…</source>
        <translation>Odanın ajanına soruluyor…</translation>
    </message>
    <message>
        <source>Broadband ↓ %1 ↑ %2 Mbit/s</source>
        <translation>Geniş bant ↓ %1 ↑ %2 Mbit/s</translation>
    </message>
    <message>
        <source>Broadband test failed: %1</source>
        <translation>Geniş bant testi başarısız: %1</translation>
    </message>
    <message>
        <source>Broadband: not measured yet</source>
        <translation>Geniş bant: henüz ölçülmedi</translation>
    </message>
    <message>
        <source> (%1 ago)</source>
        <translation> (%1 önce)</translation>
    </message>
    <message>
        <source>%1 OK</source>
        <translation>%1 iyi</translation>
    </message>
    <message>
        <source>%1 degraded</source>
        <translation>%1 kısmen arızalı</translation>
    </message>
    <message>
        <source>%1 down</source>
        <translation>%1 çalışmıyor</translation>
    </message>
    <message>
        <source>%1 not measured</source>
        <translation>%1 ölçülmedi</translation>
    </message>
    <message>
        <source>Devices: %1</source>
        <translation>Cihazlar: %1</translation>
    </message>
    <message>
        <source>%1 answer</source>
        <translation>%1 yanıt veriyor</translation>
    </message>
    <message>
        <source>%1 not responding</source>
        <translation>%1 yanıt vermiyor</translation>
    </message>
    <message>
        <source>No rooms yet. Add rooms under Rooms &amp; devices.</source>
        <translation>Henüz oda yok. Odaları Odalar ve cihazlar altında ekleyin.</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s): %1. Tap a room for its devices, chart and timeline.</source>
        <translation>
            <numerusform>%n oda: %1. Cihazlarını, grafiğini ve zaman çizelgesini görmek için bir odaya dokunun.</numerusform>
        </translation>
    </message>
    <message>
        <source>answered in %1 ms, %2 ago</source>
        <translation>%1 ms içinde yanıt verdi, %2 önce</translation>
    </message>
    <message>
        <source>no answer, %1 ago</source>
        <translation>yanıt yok, %1 önce</translation>
    </message>
    <message>
        <source>No current data</source>
        <translation>Güncel veri yok</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Ajan</translation>
    </message>
    <message>
        <source>Not monitored</source>
        <translation>İzlenmiyor</translation>
    </message>
    <message>
        <source>No agent in this room — no network data.</source>
        <translation>Bu odada ajan yok — ağ verisi yok.</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Oda</translation>
    </message>
    <message>
        <source>Agent (seen here)</source>
        <translation>Ajan (buradan görülen)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No state changes in the last 24 hours.</source>
        <translation>Son 24 saatte durum değişikliği yok.</translation>
    </message>
</context>
<context>
    <name>tafel::gui::SendMaterialPanel</name>
    <message>
        <source>Send material to the room</source>
        <translation>Odaya ders materyali gönder</translation>
    </message>
    <message>
        <source>Drop files or folders here to send them to every computer in this room</source>
        <translation>Dosya veya klasörleri bu odadaki her bilgisayara göndermek için buraya bırakın</translation>
    </message>
    <message>
        <source>Drop files or folders here. They go to every computer in this room and are checked there byte by byte.</source>
        <translation>Dosya veya klasörleri buraya bırakın. Bu odadaki her bilgisayara gönderilir ve orada bayt bayt kontrol edilir.</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Dosya seç…</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Klasör seç…</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Gönderimi iptal et</translation>
    </message>
    <message>
        <source>Retry failed computers</source>
        <translation>Başarısız bilgisayarları yeniden dene</translation>
    </message>
    <message>
        <source>Already on the computers of this room</source>
        <translation>Bu odanın bilgisayarlarında zaten bulunanlar</translation>
    </message>
    <message>
        <source>Update list</source>
        <translation>Listeyi güncelle</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Henüz bir şey yok.</translation>
    </message>
    <message>
        <source>Choose files to send to the room</source>
        <translation>Odaya gönderilecek dosyaları seçin</translation>
    </message>
    <message>
        <source>Choose a folder to send to the room</source>
        <translation>Odaya gönderilecek bir klasör seçin</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/sn</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>%1 sa %2 dk kaldı</translation>
    </message>
    <message>
        <source>%1 min %2 s left</source>
        <translation>%1 dk %2 sn kaldı</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>%1 sn kaldı</translation>
    </message>
    <message>
        <source>Waiting until the material is prepared…</source>
        <translation>Ders materyalinin hazırlanması bekleniyor…</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Bekleniyor…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>✓ Verified (%1)</source>
        <translation>✓ Doğrulandı (%1)</translation>
    </message>
    <message>
        <source>✗ Not delivered: %1</source>
        <translation>✗ Teslim edilmedi: %1</translation>
    </message>
    <message>
        <source>Cancelled (%1 of %2 are there and kept for a retry)</source>
        <translation>İptal edildi (%2 verinin %1 kadarı orada ve yeniden deneme için saklanıyor)</translation>
    </message>
    <message>
        <source>Preparing “%1”: checking every file… %2 %</source>
        <translation>“%1” hazırlanıyor: her dosya kontrol ediliyor… %%2</translation>
    </message>
    <message numerus="yes">
        <source>Sending “%1” (%2) to %n computer(s)…</source>
        <translation>
            <numerusform>“%1” (%2) %n bilgisayara gönderiliyor…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is on all %n computer(s) of the room, checked.</source>
        <translation>
            <numerusform>“%1” odadaki %n bilgisayarın tümünde var ve kontrol edildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is on %2 of %3 computers. %4 could not get it: see below; “Retry failed computers” tries again.</source>
        <translation>“%1”, %3 bilgisayarın %2 tanesinde var. %4 bilgisayar alamadı: aşağıya bakın; “Başarısız bilgisayarları yeniden dene” yeniden dener.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Show the files of %1</source>
        <translation>%1 dosyalarını gösterir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Delete %1 from the computers of this room</source>
        <translation>%1 öğesini bu odanın bilgisayarlarından siler</translation>
    </message>
    <message>
        <source>No computer with the Tafel agent in this room.</source>
        <translation>Bu odada Tafel ajanı olan bilgisayar yok.</translation>
    </message>
    <message>
        <source>Not asked: %1</source>
        <translation>Sorulmadı: %1</translation>
    </message>
    <message>
        <source>Files of “%1”</source>
        <translation>“%1” dosyaları</translation>
    </message>
    <message>
        <source>“%1”, %2, on %3 of %4 computers</source>
        <translation>“%1”, %2, %4 bilgisayarın %3 tanesinde</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <source>The files could not be listed: %1</source>
        <translation>Dosyalar listelenemedi: %1</translation>
    </message>
    <message>
        <source>Delete material</source>
        <translation>Ders materyalini sil</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” from %n computer(s) of this room? Pupils can no longer open it there.</source>
        <translation>
            <numerusform>“%1” bu odadaki %n bilgisayardan silinsin mi? Öğrenciler onu artık orada açamaz.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was deleted from the computers of this room.</source>
        <translation>“%1” bu odanın bilgisayarlarından silindi.</translation>
    </message>
    <message>
        <source>“%1” could not be deleted everywhere: %2</source>
        <translation>“%1” her yerden silinemedi: %2</translation>
    </message>
</context>
<context>
    <name>tafel::gui::TeacherView</name>
    <message>
        <source>Room</source>
        <translation>Oda</translation>
    </message>
    <message>
        <source>Network: not measured yet</source>
        <translation>Ağ: henüz ölçülmedi</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Yönetici</translation>
    </message>
    <message>
        <source>Open the admin view</source>
        <translation>Yönetici görünümünü açın</translation>
    </message>
    <message>
        <source>Displays in this room</source>
        <translation>Bu odadaki ekranlar</translation>
    </message>
    <message>
        <source>Material and messages</source>
        <translation>Materyal ve mesajlar</translation>
    </message>
    <message>
        <source>Nothing sent to this room yet. Sending material and messages comes in a later version; the delivery to every device will show here with its progress.</source>
        <translation>Bu odaya henüz hiçbir şey gönderilmedi. Materyal ve mesaj gönderme sonraki bir sürümde gelecek; her cihaza teslimat, ilerleme durumuyla birlikte burada gösterilecek.</translation>
    </message>
    <message>
        <source>All on</source>
        <translation>Tümünü aç</translation>
    </message>
    <message>
        <source>All off</source>
        <translation>Tümünü kapat</translation>
    </message>
    <message>
        <source>Show video</source>
        <translation>Video göster</translation>
    </message>
    <message>
        <source>Send material</source>
        <translation>Materyal gönder</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <source>Switch on all displays of the room</source>
        <translation>Odadaki tüm ekranları açın</translation>
    </message>
    <message>
        <source>Switch off all displays of the room</source>
        <translation>Odadaki tüm ekranları kapatın</translation>
    </message>
    <message>
        <source>Switching all displays on</source>
        <translation>Tüm ekranlar açılıyor</translation>
    </message>
    <message>
        <source>Switching all displays off</source>
        <translation>Tüm ekranlar kapatılıyor</translation>
    </message>
    <message>
        <source>Showing a video on the display</source>
        <translation>Ekranda video gösteriliyor</translation>
    </message>
    <message>
        <source>Sending material to the room</source>
        <translation>Odaya materyal gönderiliyor</translation>
    </message>
    <message>
        <source>Sending a message to the room</source>
        <translation>Odaya mesaj gönderiliyor</translation>
    </message>
    <message>
        <source>The rooms could not be read: %1</source>
        <translation>Odalar okunamadı: %1</translation>
    </message>
    <message>
        <source>No rooms yet</source>
        <translation>Henüz oda yok</translation>
    </message>
    <message>
        <source>The devices of this room could not be read: %1</source>
        <translation>Bu odanın cihazları okunamadı: %1</translation>
    </message>
    <message>
        <source>Switching a display on</source>
        <translation>Bir ekran açılıyor</translation>
    </message>
    <message>
        <source>Switching a display off</source>
        <translation>Bir ekran kapatılıyor</translation>
    </message>
    <message>
        <source>Choosing the input</source>
        <translation>Kaynak seçiliyor</translation>
    </message>
    <message>
        <source>There are no rooms yet. An admin adds them (for now with “tafelctl rooms add NAME”). To look around first, start “tafel --demo”.</source>
        <translation>Henüz oda yok. Odaları bir yönetici ekler (şimdilik “tafelctl rooms add NAME” ile). Önce göz atmak için “tafel --demo” ile başlatın.</translation>
    </message>
    <message>
        <source>There is no display or projector in this room yet. An admin can add one under Admin → Rooms &amp; devices.</source>
        <translation>Bu odada henüz ekran veya projeksiyon cihazı yok. Bir yönetici, Yönetici → Odalar ve cihazlar bölümünden ekleyebilir.</translation>
    </message>
    <message>
        <source>%1 is not available yet in this version of Tafel. Nothing was changed.</source>
        <translation>%1: bu işlem Tafel&apos;in bu sürümünde henüz kullanılamıyor. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation>Zamanlama: %1</translation>
    </message>
    <message>
        <source>Next scheduled: %1</source>
        <translation>Sonraki zamanlanmış: %1</translation>
    </message>
</context>
<context>
    <name>tafel::gui::UsersPanel</name>
    <message>
        <source>Users and roles</source>
        <translation>Kullanıcılar ve roller</translation>
    </message>
    <message>
        <source>Teacher accounts are for the teachers&apos; own sign-in; they never open the admin view — only the admin password does. What a key may do on the agents depends on its role (see the table).</source>
        <translation>Öğretmen hesapları öğretmenlerin kendi oturum açmaları içindir; yönetici görünümünü asla açmazlar — bunu yalnızca yönetici parolası yapar. Bir anahtarın ajanlarda neler yapabileceği rolüne bağlıdır (tabloya bakın).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oluşturulma</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Kullanıcı hesapları</translation>
    </message>
    <message>
        <source>Teacher&apos;s name</source>
        <translation>Öğretmenin adı</translation>
    </message>
    <message>
        <source>Teacher&apos;s password</source>
        <translation>Öğretmenin parolası</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>Repeat the teacher&apos;s password</source>
        <translation>Öğretmenin parolasını tekrarlayın</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Parolayı tekrarlayın</translation>
    </message>
    <message>
        <source>Add teacher</source>
        <translation>Öğretmen ekle</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Parolayı belirle</translation>
    </message>
    <message>
        <source>Set the password of the teacher named in the name field</source>
        <translation>Ad alanına yazılan öğretmenin parolasını belirler</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Remove the selected teacher account</source>
        <translation>Seçili öğretmen hesabını kaldırır</translation>
    </message>
    <message>
        <source>Who may do what</source>
        <translation>Kim neyi yapabilir</translation>
    </message>
    <message>
        <source>Permissions of the roles</source>
        <translation>Rollerin izinleri</translation>
    </message>
    <message>
        <source>Teacher view: displays, messages, video, room health</source>
        <translation>Öğretmen görünümü: ekranlar, mesajlar, video, oda sağlık durumu</translation>
    </message>
    <message>
        <source>Open the admin view (admin password)</source>
        <translation>Yönetici görünümünü açma (yönetici parolası)</translation>
    </message>
    <message>
        <source>Edit rooms, devices, schedules and settings</source>
        <translation>Odaları, cihazları, zamanlamaları ve ayarları düzenleme</translation>
    </message>
    <message>
        <source>Create and revoke keys, enroll agents, push the configuration</source>
        <translation>Anahtar oluşturma ve iptal etme, ajanları kaydetme, yapılandırmayı gönderme</translation>
    </message>
    <message>
        <source>Agent command %1</source>
        <translation>Ajan komutu %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Öğretmen</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Yönetici</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>Enter the teacher&apos;s name.</source>
        <translation>Öğretmenin adını girin.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the admin account; choose another name.</source>
        <translation>&apos;%1&apos; yönetici hesabıdır; başka bir ad seçin.</translation>
    </message>
    <message>
        <source>Teacher account %1 added.</source>
        <translation>%1 öğretmen hesabı eklendi.</translation>
    </message>
    <message>
        <source>There is no teacher account &apos;%1&apos;. (The admin password is changed above.)</source>
        <translation>&apos;%1&apos; adlı bir öğretmen hesabı yok. (Yönetici parolası yukarıda değiştirilir.)</translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation>%1 kullanıcısının parolası değiştirildi.</translation>
    </message>
    <message>
        <source>Select the teacher account to remove.</source>
        <translation>Kaldırılacak öğretmen hesabını seçin.</translation>
    </message>
    <message>
        <source>The admin account cannot be removed here.</source>
        <translation>Yönetici hesabı burada kaldırılamaz.</translation>
    </message>
    <message>
        <source>Teacher account %1 removed.</source>
        <translation>%1 öğretmen hesabı kaldırıldı.</translation>
    </message>
</context>
<context>
    <name>tafel::gui::VideoDialog</name>
    <message>
        <source>Show video on the display</source>
        <translation>Ekranda video göster</translation>
    </message>
    <message>
        <source>Choose video…</source>
        <translation>Video seç…</translation>
    </message>
    <message>
        <source>No video chosen yet.</source>
        <translation>Henüz video seçilmedi.</translation>
    </message>
    <message>
        <source>Preview here</source>
        <translation>Burada önizle</translation>
    </message>
    <message>
        <source>Play on the display</source>
        <translation>Ekranda oynat</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Duraklat</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Devam et</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Durdur</translation>
    </message>
    <message>
        <source>Position on the display</source>
        <translation>Ekrandaki konum</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Pause preview</source>
        <translation>Önizlemeyi duraklat</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Önizleme: %1</translation>
    </message>
    <message>
        <source>Choose a video</source>
        <translation>Bir video seçin</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mkv *.webm *.avi *.mov *.y4m *.mp3 *.wav *.ogg);;All files (*)</source>
        <translation>Videolar (*.mp4 *.mkv *.webm *.avi *.mov *.y4m *.mp3 *.wav *.ogg);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>There is no PC with the Tafel agent in this room to play the video on.</source>
        <translation>Bu odada videoyu oynatacak Tafel ajanlı PC yok.</translation>
    </message>
    <message>
        <source>%1: sending…</source>
        <translation>%1: gönderiliyor…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: stopped</source>
        <translation>%1: durduruldu</translation>
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
        <translation>%1. satır geçerli UTF-8 değil; Latin-1/Windows-1252 gibi görünüyor (“%2”). Dosyayı “CSV UTF-8” olarak kaydedip yeniden içe aktarın.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB; an inventory file is much smaller. Is it the right file?</source>
        <translation>Dosya %1 MiB sınırını aşıyor; bir envanter dosyası çok daha küçüktür. Doğru dosya mı?</translation>
    </message>
    <message>
        <source>The file is UTF-16 (“Unicode text”). Save it as “CSV UTF-8” and import it again.</source>
        <translation>Dosya UTF-16 biçiminde (“Unicode metin”). Dosyayı “CSV UTF-8” olarak kaydedip yeniden içe aktarın.</translation>
    </message>
    <message>
        <source>The file contains NUL bytes: it is not a text file. Save it as “CSV UTF-8” and import it again.</source>
        <translation>Dosya NUL baytları içeriyor: bir metin dosyası değil. Dosyayı “CSV UTF-8” olarak kaydedip yeniden içe aktarın.</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 fields.</source>
        <translation>%1. satırda %2 alandan fazla alan var.</translation>
    </message>
    <message>
        <source>Line %1 has a field longer than %2 KiB.</source>
        <translation>%1. satırda uzunluğu %2 KiB sınırını aşan bir alan var.</translation>
    </message>
    <message>
        <source>Line %1 opens a quoted field (&quot;) that is never closed.</source>
        <translation>%1. satırda açılan tırnaklı bir alan (&quot;) hiç kapatılmıyor.</translation>
    </message>
    <message>
        <source>Line %1 has text after a closing quote (&quot;); write a quote inside a quoted field as &quot;&quot;.</source>
        <translation>%1. satırda kapanış tırnağından (&quot;) sonra metin var; tırnaklı bir alanın içindeki tırnağı &quot;&quot; olarak yazın.</translation>
    </message>
    <message>
        <source>The file is empty: the first line must name the columns.</source>
        <translation>Dosya boş: ilk satırda sütun adları bulunmalıdır.</translation>
    </message>
</context>
<context>
    <name>tafel::inventory::ImportPlan</name>
    <message>
        <source>Line %1: there is no room “%2” (new rooms are not allowed in this import).</source>
        <translation>Satır %1: “%2” adlı bir oda yok (bu içe aktarmada yeni odalara izin verilmiyor).</translation>
    </message>
    <message>
        <source>Line %1: room “%2” has %3 devices named “%4”; rename them in the admin view first.</source>
        <translation>Satır %1: “%2” odasında “%4” adlı %3 cihaz var; önce bunları yönetici görünümünde yeniden adlandırın.</translation>
    </message>
    <message>
        <source>Line %1: the MAC address %2 already belongs to “%3” in room “%4”.</source>
        <translation>Satır %1: %2 MAC adresi zaten “%4” odasındaki “%3” cihazına ait.</translation>
    </message>
    <message>
        <source>Line %1 describes the same stored device “%2” as line %3.</source>
        <translation>%1. satır, %3. satırla aynı kayıtlı cihazı (“%2”) tanımlıyor.</translation>
    </message>
    <message>
        <source>The rooms and devices changed since the preview was made. Check the preview again; nothing was written.</source>
        <translation>Önizleme oluşturulduktan sonra odalar ve cihazlar değişti. Önizlemeyi yeniden kontrol edin; hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1 Nothing was written.</source>
        <translation>Dosya içe aktarılamıyor: %1 Hiçbir şey yazılmadı.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the file have errors; nothing was written. Fix them, or choose to skip the bad lines.</source>
        <translation>
            <numerusform>Dosyanın %n satırında hata var; hiçbir şey yazılmadı. Bunları düzeltin veya hatalı satırları atlamayı seçin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Satır %1: %2</translation>
    </message>
</context>
<context>
    <name>tafel::inventory::InventoryCsv</name>
    <message>
        <source>Line 1 must name the columns, e.g. %1.</source>
        <translation>1. satırda sütun adları bulunmalıdır, ör. %1.</translation>
    </message>
    <message>
        <source>Line 1: unknown column “%1”. Known columns: %2.</source>
        <translation>Satır 1: bilinmeyen sütun “%1”. Bilinen sütunlar: %2.</translation>
    </message>
    <message>
        <source>Line 1: the column “%1” appears twice.</source>
        <translation>Satır 1: “%1” sütunu iki kez geçiyor.</translation>
    </message>
    <message>
        <source>Line 1: the required columns %1 are missing (the delimiter found was “%2”).</source>
        <translation>Satır 1: gerekli sütunlar (%1) eksik (bulunan ayırıcı: “%2”).</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, the header has %3. Is a value with a “%4” in it missing its quotes?</source>
        <translation>%1. satırda %2 alan var, başlıkta ise %3. İçinde “%4” geçen bir değerin tırnakları mı eksik?</translation>
    </message>
    <message>
        <source>Line %1: the room is empty.</source>
        <translation>Satır %1: oda alanı boş.</translation>
    </message>
    <message>
        <source>Line %1: the capacity “%2” is not a whole number of 0 or more.</source>
        <translation>Satır %1: “%2” kapasitesi 0 veya daha büyük bir tam sayı değil.</translation>
    </message>
    <message>
        <source>Line %1: the device kind is empty (known kinds: %2).</source>
        <translation>Satır %1: cihaz türü boş (bilinen türler: %2).</translation>
    </message>
    <message>
        <source>Line %1: unknown device kind “%2” (known kinds: %3).</source>
        <translation>Satır %1: bilinmeyen cihaz türü “%2” (bilinen türler: %3).</translation>
    </message>
    <message>
        <source>Line %1: the device name is empty.</source>
        <translation>Satır %1: cihaz adı boş.</translation>
    </message>
    <message>
        <source>Line %1: the port “%2” is not a number from 1 to 65535.</source>
        <translation>Satır %1: “%2” portu 1 ile 65535 arasında bir sayı değil.</translation>
    </message>
    <message>
        <source>Line %1: the host (IP address or name) is empty.</source>
        <translation>Satır %1: ana bilgisayar (IP adresi veya ad) boş.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Satır %1: %2</translation>
    </message>
    <message>
        <source>Line %1: the host names port %2 but the port column says %3.</source>
        <translation>Satır %1: ana bilgisayarda %2 portu belirtilmiş, ancak port sütununda %3 yazıyor.</translation>
    </message>
    <message>
        <source>Line %1: unknown protocol “%2” (known: %3; empty = reachability only).</source>
        <translation>Satır %1: bilinmeyen protokol “%2” (bilinenler: %3; boş = yalnızca erişilebilirlik).</translation>
    </message>
    <message>
        <source>Line %1: has_agent must be yes or no, not “%2”.</source>
        <translation>Satır %1: has_agent yes veya no olmalıdır, “%2” olamaz.</translation>
    </message>
    <message>
        <source>Line %1: room “%2” has a device “%3” already on line %4.</source>
        <translation>Satır %1: “%2” odasındaki “%3” cihazı zaten %4. satırda var.</translation>
    </message>
    <message>
        <source>Line %1: the MAC address %2 is also on line %3; every device has its own.</source>
        <translation>Satır %1: %2 MAC adresi %3. satırda da var; her cihazın kendi MAC adresi olmalıdır.</translation>
    </message>
    <message>
        <source>Line %1: room “%2” has %3 “%4” here but “%5” on line %6.</source>
        <translation>Satır %1: “%2” odasının %3 değeri burada “%4”, ancak %6. satırda “%5”.</translation>
    </message>
    <message>
        <source>building</source>
        <translation>bina</translation>
    </message>
    <message>
        <source>floor</source>
        <translation>kat</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>kapasite</translation>
    </message>
</context>
<context>
    <name>tafel::inventory::InventoryEditor</name>
    <message>
        <source>The password or PIN is empty; use “Clear” to remove a stored one.</source>
        <translation>Parola veya PIN boş; kayıtlı olanı kaldırmak için “Kayıtlı parolayı kaldır” düğmesini kullanın.</translation>
    </message>
</context>
<context>
    <name>tafel::media::MediaPlayer</name>
    <message>
        <source>The media engine could not create a player.</source>
        <translation>Medya motoru bir oynatıcı oluşturamadı.</translation>
    </message>
    <message>
        <source>No media file is open.</source>
        <translation>Açık bir medya dosyası yok.</translation>
    </message>
    <message>
        <source>The media engine could not start playing %1.</source>
        <translation>Medya motoru %1 dosyasını oynatmaya başlayamadı.</translation>
    </message>
    <message>
        <source>Seeking needs a media that is playing or paused.</source>
        <translation>Konum atlamak için oynatılan veya duraklatılmış bir medya gerekir.</translation>
    </message>
    <message>
        <source>%1 does not support seeking.</source>
        <translation>%1 konum atlamayı desteklemiyor.</translation>
    </message>
    <message>
        <source>%1 could not be played: its format is not supported, the file is damaged, or VLC&apos;s plugins are missing (Debian: the package vlc-plugin-base).</source>
        <translation>%1 oynatılamadı: biçimi desteklenmiyor, dosya hasarlı veya VLC eklentileri eksik (Debian: vlc-plugin-base paketi).</translation>
    </message>
    <message>
        <source>it refused the options %1</source>
        <translation>%1 seçeneklerini reddetti</translation>
    </message>
    <message>
        <source>The media engine (libVLC %1) could not be started: %2. Check the player options and that VLC&apos;s plugins are installed (Debian: the package vlc-plugin-base).</source>
        <translation>Medya motoru (libVLC %1) başlatılamadı: %2. Oynatıcı seçeneklerini ve VLC eklentilerinin kurulu olduğunu kontrol edin (Debian: vlc-plugin-base paketi).</translation>
    </message>
    <message>
        <source>No media file was given.</source>
        <translation>Medya dosyası verilmedi.</translation>
    </message>
    <message>
        <source>The media file %1 does not exist.</source>
        <translation>%1 medya dosyası mevcut değil.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a media file.</source>
        <translation>%1 bir klasör, medya dosyası değil.</translation>
    </message>
    <message>
        <source>The media file %1 is not readable (check its permissions).</source>
        <translation>%1 medya dosyası okunamıyor (izinlerini kontrol edin).</translation>
    </message>
    <message>
        <source>The media engine could not open %1.</source>
        <translation>Medya motoru %1 dosyasını açamadı.</translation>
    </message>
    <message>
        <source>The media engine could not read %1.</source>
        <translation>Medya motoru %1 dosyasını okuyamadı.</translation>
    </message>
    <message>
        <source>Reading %1 took longer than %2 ms.</source>
        <translation>%1 okuması %2 ms&apos;den uzun sürdü.</translation>
    </message>
    <message>
        <source>%1 is not a playable media file: its format is not supported or the file is damaged.</source>
        <translation>%1 oynatılabilir bir medya dosyası değil: biçimi desteklenmiyor veya dosya hasarlı.</translation>
    </message>
</context>
<context>
    <name>tafel::monitoring::HealthTracker</name>
    <message>
        <source>unknown</source>
        <translation>bilinmiyor</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>iyi</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>kısıtlı</translation>
    </message>
    <message>
        <source>down</source>
        <translation>çalışmıyor</translation>
    </message>
    <message numerus="yes">
        <source>%n failed probe(s) in a row: %1</source>
        <translation>
            <numerusform>art arda %n başarısız yoklama: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>slow answer (%1 ms)</source>
        <translation>yavaş yanıt (%1 ms)</translation>
    </message>
    <message>
        <source>answers (%1 ms)</source>
        <translation>yanıt veriyor (%1 ms)</translation>
    </message>
    <message numerus="yes">
        <source>%n successful probe(s) in a row</source>
        <translation>
            <numerusform>art arda %n başarılı yoklama</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slow probe(s) in a row (last %1 ms)</source>
        <translation>
            <numerusform>art arda %n yavaş yoklama (son %1 ms)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n good probe(s) in a row</source>
        <translation>
            <numerusform>art arda %n iyi yoklama</numerusform>
        </translation>
    </message>
    <message>
        <source>device %1 moved to another room</source>
        <translation>%1 cihazı başka bir odaya taşındı</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>%1 cihazı</translation>
    </message>
    <message numerus="yes">
        <source>no probe result for %n second(s)</source>
        <translation>
            <numerusform>%n saniyedir yoklama sonucu yok</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tafel::monitoring::HistoryStore</name>
    <message>
        <source>History database: %1: %2</source>
        <translation>Geçmiş veritabanı: %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the history database %1: %2</source>
        <translation>%1 geçmiş veritabanı açılamıyor: %2</translation>
    </message>
    <message>
        <source>setting WAL mode</source>
        <translation>WAL modu ayarlanıyor</translation>
    </message>
    <message>
        <source>The history database %1 failed its integrity check</source>
        <translation>%1 geçmiş veritabanı bütünlük denetiminden geçemedi</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>şema sürümü okunuyor</translation>
    </message>
    <message>
        <source>The history database %1 was written by a newer Tafel (schema %2, this build knows %3)</source>
        <translation>%1 geçmiş veritabanı daha yeni bir Tafel tarafından yazılmış (şema %2, bu derleme %3 sürümünü biliyor)</translation>
    </message>
    <message>
        <source>starting a migration</source>
        <translation>geçiş başlatılıyor</translation>
    </message>
    <message>
        <source>migrating to schema %1</source>
        <translation>%1 şemasına geçiliyor</translation>
    </message>
    <message>
        <source>adding a series</source>
        <translation>seri ekleniyor</translation>
    </message>
    <message>
        <source>The history database is not open</source>
        <translation>Geçmiş veritabanı açık değil</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>işlem (transaction) başlatılıyor</translation>
    </message>
    <message>
        <source>adding samples</source>
        <translation>örnekler ekleniyor</translation>
    </message>
    <message>
        <source>committing samples</source>
        <translation>örnekler kaydediliyor</translation>
    </message>
    <message>
        <source>reading the rollup state</source>
        <translation>özetleme durumu okunuyor</translation>
    </message>
    <message>
        <source>reading samples</source>
        <translation>örnekler okunuyor</translation>
    </message>
    <message>
        <source>writing rollups</source>
        <translation>özetler yazılıyor</translation>
    </message>
    <message>
        <source>writing the rollup state</source>
        <translation>özetleme durumu yazılıyor</translation>
    </message>
    <message>
        <source>pruning</source>
        <translation>eski veriler temizleniyor</translation>
    </message>
    <message>
        <source>reading rollups</source>
        <translation>özetler okunuyor</translation>
    </message>
    <message>
        <source>committing rollups</source>
        <translation>özetler kaydediliyor</translation>
    </message>
    <message>
        <source>recording an event</source>
        <translation>olay kaydediliyor</translation>
    </message>
    <message>
        <source>reading events</source>
        <translation>olaylar okunuyor</translation>
    </message>
</context>
<context>
    <name>tafel::monitoring::Icmp</name>
    <message>
        <source>ICMP packet too long</source>
        <translation>ICMP paketi çok uzun</translation>
    </message>
    <message>
        <source>IP header too short</source>
        <translation>IP başlığı çok kısa</translation>
    </message>
    <message>
        <source>Not an IPv4 packet</source>
        <translation>IPv4 paketi değil</translation>
    </message>
    <message>
        <source>Bad IPv4 header length</source>
        <translation>Hatalı IPv4 başlık uzunluğu</translation>
    </message>
    <message>
        <source>Not an ICMP packet</source>
        <translation>ICMP paketi değil</translation>
    </message>
    <message>
        <source>ICMP message too short</source>
        <translation>ICMP mesajı çok kısa</translation>
    </message>
    <message>
        <source>ICMP checksum mismatch</source>
        <translation>ICMP sağlama toplamı uyuşmuyor</translation>
    </message>
</context>
<context>
    <name>tafel::monitoring::IcmpEngine</name>
    <message>
        <source>Too many ICMP probes in flight</source>
        <translation>Aynı anda çok fazla ICMP yoklaması var</translation>
    </message>
    <message>
        <source>Cannot send ICMP echo: %1</source>
        <translation>ICMP yankı isteği gönderilemiyor: %1</translation>
    </message>
    <message>
        <source>No ICMP echo reply (timeout)</source>
        <translation>ICMP yankı yanıtı yok (zaman aşımı)</translation>
    </message>
</context>
<context>
    <name>tafel::monitoring::Iperf3</name>
    <message>
        <source>Bad iperf3 parameters</source>
        <translation>Hatalı iperf3 parametreleri</translation>
    </message>
    <message>
        <source>Unknown iperf3 state %1 from the server</source>
        <translation>Sunucudan bilinmeyen iperf3 durumu %1</translation>
    </message>
    <message>
        <source>iperf3 JSON message of %1 bytes refused</source>
        <translation>%1 baytlık iperf3 JSON mesajı reddedildi</translation>
    </message>
    <message>
        <source>Malformed iperf3 JSON: %1</source>
        <translation>Hatalı biçimli iperf3 JSON: %1</translation>
    </message>
    <message>
        <source>iperf3 results lack CPU or retransmit fields</source>
        <translation>iperf3 sonuçlarında CPU veya yeniden iletim alanları eksik</translation>
    </message>
    <message>
        <source>iperf3 results lack the stream list</source>
        <translation>iperf3 sonuçlarında akış listesi eksik</translation>
    </message>
    <message>
        <source>iperf3 results list too many streams</source>
        <translation>iperf3 sonuçlarında çok fazla akış var</translation>
    </message>
    <message>
        <source>iperf3 stream result is not an object</source>
        <translation>iperf3 akış sonucu bir nesne değil</translation>
    </message>
    <message>
        <source>iperf3 stream result lacks fields</source>
        <translation>iperf3 akış sonucunda alanlar eksik</translation>
    </message>
    <message>
        <source>i_errno %1</source>
        <translation>i_errno %1</translation>
    </message>
    <message>
        <source>iperf3 server error: %1 (%2)</source>
        <translation>iperf3 sunucu hatası: %1 (%2)</translation>
    </message>
    <message>
        <source>iperf3 server error: %1</source>
        <translation>iperf3 sunucu hatası: %1</translation>
    </message>
</context>
<context>
    <name>tafel::monitoring::Iperf3Client</name>
    <message>
        <source>An iperf3 test is already running</source>
        <translation>Bir iperf3 testi zaten çalışıyor</translation>
    </message>
    <message>
        <source>The iperf3 test was cancelled</source>
        <translation>iperf3 testi iptal edildi</translation>
    </message>
    <message>
        <source>The iperf3 server at %1 accepted the connection but did not answer</source>
        <translation>%1 adresindeki iperf3 sunucusu bağlantıyı kabul etti ancak yanıt vermedi</translation>
    </message>
    <message>
        <source>The iperf3 server closed the control connection</source>
        <translation>iperf3 sunucusu kontrol bağlantısını kapattı</translation>
    </message>
    <message>
        <source>Cannot reach the iperf3 server at %1: %2</source>
        <translation>%1 adresindeki iperf3 sunucusuna ulaşılamıyor: %2</translation>
    </message>
    <message>
        <source>Connecting to the iperf3 server at %1 timed out</source>
        <translation>%1 adresindeki iperf3 sunucusuna bağlantı zaman aşımına uğradı</translation>
    </message>
    <message>
        <source>The iperf3 server sent an oversized message</source>
        <translation>iperf3 sunucusu aşırı büyük bir mesaj gönderdi</translation>
    </message>
    <message>
        <source>The iperf3 server stopped answering after the parameters</source>
        <translation>iperf3 sunucusu parametrelerden sonra yanıt vermeyi bıraktı</translation>
    </message>
    <message>
        <source>The iperf3 server did not start the test</source>
        <translation>iperf3 sunucusu testi başlatmadı</translation>
    </message>
    <message>
        <source>The iperf3 server ended the test during the warm-up</source>
        <translation>iperf3 sunucusu testi ısınma sırasında sonlandırdı</translation>
    </message>
    <message>
        <source>The iperf3 server asked for results before the test ran</source>
        <translation>iperf3 sunucusu test çalışmadan sonuçları istedi</translation>
    </message>
    <message>
        <source>The iperf3 server did not send its results</source>
        <translation>iperf3 sunucusu sonuçlarını göndermedi</translation>
    </message>
    <message>
        <source>The iperf3 server at %1 is busy with another test</source>
        <translation>%1 adresindeki iperf3 sunucusu başka bir testle meşgul</translation>
    </message>
    <message>
        <source>The iperf3 server terminated the test</source>
        <translation>iperf3 sunucusu testi sonlandırdı</translation>
    </message>
    <message>
        <source>iperf3 data connection failed: %1</source>
        <translation>iperf3 veri bağlantısı başarısız: %1</translation>
    </message>
    <message>
        <source>The iperf3 server stalled during the test</source>
        <translation>iperf3 sunucusu test sırasında takıldı</translation>
    </message>
    <message>
        <source>The iperf3 server did not finish the test</source>
        <translation>iperf3 sunucusu testi bitirmedi</translation>
    </message>
</context>
<context>
    <name>tafel::monitoring::LibreSpeedClient</name>
    <message>
        <source>A speed test is already running</source>
        <translation>Bir hız testi zaten çalışıyor</translation>
    </message>
    <message>
        <source>Cannot reach the speed test server %1: %2</source>
        <translation>%1 hız testi sunucusuna ulaşılamıyor: %2</translation>
    </message>
    <message>
        <source>The speed test server answered getIP with HTTP %1</source>
        <translation>Hız testi sunucusu getIP isteğine HTTP %1 ile yanıt verdi</translation>
    </message>
    <message>
        <source>The speed test was cancelled</source>
        <translation>Hız testi iptal edildi</translation>
    </message>
    <message>
        <source>The speed test server answered empty with HTTP %1</source>
        <translation>Hız testi sunucusu empty isteğine HTTP %1 ile yanıt verdi</translation>
    </message>
    <message>
        <source>Speed test transfer failed: %1</source>
        <translation>Hız testi aktarımı başarısız: %1</translation>
    </message>
    <message>
        <source>The speed test server answered HTTP %1</source>
        <translation>Hız testi sunucusu HTTP %1 yanıtı verdi</translation>
    </message>
</context>
<context>
    <name>tafel::monitoring::ProbeTarget</name>
    <message>
        <source>Not a probe target: &quot;%1&quot; (use icmp://host, tcp://host:port, http(s)://..., display://id or heartbeat://id)</source>
        <translation>Geçerli bir ölçüm hedefi değil: &quot;%1&quot; (icmp://host, tcp://host:port, http(s)://..., display://id veya heartbeat://id kullanın)</translation>
    </message>
</context>
<context>
    <name>tafel::monitoring::Prober</name>
    <message>
        <source>Cannot resolve %1: %2</source>
        <translation>%1 çözümlenemiyor: %2</translation>
    </message>
    <message>
        <source>TCP connect to %1 port %2 failed: %3</source>
        <translation>%1 port %2 adresine TCP bağlantısı başarısız: %3</translation>
    </message>
    <message>
        <source>TCP connect to %1 port %2 timed out</source>
        <translation>%1 port %2 adresine TCP bağlantısı zaman aşımına uğradı</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP durumu %1</translation>
    </message>
    <message>
        <source>No display driver for %1</source>
        <translation>%1 için ekran sürücüsü yok</translation>
    </message>
    <message>
        <source>No heartbeat source for %1</source>
        <translation>%1 için sinyal (heartbeat) kaynağı yok</translation>
    </message>
    <message>
        <source>Agent %1 did not answer the heartbeat</source>
        <translation>%1 ajanı sinyale (heartbeat) yanıt vermedi</translation>
    </message>
</context>
<context>
    <name>tafel::provision::Applier</name>
    <message>
        <source>Cannot create a temporary directory: %1</source>
        <translation>Geçici bir dizin oluşturulamıyor: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
    <message>
        <source>The existing agent.ini cannot be read; fix or remove it and apply again.</source>
        <translation>Mevcut agent.ini okunamıyor; düzeltin veya kaldırın ve yeniden uygulayın.</translation>
    </message>
    <message>
        <source>Cannot write the agent configuration.</source>
        <translation>Ajan yapılandırması yazılamıyor.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>Cannot set the group of %1.</source>
        <translation>%1 dosyasının grubu ayarlanamıyor.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>%1 dizini oluşturulamıyor.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 kaldırılamıyor.</translation>
    </message>
</context>
<context>
    <name>tafel::provision::Validator</name>
    <message>
        <source>missing (required)</source>
        <translation>eksik (zorunlu)</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>bir dize olmalıdır</translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB</source>
        <translation>dosya 1 MiB&apos;tan büyük</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>%1. baytta geçerli JSON değil: %2</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>bir JSON nesnesi olmalıdır</translation>
    </message>
    <message>
        <source>unknown key (allowed: schema, school_id, room, role, agent, trusted_keys, reporting, admin_password_hash)</source>
        <translation>bilinmeyen anahtar (izin verilenler: schema, school_id, room, role, agent, trusted_keys, reporting, admin_password_hash)</translation>
    </message>
    <message>
        <source>missing (required; this Tafel writes %1)</source>
        <translation>eksik (zorunlu; bu Tafel %1 yazar)</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>bir tam sayı olmalıdır</translation>
    </message>
    <message>
        <source>version %1 is newer than this Tafel understands (%2); upgrade Tafel first</source>
        <translation>%1 sürümü bu Tafel&apos;in anladığından daha yeni (%2); önce Tafel&apos;i yükseltin</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>%1 olmalıdır</translation>
    </message>
    <message>
        <source>must be 1-64 characters of A-Z a-z 0-9 . _ -</source>
        <translation>A-Z a-z 0-9 . _ - karakterlerinden 1-64 karakter olmalıdır</translation>
    </message>
    <message>
        <source>must be 1-100 characters without control characters or surrounding spaces</source>
        <translation>kontrol karakteri veya baştaki/sondaki boşluk olmadan 1-100 karakter olmalıdır</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a machine role (teacher-pc, display-pc, student, server)</source>
        <translation>&apos;%1&apos; bir makine rolü değil (teacher-pc, display-pc, student, server)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>bir nesne olmalıdır</translation>
    </message>
    <message>
        <source>unknown key (allowed: name, listen)</source>
        <translation>bilinmeyen anahtar (izin verilenler: name, listen)</translation>
    </message>
    <message>
        <source>must be a host-name-like name of 1-63 characters (A-Z a-z 0-9 . _ -)</source>
        <translation>1-63 karakterlik, ana bilgisayar adına benzer bir ad olmalıdır (A-Z a-z 0-9 . _ -)</translation>
    </message>
    <message>
        <source>must be ADDR:PORT</source>
        <translation>ADDR:PORT olmalıdır</translation>
    </message>
    <message>
        <source>missing (required; an empty list makes the agent refuse every client)</source>
        <translation>eksik (zorunlu; boş bir liste ajanın her istemciyi reddetmesine yol açar)</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>bir dizi olmalıdır</translation>
    </message>
    <message>
        <source>more than %1 keys</source>
        <translation>%1 anahtardan fazla</translation>
    </message>
    <message>
        <source>must be an object with role, key and optional comment</source>
        <translation>role, key ve isteğe bağlı comment içeren bir nesne olmalıdır</translation>
    </message>
    <message>
        <source>unknown key (allowed: role, key, comment)</source>
        <translation>bilinmeyen anahtar (izin verilenler: role, key, comment)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a key role (teacher, admin)</source>
        <translation>&apos;%1&apos; bir anahtar rolü değil (teacher, admin)</translation>
    </message>
    <message>
        <source>not an Ed25519 public key (base64 of 32 bytes)</source>
        <translation>bir Ed25519 açık anahtarı değil (32 baytın base64 hali)</translation>
    </message>
    <message>
        <source>listed twice</source>
        <translation>iki kez listelenmiş</translation>
    </message>
    <message>
        <source>must be at most 200 characters without control characters</source>
        <translation>kontrol karakteri olmadan en fazla 200 karakter olmalıdır</translation>
    </message>
    <message>
        <source>must be an object (the reporting sinks&apos; configuration)</source>
        <translation>bir nesne olmalıdır (raporlama hedeflerinin yapılandırması)</translation>
    </message>
    <message>
        <source>must be an scrypt hash ($scrypt$ln=..,r=..,p=..$salt$hash) as &apos;tafelctl provision bundle&apos; writes it; a plain password is refused</source>
        <translation>&apos;tafelctl provision bundle&apos; komutunun yazdığı biçimde bir scrypt karması ($scrypt$ln=..,r=..,p=..$salt$hash) olmalıdır; düz parola reddedilir</translation>
    </message>
    <message>
        <source>unknown key (allowed: sinks, interval_secs, outbox_max)</source>
        <translation>bilinmeyen anahtar (izin verilenler: sinks, interval_secs, outbox_max)</translation>
    </message>
    <message>
        <source>must be a positive whole number</source>
        <translation>pozitif bir tam sayı olmalıdır</translation>
    </message>
    <message>
        <source>must be a list of sinks</source>
        <translation>bir hedef listesi olmalıdır</translation>
    </message>
    <message>
        <source>unknown key (allowed: kind, url, name, token, ca_file, cert_file, key_file)</source>
        <translation>bilinmeyen anahtar (izin verilenler: kind, url, name, token, ca_file, cert_file, key_file)</translation>
    </message>
    <message>
        <source>must be a single-line string</source>
        <translation>tek satırlık bir metin olmalıdır</translation>
    </message>
    <message>
        <source>must be &apos;pushgateway&apos; or &apos;otlp&apos;</source>
        <translation>&apos;pushgateway&apos; veya &apos;otlp&apos; olmalıdır</translation>
    </message>
    <message>
        <source>must be an http:// or https:// address</source>
        <translation>bir http:// veya https:// adresi olmalıdır</translation>
    </message>
</context>
<context>
    <name>tafel::reporting</name>
    <message>
        <source>A report needs a school and a room id.</source>
        <translation>Bir rapor için okul ve oda kimliği gereklidir.</translation>
    </message>
</context>
<context>
    <name>tafel::reporting::HttpSink</name>
    <message>
        <source>Report sink %1: the URL must start with http:// or https://.</source>
        <translation>Rapor hedefi %1: URL http:// veya https:// ile başlamalıdır.</translation>
    </message>
    <message>
        <source>A report sink needs a name.</source>
        <translation>Bir rapor hedefinin adı olmalıdır.</translation>
    </message>
    <message>
        <source>Report sink %1: no CA certificate could be read from %2.</source>
        <translation>Rapor hedefi %1: %2 konumundan CA sertifikası okunamadı.</translation>
    </message>
    <message>
        <source>Report sink %1: the client certificate or key could not be read.</source>
        <translation>Rapor hedefi %1: istemci sertifikası veya anahtarı okunamadı.</translation>
    </message>
    <message>
        <source>The server refused the report (HTTP %1): %2</source>
        <translation>Sunucu raporu reddetti (HTTP %1): %2</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>%2 kaynağından HTTP %1</translation>
    </message>
</context>
<context>
    <name>tafel::reporting::Reporter</name>
    <message>
        <source>There is already a report sink named %1.</source>
        <translation>%1 adlı bir rapor hedefi zaten var.</translation>
    </message>
</context>
<context>
    <name>tafel::schedules</name>
    <message>
        <source>Displays on</source>
        <translation>Ekranları aç</translation>
    </message>
    <message>
        <source>Displays off</source>
        <translation>Ekranları kapat</translation>
    </message>
    <message>
        <source>Switch input to %1</source>
        <translation>Kaynağı değiştir: %1</translation>
    </message>
    <message>
        <source>No days given; use e.g. mon-fri, mon,wed,fri or daily.</source>
        <translation>Gün verilmedi; ör. mon-fri, mon,wed,fri veya daily kullanın.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day or a range of days.</source>
        <translation>&apos;%1&apos; bir gün veya gün aralığı değil.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day of the week (mon, tue, wed, thu, fri, sat, sun).</source>
        <translation>&apos;%1&apos; haftanın bir günü değil (mon, tue, wed, thu, fri, sat, sun).</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>her gün</translation>
    </message>
    <message>
        <source>Mon–Fri</source>
        <translation>Pzt–Cum</translation>
    </message>
    <message>
        <source>The time is missing or not valid (use HH:MM).</source>
        <translation>Saat eksik veya geçersiz (SS:DD biçimini kullanın).</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>En az bir gün seçin.</translation>
    </message>
    <message>
        <source>Switching the input needs the input to switch to.</source>
        <translation>Kaynak değiştirme işlemi için geçilecek kaynak gerekir.</translation>
    </message>
</context>
<context>
    <name>tafel::schooladmin::ConfigPusher</name>
    <message>
        <source>A configuration push is still running.</source>
        <translation>Bir yapılandırma gönderimi hâlâ sürüyor.</translation>
    </message>
    <message>
        <source>No agents to push to: mark the room PCs that run tafel-agent in Rooms &amp; devices.</source>
        <translation>Yapılandırmanın gönderileceği ajan yok: tafel-agent çalıştıran oda PC&apos;lerini Odalar ve cihazlar altında işaretleyin.</translation>
    </message>
    <message>
        <source>An admin key is needed to push the configuration (create one with &apos;tafelctl keys create --role admin&apos;).</source>
        <translation>Yapılandırmayı göndermek için bir yönetici anahtarı gerekir (&apos;tafelctl keys create --role admin&apos; ile oluşturun).</translation>
    </message>
    <message>
        <source>%1 is not enrolled: enroll it on Agents &amp; keys (or &apos;tafelctl agent enroll %1&apos;).</source>
        <translation>%1 kayıtlı değil: Ajanlar ve anahtarlar sayfasında kaydedin (veya &apos;tafelctl agent enroll %1&apos;).</translation>
    </message>
</context>
<context>
    <name>tafel::schooladmin::SchoolAdmin</name>
    <message>
        <source>Choose a file for the private key.</source>
        <translation>Özel anahtar için bir dosya seçin.</translation>
    </message>
    <message>
        <source>%1 already exists; an existing key is never overwritten. Choose another file.</source>
        <translation>%1 zaten var; mevcut bir anahtarın üzerine asla yazılmaz. Başka bir dosya seçin.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>%1 klasörü oluşturulamıyor.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
    <message>
        <source>the public key</source>
        <translation>açık anahtar</translation>
    </message>
    <message>
        <source>Give exactly one key line (ROLE BASE64-KEY [COMMENT]).</source>
        <translation>Tam olarak bir anahtar satırı verin (ROLE BASE64-KEY [COMMENT]).</translation>
    </message>
    <message>
        <source>The school id is needed (e.g. de-by-09162-gs-nord).</source>
        <translation>Okul kimliği gerekli (ör. de-by-09162-gs-nord).</translation>
    </message>
    <message>
        <source>The school has no active keys; create a teacher and an admin key first.</source>
        <translation>Okulun etkin anahtarı yok; önce bir öğretmen anahtarı ve bir yönetici anahtarı oluşturun.</translation>
    </message>
    <message>
        <source>The school has no rooms yet.</source>
        <translation>Okulun henüz odası yok.</translation>
    </message>
    <message>
        <source>The bundle for room %1 would not be valid: %2</source>
        <translation>%1 odasının paketi geçerli olmazdı: %2</translation>
    </message>
</context>
<context>
    <name>tafel::screen::BlankWindow</name>
    <message>
        <source>Screen blanked by the teacher</source>
        <translation>Ekran öğretmen tarafından karartıldı</translation>
    </message>
</context>
<context>
    <name>tafel::screen::MessageWindow</name>
    <message>
        <source>Message from the teacher</source>
        <translation>Öğretmenden mesaj</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Mesajı kapatın</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>%1 kişisinden mesaj</translation>
    </message>
    <message>
        <source>Closes in %1 s</source>
        <translation>%1 sn içinde kapanır</translation>
    </message>
</context>
<context>
    <name>tafel::screen::ScreenController</name>
    <message>
        <source>Nothing is playing on the display.</source>
        <translation>Ekranda oynatılan bir şey yok.</translation>
    </message>
    <message>
        <source>Nothing is paused on the display.</source>
        <translation>Ekranda duraklatılmış bir şey yok.</translation>
    </message>
</context>
<context>
    <name>tafel::screen::VideoWindow</name>
    <message>
        <source>Video on the display</source>
        <translation>Ekrandaki video</translation>
    </message>
</context>
<context>
    <name>tafel::screensession</name>
    <message>
        <source>The message is empty.</source>
        <translation>Mesaj boş.</translation>
    </message>
    <message>
        <source>The message has %1 characters; at most %2 fit on the screen.</source>
        <translation>Mesaj %1 karakter; ekrana en fazla %2 karakter sığar.</translation>
    </message>
    <message>
        <source>The sender&apos;s name is longer than %1 characters.</source>
        <translation>Gönderenin adı %1 karakterden uzun.</translation>
    </message>
    <message>
        <source>A message can stay for 0 (until closed) to %1 seconds.</source>
        <translation>Bir mesaj 0 (kapatılana kadar) ile %1 saniye arasında kalabilir.</translation>
    </message>
    <message>
        <source>The screen request was cancelled.</source>
        <translation>Ekran isteği iptal edildi.</translation>
    </message>
    <message>
        <source>No display session: the screen helper (tafel --screen) is not running on this computer, or nobody is logged in to the display (no socket at %1).</source>
        <translation>Ekran oturumu yok: ekran yardımcısı (tafel --screen) bu bilgisayarda çalışmıyor veya ekranda oturum açmış kimse yok (%1 konumunda soket yok).</translation>
    </message>
    <message>
        <source>The display needs the full path of the media file, not &quot;%1&quot;.</source>
        <translation>Ekranın medya dosyasının tam yoluna ihtiyacı var, &quot;%1&quot; değil.</translation>
    </message>
    <message>
        <source>A seek position cannot be negative.</source>
        <translation>Sarma konumu negatif olamaz.</translation>
    </message>
    <message>
        <source>Too many screen requests are waiting; try again.</source>
        <translation>Bekleyen çok fazla ekran isteği var; tekrar deneyin.</translation>
    </message>
    <message>
        <source>The screen helper did not answer within %1 seconds.</source>
        <translation>Ekran yardımcısı %1 saniye içinde yanıt vermedi.</translation>
    </message>
    <message>
        <source>No display session: the screen helper closed the connection before answering (the user logged out?).</source>
        <translation>Ekran oturumu yok: ekran yardımcısı yanıt vermeden bağlantıyı kapattı (kullanıcı oturumu kapattı mı?).</translation>
    </message>
    <message>
        <source>The screen helper cannot listen at %1: %2</source>
        <translation>Ekran yardımcısı %1 konumunda dinleyemiyor: %2</translation>
    </message>
</context>
<context>
    <name>tafel::store</name>
    <message>
        <source>An audit entry needs an actor and an action.</source>
        <translation>Denetim kaydı girdisi, işlemi yapanı ve işlemi içermelidir.</translation>
    </message>
    <message>
        <source>No stored password or PIN with reference &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; referanslı kayıtlı bir parola veya PIN yok.</translation>
    </message>
    <message>
        <source>Cannot write to the folder of the database %1. Tafel needs to create files there; make the folder writable or choose another database location.</source>
        <translation>%1 veritabanının klasörüne yazılamıyor. Tafel&apos;in orada dosya oluşturması gerekiyor; klasörü yazılabilir yapın veya başka bir veritabanı konumu seçin.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Veritabanı dosyası verilmedi.</translation>
    </message>
    <message>
        <source>Schema version %1 does not exist (this program knows 1 to %2).</source>
        <translation>%1 şema sürümü mevcut değil (bu program 1 ile %2 arasını biliyor).</translation>
    </message>
    <message>
        <source>%1 is not a database file but a folder or device.</source>
        <translation>%1 bir veritabanı dosyası değil; bir klasör veya aygıt.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>%1 veritabanı mevcut değil.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Veritabanı için %1 klasörü oluşturulamıyor.</translation>
    </message>
    <message>
        <source>The database file %1 is read-only. Make it writable for this user.</source>
        <translation>%1 veritabanı dosyası salt okunur. Dosyayı bu kullanıcı için yazılabilir yapın.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is missing. Install the package libqt6sql6-sqlite.</source>
        <translation>Qt&apos;nin SQLite sürücüsü (QSQLITE) eksik. libqt6sql6-sqlite paketini kurun.</translation>
    </message>
    <message>
        <source>%1 It could not be moved aside (%2); move or delete it by hand, or restore a backup.</source>
        <translation>%1 Dosya kenara taşınamadı (%2); elle taşıyın veya silin ya da bir yedeği geri yükleyin.</translation>
    </message>
    <message>
        <source>%1 It was moved aside to %2 (not deleted). The next start creates a new, empty database; restore a backup to get your data back.</source>
        <translation>%1 Dosya %2 konumuna taşındı (silinmedi). Bir sonraki başlatmada yeni, boş bir veritabanı oluşturulur; verilerinizi geri almak için bir yedeği geri yükleyin.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>%1 veritabanının şema sürümü okunamıyor.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2).</source>
        <translation>%1 veritabanı hasarlı (%2).</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this program knows schema version %3 at most: it was written by a newer Tafel. Update Tafel, or open another database.</source>
        <translation>%1 veritabanının şema sürümü %2, ancak bu program en fazla %3 şema sürümünü biliyor: veritabanı daha yeni bir Tafel tarafından yazılmış. Tafel&apos;i güncelleyin veya başka bir veritabanı açın.</translation>
    </message>
    <message>
        <source>The database %1 has an invalid schema version %2.</source>
        <translation>%1 veritabanının şema sürümü geçersiz: %2.</translation>
    </message>
    <message>
        <source>Upgrading the database %1 to schema version %2 failed: %3</source>
        <translation>%1 veritabanı %2 şema sürümüne yükseltilemedi: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a MAC address (expected e.g. 00:11:22:AA:BB:CC).</source>
        <translation>&apos;%1&apos; bir MAC adresi değil (beklenen biçim ör. 00:11:22:AA:BB:CC).</translation>
    </message>
    <message>
        <source>Device %1 has the unknown kind &apos;%2&apos;; a newer Tafel may have written it.</source>
        <translation>%1 cihazının türü bilinmiyor: &apos;%2&apos;; daha yeni bir Tafel tarafından yazılmış olabilir.</translation>
    </message>
    <message>
        <source>There is no device &apos;%1&apos;.</source>
        <translation>Cihaz bulunamadı: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A device needs a name.</source>
        <translation>Cihazın bir adı olmalıdır.</translation>
    </message>
    <message>
        <source>Device &apos;%1&apos; has an invalid kind.</source>
        <translation>&apos;%1&apos; cihazının türü geçersiz.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id.</source>
        <translation>&apos;%1&apos; geçerli bir kimlik değil.</translation>
    </message>
    <message>
        <source>Device &apos;%1&apos; names two different ports (%2 and %3).</source>
        <translation>&apos;%1&apos; cihazı için iki farklı port belirtilmiş (%2 ve %3).</translation>
    </message>
    <message>
        <source>Unknown protocol &apos;%1&apos; (known: %2).</source>
        <translation>Bilinmeyen protokol &apos;%1&apos; (bilinenler: %2).</translation>
    </message>
    <message>
        <source>There is no room &apos;%1&apos; for device &apos;%2&apos;.</source>
        <translation>&apos;%2&apos; cihazı için belirtilen &apos;%1&apos; odası bulunamadı.</translation>
    </message>
    <message>
        <source>The MAC address %1 already belongs to device &apos;%2&apos;.</source>
        <translation>%1 MAC adresi zaten &apos;%2&apos; cihazına ait.</translation>
    </message>
    <message>
        <source>There is no room &apos;%1&apos;.</source>
        <translation>Oda bulunamadı: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A room named &apos;%1&apos; already exists.</source>
        <translation>&apos;%1&apos; adında bir oda zaten var.</translation>
    </message>
    <message>
        <source>A room needs a name.</source>
        <translation>Odanın bir adı olmalıdır.</translation>
    </message>
    <message>
        <source>The capacity of room &apos;%1&apos; cannot be negative.</source>
        <translation>&apos;%1&apos; odasının kapasitesi negatif olamaz.</translation>
    </message>
    <message>
        <source>Schedule %1 has the unknown action &apos;%2&apos;.</source>
        <translation>%1 zamanlamasında bilinmeyen işlem: &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>There is no schedule &apos;%1&apos;.</source>
        <translation>Zamanlama bulunamadı: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>veritabanı</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program (another Tafel or tafelctl is using it). Try again in a moment.</source>
        <translation>%1 başka bir program tarafından kilitlenmiş (başka bir Tafel veya tafelctl onu kullanıyor). Biraz sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>Cannot open %1 for writing (%2). Check that the file and its folder exist and are writable.</source>
        <translation>%1 yazmak için açılamıyor (%2). Dosyanın ve klasörünün mevcut ve yazılabilir olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>Reading or writing %1 failed (%2). Is the disk full?</source>
        <translation>%1 okunurken veya yazılırken hata oluştu (%2). Disk dolu mu?</translation>
    </message>
    <message>
        <source>The change was refused by the database (%1).</source>
        <translation>Değişiklik veritabanı tarafından reddedildi (%1).</translation>
    </message>
    <message>
        <source>The change conflicts with existing data (%1).</source>
        <translation>Değişiklik mevcut verilerle çakışıyor (%1).</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>Veritabanı hatası (%1): %2</translation>
    </message>
    <message>
        <source>User &apos;%1&apos; has the unknown role &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; kullanıcısının rolü bilinmiyor: &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Refusing to store a password that is not hashed.</source>
        <translation>Özeti alınmamış bir parola kaydedilmez.</translation>
    </message>
    <message>
        <source>There is no user &apos;%1&apos;.</source>
        <translation>Kullanıcı bulunamadı: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A user needs a name.</source>
        <translation>Kullanıcının bir adı olmalıdır.</translation>
    </message>
    <message>
        <source>A user named &apos;%1&apos; already exists.</source>
        <translation>&apos;%1&apos; adında bir kullanıcı zaten var.</translation>
    </message>
    <message>
        <source>The database %1 is not a %2 database. Open the right file.</source>
        <translation>%1 veritabanı bir %2 veritabanı değil. Doğru dosyayı açın.</translation>
    </message>
</context>
<context>
    <name>tafel::wol</name>
    <message>
        <source>&quot;%1&quot; is not a MAC address: %2. Expected a form like aa:bb:cc:dd:ee:ff.</source>
        <translation>&quot;%1&quot; bir MAC adresi değil: %2. aa:bb:cc:dd:ee:ff gibi bir biçim bekleniyor.</translation>
    </message>
    <message>
        <source>No MAC address given. Expected a form like aa:bb:cc:dd:ee:ff.</source>
        <translation>MAC adresi verilmedi. aa:bb:cc:dd:ee:ff gibi bir biçim bekleniyor.</translation>
    </message>
    <message>
        <source>it mixes the separators &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>&apos;%1&apos; ve &apos;%2&apos; ayırıcıları karışık kullanılmış</translation>
    </message>
    <message>
        <source>group %1 has %2 digits instead of %3</source>
        <translation>%1. grupta %3 yerine %2 basamak var</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at position %2 is not a hexadecimal digit</source>
        <translation>%2. konumdaki &apos;%1&apos; onaltılık bir basamak değil</translation>
    </message>
    <message>
        <source>it is too long (a MAC address has 12 hexadecimal digits)</source>
        <translation>çok uzun (bir MAC adresi 12 onaltılık basamaktan oluşur)</translation>
    </message>
    <message>
        <source>it has %1 hexadecimal digits instead of 12</source>
        <translation>12 yerine %1 onaltılık basamak içeriyor</translation>
    </message>
    <message>
        <source>00:00:00:00:00:00 belongs to no network card</source>
        <translation>00:00:00:00:00:00 hiçbir ağ kartına ait değil</translation>
    </message>
    <message>
        <source>it is a broadcast or multicast address, not a network card&apos;s</source>
        <translation>bir yayın veya çok noktaya yayın adresi, bir ağ kartının adresi değil</translation>
    </message>
    <message>
        <source>Wake-on-LAN needs a target address and a port.</source>
        <translation>Wake-on-LAN için bir hedef adres ve port gerekir.</translation>
    </message>
    <message>
        <source>Cannot send the Wake-on-LAN packet for %1 to %2 port %3: %4</source>
        <translation>%1 için Wake-on-LAN paketi %2 adresine, %3 portuna gönderilemiyor: %4</translation>
    </message>
    <message>
        <source>it has %1 groups instead of %2 groups of %3 digits</source>
        <translation>%3 basamaklı %2 grup yerine %1 grup var</translation>
    </message>
    <message>
        <source>group %1 has more than %2 digits</source>
        <translation>%1. grupta %2 basamaktan fazla var</translation>
    </message>
</context>
</TS>
