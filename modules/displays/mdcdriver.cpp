#include "displays/mdcdriver.h"

#include "displays/logging.h"
#include "displays/mdcprotocol.h"

#include <QCryptographicHash>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>

#include <algorithm>

namespace tafel::displays {

namespace {

constexpr qsizetype kMaxBuffer = 4096;   // far more than any MDC reply (max 260 bytes) or banner
constexpr int kConnectAttempts = 3;      // per operation, before the queue fails with Unreachable
constexpr int kBackoffStartMs = 200;
constexpr int kBackoffMaxMs = 8000;
constexpr int kSettleStartMs = 200;
constexpr int kSettleMaxMs = 2000;
constexpr int kDefaultIdleMs = 10000;
constexpr std::size_t kMaxQueue = 64;    // operations waiting per display; more is a caller bug

PowerState powerFromMdc(quint8 v)
{
    switch (v) {
    case mdc::PowerValue::Off: return PowerState::Standby;
    case mdc::PowerValue::On:
    case mdc::PowerValue::Reboot: return PowerState::On;
    default: break;
    }
    return PowerState::Unknown;
}

QString hex2(quint8 v)
{
    return QStringLiteral("0x") + QString::number(v, 16).toUpper().rightJustified(2, u'0');
}

} // namespace

MdcDriver::MdcDriver(const DisplayTarget &target, QObject *parent) : DisplayDriver(parent), m_target(target)
{
    m_target.protocol = Protocol::Mdc;
    m_status.manufacturer = QStringLiteral("Samsung");
    for (const auto &s : mdc::knownInputSources()) {
        m_status.inputs.append(mdc::formatInputCode(s.code));
        m_status.inputNames.append(QString::fromLatin1(s.name));
    }
    m_emittedStatus = m_status;
    m_clock.start();

    m_phaseTimer.setSingleShot(true);
    m_replyTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(kDefaultIdleMs);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        if (m_queue.empty() && m_phase == Phase::Ready) {
            qCDebug(lcDisplays) << "MDC" << m_target.host << "idle, closing";
            dropConnection();
        }
    });
    connect(&m_phaseTimer, &QTimer::timeout, this, &MdcDriver::onPhaseTimeout);
    connect(&m_replyTimer, &QTimer::timeout, this, &MdcDriver::onReplyTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_phase == Phase::Backoff)
            m_phase = Phase::Disconnected;
        pump();
    });
}

MdcDriver::~MdcDriver()
{
    if (m_socket)
        m_socket->disconnect(this);
    cancelAll();
    dropConnection();
}

// --- public API --------------------------------------------------------------------------------------------

void MdcDriver::refreshStatus(Callback done)
{
    Operation op;
    op.done = std::move(done);
    op.requests.push_back({mdc::Cmd::Status, {}, false});
    op.requests.push_back({mdc::Cmd::ErrorStatus, {}, true});
    op.requests.push_back({mdc::Cmd::Panel, {}, true});
    enqueue(std::move(op));
}

void MdcDriver::refreshInfo(Callback done)
{
    Operation op;
    op.done = std::move(done);
    for (const quint8 cmd : {mdc::Cmd::ModelName, mdc::Cmd::SerialNumber, mdc::Cmd::SoftwareVersion,
                             mdc::Cmd::ModelNumber, mdc::Cmd::DeviceName})
        op.requests.push_back({cmd, {}, true});
    enqueue(std::move(op));
}

void MdcDriver::setPower(bool on, Callback done)
{
    // Power on settles (the display needs a moment before it reports "on"); power off is immediate.
    powerOperation(on, on ? 3 * std::max(1, m_target.timeoutMs) : 0, std::move(done));
}

void MdcDriver::setPowerAndWait(bool on, int maxWaitMs, Callback done)
{
    powerOperation(on, std::max(0, maxWaitMs), std::move(done));
}

