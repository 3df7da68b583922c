#include "monitoring/iperf3client.h"

#include "core/hostport.h"
#include "monitoring/logging.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>

#include <chrono>
#include <linux/sockios.h>
#include <sys/ioctl.h>

namespace tafel::monitoring {

namespace {

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

constexpr qsizetype kControlBufferCap = qsizetype(iperf3::kMaxJsonSize) + 64;

} // namespace

Iperf3Client::Iperf3Client(Prober *prober, QObject *parent)
    : QObject(parent),
      m_prober(prober ? prober : new Prober(this)),
      m_deadline(new QTimer(this)),
      m_omitTimer(new QTimer(this)),
      m_endTimer(new QTimer(this))
{
    for (QTimer *t : {m_deadline, m_omitTimer, m_endTimer})
        t->setSingleShot(true);
    // The measured interval is timed by these two; a coarse timer may fire 5 % early.
    m_omitTimer->setTimerType(Qt::PreciseTimer);
    m_endTimer->setTimerType(Qt::PreciseTimer);
    connect(m_omitTimer, &QTimer::timeout, this, &Iperf3Client::omitEnded);
    connect(m_endTimer, &QTimer::timeout, this, &Iperf3Client::endTest);
}

Iperf3Client::~Iperf3Client()
{
    m_done = nullptr;
    cleanup();
}

void Iperf3Client::start(const Iperf3Options &options, Done done)
{
    if (m_done) {
        QTimer::singleShot(0, this, [done = std::move(done)] {
            done(Error::make(ErrorCode::Locked, tr("An iperf3 test is already running")));
        });
        return;
    }
    m_options = options;
    m_options.streams = std::clamp(m_options.streams, 1, 128);
    m_options.durationSec = std::max(1, m_options.durationSec);
    m_options.omitSec = std::max(0, m_options.omitSec);
    m_done = std::move(done);
    m_result = BroadbandResult{};
    m_result.method = QStringLiteral("iperf3");
    m_result.server = HostPort{m_options.host, m_options.port}.toString();
    m_result.streams = m_options.streams;
    m_result.started = QDateTime::currentDateTimeUtc();
    m_cookie = iperf3::makeCookie();
    m_block = QByteArray(m_options.blockSize, Qt::Uninitialized);
    QRandomGenerator::global()->generate(reinterpret_cast<quint32 *>(m_block.data()),
                                         reinterpret_cast<quint32 *>(m_block.data() + (m_block.size() & ~qsizetype(3))));
    m_buffer.clear();
    m_expect = iperf3::Expect::State;
    m_idleRtts.clear();
    m_idleSent = m_idleLost = 0;
    m_bytesAtOmit = m_bytesAtEnd = 0;

    if (!m_options.measureRtt) {
        m_phase = Phase::Control;
        QTimer::singleShot(0, this, &Iperf3Client::connectControl);
        return;
    }
    ProbeTarget target;
    target.id = m_options.host;
    target.kind = ProbeKind::Icmp;
    target.host = m_options.host;
    target.timeoutMs = 1000;
    delete m_rtt;
    m_rtt = new RttSampler(m_prober, target, m_options.rttIntervalMs, this);
    m_phase = Phase::IdleRtt;
    connect(m_rtt, &RttSampler::done, this, [this] {
        if (m_phase != Phase::IdleRtt)
            return;
        m_idleRtts = m_rtt->rtts();
        m_idleSent = m_rtt->sent();
        m_idleLost = m_rtt->lost();
        m_result.rttMethod = m_rtt->method();
        m_phase = Phase::Control;
        connectControl();
    });
    m_rtt->collect(std::max(1, m_options.idleRttCount));
}

void Iperf3Client::abort()
{
    if (m_done)
        fail(ErrorCode::Cancelled, tr("The iperf3 test was cancelled"));
}

void Iperf3Client::setDeadline(int ms, const QString &what)
{
    m_deadline->disconnect(this);
    connect(m_deadline, &QTimer::timeout, this, [this, what] { fail(ErrorCode::Timeout, what); });
    m_deadline->start(ms);
}

void Iperf3Client::connectControl()
{
    m_control = new QTcpSocket(this);
    connect(m_control, &QTcpSocket::connected, this, [this] {
        m_control->write(m_cookie);
        setDeadline(m_options.replyTimeoutMs,
                    tr("The iperf3 server at %1 accepted the connection but did not answer").arg(m_result.server));
    });
    connect(m_control, &QTcpSocket::readyRead, this, &Iperf3Client::onControlData);
    connect(m_control, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (m_phase == Phase::Done)
            return;
        if (e == QAbstractSocket::RemoteHostClosedError) {
            onControlData(); // a final ACCESS_DENIED may arrive together with the close
            if (m_phase != Phase::Done)
                fail(ErrorCode::ProtocolError, tr("The iperf3 server closed the control connection"));
            return;
        }
        fail(ErrorCode::Unreachable, tr("Cannot reach the iperf3 server at %1: %2").arg(m_result.server, m_control->errorString()));
    });
    setDeadline(m_options.connectTimeoutMs, tr("Connecting to the iperf3 server at %1 timed out").arg(m_result.server));
    m_control->connectToHost(m_options.host, m_options.port);
}

