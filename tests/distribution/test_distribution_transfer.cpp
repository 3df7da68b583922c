// Lesson material over the LAN protocol with REAL tafel-agent processes on 127.0.0.1 and `tafelctl distribute`
// as a process: one receiver, ten receivers in a relay chain (the sender sends about one copy), resume after the
// sender (of a package file or of a folder) or a receiver is killed, a receiver that dies for good, a chunk damaged on the way (re-fetched), a
// manifest signed by an untrusted key, unsafe manifests and the disk quota.
#include "agentlink/agentclient.h"
#include "agentlink/pinfile.h"
#include "agentlink/truststore.h"
#include "crypto/keys.h"
#include "crypto/random.h"
#include "crypto/sha256.h"
#include "distribution/manifest.h"
#include "distribution/packagefile.h"

#include <QCborMap>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>
#include <memory>

using namespace tafel;
using namespace tafel::distribution;

namespace {

struct Agent {
    std::unique_ptr<QProcess> process;
    QString dataDir;
    QString config;
    QStringList env;
    quint16 port = 0;
    QString fingerprint;
    QByteArray log;
    QString hostPort() const { return QStringLiteral("127.0.0.1:%1").arg(port); }
    QString material() const { return dataDir + QStringLiteral("/material"); }
};

// Chunks the receiver's store has verified (its persisted staging bitmap); -1 while there is none.
int verifiedOnDisk(const Agent *a, const QString &id)
{
    QFile f(a->material() + QStringLiteral("/.staging/") + id + QStringLiteral("/verified"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    int n = 0;
    for (const char c : f.readAll())
        n += qPopulationCount(quint8(c));
    return n;
}

struct RunResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json;
};

} // namespace

class DistributionTransferTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void singleReceiver();
    void tenReceiversRelayOneCopy();
    void resumeAfterSenderKilled();
    void resumeFolderAfterSenderKilled();
    void resumeAfterReceiverRestart();
    void deadReceiverIsRoutedAround();
    void slowReceiverMovesToTheTail();
    void slowHeadMovesToTheTail();
    void tamperedChunkIsRefetched();
    void untrustedSignerIsRefused();
    void unsafeManifestsAreRefused_data();
    void unsafeManifestsAreRefused();
    void quotaExceededLeavesNothing();
    void peerWithoutGrantIsRefused();
    void roomAndUsage();

private:
    Agent *startAgent(const QString &name, const QByteArray &extraIni = {}, const QStringList &env = {}, quint16 port = 0);
    bool restart(Agent *a);
    void stop(Agent *a, bool hard = false);
    QString makeTree(const QString &name, const QList<qint64> &sizes);
    QString makePackage(const QString &name, const QList<qint64> &sizes, const crypto::KeyPair &key);
    QStringList distributeArgs(const QString &package, const QList<Agent *> &to, const QStringList &extra = {});
    RunResult runTafelctl(const QStringList &args, int timeoutMs = 60000);
    QList<Agent *> startSlowPair(const QString &prefix);
    int killSenderMidway(const QStringList &args, const QList<Agent *> &receivers, const QString &id);
    bool sameTree(const QString &a, const QString &b);
    QString packageIdOf(const QString &packageFile);
    QStringList materialEntries(const Agent *a);
    Result<QCborMap> call(const Agent *a, const QString &command, const QCborMap &args, const agentlink::ClientCredentials &creds);

    QTemporaryDir m_dir;
    crypto::KeyPair m_teacher;
    crypto::KeyPair m_stranger;
    QString m_teacherKeyFile;
    QString m_db;
    QByteArray m_trust;
    std::vector<std::unique_ptr<Agent>> m_agents;
    QList<Agent *> m_pool; // ten plain agents shared by the tests
    int m_seq = 0;
};

void DistributionTransferTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto teacher = crypto::KeyPair::generate();
    auto stranger = crypto::KeyPair::generate();
    QVERIFY(teacher && stranger);
    m_teacher = std::move(teacher).value();
    m_stranger = std::move(stranger).value();
    m_teacherKeyFile = m_dir.filePath(QStringLiteral("teacher.pem"));
    QVERIFY(m_teacher.save(m_teacherKeyFile));
    m_trust = agentlink::TrustStore::formatLine(agentlink::Role::Teacher, m_teacher.publicKey(), QStringLiteral("teacher")).toUtf8() + '\n';
    m_db = m_dir.filePath(QStringLiteral("inventory.db"));
    for (int i = 0; i < 10; ++i) {
        Agent *a = startAgent(QStringLiteral("pool-%1").arg(i));
        QVERIFY(a);
        m_pool.append(a);
    }
}

void DistributionTransferTest::cleanupTestCase()
{
    for (auto &a : m_agents)
        stop(a.get());
}

