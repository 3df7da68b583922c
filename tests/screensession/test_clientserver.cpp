// ScreenSessionClient ↔ ScreenSessionServer over a real QLocalSocket in one process, with a fake handler:
// every command reaches the handler and comes back with the state; handler errors, pushed events, the
// "no display session" error, a helper that goes away and comes back, a helper that never answers, and a
// server that refuses garbage and oversized frames but survives invalid ones.
#include "screensession/protocol.h"
#include "screensession/screensessionclient.h"
#include "screensession/screensessionserver.h"
#include "screensession/socketpath.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <sys/stat.h>

#include <optional>

using namespace tafel::screensession;
using tafel::ErrorCode;
using tafel::Result;
using tafel::Status;

namespace {

constexpr int kWaitMs = 5000;

class FakeHandler final : public ScreenHandler {
public:
    Status showMessage(const ScreenMessage &message) override
    {
        calls << QStringLiteral("show:") + message.text;
        if (failNext)
            return std::exchange(failNext, std::nullopt).value();
        lastMessage = message;
        s.messageShown = true;
        s.messageStyle = message.style;
        return {};
    }
    Status hideMessage() override { return record(QStringLiteral("hide"), [this] { s.messageShown = false; }); }
    Status setBlanked(bool blanked) override
    {
        return record(blanked ? QStringLiteral("blank") : QStringLiteral("unblank"), [this, blanked] { s.blanked = blanked; });
    }
    Status playMedia(const QString &filePath) override
    {
        return record(QStringLiteral("play:") + filePath, [this, filePath] {
            s.media = MediaState::Playing;
            s.mediaFile = filePath;
            s.durationMs = 2000;
        });
    }
    Status pauseMedia() override { return record(QStringLiteral("pause"), [this] { s.media = MediaState::Paused; }); }
    Status resumeMedia() override { return record(QStringLiteral("resume"), [this] { s.media = MediaState::Playing; }); }
    Status stopMedia() override { return record(QStringLiteral("stop"), [this] { s.media = MediaState::Stopped; }); }
    Status seekMedia(qint64 positionMs) override
    {
        return record(QStringLiteral("seek:") + QString::number(positionMs), [this, positionMs] { s.positionMs = positionMs; });
    }
    ScreenState state() const override { return s; }

    template<typename F>
    Status record(const QString &call, F apply)
    {
        calls << call;
        if (failNext)
            return std::exchange(failNext, std::nullopt).value();
        apply();
        return {};
    }

    QStringList calls;
    ScreenState s;
    ScreenMessage lastMessage;
    std::optional<tafel::Error> failNext;
};

// Collects one callback's result.
struct Outcome {
    std::optional<Result<ScreenState>> result;
    ScreenSessionClient::Callback callback()
    {
        return [this](const Result<ScreenState> &r) { result = r; };
    }
    bool wait()
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, kWaitMs);
    }
};

QByteArray header(quint32 length)
{
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian(length, out.data());
    return out;
}

} // namespace

class ClientServerTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void socketIsPrivate();
    void everyCommandReachesTheHandler();
    void handlerErrorsArrive();
    void pushesEvents();
    void noDisplaySession();
    void helperGoesAwayAndComesBack();
    void helperThatNeverAnswersTimesOut();
    void refusesInvalidLocally();
    void serverAnswersInvalidFramesAndDropsGarbage();
    void resolvesSocketNames();

private:
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeHandler> m_handler;
    std::unique_ptr<ScreenSessionServer> m_server;
};

void ClientServerTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("screen.sock"));
    m_handler = std::make_unique<FakeHandler>();
    m_server = std::make_unique<ScreenSessionServer>(*m_handler);
    const Status listening = m_server->listen(m_path);
    QVERIFY2(listening.ok(), qPrintable(listening.errorString()));
}

void ClientServerTest::cleanup()
{
    m_server.reset();
    m_handler.reset();
    m_dir.reset();
}

void ClientServerTest::socketIsPrivate()
{
    struct stat st {};
    QCOMPARE(::stat(QFile::encodeName(m_path).constData(), &st), 0);
    QVERIFY(S_ISSOCK(st.st_mode));
    QCOMPARE(st.st_mode & 0777, mode_t(0770)); // session user and the agent's group; nobody else
    QCOMPARE(m_server->socketPath(), m_path);

    // A socket file left by a crashed helper does not stop the next one.
    ScreenSessionServer second(*m_handler);
    QVERIFY(second.listen(m_path).ok());
    second.close();
    QVERIFY(!QFile::exists(m_path));
}

