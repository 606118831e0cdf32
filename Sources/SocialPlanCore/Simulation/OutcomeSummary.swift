/// Streaming statistics over simulated mention outcomes in constant memory: counts, mean wait,
/// P(wait > 0), service levels for a wait limit and a reply limit, and reply-time quantiles.
///
/// Unanswered mentions (still waiting at the horizon end) are counted in ``unanswered`` and
/// excluded from the wait and reply figures, which describe answered mentions only; whether
/// an unanswered one is a breach or pending depends on its due time, which the caller owns.
/// Mentions that arrived before ``countFrom`` are a warm-up and are ignored entirely.
public struct OutcomeSummary: OutcomeAccumulator, Sendable, Hashable {
    /// The wait limit, in seconds, for ``serviceLevelWait``.
    public let waitLimit: Double
    /// The reply limit (wait + handle), in seconds, for ``serviceLevelReply``.
    public let replyLimit: Double
    /// Outcomes of mentions that arrived before this time (seconds) are ignored.
    public let countFrom: Double

    /// Mentions answered (an agent started on them before the horizon ended).
    public private(set) var answered: Int = 0
    /// Mentions still waiting at the horizon end.
    public private(set) var unanswered: Int = 0
    /// Answered mentions that waited a positive time.
    public private(set) var waited: Int = 0
    /// Answered mentions with wait ≤ ``waitLimit``.
    public private(set) var withinWaitLimit: Int = 0
    /// Answered mentions with reply ≤ ``replyLimit``.
    public private(set) var withinReplyLimit: Int = 0
    /// Sum of waits of answered mentions, in seconds.
    public private(set) var totalWait: Double = 0
    /// Sum of reply times of answered mentions, in seconds.
    public private(set) var totalReply: Double = 0
    /// The reply times of answered mentions, for quantiles (≤ 0.39 % relative error).
    public private(set) var replyTimes = ReplyTimeHistogram()

    /// An empty summary.
    ///
    /// Complexity: O(histogram bins), once.
    public init(waitLimit: Double, replyLimit: Double, countFrom: Double = 0) {
        self.waitLimit = waitLimit
        self.replyLimit = replyLimit
        self.countFrom = countFrom
    }

    /// Adds one outcome (ignored when it arrived before ``countFrom``).
    ///
    /// Complexity: O(1).
    public mutating func record(_ outcome: MentionOutcome) {
        guard outcome.mention.arrival >= countFrom else { return }
        if let start = outcome.start {
            let wait = start - outcome.mention.arrival
            recordAnswered(wait: wait, reply: wait + outcome.mention.handleTime)
        } else {
            unanswered += 1
        }
    }

    /// Adds one answered mention by its wait and reply time — the fast path's entry point.
    ///
    /// Complexity: O(1).
    @inline(__always)
    mutating func recordAnswered(wait: Double, reply: Double) {
        answered &+= 1
        if wait > 0 { waited &+= 1 }
        if wait <= waitLimit { withinWaitLimit &+= 1 }
        if reply <= replyLimit { withinReplyLimit &+= 1 }
        totalWait += wait
        totalReply += reply
        replyTimes.add(reply)
    }

    /// Every mention counted: answered + unanswered.
    public var arrivals: Int { answered + unanswered }
    /// Fraction of answered mentions that waited (simulated Erlang C), `nil` if none answered.
    public var probabilityOfWait: Double? { fraction(waited) }
    /// Mean wait of answered mentions in seconds (simulated ASA), `nil` if none answered.
    public var meanWait: Double? { answered > 0 ? totalWait / Double(answered) : nil }
    /// Mean reply time of answered mentions in seconds, `nil` if none answered.
    public var meanReply: Double? { answered > 0 ? totalReply / Double(answered) : nil }
    /// Fraction of answered mentions with wait ≤ ``waitLimit``, `nil` if none answered.
    public var serviceLevelWait: Double? { fraction(withinWaitLimit) }
    /// Fraction of answered mentions with reply ≤ ``replyLimit``, `nil` if none answered.
    public var serviceLevelReply: Double? { fraction(withinReplyLimit) }

    private func fraction(_ part: Int) -> Double? {
        answered > 0 ? Double(part) / Double(answered) : nil
    }
}
