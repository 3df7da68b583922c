// `tafelctl devices set-password`, `tafelctl room ...` and `tafelctl schedule ...` as processes against a
// temporary database and PJLink / MDC simulators living in this test process on 127.0.0.1, port 0.
#include "displays/mdcsimulator.h"
#include "displays/pjlinksimulator.h"
#include "store/database.h"
#include "store/repositories.h"

#include "tafelctlrunner.h"

#include <QFile>
#include <QRegularExpression>
#include <QTcpServer>

#include <memory>

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

} // namespace

class TestCliRoom final : public QObject {
    Q_OBJECT

private:
    CliOutcome run(const QStringList &args, const QByteArray &stdinData = {})
    {
        return tafel::testing::runTafelctl(*m_dir, QStringList{s("--db"), m_db} + args, stdinData);
    }

    QString addDevice(const QString &room, const QString &name, const QString &kind, const QString &host, const QString &protocol)
    {
        const CliOutcome o = run({s("--json"), s("devices"), s("add"), s("--room"), room, s("--kind"), kind, s("--name"), name, s("--host"), host,
                                  s("--protocol"), protocol});
        if (o.exitCode != 0)
            qWarning() << o.dump();
        return o.object().value(s("id")).toString();
    }

    QList<store::AuditEntry> audit(const QString &action)
    {
        store::OpenOptions options;
        options.createIfMissing = false;
        auto db = store::Database::open(m_db, options);
        if (!db)
            return {};
        auto all = store::AuditLog(**db).list();
        QList<store::AuditEntry> out;
        for (const auto &e : all.valueOr({})) {
            if (e.action == action)
                out.append(e);
        }
        return out;
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

    QByteArray databaseBytes()
    {
        QByteArray all;
        for (const QString &suffix : {QString(), s("-wal")}) {
            QFile f(m_db + suffix);
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = m_dir->filePath(s("tafel.db"));
    }

    void help()
    {
        CliOutcome o = run({s("room"), s("--help")});
        QCOMPARE(o.exitCode, 0);
        for (const char *verb : {"power", "input", "status"})
            QVERIFY2(o.out.contains(QLatin1String(verb)), o.dump());
        o = run({s("schedule"), s("add"), s("--help")});
        QCOMPARE(o.exitCode, 0);
        for (const char *option : {"--room", "--school", "--at", "--days", "--action", "--input", "--label"})
            QVERIFY2(o.out.contains(QLatin1String(option)), o.dump());
        o = run({s("devices"), s("--help")});
        QVERIFY2(o.out.contains(s("set-password")), o.dump());
    }

    void roomPowerWithStoredPasswords()
    {
        PjLinkSimulatorConfig a;
        a.password = s("beamer-geheim");
        a.warmupMs = 1000;
        PjLinkSimulator beamer(a);
        QVERIFY(beamer.listen(QHostAddress::LocalHost, 0));
        PjLinkSimulatorConfig b;
        b.password = s("zweites-geheim");
        b.warmupMs = 800;
        b.pjlinkClass = 1;
        PjLinkSimulator projector(b);
        QVERIFY(projector.listen(QHostAddress::LocalHost, 0));
        MdcSimulator flip(MdcSimulator::Options{});
        QVERIFY(flip.listen(QHostAddress::LocalHost, 0).ok());

        QCOMPARE(run({s("rooms"), s("add"), s("Physik 1")}).exitCode, 0);
        QCOMPARE(run({s("rooms"), s("add"), s("Chemie")}).exitCode, 0);
        const QString beamerId = addDevice(s("Physik 1"), s("Beamer"), s("projector"), hostOf(beamer.port()), s("pjlink"));
        const QString projectorId = addDevice(s("Physik 1"), s("Seitenprojektor"), s("projector"), hostOf(projector.port()), s("pjlink"));
        const QString flipId = addDevice(s("Physik 1"), s("Flip"), s("display"), hostOf(flip.port()), s("mdc"));
        QVERIFY(!beamerId.isEmpty() && !projectorId.isEmpty() && !flipId.isEmpty());

        // Passwords: from a file (by device name) and from standard input (by id); never printed.
        CliOutcome o = run({s("devices"), s("set-password"), s("Beamer"), s("--password-file"), writeFile(s("pw"), "beamer-geheim\n")});
        QVERIFY2(o.exitCode == 0, o.dump());
        QVERIFY2(o.out.contains(s("Stored the password of 'Beamer'")), o.dump());
        o = run({s("--json"), s("devices"), s("set-password"), projectorId}, "zweites-geheim\n");
        QVERIFY2(o.exitCode == 0, o.dump());
        QCOMPARE(o.object().value(s("password")).toString(), s("set"));
        for (const QString &text : {o.out, o.err})
            QVERIFY(!text.contains(s("geheim")));
        const QByteArray stored = databaseBytes();
        QVERIFY(!stored.isEmpty());
        QVERIFY(!stored.contains("beamer-geheim") && !stored.contains("zweites-geheim")); // encrypted at rest
        o = run({s("--json"), s("devices"), s("list")});
        QVERIFY(!o.out.contains(s("geheim")));
        QCOMPARE(audit(s("device.password")).size(), 2);
        QVERIFY(!audit(s("device.password")).first().after.contains(s("secret")));

        // The whole room on, waiting for the warm-up; each display reported.
        o = run({s("--json"), s("room"), s("power"), s("on"), s("physik 1"), s("--wait")});
        QVERIFY2(o.exitCode == 0, o.dump());
        const QJsonArray results = o.array();
        QCOMPARE(results.size(), 3);
        QStringList names;
        for (const QJsonValue &v : results) {
            const QJsonObject r = v.toObject();
            names.append(r.value(s("device")).toString());
            QVERIFY2(r.value(s("ok")).toBool(), o.dump());
            QCOMPARE(r.value(s("power")).toString(), s("on"));
            QVERIFY(r.value(s("error")).isNull());
        }
        names.sort();
        QCOMPARE(names, (QStringList{s("Beamer"), s("Flip"), s("Seitenprojektor")}));
        QCOMPARE(beamer.power(), PowerState::On);
        QCOMPARE(projector.power(), PowerState::On);
        QCOMPARE(flip.state().power, quint8(1));
        QCOMPARE(beamer.authFailures(), 0);
        QCOMPARE(projector.authFailures(), 0);
        const auto entries = audit(s("room.power"));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().after.value(s("action")).toString(), s("power on"));
        QCOMPARE(entries.first().after.value(s("displays")).toArray().size(), 3);

        // Input and status, text output.
        o = run({s("room"), s("input"), s("11"), s("Physik 1")});
        QVERIFY2(o.exitCode == 1, o.dump()); // 0x11 is no MDC input: the Flip fails, the projectors switch
        QVERIFY2(o.out.contains(s("Beamer (") + hostOf(beamer.port()) + s("): input: done")), o.dump());
        QVERIFY2(o.out.contains(s("Flip (") + hostOf(flip.port()) + s("): input: FAILED")), o.dump());
        QVERIFY2(o.err.contains(s("1 of 3 displays in room 'Physik 1' failed")), o.dump());
        QCOMPARE(audit(s("room.input")).size(), 1);

        o = run({s("--json"), s("room"), s("status"), s("Physik 1")});
        QVERIFY2(o.exitCode == 0, o.dump());
        QCOMPARE(o.array().size(), 3);
        for (const QJsonValue &v : o.array()) {
            QCOMPARE(v.toObject().value(s("power")).toString(), s("on"));
            QVERIFY(v.toObject().contains(s("device_id")));
        }

        // Off without waiting: the projectors start cooling.
        o = run({s("room"), s("power"), s("off"), s("Physik 1")});
        QVERIFY2(o.exitCode == 0, o.dump());
        QCOMPARE(beamer.power(), PowerState::Cooling);

        // A room without displays is a clear failure.
        o = run({s("room"), s("power"), s("on"), s("Chemie")});
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains(s("has no displays")), o.dump());
        o = run({s("room"), s("power"), s("on"), s("Keller")});
        QCOMPARE(o.exitCode, 1);
    }

