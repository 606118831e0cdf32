import Dispatch

/// The rota of every ISO week a log covers, planned on demand: the audit judges each reply
/// against the ``OnDutyWeek`` of the week it was sent in (docs/audit.md, "Agents").
///
/// At most ``limit`` weeks are planned (the log's latest ones); replies in earlier weeks are
/// not judged and a note says how many. Planning runs on every core.
public struct RotaWeeks: Sendable {
    /// The most weeks planned for one audit (a year).
    public static let defaultLimit = 53

    /// Plans one week; nil when the strategy has no care staff.
    public let plan: @Sendable (ISOWeek) -> OnDutyWeek?
    /// The most weeks planned.
    public let limit: Int

    /// Weeks planned by `plan`, at most `limit`.
    public init(limit: Int = RotaWeeks.defaultLimit, plan: @escaping @Sendable (ISOWeek) -> OnDutyWeek?) {
        self.plan = plan
        self.limit = max(1, limit)
    }

    /// The rota `strategy` plans for each week (``OnDutyWeek/init(strategy:week:)``).
    public init(strategy: Strategy, limit: Int = RotaWeeks.defaultLimit) {
        self.init(limit: limit) { week in OnDutyWeek(strategy: strategy, week: week) }
    }
}

/// The planned weeks of one audit, indexed by the week's offset from the first Monday, so a
/// reply's rota is found in O(1) from its wall date.
struct OnDutyLookup: Sendable {
    /// Day number of the first planned week's Monday.
    private let firstMonday: Int
    private let weeks: [OnDutyWeek?]
    /// The one week every reply is judged against, when weeks are not planned.
    private let fixed: OnDutyWeek?
    /// True when at least one planned week has a rota.
    let hasRota: Bool
    /// Weeks before the planned ones (beyond the limit) whose replies are not judged.
    let weeksNotPlanned: Int

    /// One fixed week for every reply (`--week`).
    init(fixed: OnDutyWeek?) {
        firstMonday = 0
        weeks = []
        hasRota = fixed != nil
        weeksNotPlanned = 0
        self.fixed = fixed
    }

    /// The weeks from the one holding `firstDate` to the one holding `lastDate`, the latest
    /// `rotas.limit` of them planned. Complexity: that of planning each week (in parallel).
    init(rotas: RotaWeeks, firstDate: LocalDate, lastDate: LocalDate) {
        let lastMonday = lastDate.dayNumber - (lastDate.weekday.rawValue - 1)
        let logMonday = firstDate.dayNumber - (firstDate.weekday.rawValue - 1)
        let total = (lastMonday - logMonday) / 7 + 1
        weeksNotPlanned = max(0, total - rotas.limit)
        let first = logMonday + 7 * weeksNotPlanned
        firstMonday = first
        let count = total - weeksNotPlanned
        let slots = ResultSlots<Planned>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { k in
            slots[k] = Planned(week: rotas.plan(ISOWeek.containing(LocalDate(dayNumber: first + 7 * k))))
        }
        weeks = slots.values.map(\.week)
        hasRota = weeks.contains { $0 != nil }
        fixed = nil
    }

    private struct Planned { var week: OnDutyWeek? }

    /// Whether someone is on duty at wall time (`date`, `minute`); nil when the week has no
    /// rota (beyond the limit, or no care staff). Complexity: O(1).
    func isOnDuty(date: LocalDate, minute: Int) -> Bool? {
        if weeks.isEmpty { return fixed?.isOnDuty(weekday: date.weekday, minute: minute) }
        let k = (date.dayNumber - firstMonday) / 7
        guard date.dayNumber >= firstMonday, k < weeks.count, let week = weeks[k] else { return nil }
        return week.isOnDuty(weekday: date.weekday, minute: minute)
    }
}
