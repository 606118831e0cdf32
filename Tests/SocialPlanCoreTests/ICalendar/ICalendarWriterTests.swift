import Foundation
import XCTest
@testable import SocialPlanCore

/// The shape of the file: structure, order, determinism and the per-event choices.
final class ICalendarWriterTests: XCTestCase {
    private func render(_ events: [CalendarEvent], name: String? = nil) -> String {
        ICalendarWriter.render(ICalendarDocument(name: name, stamp: ICalendarSamples.stamp, events: events))
    }

    private func post(_ uid: String, _ start: ZonedWallTime, end: ZonedWallTime? = nil) -> CalendarEvent {
        CalendarEvent(uid: uid, summary: uid, start: start, end: end ?? start, transparent: true)
    }

    func testSameInputGivesSameBytesWhateverTheEventOrder() {
        let first = ICalendarWriter.render(ICalendarSamples.golden)
        var shuffled = ICalendarSamples.golden
        var random = TestRandom(seed: 7)
        for _ in 0..<10 {
            shuffled.events.shuffle(using: &random)
            XCTAssertEqual(ICalendarWriter.render(shuffled), first)
        }
    }

    func testEveryLineEndsInCRLFAndFitsIn75Octets() throws {
        let text = ICalendarWriter.render(ICalendarSamples.golden)
        let lines = try XCTUnwrap(ICalendarTestParser.physicalLines(text), "a bare CR or LF")
        XCTAssertTrue(text.hasSuffix("END:VCALENDAR\r\n"))
        for line in lines {
            XCTAssertLessThanOrEqual(line.count, 75)
            XCTAssertNotNil(String(validating: line, as: UTF8.self))
        }
    }

    func testCalendarHeaderComesFirstInOrder() {
        let names = ICalendarTestParser.properties(render([post("a", ICalendarSamples.oslo(4, 1, 9))], name: "Uke 14"))
            .prefix(7).map { "\($0.name):\($0.value)" }
        XCTAssertEqual(names, ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//socialplan//socialplan 0.1//EN",
                               "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:Uke 14", "X-WR-TIMEZONE:Europe/Oslo"])
    }

    func testEmptyCalendarIsStillAValidCalendar() {
        XCTAssertEqual(render([]), ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//socialplan//socialplan 0.1//EN",
                                    "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "END:VCALENDAR", ""].joined(separator: "\r\n"))
    }

    func testEventsAreSortedByStartInstantThenUID() {
        // 09:00 in New York (13:00Z) is 15:00 in Oslo: the instant counts, not the wall clock.
        let text = render([post("z", ICalendarSamples.oslo(4, 1, 15)), post("a", ICalendarSamples.oslo(4, 1, 16)),
                           post("b", ICalendarSamples.newYork(4, 1, 9)), post("c", ICalendarSamples.oslo(4, 1, 9))])
        let uids = ICalendarTestParser.properties(text).filter { $0.name == "UID" }.map(\.value)
        XCTAssertEqual(uids, ["c", "b", "z", "a"])
    }

    func testOneVTimezonePerZoneSortedAndBeforeTheEvents() {
        let text = render([post("ny", ICalendarSamples.newYork(4, 1, 9)), post("oslo", ICalendarSamples.oslo(4, 1, 9)),
                           post("oslo2", ICalendarSamples.oslo(4, 2, 9), end: ICalendarSamples.newYork(4, 2, 9))])
        let properties = ICalendarTestParser.properties(text)
        let tzids = properties.filter { $0.name == "TZID" }.map(\.value)
        XCTAssertEqual(tzids, ["America/New_York", "Europe/Oslo"])
        let used = Set(properties.compactMap { $0.parameters["TZID"] })
        XCTAssertEqual(used, Set(tzids))
        let lastTimezone = properties.lastIndex { $0.name == "END" && $0.value == "VTIMEZONE" } ?? 0
        let firstEvent = properties.firstIndex { $0.name == "BEGIN" && $0.value == "VEVENT" } ?? 0
        XCTAssertLessThan(lastTimezone, firstEvent)
    }

    func testZeroLengthEventHasNoEnd() {
        // RFC 5545 §3.8.2.2: DTEND must be later than DTSTART; without it the event ends at its start.
        let properties = ICalendarTestParser.properties(render([post("p", ICalendarSamples.oslo(4, 1, 9))]))
            .drop { $0.value != "VEVENT" }
        let start = properties.first { $0.name == "DTSTART" }
        XCTAssertEqual(start?.value, "20260401T090000")
        XCTAssertFalse(properties.contains { $0.name == "DTEND" })
        XCTAssertFalse(properties.contains { $0.name == "DURATION" })
    }

    func testEndBeforeStartIsWrittenAsZeroLength() {
        let backwards = post("p", ICalendarSamples.oslo(4, 1, 9), end: ICalendarSamples.newYork(4, 1, 2))   // 08:00Z
        let lines = render([backwards]).components(separatedBy: "\r\n")
        XCTAssertTrue(lines.contains("DTSTART;TZID=Europe/Oslo:20260401T090000"))
        XCTAssertFalse(lines.contains { $0.hasPrefix("DTEND") })
        XCTAssertFalse(lines.contains("TZID:America/New_York"), "an unused zone needs no VTIMEZONE")
    }

    func testEventPropertiesInOrderWithOptionalOnesLeftOut() {
        let shift = CalendarEvent(uid: "s", summary: "Shift", start: ICalendarSamples.oslo(4, 1, 8),
                                  end: ICalendarSamples.oslo(4, 1, 16), transparent: false)
        let event = ICalendarTestParser.properties(render([shift])).drop { $0.value != "VEVENT" }.map(\.name)
        XCTAssertEqual(Array(event), ["BEGIN", "UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "TRANSP", "SEQUENCE", "END", "END"])
        XCTAssertTrue(render([shift]).contains("\r\nTRANSP:OPAQUE\r\nSEQUENCE:0\r\n"))
        XCTAssertTrue(render([post("p", ICalendarSamples.oslo(4, 1, 9))]).contains("\r\nTRANSP:TRANSPARENT\r\n"))
    }

    func testStampIsUTCAndDropsFractions() {
        let document = ICalendarDocument(stamp: Date(timeIntervalSince1970: 1_772_366_400.999),
                                         events: [post("p", ICalendarSamples.oslo(4, 1, 9))])
        XCTAssertTrue(ICalendarWriter.render(document).contains("\r\nDTSTAMP:20260301T120000Z\r\n"))
    }

    func testUTCEventsUseZAndNeedNoVTimezone() {
        let utc = ZonedWallTime(year: 2026, month: 4, day: 1, hour: 9, minute: 0, zone: "Etc/UTC")
        let text = render([post("u", utc)])
        XCTAssertTrue(text.contains("\r\nDTSTART:20260401T090000Z\r\nSUMMARY:"))
        XCTAssertFalse(text.contains("VTIMEZONE"))
        XCTAssertTrue(text.contains("\r\nX-WR-TIMEZONE:Etc/UTC\r\n"))
    }

    func testUnknownZoneIsWrittenFloatingWithoutVTimezone() {
        let odd = ZonedWallTime(year: 2026, month: 4, day: 1, hour: 9, minute: 0, zone: "Mars/Olympus_Mons")
        let text = render([post("m", odd)])
        XCTAssertTrue(text.contains("\r\nDTSTART:20260401T090000\r\n"))
        XCTAssertFalse(text.contains("VTIMEZONE"))
        XCTAssertFalse(text.contains("X-WR-TIMEZONE"))
    }
}