void MdcDriver::powerOperation(bool on, int settleMs, Callback done)
{
    Operation op;
    op.done = std::move(done);
    op.requests.push_back({mdc::Cmd::Power, QByteArray(1, char(on ? mdc::PowerValue::On : mdc::PowerValue::Off)), false});
    if (settleMs > 0) {
        const PowerState wanted = on ? PowerState::On : PowerState::Standby;
        op.onAck = [this, wanted, settleMs](Operation &o, const mdc::Reply &reply) {
            if (reply.command == mdc::Cmd::Power) {
                // Settle: re-query the status until the display reports the requested state.
                o.settleDelayMs = kSettleStartMs;
                o.settleDeadline = m_clock.elapsed() + settleMs;
                o.requests.push_back({mdc::Cmd::Status, {}, false});
                return;
            }
            if (reply.command == mdc::Cmd::Status && m_status.power != wanted) {
                const qint64 now = m_clock.elapsed();
                if (now + o.settleDelayMs > o.settleDeadline) {
                    o.failure = Error::make(ErrorCode::Timeout,
                                            wanted == PowerState::On
                                                ? tr("The display at %1 accepted the power-on command but still "
                                                     "reports standby. Check it in a minute; if it stays off, check "
                                                     "its power and network standby settings.")
                                                      .arg(m_target.host)
                                                : tr("The display at %1 accepted the power-off command but still "
                                                     "reports on. Check it in a minute.")
                                                      .arg(m_target.host));
                    return;
                }
                o.notBefore = now + o.settleDelayMs;
                o.settleDelayMs = std::min(o.settleDelayMs * 2, kSettleMaxMs);
                o.requests.push_back({mdc::Cmd::Status, {}, false});
            }
        };
    }
    enqueue(std::move(op));
}

void MdcDriver::setInput(const QString &code, Callback done)
{
    const auto value = mdc::parseInputCode(code);
    if (!value) {
        failLater(std::move(done),
                  Error::make(ErrorCode::InvalidInput,
                              tr("\"%1\" is not a Samsung MDC input. Use a hex code such as 0x21 or a name such "
                                 "as HDMI1.")
                                  .arg(code.left(40))));
        return;
    }
    enqueueSingle(mdc::Cmd::InputSource, QByteArray(1, char(*value)), std::move(done));
}

void MdcDriver::setMute(MuteTarget what, bool on, Callback done)
{
    Operation op;
    op.done = std::move(done);
    const QByteArray v(1, char(on ? 1 : 0));
    if (what == MuteTarget::Audio || what == MuteTarget::All)
        op.requests.push_back({mdc::Cmd::Mute, v, false});
    if (what == MuteTarget::Video || what == MuteTarget::All)
        op.requests.push_back({mdc::Cmd::Panel, v, false}); // panel off = picture muted
    enqueue(std::move(op));
}

void MdcDriver::setFreeze(bool on, Callback done)
{
    Q_UNUSED(on)
    failLater(std::move(done),
              Error::make(ErrorCode::Failed, tr("Samsung MDC displays cannot freeze the picture over the network. "
                                                "Use the display's remote control instead.")));
}

void MdcDriver::adjustVolume(int steps, Callback done)
{
    Operation op;
    op.done = std::move(done);
    op.requests.push_back({mdc::Cmd::Volume, {}, false});
    if (steps != 0) {
        op.onAck = [steps](Operation &o, const mdc::Reply &reply) {
            if (reply.command != mdc::Cmd::Volume || o.stage++ != 0 || reply.data.isEmpty())
                return;
            const int current = quint8(reply.data.at(0));
            const int target = std::clamp(current + steps, 0, 100);
            if (target != current)
                o.requests.push_back({mdc::Cmd::Volume, QByteArray(1, char(target)), false});
        };
    }
    enqueue(std::move(op));
}

void MdcDriver::setVolume(int volume, Callback done)
{
    if (volume < 0 || volume > 100) {
        failLater(std::move(done),
                  Error::make(ErrorCode::InvalidInput, tr("The volume must be between 0 and 100, not %1.").arg(volume)));
        return;
    }
    enqueueSingle(mdc::Cmd::Volume, QByteArray(1, char(volume)), std::move(done));
}

void MdcDriver::reboot(Callback done)
{
    enqueueSingle(mdc::Cmd::Power, QByteArray(1, char(mdc::PowerValue::Reboot)), std::move(done));
}

void MdcDriver::showDisplayId(bool on, Callback done)
{
    enqueueSingle(mdc::Cmd::DisplayIdOsd, QByteArray(1, char(on ? 1 : 0)), std::move(done));
}

void MdcDriver::cancelAll()
{
    failAll(Error::make(ErrorCode::Cancelled, tr("The command was cancelled.")));
}

void MdcDriver::setTarget(const DisplayTarget &target)
{
    dropConnection();
    m_target = target;
    m_target.protocol = Protocol::Mdc;
    m_authFailure.reset();
    m_consecutiveConnectFailures = 0;
    pump();
}

