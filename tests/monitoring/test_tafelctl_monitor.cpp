// tafelctl monitor probe|measure|history as a process: JSON output and exit codes; the HTTP measurement runs
// against the LibreSpeed test server in this process, history against a file this test writes.
#include "monitoring/historystore.h"
#include "monitoring/librespeedserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace tafel;
using namespace tafel::monitoring;

namespace {

struct Run {
    int code = -1;
    QByteArray out, err;
};

// Runs tafelctl without blocking this process's event loop (the test server lives on it).
Run tafelctl(const QStringList &args, int timeoutMs = 20000)
{
    QProcess p;
    p.start(QStringLiteral(TAFELCTL_PATH), args);
    Run r;
    [&] { QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, timeoutMs); }();
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TafelctlMonitorTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void probeJson()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const QString tcp = QStringLiteral("tcp://127.0.0.1:%1").arg(server.serverPort());
        const Run r = tafelctl({QStringLiteral("monitor"), QStringLiteral("probe"), tcp, QStringLiteral("icmp://127.0.0.1"),
                                QStringLiteral("--count"), QStringLiteral("2"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray a = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(a.size(), 4);
        for (const QJsonValue &v : a) {
            QVERIFY(v.toObject().value(QStringLiteral("ok")).toBool());
            QVERIFY(v.toObject().value(QStringLiteral("rtt_ms")).toDouble() >= 0);
        }
    }

    void probeFailureExitCode()
    {
        quint16 port = 0;
        {
            QTcpServer s;
            QVERIFY(s.listen(QHostAddress::LocalHost, 0));
            port = s.serverPort();
        }
        const Run r = tafelctl({QStringLiteral("monitor"), QStringLiteral("probe"), QStringLiteral("tcp://127.0.0.1:%1").arg(port)});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains("refused"));
        QCOMPARE(tafelctl({QStringLiteral("monitor"), QStringLiteral("probe"), QStringLiteral("gopher://x")}).code, 2);
    }

    void topLevelVerbs()
    {
        // The spelling "tafelctl probe ..." is the same command as "tafelctl monitor probe ...".
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const Run r = tafelctl({QStringLiteral("probe"), QStringLiteral("tcp://127.0.0.1:%1").arg(server.serverPort()), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
        QCOMPARE(tafelctl({QStringLiteral("measure"), QStringLiteral("--help")}).code, 0);
        QCOMPARE(tafelctl({QStringLiteral("history"), QStringLiteral("--help")}).code, 0);
        QCOMPARE(tafelctl({QStringLiteral("probes")}).code, 2); // not a verb: still a usage error
    }

    void measureHttpJson()
    {
        LibreSpeedServer server;
        QVERIFY(server.listen());
        const Run r = tafelctl({QStringLiteral("monitor"), QStringLiteral("measure"), QStringLiteral("--http"),
                                QStringLiteral("http://127.0.0.1:%1/backend/").arg(server.port()), QStringLiteral("--duration"),
                                QStringLiteral("1"), QStringLiteral("--streams"), QStringLiteral("2"), QStringLiteral("--json")},
                               30000);
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        for (const char *key : {"download_mbps", "upload_mbps", "rtt_idle_ms", "rtt_loaded_ms", "jitter_ms", "loss_pct", "streams",
                                "duration_s", "server"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY(o.value(QStringLiteral("download_mbps")).toDouble() > 0);
        QCOMPARE(o.value(QStringLiteral("streams")).toInt(), 2);
    }

    void history()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        FakeClock clock(now.addSecs(-3 * 3600));
        {
            HistoryStore store(clock);
            QVERIFY(store.open(path).ok());
            for (int i = 0; i < 30; ++i) {
                ProbeSample s;
                s.target = QStringLiteral("beamer-1");
                s.room = QStringLiteral("R204");
                s.timestamp = clock.now().addSecs(i * 10);
                s.ok = true;
                s.rttMs = 1 + i;
                QVERIFY(store.add(s).ok());
            }
            clock.set(now);
            QVERIFY(*store.rollUp() > 0);
        }
        Run r = tafelctl({QStringLiteral("monitor"), QStringLiteral("history"), QStringLiteral("R204"), QStringLiteral("--history"), path,
                          QStringLiteral("--since"), QStringLiteral("6h"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray a = QJsonDocument::fromJson(r.out).array();
        QVERIFY(a.size() >= 5); // 30 samples over 5 minutes
        QCOMPARE(a.at(0).toObject().value(QStringLiteral("target")).toString(), QStringLiteral("beamer-1"));
        r = tafelctl({QStringLiteral("monitor"), QStringLiteral("history"), QStringLiteral("R204"), QStringLiteral("--history"),
                      dir.filePath(QStringLiteral("missing.sqlite"))});
        QCOMPARE(r.code, 1);
    }
};

QTEST_GUILESS_MAIN(TafelctlMonitorTest)
#include "test_tafelctl_monitor.moc"
