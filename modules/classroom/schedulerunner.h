#pragma once

#include "core/clock.h"
#include "displays/roomcontrol.h"
#include "schedules/scheduler.h"

#include <QJsonObject>
#include <QObject>

namespace tafel::store {
class Database;
}

namespace tafel::classroom {

// Runs the stored schedules: loads them from the store, fires each through a Scheduler and switches every
// display of the entry's room (or of the school) in parallel. Each run is written to the audit log
// ("schedule.run", actor "schedule") with the per-display outcome, so the admin sees what happened at 16:30.
class ScheduleRunner final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleRunner)
public:
    explicit ScheduleRunner(store::Database &db, const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~ScheduleRunner() override;

    // (Re)loads the entries from the store; call after the schedules were edited.
    Status reload();
    void start();
    schedules::Scheduler &scheduler() { return m_scheduler; }

    // Runs one entry now (what the scheduler does when it is due; also "run now" in the GUI).
    void runNow(const schedules::ScheduleEntry &entry);

Q_SIGNALS:
    void finished(const tafel::schedules::ScheduleEntry &entry, const QList<tafel::displays::DeviceOutcome> &outcomes);
    void failed(const tafel::schedules::ScheduleEntry &entry, const QString &message);

private:
    void audit(const schedules::ScheduleEntry &entry, const QJsonObject &outcome);

    store::Database &m_db;
    schedules::Scheduler m_scheduler;
};

} // namespace tafel::classroom
