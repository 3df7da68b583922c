// The admin view's school overview against 3 REAL tafel-agent processes for 3 rooms (issue 8, "done when"): one
// room OK, one degraded (its switch is a closed loopback port), one down (its only display is a closed port), plus
// a room without an agent. The tiles show the right states in words, worst first and by name; the drill-in shows
// the devices, the chart and the timeline of state changes from health.events; an agent killed during the test
// turns its room "Agent unreachable" within the refresh interval, never showing its old data as current.
#include "../agent/schoolagents.h"

#include "gui/historychart.h"
#include "gui/mainwindow.h"
#include "gui/adminview.h"
#include "gui/schooloverview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace tafel;

namespace {
void save(QWidget &w, const QString &name)
{
    const QString extra = qEnvironmentVariable("TAFEL_TEST_SCREENSHOTS");
    if (!extra.isEmpty())
        w.grab().save(QDir(extra).filePath(name + QStringLiteral(".png")));
}

QString column(QTableWidget *t, int col)
{
    QStringList out;
    for (int r = 0; r < t->rowCount(); ++r)
        out << (t->item(r, col) ? t->item(r, col)->text() : QString());
    return out.join(QLatin1Char('|'));
}
} // namespace

class SchoolOverviewTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tilesShowEveryRoomsState();
    void drillIntoARoom();
    void killedAgentTurnsUnreachable();
    void installedInTheAdminView();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testing::SchoolAgents> m_school;
    std::unique_ptr<gui::SchoolOverview> m_overview;
    QString m_emptyRoom;
    static constexpr int kInterval = 1500;
};

void SchoolOverviewTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QApplication::setStyle(QStringLiteral("Fusion"));
    m_school = std::make_unique<testing::SchoolAgents>(m_dir);
    QVERIFY(m_school->init());
    QByteArray why;
    QVERIFY2(m_school->addRoom(QStringLiteral("Raum 101"), {{QStringLiteral("Tafel 101"), DeviceKind::Display, true, true},
                                                            {QStringLiteral("Beamer 101"), DeviceKind::Projector, true, false}}, &why), why.constData());
    QVERIFY2(m_school->addRoom(QStringLiteral("Raum 102"), {{QStringLiteral("Tafel 102"), DeviceKind::Display, true},
                                                            {QStringLiteral("Switch 102"), DeviceKind::Switch, false}}, &why), why.constData());
    QVERIFY2(m_school->addRoom(QStringLiteral("Raum 103"), {{QStringLiteral("Tafel 103"), DeviceKind::Display, false}}, &why), why.constData());
    m_emptyRoom = m_school->addEmptyRoom(QStringLiteral("Abstellraum"));
    QVERIFY(!m_emptyRoom.isEmpty());
}

void SchoolOverviewTest::cleanupTestCase()
{
    m_overview.reset();
    m_school.reset();
}

