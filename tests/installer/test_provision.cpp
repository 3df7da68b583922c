// provision.json: the pure validator (each field, each error with its JSON path, plain passwords refused), the
// apply step (agent.ini merged and loadable by the agent, trusted-keys parseable by the agent's trust store,
// display-pc autostart, files' modes) and atomicity (a bad file or a failing write leaves the old config).
#include "agent/agentconfig.h"
#include "agent/reportingconfig.h"
#include "agentlink/truststore.h"
#include "crypto/keys.h"
#include "crypto/password.h"
#include "provision/provision.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace tafel;
using namespace tafel::provision;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class ProvisionTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void acceptsGoodFile();
    void acceptsMinimalFile();
    void rejectsBadField_data();
    void rejectsBadField();
    void reportsEveryProblem();
    void scryptPhc();
    void applyWritesLoadableConfig();
    void applyKeepsUnmanagedKeys();
    void applyDisplayPcAutostart();
    void badFileLeavesOldConfig();
    void failedWriteLeavesOldConfig();

private:
    QJsonObject good() const;
    QTemporaryDir m_dir;
    QString m_teacherKey;
    QString m_adminKey;
    QString m_hash;
};

void ProvisionTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto t = crypto::KeyPair::generate();
    auto a = crypto::KeyPair::generate();
    QVERIFY(t && a);
    m_teacherKey = QString::fromLatin1(t->publicKey().toBase64());
    m_adminKey = QString::fromLatin1(a->publicKey().toBase64());
    auto h = crypto::hashPassword(QStringLiteral("correct horse"), crypto::ScryptParams { 10, 8, 1 });
    QVERIFY(h);
    m_hash = *h;
}

QJsonObject ProvisionTest::good() const
{
    return QJsonObject {
        { QStringLiteral("schema"), 1 },
        { QStringLiteral("school_id"), QStringLiteral("de-by-09162-gs-nord") },
        { QStringLiteral("room"), QStringLiteral("Raum 204") },
        { QStringLiteral("role"), QStringLiteral("teacher-pc") },
        { QStringLiteral("agent"),
            QJsonObject {
                { QStringLiteral("name"), QStringLiteral("raum-204-pc") }, { QStringLiteral("listen"), QStringLiteral("127.0.0.1:4451") } } },
        { QStringLiteral("trusted_keys"),
            QJsonArray { QJsonObject { { QStringLiteral("role"), QStringLiteral("teacher") }, { QStringLiteral("key"), m_teacherKey },
                             { QStringLiteral("comment"), QStringLiteral("Frau Demir") } },
                QJsonObject { { QStringLiteral("role"), QStringLiteral("admin") }, { QStringLiteral("key"), m_adminKey } } } },
        { QStringLiteral("reporting"),
            QJsonObject { { QStringLiteral("interval_secs"), 120 },
                { QStringLiteral("sinks"),
                    QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("city") }, { QStringLiteral("kind"), QStringLiteral("pushgateway") },
                        { QStringLiteral("url"), QStringLiteral("https://push.stadt.example:9091") } } } } } },
        { QStringLiteral("admin_password_hash"), m_hash },
    };
}

void ProvisionTest::acceptsGoodFile()
{
    const auto r = parse(QJsonDocument(good()).toJson());
    QVERIFY2(r.ok(), qPrintable(r.errors.value(0).toString()));
    QCOMPARE(r.provision->schoolId, QStringLiteral("de-by-09162-gs-nord"));
    QCOMPARE(r.provision->room, QStringLiteral("Raum 204"));
    QCOMPARE(r.provision->role, MachineRole::TeacherPc);
    QCOMPARE(r.provision->agentName, QStringLiteral("raum-204-pc"));
    QCOMPARE(r.provision->trustedKeys.size(), 2);
    QCOMPARE(r.provision->trustedKeys.at(0).comment, QStringLiteral("Frau Demir"));
    QCOMPARE(r.provision->reporting.value(QStringLiteral("sinks")).toArray().size(), 1);
    QCOMPARE(r.provision->adminPasswordHash, m_hash);
    // Round trip.
    const auto again = parse(QJsonDocument(r.provision->toJson()).toJson());
    QVERIFY(again.ok());
    QCOMPARE(again.provision->toJson(), r.provision->toJson());
}

void ProvisionTest::acceptsMinimalFile()
{
    const auto r = parse("{\"schema\":1,\"school_id\":\"s1\",\"room\":\"R 1\",\"role\":\"display-pc\",\"trusted_keys\":[]}");
    QVERIFY2(r.ok(), qPrintable(r.errors.value(0).toString()));
    QCOMPARE(r.provision->role, MachineRole::DisplayPc);
    QVERIFY(r.provision->adminPasswordHash.isEmpty());
}

