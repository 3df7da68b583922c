// Issue 5 benchmark: the local cost of lesson material on one machine, without the network — making a package
// (read + hash + write + fsync), verifying it, and a receiver storing it chunk by chunk (hash + write + finish
// with fsync), then reading it back for relaying. Prints MB/s and CPU seconds per step; compare with
// `dd conv=fsync` of the same file for the disk's own speed.
// tests/bench/run.sh BUILD package_store   (or: BUILD/tests/bench/bench_package_store [MiB, default 512])
#include "crypto/keys.h"
#include "distribution/packagefile.h"
#include "distribution/packagestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>
#include <cstring>
#include <functional>

using namespace tafel;
using namespace tafel::distribution;

namespace {

double cpuSeconds()
{
    rusage ru {};
    getrusage(RUSAGE_SELF, &ru);
    return double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

bool step(const char *name, qint64 bytes, const std::function<bool()> &run)
{
    QElapsedTimer t;
    t.start();
    const double cpu0 = cpuSeconds();
    const bool ok = run();
    const double s = double(t.nsecsElapsed()) / 1e9;
    std::printf("%-34s %8.2f s  %8.1f MB/s  cpu %6.2f s%s\n", name, s, double(bytes) / 1e6 / s, cpuSeconds() - cpu0, ok ? "" : "  FAILED");
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 mib = argc > 1 ? QByteArray(argv[1]).toLongLong() : 512;
    const qint64 bytes = mib * kMiB;
    QTemporaryDir dir;
    auto key = crypto::KeyPair::generate();
    if (!dir.isValid() || !key)
        return 1;
    {
        QFile f(dir.filePath(QStringLiteral("src/video.bin")));
        QDir().mkpath(dir.filePath(QStringLiteral("src")));
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        QByteArray block(kMiB, Qt::Uninitialized);
        quint64 x = 88172645463325252ull;
        for (qint64 i = 0; i < mib; ++i) {
            for (qsizetype j = 0; j < block.size(); j += 8) {
                x ^= x << 13, x ^= x >> 7, x ^= x << 17;
                std::memcpy(block.data() + j, &x, 8);
            }
            f.write(block);
        }
    }
    std::printf("package of %lld MiB in %s\n", static_cast<long long>(mib), qPrintable(dir.path()));
    const QString pkg = dir.filePath(QStringLiteral("p.tafelpkg"));
    std::unique_ptr<PackageReader> reader;
    bool ok = step(
        "package create (read+hash+write)", bytes, [&] { return bool(createPackage(dir.filePath(QStringLiteral("src")), *key, QString(), pkg)); });
    ok = ok && step("package verify (read+hash)", bytes, [&] {
        auto r = PackageReader::openFile(pkg);
        if (!r)
            return false;
        reader = std::move(r.value());
        return bool(reader->verifyAll());
    });
    if (!ok)
        return 1;
    const Manifest &m = reader->manifest();
    PackageStore store(dir.filePath(QStringLiteral("material")));
    ok = step("receiver begin (preallocate)", bytes, [&] { return bool(store.begin(reader->envelope(), m)); });
    QList<QByteArray> chunks;
    for (int i = 0; i < m.chunkCount(); ++i)
        chunks.append(*reader->readChunk(i));
    ok = ok && step("receiver putChunk (hash+write)", bytes, [&] {
        for (int i = 0; i < m.chunkCount(); ++i) {
            if (!store.putChunk(m.packageId, i, chunks.at(i)))
                return false;
        }
        return true;
    });
    chunks.clear();
    ok = ok && step("receiver finish (fsync+rename)", bytes, [&] { return bool(store.finish(m.packageId)); });
    ok = ok && step("relay readChunk (read+hash)", bytes, [&] {
        for (int i = 0; i < m.chunkCount(); ++i) {
            if (!store.readChunk(m.packageId, i))
                return false;
        }
        return true;
    });
    return ok ? 0 : 1;
}
