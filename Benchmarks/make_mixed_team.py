#!/usr/bin/env python3
"""Write a strategy whose care team mixes contracts and zones, for timing `schedule` and the
rota planner on realistic larger teams (issue 14).

Usage: make_mixed_team.py MEMBERS [PER_WEEK] > strategy.yaml

Member i has contract i mod 10, as the `mixed-50` / `mixed-80` weeks of the rota comparison
(Benchmarks/RotaComparison/MixedTeam.swift):
  0-3  full-time, 37.5 h: a 10-12 h weekday window (early, day or late);
  4-5  part-time, 20 h: weekdays 09-17, or three days 08-18;
  6-7  students, 15 h: weekday evenings 17-23 and weekends 09-21;
  8    remote in Australia/Brisbane (UTC+10), 37.5 h: 14:00-24:00 there (05:00-15:00 in Oslo);
  9    remote in Australia/Brisbane, 20 h: Tue-Sat 07:00-13:00 there (22:00-04:00 in Oslo).
A third of the members have an away day in week 2026-W49. Care is open 07-23 on weekdays and
09-21 at weekends; PER_WEEK mentions (default 3,000 + 25 per member) make the peaks of 2026-W49 need
about 5-10 agents. Three small streams give a few posts, reply sessions and posting tasks. Deterministic; validates clean.
"""
import sys

members = int(sys.argv[1])
per_week = int(sys.argv[2]) if len(sys.argv) > 2 else 3000 + 25 * members
full_time = ['"07:00-18:00"', '"08:00-19:00"', '"09:00-20:00"', '"11:00-23:00"']
three_days = ["mon,wed,fri", "tue,thu,fri", "mon,tue,thu"]
days = ["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05", "2026-12-06"]

out = []
w = out.append
w("version: 1")
w("name: Mixed Team Retail")
w("timezone: Europe/Oslo")
w("accounts:")
w('  x: { network: x, handle: "@mixedretail", bio: "Official account of Mixed Team Retail. Care 07-23 weekdays, 09-21 weekends." }')
w("team:")
for i in range(members):
    kind = i % 10
    zone = ""
    if kind <= 3:
        available, hours = f"{{ mon-fri: {full_time[i % 4]} }}", 37.5
    elif kind <= 5:
        available = '{ mon-fri: "09:00-17:00" }' if i % 20 < 10 else f'{{ "{three_days[i % 3]}": "08:00-18:00" }}'
        hours = 20
    elif kind <= 7:
        available, hours = '{ mon-fri: "17:00-23:00", sat-sun: "09:00-21:00" }', 15
    elif kind == 8:
        available, hours, zone = '{ mon-fri: "14:00-24:00" }', 37.5, ", timezone: Australia/Brisbane"
    else:
        available, hours, zone = '{ tue-sat: "07:00-13:00" }', 20, ", timezone: Australia/Brisbane"
    roles = "[care, editor]" if i % 7 == 0 else "[care]"
    away = f", away: {days[(i * 5) % 7]}" if i % 3 == 2 else ""
    w(f"  m{i:03d}: {{ name: Member {i}, roles: {roles}{zone}, available: {available}, "
      f"max_hours_per_week: {hours}{away} }}")
w("content:")
w('  news: { kind: post, by: [role: editor], every: daily, at: { daily: "09:00-20:00" }, replies_per_post: 20 }')
w('  community: { kind: reply-session, by: [role: care], every: weekdays, at: { mon-fri: "14:00-15:00" }, duration: 45m }')
w('  moderation: { kind: task, by: [role: editor], every: weekdays, at: { mon-fri: "12:00-16:00" }, duration: 30m }')
w("care:")
w('  hours: { mon-fri: "07:00-23:00", sat-sun: "09:00-21:00" }')
w("  staff: [role: care]")
w("  handle_time: { mean: 6m, cv: 1.2 }")
w("  shrinkage: 25%")
w("  max_occupancy: 85%")
w("  sla:")
w("    urgent: { first_reply: 30m, target: 90% }")
w("    normal: { first_reply: 2h, next_reply: 4h, target: 90% }")
w("mentions:")
w(f"  per_week: {per_week}")
w("  profile: retail")
w("  priorities: { urgent: 10%, normal: 90% }")
w("  followups: { share: 20%, after: 30m }")
print("\n".join(out))
