#include "displays/mdcsimulator.h"

#include "displays/logging.h"
#include "displays/mdcprotocol.h"
#include "displays/mdctlscredentials.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

namespace tafel::displays {

namespace {
constexpr qsizetype kMaxInput = 4096; // a client that sends more without a complete frame is dropped
constexpr quint8 kNakUnsupported = 0x01;
constexpr quint8 kNakBadValue = 0x02;
constexpr quint8 kNakNotNow = 0x03;
} // namespace

struct MdcSimulator::Tls {
    QSslConfiguration config;
    QByteArray fingerprint;
};

// One accepted client. Owns its socket (a child); deletes itself when the socket disconnects.
class MdcSimulator::Connection final : public QObject {
public:
    Connection(MdcSimulator *sim, QSslSocket *socket)
        : QObject(socket), m_sim(sim), m_socket(socket)
    {
        connect(socket, &QSslSocket::readyRead, this, &Connection::onReadyRead);
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QSslSocket::errorOccurred, socket, [socket](QAbstractSocket::SocketError) {
            if (socket->state() != QAbstractSocket::ConnectedState)
                socket->deleteLater();
        });
        if (sim->m_tls) {
            m_phase = Phase::Handshake;
            socket->setSslConfiguration(sim->m_tls->config);
            connect(socket, &QSslSocket::encrypted, this, [this] { m_phase = Phase::AwaitPin; });
            // The banner goes out in clear text; the TLS server then waits for the client's hello.
            socket->write(mdc::TlsStartBanner.toByteArray());
            socket->startServerEncryption();
        }
    }

private:
    enum class Phase { Handshake, AwaitPin, Ready, Closing };

    void onReadyRead()
    {
        if (m_phase == Phase::Closing || m_phase == Phase::Handshake) {
            m_socket->readAll(); // TLS handshake bytes are consumed by QSslSocket itself
            return;
        }
        m_buffer.append(m_socket->readAll());
        if (m_phase == Phase::AwaitPin) {
            if (m_buffer.size() < 4)
                return;
            const QByteArray pin = m_buffer.left(4);
            m_buffer.remove(0, 4);
            if (QString::fromLatin1(pin) != m_sim->m_options.pin) {
                ++m_sim->m_authFailures;
                m_phase = Phase::Closing;
                m_socket->write(mdc::encodeAuthFail("0x01"));
                m_socket->disconnectFromHost();
                Q_EMIT m_sim->authFailed();
                return;
            }
            m_socket->write(mdc::AuthPassBanner.toByteArray());
            m_phase = Phase::Ready;
        }
        processFrames();
    }

    void processFrames()
    {
        while (m_phase == Phase::Ready && !m_buffer.isEmpty()) {
            const mdc::ParseResult r = mdc::parse(m_buffer);
            if (r.kind == mdc::ParseResult::Kind::Incomplete)
                break;
            m_buffer.remove(0, r.consumed);
            if (r.kind == mdc::ParseResult::Kind::Error) {
                qCDebug(lcDisplays) << "MDC simulator: dropped bytes:" << mdc::parseErrorName(r.error);
                continue;
            }
            handle(r.frame);
        }
        if (m_buffer.size() > kMaxInput) {
            m_phase = Phase::Closing;
            m_socket->abort();
        }
    }

    void handle(const mdc::Frame &frame)
    {
        if (frame.command == mdc::ReplyCommand)
            return; // a display never answers replies
        if (frame.id != m_sim->m_options.displayId && frame.id != mdc::BroadcastId)
            return; // addressed to another display in the chain: stay silent
        ++m_sim->m_commands;
        Q_EMIT m_sim->commandReceived(frame.command, frame.id, frame.data);

        switch (m_sim->m_fault) {
        case Fault::CloseMidCommand:
            m_phase = Phase::Closing;
            m_socket->disconnectFromHost();
            return;
        case Fault::NeverReply:
            return;
        case Fault::BadChecksum:
        case Fault::None:
            break;
        }

        bool reboot = false;
        QByteArray reply = m_sim->handleRequest(frame.command, frame.id, frame.data, &reboot);
        if (m_sim->m_fault == Fault::BadChecksum && !reply.isEmpty())
            reply[reply.size() - 1] = char(quint8(reply.back()) + 1);

        auto send = [socket = QPointer<QSslSocket>(m_socket), reply, reboot, sim = QPointer<MdcSimulator>(m_sim)] {
            if (!socket || socket->state() != QAbstractSocket::ConnectedState)
                return;
            socket->write(reply);
            if (reboot && sim)
                sim->disconnectAll();
        };
        if (m_sim->m_options.latencyMs > 0)
            QTimer::singleShot(m_sim->m_options.latencyMs, m_socket, send);
        else
            send();
    }

