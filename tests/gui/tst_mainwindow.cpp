// Offscreen smoke test of the tafel shell: the teacher view on the demo school, switching rooms, the admin
// password gate (first start, wrong and right password, lock) and touch/accessibility rules for the buttons.
#include "demo/demoschool.h"
#include "gui/admingate.h"
#include "gui/adminview.h"
#include "gui/displaytile.h"
#include "gui/healthstrip.h"
#include "gui/mainwindow.h"
#include "gui/teacherview.h"
#include "store/database.h"
#include "store/repositories.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QScrollArea>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace tafel;

namespace {
constexpr crypto::ScryptParams kCheap{10, 1, 1};

QStringList visibleTileNames(const gui::MainWindow &w)
{
    QStringList names;
    const auto tiles = w.findChildren<gui::DisplayTile *>(QStringLiteral("displayTile"));
    for (const gui::DisplayTile *t : tiles) {
        if (t->isVisible())
            names << t->device().name;
    }
    names.sort();
    return names;
}
} // namespace

// German words are long: this translator makes every Tafel string 40 % longer (pseudo-localisation), so a
// layout that only fits the English source fails here long before a German translation exists.
class LongerTextTranslator final : public QTranslator {
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int n) const override
    {
        if (!QByteArrayView(context).startsWith("tafel::"))
            return {};
        QString text = QString::fromUtf8(source);
        if (n >= 0)
            text.replace(QLatin1String("%n"), QString::number(n));
        const int extra = qMax(2, int(text.size() * 0.4));
        return text + QString(extra, QChar(0x00E4)); // "ä"
    }
};