void MdcDriver::clearAuthFailure()
{
    m_authFailure.reset();
}

void MdcDriver::setExpectedFingerprint(const QByteArray &sha256)
{
    m_expectedFingerprint = sha256;
}

void MdcDriver::setIdleTimeout(int ms)
{
    m_idleTimer.setInterval(std::max(0, ms));
    if (ms <= 0)
        m_idleTimer.stop();
}

bool MdcDriver::isConnected() const
{
    return m_phase == Phase::Ready;
}

// --- queue -------------------------------------------------------------------------------------------------

void MdcDriver::enqueueSingle(quint8 command, QByteArray data, Callback done)
{
    Operation op;
    op.done = std::move(done);
    op.requests.push_back({command, std::move(data), false});
    enqueue(std::move(op));
}

void MdcDriver::enqueue(Operation op)
{
    if (m_target.mdcId < 0 || m_target.mdcId > mdc::BroadcastId) {
        failLater(std::move(op.done),
                  Error::make(ErrorCode::InvalidInput,
                              tr("The MDC display ID must be between 0 and 254, not %1.").arg(m_target.mdcId)));
        return;
    }
    if (!m_target.password.isEmpty() && !mdc::isValidPin(m_target.password)) {
        failLater(std::move(op.done),
                  Error::make(ErrorCode::InvalidInput,
                              tr("The MDC PIN must be exactly 4 digits. Check the PIN set on the display.")));
        return;
    }
    if (m_authFailure) {
        // Never retry a rejected PIN on our own: displays lock out after repeated failures.
        failLater(std::move(op.done), *m_authFailure);
        return;
    }
    if (m_queue.size() >= kMaxQueue) {
        failLater(std::move(op.done),
                  Error::make(ErrorCode::Locked,
                              tr("Too many commands are waiting for the display at %1. Wait for them to finish.")
                                  .arg(m_target.host)));
        return;
    }
    m_queue.push_back(std::move(op));
    pump();
}

void MdcDriver::failLater(Callback done, Error error)
{
    // Keep every callback asynchronous, also for errors found before anything is sent.
    QTimer::singleShot(0, this, [this, done = std::move(done), error = std::move(error)] {
        if (done)
            done(CommandResult{Status(error), m_status});
    });
}

void MdcDriver::pump()
{
    if (m_queue.empty() && m_phase == Phase::Ready && m_idleTimer.interval() > 0 && !m_awaitingReply)
        m_idleTimer.start();
    if (m_awaitingReply || m_queue.empty() || m_phase == Phase::Backoff)
        return;
    m_idleTimer.stop();
    Operation &op = m_queue.front();
    if (op.failure || op.requests.empty()) {
        finishCurrent(op.failure);
        return;
    }
    const qint64 wait = op.notBefore - m_clock.elapsed();
    if (wait > 0) {
        m_retryTimer.start(int(std::min<qint64>(wait, kSettleMaxMs)));
        return;
    }
    if (m_phase == Phase::Disconnected) {
        startConnect();
        return;
    }
    if (m_phase != Phase::Ready)
        return; // connecting; onConnected()/auth calls pump() again
    sendCurrent();
}

void MdcDriver::sendCurrent()
{
    Operation &op = m_queue.front();
    m_sent = op.requests.front();
    const QByteArray frame = mdc::encodeRequest(m_sent.command, id(), m_sent.data);
    qCDebug(lcDisplays) << "MDC" << m_target.host << "->" << frame.toHex(' ');
    m_awaitingReply = true;
    m_replyTimer.start(std::max(1, m_target.timeoutMs));
    m_socket->write(frame);
}

void MdcDriver::finishCurrent(std::optional<Error> error)
{
    if (m_queue.empty())
        return;
    Operation op = std::move(m_queue.front());
    m_queue.pop_front();
    m_awaitingReply = false;
    m_replyTimer.stop();
    QPointer<MdcDriver> self(this);
    noteStatusChanged();
    if (!self)
        return;
    if (op.done)
        op.done(CommandResult{error ? Status(*error) : Status(), m_status});
    if (self)
        pump();
}

