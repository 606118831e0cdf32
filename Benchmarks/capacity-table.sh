#!/usr/bin/env bash
# The before/after table of docs/staffing-math.md ("Before and after on the bundled files"):
# for every file in Strategies/ and Templates/, week 2026-W49, seed 1, 20 replications, the plan
# and the simulated outcome from a release build of BEFORE (default fd05001, the last commit
# before the one capacity model) and of the working tree. Writes the tables between the markers
# in docs/staffing-math.md and prints them.
#
#   Benchmarks/capacity-table.sh [BEFORE_REV]
set -euo pipefail
cd "$(dirname "$0")/.."
before_rev="${1:-fd05001}"
work="$(mktemp -d)"
trap 'git worktree remove --force "$work/before" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git worktree add --detach "$work/before" "$before_rev" >/dev/null 2>&1
echo "capacity-table: building $before_rev and the working tree (release)" >&2
(cd "$work/before" && swift build -c release --product socialplan >/dev/null)
swift build -c release --product socialplan >/dev/null
before_bin="$(cd "$work/before" && swift build -c release --show-bin-path)/socialplan"
after_bin="$(swift build -c release --show-bin-path)/socialplan"
for f in Strategies/*.yaml Templates/*.yaml; do
  name="$(basename "$f" .yaml)"
  "$before_bin" check "$f" --week 2026-W49 --seed 1 --replications 20 --format json > "$work/before-$name.json" 2>/dev/null || true
  "$after_bin" check "$f" --week 2026-W49 --seed 1 --replications 20 --format json > "$work/after-$name.json" 2>/dev/null || true
done
python3 Benchmarks/capacity_table.py "$work" > "$work/table.md"
python3 - "$work/table.md" <<'PY'
import sys, re
table = open(sys.argv[1]).read()
path = "docs/staffing-math.md"
doc = open(path).read()
start, end = "<!-- capacity-table:start -->", "<!-- capacity-table:end -->"
i, j = doc.index(start) + len(start), doc.index(end)
open(path, "w").write(doc[:i] + "\n" + table + doc[j:])
PY
cat "$work/table.md"
