#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

namespace tafel {

// Stable ids are UUID strings without braces; they survive export/import and travel between agents.
QString newId();
bool isValidId(const QString &id);

enum class DeviceKind {
    Display,
    Projector,
    AccessPoint,
    Switch,
    Pc,
    Tablet,
    Printer,
    Agent,
};

// Machine names used in the database, the CLI, CSV and JSON ("display", "access-point", ...).
QString deviceKindKey(DeviceKind kind);
std::optional<DeviceKind> deviceKindFromKey(const QString &key);
QList<DeviceKind> allDeviceKinds();
// All machine names, comma-separated ("display, projector, ..."), for "known kinds: ..." messages.
QString deviceKindKeys();
// Translated name for the UI.
QString deviceKindName(DeviceKind kind);
// Displays and projectors are what the teacher switches on and off.
bool isControllableDisplay(DeviceKind kind);

struct School {
    QString id;
    QString name;
};

struct Room {
    QString id;
    QString name;
    QString building;
    QString floor;
    int capacity = 0;
};

struct Device {
    QString id;
    QString roomId;
    DeviceKind kind = DeviceKind::Pc;
    QString name;
    QString host;
    quint16 port = 0;       // 0 = protocol default
    QString mac;
    QString protocol;       // "pjlink", "mdc", "agent", "" for plain reachability
    QString credentialRef;  // reference to a stored secret, never the secret itself
    bool hasAgent = false;

    // A PC that runs tafel-agent: marked so, or reached over the agent protocol.
    bool runsAgent() const { return hasAgent || protocol == QLatin1String("agent"); }
};

} // namespace tafel

Q_DECLARE_METATYPE(tafel::DeviceKind)
