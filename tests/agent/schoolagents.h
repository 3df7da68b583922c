#pragma once

// Test fixture for the school-wide overview: an inventory (real SQLite file) with rooms and devices, one REAL
// tafel-agent process per room (own data dir, trusted teacher key, --listen 127.0.0.1:0, [Monitoring] probing the
// room's devices on loopback), each agent added to its room as a device and pinned in "agent-pins" next to the
// database. Devices are "up" (a QTcpServer of the fixture) or "down" (a closed loopback port).
// Used by tests/gui/tst_schooloverview.cpp and tests/cli/tst_cli_school.cpp; needs AGENT_PATH.

#include "agentlink/pinfile.h"
#include "agentlink/truststore.h"
#include "crypto/keys.h"
#include "displays/pjlinksimulator.h"
#include "store/database.h"
#include "store/repositories.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <vector>

namespace tafel::testing {

class SchoolAgents final : public QObject {
public:
    struct DeviceSpec {
        QString name;
        DeviceKind kind = DeviceKind::Display;
        bool up = true;
        bool on = false; // an "up" display or projector is a PJLink simulator, switched on or in standby
    };
    struct AgentRoom {
        QString roomId;
        QString roomName;
        QHash<QString, QString> deviceIds; // name -> id
        std::unique_ptr<QProcess> process;
        QByteArray log;
        quint16 port = 0;
    };

    explicit SchoolAgents(const QTemporaryDir &dir)
        : m_dir(dir)
    {
    }
    ~SchoolAgents() override { stopAll(); }

