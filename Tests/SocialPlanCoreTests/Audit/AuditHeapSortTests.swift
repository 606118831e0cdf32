import XCTest
@testable import SocialPlanCore

final class AuditHeapSortTests: XCTestCase {
    func testSortsLikeTheStandardLibrary() {
        var rng = SLATestRandom(state: 42)
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
