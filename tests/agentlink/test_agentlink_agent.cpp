// Starts a REAL tafel-agent on 127.0.0.1 (port 0) and speaks the LAN protocol to it over TLS: status and heartbeat
// with a teacher key, an admin-only command, and every refusal the protocol promises — no client certificate,
// unknown key, teacher key on an admin command, replayed, truncated and oversized frames, a stalled TLS
// handshake, a peer that never speaks, and (client side) a wrong pinned fingerprint. Refusals must show up in
// the agent's audit log.
#include "agentlink/agentclient.h"
#include "agentlink/frame.h"
#include "agentlink/truststore.h"
#include "crypto/certificate.h"
#include "crypto/keys.h"

#include <QCborArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace tafel;
using namespace tafel::agentlink;

namespace {
// Long enough for 40 simultaneous TLS handshakes on a loaded 2-core CI machine (manyClientsAtOnce).
constexpr int kHandshakeTimeoutMs = 3000;
constexpr int kIdleTimeoutMs = 1500;

// A hand-driven TLS peer that writes raw bytes, to send what AgentClient never would.
class RawPeer final : public QObject {
public:
    explicit RawPeer(const ClientCredentials *creds)
    {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setProtocol(QSsl::TlsV1_2OrLater);
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        if (creds) {
            conf.setLocalCertificate(creds->certificate);
            conf.setPrivateKey(creds->key);
        }
        socket.setSslConfiguration(conf);
        connect(&socket, &QSslSocket::encrypted, this, [this] { encrypted = true; });
        connect(&socket, &QSslSocket::disconnected, this, [this] { closed = true; });
        connect(&socket, &QSslSocket::readyRead, this, [this] {
            buffer += socket.readAll();
            for (;;) {
                const ParseResult r = parse(buffer);
                if (r.state != ParseResult::State::Complete)
                    break;
                frames.append(r.frame);
                buffer.remove(0, r.consumed);
            }
        });
    }
    void send(const QByteArray &bytes) { socket.write(bytes); }
    void sendRequest(quint64 seq, quint64 id, const QString &cmd)
    {
        Frame f = Frame::request(id, cmd);
        f.seq = seq;
        send(encode(f));
    }

    QSslSocket socket;
    QByteArray buffer;
    QList<Frame> frames;
    bool encrypted = false;
    bool closed = false;
};
} // namespace

class AgentLinkAgentTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void statusWithTeacherKey();
    void heartbeatWithTeacherKey();
    void adminCommandWithAdminKey();
    void teacherKeyOnAdminCommandIsForbidden();
    void teacherKeyOnPowerIsForbidden();
    void powerOffWithAdminKeyRunsTheConfiguredCommand();
    void powerCommandFailureIsReported();
    void unknownCommandIsRefused();
    void noClientCertificateIsRefused();
    void noClientCertificateGetsNothingElse();
    void unknownKeyIsRefused();
    void wrongPinnedFingerprintIsRefused();
    void replayedFrameIsRefused();
    void truncatedFrameIsRefused();
    void partialFrameIsClosedByIdleTimeout();
    void oversizedFrameIsRefused();
    void frameJustUnderTheCapIsServed();
    void stalledHandshakeIsClosed_data();
    void stalledHandshakeIsClosed();
    void silentPeerIsClosedByIdleTimeout();
    void manyClientsAtOnce();
    void keepAliveOutlivesTheIdleTimeout();
    void trustedKeysAreReloaded();
    void refusalsAreAudited();

private:
    Result<QCborMap> call(const ClientCredentials *creds, const QString &command, const QString &pin = {});
    std::unique_ptr<RawPeer> openRaw(const ClientCredentials *creds);
    QList<QJsonObject> audit() const;

    QTemporaryDir m_dir;
    QProcess m_agent;
    QByteArray m_log;
    quint16 m_port = 0;
    QString m_fingerprint;
    ClientCredentials m_teacher;
    ClientCredentials m_admin;
    ClientCredentials m_stranger;
    QString m_trustFile;
};

void AgentLinkAgentTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QByteArray trust = "# test keys\n";
    for (auto [role, creds, trusted] : {std::tuple{Role::Teacher, &m_teacher, true}, std::tuple{Role::Admin, &m_admin, true},
                                        std::tuple{Role::Teacher, &m_stranger, false}}) {
        auto key = crypto::KeyPair::generate();
        QVERIFY(key);
        auto c = ClientCredentials::fromKey(*key);
        QVERIFY2(c, qPrintable(c.errorString()));
        *creds = *c;
        if (trusted)
            trust += TrustStore::formatLine(role, key->publicKey(), QStringLiteral("test ") + roleName(role)).toUtf8() + '\n';
    }
    const QString data = m_dir.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(data));
    m_trustFile = QDir(data).filePath(QStringLiteral("trusted-keys"));
    QFile tf(m_trustFile);
    QVERIFY(tf.open(QIODevice::WriteOnly));
    tf.write(trust);
    tf.close();
    const QString cfg = m_dir.filePath(QStringLiteral("agent.ini"));
    QFile cf(cfg);
    QVERIFY(cf.open(QIODevice::WriteOnly));
    cf.write("[Agent]\nName=link-test\nRoom=Raum 204\nDataDir=" + data.toUtf8() + "\n[Link]\nHandshakeTimeoutMs=" + QByteArray::number(kHandshakeTimeoutMs)
             + "\nIdleTimeoutMs=" + QByteArray::number(kIdleTimeoutMs) + "\n[Power]\nOffCommand=touch \"" + m_dir.filePath(QStringLiteral("powered-off")).toUtf8()
             + "\"\nRebootCommand=false\n");
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
    m_port = quint16(m.captured(1).toUInt());
    m_fingerprint = m.captured(2);
    QVERIFY(m_port != 0);
    // The agent's key is private to it.
    QCOMPARE(QFile::permissions(QDir(data).filePath(QStringLiteral("agent-key.pem"))) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
}

void AgentLinkAgentTest::cleanupTestCase()
{
    if (m_agent.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(m_agent.processId()), SIGTERM);
    QVERIFY(m_agent.waitForFinished(10000));
    QCOMPARE(m_agent.exitCode(), 0);
}

Result<QCborMap> AgentLinkAgentTest::call(const ClientCredentials *creds, const QString &command, const QString &pin)
{
    AgentClient client;
    if (creds)
        client.setCredentials(*creds);
    client.setPinnedFingerprint(pin.isEmpty() ? m_fingerprint : pin);
    client.setCallTimeout(10000);
    std::optional<Result<QCborMap>> result;
    client.connectToAgent(QStringLiteral("127.0.0.1"), m_port);
    client.call(command, {}, [&result](Result<QCborMap> r) { result = std::move(r); });
    QElapsedTimer t;
    t.start();
    while (!result && t.elapsed() < 15000)
        QTest::qWait(5);
    if (!result)
        return Error::make(ErrorCode::Timeout, QStringLiteral("test: no callback"));
    return *result;
}

std::unique_ptr<RawPeer> AgentLinkAgentTest::openRaw(const ClientCredentials *creds)
{
    auto peer = std::make_unique<RawPeer>(creds);
    peer->socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
    QElapsedTimer t;
    t.start();
    while (!peer->encrypted && !peer->closed && t.elapsed() < 10000)
        QTest::qWait(5);
    return peer;
}

