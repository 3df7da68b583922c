// tafelctl report outbox|show|push as a process, against an agent database and the real prometheus-pushgateway.
#include "../cli/tafelctlrunner.h"
#include "pushgatewayprocess.h"

#include "reporting/encoders.h"
#include "reporting/outbox.h"
#include "store/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tafel;
using namespace tafel::reporting;

class TestTafelctlReport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_home;
    QString m_db;
    QStringList m_ids;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = m_home.filePath(QStringLiteral("agent.db"));
        store::OpenOptions o;
        o.schema = store::Schema::Agent;
        auto db = store::Database::open(m_db, o);
        QVERIFY2(db.ok(), qPrintable(db.errorString()));
        Outbox outbox(**db);
        for (int i = 0; i < 3; ++i) {
            HealthSnapshot s;
            s.school = QStringLiteral("gs-nord");
            s.room = QStringLiteral("r%1").arg(i);
            s.timestampMs = 1'700'000'000'000 + i * 1000;
            s.agentVersion = QStringLiteral("0.1.0");
            DeviceHealth d;
            d.device = QStringLiteral("pc-1");
            d.kind = QStringLiteral("pc");
            d.up = true;
            s.devices.append(d);
            auto r = buildReport(s);
            QVERIFY(r.ok());
            m_ids << r->id;
            QVERIFY(outbox.enqueue(*r, {QStringLiteral("city")}).ok());
        }
    }

    void outboxAndShow()
    {
        auto o = tafel::testing::runTafelctl(m_home, {QStringLiteral("report"), QStringLiteral("outbox"), QStringLiteral("--agent-db"), m_db,
                                               QStringLiteral("--json")});
        QVERIFY2(o.exitCode == 0, o.dump());
        QCOMPARE(o.object().value(QStringLiteral("size")).toInt(), 3);
        QCOMPARE(o.object().value(QStringLiteral("pending_by_sink")).toObject().value(QStringLiteral("city")).toInt(), 3);

        o = tafel::testing::runTafelctl(m_home, {QStringLiteral("report"), QStringLiteral("show"), QStringLiteral("--agent-db"), m_db});
        QVERIFY2(o.exitCode == 0, o.dump());
        QVERIFY2(o.out.contains(QLatin1String("tafel_device_up{school=\"gs-nord\",room=\"r2\",device=\"pc-1\",kind=\"pc\"} 1")), o.dump());

        o = tafel::testing::runTafelctl(m_home, {QStringLiteral("report"), QStringLiteral("show"), QStringLiteral("--agent-db"), m_db,
                                          QStringLiteral("--format"), QStringLiteral("otlp"), QStringLiteral("--report"), m_ids.first()});
        QVERIFY2(o.exitCode == 0, o.dump());
        QVERIFY(o.out.contains(m_ids.first()));
        QVERIFY(o.object().contains(QStringLiteral("resourceMetrics")));

        o = tafel::testing::runTafelctl(m_home, {QStringLiteral("report"), QStringLiteral("show"), QStringLiteral("--agent-db"), m_db,
                                          QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(o.exitCode, 2);
    }

    void push()
    {
        reporting::testing::PushgatewayProcess pg;
        QString err;
        if (reporting::testing::pushgatewayBinary().isEmpty())
            QSKIP("prometheus-pushgateway is not installed (installer/dev.sh installs it)");
        QVERIFY2(pg.start(0, &err), qPrintable(err));
        auto o = tafel::testing::runTafelctl(m_home, {QStringLiteral("report"), QStringLiteral("push"), QStringLiteral("--agent-db"), m_db,
                                               QStringLiteral("--sink"), QStringLiteral("city"), QStringLiteral("--url"),
                                               pg.url().toString(), QStringLiteral("--json")});
        QVERIFY2(o.exitCode == 0, o.dump());
        QCOMPARE(o.object().value(QStringLiteral("delivered")).toInt(), 3);
        QCOMPARE(o.object().value(QStringLiteral("pending")).toInt(), 0);
        const QByteArray metrics = reporting::testing::httpGet(pg.url(QStringLiteral("/metrics")));
        for (const char *room : {"r0", "r1", "r2"})
            QVERIFY(metrics.contains(QByteArray(QByteArray("room=\"") + room + "\"")));
    }
};

QTEST_GUILESS_MAIN(TestTafelctlReport)
#include "test_tafelctl_report.moc"