void MdcDriver::failAll(const Error &error)
{
    if (m_awaitingReply)
        dropConnection(); // its late reply must not answer the next command
    std::deque<Operation> ops;
    ops.swap(m_queue);
    m_awaitingReply = false;
    m_replyTimer.stop();
    m_retryTimer.stop();
    QPointer<MdcDriver> self(this);
    for (auto &op : ops) {
        if (!self)
            return;
        if (op.done)
            op.done(CommandResult{Status(error), m_status});
    }
}

// --- connection --------------------------------------------------------------------------------------------

quint16 MdcDriver::port() const
{
    return m_target.port ? m_target.port : mdc::DefaultPort;
}

quint8 MdcDriver::id() const
{
    return quint8(std::clamp(m_target.mdcId, 0, int(mdc::BroadcastId)));
}

void MdcDriver::startConnect()
{
    dropConnection();
    auto *socket = new QSslSocket(this);
    m_socket = socket;
    connect(socket, &QSslSocket::connected, this, &MdcDriver::onConnected);
    connect(socket, &QSslSocket::readyRead, this, &MdcDriver::onReadyRead);
    connect(socket, &QSslSocket::disconnected, this, &MdcDriver::onDisconnected);
    connect(socket, &QSslSocket::errorOccurred, this, &MdcDriver::onSocketError);
    connect(socket, &QSslSocket::encrypted, this, &MdcDriver::onEncrypted);
    m_phase = Phase::Connecting;
    m_phaseTimer.start(std::max(1, m_target.timeoutMs));
    qCDebug(lcDisplays) << "MDC connecting to" << m_target.host << port();
    socket->connectToHost(m_target.host, port());
}

void MdcDriver::dropConnection()
{
    m_idleTimer.stop();
    m_phaseTimer.stop();
    m_replyTimer.stop();
    m_awaitingReply = false;
    m_buffer.clear();
    if (m_phase != Phase::Backoff)
        m_phase = Phase::Disconnected;
    if (m_socket) {
        QSslSocket *s = m_socket;
        m_socket = nullptr;
        s->disconnect(this);
        s->abort();
        s->deleteLater();
    }
}

void MdcDriver::onConnected()
{
    if (!m_target.password.isEmpty()) {
        m_phase = Phase::AwaitTlsBanner;
        m_phaseTimer.start(std::max(1, m_target.timeoutMs));
        return;
    }
    m_phaseTimer.stop();
    m_phase = Phase::Ready;
    m_consecutiveConnectFailures = 0;
    pump();
}

void MdcDriver::onEncrypted()
{
    const QByteArray fp = m_socket->peerCertificate().digest(QCryptographicHash::Sha256);
    if (fp != m_peerFingerprint) {
        m_peerFingerprint = fp;
        qCInfo(lcDisplays) << "MDC" << m_target.host << "certificate SHA-256" << fp.toHex(':');
        QPointer<MdcDriver> self(this);
        Q_EMIT peerFingerprintChanged(fp);
        if (!self)
            return;
    }
    if (!m_expectedFingerprint.isEmpty() && fp != m_expectedFingerprint) {
        m_authFailure = Error::make(ErrorCode::AuthFailed,
                                    tr("The display at %1 presented a different certificate than before. If the "
                                       "display was replaced or reset, confirm its new certificate in the display "
                                       "settings.")
                                        .arg(m_target.host));
        dropConnection();
        failAll(*m_authFailure);
        return;
    }
    m_phase = Phase::AwaitAuth;
    m_phaseTimer.start(std::max(1, m_target.timeoutMs));
    m_socket->write(m_target.password.toLatin1());
}