void ClientServerTest::everyCommandReachesTheHandler()
{
    ScreenSessionClient client(m_path);
    QSignalSpy stateSpy(&client, &ScreenSessionClient::stateChanged);

    // Requests sent before the connection exists are queued and flushed in order.
    Outcome show, blank, play, pause, seek, resume, stop, unblank, hide, query;
    QVERIFY(client.showMessage({QStringLiteral("Bitte leise sein"), ScreenMessage::Style::Banner, 20, QStringLiteral("Hr. Yilmaz")},
                               show.callback()) > 0);
    QVERIFY(!show.result); // never from inside the call
    client.blankScreen(blank.callback());
    client.playMedia(QStringLiteral("/srv/clip.mp4"), play.callback());
    client.pauseMedia(pause.callback());
    client.seekMedia(1500, seek.callback());
    client.resumeMedia(resume.callback());
    client.stopMedia(stop.callback());
    client.unblankScreen(unblank.callback());
    client.hideMessage(hide.callback());
    client.queryState(query.callback());
    QVERIFY(query.wait());
    for (Outcome *o : {&show, &blank, &play, &pause, &seek, &resume, &stop, &unblank, &hide})
        QVERIFY2(o->result && o->result->ok(), o->result ? qPrintable(o->result->errorString()) : "no answer");
    QCOMPARE(m_handler->calls, (QStringList{QStringLiteral("show:Bitte leise sein"), QStringLiteral("blank"),
                                            QStringLiteral("play:/srv/clip.mp4"), QStringLiteral("pause"),
                                            QStringLiteral("seek:1500"), QStringLiteral("resume"), QStringLiteral("stop"),
                                            QStringLiteral("unblank"), QStringLiteral("hide")}));
    QCOMPARE(m_handler->lastMessage.sender, QStringLiteral("Hr. Yilmaz"));
    QCOMPARE(m_handler->lastMessage.seconds, 20);
    QCOMPARE(m_handler->lastMessage.style, ScreenMessage::Style::Banner);

    // Each answer carries the state after its command.
    QVERIFY(show.result->value().messageShown);
    QVERIFY(blank.result->value().blanked);
    QCOMPARE(play.result->value().media, MediaState::Playing);
    QCOMPARE(play.result->value().mediaFile, QStringLiteral("/srv/clip.mp4"));
    QCOMPARE(pause.result->value().media, MediaState::Paused);
    QCOMPARE(seek.result->value().positionMs, qint64(1500));
    QCOMPARE(stop.result->value().media, MediaState::Stopped);
    QVERIFY(!unblank.result->value().blanked);
    QVERIFY(!hide.result->value().messageShown);
    QVERIFY(query.result->value() == m_handler->s);
    QCOMPARE(stateSpy.count(), 10);
    QVERIFY(client.lastState() == m_handler->s);
    QVERIFY(client.isConnected());
}

void ClientServerTest::handlerErrorsArrive()
{
    ScreenSessionClient client(m_path);
    m_handler->failNext = tafel::Error::make(ErrorCode::NotFound, QStringLiteral("The file /srv/x.mp4 does not exist."));
    Outcome play;
    client.playMedia(QStringLiteral("/srv/x.mp4"), play.callback());
    QVERIFY(play.wait());
    QVERIFY(!play.result->ok());
    QCOMPARE(play.result->error().code, ErrorCode::NotFound);
    QCOMPARE(play.result->errorString(), QStringLiteral("The file /srv/x.mp4 does not exist."));

    // The connection is still good.
    Outcome query;
    client.queryState(query.callback());
    QVERIFY(query.wait());
    QVERIFY(query.result->ok());
}

void ClientServerTest::pushesEvents()
{
    ScreenSessionClient client(m_path);
    QSignalSpy connected(&client, &ScreenSessionClient::connectedChanged);
    QSignalSpy states(&client, &ScreenSessionClient::stateChanged);
    QSignalSpy clients(m_server.get(), &ScreenSessionServer::clientCountChanged);
    client.start();
    QVERIFY(connected.count() || connected.wait(kWaitMs));
    QCOMPARE(connected.first().at(0).toBool(), true);
    QVERIFY(clients.count() || clients.wait(kWaitMs));
    QCOMPARE(m_server->clientCount(), 1);

    ScreenState s;
    s.media = MediaState::Playing;
    s.positionMs = 700;
    s.durationMs = 2000;
    s.mediaFile = QStringLiteral("/srv/clip.mp4");
    m_server->publishState(s);
    QVERIFY(states.count() || states.wait(kWaitMs));
    QVERIFY(states.first().at(0).value<ScreenState>() == s);
    QVERIFY(client.lastState() == s);
}

void ClientServerTest::noDisplaySession()
{
    ScreenSessionClient client(m_dir->filePath(QStringLiteral("nobody-listens.sock")));
    Outcome show;
    client.showMessage({QStringLiteral("Hallo"), ScreenMessage::Style::Fullscreen, 5, {}}, show.callback());
    QVERIFY(!show.result);
    QVERIFY(show.wait());
    QVERIFY(!show.result->ok());
    QCOMPARE(show.result->error().code, ErrorCode::Unreachable);
    QVERIFY2(show.result->errorString().contains(QStringLiteral("No display session")), qPrintable(show.result->errorString()));
    QVERIFY2(show.result->errorString().contains(QStringLiteral("nobody-listens.sock")), qPrintable(show.result->errorString()));
    QVERIFY(!client.isConnected());
}

