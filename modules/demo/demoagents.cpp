#include "demo/demoagents.h"

#include "agent/agentconfig.h"
#include "agent/agentmonitoring.h"
#include "agent/agentservice.h"
#include "agent/reportingconfig.h"
#include "agentlink/pinfile.h"
#include "agentlink/truststore.h"
#include "crypto/keys.h"
#include "monitoring/librespeedserver.h"
#include "store/database.h"
#include "store/repositories.h"
#include "store/schoolkeys.h"

#include <QDir>
#include <QHostAddress>
#include <QUrl>
#include <QFile>

#include <tuple>

namespace tafel::demo {

namespace {
// A 3 s 160x90 I420 video (a moving gradient) that libVLC's rawvid demuxer plays: no codec, no download.
QByteArray demoClip()
{
    constexpr int w = 160;
    constexpr int h = 90;
    constexpr int fps = 25;
    QByteArray out("YUV4MPEG2 W160 H90 F25:1 Ip A1:1 C420jpeg\n");
    for (int frame = 0; frame < 3 * fps; ++frame) {
        out += "FRAME\n";
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x)
                out.append(char((x + y + frame * 4) & 0xff));
        out.append(QByteArray(w * h / 2, char(128)));
    }
    return out;
}

Status writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return Error::make(ErrorCode::Io, QStringLiteral("%1: %2").arg(path, f.errorString()));
    return {};
}
} // namespace

DemoAgents::DemoAgents(QString directory, QObject *parent)
    : QObject(parent)
    , m_dir(std::move(directory))
{
}

DemoAgents::~DemoAgents() = default;

QString DemoAgents::teacherKeyFile() const
{
    return QDir(m_dir).filePath(QStringLiteral("tafel-teacher.pem"));
}

QString DemoAgents::adminKeyFile() const
{
    return QDir(m_dir).filePath(QStringLiteral("tafel-admin.pem"));
}

QString DemoAgents::mediaDirectory() const
{
    return QDir(m_dir).filePath(QStringLiteral("media"));
}

QString DemoAgents::sampleMaterial() const
{
    return QDir(m_dir).filePath(QStringLiteral("Material/Stunde 3 - Brüche"));
}

QString DemoAgents::screenSocket() const
{
    return QDir(m_dir).filePath(QStringLiteral("screen-raum-204"));
}

