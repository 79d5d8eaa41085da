#!/usr/bin/env bash
# `fabric cables` on a fabric of 1,000,000 cables: wall time with -Xmx256m, JVM start included
# (cabling.md: a million-cable fabric is written in constant memory; issue 13: <= 3 s on the
# project's 2-core machine). Not run in CI.
# Usage: bench/cables.sh        (RUNS=5 by default; builds the jar through ./fabric if needed)
# Prints the median and fastest of RUNS runs, the peak resident memory, and checks the cut sheet:
# 1,000,000 rows whose strands add up to `fabric report`'s fibers.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/fabric" rules >/dev/null
jar="$root/cli/target/fabric.jar"
runs="${RUNS:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# 62,500 servers x 8 NICs into twin-port leaf cages (500,000 cables, legs at the leaf end), and
# 1,000 leaves x 500 uplinks striped over 500 spines (500,000 cables): 1,000,000 cables.
cat > "$work/million.fabric" <<'FAB'
fabric million-cables {
  pue 1.3
}
rack compute { count 15625; height 42U; power 45kW }
rack network { count 250; height 42U }
tier gpu { count 62500; rack compute; height 8U; power 10.2kW; port nic: 8 x OSFP 400G }
tier leaf { count 1000; rack network; height 16U; power 2kW; port down: 256 x OSFP 800G; port up: 500 x OSFP 800G }
tier spine { count 500; rack network; height 32U; power 4kW; port down: 1000 x OSFP 800G }
link gpu.nic -> leaf.down { module OSFP-400G-DR4 -> OSFP-800G-2DR4; fiber OS2; length 50m }
link leaf.up -> spine.down { module OSFP-800G-DR8; fiber OS2; length 300m }
FAB

source "$root/bench/measure.sh"
cut_sheet=(cables "$work/million.fabric" --output "$work/cables.csv")

echo "fabric cables, 1,000,000 cables, $runs runs each (load average: $(cut -d' ' -f1-3 /proc/loadavg)):"
measure "java -Xmx256m -jar fabric.jar" java -Xmx256m -jar "$jar" "${cut_sheet[@]}"
measure "java -Xmx256m + ./fabric's options (C1, SerialGC)" java -Xmx256m -Xss8m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$jar" "${cut_sheet[@]}"
# Constant memory: the same million cables fit a heap a fifth the size.
measure "java -Xmx48m -jar fabric.jar" java -Xmx48m -jar "$jar" "${cut_sheet[@]}"

rows=$(( $(wc -l < "$work/cables.csv") - 1 ))
strands=$(awk -F, 'NR > 1 { s += $NF } END { printf "%d", s }' "$work/cables.csv")
fibers=$(java -jar "$jar" report --format json "$work/million.fabric" | python3 -c 'import json,sys; print(json.load(sys.stdin)["fibers"])')
echo "  cut sheet: $rows rows, $(du -m "$work/cables.csv" | cut -f1) MB, $strands strands (report: $fibers fibers)"
[ "$rows" -eq 1000000 ] && [ "$strands" -eq "$fibers" ] || { echo "cut sheet check failed" >&2; exit 1; }
