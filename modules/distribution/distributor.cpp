#include "distribution/distributor.h"
#include "distribution/logging.h"
#include "distribution/packagefile.h"
#include "distribution/pusher.h"
#include "distribution/relaygrant.h"

#include "agentlink/agentclient.h"
#include "crypto/certificate.h"

#include <QCborMap>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace tafel::distribution {

QString Target::label() const
{
    return host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(host).arg(port) : QStringLiteral("%1:%2").arg(host).arg(port);
}

namespace {
constexpr int kMaxTopUps = 3;
constexpr int kMaxHeadRestarts = 5;
constexpr int kMaxRelayRetries = 3;

bool transient(const Error &e)
{
    return e.code == ErrorCode::Unreachable || e.code == ErrorCode::Timeout;
}
} // namespace

class Distributor::Private {
public:
    struct Node {
        Target target;
        TargetResult result;
        QPointer<agentlink::AgentClient> control;
        bool active = false;    // part of the current run
        bool offering = false;
        bool offered = false;   // the receiver answered package.offer in this run (it is staging or complete)
        bool down = false;      // unreachable; reconnecting
        QElapsedTimer downSince;
        int backoffMs = 500;
        qint64 haveAtStart = -1;
        qint64 have = 0;
        QByteArray agentKey;    // raw Ed25519 key of the agent (its TLS certificate)
        QString fingerprint;
        bool statusInFlight = false;
        bool upstreamEnded = false;
        QString relayState;
        qint64 lastProgressMs = 0;
        double rate = 0;
        qint64 rateBytes = 0;
        qint64 rateAtMs = 0;
        QPointer<ChunkPusher> direct; // the sender's own pusher to this node (head of the chain or top-up)
        bool directIsHead = false;
        int topUps = 0;
        int headRestarts = 0;
        int relayRetries = 0;
        bool movedToTail = false;
        bool reconnectPending = false;
        qint64 lagSinceMs = -1; // since when it has lagged far behind its upstream neighbour
        QString state;
    };

    Distributor *q;
    crypto::KeyPair key;
    agentlink::ClientCredentials credentials;
    QString credentialsError;
    std::shared_ptr<PackageReader> reader;
    Manifest manifest;
    qint64 totalBytes = 0;   // manifest.totalBytes(), fixed once the manifest is set
    qint64 lagThreshold = 0; // how far behind its upstream a receiver may fall before it counts as slow
    DistributorOptions options;
    QList<Node> nodes;
    QList<int> chain;          // node indexes in relay order (reachable, offered)
    QHash<int, int> links;     // configured relay: node → next node (-1 = stopped)
    QTimer *statusTimer = nullptr;
    QElapsedTimer clock;
    qint64 sentFinished = 0;
    bool running = false;
    bool chainStarted = false;
    int generation = 0; // runs started
    qint64 lastMoveMs = -1; // the last time a slow receiver was moved to the tail
    // The head probe (see maybeProbeHead): a short direct feed of the package's last chunks to the second receiver.
    struct Probe {
        QPointer<ChunkPusher> pusher;
        int head = -1;             // the head being judged
        int node = -1;             // the receiver probed (the second in the chain)
        qint64 startMs = 0;
        qint64 verifiedBytes = 0;  // probe chunks the second receiver verified
        qint64 lastVerifiedMs = 0; // when the last of them was verified
        qint64 plannedBytes = 0;   // all probe chunks
    } probe;
    int headNode = -1;          // the chain's head since headSinceMs
    qint64 headSinceMs = 0;
    QSet<int> probedHeads;      // heads already judged in this run