    MdcSimulator *m_sim;
    QSslSocket *m_socket;
    Phase m_phase = Phase::Ready;
    QByteArray m_buffer;
};

class MdcSimulator::Server final : public QTcpServer {
public:
    explicit Server(MdcSimulator *sim) : QTcpServer(sim), m_sim(sim) {}

    QList<QPointer<QSslSocket>> sockets;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        ++m_sim->m_connections;
        sockets.removeAll(nullptr);
        sockets.append(socket);
        new Connection(m_sim, socket);
    }

private:
    MdcSimulator *m_sim;
};

MdcSimulator::MdcSimulator(Options options, QObject *parent) : QObject(parent), m_options(std::move(options)) {}

MdcSimulator::~MdcSimulator() = default;

Status MdcSimulator::listen(const QHostAddress &address, quint16 port)
{
    if (m_options.secured) {
        if (!mdc::isValidPin(m_options.pin))
            return Error::make(ErrorCode::InvalidInput,
                               tr("The simulated display needs a PIN of exactly 4 digits."));
        auto creds = MdcTlsCredentials::generate(QStringLiteral("Tafel MDC simulator %1").arg(m_options.displayId));
        if (!creds)
            return creds.error();
        m_tls = std::make_unique<Tls>();
        m_tls->config = QSslConfiguration::defaultConfiguration();
        m_tls->config.setLocalCertificate(creds->certificate);
        m_tls->config.setPrivateKey(creds->privateKey);
        m_tls->config.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_tls->fingerprint = creds->certificate.digest(QCryptographicHash::Sha256);
    }
    if (!m_server)
        m_server = new Server(this);
    if (m_server->isListening())
        return {};
    if (!m_server->listen(address, port))
        return Error::make(ErrorCode::Failed,
                           tr("The simulated display could not listen on %1 port %2: %3")
                               .arg(address.toString())
                               .arg(port)
                               .arg(m_server->errorString()));
    qCDebug(lcDisplays) << "MDC simulator listening on" << m_server->serverAddress() << m_server->serverPort()
                       << (m_options.secured ? "secured" : "plain") << "id" << m_options.displayId;
    return {};
}

void MdcSimulator::close()
{
    disconnectAll();
    if (m_server)
        m_server->close();
}

quint16 MdcSimulator::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QHostAddress MdcSimulator::address() const
{
    return m_server ? m_server->serverAddress() : QHostAddress();
}

MdcSimulator::State MdcSimulator::state() const
{
    return m_state;
}

void MdcSimulator::setState(const State &state)
{
    m_state = state;
}

void MdcSimulator::setFault(Fault fault)
{
    m_fault = fault;
}

void MdcSimulator::setLatency(int ms)
{
    m_options.latencyMs = qMax(0, ms);
}

void MdcSimulator::setPin(const QString &pin)
{
    m_options.pin = pin;
}

void MdcSimulator::disconnectAll()
{
    if (!m_server)
        return;
    const auto sockets = m_server->sockets;
    for (const auto &s : sockets)
        if (s)
            s->disconnectFromHost();
}

QByteArray MdcSimulator::certificateFingerprint() const
{
    return m_tls ? m_tls->fingerprint : QByteArray();
}

int MdcSimulator::connectionCount() const
{
    return m_connections;
}

int MdcSimulator::commandCount() const
{
    return m_commands;
}

int MdcSimulator::authFailureCount() const
{
    return m_authFailures;
}

quint8 MdcSimulator::reportedPower() const
{
    if (m_state.power == mdc::PowerValue::On && m_options.powerOnDelayMs > 0 && m_sincePowerOn.isValid()
        && !m_sincePowerOn.hasExpired(m_options.powerOnDelayMs))
        return mdc::PowerValue::Off;
    return m_state.power;
}

