#!/usr/bin/env bash
# Runs every benchmark against a Release build: tests/bench/run.sh BUILD_DIR [name-filter]
# The compiled ones are build/tests/bench/bench_*; script benchmarks are tests/bench/<name>/bench.sh (run as
# bench_<name>, e.g. the distribution benchmark: tests/bench/run.sh BUILD distribution).
set -euo pipefail
build=$1; filter=${2:-}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
found=0
for b in "$build"/tests/bench/bench_*; do
    [ -x "$b" ] && [ -f "$b" ] || continue
    case "$(basename "$b")" in *"$filter"*) ;; *) continue ;; esac
    found=1
    echo "== $(basename "$b")"
    "$b"
done
for s in "$here"/*/bench.sh; do
    [ -x "$s" ] || continue
    name=bench_$(basename "$(dirname "$s")")
    case "$name" in *"$filter"*) ;; *) continue ;; esac
    found=1
    echo "== $name"
    "$s" --build "$build"
done
[ $found -eq 1 ] || echo "no benchmark matched '$filter'"
