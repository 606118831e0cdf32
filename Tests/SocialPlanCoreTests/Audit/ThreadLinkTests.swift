import XCTest
@testable import SocialPlanCore

/// `ThreadLinks` packs a `ThreadLink` in four bytes: every case reads back as written.
final class ThreadLinkTests: XCTestCase {
    func testEveryLinkReadsBackAsWritten() {
        let links: [ThreadLink] = [.root, .missingParent, .visiting, .parent(0), .parent(1), .parent(Int32.max),
                                   .mention(0), .mention(1), .mention(Int32.max - 4)]
        var packed = ThreadLinks(count: links.count)
        for (i, link) in links.enumerated() { XCTAssertEqual(packed[i], .root, "new links start as roots"); packed[i] = link }
        XCTAssertEqual(links.indices.map { packed[$0] }, links)
    }
}
