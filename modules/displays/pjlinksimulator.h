#pragma once

#include "displays/displaydriver.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

class QTcpServer;
class QTcpSocket;
class QUdpSocket;

namespace tafel::displays {

// Real-device misbehaviour the simulator can reproduce (all off by default).
struct PjLinkSimulatorQuirks {
    bool lfOnly = false;            // terminate lines with LF instead of CR
    bool leadingNul = false;        // prefix every line with NUL bytes
    bool lowercase = false;         // "PJLink 0", "%1powr=ok"
    bool closeAfterReply = false;   // close the connection after every reply
    bool neverReply = false;        // accept connections, say nothing (black hole)
    bool oversizeLine = false;      // answer every command with a 200-byte line
    bool unsolicitedLinkUp = false; // send "%2LKUP=<MAC>" before the first reply on a connection
    bool echo = false;              // echo every command line back before answering it
    QByteArray classReply;          // CLSS answer instead of "1"/"2", e.g. "Class 1", "Version1"
    int closeMidCommand = 0;        // close instead of answering the next N commands
};

struct PjLinkSimulatorConfig {
    int pjlinkClass = 2;
    QString password;               // empty: "PJLINK 0"
    bool sha256 = true;             // offer the v2.10 SHA-256 exchange when a password is set
    int warmupMs = 3000;
    int cooldownMs = 3000;
    int latencyMs = 0;              // delay before every reply
    int idleCloseMs = 30000;        // close idle connections, as real projectors do
    QString name = QStringLiteral("Tafel Demo Projector");
    QString manufacturer = QStringLiteral("Tafel");
    QString model = QStringLiteral("SIM-2000");
    QString otherInfo = QStringLiteral("simulated");
    QString serial = QStringLiteral("SIM0001");
    QString softwareVersion = QStringLiteral("1.0.0");
    QStringList inputs = {QStringLiteral("11"), QStringLiteral("31"), QStringLiteral("32"), QStringLiteral("52")};
    QStringList inputNames = {QStringLiteral("Computer"), QStringLiteral("HDMI 1"), QStringLiteral("HDMI 2"),
                              QStringLiteral("Network")};
    QString input = QStringLiteral("31");
    QByteArray mac = QByteArrayLiteral("02:00:00:00:43:52");
    ErrorFlags errors;
    QList<LampInfo> lamps = {LampInfo{1234, false}};
    std::optional<int> filterHours = 321;
    QString resolution = QStringLiteral("1920x1080");
    QString recommendedResolution = QStringLiteral("1920x1080");
    QString lampModel = QStringLiteral("LMP-SIM1");
    QString filterModel = QStringLiteral("FLT-SIM1");
    PjLinkSimulatorQuirks quirks;
};

// A PJLink Class 1/2 projector on loopback speaking the real wire protocol (used by `tafel --demo` and the
// tests). Power goes standby → warming (warmupMs) → on → cooling (cooldownMs) → standby; commands that need
// the lamp answer ERR3 meanwhile. Optional UDP side: answers %2SRCH with %2ACKN=<MAC> and sends status
// notifications (%2POWR, %2INPT, %2ERST, %2LKUP) to one target address.
class PjLinkSimulator final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PjLinkSimulator)

public:
    explicit PjLinkSimulator(PjLinkSimulatorConfig config = {}, QObject *parent = nullptr);
    ~PjLinkSimulator() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QHostAddress address() const { return m_address; }
    QString errorString() const { return m_error; }

    bool listenUdp(quint16 port = 0); // search answers; 0 = any free port
    quint16 udpPort() const;
    void setNotificationTarget(const QHostAddress &address, quint16 port);
    void sendNotification(const QByteArray &command, const QByteArray &value); // "%2<command>=<value>"

    PjLinkSimulatorConfig &config() { return m_config; }
    PowerState power() const { return m_power; }
    void setPower(PowerState state); // immediate, notifies
    void setInput(const QString &code);
    void setErrors(const ErrorFlags &errors);
    bool videoMuted() const { return m_videoMuted; }
    bool audioMuted() const { return m_audioMuted; }
    bool frozen() const { return m_frozen; }
    int speakerVolume() const { return m_volume; }

    int connectionCount() const { return m_connections; }
    int commandCount() const { return m_commands; }
    int authFailures() const { return m_authFailures; }
    int openConnections() const { return int(m_conns.size()); }
    QList<QByteArray> receivedCommands() const { return m_received; } // "%1POWR 1", without auth prefix

Q_SIGNALS:
    void powerChanged(tafel::displays::PowerState state);

private:
    struct Conn {
        QByteArray buffer;
        enum class Auth { None, Md5, Sha, Ok } auth = Auth::None;
        QByteArray random4;
        QByteArray random16;
        bool repliedOnce = false;
        QTimer *idle = nullptr;
    };
    void onNewConnection();
    void onData(QTcpSocket *s);
    void onUdp();
    void reply(QTcpSocket *s, QByteArray line, bool thenClose);
    QByteArray frameLine(QByteArray line) const;
    QByteArray answer(char cls, const QByteArray &command, const QByteArray &param);
    void startTransition(PowerState to);

    PjLinkSimulatorConfig m_config;
    QTcpServer *m_server = nullptr;
    QUdpSocket *m_udp = nullptr;
    QHostAddress m_address;
    QString m_error;
    QHash<QTcpSocket *, Conn> m_conns;
    QTimer m_powerTimer;
    PowerState m_power = PowerState::Standby;
    bool m_videoMuted = false;
    bool m_audioMuted = false;
    bool m_frozen = false;
    int m_volume = 10;
    int m_micVolume = 10;
    QHostAddress m_notifyAddress;
    quint16 m_notifyPort = 0;
    int m_connections = 0;
    int m_commands = 0;
    int m_authFailures = 0;
    QList<QByteArray> m_received;
};

} // namespace tafel::displays
