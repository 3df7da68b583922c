// Admin view "Agents & keys" (offscreen) against two real tafel-agent processes on 127.0.0.1: agents listed with
// live version and pinned fingerprint, enrollment through the page, a killed agent shown "Unreachable" (version
// cleared, never the old answer), create + revoke keys, push configuration with one result per agent (the revoked
// key is then refused by the agent), users and roles on the Settings page, and the audit entries of all of it.
#include "agentlink/agentclient.h"
#include "agentlink/pinfile.h"
#include "crypto/keys.h"
#include "gui/adminauth.h"
#include "gui/agentskeyspage.h"
#include "gui/userspanel.h"
#include "store/database.h"
#include "store/repositories.h"
#include "store/schoolkeys.h"

#include <QEventLoop>
#include <QFile>
#include <QListWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <memory>

using namespace tafel;

namespace {
struct Agent {
    std::unique_ptr<QProcess> process;
    QByteArray log;
    QString data;
    QString target;
    QString fingerprint;
};
} // namespace

class AgentsKeysTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listsAgentsLive();
    void enrollThroughThePage();
    void createAndRevokeKeys();
    void pushConfiguration();
    void killedAgentShownUnreachable();
    void installerBundle();
    void usersAndRoles();
    void changesAudited();

private:
    bool startAgent(Agent &a);
    int rowOf(const QString &hostPort) const;
    QString cell(const QString &hostPort, int column) const;
    Result<QCborMap> callAs(const QString &keyFile, const Agent &a, const QString &command);

    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<gui::AgentsKeysPage> m_page;
    Agent m_agents[2];
    QString m_adminKey;
    QString m_teacherKey;
    QString m_teacherKeyId;
};

bool AgentsKeysTest::startAgent(Agent &a)
{
    a.process = std::make_unique<QProcess>();
    QProcess *p = a.process.get();
    connect(p, &QProcess::readyReadStandardError, this, [p, &a] { a.log += p->readAllStandardError(); });
    p->start(QStringLiteral(AGENT_PATH),
        { QStringLiteral("--data-dir"), a.data, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--lang"),
            QStringLiteral("en") });
    static const QRegularExpression re(QStringLiteral("listening on (127\\.0\\.0\\.1:\\d+) .*certificate fingerprint ([0-9A-F:]{95})"));
    QRegularExpressionMatch m;
    if (!QTest::qWaitFor([&] { return (m = re.match(QString::fromUtf8(a.log))).hasMatch() || p->state() == QProcess::NotRunning; }, 15000)
        || !m.hasMatch())
        return false;
    a.target = m.captured(1);
    a.fingerprint = m.captured(2);
    return true;
}

int AgentsKeysTest::rowOf(const QString &hostPort) const
{
    QStandardItemModel *m = m_page->agentModel();
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->item(r, gui::AgentsKeysPage::ColAddress)->text() == hostPort)
            return r;
    }
    return -1;
}

QString AgentsKeysTest::cell(const QString &hostPort, int column) const
{
    const int r = rowOf(hostPort);
    return r < 0 ? QString() : m_page->agentModel()->item(r, column)->text();
}

