#include "inventory/importplan.h"

#include "inventory/inventoryeditor.h"

#include "store/database.h"
#include "store/repositories.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace tafel::inventory {

namespace {

// The translation context lupdate sees for this file's messages.
class ImportPlanText final {
    Q_DECLARE_TR_FUNCTIONS(tafel::inventory::ImportPlan)
};

QString key(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

bool sameDevice(const Device &a, const Device &b)
{
    return a.roomId == b.roomId && a.kind == b.kind && a.name == b.name && a.host == b.host && a.port == b.port && a.mac == b.mac &&
           a.protocol == b.protocol && a.hasAgent == b.hasAgent;
}

bool sameRoom(const Room &a, const Room &b)
{
    return a.name == b.name && a.building == b.building && a.floor == b.floor && a.capacity == b.capacity;
}

} // namespace

QString changeKindKey(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Add: return QStringLiteral("add");
    case ChangeKind::Change: return QStringLiteral("change");
    case ChangeKind::Unchanged: return QStringLiteral("unchanged");
    }
    return {};
}

QStringList DeviceChange::changedFields() const
{
    QStringList out;
    if (kind != ChangeKind::Change)
        return out;
    if (moved())
        out << QStringLiteral("room");
    if (before.kind != after.kind)
        out << QStringLiteral("kind");
    if (before.name != after.name)
        out << QStringLiteral("name");
    if (before.host != after.host)
        out << QStringLiteral("host");
    if (before.port != after.port)
        out << QStringLiteral("port");
    if (before.mac != after.mac)
        out << QStringLiteral("mac");
    if (before.protocol != after.protocol)
        out << QStringLiteral("protocol");
    if (before.hasAgent != after.hasAgent)
        out << QStringLiteral("has_agent");
    return out;
}

int ImportPlan::roomCount(ChangeKind kind) const
{
    return int(std::count_if(rooms.begin(), rooms.end(), [kind](const RoomChange &c) { return c.kind == kind; }));
}

int ImportPlan::deviceCount(ChangeKind kind) const
{
    return int(std::count_if(devices.begin(), devices.end(), [kind](const DeviceChange &c) { return c.kind == kind; }));
}

int ImportPlan::badLineCount() const
{
    QSet<int> lines;
    for (const LineError &e : errors)
        lines.insert(e.line);
    return int(lines.size());
}

bool ImportPlan::hasChanges() const
{
    return roomCount(ChangeKind::Add) + roomCount(ChangeKind::Change) + deviceCount(ChangeKind::Add) + deviceCount(ChangeKind::Change) > 0;
}

QJsonObject ImportPlan::toJson() const
{
    auto counts = [](int add, int change, int unchanged) {
        return QJsonObject{{QStringLiteral("add"), add}, {QStringLiteral("change"), change}, {QStringLiteral("unchanged"), unchanged}};
    };
    QJsonArray roomArray;
    for (const RoomChange &c : rooms) {
        if (c.kind == ChangeKind::Unchanged)
            continue;
        QJsonObject o{{QStringLiteral("line"), c.line}, {QStringLiteral("change"), changeKindKey(c.kind)}, {QStringLiteral("after"), store::toJson(c.after)}};
        if (c.kind == ChangeKind::Change)
            o.insert(QStringLiteral("before"), store::toJson(c.before));
        roomArray.append(o);
    }
    QJsonArray deviceArray;
    for (const DeviceChange &c : devices) {
        if (c.kind == ChangeKind::Unchanged)
            continue;
        QJsonObject o{{QStringLiteral("line"), c.line},
                      {QStringLiteral("change"), changeKindKey(c.kind)},
                      {QStringLiteral("after"), InventoryEditor::auditJson(c.after, c.afterRoom)}};
        if (c.kind == ChangeKind::Change) {
            o.insert(QStringLiteral("before"), InventoryEditor::auditJson(c.before, c.beforeRoom));
            o.insert(QStringLiteral("fields"), QJsonArray::fromStringList(c.changedFields()));
        }
        deviceArray.append(o);
    }
    QJsonArray errorArray;
    for (const LineError &e : errors)
        errorArray.append(e.toJson());
    return QJsonObject{
        {QStringLiteral("lines"), lineCount},
        {QStringLiteral("fatal"), fatal},
        {QStringLiteral("rooms"), counts(roomCount(ChangeKind::Add), roomCount(ChangeKind::Change), roomCount(ChangeKind::Unchanged))},
        {QStringLiteral("devices"), counts(deviceCount(ChangeKind::Add), deviceCount(ChangeKind::Change), deviceCount(ChangeKind::Unchanged))},
        {QStringLiteral("room_changes"), roomArray},
        {QStringLiteral("device_changes"), deviceArray},
        {QStringLiteral("errors"), errorArray},
        {QStringLiteral("bad_lines"), badLineCount()},
    };
}

