// The discovery assistant dialog (offscreen) against a PJLink simulator (TCP and its %2SRCH responder) and a
// Samsung MDC simulator on loopback: a bad subnet is refused with a message; the scan lists both with what
// answered; ticking them and picking a room adds them to the inventory in one go, with audit entries, and they
// then show as already in the inventory.
#include "gui/discoverydialog.h"

#include "displays/mdcsimulator.h"
#include "displays/pjlinksimulator.h"
#include "store/database.h"
#include "store/repositories.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace tafel;

class DiscoveryDialogTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void findAndAdd();
};

void DiscoveryDialogTest::findAndAdd()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto db = store::Database::open(dir.filePath(QStringLiteral("school.db")));
    QVERIFY(db);
    Room r1, r2;
    r1.name = QStringLiteral("Raum 101");
    r2.name = QStringLiteral("Raum 204");
    QVERIFY(store::RoomRepository(**db).add(r1));
    auto room = store::RoomRepository(**db).add(r2);
    QVERIFY(room);
    displays::PjLinkSimulatorConfig config;
    config.name = QStringLiteral("Beamer Chemie");
    displays::PjLinkSimulator pjlink(config);
    QVERIFY(pjlink.listen(QHostAddress::LocalHost, 0));
    QVERIFY(pjlink.listenUdp(0));
    displays::MdcSimulator mdc(displays::MdcSimulator::Options{});
    QVERIFY(mdc.listen(QHostAddress::LocalHost, 0));

    gui::DiscoveryDialog dialog(**db);
    discovery::ScanOptions options;
    options.ports = {{pjlink.port(), discovery::Service::PjLink}, {mdc.port(), discovery::Service::Mdc}};
    options.searchDestination = QHostAddress::LocalHost;
    options.searchPort = pjlink.udpPort();
    options.searchLocalPort = 0;
    options.searchTimeoutMs = 500;
    dialog.setScanOptions(options);
    dialog.resize(1280, 700);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    dialog.subnetEdit()->setText(QStringLiteral("10.0.0.0/8"));
    QVERIFY(!dialog.startScan());
    QVERIFY2(dialog.statusLabel()->text().contains(QStringLiteral("/22")), qPrintable(dialog.statusLabel()->text()));

    dialog.subnetEdit()->setText(QStringLiteral("127.0.0.1/32"));
    QSignalSpy finished(&dialog, &gui::DiscoveryDialog::scanFinished);
    QVERIFY(dialog.startScan());
    QVERIFY(finished.wait(20000));
    QTableWidget *table = dialog.table();
    QCOMPARE(table->rowCount(), 2);
    QStringList answered;
    for (int r = 0; r < 2; ++r)
        answered << table->item(r, 2)->text() + QLatin1Char('|') + table->item(r, 3)->text() + QLatin1Char('|') + table->item(r, 5)->text();
    const QString all = answered.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("PJLink class 2, no password")) && all.contains(QStringLiteral("Beamer Chemie")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("answered the search")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Samsung MDC, display id 1")), qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("Yes")), qPrintable(all));
    if (!qEnvironmentVariableIsEmpty("TAFEL_TEST_SCREENSHOTS"))
        dialog.grab().save(QDir(qEnvironmentVariable("TAFEL_TEST_SCREENSHOTS")).filePath(QStringLiteral("discovery-dialog.png")));

    dialog.setChecked(0, true);
    dialog.setChecked(1, true);
    dialog.roomBox()->setCurrentIndex(dialog.roomBox()->findText(QStringLiteral("Raum 204")));
    QSignalSpy added(&dialog, &gui::DiscoveryDialog::devicesAdded);
    QCOMPARE(dialog.addChecked(), 2);
    QCOMPARE(added.count(), 1);
    auto devices = store::DeviceRepository(**db).list(room->id);
    QVERIFY(devices);
    QCOMPARE(devices->size(), 2);
    QStringList names;
    for (const Device &d : *devices)
        names << d.name + QLatin1Char('/') + d.protocol;
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("Beamer Chemie/pjlink"), QStringLiteral("Display 127.0.0.1/mdc")}));
    auto audit = store::AuditLog(**db).list();
    QVERIFY(audit);
    int adds = 0;
    for (const store::AuditEntry &e : *audit)
        adds += e.action == QLatin1String("device.add") && e.after.value(QStringLiteral("room_id")).toString() == room->id ? 1 : 0;
    QVERIFY2(adds == 2, qPrintable(QString::number(adds)));
    // Now they are in the inventory: not tickable any more, and adding again adds nothing.
    for (int r = 0; r < 2; ++r)
        QVERIFY2(table->item(r, 5)->text().startsWith(QStringLiteral("Yes")), qPrintable(table->item(r, 5)->text()));
    dialog.setChecked(0, true);
    QCOMPARE(dialog.addChecked(), 0);
}

QTEST_MAIN(DiscoveryDialogTest)
#include "tst_discoverydialog.moc"
