#include "displays/pjlinkdriver.h"

#include "core/hostport.h"
#include "crypto/random.h"
#include "displays/logging.h"

#include <QTcpSocket>

#include <algorithm>

namespace tafel::displays {

using namespace pjlink;

namespace {
constexpr int InitialBackoffMs = 500;
constexpr int MaxBackoffMs = 30000;
constexpr int MaxUserWaitForBackoffMs = 2000; // a user's call never sits longer than this behind a backoff
constexpr int MaxBusyDelayMs = 4000;
constexpr qsizetype BufferCap = 4 * MaxLine;

int backoffMs(int failures)
{
    if (failures <= 0)
        return 0;
    const int shift = qMin(failures - 1, 10);
    return qMin(MaxBackoffMs, InitialBackoffMs << shift);
}

bool isNotificationCommand(const QByteArray &c)
{
    return c == "LKUP" || c == "POWR" || c == "INPT" || c == "ERST";
}
} // namespace

PjLinkDriver::PjLinkDriver(const DisplayTarget &target, QObject *parent)
    : DisplayDriver(parent), m_target(target), m_reconnectTimer(this)
{
    if (m_target.port == 0)
        m_target.port = DefaultPort;
    if (m_target.timeoutMs <= 0)
        m_target.timeoutMs = 5000;
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &PjLinkDriver::connectNow);
}

PjLinkDriver::~PjLinkDriver()
{
    // Callbacks are dropped, never called after (or during) destruction.
    m_queue.clear();
    m_inFlight.reset();
    m_waitingJobs.clear();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

QString PjLinkDriver::endpoint() const
{
    return HostPort{m_target.host, m_target.port}.toString();
}

void PjLinkDriver::setPassword(const QString &password)
{
    m_target.password = password;
    m_authFailed = false;
    m_authError.clear();
    m_shaUnsupported = false;
}

void PjLinkDriver::post(std::function<void()> fn)
{
    QTimer::singleShot(0, this, std::move(fn));
}

// ---------------------------------------------------------------------------------------------------------
// Connection state machine

void PjLinkDriver::enqueue(Pending p)
{
    if (m_authFailed) {
        const Error e = Error::make(ErrorCode::AuthFailed, m_authError);
        post([done = std::move(p.done), e]() { done(Reply{e, {}, DeviceError::None}); });
        return;
    }
    m_queue.push_back(std::move(p));
    pump();
}

void PjLinkDriver::sendCommand(const Command &command, ReplyHandler done)
{
    enqueue(Pending{command, std::move(done), 0});
}

void PjLinkDriver::pump()
{
    if (m_inFlight || m_queue.empty())
        return;
    if (m_phase == Phase::Ready) {
        sendNext();
        return;
    }
    if (m_phase != Phase::Idle || m_reconnectTimer.isActive())
        return;
    const qint64 wait = qMin<qint64>(m_retryAt.remainingTime(), MaxUserWaitForBackoffMs);
    if (wait > 0)
        m_reconnectTimer.start(int(wait));
    else
        connectNow();
}

void PjLinkDriver::connectNow()
{
    if (m_phase != Phase::Idle || m_queue.empty())
        return;
    auto *s = new QTcpSocket(this);
    m_socket = s;
    m_timer = new QTimer(s);
    m_timer->setSingleShot(true);
    m_idleTimer = new QTimer(s);
    m_idleTimer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &PjLinkDriver::onTimeout);
    connect(m_idleTimer, &QTimer::timeout, this, [this]() {
        if (!m_inFlight && m_queue.empty()) {
            qCDebug(lcDisplays) << "PJLink" << endpoint() << "idle, closing";
            dropConnection();
        }
    });
    connect(s, &QTcpSocket::connected, this, &PjLinkDriver::onConnected);
    connect(s, &QTcpSocket::readyRead, this, &PjLinkDriver::onReadyRead);
    connect(s, &QTcpSocket::disconnected, this, &PjLinkDriver::onDisconnected);
    connect(s, &QTcpSocket::errorOccurred, this, &PjLinkDriver::onSocketError);
    m_phase = Phase::Connecting;
    m_buffer.clear();
    m_authPrefix.clear();
    m_prefixPending = false;
    ++m_connections;
    m_timer->start(m_target.timeoutMs);
    qCDebug(lcDisplays) << "PJLink connecting to" << endpoint();
    s->setReadBufferSize(BufferCap); // readAll() never hands us more than this at once
    s->connectToHost(m_target.host, m_target.port);
}