void MdcDriver::onReadyRead()
{
    if (!m_socket)
        return;
    m_buffer.append(m_socket->readAll());
    if (m_buffer.size() > kMaxBuffer) {
        const Error e = protocolError(tr("The display sent more data than any MDC reply holds."));
        dropConnection();
        failAll(e);
        return;
    }

    if (m_phase == Phase::AwaitTlsBanner) {
        const auto b = mdc::matchBanner(m_buffer, mdc::TlsStartBanner);
        if (b.kind == mdc::BannerResult::Kind::Incomplete)
            return;
        if (b.kind == mdc::BannerResult::Kind::Mismatch) {
            const Error e = protocolError(tr("The display did not start the secured MDC protocol. If \"Secured "
                                             "Protocol\" is off on the display, remove the PIN in Tafel."));
            dropConnection();
            failAll(e);
            return;
        }
        m_buffer.remove(0, b.consumed);
        m_buffer.clear(); // nothing may precede the TLS handshake
        QSslConfiguration config = m_socket->sslConfiguration();
        // Samsung displays present self-signed certificates: accept, but record the fingerprint (onEncrypted).
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_socket->setSslConfiguration(config);
        m_phase = Phase::TlsHandshake;
        m_phaseTimer.start(std::max(1, m_target.timeoutMs));
        m_socket->startClientEncryption();
        return;
    }

    if (m_phase == Phase::AwaitAuth) {
        const auto a = mdc::parseAuthReply(m_buffer);
        switch (a.kind) {
        case mdc::AuthResult::Kind::Incomplete: return;
        case mdc::AuthResult::Kind::Pass:
            m_buffer.remove(0, a.consumed);
            m_phaseTimer.stop();
            m_phase = Phase::Ready;
            m_consecutiveConnectFailures = 0;
            pump();
            if (!m_buffer.isEmpty())
                handleFrameBuffer();
            return;
        case mdc::AuthResult::Kind::Fail:
            m_authFailure = Error::make(ErrorCode::AuthFailed,
                                        tr("The display at %1 rejected the PIN (code %2). Enter the PIN shown in "
                                           "the display's MDC security settings; Tafel will not retry on its own.")
                                            .arg(m_target.host, QString::fromLatin1(a.failCode.toPercentEncoding())));
            dropConnection();
            failAll(*m_authFailure);
            return;
        case mdc::AuthResult::Kind::Error: {
            const Error e = protocolError(tr("The display answered the PIN with an unknown message."));
            dropConnection();
            failAll(e);
            return;
        }
        }
        return;
    }

    if (m_phase == Phase::Ready)
        handleFrameBuffer();
}

void MdcDriver::handleFrameBuffer()
{
    if (m_target.password.isEmpty() && m_buffer.startsWith('M')) {
        const auto b = mdc::matchBanner(m_buffer, mdc::TlsStartBanner);
        if (b.kind == mdc::BannerResult::Kind::Incomplete)
            return;
        if (b.kind == mdc::BannerResult::Kind::Match) {
            m_authFailure = Error::make(ErrorCode::AuthFailed,
                                        tr("The display at %1 uses the secured MDC protocol. Enter its 4-digit PIN.")
                                            .arg(m_target.host));
            dropConnection();
            failAll(*m_authFailure);
            return;
        }
    }
    const QPointer<MdcDriver> self(this); // a completion callback may delete the driver
    while (self && !m_buffer.isEmpty() && m_phase == Phase::Ready) {
        const mdc::ParseResult r = mdc::parse(m_buffer);
        if (r.kind == mdc::ParseResult::Kind::Incomplete)
            return;
        if (r.kind == mdc::ParseResult::Kind::Error) {
            qCWarning(lcDisplays) << "MDC" << m_target.host << mdc::parseErrorName(r.error)
                                  << m_buffer.left(r.consumed).toHex(' ');
            if (m_awaitingReply) {
                // The stream is out of step; a fresh connection is the only safe way on.
                const Error e = r.error == mdc::ParseError::BadChecksum
                    ? protocolError(tr("The display's reply had a wrong checksum. Check the network cable or "
                                       "serial-to-LAN adapter."))
                    : protocolError(tr("The display sent data that is not an MDC frame."));
                dropConnection();
                finishCurrent(e);
                return;
            }
            m_buffer.remove(0, r.consumed);
            continue;
        }
        m_buffer.remove(0, r.consumed);
        qCDebug(lcDisplays) << "MDC" << m_target.host << "<-" << mdc::encode(r.frame).toHex(' ');
        mdc::ReplyError replyError = mdc::ReplyError::None;
        const auto reply = mdc::decodeReply(r.frame, &replyError);
        if (!m_awaitingReply) {
            qCDebug(lcDisplays) << "MDC" << m_target.host << "ignoring unsolicited frame";
            continue;
        }
        if (!reply) {
            const Error e = protocolError(tr("The display sent a frame that is not an ACK or NAK."));
            dropConnection();
            finishCurrent(e);
            return;
        }
        handleReply(*reply);
    }
}

