#!/usr/bin/env bash
# Benchmark: validate and plan a strategy with many accounts, posts and members, release build.
# Usage: Benchmarks/content-scale.sh [ACCOUNTS=20] [POSTS=200] [MEMBERS=50] [STREAMS=20]
# Targets (issue 12): validate well under 100 ms, schedule under 1 s.
set -euo pipefail
cd "$(dirname "$0")/.."
accounts="${1:-20}"
posts="${2:-200}"
members="${3:-50}"
streams="${4:-20}"
swift build -c release --product socialplan >/dev/null
bin="$(swift build -c release --show-bin-path)/socialplan"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 Benchmarks/make_large_strategy.py "$members" "$streams" "$accounts" "$posts" > "$work/large.yaml"
"$bin" validate --strict "$work/large.yaml" | tail -1
"$bin" schedule "$work/large.yaml" --week 2026-W49 --format json > "$work/plan.json"
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); s=d['summary']; print('slots', s['posts'], 'without a post', s['without_post'], 'unfilled', s['unfilled'], 'shifts', s['shifts'])" "$work/plan.json"
time_best() {
  local best=""
  for run in 1 2 3 4 5; do
    local start end t
    start=$(date +%s.%N)
    "$@" > /dev/null
    end=$(date +%s.%N)
    t=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')
    if [ -z "$best" ] || awk -v t="$t" -v b="$best" 'BEGIN { exit !(t < b) }'; then best=$t; fi
  done
  echo "$best"
}
echo "validate: best of 5 $(time_best "$bin" validate "$work/large.yaml")s (whole process)"
echo "schedule: best of 5 $(time_best "$bin" schedule "$work/large.yaml" --week 2026-W49 --format json)s (whole process)"
echo "for $accounts accounts, $posts posts, $members members, $streams streams"
