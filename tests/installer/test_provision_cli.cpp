// tafelctl provision bundle|validate|apply as processes: a bundle made from a store (room, admin hash, keys from
// `tafelctl keys create`, reporting sinks) validates and applies; each kind of bad file is refused with the JSON
// path and exit code 1, and leaves the previous configuration byte for byte.
#include "../cli/tafelctlrunner.h"

#include "core/domain.h"
#include "crypto/password.h"
#include "store/database.h"
#include "store/repositories.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

using namespace tafel;
using tafel::testing::CliOutcome;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}
} // namespace

class ProvisionCliTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void bundleValidateApply();
    void bundlePerRoom();
    void badFileLeavesOldConfig_data();
    void badFileLeavesOldConfig();
    void usageErrors();

private:
    CliOutcome ctl(const QStringList &args) { return tafel::testing::runTafelctl(m_dir, QStringList { s("--db"), m_db } + args); }
    QString path(const char *name) const { return m_dir.filePath(s(name)); }
    QTemporaryDir m_dir;
    QString m_db;
    QString m_hash;
};

void ProvisionCliTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = path("school.db");
    auto db = store::Database::open(m_db);
    QVERIFY2(db, qPrintable(db.errorString()));
    QVERIFY(store::RoomRepository(**db).add(Room { {}, s("Raum 204"), s("A"), s("2"), 28 }));
    QVERIFY(store::RoomRepository(**db).add(Room { {}, s("Physik/Labor"), s("B"), s("1"), 20 }));
    auto h = crypto::hashPassword(s("correct horse"), crypto::ScryptParams { 10, 8, 1 });
    QVERIFY(h);
    m_hash = *h;
    store::User admin;
    admin.name = s("it");
    admin.role = store::Role::Admin;
    admin.passwordHash = m_hash;
    QVERIFY(store::UserRepository(**db).add(admin));
    db->reset();

    for (const char *role : { "teacher", "admin" }) {
        const auto r = ctl({ s("keys"), s("create"), s("--role"), s(role), s("--out"), path("keys") });
        QVERIFY2(r.exitCode == 0, r.dump());
    }
    QVERIFY(writeFile(path("sinks.json"), "{\"sinks\":[{\"name\":\"city\",\"kind\":\"pushgateway\",\"url\":\"https://push.example.org\"}]}"));
}

