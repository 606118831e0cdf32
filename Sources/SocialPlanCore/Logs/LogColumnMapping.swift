/// Which columns (CSV) or fields (JSON Lines) of a log hold what a ``LogMessage`` needs.
///
/// Names are matched exactly, then ignoring case; extra columns are ignored.
public struct LogColumnMapping: Sendable, Hashable {
    /// The message id column.
    public var id: String
    /// The column naming the message answered (the parent), if the log links replies.
    public var parent: String?
    /// The author column.
    public var author: String
    /// How a row is known to come from a customer (inbound) or from the account (outbound).
    public var direction: LogDirection
    /// The timestamp column.
    public var timestamp: String
    /// How the timestamp column is written.
    public var timeFormat: LogTimestampFormat
    /// The zone of timestamps written without an offset.
    public var timeZone: LogTimeZone
    /// The message text column, if any.
    public var text: String?
    /// A column listing the ids of replies (`"5,7"`), if any.
    public var responses: String?
    /// A column giving the priority, if any.
    public var priority: String?
    /// A column naming the agent, if any.
    public var agent: String?
    /// A column giving the conversation's status (`solved`, `closed`…), if any.
    public var status: String?

    /// Creates a mapping; only id, author, direction and timestamp are required.
    public init(id: String, parent: String? = nil, author: String, direction: LogDirection, timestamp: String,
                timeFormat: LogTimestampFormat = .iso8601, timeZone: LogTimeZone = .utc, text: String? = nil,
                responses: String? = nil, priority: String? = nil, agent: String? = nil, status: String? = nil) {
        self.id = id
        self.parent = parent
        self.author = author
        self.direction = direction
        self.timestamp = timestamp
        self.timeFormat = timeFormat
        self.timeZone = timeZone
        self.text = text
        self.responses = responses
        self.priority = priority
        self.agent = agent
        self.status = status
    }

    /// The "Customer Support on Twitter" columns: `tweet_id, author_id, inbound, created_at,
    /// text, response_tweet_id, in_response_to_tweet_id`, Twitter timestamps.
    public static let twcs = LogColumnMapping(id: "tweet_id", parent: "in_response_to_tweet_id", author: "author_id",
                                              direction: .inboundColumn("inbound"), timestamp: "created_at",
                                              timeFormat: .twitter, text: "text", responses: "response_tweet_id")

    /// Every mapped column with its role (`id`, `parent`, …), required ones first.
    public var columns: [(role: String, name: String)] {
        var list: [(String, String)] = [("id", id), ("author", author)]
        if case .inboundColumn(let c) = direction { list.append(("inbound", c)) }
        list.append(("timestamp", timestamp))
        let optional: [(String, String?)] = [("parent", parent), ("text", text), ("responses", responses), ("priority", priority), ("agent", agent), ("status", status)]
        for (role, name) in optional { if let name { list.append((role, name)) } }
        return list
    }
}

/// How a log says who wrote a message.
public enum LogDirection: Sendable, Hashable {
    /// A true/false column: true means a customer wrote it (inbound).
    case inboundColumn(String)
    /// The support accounts' names: a message by one of them is outbound, any other inbound.
    /// Compared ignoring case and a leading `@`.
    case accounts([String])
}
