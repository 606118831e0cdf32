#!/usr/bin/env bash
# Benchmark: the stationary M/M/c simulation (lambda = 200/h, AHT 6 min, 25 agents) in
# socialplan's fast path against Ciw and SimPy on the same workload.
# Usage: Benchmarks/sim-comparison.sh [--ciw N=200000] [--simpy N=1000000]
# Builds release, runs sim-bench (1,000,000 and 10,000,000 mentions, best of 5), installs Ciw and
# SimPy if missing, runs Benchmarks/compare_sim.py and prints the speed ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
ciw=200000
simpy=1000000
while [[ $# -gt 0 ]]; do
  case "$1" in
    --ciw) ciw="$2"; shift 2 ;;
    --simpy) simpy="$2"; shift 2 ;;
    *) echo "usage: $0 [--ciw N] [--simpy N]" >&2; exit 2 ;;
  esac
done
swift build -c release --package-path Benchmarks --product sim-bench >/dev/null
bin="$(swift build -c release --package-path Benchmarks --show-bin-path)/sim-bench"
ours="$("$bin" 1000000 10000000)"
echo "$ours"
python3 -c "import ciw, simpy" 2>/dev/null || python3 -m pip install -q ciw simpy
theirs="$(python3 Benchmarks/compare_sim.py --ciw "$ciw" --simpy "$simpy")"
echo "$theirs"
rate() { grep -e "$1" | sed -n 's/.*rate=\([0-9]*\) mentions\/s.*/\1/p' | head -1; }
swift_rate="$(echo "$ours" | rate 'mentions=1000000 ')"
for lib in ciw simpy; do
  lib_rate="$(echo "$theirs" | rate "^$lib:")"
  if [[ -n "$lib_rate" && "$lib_rate" -gt 0 ]]; then
    awk -v s="$swift_rate" -v o="$lib_rate" -v n="$lib" \
      'BEGIN { printf "socialplan / %s: %.0fx faster (%d vs %d mentions/s)\n", n, s / o, s, o }'
  fi
done
