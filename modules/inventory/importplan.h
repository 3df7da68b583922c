#pragma once

#include "inventory/inventorycsv.h"

#include "core/domain.h"
#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace tafel::store {
class Database;
}

namespace tafel::inventory {

struct ImportOptions {
    // false: a line naming a room that does not exist yet is an error (UnknownRoom) instead of creating it.
    bool createRooms = true;
};

enum class ChangeKind { Add, Change, Unchanged };
QString changeKindKey(ChangeKind kind); // "add", "change", "unchanged"

struct RoomChange {
    ChangeKind kind = ChangeKind::Add;
    int line = 0;     // first line that names the room
    Room before;      // empty for Add
    Room after;       // id empty for Add until applied
};

struct DeviceChange {
    ChangeKind kind = ChangeKind::Add;
    int line = 0;
    Device before;    // empty for Add
    Device after;     // roomId empty when the room is new
    QString beforeRoom;
    QString afterRoom;
    bool moved() const { return kind == ChangeKind::Change && !before.roomId.isEmpty() && beforeRoom.compare(afterRoom, Qt::CaseInsensitive) != 0; }
    // The names of the fields that differ ("name", "host", "room", ...).
    QStringList changedFields() const;
};

// What an import would do: computed from the parsed file and the stored inventory, without writing. Matching:
// a line is the stored device with the same room + name (case-insensitive); a device that moved is found by its
// MAC when the name is the same. A MAC that belongs to a different stored device is an error (DuplicateMac).
// Devices and rooms that the file does not mention are kept (an import never deletes).
struct ImportPlan {
    QList<RoomChange> rooms;
    QList<DeviceChange> devices;
    QList<LineError> errors; // the parser's and the plan's, sorted by line
    bool fatal = false;      // the file could not be read at all
    int lineCount = 0;

    int roomCount(ChangeKind kind) const;
    int deviceCount(ChangeKind kind) const;
    int badLineCount() const;       // distinct lines with errors
    bool hasChanges() const;
    QJsonObject toJson() const;     // counts, changes (before/after), errors with line numbers
};

ImportPlan planImport(const ParsedInventory &parsed, const QList<Room> &rooms, const QList<Device> &devices,
                      const ImportOptions &options = {});
// Reads the stored inventory and plans against it.
Result<ImportPlan> previewImport(store::Database &db, const ParsedInventory &parsed, const ImportOptions &options = {});

// What makes an import fatal (nothing is written):
//  - the file cannot be read at all (encoding of the whole file, header), always;
//  - any line error, unless BadLines::Skip is chosen: then only the good lines are applied;
//  - any failure while writing (the store refuses a value, the database is locked): the transaction rolls back.
enum class BadLines { Block, Skip };

// Plans again inside ONE transaction and writes every change with an audit entry per room/device ("room.add",
// "room.update", "device.add", "device.update"/"device.move") plus one "inventory.import" summary, all by `actor`.
// With `previewed` (the plan the admin saw), a different plan inside the transaction -- someone changed the
// inventory meanwhile -- is refused (ErrorCode::Failed, "check the preview again"). Returns the plan that was
// applied. On any error nothing is written.
Result<ImportPlan> applyImport(store::Database &db, const ParsedInventory &parsed, const ImportOptions &options, BadLines badLines,
                               const QString &actor, const QString &source, const ImportPlan *previewed = nullptr);

} // namespace tafel::inventory
