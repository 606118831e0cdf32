#!/usr/bin/env python3
"""The pandas baseline of `socialplan audit`: the per-account x SLA rollup of a TWCS log.

    python3 Benchmarks/audit_pandas.py LOG.csv > rollup.csv

Prints what `socialplan audit Benchmarks/audit-strategy.yaml --log LOG.csv --format csv` prints
(same columns, rows, number forms and CRLF line ends), computed with pandas from the rules of
docs/audit.md. Used by Benchmarks/audit-comparison.sh; not part of the product.

The strategy's SLAs and triage rules are hard-coded below (every clock is `calendar`, so no care
hours are needed), and so are the built-in closing phrases of docs/audit.md ("Closed
conversations"; the strategy adds none). Rows the readers skip (docs/log-formats.md: empty or non-numeric ids, bad
`inbound` flags, timestamps that do not parse, rows with too few fields) are dropped here too.
"""
import csv
import math
import re
import sys
import unicodedata

import numpy as np
import pandas as pd

# --- Benchmarks/audit-strategy.yaml -------------------------------------------------------------
# (priority, first_reply seconds, next_reply seconds or None, target in parts per million, clock),
# in file order; DEFAULT is the default priority (the SLA named `normal`).
SLAS = [("urgent", 15 * 60, 30 * 60, 900_000, "calendar"),
        ("normal", 60 * 60, 120 * 60, 800_000, "calendar"),
        ("low", 4 * 3600, None, 800_000, "calendar")]
TRIAGE = [("urgent", ["refund", "broken", "cancel", "not working", "charged"]),
          ("normal", ["help", "issue", "problem", "order", "delay"])]
DEFAULT = "normal"
HEADER = ["account", "priority", "metric", "clock", "limit_minutes", "target", "mentions", "answered", "met",
          "breached", "breached_unanswered", "pending", "closed", "attainment", "target_met",
          "p50_sla_minutes", "p90_sla_minutes", "p99_sla_minutes",
          "p50_calendar_minutes", "p90_calendar_minutes", "p99_calendar_minutes"]

# --- closing phrases (docs/audit.md, "Closed conversations") -------------------------------------
CLOSING = [
    # English
    "thanks", "thank you", "thank u", "thankyou", "thx", "ty", "tysm", "cheers", "got it", "ok", "okay",
    "great", "perfect", "awesome", "brilliant", "cool", "nice", "lovely", "excellent", "all good", "sorted",
    "solved", "resolved", "fixed", "it works", "works now", "that worked", "that helps", "that helped",
    "appreciate it", "much appreciated", "appreciated", "will do", "no worries", "noted", "understood",
    "so much", "very much", "a lot", "again", "guys", "team", "all", "both", "really", "now",
    "have a nice day", "have a great day", "for the help", "for your help", "for helping",
    # Norwegian
    "takk", "tusen takk", "takk skal du ha", "mange takk", "takk for hjelpen", "flott", "supert", "den er grei",
    "skjønner", "forstått", "perfekt", "løst", "det fungerer", "fungerer nå", "ha en fin dag",
    # Swedish
    "tack", "tack så mycket", "tusen tack", "tackar", "tack för hjälpen", "toppen", "perfekt", "uppfattat",
    "fixat", "löst", "det funkar", "funkar nu", "schysst", "ha en bra dag",
    # Danish
    "tak", "mange tak", "tusind tak", "tak for hjælpen", "forstået", "super", "perfekt", "fint", "det virker",
    "virker nu", "løst", "hav en god dag",
    # German
    "danke", "danke schön", "dankeschön", "danke sehr", "vielen dank", "besten dank", "alles klar", "verstanden",
    "super", "perfekt", "passt", "gelöst", "erledigt", "funktioniert", "es funktioniert", "funktioniert jetzt",
    "für die hilfe", "schönen tag noch",
    # French
    "merci", "merci beaucoup", "merci bien", "mille mercis", "parfait", "super", "génial", "d'accord", "ça marche",
    "c'est bon", "compris", "réglé", "résolu", "ça fonctionne", "pour l'aide", "bonne journée",
    # Spanish
    "gracias", "muchas gracias", "mil gracias", "muchísimas gracias", "perfecto", "genial", "vale", "de acuerdo",
    "entendido", "listo", "resuelto", "solucionado", "ya funciona", "funciona", "por la ayuda", "buen día",
]
CLOSING_EMOJI = set("👍🙏👌✅❤♥😊🙂😀💯🙌👏🤝")
CLOSING_MAX_BYTES = 280  # longer texts never close
# Unicode White_Space (what separates tokens); Python's isspace() would add U+001C-U+001F.
WHITE_SPACE = set("\t\n\v\f\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
                  "\u200a\u2028\u2029\u202f\u205f\u3000")