void Iperf3Client::onControlData()
{
    if (!m_control || m_phase == Phase::Done)
        return;
    m_buffer += m_control->read(kControlBufferCap - m_buffer.size());
    while (m_phase != Phase::Done) {
        const iperf3::Decoded d = iperf3::decode(m_buffer, m_expect);
        if (d.kind == iperf3::Decoded::Incomplete) {
            if (m_buffer.size() >= kControlBufferCap)
                fail(ErrorCode::ProtocolError, tr("The iperf3 server sent an oversized message"));
            return;
        }
        if (d.kind == iperf3::Decoded::Failed)
            return fail(d.error.code, d.error.message);
        m_buffer.remove(0, d.consumed);
        if (d.kind == iperf3::Decoded::Json) {
            m_result.serverResults = d.json;
            m_expect = iperf3::Expect::State;
            if (auto r = iperf3::resultsFromJson(d.json); !r)
                qCInfo(lcMonitoring) << "iperf3 server results:" << r.errorString();
            continue;
        }
        handleState(d);
    }
}

void Iperf3Client::handleState(const iperf3::Decoded &d)
{
    qCDebug(lcMonitoring) << "iperf3 state" << iperf3::stateName(d.state);
    switch (d.state) {
    case iperf3::ParamExchange: {
        iperf3::Params p;
        p.durationSec = m_options.durationSec;
        p.omitSec = m_options.omitSec;
        p.streams = m_options.streams;
        p.reverse = m_options.reverse;
        p.blockSize = m_options.blockSize;
        m_control->write(iperf3::frameJson(iperf3::paramsToJson(p)));
        setDeadline(m_options.replyTimeoutMs, tr("The iperf3 server stopped answering after the parameters"));
        return;
    }
    case iperf3::CreateStreams:
        setDeadline(m_options.replyTimeoutMs, tr("The iperf3 server did not start the test"));
        openStream(0);
        return;
    case iperf3::TestStart:
        setDeadline(m_options.replyTimeoutMs, tr("The iperf3 server did not start the test"));
        return;
    case iperf3::TestRunning:
        beginLoad();
        return;
    case iperf3::ExchangeResults: {
        if (m_phase == Phase::Running) {
            // The server ended the test before our timer did (its own timer, or it was stopped).
            m_endTimer->stop();
            if (m_omitEndNs == 0)
                return fail(ErrorCode::ProtocolError, tr("The iperf3 server ended the test during the warm-up"));
            m_endNs = steadyNs();
            m_bytesAtEnd = measuredBytes();
            if (m_rtt)
                m_rtt->stop();
            m_phase = Phase::Ending;
        }
        if (m_phase != Phase::Ending)
            return fail(ErrorCode::ProtocolError, tr("The iperf3 server asked for results before the test ran"));
        iperf3::Results mine;
        const double elapsed = double(steadyNs() - m_runStartNs) / 1e9;
        for (int i = 0; i < m_streams.size(); ++i) {
            iperf3::StreamResult s;
            s.id = iperf3::streamId(i);
            s.bytes = m_options.reverse ? m_streams[i].received : deliveredBytes(m_streams[i]);
            s.endTime = elapsed;
            mine.streams.append(s);
        }
        m_control->write(iperf3::frameJson(iperf3::resultsToJson(mine)));
        m_expect = iperf3::Expect::Json;
        setDeadline(m_options.replyTimeoutMs, tr("The iperf3 server did not send its results"));
        return;
    }
    case iperf3::DisplayResults: {
        const char done = char(iperf3::IperfDone);
        m_control->write(&done, 1);
        m_control->flush();
        succeed();
        return;
    }
    case iperf3::AccessDenied:
        return fail(ErrorCode::Locked, tr("The iperf3 server at %1 is busy with another test").arg(m_result.server));
    case iperf3::ServerError:
        return fail(ErrorCode::Failed, iperf3::serverErrorText(d.serverErrno, d.systemErrno));
    case iperf3::ServerTerminate:
        return fail(ErrorCode::Failed, tr("The iperf3 server terminated the test"));
    default:
        return; // states a 3.x server does not send to clients; harmless
    }
}