QList<QJsonObject> AgentLinkAgentTest::audit() const
{
    // The agent's audit trail is the table agent_audit in its own SQLite file (WAL: readable while it writes).
    QList<QJsonObject> out;
    static int n = 0;
    const QString name = QStringLiteral("audit-reader-%1").arg(++n);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_dir.filePath(QStringLiteral("data/agent.db")));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT peer, key_id, role, command, outcome, reason, detail, at_ms FROM agent_audit ORDER BY id"))) {
                while (q.next()) {
                    out.append(QJsonObject{{QStringLiteral("peer"), q.value(0).toString()},
                                           {QStringLiteral("key"), q.value(1).toString()},
                                           {QStringLiteral("role"), q.value(2).toString()},
                                           {QStringLiteral("command"), q.value(3).toString()},
                                           {QStringLiteral("outcome"), q.value(4).toString()},
                                           {QStringLiteral("reason"), q.value(5).toString()},
                                           {QStringLiteral("detail"), q.value(6).toString()},
                                           {QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC).toString(Qt::ISODateWithMs)}});
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

void AgentLinkAgentTest::statusWithTeacherKey()
{
    auto r = call(&m_teacher, QStringLiteral("status"));
    QVERIFY2(r, qPrintable(r.errorString()));
    QCOMPARE(r->value(QStringLiteral("name")).toString(), QStringLiteral("link-test"));
    QCOMPARE(r->value(QStringLiteral("room")).toString(), QStringLiteral("Raum 204"));
    QCOMPARE(r->value(QStringLiteral("version")).toString(), QStringLiteral(TAFEL_VERSION));
    QVERIFY(!r->value(QStringLiteral("host")).toString().isEmpty());
    QVERIFY(r->value(QStringLiteral("uptimeSecs")).toInteger() >= 0);
    QCOMPARE(r->value(QStringLiteral("os")).toMap().value(QStringLiteral("kernel")).toString(), QStringLiteral("linux"));
    const QCborMap disk = r->value(QStringLiteral("disk")).toMap();
    QVERIFY(disk.value(QStringLiteral("totalBytes")).toInteger() > 0);
    QVERIFY(disk.value(QStringLiteral("freeBytes")).toInteger() >= 0);
    const QCborArray ifs = r->value(QStringLiteral("interfaces")).toArray();
    bool loopback = false;
    for (const QCborValue &v : ifs) {
        const QCborMap i = v.toMap();
        if (i.value(QStringLiteral("loopback")).toBool())
            loopback = i.value(QStringLiteral("addresses")).toArray().contains(QCborValue(QStringLiteral("127.0.0.1/8")));
    }
    QVERIFY2(loopback, "the loopback interface with 127.0.0.1/8 is listed");
}

void AgentLinkAgentTest::heartbeatWithTeacherKey()
{
    auto r = call(&m_teacher, QStringLiteral("heartbeat"));
    QVERIFY2(r, qPrintable(r.errorString()));
    QVERIFY(qAbs(r->value(QStringLiteral("time")).toInteger() - QDateTime::currentMSecsSinceEpoch()) < 60000);
}

void AgentLinkAgentTest::adminCommandWithAdminKey()
{
    auto r = call(&m_admin, QStringLiteral("config.get"));
    QVERIFY2(r, qPrintable(r.errorString()));
    QCOMPARE(r->value(QStringLiteral("name")).toString(), QStringLiteral("link-test"));
    QCOMPARE(r->value(QStringLiteral("trustedKeys")).toInteger(), 2);
    auto s = call(&m_admin, QStringLiteral("status"));
    QVERIFY2(s, qPrintable(s.errorString()));
}

