import XCTest
@testable import SocialPlanCore

/// The plan's changes come from the two models: one edit gives one change with its words,
/// a renamed id is removed + added, and what only looks different (comments, `60m` for `1h`)
/// is no change.
final class PlanComparisonTests: XCTestCase {
    func testRemovingAPersonIsOneRemovalWithTheirSummary() throws {
        let text = try DiffFixture.text("brightdesk-saas")
        let changes = try DiffFixture.changes(text, """
              hannah:
                name: Hannah Okafor
                roles: [care]
                available: { mon-fri: "10:00-18:30" }
                max_hours_per_week: 37.5
                away: [2026-11-02..2026-11-06]

            """, "")
        XCTAssertEqual(changes, [PlanChange(area: .people, subject: "hannah", kind: .removed,
                                            before: "Hannah Okafor; care; Mon–Fri 10:00–18:30; up to 37.5h a week")])
        XCTAssertEqual(changes.first?.words, "removed hannah (Hannah Okafor; care; Mon–Fri 10:00–18:30; up to 37.5h a week)")
    }

    func testAChangedSLATargetIsOneKeyChange() throws {
        let text = try DiffFixture.text("brightdesk-saas")
        let changes = try DiffFixture.changes(text, "normal: { first_reply: 4h, next_reply: 8h, target: 90%",
                                              "normal: { first_reply: 4h, next_reply: 8h, target: 95%")
        XCTAssertEqual(changes, [PlanChange(area: .slas, subject: "normal", kind: .changed, key: "target", before: "90%", after: "95%")])
        XCTAssertEqual(changes.first?.words, "normal: target 90% → 95%")
    }

    func testAnAddedStreamIsOneAdditionWithItsCadenceAndAuthors() throws {
        let text = try DiffFixture.text("brightdesk-saas")
        let changes = try DiffFixture.changes(text, "publishing:\n", """
              friday-poll:
                about: A poll for the weekend
                by: [dana]
                every: 1/week
                at: { fri: "15:00-17:00" }
                accounts: [x]

            publishing:

            """)
        XCTAssertEqual(changes.map(\.words), ["added friday-poll (post, 1/week by dana on x)"])
        XCTAssertEqual(changes.first?.area, .streams)
    }

    func testAPostsStatusAndItsApproverChange() throws {
        let text = try DiffFixture.text("brightdesk-saas")
        let changes = try DiffFixture.changes(text, "    status: approved\n    approved_by: priya\n    not_before: 2026-12-07",
                                              "    status: draft\n    not_before: 2026-12-14")
        XCTAssertEqual(changes.map(\.words), ["jira-sync: status approved → draft", "jira-sync: approved_by priya → none",
                                              "jira-sync: not_before 2026-12-07 → 2026-12-14"])
        XCTAssertTrue(changes.allSatisfy { $0.area == .posts && $0.subject == "jira-sync" })
    }

    /// A long text is shown where it changes, not only its beginning.
    func testALatEditToAPostsTextIsShownWhereItIs() throws {
        let text = try DiffFixture.text("brightdesk-saas")
        let changes = try DiffFixture.changes(text, "so refunds and order edits can start from a conversation.",
                                              "so refunds and order edits can start from a ticket.")
        XCTAssertEqual(changes.map(\.words), ["shopify-flow: text …tart from a conversation. → …tart from a ticket."])
        XCTAssertTrue(PlanWords.excerpts("short", "shorter") == ("short", "shorter"))
        let long = String(repeating: "a", count: 60)
        XCTAssertEqual(PlanWords.excerpts(long + "X", long + "Y").0, "…" + String(repeating: "a", count: 12) + "X",
                       "twelve characters before the difference")
        XCTAssertEqual(PlanWords.excerpts("X" + long + long, "Y" + long + long).1.count, PlanWords.excerptLength, "cut to the length")
    }

    func testARenamedSLAIsRemovedAndAdded() throws {
        let text = try DiffFixture.text("brightdesk-saas")
        // The priority is named in three places; rename it everywhere so the file stays valid.
        var edited = DiffFixture.edit(text, "    urgent: { first_reply: 1h", "    critical: { first_reply: 1h")
        edited = DiffFixture.edit(edited, "priorities: { urgent: 20%", "priorities: { critical: 20%")
        edited = DiffFixture.edit(edited, "    urgent: [outage", "    critical: [outage")
        let changes = PlanComparison.changes(from: try DiffFixture.load(text), to: try DiffFixture.load(edited))
        XCTAssertEqual(changes.filter { $0.area == .slas }.map(\.words), [
            "added critical (first_reply 1h, next_reply 1h, 90%, business clock)",
            "removed urgent (first_reply 1h, next_reply 1h, 90%, business clock)",
        ])
        XCTAssertEqual(changes.filter { $0.area == .mentions }.map(\.key), ["priorities"])
        XCTAssertEqual(changes.filter { $0.area == .care }.map(\.key), ["triage"])
    }

    func testTheSameFileIsNoChangeAndSoAreSpellingsOfOneValue() throws {
        let text = try DiffFixture.text("fjordkaffe")
        let strategy = try DiffFixture.load(text)
        XCTAssertEqual(PlanComparison.changes(from: strategy, to: strategy), [])
        let brightdesk = try DiffFixture.text("brightdesk-saas")
        let respelled = try DiffFixture.changes(brightdesk, "urgent: { first_reply: 1h,", "# a comment moves every line\n    urgent: { first_reply: 60m,")
        XCTAssertEqual(respelled, [], "60m is 1h; a comment is not a change")
    }

    func testAPersonsHoursAndLimitReadAsTheyAreWritten() throws {
        let text = try DiffFixture.text("brightdesk-saas")
        let changes = try DiffFixture.changes(text, """
                available: { mon-fri: "10:00-18:30" }
                max_hours_per_week: 37.5
            """, """
                available: { mon-thu: "10:00-18:30", sat: "10:00-14:00" }
                max_hours_per_week: 30
            """)
        XCTAssertEqual(changes.map(\.words), [
            "hannah: available Mon–Fri 10:00–18:30 → Mon–Thu 10:00–18:30 and Sat 10:00–14:00",
            "hannah: max_hours_per_week 37.5h → 30h",
        ])
    }

    func testCareAndPublishingSettingsHaveNoSubject() throws {
        let text = try DiffFixture.text("brightdesk-saas")
        var edited = DiffFixture.edit(text, "shrinkage: 35%", "shrinkage: 30%")
        edited = DiffFixture.edit(edited, "  max_per_day: 3\n", "  max_per_day: 4\n")
        let changes = PlanComparison.changes(from: try DiffFixture.load(text), to: try DiffFixture.load(edited))
        XCTAssertEqual(changes.map(\.words), ["shrinkage 35% → 30%", "max_per_day 3 → 4"])
        XCTAssertEqual(changes.map(\.area), [.care, .publishing])
    }
}
