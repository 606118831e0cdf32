/// What the audit of a reply log measures and how: the accounts, the promises, triage, care
/// hours, the period and the patterns for agents and the rota (docs/audit.md).
public struct AuditOptions: Sendable {
    /// The audited accounts (case-sensitive author names); empty = every outbound author whose
    /// name is not all digits, each reported separately.
    public var accounts: [String]
    /// The promises, in priority order (first = highest).
    public var slas: [ServiceLevel]
    /// Keyword rules, in file order; the first rule with a matching keyword decides.
    public var triage: [TriageRule]
    /// The priority of a mention no triage rule matches (``Care/defaultPriorityIndex``); nil =
    /// the last SLA.
    public var defaultPriority: String? = nil
    /// Care hours and holidays for the business clock.
    public var calendar: AuditCalendar
    /// The zone for the hour-of-week heatmap and the rota pattern (the strategy's timezone).
    public var zone: String
    /// Only mentions created at or after this instant are audited.
    public var since: Int?
    /// Only mentions created before this instant are audited.
    public var until: Int?
    /// When observation ended; nil = the latest timestamp in the log.
    public var observationEnd: Int?
    /// A custom agent signature pattern (first capture group, or the whole match); nil = the
    /// built-in matcher for endings like `-Becky`, `^JK`, `*AB` (see ``AgentSignature``).
    public var signaturePattern: AgentSignature
    /// When someone is on duty, in `zone`; nil = no rota, no "outside shifts" counts.
    public var onDuty: OnDutyWeek?
    /// The rota of each ISO week the log covers, for "outside shifts" (used when `onDuty` is nil).
    public var rotaWeeks: RotaWeeks?
    /// What a customer's message that only closes the conversation says (docs/audit.md,
    /// "Closed conversations"); such follow-ups start no clock.
    public var closing: ClosingPhrases

    /// Creates options.
    public init(accounts: [String] = [], slas: [ServiceLevel], triage: [TriageRule] = [],
                calendar: AuditCalendar = .hours(.always, holidays: []), zone: String = "UTC",
                since: Int? = nil, until: Int? = nil, observationEnd: Int? = nil,
                signaturePattern: AgentSignature = .builtIn, onDuty: OnDutyWeek? = nil, rotaWeeks: RotaWeeks? = nil,
                closing: ClosingPhrases = ClosingPhrases()) {
        self.accounts = accounts
        self.slas = slas
        self.triage = triage
        self.calendar = calendar
        self.zone = zone
        self.since = since
        self.until = until
        self.observationEnd = observationEnd
        self.signaturePattern = signaturePattern
        self.onDuty = onDuty
        self.rotaWeeks = rotaWeeks
        self.closing = closing
    }
}

/// Where the audit's business clock comes from.
public enum AuditCalendar: Sendable {
    /// Care hours and holidays read in ``AuditOptions/zone``; the audit builds the calendar over
    /// the log's first instant minus a day to its last plus 8 days.
    case hours(WeeklyHours, holidays: [DateSpan])
    /// A calendar built by the caller (it must cover every instant asked about).
    case prebuilt(BusinessCalendar)

    /// The calendar for a log spanning `[first, last]`. Complexity: O(days · periods).
    func calendar(zone: String, first: Int, last: Int) -> BusinessCalendar {
        switch self {
        case .prebuilt(let c): return c
        case .hours(let h, let holidays):
            return BusinessCalendar(hours: h, holidays: holidays, zone: zone, from: first - 86_400, to: last + 8 * 86_400)
        }
    }
}