TWCS = ["tweet_id", "author_id", "inbound", "created_at", "text", "in_response_to_tweet_id"]
FLAGS = {"true": True, "True": True, "TRUE": True, "1": True, "false": False, "False": False, "FALSE": False, "0": False}


# --- reading (docs/log-formats.md) --------------------------------------------------------------
def whole_number(s):
    """LogBytes.normalizedID for a trimmed id that is not plain digits: `3.0` -> `3`, `1.5e1` -> `15`
    (exact decimal shifting); None when it is not a whole number (a TWCS row with it is skipped)."""
    m = re.fullmatch(r"([0-9]*)(?:\.([0-9]*))?(?:[eE]([+-]?)([0-9]+))?", s)
    if not m or not (m.group(1) or m.group(2)):
        return None
    digits, point = (m.group(1) or "") + (m.group(2) or ""), len(m.group(1) or "")
    if m.group(4) is not None:
        exponent = 0
        for d in m.group(4):
            if exponent >= 100:
                return None
            exponent = exponent * 10 + int(d)
        point += -exponent if m.group(3) == "-" else exponent
    if not 0 <= point <= 40:
        return None
    digits = digits.ljust(point, "0")
    if digits[point:].strip("0"):
        return None
    return digits[:point].lstrip("0") or "0"


def normalise_ids(col):
    """Trimmed ids; the non-digit spellings normalised; NaN where the id is not a whole number."""
    ids = col.str.strip(" \t")
    odd = ~ids.str.fullmatch(r"[0-9]+") & (ids != "")
    ids[odd] = ids[odd].map(whole_number)
    return ids


def seconds(col):
    """`Tue Oct 31 22:10:47 +0000 2017` (or ISO 8601, zone-less = UTC) as seconds since 1970; NaN if neither."""
    ts = col.str.strip(" \t")
    t = pd.to_datetime(ts, format="%a %b %d %H:%M:%S %z %Y", errors="coerce", utc=True)
    if t.isna().any():
        t = t.fillna(pd.to_datetime(ts[t.isna()], format="ISO8601", errors="coerce", utc=True))
    return (t - pd.Timestamp(0, tz="UTC")) // pd.Timedelta(seconds=1)


def read_twcs(path):
    """The messages in file order: id, parent ('' = none), author, inbound, t (seconds), text."""
    def wanted(name):
        return name.strip().lower() in TWCS

    raw = pd.read_csv(path, dtype=str, keep_default_na=False, usecols=wanted, encoding_errors="replace")
    raw = raw.rename(columns=lambda c: c.strip().lower())
    raw = raw.dropna()  # a row with fewer fields than the header (kept fields are "" when empty)
    df = pd.DataFrame({"id": normalise_ids(raw["tweet_id"]),
                       "parent": normalise_ids(raw["in_response_to_tweet_id"]),
                       "author": raw["author_id"].str.strip(" \t"),
                       "inbound": raw["inbound"].str.strip(" \t").map(FLAGS),
                       "t": seconds(raw["created_at"]),
                       "text": raw["text"]})
    ok = df["id"].notna() & (df["id"] != "") & df["parent"].notna() & (df["author"] != "") & df["inbound"].notna() & df["t"].notna()
    df = df[ok].reset_index(drop=True)
    df["inbound"] = df["inbound"].astype(bool)
    df["t"] = df["t"].astype("int64")
    return df


# --- the audit (docs/audit.md) ------------------------------------------------------------------
def words(folded):
    """Triage words of folded text: runs of letters and digits, an apostrophe inside one kept."""
    return re.findall(r"[^\W_]+(?:'[^\W_]+)*", folded.replace("\u2019", "'"))


def fold(text):
    """Triage folding: ASCII lowercased; other text without diacritics, case-folded."""
    if text.isascii():
        return text.lower()
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)).casefold()


