#include "displays/pjlinksimulator.h"

#include "crypto/random.h"
#include "displays/logging.h"
#include "displays/pjlinkprotocol.h"

#include <QNetworkDatagram>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUdpSocket>

namespace tafel::displays {

using namespace pjlink;

namespace {
QByteArray powerDigit(PowerState p)
{
    switch (p) {
    case PowerState::On: return "1";
    case PowerState::Cooling: return "2";
    case PowerState::Warming: return "3";
    case PowerState::Standby:
    case PowerState::Unknown: break;
    }
    return "0";
}
} // namespace

PjLinkSimulator::PjLinkSimulator(PjLinkSimulatorConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_powerTimer(this)
{
    m_powerTimer.setSingleShot(true);
    connect(&m_powerTimer, &QTimer::timeout, this, [this]() {
        if (m_power == PowerState::Warming)
            setPower(PowerState::On);
        else if (m_power == PowerState::Cooling)
            setPower(PowerState::Standby);
    });
}

PjLinkSimulator::~PjLinkSimulator()
{
    for (auto it = m_conns.keyBegin(); it != m_conns.keyEnd(); ++it) {
        (*it)->disconnect(this);
        (*it)->abort();
    }
}

bool PjLinkSimulator::listen(const QHostAddress &address, quint16 port)
{
    if (!address.isLoopback()) {
        m_error = QStringLiteral("the simulator only listens on loopback");
        return false;
    }
    m_address = address;
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::newConnection, this, &PjLinkSimulator::onNewConnection);
    if (!m_server->listen(address, port)) {
        m_error = m_server->errorString();
        return false;
    }
    return true;
}

quint16 PjLinkSimulator::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

bool PjLinkSimulator::listenUdp(quint16 port)
{
    if (!m_udp) {
        m_udp = new QUdpSocket(this);
        connect(m_udp, &QUdpSocket::readyRead, this, &PjLinkSimulator::onUdp);
    }
    const QHostAddress where = m_address.isNull() ? QHostAddress(QHostAddress::LocalHost) : m_address;
    if (m_udp->state() == QAbstractSocket::BoundState)
        return true;
    if (!m_udp->bind(where, port, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint)) {
        m_error = m_udp->errorString();
        return false;
    }
    return true;
}

quint16 PjLinkSimulator::udpPort() const
{
    return m_udp ? m_udp->localPort() : 0;
}

void PjLinkSimulator::setNotificationTarget(const QHostAddress &address, quint16 port)
{
    m_notifyAddress = address;
    m_notifyPort = port;
}

void PjLinkSimulator::sendNotification(const QByteArray &command, const QByteArray &value)
{
    // Network rule of this project: notifications only ever go to a loopback target.
    if (m_notifyPort == 0 || !m_notifyAddress.isLoopback())
        return;
    if (!m_udp || m_udp->state() != QAbstractSocket::BoundState)
        listenUdp(0);
    if (!m_udp)
        return;
    m_udp->writeDatagram(frameLine("%2" + command + '=' + value), m_notifyAddress, m_notifyPort);
}

void PjLinkSimulator::setPower(PowerState state)
{
    if (state == m_power)
        return;
    m_power = state;
    if (state != PowerState::On)
        m_frozen = false;
    sendNotification("POWR", powerDigit(state));
    Q_EMIT powerChanged(state);
}

void PjLinkSimulator::setInput(const QString &code)
{
    if (code == m_config.input)
        return;
    m_config.input = code;
    sendNotification("INPT", code.toLatin1());
}

void PjLinkSimulator::setErrors(const ErrorFlags &errors)
{
    if (errors == m_config.errors)
        return;
    m_config.errors = errors;
    sendNotification("ERST", encodeErrors(errors));
}

void PjLinkSimulator::startTransition(PowerState to)
{
    setPower(to);
    m_powerTimer.start(to == PowerState::Warming ? m_config.warmupMs : m_config.cooldownMs);
}

QByteArray PjLinkSimulator::frameLine(QByteArray line) const
{
    if (m_config.quirks.leadingNul)
        line.prepend(QByteArray(2, '\0'));
    line += m_config.quirks.lfOnly ? '\n' : '\r';
    return line;
}

void PjLinkSimulator::onNewConnection()
{
    while (QTcpSocket *s = m_server->nextPendingConnection()) {
        ++m_connections;
        s->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        s->setReadBufferSize(4 * MaxRequestLine);
        Conn c;
        c.idle = new QTimer(s);
        c.idle->setSingleShot(true);
        connect(c.idle, &QTimer::timeout, s, [s]() { s->disconnectFromHost(); });
        connect(s, &QTcpSocket::readyRead, this, [this, s]() { onData(s); });
        connect(s, &QTcpSocket::disconnected, this, [this, s]() {
            m_conns.remove(s);
            s->deleteLater();
        });
        if (m_config.idleCloseMs > 0)
            c.idle->start(m_config.idleCloseMs);
        QByteArray greeting;
        if (m_config.password.isEmpty()) {
            greeting = "PJLINK 0";
        } else {
            c.auth = Conn::Auth::Md5;
            c.random4 = crypto::randomBytes(4).toHex();
            greeting = "PJLINK 1 " + c.random4;
        }
        if (m_config.quirks.lowercase)
            greeting.replace("PJLINK", "PJLink");
        m_conns.insert(s, c);
        if (!m_config.quirks.neverReply)
            s->write(frameLine(greeting));
    }
}

void PjLinkSimulator::reply(QTcpSocket *s, QByteArray line, bool thenClose)
{
    auto send = [this, s, line, thenClose]() {
        auto it = m_conns.find(s);
        if (it == m_conns.end())
            return;
        QByteArray out;
        if (m_config.quirks.unsolicitedLinkUp && !it->repliedOnce)
            out += frameLine("%2LKUP=" + m_config.mac);
        it->repliedOnce = true;
        out += frameLine(line);
        s->write(out);
        if (thenClose)
            s->disconnectFromHost();
    };
    if (m_config.latencyMs > 0)
        QTimer::singleShot(m_config.latencyMs, s, send);
    else
        send();
}

void PjLinkSimulator::onData(QTcpSocket *s)
{
    auto it = m_conns.find(s);
    if (it == m_conns.end())
        return;
    it->buffer += s->readAll();
    if (it->idle && m_config.idleCloseMs > 0)
        it->idle->start(m_config.idleCloseMs);
    for (;;) {
        it = m_conns.find(s);
        if (it == m_conns.end())
            return;
        const RequestParse r = parseRequest(it->buffer);
        if (r.status == ParseResult::Status::Incomplete) {
            it->buffer.remove(0, r.consumed);
            return;
        }
        it->buffer.remove(0, r.consumed);
        if (m_config.quirks.neverReply)
            continue;
        if (r.status == ParseResult::Status::Error) {
            qCDebug(lcDisplays) << "simulator: bad request" << r.error;
            continue; // real devices ignore junk
        }
        const Request &req = r.request;
        if (req.securityLevelQuery) {
            if (it->auth == Conn::Auth::Md5 && m_config.sha256) {
                it->auth = Conn::Auth::Sha;
                it->random16 = crypto::randomBytes(16).toHex();
                reply(s, "PJLINK 2 " + it->random16, false);
            } else {
                reply(s, "PJLINK ERRA", true); // what a pre-2.10 device does with an unknown line
            }
            continue;
        }
        bool authOk = true;
        if (it->auth == Conn::Auth::Md5)
            authOk = req.authPrefix == md5Digest(it->random4, m_config.password.toUtf8());
        else if (it->auth == Conn::Auth::Sha)
            authOk = req.authPrefix.size() == 96
                     && req.authPrefix.mid(32)
                            == sha256Digest(it->random16, req.authPrefix.left(32), m_config.password.toUtf8());
        if (!authOk) {
            ++m_authFailures;
            reply(s, "PJLINK ERRA", true);
            return; // the connection is closing; ignore whatever else was sent
        }
        it->auth = it->auth == Conn::Auth::None ? Conn::Auth::None : Conn::Auth::Ok;
        QByteArray text = "%";
        text += req.pjClass;
        text += req.command;
        if (!req.param.isEmpty())
            text += ' ' + req.param;
        m_received.append(text);
        if (m_config.quirks.echo)
            s->write(frameLine(text));
        if (m_config.quirks.closeMidCommand > 0) {
            --m_config.quirks.closeMidCommand;
            s->disconnectFromHost();
            return;
        }
        ++m_commands;
        QByteArray line = "%";
        line += req.pjClass;
        line += req.command;
        line += '=';
        if (m_config.quirks.oversizeLine)
            line += QByteArray(200, 'A');
        else
            line += answer(req.pjClass, req.command, req.param);
        if (m_config.quirks.lowercase)
            line = line.toLower();
        reply(s, line, m_config.quirks.closeAfterReply);
    }
}

QByteArray PjLinkSimulator::answer(char cls, const QByteArray &cmd, const QByteArray &param)
{
    const bool query = param == "?";
    const bool on = m_power == PowerState::On;
    const bool class2 = m_config.pjlinkClass >= 2;
    if (cls == '2' && !class2)
        return "ERR1";
    auto text = [](const QString &s) { return s.toUtf8().left(128); };

    if (cmd == "POWR") {
        if (query)
            return powerDigit(m_power);
        if (param == "1") {
            if (m_power == PowerState::Cooling)
                return "ERR3";
            if (m_power == PowerState::Standby)
                startTransition(PowerState::Warming);
            return "OK";
        }
        if (param == "0") {
            if (m_power == PowerState::Warming)
                return "ERR3";
            if (m_power == PowerState::On)
                startTransition(PowerState::Cooling);
            return "OK";
        }
        return "ERR2";
    }
    if (cmd == "INPT") {
        if (!on)
            return "ERR3";
        if (query)
            return m_config.input.toLatin1();
        const QString code = QString::fromLatin1(param).toUpper();
        if (!m_config.inputs.contains(code))
            return "ERR2";
        setInput(code);
        return "OK";
    }
    if (cmd == "AVMT") {
        if (!on)
            return "ERR3";
        if (query) {
            if (m_videoMuted && m_audioMuted)
                return "31";
            if (m_videoMuted)
                return "11";
            if (m_audioMuted)
                return "21";
            return "30";
        }
        if (param.size() != 2 || (param[1] != '0' && param[1] != '1') || param[0] < '1' || param[0] > '3')
            return "ERR2";
        const bool v = param[1] == '1';
        if (param[0] != '2')
            m_videoMuted = v;
        if (param[0] != '1')
            m_audioMuted = v;
        return "OK";
    }
    if (cmd == "ERST" && query)
        return encodeErrors(m_config.errors);
    if (cmd == "LAMP" && query) {
        if (m_config.lamps.isEmpty())
            return "ERR1";
        QList<LampInfo> lamps = m_config.lamps;
        for (LampInfo &l : lamps)
            l.on = on;
        return encodeLamps(lamps);
    }
    if (cmd == "INST" && query) {
        QStringList list;
        for (const QString &i : m_config.inputs)
            if (cls == '2' || (i.size() == 2 && i[0] >= QLatin1Char('1') && i[0] <= QLatin1Char('5')
                               && i[1].isDigit()))
                list.append(i);
        return list.join(QLatin1Char(' ')).toLatin1();
    }
    if (cmd == "NAME" && query)
        return text(m_config.name);
    if (cmd == "INF1" && query)
        return text(m_config.manufacturer).left(32);
    if (cmd == "INF2" && query)
        return text(m_config.model).left(32);
    if (cmd == "INFO" && query)
        return text(m_config.otherInfo).left(32);
    if (cmd == "CLSS" && query)
        return m_config.quirks.classReply.isEmpty() ? QByteArray::number(m_config.pjlinkClass)
                                                    : m_config.quirks.classReply;
    if (!class2 || cls != '2')
        return "ERR1";
    // Class 2
    if (cmd == "SNUM" && query)
        return text(m_config.serial);
    if (cmd == "SVER" && query)
        return text(m_config.softwareVersion);
    if (cmd == "INNM" && param.startsWith('?')) {
        const qsizetype i = m_config.inputs.indexOf(QString::fromLatin1(param.mid(1)).toUpper());
        if (i < 0)
            return "ERR2";
        return text(m_config.inputNames.value(i, m_config.inputs[i]));
    }
    if (cmd == "IRES" && query)
        return on ? text(m_config.resolution) : "-";
    if (cmd == "RRES" && query)
        return text(m_config.recommendedResolution);
    if (cmd == "FILT" && query)
        return m_config.filterHours ? QByteArray::number(*m_config.filterHours) : "ERR1";
    if (cmd == "RLMP" && query)
        return text(m_config.lampModel);
    if (cmd == "RFIL" && query)
        return text(m_config.filterModel);
    if (cmd == "SVOL" || cmd == "MVOL") {
        int &v = cmd == "SVOL" ? m_volume : m_micVolume;
        if (param == "1")
            v = qMin(100, v + 1);
        else if (param == "0")
            v = qMax(0, v - 1);
        else
            return "ERR2";
        return "OK";
    }
    if (cmd == "FREZ") {
        if (!on)
            return "ERR3";
        if (query)
            return m_frozen ? "1" : "0";
        if (param != "0" && param != "1")
            return "ERR2";
        m_frozen = param == "1";
        return "OK";
    }
    return "ERR1";
}

void PjLinkSimulator::onUdp()
{
    while (m_udp->hasPendingDatagrams()) {
        const QNetworkDatagram d = m_udp->receiveDatagram(512);
        const QByteArray data = d.data().trimmed();
        if (data.compare("%2SRCH", Qt::CaseInsensitive) != 0)
            continue;
        // Answer only a loopback sender (project network rule).
        if (!d.senderAddress().isLoopback())
            continue;
        m_udp->writeDatagram(frameLine("%2ACKN=" + m_config.mac), d.senderAddress(), quint16(d.senderPort()));
    }
}

} // namespace tafel::displays
