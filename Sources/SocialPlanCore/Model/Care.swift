/// Which clock an SLA counts on.
public enum ReplyClock: String, Sendable, Hashable, Codable, CaseIterable {
    /// All elapsed time counts.
    case calendar
    /// Only time inside care hours, minus holidays, counts.
    case business
}

/// A reply-time promise for one priority.
public struct ServiceLevel: Sendable, Hashable {
    /// The priority it applies to (`urgent`).
    public var priority: String
    /// Time from a customer's mention to the first public reply.
    public var firstReply: TimeSpan?
    /// Time from the oldest unanswered follow-up to the next reply.
    public var nextReply: TimeSpan?
    /// Share of mentions that must be answered within the limit.
    public var target: Percentage
    /// The clock the limits count on.
    public var clock: ReplyClock
    /// Where the keys are; `own` is the priority key.
    public var positions: KeyPositions

    /// The reply-time limits written, with their keys: `first_reply`, then `next_reply`.
    public var limits: [(key: String, limit: TimeSpan)] {
        [("first_reply", firstReply), ("next_reply", nextReply)].compactMap { key, value in value.map { (key, $0) } }
    }

    /// Creates a promise.
    public init(priority: String, firstReply: TimeSpan?, nextReply: TimeSpan? = nil, target: Percentage,
                clock: ReplyClock, positions: KeyPositions) {
        self.priority = priority
        self.firstReply = firstReply
        self.nextReply = nextReply
        self.target = target
        self.clock = clock
        self.positions = positions
    }
}

/// Mean handle time and its variability.
public struct HandleTime: Sendable, Hashable {
    /// Mean time an agent spends on one mention.
    public var mean: TimeSpan
    /// Coefficient of variation; `nil` means exponential (cv = 1).
    public var cv: Double?

    /// Creates a handle time.
    public init(mean: TimeSpan, cv: Double? = nil) {
        self.mean = mean
        self.cv = cv
    }
}

/// A triage rule: the words, phrases and patterns that put a mention into a priority
/// (docs/strategy-format.md, "care.triage").
public struct TriageRule: Sendable, Hashable {
    /// The priority assigned.
    public var priority: String
    /// Keywords and phrases, matched as whole words after case and accent folding.
    public var keywords: [String]
    /// `regex:` entries (validated at load), matched against the text as written, ignoring case.
    public var patterns: [String]
    /// `not:` phrases: a keyword found only inside one of them does not count.
    public var exclusions: [String]
    /// Where the rule is written.
    public var position: SourcePosition

    /// Creates a triage rule.
    public init(priority: String, keywords: [String], patterns: [String] = [], exclusions: [String] = [],
                position: SourcePosition) {
        self.priority = priority
        self.keywords = keywords
        self.patterns = patterns
        self.exclusions = exclusions
        self.position = position
    }
}

/// Shift rules for the care rota.
public struct RotaRules: Sendable, Hashable {
    /// Shortest shift the planner creates.
    public var minShift: TimeSpan
    /// Longest shift.
    public var maxShift: TimeSpan
    /// Least time between two shifts of one member.
    public var minRest: TimeSpan

    /// Creates rules; the defaults are 2 h, 9 h and 11 h (the EU working-time directive's daily rest).
    public init(minShift: TimeSpan = .hours(2), maxShift: TimeSpan = .hours(9), minRest: TimeSpan = .hours(11)) {
        self.minShift = minShift
        self.maxShift = maxShift
        self.minRest = minRest
    }
}

/// Customer care: when replies are staffed, by whom, and what is promised.
public struct Care: Sendable, Hashable {
    /// Care hours in the strategy's zone.
    public var hours: WeeklyHours
    /// Dates with no care hours.
    public var holidays: [Located<DateSpan>]
    /// Who answers: members or roles.
    public var staff: [Located<AuthorRef>]
    /// The accounts whose mentions care answers, as written (ids or network names); empty
    /// means every account. Every SLA holds for these accounts.
    public var accounts: [Located<String>] = []
    /// Time spent per mention.
    public var handleTime: HandleTime?
    /// Share of paid time not spent answering (breaks, meetings, training).
    public var shrinkage: Percentage
    /// Highest acceptable share of time busy answering.
    public var maxOccupancy: Percentage?
    /// The share of weeks that should keep each promise: an SLA *meets* when the simulated
    /// share of weeks kept is clearly at or above it (``defaultConfidence`` unless written).
    public var confidence: Percentage
    /// Promises per priority, in file order.
    public var slas: [ServiceLevel]
    /// Keyword rules for priorities, in file order.
    public var triage: [TriageRule]
    /// `default_priority:` as written: the priority of a mention no triage rule matches
    /// (see ``defaultPriorityIndex``).
    public var defaultPriority: String?
    /// Shift rules for the rota.
    public var rota: RotaRules
    /// The order waiting mentions are answered in (`care.queue`).
    public var queue: QueueDiscipline
    /// Where the keys are.
    public var positions: KeyPositions

    /// Creates care settings.
    public init(hours: WeeklyHours, holidays: [Located<DateSpan>] = [], staff: [Located<AuthorRef>] = [],
                handleTime: HandleTime? = nil, shrinkage: Percentage = Percentage(partsPerMillion: 0),
                maxOccupancy: Percentage? = nil, confidence: Percentage = Care.defaultConfidence,
                slas: [ServiceLevel] = [], triage: [TriageRule] = [], positions: KeyPositions) {
        self.hours = hours
        self.holidays = holidays
        self.staff = staff
        self.handleTime = handleTime
        self.shrinkage = shrinkage
        self.maxOccupancy = maxOccupancy
        self.confidence = confidence
        self.slas = slas
        self.triage = triage
        self.rota = RotaRules()
        self.queue = .default
        self.positions = positions
    }

    /// 80 %: "four weeks in five", a planning standard a care lead recognises. It is also
    /// decidable at the default 20 simulated weeks (20 of 20 kept gives a Wilson interval from
    /// 83.9 %, so a plan that never breaks a promise meets at once), while 90 % needs at least
    /// 35 weeks and 95 % at least 73 before a plan can be shown to meet it at all
    /// (``ProportionSummary/fewestTrialsShowing(atLeast:)``).
    public static let defaultConfidence = Percentage(partsPerMillion: 800_000)

    /// The SLA for `priority`.
    public func sla(for priority: String) -> ServiceLevel? { slas.first { $0.priority == priority } }
}