Result<QCborMap> AgentsKeysTest::callAs(const QString &keyFile, const Agent &a, const QString &command)
{
    auto creds = agentlink::ClientCredentials::fromKeyFile(keyFile);
    if (!creds)
        return creds.error();
    agentlink::AgentClient client;
    client.setCredentials(*creds);
    client.setPinnedFingerprint(a.fingerprint);
    client.setCallTimeout(10000);
    const QStringList hp = a.target.split(QLatin1Char(':'));
    client.connectToAgent(hp.at(0), quint16(hp.at(1).toUInt()));
    std::optional<Result<QCborMap>> result;
    QEventLoop loop;
    client.call(command, {}, [&](Result<QCborMap> r) {
        result = std::move(r);
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

void AgentsKeysTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto db = store::Database::open(m_dir.filePath(QStringLiteral("tafel.db")));
    QVERIFY2(db, qPrintable(db.errorString()));
    m_db = std::move(db).value();

    // The admin key (its .pub line hand-added on the agents) is also one of the school's keys.
    m_page = std::make_unique<gui::AgentsKeysPage>(*m_db);
    m_page->setRefreshInterval(0);
    m_adminKey = m_dir.filePath(QStringLiteral("keys/tafel-admin.pem"));
    auto admin = m_page->createKey(store::Role::Admin, QStringLiteral("IT-Service"), m_adminKey);
    QVERIFY2(admin, qPrintable(admin.errorString()));
    QFile pub(m_dir.filePath(QStringLiteral("keys/tafel-admin.pub")));
    QVERIFY(pub.open(QIODevice::ReadOnly));
    const QByteArray adminLine = pub.readAll();
    QVERIFY(adminLine.startsWith("admin "));

    for (int i = 0; i < 2; ++i) {
        Agent &a = m_agents[i];
        a.data = m_dir.filePath(QStringLiteral("agent%1").arg(i));
        QVERIFY(QDir().mkpath(a.data));
        QFile trust(QDir(a.data).filePath(QStringLiteral("trusted-keys")));
        QVERIFY(trust.open(QIODevice::WriteOnly));
        trust.write(adminLine);
        trust.close();
        QVERIFY2(startAgent(a), a.log.constData());
        auto room = store::RoomRepository(*m_db).add(Room { {}, QStringLiteral("Raum %1").arg(201 + i), {}, {}, 30 });
        QVERIFY(room);
        Device d;
        d.roomId = room->id;
        d.kind = DeviceKind::Pc;
        d.name = QStringLiteral("Lehrer-PC %1").arg(i + 1);
        d.host = a.target;
        d.protocol = QStringLiteral("agent");
        QVERIFY(store::DeviceRepository(*m_db).add(d));
    }
    // Agent 0 is pinned as `tafelctl agent enroll` would; agent 1 is enrolled through the page below.
    QVERIFY(agentlink::PinFile::nextToDatabase(m_db->path()).store(m_agents[0].target, m_agents[0].fingerprint));
    m_page->setAdminKeyFile(m_adminKey);
    m_page->resize(1280, 800);
    m_page->show();
}

void AgentsKeysTest::cleanupTestCase()
{
    m_page.reset();
    for (Agent &a : m_agents) {
        if (a.process && a.process->state() != QProcess::NotRunning) {
            ::kill(pid_t(a.process->processId()), SIGTERM);
            a.process->waitForFinished(10000);
        }
    }
}

void AgentsKeysTest::listsAgentsLive()
{
    QSignalSpy refreshed(m_page.get(), &gui::AgentsKeysPage::refreshed);
    m_page->refresh();
    QVERIFY(refreshed.wait(15000));
    QCOMPARE(m_page->agentModel()->rowCount(), 2);
    const QString a0 = m_agents[0].target;
    QCOMPARE(cell(a0, gui::AgentsKeysPage::ColState), QStringLiteral("Online"));
    QVERIFY(!cell(a0, gui::AgentsKeysPage::ColVersion).isEmpty());
    QCOMPARE(cell(a0, gui::AgentsKeysPage::ColFingerprint), m_agents[0].fingerprint);
    QCOMPARE(cell(a0, gui::AgentsKeysPage::ColRoom), QStringLiteral("Raum 201"));
    // Not enrolled yet: said so, no fingerprint, no version.
    QCOMPARE(cell(m_agents[1].target, gui::AgentsKeysPage::ColState), QStringLiteral("Not enrolled"));
    QVERIFY(cell(m_agents[1].target, gui::AgentsKeysPage::ColVersion).isEmpty());
    // The last-seen time is kept in the database.
    auto seen = store::AgentStateRepository(*m_db).all();
    QVERIFY(seen);
    QVERIFY(seen->value(a0).lastSeen.isValid());
    QCOMPARE(seen->value(a0).version, cell(a0, gui::AgentsKeysPage::ColVersion));
}

void AgentsKeysTest::enrollThroughThePage()
{
    QVERIFY(!m_page->startEnroll(QStringLiteral("not a host:99999")));
    QSignalSpy ready(m_page.get(), &gui::AgentsKeysPage::enrollReady);
    QVERIFY(m_page->startEnroll(m_agents[1].target));
    QVERIFY(ready.count() || ready.wait(10000));
    QCOMPARE(m_page->pendingFingerprint(), m_agents[1].fingerprint);
    QSignalSpy refreshed(m_page.get(), &gui::AgentsKeysPage::refreshed);
    QVERIFY(m_page->confirmEnroll());
    QVERIFY(refreshed.count() || refreshed.wait(15000));
    QCOMPARE(cell(m_agents[1].target, gui::AgentsKeysPage::ColFingerprint), m_agents[1].fingerprint);
    QCOMPARE(cell(m_agents[1].target, gui::AgentsKeysPage::ColState), QStringLiteral("Online"));
    QCOMPARE(agentlink::PinFile::nextToDatabase(m_db->path()).load()->value(m_agents[1].target), m_agents[1].fingerprint);
}

void AgentsKeysTest::createAndRevokeKeys()
{
    m_teacherKey = m_dir.filePath(QStringLiteral("keys/frau-demir.pem"));
    auto teacher = m_page->createKey(store::Role::Teacher, QStringLiteral("Frau Demir"), m_teacherKey);
    QVERIFY2(teacher, qPrintable(teacher.errorString()));
    m_teacherKeyId = teacher->keyId;
    QCOMPARE(QFile::permissions(m_teacherKey) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther), QFile::Permissions());
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("keys/frau-demir.pub"))));
    // Never overwrites an existing key file.
    QVERIFY(!m_page->createKey(store::Role::Teacher, QStringLiteral("again"), m_teacherKey));
    QVERIFY(m_page->statusText().contains(QLatin1String("already exists")));
    auto other = m_page->createKey(store::Role::Teacher, QStringLiteral("Herr Kaya"), m_dir.filePath(QStringLiteral("keys/herr-kaya.pem")));
    QVERIFY(other);
    QCOMPARE(m_page->keyModel()->rowCount(), 3);

    QVERIFY(m_page->revokeKey(other->keyId));
    QVERIFY(m_page->statusText().contains(QLatin1String("Push the configuration")));
    bool shown = false;
    for (int r = 0; r < m_page->keyModel()->rowCount(); ++r) {
        if (m_page->keyModel()->item(r, gui::AgentsKeysPage::KeyColId)->text() == other->keyId) {
            QVERIFY(m_page->keyModel()->item(r, gui::AgentsKeysPage::KeyColState)->text().startsWith(QLatin1String("Revoked")));
            shown = true;
        }
    }
    QVERIFY(shown);
    QVERIFY(!m_page->revokeKey(other->keyId)); // twice
    // Keep the revoked key id for the push test.
    m_teacherKey += QStringLiteral("|") + m_dir.filePath(QStringLiteral("keys/herr-kaya.pem"));
}

