// The pure frame parser of the agent LAN protocol: round trips, incomplete input, size caps, malformed CBOR,
// version and field checks; plus the permission table and the trusted-keys file format.
#include "agentlink/frame.h"
#include "agentlink/permissions.h"
#include "agentlink/truststore.h"
#include "crypto/keys.h"

#include <QCborArray>
#include <QCborValue>
#include <QTest>

using namespace tafel::agentlink;
using State = ParseResult::State;

class FrameTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void incompleteAtEveryLength();
    void twoFramesInOneBuffer();
    void oversizedHeaderIsErrorBeforeBody();
    void malformed_data();
    void malformed();
    void deepNestingIsRejectedNotCrashing();
    void permissionTable_data();
    void permissionTable();
    void trustFile();
    void trustFileErrorsNameTheLine();

private:
    static QByteArray withPayload(const QByteArray &payload) { return frameHeader(quint32(payload.size())) + payload; }
    static QByteArray mapFrame(const QCborMap &map) { return withPayload(map.toCborValue().toCbor()); }
    static QCborMap validRequest()
    {
        return QCborMap{{QStringLiteral("v"), 1}, {QStringLiteral("type"), QStringLiteral("req")}, {QStringLiteral("seq"), 1},
                        {QStringLiteral("id"), 7}, {QStringLiteral("cmd"), QStringLiteral("status")}};
    }
};

void FrameTest::roundTrip_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("request") << 0;
    QTest::newRow("response") << 1;
    QTest::newRow("error") << 2;
}

void FrameTest::roundTrip()
{
    QFETCH(int, kind);
    Frame f = kind == 0 ? Frame::request(42, QStringLiteral("status"), {{QStringLiteral("verbose"), true}})
        : kind == 1     ? Frame::response(42, {{QStringLiteral("name"), QStringLiteral("raum-204")}})
                        : Frame::error(42, QString::fromLatin1(refusal::Forbidden), QStringLiteral("no"));
    f.seq = 9;
    const QByteArray bytes = encode(f);
    const ParseResult r = parse(bytes);
    QCOMPARE(r.state, State::Complete);
    QCOMPARE(r.consumed, bytes.size());
    QCOMPARE(r.frame.type, f.type);
    QCOMPARE(r.frame.seq, quint64(9));
    QCOMPARE(r.frame.id, quint64(42));
    QCOMPARE(r.frame.command, f.command);
    QCOMPARE(r.frame.body, f.body);
    QCOMPARE(r.frame.errorCode, f.errorCode);
    QCOMPARE(r.frame.errorMessage, f.errorMessage);
}

void FrameTest::incompleteAtEveryLength()
{
    Frame f = Frame::request(1, QStringLiteral("heartbeat"));
    f.seq = 1;
    const QByteArray bytes = encode(f);
    for (qsizetype n = 0; n < bytes.size(); ++n)
        QCOMPARE(parse(QByteArrayView(bytes).first(n)).state, State::Incomplete);
    QCOMPARE(parse(bytes).state, State::Complete);
}

void FrameTest::twoFramesInOneBuffer()
{
    Frame a = Frame::request(1, QStringLiteral("status"));
    a.seq = 1;
    Frame b = Frame::request(2, QStringLiteral("heartbeat"));
    b.seq = 2;
    const QByteArray buf = encode(a) + encode(b);
    const ParseResult r1 = parse(buf);
    QCOMPARE(r1.state, State::Complete);
    const ParseResult r2 = parse(QByteArrayView(buf).sliced(r1.consumed));
    QCOMPARE(r2.state, State::Complete);
    QCOMPARE(r2.frame.command, QStringLiteral("heartbeat"));
    QCOMPARE(r1.consumed + r2.consumed, buf.size());
}

void FrameTest::oversizedHeaderIsErrorBeforeBody()
{
    const ParseResult r = parse(frameHeader(quint32(kMaxFrameSize + 1)));
    QCOMPARE(r.state, State::Error);
    QCOMPARE(r.errorCode, QString::fromLatin1(refusal::TooLarge));
    QCOMPARE(parse(frameHeader(0xffffffffu)).errorCode, QString::fromLatin1(refusal::TooLarge));
    QCOMPARE(parse(frameHeader(200), 100).errorCode, QString::fromLatin1(refusal::TooLarge));
    // Exactly at the cap is allowed (incomplete until the body is there).
    QCOMPARE(parse(frameHeader(quint32(kMaxFrameSize))).state, State::Incomplete);
}

