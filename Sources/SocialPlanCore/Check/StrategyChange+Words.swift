extension StrategyChange {
    /// The change in a care lead's words, naming people by first name: `raise Elin's weekly
    /// limit 24h → 32h`, `add Sat 15:00–18:00 to Elin's availability`, `add one extra person
    /// (extra-care-1) for Sat–Sun 18:00–22:00`.
    public func words(in strategy: Strategy) -> String {
        let name = strategy.member(member)?.firstName ?? member
        switch self {
        case .raiseLimit(_, let from, let to):
            return "raise \(name)'s weekly limit \(Self.hoursText(from))h → \(Self.hoursText(to))h"
        case .extendAvailability(_, let day, let added):
            return "add \(day.shortName) \(Self.periodWords(added)) to \(name)'s availability"
        case .addPerson(let id, let hours):
            return "add one extra person (\(id)) for \(Self.hoursWords(hours))"
        }
    }

    /// `08:00–16:00` with an en dash, as reports write periods.
    static func periodWords(_ p: TimePeriod) -> String {
        "\(p.start)–\(p.end)"
    }

    /// `Mon–Fri 16:00–20:00 and Sat 10:00–14:00`.
    static func hoursWords(_ hours: WeeklyHours) -> String {
        let parts = WeeklyHoursText.groups(hours).map { group -> String in
            let days = WeeklyHoursText.runs(group.days).map { $0.0 == $0.1 ? $0.0.shortName : "\($0.0.shortName)–\($0.1.shortName)" }
            return days.joined(separator: ", ") + " " + group.periods.map(periodWords).joined(separator: ", ")
        }
        return Phrase.list(parts)
    }
}