Agent *DistributionTransferTest::startAgent(const QString &name, const QByteArray &extraIni, const QStringList &env, quint16 port)
{
    auto a = std::make_unique<Agent>();
    a->dataDir = m_dir.filePath(name);
    QDir().mkpath(a->dataDir);
    QFile tf(a->dataDir + QStringLiteral("/trusted-keys"));
    if (!tf.open(QIODevice::WriteOnly))
        return nullptr;
    tf.write(m_trust);
    tf.close();
    a->config = m_dir.filePath(name + QStringLiteral(".ini"));
    QFile cf(a->config);
    if (!cf.open(QIODevice::WriteOnly))
        return nullptr;
    cf.write("[Agent]\nName=" + name.toUtf8() + "\nDataDir=" + a->dataDir.toUtf8() + "\n[Material]\nReserveBytes=0\n" + extraIni);
    cf.close();
    a->env = env;
    a->port = port;
    Agent *raw = a.get();
    m_agents.push_back(std::move(a));
    if (!restart(raw))
        return nullptr;
    if (auto st = agentlink::PinFile::nextToDatabase(m_db).store(raw->hostPort(), raw->fingerprint); !st)
        return nullptr;
    return raw;
}

bool DistributionTransferTest::restart(Agent *a)
{
    a->process = std::make_unique<QProcess>();
    a->log.clear();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &kv : std::as_const(a->env))
        env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    a->process->setProcessEnvironment(env);
    QProcess *p = a->process.get();
    connect(p, &QProcess::readyReadStandardError, this, [a, p] { a->log += p->readAllStandardError(); });
    p->start(QStringLiteral(AGENT_PATH), {QStringLiteral("--config"), a->config, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(a->port),
                                          QStringLiteral("--lang"), QStringLiteral("en")});
    if (!p->waitForStarted(10000))
        return false;
    static const QRegularExpression re(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+) .*certificate fingerprint ([0-9A-F:]{95})"));
    QRegularExpressionMatch m;
    if (!QTest::qWaitFor([&] { return (m = re.match(QString::fromUtf8(a->log))).hasMatch() || p->state() == QProcess::NotRunning; }, 20000)
        || !m.hasMatch()) {
        qWarning("agent did not start: %s", a->log.constData());
        return false;
    }
    a->port = quint16(m.captured(1).toUInt());
    a->fingerprint = m.captured(2);
    return true;
}

void DistributionTransferTest::stop(Agent *a, bool hard)
{
    if (!a->process || a->process->state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(a->process->processId()), hard ? SIGKILL : SIGTERM);
    a->process->waitForFinished(10000);
}

QString DistributionTransferTest::makeTree(const QString &name, const QList<qint64> &sizes)
{
    const QString dir = m_dir.filePath(QStringLiteral("src-") + name);
    QDir().mkpath(dir + QStringLiteral("/sub"));
    for (int i = 0; i < sizes.size(); ++i) {
        QFile f(dir + (i % 2 ? QStringLiteral("/sub/file-%1.bin") : QStringLiteral("/file-%1.bin")).arg(i));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(crypto::randomBytes(int(sizes.at(i))));
    }
    return dir;
}

QString DistributionTransferTest::makePackage(const QString &name, const QList<qint64> &sizes, const crypto::KeyPair &key)
{
    const QString dir = makeTree(name, sizes);
    const QString out = m_dir.filePath(name + QStringLiteral(".tafelpkg"));
    auto m = createPackage(dir, key, name, out);
    if (!m) {
        qWarning("createPackage: %s", qPrintable(m.errorString()));
        return {};
    }
    return out;
}

QString DistributionTransferTest::packageIdOf(const QString &packageFile)
{
    auto r = PackageReader::openFile(packageFile);
    return r ? (*r)->manifest().packageId : QString();
}

// Two receivers that take pieces at 3 MiB/s (test hook), so a transfer can be interrupted halfway; empty on failure.
QList<Agent *> DistributionTransferTest::startSlowPair(const QString &prefix)
{
    QList<Agent *> slow;
    for (int i = 0; i < 2; ++i) {
        Agent *a = startAgent(QStringLiteral("%1-%2").arg(prefix).arg(i), {}, {QStringLiteral("TAFEL_TEST_RECEIVE_RATE=3145728")});
        if (!a)
            return {};
        slow.append(a);
    }
    return slow;
}

// Starts `tafelctl` with `args`, SIGKILLs it once the second receiver has 3 chunks of package `id`, and waits
// until the head has worked off what was in flight (at most the sender's 8 MiB window). Returns the chunks the
// head has verified then, or -1 when a step did not happen in time.
int DistributionTransferTest::killSenderMidway(const QStringList &args, const QList<Agent *> &receivers, const QString &id)
{
    QProcess sender;
    sender.start(QStringLiteral(TAFELCTL_PATH), args);
    if (!sender.waitForStarted(10000) || !QTest::qWaitFor([&] { return verifiedOnDisk(receivers.at(1), id) >= 3; }, 20000))
        return -1;
    ::kill(pid_t(sender.processId()), SIGKILL);
    if (!sender.waitForFinished(5000))
        return -1;
    int head = -1;
    const bool idle = QTest::qWaitFor([&] {
        const int now = verifiedOnDisk(receivers.at(0), id);
        QTest::qWait(1200);
        return now == (head = verifiedOnDisk(receivers.at(0), id));
    }, 20000);
    return idle ? head : -1;
}

