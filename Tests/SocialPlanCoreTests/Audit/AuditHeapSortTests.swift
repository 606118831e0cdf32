import XCTest
@testable import SocialPlanCore

final class AuditHeapSortTests: XCTestCase {
    func testSortsLikeTheStandardLibrary() {
        var rng = TestRandom(seed: 42)
        for n in [0, 1, 2, 3, 7, 64, 1000] {
            var a = (0..<n).map { _ in Int.random(in: -50...50, using: &rng) }
            let expected = a.sorted()
            AuditHeapSort.sort(&a, by: <)
            XCTAssertEqual(a, expected, "n = \(n)")
        }
        var words = ["pear", "apple", "fig", "apple"]
        AuditHeapSort.sort(&words, by: >)
        XCTAssertEqual(words, ["pear", "fig", "apple", "apple"])
    }
}

final class AuditIntrosortTests: XCTestCase {
    /// Sorted, reversed, constant, organ-pipe and random inputs of sizes around the cut-offs sort
    /// like the standard library (the quicksort, its insertion sort and its heapsort fallback).
    func testSortsAdversarialShapesLikeTheStandardLibrary() {
        var rng = TestRandom(seed: 7)
        for n in [15, 16, 17, 33, 100, 1_000, 20_000] {
            let shapes: [[Int]] = [Array(0..<n), Array((0..<n).reversed()), Array(repeating: 3, count: n),
                                   (0..<n).map { min($0, n - $0) }, (0..<n).map { _ in Int.random(in: 0...9, using: &rng) },
                                   (0..<n).map { _ in Int.random(in: -1_000_000...1_000_000, using: &rng) }]
            for var a in shapes {
                let expected = a.sorted()
                AuditHeapSort.sort(&a, by: <)
                XCTAssertEqual(a, expected, "n = \(n)")
            }
        }
    }
}
