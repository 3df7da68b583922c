// Plays media the test generates itself (a 2 s YUV4MPEG2 video, a 2 s PCM WAV, a garbage file) through
// libVLC, headless, and checks what MediaPlayer reports: duration, states, position, seek, stop, and clear
// errors for files it cannot play.
#include "media/mediainfo.h"
#include "media/mediaplayer.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using tafel::ErrorCode;
using tafel::media::MediaInfo;
using tafel::media::MediaOptions;
using tafel::media::MediaPlayer;
using tafel::media::MediaTrack;
using State = MediaPlayer::State;

namespace {

constexpr int kTimeoutMs = 20000; // generous: ASan builds and a busy machine
constexpr int kClipMs = 2000;

void appendLe(QByteArray &out, quint32 value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.append(char((value >> (8 * i)) & 0xff));
}

// 2 s of 440 Hz, 8 kHz mono 16-bit PCM in a minimal RIFF/WAVE file.
QByteArray makeWav()
{
    constexpr quint32 rate = 8000;
    constexpr quint32 samples = rate * kClipMs / 1000;
    QByteArray pcm;
    pcm.reserve(int(samples * 2));
    for (quint32 i = 0; i < samples; ++i)
        appendLe(pcm, quint32(quint16(qint16(8000 * std::sin(2 * M_PI * 440 * i / rate)))), 2);
    QByteArray wav("RIFF");
    appendLe(wav, quint32(36 + pcm.size()), 4);
    wav += "WAVEfmt ";
    appendLe(wav, 16, 4);       // fmt chunk size
    appendLe(wav, 1, 2);        // PCM
    appendLe(wav, 1, 2);        // channels
    appendLe(wav, rate, 4);     // sample rate
    appendLe(wav, rate * 2, 4); // byte rate
    appendLe(wav, 2, 2);        // block align
    appendLe(wav, 16, 2);       // bits per sample
    wav += "data";
    appendLe(wav, quint32(pcm.size()), 4);
    return wav + pcm;
}

// 2 s of 96x64 I420 video at 25 fps (a moving gradient), read by VLC's rawvid demuxer.
constexpr int kWidth = 96;
constexpr int kHeight = 64;
QByteArray makeY4m()
{
    constexpr int fps = 25;
    QByteArray out("YUV4MPEG2 W96 H64 F25:1 Ip A1:1 C420jpeg\n");
    for (int frame = 0; frame < fps * kClipMs / 1000; ++frame) {
        out += "FRAME\n";
        for (int y = 0; y < kHeight; ++y)
            for (int x = 0; x < kWidth; ++x)
                out.append(char((x + y + frame * 4) & 0xff));
        out.append(QByteArray(kWidth * kHeight / 2, char(128)));
    }
    return out;
}

// Neither a known container nor an elementary stream: text.
QByteArray makeGarbage()
{
    QByteArray out;
    for (int i = 0; i < 2000; ++i)
        out += "This is lesson material, but not a video. ";
    return out;
}

QList<State> states(const QSignalSpy &spy)
{
    QList<State> out;
    for (const QList<QVariant> &args : spy)
        out.append(args.at(0).value<State>());
    return out;
}

} // namespace

class MediaPlayerTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void probesAudio();
    void probesVideo();
    void probeRejectsGarbage();
    void playsPausesSeeksAndEnds();
    void stopsAndPlaysAgain();
    void rejectsBadPaths_data();
    void rejectsBadPaths();
    void reportsUnplayableFile();
    void reportsInitFailure();
    void destroyedWhilePlaying();
    void keepsVolumeAndFullscreen();

private:
    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            return {};
        return path;
    }

    QTemporaryDir m_dir;
    QString m_wav;
    QString m_video;
    QString m_garbage;
};

void MediaPlayerTest::initTestCase()
{
    // libVLC dlclose()s its plugins (and the libraries they pulled in) when its last instance goes; what their
    // constructors allocated then looks leaked to LeakSanitizer, with frames in unmapped code. This instance,
    // reachable and never deleted, keeps the plugins loaded until exit: the ASan build then reports no leak
    // without any suppression, while a leaked media or player of ours is still reported.
    static const MediaPlayer *const resident = new MediaPlayer(MediaOptions::headlessOptions());
    QVERIFY(resident->status().ok());
    QVERIFY(m_dir.isValid());
    m_wav = writeFile(QStringLiteral("tone.wav"), makeWav());
    m_video = writeFile(QStringLiteral("clip.y4m"), makeY4m());
    m_garbage = writeFile(QStringLiteral("garbage.mp4"), makeGarbage());
    QVERIFY(!m_wav.isEmpty() && !m_video.isEmpty() && !m_garbage.isEmpty());
}

void MediaPlayerTest::probesAudio()
{
    const tafel::Result<MediaInfo> info = MediaInfo::probe(m_wav);
    QVERIFY2(info.ok(), qPrintable(info.errorString()));
    QVERIFY2(std::abs(info->durationMs - kClipMs) <= 100, qPrintable(QString::number(info->durationMs)));
    QCOMPARE(info->tracks.size(), 1);
    const MediaTrack &track = info->tracks.first();
    QCOMPARE(track.type, MediaTrack::Type::Audio);
    QCOMPARE(track.channels, 1);
    QCOMPARE(track.sampleRate, 8000);
    QVERIFY(info->hasAudio());
    QVERIFY(!info->hasVideo());
}

