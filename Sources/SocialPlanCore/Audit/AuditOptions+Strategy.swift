extension AuditOptions {
    /// Options read from a strategy: its SLAs, triage rules, care hours and holidays, and its
    /// timezone for the business clock, the heatmap and the rota pattern. Without `care`, there
    /// are no SLAs (every mention is not measured) and the business clock never runs.
    public init(strategy: Strategy, accounts: [String] = [], since: Int? = nil, until: Int? = nil,
                observationEnd: Int? = nil, signaturePattern: AgentSignature = .builtIn, onDutyPattern: [Bool]? = nil) {
        let care = strategy.care
        self.init(accounts: accounts, slas: care?.slas ?? [], triage: care?.triage ?? [],
                  calendar: .hours(care?.hours ?? .none, holidays: care?.holidays.map(\.value) ?? []),
                  zone: strategy.timezone, since: since, until: until, observationEnd: observationEnd,
                  signaturePattern: signaturePattern, onDutyPattern: onDutyPattern)
    }
}
