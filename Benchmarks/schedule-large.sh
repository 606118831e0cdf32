#!/usr/bin/env bash
# Benchmark: plan one week (posting calendar + care rota) for a strategy with 50 members and
# 20 streams, release build. Usage: Benchmarks/schedule-large.sh [MEMBERS=50] [STREAMS=20]
set -euo pipefail
cd "$(dirname "$0")/.."
members="${1:-50}"
streams="${2:-20}"
swift build -c release --product socialplan >/dev/null
bin="$(swift build -c release --show-bin-path)/socialplan"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 Benchmarks/make_large_strategy.py "$members" "$streams" > "$work/large.yaml"
"$bin" validate "$work/large.yaml" | tail -1
"$bin" schedule "$work/large.yaml" --week 2026-W49 --format json > "$work/plan.json"
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); s=d['summary']; print('posts', s['posts'], 'unfilled', s['unfilled'], 'shifts', s['shifts'], 'shortfall agent-intervals', s['shortfall_agent_intervals'])" "$work/plan.json"
best=""
for run in 1 2 3 4 5; do
  start=$(date +%s.%N)
  "$bin" schedule "$work/large.yaml" --week 2026-W49 --format json > /dev/null
  end=$(date +%s.%N)
  t=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')
  echo "run $run: ${t}s"
  if [ -z "$best" ] || awk -v t="$t" -v b="$best" 'BEGIN { exit !(t < b) }'; then best=$t; fi
done
echo "best of 5: ${best}s for $members members, $streams streams, one week of 15-minute intervals"