void ProvisionTest::rejectsBadField_data()
{
    QTest::addColumn<QString>("pointer"); // key to change: "room", "agent.listen", "trusted_keys.0.key"
    QTest::addColumn<QJsonValue>("value"); // Undefined = remove
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    const QJsonValue remove(QJsonValue::Undefined);
    QTest::newRow("schema-missing") << "schema" << remove << "$.schema"
                                    << "missing";
    QTest::newRow("schema-string") << "schema" << QJsonValue(QStringLiteral("1")) << "$.schema"
                                   << "integer";
    QTest::newRow("schema-newer") << "schema" << QJsonValue(2) << "$.schema"
                                  << "newer";
    QTest::newRow("schema-zero") << "schema" << QJsonValue(0) << "$.schema"
                                 << "must be 1";
    QTest::newRow("school-missing") << "school_id" << remove << "$.school_id"
                                    << "missing";
    QTest::newRow("school-spaces") << "school_id" << QJsonValue(QStringLiteral("GS Nord")) << "$.school_id"
                                   << "1-64";
    QTest::newRow("school-trailing-newline") << "school_id" << QJsonValue(QStringLiteral("gs-nord\n")) << "$.school_id"
                                             << "1-64";
    QTest::newRow("room-missing") << "room" << remove << "$.room"
                                  << "missing";
    QTest::newRow("room-empty") << "room" << QJsonValue(QString()) << "$.room"
                                << "1-100";
    QTest::newRow("room-newline-injection") << "room" << QJsonValue(QStringLiteral("R\n[Trust]\nKeysFile=/tmp/evil")) << "$.room"
                                            << "control";
    QTest::newRow("room-number") << "room" << QJsonValue(204) << "$.room"
                                 << "string";
    QTest::newRow("role-missing") << "role" << remove << "$.role"
                                  << "missing";
    QTest::newRow("role-unknown") << "role" << QJsonValue(QStringLiteral("teacher")) << "$.role"
                                  << "machine role";
    QTest::newRow("agent-not-object") << "agent" << QJsonValue(QStringLiteral("x")) << "$.agent"
                                      << "object";
    QTest::newRow("agent-unknown-key") << "agent.port" << QJsonValue(1) << "$.agent.port"
                                       << "unknown key";
    QTest::newRow("agent-name-bad") << "agent.name" << QJsonValue(QStringLiteral("raum 204")) << "$.agent.name"
                                    << "host-name";
    QTest::newRow("agent-name-trailing-newline") << "agent.name" << QJsonValue(QStringLiteral("pc\n")) << "$.agent.name"
                                                 << "host-name";
    QTest::newRow("agent-listen-bad") << "agent.listen" << QJsonValue(QStringLiteral("0.0.0.0:99999")) << "$.agent.listen"
                                      << "";
    QTest::newRow("keys-missing") << "trusted_keys" << remove << "$.trusted_keys"
                                  << "missing";
    QTest::newRow("keys-not-array") << "trusted_keys" << QJsonValue(QJsonObject()) << "$.trusted_keys"
                                    << "array";
    QTest::newRow("key-not-object") << "trusted_keys.1" << QJsonValue(QStringLiteral("admin AAAA")) << "$.trusted_keys[1]"
                                    << "object";
    QTest::newRow("key-role-bad") << "trusted_keys.0.role" << QJsonValue(QStringLiteral("root")) << "$.trusted_keys[0].role"
                                  << "key role";
    QTest::newRow("key-role-missing") << "trusted_keys.0.role" << remove << "$.trusted_keys[0].role"
                                      << "missing";
    QTest::newRow("key-bad-base64") << "trusted_keys.1.key" << QJsonValue(QStringLiteral("not-a-key")) << "$.trusted_keys[1].key"
                                    << "Ed25519";
    QTest::newRow("key-short") << "trusted_keys.1.key" << QJsonValue(QStringLiteral("AAAA")) << "$.trusted_keys[1].key"
                               << "Ed25519";
    QTest::newRow("key-comment-newline") << "trusted_keys.0.comment" << QJsonValue(QStringLiteral("a\nadmin AAAA")) << "$.trusted_keys[0].comment"
                                         << "control";
    QTest::newRow("key-unknown-field") << "trusted_keys.0.expires" << QJsonValue(1) << "$.trusted_keys[0].expires"
                                       << "unknown key";
    QTest::newRow("reporting-array") << "reporting" << QJsonValue(QJsonArray()) << "$.reporting"
                                     << "object";
    const auto sinkWith = [](const QString &kind, const QString &url) {
        return QJsonValue(QJsonObject { { QStringLiteral("sinks"),
            QJsonArray { QJsonObject { { QStringLiteral("kind"), kind }, { QStringLiteral("url"), url } } } } });
    };
    QTest::newRow("reporting-no-sinks") << "reporting" << QJsonValue(QJsonObject()) << "$.reporting.sinks" << "list";
    QTest::newRow("reporting-bad-kind") << "reporting" << sinkWith(QStringLiteral("graphite"), QStringLiteral("http://127.0.0.1:2003"))
                                        << "$.reporting.sinks[0].kind" << "pushgateway";
    QTest::newRow("reporting-bad-url") << "reporting" << sinkWith(QStringLiteral("otlp"), QStringLiteral("ftp://city.example/"))
                                       << "$.reporting.sinks[0].url" << "http";
    QTest::newRow("reporting-unknown-key") << "reporting"
                                           << QJsonValue(QJsonObject { { QStringLiteral("sinks"), QJsonArray() }, { QStringLiteral("every"), 5 } })
                                           << "$.reporting.every" << "unknown key";
    QTest::newRow("reporting-interval-zero") << "reporting"
                                             << QJsonValue(QJsonObject { { QStringLiteral("sinks"), QJsonArray() }, { QStringLiteral("interval_secs"), 0 } })
                                             << "$.reporting.interval_secs" << "positive";
    QTest::newRow("plain-password") << "admin_password_hash" << QJsonValue(QStringLiteral("geheim123")) << "$.admin_password_hash"
                                    << "plain password is refused";
    QTest::newRow("hash-other-algorithm") << "admin_password_hash"
                                          << QJsonValue(QStringLiteral("$2y$10$abcdefghijklmnopqrstuu5Bq0sH8N1hI1cRbqvGQm5a0u7S3K8Ly"))
                                          << "$.admin_password_hash"
                                          << "scrypt";
    QTest::newRow("unknown-top-level") << "admin_password" << QJsonValue(QStringLiteral("geheim")) << "$.admin_password"
                                       << "unknown key";
}

