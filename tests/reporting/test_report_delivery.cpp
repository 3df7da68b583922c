// Delivery against the real Debian prometheus-pushgateway (started here on a free loopback port) and a loopback
// OTLP receiver: push and read back, stale devices disappear on PUT, outage -> outbox grows -> drains (counted by
// idempotency key), the outbox bound reported as a metric, kill -9 of a writer loses no committed report.
#include "otlpreceiver.h"
#include "pushgatewayprocess.h"

#include "reporting/reporter.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace tafel;
using namespace tafel::reporting;
using namespace tafel::reporting::testing;

namespace {
HealthSnapshot snapshot(const QString &school, const QString &room, const QStringList &devices, qint64 ts)
{
    HealthSnapshot s;
    s.school = school;
    s.room = room;
    s.timestampMs = ts;
    s.agentVersion = QStringLiteral("0.1.0");
    s.broadband = BroadbandHealth{100e6, 40e6, 0.01, 0.001, 0};
    for (const QString &id : devices) {
        DeviceHealth d;
        d.device = id;
        d.kind = id.startsWith(QLatin1String("proj")) ? QStringLiteral("projector") : QStringLiteral("pc");
        d.up = true;
        d.rttSeconds = 0.002;
        if (d.kind == QLatin1String("projector")) {
            d.displayPowerOn = true;
            d.lampHours = 1234;
            d.displayError = false;
        }
        s.devices.append(d);
    }
    return s;
}

// The series of one group from /api/v1/metrics: metric name -> list of (labels, value).
QHash<QString, QList<QPair<QJsonObject, QString>>> apiGroup(const PushgatewayProcess &pg, const QString &school, const QString &room)
{
    QHash<QString, QList<QPair<QJsonObject, QString>>> out;
    const QJsonObject root = QJsonDocument::fromJson(httpGet(pg.url(QStringLiteral("/api/v1/metrics")))).object();
    for (const QJsonValue &g : root.value(QStringLiteral("data")).toArray()) {
        const QJsonObject group = g.toObject();
        const QJsonObject labels = group.value(QStringLiteral("labels")).toObject();
        if (labels.value(QStringLiteral("school")).toString() != school || labels.value(QStringLiteral("room")).toString() != room)
            continue;
        for (auto it = group.begin(); it != group.end(); ++it) {
            if (!it.key().startsWith(QLatin1String("tafel_")))
                continue;
            for (const QJsonValue &m : it.value().toObject().value(QStringLiteral("metrics")).toArray())
                out[it.key()].append({m[QStringLiteral("labels")].toObject(), m[QStringLiteral("value")].toString()});
        }
    }
    return out;
}

std::unique_ptr<store::Database> openAgentDb(const QString &path)
{
    store::OpenOptions o;
    o.schema = store::Schema::Agent;
    auto db = store::Database::open(path, o);
    if (!db) {
        qWarning() << db.errorString();
        return nullptr;
    }
    return std::move(db).value();
}

ReporterOptions fastOptions()
{
    ReporterOptions o;
    o.backoffBaseMs = 50;
    o.backoffMaxMs = 400;
    o.useSystemProxy = false;
    return o;
}
} // namespace

