#include "inventory/inventorycsv.h"
#include "inventory/inventoryeditor.h"

#include "inventory/csvreader.h"

#include "core/hostport.h"
#include "store/repositories.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace tafel::inventory {

namespace {

// The translation context lupdate sees for this file's messages.
class InventoryCsvText final {
    Q_DECLARE_TR_FUNCTIONS(tafel::inventory::InventoryCsv)
};

enum Column { Room, Building, Floor, Capacity, Kind, Name, Host, Port, Mac, Protocol, HasAgent, ColumnCount };

const char *const kColumnKeys[ColumnCount] = {"room", "building", "floor", "capacity", "kind", "name",
                                              "host", "port", "mac", "protocol", "has_agent"};

std::optional<Column> columnFromHeader(QString text)
{
    text = text.trimmed().toLower();
    text.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    for (int c = 0; c < ColumnCount; ++c) {
        if (text == QLatin1String(kColumnKeys[c]))
            return Column(c);
    }
    if (text == QLatin1String("device_kind"))
        return Kind;
    if (text == QLatin1String("device") || text == QLatin1String("device_name"))
        return Name;
    if (text == QLatin1String("agent"))
        return HasAgent;
    if (text == QLatin1String("room_name"))
        return Room;
    return std::nullopt;
}

std::optional<bool> parseFlag(const QString &text)
{
    const QString t = text.trimmed().toLower();
    static const QStringList yes = {QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true"), QStringLiteral("1"),
                                    QStringLiteral("ja"), QStringLiteral("j"), QStringLiteral("x"), QStringLiteral("evet")};
    static const QStringList no = {QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("false"), QStringLiteral("0"),
                                   QStringLiteral("nein"), QStringLiteral("hayır")};
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return std::nullopt;
}

LineError::Kind fromCsv(CsvProblem::Kind kind)
{
    switch (kind) {
    case CsvProblem::Kind::Encoding:
        return LineError::Kind::Encoding;
    case CsvProblem::Kind::Quote:
        return LineError::Kind::Quote;
    case CsvProblem::Kind::TooLarge:
        return LineError::Kind::TooLarge;
    case CsvProblem::Kind::Empty:
        return LineError::Kind::Header;
    }
    return LineError::Kind::Header;
}

} // namespace

QString LineError::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Encoding: return QStringLiteral("encoding");
    case Kind::Quote: return QStringLiteral("quote");
    case Kind::TooLarge: return QStringLiteral("too_large");
    case Kind::Header: return QStringLiteral("header");
    case Kind::ColumnCount: return QStringLiteral("column_count");
    case Kind::MissingValue: return QStringLiteral("missing_value");
    case Kind::BadHost: return QStringLiteral("bad_host");
    case Kind::BadPort: return QStringLiteral("bad_port");
    case Kind::UnknownKind: return QStringLiteral("unknown_kind");
    case Kind::UnknownProtocol: return QStringLiteral("unknown_protocol");
    case Kind::BadMac: return QStringLiteral("bad_mac");
    case Kind::DuplicateMac: return QStringLiteral("duplicate_mac");
    case Kind::BadCapacity: return QStringLiteral("bad_capacity");
    case Kind::BadFlag: return QStringLiteral("bad_flag");
    case Kind::RoomConflict: return QStringLiteral("room_conflict");
    case Kind::DuplicateDevice: return QStringLiteral("duplicate_device");
    case Kind::UnknownRoom: return QStringLiteral("unknown_room");
    case Kind::Ambiguous: return QStringLiteral("ambiguous");
    }
    return QStringLiteral("error");
}

QJsonObject LineError::toJson() const
{
    return QJsonObject{{QStringLiteral("line"), line}, {QStringLiteral("kind"), kindKey(kind)}, {QStringLiteral("message"), message}};
}

QStringList inventoryColumns()
{
    QStringList out;
    for (const char *key : kColumnKeys)
        out.append(QString::fromLatin1(key));
    return out;
}

