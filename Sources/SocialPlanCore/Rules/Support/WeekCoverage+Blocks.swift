extension WeekCoverage {
    /// The coverage of the periods that start on `day` only (periods past midnight run into
    /// the next day's minutes, wrapping from Sunday to Monday).
    init(_ hours: WeeklyHours, only day: Weekday) {
        self = .empty
        let base = (day.rawValue - 1) * 1440
        for p in hours[day] { insert((base + p.minuteRange.lowerBound)..<(base + p.minuteRange.upperBound)) }
    }

    /// Everything.
    static let always: WeekCoverage = {
        var all = WeekCoverage.empty
        all.insert(0..<length)
        return all
    }()

    /// The covered runs as readable blocks, with runs at the same time on several days merged:
    /// "Mon–Fri 16:00–20:00", "Sat 14:00–16:00", "Sun 22:00–Mon 02:00". In week order.
    var blocks: [String] {
        // Runs inside one day are grouped by their clock times; a run past midnight stands alone.
        var groups: [(label: String, days: [Weekday])] = []
        for run in runs {
            let text = WeekCoverage.describe(start: run.start, length: run.length)
            guard run.start % 1440 + run.length <= 1440, let day = Weekday(rawValue: run.start / 1440 + 1) else {
                groups.append((text, []))
                continue
            }
            let clock = String(text.dropFirst(4))
            if let i = groups.firstIndex(where: { !$0.days.isEmpty && $0.label == clock }) {
                groups[i].days.append(day)
            } else {
                groups.append((clock, [day]))
            }
        }
        return groups.map { $0.days.isEmpty ? $0.label : "\(Phrase.days($0.days)) \($0.label)" }
    }

    /// Blocks joined for a message, at most `limit` of them, then "and N more".
    func blockList(limit: Int = 5) -> String {
        let all = blocks
        guard all.count > limit else { return Phrase.list(all) }
        return all.prefix(limit).joined(separator: ", ") + " and \(all.count - limit) more"
    }
}
