// The screen-session wire format: round trips of every frame type and command, and the parser's answers to
// truncated, oversized, malformed and out-of-range input (Incomplete / Invalid / Error and what is consumed).
#include "screensession/protocol.h"

#include <QCborMap>
#include <QCborValue>
#include <QTest>
#include <QtEndian>

using namespace tafel::screensession;
using tafel::ErrorCode;
using PState = ParseResult::State;

Q_DECLARE_METATYPE(tafel::screensession::ParseResult::State)

namespace {

QByteArray framed(const QByteArray &payload)
{
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian(quint32(payload.size()), out.data());
    return out + payload;
}

QByteArray framed(const QCborMap &map)
{
    return framed(map.toCborValue().toCbor());
}

QCborMap request(const QString &cmd, const QCborMap &args = {})
{
    QCborMap m{{QStringLiteral("v"), 1}, {QStringLiteral("type"), QStringLiteral("req")}, {QStringLiteral("id"), 7},
               {QStringLiteral("cmd"), cmd}};
    if (!args.isEmpty())
        m.insert(QStringLiteral("args"), args);
    return m;
}

ParseResult roundTrip(const Frame &f)
{
    const QByteArray bytes = encode(f);
    const ParseResult r = parse(bytes);
    if (r.state == PState::Complete && r.consumed != bytes.size())
        qWarning("consumed %lld of %lld", qlonglong(r.consumed), qlonglong(bytes.size()));
    return r;
}

} // namespace

class ProtocolTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripsRequests_data();
    void roundTripsRequests();
    void roundTripsResponseEventError();
    void incompleteUntilTheLastByte();
    void parsesBackToBackFrames();
    void rejects_data();
    void rejects();
    void validatesMessage_data();
    void validatesMessage();
    void namesErrorCodes();
};

void ProtocolTest::roundTripsRequests_data()
{
    QTest::addColumn<int>("command");
    for (int c = int(Command::ShowMessage); c <= int(Command::QueryState); ++c)
        QTest::newRow(qPrintable(commandName(Command(c)))) << c;
}

void ProtocolTest::roundTripsRequests()
{
    QFETCH(int, command);
    Frame f = Frame::request(42, Command(command));
    f.message = {QStringLiteral("Bitte räumt jetzt auf.\nDie Stunde endet um 10:15."), ScreenMessage::Style::Banner, 90,
                 QStringLiteral("Frau Weber")};
    f.filePath = QStringLiteral("/srv/tafel/material/Film über Photosynthese.mp4");
    f.positionMs = 61234;
    const ParseResult r = roundTrip(f);
    QCOMPARE(r.state, PState::Complete);
    QCOMPARE(r.frame.type, FrameType::Request);
    QCOMPARE(r.frame.id, quint64(42));
    QCOMPARE(int(r.frame.command), command);
    switch (Command(command)) {
    case Command::ShowMessage:
        QCOMPARE(r.frame.message.text, f.message.text);
        QCOMPARE(r.frame.message.style, ScreenMessage::Style::Banner);
        QCOMPARE(r.frame.message.seconds, 90);
        QCOMPARE(r.frame.message.sender, f.message.sender);
        break;
    case Command::MediaPlay: QCOMPARE(r.frame.filePath, f.filePath); break;
    case Command::MediaSeek: QCOMPARE(r.frame.positionMs, qint64(61234)); break;
    default: break;
    }
}

