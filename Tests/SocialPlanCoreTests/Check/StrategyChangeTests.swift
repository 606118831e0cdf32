import XCTest
@testable import SocialPlanCore

/// Each change written into the file's text gives a file that loads without diagnostics and
/// whose strategy equals the pure-function result for the changed fields; the rest of the text
/// stays byte for byte.
final class StrategyChangeTests: XCTestCase {
    /// A small valid strategy; `ana` and `ben` are care staff.
    static func text(ana: String = "available: { mon-fri: \"09:00-17:00\" }   # office",
                     ben: String = "available: *late",
                     staff: String = "staff: [role: care]") -> String {
        """
        version: 1
        name: Change Desk
        timezone: Europe/Oslo

        team:
          carl:
            roles: [care]
            available: &late { mon-fri: "12:00-20:00" }
            max_hours_per_week: 30
          ana:
            name: Ana Lund
            roles: [care]
            \(ana)
            max_hours_per_week: 20   # part-time
          ben:
            roles: [care]
            \(ben)
            max_hours_per_week: 37.5

        # Care from nine to eight.
        care:
          hours: { mon-fri: "09:00-20:00", sat: "10:00-14:00" }
          \(staff)
          handle_time: 5m
          sla:
            normal: { first_reply: 1h, target: 80% }

        mentions:
          per_week: 60
          profile: flat

        """
    }

