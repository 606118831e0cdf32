import Foundation
import XCTest
@testable import SocialPlanCore

/// The whole file for a small week across the 2026 clock changes, byte for byte.
///
/// `TZNAME` values are Foundation's abbreviations on Linux (`GMT+2`); on Apple platforms
/// Foundation names some zones differently (`EDT`), so this golden is Linux-only.
final class ICalendarWriterGoldenTests: XCTestCase {
    func testGoldenCalendarMatchesByteForByte() throws {
        #if os(Linux)
        let rendered = ICalendarWriter.render(ICalendarSamples.golden)
        try Self.dumpIfAsked(rendered, name: "golden.ics")
        let expected = Self.golden.replacingOccurrences(of: "\n", with: "\r\n")
        XCTAssertEqual(rendered, expected)
        if rendered != expected {
            for (index, (got, want)) in zip(rendered.components(separatedBy: "\r\n"), expected.components(separatedBy: "\r\n")).enumerated()
            where got != want {
                XCTFail("first difference on physical line \(index + 1):\n got: \(got)\nwant: \(want)")
                break
            }
        }
        #else
        throw XCTSkip("TZNAME abbreviations differ on this platform")
        #endif
    }

    func testExplicitTransitionStyleIsWrittenToo() throws {
        // Not a golden: dumped for the external parser check, which compares offsets hour by hour.
        let rendered = ICalendarWriter.render(ICalendarSamples.golden, timeZoneStyle: .explicitTransitions)
        try Self.dumpIfAsked(rendered, name: "golden-explicit.ics")
        XCTAssertFalse(rendered.contains("RRULE"))
    }

    /// Writes `text` into the folder named by `ICS_GOLDEN_OUT`, for `check_ics.py` in CI.
    static func dumpIfAsked(_ text: String, name: String) throws {
        guard let folder = ProcessInfo.processInfo.environment["ICS_GOLDEN_OUT"], !folder.isEmpty else { return }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name))
    }

    /// LF here; the test turns every LF into CRLF (no escaped text holds a raw LF).
    static let golden = #"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//socialplan//socialplan 0.1//EN
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        X-WR-CALNAME:Fjordkaffe – uke 14
        X-WR-TIMEZONE:America/New_York
        BEGIN:VTIMEZONE
        TZID:America/New_York
        BEGIN:DAYLIGHT
        DTSTART:20240310T020000
        RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
        TZOFFSETFROM:-0500
        TZOFFSETTO:-0400
        TZNAME:GMT-4
        END:DAYLIGHT
        BEGIN:STANDARD
        DTSTART:20241103T020000
        RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
        TZOFFSETFROM:-0400
        TZOFFSETTO:-0500
        TZNAME:GMT-5
        END:STANDARD
        END:VTIMEZONE
        BEGIN:VTIMEZONE
        TZID:Europe/Oslo
        BEGIN:DAYLIGHT
        DTSTART:20240331T020000
        RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
        TZOFFSETFROM:+0100
        TZOFFSETTO:+0200
        TZNAME:GMT+2
        END:DAYLIGHT
        BEGIN:STANDARD
        DTSTART:20241027T030000
        RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
        TZOFFSETFROM:+0200
        TZOFFSETTO:+0100
        TZNAME:GMT+1
        END:STANDARD
        END:VTIMEZONE
        BEGIN:VEVENT
        UID:shift-2026-03-07-ny@socialplan
        DTSTAMP:20260301T120000Z
        DTSTART;TZID=America/New_York:20260307T180000
        DTEND;TZID=America/New_York:20260308T040000
        SUMMARY:Care: New York evening
        LOCATION:X (Twitter)
        TRANSP:OPAQUE
        SEQUENCE:0
        END:VEVENT
        BEGIN:VEVENT
        UID:post-2026-03-29-0930@socialplan
        DTSTAMP:20260301T120000Z
        DTSTART;TZID=Europe/Oslo:20260329T093000
        SUMMARY:Post: Påske\, 🐣
        DESCRIPTION:Påskekampanje 🐣: «Blåbærsyltetøy på bærekraftig vis»
          – svar på kommentarer\, DM-er\; og spørsmål om levering (Tromsø\,\#u{20}
         Ålesund\, Bodø)…\\ sjekk også #påske 👩🏽‍💻
         👨‍👩‍👧‍👦🇳🇴\nLinje 2: ærlig\, ødeløst\; \\n er ik
         ke et linjeskift.\nLinje 3 🧑🏿‍🤝‍🧑🏻 slutt
        CATEGORIES:post,instagram\; stories,påske\,kampanje
        TRANSP:TRANSPARENT
        SEQUENCE:0
        END:VEVENT
        BEGIN:VEVENT
        UID:shift-2026-03-30-kari@socialplan
        DTSTAMP:20260301T120000Z
        DTSTART;TZID=Europe/Oslo:20260330T080000
        DTEND;TZID=Europe/Oslo:20260330T160000
        SUMMARY:Kundeservice: Kari
        DESCRIPTION:Care shift\, Europe/Oslo after the clocks went forward.
        LOCATION:Instagram\, Facebook
        CATEGORIES:care,shift
        TRANSP:OPAQUE
        SEQUENCE:0
        END:VEVENT
        BEGIN:VEVENT
        UID:handover-2026-10-25@socialplan
        DTSTAMP:20260301T120000Z
        DTSTART;TZID=Europe/Oslo:20261025T140000
        DTEND;TZID=America/New_York:20261025T103000
        SUMMARY:Handover Oslo → New York
        TRANSP:OPAQUE
        SEQUENCE:0
        END:VEVENT
        BEGIN:VEVENT
        UID:post-2026-11-01-ny@socialplan
        DTSTAMP:20260301T120000Z
        DTSTART;TZID=America/New_York:20261101T090000
        SUMMARY:Post: fall back
        CATEGORIES:post
        TRANSP:TRANSPARENT
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR

        """#
}
