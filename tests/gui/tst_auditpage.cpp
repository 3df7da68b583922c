// The admin view's audit log page (offscreen) over a real SQLite store: text, action (exact and family), actor and
// time-range filters; export of exactly the entries shown as CSV (RFC 4180, formula cells defused) and JSON, read
// back from the files; an unwritable path says why.
#include "gui/auditmodel.h"
#include "gui/auditpage.h"
#include "store/database.h"
#include "store/repositories.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tafel;

class AuditPageTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void allEntriesNewestFirst();
    void textFilter();
    void actionFilterExactAndFamily();
    void actorFilter();
    void timeRange();
    void exportCsvHasTheShownEntries();
    void exportJsonHasTheShownEntries();
    void exportToABadPathSaysWhy();

private:
    QStringList shownActions() const;
    template<typename T>
    T *child(const char *name) const { return m_page->findChild<T *>(QLatin1String(name)); }

    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<gui::AuditModel> m_model;
    std::unique_ptr<gui::AuditPage> m_page;
};

void AuditPageTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QApplication::setStyle(QStringLiteral("Fusion"));
    auto db = store::Database::open(m_dir.filePath(QStringLiteral("school.db")));
    QVERIFY2(db, qPrintable(db.errorString()));
    m_db = std::move(db).value();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    struct Row {
        qint64 agoSecs;
        const char *actor;
        const char *action;
        const char *target;
        QJsonObject after;
    };
    const QList<Row> rows{
        {40 * 86400, "anna", "room.add", "r-101", QJsonObject{{QStringLiteral("name"), QStringLiteral("Raum 101")}}},
        {10 * 86400, "anna", "device.add", "d-1", QJsonObject{{QStringLiteral("name"), QStringLiteral("Beamer, hinten")}}},
        {3 * 86400, "bernd", "room.update", "r-101", QJsonObject{{QStringLiteral("name"), QStringLiteral("Raum 101 \"neu\"")}}},
        {2 * 3600, "bernd", "schedule.add", "s-1", QJsonObject{{QStringLiteral("title"), QStringLiteral("=HYPERLINK(\"x\")")}}},
        {60, "=cmd|' /C calc'!A0", "room.delete", "r-102", QJsonObject{}},
    };
    for (const Row &r : rows) {
        store::AuditEntry e;
        e.at = now.addSecs(-r.agoSecs);
        e.actor = QString::fromUtf8(r.actor);
        e.action = QString::fromLatin1(r.action);
        e.target = QString::fromLatin1(r.target);
        e.after = r.after;
        QVERIFY(store::AuditLog(*m_db).append(e));
    }
    m_model = std::make_unique<gui::AuditModel>();
    m_page = std::make_unique<gui::AuditPage>(m_model.get());
    m_page->resize(1280, 800);
    m_page->show();
    auto entries = store::AuditLog(*m_db).list();
    QVERIFY(entries);
    m_model->setEntries(*entries, {{QStringLiteral("r-101"), QStringLiteral("Raum 101")}});
}

void AuditPageTest::init()
{
    child<QLineEdit>("auditFilter")->clear();
    child<QComboBox>("auditActionFilter")->setCurrentIndex(0);
    child<QComboBox>("auditActorFilter")->setCurrentIndex(0);
    child<QComboBox>("auditRange")->setCurrentIndex(0);
}

QStringList AuditPageTest::shownActions() const
{
    QStringList out;
    const QAbstractItemModel *m = m_page->filter();
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->index(r, gui::AuditModel::Action).data().toString();
    return out;
}

void AuditPageTest::allEntriesNewestFirst()
{
    QCOMPARE(shownActions(), (QStringList{QStringLiteral("room.delete"), QStringLiteral("schedule.add"), QStringLiteral("room.update"),
                                          QStringLiteral("device.add"), QStringLiteral("room.add")}));
    QCOMPARE(child<QLabel>("auditCount")->text(), QStringLiteral("5 of 5 entries shown"));
}

void AuditPageTest::textFilter()
{
    // Matches the object's name ("Raum 101" for r-101), not only the raw columns.
    QTest::keyClicks(child<QLineEdit>("auditFilter"), QStringLiteral("raum 101"));
    QCOMPARE(shownActions(), (QStringList{QStringLiteral("room.update"), QStringLiteral("room.add")}));
    child<QLineEdit>("auditFilter")->setText(QStringLiteral("BEAMER"));
    QCOMPARE(shownActions(), QStringList{QStringLiteral("device.add")});
    QCOMPARE(child<QLabel>("auditCount")->text(), QStringLiteral("1 of 5 entries shown"));
}

void AuditPageTest::actionFilterExactAndFamily()
{
    auto *action = child<QComboBox>("auditActionFilter");
    const int family = action->findData(QStringLiteral("room"));
    QVERIFY(family > 0);
    QCOMPARE(action->itemText(family), QStringLiteral("room (all)"));
    action->setCurrentIndex(family);
    QCOMPARE(shownActions(), (QStringList{QStringLiteral("room.delete"), QStringLiteral("room.update"), QStringLiteral("room.add")}));
    action->setCurrentIndex(action->findData(QStringLiteral("room.update")));
    QCOMPARE(shownActions(), QStringList{QStringLiteral("room.update")});
}

