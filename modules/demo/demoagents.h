#pragma once

#include "core/result.h"

#include <QList>
#include <QObject>
#include <QString>

namespace tafel::store {
class Database;
}
namespace tafel::agent {
class AgentService;
}
namespace tafel::monitoring {
class LibreSpeedServer;
}

namespace tafel::demo {

// The demo school's tafel-agents, in process and on loopback only: one agent service (the real AgentService,
// TLS and all) per demo room's agent PC on 127.0.0.1 with a free port. start() creates a teacher key the agents
// trust, points the agent devices at the running services, pins their certificates in the "agent-pins" file
// next to the database (as `tafelctl agent enroll` would), gives the room PCs MAC addresses for "Wake room PCs"
// (the agents' wake relay sends to 127.0.0.1), and writes a short generated video into the shared media folder.
// Raum 204's agent uses screenSocket(); tafel --demo runs a screen helper there, the other rooms have none, so
// both "shown" and "no screen helper on this PC" can be seen. Every agent reports to a Pushgateway on
// http://127.0.0.1:9091 (<DataDir>/reporting.ini, as report.config.set writes it): start one there to see the
// reports arrive, otherwise the admin view shows them waiting in the outbox.
class DemoAgents final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoAgents)
public:
    explicit DemoAgents(QString directory, QObject *parent = nullptr);
    ~DemoAgents() override;

    Status start(store::Database &db);

    QString teacherKeyFile() const;
    QString adminKeyFile() const; // trusted as admin: the admin view's "Reports to the city" and "Agents & keys" pages
    QString mediaDirectory() const;
    QString screenSocket() const; // the display session of Raum 204's agent
    QString sampleMaterial() const; // a lesson folder to try "Send material" with (worksheets and a short video)
    QList<agent::AgentService *> services() const { return m_services; }

private:
    QString m_dir;
    QList<agent::AgentService *> m_services;
    monitoring::LibreSpeedServer *m_speedServer = nullptr; // the demo's broadband test server (loopback)
};

} // namespace tafel::demo