Status DemoAgents::start(store::Database &db)
{
    if (!QDir().mkpath(mediaDirectory()))
        return Error::make(ErrorCode::Io, QStringLiteral("cannot create %1").arg(mediaDirectory()));
    if (Status st = writeFile(QDir(mediaDirectory()).filePath(QStringLiteral("Demo-Clip.y4m")), demoClip()); !st)
        return st;
    // Sample lesson material for "Send material": two worksheets and the clip in a sub-folder.
    const QDir material(sampleMaterial());
    if (!material.mkpath(QStringLiteral("Video")))
        return Error::make(ErrorCode::Io, QStringLiteral("cannot create %1").arg(material.path()));
    for (const auto &[name, text] : {std::pair{QStringLiteral("Arbeitsblatt Brüche.txt"), QByteArray("Aufgabe 1: 3/4 + 1/8 = ?\nAufgabe 2: 2/3 von 18 = ?\n")},
                                     std::pair{QStringLiteral("Lösungen.txt"), QByteArray("Aufgabe 1: 7/8\nAufgabe 2: 12\n")}}) {
        if (Status st = writeFile(material.filePath(name), text.repeated(2000)); !st)
            return st;
    }
    if (Status st = writeFile(material.filePath(QStringLiteral("Video/Pizza-Brüche.y4m")), demoClip().repeated(4)); !st)
        return st;
    auto key = crypto::KeyPair::generate();
    if (!key)
        return key.error();
    if (Status st = key->save(teacherKeyFile()); !st)
        return st;
    auto adminKey = crypto::KeyPair::generate();
    if (!adminKey)
        return adminKey.error();
    if (Status st = adminKey->save(adminKeyFile()); !st)
        return st;
    const QString trustFile = QDir(m_dir).filePath(QStringLiteral("trusted-keys"));
    if (Status st = writeFile(trustFile, agentlink::TrustStore::formatLine(agentlink::Role::Teacher, key->publicKey(), QStringLiteral("demo teacher")).toUtf8() + '\n'
                                             + agentlink::TrustStore::formatLine(agentlink::Role::Admin, adminKey->publicKey(), QStringLiteral("demo admin")).toUtf8()
                                             + '\n');
        !st)
        return st;
    // The school's keys as the admin view lists them (client_keys).
    for (const auto &[pair, role, comment] : {std::tuple{&key.value(), store::Role::Teacher, QStringLiteral("demo teacher")},
                                              std::tuple{&adminKey.value(), store::Role::Admin, QStringLiteral("demo admin")}}) {
        store::ClientKey k;
        k.role = role;
        k.comment = comment;
        k.publicKey = QString::fromLatin1(pair->publicKey().toBase64());
        if (auto added = store::ClientKeyRepository(db).add(k); !added && added.error().code != ErrorCode::AlreadyExists)
            return added.error();
    }

    store::RoomRepository rooms(db);
    store::DeviceRepository devices(db);
    auto roomList = rooms.list();
    if (!roomList)
        return roomList.error();
    const agentlink::PinFile pins = agentlink::PinFile::nextToDatabase(db.path());
    // Monitoring: every room's agent probes the room's devices on loopback (displays on their simulator port,
    // printers on 9100 where nothing listens, the rest by ping) and measures broadband against this server.
    m_speedServer = new monitoring::LibreSpeedServer(this);
    if (!m_speedServer->listen(QHostAddress::LocalHost, 0))
        return Error::make(ErrorCode::Io, QStringLiteral("demo speed test server: %1").arg(m_speedServer->errorString()));
    int roomIndex = 0;
    for (const Room &room : std::as_const(roomList.value())) {
        ++roomIndex;
        auto list = devices.list(room.id);
        if (!list)
            return list.error();
        int pcIndex = 0;
        int agentIndex = 0;
        agent::MonitoringConfig monitoring;
        monitoring.probeIntervalSecs = 5;
        monitoring.schedule.probeIntervalSec = 5;
        monitoring.thresholds.downAfter = 2;
        monitoring.durationSecs = 2;
        monitoring.streams = 2;
        monitoring.libreSpeedUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_speedServer->port()));
        for (const Device &d : std::as_const(list.value())) {
            if (!QHostAddress(d.host).isLoopback())
                continue; // the demo never probes the LAN
            const QString url = d.port ? QStringLiteral("tcp://%1:%2").arg(d.host).arg(d.port)
                                : d.kind == DeviceKind::Printer ? QStringLiteral("tcp://%1:9100").arg(d.host)
                                                                 : QStringLiteral("icmp://%1").arg(d.host);
            if (auto t = agent::MonitoringConfig::parseTarget(QStringLiteral("%1|%2|%3").arg(d.id, deviceKindKey(d.kind), url)))
                monitoring.targets.append(*t);
        }
        for (Device d : std::as_const(list.value())) {
            if (d.kind == DeviceKind::Pc && d.mac.isEmpty()) {
                // Locally administered addresses (02:...): never a real card.
                d.mac = QStringLiteral("02:00:00:00:%1:%2").arg(roomIndex, 2, 16, QLatin1Char('0')).arg(++pcIndex, 2, 16, QLatin1Char('0'));
            }
            if (d.runsAgent()) {
                agent::AgentConfig config;
                config.name = d.name;
                config.room = room.name;
                // One data dir per agent (Raum 204's pupil PCs have agents too, so "Send material" has a room to reach).
                const bool firstAgent = agentIndex++ == 0;
                config.dataDir = QDir(m_dir).filePath(firstAgent ? QStringLiteral("agent-%1").arg(roomIndex)
                                                                 : QStringLiteral("agent-%1-%2").arg(roomIndex).arg(agentIndex));
                QDir().mkpath(config.dataDir);
                // Reports to a Pushgateway on the usual port of this PC (see the class comment).
                agent::ReportingConfig reporting;
                reporting.school = QStringLiteral("demo-schule");
                reporting.room = QStringLiteral("raum-%1").arg(roomIndex);
                reporting.intervalSecs = 60;
                reporting::SinkConfig sink;
                sink.name = QStringLiteral("city-push");
                sink.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9091"));
                reporting.sinks.append(sink);
                if (Status st = reporting.save(agent::ReportingConfig::overridePath(config.dataDir)); !st)
                    return st;
                config.listen = HostPort{QStringLiteral("127.0.0.1"), 0};
                config.trustedKeysFile = trustFile;
                config.powerOffCommand = QStringLiteral("true");
                config.rebootCommand = QStringLiteral("true");
                config.mediaDirectory = mediaDirectory();
                config.wakeBroadcast = QStringLiteral("127.0.0.1"); // the demo never sends to the LAN
                config.screenSocket = room.name == QLatin1String("Raum 204") && firstAgent ? screenSocket()
                                                                             : QDir(m_dir).filePath(QStringLiteral("no-screen-%1").arg(roomIndex));
                auto *service = new agent::AgentService(config, this);
                service->setMonitoringConfig(monitoring);
                if (Status st = service->start(); !st)
                    return st;
                if (room.name == QLatin1String("Raum 204") && firstAgent && service->monitoring())
                    service->monitoring()->measureNow(); // a first broadband result for the top bar
                m_services.append(service);
                d.host = QStringLiteral("127.0.0.1");
                d.port = service->listenPort();
                d.hasAgent = true;
                if (Status st = pins.store(agentlink::PinFile::key(d.host, d.port), service->fingerprint()); !st)
                    return st;
            }
            if (Status st = devices.update(d); !st)
                return st;
        }
    }
    return {};
}

} // namespace tafel::demo