    void startRun(const QList<int> &which);
    void connectNode(int i);
    void offer(int i);
    void nodeDown(int i, const Error &error);
    void finishNode(int i, const Status &status);
    void maybeStartChain(bool force = false); // force: do not wait for receivers that have not answered yet
    void reconcile();
    void sendRelay(int from, int to);
    void startDirect(int i, bool head);
    void pollStatus();
    void onStatus(int i, const QCborMap &s);
    void maybeMoveSlow(int i);
    void maybeProbeHead();
    void endProbe(bool judge); // judge: decide whether the head is the slow part
    void moveToTail(int i);
    void retire(QPointer<ChunkPusher> &pusher); // stops it and counts what it sent
    void setState(int i, const QString &state);
    void checkAllFinished();
    void stopAll();
    qint64 nowMs() const { return clock.isValid() ? clock.elapsed() : 0; }
};

Distributor::Distributor(const crypto::KeyPair &senderKey, QList<Target> targets, std::shared_ptr<PackageReader> package, DistributorOptions options,
                         QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    if (auto k = crypto::KeyPair::fromPem(senderKey.privatePem()))
        d->key = std::move(k).value();
    auto creds = agentlink::ClientCredentials::fromKey(d->key);
    if (creds)
        d->credentials = *creds;
    else
        d->credentialsError = creds.errorString();
    d->reader = std::move(package);
    if (d->reader) {
        d->manifest = d->reader->manifest();
        d->manifest.rebuildIndex();
        d->totalBytes = d->manifest.totalBytes();
        qint64 maxChunk = 0;
        for (const FileEntry &f : std::as_const(d->manifest.files))
            maxChunk = qMax(maxChunk, f.chunkSize);
        d->lagThreshold = qMax<qint64>(3 * maxChunk, d->totalBytes / 16);
    }
    d->options = options;
    for (Target &t : targets) {
        Private::Node n;
        n.target = std::move(t);
        n.result.totalBytes = d->totalBytes;
        d->nodes.append(n);
    }
    d->statusTimer = new QTimer(this);
    d->statusTimer->setInterval(qMax(50, options.statusIntervalMs));
    connect(d->statusTimer, &QTimer::timeout, this, [this] { d->pollStatus(); });
}

Distributor::~Distributor()
{
    d->running = false;
    d->stopAll();
}

int Distributor::targetCount() const
{
    return int(d->nodes.size());
}

const Target &Distributor::target(int index) const
{
    return d->nodes.at(index).target;
}

TargetResult Distributor::result(int index) const
{
    return d->nodes.at(index).result;
}

qint64 Distributor::bytesSent() const
{
    qint64 sum = d->sentFinished;
    for (const auto &n : d->nodes) {
        if (n.direct)
            sum += n.direct->sentBytes();
    }
    if (d->probe.pusher)
        sum += d->probe.pusher->sentBytes();
    return sum;
}

qint64 Distributor::packageBytes() const
{
    return d->totalBytes;
}

QString Distributor::packageId() const
{
    return d->manifest.packageId;
}

bool Distributor::isRunning() const
{
    return d->running;
}

void Distributor::start()
{
    QList<int> which;
    for (int i = 0; i < d->nodes.size(); ++i) {
        if (!d->nodes.at(i).result.verified)
            which.append(i);
    }
    d->startRun(which);
}

void Distributor::retry(const QList<int> &targets)
{
    QList<int> which;
    for (int i : targets) {
        if (i >= 0 && i < d->nodes.size() && !d->nodes.at(i).result.verified)
            which.append(i);
    }
    d->startRun(which);
}

void Distributor::cancel()
{
    if (!d->running)
        return;
    for (int i = 0; i < d->nodes.size(); ++i) {
        if (d->nodes.at(i).active && !d->nodes.at(i).result.finished)
            d->finishNode(i, Error::make(ErrorCode::Cancelled, Distributor::tr("Cancelled.")));
    }
}

