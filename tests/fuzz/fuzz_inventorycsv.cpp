// libFuzzer harness for the inventory CSV import (a file the school admin picks, often written by Excel).
// Invariants, checked with abort(): the reader never returns a record beyond the caps; every error names a line
// within the file; a good row has a room and, with a device, a name and a host; the rows' lines are increasing;
// and what is parsed exports to CSV that parses back to the same rows without errors (round trip).
#include "inventory/csvreader.h"
#include "inventory/inventorycsv.h"

#include <QByteArray>
#include <QHash>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace tafel;
using namespace tafel::inventory;

namespace {
void check(bool ok)
{
    if (!ok)
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const CsvTable table = CsvReader::read(input);
    for (const CsvRecord &r : table.records)
        check(r.line >= 1 && r.fields.size() <= CsvReader::kMaxFields);
    check(!table.fatal || table.records.isEmpty());

    const ParsedInventory p = parseInventoryCsv(input);
    const int lines = int(input.count('\n') + input.count('\r')) + 1;
    for (const LineError &e : p.errors)
        check(e.line >= 0 && e.line <= lines && !e.message.isEmpty());
    check(!p.fatal || p.rows.isEmpty());
    int last = 1;
    for (const InventoryRow &row : p.rows) {
        check(row.line > last);
        last = row.line;
        check(!row.room.trimmed().isEmpty());
        if (row.hasDevice)
            check(!row.device.name.isEmpty() && !row.device.host.isEmpty());
    }

    // Round trip: the good rows, exported, parse again without errors and with the same devices.
    QList<Room> rooms;
    QList<Device> devices;
    QHash<QString, QString> roomIds;
    for (const InventoryRow &row : p.rows) {
        const QString key = row.room.toCaseFolded();
        if (!roomIds.contains(key)) {
            Room r;
            r.id = QString::number(roomIds.size() + 1);
            r.name = row.room;
            r.building = row.building.value_or(QString());
            r.floor = row.floor.value_or(QString());
            r.capacity = row.capacity.value_or(0);
            roomIds.insert(key, r.id);
            rooms.append(r);
        }
        if (row.hasDevice) {
            Device d = row.device;
            d.roomId = roomIds.value(key);
            devices.append(d);
        }
    }
    const ParsedInventory again = parseInventoryCsv(exportInventoryCsv(rooms, devices, QLatin1Char(';')));
    if (!p.rows.isEmpty()) {
        check(again.errors.isEmpty());
        // The export groups devices by room, so compare by room + name (unique per room in a good file).
        QHash<QString, Device> byKey;
        for (const Device &d : devices)
            byKey.insert(d.roomId + QLatin1Char('\n') + d.name.toCaseFolded(), d);
        int deviceRows = 0;
        for (const InventoryRow &row : again.rows) {
            if (!row.hasDevice)
                continue;
            ++deviceRows;
            const auto it = byKey.constFind(roomIds.value(row.room.toCaseFolded()) + QLatin1Char('\n') + row.device.name.toCaseFolded());
            check(it != byKey.constEnd());
            const Device &d = *it;
            check(row.device.name == d.name && row.device.host == d.host && row.device.port == d.port && row.device.mac == d.mac &&
                  row.device.protocol == d.protocol && row.device.kind == d.kind && row.device.hasAgent == d.hasAgent);
        }
        check(deviceRows == devices.size());
    }
    return 0;
}