void AgentLinkAgentTest::teacherKeyOnAdminCommandIsForbidden()
{
    AgentClient client;
    client.setCredentials(m_teacher);
    client.setPinnedFingerprint(m_fingerprint);
    std::optional<Result<QCborMap>> denied, after;
    client.connectToAgent(QStringLiteral("127.0.0.1"), m_port);
    client.call(QStringLiteral("config.get"), {}, [&](Result<QCborMap> r) { denied = std::move(r); });
    client.call(QStringLiteral("status"), {}, [&](Result<QCborMap> r) { after = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(denied && after, 10000);
    QVERIFY(!*denied);
    QCOMPARE(denied->error().code, ErrorCode::PermissionDenied);
    QVERIFY2(denied->errorString().contains(QLatin1String("admin")), qPrintable(denied->errorString()));
    // A wrong-role request is refused; the connection itself stays usable for what the role may do.
    QVERIFY2(*after, qPrintable(after->errorString()));
}

void AgentLinkAgentTest::teacherKeyOnPowerIsForbidden()
{
    const QString marker = m_dir.filePath(QStringLiteral("powered-off"));
    auto r = call(&m_teacher, QStringLiteral("power.off"));
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::PermissionDenied);
    QTest::qWait(200);
    QVERIFY2(!QFile::exists(marker), "a teacher key must not run the power command");
}

void AgentLinkAgentTest::powerOffWithAdminKeyRunsTheConfiguredCommand()
{
    // The test config's OffCommand is `touch <marker>`: harmless, and proves it ran.
    const QString marker = m_dir.filePath(QStringLiteral("powered-off"));
    auto r = call(&m_admin, QStringLiteral("power.off"));
    QVERIFY2(r, qPrintable(r.errorString()));
    QCOMPARE(r->value(QStringLiteral("exitCode")).toInteger(), 0);
    QVERIFY(QFile::exists(marker));
    bool audited = false;
    const auto entries = audit();
    for (const QJsonObject &o : entries)
        audited = audited || (o.value(QStringLiteral("command")).toString() == QLatin1String("power.off") && o.value(QStringLiteral("outcome")).toString() == QLatin1String("ok")
                              && o.value(QStringLiteral("key")).toString() == m_admin.keyId);
    QVERIFY(audited);
}

void AgentLinkAgentTest::powerCommandFailureIsReported()
{
    auto r = call(&m_admin, QStringLiteral("power.reboot")); // configured as `false`
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Failed);
    QVERIFY2(r.errorString().contains(QLatin1String("exit code 1")), qPrintable(r.errorString()));
}

void AgentLinkAgentTest::unknownCommandIsRefused()
{
    auto raw = openRaw(&m_teacher);
    QVERIFY(raw->encrypted);
    raw->sendRequest(1, 5, QStringLiteral("message.show")); // known, but without its arguments: refused, connection stays
    QTRY_COMPARE_WITH_TIMEOUT(raw->frames.size(), 1, 5000);
    QCOMPARE(raw->frames.at(0).errorCode, QString::fromLatin1(refusal::InvalidArgs));
    QCOMPARE(raw->frames.at(0).id, quint64(5));
    raw->sendRequest(2, 6, QStringLiteral("no-such-command"));
    QTRY_COMPARE_WITH_TIMEOUT(raw->frames.size(), 2, 5000);
    QCOMPARE(raw->frames.at(1).errorCode, QString::fromLatin1(refusal::UnknownCommand));
}

void AgentLinkAgentTest::noClientCertificateIsRefused()
{
    auto r = call(nullptr, QStringLiteral("status"));
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::AuthFailed);
    QVERIFY2(r.errorString().contains(QLatin1String("keys create")), qPrintable(r.errorString()));
}

void AgentLinkAgentTest::noClientCertificateGetsNothingElse()
{
    auto raw = openRaw(nullptr);
    QVERIFY(raw->encrypted);
    raw->sendRequest(1, 1, QStringLiteral("status"));
    QTRY_VERIFY_WITH_TIMEOUT(raw->closed, 10000);
    QCOMPARE(raw->frames.size(), 1);
    QCOMPARE(raw->frames.at(0).type, FrameType::Error);
    QCOMPARE(raw->frames.at(0).id, quint64(0));
    QCOMPARE(raw->frames.at(0).errorCode, QString::fromLatin1(refusal::Unauthenticated));
}

