extension Care {
    /// The SLA (index in ``slas``) of a mention that no triage rule matches, and of the share of
    /// the simulated mix that `mentions.priorities` leaves out: `default_priority` when written,
    /// else the SLA named `normal`, else the only SLA. A file with several SLAs and neither is
    /// refused by the loader; for a model built in code the last SLA stands in. Nil without SLAs.
    /// Complexity: O(SLAs).
    public var defaultPriorityIndex: Int? {
        guard !slas.isEmpty else { return nil }
        if let name = defaultPriority, let i = slas.firstIndex(where: { $0.priority == name }) { return i }
        if let i = slas.firstIndex(where: { $0.priority == Self.conventionalDefault }) { return i }
        return slas.count - 1
    }

    /// The priority that is the default when `default_priority` is not written.
    public static let conventionalDefault = "normal"
}
