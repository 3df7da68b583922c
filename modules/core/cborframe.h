#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCborMap>
#include <QCborValue>
#include <QString>

#include <optional>

namespace tafel::cborframe {

// The framing both Tafel wire protocols use (agentlink over TLS, screensession over a local socket):
// a 4-byte big-endian payload length, then one CBOR map. Pure functions; the protocols add their own fields.
inline constexpr qsizetype kHeaderSize = 4;

struct Split {
    enum class State {
        Incomplete, // not enough bytes yet
        Frame,      // payload and consumed are set
        Empty,      // a zero length: a broken frame
        TooLarge,   // the length exceeds maxSize (decided from the header alone)
    };
    State state = State::Incomplete;
    quint32 length = 0;        // the announced payload length (Frame, TooLarge)
    QByteArrayView payload;    // the payload bytes (Frame)
    qsizetype consumed = 0;    // header + payload (Frame)
};

// Splits the first frame off `data` without copying.
Split split(QByteArrayView data, qsizetype maxSize);

// Decodes a payload that must be exactly one CBOR map with nothing after it; nullopt with `error` set
// ("payload is not a CBOR map", "invalid CBOR: ...", "trailing bytes after the CBOR map") otherwise.
std::optional<QCborMap> decodeMap(QByteArrayView payload, QString *error);

// Header + the payload's CBOR encoding, ready to write. The CBOR is written straight behind the header: no
// second copy of a (up to 1 MiB) frame.
QByteArray frame(const QCborValue &payload);
QByteArray header(quint32 payloadSize);

// A non-negative CBOR integer under `key` (ids, counters, durations); false when missing or not one.
bool readUnsigned(const QCborMap &map, const QString &key, quint64 &out);

} // namespace tafel::cborframe
