#include "displays/roomcontrol.h"
#include "displays/logicalinput.h"

#include <QCoreApplication>

#include <memory>

namespace tafel::displays {

QString roomActionKey(RoomAction a)
{
    switch (a) {
    case RoomAction::PowerOn: return QStringLiteral("power-on");
    case RoomAction::PowerOff: return QStringLiteral("power-off");
    case RoomAction::Input: return QStringLiteral("input");
    case RoomAction::MuteVideo: return QStringLiteral("mute-video");
    case RoomAction::UnmuteVideo: return QStringLiteral("unmute-video");
    case RoomAction::MuteAudio: return QStringLiteral("mute-audio");
    case RoomAction::UnmuteAudio: return QStringLiteral("unmute-audio");
    case RoomAction::Freeze: return QStringLiteral("freeze");
    case RoomAction::Unfreeze: return QStringLiteral("unfreeze");
    case RoomAction::Refresh: return QStringLiteral("refresh");
    }
    return {};
}

namespace {
bool sameTarget(const DisplayTarget &a, const DisplayTarget &b)
{
    return a.host == b.host && a.port == b.port && a.protocol == b.protocol && a.password == b.password && a.mdcId == b.mdcId
        && a.timeoutMs == b.timeoutMs;
}

QString targetText(const DisplayTarget &t)
{
    const quint16 port = t.port ? t.port : (t.protocol == Protocol::Mdc ? 1515 : 4352);
    return t.host + QLatin1Char(':') + QString::number(port);
}
} // namespace

RoomControl::RoomControl(QObject *parent)
    : QObject(parent)
{
}

RoomControl::~RoomControl() = default;

void RoomControl::setDisplays(const QList<RoomDisplay> &displays)
{
    QHash<QString, QPointer<DisplayDriver>> keep;
    for (const auto &d : displays) {
        const auto old = std::find_if(m_displays.cbegin(), m_displays.cend(), [&](const RoomDisplay &o) { return o.deviceId == d.deviceId; });
        if (old != m_displays.cend() && sameTarget(old->target, d.target) && m_drivers.value(d.deviceId))
            keep.insert(d.deviceId, m_drivers.take(d.deviceId));
    }
    for (auto &stale : m_drivers) {
        if (stale) {
            stale->cancelAll();
            stale->deleteLater();
        }
    }
    m_drivers = keep;
    m_displays = displays;
    for (const auto &d : std::as_const(m_displays)) {
        if (m_drivers.contains(d.deviceId))
            continue;
        DisplayDriver *drv = createDriver(d.target, this);
        if (!drv)
            continue;
        const QString id = d.deviceId;
        connect(drv, &DisplayDriver::statusChanged, this, [this, id](const DisplayStatus &s) { Q_EMIT statusChanged(id, s); });
        m_drivers.insert(id, drv);
    }
}

DisplayDriver *RoomControl::driver(const QString &deviceId) const
{
    return m_drivers.value(deviceId);
}

void RoomControl::runOne(DisplayDriver *drv, RoomAction action, const Options &o, Callback done)
{
    switch (action) {
    case RoomAction::PowerOn:
    case RoomAction::PowerOff: {
        const bool on = action == RoomAction::PowerOn;
        if (o.wait)
            drv->setPowerAndWait(on, o.maxWaitMs, std::move(done));
        else
            drv->setPower(on, std::move(done));
        return;
    }
    case RoomAction::Input: {
        // A logical name ("hdmi1") becomes each display's own code; a raw code goes through as given.
        auto code = protocolInputCode(drv->protocol(), o.argument);
        if (!code) {
            QMetaObject::invokeMethod(drv, [done = std::move(done), err = code.error(), drv] { done(CommandResult{err, drv->lastStatus()}); },
                                      Qt::QueuedConnection);
            return;
        }
        drv->setInput(*code, std::move(done));
        return;
    }
    case RoomAction::MuteVideo: drv->setMute(MuteTarget::Video, true, std::move(done)); return;
    case RoomAction::UnmuteVideo: drv->setMute(MuteTarget::Video, false, std::move(done)); return;
    case RoomAction::MuteAudio: drv->setMute(MuteTarget::Audio, true, std::move(done)); return;
    case RoomAction::UnmuteAudio: drv->setMute(MuteTarget::Audio, false, std::move(done)); return;
    case RoomAction::Freeze: drv->setFreeze(true, std::move(done)); return;
    case RoomAction::Unfreeze: drv->setFreeze(false, std::move(done)); return;
    case RoomAction::Refresh: drv->refreshStatus(std::move(done)); return;
    }
}

void RoomControl::run(RoomAction action, const Options &options, DeviceCallback each, DoneCallback done, const QStringList &deviceIds)
{
    struct Pending {
        QList<DeviceOutcome> outcomes;
        int remaining = 0;
        DeviceCallback each;
        DoneCallback done;
    };
    auto pending = std::make_shared<Pending>();
    pending->each = std::move(each);
    pending->done = std::move(done);

    QList<int> chosen;
    for (int i = 0; i < m_displays.size(); ++i) {
        if (deviceIds.isEmpty() || deviceIds.contains(m_displays.at(i).deviceId))
            chosen.append(i);
    }
    for (int i : std::as_const(chosen)) {
        const auto &d = m_displays.at(i);
        DeviceOutcome o;
        o.deviceId = d.deviceId;
        o.name = d.name;
        o.target = targetText(d.target);
        pending->outcomes.append(o);
    }
    pending->remaining = int(chosen.size());
    if (pending->remaining == 0) {
        QMetaObject::invokeMethod(this, [pending] {
            if (pending->done)
                pending->done({});
        }, Qt::QueuedConnection);
        return;
    }

    for (int slot = 0; slot < chosen.size(); ++slot) {
        const auto &d = m_displays.at(chosen.at(slot));
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        auto finish = [pending, slot, timer](const CommandResult &r) {
            DeviceOutcome &o = pending->outcomes[slot];
            o.outcome = r.outcome;
            o.status = r.status;
            o.elapsedMs = timer->elapsed();
            if (pending->each)
                pending->each(o);
            if (--pending->remaining == 0 && pending->done)
                pending->done(pending->outcomes);
        };
        DisplayDriver *drv = m_drivers.value(d.deviceId);
        if (!drv) {
            const auto err = Error::make(ErrorCode::Failed,
                                         QCoreApplication::translate("tafel::displays", "%1: this build has no driver for the display's protocol.").arg(d.name));
            QMetaObject::invokeMethod(this, [finish, err] { finish(CommandResult{err, {}}); }, Qt::QueuedConnection);
            continue;
        }
        runOne(drv, action, options, finish);
    }
}

} // namespace tafel::displays
