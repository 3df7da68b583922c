#include "demo/demoschool.h"

#include "store/credentials.h"
#include "store/database.h"
#include "store/repositories.h"
#include "store/schedulerepository.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>
#include <optional>

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
         {{DeviceKind::Display, "Tafel vorne", "127.0.0.11", 1515, "mdc"},
          {DeviceKind::Projector, "Beamer hinten", "127.0.0.12", 4352, "pjlink"},
          {DeviceKind::AccessPoint, "WLAN-AP 204", "127.0.0.13", 0, ""},
          {DeviceKind::Printer, "Drucker 204", "127.0.0.14", 0, ""},
          {DeviceKind::Pc, "Lehrer-PC 204", "127.0.0.15", 0, "agent"},
          {DeviceKind::Pc, "PC 204-01", "127.0.0.16", 0, "agent"},
          {DeviceKind::Pc, "PC 204-02", "127.0.0.17", 0, "agent"},
          {DeviceKind::Pc, "PC 204-03", "127.0.0.18", 0, "agent"}}},
        {"Raum 105", "Altbau", "1", 28,
         {{DeviceKind::Display, "Tafel", "127.0.0.19", 4352, "pjlink"},
          {DeviceKind::AccessPoint, "WLAN-AP 105", "127.0.0.20", 0, ""},
          {DeviceKind::Printer, "Drucker 105", "127.0.0.21", 0, ""},
          {DeviceKind::Pc, "Lehrer-PC 105", "127.0.0.22", 0, "agent"},
          {DeviceKind::Pc, "PC 105-01", "127.0.0.23", 0, ""},
          {DeviceKind::Pc, "PC 105-02", "127.0.0.24", 0, ""}}},
        {"Physik 1", "Neubau", "EG", 24,
         {{DeviceKind::Display, "Tafel vorne", "127.0.0.25", 1515, "mdc"},
          {DeviceKind::Projector, "Beamer Experimentiertisch", "127.0.0.26", 4352, "pjlink"},
          {DeviceKind::AccessPoint, "WLAN-AP Physik", "127.0.0.27", 0, ""},
          {DeviceKind::Switch, "Switch Physik", "127.0.0.28", 0, ""},
          {DeviceKind::Printer, "Drucker Physik", "127.0.0.29", 0, ""},
          {DeviceKind::Pc, "Lehrer-PC Physik", "127.0.0.30", 0, "agent"},
          {DeviceKind::Pc, "Messplatz 1", "127.0.0.31", 0, ""},
          {DeviceKind::Pc, "Messplatz 2", "127.0.0.32", 0, ""}}},
        {"Aula", "Neubau", "EG", 300,
         {{DeviceKind::Projector, "Beamer Bühne", "127.0.0.33", 4352, "pjlink"},
          {DeviceKind::Display, "Infoscreen Eingang", "127.0.0.34", 1515, "mdc"},
          {DeviceKind::AccessPoint, "WLAN-AP Aula links", "127.0.0.35", 0, ""},
          {DeviceKind::AccessPoint, "WLAN-AP Aula rechts", "127.0.0.36", 0, ""},
          {DeviceKind::Printer, "Drucker Sekretariat", "127.0.0.37", 0, ""},
          {DeviceKind::Pc, "Technik-PC Aula", "127.0.0.38", 0, "agent"}}},
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
        std::optional<store::CredentialRepository> creds;
        QString firstRoomId;
        for (const DemoRoom &r : demoRooms()) {
            Room room;
            room.name = QString::fromUtf8(r.name);
            room.building = QString::fromUtf8(r.building);
            room.floor = QString::fromUtf8(r.floor);
            room.capacity = r.capacity;
            auto added = rooms.add(room);
            if (!added)
                return added.error();
            if (firstRoomId.isEmpty())
                firstRoomId = added->id;
            for (const DemoDevice &dd : r.devices) {
                Device d;
                d.roomId = added->id;
                d.kind = dd.kind;
                d.name = QString::fromUtf8(dd.name);
                d.host = QString::fromLatin1(dd.host);
                d.port = dd.port;
                d.protocol = QString::fromLatin1(dd.protocol);
                if (isControllableDisplay(d.kind)) {
                    // Displays point at their loopback simulator, or at a closed loopback port without one.
                    d.host = QStringLiteral("127.0.0.1");
                    const auto sim = std::find_if(options.simulators.cbegin(), options.simulators.cend(),
                                                  [&](const SimulatedDisplay &s) {
                                                      return s.room == room.name && s.device == d.name;
                                                  });
                    if (sim != options.simulators.cend()) {
                        d.port = sim->port;
                        d.protocol = sim->protocol;
                        if (!sim->password.isEmpty()) {
                            if (!creds) {
                                auto c = store::CredentialRepository::forDatabase(db);
                                if (!c)
                                    return c.error();
                                creds.emplace(std::move(c).value());
                            }
                            auto ref = creds->put(sim->password);
                            if (!ref)
                                return ref.error();
                            d.credentialRef = ref.value();
                        }
                    }
                }
                d.hasAgent = d.protocol == QLatin1String("agent");
                if (auto dev = devices.add(d); !dev)
                    return dev.error();
            }
        }
        // Two typical schedules: the whole school off after school, Raum 204 on before the first lesson.
        {
            schedules::ScheduleEntry off;
            off.action = schedules::Action::PowerOff;
            off.time = QTime(16, 30);
            off.days = schedules::kSchoolDays;
            off.label = QStringLiteral("Feierabend");
            if (auto added = store::ScheduleRepository(db).add(off); !added)
                return added.error();
            schedules::ScheduleEntry on;
            on.roomId = firstRoomId;
            on.action = schedules::Action::PowerOn;
            on.time = QTime(7, 45);
            on.days = schedules::kSchoolDays;
            on.label = QStringLiteral("Erste Stunde");
            if (auto added = store::ScheduleRepository(db).add(on); !added)
                return added.error();
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
