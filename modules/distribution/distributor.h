#pragma once

#include "core/result.h"
#include "crypto/keys.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace tafel::distribution {

class PackageReader;

// One receiver of a distribution: an enrolled tafel-agent.
struct Target {
    QString host;
    quint16 port = 4450;
    QString fingerprint; // the agent certificate's pinned SHA-256 fingerprint (agent-pins)
    QString label() const; // "host:port" ("[v6]:port")
};

// The outcome for one receiver (also the CLI's JSON summary per receiver).
struct TargetResult {
    qint64 receivedBytes = 0; // bytes it was sent during this run (by the sender or a relaying neighbour)
    qint64 haveBytes = 0;     // verified bytes it holds now
    qint64 totalBytes = 0;    // the package's size
    double seconds = 0;       // from start() until it was verified or given up
    bool verified = false;    // the whole package is verified and in place at <material>/<id>/
    bool finished = false;
    QString error;            // why it failed (empty when verified)
};

struct DistributorOptions {
    qint64 windowBytes = 8 << 20;  // unacknowledged piece bytes per connection (flow control)
    int statusIntervalMs = 100;    // how often every receiver is asked for its progress
    int giveUpAfterMs = 30'000;    // an unreachable receiver is retried (backoff) this long, then reported failed
    int stallMs = 8'000;           // a receiver without progress this long is fed directly by the sender
    int slowAfterMs = 2'000;       // a receiver lagging far behind its chain neighbour this long moves to the tail
    bool relay = true;             // false: plain unicast (the sender feeds every receiver itself), for comparison
    int grantValidityMs = 6 * 3600 * 1000; // how long relay grants are valid
};

// Sends one package to many agents (the teacher's "Send to room", `tafelctl distribute`).
//
// The receivers form a pipelined chain: the sender pushes each chunk once, to the head; every receiver stores and
// verifies what it gets and relays it, piece by piece as it streams in, to the next receiver, which it reaches
// with its own agent key and a short-lived relay grant signed by the sender's key. The sender watches every
// receiver (package.status), re-links the chain around a receiver that drops out, and finally tops up, directly,
// any receiver that still misses chunks. A new run resumes: every receiver reports what it already has and only
// the rest travels. See modules/distribution/README.md.
//
// Everything runs on the caller's event loop; no threads, never waitFor*.
class Distributor final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Distributor)
public:
    // `senderKey`: the teacher's/admin's Ed25519 key; the agents must trust it (trusted-keys). It authenticates
    // the TLS connections (agentlink ClientCredentials are made from it) and signs the relay grants.
    // `package`: the signed package to send (its manifest must be signed by a key the agents trust).
    Distributor(const crypto::KeyPair &senderKey, QList<Target> targets, std::shared_ptr<PackageReader> package,
                DistributorOptions options = {}, QObject *parent = nullptr);
    ~Distributor() override;

    int targetCount() const;
    const Target &target(int index) const;
    TargetResult result(int index) const;
    // Payload bytes this process pushed (to the chain's head and in top-ups): about one copy with relaying.
    qint64 bytesSent() const;
    qint64 packageBytes() const;
    QString packageId() const;
    bool isRunning() const;

    // Starts (or, after finished(), restarts) the distribution to every target that is not verified yet.
    void start();
    // Stops every transfer; unfinished targets finish with ErrorCode::Cancelled. Receivers keep what they have
    // verified (a later run resumes).
    void cancel();
    // Runs again for these targets only (e.g. the failed ones), keeping the others' results.
    void retry(const QList<int> &targets);

Q_SIGNALS:
    // Verified bytes at `target` out of `total`, and its current receive rate.
    void progress(int target, qint64 bytes, qint64 total, double bytesPerSecond);
    // What is happening with `target`, short and translated ("connecting", "relaying", "topping up", ...).
    void targetStateChanged(int target, const QString &state);
    void targetFinished(int target, const tafel::Status &status);
    void finished(); // every target finished (verified, failed or cancelled)

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace tafel::distribution