QByteArray MdcSimulator::handleRequest(quint8 command, quint8 requestId, const QByteArray &data, bool *rebootAfter)
{
    Q_UNUSED(requestId)
    const quint8 id = m_options.displayId;
    const bool get = data.isEmpty();
    const bool standby = reportedPower() != mdc::PowerValue::On;
    auto ack = [&](QByteArrayView payload) { return mdc::encodeAck(id, command, payload); };
    auto nak = [&](quint8 code) { return mdc::encodeNak(id, command, code); };
    auto one = [](quint8 v) { return QByteArray(1, char(v)); };
    const quint8 value = get ? 0 : quint8(data.at(0));

    switch (command) {
    case mdc::Cmd::Status: {
        mdc::StatusData s;
        s.power = reportedPower();
        s.volume = m_state.volume;
        s.mute = m_state.mute;
        s.input = m_state.input;
        s.aspect = 0x10;
        return ack(mdc::encodeStatus(s));
    }
    case mdc::Cmd::SerialNumber: return ack(m_options.serial.toLatin1());
    case mdc::Cmd::SoftwareVersion: return ack(m_options.softwareVersion.toLatin1());
    case mdc::Cmd::ModelName: return ack(m_options.model.toLatin1());
    case mdc::Cmd::DeviceName: return ack(m_options.deviceName.toLatin1());
    case mdc::Cmd::ModelNumber: return ack(QByteArray("\x02\x55\x01", 3));
    case mdc::Cmd::ErrorStatus: {
        mdc::ErrorStatusData e;
        e.brightnessSensor = 0x02;
        e.temperatureC = m_state.temperatureC;
        e.fan = m_state.fanError ? 0x01 : 0x00;
        return ack(mdc::encodeErrorStatus(e));
    }
    case mdc::Cmd::Power:
        if (get)
            return ack(one(reportedPower()));
        if (data.size() != 1 || value > mdc::PowerValue::Reboot)
            return nak(kNakBadValue);
        if (value == mdc::PowerValue::Reboot) {
            m_state.power = mdc::PowerValue::On;
            m_sincePowerOn.start();
            *rebootAfter = true;
            return ack(one(value));
        }
        if (value == mdc::PowerValue::On && m_state.power != mdc::PowerValue::On)
            m_sincePowerOn.start();
        m_state.power = value;
        return ack(one(value));
    case mdc::Cmd::Volume:
        if (get)
            return ack(one(m_state.volume));
        if (data.size() != 1 || value > 100)
            return nak(kNakBadValue);
        if (standby)
            return nak(kNakNotNow);
        m_state.volume = value;
        return ack(one(value));
    case mdc::Cmd::VolumeChange:
        if (get || data.size() != 1 || value > 1)
            return nak(kNakBadValue);
        if (standby)
            return nak(kNakNotNow);
        m_state.volume = value == 0 ? quint8(qMin(100, m_state.volume + 1)) : quint8(qMax(0, m_state.volume - 1));
        return ack(one(m_state.volume));
    case mdc::Cmd::Mute:
        if (get)
            return ack(one(m_state.mute ? 1 : 0));
        if (data.size() != 1 || value > 1)
            return nak(kNakBadValue);
        if (standby)
            return nak(kNakNotNow);
        m_state.mute = value == 1;
        return ack(one(value));
    case mdc::Cmd::InputSource:
        if (get)
            return ack(one(m_state.input));
        if (data.size() != 1 || mdc::inputSourceName(value).isEmpty())
            return nak(kNakBadValue);
        if (standby)
            return nak(kNakNotNow);
        m_state.input = value;
        return ack(one(value));
    case mdc::Cmd::Panel:
        if (get)
            return ack(one(m_state.panelOff ? 1 : 0));
        if (data.size() != 1 || value > 1)
            return nak(kNakBadValue);
        if (standby)
            return nak(kNakNotNow);
        m_state.panelOff = value == 1;
        return ack(one(value));
    case mdc::Cmd::DisplayIdOsd:
        if (get || data.size() != 1 || value > 1)
            return nak(kNakBadValue);
        return ack(one(value));
    default: break;
    }
    return nak(kNakUnsupported);
}

} // namespace tafel::displays
