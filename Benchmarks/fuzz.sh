#!/usr/bin/env bash
# Builds the libFuzzer binary (Fuzz/, with -sanitize=fuzzer,address) and runs one target for a
# number of seconds on its seed corpus (docs/reliability.md, "Fuzzing").
#   Benchmarks/fuzz.sh TARGET SECONDS [libFuzzer flags…]
# TARGET: yaml, strategy, twcs, jsonl, values, regex. New inputs that reach new code go to
# .build-fuzz/corpus/TARGET (not committed); a crash is saved as Fuzz/crashes/TARGET-crash-…
# and the script exits non-zero. Seeds: Fuzz/seeds/TARGET plus, for yaml and strategy, the
# bundled Strategies/, Templates/ and the broken fixtures of the CLI tests.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:?usage: fuzz.sh TARGET SECONDS}"
seconds="${2:?usage: fuzz.sh TARGET SECONDS}"
shift 2
case "$target" in yaml|strategy|twcs|jsonl|values|regex) ;; *) echo "fuzz.sh: unknown target $target" >&2; exit 2 ;; esac

scratch=.build-fuzz
swift build --package-path Fuzz --scratch-path "$scratch" -c debug \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library --product socialplan-fuzz >&2
bin="$scratch/debug/socialplan-fuzz"

corpus="$scratch/corpus/$target"
mkdir -p "$corpus" Fuzz/crashes
seeds=("Fuzz/seeds/$target")
if [ "$target" = yaml ] || [ "$target" = strategy ]; then seeds+=(Strategies Templates Tests/SocialPlanCLITests/Fixtures/broken); fi

# -rss_limit_mb: the reader's 4 MiB records and libyaml's own limits stay far below it.
# -detect_leaks=0: LeakSanitizer reports the lazily made static lets (FormatSpec tables) as
# leaked, since Swift keeps them behind pointers with spare bits set (docs/reliability.md).
# The Swift runtime's backtracer reads memory ASan watches; libFuzzer prints the stack itself.
ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" SWIFT_BACKTRACE=enable=no SOCIALPLAN_FUZZ_TARGET="$target" "$bin" "$corpus" "${seeds[@]}" \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -detect_leaks=0 \
  -artifact_prefix="Fuzz/crashes/$target-" -print_final_stats=1 "$@"