void PjLinkDriver::dropConnection()
{
    m_phase = Phase::Idle;
    // The old socket and its timers die later (deleteLater); silence them now so a timer of a dead
    // connection can never fire into the next one.
    for (QTimer *t : {m_timer, m_idleTimer}) {
        if (t) {
            t->stop();
            t->disconnect(this);
        }
    }
    m_timer = nullptr;
    m_idleTimer = nullptr;
    m_buffer.clear();
    if (QTcpSocket *s = m_socket) {
        m_socket = nullptr;
        s->disconnect(this);
        s->abort();
        s->deleteLater(); // takes its timers with it
    }
}

void PjLinkDriver::onConnected()
{
    if (!m_socket || sender() != m_socket)
        return;
    m_peer = m_socket->peerAddress();
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // one short line each way: no Nagle delay
    m_phase = Phase::Greeting;
    m_timer->start(m_target.timeoutMs);
}

void PjLinkDriver::onReadyRead()
{
    if (!m_socket || sender() != m_socket)
        return;
    m_buffer += m_socket->readAll();
    while (!m_buffer.isEmpty()) {
        const ParseResult r = parse(m_buffer);
        if (r.status == ParseResult::Status::Error && r.overlong) {
            protocolFailure(r.error);
            return;
        }
        m_buffer.remove(0, r.consumed);
        if (r.status == ParseResult::Status::Error) {
            qCDebug(lcDisplays) << "PJLink" << endpoint() << "skipped line:" << r.error;
            continue;
        }
        if (r.incomplete()) {
            if (m_buffer.size() > BufferCap) // cannot happen with the parser's cap; belt and braces
                protocolFailure(QStringLiteral("receive buffer overflow"));
            return;
        }
        const QPointer<QTcpSocket> socket = m_socket;
        handleLine(r.message);
        if (!socket || socket != m_socket)
            return; // the line closed or replaced the connection
    }
}

void PjLinkDriver::handleLine(const Message &m)
{
    switch (m_phase) {
    case Phase::Idle:
    case Phase::Connecting:
        return;
    case Phase::Greeting:
        if (m.kind == Message::Kind::AuthError) {
            authFailure(tr("The display at %1 refused the password (PJLINK ERRA). Check the PJLink password "
                           "in its network settings.")
                            .arg(endpoint()));
            return;
        }
        if (m.kind != Message::Kind::Greeting) {
            qCDebug(lcDisplays) << "PJLink" << endpoint() << "ignored before greeting:" << m.line;
            return;
        }
        if (m.authLevel == 0) {
            becomeReady({}, false);
        } else if (m_target.password.isEmpty()) {
            authFailure(tr("The display at %1 requires a PJLink password. Enter it in the display's settings.")
                            .arg(endpoint()));
        } else if (m.authLevel == 2 && m.random.size() == 32) {
            const QByteArray controller = crypto::randomBytes(16).toHex();
            becomeReady(controller + sha256Digest(m.random, controller, m_target.password.toUtf8()), true);
        } else if (m_authMode == AuthMode::Auto && !m_shaUnsupported) {
            m_phase = Phase::Level2;
            m_socket->write(securityLevelQuery());
            m_timer->start(qMin(m_target.timeoutMs, 3000));
        } else {
            becomeReady(md5Digest(m.random, m_target.password.toUtf8()), false);
        }
        return;
    case Phase::Level2:
        if (m.kind == Message::Kind::Greeting && m.authLevel == 2 && m.random.size() == 32) {
            const QByteArray controller = crypto::randomBytes(16).toHex();
            becomeReady(controller + sha256Digest(m.random, controller, m_target.password.toUtf8()), true);
        } else {
            shaFallback(QString::fromLatin1(m.line));
        }
        return;
    case Phase::Ready:
        if (m.kind == Message::Kind::AuthError) {
            authFailure(tr("The display at %1 refused the password (PJLINK ERRA). Check the PJLink password "
                           "in its network settings.")
                            .arg(endpoint()));
            return;
        }
        if (m.kind != Message::Kind::Response) {
            qCDebug(lcDisplays) << "PJLink" << endpoint() << "ignored line:" << m.line;
            return;
        }
        if (m_inFlight && m.command == m_inFlight->command.name) {
            completeInFlight(m);
            return;
        }
        if (m.pjClass == '2' && isNotificationCommand(m.command)) {
            applyNotification(m); // e.g. %2LKUP= right after connecting
            return;
        }
        qCDebug(lcDisplays) << "PJLink" << endpoint() << "unrequested line:" << m.line;
        return;
    }
}

