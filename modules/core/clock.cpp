#include "core/clock.h"

namespace tafel {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

Clock &Clock::system()
{
    static SystemClock clock;
    return clock;
}

} // namespace tafel
