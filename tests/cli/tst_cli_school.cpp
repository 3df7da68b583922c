// `tafelctl school health` against 3 REAL tafel-agent processes for 3 rooms (ok, degraded, down) and a room without
// an agent: the states, reasons, device counts and data age in --json; exit 0 while every agent answers, 1 once an
// agent is killed (that room "unreachable", the others still reported); 2 for a bad command line.
#include "../agent/schoolagents.h"
#include "tafelctlrunner.h"

#include <QCoreApplication>
#include <QTest>

using namespace tafel;

class CliSchoolTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void healthOfEveryRoom();
    void humanTable();
    void killedAgentIsUnreachable();
    void badUsage();

private:
    QJsonObject roomNamed(const QJsonArray &rooms, const QString &name) const;
    testing::CliOutcome health(const QStringList &extra = {});

    QTemporaryDir m_dir;
    std::unique_ptr<testing::SchoolAgents> m_school;
};

void CliSchoolTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_school = std::make_unique<testing::SchoolAgents>(m_dir);
    QVERIFY(m_school->init());
    QByteArray why;
    QVERIFY2(m_school->addRoom(QStringLiteral("Raum 101"), {{QStringLiteral("Tafel 101"), DeviceKind::Display, true}}, &why), why.constData());
    QVERIFY2(m_school->addRoom(QStringLiteral("Raum 102"), {{QStringLiteral("Tafel 102"), DeviceKind::Display, true},
                                                            {QStringLiteral("Switch 102"), DeviceKind::Switch, false}}, &why), why.constData());
    QVERIFY2(m_school->addRoom(QStringLiteral("Raum 103"), {{QStringLiteral("Beamer 103"), DeviceKind::Projector, false}}, &why), why.constData());
    QVERIFY(!m_school->addEmptyRoom(QStringLiteral("Abstellraum")).isEmpty());
}

QJsonObject CliSchoolTest::roomNamed(const QJsonArray &rooms, const QString &name) const
{
    for (const QJsonValue &v : rooms)
        if (v[QStringLiteral("room")].toString() == name)
            return v.toObject();
    return {};
}

testing::CliOutcome CliSchoolTest::health(const QStringList &extra)
{
    return testing::runTafelctl(m_dir, QStringList{QStringLiteral("--db"), m_school->dbPath(), QStringLiteral("school"), QStringLiteral("health"),
                                                   QStringLiteral("--key"), m_school->keyFile()} + extra);
}

void CliSchoolTest::healthOfEveryRoom()
{
    // The agents need DownAfter=2 probes (1 s apart) before a device is down: ask until the states settle.
    testing::CliOutcome out;
    const auto settled = [&] {
        out = health({QStringLiteral("--json")});
        const QJsonArray a = out.array();
        return roomNamed(a, QStringLiteral("Raum 101"))[QStringLiteral("state")].toString() == QLatin1String("ok")
               && roomNamed(a, QStringLiteral("Raum 102"))[QStringLiteral("state")].toString() == QLatin1String("degraded")
               && roomNamed(a, QStringLiteral("Raum 103"))[QStringLiteral("state")].toString() == QLatin1String("down");
    };
    QTRY_VERIFY2_WITH_TIMEOUT(settled(), out.dump().constData(), 30000);
    QCOMPARE(out.exitCode, 0);
    const QJsonArray rooms = out.array();
    QCOMPARE(rooms.size(), 4);
    const QJsonObject degraded = roomNamed(rooms, QStringLiteral("Raum 102"));
    QVERIFY(degraded[QStringLiteral("agent_reachable")].toBool());
    QCOMPARE(degraded[QStringLiteral("agent")].toString(), QStringLiteral("PC Raum 102"));
    QCOMPARE(degraded[QStringLiteral("devices_ok")].toInt(), 1);
    QCOMPARE(degraded[QStringLiteral("devices_down")].toInt(), 1);
    QVERIFY2(degraded[QStringLiteral("reason")].toString().contains(QStringLiteral("Switch 102")), qPrintable(degraded[QStringLiteral("reason")].toString()));
    QVERIFY(degraded[QStringLiteral("broadband")].isNull()); // no broadband server configured: no value, not a zero
    QVERIFY(degraded[QStringLiteral("data_age_secs")].toDouble(-1) >= 0);
    QVERIFY(degraded[QStringLiteral("data_age_secs")].toDouble() < 60);
    const QJsonObject down = roomNamed(rooms, QStringLiteral("Raum 103"));
    QCOMPARE(down[QStringLiteral("devices_down")].toInt(), 1);
    QCOMPARE(down[QStringLiteral("displays_not_answering")].toInt(), 1);
    const QJsonObject empty = roomNamed(rooms, QStringLiteral("Abstellraum"));
    QCOMPARE(empty[QStringLiteral("state")].toString(), QStringLiteral("no-agent"));
    QCOMPARE(empty[QStringLiteral("agents")].toInt(), 0);
    // --room narrows it down.
    auto one = health({QStringLiteral("--json"), QStringLiteral("--room"), QStringLiteral("Raum 101")});
    QCOMPARE(one.exitCode, 0);
    QCOMPARE(one.array().size(), 1);
    QCOMPARE(one.array().at(0)[QStringLiteral("state")].toString(), QStringLiteral("ok"));
}

