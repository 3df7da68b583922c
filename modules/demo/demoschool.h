#pragma once

#include "core/result.h"
#include "crypto/password.h"
#include "demo/demosimulators.h"

#include <QList>

#include <QString>

namespace tafel::store {
class Database;
}

namespace tafel::demo {

struct DemoOptions {
    // Create the admin account with demoAdminPassword(), so the admin view opens out of the box.
    bool withAdmin = true;
    crypto::ScryptParams scrypt; // tests use a low cost
    // Display simulators to point the demo displays at (DemoSimulators::displays()); their passwords are
    // stored encrypted and referenced by the devices. Without them the displays point at closed loopback ports.
    QList<SimulatedDisplay> simulators;
};

// The admin password of the demo school ("tafel-demo"); only ever used with throwaway databases.
QString demoAdminPassword();

// Fills an empty database with a small demo school: a few rooms ("Raum 204", "Raum 105", "Physik 1", "Aula"),
// each with a display or projector, a WLAN access point, a printer and some PCs, all on loopback addresses
// (127.0.0.x; this product's demo never talks to a LAN). One transaction; fails with
// AlreadyExists if the database already has rooms.
Status seedDemoSchool(store::Database &db, const DemoOptions &options = {});

} // namespace tafel::demo
