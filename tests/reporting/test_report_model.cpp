// Report model and encoders: series cap, labels, metric names, Prometheus text escaping, grouping key with
// @base64, OTLP JSON shape, Retry-After and partialSuccess parsing, the outbox bound.
#include "otlpreceiver.h"

#include "reporting/encoders.h"
#include "reporting/healthreport.h"
#include "reporting/httpsink.h"
#include "reporting/outbox.h"
#include "store/database.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tafel;
using namespace tafel::reporting;

namespace {
HealthSnapshot sampleSnapshot(int devices)
{
    HealthSnapshot s;
    s.school = QStringLiteral("gs-nord");
    s.room = QStringLiteral("r204");
    s.timestampMs = 1'700'000'000'123;
    s.agentVersion = QStringLiteral("0.1.0");
    s.broadband = BroadbandHealth{95e6, 38e6, 0.012, 0.002, 0.001};
    for (int i = 0; i < devices; ++i) {
        DeviceHealth d;
        d.device = QStringLiteral("dev-%1").arg(i, 3, 10, QLatin1Char('0'));
        d.kind = i % 2 ? QStringLiteral("display") : QStringLiteral("pc");
        d.up = i % 3 != 0;
        d.rttSeconds = 0.001 * i;
        if (i % 2) {
            d.displayPowerOn = true;
            d.lampHours = 1200 + i;
            d.displayError = false;
        }
        s.devices.append(d);
    }
    return s;
}
} // namespace

class TestReportModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void metricNamesAndLabels()
    {
        auto r = buildReport(sampleSnapshot(2));
        QVERIFY(r.ok());
        QSet<QString> names;
        for (const Series &s : r->series) {
            names.insert(s.metric);
            for (const auto &l : s.labels)
                QVERIFY2(QStringList({QStringLiteral("device"), QStringLiteral("kind"), QStringLiteral("version")}).contains(l.first), qPrintable(l.first));
            if (s.metric == QLatin1String(metric::AgentInfo))
                QCOMPARE(s.labels.value(0).first, QStringLiteral("version"));
        }
        const QStringList expected = {
            QStringLiteral("tafel_device_up"), QStringLiteral("tafel_device_rtt_seconds"),
            QStringLiteral("tafel_broadband_download_bits_per_second"), QStringLiteral("tafel_broadband_upload_bits_per_second"),
            QStringLiteral("tafel_broadband_rtt_seconds"), QStringLiteral("tafel_broadband_jitter_seconds"),
            QStringLiteral("tafel_broadband_loss_ratio"), QStringLiteral("tafel_display_power_on"),
            QStringLiteral("tafel_display_lamp_hours"), QStringLiteral("tafel_display_error"), QStringLiteral("tafel_agent_info"),
            QStringLiteral("tafel_report_outbox_size"), QStringLiteral("tafel_report_timestamp_seconds")};
        for (const QString &n : expected)
            QVERIFY2(names.contains(n), qPrintable(n));
        QVERIFY(!buildReport(HealthSnapshot{}).ok());
    }

    void seriesCap_data()
    {
        QTest::addColumn<int>("devices");
        QTest::newRow("few") << 3;
        QTest::newRow("just-fits") << 14; // 9 room series + 7 x 2 + 7 x 5 = 58
        QTest::newRow("too-many") << 200;
    }
    void seriesCap()
    {
        QFETCH(int, devices);
        auto r = buildReport(sampleSnapshot(devices));
        QVERIFY(r.ok());
        QVERIFY(r->series.size() <= HealthReport::MaxSeries);
        if (devices == 200) {
            QVERIFY(r->droppedDevices > 0);
            QVERIFY(r->series.size() > HealthReport::MaxSeries - 5); // filled up, whole devices only
        } else {
            QCOMPARE(r->droppedDevices, 0);
        }
        // The JSON round trip keeps everything (the outbox stores this).
        auto back = HealthReport::fromJson(r->toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->series.size(), r->series.size());
        QCOMPARE(back->id, r->id);
        QCOMPARE(back->timestampMs, r->timestampMs);
    }

    void prometheusText()
    {
        HealthSnapshot s = sampleSnapshot(0);
        DeviceHealth d;
        d.device = QStringLiteral("a\\b\"c\nd");
        d.kind = QStringLiteral("pc");
        d.up = true;
        s.devices.append(d);
        auto r = buildReport(s);
        QVERIFY(r.ok());
        const QString text = QString::fromUtf8(encodePrometheus(*r));
        QVERIFY(text.contains(QLatin1String("# TYPE tafel_device_up gauge\n")));
        QVERIFY(text.contains(QLatin1String("# HELP tafel_device_up ")));
        QVERIFY2(text.contains(QLatin1String("tafel_device_up{school=\"gs-nord\",room=\"r204\",device=\"a\\\\b\\\"c\\nd\",kind=\"pc\"} 1\n")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("tafel_report_timestamp_seconds{school=\"gs-nord\",room=\"r204\"} 1700000000.123")));
        QVERIFY(text.contains(QLatin1String("# TYPE tafel_report_outbox_dropped_total counter\n")));
        QCOMPARE(text.count(QLatin1String("# TYPE tafel_device_up")), 1);
        const QString noGroup = QString::fromUtf8(encodePrometheus(*r, false));
        QVERIFY(!noGroup.contains(QLatin1String("school=")));
        QVERIFY(noGroup.contains(QLatin1String("tafel_agent_info{version=\"0.1.0\"} 1\n")));
    }

    void groupingKey_data()
    {
        QTest::addColumn<QString>("school");
        QTest::addColumn<QString>("room");
        QTest::addColumn<QString>("path");
        QTest::newRow("safe") << "gs-nord" << "r204" << "/metrics/job/tafel/school/gs-nord/room/r204";
        QTest::newRow("slash") << "a/b" << "r1" << "/metrics/job/tafel/school@base64/YS9i/room/r1";
        QTest::newRow("empty") << "s" << "" << "/metrics/job/tafel/school/s/room@base64/=";
        QTest::newRow("umlaut-space") << "Grundschule Süd" << "1.OG" << "/metrics/job/tafel/school@base64/R3J1bmRzY2h1bGUgU8O8ZA/room/1.OG";
        QTest::newRow("url-safe-alphabet") << "?\x3f>" << "r" << "/metrics/job/tafel/school@base64/Pz8-/room/r";
    }
    void groupingKey()
    {
        QFETCH(QString, school);
        QFETCH(QString, room);
        QFETCH(QString, path);
        QCOMPARE(groupingKeyPath(school, room), path);
    }

    void otlpJson()
    {
        auto r = buildReport(sampleSnapshot(3));
        QVERIFY(r.ok());
        const QJsonObject root = QJsonDocument::fromJson(encodeOtlpJson(*r)).object();
        QString id;
        const QStringList problems = testing::validateOtlp(root, &id);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(id, r->id);
        const QJsonObject dp = root[QStringLiteral("resourceMetrics")][0][QStringLiteral("scopeMetrics")][0][QStringLiteral("metrics")][0]
                                   [QStringLiteral("gauge")][QStringLiteral("dataPoints")][0].toObject();
        QCOMPARE(dp.value(QStringLiteral("timeUnixNano")).toString(), QStringLiteral("1700000000123000000"));
    }

    void retryAfterAndPartialSuccess()
    {
        QCOMPARE(parseRetryAfter("7", 0), 7000);
        QCOMPARE(parseRetryAfter("junk", 0), -1);
        const QDateTime now = QDateTime::fromString(QStringLiteral("2026-11-26T16:00:00Z"), Qt::ISODate);
        QCOMPARE(parseRetryAfter("Thu, 26 Nov 2026 16:00:30 GMT", now.toMSecsSinceEpoch()), 30000);
        SendResult r;
        parsePartialSuccess(R"({"partialSuccess":{"rejectedDataPoints":"3","errorMessage":"old"}})", r);
        QCOMPARE(r.rejectedDataPoints, 3);
        QCOMPARE(r.partialSuccessMessage, QStringLiteral("old"));
        SendResult empty;
        parsePartialSuccess("{}", empty);
        QCOMPARE(empty.rejectedDataPoints, 0);
    }

    // Agent schema step 2 (the outbox) on top of a step-1 agent.db: the audit trail survives, the outbox works.
    void migrationFromAgentSchemaV1()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("agent.db"));
        {
            store::OpenOptions o;
            o.schema = store::Schema::Agent;
            o.targetVersion = 1;
            auto v1 = store::Database::open(path, o);
            QVERIFY2(v1.ok(), qPrintable(v1.errorString()));
            QCOMPARE((*v1)->schemaVersion(), 1);
            QSqlQuery q((*v1)->connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO agent_audit (at_ms, outcome) VALUES (42, 'ok')")));
        }
        store::OpenOptions o;
        o.schema = store::Schema::Agent;
        auto db = store::Database::open(path, o);
        QVERIFY2(db.ok(), qPrintable(db.errorString()));
        QVERIFY((*db)->schemaVersion() >= 2);
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT at_ms FROM agent_audit")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), 42);
        Outbox outbox(**db);
        auto r = buildReport(sampleSnapshot(1));
        QVERIFY(r.ok());
        QVERIFY(outbox.enqueue(*r, {QStringLiteral("pg")}).ok());
        QCOMPARE(outbox.reportIds(), QStringList{r->id});
    }

    void outboxBoundDropsOldestFirst()
    {
        QTemporaryDir dir;
        store::OpenOptions o;
        o.schema = store::Schema::Agent;
        auto db = store::Database::open(dir.filePath(QStringLiteral("agent.db")), o);
        QVERIFY2(db.ok(), qPrintable(db.errorString()));
        Outbox outbox(**db, 5);
        QStringList ids;
        for (int i = 0; i < 8; ++i) {
            auto r = buildReport(sampleSnapshot(1));
            QVERIFY(r.ok());
            ids << r->id;
            QVERIFY(outbox.enqueue(*r, {QStringLiteral("pg"), QStringLiteral("otlp")}).ok());
        }
        QCOMPARE(outbox.size(), 5);
        QCOMPARE(outbox.dropped(), 3);
        QCOMPARE(outbox.reportIds(), ids.mid(3));
        QCOMPARE(outbox.pendingFor(QStringLiteral("pg")), 5);
        // A report leaves only when every sink is done with it.
        auto first = outbox.next(QStringLiteral("pg"));
        QVERIFY(first.ok() && first->has_value());
        QCOMPARE((*first)->reportId, ids.at(3));
        QVERIFY(outbox.markDone((*first)->row, QStringLiteral("pg")).ok());
        QCOMPARE(outbox.size(), 5);
        QVERIFY(outbox.markDone((*first)->row, QStringLiteral("otlp")).ok());
        QCOMPARE(outbox.size(), 4);
        // Unconfigured sinks are forgotten.
        QVERIFY(outbox.keepOnlySinks({QStringLiteral("otlp")}).ok());
        QCOMPARE(outbox.pendingFor(QStringLiteral("pg")), 0);
        QCOMPARE(outbox.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestReportModel)
#include "test_report_model.moc"