void AuditPageTest::actorFilter()
{
    auto *actor = child<QComboBox>("auditActorFilter");
    actor->setCurrentIndex(actor->findData(QStringLiteral("bernd")));
    QCOMPARE(shownActions(), (QStringList{QStringLiteral("schedule.add"), QStringLiteral("room.update")}));
    // Combined with the action family.
    auto *action = child<QComboBox>("auditActionFilter");
    action->setCurrentIndex(action->findData(QStringLiteral("room")));
    QCOMPARE(shownActions(), QStringList{QStringLiteral("room.update")});
}

void AuditPageTest::timeRange()
{
    auto *range = child<QComboBox>("auditRange");
    range->setCurrentIndex(range->findData(gui::AuditPage::Last24Hours));
    QCOMPARE(shownActions(), (QStringList{QStringLiteral("room.delete"), QStringLiteral("schedule.add")}));
    range->setCurrentIndex(range->findData(gui::AuditPage::Last7Days));
    QCOMPARE(shownActions().size(), 3);
    range->setCurrentIndex(range->findData(gui::AuditPage::Last30Days));
    QCOMPARE(shownActions().size(), 4);
    range->setCurrentIndex(range->findData(gui::AuditPage::Custom));
    auto *from = child<QDateTimeEdit>("auditFrom");
    auto *to = child<QDateTimeEdit>("auditTo");
    QVERIFY(from->isVisible() && to->isVisible());
    const QDateTime now = QDateTime::currentDateTime();
    from->setDateTime(now.addDays(-12));
    to->setDateTime(now.addDays(-1));
    QCOMPARE(shownActions(), (QStringList{QStringLiteral("room.update"), QStringLiteral("device.add")}));
}

void AuditPageTest::exportCsvHasTheShownEntries()
{
    auto *action = child<QComboBox>("auditActionFilter");
    action->setCurrentIndex(action->findData(QStringLiteral("room")));
    QSignalSpy exported(m_page.get(), &gui::AuditPage::exported);
    const QString path = m_dir.filePath(QStringLiteral("audit.csv"));
    QVERIFY(m_page->exportTo(path, gui::AuditPage::Format::Csv));
    QCOMPARE(exported.count(), 1);
    QCOMPARE(exported.at(0).at(1).toInt(), 3);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    QVERIFY(data.startsWith("\xEF\xBB\xBFid,at,actor,action,target,before,after\r\n"));
    const QList<QByteArray> lines = data.mid(3).split('\n');
    QCOMPARE(lines.size(), 5); // header, 3 rows, empty after the last CRLF
    QVERIFY(lines.at(1).contains(",room.delete,r-102,"));
    // The actor that looks like a formula is defused; quotes are doubled inside quoted cells.
    QVERIFY2(lines.at(1).contains(",'=cmd|' /C calc'!A0,"), lines.at(1).constData());
    QVERIFY2(lines.at(2).contains("\"{\"\"name\"\":\"\"Raum 101 \\\"\"neu\\\"\"\"\"}\""), lines.at(2).constData());
    QVERIFY(lines.at(3).contains(",room.add,r-101,"));
    QVERIFY(!data.contains("schedule.add") && !data.contains("device.add"));
    QVERIFY(child<QLabel>("auditExportResult")->text().contains(QLatin1String("3 entries saved")));
}

void AuditPageTest::exportJsonHasTheShownEntries()
{
    auto *actor = child<QComboBox>("auditActorFilter");
    actor->setCurrentIndex(actor->findData(QStringLiteral("anna")));
    const QString path = m_dir.filePath(QStringLiteral("audit.json"));
    QVERIFY(m_page->exportTo(path, gui::AuditPage::Format::Json));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonParseError err;
    const QJsonArray a = QJsonDocument::fromJson(f.readAll(), &err).array();
    QCOMPARE(err.error, QJsonParseError::NoError);
    QCOMPARE(a.size(), 2);
    QCOMPARE(a.at(0).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("device.add"));
    QCOMPARE(a.at(0).toObject().value(QStringLiteral("after")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Beamer, hinten"));
    QCOMPARE(a.at(1).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("room.add"));
    QVERIFY(a.at(1).toObject().value(QStringLiteral("at")).toString().endsWith(QLatin1Char('Z')));
    QVERIFY(QDateTime::fromString(a.at(1).toObject().value(QStringLiteral("at")).toString(), Qt::ISODateWithMs).isValid());
}

void AuditPageTest::exportToABadPathSaysWhy()
{
    const QString path = m_dir.filePath(QStringLiteral("no-such-dir/audit.csv"));
    QVERIFY(!m_page->exportTo(path, gui::AuditPage::Format::Csv));
    QVERIFY(!QFile::exists(path));
    QVERIFY(child<QLabel>("auditExportResult")->text().startsWith(QLatin1String("Could not save")));
}

QTEST_MAIN(AuditPageTest)
#include "tst_auditpage.moc"