ImportPlan planImport(const ParsedInventory &parsed, const QList<Room> &storedRooms, const QList<Device> &storedDevices,
                      const ImportOptions &options)
{
    ImportPlan plan;
    plan.fatal = parsed.fatal;
    plan.lineCount = parsed.lineCount;
    plan.errors = parsed.errors;

    QHash<QString, Room> roomByKey;
    QHash<QString, QString> roomNameById;
    for (const Room &r : storedRooms) {
        roomByKey.insert(key(r.name), r);
        roomNameById.insert(r.id, r.name);
    }
    QHash<QString, const Device *> deviceByMac;
    QHash<QString, QList<const Device *>> devicesByRoomAndName; // room id + '\n' + name key
    for (const Device &d : storedDevices) {
        if (!d.mac.isEmpty())
            deviceByMac.insert(d.mac, &d);
        devicesByRoomAndName[d.roomId + QLatin1Char('\n') + key(d.name)].append(&d);
    }

    QHash<QString, int> roomIndex; // room key -> index in plan.rooms
    QHash<QString, int> matchedLine; // stored device id -> line that claimed it
    for (const InventoryRow &row : parsed.rows) {
        const QString roomKey = key(row.room);
        const auto stored = roomByKey.constFind(roomKey);
        if (stored == roomByKey.constEnd() && !options.createRooms) {
            plan.errors.append(LineError{LineError::Kind::UnknownRoom, row.line,
                                         ImportPlanText::tr("Line %1: there is no room “%2” (new rooms are not allowed in this import).").arg(row.line).arg(row.room)});
            continue;
        }
        // The device first: a device error drops the whole line, room included.
        DeviceChange change;
        if (row.hasDevice) {
            change.line = row.line;
            change.afterRoom = stored != roomByKey.constEnd() ? stored->name : row.room;
            const Device *match = nullptr;
            if (stored != roomByKey.constEnd()) {
                const QList<const Device *> named = devicesByRoomAndName.value(stored->id + QLatin1Char('\n') + key(row.device.name));
                if (named.size() > 1) {
                    plan.errors.append(LineError{LineError::Kind::Ambiguous, row.line,
                                                 ImportPlanText::tr("Line %1: room “%2” has %3 devices named “%4”; rename them in the admin view first.")
                                                     .arg(row.line)
                                                     .arg(stored->name)
                                                     .arg(named.size())
                                                     .arg(row.device.name)});
                    continue;
                }
                if (named.size() == 1)
                    match = named.constFirst();
            }
            if (!row.device.mac.isEmpty()) {
                const Device *owner = deviceByMac.value(row.device.mac);
                if (owner && !match && key(owner->name) == key(row.device.name))
                    match = owner; // the same device, moved to another room
                else if (owner && owner != match) {
                    plan.errors.append(LineError{LineError::Kind::DuplicateMac, row.line,
                                                 ImportPlanText::tr("Line %1: the MAC address %2 already belongs to “%3” in room “%4”.")
                                                     .arg(row.line)
                                                     .arg(row.device.mac, owner->name, roomNameById.value(owner->roomId))});
                    continue;
                }
            }
            if (match) {
                if (const auto claimed = matchedLine.constFind(match->id); claimed != matchedLine.constEnd()) {
                    plan.errors.append(LineError{LineError::Kind::DuplicateDevice, row.line,
                                                 ImportPlanText::tr("Line %1 describes the same stored device “%2” as line %3.").arg(row.line).arg(match->name).arg(*claimed)});
                    continue;
                }
                matchedLine.insert(match->id, row.line);
                change.before = *match;
                change.beforeRoom = roomNameById.value(match->roomId);
                change.after = *match; // keeps id and password reference
                change.after.kind = row.device.kind;
                change.after.name = row.device.name;
                change.after.host = row.device.host;
                change.after.port = row.device.port;
                change.after.mac = row.device.mac;
                change.after.protocol = row.device.protocol;
                change.after.hasAgent = row.device.hasAgent;
                change.after.roomId = stored != roomByKey.constEnd() ? stored->id : QString();
                change.kind = sameDevice(change.before, change.after) ? ChangeKind::Unchanged : ChangeKind::Change;
            } else {
                change.kind = ChangeKind::Add;
                change.after = row.device;
                change.after.id.clear();
                change.after.credentialRef.clear();
                change.after.roomId = stored != roomByKey.constEnd() ? stored->id : QString();
            }
        }

        // The room.
        auto idx = roomIndex.constFind(roomKey);
        if (idx == roomIndex.constEnd()) {
            RoomChange rc;
            rc.line = row.line;
            if (stored != roomByKey.constEnd()) {
                rc.before = *stored;
                rc.after = *stored;
            } else {
                rc.kind = ChangeKind::Add;
                rc.after.name = row.room;
            }
            idx = roomIndex.insert(roomKey, int(plan.rooms.size()));
            plan.rooms.append(rc);
        }
        RoomChange &rc = plan.rooms[*idx];
        if (row.building)
            rc.after.building = *row.building;
        if (row.floor)
            rc.after.floor = *row.floor;
        if (row.capacity)
            rc.after.capacity = *row.capacity;
        if (stored != roomByKey.constEnd())
            rc.kind = sameRoom(rc.before, rc.after) ? ChangeKind::Unchanged : ChangeKind::Change;
        if (row.hasDevice)
            plan.devices.append(change);
    }
    std::stable_sort(plan.errors.begin(), plan.errors.end(), [](const LineError &a, const LineError &b) { return a.line < b.line; });
    return plan;
}