void ProtocolTest::roundTripsResponseEventError()
{
    ScreenState s;
    s.blanked = true;
    s.messageShown = true;
    s.messageStyle = ScreenMessage::Style::Banner;
    s.media = MediaState::Paused;
    s.positionMs = 1500;
    s.durationMs = 2000;
    s.mediaFile = QStringLiteral("/tmp/clip.y4m");
    const ParseResult res = roundTrip(Frame::response(9, s));
    QCOMPARE(res.state, PState::Complete);
    QCOMPARE(res.frame.type, FrameType::Response);
    QCOMPARE(res.frame.id, quint64(9));
    QVERIFY(res.frame.state == s);

    s.media = MediaState::Error;
    s.mediaError = QStringLiteral("could not be played");
    const ParseResult evt = roundTrip(Frame::event(s));
    QCOMPARE(evt.state, PState::Complete);
    QCOMPARE(evt.frame.type, FrameType::Event);
    QVERIFY(evt.frame.state == s);

    const ParseResult err = roundTrip(Frame::failure(3, tafel::Error::make(ErrorCode::NotFound, QStringLiteral("no such file"))));
    QCOMPARE(err.state, PState::Complete);
    QCOMPARE(err.frame.type, FrameType::Error);
    QCOMPARE(err.frame.id, quint64(3));
    QCOMPARE(err.frame.error.code, ErrorCode::NotFound);
    QCOMPARE(err.frame.error.message, QStringLiteral("no such file"));
}

void ProtocolTest::incompleteUntilTheLastByte()
{
    const QByteArray bytes = encode(Frame::request(1, Command::QueryState));
    for (qsizetype n = 0; n < bytes.size(); ++n)
        QCOMPARE(parse(QByteArrayView(bytes).first(n)).state, PState::Incomplete);
    const ParseResult r = parse(bytes);
    QCOMPARE(r.state, PState::Complete);
    QCOMPARE(r.consumed, bytes.size());
}

void ProtocolTest::parsesBackToBackFrames()
{
    const QByteArray a = encode(Frame::request(1, Command::Blank));
    const QByteArray b = encode(Frame::request(2, Command::Unblank));
    const QByteArray both = a + b + QByteArray("\x00\x00", 2); // and the start of a third
    const ParseResult first = parse(both);
    QCOMPARE(first.state, PState::Complete);
    QCOMPARE(first.consumed, a.size());
    const ParseResult second = parse(QByteArrayView(both).sliced(first.consumed));
    QCOMPARE(second.frame.command, Command::Unblank);
    QCOMPARE(parse(QByteArrayView(both).sliced(first.consumed + second.consumed)).state, PState::Incomplete);
}

