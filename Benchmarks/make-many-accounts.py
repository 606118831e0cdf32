#!/usr/bin/env python3
"""Writes a TWCS log in which every mention is answered by its own account: N accounts, each with
one customer mention and one reply (2 N rows). For measuring how the audit's output grows with the
number of accounts (docs/performance.md, "Audit output for many accounts"):

    python3 Benchmarks/make-many-accounts.py 100000 /tmp/many-100k.csv     # 13.6 MB

Deterministic; not part of the product."""
import sys


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: make-many-accounts.py ACCOUNTS OUTPUT")
    n, path = int(sys.argv[1]), sys.argv[2]
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    with open(path, "w", newline="") as f:
        f.write("tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n")
        for k in range(n):
            # 2017-10-02 (a Monday) onwards, one mention a minute, answered 7 minutes later.
            minute = k % (7 * 24 * 60)
            day, hour, m = minute // 1440, minute // 60 % 24, minute % 60
            stamp = "%s Oct %02d %02d:%02d:00 +0000 2017" % (days[day], 2 + day, hour, m)
            reply_minute = minute + 7
            rday, rhour, rm = reply_minute // 1440 % 7, reply_minute // 60 % 24, reply_minute % 60
            reply = "%s Oct %02d %02d:%02d:00 +0000 2017" % (days[rday], 2 + rday + 7 * (reply_minute // (7 * 1440)), rhour, rm)
            account = "Brand%06d" % k
            f.write("%d,%d,True,%s,@%s help,%d,\n" % (2 * k + 1, 500000 + k, stamp, account, 2 * k + 2))
            f.write("%d,%s,False,%s,@%d ok ^AB,,%d\n" % (2 * k + 2, account, reply, 500000 + k, 2 * k + 1))


if __name__ == "__main__":
    main()