void SchoolOverviewTest::tilesShowEveryRoomsState()
{
    m_overview = std::make_unique<gui::SchoolOverview>(m_school->db(), gui::RoomAgentsOptions{m_school->keyFile(), {}, kInterval});
    m_overview->setRefreshInterval(kInterval);
    m_overview->resize(1650, 900);
    m_overview->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_overview.get()));
    const QString ok = m_school->room(0).roomId, degraded = m_school->room(1).roomId, down = m_school->room(2).roomId;
    QCOMPARE(m_overview->stateOf(m_emptyRoom), QStringLiteral("no-agent"));
    QTRY_COMPARE_WITH_TIMEOUT(m_overview->stateOf(ok), QStringLiteral("ok"), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_overview->stateOf(degraded), QStringLiteral("degraded"), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_overview->stateOf(down), QStringLiteral("down"), 20000);
    // Worst first: down, degraded, then the room without an agent, then OK.
    QCOMPARE(m_overview->order(), (QStringList{down, degraded, m_emptyRoom, ok}));
    // Words, not only colours; the reason, the devices and the displays; the age of the data.
    const QString tileDown = m_overview->tileText(down);
    QVERIFY2(tileDown.contains(QStringLiteral("Down")) && tileDown.contains(QStringLiteral("Not reachable: Tafel 103")), qPrintable(tileDown));
    // Display states from the displays themselves (PJLink through the inventory's drivers).
    QTRY_VERIFY2_WITH_TIMEOUT(m_overview->tileText(down).contains(QStringLiteral("Displays: 1 not answering")), qPrintable(m_overview->tileText(down)), 10000);
    const QString tileDegraded = m_overview->tileText(degraded);
    QVERIFY2(tileDegraded.contains(QStringLiteral("Degraded")) && tileDegraded.contains(QStringLiteral("Switch 102")), qPrintable(tileDegraded));
    QVERIFY2(tileDegraded.contains(QStringLiteral("Devices: 1 OK · 1 down")), qPrintable(tileDegraded));
    QVERIFY2(tileDegraded.contains(QStringLiteral("Broadband: not measured yet")), qPrintable(tileDegraded));
    QVERIFY2(tileDegraded.contains(QStringLiteral("Updated ")), qPrintable(tileDegraded));
    const QString tileOk = m_overview->tileText(ok);
    QVERIFY2(tileOk.contains(QStringLiteral("OK")) && tileOk.contains(QStringLiteral("Every device answers")), qPrintable(tileOk));
    QTRY_VERIFY2_WITH_TIMEOUT(m_overview->tileText(ok).contains(QStringLiteral("Displays: 1 on · 1 standby")), qPrintable(m_overview->tileText(ok)), 10000);
    QTRY_VERIFY2_WITH_TIMEOUT(m_overview->tileText(degraded).contains(QStringLiteral("Displays: 1 standby")), qPrintable(m_overview->tileText(degraded)), 10000);
    QVERIFY2(m_overview->tileText(m_emptyRoom).contains(QStringLiteral("No agent")), qPrintable(m_overview->tileText(m_emptyRoom)));

    m_overview->setSort(gui::SchoolOverview::Sort::ByName);
    QCOMPARE(m_overview->order(), (QStringList{m_emptyRoom, ok, degraded, down}));
    m_overview->setSort(gui::SchoolOverview::Sort::WorstFirst);
    QCOMPARE(m_overview->order().constFirst(), down);
    save(*m_overview, QStringLiteral("school-overview"));
}

void SchoolOverviewTest::drillIntoARoom()
{
    QVERIFY(m_overview);
    const auto &room = m_school->room(1);
    // Tapping the tile opens the room.
    QPushButton *tile = nullptr;
    for (QPushButton *b : m_overview->findChildren<QPushButton *>(QStringLiteral("overviewTile")))
        if (b->accessibleName().startsWith(QStringLiteral("Raum 102")))
            tile = b;
    QVERIFY(tile);
    QTest::mouseClick(tile, Qt::LeftButton);
    QCOMPARE(m_overview->shownRoom(), room.roomId);
    QTableWidget *devices = m_overview->devicesTable();
    QTRY_VERIFY_WITH_TIMEOUT(devices->rowCount() == 3, 5000); // display, switch, the agent's PC
    const QString names = column(devices, 0), states = column(devices, 3);
    QVERIFY2(names.contains(QStringLiteral("Switch 102")) && names.contains(QStringLiteral("Tafel 102")), qPrintable(names));
    for (int r = 0; r < devices->rowCount(); ++r) {
        if (devices->item(r, 0)->text() == QLatin1String("Switch 102"))
            QCOMPARE(devices->item(r, 3)->text(), QStringLiteral("Down"));
        if (devices->item(r, 0)->text() == QLatin1String("Tafel 102"))
            QCOMPARE(devices->item(r, 3)->text(), QStringLiteral("OK"));
    }
    // The timeline from the agent's health.events: the switch went down and the room degraded.
    QTableWidget *timeline = m_overview->timelineTable();
    QTRY_VERIFY_WITH_TIMEOUT(column(timeline, 1).contains(QStringLiteral("Switch 102")), 10000);
    bool switchDown = false, roomDegraded = false;
    for (int r = 0; r < timeline->rowCount(); ++r) {
        const QString what = timeline->item(r, 1)->text(), change = timeline->item(r, 2)->text();
        switchDown |= what == QLatin1String("Switch 102") && change.endsWith(QStringLiteral("→ Down"));
        roomDegraded |= what == QLatin1String("Room") && change.endsWith(QStringLiteral("→ Degraded"));
    }
    QVERIFY2(switchDown, qPrintable(column(timeline, 1) + QLatin1Char('\n') + column(timeline, 2)));
    QVERIFY(roomDegraded);
    QTRY_VERIFY_WITH_TIMEOUT(m_overview->chart()->pointCount() > 0, 10000);
    save(*m_overview, QStringLiteral("school-overview-room"));
    const QSize size = m_overview->size();
    m_overview->resize(1010, 680); // the admin page's area at 1280×800
    QTest::qWait(50);
    save(*m_overview, QStringLiteral("school-overview-room-1280"));
    m_overview->resize(size);
    m_overview->showList();
    QVERIFY(m_overview->shownRoom().isEmpty());
}

