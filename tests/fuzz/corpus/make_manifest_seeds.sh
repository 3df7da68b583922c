#!/bin/sh
# Regenerates the seed corpus of fuzz_manifest from real packages made by tafelctl:
#   tests/fuzz/corpus/make_manifest_seeds.sh build/app/tafelctl/tafelctl
# Seeds: valid signed envelopes (the bytes after the package file's 16-byte header), the same with one path
# rewritten to an unsafe one of equal length (signature then invalid: the parser still sees it), and the
# bare manifest CBOR.
set -eu
TAFELCTL=${1:?usage: $0 path/to/tafelctl}
OUT=$(dirname "$0")/fuzz_manifest
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
mkdir -p "$OUT" "$T/src/docs" "$T/one"
"$TAFELCTL" keys create --role teacher --out "$T/keys" >/dev/null
printf 'hello' > "$T/src/a.txt"
printf '' > "$T/src/docs/empty"
head -c 2500000 /dev/zero > "$T/src/docs/video.mp4"
printf 'x' > "$T/one/nul_x"
"$TAFELCTL" package create "$T/src" --key "$T/keys/tafel-teacher.pem" --out "$T/a.pkg" --title "Seed A" >/dev/null
"$TAFELCTL" package create "$T/one" --key "$T/keys/tafel-teacher.pem" --out "$T/b.pkg" --title "Seed B" >/dev/null
python3 - "$T" "$OUT" <<'PY'
import struct, sys
t, out = sys.argv[1], sys.argv[2]
def envelope(path):
    data = open(path, 'rb').read()
    (n,) = struct.unpack('>I', data[12:16])
    return data[16:16 + n]
a, b = envelope(t + '/a.pkg'), envelope(t + '/b.pkg')
open(out + '/valid_three_files', 'wb').write(a)
open(out + '/valid_one_file', 'wb').write(b)
for name, old, new in [('unsafe_dotdot', b'a.txt', b'../ab'), ('unsafe_absolute', b'a.txt', b'/etc1'),
                       ('unsafe_backslash', b'a.txt', b'a\\txt'), ('unsafe_duplicate', b'a.txt', b'docs/')]:
    open(out + '/' + name, 'wb').write(a.replace(old, new, 1))
open(out + '/unsafe_device', 'wb').write(b.replace(b'nul_x', b'nul.x', 1))
# The manifest bytes alone: the byte string after the "manifest" key.
i = a.index(b'manifest') + len(b'manifest')
hdr = a[i]
ai = hdr & 0x1f
if ai < 24: n, start = ai, i + 1
elif ai == 24: n, start = a[i + 1], i + 2
elif ai == 25: n, start = struct.unpack('>H', a[i + 1:i + 3])[0], i + 3
else: n, start = struct.unpack('>I', a[i + 1:i + 5])[0], i + 5
open(out + '/manifest_only', 'wb').write(a[start:start + n])
open(out + '/not_cbor', 'wb').write(b'TAFELPKG\x00\x00\x00\x01')
PY
ls "$OUT"
