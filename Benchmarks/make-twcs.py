#!/usr/bin/env python3
"""Writes a deterministic synthetic TWCS log ("Customer Support on Twitter" shape) of a given size.

    python3 Benchmarks/make-twcs.py 500 /tmp/twcs-500.csv [--crlf] [--seed 1]

Same shape as the real data: ~45 % outbound replies from 20 named support accounts, numeric
customer ids, quoted texts with commas, "" escapes, some embedded newlines and emoji,
Twitter timestamps, and thread links parent -> child (response_tweet_id, sometimes "a,b",
and in_response_to_tweet_id). Some customers answer the account's reply with a short follow-up:
mostly one that only closes the conversation ("thanks!", "ok thank you 👍"; docs/audit.md,
"Closed conversations"), sometimes one that looks like it but asks for more. Used by
log-read-bench and audit-comparison.sh; not part of the product.
"""
import argparse
import random
import time

ACCOUNTS = ["AppleSupport", "AmazonHelp", "Uber_Support", "SpotifyCares", "comcastcares", "Delta",
            "TMobileHelp", "hulu_support", "AmericanAir", "SouthwestAir", "VirginTrains", "British_Airways",
            "Tesco", "sprintcare", "XboxSupport", "ChipotleTweets", "UPSHelp", "AskPlayStation",
            "sainsburys", "Ask_Spectrum"]
WORDS = ("my order never arrived and the app keeps crashing when I open it please help "
         "thanks for reaching out we are sorry to hear that can you DM us your account details "
         "update battery screen refund delivery flight delayed again").split()
EMOJI = ["😡", "🙏", "👍🏽", "😂", "✈️", "📦", "💔"]
# Follow-ups to an account's reply: FOLLOW_UP_SHARE of the answered threads get one, on the
# first reply; most only close the conversation, the others look alike but ask for more.
FOLLOW_UP_SHARE = 0.15
CLOSING = ["thanks!", "ok thank you 👍", "Thank you so much guys", "thx", "👍", "cheers, sorted now",
           "perfect, that worked 🙏", "got it, thanks", "Brilliant thanks 😊", "takk!", "Danke schön", "merci beaucoup"]
NOT_CLOSING = ["thanks, but it still doesn't work", "ok, which carrier?", "thanks! wait, when will it arrive?"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def stamp(t):
    g = time.gmtime(t)
    return f"{DAYS[g.tm_wday]} {MONTHS[g.tm_mon - 1]} {g.tm_mday:02d} {g.tm_hour:02d}:{g.tm_min:02d}:{g.tm_sec:02d} +0000 {g.tm_year}"


def text(rng, to, signed):
    words = [rng.choice(WORDS) for _ in range(rng.randint(6, 28))]
    if rng.random() < 0.5:
        words[rng.randrange(len(words))] += ","
    if rng.random() < 0.15:
        words.insert(rng.randrange(len(words)), '""quoted""')
    if rng.random() < 0.2:
        words.append(rng.choice(EMOJI))
    body = f"@{to} " + " ".join(words)
    if rng.random() < 0.05:
        body += "\n" + " ".join(rng.choice(WORDS) for _ in range(5))
    if signed:
        body += " ^" + rng.choice("ABCDEFGHJK") + rng.choice("ABCDEFGHJK")
    needs_quotes = "," in body or '"' in body or "\n" in body
    return f'"{body}"' if needs_quotes else body


def main():
    p = argparse.ArgumentParser()
    p.add_argument("megabytes", type=float)
    p.add_argument("output")
    p.add_argument("--crlf", action="store_true")
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    rng = random.Random(a.seed)
    nl = "\r\n" if a.crlf else "\n"
    limit = int(a.megabytes * 1_000_000)
    next_id, t = 1_000_000, 1_506_816_000  # 2017-10-01
    written = 0
    with open(a.output, "w", encoding="utf-8", newline="") as out:
        header = "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id" + nl
        out.write(header)
        written += len(header)
        while written < limit:
            # One thread: a customer's mention, then 1-2 replies (a quarter of threads unanswered).
            customer = str(rng.randint(100_000, 900_000))
            account = rng.choice(ACCOUNTS)
            t += rng.randint(1, 90)
            mention = next_id
            replies = [] if rng.random() < 0.25 else [mention + 1 + k for k in range(1 if rng.random() < 0.9 else 2)]
            next_id += 1 + len(replies)
            responses = ",".join(map(str, replies))
            if "," in responses:
                responses = f'"{responses}"'
            rows = [f"{mention},{customer},True,{stamp(t)},{text(rng, account, False)},{responses},"]
            for k, r in enumerate(replies):
                replied = t + rng.randint(60, 7200)
                follow_up = next_id if k == 0 and rng.random() < FOLLOW_UP_SHARE else None
                rows.append(f"{r},{account},False,{stamp(replied)},{text(rng, customer, True)},{follow_up or ''},{mention}")
                if follow_up:
                    next_id += 1
                    said = rng.choice(CLOSING if rng.random() < 0.8 else NOT_CLOSING)
                    body = f'"@{account} {said}"' if "," in said else f"@{account} {said}"
                    rows.append(f"{follow_up},{customer},True,{stamp(replied + rng.randint(30, 3600))},{body},,{r}")
            chunk = nl.join(rows) + nl
            out.write(chunk)
            written += len(chunk.encode("utf-8"))


if __name__ == "__main__":
    main()