void Distributor::Private::startRun(const QList<int> &which)
{
    if (running) {
        // Add the targets to the running distribution.
        for (int i : which) {
            Node &n = nodes[i];
            if (n.active && !n.result.finished)
                continue;
            n.active = true;
            n.result.finished = false;
            n.result.error.clear();
            connectNode(i);
        }
        return;
    }
    if (!reader || credentials.isNull()) {
        const QString why = !reader ? Distributor::tr("No package to send.") : credentialsError;
        for (int i : which) {
            nodes[i].active = true;
            finishNode(i, Error::make(ErrorCode::InvalidInput, why));
        }
        QTimer::singleShot(0, q, [self = QPointer<Distributor>(q)] {
            if (self)
                Q_EMIT self->finished();
        });
        return;
    }
    running = true;
    chainStarted = false;
    lastMoveMs = -1;
    headNode = -1;
    probedHeads.clear();
    chain.clear();
    links.clear();
    if (!clock.isValid())
        clock.start();
    for (Node &n : nodes)
        n.active = false;
    for (int i : which) {
        Node &n = nodes[i];
        const Target t = n.target;
        n = Node();
        n.target = t;
        n.result.totalBytes = totalBytes;
        n.active = true;
        n.rateAtMs = nowMs();
        n.lastProgressMs = nowMs();
    }
    for (int i : which)
        connectNode(i);
    statusTimer->start();
    // A switched-off PC takes the handshake timeout to fail: the others do not wait for it (it joins at the tail).
    QTimer::singleShot(3000, q, [this, self = QPointer<Distributor>(q), run = ++generation] {
        if (self && run == generation)
            maybeStartChain(true);
    });
    if (which.isEmpty())
        checkAllFinished();
}

void Distributor::Private::setState(int i, const QString &state)
{
    if (nodes[i].state == state)
        return;
    nodes[i].state = state;
    Q_EMIT q->targetStateChanged(i, state);
}

