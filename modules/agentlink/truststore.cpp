#include "agentlink/truststore.h"

#include <QFile>
#include <QRegularExpression>

namespace tafel::agentlink {

Result<TrustStore> TrustStore::parse(const QByteArray &text, const QString &fileName)
{
    TrustStore store;
    const QList<QByteArray> lines = text.split('\n');
    static const QRegularExpression ws(QStringLiteral("\\s+"));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList parts = line.split(ws);
        const auto role = roleFromString(parts.value(0));
        if (!role)
            return Error::make(ErrorCode::InvalidInput,
                               tr("%1, line %2: the role must be 'teacher' or 'admin', not '%3'.").arg(fileName).arg(i + 1).arg(parts.value(0)));
        auto key = crypto::PublicKey::fromBase64(parts.value(1).toLatin1());
        if (!key)
            return Error::make(ErrorCode::InvalidInput, tr("%1, line %2: %3 Copy the line from the key's .pub file.").arg(fileName).arg(i + 1).arg(key.errorString()));
        TrustedKey k;
        k.key = *key;
        k.role = *role;
        k.comment = parts.size() > 2 ? line.section(ws, 2) : QString();
        store.m_keys.append(k);
    }
    return store;
}

Result<TrustStore> TrustStore::load(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return TrustStore();
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io, tr("Cannot read the trusted keys file %1: %2").arg(path, f.errorString()));
    if (f.size() > 4 * 1024 * 1024)
        return Error::make(ErrorCode::InvalidInput, tr("The trusted keys file %1 is larger than 4 MiB.").arg(path));
    return parse(f.readAll(), path);
}

QString TrustStore::formatLine(Role role, const crypto::PublicKey &key, const QString &comment)
{
    QString line = roleName(role) + QLatin1Char(' ') + QString::fromLatin1(key.toBase64());
    const QString c = comment.simplified();
    if (!c.isEmpty())
        line += QLatin1Char(' ') + c;
    return line;
}

std::optional<TrustedKey> TrustStore::find(const crypto::PublicKey &key) const
{
    for (const auto &k : m_keys) {
        if (k.key == key)
            return k;
    }
    return std::nullopt;
}

} // namespace tafel::agentlink
