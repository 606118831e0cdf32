import Foundation

/// The forecast of incoming mentions per 15-minute interval of one week.
public struct MentionVolume: Sendable, Hashable {
    /// Expected first contacts (new mentions) per interval: weekly volume × profile × events,
    /// plus the mentions the week's own posts draw.
    public var firstContacts: [Double]
    /// The part of ``firstContacts`` drawn by the week's posts (`replies_per_post`).
    public var fromPosts: [Double]
    /// Expected customer follow-ups per interval (each needs a `next_reply`).
    public var followups: [Double]

    /// All work arriving per interval: first contacts plus follow-ups.
    public var total: [Double] { zip(firstContacts, followups).map { $0 + $1 } }

    /// Minutes over which the replies a post draws decay: they arrive at a rate proportional to
    /// e^(−t/τ) after the post, τ = 60 minutes, cut off after 24 hours (and renormalised).
    public static let postDecayMinutes = 60.0

    /// Builds the forecast for `timeline` from the strategy's `mentions:` block and the week's
    /// published `posts`.
    ///
    /// - The weekly volume is shared over the week's hours in proportion to the profile weight of
    ///   each local (weekday, hour), a quarter of the hour's share per interval. In a 167-hour
    ///   week the skipped hour gets nothing; in a 169-hour week the repeated hour counts twice.
    /// - Events multiply intervals whose local start lies in `[from, to)`.
    /// - Follow-ups: a share `followups.share` of first contacts writes again `followups.after`
    ///   after the account's reply. The reply comes at least one handle time after the mention
    ///   (more when it waits, which the plan does not know yet), so follow-ups are placed
    ///   `after` + the mean `care.handle_time` after their first contact's interval, rounded to
    ///   whole intervals: a lower bound on the delay that the simulation, which spawns each
    ///   follow-up at its real reply + `after`, refines. Follow-ups that would fall after the
    ///   week are not in this week's figures.
    /// Complexity: O(intervals + posts × 96).
    public static func forecast(for strategy: Strategy, timeline: WeekTimeline, posts: [PostingSlot]) -> MentionVolume {
        let n = timeline.intervalCount
        var first = Array(repeating: 0.0, count: n)
        var fromPosts = Array(repeating: 0.0, count: n)
        var followups = Array(repeating: 0.0, count: n)
        guard let mentions = strategy.mentions else {
            return MentionVolume(firstContacts: first, fromPosts: fromPosts, followups: followups)
        }
        let weights = mentions.profile.weights
        let weekTotal = weights.joined().reduce(0, +)
        for i in 0..<n {
            let wall = timeline.wallTime(ofInterval: i)
            let hour = wall.minute / 60
            let w = weights[wall.date.weekday.rawValue - 1][hour]
            var value = weekTotal > 0 ? mentions.perWeek * w / weekTotal / 4 : 0
            let stamp = wall.date.dayNumber * 1440 + wall.minute
            for event in mentions.events where event.from.wallMinutes <= stamp && stamp < event.to.wallMinutes {
                value *= event.factor
            }
            first[i] = value
        }
        let tau = postDecayMinutes
        let norm = 1 - exp(-24 * 60 / tau)
        let repliesPerPost = Dictionary(strategy.content.map { ($0.id, $0.repliesPerPost ?? 0) }, uniquingKeysWith: { a, _ in a })
        for post in posts where post.isPublished {
            let r = repliesPerPost[post.stream] ?? 0
            guard r > 0, let startIndex = timeline.interval(containing: post.start) else { continue }
            // Minutes from the post to the end of its own interval, then whole intervals.
            let offsetInFirst = Double(post.start - timeline.instant(ofInterval: startIndex)) / 60
            for k in 0..<97 {
                let i = startIndex + k
                guard i < n else { break }
                let a = max(0, Double(k) * 15 - offsetInFirst), b = min(24 * 60, Double(k + 1) * 15 - offsetInFirst)
                guard b > a else { continue }
                let share = r * (exp(-a / tau) - exp(-b / tau)) / norm
                fromPosts[i] += share
                first[i] += share
            }
        }
        if let f = mentions.followups {
            let replyAfter = Double(strategy.care?.handleTime?.mean.seconds ?? 0)
            let shift = Int(((Double(f.after.seconds) + replyAfter) / Double(WeekTimeline.intervalSeconds)).rounded())
            for i in 0..<n where i + shift < n { followups[i + shift] += first[i] * f.share.fraction }
        }
        return MentionVolume(firstContacts: first, fromPosts: fromPosts, followups: followups)
    }
}
