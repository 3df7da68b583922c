#pragma once

#include "core/result.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace tafel::displays {

enum class Protocol { PjLink, Mdc };

enum class PowerState { Unknown, Standby, On, Cooling, Warming };

enum class MuteTarget { Video, Audio, All };

// Per-area health as PJLink ERST reports it (MDC's error status maps onto the same areas).
enum class Health { Ok, Warning, Error };

struct ErrorFlags {
    Health fan = Health::Ok;
    Health lamp = Health::Ok;
    Health temperature = Health::Ok;
    Health cover = Health::Ok;
    Health filter = Health::Ok;
    Health other = Health::Ok;

    bool operator==(const ErrorFlags &) const = default;
    // Any part reports an error (a warning does not count).
    bool anyError() const
    {
        return fan == Health::Error || lamp == Health::Error || temperature == Health::Error || cover == Health::Error || filter == Health::Error
            || other == Health::Error;
    }
};

struct LampInfo {
    int hours = 0;
    bool on = false;

    bool operator==(const LampInfo &) const = default;
};

// Everything a driver knows about one display. Fields it could not read stay empty / nullopt.
struct DisplayStatus {
    PowerState power = PowerState::Unknown;
    QString input;           // protocol's code: PJLink "31", MDC "0x21"
    QStringList inputs;      // available inputs (INST / known MDC sources)
    QStringList inputNames;  // human names, parallel to inputs where the device tells them (INNM)
    std::optional<bool> videoMuted;
    std::optional<bool> audioMuted;
    std::optional<bool> frozen;
    std::optional<int> volume; // 0..100 where the protocol reports it (MDC)
    ErrorFlags errors;
    QList<LampInfo> lamps;
    std::optional<int> filterHours;
    int pjlinkClass = 0;       // 1 or 2 for PJLink, 0 otherwise
    QString name, manufacturer, model, serial, softwareVersion, resolution, recommendedResolution;
    QString otherInfo;

    // Drivers compare before/after a reply and emit statusChanged only on a real change.
    bool operator==(const DisplayStatus &) const = default;
};

struct DisplayTarget {
    QString host;
    quint16 port = 0;          // 0 = protocol default (4352 PJLink, 1515 MDC)
    Protocol protocol = Protocol::PjLink;
    QString password;          // PJLink password or MDC PIN; empty = none
    int mdcId = 1;             // MDC display id (0..0xFE, 0xFE = broadcast)
    int timeoutMs = 5000;      // reply timeout per command
};

// Completion of one driver call. `status` is the driver's view after the call.
struct CommandResult {
    Status outcome;
    DisplayStatus status;
};
using Callback = std::function<void(const CommandResult &)>;

// One driver object per display: one connection state machine, one command in flight, a queue behind it,
// a reply timeout, reconnect with exponential backoff. All calls are asynchronous on the Qt event loop;
// the callback runs on the driver's thread and never after the driver is destroyed.
// Distinct failures map to distinct ErrorCodes: Unreachable (dead host), Timeout, AuthFailed (wrong
// password; never retried in a loop), InvalidInput (ERR2 / out of parameter), Failed (ERR1 undefined
// command), Locked (ERR3 unavailable time), ProtocolError (malformed reply, ERR4 device failure).
class DisplayDriver : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~DisplayDriver() override = default;

    virtual Protocol protocol() const = 0;
    virtual DisplayTarget target() const = 0;
    virtual DisplayStatus lastStatus() const = 0;

    virtual void refreshStatus(Callback done) = 0;  // power, input, mute, freeze, errors, lamps
    virtual void refreshInfo(Callback done) = 0;    // name, manufacturer, model, serial, versions, inputs
    virtual void setPower(bool on, Callback done) = 0;
    // Switches power, then re-queries until the display reports the requested state (On for on, Standby
    // for off; warming/cooling are waited out) or maxWaitMs passes (ErrorCode::Timeout). Used by `--wait`.
    // The default polls refreshStatus() once a second; drivers override it with a cheaper query.
    virtual void setPowerAndWait(bool on, int maxWaitMs, Callback done);
    virtual void setInput(const QString &code, Callback done) = 0;
    virtual void setMute(MuteTarget what, bool on, Callback done) = 0;
    virtual void setFreeze(bool on, Callback done) = 0;
    virtual void adjustVolume(int steps, Callback done) = 0; // +n up, -n down
    // Drops the queue; pending callbacks are called with ErrorCode::Cancelled.
    virtual void cancelAll() = 0;

Q_SIGNALS:
    // Any change the driver learns of, from replies or from notifications (PJLink %2LKUP/%2POWR/...).
    void statusChanged(const tafel::displays::DisplayStatus &status);
};

// The one factory the GUI, the CLI and the agent call: the driver for target.protocol, parented to parent.
// Returns nullptr for a protocol this build has no driver for.
DisplayDriver *createDriver(const DisplayTarget &target, QObject *parent);

QString powerStateKey(PowerState p);   // "on", "standby", "warming", "cooling", "unknown"
QString powerStateName(PowerState p);  // translated: "An", "Aus", ...

} // namespace tafel::displays