void SchoolOverviewTest::killedAgentTurnsUnreachable()
{
    QVERIFY(m_overview);
    const QString ok = m_school->room(0).roomId;
    QCOMPARE(m_overview->stateOf(ok), QStringLiteral("ok"));
    m_overview->showRoom(ok);
    QVERIFY(m_school->kill(0));
    QElapsedTimer t;
    t.start();
    // At the next poll at the latest (plus the time to notice the refused connection).
    QTRY_COMPARE_WITH_TIMEOUT(m_overview->stateOf(ok), QStringLiteral("unreachable"), kInterval + 3000);
    qInfo() << "unreachable after" << t.elapsed() << "ms (refresh interval" << kInterval << "ms)";
    const QString tile = m_overview->tileText(ok);
    QVERIFY2(tile.contains(QStringLiteral("Agent unreachable")), qPrintable(tile));
    QVERIFY2(tile.contains(QStringLiteral("not current")), qPrintable(tile));
    QVERIFY2(!tile.contains(QStringLiteral("Every device answers")), qPrintable(tile)); // old data not shown as current
    QVERIFY2(!tile.contains(QStringLiteral("Devices:")), qPrintable(tile));
    // The display states are asked from this PC directly, so they stay current without the agent.
    QVERIFY2(tile.contains(QStringLiteral("Displays: 1 on · 1 standby")), qPrintable(tile));
    // Unreachable sorts right after down.
    QCOMPARE(m_overview->order().at(1), ok);
    // The drill-in says so too: no current device states, the chart cleared.
    QTRY_VERIFY_WITH_TIMEOUT(m_overview->chart()->isUnreachable(), 5000);
    QCOMPARE(m_overview->chart()->pointCount(), 0);
    const QString states = column(m_overview->devicesTable(), 3);
    QVERIFY2(!states.contains(QStringLiteral("OK")), qPrintable(states));
    QVERIFY2(states.contains(QStringLiteral("No current data")), qPrintable(states));
    QTRY_VERIFY_WITH_TIMEOUT(column(m_overview->timelineTable(), 2).contains(QStringLiteral("OK → Agent unreachable")), 5000);
    // The other rooms keep their states.
    QCOMPARE(m_overview->stateOf(m_school->room(1).roomId), QStringLiteral("degraded"));
    QCOMPARE(m_overview->stateOf(m_school->room(2).roomId), QStringLiteral("down"));
    save(*m_overview, QStringLiteral("school-overview-unreachable"));
}

void SchoolOverviewTest::installedInTheAdminView()
{
    gui::MainWindowOptions options;
    options.displayControl = false;
    options.agentControl = true;
    options.agents = {m_school->keyFile(), {}, kInterval};
    options.adminIdleLockMs = 0;
    gui::MainWindow window(m_school->db(), options);
    window.resize(1280, 800);
    window.adminView()->showPage(gui::AdminView::Overview);
    auto *overview = window.adminView()->findChild<gui::SchoolOverview *>();
    QVERIFY(overview);
    QVERIFY(overview->discoverButton());
}

QTEST_MAIN(SchoolOverviewTest)
#include "tst_schooloverview.moc"