void ProtocolTest::rejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<PState>("state");
    QTest::addColumn<quint64>("id");
    QTest::addColumn<QString>("reason");

    QTest::newRow("zero-length") << QByteArray(4, '\0') << PState::Error << quint64(0) << QStringLiteral("empty frame");
    QByteArray huge(4, Qt::Uninitialized);
    qToBigEndian(quint32(kMaxFrameSize + 1), huge.data());
    QTest::newRow("over-cap-header-only") << huge << PState::Error << quint64(0) << QStringLiteral("exceeds the limit");
    QTest::newRow("not-cbor") << framed(QByteArray("hello")) << PState::Invalid << quint64(0) << QStringLiteral("not a CBOR map");
    QTest::newRow("cbor-array") << framed(QCborValue(QCborArray{1, 2}).toCbor()) << PState::Invalid << quint64(0)
                                << QStringLiteral("not a CBOR map");
    QTest::newRow("truncated-cbor") << framed(request(QStringLiteral("state")).toCborValue().toCbor().chopped(2))
                                    << PState::Invalid << quint64(0) << QStringLiteral("invalid CBOR");
    QTest::newRow("trailing-bytes") << framed(request(QStringLiteral("state")).toCborValue().toCbor() + QByteArray(1, '\0'))
                                    << PState::Invalid << quint64(0) << QStringLiteral("trailing bytes");
    QCborMap noVersion = request(QStringLiteral("state"));
    noVersion.remove(QStringLiteral("v"));
    QTest::newRow("no-version") << framed(noVersion) << PState::Invalid << quint64(7) << QStringLiteral("missing protocol version");
    QCborMap v2 = request(QStringLiteral("state"));
    v2.insert(QStringLiteral("v"), 2);
    QTest::newRow("version-2") << framed(v2) << PState::Invalid << quint64(7) << QStringLiteral("version 2 is not supported");
    QCborMap noId = request(QStringLiteral("state"));
    noId.remove(QStringLiteral("id"));
    QTest::newRow("no-id") << framed(noId) << PState::Invalid << quint64(0) << QStringLiteral("invalid id");
    QCborMap negativeId = request(QStringLiteral("state"));
    negativeId.insert(QStringLiteral("id"), -1);
    QTest::newRow("negative-id") << framed(negativeId) << PState::Invalid << quint64(0) << QStringLiteral("invalid id");
    QTest::newRow("unknown-command") << framed(request(QStringLiteral("screen.explode"))) << PState::Invalid << quint64(7)
                                     << QStringLiteral("unknown command \"screen.explode\"");
    QCborMap badType = request(QStringLiteral("state"));
    badType.insert(QStringLiteral("type"), QStringLiteral("ping"));
    QTest::newRow("unknown-type") << framed(badType) << PState::Invalid << quint64(7) << QStringLiteral("unknown frame type");
    QCborMap argsArray = request(QStringLiteral("state"));
    argsArray.insert(QStringLiteral("args"), QCborArray{});
    QTest::newRow("args-not-map") << framed(argsArray) << PState::Invalid << quint64(7) << QStringLiteral("args must be a map");
    QTest::newRow("message-no-text") << framed(request(QStringLiteral("message.show"), {{QStringLiteral("seconds"), 5}}))
                                     << PState::Invalid << quint64(7) << QStringLiteral("needs text");
    QTest::newRow("message-empty") << framed(request(QStringLiteral("message.show"), {{QStringLiteral("text"), QStringLiteral("  ")}}))
                                   << PState::Invalid << quint64(7) << QStringLiteral("The message is empty");
    QTest::newRow("message-too-long")
        << framed(request(QStringLiteral("message.show"), {{QStringLiteral("text"), QString(kMaxTextLength + 1, u'x')}}))
        << PState::Invalid << quint64(7) << QStringLiteral("at most 2000 fit");
    QTest::newRow("message-bad-style")
        << framed(request(QStringLiteral("message.show"), {{QStringLiteral("text"), QStringLiteral("Hi")}, {QStringLiteral("style"), QStringLiteral("popup")}}))
        << PState::Invalid << quint64(7) << QStringLiteral("fullscreen or banner");
    QTest::newRow("message-negative-seconds")
        << framed(request(QStringLiteral("message.show"), {{QStringLiteral("text"), QStringLiteral("Hi")}, {QStringLiteral("seconds"), -1}}))
        << PState::Invalid << quint64(7) << QStringLiteral("seconds must be an integer");
    QTest::newRow("message-seconds-too-large")
        << framed(request(QStringLiteral("message.show"), {{QStringLiteral("text"), QStringLiteral("Hi")}, {QStringLiteral("seconds"), kMaxMessageSeconds + 1}}))
        << PState::Invalid << quint64(7) << QStringLiteral("seconds must be an integer");
    QTest::newRow("message-sender-number")
        << framed(request(QStringLiteral("message.show"), {{QStringLiteral("text"), QStringLiteral("Hi")}, {QStringLiteral("sender"), 5}}))
        << PState::Invalid << quint64(7) << QStringLiteral("sender must be text");
    QTest::newRow("play-relative") << framed(request(QStringLiteral("media.play"), {{QStringLiteral("file"), QStringLiteral("clip.mp4")}}))
                                   << PState::Invalid << quint64(7) << QStringLiteral("absolute file path");
    QTest::newRow("play-no-file") << framed(request(QStringLiteral("media.play"))) << PState::Invalid << quint64(7)
                                  << QStringLiteral("absolute file path");
    QTest::newRow("seek-negative") << framed(request(QStringLiteral("media.seek"), {{QStringLiteral("ms"), -5}}))
                                   << PState::Invalid << quint64(7) << QStringLiteral("needs ms");
    QTest::newRow("seek-text") << framed(request(QStringLiteral("media.seek"), {{QStringLiteral("ms"), QStringLiteral("10")}}))
                               << PState::Invalid << quint64(7) << QStringLiteral("needs ms");
    QCborMap badState{{QStringLiteral("v"), 1}, {QStringLiteral("type"), QStringLiteral("res")}, {QStringLiteral("id"), 7},
                      {QStringLiteral("state"), QCborMap{{QStringLiteral("blanked"), true}}}};
    QTest::newRow("response-partial-state") << framed(badState) << PState::Invalid << quint64(7) << QStringLiteral("booleans");
    QCborMap badMedia{{QStringLiteral("v"), 1}, {QStringLiteral("type"), QStringLiteral("evt")},
                      {QStringLiteral("state"), QCborMap{{QStringLiteral("blanked"), true}, {QStringLiteral("message"), false},
                                                         {QStringLiteral("media"), QStringLiteral("rewinding")},
                                                         {QStringLiteral("position"), 0}, {QStringLiteral("duration"), 0}}}};
    QTest::newRow("event-unknown-media-state") << framed(badMedia) << PState::Invalid << quint64(0) << QStringLiteral("media state");
    QCborMap errNoCode{{QStringLiteral("v"), 1}, {QStringLiteral("type"), QStringLiteral("err")}, {QStringLiteral("id"), 7},
                       {QStringLiteral("error"), QCborMap{{QStringLiteral("message"), QStringLiteral("x")}}}};
    QTest::newRow("error-without-code") << framed(errNoCode) << PState::Invalid << quint64(7) << QStringLiteral("without a code");
}