class TestReportDelivery : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    bool waitDrained(Reporter &r, int timeoutMs = 30000)
    {
        QSignalSpy spy(&r, &Reporter::drained);
        r.kick();
        return QTest::qWaitFor([&] { return spy.count() > 0 && r.outbox().size() == 0; }, timeoutMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (pushgatewayBinary().isEmpty())
            QSKIP("prometheus-pushgateway is not installed (apt install prometheus-pushgateway; installer/dev.sh installs it)");
        QVERIFY(m_dir.isValid());
    }

    void pushReadBackAndReplace()
    {
        PushgatewayProcess pg;
        QString err;
        QVERIFY2(pg.start(0, &err), qPrintable(err));
        auto db = openAgentDb(m_dir.filePath(QStringLiteral("push.db")));
        QVERIFY(db);
        Reporter reporter(*db, fastOptions());
        QVERIFY(reporter.addSink({QStringLiteral("pg"), SinkConfig::Kind::Pushgateway, pg.url()}).ok());
        QVERIFY(reporter.start().ok());

        const QString school = QStringLiteral("Grundschule Nord/Ost"); // needs @base64 in the path
        const QString room = QStringLiteral("r204");
        auto first = reporter.enqueue(snapshot(school, room, {QStringLiteral("pc-1"), QStringLiteral("proj-1")}, 1'700'000'000'000));
        QVERIFY2(first.ok(), qPrintable(first.errorString()));
        QVERIFY(waitDrained(reporter));
        QCOMPARE(reporter.sinkStatus(QStringLiteral("pg")).delivered, 1);

        const QString text = QString::fromUtf8(httpGet(pg.url(QStringLiteral("/metrics"))));
        QVERIFY2(text.contains(QLatin1String(
                     "tafel_device_up{device=\"proj-1\",instance=\"\",job=\"tafel\",kind=\"projector\",room=\"r204\",school=\"Grundschule Nord/Ost\"} 1")),
                 qPrintable(text.left(3000)));
        QVERIFY(text.contains(QLatin1String("tafel_display_lamp_hours{device=\"proj-1\",instance=\"\",job=\"tafel\",kind=\"projector\"")));
        QVERIFY(text.contains(QLatin1String("tafel_agent_info{instance=\"\",job=\"tafel\",room=\"r204\",school=\"Grundschule Nord/Ost\",version=\"0.1.0\"} 1")));
        QVERIFY(text.contains(QLatin1String("# TYPE tafel_broadband_download_bits_per_second gauge")));

        auto group = apiGroup(pg, school, room);
        QCOMPARE(group.value(QStringLiteral("tafel_device_up")).size(), 2);
        QCOMPARE(group.value(QStringLiteral("tafel_report_timestamp_seconds")).value(0).second.toDouble(), 1700000000.0);
        QCOMPARE(group.value(QStringLiteral("tafel_broadband_download_bits_per_second")).value(0).second.toDouble(), 100e6);
        for (const auto &s : group.value(QStringLiteral("tafel_device_up"))) {
            QStringList keys = s.first.keys();
            keys.sort();
            QCOMPARE(keys, QStringList({QStringLiteral("device"), QStringLiteral("instance"), QStringLiteral("job"),
                                        QStringLiteral("kind"), QStringLiteral("room"), QStringLiteral("school")}));
        }

        // PUT again without proj-1: its series disappear (PUT replaces the group).
        QVERIFY(reporter.enqueue(snapshot(school, room, {QStringLiteral("pc-1")}, 1'700'000'060'000)).ok());
        QVERIFY(waitDrained(reporter));
        group = apiGroup(pg, school, room);
        QCOMPARE(group.value(QStringLiteral("tafel_device_up")).size(), 1);
        QCOMPARE(group.value(QStringLiteral("tafel_device_up")).value(0).first.value(QStringLiteral("device")).toString(), QStringLiteral("pc-1"));
        QVERIFY(!group.contains(QStringLiteral("tafel_display_lamp_hours")));
        QVERIFY(!httpGet(pg.url(QStringLiteral("/metrics"))).contains("proj-1"));
    }

    void outageGrowsAndDrains()
    {
        PushgatewayProcess pg;
        QString err;
        QVERIFY2(pg.start(0, &err), qPrintable(err));
        OtlpReceiver otlp;
        QVERIFY(otlp.listen());
        // Request 2 is dropped (no answer), 3 gets 503 + Retry-After: 1, 4 gets 429, 5 a partialSuccess.
        otlp.script = {OtlpAnswer::Ok, OtlpAnswer::Drop, OtlpAnswer::Unavailable503, OtlpAnswer::TooMany429, OtlpAnswer::PartialSuccess};

        auto db = openAgentDb(m_dir.filePath(QStringLiteral("outage.db")));
        QVERIFY(db);
        Reporter reporter(*db, fastOptions());
        QVERIFY(reporter.addSink({QStringLiteral("pg"), SinkConfig::Kind::Pushgateway, pg.url()}).ok());
        QVERIFY(reporter.addSink({QStringLiteral("otlp"), SinkConfig::Kind::Otlp, otlp.url()}).ok());
        QVERIFY(reporter.start().ok());
        QSignalSpy delivered(&reporter, &Reporter::delivered);

        const QString school = QStringLiteral("gs-nord"), room = QStringLiteral("r101");
        QStringList ids;
        qint64 ts = 1'700'000'000'000;
        auto add = [&](const QStringList &devices) {
            auto r = reporter.enqueue(snapshot(school, room, devices, ts += 1000));
            QVERIFY(r.ok());
            ids << r->id;
        };
        add({QStringLiteral("pc-1")});
        add({QStringLiteral("pc-1"), QStringLiteral("pc-2")});
        QVERIFY(waitDrained(reporter));

        pg.stop(); // the city's pushgateway is down
        for (int i = 0; i < 6; ++i)
            add({QStringLiteral("pc-1"), QStringLiteral("pc-%1").arg(i + 3)});
        // OTLP keeps draining; the pushgateway's share stays in the outbox.
        QVERIFY(QTest::qWaitFor([&] { return reporter.outbox().pendingFor(QStringLiteral("otlp")) == 0; }, 20000));
        QCOMPARE(reporter.outbox().size(), 6);
        QCOMPARE(reporter.outbox().pendingFor(QStringLiteral("pg")), 6);
        QVERIFY(reporter.sinkStatus(QStringLiteral("pg")).consecutiveFailures > 0);
        add({QStringLiteral("pc-1"), QStringLiteral("pc-newest")});
        QVERIFY(reporter.outbox().size() >= 7);

        QVERIFY2(pg.start(pg.port(), &err), qPrintable(err)); // back up on the same port
        QVERIFY(waitDrained(reporter, 30000));
        QCOMPARE(reporter.outbox().size(), 0);

        // Every OTLP request was valid; every report arrived; only dropped answers were repeated, with the same key.
        QHash<QString, int> count;
        QSet<QString> droppedIds;
        for (const OtlpRequest &r : std::as_const(otlp.requests)) {
            QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(u'\n')));
            ++count[r.reportId];
            if (r.answer == OtlpAnswer::Drop)
                droppedIds.insert(r.reportId);
        }
        for (const QString &id : std::as_const(ids))
            QVERIFY2(count.value(id) >= 1, qPrintable(id));
        QCOMPARE(count.size(), ids.size());
        // Precisely: a key repeats only after a drop, a 503 or a 429 (those answers ask for a retry); after a 2xx, never.
        QSet<QString> retried;
        for (const OtlpRequest &r : std::as_const(otlp.requests)) {
            if (r.answer != OtlpAnswer::Ok && r.answer != OtlpAnswer::PartialSuccess)
                retried.insert(r.reportId);
        }
        for (auto it = count.cbegin(); it != count.cend(); ++it)
            QVERIFY2(it.value() == 1 || retried.contains(it.key()), qPrintable(it.key()));
        QVERIFY(!droppedIds.isEmpty());
        // The retry after 503 waited for Retry-After (1 s).
        for (int i = 0; i + 1 < otlp.requests.size(); ++i) {
            if (otlp.requests.at(i).answer == OtlpAnswer::Unavailable503)
                QVERIFY(otlp.requests.at(i + 1).atMs - otlp.requests.at(i).atMs >= 950);
        }
        bool sawPartial = false;
        for (const QList<QVariant> &args : std::as_const(delivered)) {
            const auto r = args.at(2).value<SendResult>();
            sawPartial = sawPartial || r.rejectedDataPoints == 2;
        }
        QVERIFY(sawPartial);

        // The pushgateway ends with the newest report.
        const auto group = apiGroup(pg, school, room);
        QCOMPARE(group.value(QStringLiteral("tafel_report_timestamp_seconds")).value(0).second.toDouble(), double(ts) / 1000.0);
        QCOMPARE(group.value(QStringLiteral("tafel_device_up")).size(), 2);
        bool newest = false;
        for (const auto &s : group.value(QStringLiteral("tafel_device_up")))
            newest = newest || s.first.value(QStringLiteral("device")).toString() == QLatin1String("pc-newest");
        QVERIFY(newest);
        QCOMPARE(group.value(QStringLiteral("tafel_report_outbox_size")).value(0).second.toDouble(), 6.0);
    }

    void boundReportsDrops()
    {
        PushgatewayProcess pg;
        QString err;
        QVERIFY2(pg.start(0, &err), qPrintable(err));
        const quint16 port = pg.port();
        pg.stop();
        auto db = openAgentDb(m_dir.filePath(QStringLiteral("bound.db")));
        QVERIFY(db);
        ReporterOptions o = fastOptions();
        o.maxReports = 4;
        Reporter reporter(*db, o);
        QVERIFY(reporter.addSink({QStringLiteral("pg"), SinkConfig::Kind::Pushgateway, pg.url()}).ok());
        QVERIFY(reporter.start().ok());
        QStringList ids;
        for (int i = 0; i < 7; ++i) {
            auto r = reporter.enqueue(snapshot(QStringLiteral("gs"), QStringLiteral("rb"), {QStringLiteral("pc-1")}, 1'700'000'000'000 + i * 1000));
            QVERIFY(r.ok());
            ids << r->id;
        }
        QCOMPARE(reporter.outbox().size(), 4);
        QCOMPARE(reporter.outbox().dropped(), 3);
        QCOMPARE(reporter.outbox().reportIds(), ids.mid(3)); // oldest dropped first
        QVERIFY2(pg.start(port, &err), qPrintable(err));
        QVERIFY(waitDrained(reporter));
        // The newest report counted the drops (2 before it was built + it caused the third: reported next time).
        const auto group = apiGroup(pg, QStringLiteral("gs"), QStringLiteral("rb"));
        QCOMPARE(group.value(QStringLiteral("tafel_report_outbox_dropped_total")).value(0).second.toDouble(), 2.0);
        auto next = reporter.enqueue(snapshot(QStringLiteral("gs"), QStringLiteral("rb"), {QStringLiteral("pc-1")}, 1'700'000'100'000));
        QVERIFY(next.ok());
        QVERIFY(waitDrained(reporter));
        QCOMPARE(apiGroup(pg, QStringLiteral("gs"), QStringLiteral("rb")).value(QStringLiteral("tafel_report_outbox_dropped_total")).value(0).second.toDouble(),
                 3.0);
    }

    void killDashNineLosesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("kill.db"));
        { auto db = openAgentDb(path); QVERIFY(db); } // create + migrate first
        QStringList acknowledged;
        for (int round = 0; round < 3; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(WRITER_PATH), {path});
            QVERIFY(writer.waitForStarted(5000));
            QByteArray out;
            QVERIFY(QTest::qWaitFor([&] {
                out += writer.readAllStandardOutput();
                return out.count('\n') >= 150 + round * 37;
            }, 20000));
            ::kill(pid_t(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished(5000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            out += writer.readAllStandardOutput();
            for (const QByteArray &line : out.split('\n')) {
                if (line.startsWith("queued "))
                    acknowledged << QString::fromLatin1(line.mid(7));
            }
        }
        auto db = openAgentDb(path);
        QVERIFY(db);
        auto check = db->integrityCheck();
        QVERIFY(check.ok() && check->isEmpty());
        Outbox probe(*db);
        const QStringList stored = probe.reportIds();
        const QSet<QString> storedSet(stored.cbegin(), stored.cend());
        for (const QString &id : std::as_const(acknowledged))
            QVERIFY2(storedSet.contains(id), qPrintable(id));

        PushgatewayProcess pg;
        QString err;
        QVERIFY2(pg.start(0, &err), qPrintable(err));
        Reporter reporter(*db, fastOptions());
        QVERIFY(reporter.addSink({QStringLiteral("pg"), SinkConfig::Kind::Pushgateway, pg.url()}).ok());
        QSignalSpy delivered(&reporter, &Reporter::delivered);
        QVERIFY(reporter.start().ok());
        QVERIFY(waitDrained(reporter, 60000));
        QCOMPARE(delivered.count(), stored.size());
        QCOMPARE(reporter.outbox().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReportDelivery)
#include "test_report_delivery.moc"
