// Pure MDC codec: the published vectors, framing edge cases, resync, payload decoders, secured banners.
#include "displays/mdcprotocol.h"

#include "mdc_testutil.h"

#include <QTest>

using namespace tafel::displays;
using tafel::displays::test::hex;

class MdcProtocolTest final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void publishedVectors_data();
    void publishedVectors();
    void ackVectorDecodes();
    void checksumIsSumAfterHeader();
    void incompleteForEveryPrefix();
    void garbageIsReportedAndSkipped();
    void badChecksumResyncsOnNextHeader();
    void twoFramesBackToBack();
    void largestFrame();
    void nakDecodes();
    void replyErrors_data();
    void replyErrors();
    void statusDecodes();
    void shortStatusRejected();
    void errorStatusDecodes();
    void modelNumberDecodes();
    void stringsAreTrimmedAndSanitised();
    void inputCodes_data();
    void inputCodes();
    void inputNames();
    void tlsBanner();
    void authReplies_data();
    void authReplies();
    void pins_data();
    void pins();
};

void MdcProtocolTest::publishedVectors_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("power on id 1") << mdc::encodeRequest(mdc::Cmd::Power, 1, QByteArray(1, '\x01'))
                                   << hex("AA11010101 14");
    QTest::newRow("power on ACK id 1") << mdc::encodeAck(1, mdc::Cmd::Power, QByteArray(1, '\x01'))
                                       << hex("AAFF010341110156");
    QTest::newRow("status get id 1") << mdc::encodeRequest(mdc::Cmd::Status, 1) << hex("AA00010001");
}

void MdcProtocolTest::publishedVectors()
{
    QFETCH(QByteArray, encoded);
    QFETCH(QByteArray, expected);
    QCOMPARE(encoded.toHex(' '), expected.toHex(' '));
    // And back: the parser yields the frame and consumes all of it.
    const auto r = mdc::parse(expected);
    QCOMPARE(r.kind, mdc::ParseResult::Kind::Frame);
    QCOMPARE(r.consumed, expected.size());
    QCOMPARE(mdc::encode(r.frame), expected);
}

void MdcProtocolTest::ackVectorDecodes()
{
    const auto r = mdc::parse(hex("AAFF010341110156"));
    QCOMPARE(r.kind, mdc::ParseResult::Kind::Frame);
    QCOMPARE(r.frame.command, mdc::ReplyCommand);
    const auto reply = mdc::decodeReply(r.frame);
    QVERIFY(reply);
    QVERIFY(reply->ack);
    QCOMPARE(reply->id, quint8(1));
    QCOMPARE(reply->command, mdc::Cmd::Power);
    QCOMPARE(reply->data, QByteArray(1, '\x01'));
}

void MdcProtocolTest::checksumIsSumAfterHeader()
{
    QCOMPARE(mdc::checksum(hex("11010101")), quint8(0x14));
    QCOMPARE(mdc::checksum(hex("FF0103411101")), quint8(0x56));
    QCOMPARE(mdc::checksum(hex("FFFF")), quint8(0xFE)); // wraps modulo 256
    QCOMPARE(mdc::checksum({}), quint8(0));
}

void MdcProtocolTest::incompleteForEveryPrefix()
{
    const QByteArray full = hex("AAFF010341110156");
    for (qsizetype n = 0; n < full.size(); ++n) {
        const auto r = mdc::parse(QByteArrayView(full).first(n));
        QCOMPARE(r.kind, mdc::ParseResult::Kind::Incomplete);
        QCOMPARE(r.consumed, 0);
    }
}

void MdcProtocolTest::garbageIsReportedAndSkipped()
{
    const QByteArray input = QByteArray("\r\nxyz") + hex("AA00010001");
    auto r = mdc::parse(input);
    QCOMPARE(r.kind, mdc::ParseResult::Kind::Error);
    QCOMPARE(r.error, mdc::ParseError::Garbage);
    QCOMPARE(r.consumed, 5);
    r = mdc::parse(QByteArrayView(input).sliced(r.consumed));
    QCOMPARE(r.kind, mdc::ParseResult::Kind::Frame);
    QCOMPARE(r.frame.command, mdc::Cmd::Status);

    // Garbage without any header: all of it goes.
    r = mdc::parse("no header here");
    QCOMPARE(r.kind, mdc::ParseResult::Kind::Error);
    QCOMPARE(r.consumed, qsizetype(14));
}

