#!/usr/bin/env bash
# Distribution benchmark (issue 5): lesson material to a room, compared with one raw socat copy over the same link.
#
#   (a) 256 MiB to 1 receiver over a 200 Mbit/s link:    tafelctl distribute time / raw socat copy time  (goal <= 1.05)
#   (b) 256 MiB to 10 receivers, every host (sender too) behind its own 100 Mbit/s link:
#       tafelctl distribute time / one raw socat copy to one receiver                              (goal <= 1.3)
#
# Topology (built per scenario, removed on exit): a "switch" network namespace with a Linux bridge; the sender and
# every receiver live in a namespace of their own, each joined to the bridge by a veth pair that is shaped with
# `tc tbf` in both directions (host side: upload, switch side: download). 10.205.0.1 is the sender, 10.205.0.11...
# the receivers. Each receiver is a real tafel-agent (own data dir, the bench teacher key trusted, --listen
# <ip>:4450), pinned with `tafelctl agent enroll --fingerprint` (the fingerprint the agent logs).
# The shaping is checked first: the socat copy's goodput must match the configured rate (minus TCP/IP headers).
#
# tbf bucket: 4 ms at the rate, at least 128 KiB. A bucket smaller than one 64 KiB GSO packet makes tbf cut every
# packet into 1514-byte frames in software, so the 11 emulated hosts' per-frame network work (which real NICs do in
# hardware, TSO/GRO, on 11 separate machines) lands on this machine's CPUs and the figure measures the emulator, not
# the protocol. The rate is the same either way (the shaping check proves it); `--burst 50000` gives the old,
# frame-cutting shaping for comparison.
#
# Usage: tests/bench/distribution/bench.sh [--build DIR] [--size MIB] [--receivers N] [--only a|b] [--burst BYTES]
#                                          [--work DIR] [--json FILE] [--unicast] [--keep] [--check] [--help]
#   or:  installer/dev.sh bench distribution
# --burst sets the smallest tbf bucket in bytes (default 131072; see above).
# --unicast also times (b) with `distribute --no-relay` (the sender feeds every receiver itself: ~N x one copy).
# Needs root, `ip netns`, `tc`, socat; without them it says so and exits 0. --check validates the options and the
# prerequisites, prints the plan and exits without touching the network (ctest runs it).
# Exit: 0 done (figures printed; never judged) or skipped, 1 a step failed, 2 bad usage.
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$script_dir/../../.." && pwd)

build=${TAFEL_BUILD_DIR:-$root/build}
size_mib=256
receivers_b=10
rate_a=200
rate_b=100
only=""
work=""
json_out=""
keep=0
check=0
unicast=0
distribute_args=()
port=4450
raw_port=5001
min_burst=131072

usage() {
    sed -n '2,28p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

die_usage() {
    echo "bench distribution: $*" >&2
    echo "Run with --help for the options." >&2
    exit 2
}

need_value() {
    [ $# -ge 2 ] && [ -n "$2" ] || die_usage "$1 needs a value"
}

while [ $# -gt 0 ]; do
    case "$1" in
    --build) need_value "$@"; build=$2; shift 2 ;;
    --size) need_value "$@"; size_mib=$2; shift 2 ;;
    --receivers) need_value "$@"; receivers_b=$2; shift 2 ;;
    --only) need_value "$@"; only=$2; shift 2 ;;
    --burst) need_value "$@"; min_burst=$2; shift 2 ;;
    --work) need_value "$@"; work=$2; shift 2 ;;
    --json) need_value "$@"; json_out=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    --unicast) unicast=1; shift ;;
    --check | --dry-run) check=1; shift ;;
    -h | --help) usage; exit 0 ;;
    *) die_usage "unknown option '$1'" ;;
    esac
done

