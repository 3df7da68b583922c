#pragma once

#include "core/result.h"
#include "displays/displaydriver.h"

#include <QString>
#include <QStringList>

namespace tafel::displays {

// Inputs named the same way for every protocol, so one room-wide or scheduled "switch to HDMI 1" reaches the
// right socket on a PJLink projector (digital input 1 = "31") and on a Samsung display (HDMI1 = 0x21), where
// the raw codes disagree ("31" on MDC is HDMI 3).
//   hdmi1..hdmi4, dp1..dp2, dvi1, vga1..vga2, video1..video2, usb1, network1
QStringList logicalInputs();
bool isLogicalInput(const QString &name);

// The protocol's own input code for a logical name; a raw code (not a logical name) is passed through
// unchanged. InvalidInput when the protocol has no such input (PJLink does not tell DisplayPort from HDMI).
Result<QString> protocolInputCode(Protocol protocol, const QString &nameOrCode);

// Translated name for the UI ("HDMI 1", "Computer (VGA) 1", ...), or empty for a raw code it doesn't know.
QString logicalInputName(const QString &logical);
// The logical name a protocol code corresponds to, or empty.
QString logicalInputFor(Protocol protocol, const QString &code);

} // namespace tafel::displays
