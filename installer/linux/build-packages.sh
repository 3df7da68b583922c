#!/bin/sh
# Builds the Debian packages of an existing build directory: only the targets the packages hold, then CPack
# (not the whole tree, as the "package" target would). Used by the test fixture installer_build_packages.
#   installer/linux/build-packages.sh [--test-fixture] BUILD_DIR
# Exit 77 (skip) when dpkg-deb or fakeroot are missing, and with --test-fixture also when not root (the
# packaging test that uses the packages runs only as root).
set -eu

fixture=0
if [ "${1:-}" = "--test-fixture" ]; then
    fixture=1
    shift
fi
build=${1:?usage: build-packages.sh [--test-fixture] BUILD_DIR}
if [ "$fixture" = 1 ] && [ "$(id -u)" -ne 0 ]; then
    echo "build-packages.sh: not root, so the packaging test skips; not building the packages." >&2
    exit 77
fi
for tool in dpkg-deb dpkg-shlibdeps fakeroot; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "build-packages.sh: $tool is missing (install dpkg-dev and fakeroot); skipping." >&2
        exit 77
    fi
done
cmake --build "$build" --target tafel tafel-agent tafelctl tafel_package_files
cd "$build"
rm -rf packages/_CPack_Packages
# cpack installs what is built (unlike the "package" target, it does not build the whole tree first).
cpack -G DEB --config CPackConfig.cmake
ls -l packages/*.deb
