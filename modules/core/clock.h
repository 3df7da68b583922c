#pragma once

#include <QDateTime>

namespace tafel {

// Injectable clock ("port"): product code asks a Clock, tests hand in a FakeClock.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    qint64 nowMSecs() const { return now().toMSecsSinceEpoch(); }

    // The process-wide system clock.
    static Clock &system();
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override;
};

class FakeClock final : public Clock {
public:
    explicit FakeClock(QDateTime start = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC)) : m_now(std::move(start)) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &t) { m_now = t; }
    void advanceMSecs(qint64 ms) { m_now = m_now.addMSecs(ms); }
    void advanceSecs(qint64 s) { m_now = m_now.addSecs(s); }

private:
    QDateTime m_now;
};

} // namespace tafel
