extension AuditOptions {
    /// Options read from a strategy: its SLAs, triage rules, care hours and holidays, its
    /// timezone for the business clock, the heatmap and the rota, and its agent signature pattern
    /// (`audit: signature:`; the built-in matcher without one) and its closing phrases
    /// (`audit: closing:`). Without `care`, there are no SLAs (every mention is not measured) and
    /// the business clock never runs. A mention no triage rule matches gets the strategy's default
    /// priority. `onDuty` is the rota's week (see ``OnDutyWeek/init(strategy:week:)``); without
    /// it, `rotaWeeks` gives each week's rota (``RotaWeeks/init(strategy:limit:)``).
    public init(strategy: Strategy, accounts: [String] = [], since: Int? = nil, until: Int? = nil,
                observationEnd: Int? = nil, onDuty: OnDutyWeek? = nil, rotaWeeks: RotaWeeks? = nil) {
        let care = strategy.care
        self.init(accounts: accounts, slas: care?.slas ?? [], triage: care?.triage ?? [],
                  calendar: .hours(care?.hours ?? .none, holidays: care?.holidays.map(\.value) ?? []),
                  zone: strategy.timezone, since: since, until: until, observationEnd: observationEnd,
                  signaturePattern: AgentSignature(strategy: strategy), onDuty: onDuty, rotaWeeks: rotaWeeks,
                  closing: ClosingPhrases(extra: strategy.audit?.closing ?? []))
        defaultPriority = care.flatMap { care in care.defaultPriorityIndex.map { care.slas[$0].priority } }
    }
}

extension AgentSignature {
    /// The strategy's `audit: signature:` pattern, or the built-in matcher without one.
    init(strategy: Strategy) {
        if let source = strategy.audit?.signature, let pattern = SignaturePattern(source) {
            self = .pattern(pattern)
        } else {
            self = .builtIn
        }
    }
}
