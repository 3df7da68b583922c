// `tafelctl display ...` as a process against PJLink and MDC simulators living in this test process on
// 127.0.0.1, port 0. Discovery is sent only to the simulator's loopback UDP port (never a broadcast).
#include "displays/mdcsimulator.h"
#include "displays/pjlinksimulator.h"
#include "store/database.h"
#include "store/repositories.h"

#include "tafelctlrunner.h"

#include <QFile>
#include <QTcpServer>

#include <memory>
#include <vector>

using namespace tafel;
using namespace tafel::displays;
using tafel::testing::CliOutcome;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QString hostOf(quint16 port)
{
    return QStringLiteral("127.0.0.1:%1").arg(port);
}

// A loopback port nobody listens on (bound, then released).
quint16 deadPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class TestCliDisplay final : public QObject {
    Q_OBJECT

private:
    CliOutcome run(const QStringList &args, int timeoutMs = 25000)
    {
        return tafel::testing::runTafelctl(*m_dir, args, {}, timeoutMs);
    }

    std::unique_ptr<PjLinkSimulator> startPjLink(PjLinkSimulatorConfig config = {})
    {
        auto sim = std::make_unique<PjLinkSimulator>(config);
        if (!sim->listen(QHostAddress::LocalHost, 0))
            qWarning() << "simulator:" << sim->errorString();
        return sim;
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return path;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void help()
    {
        const CliOutcome o = run({s("display"), s("--help")});
        QCOMPARE(o.exitCode, 0);
        for (const char *verb : {"status", "power", "input", "mute", "freeze", "volume", "discover"})
            QVERIFY2(o.out.contains(QLatin1String(verb)), o.dump());
        const CliOutcome st = run({s("display"), s("status"), s("--help")});
        QCOMPARE(st.exitCode, 0);
        for (const char *option : {"--protocol", "--password-file", "--mdc-id", "--timeout", "HOST..."})
            QVERIFY2(st.out.contains(QLatin1String(option)), st.dump());
    }

    void statusPjLinkClass2Json()
    {
        PjLinkSimulatorConfig config;
        config.password = s("JBMIAProjectorLink");
        auto sim = startPjLink(config);
        sim->setPower(PowerState::On);
        ErrorFlags errors;
        errors.filter = Health::Warning;
        errors.lamp = Health::Error;
        sim->setErrors(errors);
        const QString pwFile = writeFile(s("pw"), "JBMIAProjectorLink\nsecond line ignored\n");

        const CliOutcome o = run({s("--json"), s("display"), s("status"), hostOf(sim->port()), s("--password-file"), pwFile});
        QVERIFY2(o.exitCode == 0, o.dump());
        QVERIFY(!o.out.contains(s("JBMIAProjectorLink")));
        const QJsonArray all = o.array();
        QCOMPARE(all.size(), 1);
        const QJsonObject d = all.first().toObject();
        QStringList expectedKeys{s("target"), s("protocol"), s("class"),  s("power"), s("input"), s("inputs"), s("video_muted"), s("audio_muted"),
                                 s("frozen"), s("errors"),   s("lamps"),  s("name"),  s("manufacturer"), s("model"), s("serial"), s("resolution"),
                                 s("error")};
        expectedKeys.sort();
        QCOMPARE(d.keys(), expectedKeys);
        QCOMPARE(d.value(s("target")).toString(), hostOf(sim->port()));
        QCOMPARE(d.value(s("protocol")).toString(), s("pjlink"));
        QCOMPARE(d.value(s("class")).toInt(), 2);
        QCOMPARE(d.value(s("power")).toString(), s("on"));
        QCOMPARE(d.value(s("input")).toString(), s("31"));
        QCOMPARE(d.value(s("inputs")).toArray(), QJsonArray({s("11"), s("31"), s("32"), s("52")}));
        QCOMPARE(d.value(s("video_muted")), QJsonValue(false));
        QCOMPARE(d.value(s("audio_muted")), QJsonValue(false));
        QCOMPARE(d.value(s("frozen")), QJsonValue(false));
        const QJsonObject e = d.value(s("errors")).toObject();
        QCOMPARE(e.keys(), (QStringList{s("cover"), s("fan"), s("filter"), s("lamp"), s("other"), s("temperature")}));
        QCOMPARE(e.value(s("fan")).toString(), s("ok"));
        QCOMPARE(e.value(s("lamp")).toString(), s("error"));
        QCOMPARE(e.value(s("filter")).toString(), s("warning"));
        const QJsonArray lamps = d.value(s("lamps")).toArray();
        QCOMPARE(lamps.size(), 1);
        QCOMPARE(lamps.first().toObject().value(s("hours")).toInt(), 1234);
        QVERIFY(lamps.first().toObject().value(s("on")).isBool());
        QCOMPARE(d.value(s("name")).toString(), s("Tafel Demo Projector"));
        QCOMPARE(d.value(s("manufacturer")).toString(), s("Tafel"));
        QCOMPARE(d.value(s("model")).toString(), s("SIM-2000"));
        QCOMPARE(d.value(s("serial")).toString(), s("SIM0001"));
        QCOMPARE(d.value(s("resolution")).toString(), s("1920x1080"));
        QVERIFY(d.value(s("error")).isNull());
        QCOMPARE(sim->authFailures(), 0);
    }

    void statusPjLinkHumanOutput()
    {
        PjLinkSimulatorConfig config;
        config.password = s("geheim");
        auto sim = startPjLink(config);
        const CliOutcome o = run({s("display"), s("status"), hostOf(sim->port()), s("--password"), s("geheim")});
        QVERIFY2(o.exitCode == 0, o.dump());
        QVERIFY2(o.out.startsWith(hostOf(sim->port()) + s(" (PJLink class 2)")), o.dump());
        for (const char *line : {"Power:", "standby", "Inputs:", "31 HDMI 1", "Errors:", "none", "Lamps:", "1234 h", "Model:", "SIM-2000"})
            QVERIFY2(o.out.contains(QLatin1String(line)), o.dump());
        QVERIFY(!o.out.contains(s("geheim")) && !o.err.contains(s("geheim")));
        QVERIFY(o.err.isEmpty());

        // Switched on, the display also tells its input (with the name from INNM) and mute state.
        sim->setPower(PowerState::On);
        const CliOutcome on = run({s("display"), s("status"), hostOf(sim->port()), s("--password"), s("geheim")});
        QVERIFY2(on.exitCode == 0, on.dump());
        for (const char *line : {"Power:", "on", "Input:", "31 (HDMI 1)", "Video muted:", "no", "Frozen:"})
            QVERIFY2(on.out.contains(QLatin1String(line)), on.dump());
    }

    void statusClass1()
    {
        PjLinkSimulatorConfig config;
        config.pjlinkClass = 1;
        auto sim = startPjLink(config);
        const CliOutcome o = run({s("--json"), s("display"), s("status"), hostOf(sim->port())});
        QVERIFY2(o.exitCode == 0, o.dump());
        const QJsonObject d = o.array().first().toObject();
        QCOMPARE(d.value(s("class")).toInt(), 1);
        QCOMPARE(d.value(s("power")).toString(), s("standby"));
        QVERIFY(d.value(s("frozen")).isNull());     // class 2 only
        QVERIFY(d.value(s("serial")).isNull());     // class 2 only
        QVERIFY(d.value(s("resolution")).isNull()); // class 2 only
        QVERIFY(d.value(s("error")).isNull());
    }

    void statusMdcJson()
    {
        MdcSimulator::Options options;
        options.displayId = 3;
        MdcSimulator sim(options);
        QVERIFY(sim.listen(QHostAddress::LocalHost, 0).ok());
        MdcSimulator::State state = sim.state();
        state.power = 1;
        state.mute = true;
        sim.setState(state);

        const CliOutcome o = run({s("--json"), s("display"), s("status"), s("--protocol"), s("mdc"), s("--mdc-id"), s("3"), hostOf(sim.port())});
        QVERIFY2(o.exitCode == 0, o.dump());
        const QJsonObject d = o.array().first().toObject();
        QCOMPARE(d.keys().size(), 17);
        QCOMPARE(d.value(s("protocol")).toString(), s("mdc"));
        QVERIFY(d.value(s("class")).isNull());
        QCOMPARE(d.value(s("power")).toString(), s("on"));
        QCOMPARE(d.value(s("input")).toString(), s("0x21"));
        QCOMPARE(d.value(s("audio_muted")), QJsonValue(true));
        QVERIFY(d.value(s("inputs")).toArray().contains(s("0x21")));
        QCOMPARE(d.value(s("manufacturer")).toString(), s("Samsung"));
        QCOMPARE(d.value(s("serial")).toString(), s("0M2S3CAR900042X"));
        QVERIFY(!d.value(s("model")).toString().isEmpty());
        QCOMPARE(d.value(s("errors")).toObject().value(s("fan")).toString(), s("ok"));
        QVERIFY(d.value(s("error")).isNull());

        // The wrong display id is an error naming the mismatch, not a hang.
        const CliOutcome wrongId = run({s("--json"), s("display"), s("status"), s("--protocol"), s("mdc"), hostOf(sim.port()), s("--timeout"), s("2")});
        QCOMPARE(wrongId.exitCode, 1);
        QVERIFY2(!wrongId.array().first().toObject().value(s("error")).toString().isEmpty(), wrongId.dump());
    }

    void powerOnWaitsThroughWarmup()
    {
        PjLinkSimulatorConfig config;
        config.warmupMs = 1500;
        config.password = s("pw");
        auto sim = startPjLink(config);
        const CliOutcome o = run({s("--json"), s("display"), s("power"), s("on"), hostOf(sim->port()), s("--password"), s("pw"), s("--wait")});
        QVERIFY2(o.exitCode == 0, o.dump());
        const QJsonObject d = o.array().first().toObject();
        QCOMPARE(d.value(s("ok")).toBool(), true);
        QCOMPARE(d.value(s("power")).toString(), s("on"));
        QCOMPARE(d.value(s("action")).toString(), s("power on"));
        QVERIFY2(d.value(s("elapsed_ms")).toInteger() >= 1400, o.dump());
        QCOMPARE(sim->power(), PowerState::On);

        // Without --wait the command returns as soon as the display accepted it (warming up).
        sim->setPower(PowerState::Standby);
        const CliOutcome quick = run({s("display"), s("power"), s("on"), hostOf(sim->port()), s("--password"), s("pw")});
        QVERIFY2(quick.exitCode == 0, quick.dump());
        QVERIFY2(quick.out.contains(hostOf(sim->port()) + s(": power on: done")), quick.dump());
        QCOMPARE(sim->power(), PowerState::Warming);
    }

    void changes()
    {
        auto sim = startPjLink();
        sim->setPower(PowerState::On);
        const QString host = hostOf(sim->port());
        CliOutcome o = run({s("display"), s("input"), s("32"), host});
        QVERIFY2(o.exitCode == 0, o.dump());
        QVERIFY2(o.out.contains(s("input: 32")), o.dump());
        o = run({s("display"), s("mute"), s("all"), s("on"), host});
        QVERIFY2(o.exitCode == 0, o.dump());
        QVERIFY(sim->videoMuted() && sim->audioMuted());
        o = run({s("display"), s("mute"), s("video"), s("off"), host});
        QVERIFY2(o.exitCode == 0, o.dump());
        QVERIFY(!sim->videoMuted() && sim->audioMuted());
        o = run({s("display"), s("freeze"), s("on"), host});
        QVERIFY2(o.exitCode == 0, o.dump());
        QVERIFY(sim->frozen());
        const int volume = sim->speakerVolume();
        o = run({s("display"), s("volume"), s("up"), host, s("--steps"), s("2")});
        QVERIFY2(o.exitCode == 0, o.dump());
        QCOMPARE(sim->speakerVolume(), volume + 2);
        // A bad input code is the display's (or the driver's) clear refusal: exit 1.
        o = run({s("display"), s("input"), s("99"), host});
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.out.contains(s("FAILED")), o.dump());
    }

    void wrongPassword()
    {
        PjLinkSimulatorConfig config;
        config.password = s("right");
        auto sim = startPjLink(config);
        const CliOutcome o = run({s("display"), s("status"), hostOf(sim->port()), s("--password"), s("wrong-secret")});
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.out.contains(s("refused the password")), o.dump());
        QVERIFY2(o.out.contains(hostOf(sim->port())), o.dump());
        QVERIFY(!o.out.contains(s("wrong-secret")) && !o.err.contains(s("wrong-secret")));
        QVERIFY2(sim->authFailures() <= 2, qPrintable(QString::number(sim->authFailures()))); // SHA, then at most one MD5 try; no loop

        const CliOutcome missing = run({s("--json"), s("display"), s("power"), s("on"), hostOf(sim->port())});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.array().first().toObject().value(s("error")).toString().contains(s("password")), missing.dump());
    }

    void deadHost()
    {
        const quint16 port = deadPort();
        QVERIFY(port);
        const CliOutcome o = run({s("display"), s("status"), hostOf(port)});
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.out.contains(hostOf(port)), o.dump());
        QVERIFY2(o.out.contains(s("refuses connections")), o.dump());
        QVERIFY2(o.err.contains(s("tafelctl: ")), o.dump());

        // An open port that never says anything: "does not answer" after --timeout.
        PjLinkSimulatorConfig config;
        config.quirks.neverReply = true;
        auto hole = startPjLink(config);
        const CliOutcome h = run({s("--json"), s("display"), s("power"), s("off"), hostOf(hole->port()), s("--timeout"), s("1")});
        QCOMPARE(h.exitCode, 1);
        const QString error = h.array().first().toObject().value(s("error")).toString();
        QVERIFY2(error.contains(s("does not answer")) && error.contains(hostOf(hole->port())), h.dump());
        QVERIFY2(h.elapsedMs < 15000, h.dump());
    }

    void severalHostsInParallel()
    {
        PjLinkSimulatorConfig config;
        config.latencyMs = 150;
        auto a = startPjLink(config);
        auto b = startPjLink(config);
        const quint16 dead = deadPort();
        const CliOutcome o = run({s("--json"), s("display"), s("status"), hostOf(a->port()), hostOf(dead), hostOf(b->port())});
        QCOMPARE(o.exitCode, 1);
        const QJsonArray all = o.array();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).toObject().value(s("target")).toString(), hostOf(a->port()));
        QVERIFY(all.at(0).toObject().value(s("error")).isNull());
        QCOMPARE(all.at(0).toObject().value(s("power")).toString(), s("standby"));
        QCOMPARE(all.at(1).toObject().value(s("target")).toString(), hostOf(dead));
        QVERIFY(all.at(1).toObject().value(s("error")).toString().contains(hostOf(dead)));
        QCOMPARE(all.at(1).toObject().value(s("power")).toString(), s("unknown"));
        QVERIFY(all.at(2).toObject().value(s("error")).isNull());
        QVERIFY2(o.err.contains(s("1 of 3 displays failed")), o.dump());
    }

    void parallelNotSequential()
    {
        // Every reply takes 400 ms: three displays switched one after the other would take three times as long
        // as one.
        PjLinkSimulatorConfig config;
        config.latencyMs = 400;
        std::vector<std::unique_ptr<PjLinkSimulator>> sims;
        QStringList hosts;
        for (int i = 0; i < 3; ++i) {
            sims.push_back(startPjLink(config));
            hosts.append(hostOf(sims.back()->port()));
        }
        const CliOutcome one = run({s("--json"), s("display"), s("power"), s("on"), hosts.first()});
        QVERIFY2(one.exitCode == 0, one.dump());
        const qint64 single = one.array().first().toObject().value(s("elapsed_ms")).toInteger();
        QVERIFY(single >= 400);
        sims.front()->setPower(PowerState::Standby);

        const CliOutcome all = run(QStringList{s("--json"), s("display"), s("power"), s("on")} + hosts);
        QVERIFY2(all.exitCode == 0, all.dump());
        qint64 slowest = 0;
        for (const QJsonValue &v : all.array())
            slowest = qMax(slowest, v.toObject().value(s("elapsed_ms")).toInteger());
        QVERIFY2(slowest < 2 * single, qPrintable(QStringLiteral("one display %1 ms, three %2 ms").arg(single).arg(slowest)));
        for (const auto &sim : sims)
            QCOMPARE(sim->power(), PowerState::Warming);
    }

    void ipv6Target()
    {
        PjLinkSimulator sim;
        if (!sim.listen(QHostAddress::LocalHostIPv6, 0))
            QSKIP("no IPv6 loopback here");
        const QString host = QStringLiteral("[::1]:%1").arg(sim.port());
        const CliOutcome o = run({s("--json"), s("display"), s("status"), host});
        QVERIFY2(o.exitCode == 0, o.dump());
        QCOMPARE(o.array().first().toObject().value(s("target")).toString(), host);
    }

    void discover()
    {
        auto sim = startPjLink();
        QVERIFY(sim->listenUdp(0));
        const CliOutcome o = run({s("--json"), s("display"), s("discover"), s("--address"), s("127.0.0.1"), s("--port"),
                                  QString::number(sim->udpPort()), s("--timeout"), s("1")});
        QVERIFY2(o.exitCode == 0, o.dump());
        const QJsonArray found = o.array();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().toObject().value(s("mac")).toString(), s("02:00:00:00:43:52"));
        QCOMPARE(found.first().toObject().value(s("address")).toString(), s("127.0.0.1"));

        const CliOutcome text = run({s("display"), s("discover"), s("--address"), s("127.0.0.1"), s("--port"), QString::number(sim->udpPort()),
                                     s("--timeout"), s("0.5")});
        QVERIFY2(text.exitCode == 0, text.dump());
        QVERIFY2(text.out.startsWith(s("MAC")) && text.out.contains(s("02:00:00:00:43:52  127.0.0.1")), text.dump());
    }

    void mdcSecuredPin()
    {
        MdcSimulator::Options options;
        options.secured = true;
        options.pin = s("4711");
        MdcSimulator sim(options);
        QVERIFY(sim.listen(QHostAddress::LocalHost, 0).ok());
        const QString pinFile = writeFile(s("pin"), "4711\n");
        const CliOutcome o = run({s("--json"), s("display"), s("power"), s("on"), s("--protocol"), s("mdc"), s("--password-file"), pinFile, hostOf(sim.port())});
        QVERIFY2(o.exitCode == 0, o.dump());
        QCOMPARE(sim.state().power, quint8(1));
        QVERIFY(!o.out.contains(s("4711")));

        const CliOutcome wrong = run({s("display"), s("status"), s("--protocol"), s("mdc"), s("--password"), s("0000"), hostOf(sim.port())});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.out.contains(s("PIN")), wrong.dump());
        QCOMPARE(sim.authFailureCount(), 1);
    }

    void auditOnlyIntoAnExistingDatabase()
    {
        auto sim = startPjLink();
        const QString db = m_dir->filePath(s("school.db"));
        // No database: switching a display by address does not create one.
        CliOutcome o = run({s("--db"), db, s("display"), s("power"), s("on"), hostOf(sim->port())});
        QVERIFY2(o.exitCode == 0, o.dump());
        QVERIFY(!QFile::exists(db));
        // With the school's database, the change is in its audit log.
        QCOMPARE(run({s("--db"), db, s("rooms"), s("list")}).exitCode, 0);
        o = run({s("--db"), db, s("display"), s("power"), s("off"), hostOf(sim->port())});
        QVERIFY2(o.exitCode == 0, o.dump());
        store::OpenOptions options;
        options.createIfMissing = false;
        auto opened = store::Database::open(db, options);
        QVERIFY(opened.ok());
        const auto entries = store::AuditLog(**opened).list();
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().action, s("display.power"));
        QCOMPARE(entries->first().target, hostOf(sim->port()));
        QCOMPARE(entries->first().after.value(s("action")).toString(), s("power off"));
        QCOMPARE(entries->first().actor, s("tester"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no-host") << QStringList{s("display"), s("status")} << s("missing an argument");
        QTest::newRow("bad-protocol") << QStringList{s("display"), s("status"), s("h"), s("--protocol"), s("telnet")} << s("Unknown protocol 'telnet'");
        QTest::newRow("both-passwords") << QStringList{s("display"), s("status"), s("h"), s("--password"), s("x"), s("--password-file"), s("f")}
                                        << s("not both");
        QTest::newRow("missing-password-file") << QStringList{s("display"), s("status"), s("h"), s("--password-file"), s("/nonexistent/pw")}
                                               << s("/nonexistent/pw does not exist");
        QTest::newRow("bad-host") << QStringList{s("display"), s("status"), s("not a host")} << s("not a valid host");
        QTest::newRow("bad-port") << QStringList{s("display"), s("status"), s("127.0.0.1:99999")} << s("port");
        QTest::newRow("power-maybe") << QStringList{s("display"), s("power"), s("maybe"), s("h")} << s("'on' or 'off'");
        QTest::newRow("power-no-host") << QStringList{s("display"), s("power"), s("on")} << s("missing an argument");
        QTest::newRow("mute-what") << QStringList{s("display"), s("mute"), s("sound"), s("on"), s("h")} << s("'video', 'audio' or 'all'");
        QTest::newRow("volume-sideways") << QStringList{s("display"), s("volume"), s("sideways"), s("h")} << s("'up' or 'down'");
        QTest::newRow("mdc-id-range") << QStringList{s("display"), s("status"), s("--protocol"), s("mdc"), s("--mdc-id"), s("300"), s("h")}
                                      << s("--mdc-id");
        QTest::newRow("mdc-id-pjlink") << QStringList{s("display"), s("status"), s("--mdc-id"), s("2"), s("h")} << s("--protocol mdc");
        QTest::newRow("timeout") << QStringList{s("display"), s("status"), s("h"), s("--timeout"), s("0")} << s("--timeout");
        QTest::newRow("wait-timeout-without-wait") << QStringList{s("display"), s("power"), s("on"), s("h"), s("--wait-timeout"), s("5")}
                                                   << s("--wait");
        QTest::newRow("discover-address") << QStringList{s("display"), s("discover"), s("--address"), s("localhost.example")} << s("IP address");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliOutcome o = run(args);
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains(message), o.dump());
        QVERIFY(o.out.isEmpty());
    }

    void emptyPasswordFile()
    {
        const QString path = writeFile(s("empty"), "\n");
        const CliOutcome o = run({s("display"), s("status"), s("127.0.0.1:1"), s("--password-file"), path});
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains(s("is empty")), o.dump());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestCliDisplay)
#include "tst_cli_display.moc"
