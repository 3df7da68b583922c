#pragma once

// One sending side of a material transfer over agentlink: pushes the chunks a receiving agent lacks, in pieces,
// with a window of unacknowledged bytes (flow control), and ends with an "end" marker once its source will not
// grow any more. Used by the Distributor (source: the package) and by an agent relaying to the next agent in the
// chain (source: its store's verified chunks).
//
// Wire (agentlink requests, each answered):
//   package.push {id, hello: true, grant?}        → {bitmap: bytes (bit i = chunk i verified, LSB first), chunks}
//   package.push {id, chunk, offset, data, grant?} → {} ; for the piece that completes a chunk also
//                                                    {chunk, verified: bool} (false: hash mismatch, re-sent)
//   package.push {id, end: true}                   → {}   nothing more will come from this sender
//   package.push {id, ping: true}                  → {}   keeps an idle connection open (every 20 s)
// Pieces of one chunk are sent in order on one connection; a piece is at most kPieceSize bytes, so every frame
// stays under agentlink's 1 MiB cap.

#include "agentlink/agentclient.h"
#include "core/result.h"
#include "distribution/manifest.h"

#include <QBitArray>
#include <QObject>

#include <functional>

namespace tafel::distribution {

inline constexpr qint64 kPieceSize = 512 * 1024;
inline constexpr int kMaxChunkAttempts = 3;

QByteArray bitmapToBytes(const QBitArray &bits);
QBitArray bitmapFromBytes(const QByteArray &bytes, int count);

struct PushTarget {
    QString host;
    quint16 port = 0;
    QString fingerprint;
};

class ChunkPusher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChunkPusher)
public:
    using ReadChunk = std::function<Result<QByteArray>(int index)>;
    using Available = std::function<QBitArray()>;

    ChunkPusher(const agentlink::ClientCredentials &credentials, PushTarget target, Manifest manifest, ReadChunk read, Available available,
                QByteArray grant, qint64 windowBytes, QObject *parent = nullptr);
    ~ChunkPusher() override;

    void start();
    // The source has new chunks: send them.
    void pump();
    // The source will not grow any more: finish once everything is sent (with the "end" marker).
    void setSourceComplete();
    void stop();

    qint64 sentBytes() const { return m_sentBytes; }
    const PushTarget &target() const { return m_target; }
    bool isDone() const { return m_done; }
    QString stateName() const;

Q_SIGNALS:
    void finished(const tafel::Status &status);
    void chunkSent(int chunk, bool verified);

private:
    void sendPiece();
    void fail(const Error &error);
    QCborMap baseArgs() const;

    agentlink::AgentClient *m_client;
    PushTarget m_target;
    Manifest m_manifest;
    ReadChunk m_read;
    Available m_available;
    QByteArray m_grant;
    qint64 m_window;
    QBitArray m_downstreamHas;
    QBitArray m_sent;
    QList<int> m_attempts;
    bool m_hello = false;
    bool m_sourceComplete = false;
    bool m_endSent = false;
    bool m_done = false;
    int m_current = -1;          // chunk being sent
    QByteArray m_currentData;
    qint64 m_currentOffset = 0;
    qint64 m_inFlight = 0;
    qint64 m_sentBytes = 0;
};

} // namespace tafel::distribution
