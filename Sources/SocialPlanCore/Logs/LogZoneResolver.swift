/// Turns wall-clock timestamps into instants in the mapping's zone: a fixed offset, or an
/// IANA zone through ``ZoneClock`` (its policy for gaps and repeated hours applies).
struct LogZoneResolver: Sendable {
    private let fixed: Int
    private let clock: ZoneClock?

    init(_ zone: LogTimeZone) {
        switch zone {
        case .offset(let seconds):
            fixed = seconds
            clock = nil
        case .named(let name):
            fixed = 0
            // 1900 to just past 2106-02-07, the end of the times a log may hold (a wall time read
            // before 1970 may still land in range by its offset); outside it the nearest offset is used.
            clock = ZoneClock(zone: name, from: -2_208_988_800, to: (1 << 32) + 2 * 86_400)
        }
    }

    /// The instant of a parsed timestamp. Complexity: O(1) for offsets, O(zone transitions)
    /// for a named zone.
    func instant(_ time: ParsedTime) -> Int {
        switch time {
        case .instant(let i): return i
        case .wall(let w):
            guard let clock else { return w - fixed }
            let day = w >= 0 ? w / 86_400 : -((-w + 86_399) / 86_400)
            let rest = w - day * 86_400
            return clock.instant(of: LocalDate(dayNumber: day), minute: rest / 60) + rest % 60
        }
    }
}