    // Opens the inventory and writes the teacher key; call first.
    bool init()
    {
        if (!m_up.listen(QHostAddress::LocalHost, 0))
            return false;
        connect(&m_up, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_up.nextPendingConnection())
                s->deleteLater();
        });
        {
            QTcpServer tmp;
            if (!tmp.listen(QHostAddress::LocalHost, 0))
                return false;
            m_closedPort = tmp.serverPort();
        }
        auto db = store::Database::open(m_dir.filePath(QStringLiteral("school.db")));
        if (!db)
            return false;
        m_db = std::move(db).value();
        auto key = crypto::KeyPair::generate();
        if (!key)
            return false;
        m_keyFile = m_dir.filePath(QStringLiteral("teacher.pem"));
        if (!key->save(m_keyFile))
            return false;
        m_trustLine = agentlink::TrustStore::formatLine(agentlink::Role::Teacher, key->publicKey(), QStringLiteral("teacher")).toUtf8() + '\n';
        return true;
    }

    // Adds a room with devices and starts its agent; false (with the agent's log in `why`) on failure.
    bool addRoom(const QString &name, const QList<DeviceSpec> &devices, QByteArray *why)
    {
        Room room;
        room.name = name;
        auto added = store::RoomRepository(*m_db).add(room);
        if (!added)
            return false;
        auto r = std::make_unique<AgentRoom>();
        r->roomId = added->id;
        r->roomName = name;
        QStringList targets;
        for (const DeviceSpec &spec : devices) {
            Device d;
            d.roomId = r->roomId;
            d.kind = spec.kind;
            d.name = spec.name;
            d.host = QStringLiteral("127.0.0.1");
            d.port = spec.up ? m_up.serverPort() : m_closedPort;
            if (spec.up && (spec.kind == DeviceKind::Display || spec.kind == DeviceKind::Projector)) {
                displays::PjLinkSimulatorConfig config;
                config.name = spec.name;
                auto sim = std::make_unique<displays::PjLinkSimulator>(config);
                if (!sim->listen(QHostAddress::LocalHost, 0))
                    return false;
                if (spec.on)
                    sim->setPower(displays::PowerState::On);
                d.port = sim->port();
                d.protocol = QStringLiteral("pjlink");
                m_simulators.push_back(std::move(sim));
            }
            auto a = store::DeviceRepository(*m_db).add(d);
            if (!a)
                return false;
            r->deviceIds.insert(spec.name, a->id);
            targets << QStringLiteral("%1|%2|tcp://127.0.0.1:%3").arg(a->id, deviceKindKey(spec.kind)).arg(d.port);
        }
        const QString data = m_dir.filePath(QStringLiteral("agent-%1").arg(m_rooms.size()));
        QDir().mkpath(data);
        QFile tf(data + QStringLiteral("/trusted-keys"));
        if (!tf.open(QIODevice::WriteOnly))
            return false;
        tf.write(m_trustLine);
        tf.close();
        const QString cfg = data + QStringLiteral("/agent.ini");
        QFile cf(cfg);
        if (!cf.open(QIODevice::WriteOnly))
            return false;
        QByteArray ini = "[Agent]\nName=PC " + name.toUtf8() + "\nRoom=" + name.toUtf8() + "\nDataDir=" + data.toUtf8() + "\n";
        if (!targets.isEmpty())
            ini += "[Monitoring]\nProbeIntervalSecs=1\nDownAfter=2\nTargets=\"" + targets.join(QStringLiteral("; ")).toUtf8() + "\"\n";
        cf.write(ini);
        cf.close();
        r->process = std::make_unique<QProcess>();
        r->process->setProcessChannelMode(QProcess::SeparateChannels);
        AgentRoom *raw = r.get();
        connect(r->process.get(), &QProcess::readyReadStandardError, this, [raw] { raw->log += raw->process->readAllStandardError(); });
        r->process->start(QStringLiteral(AGENT_PATH), {QStringLiteral("--config"), cfg, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                                      QStringLiteral("--lang"), QStringLiteral("en")});
        if (!r->process->waitForStarted(10000))
            return false;
        static const QRegularExpression re(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+) .*certificate fingerprint ([0-9A-F:]{95})"));
        QRegularExpressionMatch m;
        QElapsedTimer t;
        t.start();
        while (!(m = re.match(QString::fromUtf8(raw->log))).hasMatch() && raw->process->state() != QProcess::NotRunning && t.elapsed() < 20000)
            QTest::qWait(50);
        if (!m.hasMatch()) {
            *why = raw->log;
            return false;
        }
        r->port = quint16(m.captured(1).toUInt());
        Device pc;
        pc.roomId = r->roomId;
        pc.kind = DeviceKind::Pc;
        pc.name = QStringLiteral("PC ") + name;
        pc.host = QStringLiteral("127.0.0.1");
        pc.port = r->port;
        pc.protocol = QStringLiteral("agent");
        pc.hasAgent = true;
        if (!store::DeviceRepository(*m_db).add(pc))
            return false;
        if (!agentlink::PinFile::nextToDatabase(m_db->path()).store(agentlink::PinFile::key(pc.host, pc.port), m.captured(2)))
            return false;
        m_rooms.push_back(std::move(r));
        return true;
    }

    // A room without any agent.
    QString addEmptyRoom(const QString &name)
    {
        Room room;
        room.name = name;
        auto added = store::RoomRepository(*m_db).add(room);
        return added ? added->id : QString();
    }

    bool kill(int index)
    {
        QProcess *p = m_rooms.at(index)->process.get();
        ::kill(pid_t(p->processId()), SIGKILL); // gone without a goodbye, like a PC losing power
        return p->waitForFinished(10000);
    }

    void stopAll()
    {
        for (auto &r : m_rooms) {
            if (r->process && r->process->state() != QProcess::NotRunning) {
                ::kill(pid_t(r->process->processId()), SIGTERM);
                r->process->waitForFinished(10000);
            }
        }
    }

    store::Database &db() { return *m_db; }
    QString keyFile() const { return m_keyFile; }
    QString dbPath() const { return m_db->path(); }
    AgentRoom &room(int index) { return *m_rooms.at(index); }

private:
    const QTemporaryDir &m_dir;
    QTcpServer m_up;
    quint16 m_closedPort = 0;
    std::unique_ptr<store::Database> m_db;
    QString m_keyFile;
    QByteArray m_trustLine;
    std::vector<std::unique_ptr<AgentRoom>> m_rooms;
    std::vector<std::unique_ptr<displays::PjLinkSimulator>> m_simulators;
};

} // namespace tafel::testing
