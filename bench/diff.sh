#!/usr/bin/env bash
# `fabric diff` of two million-cable fabrics: wall time and peak memory with a small heap, JVM
# start included (cabling.md §5 compares the two cable streams; they are walked side by side in
# label order, never held). Not run in CI.
# Usage: bench/diff.sh        (RUNS=3 by default; builds the jar through ./fabric if needed)
# Prints the median and fastest of RUNS runs and the peak resident memory for two changes, and
# checks the counts the JSON gives against the arithmetic of the change.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/fabric" rules >/dev/null
jar="$root/cli/target/fabric.jar"
runs="${RUNS:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The million-cable fabric of bench/cables.sh: 500,000 server cables and 500,000 uplinks.
fabric() { # servers, wiring of the server links
  cat <<FAB
fabric million-cables {
  pue 1.3
}
rack compute { count 15625; height 42U; power 45kW }
rack network { count 250; height 42U }
tier gpu { count $1; rack compute; height 8U; power 10.2kW; port nic: 8 x OSFP 400G }
tier leaf { count 1000; rack network; height 16U; power 2kW; port down: 256 x OSFP 800G; port up: 500 x OSFP 800G }
tier spine { count 500; rack network; height 32U; power 4kW; port down: 1000 x OSFP 800G }
link gpu.nic -> leaf.down { wiring $2; module OSFP-400G-DR4 -> OSFP-800G-2DR4; fiber OS2; length 50m }
link leaf.up -> spine.down { module OSFP-800G-DR8; fiber OS2; length 300m }
FAB
}
fabric 62500 stripe > "$work/old.fabric"
# Servers to the leaf of their own racks: the 500,000 server cables change ends, the uplinks stay.
fabric 62500 block > "$work/rewired.fabric"
# 500 servers more: 4,000 server cables added, and every uplink renumbered (its label now names
# another cable: moved). (Fewer servers would take the total under 1,000,000 and shorten every
# label, C0000001 → C000001: all removed and added.)
fabric 63000 stripe > "$work/more.fabric"

source "$root/bench/measure.sh"
measure_out="$work/diff.json"

check() { # expected "added removed moved"
  local got
  got=$(python3 -c 'import json,sys; c=json.load(open(sys.argv[1]))["cableChanges"]; print(c["added"], c["removed"], c["moved"])' "$work/diff.json")
  echo "    cableChanges (added removed moved): $got"
  [ "$got" = "$1" ] || { echo "expected $1" >&2; exit 1; }
}

echo "fabric diff, 1,000,000 cables a side, $runs runs each (load average: $(cut -d' ' -f1-3 /proc/loadavg)):"
measure "rewired, java -Xmx256m" java -Xmx256m -jar "$jar" diff "$work/old.fabric" "$work/rewired.fabric" --format json
measure "rewired, java -Xmx48m" java -Xmx48m -jar "$jar" diff "$work/old.fabric" "$work/rewired.fabric" --format json
# Block wiring fills leaf-0001 with gpu-00001…00032; striping spread those 256 cables over 256
# leaves. Every server cable but those that land where they were moves.
python3 -c 'import json,sys; c=json.load(open(sys.argv[1]))["cableChanges"]; assert c["added"] == c["removed"] == 0 and 490000 < c["moved"] <= 500000, c' "$work/diff.json"
echo "    cableChanges: $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["cableChanges"])' "$work/diff.json")"
measure "500 servers more, java -Xmx48m" java -Xmx48m -jar "$jar" diff "$work/old.fabric" "$work/more.fabric" --format json
check "4000 0 500000"
