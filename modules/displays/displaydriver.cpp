#include "displays/displaydriver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <memory>

namespace tafel::displays {

void DisplayDriver::setPowerAndWait(bool on, int maxWaitMs, Callback done)
{
    const PowerState wanted = on ? PowerState::On : PowerState::Standby;
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto poll = std::make_shared<std::function<void()>>();
    *poll = [this, wanted, maxWaitMs, clock, done, weakPoll = std::weak_ptr<std::function<void()>>(poll)]() {
        // The pending refresh holds the loop alive; the loop itself holds only a weak reference (no cycle).
        refreshStatus([this, wanted, maxWaitMs, clock, done, self = weakPoll.lock()](const CommandResult &r) {
            if (!r.outcome.ok() || r.status.power == wanted) {
                done(r);
                return;
            }
            if (clock->elapsed() >= maxWaitMs) {
                done(CommandResult{Error::make(ErrorCode::Timeout,
                                               QCoreApplication::translate("tafel::displays",
                                                                           "The display did not reach the requested "
                                                                           "power state in %1 s; check it on site.")
                                                   .arg(maxWaitMs / 1000)),
                                   r.status});
                return;
            }
            QTimer::singleShot(1000, this, [self]() { (*self)(); });
        });
    };
    setPower(on, [poll, done](const CommandResult &r) {
        if (!r.outcome.ok()) {
            done(r);
            return;
        }
        (*poll)();
    });
}

QString powerStateKey(PowerState p)
{
    switch (p) {
    case PowerState::On: return QStringLiteral("on");
    case PowerState::Standby: return QStringLiteral("standby");
    case PowerState::Warming: return QStringLiteral("warming");
    case PowerState::Cooling: return QStringLiteral("cooling");
    case PowerState::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString powerStateName(PowerState p)
{
    switch (p) {
    case PowerState::On: return QCoreApplication::translate("tafel::displays", "On");
    case PowerState::Standby: return QCoreApplication::translate("tafel::displays", "Off");
    case PowerState::Warming: return QCoreApplication::translate("tafel::displays", "Warming up");
    case PowerState::Cooling: return QCoreApplication::translate("tafel::displays", "Cooling down");
    case PowerState::Unknown: break;
    }
    return QCoreApplication::translate("tafel::displays", "Unknown");
}

} // namespace tafel::displays
