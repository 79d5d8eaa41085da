# Sourced by the bench scripts: `measure LABEL COMMAND...` runs COMMAND $runs times (stdout to
# $measure_out, default /dev/null; stderr appended to $work/err) and prints the median and fastest
# wall time and the peak resident memory. Needs $runs and $work.
measure() {
  local label="$1"; shift
  local walls=() rss=0 wall kb
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "${measure_out:-/dev/null}" 2>>"$work/err"
    read -r wall kb < "$work/time"
    walls+=("$wall")
    (( kb > rss )) && rss=$kb
  done
  local sorted median fastest
  sorted=$(printf '%s\n' "${walls[@]}" | sort -n)
  median=$(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p")
  fastest=$(echo "$sorted" | head -1)
  printf '  %-52s median %5.2f s  fastest %5.2f s  peak RSS %4d MB\n' "$label" "$median" "$fastest" $(( rss / 1024 ))
}
