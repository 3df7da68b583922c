#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QString>

#include <memory>

namespace tafel::displays {

// A simulated Samsung display speaking real MDC frames over TCP, for `tafel --demo` and the tests.
// Plain MDC, or the "Secured Protocol": clear-text "MDCSTART<<TLS>>", TLS with a self-signed certificate
// generated at start, 4-digit PIN, "MDCAUTH<<PASS>>" / "MDCAUTH<<FAIL:0x01>>".
// Listens on loopback by default; port 0 picks a free port (see port()).
// Supported commands: status, serial, error status, software version, model number, power (incl. reboot,
// which acknowledges and then drops every connection), volume, volume up/down, mute, input source, device
// name, model name, display-id OSD, panel. Everything else is answered with a NAK.
class MdcSimulator final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MdcSimulator)
public:
    enum class Fault {
        None,
        CloseMidCommand, // read the request, then close without a reply
        NeverReply,      // read the request and stay silent (a "black hole" behind an open port)
        BadChecksum,     // reply with a corrupted checksum
    };

    struct Options {
        quint8 displayId = 1;
        bool secured = false;
        QString pin = QStringLiteral("0000"); // used when secured
        int latencyMs = 0;                     // delay before every reply
        int powerOnDelayMs = 0;                // status keeps reporting "off" this long after power on
        QString serial = QStringLiteral("0M2S3CAR900042X");
        QString model = QStringLiteral("WM65R");
        QString softwareVersion = QStringLiteral("S-KTU65WWC-1020.3");
        QString deviceName = QStringLiteral("Samsung Flip 2");
    };

    // Mutable state of the simulated display; tests read and set it directly.
    struct State {
        quint8 power = 0x00; // 0 off, 1 on
        quint8 volume = 20;
        bool mute = false;
        quint8 input = 0x21; // HDMI1
        bool panelOff = false;
        quint8 temperatureC = 38;
        bool fanError = false;
    };

    explicit MdcSimulator(Options options, QObject *parent = nullptr);
    ~MdcSimulator() override;

    Status listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void close();
    quint16 port() const;
    QHostAddress address() const;
    const Options &options() const { return m_options; }

    State state() const;
    void setState(const State &state);
    void setFault(Fault fault);
    void setLatency(int ms);
    void setPin(const QString &pin);
    // Drops every open client connection (as a display does on reboot or after its idle timeout).
    void disconnectAll();

    // SHA-256 of the certificate presented in secured mode (empty when plain).
    QByteArray certificateFingerprint() const;

    int connectionCount() const;   // accepted so far
    int commandCount() const;      // well-formed requests received so far
    int authFailureCount() const;  // wrong PINs so far

Q_SIGNALS:
    void commandReceived(quint8 command, quint8 id, const QByteArray &data);
    void authFailed();

private:
    class Server;
    class Connection;
    friend class Connection;

    // Builds the reply for one request (ACK/NAK), updating the state. Returns empty for "no reply".
    QByteArray handleRequest(quint8 command, quint8 id, const QByteArray &data, bool *rebootAfter);
    quint8 reportedPower() const;

    Options m_options;
    State m_state;
    Fault m_fault = Fault::None;
    QElapsedTimer m_sincePowerOn; // started by the last power-on command
    int m_connections = 0;
    int m_commands = 0;
    int m_authFailures = 0;
    Server *m_server = nullptr;
    struct Tls;
    std::unique_ptr<Tls> m_tls;
};

} // namespace tafel::displays
