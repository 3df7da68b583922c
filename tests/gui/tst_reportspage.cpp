// The admin view's "Reports to the city" page (offscreen) against a REAL tafel-agent process reporting to the REAL
// prometheus-pushgateway: the agent's row shows reporting on and the outbox; its settings are loaded (the token only
// as "set"); Test shows the server's answer (HTTP 200) and, with the Pushgateway stopped, the network error in
// words; the outbox size and last error/success appear; a bad URL is refused with the reason next to the form and
// nothing changes; a good change is saved on the agent (reporting.ini). A teacher key gets "needs an admin key".
#include "../reporting/pushgatewayprocess.h"

#include "agentlink/pinfile.h"
#include "agentlink/truststore.h"
#include "crypto/keys.h"
#include "gui/reportspage.h"
#include "store/database.h"
#include "store/repositories.h"

#include <QApplication>
#include <QCborArray>
#include <QCheckBox>
#include <QComboBox>
#include <QSignalSpy>
#include <QGroupBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace tafel;
using namespace tafel::reporting::testing;
using gui::ReportsPage;

class ReportsPageTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void showsTheAgentAndItsSettings();
    void testButtonShowsTheServersAnswer();
    void stoppedPushgatewayShowsTheErrorAndTheOutbox();
    void badUrlIsRefusedAndNothingChanges();
    void saveChangesTheAgent();
    void teacherKeyIsNotEnough();

private:
    QString cell(ReportsPage *page, int column) const;
    QGroupBox *sinkBox(int index) const;
    template<typename T>
    T *inSink(int index, const char *name) const
    {
        QGroupBox *box = sinkBox(index);
        return box ? box->findChild<T *>(QLatin1String(name)) : nullptr;
    }

    QTemporaryDir m_dir;
    PushgatewayProcess m_gateway;
    QProcess m_agent;
    QByteArray m_log;
    QString m_adminKey;
    QString m_teacherKey;
    QString m_agentData;
    QString m_agentId;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<gui::ReportsPage> m_page;
};

