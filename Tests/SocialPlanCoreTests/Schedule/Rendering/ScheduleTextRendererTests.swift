import XCTest
@testable import SocialPlanCore

final class ScheduleTextRendererTests: XCTestCase {
    /// Each hour cell of the week grid shows on duty / needed of one and the same interval, the
    /// hour's worst (least on duty against need, then most needed), not the fewest on duty of
    /// one interval against the most needed of another.
    func testGridCellsComeFromTheHoursWorstInterval() throws {
        let (strategy, schedule) = try SimulationInputFixture.load()
        let grid = ScheduleTextRenderer().grid(schedule, posts: schedule.posts, shifts: schedule.shifts)
        let t = schedule.timeline
        var checked = 0
        for line in grid.split(separator: "\n") where line.count > 7 && line.dropFirst(2).hasPrefix(":00") {
            let hour = try XCTUnwrap(Int(line.prefix(2)))
            let cells = line.dropFirst(7)
            for (d, date) in t.week.dates.enumerated() {
                let start = cells.index(cells.startIndex, offsetBy: d * 10, limitedBy: cells.endIndex) ?? cells.endIndex
                let cell = cells[start...].prefix(10).trimmingCharacters(in: .whitespaces).filter { $0 != "•" && $0 != "!" }
                let parts = cell.split(separator: "/")
                guard parts.count == 2, let onDuty = Int(parts[0]), let needed = Int(parts[1]) else { continue }
                let rows = schedule.staffing.filter { row in
                    let wall = t.clock.wallTime(at: row.start)
                    return wall.date == date && wall.minute / 60 == hour
                }
                let worst = try XCTUnwrap(rows.min { ($0.difference, -$0.required) < ($1.difference, -$1.required) })
                XCTAssertEqual(onDuty, worst.scheduled, "\(date) \(hour):00")
                XCTAssertEqual(needed, worst.required, "\(date) \(hour):00")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 40, "\(strategy.name): the grid has cells to check")
        XCTAssertTrue(grid.contains("cells: on duty/needed in the hour's worst 15 minutes"))
    }
}