def closing_words(text):
    """The folded words of a text for the closing check, and whether a closing emoji is in it.
    Tokens are split on white space; tokens starting with `@`, `http://`, `https://` or `www.`
    are set aside whole; in the others a word is a run of letters and digits (Python's
    isalnum(), near enough to Unicode's Alphabetic and numeric properties here) and anything
    else (punctuation, emoji) ends it."""
    out, emoji = [], False
    for token in "".join(" " if c in WHITE_SPACE else c for c in text).split(" "):
        if token.startswith(("@", "http://", "https://", "www.")):
            continue
        word = ""
        for c in token + " ":
            if c.isalnum():
                word += c
                continue
            emoji |= c in CLOSING_EMOJI
            if word:
                out.append(fold(word))
            word = ""
    return out, emoji


PHRASES = {}  # first word -> the phrases (tuples of folded words) starting with it
for _phrase in CLOSING:
    _ws = tuple(closing_words(_phrase)[0])
    PHRASES.setdefault(_ws[0], set()).add(_ws)


def only_closes(text):
    """True when the text is a sequence of closing phrases and nothing else (once handles, URLs,
    emoji and punctuation are set aside), or nothing but closing emoji; never over 280 bytes."""
    if len(text.encode("utf-8")) > CLOSING_MAX_BYTES:
        return False
    ws, emoji = closing_words(text)
    if not ws:
        return emoji
    reachable = [True] + [False] * len(ws)  # reachable[i]: ws[:i] is a sequence of phrases
    for i in range(len(ws)):
        if reachable[i]:
            for phrase in PHRASES.get(ws[i], ()):
                if tuple(ws[i:i + len(phrase)]) == phrase:
                    reachable[i + len(phrase)] = True
    return reachable[-1]


def resolve_cycles(nodes, link, inbound):
    """Stretch heads of customer messages whose parents run into a cycle of ids (bad data), walked
    one by one as AuditBuilder.resolveStretches does: the message where the cycle closes becomes a
    head without a parent. Returns {message: head} and the heads whose parent link is dropped."""
    lk = {i: int(link[i]) for i in nodes}
    closed = set()
    for i in sorted(nodes):
        k, head, path = i, i, []
        while True:
            p = lk[k]
            if p <= -5:
                head = k; lk[k] = -1; closed.add(k)
                break
            if p < 0 or not inbound[p]:
                head = k
                break
            lk[k] = -p - 5; path.append(k); k = p
        for x in path:
            if x != head:
                lk[x] = head
    return {i: (i if lk[i] < 0 or not inbound[lk[i]] else lk[i]) for i in nodes}, closed


