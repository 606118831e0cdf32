#!/usr/bin/env bash
# Benchmark: `socialplan validate` on the hostile-load files of issue 14 item 2 (a long list
# under an `x-` key, 300,000 aliases, 100,000 unknown or duplicate keys, a profile row of
# 1,000,000 weights, 10,000 streams, 10,000 merged anchors, 5,000 members), release build, best of RUNS
# wall-clock runs each, every run cut off after TIMEOUT seconds. Target: each under a few
# seconds, and twice the size takes about twice the time (the loader is linear in the file).
# Usage: Benchmarks/hostile-load.sh [SCALE=1]   (SCALE multiplies every size: 0.5, 2, …)
# Environment: SOCIALPLAN_BIN=path skips the build; RUNS (3); TIMEOUT (120).
set -euo pipefail
cd "$(dirname "$0")/.."
scale="${1:-1}"
runs="${RUNS:-3}"
limit="${TIMEOUT:-120}"
if [ -n "${SOCIALPLAN_BIN:-}" ]; then
  bin="$SOCIALPLAN_BIN"
else
  swift build -c release --product socialplan >/dev/null
  bin="$(swift build -c release --show-bin-path)/socialplan"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "cores: $(nproc), load: $(cut -d' ' -f1-3 /proc/loadavg), scale: $scale"
for spec in x-list:50000 aliases:300000 unknown:100000 duplicates:100000 profile:1000000 \
            streams:10000 merges:10000 members:5000; do
  case="${spec%%:*}"
  n=$(awk -v n="${spec##*:}" -v s="$scale" 'BEGIN { printf "%d", n * s }')
  python3 Benchmarks/make_hostile_load.py "$case" "$n" > "$work/$case.yaml"
  size=$(wc -c < "$work/$case.yaml")
  best=""
  code=0
  for ((run = 1; run <= runs; run++)); do
    start=$(date +%s.%N)
    code=0
    timeout "$limit" "$bin" validate "$work/$case.yaml" > "$work/out.txt" 2>&1 || code=$?
    end=$(date +%s.%N)
    t=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
    if [ "$code" = 124 ]; then best="over ${limit}"; break; fi
    if [ -z "$best" ] || awk -v t="$t" -v b="$best" 'BEGIN { exit !(t < b) }'; then best=$t; fi
  done
  summary=$(tail -1 "$work/out.txt" | cut -c1-60)
  printf '%-10s n=%-8s %9s bytes  best of %s: %ss  exit %s  %s\n' \
    "$case" "$n" "$size" "$runs" "$best" "$code" "$summary"
done