    void roomWithDeadAndWrongPassword()
    {
        PjLinkSimulatorConfig a;
        a.password = s("richtig");
        PjLinkSimulator ok(a);
        QVERIFY(ok.listen(QHostAddress::LocalHost, 0));
        PjLinkSimulator locked(a);
        QVERIFY(locked.listen(QHostAddress::LocalHost, 0));
        quint16 deadPort = 0;
        {
            QTcpServer server;
            QVERIFY(server.listen(QHostAddress::LocalHost, 0));
            deadPort = server.serverPort();
        }
        QCOMPARE(run({s("rooms"), s("add"), s("R1")}).exitCode, 0);
        QVERIFY(!addDevice(s("R1"), s("A"), s("projector"), hostOf(ok.port()), s("pjlink")).isEmpty());
        QVERIFY(!addDevice(s("R1"), s("B"), s("projector"), hostOf(locked.port()), s("pjlink")).isEmpty());
        QVERIFY(!addDevice(s("R1"), s("C"), s("projector"), hostOf(deadPort), s("pjlink")).isEmpty());
        QCOMPARE(run({s("devices"), s("set-password"), s("A")}, "richtig\n").exitCode, 0);
        QCOMPARE(run({s("devices"), s("set-password"), s("B")}, "falsch\n").exitCode, 0);

        const CliOutcome o = run({s("--json"), s("room"), s("power"), s("on"), s("R1"), s("--timeout"), s("2")});
        QCOMPARE(o.exitCode, 1);
        const QJsonArray r = o.array();
        QCOMPARE(r.size(), 3);
        QCOMPARE(r.at(0).toObject().value(s("ok")).toBool(), true);
        QVERIFY2(r.at(1).toObject().value(s("error")).toString().contains(s("refused the password")), o.dump());
        QVERIFY2(r.at(2).toObject().value(s("error")).toString().contains(hostOf(deadPort)), o.dump());
        QCOMPARE(ok.power(), PowerState::Warming);
        QVERIFY(locked.authFailures() <= 2);
        QVERIFY2(o.err.contains(s("2 of 3 displays")), o.dump());
        QCOMPARE(audit(s("room.power")).size(), 1);
    }