void Iperf3Client::openStream(int index)
{
    if (index >= m_options.streams)
        return;
    auto *socket = new QTcpSocket(this);
    m_streams.append(Stream{socket, 0, 0, 0});
    // Streams connect one after another so the server numbers them in our order.
    connect(socket, &QTcpSocket::connected, this, [this, socket, index] {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 0);
        socket->write(m_cookie);
        openStream(index + 1);
    });
    connect(socket, &QTcpSocket::bytesWritten, this, [this, index](qint64 n) {
        if (index >= m_streams.size())
            return;
        Stream &s = m_streams[index];
        if (m_phase == Phase::Running)
            s.toKernel += n;
        pump(s);
    });
    connect(socket, &QTcpSocket::readyRead, this, [this, index] {
        if (index < m_streams.size())
            m_streams[index].received += m_streams[index].socket->skip(m_streams[index].socket->bytesAvailable());
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError e) {
        if (m_phase == Phase::Done || e == QAbstractSocket::RemoteHostClosedError)
            return;
        if (m_phase == Phase::Ending)
            return; // the server closing data streams at the end of the test
        fail(ErrorCode::Unreachable, tr("iperf3 data connection failed: %1").arg(socket->errorString()));
    });
    socket->connectToHost(m_options.host, m_options.port);
}

void Iperf3Client::pump(Stream &s)
{
    if (m_phase != Phase::Running || m_options.reverse || !s.socket)
        return;
    while (s.socket->bytesToWrite() < 2 * m_block.size())
        s.socket->write(m_block);
}

void Iperf3Client::beginLoad()
{
    m_phase = Phase::Running;
    m_omitEndNs = m_endNs = 0;
    m_runStartNs = steadyNs();
    const int totalMs = (m_options.omitSec + m_options.durationSec) * 1000;
    setDeadline(totalMs + m_options.replyTimeoutMs, tr("The iperf3 server stalled during the test"));
    // Bytes count from TEST_RUNNING on (the cookie before it is not test data).
    for (Stream &s : m_streams) {
        s.toKernel = 0;
        pump(s);
    }
    if (m_options.omitSec > 0)
        m_omitTimer->start(m_options.omitSec * 1000);
    else
        omitEnded();
    m_endTimer->start(totalMs);
}

qint64 Iperf3Client::deliveredBytes(const Stream &s) const
{
    int outq = 0;
    if (s.socket && s.socket->socketDescriptor() >= 0)
        if (::ioctl(int(s.socket->socketDescriptor()), SIOCOUTQ, &outq) != 0)
            outq = 0;
    return std::max<qint64>(0, s.toKernel - outq);
}

qint64 Iperf3Client::measuredBytes() const
{
    qint64 sum = 0;
    for (const Stream &s : m_streams)
        sum += m_options.reverse ? s.received : deliveredBytes(s);
    return sum;
}

void Iperf3Client::omitEnded()
{
    m_omitEndNs = steadyNs();
    m_bytesAtOmit = measuredBytes();
    if (m_rtt && m_options.measureRtt)
        m_rtt->start();
}

void Iperf3Client::endTest()
{
    m_endNs = steadyNs();
    m_bytesAtEnd = measuredBytes();
    if (m_rtt)
        m_rtt->stop();
    m_phase = Phase::Ending;
    const char end = char(iperf3::TestEnd);
    m_control->write(&end, 1);
    setDeadline(m_options.replyTimeoutMs, tr("The iperf3 server did not finish the test"));
}

void Iperf3Client::succeed()
{
    const double seconds = double(m_endNs - m_omitEndNs) / 1e9;
    m_result.durationSec = seconds;
    const double mbps = seconds > 0 ? double(m_bytesAtEnd - m_bytesAtOmit) * 8.0 / seconds / 1e6 : 0.0;
    if (m_options.reverse)
        m_result.downloadMbps = mbps;
    else
        m_result.uploadMbps = mbps;
    if (m_options.measureRtt && m_rtt) {
        m_result.rttIdle = summarize(m_idleRtts);
        m_result.rttLoaded = summarize(m_rtt->rtts());
        if (m_result.rttIdle)
            m_result.jitterMs = m_result.rttIdle->jitter;
        const int sent = m_idleSent + m_rtt->sent();
        const int lost = m_idleLost + m_rtt->lost();
        if (sent > 0)
            m_result.lossPct = 100.0 * lost / sent;
    }
    m_phase = Phase::Done;
    BroadbandResult result = m_result;
    Done done = std::move(m_done);
    m_done = nullptr;
    cleanup();
    if (done)
        done(result);
}

void Iperf3Client::fail(ErrorCode code, const QString &message)
{
    if (m_phase == Phase::Done && !m_done)
        return;
    qCInfo(lcMonitoring) << "iperf3:" << message;
    m_phase = Phase::Done;
    Done done = std::move(m_done);
    m_done = nullptr;
    cleanup();
    if (done)
        done(Error::make(code, message));
}

void Iperf3Client::cleanup()
{
    m_deadline->stop();
    m_omitTimer->stop();
    m_endTimer->stop();
    if (m_rtt)
        m_rtt->stop();
    for (Stream &s : m_streams) {
        s.socket->disconnect(this);
        s.socket->abort();
        s.socket->deleteLater();
    }
    m_streams.clear();
    if (m_control) {
        m_control->disconnect(this);
        m_control->disconnectFromHost(); // flushes IPERF_DONE
        m_control->deleteLater();
        m_control = nullptr;
    }
    m_phase = m_phase == Phase::Done ? Phase::Idle : m_phase;
}

} // namespace tafel::monitoring