class TestMainWindow : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<store::Database> demoDb(bool withAdmin)
    {
        auto db = store::Database::open(m_dir.filePath(QStringLiteral("school-%1.db").arg(++m_counter)));
        if (!db)
            qFatal("cannot open the test database: %s", qUtf8Printable(db.errorString()));
        demo::DemoOptions options;
        options.withAdmin = withAdmin;
        options.scrypt = kCheap;
        if (Status s = demo::seedDemoSchool(*db.value(), options); !s)
            qFatal("cannot seed the demo school: %s", qUtf8Printable(s.errorString()));
        return std::move(db).value();
    }

    std::unique_ptr<gui::MainWindow> openWindow(store::Database &db)
    {
        gui::MainWindowOptions options;
        options.scrypt = kCheap;
        options.startRoom = QStringLiteral("Raum 204");
        auto w = std::make_unique<gui::MainWindow>(db, options);
        w->resize(1600, 1000);
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

    static bool onTeacherView(const gui::MainWindow &w)
    {
        return w.teacherView()->isVisible() && !w.adminView()->isVisible() && !w.isAdminUnlocked();
    }

    void typeInto(QLineEdit *edit, const QString &text)
    {
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    // Every visible button says what it does (text or accessible name); on the teacher view it is touch sized.
    void checkButtons(const QWidget &view, int minHeight)
    {
        const auto buttons = view.findChildren<QAbstractButton *>();
        int checked = 0;
        for (QAbstractButton *b : buttons) {
            if (!b->isVisible())
                continue;
            ++checked;
            const QString who = b->objectName() + QLatin1Char('/') + QString::fromLatin1(b->metaObject()->className());
            QVERIFY2(!b->text().trimmed().isEmpty() || !b->accessibleName().trimmed().isEmpty(),
                     qPrintable(who + QStringLiteral(" has neither text nor an accessible name")));
            if (minHeight > 0) {
                QVERIFY2(b->height() >= minHeight,
                         qPrintable(QStringLiteral("%1 is %2 px tall").arg(who).arg(b->height())));
                // No truncated labels: the button is at least as wide as its text needs.
                QVERIFY2(b->width() >= b->sizeHint().width() - 1,
                         qPrintable(QStringLiteral("%1 is too narrow for its text").arg(who)));
            }
        }
        QVERIFY(checked > 0);
    }

    QTemporaryDir m_dir;
    int m_counter = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void teacherViewShowsRoomsAndTiles()
    {
        auto db = demoDb(false);
        auto w = openWindow(*db);
        QVERIFY(onTeacherView(*w));

        auto *picker = child<QComboBox>(*w, "roomPicker");
        QVERIFY(picker);
        QStringList rooms;
        for (int i = 0; i < picker->count(); ++i)
            rooms << picker->itemText(i);
        QCOMPARE(rooms, QStringList({QStringLiteral("Aula"), QStringLiteral("Physik 1"), QStringLiteral("Raum 105"),
                                     QStringLiteral("Raum 204")}));
        QCOMPARE(picker->currentText(), QStringLiteral("Raum 204"));

        // One tile per display or projector of the room, with its name; state unknown until display control.
        QCOMPARE(visibleTileNames(*w), QStringList({QStringLiteral("Beamer hinten"), QStringLiteral("Tafel vorne")}));
        for (const gui::DisplayTile *t : w->teacherView()->tiles())
            QCOMPARE(t->tone(), gui::Tone::Unknown);
        // The health strip has one dot per device of the room (8 in Raum 204).
        QCOMPARE(w->teacherView()->healthStrip()->dotCount(), 8);
    }

    void emptySchoolSaysWhatToDo()
    {
        auto db = store::Database::open(m_dir.filePath(QStringLiteral("empty.db")));
        QVERIFY(db.ok());
        gui::MainWindowOptions options;
        options.scrypt = kCheap;
        gui::MainWindow w(*db.value(), options);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(visibleTileNames(w).isEmpty());
        auto *empty = child<QLabel>(*w.teacherView(), "emptyLabel");
        QVERIFY(empty && empty->isVisible());
        QVERIFY(empty->text().contains(QLatin1String("no rooms")));
        QVERIFY(!child<QComboBox>(w, "roomPicker")->isEnabled());
        // The admin button still works: first start asks to set the password.
        QTest::mouseClick(child<QPushButton>(w, "adminButton"), Qt::LeftButton);
        QVERIFY(w.adminGate()->isVisible());
    }

    void rememberedRoomIsUsedSilently()
    {
        auto db = demoDb(false);
        const QString raum105 = store::RoomRepository(*db).findByName(QStringLiteral("Raum 105"))->id;
        for (const QString &remembered : {raum105, QStringLiteral("a-room-that-was-deleted")}) {
            gui::MainWindowOptions options;
            options.scrypt = kCheap;
            options.rememberedRoom = remembered;
            gui::MainWindow w(*db, options);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QCOMPARE(w.teacherView()->currentRoomName(),
                     remembered == raum105 ? QStringLiteral("Raum 105") : QStringLiteral("Aula"));
            QVERIFY(!child<QWidget>(*w.teacherView(), "noticeBanner")->isVisible());
        }
    }

    void switchingRoomsUpdatesTiles()
    {
        auto db = demoDb(false);
        auto w = openWindow(*db);
        auto *picker = child<QComboBox>(*w, "roomPicker");
        QVERIFY(picker);
        QSignalSpy changed(w->teacherView(), &gui::TeacherView::roomChanged);

        picker->setFocus();
        QTest::keyClick(picker, Qt::Key_Up); // Raum 204 -> Raum 105
        QCOMPARE(picker->currentText(), QStringLiteral("Raum 105"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(visibleTileNames(*w), QStringList({QStringLiteral("Tafel")}));
        QCOMPARE(w->teacherView()->healthStrip()->dotCount(), 6);

        QTest::keyClick(picker, Qt::Key_Home); // Aula: a projector and an info screen
        QCOMPARE(picker->currentText(), QStringLiteral("Aula"));
        QCOMPARE(visibleTileNames(*w),
                 QStringList({QStringLiteral("Beamer Bühne"), QStringLiteral("Infoscreen Eingang")}));
    }

    void unavailableActionsSaySo()
    {
        auto db = demoDb(false);
        auto w = openWindow(*db);
        auto *banner = child<QWidget>(*w->teacherView(), "noticeBanner");
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());
        // Display control is live (tst_displaytiles); sending a video is not there yet.
        auto *video = child<QPushButton>(*w, "actionVideo");
        QVERIFY(video);
        QTest::mouseClick(video, Qt::LeftButton);
        QVERIFY(banner->isVisible());
        auto *text = banner->findChild<QLabel *>(QStringLiteral("noticeText"));
        QVERIFY(text && text->text().contains(QLatin1String("not available yet")));
        QVERIFY(onTeacherView(*w));
    }

    void displayControlPlugsIn()
    {
        auto db = demoDb(false);
        auto w = openWindow(*db);
        gui::TeacherView *teacher = w->teacherView();
        teacher->setDisplayControlAvailable(true);
        QSignalSpy room(teacher, &gui::TeacherView::roomPowerRequested);
        QSignalSpy power(teacher, &gui::TeacherView::displayPowerRequested);
        QSignalSpy input(teacher, &gui::TeacherView::displayInputRequested);

        QTest::mouseClick(child<QPushButton>(*teacher, "actionAllOff"), Qt::LeftButton);
        QCOMPARE(room.count(), 1);
        QCOMPARE(room.first().at(0).toString(), teacher->currentRoomId());
        QCOMPARE(room.first().at(1).toBool(), false);

        gui::DisplayTile *tile = teacher->tiles().constFirst();
        QTest::mouseClick(tile->findChild<QPushButton *>(QStringLiteral("tileOn")), Qt::LeftButton);
        QCOMPARE(power.count(), 1);
        QCOMPARE(power.first().at(0).toString(), tile->deviceId());
        QCOMPARE(power.first().at(1).toBool(), true);
        QTest::mouseClick(tile->findChild<QPushButton *>(QStringLiteral("tileInput")), Qt::LeftButton);
        QCOMPARE(input.count(), 1);
        QVERIFY(!child<QWidget>(*teacher, "noticeBanner")->isVisible());

        // The controller reports states in words and colour; an unreachable display greys its tile.
        tile->setState(gui::Tone::Busy, QStringLiteral("Warming up… 40 %"));
        QCOMPARE(tile->stateText(), QStringLiteral("Warming up… 40 %"));
        tile->setUnreachable(true);
        QVERIFY(!tile->findChild<QPushButton *>(QStringLiteral("tileOn"))->isEnabled());
    }

    void firstStartSetsAdminPassword()
    {
        auto db = demoDb(false);
        auto w = openWindow(*db);
        auto *gate = child<QWidget>(*w, "adminGate");
        QVERIFY(gate);
        QVERIFY(!gate->isVisible());

        QTest::mouseClick(child<QPushButton>(*w, "adminButton"), Qt::LeftButton);
        QVERIFY(gate->isVisible());
        auto *password = child<QLineEdit>(*gate, "gatePassword");
        auto *repeat = child<QLineEdit>(*gate, "gateRepeat");
        auto *submit = child<QPushButton>(*gate, "gateSubmit");
        auto *passwordError = child<QLabel>(*gate, "gatePasswordError");
        auto *repeatError = child<QLabel>(*gate, "gateRepeatError");
        QVERIFY(password && repeat && submit && passwordError && repeatError);
        QVERIFY2(repeat->isVisible(), "first start asks for the password twice");

        // Too short: the rule is shown next to the field, nothing is stored.
        typeInto(password, QStringLiteral("kurz"));
        typeInto(repeat, QStringLiteral("kurz"));
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(passwordError->isVisible());
        QVERIFY(!passwordError->text().isEmpty());
        QVERIFY(onTeacherView(*w));
        QCOMPARE(store::UserRepository(*db).hasAdmin().valueOr(true), false);

        // Different entries.
        typeInto(password, QStringLiteral("geheim-123"));
        typeInto(repeat, QStringLiteral("geheim-124"));
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(repeatError->isVisible());
        QVERIFY(onTeacherView(*w));

        typeInto(password, QStringLiteral("geheim-123"));
        typeInto(repeat, QStringLiteral("geheim-123"));
        QTest::keyClick(repeat, Qt::Key_Return);
        QVERIFY(w->isAdminUnlocked());
        QVERIFY(w->adminView()->isVisible());
        QVERIFY(!gate->isVisible());
        QCOMPARE(store::UserRepository(*db).hasAdmin().valueOr(false), true);

        // Stored as a hash only, and the change is in the audit log (and shown there).
        auto admin = store::UserRepository(*db).findByName(QStringLiteral("admin"));
        QVERIFY(admin.ok() && admin->has_value());
        QVERIFY(!(*admin)->passwordHash.contains(QLatin1String("geheim")));
        auto *audit = child<QTableView>(*w, "auditTable");
        QVERIFY(audit);
        bool found = false;
        for (int r = 0; r < audit->model()->rowCount(); ++r)
            found = found || audit->model()->index(r, 2).data().toString() == QLatin1String("user.password");
        QVERIFY(found);

        // Lock returns to the teacher view; the next visit asks for the password (no second setup).
        QTest::mouseClick(child<QPushButton>(*w, "lockButton"), Qt::LeftButton);
        QVERIFY(onTeacherView(*w));
        QTest::mouseClick(child<QPushButton>(*w, "adminButton"), Qt::LeftButton);
        QVERIFY(gate->isVisible());
        QVERIFY(!repeat->isVisible());
    }

    void wrongPasswordStaysLocked()
    {
        auto db = demoDb(true);
        auto w = openWindow(*db);
        auto *gate = child<QWidget>(*w, "adminGate");
        QTest::mouseClick(child<QPushButton>(*w, "adminButton"), Qt::LeftButton);
        QVERIFY(gate->isVisible());
        auto *password = child<QLineEdit>(*gate, "gatePassword");
        auto *error = child<QLabel>(*gate, "gateError");
        QVERIFY(!child<QLineEdit>(*gate, "gateRepeat")->isVisible());

        typeInto(password, QStringLiteral("tafel-falsch"));
        QTest::keyClick(password, Qt::Key_Return);
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QLatin1String("Wrong password")));
        QVERIFY(onTeacherView(*w));
        QVERIFY(password->text().isEmpty());

        // Cancel keeps the teacher view.
        QTest::mouseClick(child<QPushButton>(*gate, "gateCancel"), Qt::LeftButton);
        QVERIFY(!gate->isVisible());
        QVERIFY(onTeacherView(*w));

        // The right one opens the admin view with the school's rooms.
        QTest::mouseClick(child<QPushButton>(*w, "adminButton"), Qt::LeftButton);
        typeInto(password, demo::demoAdminPassword());
        QTest::mouseClick(child<QPushButton>(*gate, "gateSubmit"), Qt::LeftButton);
        QVERIFY(w->isAdminUnlocked());
        QCOMPARE(w->adminView()->currentPage(), gui::AdminView::RoomsDevices);

        auto *rooms = child<QTableView>(*w, "roomsTable");
        QVERIFY(rooms && rooms->isVisible());
        QStringList names;
        for (int r = 0; r < rooms->model()->rowCount(); ++r)
            names << rooms->model()->index(r, 0).data().toString();
        QCOMPARE(names, QStringList({QStringLiteral("Aula"), QStringLiteral("Physik 1"), QStringLiteral("Raum 105"),
                                     QStringLiteral("Raum 204")}));
        auto *devices = child<QTableView>(*w, "devicesTable");
        QCOMPARE(devices->model()->rowCount(), 28);

        // A tap on a column header sorts by it (seats: numerically, the Aula with 300 first when descending).
        auto *header = rooms->horizontalHeader();
        const int seats = header->logicalIndex(2); // Room, Devices, Seats, ...
        QCOMPARE(rooms->model()->headerData(seats, Qt::Horizontal).toString(), QStringLiteral("Seats"));
        const QPoint seatsCenter(header->sectionViewportPosition(seats) + header->sectionSize(seats) / 2,
                                 header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, seatsCenter);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, seatsCenter);
        QCOMPARE(header->sortIndicatorSection(), seats);
        const bool descending = header->sortIndicatorOrder() == Qt::DescendingOrder;
        QCOMPARE(rooms->model()->index(descending ? 0 : 3, 0).data().toString(), QStringLiteral("Aula"));

        // The filter box narrows the table.
        QTest::keyClicks(child<QLineEdit>(*w, "roomsFilter"), QStringLiteral("raum"));
        QCOMPARE(rooms->model()->rowCount(), 2);

        QTest::mouseClick(child<QPushButton>(*w, "lockButton"), Qt::LeftButton);
        QVERIFY(onTeacherView(*w));
    }

    void repeatedWrongPasswordsSlowDown()
    {
        auto db = demoDb(true);
        auto w = openWindow(*db);
        QTest::mouseClick(child<QPushButton>(*w, "adminButton"), Qt::LeftButton);
        auto *gate = w->adminGate();
        auto *password = child<QLineEdit>(*gate, "gatePassword");
        auto *submit = child<QPushButton>(*gate, "gateSubmit");
        for (int i = 0; i < 3; ++i) {
            typeInto(password, QStringLiteral("rate-mal-%1").arg(i));
            QTest::mouseClick(submit, Qt::LeftButton);
        }
        QVERIFY(!submit->isEnabled());
        QVERIFY(child<QLabel>(*gate, "gateError")->text().contains(QLatin1String("wait")));
        QVERIFY(onTeacherView(*w));
        // Even the right password cannot be typed during the pause.
        QVERIFY(!password->isEnabled());
    }

    void adminCanChangeThePassword()
    {
        auto db = demoDb(true);
        auto w = openWindow(*db);
        QVERIFY(w->unlockWithPassword(demo::demoAdminPassword()));
        w->adminView()->showPage(gui::AdminView::Settings);
        auto *current = child<QLineEdit>(*w, "currentPassword");
        auto *fresh = child<QLineEdit>(*w, "newPassword");
        auto *repeat = child<QLineEdit>(*w, "repeatPassword");
        auto *change = child<QPushButton>(*w, "changePasswordButton");
        QVERIFY(current && fresh && repeat && change);
        QVERIFY(change->isVisible());

        typeInto(current, QStringLiteral("not-the-password"));
        typeInto(fresh, QStringLiteral("neu-geheim-1"));
        typeInto(repeat, QStringLiteral("neu-geheim-1"));
        QTest::mouseClick(change, Qt::LeftButton);
        QVERIFY(child<QLabel>(*w, "currentPasswordError")->isVisible());
        QVERIFY(!child<QLabel>(*w, "passwordChangeResult")->isVisible());

        typeInto(current, demo::demoAdminPassword());
        typeInto(fresh, QStringLiteral("neu-geheim-1"));
        typeInto(repeat, QStringLiteral("neu-geheim-1"));
        QTest::mouseClick(change, Qt::LeftButton);
        QVERIFY(child<QLabel>(*w, "passwordChangeResult")->isVisible());

        QTest::mouseClick(child<QPushButton>(*w, "lockButton"), Qt::LeftButton);
        QVERIFY(!w->unlockWithPassword(demo::demoAdminPassword()));
        QVERIFY(w->unlockWithPassword(QStringLiteral("neu-geheim-1")));
        // The change is in the audit log.
        int changes = 0;
        for (const auto &e : store::AuditLog(*db).list().valueOr({}))
            changes += e.action == QLatin1String("user.password") ? 1 : 0;
        QCOMPARE(changes, 2); // set by the demo, changed here
    }

    void adminViewLocksItselfWhenIdle()
    {
        auto db = demoDb(true);
        gui::MainWindowOptions options;
        options.scrypt = kCheap;
        options.adminIdleLockMs = 1500; // generous: the CI machine may be busy
        gui::MainWindow w(*db, options);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.unlockWithPassword(demo::demoAdminPassword()));
        // Input keeps it open...
        for (int i = 0; i < 4; ++i) {
            QTest::qWait(250);
            QTest::keyClick(child<QLineEdit>(w, "roomsFilter"), Qt::Key_A);
        }
        QVERIFY(w.isAdminUnlocked());
        // ...silence locks it.
        QTRY_VERIFY_WITH_TIMEOUT(!w.isAdminUnlocked(), 8000);
        QVERIFY(onTeacherView(w));
        QVERIFY(child<QWidget>(*w.teacherView(), "noticeBanner")->isVisible());
    }

    void adminNavigationShowsEveryPage()
    {
        auto db = demoDb(true);
        auto w = openWindow(*db);
        QVERIFY(w->unlockWithPassword(demo::demoAdminPassword()));
        auto *nav = child<QListWidget>(*w, "adminNav");
        QVERIFY(nav);
        QCOMPARE(nav->count(), int(gui::AdminView::PageCount));
        for (int i = 0; i < nav->count(); ++i) {
            const QRect rect = nav->visualItemRect(nav->item(i));
            QVERIFY(rect.height() >= 48);
            QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, rect.center());
            QCOMPARE(int(w->adminView()->currentPage()), i);
            if (const QString shots = qEnvironmentVariable("TAFEL_SHOT_DIR"); !shots.isEmpty())
                w->grab().save(shots + QStringLiteral("/admin-page-%1.png").arg(i));
        }
        if (const QString shots = qEnvironmentVariable("TAFEL_SHOT_DIR"); !shots.isEmpty()) {
            w->adminView()->showPage(gui::AdminView::RoomsDevices);
            w->adminView()->showInventoryTab(1);
            w->grab().save(shots + QStringLiteral("/admin-devices.png"));
        }
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {},
                          nav->visualItemRect(nav->item(gui::AdminView::AuditLog)).center());
        auto *audit = child<QTableView>(*w, "auditTable");
        QVERIFY(audit->isVisible());
        QVERIFY(audit->model()->rowCount() >= 1);
    }

    void longerTextStillFitsAt1280()
    {
        LongerTextTranslator translator;
        QCoreApplication::installTranslator(&translator);
        auto db = demoDb(true);
        gui::MainWindowOptions options;
        options.scrypt = kCheap;
        options.startRoom = QStringLiteral("Raum 204");
        options.banner = QStringLiteral("Demo");
        gui::MainWindow w(*db, options);
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(child<QPushButton>(w, "actionAllOn")->text().endsWith(QChar(0x00E4)));

        auto checkFits = [&](const QWidget &view) {
            QCOMPARE(w.size(), QSize(1280, 800));
            for (QAbstractButton *b : view.findChildren<QAbstractButton *>()) {
                if (!b->isVisible())
                    continue;
                const QRect r(b->mapTo(&w, QPoint(0, 0)), b->size());
                // Inside a vertically scrolling page a button may lie below the fold; it must still fit across.
                QWidget *scroll = b->parentWidget();
                while (scroll && !qobject_cast<QScrollArea *>(scroll))
                    scroll = scroll->parentWidget();
                if (scroll && scroll != b) {
                    const QRect v(scroll->mapTo(&w, QPoint(0, 0)), scroll->size());
                    QVERIFY2(r.left() >= v.left() && r.right() <= v.right(), qPrintable(b->objectName() + QStringLiteral(" sticks out sideways")));
                } else {
                    QVERIFY2(w.rect().contains(r), qPrintable(b->objectName() + QStringLiteral(" sticks out")));
                }
                QVERIFY2(b->width() >= b->sizeHint().width() - 1,
                         qPrintable(b->objectName() + QStringLiteral(" is cut off")));
            }
        };
        // TAFEL_SHOT_DIR=/some/dir keeps pictures of the lengthened layout for a human look.
        const QString shots = qEnvironmentVariable("TAFEL_SHOT_DIR");
        checkFits(*w.teacherView());
        if (!shots.isEmpty())
            w.grab().save(shots + QStringLiteral("/long-text-teacher-1280.png"));
        w.requestAdmin();
        checkFits(*w.adminGate());
        QTest::keyClick(child<QLineEdit>(w, "gatePassword"), Qt::Key_Escape);
        QVERIFY(w.unlockWithPassword(demo::demoAdminPassword()));
        for (int p = 0; p < gui::AdminView::PageCount; ++p) {
            w.adminView()->showPage(gui::AdminView::Page(p));
            checkFits(*w.adminView());
            if (!shots.isEmpty() && p == gui::AdminView::Settings)
                w.grab().save(shots + QStringLiteral("/long-text-settings-1280.png"));
        }
        QCoreApplication::removeTranslator(&translator);
    }

    void buttonsAreNamedAndTouchSized()
    {
        auto db = demoDb(true);
        auto w = openWindow(*db);
        // Teacher view, with a notice showing so its button is checked too.
        QTest::mouseClick(child<QPushButton>(*w, "actionMessage"), Qt::LeftButton);
        checkButtons(*w->teacherView(), 48);
        // The password prompt is used by touch as well.
        QTest::mouseClick(child<QPushButton>(*w, "adminButton"), Qt::LeftButton);
        checkButtons(*w->adminGate(), 48);
        QTest::keyClick(child<QLineEdit>(*w, "gatePassword"), Qt::Key_Escape);
        QVERIFY(!w->adminGate()->isVisible());
        // Admin view, on every page.
        QVERIFY(w->unlockWithPassword(demo::demoAdminPassword()));
        for (int p = 0; p < gui::AdminView::PageCount; ++p) {
            w->adminView()->showPage(gui::AdminView::Page(p));
            checkButtons(*w->adminView(), 0);
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
