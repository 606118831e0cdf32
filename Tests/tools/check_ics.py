#!/usr/bin/env python3
"""Check .ics files written by socialplan with an independent iCalendar parser.

Usage: check_ics.py FILE...

For every file:
  * the raw bytes: CRLF line endings only, no physical line over 75 octets, every physical
    line valid UTF-8 on its own (so no fold splits a UTF-8 sequence);
  * parse with `icalendar.Calendar.from_ical` (PyPI package `icalendar`);
  * every TZID used by a property has a VTIMEZONE in the file;
  * every VTIMEZONE, turned into a tzinfo from its own STANDARD/DAYLIGHT rules (not looked
    up by name), gives the same UTC offset as the IANA zone of that name (zoneinfo) from one
    year before the earliest event to one year after the latest: daily, and every 15 minutes
    on the days around each change;
  * every VEVENT has UID, DTSTAMP (UTC) and DTSTART; DTSTART/DTEND are converted to aware
    datetimes with the embedded VTIMEZONE and printed, and must agree with zoneinfo;
    DTEND is not before DTSTART.

Prints one line per event, then `check_ics: N passed, N failed` (files). Exit status 0 when
every file passes, 1 when one fails, 2 when icalendar is missing.
"""
import sys
from datetime import datetime, timedelta, timezone

try:
    import icalendar
except ImportError:  # pragma: no cover - depends on the machine
    print("check_ics: the Python package `icalendar` is not installed (python3 -m pip install icalendar)")
    sys.exit(2)
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

MAX_OCTETS = 75


def raw_problems(data: bytes) -> list[str]:
    """Line-ending, line-length and UTF-8 problems of the raw file."""
    problems = []
    if not data.endswith(b"\r\n"):
        problems.append("file does not end with CRLF")
    body = data[:-2] if data.endswith(b"\r\n") else data
    for number, line in enumerate(body.split(b"\r\n"), start=1):
        if b"\n" in line or b"\r" in line:
            problems.append(f"line {number}: bare CR or LF")
        if len(line) > MAX_OCTETS:
            problems.append(f"line {number}: {len(line)} octets (more than {MAX_OCTETS})")
        try:
            line.decode("utf-8", errors="strict")
        except UnicodeDecodeError as error:
            problems.append(f"line {number}: not valid UTF-8 on its own ({error.reason})")
    return problems


def naive_and_tzid(prop):
    """The wall time and TZID of a DTSTART/DTEND property (TZID None for UTC or floating)."""
    value = prop.dt
    tzid = prop.params.get("TZID")
    if not isinstance(value, datetime):
        return value, tzid, "date"
    if tzid is None:
        return value.replace(tzinfo=None), None, "utc" if value.tzinfo is not None else "floating"
    return value.replace(tzinfo=None), str(tzid), "zoned"


def check_file(path: str) -> list[str]:
    with open(path, "rb") as handle:
        data = handle.read()
    problems = raw_problems(data)
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except Exception as error:  # noqa: BLE001 - any parse failure is the finding
        return problems + [f"icalendar could not parse the file: {error}"]

    for required in ("VERSION", "PRODID"):
        if required not in calendar:
            problems.append(f"VCALENDAR has no {required}")

    embedded = {}
    for component in calendar.walk("VTIMEZONE"):
        tzid = str(component["TZID"])
        if tzid in embedded:
            problems.append(f"two VTIMEZONEs for {tzid}")
        embedded[tzid] = component.to_tz(lookup_tzid=False)
    used = set(calendar.get_used_tzids()) if hasattr(calendar, "get_used_tzids") else set()
    for tzid in sorted(used - set(embedded)):
        problems.append(f"TZID {tzid} is used but has no VTIMEZONE")

    instants = []
    events = list(calendar.walk("VEVENT"))
    for event in events:
        uid = str(event.get("UID", "?"))
        for required in ("UID", "DTSTAMP", "DTSTART"):
            if required not in event:
                problems.append(f"{uid}: no {required}")
        if "DTSTAMP" in event and getattr(event["DTSTAMP"].dt, "tzinfo", None) is None:
            problems.append(f"{uid}: DTSTAMP is not UTC")
        resolved = {}
        for name in ("DTSTART", "DTEND"):
            if name not in event:
                continue
            wall, tzid, form = naive_and_tzid(event[name])
            if form == "zoned":
                if tzid not in embedded:
                    problems.append(f"{uid}: {name} uses TZID {tzid} with no VTIMEZONE")
                    continue
                aware = wall.replace(tzinfo=embedded[tzid])
                try:
                    reference = wall.replace(tzinfo=ZoneInfo(tzid))
                    if aware.utcoffset() != reference.utcoffset():
                        problems.append(f"{uid}: {name} {wall} is {aware.utcoffset()} by the VTIMEZONE "
                                        f"but {reference.utcoffset()} by zoneinfo {tzid}")
                except (ZoneInfoNotFoundError, ValueError):
                    pass
            elif form == "utc":
                aware = wall.replace(tzinfo=timezone.utc)
            else:
                problems.append(f"{uid}: {name} is a {form} value")
                continue
            resolved[name] = aware
            instants.append(aware.astimezone(timezone.utc))
        if "DTSTART" in resolved and "DTEND" in resolved and resolved["DTEND"] < resolved["DTSTART"]:
            problems.append(f"{uid}: DTEND before DTSTART")
        shown = "  ".join(f"{name}={value.isoformat()} ({value.astimezone(timezone.utc):%Y-%m-%dT%H:%MZ})"
                          for name, value in resolved.items())
        print(f"  {uid}: {shown}")

    if instants:
        problems += compare_offsets(embedded, min(instants) - timedelta(days=365),
                                    max(instants) + timedelta(days=365))
    print(f"{path}: {len(events)} events, {len(embedded)} VTIMEZONEs, {len(problems)} problems")
    return problems


def compare_offsets(embedded, start, end) -> list[str]:
    """UTC offsets of each embedded VTIMEZONE against zoneinfo between start and end: once a
    day, and every 15 minutes on the days around each change either side reports."""
    problems = []
    for tzid, tz in sorted(embedded.items()):
        try:
            reference = ZoneInfo(tzid)
        except (ZoneInfoNotFoundError, ValueError):
            print(f"  {tzid}: not in zoneinfo, offsets not compared")
            continue

        def offsets(moment):
            return moment.astimezone(tz).utcoffset(), moment.astimezone(reference).utcoffset()

        day = start.replace(hour=0, minute=0, second=0, microsecond=0)
        moments, previous = [], None
        while day <= end:
            moments.append(day)
            now = offsets(day)
            if previous is not None and now != previous:
                moments += [day - timedelta(days=2) + timedelta(minutes=15 * step) for step in range(4 * 24 * 3)]
            previous = now
            day += timedelta(days=1)
        mismatches = sorted({moment for moment in moments if offsets(moment)[0] != offsets(moment)[1]})
        for moment in mismatches[:5]:
            ours, theirs = offsets(moment)
            problems.append(f"{tzid}: at {moment:%Y-%m-%dT%H:%MZ} the VTIMEZONE gives {ours}, zoneinfo {theirs}")
        if len(mismatches) > 5:
            problems.append(f"{tzid}: {len(mismatches)} sampled offsets differ in all")
    return problems


def main(paths: list[str]) -> int:
    if not paths:
        print(__doc__.strip().splitlines()[2])
        return 2
    passed = failed = 0
    for path in paths:
        problems = check_file(path)
        for problem in problems:
            print(f"{path}: {problem}")
        if problems:
            failed += 1
        else:
            passed += 1
    print(f"check_ics: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