void PjLinkDriver::becomeReady(const QByteArray &prefix, bool sha)
{
    m_phase = Phase::Ready;
    m_authPrefix = prefix;
    m_prefixPending = !prefix.isEmpty();
    m_usingSha = sha;
    m_failures = 0;
    m_retryAt = QDeadlineTimer();
    m_timer->stop();
    if (m_idleCloseMs > 0)
        m_idleTimer->start(m_idleCloseMs);
    pump();
}

void PjLinkDriver::sendNext()
{
    m_inFlight = std::move(m_queue.front());
    m_queue.pop_front();
    QByteArray data;
    if (m_prefixPending) {
        data = m_authPrefix;
        m_prefixPending = false;
    }
    data += m_inFlight->command.encode();
    m_idleTimer->stop();
    m_timer->start(m_target.timeoutMs);
    m_socket->write(data);
}

void PjLinkDriver::completeInFlight(const Message &m)
{
    m_timer->stop();
    m_lastReply.start();
    Pending p = std::move(*m_inFlight);
    m_inFlight.reset();
    if (m_closesAfterReply)
        dropConnection(); // it is going to close anyway; the next command opens a fresh connection
    else if (m_idleCloseMs > 0 && m_queue.empty())
        m_idleTimer->start(m_idleCloseMs);
    Reply reply;
    reply.deviceError = m.error;
    if (m.error != DeviceError::None)
        reply.outcome = deviceErrorToError(m.error, p.command);
    else
        reply.value = m.value;
    const QPointer<PjLinkDriver> guard(this);
    p.done(reply);
    if (guard)
        pump();
}

void PjLinkDriver::onDisconnected()
{
    if (!m_socket || sender() != m_socket)
        return;
    const Phase was = m_phase;
    const bool recentReply = m_lastReply.isValid() && m_lastReply.elapsed() < 1000;
    dropConnection();
    switch (was) {
    case Phase::Idle:
        return;
    case Phase::Level2:
        shaFallback(QStringLiteral("connection closed"));
        return;
    case Phase::Connecting:
    case Phase::Greeting:
        connectFailure(ErrorCode::Unreachable,
                       tr("The display at %1 closed the connection before greeting. It may be busy with another "
                          "controller; try again in a moment.")
                           .arg(endpoint()));
        return;
    case Phase::Ready:
        break;
    }
    if (recentReply && !m_closesAfterReply) {
        qCDebug(lcDisplays) << "PJLink" << endpoint() << "closes after each reply";
        m_closesAfterReply = true;
    }
    if (m_inFlight) {
        Pending p = std::move(*m_inFlight);
        m_inFlight.reset();
        // Re-sending is safe for PJLink's absolute commands; a volume step might be applied twice, so not those.
        const bool idempotent = p.command.name != "SVOL" && p.command.name != "MVOL";
        if (p.attempts < 1 && idempotent) {
            ++p.attempts;
            m_queue.push_front(std::move(p)); // lost by the close: send again on a fresh connection
        } else {
            const Error e = Error::make(ErrorCode::ProtocolError,
                                        tr("The display at %1 closed the connection before answering. "
                                           "Check its network settings or restart it.")
                                            .arg(endpoint()));
            const QPointer<PjLinkDriver> guard(this);
            p.done(Reply{e, {}, DeviceError::None});
            if (!guard)
                return;
        }
    }
    pump();
}