def audit(df):
    n = len(df)
    idx = np.arange(n)
    inbound = df["inbound"].to_numpy()
    t = df["t"].to_numpy()
    author = df["author"].to_numpy(dtype=object)
    end = int(t.max())  # observation end: the latest timestamp in the log

    # Duplicate ids: the first in file order counts. Parents: index of the first message with the id.
    dup = df["id"].duplicated().to_numpy()
    firsts = pd.Index(df["id"][~dup])
    link = np.where(dup, -1, idx[~dup][firsts.get_indexer(df["parent"])])
    has_parent = (df["parent"] != "").to_numpy()
    missing = ~dup & has_parent & ((firsts.get_indexer(df["parent"]) < 0) | (link == idx))
    link = np.where(~has_parent | dup, -1, np.where(missing, -2, link))

    # Customer stretches: follow inbound parents to the head (pointer jumping), cycles by hand.
    live_in = inbound & ~dup
    continues = live_in & (link >= 0) & inbound[np.maximum(link, 0)]
    head = np.where(continues, link, idx)
    for _ in range(2 + int(math.log2(n + 1))):
        head = head[head]
    stuck = np.flatnonzero(live_in & continues[head])
    mention_link = link.copy()
    if len(stuck):
        fixed, closed = resolve_cycles(stuck, link, inbound)
        head[list(fixed)] = list(fixed.values())
        mention_link[list(closed)] = -1
    is_mention = live_in & (head == idx)

    # Mentions; every customer message points at the mention of its stretch.
    m_idx = np.flatnonzero(is_mention)
    mentions = pd.DataFrame({"head": m_idx, "previous": mention_link[m_idx]})
    mentions["follow_up"] = mentions["previous"] >= 0
    mention_of = np.full(n, -1)
    mention_of[m_idx] = np.arange(len(m_idx))
    mention_of[live_in] = mention_of[head[live_in]]

    # Closed follow-ups: every customer message of the stretch only closes the conversation.
    # (Only the stretches of follow-ups are read: a first message is never closed.)
    follow_up = mentions["follow_up"].to_numpy()
    read = live_in & follow_up[np.maximum(mention_of, 0)]
    closing = np.zeros(n, bool)
    closing[read] = df["text"][read].map(only_closes).to_numpy(dtype=bool)
    asking = np.bincount(mention_of[read & ~closing], minlength=len(m_idx))
    mentions["closed"] = follow_up & (asking == 0)

    # Audited accounts: every outbound author whose name is not all digits.
    out_authors = pd.Series(author[~inbound])
    names = out_authors[~out_authors.str.fullmatch(r"[0-9]*")].unique()
    audited = set(names)
    account_of_handle = {name.lower(): name for name in names}  # later names win, as in the engine

    # Replies: outbound messages answering a customer message of a stretch.
    j = np.flatnonzero(~inbound & ~dup & (link >= 0))
    j = j[inbound[link[j]]]
    r = pd.DataFrame({"j": j, "k": mention_of[link[j]], "t": t[j], "author": author[j]})
    by_account = r["author"].isin(audited).to_numpy()
    answered_by_other = np.zeros(len(m_idx), bool)
    answered_by_other[r["k"][~by_account]] = True
    r = r[by_account]
    h = mentions["head"].to_numpy()[r["k"]]
    bad = (r["t"].to_numpy() < t[link[r["j"]]]) | (r["t"].to_numpy() < t[h])
    bad_order = int(bad.sum())
    r = r[~bad]
    prev = mentions["previous"].to_numpy()[r["k"]]
    r = r[(prev < 0) | (author[np.maximum(prev, 0)] == r["author"].to_numpy())]
    first = r.sort_values(["k", "t", "j"]).drop_duplicates("k")
    reply = np.full(len(m_idx), -1)
    reply[first["k"].to_numpy()] = first["j"].to_numpy()
    mentions["reply"] = reply

    # Attribution: followed account; replying account; other accounts; the first @handle.
    texts = df["text"][m_idx].reset_index(drop=True)
    handle = texts.str.extract(r"@([0-9]*[A-Za-z_][0-9A-Za-z_]*)", expand=False).str.lower()
    by_handle = handle.map(account_of_handle).to_numpy(dtype=object)
    prev_author = author[np.maximum(mentions["previous"], 0)]
    reply_author = author[np.maximum(reply, 0)]
    follow_up = mentions["follow_up"].to_numpy()
    account = np.where(follow_up, np.where(pd.Series(prev_author).isin(list(audited)), prev_author, None),
                       np.where(reply >= 0, reply_author, np.where(answered_by_other, None, by_handle)))
    mentions["account"] = account
    mentions = mentions[mentions["account"].notna()].copy()

    # Priority of the head's text: first triage rule with a keyword or phrase among the folded
    # text's words (whole words, consecutive for a phrase), else the default priority.
    mine = texts[mentions.index]
    folded = mine.str.lower()
    plain = mine.str.isascii()
    folded[~plain] = mine[~plain].map(fold)
    spaced = " " + folded.map(lambda s: " ".join(words(s))) + " "
    prio = pd.Series([s[0] for s in SLAS].index(DEFAULT), index=mentions.index)
    decided = pd.Series(False, index=mentions.index)
    for priority, keywords in TRIAGE:
        hit = pd.Series(False, index=mentions.index)
        for kw in keywords:
            hit |= spaced.str.contains(" " + " ".join(words(fold(kw))) + " ", regex=False)
        prio[hit & ~decided] = [s[0] for s in SLAS].index(priority)
        decided |= hit
    mentions["priority"] = prio

    # Measure on each SLA's clock (all calendar here: due = start + limit). A closed follow-up
    # is closed whatever its SLA limits: no due, not answered, no reply time.
    start = t[mentions["head"]]
    limits = np.array([[s[1] if s[1] is not None else -1, s[2] if s[2] is not None else -1] for s in SLAS])
    priority = mentions["priority"].to_numpy()
    limit = limits[priority, mentions["follow_up"].to_numpy().astype(int)]
    closed = mentions["closed"].to_numpy()
    answered = (mentions["reply"].to_numpy() >= 0) & ~closed
    replied_at = t[np.maximum(mentions["reply"], 0)]
    due = start + limit
    mentions["limit"] = limit
    mentions["answered"] = answered
    calendar_seconds = np.where(answered, np.maximum(replied_at - start, 0), -1)
    mentions["seconds"] = calendar_seconds
    mentions["sla_seconds"] = sla_seconds(calendar_seconds, priority)
    mentions["status"] = np.select([closed, answered & (replied_at <= due), answered, end > due],
                                   ["closed", "met", "breached", "breached_unanswered"], "pending")
    accounts = sorted(set(mentions["account"]) | set(author[~inbound & ~dup]) & audited)
    # Not-measured rows (no limit for the metric) appear in no line; closed ones still count in
    # the metric's `all` line.
    return accounts, mentions[(mentions["limit"] >= 0) | mentions["closed"]]


