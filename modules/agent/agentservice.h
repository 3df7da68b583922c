#pragma once

#include "agent/agentconfig.h"
#include "agent/medialibrary.h"
#include "agent/monitoringconfig.h"
#include "agent/reportingconfig.h"
#include "agentlink/agentlinkserver.h"
#include "screensession/screensessionclient.h"

#include <QCborMap>
#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace tafel::agent {

class AgentDatabase;
class AgentMonitoring;
class AgentReporting;
class SchoolConfig;

// The running agent: owns every service the agent offers (the LAN protocol, probes, material, reporting
// arrive with later work) on one event loop. start() brings them up; stop() shuts them down in order and
// emits stopped() when everything is flushed.
class AgentService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentService)
public:
    explicit AgentService(AgentConfig config, QObject *parent = nullptr);
    ~AgentService() override;

    Status start();
    void stop();

    const AgentConfig &config() const { return m_config; }
    QDateTime startedAt() const { return m_startedAt; }
    // After start(): the bound port of the LAN protocol (useful with --listen ADDR:0) and the SHA-256
    // fingerprint of the agent's certificate that clients pin.
    quint16 listenPort() const;
    QString fingerprint() const { return m_fingerprint; }

    AgentDatabase *database() const { return m_db.get(); }
    // Monitoring ([Monitoring] of the config file, see monitoringconfig.h); set before start() to override the file.
    void setMonitoringConfig(const MonitoringConfig &config) { m_monitoringConfig = config; }
    AgentMonitoring *monitoring() const { return m_monitoring; }
    // Health reports ([Reporting]); null when reporting is off.
    AgentReporting *reporting() const { return m_reporting.get(); }
    // Where the reporting configuration came from: <DataDir>/reporting.ini or the INI file (empty: none).
    QString reportingSource() const { return m_reportingSource; }
    // report.config.set: writes <DataDir>/reporting.ini, then replaces the running reporting (the outbox in
    // agent.db stays). Fails without changing anything when the file cannot be written or a sink cannot start.
    Status applyReportingConfig(const ReportingConfig &config);

Q_SIGNALS:
    void stopped();

private:
    void registerCommands();
    void registerScreenCommands();
    void registerWake();
    // Runs one screen-session request and answers with {"screen": state} or the helper's error.
    void screenCall(const std::function<void(screensession::ScreenSessionClient::Callback)> &send, agentlink::Reply reply);
    void audit(const agentlink::CallContext &ctx, const QString &outcome, const QString &reason, const QString &detail);
    void runPowerCommand(const agentlink::CallContext &ctx, const QString &commandLine, agentlink::Reply reply);

    AgentConfig m_config;
    QPointer<agentlink::AgentLinkServer> m_server;
    std::unique_ptr<AgentDatabase> m_db;
    QPointer<screensession::ScreenSessionClient> m_screen;
    std::optional<MonitoringConfig> m_monitoringConfig;
    AgentMonitoring *m_monitoring = nullptr; // child
    std::unique_ptr<AgentReporting> m_reporting; // declared after m_db: destroyed before agent.db closes
    QString m_reportingSource;
    std::unique_ptr<SchoolConfig> m_schoolConfig; // config.push: the school's pushed configuration and keys
    MediaLibrary m_media;
    QString m_fingerprint;
    // status gathers interfaces, disk and OS (netlink, mountinfo): cached briefly so 200 clients polling
    // at once cost one collection, not 200. Uptime fields are always fresh.
    QCborMap m_statusCache;
    QElapsedTimer m_statusAge;
    QDateTime m_startedAt;
    bool m_running = false;
};

} // namespace tafel::agent
