#!/usr/bin/env bash
# Developer entry point. The README's two commands:
#   installer/dev.sh demo   build and start Tafel on the demo school (SQLite, simulated displays on loopback)
#   installer/dev.sh test   build and run the whole test suite (ctest)
# Further verbs: build, bench [filter] (e.g. bench distribution; tests/bench/run.sh), sanitize (ASan+UBSan suite),
# fuzz (clang libFuzzer build), lupdate.
# Both install missing Debian packages first (apt-get, only what is missing), then configure with Ninja into
# build/ (TAFEL_BUILD_DIR overrides) and build. Extra CMake flags: TAFEL_CMAKE_ARGS="-D...".
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${TAFEL_BUILD_DIR:-$root/build}
verb=${1:-}
[ $# -gt 0 ] && shift

# Build and run-time dependencies, all from Debian 12.
deps=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev libgl-dev libvulkan-dev libxkbcommon-dev
    libssl-dev
    libvlc-dev
    qt6-translations-l10n
)
# What the tests drive for real.
test_deps=(vlc-plugin-base iperf3 fping prometheus-pushgateway dpkg-dev fakeroot lintian appstream desktop-file-utils openssl iproute2 binutils socat)

install_missing() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "dev.sh: installing missing Debian packages: ${missing[*]}" >&2
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    local dir=$1; shift
    local launcher=()
    command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    local werror=()
    [ "${CI:-}" = "true" ] && werror=(-DTAFEL_WERROR=ON)
    # shellcheck disable=SC2086
    cmake -S "$root" -B "$dir" -G Ninja "${launcher[@]}" "${werror[@]}" "$@" ${TAFEL_CMAKE_ARGS:-}
    cmake --build "$dir" --parallel "$(nproc)"
}

run_ctest() {
    local dir=$1; shift
    cd "$dir"
    ctest --output-on-failure --parallel "$(nproc)" "$@"
}

case "$verb" in
demo)
    install_missing "${deps[@]}"
    configure_and_build "$build"
    exec "$build/app/tafel/tafel" --demo "$@"
    ;;
build)
    install_missing "${deps[@]}"
    configure_and_build "$build"
    ;;
test)
    install_missing "${deps[@]}" "${test_deps[@]}"
    configure_and_build "$build"
    run_ctest "$build" "$@"
    ;;
sanitize)
    install_missing "${deps[@]}" "${test_deps[@]}"
    configure_and_build "${TAFEL_BUILD_DIR:-$root/build-asan}" -DTAFEL_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1} UBSAN_OPTIONS=print_stacktrace=1 \
        run_ctest "${TAFEL_BUILD_DIR:-$root/build-asan}" "$@"
    ;;
fuzz)
    # clang + libFuzzer + ASan/UBSan; builds only the harnesses (tests labelled "fuzz") and runs each for a
    # bounded number of inputs. Longer runs: build-fuzz/tests/fuzz/fuzz_pjlink -max_total_time=600 CORPUS_DIR
    install_missing "${deps[@]}" clang libclang-rt-14-dev
    fdir=${TAFEL_BUILD_DIR:-$root/build-fuzz}
    cmake -S "$root" -B "$fdir" -G Ninja -DTAFEL_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug ${TAFEL_CMAKE_ARGS:-}
    mapfile -t targets < <(cd "$fdir" && ctest -N -L fuzz | sed -n 's/^ *Test *#[0-9]*: //p')
    cmake --build "$fdir" --parallel "$(nproc)" --target "${targets[@]}"
    run_ctest "$fdir" -L fuzz "$@"
    ;;
bench)
    install_missing "${deps[@]}" "${test_deps[@]}"
    configure_and_build "$build" -DCMAKE_BUILD_TYPE=Release
    "$root/tests/bench/run.sh" "$build" "$@"
    ;;
lupdate)
    install_missing "${deps[@]}"
    configure_and_build "$build"
    cmake --build "$build" --target tafel_lupdate
    ;;
*)
    echo "usage: installer/dev.sh demo|test|build|bench|sanitize|fuzz|lupdate [args]" >&2
    exit 2
    ;;
esac
