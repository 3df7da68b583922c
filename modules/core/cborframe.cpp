#include "core/cborframe.h"

#include <QBuffer>
#include <QCborStreamReader>
#include <QCborStreamWriter>
#include <QCborValue>
#include <QtEndian>

namespace tafel::cborframe {

Split split(QByteArrayView data, qsizetype maxSize)
{
    Split s;
    if (data.size() < kHeaderSize)
        return s;
    s.length = qFromBigEndian<quint32>(data.data());
    if (s.length == 0) {
        s.state = Split::State::Empty;
        return s;
    }
    if (qsizetype(s.length) > maxSize) {
        s.state = Split::State::TooLarge;
        return s;
    }
    if (data.size() - kHeaderSize < qsizetype(s.length))
        return s;
    s.state = Split::State::Frame;
    s.payload = data.sliced(kHeaderSize, qsizetype(s.length));
    s.consumed = kHeaderSize + qsizetype(s.length);
    return s;
}

std::optional<QCborMap> decodeMap(QByteArrayView payload, QString *error)
{
    QCborStreamReader reader(payload.data(), payload.size());
    if (reader.type() != QCborStreamReader::Map) {
        *error = QStringLiteral("payload is not a CBOR map");
        return std::nullopt;
    }
    const QCborValue value = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError) {
        *error = QStringLiteral("invalid CBOR: %1").arg(reader.lastError().toString());
        return std::nullopt;
    }
    if (reader.currentOffset() != payload.size()) {
        *error = QStringLiteral("trailing bytes after the CBOR map");
        return std::nullopt;
    }
    if (!value.isMap()) {
        *error = QStringLiteral("payload is not a CBOR map");
        return std::nullopt;
    }
    return value.toMap();
}

QByteArray header(quint32 payloadSize)
{
    QByteArray h(kHeaderSize, Qt::Uninitialized);
    qToBigEndian(payloadSize, h.data());
    return h;
}

QByteArray frame(const QCborValue &payload)
{
    QByteArray out(kHeaderSize, Qt::Uninitialized);
    {
        QBuffer buffer(&out);
        buffer.open(QIODevice::WriteOnly);
        buffer.seek(kHeaderSize);
        QCborStreamWriter writer(&buffer);
        payload.toCbor(writer);
    }
    qToBigEndian(quint32(out.size() - kHeaderSize), out.data());
    return out;
}

bool readUnsigned(const QCborMap &map, const QString &key, quint64 &out)
{
    const QCborValue v = map.value(key);
    if (!v.isInteger() || v.toInteger() < 0)
        return false;
    out = quint64(v.toInteger());
    return true;
}

} // namespace tafel::cborframe