void ProtocolTest::rejects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(PState, state);
    QFETCH(quint64, id);
    QFETCH(QString, reason);
    const ParseResult r = parse(bytes);
    QCOMPARE(r.state, state);
    QVERIFY2(r.errorString.contains(reason), qPrintable(r.errorString));
    if (state == PState::Invalid) {
        QCOMPARE(r.consumed, bytes.size()); // the frame is skipped, the stream goes on
        QCOMPARE(r.frame.id, id);           // and the err answer names the request
    } else {
        QCOMPARE(r.consumed, 0);
    }
}

void ProtocolTest::validatesMessage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("sender");
    QTest::addColumn<int>("seconds");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ok") << QStringLiteral("Hallo") << QString() << 30 << true;
    QTest::newRow("until-closed") << QStringLiteral("Hallo") << QString() << 0 << true;
    QTest::newRow("max-text") << QString(kMaxTextLength, u'ä') << QString(kMaxSenderLength, u's') << kMaxMessageSeconds << true;
    QTest::newRow("empty") << QString() << QString() << 30 << false;
    QTest::newRow("long-sender") << QStringLiteral("Hallo") << QString(kMaxSenderLength + 1, u's') << 30 << false;
    QTest::newRow("negative-seconds") << QStringLiteral("Hallo") << QString() << -1 << false;
}

void ProtocolTest::validatesMessage()
{
    QFETCH(QString, text);
    QFETCH(QString, sender);
    QFETCH(int, seconds);
    QFETCH(bool, valid);
    const ScreenMessage m{text, ScreenMessage::Style::Fullscreen, seconds, sender};
    QCOMPARE(m.validate().ok(), valid);
    if (valid) {
        // The largest valid message still fits in one frame.
        Frame f = Frame::request(1, Command::ShowMessage);
        f.message = m;
        QCOMPARE(roundTrip(f).state, PState::Complete);
    }
}

void ProtocolTest::namesErrorCodes()
{
    for (int c = int(ErrorCode::Failed); c <= int(ErrorCode::Cancelled); ++c)
        QCOMPARE(errorCodeFromName(errorCodeName(ErrorCode(c))), ErrorCode(c));
    QCOMPARE(errorCodeName(ErrorCode::Unreachable), QStringLiteral("unreachable"));
    QCOMPARE(errorCodeFromName(QStringLiteral("something-new")), ErrorCode::Failed);
}

QTEST_GUILESS_MAIN(ProtocolTest)
#include "test_protocol.moc"
