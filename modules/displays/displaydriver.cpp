#include "displays/displaydriver.h"

#include <QCoreApplication>

namespace tafel::displays {

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
