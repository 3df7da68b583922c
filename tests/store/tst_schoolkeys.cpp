// Migration step 4 (client keys, agent state, configuration push versions) and its repositories.
#include "crypto/keys.h"
#include "store/database.h"
#include "store/schoolkeys.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tafel;
using namespace tafel::store;

class TestSchoolKeys final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("tafel.db"));
    }
    void fromVersion3();
    void keysAddRevoke();
    void agentStateAndVersions();

private:
    std::unique_ptr<Database> open(int version = -1)
    {
        OpenOptions o;
        o.targetVersion = version;
        auto db = Database::open(m_path, o);
        if (!db)
            qWarning() << db.errorString();
        return db ? std::move(db).value() : nullptr;
    }
    static ClientKey newKey(Role role, const QString &comment)
    {
        auto pair = crypto::KeyPair::generate();
        ClientKey k;
        k.role = role;
        k.comment = comment;
        k.publicKey = QString::fromLatin1(pair->publicKey().toBase64());
        return k;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestSchoolKeys::fromVersion3()
{
    QString roomId;
    {
        auto v3 = open(3);
        QVERIFY(v3);
        QCOMPARE(v3->schemaVersion(), 3);
        roomId = RoomRepository(*v3).add(Room { {}, QStringLiteral("Raum 204"), {}, {}, 30 })->id;
    }
    auto db = open(4);
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), 4);
    QCOMPARE(RoomRepository(*db).get(roomId)->name, QStringLiteral("Raum 204"));
    QCOMPARE(ClientKeyRepository(*db).list()->size(), 0);
    QCOMPARE(ConfigPushLog(*db).latest().valueOr(-1), 0);
}

void TestSchoolKeys::keysAddRevoke()
{
    auto db = open();
    QVERIFY(db);
    ClientKeyRepository repo(*db);
    auto teacher = repo.add(newKey(Role::Teacher, QStringLiteral("Frau Demir")));
    QVERIFY2(teacher, qPrintable(teacher.errorString()));
    QCOMPARE(teacher->keyId.size(), 16);
    QVERIFY(repo.add(newKey(Role::Admin, QStringLiteral("IT"))).ok());
    // The same public key twice, a bad key, a key id that does not belong to the key.
    QCOMPARE(repo.add(*teacher).error().code, ErrorCode::AlreadyExists);
    ClientKey bad;
    bad.publicKey = QStringLiteral("bm90IGEga2V5");
    QCOMPARE(repo.add(bad).error().code, ErrorCode::InvalidInput);
    ClientKey wrongId = newKey(Role::Teacher, {});
    wrongId.keyId = teacher->keyId;
    QCOMPARE(repo.add(wrongId).error().code, ErrorCode::InvalidInput);

    QCOMPARE(repo.list()->size(), 2);
    // A unique prefix finds the key; revoking twice is refused; unknown ids are NotFound.
    auto byPrefix = repo.get(teacher->keyId.left(8));
    QVERIFY(byPrefix);
    QCOMPARE(byPrefix->comment, QStringLiteral("Frau Demir"));
    auto revoked = repo.revoke(teacher->keyId);
    QVERIFY2(revoked, qPrintable(revoked.errorString()));
    QVERIFY(revoked->isRevoked());
    QVERIFY(repo.get(teacher->keyId)->isRevoked());
    QCOMPARE(repo.revoke(teacher->keyId).error().code, ErrorCode::InvalidInput);
    QCOMPARE(repo.get(QStringLiteral("ffffffffffffffff")).error().code, ErrorCode::NotFound);
    QCOMPARE(toJson(*repo.get(teacher->keyId)).value(QStringLiteral("revoked")).toBool(), true);
}

void TestSchoolKeys::agentStateAndVersions()
{
    auto db = open();
    QVERIFY(db);
    AgentStateRepository agents(*db);
    const QDateTime t1 = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
    QVERIFY(agents.recordSeen(QStringLiteral("127.0.0.1:4450"), t1, QStringLiteral("0.1.0"), QStringLiteral("pc-204")).ok());
    QVERIFY(agents.recordConfig(QStringLiteral("127.0.0.1:4450"), 7, t1.addSecs(5)).ok());
    // A later contact without a version keeps the known version.
    QVERIFY(agents.recordSeen(QStringLiteral("127.0.0.1:4450"), t1.addSecs(60), {}, {}).ok());
    const auto all = agents.all();
    QVERIFY(all);
    const AgentState s = all->value(QStringLiteral("127.0.0.1:4450"));
    QCOMPARE(s.lastSeen, t1.addSecs(60));
    QCOMPARE(s.version, QStringLiteral("0.1.0"));
    QCOMPARE(s.name, QStringLiteral("pc-204"));
    QCOMPARE(s.configVersion, 7);
    QVERIFY(agents.forget(QStringLiteral("127.0.0.1:4450")).ok());
    QVERIFY(agents.all()->isEmpty());

    ConfigPushLog log(*db);
    const qint64 a = log.allocate(QStringLiteral("admin"), QStringLiteral("all rooms")).valueOr(0);
    const qint64 b = log.allocate(QStringLiteral("admin"), QStringLiteral("Raum 204")).valueOr(0);
    QVERIFY(a > 0);
    QVERIFY(b > a);
    QCOMPARE(log.latest().valueOr(0), b);
}

QTEST_GUILESS_MAIN(TestSchoolKeys)
#include "tst_schoolkeys.moc"
