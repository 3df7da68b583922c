// Admin view "Rooms & devices" offscreen against a real SQLite file with the demo school: password gate, add /
// edit / delete rooms and devices (confirmation declined and accepted), move a device, a device password stored
// encrypted and never shown again, CSV import of a mixed good/bad file (errors listed with line numbers, nothing
// written, Apply disabled) and of a good file (applied), export, and the audit entries for every change.
#include "demo/demoschool.h"
#include "gui/admingate.h"
#include "gui/adminview.h"
#include "gui/auditmodel.h"
#include "gui/inventorypage.h"
#include "gui/mainwindow.h"
#include "inventory/importplan.h"
#include "inventory/inventorycsv.h"
#include "store/credentials.h"
#include "store/database.h"
#include "store/repositories.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace tafel;

namespace {
constexpr crypto::ScryptParams kCheap{10, 1, 1};
const QString kSecret = QStringLiteral("geheim-PJ-4711");
} // namespace

class TestInventoryPage final : public QObject {
    Q_OBJECT

    template<typename T>
    T *child(const char *name) const
    {
        auto *c = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!c)
            qWarning("no child %s", name);
        return c;
    }

    void click(const char *name)
    {
        auto *b = child<QPushButton>(name);
        QVERIFY2(b && b->isVisible() && b->isEnabled(), name);
        QTest::mouseClick(b, Qt::LeftButton);
    }

    static void typeInto(QLineEdit *edit, const QString &text)
    {
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    // Selects the row whose first column reads `name` in the table; false when there is none.
    bool select(const char *table, const QString &name)
    {
        auto *view = child<QTableView>(table);
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (view->model()->index(r, 0).data().toString() == name) {
                view->selectRow(r);
                return true;
            }
        }
        return false;
    }

    // Every visible control lies inside the 1280x800 window, the form's fields are not squeezed below their size
    // hint (no horizontal scrolling in the forms), and TAFEL_SHOT_DIR=/dir keeps a picture for a human look.
    void checkFitsAndShoot(const QString &shot)
    {
        QCOMPARE(m_window->size(), QSize(1280, 800));
        QApplication::processEvents();
        for (QWidget *c : m_page->findChildren<QWidget *>()) {
            if (!c->isVisible() || !(qobject_cast<QAbstractButton *>(c) || qobject_cast<QLineEdit *>(c) || qobject_cast<QComboBox *>(c)))
                continue;
            const QRect r(c->mapTo(m_window.get(), QPoint(0, 0)), c->size());
            QVERIFY2(m_window->rect().contains(r), qPrintable(c->objectName() + QStringLiteral(" sticks out")));
            if (qobject_cast<QAbstractButton *>(c))
                QVERIFY2(c->width() >= c->sizeHint().width() - 1, qPrintable(c->objectName() + QStringLiteral(" is cut off")));
        }
        if (const QString dir = qEnvironmentVariable("TAFEL_SHOT_DIR"); !dir.isEmpty())
            m_window->grab().save(dir + QLatin1Char('/') + shot + QStringLiteral(".png"));
    }

    int count(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    int devices() { return count(QStringLiteral("SELECT COUNT(*) FROM devices")); }
    int rooms() { return count(QStringLiteral("SELECT COUNT(*) FROM rooms")); }
    int audits() { return count(QStringLiteral("SELECT COUNT(*) FROM audit_log")); }

    // Actions shown in the admin view's audit table (the model behind it), newest first.
    QStringList shownAuditActions()
    {
        QStringList out;
        const auto *model = m_window->adminView()->auditModel();
        for (int r = 0; r < model->rowCount(); ++r)
            out << model->entries().at(r).action + QLatin1Char('/') + model->entries().at(r).actor;
        return out;
    }

    Result<Device> deviceNamed(const QString &name)
    {
        auto all = store::DeviceRepository(*m_db).list();
        for (const Device &d : all.valueOr({})) {
            if (d.name == name)
                return d;
        }
        return Error::make(ErrorCode::NotFound, name);
    }

    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = store::Database::open(m_dir.filePath(QStringLiteral("school.db")));
        QVERIFY2(db.ok(), qPrintable(db.errorString()));
        m_db = std::move(db).value();
        demo::DemoOptions options;
        options.scrypt = kCheap;
        QVERIFY(demo::seedDemoSchool(*m_db, options).ok());
        gui::MainWindowOptions wo;
        wo.scrypt = kCheap;
        wo.startRoom = QStringLiteral("Raum 204");
        m_window = std::make_unique<gui::MainWindow>(*m_db, wo);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

        // The password gate in front of the admin view.
        QTest::mouseClick(child<QPushButton>("adminButton"), Qt::LeftButton);
        auto *gate = m_window->adminGate();
        QVERIFY(gate->isVisible());
        typeInto(gate->findChild<QLineEdit *>(QStringLiteral("gatePassword")), demo::demoAdminPassword());
        QTest::mouseClick(gate->findChild<QPushButton *>(QStringLiteral("gateSubmit")), Qt::LeftButton);
        QVERIFY(m_window->isAdminUnlocked());
        QCOMPARE(m_window->adminView()->currentPage(), gui::AdminView::RoomsDevices);
        m_page = m_window->adminView()->inventoryPage();
        QVERIFY(m_page && m_page->isVisible());
    }

    void addAndEditRoom()
    {
        m_page->showTab(gui::InventoryPage::RoomsTab);
        const int before = rooms();
        click("inventoryAdd");
        QCOMPARE(m_page->currentScreen(), gui::InventoryPage::RoomFormScreen);
        // No name: the error is next to the form, nothing is written.
        click("roomSave");
        QVERIFY(child<QLabel>("roomError")->isVisible());
        QCOMPARE(rooms(), before);
        // A name that exists already (case-insensitive) is refused by the store, shown in the form.
        typeInto(child<QLineEdit>("roomName"), QStringLiteral("aula"));
        click("roomSave");
        QVERIFY2(child<QLabel>("roomError")->text().contains(QStringLiteral("already exists")), qPrintable(child<QLabel>("roomError")->text()));
        QCOMPARE(rooms(), before);

        typeInto(child<QLineEdit>("roomName"), QStringLiteral("Raum 300"));
        checkFitsAndShoot(QStringLiteral("inventory-room-form"));
        typeInto(child<QLineEdit>("roomBuilding"), QStringLiteral("Neubau"));
        typeInto(child<QLineEdit>("roomFloor"), QStringLiteral("3"));
        typeInto(child<QLineEdit>("roomCapacity"), QStringLiteral("2x8")); // the validator keeps digits only
        QCOMPARE(child<QLineEdit>("roomCapacity")->text(), QStringLiteral("28"));
        click("roomSave");
        QCOMPARE(m_page->currentScreen(), gui::InventoryPage::ListScreen);
        QCOMPARE(rooms(), before + 1);
        auto room = store::RoomRepository(*m_db).findByName(QStringLiteral("Raum 300"));
        QVERIFY(room.ok());
        QCOMPARE(room->capacity, 28);
        QVERIFY(select("roomsTable", QStringLiteral("Raum 300"))); // the table shows it

        click("inventoryEdit");
        QCOMPARE(child<QLineEdit>("roomName")->text(), QStringLiteral("Raum 300"));
        typeInto(child<QLineEdit>("roomFloor"), QStringLiteral("3. OG"));
        click("roomSave");
        QCOMPARE(store::RoomRepository(*m_db).findByName(QStringLiteral("Raum 300"))->floor, QStringLiteral("3. OG"));
        const QStringList actions = shownAuditActions();
        QCOMPARE(actions.value(0), QStringLiteral("room.update/admin"));
        QCOMPARE(actions.value(1), QStringLiteral("room.add/admin"));
    }

    void addDeviceWithPassword()
    {
        m_page->showTab(gui::InventoryPage::DevicesTab);
        const int before = devices();
        click("inventoryAdd");
        QCOMPARE(m_page->currentScreen(), gui::InventoryPage::DeviceFormScreen);
        auto *room = child<QComboBox>("deviceRoom");
        room->setCurrentIndex(room->findText(QStringLiteral("Raum 300")));
        auto *kind = child<QComboBox>("deviceKind");
        kind->setCurrentIndex(kind->findData(QVariant::fromValue(DeviceKind::Projector)));
        typeInto(child<QLineEdit>("deviceName"), QStringLiteral("Beamer 300"));
        typeInto(child<QLineEdit>("deviceHost"), QStringLiteral("10.3.0.300")); // not an IPv4 address
        auto *protocol = child<QComboBox>("deviceProtocol");
        protocol->setCurrentIndex(protocol->findData(QStringLiteral("pjlink")));
        auto *password = child<QLineEdit>("devicePassword");
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        typeInto(password, kSecret);
        click("deviceSave");
        QVERIFY(child<QLabel>("deviceError")->isVisible());
        QCOMPARE(devices(), before);

        typeInto(child<QLineEdit>("deviceHost"), QStringLiteral("10.3.0.14"));
        typeInto(child<QLineEdit>("devicePort"), QStringLiteral("4352"));
        typeInto(child<QLineEdit>("deviceMac"), QStringLiteral("00-11-22-33-03-14"));
        typeInto(password, kSecret);
        checkFitsAndShoot(QStringLiteral("inventory-device-form"));
        click("deviceSave");
        QCOMPARE(m_page->currentScreen(), gui::InventoryPage::ListScreen);
        QCOMPARE(devices(), before + 1);
        auto beamer = deviceNamed(QStringLiteral("Beamer 300"));
        QVERIFY(beamer.ok());
        QCOMPARE(beamer->mac, QStringLiteral("00:11:22:33:03:14"));
        QCOMPARE(int(beamer->port), 4352);
        QVERIFY(!beamer->credentialRef.isEmpty());

        // Encrypted at rest: neither the credentials table nor any other column holds the secret in clear...
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT secret FROM credentials WHERE id = '%1'").arg(beamer->credentialRef)));
        QVERIFY(q.next());
        QVERIFY(!q.value(0).toByteArray().contains(kSecret.toUtf8()));
        QVERIFY(!q.value(0).toByteArray().isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE after_json LIKE '%%1%'").arg(kSecret)), 0);
        // ...but decrypts with the key file next to the database.
        auto creds = store::CredentialRepository::forDatabase(*m_db);
        QCOMPARE(creds->get(beamer->credentialRef).value(), kSecret);

        // Edit: the form says "set" and never shows the secret.
        QVERIFY(select("devicesTable", QStringLiteral("Beamer 300")));
        click("inventoryEdit");
        QCOMPARE(child<QLabel>("devicePasswordState")->text(), QStringLiteral("Password: set"));
        QVERIFY(password->text().isEmpty());
        for (const QLineEdit *e : m_window->findChildren<QLineEdit *>())
            QVERIFY2(!e->text().contains(kSecret), qPrintable(e->objectName()));
        for (const QLabel *l : m_window->findChildren<QLabel *>())
            QVERIFY2(!l->text().contains(kSecret), qPrintable(l->objectName()));
        // Replace it.
        typeInto(password, QStringLiteral("neu-1234"));
        click("deviceSave");
        QCOMPARE(creds->get(deviceNamed(QStringLiteral("Beamer 300"))->credentialRef).value(), QStringLiteral("neu-1234"));
        const QStringList actions = shownAuditActions();
        QCOMPARE(actions.value(0), QStringLiteral("device.password/admin"));
        QCOMPARE(actions.value(1), QStringLiteral("device.update/admin"));
        QVERIFY(actions.contains(QStringLiteral("device.add/admin")));
    }

    void moveDevice()
    {
        m_page->showTab(gui::InventoryPage::DevicesTab);
        QVERIFY(select("devicesTable", QStringLiteral("Beamer 300")));
        click("inventoryMove");
        QVERIFY(child<QFrame>("inventoryMoveBar")->isVisible());
        checkFitsAndShoot(QStringLiteral("inventory-move"));
        auto *to = child<QComboBox>("inventoryMoveRoom");
        to->setCurrentIndex(to->findText(QStringLiteral("Aula")));
        click("inventoryMoveConfirm");
        const auto aula = store::RoomRepository(*m_db).findByName(QStringLiteral("Aula"));
        QCOMPARE(deviceNamed(QStringLiteral("Beamer 300"))->roomId, aula->id);
        QCOMPARE(shownAuditActions().value(0), QStringLiteral("device.move/admin"));
    }

    void deleteDeviceDeclinedThenAccepted()
    {
        m_page->showTab(gui::InventoryPage::DevicesTab);
        const int before = devices();
        const int auditsBefore = audits();
        QVERIFY(select("devicesTable", QStringLiteral("Beamer 300")));
        click("inventoryDelete");
        QVERIFY(child<QFrame>("inventoryConfirm")->isVisible());
        QVERIFY2(child<QLabel>("inventoryConfirmText")->text().contains(QStringLiteral("Beamer 300")),
                 qPrintable(child<QLabel>("inventoryConfirmText")->text()));
        click("inventoryKeep");
        QVERIFY(!child<QFrame>("inventoryConfirm")->isVisible());
        QCOMPARE(devices(), before);
        QCOMPARE(audits(), auditsBefore);

        QVERIFY(select("devicesTable", QStringLiteral("Beamer 300")));
        click("inventoryDelete");
        click("inventoryConfirmDelete");
        QCOMPARE(devices(), before - 1);
        QVERIFY(!deviceNamed(QStringLiteral("Beamer 300")).ok());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM credentials")), 0); // its password went with it
        QCOMPARE(shownAuditActions().value(0), QStringLiteral("device.remove/admin"));
    }

    void deleteRoomSaysHowManyDevices()
    {
        m_page->showTab(gui::InventoryPage::RoomsTab);
        const auto r204 = store::RoomRepository(*m_db).findByName(QStringLiteral("Raum 204"));
        const int inRoom = int(store::DeviceRepository(*m_db).list(r204->id)->size());
        QVERIFY(inRoom > 1);
        const int before = devices();
        QVERIFY(select("roomsTable", QStringLiteral("Raum 204")));
        click("inventoryDelete");
        const QString text = child<QLabel>("inventoryConfirmText")->text();
        checkFitsAndShoot(QStringLiteral("inventory-delete-room"));
        QVERIFY2(text.contains(QStringLiteral("Raum 204")) && text.contains(QStringLiteral("its %1 device").arg(inRoom)), qPrintable(text));
        click("inventoryKeep");
        QVERIFY(store::RoomRepository(*m_db).get(r204->id).ok());

        QVERIFY(select("roomsTable", QStringLiteral("Raum 204")));
        click("inventoryDelete");
        click("inventoryConfirmDelete");
        QVERIFY(!store::RoomRepository(*m_db).get(r204->id).ok());
        QCOMPARE(devices(), before - inRoom);
        QVERIFY(!select("roomsTable", QStringLiteral("Raum 204")));
        QCOMPARE(shownAuditActions().value(0), QStringLiteral("room.remove/admin"));
    }

    void importMixedFileWritesNothing()
    {
        const int roomsBefore = rooms();
        const int devicesBefore = devices();
        const int auditsBefore = audits();
        const QString path = writeFile(QStringLiteral("mixed.csv"),
                                       "room;building;floor;capacity;kind;name;host;port;mac;protocol;has_agent\n"
                                       "Raum 301;Neubau;3;24;display;Tafel 301;10.3.1.10;1515;;mdc;no\n"   // good
                                       "Raum 301;;;;pc;PC 1;10.3.1.300;;;;\n"                             // line 3: bad IP
                                       "Raum 302;;;;toaster;T;10.3.2.1;;;;\n"                             // line 4: unknown kind
                                       "Raum 302;;;;pc;PC 2;10.3.2.2\n");                                 // line 5: column count
        m_page->previewFile(path);
        QCOMPARE(m_page->currentScreen(), gui::InventoryPage::ImportScreen);
        auto *errors = child<QTableWidget>("importErrors");
        QVERIFY(errors->isVisible());
        QStringList lines;
        for (int r = 0; r < errors->rowCount(); ++r)
            lines << errors->item(r, 0)->text();
        QCOMPARE(lines, QStringList({QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5")}));
        QVERIFY(errors->item(0, 1)->text().contains(QStringLiteral("10.3.1.300")));
        QVERIFY(child<QLabel>("importErrorsTitle")->text().contains(QStringLiteral("3 line")));
        QVERIFY(!child<QPushButton>("importApply")->isEnabled());
        checkFitsAndShoot(QStringLiteral("inventory-import-errors"));
        // The good line is in the preview as a change.
        QVERIFY(child<QTableWidget>("importChanges")->rowCount() >= 2); // new room + new device
        // Skipping bad lines would allow Apply; the admin cancels instead.
        child<QCheckBox>("importSkipBad")->setChecked(true);
        QVERIFY(child<QPushButton>("importApply")->isEnabled());
        child<QCheckBox>("importSkipBad")->setChecked(false);
        QVERIFY(!child<QPushButton>("importApply")->isEnabled());
        click("importCancel");
        QCOMPARE(m_page->currentScreen(), gui::InventoryPage::ListScreen);
        QCOMPARE(rooms(), roomsBefore);
        QCOMPARE(devices(), devicesBefore);
        QCOMPARE(audits(), auditsBefore);
    }

    void importGoodFileApplies()
    {
        const int roomsBefore = rooms();
        const int devicesBefore = devices();
        const QString path = writeFile(QStringLiteral("good.csv"),
                                       "\xEF\xBB\xBFroom,building,floor,capacity,kind,name,host,port,mac,protocol,has_agent\r\n"
                                       "Raum 301,Neubau,3,24,display,Tafel 301,10.3.1.10,1515,,mdc,no\r\n"
                                       "Raum 301,Neubau,3,24,pc,\"Lehrer-PC, vorne\",10.3.1.20,,00:11:22:33:03:20,agent,yes\r\n"
                                       "Aula,,,,access-point,AP Aula 2,10.0.9.2,,,,\r\n");
        m_page->previewFile(path);
        QVERIFY(!child<QTableWidget>("importErrors")->isVisible());
        QCOMPARE(m_page->importPlan().deviceCount(inventory::ChangeKind::Add), 3);
        QCOMPARE(m_page->importPlan().roomCount(inventory::ChangeKind::Add), 1);
        QVERIFY(child<QLabel>("importSummary")->text().contains(QStringLiteral("Devices: 3 new")));
        click("importApply");
        QCOMPARE(m_page->currentScreen(), gui::InventoryPage::ListScreen);
        QCOMPARE(rooms(), roomsBefore + 1);
        QCOMPARE(devices(), devicesBefore + 3);
        QVERIFY(deviceNamed(QStringLiteral("Lehrer-PC, vorne"))->hasAgent);
        const QStringList actions = shownAuditActions();
        QCOMPARE(actions.value(0), QStringLiteral("inventory.import/admin"));
        QCOMPARE(actions.count(QStringLiteral("device.add/admin")), 1 + 3); // Beamer 300 earlier + 3 imported
        m_page->showTab(gui::InventoryPage::DevicesTab);
        QVERIFY(select("devicesTable", QStringLiteral("Lehrer-PC, vorne")));
        checkFitsAndShoot(QStringLiteral("inventory-devices"));
    }

    void exportRoundTrip()
    {
        const QString path = m_dir.filePath(QStringLiteral("export.csv"));
        QVERIFY(m_page->exportTo(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        QVERIFY(csv.contains("Lehrer-PC, vorne"));
        QVERIFY(!csv.contains("neu-1234"));
        auto plan = inventory::previewImport(*m_db, inventory::parseInventoryCsv(csv));
        QVERIFY(plan.ok());
        QVERIFY(plan->errors.isEmpty());
        QVERIFY(!plan->hasChanges());
        QCOMPARE(plan->deviceCount(inventory::ChangeKind::Unchanged), devices());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_db.reset();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<gui::MainWindow> m_window;
    QPointer<gui::InventoryPage> m_page;
};

QTEST_MAIN(TestInventoryPage)
#include "tst_inventorypage.moc"
