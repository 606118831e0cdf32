import Foundation
import XCTest
@testable import SocialPlanCore
import SocialPlanTestSupport

/// Runs `Tests/tools/check_ics.py` (Python `icalendar`) on the golden calendars when Python and
/// the package are installed; skipped otherwise, so the suite never needs the network.
final class ExternalParserCheckTests: XCTestCase {
    func testIcalendarParsesTheGoldenCalendars() throws {
        let script = PackageRoot.file("Tests/tools/check_ics.py").path
        guard Self.run(["python3", "-c", "import icalendar"]).status == 0 else {
            throw XCTSkip("python3 with the `icalendar` package is not installed")
        }
        let folder = try temporaryFolder("ics-check")
        var files: [String] = []
        for (name, style) in [("rules.ics", TimeZoneDefinition.Style.yearlyRulesWhenExact), ("explicit.ics", .explicitTransitions)] {
            let file = folder.appendingPathComponent(name)
            try Data(ICalendarWriter.render(ICalendarSamples.golden, timeZoneStyle: style).utf8).write(to: file)
            files.append(file.path)
        }
        let result = Self.run(["python3", script] + files)
        XCTAssertEqual(result.status, 0, result.output)
        XCTAssertTrue(result.output.contains("check_ics: 2 passed, 0 failed"), result.output)
    }

    static func run(_ arguments: [String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return (-1, "\(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
