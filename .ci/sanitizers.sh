#!/usr/bin/env bash
# The tests under a sanitizer, in a build folder of its own (docs/reliability.md, "Sanitizers").
#   .ci/sanitizers.sh address    AddressSanitizer: the core and YAML tests, and the audit's
#                                command-line tests (the reader thread hands events over in
#                                manually allocated batches)
#   .ci/sanitizers.sh thread     ThreadSanitizer: the tests that run code in parallel
#                                (DispatchQueue.concurrentPerform in the simulation's
#                                replications, the fix search, the audit's rota weeks and
#                                `validate` of several files; the audit read in parts and its
#                                two-thread finish)
# Extra arguments go to `swift test` (e.g. `--filter Something` to narrow further). The CLI
# tests run the sanitized `socialplan` binary next to the test bundle.
set -euo pipefail
cd "$(dirname "$0")/.."
kind="${1:?usage: sanitizers.sh address|thread}"
shift
case "$kind" in
  address)
    scratch=.build-asan
    filter='^(SocialPlanCoreTests|YAMLTreeTests)\.|^SocialPlanCLITests\.(AuditCommandTests|AuditAccountCommandTests)'
    # LeakSanitizer reports the lazily made `static let` tables (FormatSpec) as leaked: Swift
    # keeps them behind pointers with spare bits set, which LSan does not follow.
    export ASAN_OPTIONS="detect_leaks=0:halt_on_error=1"
    ;;
  thread)
    scratch=.build-tsan
    filter='^SocialPlanCoreTests\.(WeekCheckTests|FixSearchTests|RotaWeeksTests|CapacityModelTests|SimulationRenderersTests|AuditReadTests|AuditTests)|^SocialPlanCLITests\.(AuditCommandTests|ValidateCommandTests|SimulateCommandTests)'
    # No suppressions: with this toolchain (Swift 6.3.1, Linux) concurrentPerform, NSLock and
    # NSCondition raise no false reports (docs/reliability.md, "Sanitizers").
    export TSAN_OPTIONS="halt_on_error=1"
    ;;
  *) echo "sanitizers.sh: address or thread, not $kind" >&2; exit 2 ;;
esac
# The Swift runtime's backtracer reads memory the sanitizers watch; they print the stack.
export SWIFT_BACKTRACE=enable=no
swift build --build-tests --sanitize="$kind" --scratch-path "$scratch"
swift test --skip-build --sanitize="$kind" --scratch-path "$scratch" --filter "$filter" "$@"
