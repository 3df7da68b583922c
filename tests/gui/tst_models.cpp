// The admin tables: one model per type, sortable and filterable through a proxy.
#include "gui/auditmodel.h"
#include "gui/devicemodel.h"
#include "gui/roommodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace tafel;

class TestModels : public QObject {
    Q_OBJECT

private:
    static Room room(const QString &id, const QString &name, int capacity)
    {
        Room r;
        r.id = id;
        r.name = name;
        r.capacity = capacity;
        return r;
    }

private Q_SLOTS:
    void roomModel()
    {
        gui::RoomModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRooms({room(QStringLiteral("a"), QStringLiteral("Raum 204"), 30),
                        room(QStringLiteral("b"), QStringLiteral("Aula"), 300),
                        room(QStringLiteral("c"), QStringLiteral("Physik 1"), 24)},
                       {{QStringLiteral("a"), 8}, {QStringLiteral("b"), 2}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(gui::RoomModel::ColumnCount));
        QCOMPARE(model.index(0, gui::RoomModel::Name).data().toString(), QStringLiteral("Raum 204"));
        QCOMPARE(model.index(0, gui::RoomModel::Devices).data().toInt(), 8);
        QCOMPARE(model.index(2, gui::RoomModel::Devices).data().toInt(), 0);
        QCOMPARE(model.index(1, 0).data(gui::RoomModel::IdRole).toString(), QStringLiteral("b"));
        QVERIFY(!model.headerData(gui::RoomModel::Name, Qt::Horizontal).toString().isEmpty());

        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(gui::RoomModel::Capacity, Qt::DescendingOrder); // numeric, not text order
        QCOMPARE(proxy.index(0, gui::RoomModel::Name).data().toString(), QStringLiteral("Aula"));
        QCOMPARE(proxy.index(2, gui::RoomModel::Name).data().toString(), QStringLiteral("Physik 1"));
        proxy.setFilterKeyColumn(-1);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setFilterFixedString(QStringLiteral("raum"));
        QCOMPARE(proxy.rowCount(), 1);
    }

    void deviceModel()
    {
        gui::DeviceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Device d;
        d.id = QStringLiteral("d1");
        d.roomId = QStringLiteral("a");
        d.kind = DeviceKind::Projector;
        d.name = QStringLiteral("Beamer hinten");
        d.host = QStringLiteral("192.168.20.14");
        d.port = 4352;
        d.protocol = QStringLiteral("pjlink");
        model.setDevices({d}, {{QStringLiteral("a"), QStringLiteral("Raum 204")}});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, gui::DeviceModel::Room).data().toString(), QStringLiteral("Raum 204"));
        QCOMPARE(model.index(0, gui::DeviceModel::Host).data().toString(), QStringLiteral("192.168.20.14:4352"));
        QCOMPARE(model.index(0, gui::DeviceModel::Kind).data().toString(), deviceKindName(DeviceKind::Projector));
        QCOMPARE(model.index(0, 0).data(gui::DeviceModel::KindRole).value<DeviceKind>(), DeviceKind::Projector);
    }

    void auditModel()
    {
        gui::AuditModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        store::AuditEntry older;
        older.id = 1;
        older.at = QDateTime(QDate(2026, 9, 1), QTime(7, 30), Qt::UTC);
        older.actor = QStringLiteral("admin");
        older.action = QStringLiteral("room.add");
        older.after = QJsonObject{{QStringLiteral("name"), QStringLiteral("Aula")}};
        store::AuditEntry newer = older;
        newer.id = 2;
        newer.at = older.at.addDays(1);
        newer.action = QStringLiteral("user.password");
        older.target = QStringLiteral("room-1");
        model.setEntries({newer, older}, {{QStringLiteral("room-1"), QStringLiteral("Aula")}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, gui::AuditModel::Target).data().toString(), QStringLiteral("Aula"));
        QVERIFY(model.index(1, gui::AuditModel::Change).data().toString().contains(QLatin1String("Aula")));

        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(gui::AuditModel::SortRole);
        proxy.sort(gui::AuditModel::When, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, gui::AuditModel::Action).data().toString(), QStringLiteral("room.add"));
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