void MdcProtocolTest::badChecksumResyncsOnNextHeader()
{
    // A corrupt frame followed by a good one: the parser reports the bad checksum, skips the header byte,
    // reports the rest as garbage up to the next 0xAA, then yields the good frame.
    QByteArray input = hex("AA11010101 15") + hex("AA00010001");
    qsizetype pos = 0;
    QList<mdc::ParseError> errors;
    std::optional<mdc::Frame> frame;
    while (pos < input.size()) {
        const auto r = mdc::parse(QByteArrayView(input).sliced(pos));
        QVERIFY(r.kind != mdc::ParseResult::Kind::Incomplete);
        QVERIFY(r.consumed > 0);
        pos += r.consumed;
        if (r.kind == mdc::ParseResult::Kind::Error)
            errors.append(r.error);
        else
            frame = r.frame;
    }
    QCOMPARE(errors, (QList<mdc::ParseError>{mdc::ParseError::BadChecksum, mdc::ParseError::Garbage}));
    QVERIFY(frame);
    QCOMPARE(frame->command, mdc::Cmd::Status);
}

void MdcProtocolTest::twoFramesBackToBack()
{
    const QByteArray both = hex("AAFF010341110156") + mdc::encodeAck(1, mdc::Cmd::Mute, QByteArray(1, '\x01'));
    auto r = mdc::parse(both);
    QCOMPARE(r.kind, mdc::ParseResult::Kind::Frame);
    QCOMPARE(r.consumed, 8);
    r = mdc::parse(QByteArrayView(both).sliced(8));
    QCOMPARE(r.kind, mdc::ParseResult::Kind::Frame);
    QCOMPARE(mdc::decodeReply(r.frame)->command, mdc::Cmd::Mute);
}

void MdcProtocolTest::largestFrame()
{
    const QByteArray data(255, 'x');
    const QByteArray frame = mdc::encodeRequest(0x8A, 0xFE, data);
    QCOMPARE(frame.size(), mdc::MaxFrameSize);
    const auto r = mdc::parse(QByteArray(frame + QByteArray(10, '\0')));
    QCOMPARE(r.kind, mdc::ParseResult::Kind::Frame);
    QCOMPARE(r.consumed, mdc::MaxFrameSize);
    QCOMPARE(r.frame.data, data);
    // The encoder never produces an over-long length byte.
    QCOMPARE(mdc::encodeRequest(0x8A, 1, QByteArray(300, 'y')).size(), mdc::MaxFrameSize);
}

void MdcProtocolTest::nakDecodes()
{
    const QByteArray nak = mdc::encodeNak(5, mdc::Cmd::Volume, 0x03);
    QCOMPARE(nak.toHex(' '), hex("AAFF05034E1203" "6A").toHex(' '));
    const auto r = mdc::parse(nak);
    const auto reply = mdc::decodeReply(r.frame);
    QVERIFY(reply);
    QVERIFY(!reply->ack);
    QCOMPARE(reply->command, mdc::Cmd::Volume);
    QCOMPARE(reply->nakCode(), quint8(3));
}

void MdcProtocolTest::replyErrors_data()
{
    QTest::addColumn<int>("command");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("error");
    QTest::newRow("request, not reply") << 0x11 << QByteArray("\x01", 1) << int(mdc::ReplyError::NotAReply);
    QTest::newRow("empty reply") << 0xFF << QByteArray() << int(mdc::ReplyError::TooShort);
    QTest::newRow("only ack byte") << 0xFF << QByteArray("A") << int(mdc::ReplyError::TooShort);
    QTest::newRow("neither A nor N") << 0xFF << QByteArray("X\x11", 2) << int(mdc::ReplyError::BadAckByte);
}

void MdcProtocolTest::replyErrors()
{
    QFETCH(int, command);
    QFETCH(QByteArray, data);
    QFETCH(int, error);
    mdc::ReplyError e = mdc::ReplyError::None;
    QVERIFY(!mdc::decodeReply(mdc::Frame{quint8(command), 1, data}, &e));
    QCOMPARE(int(e), error);
}

