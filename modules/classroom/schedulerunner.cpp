#include "classroom/schedulerunner.h"

#include "classroom/inventorydisplays.h"
#include "classroom/logging.h"
#include "store/database.h"
#include "store/repositories.h"
#include "store/schedulerepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tafel::classroom {

using schedules::ScheduleEntry;

ScheduleRunner::ScheduleRunner(store::Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_scheduler(clock)
{
    connect(&m_scheduler, &schedules::Scheduler::due, this, [this](const ScheduleEntry &e, const QDateTime &) { runNow(e); });
}

ScheduleRunner::~ScheduleRunner() = default;

Status ScheduleRunner::reload()
{
    auto entries = store::ScheduleRepository(m_db).list();
    if (!entries)
        return entries.error();
    m_scheduler.setEntries(*entries);
    return {};
}

void ScheduleRunner::start()
{
    m_scheduler.start();
}

void ScheduleRunner::audit(const ScheduleEntry &entry, const QJsonObject &outcome)
{
    auto st = store::AuditLog(m_db).append(
        store::AuditEntry{0, {}, QStringLiteral("schedule"), QStringLiteral("schedule.run"), entry.id, store::toJson(entry), outcome});
    if (!st)
        qCWarning(lcClassroom) << "cannot write the audit entry for schedule" << entry.id << st.errorString();
}

void ScheduleRunner::runNow(const ScheduleEntry &entry)
{
    auto targets = inventoryDisplays(m_db, entry.roomId);
    if (!targets) {
        audit(entry, QJsonObject{{QStringLiteral("error"), targets.errorString()}});
        Q_EMIT failed(entry, targets.errorString());
        return;
    }
    // One RoomControl per run: schedules fire rarely, and a run must not share a queue with a teacher's tile.
    auto *control = new displays::RoomControl(this);
    control->setDisplays(*targets);
    displays::RoomControl::Options opt;
    opt.argument = entry.argument;
    const auto action = entry.action == schedules::Action::PowerOn ? displays::RoomAction::PowerOn
        : entry.action == schedules::Action::PowerOff              ? displays::RoomAction::PowerOff
                                                                    : displays::RoomAction::Input;
    control->run(action, opt, {}, [this, control, entry](const QList<displays::DeviceOutcome> &outcomes) {
        QJsonArray results;
        for (const auto &o : outcomes) {
            results.append(QJsonObject{{QStringLiteral("device"), o.deviceId},
                                       {QStringLiteral("name"), o.name},
                                       {QStringLiteral("ok"), o.outcome.ok()},
                                       {QStringLiteral("error"), o.outcome.errorString()}});
        }
        audit(entry, QJsonObject{{QStringLiteral("results"), results}});
        Q_EMIT finished(entry, outcomes);
        control->deleteLater();
    });
}

} // namespace tafel::classroom
