/// Which clock a service-level target is measured on.
///
/// Customer-care targets are stated as "a fraction of contacts within a time
/// limit". The time can be measured in two ways:
///
/// - ``wait``: the time a contact waits in the queue until an agent picks it up
///   (the classic contact-centre "answered within T seconds").
/// - ``reply``: what the customer actually sees on a social channel, the wait
///   **plus** the handle time until the agent's reply goes out. Because the
///   handle time alone can exceed the limit, a reply-based target has a ceiling
///   of `1 − e^(−T/AHT)` that no number of agents can beat.
///
/// The raw values (`"wait"`, `"reply"`) are stable and suitable for files.
///
/// Complexity: O(1) for every operation.
public enum ServiceMetric: String, Sendable, Codable, CaseIterable {
    /// Time from arrival until an agent starts handling the contact.
    case wait
    /// Time from arrival until the reply is sent: queue wait plus handle time.
    case reply
}
