/// Small pieces of plain English shared by rule messages, so every rule says lists, days and
/// lengths the same way.
enum Phrase {
    /// At most `limit` items, then "and N more": "Kari, Ola, Ingrid and 12 more".
    static func list(_ items: [String], limit: Int) -> String {
        guard items.count > limit else { return list(items) }
        return items.prefix(limit).joined(separator: ", ") + " and \(items.count - limit) more"
    }

    /// "a", "a and b", "a, b and c".
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
        }
    }

    /// "1 post", "3 posts".
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : (plural ?? singular + "s"))"
    }

    /// Weekdays with consecutive runs joined: "Mon–Fri", "Sat and Sun", "Mon, Wed and Fri",
    /// "every day".
    static func days(_ days: [Weekday]) -> String {
        let sorted = Array(Set(days)).sorted()
        if sorted.count == 7 { return "every day" }
        var parts: [String] = []
        var i = 0
        while i < sorted.count {
            var j = i
            while j + 1 < sorted.count && sorted[j + 1].rawValue == sorted[j].rawValue + 1 { j += 1 }
            if j - i >= 2 {
                parts.append("\(sorted[i].shortName)–\(sorted[j].shortName)")
            } else {
                parts += sorted[i...j].map(\.shortName)
            }
            i = j + 1
        }
        return list(parts)
    }

    /// "every day" or "on Mon–Fri", to follow a verb.
    static func onDays(_ days: [Weekday]) -> String {
        Set(days).count == 7 ? "every day" : "on \(Self.days(days))"
    }

    /// How often a cadence posts, for a sentence: "daily", "on weekdays", "3 a day", "2 a week".
    static func cadence(_ cadence: Cadence) -> String {
        switch cadence {
        case .daily: return "daily"
        case .weekdays: return "on weekdays"
        case .perDay(let n): return "\(n) a day"
        case .perWeek(let n): return "\(n) a week"
        }
    }

    /// "Sundays", "Saturdays and Sundays".
    static func weekdaysPlural(_ days: [Weekday]) -> String {
        list(Array(Set(days)).sorted().map { day in
            let long = Weekday.longNames[day.rawValue - 1]
            return long.prefix(1).uppercased() + long.dropFirst() + "s"
        })
    }

    /// A length of time in minutes, written like durations in strategy files: "12h", "1h30m".
    static func length(minutes: Int) -> String {
        // Hours, never days: "25h", "1h30m", "45m" read better for weekly workloads than "1d1h".
        let h = minutes / 60, m = minutes % 60
        if h == 0 { return "\(m)m" }
        return m == 0 ? "\(h)h" : "\(h)h\(m)m"
    }

    /// Hours as a figure: "60", "57.5".
    static func hours(minutes: Int) -> String {
        if minutes % 60 == 0 { return "\(minutes / 60)" }
        let tenths = (minutes * 10 + 30) / 60
        return "\(tenths / 10).\(tenths % 10)"
    }
}
