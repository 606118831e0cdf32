import SocialPlanTestSupport
import XCTest
@testable import SocialPlanCore

/// The HTML page of `socialplan report`, rendered from a checked week: well-formed (an XML
/// parser reads it), every section and chart there with its text alternative, user text shown
/// as text, and the same sentences and verdict `check` prints.
final class WeekReportRenderingTests: XCTestCase {
    /// Fjordkaffe's week 2026-W49 checked with four simulated weeks (quick; the fix search
    /// runs when a target is clearly missed).
    static func report(_ change: (inout Strategy) -> Void = { _ in }) throws -> WeekReport {
        var (strategy, _) = try SimulationInputFixture.load()
        change(&strategy)
        let week = try ISOWeek.parse("2026-W49").get()
        let check = WeekCheck.check(strategy: strategy, week: week, seed: 3, replications: .fixed(4))
        return WeekReport(check: check, inputs: WeekReport.Inputs(file: "Strategies/fjordkaffe.yaml", version: "9.9.9"))
    }

    /// The unchanged fixture's report, checked once for the tests that only read it.
    static let fixture = Result { try report() }

    func testThePageIsWellFormedWithEverySectionAndChart() throws {
        let report = try Self.fixture.get()
        let html = WeekReportRendering.render(report, as: .html)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\""))
        let page = try XHTMLDocument(html)
        XCTAssertEqual(WeekReportRendering.sectionIDs(report), ["summary", "slas", "coverage", "gaps", "reply-times", "calendar"])
        for id in WeekReportRendering.sectionIDs(report) {
            let section = try XCTUnwrap(page.element(id: id), "section \(id)")
            XCTAssertFalse(section.text.isEmpty, id)
        }
        XCTAssertNil(page.element(id: "audit"), "no log, no plan against actuals")
        XCTAssertTrue(page.elements("script").isEmpty, "the page needs no script")
        let charts = page.elements("svg")
        XCTAssertEqual(charts.count, 3 + report.simulation.slas.count, "coverage, weeks kept, attainment and one reply-time chart per SLA")
        for chart in charts {
            XCTAssertEqual(chart.attributes["role"], "img")
            let title = try XCTUnwrap(chart.children.first { $0.name == "title" }, "every chart has a title")
            let desc = try XCTUnwrap(chart.children.first { $0.name == "desc" }, "every chart has a description")
            XCTAssertFalse(title.text.isEmpty)
            XCTAssertFalse(desc.text.isEmpty)
        }
        let header = try XCTUnwrap(page.element(id: "summary")).text
        for input in ["Strategies/fjordkaffe.yaml", "2026-W49", "Europe/Oslo", "9.9.9", "4 simulated weeks from seed 3"] {
            XCTAssertTrue(header.contains(input), "\(input) in the header: \(header)")
        }
        XCTAssertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;\"/>"))
        XCTAssertTrue(html.contains("@media (prefers-color-scheme: dark)"))
        XCTAssertEqual(html, WeekReportRendering.render(report, as: .html), "the same report, the same bytes")
    }

    func testTheCalendarShowsShiftsAndThePostsText() throws {
        let report = try Self.fixture.get()
        let page = try XHTMLDocument(WeekReportRendering.render(report, as: .html))
        let calendar = try XCTUnwrap(page.element(id: "calendar")).text
        // The fixture is loaded without its posts_from folder: slots its inline posts fill show
        // their text, the others say so.
        var filled = 0
        for slot in report.schedule.posts where slot.isPublished {
            guard let post = slot.post.flatMap({ report.strategy.post($0) }) else {
                XCTAssertTrue(calendar.contains("(no post yet)"))
                continue
            }
            filled += 1
            for line in report.strategy.publishedText(of: post)[0].split(separator: "\n") {
                XCTAssertTrue(calendar.contains(line), "the text of \(post.id): \(line)")
            }
        }
        XCTAssertGreaterThan(filled, 0)
        for member in Set(report.schedule.shifts.map(\.member)) {
            XCTAssertTrue(calendar.contains(try XCTUnwrap(report.strategy.member(member)).name))
        }
        let items = try XCTUnwrap(page.element(id: "calendar")).all.filter { $0.name == "li" }
        XCTAssertEqual(items.filter { $0.text.contains("care shift") }.count, report.schedule.shifts.count)
    }

    /// The gap sentences, the fix and the verdict are check's own, word for word.
    func testTheGapsAndVerdictAreTheSentencesCheckPrints() throws {
        let report = try Self.fixture.get()
        let sim = report.simulation
        let gaps = try XCTUnwrap(XHTMLDocument(WeekReportRendering.render(report, as: .html)).element(id: "gaps")).text
        XCTAssertTrue(gaps.contains(SimulationTextRenderer.verdictLine(sim)))
        for gap in sim.problemGaps {
            XCTAssertTrue(gaps.contains(SimulationTextRenderer.problem(gap, report: sim, strategy: report.strategy)), gaps)
        }
        for gap in sim.thinGaps { XCTAssertTrue(gaps.contains(GapWords.when(gap.gap, timeline: sim.schedule.timeline))) }
        if !sim.thinGaps.isEmpty { XCTAssertTrue(gaps.contains(SimulationTextRenderer.thinHeadline(sim))) }
        if let fix = SuggestedFixRenderer.sentence(report.check.fix, strategy: report.strategy) {
            XCTAssertTrue(gaps.contains(fix))
        }
        let checkText = CheckRendering.render(report.check, as: .text)
        for sla in sim.slas where sla.verdict != .noMentions {
            XCTAssertTrue(checkText.contains(SimulationTextRenderer.weeksKept(sla.weeksKept)))
        }
    }

    func testNamesWithMarkupAreShownAsText() throws {
        let hostile = "<script>alert(1)</script> & \"Ola\" 'O'\u{1} ليو"
        let report = try Self.report { strategy in
            strategy.name = hostile
            strategy.team[0].name = hostile
        }
        let html = WeekReportRendering.render(report, as: .html)
        let page = try XHTMLDocument(html)
        XCTAssertTrue(page.elements("script").isEmpty, "a member called <script> is text, not a script")
        let shown = "<script>alert(1)</script> & \"Ola\" 'O'\u{FFFD} ليو"
        XCTAssertTrue(try XCTUnwrap(page.elements("h1").first).text == shown)
        XCTAssertTrue(try XCTUnwrap(page.element(id: "calendar")).text.contains(shown))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Ola&quot; &#39;O&#39;"))
        XCTAssertFalse(html.contains("\u{1}"))
    }

    func testCoverageCellsAreWarmForGapsAndCoolForSurplus() {
        XCTAssertEqual(ReportCoverageSection.cellClass(required: 0, scheduled: 0), "")
        XCTAssertEqual(ReportCoverageSection.cellClass(required: 3, scheduled: 1), "gap2")
        XCTAssertEqual(ReportCoverageSection.cellClass(required: 2, scheduled: 1), "gap1")
        XCTAssertEqual(ReportCoverageSection.cellClass(required: 2, scheduled: 2), "even")
        XCTAssertEqual(ReportCoverageSection.cellClass(required: 0, scheduled: 1), "surplus1")
        XCTAssertEqual(ReportCoverageSection.cellClass(required: 1, scheduled: 4), "surplus2")
        XCTAssertEqual(ReportReplyTimeSection.tickStep(3600), 600)
        XCTAssertEqual(ReportReplyTimeSection.tickStep(7200), 1800)
        XCTAssertEqual(ReportSLASection.lowerEnd([0.93, 0.8, 1]), 0.7)
        XCTAssertEqual(ReportAuditSection.heatClass(10, most: 40), "heat1")
        XCTAssertEqual(ReportAuditSection.heatClass(40, most: 40), "heat4")
        XCTAssertEqual(ReportAuditSection.heatClass(0, most: 40), "")
    }
}
