import Foundation

extension ZonedWallTime {
    /// Zones written as UTC (`…Z`) rather than through a `VTIMEZONE`: every client reads `Z`,
    /// while a `VTIMEZONE` named `Etc/UTC` confuses some (Outlook maps it to "approximately").
    static let utcZoneNames: Set<String> = [
        "Etc/UTC", "Etc/UCT", "Etc/Universal", "Etc/Zulu", "UTC", "UCT", "Universal", "Zulu",
    ]

    /// This wall time on the time line, by the gap / repeat policy on ``ZonedWallTime``.
    ///
    /// A zone Foundation does not know gives a floating time (RFC 5545 §3.3.5 form 1), which a
    /// calendar app shows at the same wall time in the viewer's own zone; socialplan's loader
    /// refuses such zones, so this is a fallback that keeps ``ICalendarWriter/render(_:)`` total.
    var resolved: ResolvedWallTime {
        let wall = wallSeconds
        if Self.utcZoneNames.contains(zone) {
            return ResolvedWallTime(form: .utc, instant: wall, wallSeconds: wall)
        }
        guard let timeZone = TimeZone(identifier: zone) else {
            return ResolvedWallTime(form: .floating, instant: wall, wallSeconds: wall)
        }
        let instant = Self.instant(ofWall: wall, in: timeZone)
        return ResolvedWallTime(form: .zoned(zone), instant: instant,
                                wallSeconds: instant + Self.offset(of: timeZone, at: instant))
    }

    /// The first instant whose wall time in `timeZone` is `wall`, or, in a gap, `wall` read with
    /// the offset in force before the gap (which moves it forward by the gap's length).
    ///
    /// The offsets two days either side cover every real transition but back-to-back ones.
    static func instant(ofWall wall: Int, in timeZone: TimeZone) -> Int {
        let before = offset(of: timeZone, at: wall - 172_800)
        let after = offset(of: timeZone, at: wall + 172_800)
        let near = offset(of: timeZone, at: wall)
        let candidates = [wall - before, wall - after, wall - near]
            .filter { offset(of: timeZone, at: $0) == wall - $0 }
        return candidates.min() ?? wall - before
    }

    /// Seconds east of UTC in `timeZone` at `instant` (seconds since 1970-01-01T00:00Z).
    static func offset(of timeZone: TimeZone, at instant: Int) -> Int {
        timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant)))
    }
}
