#!/usr/bin/env python3
"""Compare two `socialplan audit --rows` files of the same log (before and after a change to
triage or to how statuses are judged): counts per status for each account, and the share of
mentions whose priority changed. Prints a Markdown table (docs/audit.md uses it).

usage: audit_before_after.py BEFORE.csv AFTER.csv [--top N]
"""
import csv
import sys
from collections import Counter, defaultdict


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def main():
    args = sys.argv[1:]
    top = 10
    if "--top" in args:
        i = args.index("--top")
        top = int(args[i + 1])
        del args[i:i + 2]
    if len(args) != 2:
        sys.exit(__doc__)
    before, after = read(args[0]), read(args[1])
    statuses = ["met", "breached", "breached_unanswered", "pending", "closed"]
    counts = {"before": defaultdict(Counter), "after": defaultdict(Counter)}
    for name, rows in (("before", before), ("after", after)):
        for r in rows:
            counts[name][r["account"]][r["status"]] += 1
    volume = Counter(r["account"] for r in after)
    accounts = [a for a, _ in sorted(volume.items(), key=lambda kv: (-kv[1], kv[0]))[:top]]
    seen = {s for n in counts for a in counts[n] for s in counts[n][a]}
    present = [s for s in statuses if s in seen] + sorted(seen - set(statuses))
    print("| account | rows | " + " | ".join(f"{s} (before → after)" for s in present) + " |")
    print("|---|---|" + "---|" * len(present))
    for a in accounts:
        cells = [f"{counts['before'][a][s]} → {counts['after'][a][s]}" for s in present]
        print(f"| {a} | {volume[a]} | " + " | ".join(cells) + " |")
    rest = [a for a in volume if a not in accounts]
    if rest:
        cells = [f"{sum(counts['before'][a][s] for a in rest)} → {sum(counts['after'][a][s] for a in rest)}" for s in present]
        print(f"| {len(rest)} other accounts | {sum(volume[a] for a in rest)} | " + " | ".join(cells) + " |")
    cells = [f"{sum(counts['before'][a][s] for a in volume)} → {sum(counts['after'][a][s] for a in volume)}" for s in present]
    print(f"| **all** | {len(after)} | " + " | ".join(cells) + " |")
    # Priority changes: first-reply rows matched by mention id (one per mention).
    first_before = {r["id"]: r["priority"] for r in before if r["metric"] == "first_reply"}
    first_after = {r["id"]: r["priority"] for r in after if r["metric"] == "first_reply"}
    common = [i for i in first_after if i in first_before]
    changed = [i for i in common if first_before[i] != first_after[i]]
    moves = Counter((first_before[i], first_after[i]) for i in changed)
    share = 100 * len(changed) / len(common) if common else 0
    print()
    print(f"Priority changed for {len(changed)} of {len(common)} mentions ({share:.1f} %)"
          + (": " + ", ".join(f"{a} → {b} {n}" for (a, b), n in moves.most_common()) if moves else "."))


if __name__ == "__main__":
    main()
