#pragma once

#include "core/clock.h"
#include "monitoring/prober.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QQueue>
#include <QRandomGenerator>
#include <QTime>

#include <functional>

class QTimer;

namespace tafel::monitoring {

// Lesson hours: broadband tests never start inside one. dayOfWeek 1 = Monday ... 7 = Sunday, 0 = Monday to Friday.
struct LessonWindow {
    int dayOfWeek = 0;
    QTime start;
    QTime end;
};

struct ScheduleConfig {
    int probeIntervalSec = 30;
    int broadbandPerDay = 2;          // randomised times outside lesson hours; 0 = none
    int broadbandMaxSec = 120;        // a measurement that has not finished after this is considered over
    QList<LessonWindow> lessons{{0, QTime(7, 30), QTime(16, 30)}};
};

// The agent's timetable for monitoring (the agent owns one). Probes each target every N seconds (per target or
// the default 30 s; first runs are spread over one interval so 1,000 targets do not go out in one burst);
// broadband measurements at random times outside lesson hours, plus any requested ones; never two measurements
// at once (a queue; requests while one runs wait their turn). Times come from the injected Clock and are local
// time of that clock's QDateTime. tick() does the work; start() runs it from a 1 s timer.
class MeasurementScheduler final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeasurementScheduler)
public:
    // A measurement: start it, call finished() exactly once when it is over (success or not).
    using Measurement = std::function<void(std::function<void()> finished)>;

    MeasurementScheduler(Prober *prober, const Clock &clock, QObject *parent = nullptr);
    ~MeasurementScheduler() override;

    void setConfig(const ScheduleConfig &config);
    ScheduleConfig config() const { return m_config; }
    void setSeed(quint32 seed) { m_random.seed(seed); }

    // intervalSec 0 = the configured default.
    void setTargets(const QList<ProbeTarget> &targets, const QHash<QString, int> &intervalSecById = {});
    // The scheduled broadband test (what to run at the random times).
    void setBroadband(Measurement measurement);
    // Queues a measurement now (e.g. `tafelctl measure` via the agent); runs when nothing else does.
    void requestMeasurement(Measurement measurement);

    bool isLessonTime(const QDateTime &t) const;
    // A random time in the next 24 h after `after`, outside lesson hours (invalid when every minute is a lesson).
    QDateTime randomBroadbandTime(const QDateTime &after);
    QDateTime nextBroadband() const { return m_nextBroadband; }
    bool measurementRunning() const { return m_running; }
    int queuedMeasurements() const { return int(m_queue.size()); }

    void start();
    void stop();
    void tick();

Q_SIGNALS:
    void sampleReady(const tafel::monitoring::ProbeSample &sample);
    void measurementStarted();
    void measurementFinished();

private:
    struct Scheduled {
        ProbeTarget target;
        int intervalSec = 0;
        qint64 dueMs = 0;
        bool inFlight = false;
    };
    void runNextMeasurement();
    void scheduleBroadband(const QDateTime &after);

    Prober *m_prober;
    const Clock &m_clock;
    ScheduleConfig m_config;
    QRandomGenerator m_random;
    QList<Scheduled> m_targets;
    Measurement m_broadband;
    QDateTime m_nextBroadband;
    QQueue<Measurement> m_queue;
    bool m_running = false;
    quint64 m_runId = 0;
    qint64 m_runDeadlineMs = 0;
    QTimer *m_timer;
};

} // namespace tafel::monitoring
