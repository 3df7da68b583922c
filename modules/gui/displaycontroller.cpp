#include "gui/displaycontroller.h"

#include "gui/displaytile.h"
#include "gui/healthstrip.h"
#include "gui/inputpicker.h"
#include "gui/logging.h"
#include "gui/teacherview.h"

#include "classroom/inventorydisplays.h"
#include "displays/roomcontrol.h"

#include <QPushButton>
#include <QTimer>

namespace tafel::gui {

using displays::CommandResult;
using displays::DisplayDriver;
using displays::DisplayStatus;
using displays::Health;
using displays::PowerState;
using displays::Protocol;

namespace {
constexpr int kTickMs = 500;

bool isLinkError(ErrorCode code)
{
    return code == ErrorCode::Unreachable || code == ErrorCode::Timeout || code == ErrorCode::AuthFailed;
}

// PJLink input codes are "<type><number>": 1 RGB, 2 video, 3 digital, 4 storage, 5 network, 6 internal.
QString pjlinkInputName(const QString &code)
{
    if (code.size() != 2)
        return code;
    const QString n = code.mid(1);
    switch (code.at(0).toLatin1()) {
    case '1': return DisplayController::tr("Computer %1").arg(n);
    case '2': return DisplayController::tr("Video %1").arg(n);
    case '3': return DisplayController::tr("Digital %1").arg(n);
    case '4': return DisplayController::tr("USB / storage %1").arg(n);
    case '5': return DisplayController::tr("Network %1").arg(n);
    case '6': return DisplayController::tr("Internal %1").arg(n);
    default: break;
    }
    return code;
}
} // namespace

DisplayController::DisplayController(store::Database &db, TeacherView *view, const DisplayControllerOptions &options,
                                     QObject *parent)
    : QObject(parent), m_db(db), m_view(view), m_options(options)
{
    m_control = new displays::RoomControl(this);
    connect(m_control, &displays::RoomControl::statusChanged, this,
            [this](const QString &id, const DisplayStatus &s) { updateStatus(id, s); });

    m_tick = new QTimer(this);
    m_tick->setInterval(kTickMs);
    connect(m_tick, &QTimer::timeout, this, &DisplayController::onTick);
    m_tick->start();

    view->setDisplayControlAvailable(true);
    connect(view, &TeacherView::roomChanged, this, &DisplayController::onRoomChanged);
    connect(view, &TeacherView::roomPowerRequested, this,
            [this](const QString &roomId, bool on) {
                if (roomId == m_roomId)
                    roomPower(on);
            });
    connect(view, &TeacherView::displayPowerRequested, this, &DisplayController::power);
    connect(view, &TeacherView::displayInputRequested, this, &DisplayController::chooseInput);
    onRoomChanged(view->currentRoomId());
}

DisplayController::~DisplayController()
{
    // Drivers call their pending callbacks with "cancelled" when they go; nothing must render then.
    m_dying = true;
    delete m_control;
    m_control = nullptr;
}

void DisplayController::reload()
{
    onRoomChanged(m_view ? m_view->currentRoomId() : QString());
}

void DisplayController::onRoomChanged(const QString &roomId)
{
    if (!m_view)
        return;
    m_roomId = roomId;
    QList<displays::RoomDisplay> list;
    if (!roomId.isEmpty()) {
        auto displays = classroom::inventoryDisplays(m_db, roomId);
        if (!displays)
            m_view->showNotice(tr("The displays of this room cannot be controlled: %1").arg(displays.errorString()));
        else
            list = displays.value();
    }
    m_control->setDisplays(list);
    QHash<QString, Display> keep;
    for (const auto &d : std::as_const(list))
        keep.insert(d.deviceId, m_displays.value(d.deviceId));
    m_displays = keep;
    for (auto it = m_displays.begin(); it != m_displays.end(); ++it) {
        it->refreshing = false;
        it->pending.clear();
        it->answeredOnce = false;
    }
    m_roundDone = false;

    // Wire the new tiles' own controls (power and input come through the view's request signals).
    for (DisplayTile *t : m_view->tiles()) {
        connect(t, &DisplayTile::blankRequested, this, &DisplayController::blank, Qt::UniqueConnection);
        connect(t, &DisplayTile::muteRequested, this, &DisplayController::mute, Qt::UniqueConnection);
        connect(t, &DisplayTile::freezeRequested, this, &DisplayController::freeze, Qt::UniqueConnection);
        connect(t, &DisplayTile::volumeRequested, this, &DisplayController::volume, Qt::UniqueConnection);
        if (!m_displays.contains(t->deviceId())) {
            t->setState(Tone::Unknown, tr("No control"),
                        tr("This display has no control protocol set in the inventory."));
            t->setUnreachable(true);
        }
    }
    renderAll();
    refreshNow();
    checkRoundDone();
}

void DisplayController::refreshNow()
{
    m_sinceRefresh.start();
    for (auto it = m_displays.cbegin(); it != m_displays.cend(); ++it)
        refresh(it.key());
}

void DisplayController::onTick()
{
    // Progress estimates move between queries; queries run every 10 s, faster while something changes.
    for (auto it = m_displays.cbegin(); it != m_displays.cend(); ++it) {
        if (it->transition == PowerState::Warming || it->transition == PowerState::Cooling)
            render(it.key());
    }
    const int interval = anyBusy() ? m_options.busyRefreshMs : m_options.refreshIntervalMs;
    if (!m_sinceRefresh.isValid() || m_sinceRefresh.elapsed() >= interval)
        refreshNow();
}

bool DisplayController::anyBusy() const
{
    for (const Display &d : m_displays) {
        if (!d.pending.isEmpty() || d.status.power == PowerState::Warming || d.status.power == PowerState::Cooling)
            return true;
    }
    return false;
}

void DisplayController::refresh(const QString &deviceId)
{
    DisplayDriver *drv = m_control->driver(deviceId);
    auto it = m_displays.find(deviceId);
    if (!drv || it == m_displays.end() || it->refreshing)
        return;
    it->refreshing = true;
    const QString room = m_roomId;
    drv->refreshStatus([this, deviceId, room](const CommandResult &r) {
        if (m_dying || room != m_roomId)
            return;
        auto it = m_displays.find(deviceId);
        if (it == m_displays.end())
            return;
        it->refreshing = false;
        it->answeredOnce = true;
        if (r.outcome.ok()) {
            it->linkError.reset();
            updateStatus(deviceId, r.status);
            if (!it->infoLoaded)
                loadInfo(deviceId);
        } else if (r.outcome.error().code != ErrorCode::Cancelled) {
            if (isLinkError(r.outcome.error().code))
                it->linkError = r.outcome.error();
            else
                it->commandError = r.outcome.errorString();
            qCDebug(lcGui) << "refresh of" << deviceId << "failed:" << r.outcome.errorString();
            render(deviceId);
        }
        checkRoundDone();
    });
}

void DisplayController::loadInfo(const QString &deviceId)
{
    DisplayDriver *drv = m_control->driver(deviceId);
    auto it = m_displays.find(deviceId);
    if (!drv || it == m_displays.end())
        return;
    it->infoLoaded = true; // once per driver; a failure is retried on the next room change
    drv->refreshInfo([this, deviceId](const CommandResult &r) {
        if (m_dying || !m_displays.contains(deviceId))
            return;
        if (r.outcome.ok())
            updateStatus(deviceId, r.status);
    });
}

void DisplayController::checkRoundDone()
{
    if (m_roundDone)
        return;
    for (const Display &d : std::as_const(m_displays)) {
        if (!d.answeredOnce)
            return;
    }
    m_roundDone = true;
    Q_EMIT firstRefreshDone();
}

void DisplayController::updateStatus(const QString &deviceId, const DisplayStatus &status)
{
    auto it = m_displays.find(deviceId);
    if (it == m_displays.end())
        return;
    const PowerState before = it->haveStatus ? it->status.power : PowerState::Unknown;
    it->status = status;
    it->haveStatus = true;
    if ((status.power == PowerState::Warming || status.power == PowerState::Cooling) && status.power != before
        && it->transition != status.power) {
        it->transition = status.power;
        it->transitionSince.start();
    } else if (status.power != PowerState::Warming && status.power != PowerState::Cooling) {
        it->transition = PowerState::Unknown;
    }
    render(deviceId);
}

DisplayTile *DisplayController::tile(const QString &deviceId) const
{
    if (!m_view)
        return nullptr;
    for (DisplayTile *t : m_view->tiles()) {
        if (t->deviceId() == deviceId)
            return t;
    }
    return nullptr;
}

QString DisplayController::endpoint(const QString &deviceId) const
{
    for (const auto &d : m_control->displays()) {
        if (d.deviceId == deviceId) {
            const quint16 port = d.target.port ? d.target.port : (d.target.protocol == Protocol::Mdc ? 1515 : 4352);
            return d.target.host + QLatin1Char(':') + QString::number(port);
        }
    }
    return {};
}

QString DisplayController::inputName(const DisplayStatus &s) const
{
    if (s.input.isEmpty())
        return {};
    const qsizetype i = s.inputs.indexOf(s.input);
    if (i >= 0 && !s.inputNames.value(i).trimmed().isEmpty())
        return s.inputNames.value(i).trimmed();
    for (qsizetype j = 0; j < s.inputs.size(); ++j) {
        if (s.inputs.at(j).compare(s.input, Qt::CaseInsensitive) == 0 && !s.inputNames.value(j).trimmed().isEmpty())
            return s.inputNames.value(j).trimmed();
    }
    return s.input.startsWith(QLatin1String("0x")) ? s.input : pjlinkInputName(s.input);
}

void DisplayController::renderAll()
{
    for (auto it = m_displays.cbegin(); it != m_displays.cend(); ++it)
        render(it.key());
}

void DisplayController::render(const QString &deviceId)
{
    DisplayTile *t = tile(deviceId);
    auto it = m_displays.constFind(deviceId);
    if (!t || it == m_displays.cend())
        return;
    const Display &d = *it;
    const DisplayStatus &s = d.status;
    DisplayDriver *drv = m_control->driver(deviceId);
    const bool mdc = drv && drv->protocol() == Protocol::Mdc;
    const QString name = t->device().name;
    const QString address = endpoint(deviceId);

    if (d.linkError) {
        t->setProgress(-1);
        t->setInputText({});
        t->setWarning({});
        if (d.linkError->code == ErrorCode::AuthFailed) {
            t->setState(Tone::Bad, tr("Wrong password"),
                        tr("%1 refuses the stored password. An admin can enter the right one under Admin → "
                           "Rooms & devices. (%2)")
                            .arg(name, address));
        } else {
            t->setState(Tone::Bad, tr("Not reachable"),
                        tr("%1 is not answering — is it plugged in and switched on at the wall? (%2)")
                            .arg(name, address));
        }
        t->setUnreachable(true);
        m_view->healthStrip()->setDeviceState(deviceId, Tone::Bad, t->stateText());
        return;
    }
    t->setUnreachable(false);

    Tone tone = Tone::Unknown;
    QString headline;
    int progress = -1;
    if (!d.pending.isEmpty()) {
        tone = Tone::Busy;
        headline = d.pending;
    } else if (!d.haveStatus) {
        headline = d.answeredOnce ? tr("State unknown") : tr("Checking…");
    } else {
        switch (s.power) {
        case PowerState::On:
            tone = Tone::Good;
            headline = tr("On");
            break;
        case PowerState::Standby:
            tone = Tone::Off;
            headline = tr("Off");
            break;
        case PowerState::Warming:
        case PowerState::Cooling: {
            const bool warming = s.power == PowerState::Warming;
            const int typical = qMax(1, warming ? m_options.typicalWarmupMs : m_options.typicalCooldownMs);
            const qint64 elapsed = d.transitionSince.isValid() ? d.transitionSince.elapsed() : 0;
            progress = int(qBound(qint64(0), elapsed * 100 / typical, qint64(99)));
            tone = Tone::Busy;
            headline = warming ? tr("Warming up… %1 %").arg(progress) : tr("Cooling down… %1 %").arg(progress);
            break;
        }
        case PowerState::Unknown:
            headline = tr("State unknown");
            break;
        }
    }

    const bool on = d.haveStatus && (s.power == PowerState::On || s.power == PowerState::Warming);
    t->setInputText(on ? inputName(s) : QString());
    t->setProgress(progress);

    QStringList detail;
    if (on && s.videoMuted.value_or(false))
        detail << (mdc ? tr("Screen dark") : tr("Picture blanked"));
    if (on && s.audioMuted.value_or(false))
        detail << tr("Sound muted");
    if (on && s.frozen.value_or(false))
        detail << tr("Picture frozen");
    if (on && s.volume)
        detail << tr("Volume %1").arg(*s.volume);
    if (!d.commandError.isEmpty())
        detail << d.commandError;
    t->setState(tone, headline, detail.join(QStringLiteral(" · ")));
    // The health strip tells whether the display answers; the tile tells what it is doing.
    m_view->healthStrip()->setDeviceState(deviceId, d.haveStatus ? Tone::Good : Tone::Unknown, headline);
    t->setToggles(s.videoMuted, s.audioMuted, s.frozen);

    QStringList warnings;
    if (s.errors.filter != Health::Ok)
        warnings << tr("⚠ Clean the filter");
    if (s.errors.lamp == Health::Warning)
        warnings << tr("⚠ Lamp is old — order a new one");
    else if (s.errors.lamp == Health::Error)
        warnings << tr("⚠ Lamp failure — replace the lamp");
    if (s.errors.temperature != Health::Ok)
        warnings << tr("⚠ Too hot — keep the vents free");
    if (s.errors.fan != Health::Ok)
        warnings << tr("⚠ Fan fault");
    if (s.errors.cover != Health::Ok)
        warnings << tr("⚠ Cover open");
    if (s.errors.other != Health::Ok)
        warnings << tr("⚠ The display reports a fault");
    t->setWarning(warnings.join(QLatin1Char('\n'))); // one per line: never split a warning

    // Only what the protocol and the moment allow, each with its reason.
    const bool class1 = !mdc && s.pjlinkClass == 1;
    const QString offReason = tr("Switch the display on first.");
    const bool ready = d.haveStatus && s.power == PowerState::On;
    auto avail = [&](TileControl c, bool supported, const QString &notSupported) {
        if (!supported)
            t->setControlAvailable(c, false, notSupported);
        else
            t->setControlAvailable(c, ready, offReason);
    };
    avail(TileControl::BlankPicture, true, {});
    avail(TileControl::MuteSound, true, {});
    avail(TileControl::Freeze, !mdc && !class1,
          mdc ? tr("Samsung displays (MDC) have no freeze.") : tr("This display (PJLink Class 1) has no freeze."));
    const QString noVolume = tr("This display (PJLink Class 1) has no volume control.");
    avail(TileControl::VolumeDown, !class1, noVolume);
    avail(TileControl::VolumeUp, !class1, noVolume);
}

void DisplayController::run(const QString &deviceId, const QString &pending,
                            const std::function<void(DisplayDriver *, displays::Callback)> &call)
{
    DisplayDriver *drv = m_control->driver(deviceId);
    auto it = m_displays.find(deviceId);
    if (!drv || it == m_displays.end())
        return;
    it->pending = pending;
    it->commandError.clear();
    render(deviceId);
    const QString room = m_roomId;
    call(drv, [this, deviceId, room](const CommandResult &r) {
        if (m_dying || room != m_roomId)
            return;
        finishCommand(deviceId, r);
    });
}

void DisplayController::finishCommand(const QString &deviceId, const CommandResult &r)
{
    auto it = m_displays.find(deviceId);
    if (it == m_displays.end())
        return;
    it->pending.clear();
    if (r.outcome.ok()) {
        it->linkError.reset();
        it->commandError.clear();
    } else if (r.outcome.error().code != ErrorCode::Cancelled) {
        if (isLinkError(r.outcome.error().code))
            it->linkError = r.outcome.error();
        else
            it->commandError = r.outcome.errorString();
    }
    updateStatus(deviceId, r.status.power == PowerState::Unknown && it->haveStatus ? it->status : r.status);
    // Right after each command the display tells what it really did.
    QTimer::singleShot(200, this, [this, deviceId] { refresh(deviceId); });
}

void DisplayController::power(const QString &deviceId, bool on)
{
    run(deviceId, on ? tr("Switching on…") : tr("Switching off…"),
        [on](DisplayDriver *drv, displays::Callback done) { drv->setPower(on, std::move(done)); });
}

void DisplayController::roomPower(bool on)
{
    if (m_displays.isEmpty())
        return;
    for (auto it = m_displays.begin(); it != m_displays.end(); ++it) {
        it->pending = on ? tr("Switching on…") : tr("Switching off…");
        it->commandError.clear();
        render(it.key());
    }
    const QString room = m_roomId;
    m_control->run(
        on ? displays::RoomAction::PowerOn : displays::RoomAction::PowerOff, {},
        [this, room](const displays::DeviceOutcome &o) {
            if (m_dying || room != m_roomId)
                return;
            finishCommand(o.deviceId, CommandResult{o.outcome, o.status});
        },
        [this, room, on](const QList<displays::DeviceOutcome> &outcomes) {
            if (m_dying || room != m_roomId || !m_view)
                return;
            QStringList failed;
            for (const auto &o : outcomes) {
                if (!o.outcome.ok() && o.outcome.error().code != ErrorCode::Cancelled)
                    failed << o.name;
            }
            if (!failed.isEmpty()) {
                m_view->showNotice(
                    (on ? tr("All on: %1 of %2 displays did not switch on: %3")
                        : tr("All off: %1 of %2 displays did not switch off: %3"))
                        .arg(failed.size())
                        .arg(outcomes.size())
                        .arg(failed.join(QStringLiteral(", "))));
            }
        });
}

void DisplayController::chooseInput(const QString &deviceId)
{
    DisplayTile *t = tile(deviceId);
    DisplayDriver *drv = m_control->driver(deviceId);
    if (!t || !drv)
        return;
    const DisplayStatus s = m_displays.value(deviceId).status;
    QStringList names;
    for (qsizetype i = 0; i < s.inputs.size(); ++i) {
        const QString n = s.inputNames.value(i).trimmed();
        names << (n.isEmpty() ? (s.inputs.at(i).startsWith(QLatin1String("0x")) ? s.inputs.at(i)
                                                                                 : pjlinkInputName(s.inputs.at(i)))
                              : n);
    }
    const bool off = s.power == PowerState::Standby || s.power == PowerState::Cooling;
    auto *picker = new InputPicker(t->device().name, s.inputs, names, s.input, off, t);
    connect(picker, &InputPicker::chosen, this,
            [this, deviceId](const QString &code) { setInput(deviceId, code); });
    picker->popup(t->findChild<QPushButton *>(QStringLiteral("tileInput")));
}

void DisplayController::setInput(const QString &deviceId, const QString &code)
{
    const bool off = m_displays.value(deviceId).status.power == PowerState::Standby
        || m_displays.value(deviceId).status.power == PowerState::Cooling;
    // On and input in one tap: a display that is off is switched on first (the driver waits out the warm-up).
    run(deviceId, off ? tr("Switching on…") : tr("Switching input…"),
        [this, deviceId, code, off](DisplayDriver *drv, displays::Callback done) {
            if (!off) {
                drv->setInput(code, std::move(done));
                return;
            }
            QPointer<DisplayDriver> guard(drv);
            drv->setPower(true, [this, guard, deviceId, code, done](const CommandResult &r) {
                if (!r.outcome.ok() || !guard || m_dying) {
                    done(r);
                    return;
                }
                updateStatus(deviceId, r.status);
                auto it = m_displays.find(deviceId);
                if (it != m_displays.end())
                    it->pending = tr("Switching input…");
                guard->setInput(code, done);
            });
        });
}

void DisplayController::blank(const QString &deviceId, bool on)
{
    run(deviceId, on ? tr("Blanking the picture…") : tr("Showing the picture…"),
        [on](DisplayDriver *drv, displays::Callback done) {
            drv->setMute(displays::MuteTarget::Video, on, std::move(done));
        });
}

void DisplayController::mute(const QString &deviceId, bool on)
{
    run(deviceId, on ? tr("Muting…") : tr("Sound on…"), [on](DisplayDriver *drv, displays::Callback done) {
        drv->setMute(displays::MuteTarget::Audio, on, std::move(done));
    });
}

void DisplayController::freeze(const QString &deviceId, bool on)
{
    run(deviceId, on ? tr("Freezing…") : tr("Unfreezing…"),
        [on](DisplayDriver *drv, displays::Callback done) { drv->setFreeze(on, std::move(done)); });
}

void DisplayController::volume(const QString &deviceId, int steps)
{
    // A PJLink step is the device's own step; MDC counts 0..100, so one tap there moves 5 to be heard.
    run(deviceId, steps > 0 ? tr("Louder…") : tr("Quieter…"), [steps](DisplayDriver *drv, displays::Callback done) {
        drv->adjustVolume(drv->protocol() == Protocol::Mdc ? steps * 5 : steps, std::move(done));
    });
}

} // namespace tafel::gui
