#include "displays/logicalinput.h"

#include <QCoreApplication>

namespace tafel::displays {

namespace {
struct Mapping {
    const char *logical;
    const char *pjlink; // nullptr: PJLink has no such input class
    const char *mdc;    // MDC source name understood by mdc::parseInputCode
};
// PJLink input classes: 1x RGB, 2x VIDEO, 3x DIGITAL, 4x STORAGE, 5x NETWORK (PJLink Class 1 spec, INPT).
constexpr Mapping kMappings[] = {
    {"hdmi1", "31", "HDMI1"},     {"hdmi2", "32", "HDMI2"},   {"hdmi3", "33", "HDMI3"},     {"hdmi4", "34", "HDMI4"},
    {"dp1", nullptr, "DisplayPort1"}, {"dp2", nullptr, "DisplayPort2"}, {"dvi1", nullptr, "DVI"},
    {"vga1", "11", "PC"},         {"vga2", "12", nullptr},    {"video1", "21", "AV"},       {"video2", "22", "AV2"},
    {"usb1", "41", "InternalUSB"}, {"network1", "51", "ScreenMirroring"},
};

const Mapping *find(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (const auto &m : kMappings) {
        if (n == QLatin1String(m.logical))
            return &m;
    }
    return nullptr;
}
} // namespace

QStringList logicalInputs()
{
    QStringList out;
    for (const auto &m : kMappings)
        out << QString::fromLatin1(m.logical);
    return out;
}

bool isLogicalInput(const QString &name)
{
    return find(name) != nullptr;
}

Result<QString> protocolInputCode(Protocol protocol, const QString &nameOrCode)
{
    const Mapping *m = find(nameOrCode);
    if (!m)
        return nameOrCode.trimmed();
    const char *code = protocol == Protocol::PjLink ? m->pjlink : m->mdc;
    if (!code) {
        return Error::make(ErrorCode::InvalidInput,
                           QCoreApplication::translate("tafel::displays", "This display's protocol has no input \"%1\".").arg(logicalInputName(nameOrCode)));
    }
    return QString::fromLatin1(code);
}

QString logicalInputName(const QString &logical)
{
    const Mapping *m = find(logical);
    if (!m)
        return {};
    const QString key = QString::fromLatin1(m->logical);
    const QString number = key.right(1);
    if (key.startsWith(QLatin1String("hdmi")))
        return QCoreApplication::translate("tafel::displays", "HDMI %1").arg(number);
    if (key.startsWith(QLatin1String("dp")))
        return QCoreApplication::translate("tafel::displays", "DisplayPort %1").arg(number);
    if (key.startsWith(QLatin1String("dvi")))
        return QCoreApplication::translate("tafel::displays", "DVI");
    if (key.startsWith(QLatin1String("vga")))
        return QCoreApplication::translate("tafel::displays", "Computer (VGA) %1").arg(number);
    if (key.startsWith(QLatin1String("video")))
        return QCoreApplication::translate("tafel::displays", "Video %1").arg(number);
    if (key.startsWith(QLatin1String("usb")))
        return QCoreApplication::translate("tafel::displays", "USB");
    return QCoreApplication::translate("tafel::displays", "Network / screen mirroring");
}

QString logicalInputFor(Protocol protocol, const QString &code)
{
    const QString c = code.trimmed();
    for (const auto &m : kMappings) {
        const char *p = protocol == Protocol::PjLink ? m.pjlink : m.mdc;
        if (!p)
            continue;
        if (protocol == Protocol::PjLink ? c == QLatin1String(p) : c.compare(QLatin1String(p), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(m.logical);
    }
    return {};
}

} // namespace tafel::displays
