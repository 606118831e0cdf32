import Foundation
import SocialPlanTestSupport
import XCTest

/// The report pages in a real browser: `Tests/tools/report-browser-check.sh` renders the three
/// bundled strategies' pages and the hostile fixture's in headless Chromium at 390 and 1280 px
/// and prints what the browser built; each section and chart must be laid out and visible,
/// nothing may reach past the viewport, and the page must log no error.
///
/// Skipped with a message when Chromium is not installed — except in CI (`CI=true`), where a
/// missing browser fails the test, so the check cannot silently stop running.
final class ReportBrowserTests: XCTestCase {
    static let script = "Tests/tools/report-browser-check.sh"
    static let pages = ["Strategies/brightdesk-saas.yaml", "Strategies/fjordkaffe.yaml", "Strategies/nordlys-outdoor.yaml",
                        "Tests/SocialPlanCLITests/Fixtures/report/hostile-names.yaml"]

    /// One page at one width, as report-check.js measured it.
    struct Result: Decodable {
        struct Box: Decodable {
            var id: String, tag: String, width: Int, height: Int, left: Int, right: Int, visible: Bool
            var title: String?, desc: String?
        }
        var innerWidth: Int, scrollWidth: Int
        var errors: [String]
        var sections: [Box], charts: [Box]
        var scripts: Int
    }

    struct ChromiumMissingInCI: Error {}

    static func requireChromium() throws {
        let found = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].contains { FileManager.default.isExecutableFile(atPath: $0) }
        guard !found else { return }
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            XCTFail("CI=true but Chromium is missing: install the apt package chromium (.ci/run does)")
            throw ChromiumMissingInCI()
        }
        throw XCTSkip("Chromium is not installed (apt-get install chromium): the report's browser check is skipped")
    }

    /// Runs the checker on `pages` and returns its results by page and width.
    static func check(_ pages: [String]) throws -> [String: [Int: Result]] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [PackageRoot.file(script).path] + pages
        let folder = try TemporaryFolder.make("browser-out")
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        let handle = try FileHandle(forWritingTo: out)
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        var results: [String: [Int: Result]] = [:]
        for line in try String(contentsOf: out, encoding: .utf8).split(separator: "\n") {
            let fields = line.split(separator: "\t", maxSplits: 2).map(String.init)
            guard fields.count == 3, let width = Int(fields[1]) else { continue }
            results[fields[0], default: [:]][width] = try JSONDecoder().decode(Result.self, from: Data(fields[2].utf8))
        }
        return results
    }

    func testEverySectionAndChartIsVisibleAtPhoneAndDesktopWidths() throws {
        try Self.requireChromium()
        let folder = try temporaryFolder("browser")
        var pages: [String] = []
        for strategy in Self.pages {
            let page = folder.appendingPathComponent((strategy as NSString).lastPathComponent.replacingOccurrences(of: ".yaml", with: ".html")).path
            let r = try CLIRunner.run(["report", strategy, "--week", "2026-W49", "--replications", "2", "--max-replications", "2", "-o", page])
            XCTAssertLessThanOrEqual(r.status, 1, r.stderr)
            pages.append(page)
        }
        let results = try Self.check(pages)
        let sections = ["summary", "slas", "coverage", "gaps", "reply-times", "calendar"]
        for page in pages {
            for width in [390, 1280] {
                let result = try XCTUnwrap(results[page]?[width], "\(page) at \(width) px produced no result")
                let at = "\((page as NSString).lastPathComponent) at \(width) px"
                XCTAssertEqual(result.innerWidth, width, at)
                XCTAssertEqual(result.errors, [], "\(at): no page or console errors")
                XCTAssertLessThanOrEqual(result.scrollWidth, result.innerWidth, "\(at): the layout overflows the viewport")
                XCTAssertEqual(result.scripts, 1, "\(at): only the checker's own script")
                XCTAssertEqual(result.sections.map(\.id), sections, at)
                for box in result.sections + result.charts {
                    XCTAssertTrue(box.visible, "\(at): \(box.tag)#\(box.id) is not visible")
                    XCTAssertGreaterThan(box.height, 20, "\(at): \(box.tag)#\(box.id) is empty")
                    XCTAssertGreaterThanOrEqual(box.left, 0, "\(at): \(box.tag)#\(box.id) starts left of the page")
                    XCTAssertLessThanOrEqual(box.right, width, "\(at): \(box.tag)#\(box.id) reaches past the viewport")
                }
                XCTAssertGreaterThanOrEqual(result.charts.count, 4, at)
                for chart in result.charts {
                    XCTAssertFalse(chart.title?.isEmpty ?? true, "\(at): chart \(chart.id) has no title")
                    XCTAssertFalse(chart.desc?.isEmpty ?? true, "\(at): chart \(chart.id) has no description")
                }
            }
        }
    }

    /// The checker itself can fail: a page that overflows and logs an error is reported so.
    func testTheCheckerSeesOverflowAndErrors() throws {
        try Self.requireChromium()
        let folder = try temporaryFolder("browser-bad")
        let page = folder.appendingPathComponent("bad.html").path
        try """
        <!DOCTYPE html><html><head><meta charset="utf-8"/></head><body><main><section id="wide" style="width: 2000px">wide</section>
        <section id="hidden" style="display: none">hidden</section></main>
        <script>console.error('boom'); undefinedFunction();</script></body></html>
        """.write(toFile: page, atomically: true, encoding: .utf8)
        let result = try XCTUnwrap(try Self.check([page])[page]?[390])
        XCTAssertGreaterThan(result.scrollWidth, result.innerWidth)
        XCTAssertTrue(result.errors.contains("console.error: boom"), "\(result.errors)")
        XCTAssertTrue(result.errors.contains { $0.contains("undefinedFunction") }, "\(result.errors)")
        XCTAssertEqual(result.sections.map(\.visible), [true, false])
    }
}