void PjLinkDriver::onSocketError()
{
    auto *s = qobject_cast<QTcpSocket *>(sender());
    if (!s || s != m_socket)
        return;
    const auto err = s->error();
    if (err == QAbstractSocket::RemoteHostClosedError && m_phase != Phase::Connecting)
        return; // disconnected() follows and handles it
    const QString detail = s->errorString();
    switch (m_phase) {
    case Phase::Connecting:
        if (err == QAbstractSocket::HostNotFoundError)
            connectFailure(ErrorCode::Unreachable,
                           tr("Host %1 not found. Check the display's address.").arg(m_target.host));
        else if (err == QAbstractSocket::ConnectionRefusedError)
            connectFailure(ErrorCode::Unreachable,
                           tr("The display at %1 refuses connections. Is PJLink enabled in its network menu, "
                              "and is the port right?")
                               .arg(endpoint()));
        else
            connectFailure(ErrorCode::Unreachable,
                           tr("Cannot reach the display at %1 (%2). Is it powered and on the network?")
                               .arg(endpoint(), detail));
        return;
    default:
        qCDebug(lcDisplays) << "PJLink" << endpoint() << "socket error" << detail;
        // Treat like a close: retry the in-flight command once on a fresh connection.
        onDisconnected();
        return;
    }
}

void PjLinkDriver::onTimeout()
{
    if (!m_timer || sender() != m_timer)
        return;
    switch (m_phase) {
    case Phase::Idle:
        return;
    case Phase::Connecting:
    case Phase::Greeting:
        connectFailure(ErrorCode::Timeout,
                       tr("Display at %1 does not answer. Is it powered and on the network?").arg(endpoint()));
        return;
    case Phase::Level2:
        shaFallback(QStringLiteral("no answer to PJLINK 2"));
        return;
    case Phase::Ready:
        break;
    }
    if (!m_inFlight)
        return;
    Pending p = std::move(*m_inFlight);
    m_inFlight.reset();
    dropConnection(); // a late reply must not be taken for the next command's
    const Error e = Error::make(ErrorCode::Timeout, tr("Display at %1 did not answer %2 within %3 s. Is it powered "
                                                       "and on the network?")
                                                        .arg(endpoint(), QString::fromLatin1(p.command.name))
                                                        .arg(m_target.timeoutMs / 1000.0));
    const QPointer<PjLinkDriver> guard(this);
    p.done(Reply{e, {}, DeviceError::None});
    if (guard)
        pump();
}

void PjLinkDriver::connectFailure(ErrorCode code, const QString &message)
{
    dropConnection();
    ++m_failures;
    m_retryAt = QDeadlineTimer(backoffMs(m_failures));
    qCInfo(lcDisplays) << "PJLink" << endpoint() << message;
    failAll(Error::make(code, message));
}

void PjLinkDriver::shaFallback(const QString &why)
{
    qCInfo(lcDisplays) << "PJLink" << endpoint() << "has no v2.10 SHA-256 authentication (" << why
                       << "); using MD5 on a fresh connection";
    m_shaUnsupported = true;
    dropConnection();
    pump();
}

void PjLinkDriver::authFailure(const QString &message)
{
    qCWarning(lcDisplays) << "PJLink" << endpoint() << message;
    m_authFailed = true;
    m_authError = message;
    dropConnection();
    failAll(Error::make(ErrorCode::AuthFailed, message));
}

void PjLinkDriver::protocolFailure(const QString &why)
{
    qCInfo(lcDisplays) << "PJLink" << endpoint() << "protocol error:" << why;
    dropConnection();
    if (m_inFlight) {
        Pending p = std::move(*m_inFlight);
        m_inFlight.reset();
        const Error e = Error::make(ErrorCode::ProtocolError,
                                    tr("The display at %1 sent a malformed reply (%2). Update its firmware or "
                                       "report the model.")
                                        .arg(endpoint(), why));
        const QPointer<PjLinkDriver> guard(this);
        p.done(Reply{e, {}, DeviceError::None});
        if (!guard)
            return;
    }
    pump();
}

void PjLinkDriver::failAll(const Error &error)
{
    std::deque<Pending> all;
    if (m_inFlight) {
        all.push_back(std::move(*m_inFlight));
        m_inFlight.reset();
    }
    for (Pending &p : m_queue)
        all.push_back(std::move(p));
    m_queue.clear();
    const QPointer<PjLinkDriver> guard(this);
    for (Pending &p : all) {
        p.done(Reply{error, {}, DeviceError::None});
        if (!guard)
            return;
    }
}

