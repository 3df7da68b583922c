#include "distribution/packagefile.h"

namespace tafel::distribution {

PackageReader::~PackageReader() = default;

Result<Manifest> buildManifest(const QString &, const QString &, const QString &, const Limits &, const ProgressFn &)
{
    return Error::make(ErrorCode::Failed, QStringLiteral("not implemented yet"));
}

Result<Manifest> createPackage(const QString &, const crypto::KeyPair &, const QString &, const QString &, const Limits &, const ProgressFn &)
{
    return Error::make(ErrorCode::Failed, QStringLiteral("not implemented yet"));
}

Result<std::unique_ptr<PackageReader>> PackageReader::openFile(const QString &, const Limits &)
{
    return Error::make(ErrorCode::Failed, QStringLiteral("not implemented yet"));
}

Result<std::unique_ptr<PackageReader>> PackageReader::openDirectory(const QByteArray &, const QString &, const Limits &)
{
    return Error::make(ErrorCode::Failed, QStringLiteral("not implemented yet"));
}

Result<QByteArray> PackageReader::readChunk(int, bool)
{
    return Error::make(ErrorCode::Failed, QStringLiteral("not implemented yet"));
}

Status PackageReader::verifyAll(const ProgressFn &)
{
    return Error::make(ErrorCode::Failed, QStringLiteral("not implemented yet"));
}

} // namespace tafel::distribution
