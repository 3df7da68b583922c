#include "agentlink/identity.h"
#include "agentlink/logging.h"
#include "crypto/certificate.h"
#include "crypto/keys.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace tafel::agentlink {

Result<AgentIdentity> AgentIdentity::loadOrCreate(const QString &dataDir, const QString &commonName)
{
    AgentIdentity id;
    const QDir dir(dataDir);
    id.keyPath = dir.filePath(QStringLiteral("agent-key.pem"));
    id.certificatePath = dir.filePath(QStringLiteral("agent-cert.pem"));

    crypto::KeyPair key;
    if (QFile::exists(id.keyPath)) {
        auto loaded = crypto::KeyPair::load(id.keyPath);
        if (!loaded)
            return Error::make(loaded.error().code, tr("%1 Restore the file from a backup or delete it (clients must then enroll the agent again).").arg(loaded.errorString()));
        key = std::move(loaded).value();
    } else {
        auto generated = crypto::KeyPair::generate();
        if (!generated)
            return generated.error();
        key = std::move(generated).value();
        if (auto st = key.save(id.keyPath); !st)
            return st.error();
        QFile::remove(id.certificatePath); // a certificate of an older key is useless
        qCInfo(lcLink).noquote() << "created the agent key" << id.keyPath;
    }

    QSslCertificate cert;
    {
        QFile f(id.certificatePath);
        if (f.open(QIODevice::ReadOnly) && f.size() < 64 * 1024) {
            const QList<QSslCertificate> certs = QSslCertificate::fromData(f.readAll(), QSsl::Pem);
            if (!certs.isEmpty()) {
                auto pub = crypto::certificatePublicKey(certs.first());
                if (pub && *pub == key.publicKey() && certs.first().expiryDate() > QDateTime::currentDateTimeUtc().addDays(1))
                    cert = certs.first();
            }
        }
    }
    if (cert.isNull()) {
        auto made = crypto::makeSelfSignedCertificate(key, commonName);
        if (!made)
            return made.error();
        cert = *made;
        QSaveFile out(id.certificatePath);
        if (!out.open(QIODevice::WriteOnly) || out.write(cert.toPem()) < 0 || !out.commit())
            return Error::make(ErrorCode::Io, tr("Cannot write the agent certificate %1: %2").arg(id.certificatePath, out.errorString()));
        qCInfo(lcLink).noquote() << "created the agent certificate" << id.certificatePath;
    }
    id.certificate = cert;
    id.key = crypto::toSslKey(key);
    if (id.key.isNull())
        return Error::make(ErrorCode::Failed, tr("Qt's TLS backend did not accept the agent's Ed25519 key."));
    id.fingerprint = crypto::certificateFingerprint(cert);
    return id;
}

} // namespace tafel::agentlink