Error PjLinkDriver::deviceErrorToError(DeviceError e, const Command &c) const
{
    const QString cmd = QString::fromLatin1(c.name);
    switch (e) {
    case DeviceError::Undefined:
        return Error::make(ErrorCode::Failed, tr("The display at %1 does not support %2 (ERR1).").arg(endpoint(), cmd));
    case DeviceError::OutOfParameter:
        return Error::make(ErrorCode::InvalidInput,
                           tr("The display at %1 rejected the value for %2 (ERR2). Check the input code or setting.")
                               .arg(endpoint(), cmd));
    case DeviceError::Unavailable:
        return Error::make(ErrorCode::Locked, tr("The display at %1 cannot do %2 right now (ERR3); it may be "
                                                 "warming up or cooling down. Try again in a minute.")
                                                  .arg(endpoint(), cmd));
    case DeviceError::Failure:
        return Error::make(ErrorCode::ProtocolError,
                           tr("The display at %1 reports a device failure for %2 (ERR4). Check the display.")
                               .arg(endpoint(), cmd));
    case DeviceError::None: break;
    }
    return Error::make(ErrorCode::Failed, tr("Unknown error from %1.").arg(endpoint()));
}

Error PjLinkDriver::class2Only(const QString &what) const
{
    return Error::make(ErrorCode::Failed, tr("The display at %1 speaks PJLink Class 1, which has no %2.")
                                              .arg(endpoint(), what));
}

void PjLinkDriver::cancelAll()
{
    ++m_generation;
    if (m_inFlight)
        dropConnection(); // its late reply must not answer a later command
    const Error e = Error::make(ErrorCode::Cancelled, tr("Cancelled."));
    failAll(e);
    const QList<JobPtr> waiting = std::exchange(m_waitingJobs, {});
    for (const JobPtr &job : waiting)
        if (job->done)
            std::exchange(job->done, nullptr)(CommandResult{e, m_status});
}

// ---------------------------------------------------------------------------------------------------------
// Notifications

void PjLinkDriver::applyNotification(const Message &m)
{
    if (m.kind != Message::Kind::Response || m.error != DeviceError::None)
        return;
    if (m.command == "POWR") {
        if (auto p = decodePower(m.value))
            m_status.power = *p;
    } else if (m.command == "INPT") {
        m_status.input = QString::fromLatin1(m.value).toUpper();
    } else if (m.command == "ERST") {
        if (auto e = decodeErrors(m.value))
            m_status.errors = *e;
    } else if (m.command == "LKUP") {
        qCDebug(lcDisplays) << "PJLink" << endpoint() << "link up" << m.value;
    }
    emitIfChanged();
}

void PjLinkDriver::emitIfChanged()
{
    if (m_status == m_emitted)
        return;
    m_emitted = m_status;
    Q_EMIT statusChanged(m_status);
}

// ---------------------------------------------------------------------------------------------------------
// Jobs: sequences of commands behind one callback

PjLinkDriver::JobPtr PjLinkDriver::makeJob(Callback done)
{
    auto job = std::make_shared<Job>();
    job->done = std::move(done);
    job->generation = m_generation;
    return job;
}

void PjLinkDriver::runJob(const JobPtr &job)
{
    if (m_authFailed) {
        const Error e = Error::make(ErrorCode::AuthFailed, m_authError);
        post([this, job, e]() { finishJob(job, e); });
        return;
    }
    stepJob(job);
}

void PjLinkDriver::finishJob(const JobPtr &job, const Status &outcome)
{
    m_waitingJobs.removeAll(job);
    emitIfChanged();
    if (job->done)
        std::exchange(job->done, nullptr)(CommandResult{outcome, m_status});
}