void ProvisionTest::rejectsBadField()
{
    QFETCH(QString, pointer);
    QFETCH(QJsonValue, value);
    QFETCH(QString, path);
    QFETCH(QString, message);
    QJsonObject root = good();
    const QStringList parts = pointer.split(QLatin1Char('.'));
    if (parts.size() == 1) {
        if (value.isUndefined())
            root.remove(parts[0]);
        else
            root.insert(parts[0], value);
    } else if (parts[0] == QLatin1String("agent")) {
        QJsonObject a = root.value(QStringLiteral("agent")).toObject();
        a.insert(parts[1], value);
        root.insert(QStringLiteral("agent"), a);
    } else {
        QJsonArray keys = root.value(QStringLiteral("trusted_keys")).toArray();
        const int i = parts[1].toInt();
        if (parts.size() == 2) {
            keys.replace(i, value);
        } else {
            QJsonObject k = keys.at(i).toObject();
            if (value.isUndefined())
                k.remove(parts[2]);
            else
                k.insert(parts[2], value);
            keys.replace(i, k);
        }
        root.insert(QStringLiteral("trusted_keys"), keys);
    }
    const auto r = parse(QJsonDocument(root).toJson());
    QVERIFY(!r.ok());
    QVERIFY(!r.errors.isEmpty());
    QStringList all;
    bool found = false;
    for (const auto &e : r.errors) {
        all << e.toString();
        if (e.path == path && e.message.contains(message))
            found = true;
    }
    QVERIFY2(found, qPrintable(all.join(QStringLiteral(" | "))));
}

void ProvisionTest::reportsEveryProblem()
{
    QJsonObject root = good();
    root.insert(QStringLiteral("room"), QString());
    root.insert(QStringLiteral("role"), QStringLiteral("x"));
    root.insert(QStringLiteral("admin_password_hash"), QStringLiteral("plain"));
    const auto r = parse(QJsonDocument(root).toJson());
    QCOMPARE(r.errors.size(), 3);
    QCOMPARE(parse("{").errors.value(0).path, QStringLiteral("$"));
    QCOMPARE(parse("[]").errors.value(0).path, QStringLiteral("$"));
    QCOMPARE(parse(QByteArray(kMaxFileSize + 1, ' ')).errors.value(0).path, QStringLiteral("$"));
    // A key listed twice is a mistake worth an error.
    QJsonObject dup = good();
    QJsonArray keys = dup.value(QStringLiteral("trusted_keys")).toArray();
    keys.append(QJsonObject { { QStringLiteral("role"), QStringLiteral("admin") }, { QStringLiteral("key"), m_teacherKey } });
    dup.insert(QStringLiteral("trusted_keys"), keys);
    const auto d = parse(QJsonDocument(dup).toJson());
    QCOMPARE(d.errors.value(0).path, QStringLiteral("$.trusted_keys[2].key"));
}

