#pragma once

#include "core/result.h"
#include "monitoring/broadband.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace tafel::monitoring {

struct LibreSpeedOptions {
    QUrl base;                                  // e.g. http://speed.example/backend/ (trailing slash matters)
    QString garbagePath = QStringLiteral("garbage.php");
    QString emptyPath = QStringLiteral("empty.php");
    QString getIpPath = QStringLiteral("getIP.php");
    int durationSec = 10;                       // per direction, warm-up excluded
    int warmupMs = 1500;                        // LibreSpeed's "grace time": transferred, not counted
    int streams = 3;                            // parallel HTTP/1.1 connections (at most 6, Qt's per-host limit)
    int garbageMiB = 100;                       // ckSize per download request
    int uploadMiB = 4;                          // body size per upload request
    int idlePings = 10;
    int requestTimeoutMs = 5000;                // a request that moves no data for this long fails (stall)
    bool download = true;
    bool upload = true;
};

// A LibreSpeed-compatible HTTP speed test (the endpoints of librespeed/speedtest's backend): getIP, idle latency
// (sequential GET empty), download (parallel GET garbage?ckSize=N, restarted until the time is up), upload
// (parallel POST empty with random bodies), latency under load (GET empty on a separate connection pool while
// the transfers run). HTTP/2 is switched off per request: Qt 6.4 would otherwise multiplex every stream onto one
// connection. Bytes in the warm-up are not counted. Errors: Unreachable, Timeout (stall), ProtocolError (HTTP status
// other than 200), Cancelled.
class LibreSpeedClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibreSpeedClient)
public:
    using Done = std::function<void(const Result<BroadbandResult> &)>;

    explicit LibreSpeedClient(QObject *parent = nullptr);
    ~LibreSpeedClient() override;

    void start(const LibreSpeedOptions &options, Done done);
    void abort();
    bool isRunning() const { return bool(m_done); }
    QString clientIp() const { return m_clientIp; }

private:
    enum class Phase { Idle, GetIp, Ping, Download, Upload, Done };
    QUrl endpoint(const QString &path, bool cacheBust = true) const;
    QNetworkReply *get(QNetworkAccessManager *nam, const QUrl &url);
    void startPing();
    void sendPing();
    void startTransfer(Phase phase);
    void startStream(int index);
    void warmupOver();
    void transferOver();
    void fail(ErrorCode code, const QString &message);
    void finish();
    void stopAll();

    LibreSpeedOptions m_options;
    Done m_done;
    Phase m_phase = Phase::Idle;
    QNetworkAccessManager *m_nam;     // transfers
    QNetworkAccessManager *m_pingNam; // latency, on its own connections
    QList<QNetworkReply *> m_replies;
    QList<qint64> m_progress;         // per stream: bytes of the current request so far
    qint64 m_bytes = 0;               // all bytes in the current phase
    qint64 m_bytesAtWarmup = 0;
    QElapsedTimer m_clock;
    qint64 m_warmupEndMs = 0;
    QTimer *m_phaseTimer;
    QNetworkReply *m_ping = nullptr;
    QElapsedTimer m_pingClock;
    QList<double> m_idleRtts, m_loadedRtts;
    int m_pingsSent = 0, m_pingsLost = 0;
    QString m_clientIp;
    BroadbandResult m_result;
    quint64 m_generation = 0;
};

} // namespace tafel::monitoring