QStringList DistributionTransferTest::distributeArgs(const QString &package, const QList<Agent *> &to, const QStringList &extra)
{
    QStringList args{QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("distribute"), package, QStringLiteral("--key"), m_teacherKeyFile};
    for (const Agent *a : to)
        args << QStringLiteral("--to") << a->hostPort();
    return args + extra;
}

RunResult DistributionTransferTest::runTafelctl(const QStringList &args, int timeoutMs)
{
    RunResult r;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("tafel.distribution.info=true")); // the chain's decisions
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TAFELCTL_PATH), args);
    if (!p.waitForStarted(10000) || !QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = "tafelctl did not finish: " + p.readAllStandardError();
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.json = QJsonDocument::fromJson(r.out).object();
    return r;
}

bool DistributionTransferTest::sameTree(const QString &a, const QString &b)
{
    QStringList filesA, filesB;
    for (QDirIterator it(a, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
        filesA << QDir(a).relativeFilePath(it.next());
    for (QDirIterator it(b, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
        filesB << QDir(b).relativeFilePath(it.next());
    filesA.sort();
    filesB.sort();
    if (filesA != filesB || filesA.isEmpty()) {
        qWarning() << "trees differ:" << filesA << filesB;
        return false;
    }
    for (const QString &f : std::as_const(filesA)) {
        if (crypto::sha256File(a + QLatin1Char('/') + f).valueOr({}) != crypto::sha256File(b + QLatin1Char('/') + f).valueOr(QByteArray("x"))) {
            qWarning() << "file differs:" << f;
            return false;
        }
    }
    return true;
}

QStringList DistributionTransferTest::materialEntries(const Agent *a)
{
    QStringList out;
    for (QDirIterator it(a->material(), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories); it.hasNext();)
        out << QDir(a->material()).relativeFilePath(it.next());
    out.sort();
    return out;
}

Result<QCborMap> DistributionTransferTest::call(const Agent *a, const QString &command, const QCborMap &args, const agentlink::ClientCredentials &creds)
{
    agentlink::AgentClient client;
    client.setCredentials(creds);
    client.setPinnedFingerprint(a->fingerprint);
    client.connectToAgent(QStringLiteral("127.0.0.1"), a->port);
    std::optional<Result<QCborMap>> result;
    client.call(command, args, [&result](Result<QCborMap> r) { result = std::move(r); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        return Error::make(ErrorCode::Timeout, QStringLiteral("test: no answer"));
    return *result;
}

void DistributionTransferTest::singleReceiver()
{
    const QString pkg = makePackage(QStringLiteral("single"), {3 * 1024 * 1024 + 17, 200 * 1024, 0, 5}, m_teacher);
    QVERIFY(!pkg.isEmpty());
    Agent *a = m_pool.at(0);
    const RunResult r = runTafelctl(distributeArgs(pkg, {a}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray receivers = r.json.value(QStringLiteral("receivers")).toArray();
    QCOMPARE(receivers.size(), 1);
    const QJsonObject rec = receivers.at(0).toObject();
    QCOMPARE(rec.value(QStringLiteral("host")).toString(), a->hostPort());
    QVERIFY(rec.value(QStringLiteral("verified")).toBool());
    QVERIFY(rec.value(QStringLiteral("error")).isNull());
    QCOMPARE(rec.value(QStringLiteral("bytes")).toInteger(), r.json.value(QStringLiteral("bytes")).toInteger());
    QVERIFY(rec.value(QStringLiteral("seconds")).toDouble() > 0);
    const QString id = packageIdOf(pkg);
    QVERIFY(sameTree(m_dir.filePath(QStringLiteral("src-single")), a->material() + QLatin1Char('/') + id));
    QVERIFY(!QFileInfo::exists(a->material() + QStringLiteral("/.staging/") + id));

    // A second run finds it complete and sends nothing.
    const RunResult again = runTafelctl(distributeArgs(pkg, {a}));
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(again.json.value(QStringLiteral("sent_bytes")).toInteger(), 0);

    // tafelctl agent packages lists it; --delete removes it.
    const RunResult list = runTafelctl({QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("agent"), QStringLiteral("packages"), a->hostPort(),
                                        QStringLiteral("--key"), m_teacherKeyFile});
    QVERIFY2(list.exitCode == 0, list.err.constData());
    const QJsonArray packages = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(packages.size(), 1);
    QCOMPARE(packages.at(0).toObject().value(QStringLiteral("id")).toString(), id);
    QVERIFY(packages.at(0).toObject().value(QStringLiteral("complete")).toBool());
    const RunResult del = runTafelctl({QStringLiteral("--db"), m_db, QStringLiteral("agent"), QStringLiteral("packages"), a->hostPort(), QStringLiteral("--key"),
                                       m_teacherKeyFile, QStringLiteral("--delete"), id});
    QVERIFY2(del.exitCode == 0, del.err.constData());
    QVERIFY(!QFileInfo::exists(a->material() + QLatin1Char('/') + id));
}

void DistributionTransferTest::tenReceiversRelayOneCopy()
{
    const QString pkg = makePackage(QStringLiteral("ten"), {5 * 1024 * 1024 + 3, 1024 * 1024, 77}, m_teacher);
    QVERIFY(!pkg.isEmpty());
    const RunResult r = runTafelctl(distributeArgs(pkg, m_pool));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const qint64 bytes = r.json.value(QStringLiteral("bytes")).toInteger();
    const qint64 sent = r.json.value(QStringLiteral("sent_bytes")).toInteger();
    const QJsonArray receivers = r.json.value(QStringLiteral("receivers")).toArray();
    QCOMPARE(receivers.size(), 10);
    const QString id = packageIdOf(pkg);
    for (int i = 0; i < 10; ++i) {
        QVERIFY2(receivers.at(i).toObject().value(QStringLiteral("verified")).toBool(), r.out.constData());
        QVERIFY(sameTree(m_dir.filePath(QStringLiteral("src-ten")), m_pool.at(i)->material() + QLatin1Char('/') + id));
    }
    // The receivers relayed to each other: the sender sent about one copy, not ten.
    qInfo("relay chain: package %lld bytes, sender sent %lld bytes to 10 receivers", bytes, sent);
    QVERIFY2(sent >= bytes && sent < 2 * bytes, qPrintable(QStringLiteral("sent %1 bytes for a package of %2").arg(sent).arg(bytes)));

    // The same without relaying (--no-relay) costs the sender one copy per receiver.
    const QString unicast = makePackage(QStringLiteral("ten-unicast"), {1024 * 1024 + 5}, m_teacher);
    QVERIFY(!unicast.isEmpty());
    const RunResult u = runTafelctl(distributeArgs(unicast, m_pool, {QStringLiteral("--no-relay")}));
    QVERIFY2(u.exitCode == 0, u.err.constData());
    QCOMPARE(u.json.value(QStringLiteral("sent_bytes")).toInteger(), 10 * u.json.value(QStringLiteral("bytes")).toInteger());
}

void DistributionTransferTest::resumeAfterSenderKilled()
{
    // 20 MiB into two receivers that take pieces at 3 MiB/s: the sender is killed after a few chunks.
    const QList<Agent *> slow = startSlowPair(QStringLiteral("slow"));
    QVERIFY(!slow.isEmpty());
    const QString pkg = makePackage(QStringLiteral("sender-kill"), {20 * 1024 * 1024}, m_teacher);
    QVERIFY(!pkg.isEmpty());
    const QString id = packageIdOf(pkg);
    const int head = killSenderMidway(distributeArgs(pkg, slow), slow, id);
    QVERIFY2(head > 0 && head < 20, qPrintable(QStringLiteral("head has %1 of 20 chunks").arg(head)));
    QVERIFY(!QFileInfo::exists(slow.at(0)->material() + QLatin1Char('/') + id)); // not complete, not visible

    const RunResult r = runTafelctl(distributeArgs(pkg, slow));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const qint64 bytes = r.json.value(QStringLiteral("bytes")).toInteger();
    const qint64 sent = r.json.value(QStringLiteral("sent_bytes")).toInteger();
    qInfo("resumed after the sender was killed: the head had %d of 20 chunks, the new run sent %lld of %lld bytes", head, sent, bytes);
    // Only what the head was missing travelled from the sender (the second receiver got the rest from the head),
    // plus, on a slow machine, the head probe: the last chunk straight to the second receiver (1/16 of 20 chunks).
    const qint64 missing = qint64(20 - head) * 1024 * 1024;
    QVERIFY2(sent == missing || sent == missing + 1024 * 1024,
             qPrintable(QStringLiteral("sent %1 bytes; the head missed %2").arg(sent).arg(missing)));
    for (const Agent *a : slow)
        QVERIFY(sameTree(m_dir.filePath(QStringLiteral("src-sender-kill")), a->material() + QLatin1Char('/') + id));
    const QJsonObject first = r.json.value(QStringLiteral("receivers")).toArray().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("bytes")).toInteger(), qint64(20 - head) * 1024 * 1024);
    for (Agent *a : slow)
        stop(a);
}

void DistributionTransferTest::resumeFolderAfterSenderKilled()
{
    // As resumeAfterSenderKilled, but `tafelctl distribute DIR` (packaged and signed on the fly): the rerun signs a
    // new envelope (a new `created`) under the same content-derived id, and the receivers resume from their bitmaps.
    const QList<Agent *> slow = startSlowPair(QStringLiteral("slow-folder"));
    QVERIFY(!slow.isEmpty());
    // 20 chunks of 1 MiB: more than the head gets before the kill plus the sender's 8 MiB window.
    const QString dir = makeTree(QStringLiteral("folder-kill"), {12 * 1024 * 1024, 8 * 1024 * 1024});
    QVERIFY(!dir.isEmpty());
    // The id tafelctl will use: the folder's content, its name as the title, the teacher's key.
    const auto manifest = buildManifest(dir, QString(), m_teacher.keyId());
    QVERIFY2(manifest, qPrintable(manifest.errorString()));
    const QString id = manifest->packageId;
    QCOMPARE(manifest->chunkCount(), 20);
    const int head = killSenderMidway(distributeArgs(dir, slow), slow, id);
    QVERIFY2(head > 0 && head < 20, qPrintable(QStringLiteral("head has %1 of 20 chunks").arg(head)));

    const RunResult r = runTafelctl(distributeArgs(dir, slow));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json.value(QStringLiteral("package")).toString(), id);
    const qint64 bytes = r.json.value(QStringLiteral("bytes")).toInteger();
    const qint64 sent = r.json.value(QStringLiteral("sent_bytes")).toInteger();
    qInfo("folder resumed after the sender was killed: the head had %d of 20 chunks, the new run sent %lld of %lld bytes", head, sent, bytes);
    QCOMPARE(bytes, qint64(20) * 1024 * 1024);
    QVERIFY2(sent < bytes, r.out.constData());
    // What the head missed, plus at most the head probe's one chunk (see resumeAfterSenderKilled).
    const qint64 missing = qint64(20 - head) * 1024 * 1024;
    QVERIFY2(sent == missing || sent == missing + 1024 * 1024,
             qPrintable(QStringLiteral("sent %1 bytes; the head missed %2").arg(sent).arg(missing)));
    const QJsonArray receivers = r.json.value(QStringLiteral("receivers")).toArray();
    QCOMPARE(receivers.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QVERIFY2(receivers.at(i).toObject().value(QStringLiteral("verified")).toBool(), r.out.constData());
        QVERIFY(sameTree(dir, slow.at(i)->material() + QLatin1Char('/') + id));
        // No staging directory is left behind, of this id or of another.
        const QStringList staging = QDir(slow.at(i)->material() + QStringLiteral("/.staging")).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        QVERIFY2(staging.isEmpty(), qPrintable(staging.join(QLatin1Char(' '))));
        QCOMPARE(QDir(slow.at(i)->material()).entryList(QDir::Dirs | QDir::NoDotAndDotDot), QStringList{id});
    }
    for (Agent *a : slow)
        stop(a);
}

void DistributionTransferTest::resumeAfterReceiverRestart()
{
    Agent *a = startAgent(QStringLiteral("restart"), {}, {QStringLiteral("TAFEL_TEST_RECEIVE_RATE=3145728")});
    QVERIFY(a);
    const QString pkg = makePackage(QStringLiteral("receiver-kill"), {10 * 1024 * 1024}, m_teacher);
    QVERIFY(!pkg.isEmpty());
    const QString id = packageIdOf(pkg);
    QProcess sender;
    sender.start(QStringLiteral(TAFELCTL_PATH), distributeArgs(pkg, {a}, {QStringLiteral("--give-up"), QStringLiteral("30")}));
    QVERIFY(sender.waitForStarted(10000));
    QVERIFY(QTest::qWaitFor([&] { return verifiedOnDisk(a, id) >= 3; }, 20000));
    stop(a, /*hard=*/true);
    QTest::qWait(1500);
    QVERIFY(restart(a)); // same port and data dir: the staging bitmap survived
    QVERIFY(QTest::qWaitFor([&sender] { return sender.state() == QProcess::NotRunning; }, 40000));
    const QByteArray out = sender.readAllStandardOutput();
    QVERIFY2(sender.exitCode() == 0, QByteArray(out + sender.readAllStandardError()).constData());
    const QJsonObject json = QJsonDocument::fromJson(out).object();
    QVERIFY(json.value(QStringLiteral("receivers")).toArray().at(0).toObject().value(QStringLiteral("verified")).toBool());
    QVERIFY(sameTree(m_dir.filePath(QStringLiteral("src-receiver-kill")), a->material() + QLatin1Char('/') + id));
    // The sender did not start over: less than package + window (8 MiB) travelled in total.
    QVERIFY2(json.value(QStringLiteral("sent_bytes")).toInteger() < json.value(QStringLiteral("bytes")).toInteger() + 8 * 1024 * 1024, out.constData());
    stop(a);
}

void DistributionTransferTest::deadReceiverIsRoutedAround()
{
    QList<Agent *> chain;
    for (int i = 0; i < 4; ++i) {
        Agent *a = startAgent(QStringLiteral("chain-%1").arg(i), {}, {QStringLiteral("TAFEL_TEST_RECEIVE_RATE=4194304")});
        QVERIFY(a);
        chain.append(a);
    }
    const QString pkg = makePackage(QStringLiteral("dead"), {8 * 1024 * 1024}, m_teacher);
    QVERIFY(!pkg.isEmpty());
    const QString id = packageIdOf(pkg);
    QProcess sender;
    sender.start(QStringLiteral(TAFELCTL_PATH), distributeArgs(pkg, chain, {QStringLiteral("--give-up"), QStringLiteral("3")}));
    QVERIFY(sender.waitForStarted(10000));
    // Kill the second receiver of the chain once it has something, and never bring it back.
    QVERIFY(QTest::qWaitFor([&] { return verifiedOnDisk(chain.at(1), id) >= 2; }, 20000));
    stop(chain.at(1), /*hard=*/true);
    QVERIFY(QTest::qWaitFor([&sender] { return sender.state() == QProcess::NotRunning; }, 40000));
    const QByteArray out = sender.readAllStandardOutput();
    QCOMPARE(sender.exitCode(), 1);
    const QJsonArray receivers = QJsonDocument::fromJson(out).object().value(QStringLiteral("receivers")).toArray();
    QCOMPARE(receivers.size(), 4);
    for (int i = 0; i < 4; ++i) {
        const QJsonObject rec = receivers.at(i).toObject();
        if (i == 1) {
            QVERIFY(!rec.value(QStringLiteral("verified")).toBool());
            QVERIFY2(!rec.value(QStringLiteral("error")).toString().isEmpty(), out.constData());
        } else {
            QVERIFY2(rec.value(QStringLiteral("verified")).toBool(), out.constData());
            QVERIFY(sameTree(m_dir.filePath(QStringLiteral("src-dead")), chain.at(i)->material() + QLatin1Char('/') + id));
        }
    }
    for (Agent *a : chain)
        stop(a);
}

void DistributionTransferTest::slowReceiverMovesToTheTail()
{
    // The second receiver of four takes 1 MiB/s: it is moved to the end of the chain, so the two after it do not
    // wait for it (without the move they would finish just after it).
    Agent *slow = startAgent(QStringLiteral("slow-link"), {}, {QStringLiteral("TAFEL_TEST_RECEIVE_RATE=1048576")});
    QVERIFY(slow);
    const QList<Agent *> chain{m_pool.at(8), slow, m_pool.at(9), m_pool.at(0)};
    const QString pkg = makePackage(QStringLiteral("slow"), {8 * 1024 * 1024}, m_teacher);
    QVERIFY(!pkg.isEmpty());
    const RunResult r = runTafelctl(distributeArgs(pkg, chain));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("moving it to the end of the chain"), r.err.constData());
    const QJsonArray receivers = r.json.value(QStringLiteral("receivers")).toArray();
    const double slowSeconds = receivers.at(1).toObject().value(QStringLiteral("seconds")).toDouble();
    for (int i : {2, 3})
        QVERIFY2(receivers.at(i).toObject().value(QStringLiteral("seconds")).toDouble() < slowSeconds, r.out.constData());
    const QString id = packageIdOf(pkg);
    for (const Agent *a : chain)
        QVERIFY(sameTree(m_dir.filePath(QStringLiteral("src-slow")), a->material() + QLatin1Char('/') + id));
    stop(slow);
}

void DistributionTransferTest::slowHeadMovesToTheTail()
{
    // The FIRST receiver of four takes 2 MiB/s: the sender feeds it directly, so nobody is before it to compare
    // with. The head probe (a short direct feed of the last chunks to the second receiver) runs far faster than
    // the head's feed, so the head moves to the end and the other three finish long before it. (24 MiB: the hook
    // slows the acknowledgements, so the head holds the sender's 8 MiB window at once.)
    Agent *slow = startAgent(QStringLiteral("slow-head"), {}, {QStringLiteral("TAFEL_TEST_RECEIVE_RATE=2097152")});
    QVERIFY(slow);
    const QList<Agent *> chain{slow, m_pool.at(5), m_pool.at(6), m_pool.at(7)};
    const QString pkg = makePackage(QStringLiteral("slowhead"), {24 * 1024 * 1024}, m_teacher);
    QVERIFY(!pkg.isEmpty());
    const RunResult r = runTafelctl(distributeArgs(pkg, chain));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("receives slower than the sender can send"), r.err.constData());
    const QJsonArray receivers = r.json.value(QStringLiteral("receivers")).toArray();
    const double slowSeconds = receivers.at(0).toObject().value(QStringLiteral("seconds")).toDouble();
    // Without the move everybody finishes just after the head (12 s at 2 MiB/s).
    for (int i : {1, 2, 3})
        QVERIFY2(receivers.at(i).toObject().value(QStringLiteral("seconds")).toDouble() < slowSeconds - 3, r.out.constData());
    const QString id = packageIdOf(pkg);
    for (const Agent *a : chain)
        QVERIFY(sameTree(m_dir.filePath(QStringLiteral("src-slowhead")), a->material() + QLatin1Char('/') + id));
    // The probe costs the sender a little more than one copy, not a second copy.
    const qint64 sent = r.json.value(QStringLiteral("sent_bytes")).toInteger();
    QVERIFY2(sent >= 24 * 1024 * 1024 && sent < 24 * 1024 * 1024 * 3 / 2, r.out.constData());
    stop(slow);
}

void DistributionTransferTest::tamperedChunkIsRefetched()
{
    // The middle receiver of three damages its first copy of chunk 2 (test hook): it refuses it, gets it again,
    // and every receiver ends with the verified package.
    QList<Agent *> three{m_pool.at(3), nullptr, m_pool.at(4)};
    three[1] = startAgent(QStringLiteral("tamper"), {}, {QStringLiteral("TAFEL_TEST_CORRUPT_CHUNK=2")});
    QVERIFY(three[1]);
    const QString pkg = makePackage(QStringLiteral("tamper"), {4 * 1024 * 1024 + 100}, m_teacher);
    QVERIFY(!pkg.isEmpty());
    const RunResult r = runTafelctl(distributeArgs(pkg, three));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString id = packageIdOf(pkg);
    for (const Agent *a : three)
        QVERIFY(sameTree(m_dir.filePath(QStringLiteral("src-tamper")), a->material() + QLatin1Char('/') + id));
    QVERIFY2(three[1]->log.contains("chunk 2") && three[1]->log.contains("failed verification"), three[1]->log.constData());
    stop(three[1]);
}

void DistributionTransferTest::untrustedSignerIsRefused()
{
    const QString pkg = makePackage(QStringLiteral("untrusted"), {100 * 1024}, m_stranger);
    QVERIFY(!pkg.isEmpty());
    Agent *a = m_pool.at(5);
    const RunResult r = runTafelctl(distributeArgs(pkg, {a}));
    QCOMPARE(r.exitCode, 1);
    const QJsonObject rec = r.json.value(QStringLiteral("receivers")).toArray().at(0).toObject();
    QVERIFY(!rec.value(QStringLiteral("verified")).toBool());
    QVERIFY2(rec.value(QStringLiteral("error")).toString().contains(QLatin1String("does not trust")), r.out.constData());
    const QString id = packageIdOf(pkg);
    QVERIFY(!QFileInfo::exists(a->material() + QLatin1Char('/') + id));
    QVERIFY(!QFileInfo::exists(a->material() + QStringLiteral("/.staging/") + id));
}

void DistributionTransferTest::unsafeManifestsAreRefused_data()
{
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<qint64>("sizeDelta"); // a chunk list that does not match the size
    QTest::addColumn<QString>("expected");
    QTest::newRow("absolute") << QStringList{QStringLiteral("/etc/cron.d/evil")} << qint64(0) << QStringLiteral("absolute");
    QTest::newRow("dotdot") << QStringList{QStringLiteral("../../.bashrc")} << qint64(0) << QStringLiteral("'..'");
    QTest::newRow("dotdot-middle") << QStringList{QStringLiteral("a/../../evil")} << qint64(0) << QStringLiteral("'..'");
    QTest::newRow("backslash") << QStringList{QStringLiteral("..\\evil")} << qint64(0) << QStringLiteral("backslash");
    QTest::newRow("device-CON") << QStringList{QStringLiteral("CON")} << qint64(0) << QStringLiteral("device name");
    QTest::newRow("device-nul.txt") << QStringList{QStringLiteral("docs/nul.txt")} << qint64(0) << QStringLiteral("device name");
    QTest::newRow("duplicate") << QStringList{QStringLiteral("a.txt"), QStringLiteral("a.txt")} << qint64(0) << QStringLiteral("appears twice");
    QTest::newRow("case-collision") << QStringList{QStringLiteral("Readme.txt"), QStringLiteral("README.TXT")} << qint64(0) << QStringLiteral("appears twice");
    QTest::newRow("size-mismatch") << QStringList{QStringLiteral("big.bin")} << qint64(5 * 1024 * 1024) << QString();
}

void DistributionTransferTest::unsafeManifestsAreRefused()
{
    QFETCH(QStringList, paths);
    QFETCH(qint64, sizeDelta);
    QFETCH(QString, expected);
    // A hostile sender with a trusted key signs an unsafe manifest by hand (signManifest would refuse it).
    Manifest m;
    m.packageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.title = QStringLiteral("unsafe");
    m.created = QDateTime::currentDateTimeUtc();
    m.senderKeyId = m_teacher.keyId();
    for (const QString &p : std::as_const(paths)) {
        FileEntry f;
        f.path = p;
        f.size = 1000;
        f.chunkSize = chunkSizeFor(f.size + sizeDelta);
        for (qint64 i = 0; i < chunkCountFor(f.size + sizeDelta, f.chunkSize); ++i)
            f.chunks.append(crypto::Sha256::hash(QByteArray::number(i)));
        m.files.append(f);
    }
    m.rebuildIndex();
    const QByteArray body = encodeManifest(m);
    QByteArray payload("tafel-manifest-v1", 17);
    payload.append('\0');
    payload.append(body);
    const QByteArray envelope = QCborMap{{QStringLiteral("v"), 1},
                                         {QStringLiteral("manifest"), body},
                                         {QStringLiteral("key"), m_teacher.publicKey().raw()},
                                         {QStringLiteral("sig"), m_teacher.sign(payload)}}
                                    .toCborValue()
                                    .toCbor();
    auto creds = agentlink::ClientCredentials::fromKey(m_teacher);
    QVERIFY(creds);
    Agent *a = m_pool.at(6);
    const QStringList before = materialEntries(a);
    const auto r = call(a, QStringLiteral("package.offer"), QCborMap{{QStringLiteral("envelope"), envelope}}, *creds);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    QVERIFY2(r.errorString().contains(expected), qPrintable(r.errorString()));
    QCOMPARE(materialEntries(a), before); // nothing written
    // Pushing data for it is refused too: the package was never accepted.
    const auto push = call(a, QStringLiteral("package.push"),
                           QCborMap{{QStringLiteral("id"), m.packageId}, {QStringLiteral("chunk"), 0}, {QStringLiteral("offset"), 0},
                                    {QStringLiteral("data"), QByteArray(1000, 'x')}},
                           *creds);
    QVERIFY(!push);
    QCOMPARE(push.error().code, ErrorCode::NotFound);
    QCOMPARE(materialEntries(a), before);
}

void DistributionTransferTest::quotaExceededLeavesNothing()
{
    Agent *a = startAgent(QStringLiteral("quota"), "MaxPackageBytes=1048576\n");
    QVERIFY(a);
    const QString pkg = makePackage(QStringLiteral("quota"), {2 * 1024 * 1024}, m_teacher);
    QVERIFY(!pkg.isEmpty());
    const QStringList before = materialEntries(a);
    const RunResult r = runTafelctl(distributeArgs(pkg, {a}));
    QCOMPARE(r.exitCode, 1);
    const QString error = r.json.value(QStringLiteral("receivers")).toArray().at(0).toObject().value(QStringLiteral("error")).toString();
    QVERIFY2(error.contains(QLatin1String("quota"), Qt::CaseInsensitive), qPrintable(error));
    QVERIFY2(r.err.contains("quota"), r.err.constData()); // also named on stderr
    QCOMPARE(materialEntries(a), before);
    stop(a);
}

void DistributionTransferTest::peerWithoutGrantIsRefused()
{
    // A key the agent does not trust (another agent's, without a relay grant) may not push, nor run anything else.
    const QString pkg = makePackage(QStringLiteral("peer"), {1000}, m_teacher);
    Agent *a = m_pool.at(7);
    QCOMPARE(runTafelctl(distributeArgs(pkg, {a})).exitCode, 0);
    auto stranger = agentlink::ClientCredentials::fromKey(m_stranger);
    QVERIFY(stranger);
    const QString id = packageIdOf(pkg);
    const auto push = call(a, QStringLiteral("package.push"), QCborMap{{QStringLiteral("id"), id}, {QStringLiteral("hello"), true}}, *stranger);
    QVERIFY(!push);
    QVERIFY2(push.errorString().contains(QLatin1String("relay grant")), qPrintable(push.errorString()));
    const auto list = call(a, QStringLiteral("package.list"), {}, *stranger);
    QVERIFY(!list);
    QCOMPARE(list.error().code, ErrorCode::AuthFailed);
}

void DistributionTransferTest::roomAndUsage()
{
    // --room takes the room's agents from the inventory (devices of kind agent / protocol agent).
    const QStringList db{QStringLiteral("--db"), m_db};
    QCOMPARE(runTafelctl(db + QStringList{QStringLiteral("rooms"), QStringLiteral("add"), QStringLiteral("Raum 9")}).exitCode, 0);
    for (int i : {1, 2}) {
        const RunResult add = runTafelctl(db + QStringList{QStringLiteral("devices"), QStringLiteral("add"), QStringLiteral("--room"), QStringLiteral("Raum 9"),
                                                           QStringLiteral("--kind"), QStringLiteral("agent"), QStringLiteral("--name"),
                                                           QStringLiteral("pc-%1").arg(i), QStringLiteral("--host"), m_pool.at(i)->hostPort()});
        QVERIFY2(add.exitCode == 0, add.err.constData());
    }
    const QString pkg = makePackage(QStringLiteral("room"), {300 * 1024}, m_teacher);
    const RunResult r = runTafelctl(db + QStringList{QStringLiteral("--json"), QStringLiteral("distribute"), pkg, QStringLiteral("--room"), QStringLiteral("Raum 9"),
                                                     QStringLiteral("--key"), m_teacherKeyFile});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray receivers = r.json.value(QStringLiteral("receivers")).toArray();
    QCOMPARE(receivers.size(), 2);
    QStringList hosts;
    for (const QJsonValue &v : receivers) {
        QVERIFY(v.toObject().value(QStringLiteral("verified")).toBool());
        hosts << v.toObject().value(QStringLiteral("host")).toString();
    }
    hosts.sort();
    QStringList expected{m_pool.at(1)->hostPort(), m_pool.at(2)->hostPort()};
    expected.sort();
    QCOMPARE(hosts, expected);

    // Bad command lines: exit 2 and a message.
    QCOMPARE(runTafelctl(db + QStringList{QStringLiteral("distribute"), pkg, QStringLiteral("--key"), m_teacherKeyFile}).exitCode, 2); // no receivers
    QCOMPARE(runTafelctl(db + QStringList{QStringLiteral("distribute"), pkg, QStringLiteral("--to"), QStringLiteral("127.0.0.1:99999"), QStringLiteral("--key"),
                                          m_teacherKeyFile})
                 .exitCode,
             2);
    QCOMPARE(runTafelctl(db + QStringList{QStringLiteral("distribute"), m_dir.filePath(QStringLiteral("missing.tafelpkg")), QStringLiteral("--to"),
                                          m_pool.at(1)->hostPort(), QStringLiteral("--key"), m_teacherKeyFile})
                 .exitCode,
             2);
    // An agent that is not enrolled is refused before anything is sent.
    const RunResult unknown = runTafelctl(db + QStringList{QStringLiteral("distribute"), pkg, QStringLiteral("--to"), QStringLiteral("127.0.0.1:1"),
                                                           QStringLiteral("--key"), m_teacherKeyFile});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains("not enrolled"), unknown.err.constData());
}

QTEST_GUILESS_MAIN(DistributionTransferTest)
#include "test_distribution_transfer.moc"