void PjLinkDriver::stepJob(const JobPtr &job)
{
    if (job->generation != m_generation) {
        finishJob(job, Error::make(ErrorCode::Cancelled, tr("Cancelled.")));
        return;
    }
    while (job->index < job->steps.size() && job->steps[job->index].class2 && m_status.pjlinkClass < 2)
        ++job->index;
    if (job->index >= job->steps.size()) {
        finishJob(job, Status());
        return;
    }
    const Step &step = job->steps[job->index];
    const Command command = step.make(m_status.pjlinkClass);
    sendCommand(command, [this, job, command](const Reply &r) {
        if (!job->done)
            return; // already finished (cancelled)
        const Step &step = job->steps[job->index];
        if (r.outcome.ok()) {
            job->busyTries = 0;
            if (step.apply && !step.apply(r.value, *job) && !step.optional) {
                finishJob(job, Error::make(ErrorCode::ProtocolError,
                                           tr("The display at %1 sent an unreadable %2 value '%3'.")
                                               .arg(endpoint(), QString::fromLatin1(command.name),
                                                    QString::fromLatin1(r.value))));
                return;
            }
            ++job->index;
            emitIfChanged();
            stepJob(job);
            return;
        }
        if (r.deviceError == DeviceError::Unavailable && step.waitBusy) {
            if (!job->busySince.isValid())
                job->busySince.start();
            if (job->busySince.elapsed() < m_warmupWaitMs) {
                const int delay = qMin(MaxBusyDelayMs, 250 << qMin(job->busyTries, 8));
                ++job->busyTries;
                qCDebug(lcDisplays) << "PJLink" << endpoint() << "ERR3 on" << command.name << "- retry in" << delay;
                m_waitingJobs.append(job);
                QTimer::singleShot(delay, this, [this, job]() {
                    if (!m_waitingJobs.removeOne(job))
                        return; // cancelled meanwhile
                    stepJob(job);
                });
                return;
            }
        }
        if (r.deviceError != DeviceError::None && step.optional) {
            if (command.name == "CLSS" && m_status.pjlinkClass == 0)
                m_status.pjlinkClass = 1;
            if (command.name == "LAMP" && r.deviceError == DeviceError::Undefined)
                m_status.lamps.clear(); // no lamp (LED/laser display)
            ++job->index;
            stepJob(job);
            return;
        }
        finishJob(job, r.outcome);
    });
}

void PjLinkDriver::addClassStep(Job &job)
{
    if (m_status.pjlinkClass != 0)
        return;
    Step s;
    s.make = [](int) { return classQuery(); };
    s.apply = [this](const QByteArray &v, Job &) {
        m_status.pjlinkClass = decodeClass(v).value_or(1); // unreadable class: assume the common 1
        return true;
    };
    s.optional = true;
    job.steps.append(s);
}

void PjLinkDriver::ensureClass(std::function<void(const Status &)> next)
{
    if (m_status.pjlinkClass != 0) {
        next(Status());
        return;
    }
    auto job = makeJob([next](const CommandResult &r) { next(r.outcome); });
    addClassStep(*job);
    runJob(job);
}

namespace {
template<typename F>
auto fixed(F f)
{
    return [f](int) { return f(); };
}
} // namespace

void PjLinkDriver::refreshStatus(Callback done)
{
    auto job = makeJob(std::move(done));
    addClassStep(*job);
    auto add = [&job](std::function<Command(int)> make, std::function<bool(const QByteArray &, Job &)> apply,
                      bool optional, bool class2 = false) {
        Step s;
        s.make = std::move(make);
        s.apply = std::move(apply);
        s.optional = optional;
        s.class2 = class2;
        job->steps.append(s);
    };
    add(fixed(powerQuery), [this](const QByteArray &v, Job &) {
        auto p = decodePower(v);
        if (p)
            m_status.power = *p;
        return bool(p);
    }, false);
    add([](int cls) { return inputQuery(cls); }, [this](const QByteArray &v, Job &) {
        m_status.input = QString::fromLatin1(v).trimmed().toUpper();
        return true;
    }, true);
    add(fixed(muteQuery), [this](const QByteArray &v, Job &) {
        auto m = decodeMute(v);
        if (m) {
            m_status.videoMuted = m->video;
            m_status.audioMuted = m->audio;
        }
        return bool(m);
    }, true);
    add(fixed(errorQuery), [this](const QByteArray &v, Job &) {
        auto e = decodeErrors(v);
        if (e)
            m_status.errors = *e;
        return bool(e);
    }, true);
    add(fixed(lampQuery), [this](const QByteArray &v, Job &) {
        auto l = decodeLamps(v);
        if (l)
            m_status.lamps = *l;
        return bool(l);
    }, true);
    add(fixed(freezeQuery), [this](const QByteArray &v, Job &) {
        auto f = decodeFreeze(v);
        if (f)
            m_status.frozen = *f;
        return bool(f);
    }, true, true);
    add(fixed(filterQuery), [this](const QByteArray &v, Job &) {
        auto h = decodeHours(v);
        if (h)
            m_status.filterHours = *h;
        return bool(h);
    }, true, true);
    add(fixed(inputResolutionQuery), [this](const QByteArray &v, Job &) {
        m_status.resolution = decodeText(v);
        return true;
    }, true, true);
    runJob(job);
}

