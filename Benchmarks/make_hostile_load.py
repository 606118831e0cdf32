#!/usr/bin/env python3
"""Write one of the hostile-load files of issue 14 item 2 (a file the loader must read in time
linear in its size, or refuse up front).

Usage: make_hostile_load.py CASE [N] > file.yaml

Cases (N defaults to the size named in the issue):
  x-list      a list of N items under an ignored `x-` key (50,000)
  aliases     N aliases of one anchor in a list, under the 1,000,000-node budget (300,000)
  unknown     N unknown top-level keys (100,000)
  duplicates  the key `name` written N times (100,000)
  profile     a mention profile whose `mon` row holds N weights (1,000,000)
  streams     N content streams, each with an author, cadence and window (10,000)
  merges      N `x-` anchors of one key each, merged into one mapping with `<<: [...]` (10,000)
  members     N care members and 10 streams, half by one member, half by the role (5,000)

Every file but the case's own problem is a valid small strategy, so `validate` reads it to the
end. Deterministic: the same arguments give the same bytes.
"""
import sys

HEAD = """version: 1
name: Hostile Load
timezone: Europe/Oslo
account: { handle: "@hostile", bio: "Benchmark account." }
team:
  maya: { roles: [care, editor], available: { mon-fri: "09:00-17:00" } }
care:
  hours: { mon-fri: "09:00-17:00" }
  staff: [maya]
  handle_time: 6m
  sla: { normal: { first_reply: 2h, target: 80% } }
"""

DEFAULTS = {"x-list": 50_000, "aliases": 300_000, "unknown": 100_000, "duplicates": 100_000,
            "profile": 1_000_000, "streams": 10_000, "merges": 10_000,
            "members": 5_000}


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in DEFAULTS:
        sys.exit(__doc__)
    case = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else DEFAULTS[case]
    out = sys.stdout
    if case == "members":
        team = "".join(f'  m{i}: {{ roles: [care], available: {{ mon-fri: "09:00-17:00" }} }}\n' for i in range(n))
        out.write(HEAD.replace("team:\n", "team:\n" + team))
        out.write("content:\n")
        for i in range(10):
            by = f"m{i}" if i % 2 == 0 else "role: care"
            out.write(f"  s{i}: {{ kind: task, by: [{by}], every: weekdays, duration: 30m }}\n")
        return
    out.write(HEAD)
    if case == "x-list":
        out.write("x-notes:\n")
        for i in range(n):
            out.write(f"  - note {i}\n")
    elif case == "aliases":
        out.write("x-one: &one 1\nx-many:\n")
        out.write("  - *one\n" * n)
    elif case == "unknown":
        for i in range(n):
            out.write(f"unknown_key_{i}: {i}\n")
    elif case == "duplicates":
        out.write("name: Again\n" * n)
    elif case == "profile":
        out.write("mentions:\n  per_week: 100\n  profile:\n    mon: [")
        out.write(", ".join("1" for _ in range(n)))
        out.write("]\n")
    elif case == "streams":
        out.write("content:\n")
        for i in range(n):
            out.write(f'  s{i}: {{ kind: post, by: [maya], every: 2/week, at: {{ mon-fri: "09:00-12:00" }} }}\n')
    elif case == "merges":
        for i in range(n):
            out.write(f"x-m{i}: &m{i} {{ k{i}: {i} }}\n")
        out.write("x-all:\n  <<: [" + ", ".join(f"*m{i}" for i in range(n)) + "]\n")


if __name__ == "__main__":
    main()