void FrameTest::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("code");
    const QString bad = QString::fromLatin1(refusal::BadFrame);
    auto without = [](const char *key) {
        QCborMap m = validRequest();
        m.remove(QString::fromLatin1(key));
        return mapFrame(m);
    };
    auto with = [](const char *key, const QCborValue &v) {
        QCborMap m = validRequest();
        m.insert(QString::fromLatin1(key), v);
        return mapFrame(m);
    };
    QTest::newRow("empty-frame") << frameHeader(0) << bad;
    QTest::newRow("not-cbor") << withPayload("\xff\xff\xff") << bad;
    QTest::newRow("cbor-array") << withPayload(QCborValue(QCborArray{1, 2}).toCbor()) << bad;
    QTest::newRow("cbor-integer") << withPayload(QCborValue(5).toCbor()) << bad;
    QByteArray truncated = validRequest().toCborValue().toCbor();
    truncated.chop(3);
    QTest::newRow("truncated-cbor") << withPayload(truncated) << bad;
    QTest::newRow("trailing-bytes") << withPayload(validRequest().toCborValue().toCbor() + "\x01") << bad;
    QTest::newRow("no-version") << without("v") << bad;
    QTest::newRow("version-2") << with("v", 2) << QString::fromLatin1(refusal::UnsupportedVersion);
    QTest::newRow("no-seq") << without("seq") << bad;
    QTest::newRow("seq-zero") << with("seq", 0) << bad;
    QTest::newRow("seq-negative") << with("seq", -5) << bad;
    QTest::newRow("seq-text") << with("seq", QStringLiteral("1")) << bad;
    QTest::newRow("no-id") << without("id") << bad;
    QTest::newRow("no-type") << without("type") << bad;
    QTest::newRow("type-unknown") << with("type", QStringLiteral("evt")) << bad;
    QTest::newRow("no-command") << without("cmd") << bad;
    QTest::newRow("command-uppercase") << with("cmd", QStringLiteral("Status")) << bad;
    QTest::newRow("command-too-long") << with("cmd", QString(65, QLatin1Char('a'))) << bad;
    QTest::newRow("args-not-map") << with("args", QCborArray{1}) << bad;
    QCborMap res = validRequest();
    res.insert(QStringLiteral("type"), QStringLiteral("res"));
    QTest::newRow("response-without-result") << mapFrame(res) << bad;
    QCborMap err = validRequest();
    err.insert(QStringLiteral("type"), QStringLiteral("err"));
    QTest::newRow("error-without-code") << mapFrame(err) << bad;
}

void FrameTest::malformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, code);
    const ParseResult r = parse(bytes);
    QCOMPARE(r.state, State::Error);
    QCOMPARE(r.errorCode, code);
    QVERIFY(!r.errorString.isEmpty());
}

void FrameTest::deepNestingIsRejectedNotCrashing()
{
    // 100000 nested one-element arrays inside the map value: must not recurse without bound.
    QByteArray payload("\xa1\x61x");
    payload += QByteArray(100000, '\x81');
    payload += '\x00';
    const ParseResult r = parse(withPayload(payload));
    QCOMPARE(r.state, State::Error);
}

void FrameTest::permissionTable_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<bool>("teacher");
    QTest::addColumn<bool>("admin");
    QTest::newRow("status") << QStringLiteral("status") << true << true;
    QTest::newRow("heartbeat") << QStringLiteral("heartbeat") << true << true;
    QTest::newRow("config.get") << QStringLiteral("config.get") << false << true;
    QTest::newRow("power.off") << QStringLiteral("power.off") << false << true;
    QTest::newRow("power.reboot") << QStringLiteral("power.reboot") << false << true;
    QTest::newRow("unknown") << QStringLiteral("rm-rf") << false << false;
}

void FrameTest::permissionTable()
{
    QFETCH(QString, command);
    QFETCH(bool, teacher);
    QFETCH(bool, admin);
    QCOMPARE(isAllowed(command, Role::Teacher), teacher);
    QCOMPARE(isAllowed(command, Role::Admin), admin);
}

void FrameTest::trustFile()
{
    auto a = tafel::crypto::KeyPair::generate();
    auto b = tafel::crypto::KeyPair::generate();
    auto c = tafel::crypto::KeyPair::generate();
    QVERIFY(a && b && c);
    const QByteArray text = "# trusted keys\n\n" + TrustStore::formatLine(Role::Teacher, a->publicKey(), QStringLiteral("Frau Demir, Raum 204")).toUtf8()
        + "\n  " + TrustStore::formatLine(Role::Admin, b->publicKey(), {}).toUtf8() + "  \n";
    auto store = TrustStore::parse(text, QStringLiteral("trusted-keys"));
    QVERIFY2(store, qPrintable(store.errorString()));
    QCOMPARE(store->size(), 2);
    QCOMPARE(store->find(a->publicKey())->role, Role::Teacher);
    QCOMPARE(store->find(a->publicKey())->comment, QStringLiteral("Frau Demir, Raum 204"));
    QCOMPARE(store->find(b->publicKey())->role, Role::Admin);
    QVERIFY(!store->find(c->publicKey()));
    QVERIFY(TrustStore::load(QStringLiteral("/nonexistent/trusted-keys")));
}

void FrameTest::trustFileErrorsNameTheLine()
{
    auto bad1 = TrustStore::parse("# x\nsuperuser AAAA\n", QStringLiteral("tk"));
    QVERIFY(!bad1);
    QVERIFY2(bad1.errorString().contains(QLatin1String("line 2")), qPrintable(bad1.errorString()));
    auto bad2 = TrustStore::parse("teacher not-a-key\n", QStringLiteral("tk"));
    QVERIFY(!bad2);
    QVERIFY2(bad2.errorString().contains(QLatin1String("line 1")), qPrintable(bad2.errorString()));
}

QTEST_GUILESS_MAIN(FrameTest)
#include "test_frame.moc"
