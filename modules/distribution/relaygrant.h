#pragma once

// Relay grants: how one agent may push lesson material to another.
//
// Agents only trust teacher and admin keys, never each other. When the sender builds a relay chain it signs, for
// every link, a short-lived grant "agent key K may push package P to the agent whose certificate has fingerprint
// F, until T" with its own (trusted) key. The upstream agent connects to the downstream one with its own agent
// key as TLS client (pinning F) and presents the grant; the downstream agent accepts the connection for the peer
// commands only (agentlink Role::Peer) and checks the grant: signer trusted as teacher/admin, signature valid,
// K = the TLS client's key, F = its own certificate, P = the package pushed, T not passed.
//
//   grant    = CBOR map { "grant": bytes (body), "signer": bytes (32-byte Ed25519 key), "sig": bytes (64) }
//   body     = CBOR map { "v": 1, "package": text, "key": bytes (32), "to": text (fingerprint, hex upper case),
//                         "expires": unsigned (ms since the epoch, UTC) }
//   signature over "tafel-relay-grant-v1\0" + body

#include "core/result.h"
#include "crypto/keys.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace tafel::distribution {

struct RelayGrant {
    QString packageId;
    QByteArray relayKey;     // raw Ed25519 key of the agent that may push
    QString toFingerprint;   // the receiving agent's certificate fingerprint (normalized hex)
    QDateTime expires;       // UTC
    crypto::PublicKey signer;

    // Signs and encodes. `relayKey` raw 32 bytes.
    static Result<QByteArray> sign(const crypto::KeyPair &signer, const QString &packageId, const QByteArray &relayKey,
                                   const QString &toFingerprint, const QDateTime &expires);
    // Decodes and checks the signature (not who signed it, nor what it grants: see check()).
    static Result<RelayGrant> decode(QByteArrayView bytes);
    // Everything but the signer's trust: package, key, fingerprint and expiry against `now`.
    Status check(const QString &packageId, const QByteArray &clientKey, const QString &ownFingerprint, const QDateTime &now) const;
};

} // namespace tafel::distribution