void MdcDriver::handleReply(const mdc::Reply &reply)
{
    m_replyTimer.stop();
    m_awaitingReply = false;
    if (m_queue.empty())
        return;
    Operation &op = m_queue.front();
    if (m_target.mdcId != mdc::BroadcastId && reply.id != id()) {
        const Error e = protocolError(tr("A display with ID %1 answered, but Tafel addressed ID %2. Set the "
                                         "display ID in Tafel to the one shown in the display's MDC settings.")
                                          .arg(reply.id)
                                          .arg(id()));
        dropConnection();
        finishCurrent(e);
        return;
    }
    if (reply.command != m_sent.command) {
        const Error e = protocolError(tr("The display answered command %1 while Tafel waited for %2.")
                                          .arg(hex2(reply.command), hex2(m_sent.command)));
        dropConnection();
        finishCurrent(e);
        return;
    }
    const Request req = op.requests.front();
    op.requests.pop_front();
    op.closeRetries = 0;
    if (!reply.ack) {
        if (req.optional) {
            pump();
            return;
        }
        finishCurrent(nakError(reply));
        return;
    }
    if (auto e = applyReply(req.command, req.data, reply)) {
        finishCurrent(*e);
        return;
    }
    if (op.onAck)
        op.onAck(op, reply);
    pump();
}

std::optional<Error> MdcDriver::applyReply(quint8 command, const QByteArray &request, const mdc::Reply &reply)
{
    const QByteArray &d = reply.data;
    // Set commands echo the value; some firmware sends an empty ACK, so fall back to what was sent.
    const QByteArray &value = d.isEmpty() ? request : d;
    const bool hasValue = !value.isEmpty();
    const quint8 v = hasValue ? quint8(value.at(0)) : 0;
    switch (command) {
    case mdc::Cmd::Status: {
        const auto s = mdc::decodeStatus(d);
        if (!s)
            return protocolError(tr("The display's status reply is too short."));
        m_status.power = powerFromMdc(s->power);
        m_status.volume = s->volume;
        m_status.audioMuted = s->mute;
        m_status.input = mdc::formatInputCode(s->input);
        break;
    }
    case mdc::Cmd::Power:
        if (hasValue)
            m_status.power = powerFromMdc(v);
        break;
    case mdc::Cmd::Volume:
    case mdc::Cmd::VolumeChange:
        if (hasValue && v <= 100)
            m_status.volume = v;
        break;
    case mdc::Cmd::Mute:
        if (hasValue)
            m_status.audioMuted = v != 0;
        break;
    case mdc::Cmd::InputSource:
        if (hasValue)
            m_status.input = mdc::formatInputCode(v);
        break;
    case mdc::Cmd::Panel:
        if (hasValue)
            m_status.videoMuted = v != 0;
        break;
    case mdc::Cmd::ErrorStatus:
        if (const auto e = mdc::decodeErrorStatus(d)) {
            m_status.errors.lamp = e->lamp == 1 ? Health::Error : Health::Ok;
            m_status.errors.temperature = e->temperature == 1 ? Health::Error : Health::Ok;
            m_status.errors.fan = e->fan == 1 ? Health::Error : Health::Ok;
            m_status.errors.other = e->brightnessSensor == 1 ? Health::Warning : Health::Ok;
        }
        break;
    case mdc::Cmd::SerialNumber: m_status.serial = mdc::decodeString(d); break;
    case mdc::Cmd::SoftwareVersion: m_status.softwareVersion = mdc::decodeString(d); break;
    case mdc::Cmd::ModelName: m_status.model = mdc::decodeString(d); break;
    case mdc::Cmd::DeviceName: m_status.name = mdc::decodeString(d); break;
    case mdc::Cmd::ModelNumber:
        if (const auto m = mdc::decodeModelNumber(d)) {
            const QString species = mdc::modelSpeciesName(m->species);
            m_status.otherInfo = (species.isEmpty() ? QString() : species + QStringLiteral(", "))
                + QStringLiteral("model code ") + hex2(m->code);
        }
        break;
    default: break;
    }
    return std::nullopt;
}

void MdcDriver::noteStatusChanged()
{
    if (m_status == m_emittedStatus)
        return;
    m_emittedStatus = m_status;
    Q_EMIT statusChanged(m_status);
}

