import Foundation
@testable import SocialPlanCore

/// Documents shared by the tests: a small week across the 2026 clock changes of Oslo and
/// New York, and text that exercises escaping and folding.
enum ICalendarSamples {
    /// 2026-03-01T12:00:00Z, the fixed `DTSTAMP`.
    static let stamp = Date(timeIntervalSince1970: 1_772_366_400)

    /// A long Norwegian text with all of æøå, emoji (skin tone, ZWJ family, flag) and every
    /// character TEXT must escape.
    static let awkwardText = """
        Påskekampanje 🐣: «Blåbærsyltetøy på bærekraftig vis» – svar på kommentarer, DM-er; \
        og spørsmål om levering (Tromsø, Ålesund, Bodø)…\\ sjekk også #påske 👩🏽‍💻👨‍👩‍👧‍👦🇳🇴
        Linje 2: ærlig, ødeløst; \\n er ikke et linjeskift.\r\nLinje 3 🧑🏿‍🤝‍🧑🏻 slutt
        """

    static func oslo(_ month: Int, _ day: Int, _ hour: Int, _ minute: Int = 0) -> ZonedWallTime {
        ZonedWallTime(year: 2026, month: month, day: day, hour: hour, minute: minute, zone: "Europe/Oslo")
    }

    static func newYork(_ month: Int, _ day: Int, _ hour: Int, _ minute: Int = 0) -> ZonedWallTime {
        ZonedWallTime(year: 2026, month: month, day: day, hour: hour, minute: minute, zone: "America/New_York")
    }

    /// Posts and shifts in Oslo and New York, listed out of order on purpose.
    static let golden = ICalendarDocument(name: "Fjordkaffe – uke 14", stamp: stamp, events: [
        CalendarEvent(uid: "shift-2026-03-30-kari@socialplan", summary: "Kundeservice: Kari",
                      description: "Care shift, Europe/Oslo after the clocks went forward.",
                      categories: ["care", "shift"], start: oslo(3, 30, 8), end: oslo(3, 30, 16),
                      location: "Instagram, Facebook", transparent: false),
        CalendarEvent(uid: "post-2026-03-29-0930@socialplan", summary: "Post: Påske, 🐣",
                      description: awkwardText, categories: ["post", "instagram; stories", "påske,kampanje"],
                      start: oslo(3, 29, 9, 30), end: oslo(3, 29, 9, 30), transparent: true),
        CalendarEvent(uid: "shift-2026-03-07-ny@socialplan", summary: "Care: New York evening",
                      start: newYork(3, 7, 18), end: newYork(3, 8, 4), location: "X (Twitter)", transparent: false),
        CalendarEvent(uid: "post-2026-11-01-ny@socialplan", summary: "Post: fall back", categories: ["post"],
                      start: newYork(11, 1, 9), end: newYork(11, 1, 9), transparent: true),
        CalendarEvent(uid: "handover-2026-10-25@socialplan", summary: "Handover Oslo → New York",
                      start: oslo(10, 25, 14), end: newYork(10, 25, 10, 30), transparent: false),
    ])
}
