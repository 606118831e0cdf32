#!/usr/bin/env python3
"""Tables for docs/staffing-math.md from `check --format json` files written by capacity-table.sh.

Usage: capacity_table.py DIR   (DIR holds before-NAME.json and after-NAME.json)
"""
import json, pathlib, sys

folder = pathlib.Path(sys.argv[1])
names = sorted({p.name[len("after-"):-len(".json")] for p in folder.glob("after-*.json")})

def load(side, name):
    try:
        return json.loads((folder / f"{side}-{name}.json").read_text())
    except (OSError, ValueError):
        return None

def hours(doc, key):
    return sum(i[key] for i in doc["intervals"]) / 4

def short(doc):
    return sum(max(0, i["required"] - i["scheduled"]) for i in doc["intervals"]) / 4

def kept(sla):
    for key in ("weeks_kept_share", "weeks_kept"):
        value = sla.get(key)
        if isinstance(value, dict):
            value = value.get("mean", value.get("share"))
        if isinstance(value, (int, float)):
            return value if value <= 1 else None
    return None

def pct(x):
    return "—" if x is None else f"{100 * x:.1f} %"

print("| file | required agent-h | on-duty agent-h | gap agent-h | breaches / week | problem gaps | verdict |")
print("|---|---|---|---|---|---|---|")
for name in names:
    b, a = load("before", name), load("after", name)
    if not a:
        continue
    def cell(f):
        return f"{f(b)} → {f(a)}" if b else f"— → {f(a)}"
    problems = sum(1 for g in a["gaps"] if g.get("causes_breaches"))
    required = cell(lambda d: f"{hours(d, 'required'):g}")
    on_duty = cell(lambda d: f"{hours(d, 'scheduled'):g}")
    gap = cell(lambda d: f"{short(d):g}")
    breaches = cell(lambda d: f"{d['mentions']['breaches']['mean']:.1f}")
    verdict = cell(lambda d: d["verdict"].replace("_", " "))
    blocks = f"{len(b['gaps']) if b else '—'} blocks → {problems} of {len(a['gaps'])}"
    print(f"| {name} | {required} | {on_duty} | {gap} | {breaches} | {blocks} | {verdict} |")
print()
print("| file | SLA | target | mean met before | mean met after | weeks kept after | verdict after |")
print("|---|---|---|---|---|---|---|")
for name in names:
    b, a = load("before", name), load("after", name)
    if not a:
        continue
    old = {(s["priority"], s["metric"]): s for s in (b["slas"] if b else [])}
    for s in a["slas"]:
        o = old.get((s["priority"], s["metric"]))
        mean = lambda x: None if not x or not x.get("attainment") else x["attainment"]["mean"]
        print(f"| {name} | {s['priority']} {s['metric']} | {pct(s['target'])} | {pct(mean(o))} | {pct(mean(s))} "
              f"| {pct(kept(s))} | {s['verdict'].replace('_', ' ')} |")
