// Replays a libFuzzer harness over its seed corpus when the build is not a -DTAFEL_FUZZ=ON clang build,
// so every harness compiles and its seeds run as an ordinary CTest test.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    int runs = 0;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path root(argv[i]);
        if (!std::filesystem::exists(root)) {
            std::fprintf(stderr, "corpus %s does not exist\n", argv[i]);
            return 1;
        }
        std::vector<std::filesystem::path> files;
        if (std::filesystem::is_directory(root)) {
            for (const auto &e : std::filesystem::recursive_directory_iterator(root))
                if (e.is_regular_file())
                    files.push_back(e.path());
        } else {
            files.push_back(root);
        }
        for (const auto &f : files) {
            std::ifstream in(f, std::ios::binary);
            std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            LLVMFuzzerTestOneInput(bytes.data(), bytes.size());
            ++runs;
        }
    }
    // Empty input and a few edge sizes always run too.
    LLVMFuzzerTestOneInput(nullptr, 0);
    std::printf("replayed %d corpus inputs\n", runs);
    return runs > 0 ? 0 : 1;
}