[[ $size_mib =~ ^[1-9][0-9]*$ ]] && [ "$size_mib" -le 65536 ] || die_usage "--size must be 1..65536 (MiB), not '$size_mib'"
[[ $receivers_b =~ ^[1-9][0-9]*$ ]] && [ "$receivers_b" -le 200 ] || die_usage "--receivers must be 1..200, not '$receivers_b'"
case "$only" in "" | a | b) ;; *) die_usage "--only must be a or b, not '$only'" ;; esac
[[ $min_burst =~ ^[1-9][0-9]*$ ]] && [ "$min_burst" -ge 1600 ] && [ "$min_burst" -le 16777216 ] ||
    die_usage "--burst must be 1600..16777216 (bytes), not '$min_burst'"

# tbf: bucket = 4 ms at the rate, at least --burst bytes (default 128 KiB: two GSO packets), queue for 50 ms.
tbf_burst() {
    local burst=$(($1 * 1000 / 8 * 4))
    [ $burst -ge "$min_burst" ] || burst=$min_burst
    echo "$burst"
}
tbf_args() {
    echo "rate ${1}mbit burst $(tbf_burst "$1") latency 50ms"
}
[ -n "$json_out" ] || json_out=$build/tests/bench/bench_distribution.json

tafelctl=$build/app/tafelctl/tafelctl
agent=$build/app/tafel-agent/tafel-agent

# --- prerequisites: a missing one skips (exit 0) with the reason ----------------------------------------------
skip_reason=""
if [ "$(id -u)" -ne 0 ]; then
    skip_reason="needs root for network namespaces and tc (run it as root)"
elif ! command -v ip >/dev/null 2>&1 || ! ip netns list >/dev/null 2>&1; then
    skip_reason="'ip netns' is not available (iproute2)"
elif ! command -v tc >/dev/null 2>&1; then
    skip_reason="'tc' is not available (iproute2)"
elif ! command -v socat >/dev/null 2>&1; then
    skip_reason="socat is not installed (apt-get install socat)"
fi

scenarios=()
[ "$only" = "b" ] || scenarios+=(a)
[ "$only" = "a" ] || scenarios+=(b)

if [ $check -eq 1 ]; then
    echo "bench distribution --check:"
    echo "  payload ${size_mib} MiB; scenarios: ${scenarios[*]}"
    for s in "${scenarios[@]}"; do
        if [ "$s" = a ]; then
            echo "  (a) 1 receiver at ${rate_a} Mbit/s (tbf bucket $(tbf_burst "$rate_a") bytes): distribute / raw socat copy (goal <= 1.05)"
        else
            echo "  (b) ${receivers_b} receivers, every link ${rate_b} Mbit/s (tbf bucket $(tbf_burst "$rate_b") bytes): distribute / one raw copy (goal <= 1.3)"
        fi
    done
    for bin in "$tafelctl" "$agent"; do
        if [ -x "$bin" ]; then echo "  found $bin"; else echo "  missing $bin (build it first)"; fi
    done
    if [ -n "$skip_reason" ]; then
        echo "  a real run would skip: $skip_reason"
    else
        echo "  prerequisites present (root, ip netns, tc, socat)"
    fi
    echo "  results would go to $json_out"
    exit 0
fi

if [ -n "$skip_reason" ]; then
    echo "bench distribution: skipped: $skip_reason"
    exit 0
fi
for bin in "$tafelctl" "$agent"; do
    [ -x "$bin" ] || { echo "bench distribution: $bin not found; build first (ninja -C $build tafelctl tafel-agent)" >&2; exit 1; }
done

# --- state and cleanup ------------------------------------------------------------------------------------------
ns_prefix=tdist
own_work=0
if [ -z "$work" ]; then
    # Receivers write size x N bytes; keep it off /tmp when that is a small tmpfs.
    work=$(mktemp -d "${TMPDIR:-/var/tmp}/tafel-bench-dist.XXXXXX")
    own_work=1
fi
mkdir -p "$work"
work=$(cd "$work" && pwd)
pids=()
agent_pids=()

delete_namespaces() {
    local ns
    for ns in $(ip netns list 2>/dev/null | awk '{print $1}' | grep "^${ns_prefix}-" || true); do
        ip netns del "$ns" 2>/dev/null || true
    done
}

