#include "distribution/pusher.h"
#include "distribution/logging.h"

#include <QCborMap>
#include <QPointer>
#include <QTimer>

namespace tafel::distribution {

// QBitArray keeps its bits LSB first with the unused high bits of the last byte zero: that is the wire layout.
QByteArray bitmapToBytes(const QBitArray &bits)
{
    return QByteArray(bits.bits(), (bits.size() + 7) / 8);
}

QBitArray bitmapFromBytes(const QByteArray &bytes, int count)
{
    if (count <= 0)
        return QBitArray();
    QByteArray padded = bytes; // a short bitmap from the wire: the missing chunks are not there
    padded.resize((count + 7) / 8, '\0');
    return QBitArray::fromBits(padded.constData(), count);
}

ChunkPusher::ChunkPusher(const agentlink::ClientCredentials &credentials, PushTarget target, Manifest manifest, ReadChunk read, Available available,
                         QByteArray grant, qint64 windowBytes, QObject *parent)
    : QObject(parent)
    , m_client(new agentlink::AgentClient(this))
    , m_target(std::move(target))
    , m_manifest(std::move(manifest))
    , m_read(std::move(read))
    , m_available(std::move(available))
    , m_grant(std::move(grant))
    , m_window(qMax(windowBytes, kPieceSize))
{
    m_manifest.rebuildIndex();
    m_client->setCredentials(credentials);
    m_client->setPinnedFingerprint(m_target.fingerprint);
    m_client->setCallTimeout(20'000); // per piece; a healthy receiver answers within the window's time
    // No AgentClient keep-alive: its "heartbeat" is not a peer command (a relaying agent would be refused). An
    // idle pusher (waiting for its source) pings with package.push instead.
    auto *ping = new QTimer(this);
    ping->setInterval(20'000);
    connect(ping, &QTimer::timeout, this, [this] {
        if (!m_hello || m_done || m_inFlight > 0)
            return;
        QCborMap a = baseArgs();
        a.insert(QStringLiteral("ping"), true);
        m_client->call(QStringLiteral("package.push"), a, [](const Result<QCborMap> &) {});
    });
    ping->start();
    const int n = m_manifest.chunkCount();
    m_downstreamHas = QBitArray(n);
    m_sent = QBitArray(n);
    m_attempts = QList<int>(n, 0);
    connect(m_client, &agentlink::AgentClient::failed, this, [this](const Error &e) { fail(e); });
}

ChunkPusher::~ChunkPusher() = default;

QString ChunkPusher::stateName() const
{
    if (m_done)
        return QStringLiteral("done");
    return m_hello ? QStringLiteral("sending") : QStringLiteral("connecting");
}

QCborMap ChunkPusher::baseArgs() const
{
    QCborMap a{{QStringLiteral("id"), m_manifest.packageId}};
    if (!m_grant.isEmpty())
        a.insert(QStringLiteral("grant"), m_grant);
    return a;
}

void ChunkPusher::start()
{
    m_client->connectToAgent(m_target.host, m_target.port);
    QCborMap a = baseArgs();
    a.insert(QStringLiteral("hello"), true);
    QPointer<ChunkPusher> self(this);
    m_client->call(QStringLiteral("package.push"), a, [self](Result<QCborMap> r) {
        if (!self || self->m_done)
            return;
        if (!r) {
            self->fail(r.error());
            return;
        }
        self->m_downstreamHas = bitmapFromBytes(r->value(QStringLiteral("bitmap")).toByteArray(), self->m_manifest.chunkCount());
        self->m_hello = true;
        self->pump();
    });
}

void ChunkPusher::setSourceComplete()
{
    m_sourceComplete = true;
    pump();
}

void ChunkPusher::stop()
{
    if (m_done)
        return;
    m_done = true;
    m_client->disconnectFromAgent();
}

void ChunkPusher::fail(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    qCDebug(lcDistribution).noquote() << "push to" << m_target.host << m_target.port << "failed:" << error.message;
    m_client->disconnectFromAgent();
    Q_EMIT finished(error);
}

void ChunkPusher::pump()
{
    if (!m_hello || m_done)
        return;
    while (!m_done && m_inFlight < m_window) {
        if (m_current < 0) {
            const QBitArray avail = m_available();
            int next = -1;
            for (int k = 0; k < m_sent.size(); ++k) {
                if (!m_sent.testBit(k) && !m_downstreamHas.testBit(k) && k < avail.size() && avail.testBit(k)) {
                    next = k;
                    break;
                }
            }
            if (next < 0) {
                if (m_sourceComplete && m_inFlight == 0 && !m_endSent) {
                    m_endSent = true;
                    QCborMap a = baseArgs();
                    a.insert(QStringLiteral("end"), true);
                    QPointer<ChunkPusher> self(this);
                    m_client->call(QStringLiteral("package.push"), a, [self](Result<QCborMap> r) {
                        if (!self || self->m_done)
                            return;
                        if (!r) {
                            self->fail(r.error());
                            return;
                        }
                        self->m_done = true;
                        Q_EMIT self->finished(Status());
                    });
                }
                return;
            }
            auto data = m_read(next);
            if (!data) {
                fail(data.error());
                return;
            }
            m_current = next;
            m_currentData = std::move(data).value();
            m_currentOffset = 0;
            m_sent.setBit(next);
        }
        sendPiece();
    }
}

void ChunkPusher::sendPiece()
{
    const int chunk = m_current;
    const qint64 len = qMin(kPieceSize, m_currentData.size() - m_currentOffset);
    QCborMap a = baseArgs();
    a.insert(QStringLiteral("chunk"), chunk);
    a.insert(QStringLiteral("offset"), m_currentOffset);
    // No copy of the piece: QCborMap::insert copies the bytes into the map at once, while m_currentData lives.
    a.insert(QStringLiteral("data"), QByteArray::fromRawData(m_currentData.constData() + m_currentOffset, len));
    m_currentOffset += len;
    if (m_currentOffset >= m_currentData.size()) {
        m_current = -1;
        m_currentData.clear();
    }
    m_inFlight += len;
    m_sentBytes += len;
    QPointer<ChunkPusher> self(this);
    m_client->call(QStringLiteral("package.push"), a, [self, chunk, len](Result<QCborMap> r) {
        if (!self || self->m_done)
            return;
        self->m_inFlight -= len;
        if (!r) {
            self->fail(r.error());
            return;
        }
        const QCborValue verified = r->value(QStringLiteral("verified"));
        if (verified.isBool()) {
            if (verified.toBool()) {
                self->m_downstreamHas.setBit(chunk);
            } else if (++self->m_attempts[chunk] < kMaxChunkAttempts) {
                qCInfo(lcDistribution).noquote() << self->m_target.host << self->m_target.port << "rejected chunk" << chunk << "(hash mismatch); sending it again";
                self->m_sent.clearBit(chunk);
            } else {
                self->fail(Error::make(ErrorCode::Corrupt, ChunkPusher::tr("Chunk %1 failed verification %2 times at %3:%4.")
                                                               .arg(chunk)
                                                               .arg(kMaxChunkAttempts)
                                                               .arg(self->m_target.host)
                                                               .arg(self->m_target.port)));
                return;
            }
            QPointer<ChunkPusher> alive(self);
            Q_EMIT self->chunkSent(chunk, verified.toBool());
            if (!alive)
                return;
        }
        self->pump();
    });
}

} // namespace tafel::distribution
