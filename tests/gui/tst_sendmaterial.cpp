// "Send to room" in the teacher view against REAL tafel-agent processes on 127.0.0.1 (three agents of one room):
// a folder dropped on the panel (a real QDropEvent) is packed with the teacher key and reaches every computer
// verified, byte for byte; an agent that is down shows its error in words, and "Retry failed computers" delivers
// once it is back (same port, same certificate); the room's package list shows the packages with the number of
// computers, Open lists the files, Delete (after the confirmation) removes the package from every agent.
#include "agentlink/pinfile.h"
#include "agentlink/truststore.h"
#include "crypto/keys.h"
#include "gui/materialsend.h"
#include "gui/roomagents.h"
#include "gui/roompackagesmodel.h"
#include "gui/sendmaterialpanel.h"
#include "store/database.h"
#include "store/repositories.h"

#include <QApplication>
#include <QDir>
#include <QDropEvent>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <csignal>
#include <memory>

using namespace tafel;

namespace {
constexpr int kStartMs = 20000;
constexpr int kSendMs = 60000;

// For review: with TAFEL_TEST_SCREENSHOTS=DIR the panel is saved as PNGs there.
void grab(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("TAFEL_TEST_SCREENSHOTS");
    if (!dir.isEmpty())
        w.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

QByteArray pattern(qint64 size, int seed)
{
    QByteArray out(size, Qt::Uninitialized);
    quint32 x = quint32(seed) * 2654435761u + 1;
    for (qint64 i = 0; i < size; ++i) {
        x = x * 1664525u + 1013904223u;
        out[i] = char(x >> 24);
    }
    return out;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Agent {
    QString name;
    QString dataDir;
    quint16 port = 0;
    QString fingerprint;
    std::unique_ptr<QProcess> process;
    QByteArray log;
};
} // namespace

class SendMaterialTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void droppedFolderReachesEveryComputerVerified();
    void downComputerShowsItsErrorAndRetryDelivers();
    void packageListOpenAndDelete();

private:
    bool startAgent(Agent &agent, quint16 port);
    void stopAgent(Agent &agent);
    void waitUntilOnline(gui::RoomAgents &agents);
    QString materialDir(const Agent &agent) const { return QDir(agent.dataDir).filePath(QStringLiteral("material")); }

    QTemporaryDir m_dir;
    QString m_keyFile;
    QString m_trust;
    Agent m_agents[3];
    std::unique_ptr<store::Database> m_db;
    QString m_roomId;
    QString m_firstPackage;
};

bool SendMaterialTest::startAgent(Agent &agent, quint16 port)
{
    const QString cfg = m_dir.filePath(agent.name + QStringLiteral(".ini"));
    QFile cf(cfg);
    if (!cf.open(QIODevice::WriteOnly))
        return false;
    cf.write("[Agent]\nName=" + agent.name.toUtf8() + "\nDataDir=" + agent.dataDir.toUtf8() + "\n[Trust]\nKeysFile=" + m_trust.toUtf8() + "\n");
    cf.close();
    agent.log.clear();
    agent.process = std::make_unique<QProcess>();
    QProcess *p = agent.process.get();
    p->setProcessChannelMode(QProcess::SeparateChannels);
    connect(p, &QProcess::readyReadStandardError, this, [p, &agent] { agent.log += p->readAllStandardError(); });
    p->start(QStringLiteral(AGENT_PATH), {QStringLiteral("--config"), cfg, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                                          QStringLiteral("--lang"), QStringLiteral("en")});
    if (!p->waitForStarted(10000))
        return false;
    static const QRegularExpression re(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+) .*certificate fingerprint ([0-9A-F:]{95})"));
    QRegularExpressionMatch m;
    if (!QTest::qWaitFor([&] { return (m = re.match(QString::fromUtf8(agent.log))).hasMatch() || p->state() == QProcess::NotRunning; }, kStartMs)
        || !m.hasMatch())
        return false;
    agent.port = quint16(m.captured(1).toUInt());
    agent.fingerprint = m.captured(2);
    return true;
}

void SendMaterialTest::stopAgent(Agent &agent)
{
    if (agent.process && agent.process->state() != QProcess::NotRunning) {
        ::kill(pid_t(agent.process->processId()), SIGTERM);
        agent.process->waitForFinished(10000);
    }
}

void SendMaterialTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QApplication::setStyle(QStringLiteral("Fusion"));
    auto key = crypto::KeyPair::generate();
    QVERIFY(key);
    m_keyFile = m_dir.filePath(QStringLiteral("teacher.pem"));
    QVERIFY(key->save(m_keyFile));
    m_trust = m_dir.filePath(QStringLiteral("trusted-keys"));
    QVERIFY(writeFile(m_trust, agentlink::TrustStore::formatLine(agentlink::Role::Teacher, key->publicKey(), QStringLiteral("teacher")).toUtf8() + '\n'));