void MediaPlayerTest::probesVideo()
{
    MediaPlayer player(MediaOptions::headlessOptions());
    QVERIFY2(player.status().ok(), qPrintable(player.status().errorString()));
    const tafel::Result<MediaInfo> info = player.probe(m_video);
    QVERIFY2(info.ok(), qPrintable(info.errorString()));
    QVERIFY(info->hasVideo());
    const MediaTrack &track = info->tracks.first();
    QCOMPARE(track.width, kWidth);
    QCOMPARE(track.height, kHeight);
    QVERIFY2(std::abs(info->durationMs - kClipMs) <= 100, qPrintable(QString::number(info->durationMs)));
    QCOMPARE(player.state(), State::Idle); // probing plays nothing
}

void MediaPlayerTest::probeRejectsGarbage()
{
    const tafel::Result<MediaInfo> info = MediaInfo::probe(m_garbage);
    QVERIFY(!info.ok());
    QCOMPARE(info.error().code, ErrorCode::Incompatible);
    QVERIFY2(info.errorString().contains(m_garbage), qPrintable(info.errorString()));

    const tafel::Result<MediaInfo> missing = MediaInfo::probe(m_dir.filePath(QStringLiteral("nope.mp4")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

void MediaPlayerTest::playsPausesSeeksAndEnds()
{
    MediaPlayer player(MediaOptions::headlessOptions());
    QSignalSpy stateSpy(&player, &MediaPlayer::stateChanged);
    QSignalSpy durationSpy(&player, &MediaPlayer::durationChanged);
    QSignalSpy errorSpy(&player, &MediaPlayer::errorOccurred);

    const tafel::Status opened = player.open(m_video);
    QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
    QCOMPARE(player.state(), State::Idle);
    QVERIFY(player.play().ok());

    QTRY_COMPARE_WITH_TIMEOUT(player.state(), State::Playing, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(player.duration() > 0, kTimeoutMs);
    QVERIFY2(std::abs(player.duration() - kClipMs) <= 100, qPrintable(QString::number(player.duration())));
    QVERIFY(durationSpy.count() >= 1);

    // The position advances while playing.
    QTRY_VERIFY_WITH_TIMEOUT(player.position() >= 200, kTimeoutMs);
    player.pause();
    QTRY_COMPARE_WITH_TIMEOUT(player.state(), State::Paused, kTimeoutMs);
    const qint64 pausedAt = player.position();
    QVERIFY2(pausedAt < kClipMs, qPrintable(QString::number(pausedAt)));

    // Seek forward while paused; libVLC reports the new position.
    QVERIFY(player.isSeekable());
    constexpr qint64 target = 1500;
    const tafel::Status sought = player.seek(target);
    QVERIFY2(sought.ok(), qPrintable(sought.errorString()));
    QCOMPARE(player.position(), target);
    QCOMPARE(player.state(), State::Paused);

    // Resumed, it plays on from the new position (libVLC's own position reports) to the end.
    QSignalSpy positionSpy(&player, &MediaPlayer::positionChanged);
    QVERIFY(player.play().ok());
    QTRY_COMPARE_WITH_TIMEOUT(player.state(), State::Ended, kTimeoutMs);
    QVERIFY2(positionSpy.count() >= 2, qPrintable(QString::number(positionSpy.count())));
    for (const QList<QVariant> &args : std::as_const(positionSpy))
        QVERIFY2(args.at(0).toLongLong() >= target - 100, qPrintable(args.at(0).toString()));
    QCOMPARE(player.position(), player.duration());
    QCOMPARE(errorSpy.count(), 0);
    QCOMPARE(states(stateSpy), (QList<State>{State::Opening, State::Playing, State::Paused, State::Playing, State::Ended}));
}

void MediaPlayerTest::stopsAndPlaysAgain()
{
    MediaPlayer player(MediaOptions::headlessOptions());
    QSignalSpy positionSpy(&player, &MediaPlayer::positionChanged);
    QVERIFY(player.open(m_video).ok());
    QVERIFY(player.play().ok());
    QTRY_VERIFY_WITH_TIMEOUT(player.state() == State::Playing && player.position() > 0, kTimeoutMs);

    player.stop();
    QCOMPARE(player.state(), State::Stopped);
    QCOMPARE(player.position(), 0);
    const qsizetype positionsAtStop = positionSpy.count();
    // Nothing queued by the stopped run changes the state or position afterwards.
    QCoreApplication::processEvents();
    QCOMPARE(player.state(), State::Stopped);
    QCOMPARE(positionSpy.count(), positionsAtStop);
    QVERIFY(!player.seek(500).ok()); // nothing to seek in

    // Played again after stop, and after the end: it starts over.
    QVERIFY(player.play().ok());
    QTRY_COMPARE_WITH_TIMEOUT(player.state(), State::Playing, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(player.state(), State::Ended, kTimeoutMs);
    QSignalSpy stateSpy(&player, &MediaPlayer::stateChanged);
    QVERIFY(player.play().ok());
    QTRY_COMPARE_WITH_TIMEOUT(player.state(), State::Playing, kTimeoutMs);
    QCOMPARE(states(stateSpy).first(), State::Opening);
    player.stop();
    QCOMPARE(player.state(), State::Stopped);
}

void MediaPlayerTest::rejectsBadPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("missing-file") << m_dir.filePath(QStringLiteral("missing.mp4")) << ErrorCode::NotFound
                                  << QStringLiteral("does not exist");
    QTest::newRow("folder") << m_dir.path() << ErrorCode::InvalidInput << QStringLiteral("is a folder");
    QTest::newRow("empty-path") << QString() << ErrorCode::InvalidInput << QStringLiteral("No media file");
}

void MediaPlayerTest::rejectsBadPaths()
{
    QFETCH(QString, path);
    QFETCH(ErrorCode, code);
    QFETCH(QString, fragment);
    MediaPlayer player(MediaOptions::headlessOptions());
    const tafel::Status opened = player.open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, code);
    QVERIFY2(opened.errorString().contains(fragment), qPrintable(opened.errorString()));
    if (!path.isEmpty())
        QVERIFY2(opened.errorString().contains(path), qPrintable(opened.errorString()));
    QCOMPARE(player.state(), State::Idle);
    const tafel::Status played = player.play(); // nothing open: refused, no crash
    QVERIFY(!played.ok());
    QVERIFY2(played.errorString().contains(QStringLiteral("No media file is open")), qPrintable(played.errorString()));
}

void MediaPlayerTest::reportsUnplayableFile()
{
    MediaPlayer player(MediaOptions::headlessOptions());
    QSignalSpy errorSpy(&player, &MediaPlayer::errorOccurred);
    QVERIFY(player.open(m_garbage).ok()); // it exists; libVLC finds out it is no media
    QVERIFY(player.play().ok());
    QTRY_COMPARE_WITH_TIMEOUT(player.state(), State::Error, kTimeoutMs);
    QCOMPARE(errorSpy.count(), 1);
    const QString message = errorSpy.first().at(0).toString();
    QVERIFY2(message.contains(m_garbage) && message.contains(QStringLiteral("could not be played")), qPrintable(message));
    QCOMPARE(player.errorString(), message);

    // The player is still usable: a good file plays after the bad one.
    QVERIFY(player.open(m_video).ok());
    QVERIFY(player.errorString().isEmpty());
    QVERIFY(player.play().ok());
    QTRY_COMPARE_WITH_TIMEOUT(player.state(), State::Playing, kTimeoutMs);
}

void MediaPlayerTest::reportsInitFailure()
{
    MediaOptions options = MediaOptions::headlessOptions();
    options.extraArguments << QStringLiteral("--tafel-no-such-option");
    MediaPlayer player(options);
    QVERIFY(!player.status().ok());
    QVERIFY2(player.status().errorString().contains(QStringLiteral("vlc-plugin-base")), qPrintable(player.status().errorString()));
    QCOMPARE(player.state(), State::Error);
    QCOMPARE(player.open(m_video).errorString(), player.status().errorString());
    QVERIFY(!player.play().ok());
    player.pause();
    player.stop();
    player.setVolume(10);
    QVERIFY(!player.seek(0).ok());
    QVERIFY(!player.probe(m_video).ok());
    QVERIFY(!MediaInfo::probe(m_video, options).ok());
}

void MediaPlayerTest::destroyedWhilePlaying()
{
    auto player = std::make_unique<MediaPlayer>(MediaOptions::headlessOptions());
    QVERIFY(player->open(m_video).ok());
    QVERIFY(player->play().ok());
    QTRY_VERIFY_WITH_TIMEOUT(player->position() > 0, kTimeoutMs);
    player.reset(); // libVLC events still in flight must not reach a dead object
    QCoreApplication::processEvents();
}

void MediaPlayerTest::keepsVolumeAndFullscreen()
{
    MediaPlayer player(MediaOptions::headlessOptions());
    QSignalSpy volumeSpy(&player, &MediaPlayer::volumeChanged);
    QSignalSpy fullscreenSpy(&player, &MediaPlayer::fullscreenChanged);
    player.setVolume(40);
    player.setVolume(400);
    QCOMPARE(player.volume(), 100);
    QCOMPARE(volumeSpy.count(), 2);
    player.setFullscreen(true);
    player.setFullscreen(true);
    QVERIFY(player.isFullscreen());
    QCOMPARE(fullscreenSpy.count(), 1);
    player.setWindowId(0);
    QCOMPARE(player.windowId(), quintptr(0));
    QVERIFY(player.open(m_wav).ok());
    QVERIFY(player.play().ok());
    QTRY_COMPARE_WITH_TIMEOUT(player.state(), State::Playing, kTimeoutMs);
}

QTEST_GUILESS_MAIN(MediaPlayerTest)
#include "test_media_player.moc"