void CliSchoolTest::humanTable()
{
    auto out = health();
    QVERIFY2(out.exitCode == 0, out.dump().constData());
    QVERIFY2(out.out.contains(QStringLiteral("ROOM")) && out.out.contains(QStringLiteral("DATA AGE")), out.dump().constData());
    QVERIFY2(out.out.contains(QStringLiteral("Raum 102")) && out.out.contains(QStringLiteral("degraded")), out.dump().constData());
    QVERIFY2(out.out.contains(QStringLiteral("1 up, 1 down")), out.dump().constData());
}

void CliSchoolTest::killedAgentIsUnreachable()
{
    QVERIFY(m_school->kill(1));
    auto out = health({QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("3000")});
    QVERIFY2(out.exitCode == 1, out.dump().constData());
    const QJsonArray rooms = out.array();
    QCOMPARE(rooms.size(), 4); // the others are still reported
    const QJsonObject gone = roomNamed(rooms, QStringLiteral("Raum 102"));
    QCOMPARE(gone[QStringLiteral("state")].toString(), QStringLiteral("unreachable"));
    QVERIFY(!gone[QStringLiteral("agent_reachable")].toBool());
    QVERIFY(!gone[QStringLiteral("error")].toString().isEmpty());
    QVERIFY(!gone.contains(QStringLiteral("devices_ok"))); // no stale data
    QCOMPARE(roomNamed(rooms, QStringLiteral("Raum 101"))[QStringLiteral("state")].toString(), QStringLiteral("ok"));
    QCOMPARE(roomNamed(rooms, QStringLiteral("Raum 103"))[QStringLiteral("state")].toString(), QStringLiteral("down"));
    auto table = health();
    QCOMPARE(table.exitCode, 1);
    QVERIFY2(table.out.contains(QStringLiteral("UNREACHABLE")), table.dump().constData());
}

void CliSchoolTest::badUsage()
{
    auto noKey = testing::runTafelctl(m_dir, {QStringLiteral("--db"), m_school->dbPath(), QStringLiteral("school"), QStringLiteral("health")});
    QVERIFY2(noKey.exitCode == 2, noKey.dump().constData());
    QVERIFY(noKey.err.contains(QStringLiteral("--key")));
    auto badTimeout = health({QStringLiteral("--timeout"), QStringLiteral("soon")});
    QCOMPARE(badTimeout.exitCode, 2);
    auto unknownRoom = health({QStringLiteral("--room"), QStringLiteral("Raum 999")});
    QCOMPARE(unknownRoom.exitCode, 1);
    auto help = testing::runTafelctl(m_dir, {QStringLiteral("school"), QStringLiteral("health"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("--key")));
}

QTEST_MAIN(CliSchoolTest)
#include "tst_cli_school.moc"