void ReportsPageTest::initTestCase()
{
    if (pushgatewayBinary().isEmpty())
        QSKIP("prometheus-pushgateway is not installed (installer/dev.sh installs it)");
    QVERIFY(m_dir.isValid());
    QApplication::setStyle(QStringLiteral("Fusion"));
    QString error;
    QVERIFY2(m_gateway.start(0, &error), qPrintable(error));

    QByteArray trust;
    for (auto [role, file] : {std::pair{agentlink::Role::Admin, &m_adminKey}, std::pair{agentlink::Role::Teacher, &m_teacherKey}}) {
        auto key = crypto::KeyPair::generate();
        QVERIFY(key);
        *file = m_dir.filePath(agentlink::roleName(role) + QStringLiteral(".pem"));
        QVERIFY(key->save(*file));
        trust += agentlink::TrustStore::formatLine(role, key->publicKey(), agentlink::roleName(role)).toUtf8() + '\n';
    }
    m_agentData = m_dir.filePath(QStringLiteral("agent"));
    QVERIFY(QDir().mkpath(m_agentData));
    QFile tf(m_agentData + QStringLiteral("/trusted-keys"));
    QVERIFY(tf.open(QIODevice::WriteOnly));
    tf.write(trust);
    tf.close();
    const QString cfg = m_dir.filePath(QStringLiteral("agent.ini"));
    QFile cf(cfg);
    QVERIFY(cf.open(QIODevice::WriteOnly));
    // One report every 2 s, so the outbox and the last success/error move while the test watches.
    cf.write("[Agent]\nName=PC 7b\nRoom=Raum 7b\nDataDir=" + m_agentData.toUtf8()
             + "\n[Monitoring]\nBroadbandPerDay=0\n[Reporting]\nSchool=gs-nord\nRoom=r7b\nIntervalSecs=2\nSink1/Kind=pushgateway\n"
               "Sink1/Name=city-push\nSink1/Token=geheim-123\nSink1/Url="
             + m_gateway.url().toString().toUtf8() + "\n");
    cf.close();
    m_agent.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_agent, &QProcess::readyReadStandardError, this, [this] { m_log += m_agent.readAllStandardError(); });
    m_agent.start(QStringLiteral(AGENT_PATH), {QStringLiteral("--config"), cfg, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                               QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(m_agent.waitForStarted(10000), qPrintable(m_agent.errorString()));
    static const QRegularExpression re(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+) .*certificate fingerprint ([0-9A-F:]{95})"));
    QRegularExpressionMatch m;
    QTRY_VERIFY2_WITH_TIMEOUT((m = re.match(QString::fromUtf8(m_log))).hasMatch() || m_agent.state() == QProcess::NotRunning, m_log.constData(), 15000);
    QVERIFY2(m.hasMatch(), m_log.constData());

    auto db = store::Database::open(m_dir.filePath(QStringLiteral("school.db")));
    QVERIFY2(db, qPrintable(db.errorString()));
    m_db = std::move(db).value();
    Room room;
    room.name = QStringLiteral("Raum 7b");
    auto added = store::RoomRepository(*m_db).add(room);
    QVERIFY(added);
    Device pc;
    pc.roomId = added->id;
    pc.kind = DeviceKind::Pc;
    pc.name = QStringLiteral("PC 7b");
    pc.host = QStringLiteral("127.0.0.1");
    pc.port = quint16(m.captured(1).toUInt());
    pc.protocol = QStringLiteral("agent");
    pc.hasAgent = true;
    auto a = store::DeviceRepository(*m_db).add(pc);
    QVERIFY(a);
    m_agentId = a->id;
    QVERIFY(agentlink::PinFile::nextToDatabase(m_db->path()).store(agentlink::PinFile::key(pc.host, pc.port), m.captured(2)));

    gui::RoomAgentsOptions options;
    options.keyFile = m_adminKey;
    options.refreshMs = 1000; // the page asks every second while shown
    m_page = std::make_unique<ReportsPage>(*m_db, options);
    m_page->resize(1280, 900);
    m_page->show(); // the page asks the agents when it is first shown
}

void ReportsPageTest::cleanupTestCase()
{
    m_page.reset();
    if (m_agent.state() != QProcess::NotRunning) {
        ::kill(pid_t(m_agent.processId()), SIGTERM);
        QVERIFY(m_agent.waitForFinished(10000));
        QCOMPARE(m_agent.exitCode(), 0);
    }
    m_gateway.stop();
}

QString ReportsPageTest::cell(ReportsPage *page, int column) const
{
    auto *table = page->findChild<QTableWidget *>(QStringLiteral("reportsAgents"));
    return table && table->rowCount() > 0 && table->item(0, column) ? table->item(0, column)->text() : QString();
}

QGroupBox *ReportsPageTest::sinkBox(int index) const
{
    return m_page->findChild<QGroupBox *>(QStringLiteral("reportsSink%1").arg(index));
}

void ReportsPageTest::showsTheAgentAndItsSettings()
{
    QCOMPARE(m_page->agentIds(), QStringList{m_agentId});
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->statusOf(m_agentId).isEmpty(), 15000);
    QCOMPARE(cell(m_page.get(), 0), QStringLiteral("Raum 7b"));
    QCOMPARE(cell(m_page.get(), 1), QStringLiteral("PC 7b"));
    QVERIFY2(cell(m_page.get(), 2).contains(QLatin1String("every 2 s")), qPrintable(cell(m_page.get(), 2)));
    QVERIFY(cell(m_page.get(), 3).contains(QLatin1String("waiting")));
    // Settings of the selected (only) agent.
    QCOMPARE(m_page->selectedAgent(), m_agentId);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->sinkCount() == 1, 10000);
    QCOMPARE(m_page->findChild<QLineEdit *>(QStringLiteral("reportsSchool"))->text(), QStringLiteral("gs-nord"));
    QCOMPARE(m_page->findChild<QLineEdit *>(QStringLiteral("reportsRoom"))->text(), QStringLiteral("r7b"));
    QCOMPARE(m_page->findChild<QSpinBox *>(QStringLiteral("reportsInterval"))->value(), 2);
    QCOMPARE(inSink<QLineEdit>(0, "sinkUrl")->text(), m_gateway.url().toString());
    // The token is write-only: the field is empty, the placeholder says one is set; the text is nowhere.
    auto *token = inSink<QLineEdit>(0, "sinkToken");
    QVERIFY(token->text().isEmpty());
    QVERIFY(token->placeholderText().contains(QLatin1String("token is set")));
    for (QLineEdit *e : m_page->findChildren<QLineEdit *>())
        QVERIFY(!e->text().contains(QLatin1String("geheim-123")));
    // Last success with a time, once a report went out.
    QTRY_VERIFY_WITH_TIMEOUT(inSink<QLabel>(0, "sinkState")->text().contains(QLatin1String("Last success: ")) && 
                                 !inSink<QLabel>(0, "sinkState")->text().contains(QLatin1String("none since")),
                             15000);
    QVERIFY(cell(m_page.get(), 4).contains(QStringLiteral("city-push: ✓ last sent")));
}

