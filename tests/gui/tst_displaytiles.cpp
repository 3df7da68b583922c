// The teacher view's display tiles against real simulators on loopback (PJLink Class 2 with a password, MDC):
// states in words, tapping On (with the warm-up in between), the input picker, "All off", a stopped display,
// a wrong stored password, the MDC's missing freeze, and lamp/filter warnings.
#include "demo/demoschool.h"
#include "demo/demosimulators.h"
#include "displays/mdcsimulator.h"
#include "displays/pjlinksimulator.h"
#include "displays/roomcontrol.h"
#include "gui/displaycontroller.h"
#include "gui/displaytile.h"
#include "gui/inputpicker.h"
#include "gui/mainwindow.h"
#include "gui/teacherview.h"
#include "store/database.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tafel;
using displays::PowerState;

namespace {
constexpr crypto::ScryptParams kCheap{10, 1, 1};
constexpr int kWarmupMs = 1500;
} // namespace

class TestDisplayTiles : public QObject {
    Q_OBJECT

private:
    struct Fixture {
        std::unique_ptr<demo::DemoSimulators> sims;
        std::unique_ptr<store::Database> db;
        std::unique_ptr<gui::MainWindow> window;
    };

    Fixture open(const QString &room = QStringLiteral("Raum 204"), const QString &wrongPasswordFor = {})
    {
        Fixture f;
        demo::DemoSimulators::Options so;
        so.warmupMs = kWarmupMs;
        so.cooldownMs = 600;
        f.sims = std::make_unique<demo::DemoSimulators>(so);
        if (Status s = f.sims->start(); !s)
            qFatal("simulators: %s", qUtf8Printable(s.errorString()));
        auto db = store::Database::open(m_dir.filePath(QStringLiteral("tiles-%1.db").arg(++m_counter)));
        if (!db)
            qFatal("db: %s", qUtf8Printable(db.errorString()));
        f.db = std::move(db).value();
        demo::DemoOptions options;
        options.withAdmin = false;
        options.simulators = f.sims->displays();
        for (auto &s : options.simulators) {
            if (s.device == wrongPasswordFor)
                s.password = QStringLiteral("not-the-password");
        }
        if (Status s = demo::seedDemoSchool(*f.db, options); !s)
            qFatal("seed: %s", qUtf8Printable(s.errorString()));
        gui::MainWindowOptions wo;
        wo.scrypt = kCheap;
        wo.startRoom = room;
        wo.displays.refreshIntervalMs = 1000;
        wo.displays.busyRefreshMs = 250;
        wo.displays.typicalWarmupMs = kWarmupMs;
        f.window = std::make_unique<gui::MainWindow>(*f.db, wo);
        f.window->resize(1600, 1000);
        f.window->show();
        if (!QTest::qWaitForWindowExposed(f.window.get()))
            qWarning("window not exposed");
        return f;
    }

    static gui::DisplayTile *tile(const Fixture &f, const QString &name)
    {
        for (gui::DisplayTile *t : f.window->teacherView()->tiles()) {
            if (t->device().name == name)
                return t;
        }
        qWarning("no tile %s", qPrintable(name));
        return nullptr;
    }

    static QPushButton *button(gui::DisplayTile *t, const char *name)
    {
        return t->findChild<QPushButton *>(QString::fromLatin1(name));
    }

    static void shot(const Fixture &f, const QString &name)
    {
        if (const QString dir = qEnvironmentVariable("TAFEL_SHOT_DIR"); !dir.isEmpty())
            f.window->grab().save(dir + QLatin1Char('/') + name);
    }

    QTemporaryDir m_dir;
    int m_counter = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void demoUsesLoopbackOnly()
    {
        auto f = open();
        for (const auto &s : f.sims->displays())
            QCOMPARE(s.host, QStringLiteral("127.0.0.1"));
        for (const auto &d : f.window->displayController()->roomControl()->displays()) {
            QCOMPARE(d.target.host, QStringLiteral("127.0.0.1"));
            QVERIFY(d.target.port != 0);
        }
    }