stop_processes() {
    local p
    for p in "${pids[@]}"; do
        kill "$p" 2>/dev/null || true
    done
    for p in "${pids[@]}"; do
        wait "$p" 2>/dev/null || true
    done
    pids=()
}

cleanup() {
    stop_processes
    delete_namespaces
    if [ $keep -eq 0 ] && [ $own_work -eq 1 ]; then
        rm -rf "$work"
    elif [ $keep -eq 1 ]; then
        echo "bench distribution: kept $work"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

fail() {
    echo "bench distribution: $*" >&2
    exit 1
}

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }

host_ip() { # 0 = sender, i = receiver i
    if [ "$1" -eq 0 ]; then echo 10.205.0.1; else echo "10.205.0.$((10 + $1))"; fi
}
host_ns() {
    if [ "$1" -eq 0 ]; then echo "${ns_prefix}-snd"; else echo "${ns_prefix}-r$1"; fi
}

# build_topology N MBIT: switch namespace with a bridge, sender + N receivers, every veth shaped both ways.
build_topology() {
    local n=$1 mbit=$2 i ns ip
    delete_namespaces
    local sw=${ns_prefix}-sw
    ip netns add "$sw"
    ip -n "$sw" link set lo up
    ip -n "$sw" link add br0 type bridge
    ip -n "$sw" link set br0 up
    for i in $(seq 0 "$n"); do
        ns=$(host_ns "$i")
        ip=$(host_ip "$i")
        ip netns add "$ns"
        ip -n "$ns" link set lo up
        ip link add "h$i" netns "$ns" type veth peer name "p$i" netns "$sw"
        ip -n "$ns" addr add "$ip/24" dev "h$i"
        ip -n "$ns" link set "h$i" up
        ip -n "$sw" link set "p$i" master br0
        ip -n "$sw" link set "p$i" up
        ip netns exec "$ns" tc qdisc add dev "h$i" root tbf $(tbf_args "$mbit")
        ip netns exec "$sw" tc qdisc add dev "p$i" root tbf $(tbf_args "$mbit")
    done
}

wait_listening() { # ns port
    local t
    for t in $(seq 1 100); do
        ip netns exec "$1" ss -Hltn "sport = :$2" 2>/dev/null | grep -q LISTEN && return 0
        sleep 0.05
    done
    return 1
}

# raw_copy RECEIVER: one socat copy of the payload from the sender to receiver i; sets raw_seconds. (No command
# substitution here or below: the background PIDs must land in this shell's list for the cleanup.)
raw_copy() {
    local i=$1
    local ns
    ns=$(host_ns "$i")
    local out=$work/raw-r$i.bin
    rm -f "$out"
    ip netns exec "$ns" socat -u "TCP-LISTEN:$raw_port,reuseaddr" "OPEN:$out,creat,trunc" &
    local rpid=$!
    pids+=("$rpid")
    wait_listening "$ns" "$raw_port" || fail "socat did not listen in $ns"
    local t0 t1
    t0=$(now)
    ip netns exec "$(host_ns 0)" socat -u "OPEN:$payload_file" "TCP:$(host_ip "$i"):$raw_port" ||
        fail "socat copy to receiver $i failed"
    wait "$rpid" || fail "socat receiver in $ns failed"
    t1=$(now)
    local got
    got=$(stat -c %s "$out")
    [ "$got" -eq "$payload_bytes" ] || fail "socat copy to receiver $i delivered $got of $payload_bytes bytes"
    rm -f "$out"
    raw_seconds=$(elapsed "$t0" "$t1")
}

# Expected seconds for one copy at MBIT when tbf counts Ethernet frames: 1448 payload bytes per 1514-byte frame
# (MTU 1500, TCP timestamps).
expected_seconds() {
    awk -v b="$payload_bytes" -v m="$1" 'BEGIN { printf "%.2f", b * 8 / (m * 1e6 * 1448 / 1514) }'
}