def sla_seconds(calendar_seconds, priority):
    """Reply times on each mention's SLA clock: calendar seconds for a calendar-clock SLA. A
    business clock would need the strategy's care hours, which this script does not read."""
    clocks = np.array([s[4] for s in SLAS])[priority]
    if (clocks != "calendar").any():
        raise NotImplementedError("business-clock SLAs: care hours are not encoded in this script")
    return calendar_seconds


# --- the rollup CSV (AuditCSVRenderer, AuditFormat) ---------------------------------------------
def half_up(x):
    f = math.floor(x)
    return f + (1 if x - f >= 0.5 else 0)


def minutes(s):
    tenths = half_up(s / 6)
    return str(tenths // 10) if tenths % 10 == 0 else f"{tenths // 10}.{tenths % 10}"


def fraction(x):
    n = half_up(x * 10_000)
    return str(n // 10_000) if n % 10_000 == 0 else f"{n // 10_000}.{n % 10_000:04d}".rstrip("0")


def nearest_rank(sorted_values, p):
    return sorted_values[max(1, -(-p * len(sorted_values) // 100)) - 1] if len(sorted_values) else None


def percentiles(values):
    """p50, p90 and p99 of the values by nearest rank, as minutes ("" when there are none)."""
    ordered = np.sort(values)
    return [minutes(int(x)) if x is not None else "" for x in (nearest_rank(ordered, q) for q in (50, 90, 99))]


def line(account, priority, metric, clock, limit, target, g):
    counts = {s: int((g["status"] == s).sum()) for s in ["met", "breached", "breached_unanswered", "pending", "closed"]}
    judged = counts["met"] + counts["breached"] + counts["breached_unanswered"]
    answered = g["answered"].to_numpy()  # closed follow-ups are never answered
    return [account, priority, metric, clock or "", minutes(limit) if limit is not None else "",
            fraction(target / 1_000_000) if target is not None else "", len(g), int(answered.sum()),
            counts["met"], counts["breached"], counts["breached_unanswered"], counts["pending"], counts["closed"],
            fraction(counts["met"] / judged) if judged else "",
            ("yes" if counts["met"] * 1_000_000 >= target * judged else "no") if target is not None and judged else "",
            *percentiles(g["sla_seconds"].to_numpy()[answered]),
            *percentiles(g["seconds"].to_numpy()[answered])]


def main():
    accounts, rows = audit(read_twcs(sys.argv[1]))
    out = csv.writer(sys.stdout, lineterminator="\r\n")
    out.writerow(HEADER)
    groups = dict(list(rows.groupby(["account", "follow_up", "priority"])))
    metrics = dict(list(rows.groupby(["account", "follow_up"])))
    empty = rows.iloc[0:0]
    for account in accounts:
        for follow_up, metric in [(False, "first_reply"), (True, "next_reply")]:
            limited = [(i, s) for i, s in enumerate(SLAS) if s[1 + follow_up] is not None]
            for i, s in limited:
                g = groups.get((account, follow_up, i), empty)
                out.writerow(line(account, s[0], metric, s[4], s[1 + follow_up], s[3], g))
            if limited:
                # Every row of the metric: each counts with its own SLA's clock and closed ones
                # of a priority without a limit for it count here only.
                out.writerow(line(account, "all", metric, None, None, None, metrics.get((account, follow_up), empty)))


if __name__ == "__main__":
    main()
