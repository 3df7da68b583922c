#pragma once

#include "displays/displaydriver.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

namespace tafel::displays {

// One display of a room as room control sees it: the inventory id and name, and how to reach it.
struct RoomDisplay {
    QString deviceId;
    QString name;
    DisplayTarget target;
};

// What a room-wide command does on every display.
enum class RoomAction { PowerOn, PowerOff, Input, MuteVideo, UnmuteVideo, MuteAudio, UnmuteAudio, Freeze, Unfreeze, Refresh };
QString roomActionKey(RoomAction a);

// The result on one display.
struct DeviceOutcome {
    QString deviceId;
    QString name;
    QString target;     // "host:port"
    Status outcome;
    DisplayStatus status;
    qint64 elapsedMs = 0;
};

// Owns one driver per display of a room and runs room-wide commands ("all displays on") on every display in
// parallel, reporting per device as each finishes and once at the end. A dead or wrong-password display
// fails on its own; the others carry on. Drivers are kept between commands, so tiles and room actions share
// one connection per display.
class RoomControl final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomControl)
public:
    explicit RoomControl(QObject *parent = nullptr);
    ~RoomControl() override;

    // Replaces the set of displays; drivers of displays that stay (same id and target) are kept.
    void setDisplays(const QList<RoomDisplay> &displays);
    const QList<RoomDisplay> &displays() const { return m_displays; }
    DisplayDriver *driver(const QString &deviceId) const;

    struct Options {
        QString argument;          // RoomAction::Input: a logical input ("hdmi1", see logicalinput.h) or a raw code
        bool wait = false;         // power: wait until the state settles
        int maxWaitMs = 120'000;   // projector warm-up can take a minute or more
    };
    using DeviceCallback = std::function<void(const DeviceOutcome &)>;
    using DoneCallback = std::function<void(const QList<DeviceOutcome> &)>;

    // Runs `action` on every display (or only on `deviceIds` when given). `each` is called per display as it
    // finishes, `done` once with all outcomes in display order. Returns at once.
    void run(RoomAction action, const Options &options, DeviceCallback each, DoneCallback done, const QStringList &deviceIds = {});

Q_SIGNALS:
    void statusChanged(const QString &deviceId, const tafel::displays::DisplayStatus &status);

private:
    void runOne(DisplayDriver *driver, RoomAction action, const Options &options, Callback done);

    QList<RoomDisplay> m_displays;
    QHash<QString, QPointer<DisplayDriver>> m_drivers;
};

} // namespace tafel::displays
