/// One message of a real reply log (a tweet of the "Customer Support on Twitter" dataset, a row
/// of a mapped CSV or a line of JSON Lines), as the readers hand it to the audit.
///
/// Ids are kept as text in a normal form (`"3.0"` → `"3"`, surrounding spaces trimmed) so that
/// a reply finds its parent whatever the exporting tool did to the number.
public struct LogMessage: Sendable, Hashable {
    /// The message's own id, normalised.
    public var id: String
    /// Who wrote it: a support account's name, or a customer's (often numeric) id.
    public var author: String
    /// True when a customer wrote it to a support account; false for the account's replies.
    public var inbound: Bool
    /// When it was sent, in seconds since 1970-01-01 UTC. The readers hand over only times from
    /// 1970 up to 2106-02-07T06:28:16Z (docs/log-formats.md, "Timestamps"); the audit clamps
    /// any other a caller gives to that range.
    public var createdAt: Int
    /// The message text (used for triage keywords and agent signatures).
    public var text: String
    /// The id of the message this one answers, normalised; nil for a thread root.
    public var inResponseTo: String?
    /// Ids of the messages that answer this one, as far as the log lists them (may be empty).
    public var responseIDs: [String]
    /// A priority given by the log itself (a mapped column); overrides the triage keywords.
    public var priority: String?
    /// The agent who wrote it when the log says so (a mapped column); otherwise found from
    /// the text's signature by the audit.
    public var agent: String?
    /// The conversation's status when the log says so (a mapped column, e.g. `solved`); the
    /// audit reads it on customer messages (docs/audit.md, "Closed conversations").
    public var status: String?
    /// The 1-based line of the log on which the message's record starts.
    public var line: Int

    /// Creates a message; ids should already be normalised (see ``LogMessage/normalizedID(_:)``).
    public init(id: String, author: String, inbound: Bool, createdAt: Int, text: String = "",
                inResponseTo: String? = nil, responseIDs: [String] = [], priority: String? = nil,
                agent: String? = nil, status: String? = nil, line: Int) {
        self.id = id
        self.author = author
        self.inbound = inbound
        self.createdAt = createdAt
        self.text = text
        self.inResponseTo = inResponseTo
        self.responseIDs = responseIDs
        self.priority = priority
        self.agent = agent
        self.status = status
        self.line = line
    }
}