void ProvisionCliTest::bundleValidateApply()
{
    const auto b = ctl({ s("provision"), s("bundle"), s("--out"), path("bundle"), s("--room"), s("Raum 204"), s("--school"), s("gs-nord"), s("--key"),
        path("keys/tafel-teacher.pub"), s("--key"), path("keys/tafel-admin.pub"), s("--reporting"), path("sinks.json"), s("--listen"),
        s("127.0.0.1:4460"), s("--json") });
    QVERIFY2(b.exitCode == 0, b.dump());
    const QString file = path("bundle/provision.json");
    QCOMPARE(b.array().at(0).toObject().value(s("file")).toString(), QFileInfo(file).absoluteFilePath());
    QCOMPARE(QFileInfo(file).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    const QJsonObject json = QJsonDocument::fromJson(readFile(file)).object();
    QCOMPARE(json.value(s("room")).toString(), s("Raum 204"));
    QCOMPARE(json.value(s("admin_password_hash")).toString(), m_hash);
    QCOMPARE(json.value(s("trusted_keys")).toArray().size(), 2);
    QCOMPARE(json.value(s("reporting")).toObject().value(s("sinks")).toArray().size(), 1);

    const auto v = ctl({ s("provision"), s("validate"), file });
    QVERIFY2(v.exitCode == 0 && v.out.contains(s("is valid")), v.dump());

    const auto a = ctl({ s("provision"), s("apply"), file, s("--config-dir"), path("etc"), s("--data-dir"), path("data"), s("--json") });
    QVERIFY2(a.exitCode == 0, a.dump());
    QCOMPARE(a.object().value(s("written")).toArray().size(), 4);
    QVERIFY(readFile(path("etc/agent.ini")).contains("Room=Raum 204"));
    QCOMPARE(readFile(path("etc/trusted-keys")).count('\n'), 3);
}

void ProvisionCliTest::bundlePerRoom()
{
    const auto b = ctl({ s("provision"), s("bundle"), s("--out"), path("rooms"), s("--school"), s("gs-nord"), s("--role"), s("display-pc"),
        s("--no-admin-hash"), s("--key"), path("keys/tafel-teacher.pub") });
    QVERIFY2(b.exitCode == 0, b.dump());
    QVERIFY(QFile::exists(path("rooms/Raum-204/provision.json")));
    QVERIFY(QFile::exists(path("rooms/Physik-Labor/provision.json")));
    const QJsonObject json = QJsonDocument::fromJson(readFile(path("rooms/Physik-Labor/provision.json"))).object();
    QCOMPARE(json.value(s("room")).toString(), s("Physik/Labor"));
    QCOMPARE(json.value(s("role")).toString(), s("display-pc"));
    QVERIFY(!json.contains(s("admin_password_hash")));
}

void ProvisionCliTest::badFileLeavesOldConfig_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not-json") << QByteArray("{\"schema\": 1,") << s("$: not valid JSON");
    QTest::newRow("plain-password") << QByteArray(
        "{\"schema\":1,\"school_id\":\"s\",\"room\":\"R\",\"role\":\"student\",\"trusted_keys\":[],\"admin_password_hash\":\"geheim\"}")
                                    << s("$.admin_password_hash: must be an scrypt hash");
    QTest::newRow("bad-key") << QByteArray(
        "{\"schema\":1,\"school_id\":\"s\",\"room\":\"R\",\"role\":\"student\",\"trusted_keys\":[{\"role\":\"teacher\",\"key\":\"AAAA\"}]}")
                             << s("$.trusted_keys[0].key");
    QTest::newRow("bad-role") << QByteArray("{\"schema\":1,\"school_id\":\"s\",\"room\":\"R\",\"role\":\"beamer\",\"trusted_keys\":[]}")
                              << s("$.role");
    QTest::newRow("newer-schema") << QByteArray("{\"schema\":7}") << s("$.schema: version 7 is newer");
    QTest::newRow("room-injection") << QByteArray(
        "{\"schema\":1,\"school_id\":\"s\",\"room\":\"R\\n[Trust]\",\"role\":\"student\",\"trusted_keys\":[]}")
                                    << s("$.room");
}

void ProvisionCliTest::badFileLeavesOldConfig()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const QString etc = path("old-etc");
    // A good configuration first.
    QVERIFY(writeFile(path("good.json"), "{\"schema\":1,\"school_id\":\"s\",\"room\":\"Alt\",\"role\":\"student\",\"trusted_keys\":[]}"));
    const auto a = ctl({ s("provision"), s("apply"), path("good.json"), s("--config-dir"), etc, s("--data-dir"), path("data") });
    QVERIFY2(a.exitCode == 0, a.dump());
    const QByteArray ini = readFile(etc + s("/agent.ini"));
    const QByteArray keys = readFile(etc + s("/trusted-keys"));

    QVERIFY(writeFile(path("bad.json"), body));
    const auto r = ctl({ s("provision"), s("apply"), path("bad.json"), s("--config-dir"), etc, s("--data-dir"), path("data") });
    QVERIFY2(r.exitCode == 1, r.dump());
    QVERIFY2(r.err.contains(expected), r.dump());
    QVERIFY2(r.err.contains(s("nothing was changed")), r.dump());
    QCOMPARE(readFile(etc + s("/agent.ini")), ini);
    QCOMPARE(readFile(etc + s("/trusted-keys")), keys);
    QCOMPARE(QDir(etc).entryList(QDir::Files | QDir::Hidden).size(), 2); // no temporary files left behind
}

void ProvisionCliTest::usageErrors()
{
    QCOMPARE(ctl({ s("provision"), s("bundle"), s("--school"), s("s") }).exitCode, 2); // no --out
    QCOMPARE(ctl({ s("provision"), s("bundle"), s("--out"), path("x") }).exitCode, 2); // no --school
    QCOMPARE(ctl({ s("provision"), s("bundle"), s("--out"), path("x"), s("--school"), s("s"), s("--role"), s("pc") }).exitCode, 2);
    QCOMPARE(ctl({ s("provision"), s("apply") }).exitCode, 2);
    const auto missing = ctl({ s("provision"), s("apply"), path("nope.json") });
    QVERIFY2(missing.exitCode == 1 && missing.err.contains(s("nope.json")), missing.dump());
}

QTEST_GUILESS_MAIN(ProvisionCliTest)
#include "test_provision_cli.moc"
