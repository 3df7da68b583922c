#pragma once

#include "core/domain.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tafel::inventory {

// A problem with one line of an inventory file (line 0 = the whole file). The message is translated and names
// the line; `kind` is stable for scripts (`tafelctl inventory import --json` prints kindKey()).
struct LineError {
    enum class Kind {
        Encoding,        // not UTF-8 (UTF-16, Latin-1/Windows-1252), NUL bytes
        Quote,           // broken RFC 4180 quoting
        TooLarge,        // file/record/field above the reader's caps
        Header,          // missing/unknown/duplicate column, empty file
        ColumnCount,     // a line has more or fewer fields than the header
        MissingValue,    // room, kind, name or host empty where required
        BadHost,         // not an IP address or host name
        BadPort,         // not 1..65535, or two different ports
        UnknownKind,
        UnknownProtocol,
        BadMac,
        DuplicateMac,    // twice in the file, or already another device's in the database
        BadCapacity,
        BadFlag,         // has_agent not yes/no
        RoomConflict,    // the same room with different building/floor/capacity on two lines
        DuplicateDevice, // the same room + device name twice in the file (or two lines for one stored device)
        UnknownRoom,     // the room does not exist and the import may not create rooms
        Ambiguous,       // several stored devices in the room have that name
    };
    Kind kind = Kind::MissingValue;
    int line = 0;
    QString message;

    static QString kindKey(Kind kind); // "bad_host", "duplicate_mac", ...
    QJsonObject toJson() const;        // {"line", "kind", "message"}
};

// One good line of the file: a room and, unless the device columns are all empty, a device in it.
struct InventoryRow {
    int line = 0;
    QString room;
    // Empty room cells mean "keep what is stored" (a new room gets empty values / capacity 0).
    std::optional<QString> building;
    std::optional<QString> floor;
    std::optional<int> capacity;
    bool hasDevice = false;
    Device device; // kind, name, host (normalized), port (0 = protocol default), mac (normalized), protocol, hasAgent
};

struct ParsedInventory {
    QChar delimiter = QLatin1Char(',');
    bool hadBom = false;
    bool fatal = false;          // nothing usable (encoding of the whole file, header): no rows
    int lineCount = 0;           // last line number seen (for "N lines read")
    QList<InventoryRow> rows;    // good lines only
    QList<LineError> errors;     // sorted by line
};

// The documented column set, in export order:
//   room, building, floor, capacity, kind, name, host, port, mac, protocol, has_agent
// One row per device; a row with all device columns empty describes a room without devices. Header names are
// matched case-insensitively (blanks and '-' count as '_'; "device_kind" = "kind", "agent" = "has_agent").
// Required columns: room, kind, name, host; the others may be left out.
QStringList inventoryColumns();

// Parses an inventory CSV (see CsvReader for encoding, delimiter and quoting). Pure; fuzzed.
ParsedInventory parseInventoryCsv(const QByteArray &data);

// Export of the whole inventory in the same column set (UTF-8 without BOM, ',' unless told, CRLF line ends).
// Rooms without devices get one row with empty device columns. Passwords are never exported.
QByteArray exportInventoryCsv(const QList<Room> &rooms, const QList<Device> &devices, QChar delimiter = QLatin1Char(','));
// {"format": "tafel-inventory", "version": 1, "rooms": [...], "devices": [... with "room" and "password": set|none]}
QJsonObject exportInventoryJson(const QList<Room> &rooms, const QList<Device> &devices);

} // namespace tafel::inventory
