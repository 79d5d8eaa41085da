#!/usr/bin/env bash
# Lint time against file size and against fabric size, with the real CLI jar.
# Usage: bench/lint-scaling.sh   (builds the jar through ./fabric if needed)
# Prints, per generated input, the median of 5 runs of `fabric lint --format json`
# (JVM start included) so that ratios between sizes can be read from one run.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/fabric" rules >/dev/null
jar="$root/cli/target/fabric.jar"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

gen_pods() { # N pods of 4 declarations each (about 25 lines a pod)
  python3 - "$1" > "$2" <<'PY'
import sys
n = int(sys.argv[1])
out = ["fabric big {\n  pue 1.2\n}\n"]
for i in range(n):
    out.append(f"""rack r{i} {{\n  count 2\n  power 30kW\n}}\n
tier gpu{i} {{\n  count 8\n  rack r{i}\n  height 4U\n  power 3kW\n  port nic: 2 x QSFP-DD 400G\n}}\n
tier leaf{i} {{\n  rack r{i}\n  power 500W\n  port down: 16 x QSFP-DD 400G\n}}\n
link gpu{i}.nic -> leaf{i}.down {{\n  module QDD-400G-DR4\n  fiber OS2\n  length 100m\n}}\n""")
print("".join(out))
PY
}

gen_gpus() { # one three-tier fabric of N servers: the same few declarations, bigger counts
  cat > "$2" <<FAB
fabric big {
  pue 1.3
}
rack compute { count $(( $1 / 4 )); height 48U; power 60kW }
tier gpu { count $1; rack compute; height 8U; power 10.2kW; port nic: 8 x OSFP 400G }
tier leaf { count $(( $1 / 4 )); height 2U; power 1200W; port down: 32 x OSFP 800G; port up: 32 x OSFP 800G }
tier spine { count $(( $1 / 4 )); height 2U; power 1200W; port down: 64 x OSFP 800G }
link gpu.nic -> leaf.down { module OSFP-400G-DR4 -> OSFP-800G-2DR4; fiber OS2; length 50m }
link leaf.up -> spine.down { module OSFP-800G-DR8; fiber OS2; length 200m }
FAB
}

median_ms() {
  local times=()
  for _ in 1 2 3 4 5; do
    local s e
    s=$(date +%s%N)
    java -XX:TieredStopAtLevel=1 -jar "$jar" lint --format json "$1" >/dev/null || true
    e=$(date +%s%N)
    times+=($(( (e - s) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 3p
}

echo "file size (pods of 4 declarations):"
for n in 1 500 1000 2000 4000; do
  gen_pods "$n" "$work/pods-$n.fabric"
  printf '  %5d pods %7d lines  %6d ms\n' "$n" "$(wc -l < "$work/pods-$n.fabric")" "$(median_ms "$work/pods-$n.fabric")"
done
echo "fabric size (same declarations, more GPUs):"
for n in 16 1600 12800 128000; do
  gen_gpus "$n" "$work/gpus-$n.fabric"
  printf '  %7d servers (%8d GPUs)  %6d ms\n' "$n" "$(( n * 8 ))" "$(median_ms "$work/gpus-$n.fabric")"
done
