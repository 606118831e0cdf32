# Shared by the benchmark scripts that time the release binary; `source` it from the package root.

# socialplan_bin: the release binary to time — $SOCIALPLAN_BIN when set, else built now.
socialplan_bin() {
  if [ -n "${SOCIALPLAN_BIN:-}" ]; then echo "$SOCIALPLAN_BIN"; return; fi
  swift build -c release --product socialplan >/dev/null
  echo "$(swift build -c release --show-bin-path)/socialplan"
}

# best_of N COMMAND…: runs COMMAND N times (its output discarded, a failing exit code ignored:
# `check` exits 1 on a missed target) and prints the best wall-clock time in seconds.
best_of() {
  local n="$1" best="" t start end run
  shift
  for ((run = 1; run <= n; run++)); do
    start=$(date +%s.%N)
    "$@" > /dev/null 2>&1 || true
    end=$(date +%s.%N)
    t=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')
    if [ -z "$best" ] || awk -v t="$t" -v b="$best" 'BEGIN { exit !(t < b) }'; then best=$t; fi
  done
  echo "$best"
}
