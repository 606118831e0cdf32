#!/usr/bin/env bash
# Benchmark: `socialplan report` (everything `check` does — validate, plan, 20 simulated weeks
# doubled up to 200 while a verdict is too close to call, the suggested-fix search when a target
# misses — then the HTML page) on the three bundled strategies, release build, best of 5
# wall-clock runs each, with the page's size. Targets: under 2 s and under 1 MB.
# Usage: Benchmarks/report-speed.sh [REPLICATIONS=20]   (SOCIALPLAN_BIN=path skips the build)
set -euo pipefail
cd "$(dirname "$0")/.."
replications="${1:-20}"
if [ -n "${SOCIALPLAN_BIN:-}" ]; then
  bin="$SOCIALPLAN_BIN"
else
  swift build -c release --product socialplan >/dev/null
  bin="$(swift build -c release --show-bin-path)/socialplan"
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
echo "cores: $(nproc)"
for file in Strategies/*.yaml; do
  page="$out/$(basename "$file" .yaml).html"
  best=""
  for run in 1 2 3 4 5; do
    start=$(date +%s.%N)
    "$bin" report "$file" --week 2026-W49 --replications "$replications" -o "$page" 2>/dev/null || true
    end=$(date +%s.%N)
    t=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')
    if [ -z "$best" ] || awk -v t="$t" -v b="$best" 'BEGIN { exit !(t < b) }'; then best=$t; fi
  done
  # The same run without the page: what the HTML adds to check.
  check=""
  for run in 1 2 3 4 5; do
    start=$(date +%s.%N)
    "$bin" check "$file" --week 2026-W49 --replications "$replications" > /dev/null 2>&1 || true
    end=$(date +%s.%N)
    t=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')
    if [ -z "$check" ] || awk -v t="$t" -v b="$check" 'BEGIN { exit !(t < b) }'; then check=$t; fi
  done
  echo "$file: report best of 5 ${best}s (check alone ${check}s), page $(wc -c < "$page") bytes"
done
