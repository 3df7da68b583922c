#pragma once

// Short media files the screen tests generate themselves (as tests/media/test_media_player.cpp does): a 2 s
// YUV4MPEG2 video that VLC's rawvid demuxer reads, and a 2 s PCM WAV.
#include <QByteArray>
#include <QFile>
#include <QString>

#include <cmath>

namespace testmedia {

inline constexpr int kClipMs = 2000;

inline void appendLe(QByteArray &out, quint32 value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.append(char((value >> (8 * i)) & 0xff));
}

// 2 s of 440 Hz, 8 kHz mono 16-bit PCM.
inline QByteArray makeWav()
{
    constexpr quint32 rate = 8000;
    constexpr quint32 samples = rate * kClipMs / 1000;
    QByteArray pcm;
    for (quint32 i = 0; i < samples; ++i)
        appendLe(pcm, quint32(quint16(qint16(8000 * std::sin(2 * M_PI * 440 * i / rate)))), 2);
    QByteArray wav("RIFF");
    appendLe(wav, quint32(36 + pcm.size()), 4);
    wav += "WAVEfmt ";
    appendLe(wav, 16, 4);
    appendLe(wav, 1, 2);
    appendLe(wav, 1, 2);
    appendLe(wav, rate, 4);
    appendLe(wav, rate * 2, 4);
    appendLe(wav, 2, 2);
    appendLe(wav, 16, 2);
    wav += "data";
    appendLe(wav, quint32(pcm.size()), 4);
    return wav + pcm;
}

// 2 s of 96x64 I420 video at 25 fps (a moving gradient).
inline QByteArray makeY4m()
{
    constexpr int w = 96;
    constexpr int h = 64;
    constexpr int fps = 25;
    QByteArray out("YUV4MPEG2 W96 H64 F25:1 Ip A1:1 C420jpeg\n");
    for (int frame = 0; frame < fps * kClipMs / 1000; ++frame) {
        out += "FRAME\n";
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x)
                out.append(char((x + y + frame * 4) & 0xff));
        out.append(QByteArray(w * h / 2, char(128)));
    }
    return out;
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace testmedia