void MdcProtocolTest::statusDecodes()
{
    const auto s = mdc::decodeStatus(hex("01 32 00 21 10 00 00"));
    QVERIFY(s);
    QCOMPARE(s->power, quint8(1));
    QCOMPARE(s->volume, quint8(50));
    QCOMPARE(s->mute, false);
    QCOMPARE(s->input, quint8(0x21));
    QCOMPARE(s->aspect, std::optional<quint8>(0x10));
    mdc::StatusData round;
    round.power = 1;
    round.volume = 50;
    round.input = 0x21;
    round.aspect = 0x10;
    QCOMPARE(mdc::encodeStatus(round), hex("01 32 00 21 10 00 00"));
    // Older firmware: only the first four fields.
    const auto old = mdc::decodeStatus(hex("00 0A 01 14"));
    QVERIFY(old);
    QVERIFY(old->mute);
    QVERIFY(!old->aspect);
}

void MdcProtocolTest::shortStatusRejected()
{
    QVERIFY(!mdc::decodeStatus(hex("01 32 00")));
    QVERIFY(!mdc::decodeStatus({}));
}

void MdcProtocolTest::errorStatusDecodes()
{
    const auto e = mdc::decodeErrorStatus(hex("00 01 02 00 2D 01"));
    QVERIFY(e);
    QCOMPARE(e->temperature, quint8(1));
    QCOMPARE(e->brightnessSensor, quint8(2));
    QCOMPARE(e->temperatureC, quint8(45));
    QCOMPARE(e->fan, quint8(1));
    QCOMPARE(mdc::encodeErrorStatus(*e), hex("00 01 02 00 2D 01"));
    QVERIFY(!mdc::decodeErrorStatus(hex("00 01 02 00 2D")));
}

void MdcProtocolTest::modelNumberDecodes()
{
    const auto m = mdc::decodeModelNumber(hex("02 55 01"));
    QVERIFY(m);
    QCOMPARE(mdc::modelSpeciesName(m->species), QStringLiteral("LCD"));
    QCOMPARE(m->code, quint8(0x55));
    QVERIFY(mdc::modelSpeciesName(0x7F).isEmpty());
}

void MdcProtocolTest::stringsAreTrimmedAndSanitised()
{
    QCOMPARE(mdc::decodeString(QByteArray("WM65R\0\0  ", 9)), QStringLiteral("WM65R"));
    QCOMPARE(mdc::decodeString(QByteArray("A\x01" "B", 3)), QStringLiteral("A?B"));
    QCOMPARE(mdc::decodeString(QByteArray("\xC3\xA4", 2)), QStringLiteral("??"));
    QVERIFY(mdc::decodeString({}).isEmpty());
}

void MdcProtocolTest::inputCodes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("code"); // -1 = invalid
    QTest::newRow("0x21") << QStringLiteral("0x21") << 0x21;
    QTest::newRow("0X1f") << QStringLiteral("0X1f") << 0x1F;
    QTest::newRow("bare hex") << QStringLiteral("25") << 0x25;
    QTest::newRow("name") << QStringLiteral("HDMI2") << 0x23;
    QTest::newRow("name any case") << QStringLiteral("displayport1") << 0x25;
    QTest::newRow("spaces") << QStringLiteral(" 0x14 ") << 0x14;
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("0x") << QStringLiteral("0x") << -1;
    QTest::newRow("too long") << QStringLiteral("0x123") << -1;
    QTest::newRow("not hex") << QStringLiteral("zz") << -1;
    QTest::newRow("unknown name") << QStringLiteral("HDMI9") << -1;
}

void MdcProtocolTest::inputCodes()
{
    QFETCH(QString, text);
    QFETCH(int, code);
    const auto parsed = mdc::parseInputCode(text);
    if (code < 0) {
        QVERIFY(!parsed);
    } else {
        QVERIFY(parsed);
        QCOMPARE(int(*parsed), code);
    }
}

void MdcProtocolTest::inputNames()
{
    QCOMPARE(mdc::formatInputCode(0x21), QStringLiteral("0x21"));
    QCOMPARE(mdc::formatInputCode(0x0C), QStringLiteral("0x0C"));
    QCOMPARE(mdc::inputSourceName(0x21), QStringLiteral("HDMI1"));
    QCOMPARE(mdc::inputSourceName(0x25), QStringLiteral("DisplayPort1"));
    QVERIFY(mdc::inputSourceName(0x99).isEmpty());
    for (const auto &s : mdc::knownInputSources())
        QCOMPARE(mdc::parseInputCode(QString::fromLatin1(s.name)), std::optional<quint8>(s.code));
}