Result<ImportPlan> previewImport(store::Database &db, const ParsedInventory &parsed, const ImportOptions &options)
{
    auto rooms = store::RoomRepository(db).list();
    if (!rooms)
        return rooms.error();
    auto devices = store::DeviceRepository(db).list();
    if (!devices)
        return devices.error();
    return planImport(parsed, *rooms, *devices, options);
}

Result<ImportPlan> applyImport(store::Database &db, const ParsedInventory &parsed, const ImportOptions &options, BadLines badLines,
                               const QString &actor, const QString &source, const ImportPlan *previewed)
{
    ImportPlan applied;
    const Status st = db.transaction([&]() -> Status {
        auto planned = previewImport(db, parsed, options);
        if (!planned)
            return planned.error();
        applied = *planned;
        if (previewed && previewed->toJson() != applied.toJson())
            return Error::make(ErrorCode::Failed,
                               ImportPlanText::tr("The rooms and devices changed since the preview was made. Check the preview again; nothing was written."));
        if (applied.fatal)
            return Error::make(ErrorCode::InvalidInput,
                               ImportPlanText::tr("The file cannot be imported: %1 Nothing was written.")
                                   .arg(applied.errors.isEmpty() ? QString() : applied.errors.constFirst().message));
        if (!applied.errors.isEmpty() && badLines == BadLines::Block)
            return Error::make(ErrorCode::InvalidInput,
                               ImportPlanText::tr("%n line(s) of the file have errors; nothing was written. Fix them, or choose to skip the bad lines.",
                                                  nullptr, applied.badLineCount()));
        InventoryEditor editor(db, actor);
        QHash<QString, QString> newRoomIds; // room name key -> id
        for (RoomChange &rc : applied.rooms) {
            if (rc.kind == ChangeKind::Add) {
                auto added = editor.addRoom(rc.after);
                if (!added)
                    return Error::make(added.error().code, ImportPlanText::tr("Line %1: %2").arg(rc.line).arg(added.errorString()));
                rc.after = *added;
                newRoomIds.insert(key(rc.after.name), rc.after.id);
            } else if (rc.kind == ChangeKind::Change) {
                if (auto u = editor.updateRoom(rc.after); !u)
                    return Error::make(u.error().code, ImportPlanText::tr("Line %1: %2").arg(rc.line).arg(u.errorString()));
            }
        }
        // Changes before additions, so a MAC address given up by one device can be taken by a new one.
        for (ChangeKind pass : {ChangeKind::Change, ChangeKind::Add}) {
            for (DeviceChange &dc : applied.devices) {
                if (dc.kind != pass)
                    continue;
                if (dc.after.roomId.isEmpty())
                    dc.after.roomId = newRoomIds.value(key(dc.afterRoom));
                Status s;
                if (pass == ChangeKind::Add) {
                    auto added = editor.addDevice(dc.after);
                    if (added)
                        dc.after = *added;
                    else
                        s = added.error();
                } else {
                    s = editor.updateDevice(dc.after);
                }
                if (!s)
                    return Error::make(s.error().code, ImportPlanText::tr("Line %1: %2").arg(dc.line).arg(s.errorString()));
            }
        }
        QJsonObject after = applied.toJson();
        after.remove(QStringLiteral("room_changes"));
        after.remove(QStringLiteral("device_changes"));
        after.insert(QStringLiteral("source"), source);
        after.insert(QStringLiteral("skipped_bad_lines"), badLines == BadLines::Skip && !applied.errors.isEmpty());
        return store::AuditLog(db).record(actor, QStringLiteral("inventory.import"), source, {}, after);
    });
    if (!st)
        return st.error();
    return applied;
}

} // namespace tafel::inventory
