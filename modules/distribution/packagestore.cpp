#include "distribution/packagestore.h"

namespace tafel::distribution {

namespace {
Error todo()
{
    return Error::make(ErrorCode::Failed, QStringLiteral("not implemented yet"));
}
} // namespace

struct PackageStore::Staging {};

PackageStore::PackageStore(QString materialDir, Quota quota, Limits limits)
    : m_dir(std::move(materialDir)), m_quota(quota), m_limits(limits)
{
}

PackageStore::~PackageStore() = default;

Result<QBitArray> PackageStore::begin(const QByteArray &, const Manifest &) { return todo(); }
Result<QBitArray> PackageStore::have(const QString &) { return todo(); }
Status PackageStore::putChunk(const QString &, int, QByteArrayView) { return todo(); }
Result<QByteArray> PackageStore::readChunk(const QString &, int) { return todo(); }
Status PackageStore::finish(const QString &) { return todo(); }
bool PackageStore::isComplete(const QString &) const { return false; }
Result<QByteArray> PackageStore::envelope(const QString &) { return todo(); }
Result<Manifest> PackageStore::manifest(const QString &) { return todo(); }
QList<PackageInfo> PackageStore::list() { return {}; }
Status PackageStore::remove(const QString &) { return todo(); }
Status PackageStore::abort(const QString &) { return todo(); }
qint64 PackageStore::usedBytes() { return 0; }

} // namespace tafel::distribution
