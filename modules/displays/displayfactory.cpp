#include "displays/displaydriver.h"
#include "displays/pjlinkdriver.h"

namespace tafel::displays {

DisplayDriver *createDriver(const DisplayTarget &target, QObject *parent)
{
    switch (target.protocol) {
    case Protocol::PjLink: return new PjLinkDriver(target, parent);
    case Protocol::Mdc: break; // the MDC driver adds its `return new MdcDriver(target, parent);` here
    }
    return nullptr;
}

} // namespace tafel::displays