ParsedInventory parseInventoryCsv(const QByteArray &data)
{
    ParsedInventory parsed;
    const CsvTable table = CsvReader::read(data);
    parsed.delimiter = table.delimiter;
    parsed.hadBom = table.hadBom;
    for (const CsvProblem &p : table.problems)
        parsed.errors.append(LineError{fromCsv(p.kind), p.line, p.message});
    for (const CsvRecord &r : table.records)
        parsed.lineCount = std::max(parsed.lineCount, r.line);
    for (const CsvProblem &p : table.problems)
        parsed.lineCount = std::max(parsed.lineCount, p.line);
    auto fatal = [&](const QString &message) {
        parsed.fatal = true;
        parsed.rows.clear();
        parsed.errors.append(LineError{LineError::Kind::Header, 1, message});
        std::stable_sort(parsed.errors.begin(), parsed.errors.end(), [](const LineError &a, const LineError &b) { return a.line < b.line; });
        return parsed;
    };
    if (table.fatal) {
        parsed.fatal = true;
        return parsed;
    }
    if (table.records.isEmpty() || table.records.constFirst().line != 1) {
        if (!parsed.errors.isEmpty() && parsed.errors.constFirst().line == 1) {
            parsed.fatal = true; // the header line itself is broken; its error is already listed
            return parsed;
        }
        return fatal(InventoryCsvText::tr("Line 1 must name the columns, e.g. %1.").arg(inventoryColumns().join(QLatin1Char(parsed.delimiter.toLatin1()))));
    }

    // Header.
    const QStringList header = table.records.constFirst().fields;
    int index[ColumnCount];
    std::fill(std::begin(index), std::end(index), -1);
    for (int i = 0; i < header.size(); ++i) {
        const auto column = columnFromHeader(header.at(i));
        if (!column)
            return fatal(InventoryCsvText::tr("Line 1: unknown column “%1”. Known columns: %2.").arg(header.at(i).trimmed(), inventoryColumns().join(QStringLiteral(", "))));
        if (index[*column] >= 0)
            return fatal(InventoryCsvText::tr("Line 1: the column “%1” appears twice.").arg(QString::fromLatin1(kColumnKeys[*column])));
        index[*column] = i;
    }
    QStringList missing;
    for (Column required : {Room, Kind, Name, Host}) {
        if (index[required] < 0)
            missing.append(QString::fromLatin1(kColumnKeys[required]));
    }
    if (!missing.isEmpty())
        return fatal(InventoryCsvText::tr("Line 1: the required columns %1 are missing (the delimiter found was “%2”).")
                         .arg(missing.join(QStringLiteral(", ")), parsed.delimiter == QLatin1Char('\t') ? QStringLiteral("TAB") : QString(parsed.delimiter)));

    // Rows.
    QHash<QString, int> macLine;                 // normalized MAC -> first line
    QHash<QString, int> deviceLine;              // room key + '\n' + device name key -> first line
    struct RoomSeen { int line; std::optional<QString> building, floor; std::optional<int> capacity; };
    QHash<QString, RoomSeen> roomSeen;           // room key -> first values given
    for (qsizetype r = 1; r < table.records.size(); ++r) {
        const CsvRecord &record = table.records.at(r);
        const int line = record.line;
        QList<LineError> errors;
        auto error = [&](LineError::Kind kind, const QString &message) { errors.append(LineError{kind, line, message}); };
        if (record.fields.size() != header.size()) {
            error(LineError::Kind::ColumnCount,
                  InventoryCsvText::tr("Line %1 has %2 fields, the header has %3. Is a value with a “%4” in it missing its quotes?")
                      .arg(line)
                      .arg(record.fields.size())
                      .arg(header.size())
                      .arg(parsed.delimiter == QLatin1Char('\t') ? QStringLiteral("TAB") : QString(parsed.delimiter)));
            parsed.errors.append(errors);
            continue;
        }
        auto cell = [&](Column c) { return index[c] < 0 ? QString() : record.fields.at(index[c]).trimmed(); };
        bool allEmpty = true;
        for (const QString &f : record.fields)
            allEmpty = allEmpty && f.trimmed().isEmpty();
        if (allEmpty)
            continue; // ";;;;" from a spreadsheet: a blank line

        InventoryRow row;
        row.line = line;
        row.room = cell(Room);
        if (row.room.isEmpty())
            error(LineError::Kind::MissingValue, InventoryCsvText::tr("Line %1: the room is empty.").arg(line));
        if (!cell(Building).isEmpty())
            row.building = cell(Building);
        if (!cell(Floor).isEmpty())
            row.floor = cell(Floor);
        if (!cell(Capacity).isEmpty()) {
            bool ok = false;
            const int capacity = cell(Capacity).toInt(&ok);
            if (!ok || capacity < 0 || capacity > 100000)
                error(LineError::Kind::BadCapacity, InventoryCsvText::tr("Line %1: the capacity “%2” is not a whole number of 0 or more.").arg(line).arg(cell(Capacity)));
            else
                row.capacity = capacity;
        }

        row.hasDevice = false;
        for (Column c : {Kind, Name, Host, Port, Mac, Protocol, HasAgent})
            row.hasDevice = row.hasDevice || !cell(c).isEmpty();
        if (row.hasDevice) {
            Device &d = row.device;
            const auto kind = deviceKindFromKey(cell(Kind));
            if (cell(Kind).isEmpty())
                error(LineError::Kind::MissingValue, InventoryCsvText::tr("Line %1: the device kind is empty (known kinds: %2).").arg(line).arg(deviceKindKeys()));
            else if (!kind)
                error(LineError::Kind::UnknownKind, InventoryCsvText::tr("Line %1: unknown device kind “%2” (known kinds: %3).").arg(line).arg(cell(Kind), deviceKindKeys()));
            else
                d.kind = *kind;
            d.name = cell(Name);
            if (d.name.isEmpty())
                error(LineError::Kind::MissingValue, InventoryCsvText::tr("Line %1: the device name is empty.").arg(line));
            quint16 port = 0;
            bool portOk = true;
            if (!cell(Port).isEmpty()) {
                bool ok = false;
                const uint p = cell(Port).toUInt(&ok);
                if (!ok || p == 0 || p > 65535) {
                    error(LineError::Kind::BadPort, InventoryCsvText::tr("Line %1: the port “%2” is not a number from 1 to 65535.").arg(line).arg(cell(Port)));
                    portOk = false;
                } else {
                    port = quint16(p);
                }
            }
            if (cell(Host).isEmpty()) {
                error(LineError::Kind::MissingValue, InventoryCsvText::tr("Line %1: the host (IP address or name) is empty.").arg(line));
            } else if (auto hp = parseHostPort(cell(Host)); !hp) {
                // "host:port" with a bad port is a port error; everything else a host error.
                const QString h = cell(Host);
                const bool portPart = h.count(QLatin1Char(':')) == 1 || (h.startsWith(QLatin1Char('[')) && h.contains(QStringLiteral("]:")));
                const bool hostAlone = portPart && parseHostPort(h.left(h.lastIndexOf(QLatin1Char(':')))).ok();
                error(hostAlone ? LineError::Kind::BadPort : LineError::Kind::BadHost, InventoryCsvText::tr("Line %1: %2").arg(line).arg(hp.errorString()));
            } else {
                d.host = hp->host;
                if (portOk && port != 0 && hp->port != 0 && port != hp->port)
                    error(LineError::Kind::BadPort, InventoryCsvText::tr("Line %1: the host names port %2 but the port column says %3.").arg(line).arg(hp->port).arg(port));
                d.port = port != 0 ? port : hp->port;
            }
            if (!cell(Mac).isEmpty()) {
                if (auto mac = store::normalizeMac(cell(Mac)); !mac) {
                    error(LineError::Kind::BadMac, InventoryCsvText::tr("Line %1: %2").arg(line).arg(mac.errorString()));
                } else {
                    d.mac = *mac;
                }
            }
            d.protocol = cell(Protocol).toLower();
            if (!d.protocol.isEmpty() && !store::knownDeviceProtocols().contains(d.protocol))
                error(LineError::Kind::UnknownProtocol, InventoryCsvText::tr("Line %1: unknown protocol “%2” (known: %3; empty = reachability only).")
                                                            .arg(line)
                                                            .arg(cell(Protocol), store::knownDeviceProtocols().join(QStringLiteral(", "))));
            if (cell(HasAgent).isEmpty()) {
                d.hasAgent = d.kind == DeviceKind::Agent || d.protocol == QLatin1String("agent");
            } else if (auto flag = parseFlag(cell(HasAgent))) {
                d.hasAgent = *flag;
            } else {
                error(LineError::Kind::BadFlag, InventoryCsvText::tr("Line %1: has_agent must be yes or no, not “%2”.").arg(line).arg(cell(HasAgent)));
            }
        }

        // Checks across lines, only for lines that are fine so far.
        if (errors.isEmpty()) {
            const QString roomKey = row.room.toCaseFolded();
            if (row.hasDevice) {
                const QString deviceKey = roomKey + QLatin1Char('\n') + row.device.name.toCaseFolded();
                if (const auto it = deviceLine.constFind(deviceKey); it != deviceLine.constEnd())
                    error(LineError::Kind::DuplicateDevice,
                          InventoryCsvText::tr("Line %1: room “%2” has a device “%3” already on line %4.").arg(line).arg(row.room, row.device.name).arg(*it));
                if (!row.device.mac.isEmpty()) {
                    if (const auto it = macLine.constFind(row.device.mac); it != macLine.constEnd())
                        error(LineError::Kind::DuplicateMac,
                              InventoryCsvText::tr("Line %1: the MAC address %2 is also on line %3; every device has its own.").arg(line).arg(row.device.mac).arg(*it));
                }
            }
            auto it = roomSeen.find(roomKey);
            if (it != roomSeen.end()) {
                auto conflict = [&](const char *what, const QString &a, const QString &b) {
                    error(LineError::Kind::RoomConflict, InventoryCsvText::tr("Line %1: room “%2” has %3 “%4” here but “%5” on line %6.")
                                                             .arg(line)
                                                             .arg(row.room, InventoryCsvText::tr(what), b, a)
                                                             .arg(it->line));
                };
                if (row.building && it->building && *row.building != *it->building)
                    conflict(QT_TRANSLATE_NOOP("tafel::inventory::InventoryCsv", "building"), *it->building, *row.building);
                if (row.floor && it->floor && *row.floor != *it->floor)
                    conflict(QT_TRANSLATE_NOOP("tafel::inventory::InventoryCsv", "floor"), *it->floor, *row.floor);
                if (row.capacity && it->capacity && *row.capacity != *it->capacity)
                    conflict(QT_TRANSLATE_NOOP("tafel::inventory::InventoryCsv", "capacity"), QString::number(*it->capacity),
                             QString::number(*row.capacity));
            }
            if (errors.isEmpty()) {
                if (it == roomSeen.end()) {
                    roomSeen.insert(roomKey, RoomSeen{line, row.building, row.floor, row.capacity});
                } else {
                    if (!it->building)
                        it->building = row.building;
                    if (!it->floor)
                        it->floor = row.floor;
                    if (!it->capacity)
                        it->capacity = row.capacity;
                }
                if (row.hasDevice) {
                    deviceLine.insert(roomKey + QLatin1Char('\n') + row.device.name.toCaseFolded(), line);
                    if (!row.device.mac.isEmpty())
                        macLine.insert(row.device.mac, line);
                }
            }
        }
        if (errors.isEmpty())
            parsed.rows.append(row);
        else
            parsed.errors.append(errors);
    }
    std::stable_sort(parsed.errors.begin(), parsed.errors.end(), [](const LineError &a, const LineError &b) { return a.line < b.line; });
    return parsed;
}