void ProvisionTest::scryptPhc()
{
    QVERIFY(isScryptPhc(m_hash));
    QVERIFY(!isScryptPhc(QStringLiteral("correct horse")));
    QVERIFY(!isScryptPhc(m_hash + QStringLiteral("\n")));
    QVERIFY(!isScryptPhc(QString(m_hash).replace(QStringLiteral("ln=10"), QStringLiteral("ln=3"))));
}

void ProvisionTest::applyWritesLoadableConfig()
{
    const QString cfg = m_dir.filePath(QStringLiteral("apply/etc"));
    const QString data = m_dir.filePath(QStringLiteral("apply/data"));
    const auto p = parse(QJsonDocument(good()).toJson());
    QVERIFY(p.ok());
    auto written = Applier::apply(*p.provision, { cfg, data, {}, {} });
    QVERIFY2(written, qPrintable(written.errorString()));
    QCOMPARE(written->size(), 4);

    const QString ini = QDir(cfg).filePath(QStringLiteral("agent.ini"));
    QCOMPARE(QFileInfo(ini).permissions() & (QFile::ReadOther | QFile::WriteOther), QFile::Permissions());
    QCOMPARE(QFileInfo(QDir(cfg).filePath(QStringLiteral("admin-password"))).permissions() & QFile::ReadOther, QFile::Permissions());
    QCOMPARE(readFile(QDir(cfg).filePath(QStringLiteral("admin-password"))).trimmed(), m_hash.toLatin1());
    QCOMPARE(QJsonDocument::fromJson(readFile(QDir(cfg).filePath(QStringLiteral("reporting.json")))).object(), p.provision->reporting);

    // The agent itself accepts the result.
    auto config = agent::AgentConfig::load(ini);
    QVERIFY2(config, qPrintable(config.errorString()));
    QCOMPARE(config->room, QStringLiteral("Raum 204"));
    QCOMPARE(config->name, QStringLiteral("raum-204-pc"));
    QCOMPARE(config->listen.port, quint16(4451));
    QCOMPARE(QDir(config->dataDir).absolutePath(), QDir(data).absolutePath());
    QCOMPARE(config->trustedKeysFile, QDir(cfg).absoluteFilePath(QStringLiteral("trusted-keys")));
    auto trust = agentlink::TrustStore::load(config->trustedKeysFile);
    QVERIFY2(trust, qPrintable(trust.errorString()));
    QCOMPARE(trust->size(), 2);
    QCOMPARE(trust->keys().at(0).comment, QStringLiteral("Frau Demir"));
    QCOMPARE(trust->keys().at(1).role, agentlink::Role::Admin);

    // The provisioned sinks reach the agent's [Reporting] section, which the agent's own loader accepts.
    auto reportingConfig = agent::ReportingConfig::load(ini, config->room, config->dataDir);
    QVERIFY2(reportingConfig, qPrintable(reportingConfig.errorString()));
    QVERIFY(reportingConfig->has_value());
    QCOMPARE((*reportingConfig)->school, QStringLiteral("de-by-09162-gs-nord"));
    QCOMPARE((*reportingConfig)->intervalSecs, 120);
    QCOMPARE((*reportingConfig)->sinks.size(), 1);

    // Applying again is idempotent.
    const QByteArray before = readFile(ini);
    QVERIFY(Applier::apply(*p.provision, { cfg, data, {}, {} }));
    QCOMPARE(readFile(ini), before);
}

