import YAMLTree

/// One edit a care lead can make to a strategy from the file's own people, as the fix search
/// proposes it: raise a weekly limit, widen someone's availability on one day, or — the last
/// resort — add one extra person for named hours. Kinds are listed smallest first, which is
/// also the order the search prefers them in.
///
/// A change applies to a ``Strategy`` (``apply(to:)``, a pure function) and to the file's text
/// (``applied(toSource:strategy:)`` in `StrategyChange+Source.swift`); both give the same plan.
public enum StrategyChange: Sendable, Hashable {
    /// `member`'s `max_hours_per_week` from `from` to `to` hours (never above ``weeklyHoursCap``).
    case raiseLimit(member: String, from: Double, to: Double)
    /// `added` joins `member`'s availability on `day` (in the member's zone), next to a period
    /// they already have there.
    case extendAvailability(member: String, day: Weekday, added: TimePeriod)
    /// A new care member `id`, available for `hours` (strategy zone) with a weekly limit of
    /// exactly those hours.
    case addPerson(id: String, hours: WeeklyHours)

    /// The EU working-time directive's limit: 48 hours a week including overtime (averaged
    /// there over months; here a plain weekly ceiling, because the plan covers one week).
    public static let weeklyHoursCap: Double = 48

    /// What kind of edit this is, in order of preference.
    public enum Kind: String, Sendable, Hashable, CaseIterable, Comparable {
        case raiseLimit = "raise_limit"
        case extendAvailability = "extend_availability"
        case addPerson = "add_person"

        /// How much one added hour of this kind weighs when fixes are compared: asking someone
        /// for more hours is easier than moving them to new times, and both are easier than
        /// finding a new person.
        public var weight: Double {
            switch self {
            case .raiseLimit: return 1
            case .extendAvailability: return 1.25
            case .addPerson: return 2
            }
        }

        public static func < (a: Kind, b: Kind) -> Bool { a.weight < b.weight }
    }

    /// The kind of this change.
    public var kind: Kind {
        switch self {
        case .raiseLimit: return .raiseLimit
        case .extendAvailability: return .extendAvailability
        case .addPerson: return .addPerson
        }
    }

    /// The member changed or added.
    public var member: String {
        switch self {
        case .raiseLimit(let m, _, _), .extendAvailability(let m, _, _), .addPerson(let m, _): return m
        }
    }

    /// Agent-hours a week the change can add at most.
    public var addedHours: Double {
        switch self {
        case .raiseLimit(_, let from, let to): return max(0, to - from)
        case .extendAvailability(_, _, let added): return Double(added.lengthMinutes) / 60
        case .addPerson(_, let hours): return Double(hours.minutesPerWeek) / 60
        }
    }

    /// ``addedHours`` weighted by ``Kind/weight``: what the search minimises.
    public var cost: Double { addedHours * kind.weight }

    /// `strategy` with the change made. A change naming a member who is not on the team
    /// leaves the strategy as it is.
    ///
    /// Complexity: O(team + care staff).
    public func apply(to strategy: Strategy) -> Strategy {
        var changed = strategy
        let nowhere = SourcePosition(line: 0, column: 0)
        switch self {
        case .raiseLimit(let id, _, let to):
            guard let i = changed.team.firstIndex(where: { $0.id == id }) else { return strategy }
            changed.team[i].maxHoursPerWeek = min(to, Self.weeklyHoursCap)
        case .extendAvailability(let id, let day, let added):
            guard let i = changed.team.firstIndex(where: { $0.id == id }) else { return strategy }
            changed.team[i].available[day] = Self.merge(changed.team[i].available[day], added)
        case .addPerson(let id, let hours):
            let role = Self.careRole(of: strategy)
            let member = Member(id: id, name: id, roles: [role ?? "care"], timezone: strategy.timezone,
                                available: hours, maxHoursPerWeek: Double(hours.minutesPerWeek) / 60,
                                positions: KeyPositions(own: nowhere))
            changed.team.append(member)
            if role == nil { changed.care?.staff.append(Located(.member(id), at: nowhere)) }
        }
        return changed
    }

    /// The role `care.staff` names first (`care` in `[role: care]`), which a new member takes
    /// so the file needs no second edit; nil when staff is listed by id only.
    static func careRole(of strategy: Strategy) -> String? {
        for ref in strategy.care?.staff ?? [] {
            if case .role(let r) = ref.value { return r }
        }
        return nil
    }

    /// `periods` with `added` joined to the period it touches or overlaps (else inserted).
    static func merge(_ periods: [TimePeriod], _ added: TimePeriod) -> [TimePeriod] {
        var result: [TimePeriod] = []
        var current = added
        for p in periods.sorted(by: { $0.start < $1.start }) {
            let a = p.minuteRange, b = current.minuteRange
            if a.lowerBound <= b.upperBound && b.lowerBound <= a.upperBound && !p.crossesMidnight && !current.crossesMidnight {
                current = TimePeriod(start: ClockTime(minutes: min(a.lowerBound, b.lowerBound)),
                                     end: ClockTime(minutes: max(a.upperBound, b.upperBound)))
            } else {
                result.append(p)
            }
        }
        result.append(current)
        return result.sorted { $0.start < $1.start }
    }
}
