// Admin page "Schedules": the table shows the stored schedules; the form adds and edits with validation next
// to the fields; deleting asks first; every change is audited as "admin"; the teacher view shows the next action.
#include "core/clock.h"
#include "demo/demoschool.h"
#include "gui/adminview.h"
#include "gui/mainwindow.h"
#include "gui/schedulemodel.h"
#include "gui/schedulespage.h"
#include "gui/teacherview.h"
#include "store/database.h"
#include "store/repositories.h"
#include "store/schedulerepository.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tafel;

namespace {
constexpr crypto::ScryptParams kCheap{10, 1, 1};
}

class TestSchedulesPage : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<store::Database> demoDb()
    {
        auto db = store::Database::open(m_dir.filePath(QStringLiteral("sched-%1.db").arg(++m_counter)));
        if (!db)
            qFatal("db: %s", qUtf8Printable(db.errorString()));
        demo::DemoOptions options;
        options.withAdmin = true;
        options.scrypt = kCheap;
        if (Status s = demo::seedDemoSchool(*db.value(), options); !s)
            qFatal("seed: %s", qUtf8Printable(s.errorString()));
        return std::move(db).value();
    }

    std::unique_ptr<gui::MainWindow> adminWindow(store::Database &db, const Clock *clock = nullptr)
    {
        gui::MainWindowOptions o;
        o.scrypt = kCheap;
        o.startRoom = QStringLiteral("Raum 204");
        o.displayControl = false; // this test is about schedules
        o.clock = clock;
        auto w = std::make_unique<gui::MainWindow>(db, o);
        w->resize(1280, 800);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            qWarning("window not exposed");
        return w;
    }

    template<typename T>
    static T *child(const QWidget &w, const char *name)
    {
        auto *c = w.findChild<T *>(QString::fromLatin1(name));
        if (!c)
            qWarning("no child %s", name);
        return c;
    }

    static int auditCount(store::Database &db, const QString &action)
    {
        int n = 0;
        const auto entries = store::AuditLog(db).list();
        for (const auto &e : entries.value()) {
            if (e.action == action && e.actor == QLatin1String("admin"))
                ++n;
        }
        return n;
    }

    QTemporaryDir m_dir;
    int m_counter = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void listsTheStoredSchedules()
    {
        auto db = demoDb();
        auto w = adminWindow(*db);
        QVERIFY(w->unlockWithPassword(demo::demoAdminPassword()));
        w->adminView()->showPage(gui::AdminView::Schedules);
        auto *table = child<QTableView>(*w, "schedulesTable");
        QVERIFY(table && table->isVisible());
        QCOMPARE(table->model()->rowCount(), 2);
        QStringList rooms;
        for (int r = 0; r < 2; ++r)
            rooms << table->model()->index(r, gui::ScheduleModel::Room).data().toString();
        rooms.sort();
        QCOMPARE(rooms, QStringList({QStringLiteral("Raum 204"), QStringLiteral("Whole school")}));
        if (const QString dir = qEnvironmentVariable("TAFEL_SHOT_DIR"); !dir.isEmpty())
            w->grab().save(dir + QStringLiteral("/schedules-1280.png"));
    }

    void addThroughTheForm()
    {
        auto db = demoDb();
        auto w = adminWindow(*db);
        QVERIFY(w->unlockWithPassword(demo::demoAdminPassword()));
        w->adminView()->showPage(gui::AdminView::Schedules);
        gui::SchedulesPage *page = w->adminView()->schedulesPage();
        QSignalSpy changed(w->adminView(), &gui::AdminView::schedulesChanged);

        QTest::mouseClick(child<QPushButton>(*page, "scheduleAdd"), Qt::LeftButton);
        auto *time = child<QLineEdit>(*page, "scheduleTime");
        auto *timeError = child<QLabel>(*page, "scheduleTimeError");
        QVERIFY(time && time->isVisible() && timeError);
        // An invalid time: the error shows next to the field and nothing is stored.
        QTest::keyClicks(time, QStringLiteral("25:99"));
        QTest::mouseClick(child<QPushButton>(*page, "scheduleSave"), Qt::LeftButton);
        QVERIFY(timeError->isVisible());
        QVERIFY(timeError->text().contains(QLatin1String("HH:MM")));
        QCOMPARE(store::ScheduleRepository(*db).list().value().size(), 2);
        QCOMPARE(changed.count(), 0);
        if (const QString dir = qEnvironmentVariable("TAFEL_SHOT_DIR"); !dir.isEmpty())
            w->grab().save(dir + QStringLiteral("/schedules-form-error-1280.png"));

        // No day: an error next to the days.
        time->clear();
        QTest::keyClicks(time, QStringLiteral("7:50"));
        for (int d = 1; d <= 7; ++d) {
            auto *day = page->findChild<QPushButton *>(QStringLiteral("scheduleDay%1").arg(d));
            if (day->isChecked())
                QTest::mouseClick(day, Qt::LeftButton);
        }
        QTest::mouseClick(child<QPushButton>(*page, "scheduleSave"), Qt::LeftButton);
        QVERIFY(!timeError->isVisible());
        QVERIFY(child<QLabel>(*page, "scheduleDaysError")->isVisible());

        // Room 105, Mon + Wed, switch input to 31.
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("scheduleDay1")), Qt::LeftButton);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("scheduleDay3")), Qt::LeftButton);
        auto *room = child<QComboBox>(*page, "scheduleRoom");
        room->setCurrentIndex(room->findText(QStringLiteral("Raum 105")));
        QTest::mouseClick(child<QPushButton>(*page, "scheduleActionInput"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(*page, "scheduleSave"), Qt::LeftButton);
        QVERIFY(child<QLabel>(*page, "scheduleInputError")->isVisible()); // input code missing
        QTest::keyClicks(child<QLineEdit>(*page, "scheduleInput"), QStringLiteral("31"));
        QTest::keyClicks(child<QLineEdit>(*page, "scheduleLabel"), QStringLiteral("Laptop"));
        QTest::mouseClick(child<QPushButton>(*page, "scheduleSave"), Qt::LeftButton);
        QCOMPARE(changed.count(), 1);

        auto stored = store::ScheduleRepository(*db).list().value();
        QCOMPARE(stored.size(), 3);
        auto added = std::find_if(stored.cbegin(), stored.cend(),
                                  [](const schedules::ScheduleEntry &e) { return e.label == QLatin1String("Laptop"); });
        QVERIFY(added != stored.cend());
        QCOMPARE(added->time, QTime(7, 50));
        QCOMPARE(added->days, schedules::Weekdays(0b0000101));
        QCOMPARE(added->action, schedules::Action::Input);
        QCOMPARE(added->argument, QStringLiteral("31"));
        QVERIFY(added->enabled);
        QVERIFY(!added->roomId.isEmpty());
        auto *table = child<QTableView>(*page, "schedulesTable");
        QVERIFY(table->isVisible());
        QCOMPARE(table->model()->rowCount(), 3);
        QCOMPARE(auditCount(*db, QStringLiteral("schedule.add")), 1);

        // Edit it: disable.
        QVERIFY(page->startEdit(added->id));
        auto *enabled = page->findChild<QWidget *>(QStringLiteral("scheduleEnabled"));
        QTest::mouseClick(enabled, Qt::LeftButton, {}, QPoint(16, enabled->height() / 2));
        QTest::mouseClick(child<QPushButton>(*page, "scheduleSave"), Qt::LeftButton);
        QCOMPARE(changed.count(), 2);
        QVERIFY(!store::ScheduleRepository(*db).get(added->id).value().enabled);
        QCOMPARE(auditCount(*db, QStringLiteral("schedule.update")), 1);
    }

    void deleteAsksFirst()
    {
        auto db = demoDb();
        auto w = adminWindow(*db);
        QVERIFY(w->unlockWithPassword(demo::demoAdminPassword()));
        w->adminView()->showPage(gui::AdminView::Schedules);
        gui::SchedulesPage *page = w->adminView()->schedulesPage();
        auto *table = child<QTableView>(*page, "schedulesTable");
        auto *del = child<QPushButton>(*page, "scheduleDelete");
        QVERIFY(!del->isEnabled()); // nothing selected
        table->selectRow(0);
        QVERIFY(del->isEnabled());
        QTest::mouseClick(del, Qt::LeftButton);
        auto *confirm = child<QWidget>(*page, "scheduleConfirm");
        QVERIFY(confirm->isVisible());
        QCOMPARE(store::ScheduleRepository(*db).list().value().size(), 2); // not yet
        // "Keep" keeps it.
        QTest::mouseClick(child<QPushButton>(*page, "scheduleKeep"), Qt::LeftButton);
        QVERIFY(!confirm->isVisible());
        QCOMPARE(store::ScheduleRepository(*db).list().value().size(), 2);
        // Confirmed: gone, audited.
        table->selectRow(0);
        QTest::mouseClick(del, Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(*page, "scheduleConfirmDelete"), Qt::LeftButton);
        QCOMPARE(store::ScheduleRepository(*db).list().value().size(), 1);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(auditCount(*db, QStringLiteral("schedule.remove")), 1);
    }

    void teacherViewShowsTheNextAction()
    {
        auto db = demoDb();
        // Wednesday 10:00 local time: next is today's 16:30 "all off" (school-wide).
        FakeClock clock(QDateTime(QDate(2026, 11, 25), QTime(10, 0)));
        auto w = adminWindow(*db, &clock);
        QCOMPARE(w->teacherView()->nextAction(), QStringLiteral("Today 16:30: All off"));
        // Thursday 17:00: next is Friday 07:45 "all on" for Raum 204.
        clock.set(QDateTime(QDate(2026, 11, 26), QTime(17, 0)));
        w->teacherView()->reloadRooms();
        QCOMPARE(w->teacherView()->nextAction(), QStringLiteral("Tomorrow 07:45: All on"));
        // Another room only sees the school-wide entry.
        QVERIFY(w->teacherView()->selectRoom(QStringLiteral("Aula")));
        QCOMPARE(w->teacherView()->nextAction(), QStringLiteral("Tomorrow 16:30: All off"));
    }
};

QTEST_MAIN(TestSchedulesPage)
#include "tst_schedulespage.moc"
