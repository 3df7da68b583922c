#include "classroom/inventorydisplays.h"

#include "store/credentials.h"
#include "store/database.h"
#include "store/repositories.h"

#include <QCoreApplication>

namespace tafel::classroom {

std::optional<displays::Protocol> displayProtocol(const Device &device)
{
    const QString p = device.protocol.trimmed().toLower();
    if (p == QLatin1String("pjlink"))
        return displays::Protocol::PjLink;
    if (p == QLatin1String("mdc"))
        return displays::Protocol::Mdc;
    if (p.isEmpty() && isControllableDisplay(device.kind))
        return displays::Protocol::PjLink;
    return std::nullopt;
}

displays::DisplayTarget displayTarget(const Device &device, const QString &password)
{
    displays::DisplayTarget t;
    t.host = device.host;
    t.port = device.port;
    t.protocol = displayProtocol(device).value_or(displays::Protocol::PjLink);
    t.password = password;
    return t;
}

Result<QList<displays::RoomDisplay>> inventoryDisplays(store::Database &db, const QString &roomId)
{
    auto devices = store::DeviceRepository(db).list(roomId.isEmpty() ? std::nullopt : std::optional<QString>(roomId));
    if (!devices)
        return devices.error();
    std::optional<store::CredentialRepository> creds;
    QList<displays::RoomDisplay> out;
    for (const Device &d : std::as_const(*devices)) {
        if (!displayProtocol(d))
            continue;
        QString password;
        if (!d.credentialRef.isEmpty()) {
            if (!creds) {
                auto c = store::CredentialRepository::forDatabase(db);
                if (!c)
                    return c.error();
                creds.emplace(std::move(c).value());
            }
            auto secret = creds->get(d.credentialRef);
            if (!secret)
                return Error::make(secret.error().code, QCoreApplication::translate("tafel::classroom", "%1: %2").arg(d.name, secret.errorString()));
            password = *secret;
        }
        out.append(displays::RoomDisplay{d.id, d.name, displayTarget(d, password)});
    }
    return out;
}

} // namespace tafel::classroom