    auto db = store::Database::open(m_dir.filePath(QStringLiteral("school.db")));
    QVERIFY2(db, qPrintable(db.errorString()));
    m_db = std::move(db).value();
    Room room;
    room.name = QStringLiteral("Raum 7b");
    auto added = store::RoomRepository(*m_db).add(room);
    QVERIFY(added);
    m_roomId = added->id;
    const auto pins = agentlink::PinFile::nextToDatabase(m_db->path());
    const QStringList names{QStringLiteral("PC-1"), QStringLiteral("PC-2"), QStringLiteral("PC-3")};
    for (int i = 0; i < 3; ++i) {
        Agent &a = m_agents[i];
        a.name = names.at(i);
        a.dataDir = m_dir.filePath(a.name);
        QVERIFY2(startAgent(a, 0), a.log.constData());
        Device d;
        d.roomId = m_roomId;
        d.kind = DeviceKind::Pc;
        d.name = a.name;
        d.host = QStringLiteral("127.0.0.1");
        d.port = a.port;
        d.protocol = QStringLiteral("agent");
        d.hasAgent = true;
        QVERIFY(store::DeviceRepository(*m_db).add(d));
        QVERIFY(pins.store(agentlink::PinFile::key(d.host, a.port), a.fingerprint));
    }
}

void SendMaterialTest::cleanupTestCase()
{
    for (Agent &a : m_agents)
        stopAgent(a);
}

void SendMaterialTest::waitUntilOnline(gui::RoomAgents &agents)
{
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(agents.agents().cbegin(), agents.agents().cend(),
                                         [](const gui::RoomAgent &a) { return a.state == gui::RoomAgent::State::Online; }),
                             15000);
}

