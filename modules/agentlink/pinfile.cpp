#include "agentlink/pinfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace tafel::agentlink {

PinFile PinFile::nextToDatabase(const QString &dbPath)
{
    return PinFile(QFileInfo(dbPath).absoluteDir().filePath(QStringLiteral("agent-pins")));
}

QString PinFile::key(const QString &host, quint16 port)
{
    return host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(host).arg(port) : QStringLiteral("%1:%2").arg(host).arg(port);
}

Result<QMap<QString, QString>> PinFile::load() const
{
    QMap<QString, QString> pins;
    QFile f(m_path);
    if (!f.exists())
        return pins;
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io, tr("Cannot read %1: %2").arg(m_path, f.errorString()));
    const QList<QByteArray> lines = f.read(4 * 1024 * 1024).split('\n');
    for (const QByteArray &raw : lines) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() >= 2)
            pins.insert(parts.at(0), parts.at(1));
    }
    return pins;
}

Status PinFile::remove(const QString &hostPort) const
{
    auto pins = load();
    if (!pins)
        return pins.error();
    if (!pins->contains(hostPort))
        return {};
    return store(hostPort, {});
}

Status PinFile::store(const QString &hostPort, const QString &fingerprint) const
{
    auto pins = load();
    if (!pins)
        return pins.error();
    if (fingerprint.isEmpty())
        pins->remove(hostPort);
    else
        pins->insert(hostPort, fingerprint);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::make(ErrorCode::Io, tr("Cannot write %1: %2").arg(m_path, f.errorString()));
    f.write("# tafelctl agent enroll: HOST:PORT SHA-256 fingerprint of the agent's TLS certificate\n");
    for (auto it = pins->cbegin(); it != pins->cend(); ++it)
        f.write((it.key() + QLatin1Char(' ') + it.value()).toUtf8() + '\n');
    if (!f.commit())
        return Error::make(ErrorCode::Io, tr("Cannot write %1: %2").arg(m_path, f.errorString()));
    return {};
}

} // namespace tafel::agentlink
