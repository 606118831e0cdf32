/// The order in which an idle agent takes waiting mentions (`care.queue`).
///
/// See docs/simulation.md, "Queue discipline", for the measured effect of each on the bundled
/// strategies and why ``default`` is what it is.
public enum QueueDiscipline: String, Sendable, Hashable, Codable, CaseIterable {
    /// Strict priority: every mention of the first SLA's priority before any of the second, and
    /// so on; oldest first within a priority.
    case priority
    /// The mention whose SLA limit runs out first (its due instant on the SLA's clock), as a help
    /// desk's "next SLA breach" view sorts the inbox; ties by arrival, then id. A mention with
    /// no limit for what it needs (e.g. a follow-up without `next_reply`) comes after every
    /// mention with one, oldest first.
    case earliestDeadline = "earliest-deadline"

    /// The discipline used when `care.queue` is not written.
    public static let `default`: QueueDiscipline = .priority
}