check_shaping() { # seconds mbit
    local got=$1 mbit=$2 want
    want=$(expected_seconds "$mbit")
    local dev
    dev=$(awk -v g="$got" -v w="$want" 'BEGIN { d = (g - w) / w; if (d < 0) d = -d; printf "%.3f", d }')
    echo "  shaping check: raw copy ${got} s, expected ${want} s at ${mbit} Mbit/s (deviation $(awk -v d="$dev" 'BEGIN { printf "%.1f", d * 100 }') %)"
    if awk -v d="$dev" 'BEGIN { exit !(d > 0.10) }'; then
        fail "the shaped link does not run at ${mbit} Mbit/s (raw copy ${got} s, expected ${want} s); figures would be meaningless"
    fi
}

# start_agents N: one tafel-agent per receiver namespace, trusted key, pinned in the sender's pin file.
start_agents() {
    local n=$1 i ns ip dir log fp t
    for i in $(seq 1 "$n"); do
        ns=$(host_ns "$i")
        ip=$(host_ip "$i")
        dir=$work/agents/r$i
        rm -rf "$dir"
        mkdir -p "$dir/data"
        cp "$teacher_pub" "$dir/data/trusted-keys"
        cat >"$dir/agent.conf" <<EOF
[Agent]
Name=bench-r$i
Room=Bench
DataDir=$dir/data
Listen=$ip:$port
EOF
        log=$dir/agent.log
        ip netns exec "$ns" "$agent" --config "$dir/agent.conf" --lang en >"$log" 2>&1 &
        pids+=("$!")
        agent_pids[$i]=$!
    done
    for i in $(seq 1 "$n"); do
        log=$work/agents/r$i/agent.log
        fp=""
        for t in $(seq 1 200); do
            fp=$(sed -n 's/.*certificate fingerprint \([0-9A-Fa-f:]*\).*/\1/p' "$log" | head -n 1)
            [ -n "$fp" ] && break
            sleep 0.05
        done
        [ -n "$fp" ] || fail "agent r$i did not start: $(tail -n 5 "$log")"
        ip netns exec "$(host_ns 0)" "$tafelctl" agent enroll "$(host_ip "$i"):$port" --key "$teacher_key" --fingerprint "$fp" \
            >>"$work/enroll.log" 2>&1 || fail "enrolling agent r$i failed: $(tail -n 3 "$work/enroll.log")"
    done
}

# distribute N: tafelctl distribute the package to receivers 1..N from the sender namespace; sets dist_seconds.
distribute() {
    local n=$1 i
    local hosts=()
    for i in $(seq 1 "$n"); do
        hosts+=("$(host_ip "$i"):$port")
    done
    local t0 t1 to agents0 agents1 cpu0 cpu1 rc=0
    to=$(IFS=,; echo "${hosts[*]}")
    agents0=$(agents_cpu "$n")
    cpu0=$(machine_cpu)
    t0=$(now)
    # tafelctl's own CPU time comes from bash's `time` (user + sys of the child).
    local TIMEFORMAT='%U %S'
    { time ip netns exec "$(host_ns 0)" "$tafelctl" --json distribute "$package_file" --key "$teacher_key" --to "$to" "${distribute_args[@]}" \
        >"$work/distribute-$n.json" 2>"$work/distribute-$n.err" || rc=$?; } 2>"$work/distribute-$n.time"
    t1=$(now)
    cpu1=$(machine_cpu)
    agents1=$(agents_cpu "$n")
    [ $rc -eq 0 ] || fail "tafelctl distribute to $n receiver(s) failed: $(tail -n 5 "$work/distribute-$n.err")"
    dist_seconds=$(elapsed "$t0" "$t1")
    # Where the CPU went: the sender, the receivers together, and how busy the whole machine was meanwhile.
    dist_cpu_sender=$(awk '{ printf "%.1f", $1 + $2 }' "$work/distribute-$n.time")
    dist_cpu_agents=$(awk -v a="$agents0" -v b="$agents1" 'BEGIN { printf "%.1f", b - a }')
    dist_machine_busy=$(awk -v a="$cpu0" -v b="$cpu1" 'BEGIN { split(a, x, " "); split(b, y, " "); printf "%.0f", 100 * ((y[1] - x[1]) - (y[2] - x[2])) / (y[1] - x[1]) }')
    echo "  CPU during distribute: sender ${dist_cpu_sender} s, ${n} agent(s) ${dist_cpu_agents} s, machine $(nproc) CPUs ${dist_machine_busy} % busy (load $(cut -d' ' -f1 /proc/loadavg))"
}

