#include "agentlink/permissions.h"

#include <array>

namespace tafel::agentlink {

namespace {
struct Permission {
    const char *command;
    bool teacher;
    bool admin;
    bool peer = false; // another agent relaying material (Role::Peer)
};

constexpr std::array kTable{
    Permission{"status", true, true},
    Permission{"heartbeat", true, true},
    Permission{"message.show", true, true},
    Permission{"message.hide", true, true},
    Permission{"screen.blank", true, true},
    Permission{"screen.unblank", true, true},
    Permission{"media.play", true, true},
    Permission{"media.pause", true, true},
    Permission{"media.resume", true, true},
    Permission{"media.stop", true, true},
    Permission{"media.seek", true, true},
    Permission{"media.state", true, true},
    Permission{"wake", true, true},
    Permission{"health.get", true, true},
    Permission{"history.query", true, true},
    Permission{"health.events", true, true},
    Permission{"config.get", false, true},
    Permission{"config.push", false, true},
    Permission{"measure.now", false, true},
    Permission{"power.off", false, true},
    Permission{"power.reboot", false, true},
    Permission{"report.status", false, true},
    Permission{"report.config.get", false, true},
    Permission{"report.config.set", false, true},
    Permission{"report.test", false, true},
    Permission{"package.offer", true, true},
    Permission{"package.push", true, true, true},
    Permission{"package.relay", true, true},
    Permission{"package.status", true, true},
    Permission{"package.list", true, true},
    Permission{"package.files", true, true},
    Permission{"package.delete", true, true},
};

const Permission *find(const QString &command)
{
    for (const auto &p : kTable) {
        if (command == QLatin1String(p.command))
            return &p;
    }
    return nullptr;
}
} // namespace

std::optional<Role> roleFromString(const QString &name)
{
    if (name == QLatin1String("teacher"))
        return Role::Teacher;
    if (name == QLatin1String("admin"))
        return Role::Admin;
    return std::nullopt;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Admin: return QStringLiteral("admin");
    case Role::Peer: return QStringLiteral("peer");
    case Role::Teacher: break;
    }
    return QStringLiteral("teacher");
}

bool isKnownCommand(const QString &command)
{
    return find(command) != nullptr;
}

bool isAllowed(const QString &command, Role role)
{
    const Permission *p = find(command);
    if (!p)
        return false;
    switch (role) {
    case Role::Admin: return p->admin;
    case Role::Peer: return p->peer;
    case Role::Teacher: break;
    }
    return p->teacher;
}

QStringList knownCommands()
{
    QStringList out;
    for (const auto &p : kTable)
        out << QString::fromLatin1(p.command);
    return out;
}

} // namespace tafel::agentlink
