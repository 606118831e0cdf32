import Foundation

/// Reads the `VTIMEZONE`s of a rendered file and answers "what is the UTC offset at instant t"
/// from them alone, using Foundation's `Calendar` for dates: independent of the writer's own
/// date arithmetic and rule code. Understands what the writer emits: `DTSTART` onsets with an
/// optional `RRULE:FREQ=YEARLY;BYMONTH=m;BYDAY=nSU` (n in 1…4 or -1, any weekday).
struct VTimezoneEvaluator {
    /// One sub-component.
    struct Observance: Equatable {
        var isDaylight: Bool
        var dtstart: String
        var rrule: String?
        var offsetFrom: Int
        var offsetTo: Int
        var name: String
    }

    /// TZID → sub-components, in file order.
    var zones: [String: [Observance]] = [:]
    /// TZIDs in file order.
    var order: [String] = []

    init(_ text: String) {
        var zone: String?
        var current: Observance?
        for property in ICalendarTestParser.properties(text) {
            switch (property.name, property.value) {
            case ("TZID", let value): zone = value; order.append(value)
            case ("BEGIN", "STANDARD"), ("BEGIN", "DAYLIGHT"):
                current = Observance(isDaylight: property.value == "DAYLIGHT", dtstart: "", rrule: nil,
                                     offsetFrom: 0, offsetTo: 0, name: "")
            case ("DTSTART", let value) where current != nil: current?.dtstart = value
            case ("RRULE", let value) where current != nil: current?.rrule = value
            case ("TZOFFSETFROM", let value): current?.offsetFrom = Self.offset(value)
            case ("TZOFFSETTO", let value): current?.offsetTo = Self.offset(value)
            case ("TZNAME", let value): current?.name = value
            case ("END", "STANDARD"), ("END", "DAYLIGHT"):
                if let zone, let done = current { zones[zone, default: []].append(done) }
                current = nil
            default: break
            }
        }
    }

    /// The UTC offset in seconds at each of `instants` (ascending) by the sub-components of
    /// `zone`: the `TZOFFSETTO` of the latest onset at or before it; `nil` before the first.
    func offsets(in zone: String, at instants: [Date], years: ClosedRange<Int>) -> [Int?] {
        let onsets = self.onsets(in: zone, years: years)
        var next = 0
        var current: Int?
        return instants.map { instant in
            while next < onsets.count && onsets[next].instant <= instant {
                current = onsets[next].offsetTo
                next += 1
            }
            return current
        }
    }

    /// Every onset of `zone` in `years`, as UTC instants, in time order.
    func onsets(in zone: String, years: ClosedRange<Int>) -> [(instant: Date, offsetFrom: Int, offsetTo: Int, isDaylight: Bool)] {
        var result: [(instant: Date, offsetFrom: Int, offsetTo: Int, isDaylight: Bool)] = []
        for observance in zones[zone] ?? [] {
            guard let start = Self.wall(observance.dtstart) else { continue }
            var walls = [start]
            if let rule = observance.rrule, let parsed = Self.rule(rule) {
                walls = years.filter { $0 >= (start.year ?? 0) }.compactMap { Self.nthWeekday(parsed, year: $0, time: start) }
                    .filter { Self.date($0) >= Self.date(start) }
            }
            for wall in walls {
                result.append((Self.date(wall).addingTimeInterval(TimeInterval(-observance.offsetFrom)),
                               observance.offsetFrom, observance.offsetTo, observance.isDaylight))
            }
        }
        return result.sorted { $0.instant < $1.instant }
    }

    // MARK: - Parsing helpers, all through Foundation's Gregorian calendar in GMT.

    static let utcCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        return calendar
    }()

    static func offset(_ text: String) -> Int {
        let sign = text.hasPrefix("-") ? -1 : 1
        let digits = Array(text.dropFirst()).compactMap { $0.wholeNumberValue }
        let seconds = digits.count == 6 ? digits[4] * 10 + digits[5] : 0
        return sign * ((digits[0] * 10 + digits[1]) * 3600 + (digits[2] * 10 + digits[3]) * 60 + seconds)
    }

    static func wall(_ text: String) -> DateComponents? {
        let digits = text.compactMap { $0.wholeNumberValue }
        guard digits.count == 14 else { return nil }
        func number(_ range: Range<Int>) -> Int { digits[range].reduce(0) { $0 * 10 + $1 } }
        return DateComponents(year: number(0..<4), month: number(4..<6), day: number(6..<8),
                              hour: number(8..<10), minute: number(10..<12), second: number(12..<14))
    }

    /// Wall components read as if they were UTC.
    static func date(_ wall: DateComponents) -> Date {
        utcCalendar.date(from: wall) ?? .distantPast
    }

    static func rule(_ text: String) -> (month: Int, ordinal: Int, weekday: Int)? {
        var parts: [String: String] = [:]
        for pair in text.split(separator: ";") {
            let kv = pair.split(separator: "=").map(String.init)
            if kv.count == 2 { parts[kv[0]] = kv[1] }
        }
        let codes = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"]
        guard parts["FREQ"] == "YEARLY", let month = parts["BYMONTH"].flatMap({ Int($0) }),
              let byDay = parts["BYDAY"], let weekday = codes.firstIndex(of: String(byDay.suffix(2))),
              let ordinal = Int(byDay.dropLast(2)) else { return nil }
        return (month, ordinal, weekday + 1)            // Calendar weekdays: 1 = Sunday
    }

    /// The `ordinal`th `weekday` of the rule's month in `year`, at the time of day of `time`.
    static func nthWeekday(_ rule: (month: Int, ordinal: Int, weekday: Int), year: Int, time: DateComponents) -> DateComponents? {
        guard let first = utcCalendar.date(from: DateComponents(year: year, month: rule.month, day: 1)),
              let days = utcCalendar.range(of: .day, in: .month, for: first) else { return nil }
        let matching = days.filter { day in
            guard let date = utcCalendar.date(from: DateComponents(year: year, month: rule.month, day: day)) else { return false }
            return utcCalendar.component(.weekday, from: date) == rule.weekday
        }
        let index = rule.ordinal < 0 ? matching.count + rule.ordinal : rule.ordinal - 1
        guard matching.indices.contains(index) else { return nil }
        return DateComponents(year: year, month: rule.month, day: matching[index],
                              hour: time.hour, minute: time.minute, second: time.second)
    }
}
