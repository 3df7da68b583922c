#!/bin/sh
# Syntax check of tafel.nsi with makensis and placeholder files (the real Windows build is not possible here).
# Exit 77 (skip) when makensis (package nsis) is missing.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
if ! command -v makensis >/dev/null 2>&1; then
    echo "check-nsis.sh: makensis is not installed (package nsis); skipping." >&2
    exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for part in common desktop agent; do
    mkdir -p "$work/stage/$part"
done
: >"$work/stage/common/tafelctl.exe"
: >"$work/stage/desktop/tafel.exe"
: >"$work/stage/agent/tafel-agent.exe"
: >"$work/stage/agent.ini"
cd "$work"
# Options apply in order: the OutFile given after the script wins over the script's own.
makensis -V2 -WX -DSTAGE="$work/stage" -DVERSION=0.0.0 "$here/tafel.nsi" -XOutFile\ "$work/tafel-check.exe"
test -s "$work/tafel-check.exe"
echo "check-nsis.sh: tafel.nsi compiles."