void MdcProtocolTest::tlsBanner()
{
    using K = mdc::BannerResult::Kind;
    QCOMPARE(mdc::TlsStartBanner.size(), 15);
    QCOMPARE(mdc::matchBanner("MDCSTART<<TLS>>", mdc::TlsStartBanner).kind, K::Match);
    QCOMPARE(mdc::matchBanner("MDCSTART<<TLS>>", mdc::TlsStartBanner).consumed, 15);
    QCOMPARE(mdc::matchBanner("MDCSTA", mdc::TlsStartBanner).kind, K::Incomplete);
    QCOMPARE(mdc::matchBanner("", mdc::TlsStartBanner).kind, K::Incomplete);
    QCOMPARE(mdc::matchBanner(hex("AAFF"), mdc::TlsStartBanner).kind, K::Mismatch);
    QCOMPARE(mdc::matchBanner("MDCSTART<<SSL>>", mdc::TlsStartBanner).kind, K::Mismatch);
}

void MdcProtocolTest::authReplies_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<int>("consumed");
    using K = mdc::AuthResult::Kind;
    QTest::newRow("pass") << QByteArray("MDCAUTH<<PASS>>") << int(K::Pass) << QByteArray() << 15;
    QTest::newRow("pass + frame") << QByteArray("MDCAUTH<<PASS>>\xAA", 16) << int(K::Pass) << QByteArray() << 15;
    QTest::newRow("fail 0x01") << QByteArray("MDCAUTH<<FAIL:0x01>>") << int(K::Fail) << QByteArray("0x01") << 20;
    QTest::newRow("fail 0x02") << QByteArray("MDCAUTH<<FAIL:0x02>>") << int(K::Fail) << QByteArray("0x02") << 20;
    QTest::newRow("common prefix") << QByteArray("MDCAUTH<<") << int(K::Incomplete) << QByteArray() << 0;
    QTest::newRow("pass partial") << QByteArray("MDCAUTH<<PA") << int(K::Incomplete) << QByteArray() << 0;
    QTest::newRow("fail partial") << QByteArray("MDCAUTH<<FAIL:0x0") << int(K::Incomplete) << QByteArray() << 0;
    QTest::newRow("fail endless") << QByteArray(QByteArray("MDCAUTH<<FAIL:") + QByteArray(40, '0')) << int(K::Error)
                                  << QByteArray() << 54;
    QTest::newRow("other text") << QByteArray("HELLO") << int(K::Error) << QByteArray() << 5;
    QTest::newRow("frame instead") << hex("AAFF010341110156") << int(K::Error) << QByteArray() << 8;
}

void MdcProtocolTest::authReplies()
{
    QFETCH(QByteArray, input);
    QFETCH(int, kind);
    QFETCH(QByteArray, code);
    QFETCH(int, consumed);
    const auto r = mdc::parseAuthReply(input);
    QCOMPARE(int(r.kind), kind);
    QCOMPARE(r.failCode, code);
    QCOMPARE(r.consumed, qsizetype(consumed));
    if (r.kind == mdc::AuthResult::Kind::Fail)
        QCOMPARE(mdc::encodeAuthFail(code), input);
}

void MdcProtocolTest::pins_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<bool>("valid");
    QTest::newRow("0000") << QStringLiteral("0000") << true;
    QTest::newRow("1234") << QStringLiteral("1234") << true;
    QTest::newRow("3 digits") << QStringLiteral("123") << false;
    QTest::newRow("5 digits") << QStringLiteral("12345") << false;
    QTest::newRow("letters") << QStringLiteral("12a4") << false;
    QTest::newRow("arabic-indic digits") << QString::fromUtf8("\u0661\u0662\u0663\u0664") << false;
}

void MdcProtocolTest::pins()
{
    QFETCH(QString, pin);
    QFETCH(bool, valid);
    QCOMPARE(mdc::isValidPin(pin), valid);
}

QTEST_GUILESS_MAIN(MdcProtocolTest)
#include "mdc_protocol_test.moc"
