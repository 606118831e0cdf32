#!/usr/bin/env bash
# Benchmark: `socialplan check` (validate + plan + 20 simulated weeks, doubled up to 200 while a
# verdict is too close to call, + the suggested-fix search when a target misses) on every bundled
# strategy and template, release build, best of 5 wall-clock runs each. Target: under 2 s.
# Usage: Benchmarks/check-speed.sh [REPLICATIONS=20]   (SOCIALPLAN_BIN=path skips the build)
set -euo pipefail
cd "$(dirname "$0")/.."
replications="${1:-20}"
source Benchmarks/bench-lib.sh
bin="$(socialplan_bin)"
echo "cores: $(nproc)"
for file in Strategies/*.yaml Templates/*.yaml; do
  best=$(best_of 5 "$bin" check "$file" --week 2026-W49 --replications "$replications")
  read -r weeks mentions < <("$bin" check "$file" --week 2026-W49 --replications "$replications" --format json \
    | python3 -c "import json,sys; d = json.load(sys.stdin); print(d['replications'], round(d['mentions']['arrivals']['mean']))")
  echo "$file: best of 5 ${best}s ($weeks simulated weeks, starting from $replications, of ~$mentions mentions each)"
done
