#include "demo/demoschool.h"

#include "store/database.h"
#include "store/repositories.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tafel::demo {

namespace {

struct DemoDevice {
    DeviceKind kind;
    const char *name;
    const char *host;
    quint16 port;
    const char *protocol;
};

struct DemoRoom {
    const char *name;
    const char *building;
    const char *floor;
    int capacity;
    QList<DemoDevice> devices;
};

QList<DemoRoom> demoRooms()
{
    return {
        {"Raum 204", "Altbau", "2", 30,
         {{DeviceKind::Display, "Tafel vorne", "192.168.20.11", 1515, "mdc"},
          {DeviceKind::Projector, "Beamer hinten", "192.168.20.14", 4352, "pjlink"},
          {DeviceKind::AccessPoint, "WLAN-AP 204", "192.168.20.2", 0, ""},
          {DeviceKind::Printer, "Drucker 204", "192.168.20.30", 0, ""},
          {DeviceKind::Pc, "Lehrer-PC 204", "192.168.20.50", 0, "agent"},
          {DeviceKind::Pc, "PC 204-01", "192.168.20.51", 0, ""},
          {DeviceKind::Pc, "PC 204-02", "192.168.20.52", 0, ""},
          {DeviceKind::Pc, "PC 204-03", "192.168.20.53", 0, ""}}},
        {"Raum 105", "Altbau", "1", 28,
         {{DeviceKind::Display, "Tafel", "192.168.10.11", 4352, "pjlink"},
          {DeviceKind::AccessPoint, "WLAN-AP 105", "192.168.10.2", 0, ""},
          {DeviceKind::Printer, "Drucker 105", "192.168.10.30", 0, ""},
          {DeviceKind::Pc, "Lehrer-PC 105", "192.168.10.50", 0, "agent"},
          {DeviceKind::Pc, "PC 105-01", "192.168.10.51", 0, ""},
          {DeviceKind::Pc, "PC 105-02", "192.168.10.52", 0, ""}}},
        {"Physik 1", "Neubau", "EG", 24,
         {{DeviceKind::Display, "Tafel vorne", "192.168.30.11", 1515, "mdc"},
          {DeviceKind::Projector, "Beamer Experimentiertisch", "192.168.30.14", 4352, "pjlink"},
          {DeviceKind::AccessPoint, "WLAN-AP Physik", "192.168.30.2", 0, ""},
          {DeviceKind::Switch, "Switch Physik", "192.168.30.3", 0, ""},
          {DeviceKind::Printer, "Drucker Physik", "192.168.30.30", 0, ""},
          {DeviceKind::Pc, "Lehrer-PC Physik", "192.168.30.50", 0, "agent"},
          {DeviceKind::Pc, "Messplatz 1", "192.168.30.51", 0, ""},
          {DeviceKind::Pc, "Messplatz 2", "192.168.30.52", 0, ""}}},
        {"Aula", "Neubau", "EG", 300,
         {{DeviceKind::Projector, "Beamer Bühne", "192.168.40.14", 4352, "pjlink"},
          {DeviceKind::Display, "Infoscreen Eingang", "192.168.40.12", 1515, "mdc"},
          {DeviceKind::AccessPoint, "WLAN-AP Aula links", "192.168.40.2", 0, ""},
          {DeviceKind::AccessPoint, "WLAN-AP Aula rechts", "192.168.40.3", 0, ""},
          {DeviceKind::Printer, "Drucker Sekretariat", "192.168.40.30", 0, ""},
          {DeviceKind::Pc, "Technik-PC Aula", "192.168.40.50", 0, "agent"}}},
    };
}

} // namespace

QString demoAdminPassword()
{
    return QStringLiteral("tafel-demo");
}

Status seedDemoSchool(store::Database &db, const DemoOptions &options)
{
    QString adminHash;
    if (options.withAdmin) {
        auto hash = crypto::hashPassword(demoAdminPassword(), options.scrypt);
        if (!hash)
            return hash.error();
        adminHash = hash.value();
    }

    return db.transaction([&]() -> Status {
        store::RoomRepository rooms(db);
        store::DeviceRepository devices(db);
        auto existing = rooms.list();
        if (!existing)
            return existing.error();
        if (!existing->isEmpty())
            return Error::make(ErrorCode::AlreadyExists,
                               QCoreApplication::translate("tafel::demo",
                                                           "The database already has rooms; the demo school "
                                                           "is only added to an empty database."));
        for (const DemoRoom &r : demoRooms()) {
            Room room;
            room.name = QString::fromUtf8(r.name);
            room.building = QString::fromUtf8(r.building);
            room.floor = QString::fromUtf8(r.floor);
            room.capacity = r.capacity;
            auto added = rooms.add(room);
            if (!added)
                return added.error();
            for (const DemoDevice &dd : r.devices) {
                Device d;
                d.roomId = added->id;
                d.kind = dd.kind;
                d.name = QString::fromUtf8(dd.name);
                d.host = QString::fromLatin1(dd.host);
                d.port = dd.port;
                d.protocol = QString::fromLatin1(dd.protocol);
                d.hasAgent = d.protocol == QLatin1String("agent");
                if (auto dev = devices.add(d); !dev)
                    return dev.error();
            }
        }
        if (options.withAdmin) {
            store::User admin;
            admin.name = QStringLiteral("admin");
            admin.role = store::Role::Admin;
            admin.passwordHash = adminHash;
            auto user = store::UserRepository(db).add(admin);
            if (!user)
                return user.error();
            store::AuditEntry entry;
            entry.actor = QStringLiteral("demo");
            entry.action = QStringLiteral("user.password");
            entry.target = user->id;
            entry.after = QJsonObject{{QStringLiteral("name"), admin.name},
                                      {QStringLiteral("role"), store::roleKey(admin.role)},
                                      {QStringLiteral("password"), QStringLiteral("set")}};
            if (Status s = store::AuditLog(db).append(entry); !s)
                return s;
        }
        store::AuditEntry seeded;
        seeded.actor = QStringLiteral("demo");
        seeded.action = QStringLiteral("school.seed");
        seeded.target = QStringLiteral("demo");
        seeded.after = QJsonObject{{QStringLiteral("rooms"), int(demoRooms().size())}};
        return store::AuditLog(db).append(seeded);
    });
}

} // namespace tafel::demo