void ClientServerTest::helperGoesAwayAndComesBack()
{
    ScreenSessionClient client(m_path);
    client.setReconnectInterval(std::chrono::milliseconds(50));
    QSignalSpy connected(&client, &ScreenSessionClient::connectedChanged);
    client.start();
    QVERIFY(connected.count() || connected.wait(kWaitMs));

    m_server->close(); // the user logs out
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 2, kWaitMs);
    QCOMPARE(connected.last().at(0).toBool(), false);
    Outcome blank;
    client.blankScreen(blank.callback());
    QVERIFY(blank.wait());
    QCOMPARE(blank.result->error().code, ErrorCode::Unreachable);

    QVERIFY(m_server->listen(m_path).ok()); // and logs in again
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 3, kWaitMs);
    QCOMPARE(connected.last().at(0).toBool(), true);
    Outcome again;
    client.blankScreen(again.callback());
    QVERIFY(again.wait());
    QVERIFY2(again.result->ok(), qPrintable(again.result->errorString()));

    client.stop();
    QCOMPARE(connected.last().at(0).toBool(), false);
}

void ClientServerTest::helperThatNeverAnswersTimesOut()
{
    QLocalServer silent;
    const QString path = m_dir->filePath(QStringLiteral("silent.sock"));
    QVERIFY(silent.listen(path));
    ScreenSessionClient client(path);
    client.setRequestTimeout(std::chrono::milliseconds(200));
    Outcome query;
    client.queryState(query.callback());
    QVERIFY(query.wait());
    QCOMPARE(query.result->error().code, ErrorCode::Timeout);
}

void ClientServerTest::refusesInvalidLocally()
{
    ScreenSessionClient client(m_path);
    Outcome empty, relative, negative;
    QCOMPARE(client.showMessage({QStringLiteral("   "), ScreenMessage::Style::Fullscreen, 5, {}}, empty.callback()), quint64(0));
    QCOMPARE(client.playMedia(QStringLiteral("clip.mp4"), relative.callback()), quint64(0));
    QCOMPARE(client.seekMedia(-1, negative.callback()), quint64(0));
    QVERIFY(!empty.result);
    QVERIFY(negative.wait() && empty.result && relative.result);
    for (Outcome *o : {&empty, &relative, &negative})
        QCOMPARE(o->result->error().code, ErrorCode::InvalidInput);
    QVERIFY(m_handler->calls.isEmpty());
}

void ClientServerTest::serverAnswersInvalidFramesAndDropsGarbage()
{
    QLocalSocket raw;
    raw.connectToServer(m_path);
    QVERIFY(raw.waitForConnected(kWaitMs));

    // A well-framed request with an unknown command: an err naming the request, and the connection stays.
    QCborMap unknown{{QStringLiteral("v"), 1}, {QStringLiteral("type"), QStringLiteral("req")}, {QStringLiteral("id"), 77},
                     {QStringLiteral("cmd"), QStringLiteral("screen.explode")}};
    const QByteArray payload = unknown.toCborValue().toCbor();
    raw.write(header(quint32(payload.size())) + payload);
    QByteArray in;
    ParseResult r;
    QVERIFY(QTest::qWaitFor([&] {
        in += raw.readAll();
        r = parse(in);
        return r.state != ParseResult::State::Incomplete;
    }, kWaitMs));
    QCOMPARE(r.state, ParseResult::State::Complete);
    QCOMPARE(r.frame.type, FrameType::Error);
    QCOMPARE(r.frame.id, quint64(77));
    QCOMPARE(r.frame.error.code, ErrorCode::InvalidInput);
    QVERIFY2(r.frame.error.message.contains(QStringLiteral("screen.explode")), qPrintable(r.frame.error.message));
    QCOMPARE(raw.state(), QLocalSocket::ConnectedState);
    QCOMPARE(m_server->clientCount(), 1);

    // A length over the cap: disconnected at once, without waiting for the announced megabytes.
    raw.write(header(quint32(kMaxFrameSize + 1)));
    QTRY_COMPARE_WITH_TIMEOUT(raw.state(), QLocalSocket::UnconnectedState, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->clientCount(), 0, kWaitMs);
    QVERIFY(m_handler->calls.isEmpty());
}

void ClientServerTest::resolvesSocketNames()
{
    QCOMPARE(resolveSocketPath(QStringLiteral("/tmp/x/screen")), QStringLiteral("/tmp/x/screen"));
    QCOMPARE(resolveSocketPath(QStringLiteral("room204")), defaultSocketDirectory() + QStringLiteral("/room204"));
    qputenv(kSocketEnvironmentVariable, "/tmp/from-env.sock");
    QCOMPARE(resolveSocketPath(), QStringLiteral("/tmp/from-env.sock"));
    qunsetenv(kSocketEnvironmentVariable);
    QCOMPARE(resolveSocketPath(), defaultSocketDirectory() + QStringLiteral("/tafel-screen"));
}

QTEST_GUILESS_MAIN(ClientServerTest)
#include "test_clientserver.moc"
