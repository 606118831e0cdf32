import XCTest
@testable import SocialPlanCore

final class AuditByteKeysTests: XCTestCase {
    /// Thousands of keys (the table grows many times), prefixes of each other, empty and
    /// non-ASCII, and replaced values: every key finds its last value, absent ones find nothing.
    func testKeysFindTheirLastValue() {
        var keys = AuditByteKeys()
        var expected: [String: Int32] = [:]
        let words = (0..<3000).map { "h\($0)" } + ["", "a", "ab", "abc", "Åse", "å", "ÅSE", "x\u{0}y"]
        for (i, w) in words.enumerated() {
            keys.set(w, Int32(i))
            expected[w] = Int32(i)
        }
        for (i, w) in words.enumerated() where i % 7 == 0 {
            keys.set(w, Int32(-i))
            expected[w] = Int32(-i)
        }
        XCTAssertFalse(keys.isEmpty)
        for (w, v) in expected {
            var copy = w
            XCTAssertEqual(copy.withUTF8 { keys.find($0) }, v, w.debugDescription)
        }
        for absent in ["h3000", "abcd", "A", "åse", "x"] {
            var copy = absent
            XCTAssertNil(copy.withUTF8 { keys.find($0) }, absent)
        }
        XCTAssertTrue(AuditByteKeys().isEmpty)
    }
}
