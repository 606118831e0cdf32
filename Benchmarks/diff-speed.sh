#!/usr/bin/env bash
# Benchmark: `socialplan diff` (validate both files + plan and simulate both weeks from one seed,
# 20 simulated weeks doubled up to 200 while a verdict is too close to call, the shorter run
# extended to the longer one's count) on every bundled strategy against a copy with one change —
# the first `max_hours_per_week` raised by 4 hours — and against itself; release build, best of 5
# wall-clock runs each.
# Usage: Benchmarks/diff-speed.sh   (SOCIALPLAN_BIN=path skips the build)
set -euo pipefail
cd "$(dirname "$0")/.."
source Benchmarks/bench-lib.sh
bin="$(socialplan_bin)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "cores: $(nproc)"
for file in Strategies/*.yaml; do
  name="$(basename "$file" .yaml)"
  cp "$file" "$work/$name.yaml"
  [ -d "Strategies/$name-posts" ] && ln -sfn "$PWD/Strategies/$name-posts" "$work/$name-posts"
  # The first weekly limit, 4 hours more (awk: the first match only).
  awk '!done && /max_hours_per_week: [0-9.]+/ { match($0, /[0-9.]+/); $0 = substr($0, 1, RSTART - 1) (substr($0, RSTART, RLENGTH) + 4) substr($0, RSTART + RLENGTH); done = 1 } { print }' \
    "$file" > "$work/$name-changed.yaml"
  changed=$(best_of 5 "$bin" diff "$work/$name.yaml" "$work/$name-changed.yaml" --week 2026-W49)
  same=$(best_of 5 "$bin" diff "$work/$name.yaml" "$work/$name.yaml" --week 2026-W49)
  weeks=$("$bin" diff "$work/$name.yaml" "$work/$name-changed.yaml" --week 2026-W49 --format json 2>/dev/null \
    | python3 -c "import json,sys; d = json.load(sys.stdin); print(d['new']['replications'])" || true)
  echo "$file: one limit +4h best of 5 ${changed}s ($weeks simulated weeks each side); against itself ${same}s"
done
