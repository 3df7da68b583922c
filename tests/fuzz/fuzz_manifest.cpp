// libFuzzer harness for the lesson material manifest (modules/distribution/manifest.h): the envelope decoder and
// the manifest parser with every safety check, fed the raw input and the manifest bytes inside a decoded envelope
// (whatever the signature). Anything that parses must satisfy the safety rules, re-encode to bytes that parse
// to the same manifest, and address every chunk consistently.
#include "distribution/manifest.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace tafel::distribution;

namespace {

void check(QByteArrayView bytes)
{
    Limits limits;
    limits.maxFiles = 200; // keep single runs fast
    auto m = parseManifest(bytes, limits);
    if (!m) {
        if (m.errorString().isEmpty())
            std::abort();
        return;
    }
    if (!validateManifest(*m, limits))
        std::abort();
    for (const FileEntry &f : m->files) {
        if (!checkPath(f.path, limits) || f.mode > 0777 || f.chunkSize != chunkSizeFor(f.size))
            std::abort();
    }
    const QByteArray again = encodeManifest(*m);
    auto reparsed = parseManifest(again, limits);
    if (!reparsed || encodeManifest(*reparsed) != again)
        std::abort();
    qint64 bytesSeen = 0;
    const int n = m->chunkCount();
    for (int i = 0; i < n && i < 4096; ++i) {
        const ChunkRef c = m->chunk(i);
        if (!c.isValid() || c.length <= 0 || c.length > kMaxChunkSize || c.sha256.size() != kHashSize || c.dataOffset != bytesSeen)
            std::abort();
        bytesSeen += c.length;
    }
    if (n <= 4096 && bytesSeen != m->totalBytes())
        std::abort();
    if (m->chunk(n).isValid())
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    check(input);
    auto e = decodeEnvelope(input);
    if (e) {
        if (e->signature.size() != 64 || e->key.isNull())
            std::abort();
        check(e->manifest);
        // No key is trusted: the envelope must be refused, whatever it holds.
        if (openManifest(input, {}))
            std::abort();
        (void)openManifestSelfSigned(input);
    } else if (e.errorString().isEmpty()) {
        std::abort();
    }
    return 0;
}