void AgentLinkAgentTest::unknownKeyIsRefused()
{
    auto r = call(&m_stranger, QStringLiteral("status"));
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::AuthFailed);
    QVERIFY2(r.errorString().contains(m_stranger.keyId), qPrintable(r.errorString()));
}

void AgentLinkAgentTest::wrongPinnedFingerprintIsRefused()
{
    QString wrong = m_fingerprint;
    wrong[0] = wrong[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    const qsizetype auditBefore = audit().size();
    auto r = call(&m_teacher, QStringLiteral("status"), wrong);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::AuthFailed);
    QVERIFY2(r.errorString().contains(QLatin1String("pinned fingerprint")), qPrintable(r.errorString()));
    // The client hung up before sending a request: the agent ran nothing and refused nothing.
    QTest::qWait(200);
    QCOMPARE(audit().size(), auditBefore);

    AgentClient enrolling; // enrollment mode shows the fingerprint instead
    enrolling.setCredentials(m_teacher);
    enrolling.setAcceptAnyCertificate(true);
    bool up = false;
    connect(&enrolling, &AgentClient::connected, this, [&up] { up = true; });
    enrolling.connectToAgent(QStringLiteral("127.0.0.1"), m_port);
    QTRY_VERIFY_WITH_TIMEOUT(up, 10000);
    QCOMPARE(enrolling.peerFingerprint(), m_fingerprint);
}

void AgentLinkAgentTest::replayedFrameIsRefused()
{
    auto raw = openRaw(&m_teacher);
    QVERIFY(raw->encrypted);
    Frame f = Frame::request(1, QStringLiteral("heartbeat"));
    f.seq = 7;
    const QByteArray bytes = encode(f);
    raw->send(bytes);
    QTRY_COMPARE_WITH_TIMEOUT(raw->frames.size(), 1, 5000);
    QCOMPARE(raw->frames.at(0).type, FrameType::Response);
    raw->send(bytes); // the same frame again
    QTRY_VERIFY_WITH_TIMEOUT(raw->closed, 5000);
    QCOMPARE(raw->frames.size(), 2);
    QCOMPARE(raw->frames.at(1).errorCode, QString::fromLatin1(refusal::Replay));
}

void AgentLinkAgentTest::truncatedFrameIsRefused()
{
    auto raw = openRaw(&m_teacher);
    QVERIFY(raw->encrypted);
    Frame f = Frame::request(1, QStringLiteral("status"));
    f.seq = 1;
    QByteArray payload = encodePayload(f);
    payload.chop(4); // the CBOR map ends early, the length prefix matches what is sent
    raw->send(frameHeader(quint32(payload.size())) + payload);
    QTRY_VERIFY_WITH_TIMEOUT(raw->closed, 5000);
    QCOMPARE(raw->frames.size(), 1);
    QCOMPARE(raw->frames.at(0).errorCode, QString::fromLatin1(refusal::BadFrame));
}

void AgentLinkAgentTest::partialFrameIsClosedByIdleTimeout()
{
    auto raw = openRaw(&m_teacher);
    QVERIFY(raw->encrypted);
    Frame f = Frame::request(1, QStringLiteral("status"));
    f.seq = 1;
    const QByteArray bytes = encode(f);
    QElapsedTimer t;
    t.start();
    raw->send(bytes.first(bytes.size() - 3)); // the rest never comes
    QTRY_VERIFY_WITH_TIMEOUT(raw->closed, kIdleTimeoutMs + 5000);
    QVERIFY(t.elapsed() >= kIdleTimeoutMs - 200);
    QCOMPARE(raw->frames.size(), 1);
    QCOMPARE(raw->frames.at(0).errorCode, QString::fromLatin1(refusal::Timeout));
}