QByteArray exportInventoryCsv(const QList<tafel::Room> &rooms, const QList<Device> &devices, QChar delimiter)
{
    QByteArray out = csvLine(inventoryColumns(), delimiter);
    QHash<QString, QList<Device>> byRoom;
    for (const Device &d : devices)
        byRoom[d.roomId].append(d);
    for (const tafel::Room &room : rooms) {
        const QStringList roomCells = {room.name, room.building, room.floor, room.capacity ? QString::number(room.capacity) : QString()};
        const QList<Device> inRoom = byRoom.value(room.id);
        if (inRoom.isEmpty()) {
            out += csvLine(roomCells + QStringList{QString(), QString(), QString(), QString(), QString(), QString(), QString()}, delimiter);
            continue;
        }
        for (const Device &d : inRoom) {
            out += csvLine(roomCells + QStringList{deviceKindKey(d.kind), d.name, d.host,
                                                   d.port ? QString::number(d.port) : QString(), d.mac, d.protocol,
                                                   d.hasAgent ? QStringLiteral("yes") : QStringLiteral("no")},
                           delimiter);
        }
    }
    return out;
}

QJsonObject exportInventoryJson(const QList<tafel::Room> &rooms, const QList<Device> &devices)
{
    QHash<QString, QString> names;
    QJsonArray roomArray;
    for (const tafel::Room &r : rooms) {
        names.insert(r.id, r.name);
        roomArray.append(store::toJson(r));
    }
    QJsonArray deviceArray;
    for (const Device &d : devices)
        deviceArray.append(InventoryEditor::auditJson(d, names.value(d.roomId))); // the device as the audit log shows it
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("tafel-inventory")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("rooms"), roomArray},
                       {QStringLiteral("devices"), deviceArray}};
}

} // namespace tafel::inventory
