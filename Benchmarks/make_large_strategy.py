#!/usr/bin/env python3
"""Write a large but realistic strategy for the schedule benchmark.

Usage: make_large_strategy.py MEMBERS STREAMS [ACCOUNTS POSTS] > strategy.yaml

Members work varied patterns (early, day, late, weekend, part-time, some in other zones), and
streams mix posts, threads, reposts, reply sessions and tasks with different cadences. With
ACCOUNTS, the strategy has that many accounts on seven networks (every third with its own
`per_account` cadence on the first stream, every fifth in New York) and a content library of
POSTS approved posts spread over the published streams. The file is deterministic (no
randomness) and validates without errors.
"""
import sys

members, streams = int(sys.argv[1]), int(sys.argv[2])
accounts = int(sys.argv[3]) if len(sys.argv) > 3 else 0
posts = int(sys.argv[4]) if len(sys.argv) > 4 else 0
networks = ["x", "bluesky", "mastodon", "threads", "instagram", "facebook", "linkedin"]
handles = {"x": "@bench{i}", "bluesky": "@bench{i}.bsky.social", "mastodon": "@bench{i}@mastodon.social",
           "threads": "@bench{i}", "instagram": "@bench{i}", "facebook": "benchretail{i}", "linkedin": "benchretail{i}"}
thread_networks = {"x", "bluesky", "mastodon", "threads"}
patterns = [
    ('{ mon-fri: "07:00-15:00" }', "Europe/Oslo"),
    ('{ mon-fri: "09:00-17:00" }', "Europe/Oslo"),
    ('{ mon-fri: "13:00-22:00" }', "Europe/Oslo"),
    ('{ sat-sun: "07:00-22:00", wed: "12:00-20:00" }', "Europe/Oslo"),
    ('{ "mon,wed,fri": "08:00-14:00" }', "Europe/Oslo"),
    ('{ mon-fri: "02:00-10:00" }', "America/New_York"),
    ('{ tue-sat: "10:00-18:00" }', "Europe/London"),
]
out = []
w = out.append
w("version: 1")
w("name: Benchmark Retail")
w("timezone: Europe/Oslo")
if accounts:
    w("accounts:")
    for a in range(accounts):
        net = networks[a % len(networks)]
        zone = ", timezone: America/New_York" if a % 5 == 4 else ""
        w(f'  a{a:02d}: {{ network: {net}, handle: "{handles[net].format(i=a)}", bio: "Official account of Benchmark Retail. Care 07-22."{zone} }}')
else:
    w("account:")
    w('  handle: "@benchretail"')
    w('  bio: "Official account of Benchmark Retail. Care team 07-22 every day."')
w("team:")
for i in range(members):
    hours, zone = patterns[i % len(patterns)]
    roles = "[care]" if i % 3 else "[care, editor]"
    w(f"  m{i:02d}: {{ name: Member {i}, roles: {roles}, timezone: {zone}, available: {hours}, max_hours_per_week: {30 + (i % 3) * 5} }}")
w("content:")
kinds = ["post", "thread", "repost", "reply-session", "task"]
cadences = ["3/week", "daily", "weekdays", "2/week", "2/day"]
windows = ['{ mon-fri: "09:00-12:00" }', '{ daily: "12:00-15:00" }', '{ mon-fri: "15:00-18:00" }',
           '{ sat-sun: "10:00-14:00" }', '{ daily: "08:00-21:00" }']
for s in range(streams):
    kind = kinds[s % len(kinds)]
    extra = ', hashtags: ["#bench"]' if kind in ("post", "thread") else ""
    if accounts and kind == "thread":
        extra += ", accounts: [" + ", ".join(f"a{a:02d}" for a in range(accounts) if networks[a % len(networks)] in thread_networks) + "]"
    if accounts and s == 0:
        extra += ", per_account: { " + ", ".join(f"a{a:02d}: {{ every: 5/week }}" for a in range(0, accounts, 3)) + " }"
    w(f"  s{s:02d}: {{ kind: {kind}, by: [role: editor], every: {cadences[s % len(cadences)]}, at: {windows[s % len(windows)]}{extra}, replies_per_post: 4 }}")
if posts:
    published = [s for s in range(streams) if kinds[s % len(kinds)] in ("post", "thread", "repost")]
    w("posts:")
    for p in range(posts):
        s = published[p % len(published)]
        kind = kinds[s % len(kinds)]
        text = f'["Part one of thread {p}: how we pick our beans.", "Part two of thread {p}: how we roast them."]' if kind == "thread" \
            else f'"Post {p}: new arrivals this week, open 07-22 every day. Come by and say hello!"'
        link = f", link: https://example.com/p/{p}" if kind == "repost" else ""
        media = ', media: [{ url: "https://cdn.example.com/p%d.jpg", alt: "Shop window with new arrivals" }]' % p
        recycle = ", recycle_after: 8w" if p % 4 == 0 else ""
        w(f"  p{p:03d}: {{ stream: s{s:02d}, text: {text}{link}{media}, status: approved, approved_by: m00{recycle} }}")
w('publishing: { min_gap: 10m, max_per_day: 30 }')
w("care:")
w('  hours: { daily: "07:00-22:00" }')
w("  staff: [role: care]")
w("  handle_time: { mean: 6m, cv: 1.2 }")
w("  shrinkage: 25%")
w("  max_occupancy: 85%")
w("  sla:")
w("    urgent: { first_reply: 30m, target: 90% }")
w("    normal: { first_reply: 2h, next_reply: 4h, target: 90% }")
w("mentions:")
w(f"  per_week: {members * 120}")
w("  profile: retail")
w("  priorities: { urgent: 10%, normal: 90% }")
w("  followups: { share: 20%, after: 30m }")
print("\n".join(out))