void AgentsKeysTest::pushConfiguration()
{
    const QStringList keys = m_teacherKey.split(QLatin1Char('|'));
    const QString active = keys.at(0);
    const QString revoked = keys.at(1);
    QSignalSpy finished(m_page.get(), &gui::AgentsKeysPage::pushFinished);
    QVERIFY(m_page->pushConfiguration());
    QVERIFY(finished.wait(30000));
    QListWidget *results = m_page->pushResults();
    QCOMPARE(results->count(), 2);
    for (int i = 0; i < results->count(); ++i) {
        QVERIFY2(results->item(i)->data(Qt::UserRole).toBool(), qPrintable(results->item(i)->text()));
        QVERIFY(results->item(i)->text().contains(QLatin1String("applied")));
    }
    QCOMPARE(m_page->statusText(), QStringLiteral("Configuration pushed to every agent."));
    // The agents trust the active teacher key now and refuse the revoked one.
    for (const Agent &a : m_agents) {
        auto ok = callAs(active, a, QStringLiteral("status"));
        QVERIFY2(ok, qPrintable(ok.errorString()));
        auto refused = callAs(revoked, a, QStringLiteral("status"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::AuthFailed);
        // config.get shows the pushed version.
        auto config = callAs(m_adminKey, a, QStringLiteral("config.get"));
        QVERIFY2(config, qPrintable(config.errorString()));
        QVERIFY(config->value(QStringLiteral("pushed")).toMap().value(QStringLiteral("version")).toInteger() > 0);
        QCOMPARE(config->value(QStringLiteral("pushed")).toMap().value(QStringLiteral("revokedKeys")).toInteger(), 1);
    }
    QVERIFY(cell(m_agents[0].target, gui::AgentsKeysPage::ColConfig).startsWith(QLatin1String("version ")));
}

void AgentsKeysTest::killedAgentShownUnreachable()
{
    Agent &a = m_agents[1];
    ::kill(pid_t(a.process->processId()), SIGKILL);
    QVERIFY(a.process->waitForFinished(10000));
    QSignalSpy refreshed(m_page.get(), &gui::AgentsKeysPage::refreshed);
    m_page->refresh();
    QVERIFY(refreshed.wait(20000));
    QCOMPARE(cell(a.target, gui::AgentsKeysPage::ColState), QStringLiteral("Unreachable"));
    QVERIFY(cell(a.target, gui::AgentsKeysPage::ColVersion).isEmpty()); // never the old answer as current
    QVERIFY(cell(a.target, gui::AgentsKeysPage::ColLastSeen) != QStringLiteral("never")); // but when it last answered
    QCOMPARE(cell(m_agents[0].target, gui::AgentsKeysPage::ColState), QStringLiteral("Online"));

    // A push now fails only for the dead agent, and says so.
    QSignalSpy finished(m_page.get(), &gui::AgentsKeysPage::pushFinished);
    QVERIFY(m_page->pushConfiguration());
    QVERIFY(finished.wait(30000));
    int failed = 0;
    for (int i = 0; i < m_page->pushResults()->count(); ++i)
        failed += m_page->pushResults()->item(i)->data(Qt::UserRole).toBool() ? 0 : 1;
    QCOMPARE(failed, 1);
    QVERIFY(m_page->statusText().contains(QLatin1String("failed")));

    // Unpinning is audited and shown.
    QVERIFY(m_page->unpin(a.target));
    QCOMPARE(cell(a.target, gui::AgentsKeysPage::ColState), QStringLiteral("Not enrolled"));
}

void AgentsKeysTest::installerBundle()
{
    // provision.json per room (0600) that trusts the active keys only (the revoked one stays out).
    QVERIFY(!m_page->exportBundle(QString(), m_dir.filePath(QStringLiteral("bundle"))));
    auto files = m_page->exportBundle(QStringLiteral("de-by-09162-gs-nord"), m_dir.filePath(QStringLiteral("bundle")));
    QVERIFY2(files, qPrintable(files.errorString()));
    QCOMPARE(files->size(), 2);
    const auto keys = store::ClientKeyRepository(*m_db).list();
    QVERIFY(keys);
    for (const QString &file : std::as_const(*files)) {
        QCOMPARE(QFile::permissions(file) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray json = f.readAll();
        QVERIFY(json.contains("de-by-09162-gs-nord"));
        for (const store::ClientKey &k : std::as_const(*keys))
            QCOMPARE(json.contains(k.publicKey.toLatin1()), !k.isRevoked());
    }
}

void AgentsKeysTest::usersAndRoles()
{
    gui::AdminAuth auth(*m_db, crypto::ScryptParams { 10, 8, 1 });
    QVERIFY(auth.setInitialPassword(QStringLiteral("admin-pass-1"), QStringLiteral("admin-pass-1")));
    gui::UsersPanel panel(*m_db, crypto::ScryptParams { 10, 8, 1 });
    QVERIFY(!panel.addTeacher(QStringLiteral("Frau Demir"), QStringLiteral("short"), QStringLiteral("short")));
    QVERIFY(!panel.addTeacher(QStringLiteral("admin"), QStringLiteral("teacher-pass"), QStringLiteral("teacher-pass")));
    QVERIFY(panel.addTeacher(QStringLiteral("Frau Demir"), QStringLiteral("teacher-pass"), QStringLiteral("teacher-pass")));
    QCOMPARE(panel.userModel()->rowCount(), 2);
    // A teacher account's password never opens the admin view.
    QCOMPARE(auth.verify(QStringLiteral("teacher-pass")).valueOr(true), false);
    QVERIFY(panel.setTeacherPassword(QStringLiteral("Frau Demir"), QStringLiteral("teacher-pass-2"), QStringLiteral("teacher-pass-2")));
    QVERIFY(!panel.setTeacherPassword(QStringLiteral("admin"), QStringLiteral("teacher-pass-2"), QStringLiteral("teacher-pass-2")));
    QVERIFY(!panel.removeTeacher(QStringLiteral("admin")));
    QVERIFY(panel.removeTeacher(QStringLiteral("Frau Demir")));
    QCOMPARE(panel.userModel()->rowCount(), 1);
    // Who may do what: the agents' permission table is in it (config.push is admin only).
    QTableWidget *t = panel.permissionTable();
    bool found = false;
    for (int r = 0; r < t->rowCount(); ++r) {
        if (t->item(r, 0)->text().endsWith(QLatin1String("config.push"))) {
            found = true;
            QCOMPARE(t->item(r, 1)->text(), QStringLiteral("no"));
            QCOMPARE(t->item(r, 2)->text(), QStringLiteral("yes"));
        }
    }
    QVERIFY(found);
}

void AgentsKeysTest::changesAudited()
{
    auto entries = store::AuditLog(*m_db).list();
    QVERIFY(entries);
    QStringList actions;
    for (const auto &e : std::as_const(*entries))
        actions << e.action;
    for (const char *a :
        { "key.create", "key.revoke", "agent.enroll", "agent.unpin", "config.push", "provision.bundle", "user.add", "user.password", "user.remove" })
        QVERIFY2(actions.contains(QString::fromLatin1(a)), a);
    QCOMPARE(actions.count(QStringLiteral("key.create")), 3);
    QCOMPARE(actions.count(QStringLiteral("config.push")), 2);
    // Before/after of the revocation.
    for (const auto &e : std::as_const(*entries)) {
        if (e.action == QLatin1String("key.revoke")) {
            QCOMPARE(e.before.value(QStringLiteral("revoked")).toBool(), false);
            QCOMPARE(e.after.value(QStringLiteral("revoked")).toBool(), true);
        }
    }
}

QTEST_MAIN(AgentsKeysTest)
#include "tst_agentskeys.moc"