    void setPasswordErrors()
    {
        QCOMPARE(run({s("rooms"), s("add"), s("R1")}).exitCode, 0);
        QVERIFY(!addDevice(s("R1"), s("Beamer"), s("projector"), s("127.0.0.1"), s("pjlink")).isEmpty());
        CliOutcome o = run({s("devices"), s("set-password"), s("Beamer"), s("--password-file"), m_dir->filePath(s("missing"))});
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains(s("does not exist")), o.dump());
        o = run({s("devices"), s("set-password"), s("Beamer")}, "");
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains(s("No password given")), o.dump());
        o = run({s("devices"), s("set-password"), s("Nope")}, "x\n");
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains(s("no device 'Nope'")), o.dump());
        // Clear removes the reference again.
        QCOMPARE(run({s("devices"), s("set-password"), s("Beamer")}, "x\n").exitCode, 0);
        o = run({s("devices"), s("set-password"), s("Beamer"), s("--clear")});
        QVERIFY2(o.exitCode == 0, o.dump());
        o = run({s("--json"), s("devices"), s("list")});
        QCOMPARE(o.array().first().toObject().value(s("credential_ref")).toString(), QString());
    }

    void scheduleAddListRemove()
    {
        QCOMPARE(run({s("rooms"), s("add"), s("Physik 1")}).exitCode, 0);
        CliOutcome o = run({s("--json"), s("schedule"), s("add"), s("--room"), s("Physik 1"), s("--at"), s("7:45"), s("--days"), s("mon-fri"),
                            s("--action"), s("on"), s("--label"), s("Morgens")});
        QVERIFY2(o.exitCode == 0, o.dump());
        const QJsonObject morning = o.object();
        const QString morningId = morning.value(s("id")).toString();
        QVERIFY(!morningId.isEmpty());
        QCOMPARE(morning.value(s("time")).toString(), s("07:45"));
        QCOMPARE(morning.value(s("room")).toString(), s("Physik 1"));
        QCOMPARE(morning.value(s("days")).toString(), s("mon-fri"));

        o = run({s("schedule"), s("add"), s("--school"), s("--at"), s("16:30"), s("--action"), s("off")});
        QVERIFY2(o.exitCode == 0, o.dump());
        QVERIFY2(o.out.contains(s("whole school")), o.dump());
        o = run({s("schedule"), s("add"), s("--room"), s("Physik 1"), s("--at"), s("08:00"), s("--days"), s("sat,sun"), s("--action"), s("input"),
                 s("--input"), s("31")});
        QVERIFY2(o.exitCode == 0, o.dump());

        o = run({s("--json"), s("schedule"), s("list")});
        QVERIFY2(o.exitCode == 0, o.dump());
        QJsonArray all = o.array();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).toObject().value(s("time")).toString(), s("07:45")); // sorted by time
        QCOMPARE(all.at(1).toObject().value(s("action")).toString(), s("input"));
        QCOMPARE(all.at(1).toObject().value(s("argument")).toString(), s("31"));
        QCOMPARE(all.at(1).toObject().value(s("days")).toString(), s("sat,sun"));
        QVERIFY(all.at(2).toObject().value(s("room")).isNull());
        for (const QJsonValue &v : all) {
            const QDateTime next = QDateTime::fromString(v.toObject().value(s("next")).toString(), Qt::ISODate);
            QVERIFY2(next.isValid() && next > QDateTime::currentDateTime() && next < QDateTime::currentDateTime().addDays(8), o.dump());
        }

        o = run({s("schedule"), s("list")});
        QVERIFY2(o.exitCode == 0, o.dump());
        const QStringList lines = o.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).contains(s("NEXT")));
        QVERIFY(lines.at(3).contains(s("(whole school)")));
        QVERIFY(lines.at(1).contains(s("Morgens")));

        o = run({s("--json"), s("schedule"), s("remove"), morningId});
        QVERIFY2(o.exitCode == 0, o.dump());
        o = run({s("--json"), s("schedule"), s("list"), s("--room"), s("Physik 1")});
        QCOMPARE(o.array().size(), 2); // the room's input entry and the school-wide one
        o = run({s("schedule"), s("remove"), morningId});
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains(morningId), o.dump());

        QCOMPARE(audit(s("schedule.add")).size(), 3);
        const auto removed = audit(s("schedule.remove"));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().target, morningId);
        QCOMPARE(removed.first().before.value(s("label")).toString(), s("Morgens"));
    }

    void scheduleUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QStringList base{s("schedule"), s("add"), s("--school"), s("--action"), s("off")};
        QTest::newRow("bad-time") << base + QStringList{s("--at"), s("25:00")} << s("The time is missing or not valid");
        QTest::newRow("time-text") << base + QStringList{s("--at"), s("halb fünf")} << s("The time is missing or not valid");
        QTest::newRow("missing-time") << base << s("Missing option --at");
        QTest::newRow("bad-days") << base + QStringList{s("--at"), s("16:30"), s("--days"), s("mon-funday")} << s("--days 'mon-funday'");
        QTest::newRow("no-days") << base + QStringList{s("--at"), s("16:30"), s("--days"), s("")} << s("--days");
        QTest::newRow("room-and-school") << QStringList{s("schedule"), s("add"), s("--school"), s("--room"), s("R"), s("--at"), s("16:30"),
                                                        s("--action"), s("off")}
                                         << s("either --room R or --school");
        QTest::newRow("neither") << QStringList{s("schedule"), s("add"), s("--at"), s("16:30"), s("--action"), s("off")}
                                 << s("either --room R or --school");
        QTest::newRow("bad-action") << QStringList{s("schedule"), s("add"), s("--school"), s("--at"), s("16:30"), s("--action"), s("explode")}
                                    << s("Unknown action 'explode'");
        QTest::newRow("input-without-code") << QStringList{s("schedule"), s("add"), s("--school"), s("--at"), s("16:30"), s("--action"), s("input")}
                                            << s("needs the input");
        QTest::newRow("input-with-off") << base + QStringList{s("--at"), s("16:30"), s("--input"), s("31")} << s("--input only applies");
        QTest::newRow("remove-without-id") << QStringList{s("schedule"), s("remove")} << s("missing an argument");
    }

    void scheduleUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliOutcome o = run(args);
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains(message), o.dump());
        QVERIFY(o.out.isEmpty());
        QVERIFY(!QFile::exists(m_db)); // wrong usage never creates the database
    }

    void scheduleUnknownRoom()
    {
        const CliOutcome o = run({s("schedule"), s("add"), s("--room"), s("Keller"), s("--at"), s("16:30"), s("--action"), s("off")});
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains(s("Keller")), o.dump());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestCliRoom)
#include "tst_cli_room.moc"
