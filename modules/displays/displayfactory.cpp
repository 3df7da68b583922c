#include "displays/displaydriver.h"
#include "displays/mdcdriver.h"
#include "displays/pjlinkdriver.h"

namespace tafel::displays {

DisplayDriver *createDriver(const DisplayTarget &target, QObject *parent)
{
    switch (target.protocol) {
    case Protocol::PjLink: return new PjLinkDriver(target, parent);
    case Protocol::Mdc: return new MdcDriver(target, parent);
    }
    return nullptr;
}

} // namespace tafel::displays
