extension LoadContext {
    /// Refuses a forecast whose busiest week holds more mentions than one simulated week can in
    /// the time budget (``Limits/busiestWeek``), though each value is inside its own limit: the
    /// weekly volume, replies to posts and events multiply.
    mutating func checkBusiestWeek(_ strategy: Strategy) {
        guard let mentions = strategy.mentions else { return }
        let estimate = Self.busiestWeek(strategy)
        guard Limits.busiestWeek.exceeds(estimate) else { return }
        error("invalid-value",
              "the busiest week expects about \(Limit.grouped(estimate.rounded())) mentions (per_week, replies to posts, follow-ups and events together), "
                + "more than \(Limits.busiestWeek.show(Limits.busiestWeek.maximum)), \(Limits.busiestWeek.why)",
              at: mentions.positions["per_week"],
              help: "lower per_week, replies_per_post or the event factors; docs/limits.md lists every limit")
    }

    /// An upper estimate of the mentions in the busiest week: the weekly volume plus every
    /// stream's replies per post at its highest cadence on each of its accounts, grown by
    /// follow-ups and by the events of the busiest seven days (each event weighted by the share
    /// of those days it covers; overlapping events multiply). O(e²) in the events.
    static func busiestWeek(_ strategy: Strategy) -> Double {
        guard let mentions = strategy.mentions else { return 0 }
        var base = mentions.perWeek
        for stream in strategy.content {
            guard let r = stream.repliesPerPost, r > 0 else { continue }
            let cadences = ([stream.cadence] + stream.perAccount.map(\.settings.cadence)).compactMap { $0 }
            let posts = Double(cadences.map(\.perWeekCount).max() ?? 0)
            let accounts = Double(max(1, stream.targets.isEmpty ? strategy.accounts.count : stream.targets.count))
            base += r * posts * accounts
        }
        base *= 1 + (mentions.followups?.share.fraction ?? 0)
        let week = 7 * 1440
        var busiest = 1.0
        for start in mentions.events.map(\.from.wallMinutes) {
            var grown = 1.0
            for event in mentions.events {
                let overlap = min(event.to.wallMinutes, start + week) - max(event.from.wallMinutes, start)
                guard overlap > 0, event.factor > 1 else { continue }
                grown *= 1 + (event.factor - 1) * Double(overlap) / Double(week)
            }
            busiest = max(busiest, grown)
        }
        return base * busiest
    }
}
