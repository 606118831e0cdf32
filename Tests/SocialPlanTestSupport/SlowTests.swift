import Foundation
import XCTest

/// The opt-in switch for the slowest tests: `SOCIALPLAN_SLOW_TESTS=1 swift test` (CI sets it).
///
/// A slow test runs only with the switch; each has a fast counterpart that exercises the same
/// code on a smaller input in every run, so a plain `swift test` stays quick without losing a
/// path. A skipped slow test says so in the test log.
public enum SlowTests {
    /// True when `SOCIALPLAN_SLOW_TESTS=1`.
    public static var enabled: Bool { ProcessInfo.processInfo.environment["SOCIALPLAN_SLOW_TESTS"] == "1" }

    /// Skips the calling test unless slow tests are enabled; `fastForm` names what covers the
    /// same path in every run.
    public static func require(fastForm: String) throws {
        guard enabled else { throw XCTSkip("slow test, runs with SOCIALPLAN_SLOW_TESTS=1; its fast form in every run: \(fastForm)") }
    }

    /// `slow` when slow tests are enabled, `fast` otherwise: a test's size (problems, weeks,
    /// replications) for an ordinary run and for CI.
    public static func pick<T>(fast: T, slow: T) -> T { enabled ? slow : fast }
}
