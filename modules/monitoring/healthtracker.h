#pragma once

#include "core/clock.h"
#include "monitoring/historystore.h"
#include "monitoring/sample.h"

#include <QHash>
#include <QObject>
#include <QString>

namespace tafel::monitoring {

enum class Health { Unknown, Ok, Degraded, Down };
QString healthKey(Health h);  // "unknown", "ok", "degraded", "down"
QString healthName(Health h); // translated

struct HealthThresholds {
    double degradedRttMs = 150; // a successful probe slower than this is "slow"
    int downAfter = 3;          // consecutive failed probes before a device is down (Uptime Kuma "retries")
    int degradedAfter = 3;      // consecutive slow probes before an ok device is degraded
    int upAfter = 2;            // consecutive good probes to leave down/degraded (Zabbix-style recovery)
    int staleAfterSec = 300;    // no sample for this long: unknown
};

// Per-device and per-room health from probe samples, with hysteresis. A device is keyed by ProbeSample::target
// (all probe kinds of it together) and belongs to ProbeSample::room. A device starts unknown; its first good or
// slow sample sets ok or degraded at once, failures need downAfter in a row. A room is unknown while none of its
// devices is known, down when every known device is down, degraded when any is down or degraded, else ok.
// Every change (device or room) is emitted and, with a HistoryStore, recorded as an event.
class HealthTracker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthTracker)
public:
    explicit HealthTracker(const Clock &clock = Clock::system(), HistoryStore *history = nullptr, QObject *parent = nullptr);
    ~HealthTracker() override;

    void setThresholds(const HealthThresholds &t) { m_thresholds = t; }
    HealthThresholds thresholds() const { return m_thresholds; }

    void addSample(const ProbeSample &sample);
    // Devices without a sample for staleAfterSec become unknown (call periodically).
    void checkStale();

    Health device(const QString &target) const;
    Health room(const QString &room) const;
    QStringList devices(const QString &room) const;

Q_SIGNALS:
    void changed(const tafel::monitoring::HistoryStore::Event &event);

private:
    struct Device {
        QString room;
        Health state = Health::Unknown;
        int bad = 0, slow = 0, good = 0, notBad = 0;
        qint64 lastSampleMs = 0;
    };
    void setDevice(const QString &target, Device &d, Health to, const QString &reason);
    void updateRoom(const QString &room, const QString &reason);
    Health computeRoom(const QString &room) const;
    void record(const QString &subject, const QString &scope, Health from, Health to, const QString &reason);

    const Clock &m_clock;
    HistoryStore *m_history;
    HealthThresholds m_thresholds;
    QHash<QString, Device> m_devices;
    QHash<QString, Health> m_rooms;
};

} // namespace tafel::monitoring