void AgentLinkAgentTest::oversizedFrameIsRefused()
{
    auto raw = openRaw(&m_teacher);
    QVERIFY(raw->encrypted);
    // Only the header: the agent must refuse before buffering the announced 16 MiB.
    raw->send(frameHeader(16u << 20));
    QTRY_VERIFY_WITH_TIMEOUT(raw->closed, 5000);
    QCOMPARE(raw->frames.size(), 1);
    QCOMPARE(raw->frames.at(0).errorCode, QString::fromLatin1(refusal::TooLarge));

    // One byte over the cap with the body actually sent.
    auto raw2 = openRaw(&m_teacher);
    QVERIFY(raw2->encrypted);
    raw2->send(frameHeader(quint32(kMaxFrameSize + 1)) + QByteArray(kMaxFrameSize + 1, 'x'));
    QTRY_VERIFY_WITH_TIMEOUT(raw2->closed, 5000);
    QVERIFY(!raw2->frames.isEmpty());
    QCOMPARE(raw2->frames.at(0).errorCode, QString::fromLatin1(refusal::TooLarge));
}

void AgentLinkAgentTest::frameJustUnderTheCapIsServed()
{
    auto raw = openRaw(&m_teacher);
    QVERIFY(raw->encrypted);
    Frame f = Frame::request(3, QStringLiteral("heartbeat"), {{QStringLiteral("padding"), QByteArray(kMaxFrameSize - 200, 'p')}});
    f.seq = 1;
    const QByteArray bytes = encode(f);
    QVERIFY(bytes.size() - kHeaderSize <= kMaxFrameSize);
    QVERIFY(bytes.size() - kHeaderSize > kMaxFrameSize - 256);
    // In small pieces, as a slow link would deliver it.
    for (qsizetype off = 0; off < bytes.size(); off += 100000)
        raw->send(bytes.mid(off, 100000));
    QTRY_COMPARE_WITH_TIMEOUT(raw->frames.size(), 1, 10000);
    QCOMPARE(raw->frames.at(0).type, FrameType::Response);
    QCOMPARE(raw->frames.at(0).id, quint64(3));
    QVERIFY(!raw->closed);
}

void AgentLinkAgentTest::stalledHandshakeIsClosed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("silent") << QByteArray();
    // A TLS record header announcing a ClientHello of 512 bytes, then nothing.
    QTest::newRow("partial-client-hello") << QByteArray::fromHex("160301020001000200");
}

void AgentLinkAgentTest::stalledHandshakeIsClosed()
{
    QFETCH(QByteArray, bytes);
    QTcpSocket sock;
    bool closed = false;
    connect(&sock, &QTcpSocket::disconnected, this, [&closed] { closed = true; });
    sock.connectToHost(QStringLiteral("127.0.0.1"), m_port);
    QVERIFY(sock.waitForConnected(5000));
    QElapsedTimer t;
    t.start();
    if (!bytes.isEmpty())
        sock.write(bytes);
    QTRY_VERIFY_WITH_TIMEOUT(closed, kHandshakeTimeoutMs + 5000);
    QVERIFY2(t.elapsed() >= kHandshakeTimeoutMs - 200, qPrintable(QString::number(t.elapsed())));
}

void AgentLinkAgentTest::silentPeerIsClosedByIdleTimeout()
{
    auto raw = openRaw(&m_teacher);
    QVERIFY(raw->encrypted);
    QElapsedTimer t;
    t.start();
    QTRY_VERIFY_WITH_TIMEOUT(raw->closed, kIdleTimeoutMs + 5000);
    QVERIFY(t.elapsed() >= kIdleTimeoutMs - 300);
    QCOMPARE(raw->frames.size(), 1);
    QCOMPARE(raw->frames.at(0).errorCode, QString::fromLatin1(refusal::Timeout));
}

