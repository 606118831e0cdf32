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

final class AuditKeyOrderTests: XCTestCase {
    /// The id order the join searches parents in is positions sorted by (key, position), on
    /// nearly sorted keys (a few late ones, the merge path), keys with duplicates, a huge key
    /// early (most positions late: the full sort), reversed and random keys.
    func testKeyOrderIsPositionsSortedByKeyThenPosition() {
        var rng = TestRandom(seed: 0x0DE5)
        for n in [0, 1, 2, 5, 100, 5_000] {
            var nearly = (0..<n).map { UInt64($0 * 3) }
            for _ in 0..<(n / 20) { nearly[Int.random(in: 0..<n, using: &rng)] = UInt64.random(in: 0...UInt64(3 * n), using: &rng) }
            let duplicated: [UInt64] = nearly.map { $0 / 4 }
            let hugeFirst: [UInt64] = [UInt64.max] + Array(nearly.dropFirst())
            let random: [UInt64] = (0..<n).map { _ in UInt64.random(in: 0...50, using: &rng) }
            let shapes: [[UInt64]] = [nearly, duplicated, hugeFirst, Array(nearly.reversed()), random]
            for keys in shapes {
                let expected = (0..<Int32(keys.count)).sorted { (a: Int32, b: Int32) -> Bool in
                    let ka = keys[Int(a)], kb = keys[Int(b)]
                    return ka != kb ? ka < kb : a < b
                }
                XCTAssertEqual(AuditBuilder.keyOrder(keys, parallel: false), expected, "n = \(n)")
                XCTAssertEqual(AuditBuilder.keyOrder(keys, parallel: true), expected, "n = \(n), on two threads")
            }
        }
    }
}