    static func load(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Strategy {
        let result = StrategyLoader.load(text)
        XCTAssertEqual(result.diagnostics.map(\.message), [], file: file, line: line)
        return try XCTUnwrap(result.strategy, file: file, line: line)
    }

    /// Applies `change` to `text` both ways and returns (pure, loaded from edited text, edited text).
    static func both(_ change: StrategyChange, _ text: String, file: StaticString = #filePath,
                     line: UInt = #line) throws -> (Strategy, Strategy, String) {
        let strategy = try load(text, file: file, line: line)
        let edited = try change.applied(toSource: text, strategy: strategy).get()
        return (change.apply(to: strategy), try load(edited, file: file, line: line), edited)
    }

    func testRaiseReplacesOnlyTheNumber() throws {
        let text = Self.text()
        let (pure, loaded, edited) = try Self.both(.raiseLimit(member: "ana", from: 20, to: 36), text)
        XCTAssertEqual(loaded.member("ana")?.maxHoursPerWeek, 36)
        XCTAssertEqual(pure.member("ana")?.maxHoursPerWeek, 36)
        XCTAssertEqual(edited, text.replacingOccurrences(of: "max_hours_per_week: 20   #", with: "max_hours_per_week: 36   #"))
    }

    func testRaiseNeverPassesFortyEightHours() throws {
        let (pure, loaded, _) = try Self.both(.raiseLimit(member: "ben", from: 37.5, to: 60), Self.text())
        XCTAssertEqual(pure.member("ben")?.maxHoursPerWeek, 48)
        XCTAssertEqual(loaded.member("ben")?.maxHoursPerWeek, 48)
    }

    /// A CRLF file stays CRLF on every line after each kind of change (the `\r` is not part of a
    /// replaced number, and added lines take the file's line end).
    func testEveryChangeKeepsACRLFFileCRLF() throws {
        let text = Self.text(ben: "available: { mon-fri: \"08:00-16:00\" }").replacingOccurrences(of: "\n", with: "\r\n")
        var hours = WeeklyHours.none
        hours[.sat] = [TimePeriod(start: ClockTime(minutes: 600), end: ClockTime(minutes: 840))]
        let changes: [StrategyChange] = [
            .raiseLimit(member: "ben", from: 37.5, to: 40),
            .extendAvailability(member: "ben", day: .mon, added: TimePeriod(start: ClockTime(minutes: 960), end: ClockTime(minutes: 1080))),
            .addPerson(id: "extra-care-1", hours: hours),
        ]
        for change in changes {
            let (_, _, edited) = try Self.both(change, text)
            let lines = edited.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            XCTAssertTrue(lines.allSatisfy { $0.last == "\r" }, "\(change): \(edited.debugDescription)")
        }
    }

    func testExtendFlowStyleSplitsTheDayRange() throws {
        let change = StrategyChange.extendAvailability(member: "ana", day: .fri,
                                                       added: TimePeriod(start: ClockTime(hour: 17, minute: 0), end: ClockTime(hour: 20, minute: 0)))
        let (pure, loaded, edited) = try Self.both(change, Self.text())
        XCTAssertEqual(loaded.member("ana")?.available, pure.member("ana")?.available)
        XCTAssertEqual(pure.member("ana")?.available[.fri].map(\.description), ["09:00-20:00"])
        XCTAssertEqual(pure.member("ana")?.available[.thu].map(\.description), ["09:00-17:00"])
        XCTAssertTrue(edited.contains("available: { mon-thu: \"09:00-17:00\", fri: \"09:00-20:00\" }   # office"))
    }

    func testExtendBlockStyleKeepsTheRestOfTheFile() throws {
        let block = "available:\n      mon-fri: [\"07:00-11:30\", \"16:00-18:00\"]\n      sat: \"12:00-16:00\""
        let text = Self.text(ana: block)
        let change = StrategyChange.extendAvailability(member: "ana", day: .sat,
                                                       added: TimePeriod(start: ClockTime(hour: 10, minute: 0), end: ClockTime(hour: 12, minute: 0)))
        let (pure, loaded, edited) = try Self.both(change, text)
        XCTAssertEqual(loaded.member("ana")?.available, pure.member("ana")?.available)
        XCTAssertEqual(pure.member("ana")?.available[.sat].map(\.description), ["10:00-16:00"])
        XCTAssertEqual(edited, text.replacingOccurrences(of: "sat: \"12:00-16:00\"", with: "sat: \"10:00-16:00\""))
    }

    func testExtendThroughAnAliasAndRefuseAnAnchor() throws {
        let late = TimePeriod(start: ClockTime(hour: 20, minute: 0), end: ClockTime(hour: 22, minute: 0))
        let (pure, loaded, _) = try Self.both(.extendAvailability(member: "ben", day: .mon, added: late), Self.text())
        XCTAssertEqual(loaded.member("ben")?.available, pure.member("ben")?.available)
        XCTAssertEqual(loaded.member("carl")?.available[.mon].map(\.description), ["12:00-20:00"])
        let strategy = try Self.load(Self.text())
        let anchored = StrategyChange.extendAvailability(member: "carl", day: .mon, added: late)
        guard case .failure(let problem) = anchored.applied(toSource: Self.text(), strategy: strategy) else {
            return XCTFail("an anchor shared with ben must not be edited for carl alone")
        }
        XCTAssertTrue(problem.message.contains("anchor"), problem.message)
    }

    func testAddPersonTakesTheStaffRole() throws {
        var hours = WeeklyHours.none
        hours[.sat] = [TimePeriod(start: ClockTime(hour: 10, minute: 0), end: ClockTime(hour: 14, minute: 0))]
        hours[.fri] = [TimePeriod(start: ClockTime(hour: 16, minute: 0), end: ClockTime(hour: 20, minute: 0))]
        let text = Self.text()
        let (pure, loaded, edited) = try Self.both(.addPerson(id: "extra-care-1", hours: hours), text)
        let added = try XCTUnwrap(loaded.member("extra-care-1"))
        XCTAssertEqual(added.available, hours)
        XCTAssertEqual(added.maxHoursPerWeek, 8)
        XCTAssertEqual(added.roles, ["care"])
        XCTAssertEqual(pure.member("extra-care-1")?.available, added.available)
        XCTAssertEqual(loaded.care?.staff.map(\.value), pure.care?.staff.map(\.value))
        XCTAssertTrue(edited.hasPrefix(text.components(separatedBy: "\n# Care")[0]))
        XCTAssertTrue(edited.contains("\n# Care from nine to eight.\ncare:"))
    }

    func testAddPersonAppendsToStaffListedByID() throws {
        let hours = WeeklyHours(periods: [[], [], [], [], [], [TimePeriod(start: ClockTime(hour: 10, minute: 0),
                                                                         end: ClockTime(hour: 14, minute: 0))], []])
        for staff in ["staff: [ana, ben, carl]", "staff:\n    - ana\n    - ben\n    - carl"] {
            let (pure, loaded, _) = try Self.both(.addPerson(id: "extra-care-1", hours: hours), Self.text(staff: staff))
            XCTAssertEqual(loaded.care?.staff.map(\.value), [.member("ana"), .member("ben"), .member("carl"), .member("extra-care-1")])
            XCTAssertEqual(pure.care?.staff.map(\.value), loaded.care?.staff.map(\.value))
        }
    }
}
