#!/usr/bin/env bash
# Benchmark: `socialplan report` (everything `check` does — validate, plan, 20 simulated weeks
# doubled up to 200 while a verdict is too close to call, the suggested-fix search when a target
# misses — then the HTML page) on the three bundled strategies, release build, best of 5
# wall-clock runs each, with the page's size. Targets: under 2 s and under 1 MB.
# Usage: Benchmarks/report-speed.sh [REPLICATIONS=20]   (SOCIALPLAN_BIN=path skips the build)
set -euo pipefail
cd "$(dirname "$0")/.."
replications="${1:-20}"
source Benchmarks/bench-lib.sh
bin="$(socialplan_bin)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
echo "cores: $(nproc)"
for file in Strategies/*.yaml; do
  page="$out/$(basename "$file" .yaml).html"
  best=$(best_of 5 "$bin" report "$file" --week 2026-W49 --replications "$replications" -o "$page")
  # The same run without the page: what the HTML adds to check.
  check=$(best_of 5 "$bin" check "$file" --week 2026-W49 --replications "$replications")
  echo "$file: report best of 5 ${best}s (check alone ${check}s), page $(wc -c < "$page") bytes"
done
