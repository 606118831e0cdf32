#!/usr/bin/env bash
# Audit speed and memory against a pandas baseline, and agreement of their figures.
#
#     Benchmarks/audit-comparison.sh [SIZE_MB=500]
#
# Builds the release binary, writes a synthetic TWCS log of SIZE_MB with Benchmarks/make-twcs.py
# into a temporary folder (deleted afterwards), then in one run times
#     socialplan audit Benchmarks/audit-strategy.yaml --log LOG --format csv   (three times)
# and Benchmarks/audit_pandas.py LOG under /usr/bin/time (wall seconds, peak resident memory),
# prints MB/s (file bytes / 10^6 / wall seconds) and peak MB (KB / 1024) for both, and compares
# their CSVs. The two real samples in /work/shared/data (or $TWCS_SAMPLES) and
# Benchmarks/audit-edge-cases.csv (duplicates, a cycle of ids, bad order, follow-ups answered by
# another account, a numeric account, ties, float and ISO values, skipped rows, closing
# follow-ups and near misses) are compared too.
# Exit 1 when any pair of CSVs differs (the first differing lines are printed).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE_MB=${1:-500}
SAMPLES=${TWCS_SAMPLES:-/work/shared/data}
STRATEGY=Benchmarks/audit-strategy.yaml

[ -x /usr/bin/time ] || { echo "installing GNU time"; apt-get install -y -qq time >/dev/null; }
python3 -c "import pandas" 2>/dev/null || { echo "installing pandas"; python3 -m pip install -q pandas; }

swift build -c release --product socialplan >/dev/null
BIN="$(swift build -c release --show-bin-path)/socialplan"
"$BIN" validate "$STRATEGY" >/dev/null 2>&1 || { echo "error: $STRATEGY does not validate" >&2; exit 2; }

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
LOG="$TMP/twcs-$SIZE_MB.csv"
python3 Benchmarks/make-twcs.py "$SIZE_MB" "$LOG"
BYTES=$(stat -c %s "$LOG")

# timed NAME LOG COMMAND…: runs COMMAND > $TMP/NAME.csv under /usr/bin/time, prints the figures.
timed() {
    local name=$1 log=$2; shift 2
    /usr/bin/time -f "%e %M" -o "$TMP/$name.time" "$@" > "$TMP/$name.csv" 2> "$TMP/$name.err" \
        || { echo "error: $name failed:" >&2; cat "$TMP/$name.err" "$TMP/$name.time" >&2; exit 2; }
    local secs kb
    read -r secs kb < <(tail -n 1 "$TMP/$name.time")
    awk -v n="$name" -v b="$(stat -c %s "$log")" -v s="$secs" -v k="$kb" \
        'BEGIN { printf "%-22s %8.2f s  %8.1f MB/s  peak %7.1f MB\n", n, s, b / 1e6 / (s > 0 ? s : 0.01), k / 1024 }'
}

# same A B: compares two CSVs; prints the first differing lines and returns 1 when they differ.
same() {
    if cmp -s "$TMP/$1.csv" "$TMP/$2.csv"; then
        echo "  $1 = $2 ($(($(wc -l < "$TMP/$1.csv") - 1)) lines)"
    else
        echo "  $1 and $2 DIFFER; first differing lines:"
        diff "$TMP/$1.csv" "$TMP/$2.csv" | head -n 12
        return 1
    fi
}

echo "log: $LOG, $BYTES bytes ($(date -u +%Y-%m-%d), $(nproc) cores)"
# socialplan three times (wall times on a shared VM vary by ±20 %), pandas once between them;
# the ratio is taken against the best socialplan run.
timed socialplan "$LOG" "$BIN" audit "$STRATEGY" --log "$LOG" --format csv
best=$(cut -d' ' -f1 "$TMP/socialplan.time" | tail -n 1)
timed pandas "$LOG" python3 Benchmarks/audit_pandas.py "$LOG"
for run in 2 3; do
    timed "socialplan-run$run" "$LOG" "$BIN" audit "$STRATEGY" --log "$LOG" --format csv
    best=$(printf '%s\n%s\n' "$best" "$(tail -n 1 "$TMP/socialplan-run$run.time" | cut -d' ' -f1)" | sort -g | head -n 1)
done
pandas_s=$(tail -n 1 "$TMP/pandas.time" | cut -d' ' -f1)
awk -v b="$best" -v p="$pandas_s" -v bytes="$BYTES" \
    'BEGIN { printf "socialplan best of 3: %.2f s = %.0f MB/s, %.1fx pandas\n", b, bytes / 1e6 / b, p / b }'

status=0
same socialplan pandas || status=1
"$BIN" audit "$STRATEGY" --log "$LOG" --format json 2>/dev/null | python3 -c '
import json, sys
d = json.load(sys.stdin)
c = d["counts"]
print("  shape: %d messages, %d accounts, %d mentions attributed (%d unattributed, %d not measured)"
      % (c["messages"], len(d["accounts"]), c["mentions"], c["unattributed"], c["not_measured"]))'

for file in "$SAMPLES/twcs-sample-93.csv" "$SAMPLES/twcs-random-5000.csv" Benchmarks/audit-edge-cases.csv; do
    [ -f "$file" ] || { echo "  $file missing, skipped"; continue; }
    sample=$(basename "$file" .csv)
    timed "$sample-socialplan" "$file" "$BIN" audit "$STRATEGY" --log "$file" --format csv
    timed "$sample-pandas" "$file" python3 Benchmarks/audit_pandas.py "$file"
    same "$sample-socialplan" "$sample-pandas" || status=1
done
exit $status
