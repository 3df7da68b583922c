#pragma once

#include "core/result.h"

#include <QList>
#include <QObject>
#include <QString>

namespace tafel::displays {
class MdcSimulator;
class PjLinkSimulator;
} // namespace tafel::displays

namespace tafel::demo {

// One simulated display of the demo school: which demo device it stands in for and how to reach it.
struct SimulatedDisplay {
    QString room;      // demo room name, e.g. "Raum 204"
    QString device;    // demo device name, e.g. "Beamer hinten"
    QString host;      // always 127.0.0.1
    quint16 port = 0;
    QString protocol;  // "pjlink" or "mdc"
    QString password;  // PJLink password; empty = none
};

// The displays of the demo school as simulators on loopback (never a LAN address): `tafel --demo` and the GUI
// tests start them, then seed the demo school with their host:port. Raum 204 has an MDC interactive display
// and a PJLink Class 2 projector with a password and a visible warm-up; Raum 105 a PJLink Class 1 display;
// Physik 1 a projector with a lamp and filter warning; the Aula a projector and an MDC info screen.
class DemoSimulators final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoSimulators)
public:
    struct Options {
        int warmupMs = 8000; // long enough to see "Warming up… 40 %"
        int cooldownMs = 4000;
    };

    explicit DemoSimulators(QObject *parent = nullptr);
    DemoSimulators(const Options &options, QObject *parent = nullptr);
    ~DemoSimulators() override;

    // Starts every simulator on 127.0.0.1 with a free port.
    Status start();
    const QList<SimulatedDisplay> &displays() const { return m_displays; }

    // The simulator standing in for a demo device (nullptr if none or of the other protocol).
    displays::PjLinkSimulator *pjlink(const QString &device) const;
    displays::MdcSimulator *mdc(const QString &device) const;

private:
    Options m_options;
    QList<SimulatedDisplay> m_displays;
    QList<QPair<QString, displays::PjLinkSimulator *>> m_pjlink;
    QList<QPair<QString, displays::MdcSimulator *>> m_mdc;
};

} // namespace tafel::demo
