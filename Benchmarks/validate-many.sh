#!/usr/bin/env bash
# Benchmark: validate N strategy files of ~150 lines in one call, release build.
# Usage: Benchmarks/validate-many.sh [N=1000]
# Prints the wall time of `socialplan validate` over N generated variants of the bundled strategies.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000}"
swift build -c release --product socialplan >/dev/null
bin="$(swift build -c release --show-bin-path)/socialplan"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sources=(Strategies/*.yaml)
for ((i = 0; i < n; i++)); do
  src="${sources[$((i % ${#sources[@]}))]}"
  # Vary the business name so no two files are identical.
  sed "s/^name: \(.*\)$/name: \1 $i/" "$src" > "$work/strategy-$i.yaml"
done
lines=$(cat "$work"/*.yaml | wc -l)
echo "files: $n, lines: $lines (mean $((lines / n)) per file)"
"$bin" validate "$work"/*.yaml > /dev/null || true   # warm the page cache
best=""
for run in 1 2 3 4 5; do
  start=$(date +%s.%N)
  "$bin" validate "$work"/*.yaml > /dev/null || true
  end=$(date +%s.%N)
  t=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')
  echo "run $run: ${t}s"
  if [ -z "$best" ] || awk -v t="$t" -v b="$best" 'BEGIN { exit !(t < b) }'; then best=$t; fi
done
echo "best of 5: ${best}s for $n files"