void PjLinkDriver::refreshInfo(Callback done)
{
    auto job = makeJob(std::move(done));
    addClassStep(*job);
    auto text = [this, &job](std::function<Command()> make, QString DisplayStatus::*field, bool class2) {
        Step s;
        s.make = fixed(std::move(make));
        s.apply = [this, field](const QByteArray &v, Job &) {
            m_status.*field = decodeText(v);
            return true;
        };
        s.optional = true;
        s.class2 = class2;
        job->steps.append(s);
    };
    text(nameQuery, &DisplayStatus::name, false);
    text(manufacturerQuery, &DisplayStatus::manufacturer, false);
    text(productQuery, &DisplayStatus::model, false);
    text(otherInfoQuery, &DisplayStatus::otherInfo, false);
    text(serialQuery, &DisplayStatus::serial, true);
    text(softwareVersionQuery, &DisplayStatus::softwareVersion, true);
    text(recommendedResolutionQuery, &DisplayStatus::recommendedResolution, true);
    Step inputs;
    inputs.make = [](int cls) { return inputListQuery(cls); };
    inputs.optional = true;
    inputs.apply = [this](const QByteArray &v, Job &j) {
        m_status.inputs = decodeInputList(v);
        m_status.inputNames.clear();
        if (m_status.pjlinkClass < 2)
            return true;
        // Class 2: one INNM per input, appended behind this step.
        m_status.inputNames.resize(m_status.inputs.size());
        for (qsizetype i = 0; i < m_status.inputs.size(); ++i) {
            Step n;
            const QString code = m_status.inputs[i];
            n.make = [code](int) { return inputNameQuery(code); };
            n.apply = [this, i, code](const QByteArray &v, Job &) {
                if (i < m_status.inputNames.size() && m_status.inputs.value(i) == code)
                    m_status.inputNames[i] = decodeText(v);
                return true;
            };
            n.optional = true;
            n.class2 = true;
            j.steps.append(n);
        }
        return true;
    };
    job->steps.append(inputs);
    runJob(job);
}

void PjLinkDriver::setPower(bool on, Callback done)
{
    auto job = makeJob(std::move(done));
    Step s;
    s.make = fixed([on]() { return powerSet(on); });
    s.waitBusy = true; // e.g. "on" while still cooling down
    s.apply = [this, on](const QByteArray &, Job &) {
        // Immediate feedback where the transition is certain; otherwise the next POWR? tells.
        if (on && m_status.power == PowerState::Standby)
            m_status.power = PowerState::Warming;
        else if (!on && m_status.power == PowerState::On)
            m_status.power = PowerState::Cooling;
        return true;
    };
    job->steps.append(s);
    runJob(job);
}

void PjLinkDriver::setPowerAndWait(bool on, int maxWaitMs, Callback done)
{
    const PowerState wanted = on ? PowerState::On : PowerState::Standby;
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    const quint64 generation = m_generation;
    auto poll = std::make_shared<std::function<void()>>();
    *poll = [this, wanted, maxWaitMs, clock, done, generation, weak = std::weak_ptr<std::function<void()>>(poll)]() {
        if (generation != m_generation) {
            done(CommandResult{Error::make(ErrorCode::Cancelled, tr("Cancelled.")), m_status});
            return;
        }
        auto self = weak.lock();
        sendCommand(powerQuery(), [this, wanted, maxWaitMs, clock, done, generation, self](const Reply &r) {
            if (r.outcome.ok()) {
                if (auto p = decodePower(r.value))
                    m_status.power = *p;
                emitIfChanged();
                if (m_status.power == wanted) {
                    done(CommandResult{Status(), m_status});
                    return;
                }
            } else if (r.deviceError != DeviceError::Unavailable) {
                done(CommandResult{r.outcome, m_status});
                return;
            }
            if (generation != m_generation) {
                done(CommandResult{Error::make(ErrorCode::Cancelled, tr("Cancelled.")), m_status});
                return;
            }
            if (clock->elapsed() >= maxWaitMs) {
                done(CommandResult{Error::make(ErrorCode::Timeout,
                                               tr("The display at %1 is still %2 after %3 s. Check it on site.")
                                                   .arg(endpoint(), powerStateName(m_status.power))
                                                   .arg(maxWaitMs / 1000)),
                                   m_status});
                return;
            }
            QTimer::singleShot(m_pollIntervalMs, this, [self]() { (*self)(); });
        });
    };
    setPower(on, [poll, done](const CommandResult &r) {
        if (!r.outcome.ok()) {
            done(r);
            return;
        }
        (*poll)();
    });
}

