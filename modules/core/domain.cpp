#include "core/domain.h"

#include <QUuid>

namespace tafel {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isValidId(const QString &id)
{
    return !QUuid::fromString(id).isNull() && id.size() == 36;
}

namespace {
struct KindEntry {
    DeviceKind kind;
    const char *key;
};
constexpr KindEntry kKinds[] = {
    {DeviceKind::Display, "display"},
    {DeviceKind::Projector, "projector"},
    {DeviceKind::AccessPoint, "access-point"},
    {DeviceKind::Switch, "switch"},
    {DeviceKind::Pc, "pc"},
    {DeviceKind::Tablet, "tablet"},
    {DeviceKind::Printer, "printer"},
    {DeviceKind::Agent, "agent"},
};
} // namespace

QString deviceKindKey(DeviceKind kind)
{
    for (const auto &e : kKinds) {
        if (e.kind == kind)
            return QString::fromLatin1(e.key);
    }
    return QStringLiteral("pc");
}

std::optional<DeviceKind> deviceKindFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (const auto &e : kKinds) {
        if (k == QLatin1String(e.key))
            return e.kind;
    }
    if (k == QLatin1String("ap"))
        return DeviceKind::AccessPoint;
    return std::nullopt;
}

QList<DeviceKind> allDeviceKinds()
{
    QList<DeviceKind> out;
    for (const auto &e : kKinds)
        out.append(e.kind);
    return out;
}

QString deviceKindKeys()
{
    QStringList keys;
    for (const auto &e : kKinds)
        keys.append(deviceKindKey(e.kind));
    return keys.join(QStringLiteral(", "));
}

QString deviceKindName(DeviceKind kind)
{
    switch (kind) {
    case DeviceKind::Display: return QCoreApplication::translate("tafel::DeviceKind", "Interactive display");
    case DeviceKind::Projector: return QCoreApplication::translate("tafel::DeviceKind", "Projector");
    case DeviceKind::AccessPoint: return QCoreApplication::translate("tafel::DeviceKind", "WLAN access point");
    case DeviceKind::Switch: return QCoreApplication::translate("tafel::DeviceKind", "Network switch");
    case DeviceKind::Pc: return QCoreApplication::translate("tafel::DeviceKind", "PC");
    case DeviceKind::Tablet: return QCoreApplication::translate("tafel::DeviceKind", "Tablet");
    case DeviceKind::Printer: return QCoreApplication::translate("tafel::DeviceKind", "Printer");
    case DeviceKind::Agent: return QCoreApplication::translate("tafel::DeviceKind", "Tafel agent");
    }
    return {};
}

bool isControllableDisplay(DeviceKind kind)
{
    return kind == DeviceKind::Display || kind == DeviceKind::Projector;
}

} // namespace tafel