void SendMaterialTest::droppedFolderReachesEveryComputerVerified()
{
    // A folder with a sub-folder, an empty file and a file of several chunks.
    const QString folder = m_dir.filePath(QStringLiteral("Arbeitsblätter"));
    const QByteArray big = pattern(3 * 1024 * 1024 + 12345, 1);
    const QByteArray small = pattern(4000, 2);
    QVERIFY(writeFile(folder + QStringLiteral("/Bruchrechnen.pdf"), small));
    QVERIFY(writeFile(folder + QStringLiteral("/Video/Experiment.mp4"), big));
    QVERIFY(writeFile(folder + QStringLiteral("/leer.txt"), {}));

    gui::RoomAgents agents(*m_db, {m_keyFile, {}, 60'000});
    agents.setRoom(m_roomId);
    gui::SendMaterialPanel panel(&agents, {m_dir.filePath(QStringLiteral("work")), 5000});
    panel.resize(1200, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    waitUntilOnline(agents);

    // A real drop: drag enter (accepted, the target lights up), then drop.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(folder)});
    const QPoint at(panel.width() / 2, 60);
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&panel, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QSignalSpy finished(panel.materialSend(), &gui::MaterialSend::finished);
    QApplication::sendEvent(&panel, &drop);
    QVERIFY2(panel.materialSend()->isBusy(), qPrintable(panel.statusText()));
    QVERIFY(finished.wait(kSendMs));
    grab(panel, QStringLiteral("sendmaterial-verified"));

    const QList<gui::Delivery> rows = panel.materialSend()->deliveries();
    QCOMPARE(rows.size(), 3);
    for (int i = 0; i < rows.size(); ++i) {
        QVERIFY2(rows.at(i).state == gui::Delivery::State::Verified, qPrintable(panel.deliveryText(i)));
        QVERIFY2(panel.deliveryText(i).contains(QStringLiteral("✓")), qPrintable(panel.deliveryText(i)));
    }
    QVERIFY2(panel.statusText().contains(QStringLiteral("is on all 3 computer")), qPrintable(panel.statusText()));
    m_firstPackage = panel.materialSend()->packageId();
    QVERIFY(!m_firstPackage.isEmpty());
    // Every byte is in place on every agent, in <material>/<package-id>/.
    for (const Agent &a : m_agents) {
        const QDir pkg(QDir(materialDir(a)).filePath(m_firstPackage));
        QCOMPARE(readFile(pkg.filePath(QStringLiteral("Video/Experiment.mp4"))), big);
        QCOMPARE(readFile(pkg.filePath(QStringLiteral("Bruchrechnen.pdf"))), small);
        QVERIFY(QFileInfo(pkg.filePath(QStringLiteral("leer.txt"))).isFile());
    }
    // The room's list shows it on all three.
    QTRY_VERIFY_WITH_TIMEOUT(panel.packagesModel()->row(m_firstPackage) >= 0, 10000);
    const gui::RoomPackage p = panel.packagesModel()->package(panel.packagesModel()->row(m_firstPackage));
    QCOMPARE(p.title, QStringLiteral("Arbeitsblätter"));
    QCOMPARE(p.completeOn.size(), 3);
    QCOMPARE(p.files, 3);
    QCOMPARE(p.bytes, qint64(big.size() + small.size()));
}

void SendMaterialTest::downComputerShowsItsErrorAndRetryDelivers()
{
    const QByteArray data = pattern(2 * 1024 * 1024 + 7, 3);
    const QString file = m_dir.filePath(QStringLiteral("Tafelbild.png"));
    QVERIFY(writeFile(file, data));
    gui::RoomAgents agents(*m_db, {m_keyFile, {}, 60'000});
    agents.setRoom(m_roomId);
    gui::SendMaterialPanel panel(&agents, {m_dir.filePath(QStringLiteral("work")), 3000});
    panel.resize(1200, 700);
    panel.show();
    waitUntilOnline(agents);

    Agent &down = m_agents[2];
    const quint16 port = down.port;
    stopAgent(down);

    QSignalSpy finished(panel.materialSend(), &gui::MaterialSend::finished);
    panel.sendPaths({file});
    QVERIFY2(panel.materialSend()->isBusy(), qPrintable(panel.statusText()));
    QVERIFY(finished.wait(kSendMs));
    grab(panel, QStringLiteral("sendmaterial-one-down"));
    QList<gui::Delivery> rows = panel.materialSend()->deliveries();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).state, gui::Delivery::State::Verified);
    QCOMPARE(rows.at(1).state, gui::Delivery::State::Verified);
    QCOMPARE(rows.at(2).state, gui::Delivery::State::Failed);
    QVERIFY(!rows.at(2).error.isEmpty());
    QVERIFY2(panel.deliveryText(2).contains(rows.at(2).error), qPrintable(panel.deliveryText(2)));
    QVERIFY2(panel.statusText().contains(QStringLiteral("2 of 3")), qPrintable(panel.statusText()));
    auto *retry = panel.findChild<QPushButton *>(QStringLiteral("materialRetry"));
    QVERIFY(retry && retry->isVisible());
    const QString packageId = panel.materialSend()->packageId();
    QVERIFY(!QFileInfo::exists(QDir(materialDir(down)).filePath(packageId)));

    // Back on the same port with the same certificate; the retry delivers to it alone.
    QVERIFY2(startAgent(down, port), down.log.constData());
    QCOMPARE(down.port, port);
    finished.clear();
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(panel.materialSend()->isBusy());
    QVERIFY(finished.wait(kSendMs));
    rows = panel.materialSend()->deliveries();
    for (int i = 0; i < rows.size(); ++i)
        QVERIFY2(rows.at(i).state == gui::Delivery::State::Verified, qPrintable(panel.deliveryText(i)));
    QCOMPARE(readFile(QDir(QDir(materialDir(down)).filePath(packageId)).filePath(QStringLiteral("Tafelbild.png"))), data);
    QVERIFY(!retry->isVisible());
}

void SendMaterialTest::packageListOpenAndDelete()
{
    QVERIFY2(!m_firstPackage.isEmpty(), "needs the package of the first test");
    gui::RoomAgents agents(*m_db, {m_keyFile, {}, 60'000});
    agents.setRoom(m_roomId);
    gui::SendMaterialPanel panel(&agents, {m_dir.filePath(QStringLiteral("work")), 3000});
    panel.resize(1200, 800);
    panel.show();
    waitUntilOnline(agents);
    gui::RoomPackagesModel *model = panel.packagesModel();
    QSignalSpy refreshed(model, &gui::RoomPackagesModel::refreshed);
    panel.refreshPackages();
    QVERIFY(refreshed.wait(15000));
    QCOMPARE(model->rowCount(), 2); // the folder and the single file of the retry test
    QVERIFY(model->row(m_firstPackage) >= 0);
    const QString text = model->data(model->index(model->row(m_firstPackage))).toString();
    QVERIFY2(text.contains(QStringLiteral("Arbeitsblätter")) && text.contains(QStringLiteral("3 of 3")), qPrintable(text));
    grab(panel, QStringLiteral("sendmaterial-packages"));

    // Open: the files of the package, from an agent.
    panel.openPackage(m_firstPackage);
    QListWidget *files = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((files = panel.findChild<QListWidget *>(QStringLiteral("packageFiles"))) != nullptr, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(files->count(), 3, 10000);
    QStringList shown;
    for (int i = 0; i < files->count(); ++i)
        shown << files->item(i)->text();
    QVERIFY2(shown.join(QLatin1Char('\n')).contains(QStringLiteral("Video/Experiment.mp4")), qPrintable(shown.join(QLatin1Char('\n'))));
    files->window()->close();

    // Delete: asks first; Cancel keeps it, Delete removes it from every agent.
    panel.deletePackage(m_firstPackage);
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = panel.findChild<QMessageBox *>(QStringLiteral("packageDeleteConfirm"))) != nullptr, 5000);
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTest::qWait(200);
    for (const Agent &a : m_agents)
        QVERIFY(QFileInfo::exists(QDir(materialDir(a)).filePath(m_firstPackage)));
    QTRY_VERIFY_WITH_TIMEOUT(panel.findChild<QMessageBox *>(QStringLiteral("packageDeleteConfirm")) == nullptr, 5000);

    panel.deletePackage(m_firstPackage);
    QTRY_VERIFY_WITH_TIMEOUT((box = panel.findChild<QMessageBox *>(QStringLiteral("packageDeleteConfirm"))) != nullptr, 5000);
    refreshed.clear();
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QVERIFY(refreshed.wait(15000));
    QCOMPARE(model->row(m_firstPackage), -1);
    QCOMPARE(model->rowCount(), 1);
    for (const Agent &a : m_agents)
        QVERIFY(!QFileInfo::exists(QDir(materialDir(a)).filePath(m_firstPackage)));
    QVERIFY2(panel.statusText().contains(QStringLiteral("deleted")), qPrintable(panel.statusText()));
}

QTEST_MAIN(SendMaterialTest)
#include "tst_sendmaterial.moc"
