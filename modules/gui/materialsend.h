#pragma once

#include "core/result.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace tafel::crypto {
class KeyPair;
}
namespace tafel::distribution {
class Distributor;
}

namespace tafel::gui {

class RoomAgents;

struct MaterialSendOptions {
    QString workDirectory;       // where dropped files are gathered (hard links, else copies) before packing
    int giveUpAfterMs = 30'000;  // an unreachable computer is retried this long, then shown as failed
};

// One computer of the room during "Send to room".
struct Delivery {
    enum class State { Waiting, Sending, Verified, Failed, Cancelled };
    QString deviceId;
    QString name;
    State state = State::Waiting;
    qint64 bytes = 0;       // verified bytes there
    qint64 total = 0;
    double bytesPerSecond = 0;
    QString activity;       // what the sender says it is doing with this computer ("relaying", ...)
    QString error;          // Failed / Cancelled: why, in words
    int target = -1;        // index in the Distributor; -1 when it could not be a target (not enrolled, no key)
};

// "Send to room" without widgets: gathers the dropped files and folders, packs them into a signed package with
// the teacher key (hashing runs on a worker thread), and hands it to a distribution::Distributor for every agent
// of the room. Agents that cannot be reached at all (not enrolled on this PC) get their row with the reason at
// once; the rest report bytes, rate, verified or the error. cancel() stops, retryFailed() runs again for the
// computers that failed or were cancelled (receivers keep verified chunks, so a retry resumes).
class MaterialSend final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MaterialSend)
public:
    enum class Phase { Idle, Packing, Sending, Done };

    MaterialSend(RoomAgents *agents, MaterialSendOptions options, QObject *parent = nullptr);
    ~MaterialSend() override;

    // Starts sending `paths` (files and/or folders) to the room. An error at once when there is nothing to send,
    // no agent in the room, no teacher key, or a send is still running.
    Status send(const QStringList &paths);
    void cancel();
    void retryFailed();

    Phase phase() const { return m_phase; }
    bool isBusy() const { return m_phase == Phase::Packing || m_phase == Phase::Sending; }
    int packingPercent() const { return m_packPercent; }
    QString title() const { return m_title; }
    QString packageId() const { return m_packageId; }
    qint64 packageBytes() const { return m_packageBytes; }
    QString lastError() const { return m_error; } // why packing failed
    QList<Delivery> deliveries() const { return m_rows; }
    int failedCount() const;

    static QString titleFor(const QStringList &paths);

Q_SIGNALS:
    void changed();          // phase, packing progress or any delivery changed
    void deliveryChanged(int row);
    void finished();         // every computer verified, failed or cancelled (or packing failed)

private:
    struct Packed;
    void packed(const std::shared_ptr<Packed> &result);
    void startDistribution(const std::shared_ptr<Packed> &result);
    void finishIfDone();
    int rowOfTarget(int target) const;

    QPointer<RoomAgents> m_agents;
    MaterialSendOptions m_options;
    Phase m_phase = Phase::Idle;
    int m_packPercent = 0;
    QString m_title;
    QString m_packageId;
    qint64 m_packageBytes = 0;
    QString m_error;
    QString m_stagingDir; // gathered links/copies of this send; removed with the next send or on destruction
    QList<Delivery> m_rows;
    std::shared_ptr<const crypto::KeyPair> m_key; // the teacher key, read by send(): packing and the Distributor sign with it
    distribution::Distributor *m_distributor = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelPacking;
};

} // namespace tafel::gui