# CPU seconds (user + sys) the running agents 1..N have used so far.
agents_cpu() {
    local n=$1 i total=0 ticks
    ticks=$(getconf CLK_TCK)
    for i in $(seq 1 "$n"); do
        local stat
        stat=$(cat "/proc/${agent_pids[$i]}/stat" 2>/dev/null) || continue
        stat=${stat##*) } # fields after "(comm) "; utime and stime are fields 14 and 15 overall, 12 and 13 here
        total=$(awk -v t="$total" -v s="$stat" -v hz="$ticks" 'BEGIN { split(s, f, " "); printf "%.2f", t + (f[12] + f[13]) / hz }')
    done
    echo "$total"
}

# "total idle" jiffies of the whole machine (/proc/stat line "cpu"); idle includes iowait.
machine_cpu() {
    awk '/^cpu / { t = 0; for (i = 2; i <= NF; i++) t += $i; print t, $5 + $6; exit }' /proc/stat
}

# verify_received N: every receiver's agent lists the package as complete with all bytes.
verify_received() {
    local n=$1 i
    for i in $(seq 1 "$n"); do
        # Finished packages only: <material>/<package-id>/ (staging lives under the hidden .staging/).
        local material=$work/agents/r$i/data/material
        local got="" f
        for f in "$material"/*/payload.bin; do
            [ -f "$f" ] && got=$(stat -c %s "$f")
        done
        [ "$got" = "$payload_bytes" ] || fail "receiver r$i has no complete payload.bin under $material (got '${got:-nothing}')"
    done
}

# --- run --------------------------------------------------------------------------------------------------------
export TAFEL_DB=$work/tafel.db
payload_dir=$work/payload
payload_file=$payload_dir/payload.bin
payload_bytes=$((size_mib * 1024 * 1024))
package_file=$work/payload.tafelpkg
mkdir -p "$payload_dir" "$work/keys"

echo "bench distribution: work dir $work, payload ${size_mib} MiB, $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)"
head -c "$payload_bytes" /dev/urandom >"$payload_file"

"$tafelctl" keys create --role teacher --out "$work/keys" --name bench >/dev/null || fail "tafelctl keys create failed"
teacher_key=$work/keys/tafel-teacher.pem
teacher_pub=$work/keys/tafel-teacher.pub

t0=$(now)
"$tafelctl" package create "$payload_dir" --key "$teacher_key" --out "$package_file" >"$work/package.log" 2>&1 ||
    fail "tafelctl package create failed: $(tail -n 5 "$work/package.log")"
package_seconds=$(elapsed "$t0" "$(now)")

declare -A res
for s in "${scenarios[@]}"; do
    if [ "$s" = a ]; then n=1; mbit=$rate_a; else n=$receivers_b; mbit=$rate_b; fi
    echo "($s) ${n} receiver(s), every link ${mbit} Mbit/s"
    build_topology "$n" "$mbit"
    raw_copy 1
    raw=$raw_seconds
    check_shaping "$raw" "$mbit"
    res[$s.receivers]=$n
    res[$s.mbit]=$mbit
    res[$s.burst]=$(tbf_burst "$mbit")
    res[$s.raw]=$raw
    res[$s.expected]=$(expected_seconds "$mbit")
    start_agents "$n"
    distribute "$n"
    dist=$dist_seconds
    verify_received "$n"
    res[$s.dist]=$dist
    res[$s.cpu_sender]=$dist_cpu_sender
    res[$s.cpu_agents]=$dist_cpu_agents
    res[$s.busy]=$dist_machine_busy
    res[$s.ratio]=$(ratio "$dist" "$raw")
    echo "  raw socat copy ${raw} s, tafelctl distribute ${dist} s: ratio ${res[$s.ratio]}"
    # The CPU the receivers needed for this package, spread over the raw copy time: more than the machine's
    # CPUs means one box cannot play N receivers at link rate (in a classroom every receiver has its own CPU).
    res[$s.cores_needed]=$(awk -v c="$dist_cpu_agents" -v r="$raw" 'BEGIN { printf "%.2f", c / r }')
    echo "  receivers' CPU: $(awk -v c="$dist_cpu_agents" -v n="$n" -v m="$size_mib" 'BEGIN { printf "%.1f", 1000 * c / n / m }') ms per MiB per receiver;" \
        "at link rate they would need ${res[$s.cores_needed]} of this machine's $(nproc) CPUs"
    if [ "$s" = b ] && [ $unicast -eq 1 ]; then
        stop_processes
        start_agents "$n" # fresh data dirs: nothing to resume
        distribute_args=(--no-relay)
        distribute "$n"
        distribute_args=()
        verify_received "$n"
        res[$s.unicast]=$dist_seconds
        res[$s.unicast_ratio]=$(ratio "$dist_seconds" "$raw")
        echo "  plain unicast (distribute --no-relay) ${dist_seconds} s: ratio ${res[$s.unicast_ratio]}"
    fi
    stop_processes
    delete_namespaces
done

# --- report -----------------------------------------------------------------------------------------------------
echo
printf '%-10s %-10s %-10s %-12s %-14s %-8s %s\n' scenario receivers "link" "raw copy" "distribute" ratio goal
for s in "${scenarios[@]}"; do
    goal=1.05
    [ "$s" = b ] && goal=1.3
    printf '%-10s %-10s %-10s %-12s %-14s %-8s %s\n' "($s)" "${res[$s.receivers]}" "${res[$s.mbit]} Mbit/s" "${res[$s.raw]} s" \
        "${res[$s.dist]:-n/a}${res[$s.dist]:+ s}" "${res[$s.ratio]:-n/a}" "<= $goal"
done
[ -n "${res[b.unicast]:-}" ] && echo "(b) plain unicast for comparison: ${res[b.unicast]} s, ratio ${res[b.unicast_ratio]}"
echo "package create (hashing + signing ${size_mib} MiB, not in the ratios): ${package_seconds} s"

mkdir -p "$(dirname "$json_out")"
{
    echo "{"
    echo "  \"payload_bytes\": $payload_bytes,"
    echo "  \"cpus\": $(nproc),"
    echo "  \"loadavg\": \"$(cut -d' ' -f1-3 /proc/loadavg)\","
    echo "  \"package_create_seconds\": $package_seconds,"
    echo "  \"scenarios\": {"
    first=1
    for s in "${scenarios[@]}"; do
        [ $first -eq 1 ] || echo ","
        first=0
        goal=1.05
        [ "$s" = b ] && goal=1.3
        printf '    "%s": {"receivers": %s, "link_mbit": %s, "tbf_burst_bytes": %s, "raw_seconds": %s, "raw_expected_seconds": %s, "distribute_seconds": %s, "ratio": %s, "goal": %s, "unicast_seconds": %s, "unicast_ratio": %s, "sender_cpu_seconds": %s, "agents_cpu_seconds": %s, "machine_busy_percent": %s, "agents_cores_at_link_rate": %s}' \
            "$s" "${res[$s.receivers]}" "${res[$s.mbit]}" "${res[$s.burst]}" "${res[$s.raw]}" "${res[$s.expected]}" "${res[$s.dist]:-null}" "${res[$s.ratio]:-null}" "$goal" \
            "${res[$s.unicast]:-null}" "${res[$s.unicast_ratio]:-null}" "${res[$s.cpu_sender]:-null}" "${res[$s.cpu_agents]:-null}" "${res[$s.busy]:-null}" "${res[$s.cores_needed]:-null}"
    done
    echo
    echo "  }"
    echo "}"
} >"$json_out"
echo "results: $json_out"
