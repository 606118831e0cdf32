import Foundation
import SocialPlanTestSupport
import XCTest
@testable import SocialPlanCore

/// twitter-text's own weighted-length conformance cases (a trimmed copy in
/// `Tests/SocialPlanCLITests/Fixtures/networks/twitter-text-weighted-length.json`, with the
/// skipped case and why in its `skipped` list).
final class TwitterTextConformanceTests: XCTestCase {
    struct Fixture: Decodable {
        struct Case: Decodable {
            var section: String
            var description: String
            var text: String
            var weightedLength: Int
            var valid: Bool
        }
        struct Skipped: Decodable {
            var description: String
            var why: String
            var text: String
            var weightedLength: Int
            var socialplanLength: Int
        }
        var cases: [Case]
        var skipped: [Skipped]
    }

    func testWeightedLengthsMatchTwitterText() throws {
        let data = try Data(contentsOf: PackageRoot.file("Tests/SocialPlanCLITests/Fixtures/networks/twitter-text-weighted-length.json"))
        let fixture = try JSONDecoder().decode(Fixture.self, from: data)
        XCTAssertEqual(fixture.cases.count, 23)
        XCTAssertEqual(fixture.skipped.count, 1)
        for s in fixture.skipped {
            XCTAssertEqual(NetworkText.length(of: s.text, on: .x), s.socialplanLength, "the known difference: \(s.why)")
            XCTAssertNotEqual(s.socialplanLength, s.weightedLength)
        }
        for c in fixture.cases {
            XCTAssertEqual(NetworkText.length(of: c.text, on: .x), c.weightedLength, "\(c.section): \(c.description)")
            if c.section == "WeightedTweetsWithDiscountedEmojiCounterTest" {
                XCTAssertEqual(NetworkText.fits(c.text, on: .x), c.valid, "\(c.section): \(c.description)")
            }
        }
    }
}
