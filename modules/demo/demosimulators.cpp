#include "demo/demosimulators.h"

#include "displays/mdcsimulator.h"
#include "displays/pjlinksimulator.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace tafel::demo {

namespace {
const QString kLoopback = QStringLiteral("127.0.0.1");
} // namespace

DemoSimulators::DemoSimulators(QObject *parent) : DemoSimulators(Options{}, parent) {}

DemoSimulators::DemoSimulators(const Options &options, QObject *parent) : QObject(parent), m_options(options) {}

DemoSimulators::~DemoSimulators() = default;

Status DemoSimulators::start()
{
    if (!m_displays.isEmpty())
        return {};
    using displays::PjLinkSimulator;
    using displays::PjLinkSimulatorConfig;

    struct PjSpec {
        const char *room;
        const char *device;
        PjLinkSimulatorConfig config;
    };
    QList<PjSpec> pj;
    {
        // Raum 204: Class 2 projector with a password and a warm-up long enough to watch.
        PjLinkSimulatorConfig c;
        c.pjlinkClass = 2;
        c.password = QStringLiteral("demo-beamer");
        c.warmupMs = m_options.warmupMs;
        c.cooldownMs = m_options.cooldownMs;
        c.name = QStringLiteral("Beamer hinten");
        c.model = QStringLiteral("SIM-2000 Class 2");
        pj.append({"Raum 204", "Beamer hinten", c});
    }
    {
        // Raum 105: an older Class 1 display (no freeze, no volume, no input names).
        PjLinkSimulatorConfig c;
        c.pjlinkClass = 1;
        c.warmupMs = qMin(m_options.warmupMs, 3000);
        c.cooldownMs = qMin(m_options.cooldownMs, 2000);
        c.name = QStringLiteral("Tafel 105");
        c.model = QStringLiteral("SIM-1000 Class 1");
        c.inputs = {QStringLiteral("11"), QStringLiteral("31"), QStringLiteral("32")};
        c.filterHours.reset();
        pj.append({"Raum 105", "Tafel", c});
    }
    {
        // Physik 1: a projector whose filter needs cleaning and whose lamp is old; it is already on.
        PjLinkSimulatorConfig c;
        c.pjlinkClass = 2;
        c.warmupMs = m_options.warmupMs;
        c.cooldownMs = m_options.cooldownMs;
        c.name = QStringLiteral("Beamer Experimentiertisch");
        c.errors.filter = displays::Health::Warning;
        c.errors.lamp = displays::Health::Warning;
        c.lamps = {displays::LampInfo{4870, false}};
        c.filterHours = 2210;
        pj.append({"Physik 1", "Beamer Experimentiertisch", c});
    }
    {
        PjLinkSimulatorConfig c;
        c.pjlinkClass = 2;
        c.warmupMs = m_options.warmupMs;
        c.cooldownMs = m_options.cooldownMs;
        c.name = QStringLiteral("Beamer Bühne");
        pj.append({"Aula", "Beamer Bühne", c});
    }

    struct MdcSpec {
        const char *room;
        const char *device;
        bool on;
    };
    const QList<MdcSpec> mdc = {{"Raum 204", "Tafel vorne", true},
                                {"Physik 1", "Tafel vorne", false},
                                {"Aula", "Infoscreen Eingang", true}};

    for (const PjSpec &s : std::as_const(pj)) {
        auto *sim = new PjLinkSimulator(s.config, this);
        if (!sim->listen(QHostAddress::LocalHost, 0))
            return Error::make(ErrorCode::Io, QCoreApplication::translate("tafel::demo",
                                                                          "The demo projector simulator cannot "
                                                                          "listen on 127.0.0.1: %1")
                                                  .arg(sim->errorString()));
        if (QByteArrayView(s.room) == "Physik 1")
            sim->setPower(displays::PowerState::On);
        m_pjlink.append({QString::fromUtf8(s.device) + QLatin1Char('@') + QString::fromUtf8(s.room), sim});
        m_displays.append({QString::fromUtf8(s.room), QString::fromUtf8(s.device), kLoopback, sim->port(),
                           QStringLiteral("pjlink"), s.config.password});
    }
    for (const MdcSpec &s : mdc) {
        displays::MdcSimulator::Options o;
        o.deviceName = QString::fromUtf8(s.device);
        auto *sim = new displays::MdcSimulator(o, this);
        if (Status st = sim->listen(QHostAddress::LocalHost, 0); !st)
            return st;
        auto state = sim->state();
        state.power = s.on ? 0x01 : 0x00;
        sim->setState(state);
        m_mdc.append({QString::fromUtf8(s.device) + QLatin1Char('@') + QString::fromUtf8(s.room), sim});
        m_displays.append({QString::fromUtf8(s.room), QString::fromUtf8(s.device), kLoopback, sim->port(),
                           QStringLiteral("mdc"), QString()});
    }
    return {};
}

displays::PjLinkSimulator *DemoSimulators::pjlink(const QString &device) const
{
    for (const auto &p : m_pjlink) {
        if (p.first == device || p.first.startsWith(device + QLatin1Char('@')))
            return p.second;
    }
    return nullptr;
}

displays::MdcSimulator *DemoSimulators::mdc(const QString &device) const
{
    for (const auto &p : m_mdc) {
        if (p.first == device || p.first.startsWith(device + QLatin1Char('@')))
            return p.second;
    }
    return nullptr;
}

} // namespace tafel::demo
