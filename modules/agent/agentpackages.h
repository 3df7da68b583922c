#pragma once

// Lesson material on the agent (issue 5): receiving packages into <DataDir>/material/ (modules/distribution
// PackageStore) and relaying verified chunks to the next agent of a chain. Registers the package.* commands of
// the LAN protocol (see modules/distribution/README.md for the protocol and the relay scheme).
//
//   [Material]
//   Directory=material        ; relative to DataDir
//   MaxPackageBytes=8589934592 ; one package (default 8 GiB)
//   MaxTotalBytes=68719476736  ; all packages together, finished and staging (default 64 GiB)
//   ReserveBytes=536870912     ; free disk space that must remain (default 512 MiB)

#include "agentlink/agentclient.h"
#include "agentlink/agentlinkserver.h"
#include "core/result.h"
#include "distribution/manifest.h"
#include "distribution/packagestore.h"

#include <QElapsedTimer>
#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

namespace tafel::distribution {
class ChunkPusher;
}

namespace tafel::agent {

struct MaterialConfig {
    Q_DECLARE_TR_FUNCTIONS(tafel::agent::MaterialConfig)
public:
    QString directory; // absolute
    distribution::Quota quota;

    static Result<MaterialConfig> load(const QString &configPath, const QString &dataDir);
};

class AgentPackages final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentPackages)
public:
    // `relayCredentials`: the agent's own key and certificate, used as TLS client when relaying to another agent.
    AgentPackages(MaterialConfig config, agentlink::ClientCredentials relayCredentials, QString ownFingerprint, QObject *parent = nullptr);
    ~AgentPackages() override;

    void registerCommands(agentlink::AgentLinkServer *server);

private:
    struct Assembly {
        QString packageId;
        int chunk = -1;
        QByteArray data;
    };
    struct RecentChunk {
        int index = -1;
        QByteArray data;
    };
    struct Incoming {
        distribution::Manifest manifest;
        QBitArray have;
        qint64 receivedBytes = 0; // verified bytes received since the agent started
        int rejectedChunks = 0;
        bool upstreamEnded = false;
        QPointer<distribution::ChunkPusher> relay;
        QString relayTo;
        QString relayState; // "", connecting, sending, done, failed
        QString relayError;
        qint64 relaySentBytes = 0;
        QList<RecentChunk> recent; // the last verified chunks, while relaying (the relay reads these first)
    };

    Result<QCborMap> offer(const agentlink::CallContext &ctx, const QCborMap &args);
    Result<QCborMap> push(const agentlink::CallContext &ctx, const QCborMap &args);
    Result<QCborMap> relay(const agentlink::CallContext &ctx, const QCborMap &args);
    Result<QCborMap> status(const QCborMap &args);
    Result<QCborMap> list();
    Result<QCborMap> files(const QCborMap &args);
    Result<QCborMap> remove(const agentlink::CallContext &ctx, const QCborMap &args);

    Incoming *incoming(const QString &packageId, Error *error);
    Status checkGrant(const agentlink::CallContext &ctx, const QString &packageId, const QByteArray &grant);
    qint64 haveBytes(const Incoming &in) const;
    void chunkVerified(const QString &packageId);
    void stopRelay(Incoming &in);
    void dropAssemblies(const QString &packageId);
    void audit(const agentlink::CallContext &ctx, const QString &outcome, const QString &reason, const QString &detail);

    MaterialConfig m_config;
    distribution::PackageStore m_store;
    agentlink::ClientCredentials m_relayCredentials;
    QString m_fingerprint;
    QPointer<agentlink::AgentLinkServer> m_server;
    QHash<QString, std::shared_ptr<Incoming>> m_incoming;   // by package id
    QHash<QString, Assembly> m_assemblies;                  // by sender connection + package id
    QHash<QByteArray, QDateTime> m_grants;                  // verified grants: relay key + package id → expiry
    QSet<int> m_corruptOnce;                                // test hook TAFEL_TEST_CORRUPT_CHUNK
    qint64 m_testRate = 0;                                  // test hook TAFEL_TEST_RECEIVE_RATE (bytes/s)
    QElapsedTimer m_testClock;
    qint64 m_testNextMs = 0;
};

} // namespace tafel::agent
