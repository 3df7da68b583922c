// Schedules from a real SQLite store switch real (simulated) displays, with stored encrypted passwords,
// and every run lands in the audit log.
#include "classroom/inventorydisplays.h"
#include "classroom/schedulerunner.h"
#include "displays/pjlinksimulator.h"
#include "store/credentials.h"
#include "store/database.h"
#include "store/repositories.h"
#include "store/schedulerepository.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tafel;
using namespace tafel::displays;

class ScheduleRunnerTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void inventoryDisplaysDecryptsPasswords();
    void dueEntrySwitchesRoom();
    void schoolWideEntryAndUnreachableDisplay();

private:
    Device addDisplay(const QString &room, const QString &name, quint16 port, const QString &password = {})
    {
        Device d;
        d.roomId = room;
        d.kind = DeviceKind::Projector;
        d.name = name;
        d.host = QStringLiteral("127.0.0.1");
        d.port = port;
        d.protocol = QStringLiteral("pjlink");
        if (!password.isEmpty())
            d.credentialRef = *store::CredentialRepository::forDatabase(*m_db)->put(password);
        return *store::DeviceRepository(*m_db).add(d);
    }
    static PjLinkSimulatorConfig quick(const QString &password = {})
    {
        PjLinkSimulatorConfig c;
        c.password = password;
        c.warmupMs = 200;
        c.cooldownMs = 200;
        return c;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Database> m_db;
    QString m_room;
};

void ScheduleRunnerTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = store::Database::open(m_dir->filePath(QStringLiteral("tafel.db")));
    QVERIFY2(db.ok(), qPrintable(db.errorString()));
    m_db = std::move(db).value();
    m_room = store::RoomRepository(*m_db).add(Room{{}, QStringLiteral("Raum 204"), {}, {}, 30})->id;
}

void ScheduleRunnerTest::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void ScheduleRunnerTest::inventoryDisplaysDecryptsPasswords()
{
    addDisplay(m_room, QStringLiteral("Beamer"), 4352, QStringLiteral("geheim"));
    Device ap;
    ap.roomId = m_room;
    ap.kind = DeviceKind::AccessPoint;
    ap.name = QStringLiteral("AP");
    ap.host = QStringLiteral("10.0.0.2");
    QVERIFY(store::DeviceRepository(*m_db).add(ap).ok());
    auto displays = classroom::inventoryDisplays(*m_db, m_room);
    QVERIFY2(displays.ok(), qPrintable(displays.errorString()));
    QCOMPARE(displays->size(), 1); // the access point is not a display
    QCOMPARE(displays->first().target.password, QStringLiteral("geheim"));
    QCOMPARE(displays->first().target.port, quint16(4352));
}

void ScheduleRunnerTest::dueEntrySwitchesRoom()
{
    PjLinkSimulator front(quick(QStringLiteral("geheim")));
    PjLinkSimulator back(quick());
    QVERIFY(front.listen() && back.listen());
    addDisplay(m_room, QStringLiteral("Tafel vorne"), front.port(), QStringLiteral("geheim"));
    addDisplay(m_room, QStringLiteral("Beamer hinten"), back.port());

    schedules::ScheduleEntry on;
    on.roomId = m_room;
    on.action = schedules::Action::PowerOn;
    on.time = QTime(7, 45);
    on.days = schedules::kEveryDay;
    QVERIFY(store::ScheduleRepository(*m_db).add(on).ok());

    FakeClock clock(QDateTime(QDate(2026, 11, 26), QTime(7, 0), QTimeZone::utc()));
    classroom::ScheduleRunner runner(*m_db, clock);
    runner.scheduler().setTimeZone(QTimeZone::utc());
    QVERIFY(runner.reload().ok());
    QSignalSpy finished(&runner, &classroom::ScheduleRunner::finished);
    runner.scheduler().tick();
    QCOMPARE(finished.count(), 0);
    clock.set(QDateTime(QDate(2026, 11, 26), QTime(7, 45, 1), QTimeZone::utc()));
    runner.scheduler().tick();
    QVERIFY(finished.count() || finished.wait(10'000));
    const auto outcomes = finished.at(0).at(1).value<QList<DeviceOutcome>>();
    QCOMPARE(outcomes.size(), 2);
    for (const auto &o : outcomes)
        QVERIFY2(o.outcome.ok(), qPrintable(o.name + QStringLiteral(": ") + o.outcome.errorString()));
    QTRY_COMPARE(front.power(), PowerState::On);
    QTRY_COMPARE(back.power(), PowerState::On);

    const auto log = store::AuditLog(*m_db).list();
    QVERIFY(log.ok());
    QCOMPARE(log->size(), 1);
    QCOMPARE(log->first().action, QStringLiteral("schedule.run"));
    QCOMPARE(log->first().actor, QStringLiteral("schedule"));
    QCOMPARE(log->first().after.value(QStringLiteral("results")).toArray().size(), 2);
}

void ScheduleRunnerTest::schoolWideEntryAndUnreachableDisplay()
{
    PjLinkSimulator aula(quick());
    QVERIFY(aula.listen());
    aula.setPower(PowerState::On);
    const QString other = store::RoomRepository(*m_db).add(Room{{}, QStringLiteral("Aula"), {}, {}, 0})->id;
    addDisplay(other, QStringLiteral("Aula-Beamer"), aula.port());
    addDisplay(m_room, QStringLiteral("Ausgesteckt"), 1); // nothing listens on port 1

    schedules::ScheduleEntry off; // no room: the whole school
    off.id = QStringLiteral("off");
    off.action = schedules::Action::PowerOff;
    off.time = QTime(16, 30);
    classroom::ScheduleRunner runner(*m_db);
    QSignalSpy finished(&runner, &classroom::ScheduleRunner::finished);
    runner.runNow(off);
    QVERIFY(finished.wait(15'000));
    const auto outcomes = finished.at(0).at(1).value<QList<DeviceOutcome>>();
    QCOMPARE(outcomes.size(), 2);
    int ok = 0, unreachable = 0;
    for (const auto &o : outcomes) {
        ok += o.outcome.ok();
        unreachable += !o.outcome.ok() && o.outcome.error().code == ErrorCode::Unreachable;
    }
    QCOMPARE(ok, 1);
    QCOMPARE(unreachable, 1);
    QTRY_VERIFY(aula.power() == PowerState::Cooling || aula.power() == PowerState::Standby);
}

QTEST_GUILESS_MAIN(ScheduleRunnerTest)
#include "test_schedulerunner.moc"
