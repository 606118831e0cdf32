import XCTest
@testable import SocialPlanCore

final class ScheduleRenderingTests: XCTestCase {
    /// The JSON keys come in the documented order (docs/scheduling.md, "JSON shape"), gaps under
    /// `gaps`, and the gap's `description` is the schedule's own sentence for it, the same words
    /// the text prints.
    func testJSONKeepsTheDocumentedOrderAndTheGapWords() throws {
        let (strategy, schedule) = try SimulationInputFixture.load()
        let view = ScheduleView(schedule: schedule, strategy: strategy)
        let json = ScheduleRendering.render(view, as: .json)
        let topKeys = json.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.dropFirst(3).prefix { $0 != "\"" } }
        XCTAssertEqual(topKeys, ["strategy", "week", "timezone", "hours", "posts", "unfilled", "without_post", "shifts", "intervals", "gaps", "summary"])
        XCTAssertFalse(json.contains("understaffed"), "renamed to gaps (docs/glossary.md)")
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let gaps = try XCTUnwrap(object["gaps"] as? [[String: Any]])
        XCTAssertEqual(gaps.count, schedule.gaps.count)
        let summary = try XCTUnwrap(object["summary"] as? [String: Any])
        XCTAssertEqual(summary["gap_intervals"] as? Int, schedule.staffing.filter { $0.difference < 0 }.count)
        let text = ScheduleRendering.render(view, as: .text)
        for (gap, block) in zip(gaps, schedule.gaps) {
            let sentence = GapWords.sentence(block, schedule: schedule, strategy: strategy)
            XCTAssertEqual(gap["description"] as? String, sentence)
            XCTAssertTrue(text.replacingOccurrences(of: "\n    ", with: " ").contains(sentence), sentence)
        }
    }

    /// Every format the rendering lists gives its own document; one it does not list falls back
    /// to the default rather than an empty one.
    func testEveryListedFormatRendersAndOthersFallBackToText() throws {
        let (strategy, schedule) = try SimulationInputFixture.load()
        let view = ScheduleView(schedule: schedule, strategy: strategy)
        XCTAssertEqual(ScheduleRendering.formats.first, .text)
        let documents = ScheduleRendering.formats.map { ScheduleRendering.render(view, as: $0) }
        XCTAssertEqual(Set(documents).count, documents.count, "each format writes something else")
        XCTAssertTrue(documents[ScheduleRendering.formats.firstIndex(of: .ics)!].hasPrefix("BEGIN:VCALENDAR"))
        XCTAssertEqual(ScheduleRendering.render(view, as: .yaml), documents[0])
    }
}
