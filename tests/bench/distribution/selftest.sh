#!/usr/bin/env bash
# ctest for the distribution benchmark script (not the benchmark itself, which needs minutes and root):
# --check parses and prints the plan, bad options exit 2, and an unprivileged run skips cleanly with exit 0.
# Usage: selftest.sh BUILD_DIR
set -uo pipefail
bench=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/bench.sh
build=$1
failures=0
expect() { # description, wanted exit code, wanted text (grep -E), command...
    local what=$1 code=$2 text=$3
    shift 3
    local out rc
    out=$("$@" 2>&1)
    rc=$?
    if [ "$rc" -ne "$code" ] || ! grep -qE -- "$text" <<<"$out"; then
        echo "FAIL: $what: exit $rc (want $code), output:"
        sed 's/^/    /' <<<"$out"
        failures=$((failures + 1))
    else
        echo "ok: $what"
    fi
}

expect "--check prints the plan" 0 'goal <= 1\.3' "$bench" --check --build "$build"
expect "--check names the receivers" 0 '\(b\) 4 receivers' "$bench" --check --build "$build" --receivers 4 --only b
expect "--help" 0 'Usage:' "$bench" --help
expect "unknown option" 2 "unknown option '--bogus'" "$bench" --bogus
expect "bad size" 2 '--size must be' "$bench" --size 12x
expect "bad scenario" 2 '--only must be a or b' "$bench" --only c
expect "missing value" 2 '--build needs a value' "$bench" --build
if [ "$(id -u)" -ne 0 ]; then
    expect "unprivileged run skips" 0 'skipped: needs root' "$bench" --build "$build"
elif command -v setpriv >/dev/null 2>&1; then
    expect "unprivileged run skips" 0 'skipped: needs root' \
        setpriv --reuid=65534 --regid=65534 --clear-groups env TMPDIR=/tmp "$bench" --build "$build" --json /dev/null
else
    echo "note: running as root without setpriv; the unprivileged skip is not exercised"
fi
[ $failures -eq 0 ] || { echo "$failures check(s) failed"; exit 1; }
