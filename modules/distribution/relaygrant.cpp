#include "distribution/relaygrant.h"

#include "core/cborframe.h"
#include "crypto/certificate.h"

#include <QCborMap>
#include <QCborValue>

namespace tafel::distribution {

namespace {
const QByteArray kContext("tafel-relay-grant-v1", 21); // including the terminating NUL
constexpr qsizetype kMaxGrantBytes = 4096;

struct GrantText {
    Q_DECLARE_TR_FUNCTIONS(tafel::distribution::RelayGrant)
};

Error invalid(const QString &why)
{
    return Error::make(ErrorCode::AuthFailed, GrantText::tr("The relay grant is not valid: %1").arg(why));
}
} // namespace

Result<QByteArray> RelayGrant::sign(const crypto::KeyPair &signer, const QString &packageId, const QByteArray &relayKey, const QString &toFingerprint,
                                    const QDateTime &expires)
{
    if (relayKey.size() != 32)
        return Error::make(ErrorCode::InvalidInput, GrantText::tr("A relay grant needs the relaying agent's Ed25519 key."));
    const QCborMap body{{QStringLiteral("v"), 1},
                        {QStringLiteral("package"), packageId},
                        {QStringLiteral("key"), relayKey},
                        {QStringLiteral("to"), crypto::normalizeFingerprint(toFingerprint)},
                        {QStringLiteral("expires"), expires.toMSecsSinceEpoch()}};
    const QByteArray bodyBytes = body.toCborValue().toCbor();
    const QByteArray sig = signer.sign(QByteArray(kContext + bodyBytes));
    if (sig.isEmpty())
        return Error::make(ErrorCode::Failed, GrantText::tr("Signing the relay grant failed."));
    return QCborMap{{QStringLiteral("grant"), bodyBytes}, {QStringLiteral("signer"), signer.publicKey().raw()}, {QStringLiteral("sig"), sig}}
        .toCborValue()
        .toCbor();
}

Result<RelayGrant> RelayGrant::decode(QByteArrayView bytes)
{
    if (bytes.size() > kMaxGrantBytes)
        return invalid(GrantText::tr("too large"));
    QString err;
    const auto outer = cborframe::decodeMap(bytes, &err);
    if (!outer)
        return invalid(err);
    const QByteArray bodyBytes = outer->value(QStringLiteral("grant")).toByteArray();
    const QByteArray sig = outer->value(QStringLiteral("sig")).toByteArray();
    auto signer = crypto::PublicKey::fromRaw(outer->value(QStringLiteral("signer")).toByteArray());
    if (!signer)
        return invalid(GrantText::tr("no signer key"));
    if (!signer->verify(QByteArray(kContext + bodyBytes), sig))
        return invalid(GrantText::tr("bad signature"));
    const auto body = cborframe::decodeMap(bodyBytes, &err);
    if (!body)
        return invalid(err);
    quint64 version = 0, expires = 0;
    if (!cborframe::readUnsigned(*body, QStringLiteral("v"), version) || version != 1)
        return invalid(GrantText::tr("unsupported version"));
    if (!cborframe::readUnsigned(*body, QStringLiteral("expires"), expires))
        return invalid(GrantText::tr("no expiry"));
    RelayGrant g;
    g.packageId = body->value(QStringLiteral("package")).toString();
    g.relayKey = body->value(QStringLiteral("key")).toByteArray();
    g.toFingerprint = body->value(QStringLiteral("to")).toString();
    g.expires = QDateTime::fromMSecsSinceEpoch(qint64(expires), Qt::UTC);
    g.signer = *signer;
    if (g.packageId.isEmpty() || g.relayKey.size() != 32 || g.toFingerprint.isEmpty())
        return invalid(GrantText::tr("incomplete"));
    return g;
}

Status RelayGrant::check(const QString &packageId, const QByteArray &clientKey, const QString &ownFingerprint, const QDateTime &now) const
{
    if (packageId != this->packageId)
        return invalid(GrantText::tr("it is for another package"));
    if (clientKey != relayKey)
        return invalid(GrantText::tr("it is for another agent key"));
    if (!crypto::fingerprintsMatch(ownFingerprint, toFingerprint))
        return invalid(GrantText::tr("it is for another receiving agent"));
    if (now >= expires)
        return invalid(GrantText::tr("it has expired"));
    return {};
}

} // namespace tafel::distribution