void AgentLinkAgentTest::manyClientsAtOnce()
{
    constexpr int kClients = 40;
    std::vector<std::unique_ptr<AgentClient>> clients;
    int ok = 0;
    int failed = 0;
    for (int i = 0; i < kClients; ++i) {
        auto c = std::make_unique<AgentClient>();
        c->setCredentials(i % 2 ? m_teacher : m_admin);
        c->setPinnedFingerprint(m_fingerprint);
        c->connectToAgent(QStringLiteral("127.0.0.1"), m_port);
        for (int k = 0; k < 3; ++k)
            c->call(k == 1 ? QStringLiteral("heartbeat") : QStringLiteral("status"), {}, [&](Result<QCborMap> r) { r ? ++ok : ++failed; });
        clients.push_back(std::move(c));
    }
    QTRY_COMPARE_WITH_TIMEOUT(ok + failed, kClients * 3, 30000);
    QCOMPARE(failed, 0);
}

void AgentLinkAgentTest::keepAliveOutlivesTheIdleTimeout()
{
    AgentClient client;
    client.setCredentials(m_teacher);
    client.setPinnedFingerprint(m_fingerprint);
    client.setKeepAliveInterval(kIdleTimeoutMs / 3);
    bool dropped = false;
    connect(&client, &AgentClient::failed, this, [&dropped] { dropped = true; });
    std::optional<Result<QCborMap>> first, later;
    client.connectToAgent(QStringLiteral("127.0.0.1"), m_port);
    client.call(QStringLiteral("heartbeat"), {}, [&](Result<QCborMap> r) { first = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(first.has_value(), 10000);
    QVERIFY(*first);
    QTest::qWait(kIdleTimeoutMs * 2 + 500);
    QVERIFY(!dropped);
    QCOMPARE(client.state(), AgentClient::State::Connected);
    client.call(QStringLiteral("status"), {}, [&](Result<QCborMap> r) { later = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(later.has_value(), 10000);
    QVERIFY2(*later, qPrintable(later->errorString()));
}

void AgentLinkAgentTest::trustedKeysAreReloaded()
{
    auto key = crypto::KeyPair::generate();
    QVERIFY(key);
    auto creds = ClientCredentials::fromKey(*key);
    QVERIFY(creds);
    QVERIFY(!call(&*creds, QStringLiteral("status")));
    QFile tf(m_trustFile);
    QVERIFY(tf.open(QIODevice::Append));
    tf.write(TrustStore::formatLine(Role::Teacher, key->publicKey(), QStringLiteral("added later")).toUtf8() + '\n');
    tf.close();
    auto r = call(&*creds, QStringLiteral("status"));
    QVERIFY2(r, qPrintable(r.errorString()));
}

void AgentLinkAgentTest::refusalsAreAudited()
{
    QSet<QString> reasons;
    const auto entries = audit();
    for (const QJsonObject &o : entries) {
        if (o.value(QStringLiteral("outcome")).toString() == QLatin1String("refused"))
            reasons.insert(o.value(QStringLiteral("reason")).toString());
        QVERIFY(!o.value(QStringLiteral("time")).toString().isEmpty());
        QVERIFY(!o.value(QStringLiteral("peer")).toString().isEmpty());
    }
    for (const char *r : {refusal::Unauthenticated, refusal::UnknownKey, refusal::Forbidden, refusal::Replay, refusal::BadFrame, refusal::TooLarge,
                          refusal::Timeout, refusal::UnknownCommand})
        QVERIFY2(reasons.contains(QString::fromLatin1(r)), r);
    bool forbiddenNamesKeyAndCommand = false;
    for (const QJsonObject &o : entries) {
        if (o.value(QStringLiteral("reason")).toString() == QLatin1String("forbidden") && o.value(QStringLiteral("key")).toString() == m_teacher.keyId
            && o.value(QStringLiteral("command")).toString() == QLatin1String("config.get") && o.value(QStringLiteral("role")).toString() == QLatin1String("teacher"))
            forbiddenNamesKeyAndCommand = true;
    }
    QVERIFY(forbiddenNamesKeyAndCommand);
}

QTEST_GUILESS_MAIN(AgentLinkAgentTest)
#include "test_agentlink_agent.moc"