void ReportsPageTest::testButtonShowsTheServersAnswer()
{
    QSignalSpy finished(m_page.get(), &ReportsPage::testFinished);
    QTest::mouseClick(inSink<QPushButton>(0, "sinkTest"), Qt::LeftButton);
    QVERIFY(finished.count() || finished.wait(15000));
    QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("city-push"));
    QCOMPARE(finished.at(0).at(1).toBool(), true);
    const QString answer = inSink<QLabel>(0, "sinkAnswer")->text();
    QVERIFY2(answer.contains(QLatin1String("The server took the report: HTTP 200")), qPrintable(answer));
    QVERIFY2(answer.contains(QLatin1String("/metrics/job/tafel/school/gs-nord/room/r7b")), qPrintable(answer));
}

void ReportsPageTest::stoppedPushgatewayShowsTheErrorAndTheOutbox()
{
    m_gateway.stop();
    QSignalSpy finished(m_page.get(), &ReportsPage::testFinished);
    QTest::mouseClick(inSink<QPushButton>(0, "sinkTest"), Qt::LeftButton);
    QVERIFY(finished.count() || finished.wait(15000));
    QCOMPARE(finished.at(0).at(1).toBool(), false);
    const QString answer = inSink<QLabel>(0, "sinkAnswer")->text();
    QVERIFY2(answer.contains(QLatin1String("No answer from the server")) && answer.contains(QLatin1String("refused"), Qt::CaseInsensitive),
             qPrintable(answer));
    // Reports queue: the outbox grows and the sink's last error appears, with the reason.
    auto *outbox = m_page->findChild<QLabel *>(QStringLiteral("reportsOutbox"));
    static const QRegularExpression waiting(QStringLiteral("Outbox: (\\d+) of at most"));
    QTRY_VERIFY_WITH_TIMEOUT(waiting.match(outbox->text()).captured(1).toInt() >= 2, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(inSink<QLabel>(0, "sinkState")->text().contains(QLatin1String("Last error: ")), 10000);
    QVERIFY(inSink<QLabel>(0, "sinkState")->text().contains(QLatin1String("refused"), Qt::CaseInsensitive));
    QVERIFY2(cell(m_page.get(), 4).contains(QStringLiteral("✗")), qPrintable(cell(m_page.get(), 4)));

    // Back up: the outbox drains, as the page shows after a refresh.
    QString error;
    QVERIFY2(m_gateway.start(m_gateway.port(), &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(outbox->text().startsWith(QLatin1String("Outbox: 0 of")), 40000);
}

void ReportsPageTest::badUrlIsRefusedAndNothingChanges()
{
    auto *url = inSink<QLineEdit>(0, "sinkUrl");
    url->setText(QStringLiteral("ftp://push.example"));
    auto *urlError = inSink<QLabel>(0, "sinkUrlError");
    QVERIFY(urlError->isVisible());
    QVERIFY(urlError->text().contains(QLatin1String("http://")));
    QSignalSpy saved(m_page.get(), &ReportsPage::saveFinished);
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("reportsSave")), Qt::LeftButton);
    QVERIFY(saved.count() || saved.wait(10000));
    QCOMPARE(saved.at(0).at(0).toBool(), false);
    QVERIFY(!QFile::exists(m_agentData + QStringLiteral("/reporting.ini")));

    // A URL the page lets through but the agent refuses (a CA file that is not there): the agent's reason.
    url->setText(m_gateway.url().toString());
    inSink<QLineEdit>(0, "sinkCaFile")->setText(QStringLiteral("/nonexistent/city-ca.pem"));
    saved.clear();
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("reportsSave")), Qt::LeftButton);
    QVERIFY(saved.count() || saved.wait(10000));
    QCOMPARE(saved.at(0).at(0).toBool(), false);
    const QString message = m_page->findChild<QLabel *>(QStringLiteral("reportsMessage"))->text();
    QVERIFY2(message.contains(QLatin1String("Not saved")) && message.contains(QLatin1String("CaFile")) && message.contains(QLatin1String("cannot read")),
             qPrintable(message));
    QVERIFY(!QFile::exists(m_agentData + QStringLiteral("/reporting.ini")));
    inSink<QLineEdit>(0, "sinkCaFile")->clear();
}