    void showsStateFromSimulator()
    {
        auto f = open();
        gui::DisplayTile *board = tile(f, QStringLiteral("Tafel vorne")); // MDC, on
        gui::DisplayTile *beamer = tile(f, QStringLiteral("Beamer hinten")); // PJLink Class 2, standby
        QVERIFY(board && beamer);
        QTRY_COMPARE_WITH_TIMEOUT(board->stateText(), QStringLiteral("On"), 10000);
        QCOMPARE(board->tone(), gui::Tone::Good);
        QTRY_COMPARE(board->inputText(), QStringLiteral("HDMI1"));
        QTRY_COMPARE_WITH_TIMEOUT(beamer->stateText(), QStringLiteral("Off"), 10000);
        QCOMPARE(beamer->tone(), gui::Tone::Off);
        QVERIFY(f.window->displayController()->hasRefreshedOnce());
        // The stored password is used, never shown.
        for (QWidget *w : f.window->findChildren<QWidget *>()) {
            if (auto *l = qobject_cast<QLabel *>(w))
                QVERIFY(!l->text().contains(QLatin1String("demo-beamer")));
        }
        // MDC has no freeze: the button is disabled and says why.
        QPushButton *freeze = board->controlButton(gui::TileControl::Freeze);
        QVERIFY(!freeze->isEnabled());
        QVERIFY(freeze->toolTip().contains(QLatin1String("MDC")));
        QVERIFY(board->controlButton(gui::TileControl::MuteSound)->isEnabled());

        // Mute and volume reach the display; the toggle follows the display's state.
        auto *mdc = f.sims->mdc(QStringLiteral("Tafel vorne"));
        const int volume = mdc->state().volume;
        QTest::mouseClick(board->controlButton(gui::TileControl::VolumeUp), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(int(mdc->state().volume), volume + 5, 5000);
        QTest::mouseClick(board->controlButton(gui::TileControl::MuteSound), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(mdc->state().mute, 5000);
        QTRY_VERIFY(board->controlButton(gui::TileControl::MuteSound)->isChecked());
        QTRY_VERIFY(board->detailText().contains(QLatin1String("Sound muted")));
    }

    void tapOnWarmsUpThenOn()
    {
        auto f = open();
        gui::DisplayTile *beamer = tile(f, QStringLiteral("Beamer hinten"));
        auto *sim = f.sims->pjlink(QStringLiteral("Beamer hinten"));
        QVERIFY(beamer && sim);
        QTRY_COMPARE_WITH_TIMEOUT(beamer->stateText(), QStringLiteral("Off"), 10000);
        QTest::mouseClick(button(beamer, "tileOn"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(beamer->stateText().startsWith(QStringLiteral("Warming up…")), 5000);
        QCOMPARE(beamer->tone(), gui::Tone::Busy);
        QVERIFY(beamer->progress() >= 0);
        QCOMPARE(sim->power(), PowerState::Warming);
        QTRY_VERIFY_WITH_TIMEOUT(beamer->progress() >= 30 || sim->power() == PowerState::On, 5000);
        if (sim->power() == PowerState::Warming)
            shot(f, QStringLiteral("tiles-warming.png"));
        QTRY_COMPARE_WITH_TIMEOUT(sim->power(), PowerState::On, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(beamer->stateText(), QStringLiteral("On"), 5000);
        QCOMPARE(beamer->progress(), -1);
        QTRY_COMPARE(beamer->inputText(), QStringLiteral("HDMI 1")); // INNM name of input 31
    }

    void inputPickerSwitchesInput()
    {
        auto f = open();
        gui::DisplayTile *beamer = tile(f, QStringLiteral("Beamer hinten"));
        auto *sim = f.sims->pjlink(QStringLiteral("Beamer hinten"));
        sim->setPower(PowerState::On);
        f.window->displayController()->refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(beamer->stateText(), QStringLiteral("On"), 10000);
        QTRY_VERIFY(!f.window->displayController()->roomControl()->driver(beamer->deviceId())->lastStatus()
                         .inputNames.value(2).isEmpty());

        QTest::mouseClick(button(beamer, "tileInput"), Qt::LeftButton);
        auto *picker = qobject_cast<gui::InputPicker *>(QApplication::activePopupWidget());
        QVERIFY(picker);
        QPushButton *hdmi2 = nullptr;
        for (QPushButton *b : picker->findChildren<QPushButton *>(QStringLiteral("inputChoice"))) {
            QVERIFY2(b->height() >= 56 || !b->isVisible(), "touch-sized input buttons");
            if (b->property("code").toString() == QLatin1String("32"))
                hdmi2 = b;
        }
        QVERIFY(hdmi2);
        QCOMPARE(hdmi2->text(), QStringLiteral("HDMI 2"));
        if (const QString dir = qEnvironmentVariable("TAFEL_SHOT_DIR"); !dir.isEmpty())
            picker->grab().save(dir + QStringLiteral("/tiles-input-picker.png")); // a popup is its own window
        QTest::mouseClick(hdmi2, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(sim->config().input, QStringLiteral("32"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(beamer->inputText(), QStringLiteral("HDMI 2"), 5000);
    }

    void inputOnAnOffDisplaySwitchesItOn()
    {
        auto f = open();
        gui::DisplayTile *beamer = tile(f, QStringLiteral("Beamer hinten"));
        auto *sim = f.sims->pjlink(QStringLiteral("Beamer hinten"));
        QTRY_COMPARE_WITH_TIMEOUT(beamer->stateText(), QStringLiteral("Off"), 10000);
        QTRY_VERIFY(!f.window->displayController()->roomControl()->driver(beamer->deviceId())->lastStatus()
                         .inputs.isEmpty());
        QTest::mouseClick(button(beamer, "tileInput"), Qt::LeftButton);
        auto *picker = qobject_cast<gui::InputPicker *>(QApplication::activePopupWidget());
        QVERIFY(picker);
        QPushButton *computer = nullptr;
        for (QPushButton *b : picker->findChildren<QPushButton *>(QStringLiteral("inputChoice"))) {
            if (b->property("code").toString() == QLatin1String("11"))
                computer = b;
        }
        QVERIFY(computer);
        QTest::mouseClick(computer, Qt::LeftButton); // two taps: on + input
        QTRY_COMPARE_WITH_TIMEOUT(sim->power(), PowerState::On, 8000);
        QTRY_COMPARE_WITH_TIMEOUT(sim->config().input, QStringLiteral("11"), 8000);
    }

    void allOffSwitchesTheRoom()
    {
        auto f = open();
        auto *pj = f.sims->pjlink(QStringLiteral("Beamer hinten"));
        auto *mdc = f.sims->mdc(QStringLiteral("Tafel vorne"));
        QVERIFY(pj && mdc);
        pj->setPower(PowerState::On);
        QCOMPARE(mdc->state().power, quint8(1));
        gui::DisplayTile *beamer = tile(f, QStringLiteral("Beamer hinten"));
        gui::DisplayTile *board = tile(f, QStringLiteral("Tafel vorne"));
        QTRY_COMPARE_WITH_TIMEOUT(beamer->stateText(), QStringLiteral("On"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(board->stateText(), QStringLiteral("On"), 10000);

        QTest::mouseClick(f.window->findChild<QPushButton *>(QStringLiteral("actionAllOff")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(mdc->state().power, quint8(0), 8000);
        QTRY_COMPARE_WITH_TIMEOUT(pj->power(), PowerState::Standby, 8000);
        QTRY_COMPARE_WITH_TIMEOUT(board->stateText(), QStringLiteral("Off"), 8000);
        QTRY_COMPARE_WITH_TIMEOUT(beamer->stateText(), QStringLiteral("Off"), 8000);
    }

    void stoppedSimulatorIsNotReachable()
    {
        auto f = open();
        gui::DisplayTile *board = tile(f, QStringLiteral("Tafel vorne"));
        gui::DisplayTile *beamer = tile(f, QStringLiteral("Beamer hinten"));
        auto *mdc = f.sims->mdc(QStringLiteral("Tafel vorne"));
        QTRY_COMPARE_WITH_TIMEOUT(board->stateText(), QStringLiteral("On"), 10000);
        const QString address = QStringLiteral("127.0.0.1:%1").arg(mdc->port());
        mdc->close();
        f.window->displayController()->refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(board->stateText(), QStringLiteral("Not reachable"), 20000);
        QVERIFY(board->isUnreachable());
        QCOMPARE(board->tone(), gui::Tone::Bad);
        QVERIFY2(board->detailText().contains(address), qPrintable(board->detailText()));
        QVERIFY(board->detailText().contains(QLatin1String("Tafel vorne")));
        QVERIFY(!button(board, "tileOn")->isEnabled());
        // The rest keeps working.
        QVERIFY(!beamer->isUnreachable());
        QTest::mouseClick(button(beamer, "tileOn"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(f.sims->pjlink(QStringLiteral("Beamer hinten"))->power() != PowerState::Standby, 5000);
        shot(f, QStringLiteral("tiles-unreachable.png"));
    }

    void wrongPasswordIsSaid()
    {
        auto f = open(QStringLiteral("Raum 204"), QStringLiteral("Beamer hinten"));
        gui::DisplayTile *beamer = tile(f, QStringLiteral("Beamer hinten"));
        QTRY_COMPARE_WITH_TIMEOUT(beamer->stateText(), QStringLiteral("Wrong password"), 10000);
        QCOMPARE(beamer->tone(), gui::Tone::Bad);
        QVERIFY(beamer->isUnreachable());
        QVERIFY(!beamer->detailText().contains(QLatin1String("not-the-password")));
        QVERIFY(!beamer->detailText().contains(QLatin1String("demo-beamer")));
        // No lock-out loop: the latched failure does not retry the projector on every refresh.
        const int failures = f.sims->pjlink(QStringLiteral("Beamer hinten"))->authFailures();
        f.window->displayController()->refreshNow();
        QTest::qWait(600);
        QVERIFY(f.sims->pjlink(QStringLiteral("Beamer hinten"))->authFailures() <= failures + 1);
    }

    void lampAndFilterWarnings()
    {
        auto f = open(QStringLiteral("Physik 1"));
        gui::DisplayTile *beamer = tile(f, QStringLiteral("Beamer Experimentiertisch"));
        QVERIFY(beamer);
        QTRY_COMPARE_WITH_TIMEOUT(beamer->stateText(), QStringLiteral("On"), 10000);
        QTRY_VERIFY(beamer->warningText().contains(QLatin1String("Clean the filter")));
        QVERIFY(beamer->warningText().contains(QLatin1String("Lamp")));
    }

    void roomChangeFollowsTheTiles()
    {
        auto f = open();
        QVERIFY(f.window->teacherView()->selectRoom(QStringLiteral("Raum 105")));
        gui::DisplayTile *board = tile(f, QStringLiteral("Tafel"));
        QVERIFY(board);
        QTRY_COMPARE_WITH_TIMEOUT(board->stateText(), QStringLiteral("Off"), 10000);
        // Class 1: no freeze, no volume, each with its reason.
        QTRY_VERIFY(!board->controlButton(gui::TileControl::Freeze)->toolTip().isEmpty());
        QVERIFY(board->controlButton(gui::TileControl::VolumeUp)->toolTip().contains(QLatin1String("Class 1")));
        QCOMPARE(f.window->displayController()->roomControl()->displays().size(), 1);
    }
};

QTEST_MAIN(TestDisplayTiles)
#include "tst_displaytiles.moc"
