#!/usr/bin/env bash
# Evidence for the default `care.queue` (docs/simulation.md, "Queue discipline"): runs
# `socialplan check --week 2026-W49` (20 replications, seed 1) on every bundled strategy and
# template under both disciplines and prints a markdown table of the mean share of mentions met
# per SLA measure. `queue:` is added to temporary copies; the bundled files are not changed.
# Usage: Benchmarks/queue-discipline.sh [PATH-TO-socialplan]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -ge 1 ]; then
  bin="$1"
else
  swift build --product socialplan >/dev/null
  bin="$(swift build --show-bin-path)/socialplan"
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for file in Strategies/*.yaml Templates/*.yaml; do
  name="$(basename "$file" .yaml)"
  for queue in priority earliest-deadline; do
    grep -q '^  queue:' "$file" && { echo "$file already sets care.queue" >&2; exit 2; }
    sed "s/^care:/care:\n  queue: $queue/" "$file" > "$tmp/$name.$queue.yaml"
    "$bin" check "$tmp/$name.$queue.yaml" --week 2026-W49 --format json > "$tmp/$name.$queue.json" || true
  done
done
python3 - "$tmp" <<'PY'
import json, os, sys
tmp = sys.argv[1]
def pct(s):
    a = s.get("attainment")
    return "—" if a is None else f"{100 * a['mean']:.1f} %"
print("| file | SLA | target | met, priority | met, earliest-deadline |")
print("|---|---|---:|---:|---:|")
names = sorted({f.split(".")[0] for f in os.listdir(tmp) if f.endswith(".json")},
               key=lambda n: (not os.path.exists(f"Strategies/{n}.yaml"), n))
for name in names:
    p = json.load(open(f"{tmp}/{name}.priority.json"))
    e = json.load(open(f"{tmp}/{name}.earliest-deadline.json"))
    for a, b in zip(p["slas"], e["slas"]):
        sla = f"{a['priority']} {a['metric']} ({a['limit_minutes']}m)"
        print(f"| {name} | {sla} | {100 * a['target']:.0f} % | {pct(a)} | {pct(b)} |")
PY