void ReportsPageTest::saveChangesTheAgent()
{
    m_page->findChild<QSpinBox *>(QStringLiteral("reportsInterval"))->setValue(5);
    m_page->addSink();
    QCOMPARE(m_page->sinkCount(), 2);
    inSink<QComboBox>(1, "sinkKind")->setCurrentIndex(1); // OTLP
    inSink<QLineEdit>(1, "sinkName")->setText(QStringLiteral("city-otel"));
    inSink<QLineEdit>(1, "sinkUrl")->setText(QStringLiteral("http://127.0.0.1:9/"));
    inSink<QCheckBox>(1, "sinkEnabled")->setChecked(false);
    inSink<QLineEdit>(1, "sinkToken")->setText(QStringLiteral("neu-456"));
    QVERIFY(!inSink<QPushButton>(1, "sinkTest")->isEnabled()); // not saved yet: nothing to test
    QSignalSpy saved(m_page.get(), &ReportsPage::saveFinished);
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("reportsSave")), Qt::LeftButton);
    QVERIFY(saved.count() || saved.wait(10000));
    QVERIFY2(saved.at(0).at(0).toBool(), qPrintable(saved.at(0).at(1).toString()));
    // The form shows what the agent now has: both tokens "set", none shown.
    QTRY_COMPARE(m_page->sinkCount(), 2);
    QVERIFY(inSink<QLineEdit>(0, "sinkToken")->placeholderText().contains(QLatin1String("token is set")));
    QVERIFY(inSink<QLineEdit>(1, "sinkToken")->placeholderText().contains(QLatin1String("token is set")));
    QVERIFY(inSink<QLineEdit>(1, "sinkToken")->text().isEmpty());
    QVERIFY(inSink<QPushButton>(1, "sinkTest")->isEnabled());
    QFile f(m_agentData + QStringLiteral("/reporting.ini"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray ini = f.readAll();
    QVERIFY2(ini.contains("IntervalSecs=5") && ini.contains("geheim-123") && ini.contains("neu-456") && ini.contains("city-otel"), ini.constData());
    // The change is in the school's audit log, before -> after, without tokens.
    auto audit = store::AuditLog(*m_db).list();
    QVERIFY(audit && !audit->isEmpty());
    const store::AuditEntry &e = audit->constFirst();
    QCOMPARE(e.action, QStringLiteral("report.config"));
    QCOMPARE(e.target, m_agentId);
    QCOMPARE(e.before.value(QStringLiteral("intervalSecs")).toInt(), 2);
    QCOMPARE(e.after.value(QStringLiteral("intervalSecs")).toInt(), 5);
    const QByteArray dump = QJsonDocument(e.after).toJson() + QJsonDocument(e.before).toJson();
    QVERIFY(!dump.contains("geheim") && !dump.contains("neu-456"));
    QTRY_VERIFY_WITH_TIMEOUT(cell(m_page.get(), 2).contains(QLatin1String("every 5 s")), 10000);
    QTRY_VERIFY(cell(m_page.get(), 4).contains(QLatin1String("city-otel: switched off")));
}

void ReportsPageTest::teacherKeyIsNotEnough()
{
    gui::RoomAgentsOptions options;
    options.keyFile = m_teacherKey;
    ReportsPage page(*m_db, options);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(!page.errorOf(m_agentId).isEmpty(), 15000);
    QVERIFY2(page.errorOf(m_agentId).contains(QLatin1String("admin key")), qPrintable(page.errorOf(m_agentId)));
    QVERIFY(page.statusOf(m_agentId).isEmpty());
}

QTEST_MAIN(ReportsPageTest)
#include "tst_reportspage.moc"
