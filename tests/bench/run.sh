#!/usr/bin/env bash
# Runs every benchmark against a Release build: tests/bench/run.sh BUILD_DIR [name-filter]
set -euo pipefail
build=$1; filter=${2:-}
found=0
for b in "$build"/tests/bench/bench_*; do
    [ -x "$b" ] || continue
    case "$(basename "$b")" in *"$filter"*) ;; *) continue ;; esac
    found=1
    echo "== $(basename "$b")"
    "$b"
done
[ $found -eq 1 ] || echo "no benchmark matched '$filter'"