void MdcDriver::onDisconnected()
{
    const Phase phase = m_phase;
    const bool wasAwaiting = m_awaitingReply;
    dropConnection();
    if (phase == Phase::AwaitTlsBanner || phase == Phase::TlsHandshake || phase == Phase::AwaitAuth) {
        failAll(protocolError(tr("The display closed the connection during the secured MDC handshake. Check that "
                                 "\"Secured Protocol\" is on and that no other MDC client is connected.")));
        return;
    }
    if (wasAwaiting && !m_queue.empty()) {
        Operation &op = m_queue.front();
        if (++op.closeRetries > 1) {
            finishCurrent(protocolError(tr("The display closed the connection before answering. Check that no "
                                           "other MDC client is connected to it and try again.")));
            return;
        }
        qCInfo(lcDisplays) << "MDC" << m_target.host << "closed mid-command; retrying on a fresh connection";
    }
    pump(); // reconnects if something is queued; an idle close just leaves us disconnected
}

void MdcDriver::onSocketError()
{
    if (!m_socket)
        return;
    const auto error = m_socket->error();
    const QString detail = m_socket->errorString();
    if (m_phase == Phase::Connecting) {
        ++m_consecutiveConnectFailures;
        dropConnection();
        const bool retryable = error != QAbstractSocket::HostNotFoundError;
        if (!m_queue.empty() && retryable && ++m_queue.front().connectAttempts < kConnectAttempts) {
            // Doubles with every consecutive failure (also across operations), capped by the reply timeout so
            // a long-dead display still fails a call within a few timeouts.
            const int delay = std::min({kBackoffMaxMs, std::max(kBackoffStartMs, m_target.timeoutMs),
                                        kBackoffStartMs << std::min(m_consecutiveConnectFailures - 1, 6)});
            qCInfo(lcDisplays) << "MDC" << m_target.host << "connect failed:" << detail << "- retry in" << delay << "ms";
            m_phase = Phase::Backoff;
            m_retryTimer.start(delay);
            return;
        }
        failAll(Error::make(ErrorCode::Unreachable,
                            tr("Cannot reach the display at %1 port %2 (%3). Check that it is connected to the "
                               "network, that network standby is on and that MDC over LAN is enabled.")
                                .arg(m_target.host)
                                .arg(port())
                                .arg(detail)));
        return;
    }
    if (error == QAbstractSocket::SslHandshakeFailedError || error == QAbstractSocket::SslInternalError) {
        const Error e = protocolError(tr("The TLS handshake with the display failed (%1).").arg(detail));
        dropConnection();
        failAll(e);
        return;
    }
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        onDisconnected();
    // Otherwise `disconnected` follows and is handled there.
}

void MdcDriver::onPhaseTimeout()
{
    QString what;
    switch (m_phase) {
    case Phase::Connecting:
        what = tr("The display at %1 port %2 did not accept the connection within %3 s. Check the address and "
                  "that the display is switched on at the mains.");
        break;
    case Phase::AwaitTlsBanner:
        what = tr("The display at %1 port %2 did not start the secured MDC protocol within %3 s. If \"Secured "
                  "Protocol\" is off on the display, remove the PIN in Tafel.");
        break;
    case Phase::TlsHandshake:
        what = tr("The TLS handshake with the display at %1 port %2 did not finish within %3 s.");
        break;
    case Phase::AwaitAuth:
        what = tr("The display at %1 port %2 did not answer the PIN within %3 s.");
        break;
    default: return;
    }
    const Error e = Error::make(ErrorCode::Timeout,
                                what.arg(m_target.host).arg(port()).arg(std::max(1, m_target.timeoutMs) / 1000.0));
    dropConnection();
    failAll(e);
}

void MdcDriver::onReplyTimeout()
{
    if (!m_awaitingReply)
        return;
    const Error e = timeoutError();
    dropConnection(); // a late reply must not be taken for the next command's
    finishCurrent(e);
}

Error MdcDriver::nakError(const mdc::Reply &reply) const
{
    return Error::make(ErrorCode::Failed,
                       tr("The display rejected command %1 (NAK, error %2). It may not support this on its model or "
                          "in its current state; switch it on first and try again.")
                           .arg(hex2(reply.command), hex2(reply.nakCode())));
}

Error MdcDriver::timeoutError() const
{
    return Error::make(ErrorCode::Timeout,
                       tr("The display at %1 did not answer command %2 within %3 s. Check that its MDC display ID "
                          "is %4 and that no other MDC client is connected.")
                           .arg(m_target.host, hex2(m_sent.command))
                           .arg(std::max(1, m_target.timeoutMs) / 1000.0)
                           .arg(id()));
}

Error MdcDriver::protocolError(const QString &detail) const
{
    return Error::make(ErrorCode::ProtocolError, detail);
}

} // namespace tafel::displays
