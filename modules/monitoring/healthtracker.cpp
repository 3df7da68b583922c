#include "monitoring/healthtracker.h"

#include "monitoring/logging.h"

namespace tafel::monitoring {

QString healthKey(Health h)
{
    switch (h) {
    case Health::Unknown: return QStringLiteral("unknown");
    case Health::Ok: return QStringLiteral("ok");
    case Health::Degraded: return QStringLiteral("degraded");
    case Health::Down: return QStringLiteral("down");
    }
    return {};
}

QString healthName(Health h)
{
    switch (h) {
    case Health::Unknown: return HealthTracker::tr("unknown");
    case Health::Ok: return HealthTracker::tr("ok");
    case Health::Degraded: return HealthTracker::tr("degraded");
    case Health::Down: return HealthTracker::tr("down");
    }
    return {};
}

HealthTracker::HealthTracker(const Clock &clock, HistoryStore *history, QObject *parent)
    : QObject(parent), m_clock(clock), m_history(history)
{
}

HealthTracker::~HealthTracker() = default;

Health HealthTracker::device(const QString &target) const
{
    return m_devices.value(target).state;
}

Health HealthTracker::room(const QString &room) const
{
    return m_rooms.value(room, Health::Unknown);
}

QStringList HealthTracker::devices(const QString &room) const
{
    QStringList out;
    for (auto it = m_devices.cbegin(); it != m_devices.cend(); ++it)
        if (it->room == room)
            out.append(it.key());
    out.sort();
    return out;
}

void HealthTracker::addSample(const ProbeSample &s)
{
    Device &d = m_devices[s.target];
    const QString oldRoom = d.room;
    d.room = s.room;
    d.lastSampleMs = m_clock.nowMSecs();
    const HealthThresholds &t = m_thresholds;
    if (!s.ok) {
        ++d.bad;
        d.slow = d.good = d.notBad = 0;
        if (d.bad >= t.downAfter && d.state != Health::Down)
            setDevice(s.target, d, Health::Down, tr("%n failed probe(s) in a row: %1", nullptr, d.bad).arg(s.error));
    } else {
        const bool slow = s.rttMs > t.degradedRttMs;
        d.bad = 0;
        ++d.notBad;
        if (slow) {
            ++d.slow;
            d.good = 0;
        } else {
            ++d.good;
            d.slow = 0;
        }
        const QString rtt = QString::number(s.rttMs, 'f', 1);
        switch (d.state) {
        case Health::Unknown:
            setDevice(s.target, d, slow ? Health::Degraded : Health::Ok,
                      slow ? tr("slow answer (%1 ms)").arg(rtt) : tr("answers (%1 ms)").arg(rtt));
            break;
        case Health::Down:
            if (d.notBad >= t.upAfter)
                setDevice(s.target, d, slow ? Health::Degraded : Health::Ok,
                          tr("%n successful probe(s) in a row", nullptr, d.notBad));
            break;
        case Health::Ok:
            if (slow && d.slow >= t.degradedAfter)
                setDevice(s.target, d, Health::Degraded, tr("%n slow probe(s) in a row (last %1 ms)", nullptr, d.slow).arg(rtt));
            break;
        case Health::Degraded:
            if (!slow && d.good >= t.upAfter)
                setDevice(s.target, d, Health::Ok, tr("%n good probe(s) in a row", nullptr, d.good));
            break;
        }
    }
    if (!oldRoom.isEmpty() && oldRoom != d.room)
        updateRoom(oldRoom, tr("device %1 moved to another room").arg(s.target));
    updateRoom(d.room, tr("device %1").arg(s.target));
}

void HealthTracker::checkStale()
{
    const qint64 now = m_clock.nowMSecs();
    for (auto it = m_devices.begin(); it != m_devices.end(); ++it) {
        if (it->state != Health::Unknown && now - it->lastSampleMs >= qint64(m_thresholds.staleAfterSec) * 1000) {
            it->bad = it->slow = it->good = it->notBad = 0;
            setDevice(it.key(), *it, Health::Unknown, tr("no probe result for %n second(s)", nullptr, m_thresholds.staleAfterSec));
            updateRoom(it->room, tr("device %1").arg(it.key()));
        }
    }
}

void HealthTracker::setDevice(const QString &target, Device &d, Health to, const QString &reason)
{
    const Health from = d.state;
    if (from == to)
        return;
    d.state = to;
    record(target, QStringLiteral("device"), from, to, reason);
}

Health HealthTracker::computeRoom(const QString &room) const
{
    int known = 0, down = 0, degraded = 0;
    for (const Device &d : m_devices) {
        if (d.room != room || d.state == Health::Unknown)
            continue;
        ++known;
        down += d.state == Health::Down;
        degraded += d.state == Health::Degraded;
    }
    if (known == 0)
        return Health::Unknown;
    if (down == known)
        return Health::Down;
    if (down > 0 || degraded > 0)
        return Health::Degraded;
    return Health::Ok;
}

void HealthTracker::updateRoom(const QString &room, const QString &reason)
{
    if (room.isEmpty())
        return;
    const Health to = computeRoom(room);
    const Health from = m_rooms.value(room, Health::Unknown);
    if (to == from)
        return;
    m_rooms.insert(room, to);
    record(room, QStringLiteral("room"), from, to, reason);
}

void HealthTracker::record(const QString &subject, const QString &scope, Health from, Health to, const QString &reason)
{
    const HistoryStore::Event e{m_clock.now().toUTC(), subject, scope, healthKey(from), healthKey(to), reason};
    qCInfo(lcMonitoring).noquote() << scope << subject << healthKey(from) << "->" << healthKey(to) << reason;
    if (m_history)
        if (auto st = m_history->addEvent(e); !st)
            qCWarning(lcMonitoring).noquote() << st.errorString();
    Q_EMIT changed(e);
}

} // namespace tafel::monitoring
