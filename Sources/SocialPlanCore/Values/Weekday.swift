/// A day of the ISO week, Monday first.
public enum Weekday: Int, Sendable, Hashable, Comparable, Codable, CaseIterable, CustomStringConvertible {
    case mon = 1, tue, wed, thu, fri, sat, sun

    /// Three-letter lowercase name, as written in strategy files.
    public var description: String { Self.names[rawValue - 1] }
    /// English name with a capital, for reports ("Tue").
    public var shortName: String { description.prefix(1).uppercased() + description.dropFirst() }
    /// The day after this one.
    public var next: Weekday { Weekday(rawValue: rawValue % 7 + 1) ?? .mon }

    public static func < (a: Weekday, b: Weekday) -> Bool { a.rawValue < b.rawValue }

    static let names = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    static let longNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Reads `mon` or `monday` (any case).
    public static func parse(_ text: String) -> Weekday? {
        let t = text.trimmingSpaces.lowercased()
        if let i = names.firstIndex(of: t) ?? longNames.firstIndex(of: t) { return Weekday(rawValue: i + 1) }
        return nil
    }

    static let setHelp = "write days like mon, mon-fri, sat-sun or mon,wed,fri"

    /// Parses a weekday set: `mon`, `mon-fri`, `fri-mon` (wraps), `mon,wed,fri`, `mon-fri,sun`, `daily`.
    /// The result is sorted Monday first, without repeats.
    public static func parseSet(_ text: String) -> Result<[Weekday], ValueError> {
        let t = text.trimmingSpaces.lowercased()
        if t == "daily" || t == "all" || t == "every day" { return .success(Weekday.allCases) }
        if t == "weekdays" { return .success([.mon, .tue, .wed, .thu, .fri]) }
        if t == "weekends" || t == "weekend" { return .success([.sat, .sun]) }
        var days = Set<Weekday>()
        for item in t.split(separator: ",", omittingEmptySubsequences: false) {
            let bounds = item.split(separator: "-", omittingEmptySubsequences: false)
            guard (1...2).contains(bounds.count),
                  let first = parse(String(bounds[0])), let last = parse(String(bounds[bounds.count - 1])) else {
                return .failure(ValueError("`\(text)` is not a day or range of days", help: setHelp))
            }
            var day = first
            days.insert(day)
            while day != last {
                day = day.next
                days.insert(day)
            }
        }
        return .success(days.sorted())
    }
}