void ProvisionTest::applyKeepsUnmanagedKeys()
{
    const QString cfg = m_dir.filePath(QStringLiteral("merge"));
    QVERIFY(QDir().mkpath(cfg));
    {
        QFile f(QDir(cfg).filePath(QStringLiteral("agent.ini")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[Agent]\nRoom=Alt\nName=old-name\n[Power]\nOffCommand=true\n[Link]\nMaxConnections=50\n");
    }
    QJsonObject root = good();
    root.remove(QStringLiteral("agent"));
    root.remove(QStringLiteral("reporting"));
    const auto p = parse(QJsonDocument(root).toJson());
    QVERIFY(p.ok());
    QVERIFY(Applier::apply(*p.provision, { cfg, QStringLiteral("/var/lib/tafel-agent"), QStringLiteral("/etc/tafel/trusted-keys"), {} }));
    QSettings s(QDir(cfg).filePath(QStringLiteral("agent.ini")), QSettings::IniFormat);
    QCOMPARE(s.value(QStringLiteral("Agent/Room")).toString(), QStringLiteral("Raum 204"));
    QVERIFY(!s.contains(QStringLiteral("Agent/Name"))); // the file no longer names the machine: host name
    QCOMPARE(s.value(QStringLiteral("Power/OffCommand")).toString(), QStringLiteral("true"));
    QCOMPARE(s.value(QStringLiteral("Link/MaxConnections")).toInt(), 50);
    QCOMPARE(s.value(QStringLiteral("Trust/KeysFile")).toString(), QStringLiteral("/etc/tafel/trusted-keys"));
    QCOMPARE(s.value(QStringLiteral("Agent/DataDir")).toString(), QStringLiteral("/var/lib/tafel-agent"));
    QCOMPARE(s.value(QStringLiteral("Provision/SchoolId")).toString(), QStringLiteral("de-by-09162-gs-nord"));
    QVERIFY(!QFile::exists(QDir(cfg).filePath(QStringLiteral("reporting.json"))));

    // Dropping the admin hash from the file removes the applied one.
    QVERIFY(QFile::exists(QDir(cfg).filePath(QStringLiteral("admin-password"))));
    root.remove(QStringLiteral("admin_password_hash"));
    const auto q = parse(QJsonDocument(root).toJson());
    QVERIFY(q.ok());
    QVERIFY(Applier::apply(*q.provision, { cfg, QStringLiteral("/var/lib/tafel-agent"), {}, {} }));
    QVERIFY(!QFile::exists(QDir(cfg).filePath(QStringLiteral("admin-password"))));
}

void ProvisionTest::applyDisplayPcAutostart()
{
    const QString cfg = m_dir.filePath(QStringLiteral("display/etc"));
    const QString autostart = m_dir.filePath(QStringLiteral("display/xdg/autostart"));
    QJsonObject root = good();
    root.insert(QStringLiteral("role"), QStringLiteral("display-pc"));
    auto p = parse(QJsonDocument(root).toJson());
    QVERIFY(p.ok());
    QVERIFY(Applier::apply(*p.provision, { cfg, m_dir.filePath(QStringLiteral("display/data")), {}, autostart }));
    const QString entry = QDir(autostart).filePath(QStringLiteral("tafel-screen.desktop"));
    QVERIFY(readFile(entry).contains("Exec=tafel --screen"));
    // Another role takes it away again.
    root.insert(QStringLiteral("role"), QStringLiteral("teacher-pc"));
    p = parse(QJsonDocument(root).toJson());
    QVERIFY(Applier::apply(*p.provision, { cfg, m_dir.filePath(QStringLiteral("display/data")), {}, autostart }));
    QVERIFY(!QFile::exists(entry));
}

void ProvisionTest::badFileLeavesOldConfig()
{
    // The validator runs before apply: a bad file never reaches Applier. (The process test checks the CLI path.)
    QJsonObject root = good();
    root.insert(QStringLiteral("admin_password_hash"), QStringLiteral("geheim"));
    QVERIFY(!parse(QJsonDocument(root).toJson()).ok());
}

void ProvisionTest::failedWriteLeavesOldConfig()
{
    if (::geteuid() == 0)
        QSKIP("root ignores directory permissions; the process test covers the bad-file case");
    const QString cfg = m_dir.filePath(QStringLiteral("ro"));
    QVERIFY(QDir().mkpath(cfg));
    const QString ini = QDir(cfg).filePath(QStringLiteral("agent.ini"));
    {
        QFile f(ini);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[Agent]\nRoom=Alt\n");
    }
    QVERIFY(QFile::setPermissions(cfg, QFile::ReadOwner | QFile::ExeOwner));
    const auto p = parse(QJsonDocument(good()).toJson());
    auto r = Applier::apply(*p.provision, { cfg, QStringLiteral("/var/lib/tafel-agent"), {}, {} });
    QFile::setPermissions(cfg, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!r);
    QCOMPARE(readFile(ini), QByteArray("[Agent]\nRoom=Alt\n"));
}

QTEST_GUILESS_MAIN(ProvisionTest)
#include "test_provision.moc"