void Distributor::Private::connectNode(int i)
{
    Node &n = nodes[i];
    if (n.control) {
        n.control->disconnect(q);
        n.control->deleteLater();
    }
    auto *c = new agentlink::AgentClient(q);
    c->setCredentials(credentials);
    c->setPinnedFingerprint(n.target.fingerprint);
    c->setCallTimeout(30'000);
    c->setKeepAliveInterval(20'000);
    n.control = c;
    QObject::connect(c, &agentlink::AgentClient::failed, q, [this, i, c](const Error &e) {
        if (nodes[i].control == c)
            nodeDown(i, e);
    });
    setState(i, Distributor::tr("connecting"));
    c->connectToAgent(n.target.host, n.target.port);
    offer(i);
}

void Distributor::Private::offer(int i)
{
    Node &n = nodes[i];
    n.offering = true;
    QPointer<agentlink::AgentClient> c = n.control;
    c->call(QStringLiteral("package.offer"), QCborMap{{QStringLiteral("envelope"), reader->envelope()}}, [this, i, c](Result<QCborMap> r) {
        Node &n = nodes[i];
        if (!running || n.control != c || n.result.finished)
            return;
        n.offering = false;
        if (!r) {
            if (transient(r.error()))
                nodeDown(i, r.error());
            else
                finishNode(i, r.error());
            maybeStartChain();
            return;
        }
        n.down = false;
        n.backoffMs = 500;
        n.offered = true;
        n.have = r->value(QStringLiteral("haveBytes")).toInteger();
        if (n.haveAtStart < 0)
            n.haveAtStart = n.have;
        n.result.haveBytes = n.have;
        n.result.receivedBytes = n.have - n.haveAtStart;
        n.fingerprint = crypto::certificateFingerprint(c->peerCertificate());
        if (auto k = crypto::certificatePublicKey(c->peerCertificate()))
            n.agentKey = k->raw();
        n.lastProgressMs = nowMs();
        Q_EMIT q->progress(i, n.have, totalBytes, 0);
        if (r->value(QStringLiteral("complete")).toBool()) {
            // Keep it in the chain: a receiver that has everything is the best relay.
            if (!chain.contains(i))
                chain.append(i);
            finishNode(i, Status());
        } else {
            setState(i, Distributor::tr("waiting"));
            if (!chain.contains(i))
                chain.append(i);
        }
        if (chainStarted)
            reconcile();
        else
            maybeStartChain();
    });
}

void Distributor::Private::maybeStartChain(bool force)
{
    if (chainStarted || !running)
        return;
    for (const Node &n : nodes) {
        if (n.active && n.offering && !force)
            return;
    }
    chainStarted = true;
    for (int i : std::as_const(chain))
        nodes[i].lastProgressMs = nowMs();
    // Relay order = the targets' order; reachable ones only (late ones join at the tail).
    std::sort(chain.begin(), chain.end());
    reconcile();
}

void Distributor::Private::sendRelay(int from, int to)
{
    Node &f = nodes[from];
    if (!f.control)
        return;
    links.insert(from, to);
    QCborMap args{{QStringLiteral("id"), manifest.packageId}};
    if (to < 0) {
        args.insert(QStringLiteral("stop"), true);
    } else {
        const Node &t = nodes[to];
        auto grant = RelayGrant::sign(key, manifest.packageId, f.agentKey, t.fingerprint,
                                      QDateTime::currentDateTimeUtc().addMSecs(options.grantValidityMs));
        if (!grant) {
            qCWarning(lcDistribution).noquote() << "cannot sign a relay grant:" << grant.errorString();
            return;
        }
        args.insert(QStringLiteral("to"), QCborMap{{QStringLiteral("host"), t.target.host},
                                                   {QStringLiteral("port"), t.target.port},
                                                   {QStringLiteral("fingerprint"), t.fingerprint}});
        args.insert(QStringLiteral("grant"), *grant);
        qCDebug(lcDistribution).noquote() << "relay" << f.target.label() << "->" << t.target.label();
    }
    QPointer<agentlink::AgentClient> c = f.control;
    c->call(QStringLiteral("package.relay"), args, [this, from, to, c](Result<QCborMap> r) {
        if (!running || nodes[from].control != c)
            return;
        if (!r && !transient(r.error())) {
            qCWarning(lcDistribution).noquote() << nodes[from].target.label() << "refused to relay:" << r.errorString();
            links.remove(from);
        }
        Q_UNUSED(to);
    });
}

void Distributor::Private::reconcile()
{
    if (!running || !chainStarted)
        return;
    // Only reachable receivers that are not given up stay in the chain.
    chain.erase(std::remove_if(chain.begin(), chain.end(),
                               [this](int i) {
                                   const Node &n = nodes[i];
                                   return !n.active || n.down || !n.offered || (n.result.finished && !n.result.verified);
                               }),
                chain.end());
    if (!options.relay) {
        for (int i : chain) {
            if (!nodes[i].direct && !nodes[i].result.verified)
                startDirect(i, false);
        }
        return;
    }
    for (int k = 0; k < chain.size(); ++k) {
        const int from = chain.at(k);
        const int to = k + 1 < chain.size() ? chain.at(k + 1) : -1;
        const auto it = links.constFind(from);
        if (it != links.cend() && *it == to)
            continue;
        if (to < 0 && it == links.cend())
            continue; // the tail never relayed: nothing to stop
        sendRelay(from, to);
    }
    if (chain.isEmpty())
        return;
    const int head = chain.constFirst();
    if (head != headNode) {
        headNode = head;
        headSinceMs = nowMs();
    }
    // The sender feeds the head; a former head (moved or gone) loses its feed.
    for (int i = 0; i < nodes.size(); ++i) {
        Node &n = nodes[i];
        if (n.directIsHead && i != head)
            retire(n.direct);
    }
    Node &h = nodes[head];
    if (!h.direct && !h.result.verified && h.headRestarts == 0)
        startDirect(head, true);
    else if (!h.direct && h.result.verified && h.headRestarts == 0)
        h.headRestarts = 1; // the head has everything: it relays from its store
}

void Distributor::Private::startDirect(int i, bool head)
{
    Node &n = nodes[i];
    if (n.direct)
        return;
    ++(head ? n.headRestarts : n.topUps);
    std::shared_ptr<PackageReader> r = reader;
    const int count = manifest.chunkCount();
    auto *p = new ChunkPusher(
        credentials, PushTarget{n.target.host, n.target.port, n.target.fingerprint}, manifest, [r](int index) { return r->readChunk(index); },
        [count] { return QBitArray(count, true); }, {}, options.windowBytes, q);
    n.direct = p;
    n.directIsHead = head;
    setState(i, head ? Distributor::tr("receiving") : Distributor::tr("topping up"));
    QObject::connect(p, &ChunkPusher::finished, q, [this, i, p](const Status &st) {
        Node &n = nodes[i];
        sentFinished += p->sentBytes();
        p->deleteLater();
        if (n.direct != p)
            return;
        n.direct = nullptr;
        if (!running || n.result.finished)
            return;
        if (!st) {
            qCInfo(lcDistribution).noquote() << "sending to" << n.target.label() << "failed:" << st.errorString();
            if (st.error().code == ErrorCode::Corrupt || (!transient(st.error()) && st.error().code != ErrorCode::Cancelled && n.control
                                                          && n.control->state() == agentlink::AgentClient::State::Connected)) {
                finishNode(i, st);
                return;
            }
        }
        // Otherwise the status poll decides: complete, a top-up, or a retry of the head feed.
        if (n.directIsHead && !st && n.headRestarts < kMaxHeadRestarts && !n.down)
            QTimer::singleShot(1000, q, [this, i] {
                if (running && !nodes[i].direct && !chain.isEmpty() && chain.constFirst() == i && !nodes[i].result.finished)
                    startDirect(i, true);
            });
    });
    p->start();
    p->setSourceComplete();
}

void Distributor::Private::nodeDown(int i, const Error &error)
{
    Node &n = nodes[i];
    if (!running)
        return;
    if (n.result.finished) {
        // A receiver that has everything but went away can no longer relay: route around it, do not retry it.
        if (!n.down && chain.contains(i)) {
            n.down = true;
            links.remove(i);
            reconcile();
        }
        return;
    }
    n.offering = false;
    n.statusInFlight = false;
    n.result.error = error.message;
    if (!n.down) {
        n.down = true;
        n.downSince.start();
        qCInfo(lcDistribution).noquote() << n.target.label() << "is unreachable:" << error.message << "- routing around it";
    }
    retire(n.direct);
    links.remove(i);
    setState(i, Distributor::tr("reconnecting"));
    reconcile();
    if (n.downSince.elapsed() >= options.giveUpAfterMs) {
        finishNode(i, Error::make(error.code, Distributor::tr("%1 stayed unreachable: %2").arg(n.target.label(), error.message)));
        maybeStartChain();
        return;
    }
    if (n.reconnectPending)
        return; // the connection's failure and its pending calls report the same drop
    n.reconnectPending = true;
    const int delay = n.backoffMs;
    n.backoffMs = qMin(n.backoffMs * 2, 5000);
    QTimer::singleShot(delay, q, [this, i] {
        nodes[i].reconnectPending = false;
        if (running && nodes[i].down && !nodes[i].result.finished)
            connectNode(i);
    });
}

void Distributor::Private::finishNode(int i, const Status &status)
{
    Node &n = nodes[i];
    if (n.result.finished)
        return;
    n.result.finished = true;
    n.result.verified = status.ok();
    n.result.error = status.ok() ? QString() : status.errorString();
    n.result.seconds = nowMs() / 1000.0;
    if (status.ok()) {
        n.result.haveBytes = totalBytes;
        if (n.haveAtStart >= 0)
            n.result.receivedBytes = n.result.haveBytes - n.haveAtStart;
    }
    if (!status.ok() || !n.directIsHead)
        retire(n.direct);
    setState(i, status.ok() ? Distributor::tr("verified") : Distributor::tr("failed"));
    if (status.ok())
        Q_EMIT q->progress(i, totalBytes, totalBytes, n.rate);
    Q_EMIT q->targetFinished(i, status);
    if (!status.ok())
        reconcile();
    checkAllFinished();
}

void Distributor::Private::checkAllFinished()
{
    if (!running)
        return;
    for (const Node &n : nodes) {
        if (n.active && !n.result.finished)
            return;
    }
    running = false;
    statusTimer->stop();
    stopAll();
    QTimer::singleShot(0, q, [self = QPointer<Distributor>(q)] {
        if (self)
            Q_EMIT self->finished();
    });
}

void Distributor::Private::stopAll()
{
    retire(probe.pusher);
    for (int i = 0; i < nodes.size(); ++i) {
        Node &n = nodes[i];
        retire(n.direct);
        if (n.control) {
            if (links.contains(i) && links.value(i) >= 0 && n.control->state() == agentlink::AgentClient::State::Connected)
                n.control->call(QStringLiteral("package.relay"), QCborMap{{QStringLiteral("id"), manifest.packageId}, {QStringLiteral("stop"), true}},
                                [](const Result<QCborMap> &) {});
            n.control->disconnect(q);
            QPointer<agentlink::AgentClient> c = n.control;
            QTimer::singleShot(200, c, [c] {
                if (c) {
                    c->disconnectFromAgent();
                    c->deleteLater();
                }
            });
            n.control = nullptr;
        }
    }
    links.clear();
}

void Distributor::Private::pollStatus()
{
    if (!running)
        return;
    for (int i = 0; i < nodes.size(); ++i) {
        Node &n = nodes[i];
        if (!n.active || n.down || !n.offered || !n.control || n.statusInFlight)
            continue;
        if (n.result.finished && links.value(i, -1) < 0)
            continue;
        n.statusInFlight = true;
        QPointer<agentlink::AgentClient> c = n.control;
        c->call(QStringLiteral("package.status"), QCborMap{{QStringLiteral("id"), manifest.packageId}}, [this, i, c](Result<QCborMap> r) {
            if (!running || nodes[i].control != c)
                return;
            nodes[i].statusInFlight = false;
            if (r)
                onStatus(i, *r);
        });
    }
    maybeProbeHead();
}

void Distributor::Private::onStatus(int i, const QCborMap &s)
{
    Node &n = nodes[i];
    const qint64 now = nowMs();
    const QCborMap relay = s.value(QStringLiteral("relay")).toMap();
    n.relayState = relay.value(QStringLiteral("state")).toString();
    // A relay that failed while its downstream is still reachable is set up again (a few times).
    if (n.relayState == QLatin1String("failed") && links.value(i, -1) >= 0 && n.relayRetries < kMaxRelayRetries) {
        ++n.relayRetries;
        qCInfo(lcDistribution).noquote() << n.target.label() << "relay failed:" << relay.value(QStringLiteral("error")).toString() << "- setting it up again";
        links.remove(i);
        reconcile();
    }
    if (n.result.finished)
        return;
    if (s.value(QStringLiteral("state")).toString() == QLatin1String("absent")) {
        // The agent lost the package (deleted, or its staging was removed): offer it again.
        n.offered = false;
        offer(i);
        return;
    }
    const qint64 have = s.value(QStringLiteral("haveBytes")).toInteger();
    n.upstreamEnded = s.value(QStringLiteral("upstreamEnded")).toBool();
    if (have != n.have) {
        n.lastProgressMs = now;
        if (n.state != Distributor::tr("topping up") && !(n.direct && n.directIsHead))
            setState(i, Distributor::tr("receiving"));
    }
    n.have = have;
    n.result.haveBytes = have;
    n.result.receivedBytes = have - qMax<qint64>(0, n.haveAtStart);
    if (now - n.rateAtMs >= 500) {
        const double inst = double(have - n.rateBytes) * 1000.0 / double(now - n.rateAtMs);
        n.rate = n.rate <= 0 ? inst : 0.6 * n.rate + 0.4 * inst;
        n.rateBytes = have;
        n.rateAtMs = now;
    }
    Q_EMIT q->progress(i, have, totalBytes, n.rate);
    if (s.value(QStringLiteral("state")).toString() == QLatin1String("complete")) {
        finishNode(i, Status());
        return;
    }
    maybeMoveSlow(i);
    if (!chainStarted)
        return;
    // Top up directly what the chain did not deliver: the upstream has ended, or nothing arrived for a while.
    const bool stalled = now - n.lastProgressMs > options.stallMs;
    if (!n.direct && (n.upstreamEnded || stalled)) {
        if (n.topUps >= kMaxTopUps) {
            if (stalled)
                finishNode(i, Error::make(ErrorCode::Failed, Distributor::tr("%1 still misses %2 bytes after %3 direct attempts.")
                                                                 .arg(n.target.label())
                                                                 .arg(totalBytes - have)
                                                                 .arg(kMaxTopUps)));
            return;
        }
        n.lastProgressMs = now;
        qCInfo(lcDistribution).noquote() << n.target.label() << (n.upstreamEnded ? "missed chunks in the chain" : "stalled") << "- sending directly";
        startDirect(i, false);
    }
}

void Distributor::Private::maybeMoveSlow(int i)
{
    // A receiver far behind the one before it in the chain (a slow link or PC) would pace everybody after it:
    // it moves to the tail (once), where it slows nobody down.
    Node &n = nodes[i];
    const qsizetype k = chain.indexOf(i);
    if (!options.relay || k <= 0 || k == chain.size() - 1 || n.movedToTail || n.direct) {
        n.lagSinceMs = -1;
        return;
    }
    const Node &before = nodes[chain.at(k - 1)];
    if (before.have - n.have <= lagThreshold) {
        n.lagSinceMs = -1;
        return;
    }
    if (n.lagSinceMs < 0) {
        n.lagSinceMs = nowMs();
        return;
    }
    if (nowMs() - n.lagSinceMs < options.slowAfterMs)
        return;
    // One move at a time: when a relay's own uplink is the slow part, every receiver after it lags; moving them
    // all in a row would only churn the chain.
    if (lastMoveMs >= 0 && nowMs() - lastMoveMs < 3 * options.slowAfterMs)
        return;
    qCInfo(lcDistribution).noquote() << n.target.label() << "lags" << (before.have - n.have) << "bytes behind" << before.target.label()
                                     << "- moving it to the end of the chain";
    moveToTail(i);
}

void Distributor::Private::moveToTail(int i)
{
    nodes[i].movedToTail = true;
    lastMoveMs = nowMs();
    chain.removeAll(i);
    chain.append(i);
    setState(i, Distributor::tr("slow: moved to the end of the chain"));
    reconcile();
}

void Distributor::Private::retire(QPointer<ChunkPusher> &pusher)
{
    if (!pusher)
        return;
    sentFinished += pusher->sentBytes();
    pusher->stop();
    pusher->deleteLater();
    pusher = nullptr;
}

void Distributor::Private::maybeProbeHead()
{
    // maybeMoveSlow() judges a receiver by the one before it; the head has none: the sender feeds it, and a slow
    // head link paces the whole chain while the sender's uplink could go faster. The two cases look the same from
    // the sender (its feed to the head is slow), so once per head the sender also feeds the package's last few
    // chunks straight to the second receiver for a moment. If the sender's uplink is the limit, the two feeds
    // share it and run at about the same rate; if the head's link is, the probe runs much faster, and the head
    // moves to the tail. The probe's chunks are not wasted: the second receiver keeps and relays them; the sender
    // sends them once more to whoever is head later (about 1/16 of the package at most, 4 MiB typically).
    if (probe.pusher) {
        const bool stale = chain.size() < 2 || chain.constFirst() != probe.head || chain.at(1) != probe.node
            || nodes[probe.head].result.finished || !nodes[probe.head].direct;
        if (stale) {
            endProbe(false);
            return;
        }
        if (probe.verifiedBytes >= probe.plannedBytes || nowMs() - probe.startMs >= 3000)
            endProbe(true);
        return;
    }
    if (!options.relay || !chainStarted || chain.size() < 2)
        return;
    const int head = chain.constFirst();
    const Node &h = nodes[head];
    if (probedHeads.contains(head) || probedHeads.size() >= 3 || !h.direct || !h.directIsHead || h.result.finished
        || nowMs() - headSinceMs < options.slowAfterMs)
        return;
    const int second = chain.at(1);
    const Node &s = nodes[second];
    if (s.result.finished || s.down || !s.offered)
        return;
    // The last chunks, about 4 MiB and at most 1/16 of the package, and only when the head misses far more.
    const int count = manifest.chunkCount();
    qint64 planned = 0;
    int first = count;
    while (first > 0 && planned < (4 << 20) && (count - first) < qMax(1, count / 16)) {
        --first;
        planned += manifest.chunk(first).length;
    }
    if (totalBytes - h.have < 4 * planned || totalBytes - s.have < 4 * planned)
        return;
    probedHeads.insert(head);
    QBitArray only(count, false);
    for (int k = first; k < count; ++k)
        only.setBit(k);
    std::shared_ptr<PackageReader> r = reader;
    auto *p = new ChunkPusher(
        credentials, PushTarget{s.target.host, s.target.port, s.target.fingerprint}, manifest, [r](int index) { return r->readChunk(index); },
        [only] { return only; }, {}, options.windowBytes, q);
    probe = Probe{p, head, second, nowMs(), 0, 0, planned};
    QObject::connect(p, &ChunkPusher::chunkSent, q, [this, p](int chunk, bool verified) {
        if (probe.pusher != p || !verified)
            return;
        probe.verifiedBytes += manifest.chunk(chunk).length;
        probe.lastVerifiedMs = nowMs();
    });
    QObject::connect(p, &ChunkPusher::finished, q, [this, p](const Status &) {
        if (probe.pusher == p)
            endProbe(false);
    });
    qCDebug(lcDistribution).noquote() << "probing the head" << h.target.label() << "with" << planned << "bytes to" << s.target.label();
    p->start();
}

void Distributor::Private::endProbe(bool judge)
{
    if (!probe.pusher)
        return;
    retire(probe.pusher);
    if (!judge || !running)
        return;
    // The probe's rate (connection set-up included, so it errs towards keeping the head) against the head's rate
    // as its status polls measured it: more than twice as fast means the head's own link (or PC) is the slow part.
    const double headRate = nodes[probe.head].rate;
    const qint64 ms = qMax<qint64>(1, probe.lastVerifiedMs - probe.startMs);
    const double probeRate = double(probe.verifiedBytes) * 1000.0 / double(ms);
    qCDebug(lcDistribution).noquote() << "head probe:" << probe.verifiedBytes << "bytes to" << nodes[probe.node].target.label() << "in" << ms
                                      << "ms; the head receives" << qint64(headRate) << "bytes/s";
    if (probe.verifiedBytes < manifest.chunk(manifest.chunkCount() - 1).length || probeRate <= 2 * headRate)
        return;
    const int head = probe.head;
    qCInfo(lcDistribution).noquote() << nodes[head].target.label() << "receives slower than the sender can send (" << qint64(headRate)
                                     << "bytes/s; a probe to" << nodes[probe.node].target.label() << "ran at" << qint64(probeRate)
                                     << "bytes/s) - moving it to the end of the chain";
    moveToTail(head);
}

} // namespace tafel::distribution