void PjLinkDriver::setInput(const QString &code, Callback done)
{
    const QString c = code.trimmed().toUpper();
    // Source 1-6 and terminal 1-9 or A-Z (Class 2 extends Class 1's 1-5 / 1-9); the device checks the rest.
    const bool valid = c.size() == 2 && c[0] >= QLatin1Char('1') && c[0] <= QLatin1Char('6')
                       && ((c[1] >= QLatin1Char('1') && c[1] <= QLatin1Char('9'))
                           || (c[1] >= QLatin1Char('A') && c[1] <= QLatin1Char('Z')));
    if (!valid) {
        const Error e = Error::make(ErrorCode::InvalidInput,
                                    tr("'%1' is not a PJLink input code. Use two characters such as 31 "
                                       "(digital input 1); the display's input list shows the valid ones.")
                                        .arg(code));
        post([this, done = std::move(done), e]() { done(CommandResult{e, m_status}); });
        return;
    }
    auto job = makeJob(std::move(done));
    Step s;
    s.make = [c](int cls) { return inputSet(c, cls); };
    s.waitBusy = true;
    s.apply = [this, c](const QByteArray &, Job &) {
        m_status.input = c;
        return true;
    };
    job->steps.append(s);
    runJob(job);
}

void PjLinkDriver::setMute(MuteTarget what, bool on, Callback done)
{
    auto job = makeJob(std::move(done));
    Step s;
    s.make = fixed([what, on]() { return muteSet(what, on); });
    s.waitBusy = true;
    s.apply = [this, what, on](const QByteArray &, Job &) {
        if (what != MuteTarget::Audio)
            m_status.videoMuted = on;
        if (what != MuteTarget::Video)
            m_status.audioMuted = on;
        return true;
    };
    job->steps.append(s);
    runJob(job);
}

void PjLinkDriver::setFreeze(bool on, Callback done)
{
    ensureClass([this, on, done](const Status &st) {
        if (!st.ok()) {
            done(CommandResult{st, m_status});
            return;
        }
        if (m_status.pjlinkClass < 2) {
            done(CommandResult{class2Only(tr("freeze")), m_status});
            return;
        }
        auto job = makeJob(done);
        Step s;
        s.make = fixed([on]() { return freezeSet(on); });
        s.waitBusy = true;
        s.apply = [this, on](const QByteArray &, Job &) {
            m_status.frozen = on;
            return true;
        };
        job->steps.append(s);
        runJob(job);
    });
}

void PjLinkDriver::adjustVolume(int steps, Callback done)
{
    ensureClass([this, steps, done](const Status &st) {
        if (!st.ok()) {
            done(CommandResult{st, m_status});
            return;
        }
        if (m_status.pjlinkClass < 2) {
            done(CommandResult{class2Only(tr("volume control")), m_status});
            return;
        }
        auto job = makeJob(done);
        for (int i = 0; i < qAbs(steps); ++i) {
            Step s;
            s.make = fixed([up = steps > 0]() { return speakerVolume(up); });
            s.waitBusy = true;
            job->steps.append(s);
        }
        runJob(job);
    });
}

void PjLinkDriver::adjustMicrophoneVolume(int steps, Callback done)
{
    ensureClass([this, steps, done](const Status &st) {
        if (!st.ok()) {
            done(CommandResult{st, m_status});
            return;
        }
        if (m_status.pjlinkClass < 2) {
            done(CommandResult{class2Only(tr("microphone volume")), m_status});
            return;
        }
        auto job = makeJob(done);
        for (int i = 0; i < qAbs(steps); ++i) {
            Step s;
            s.make = fixed([up = steps > 0]() { return microphoneVolume(up); });
            s.waitBusy = true;
            job->steps.append(s);
        }
        runJob(job);
    });
}

} // namespace tafel::displays
