/// How many slots of one stream fit into one day's posting windows.
///
/// Slots of a stream follow one another: each starts inside a window and ends inside the same
/// window (a post takes at least a minute), and the next starts `step` minutes later or more.
/// Greedy earliest placement is optimal for this, so the count is exact.
struct SlotCapacity {
    /// Minutes a slot occupies (at least 1).
    var slotMinutes: Int
    /// Least minutes between the starts of two slots; 0 means slots may share a start.
    var stepMinutes: Int
    /// A cap per day (publishing `max_per_day`), if any.
    var perDayCap: Int?

    /// More than any cadence asks for (cadences stop at 1000 a day).
    static let unlimited = 100_000

    /// Slots that fit into `periods` (one day's windows, sorted by start).
    /// Complexity: O(periods + slots placed).
    func count(in periods: [TimePeriod]) -> Int {
        var count = 0
        var earliest = Int.min
        for p in periods {
            let end = p.start.minutes + p.lengthMinutes
            guard stepMinutes > 0 else {
                if p.lengthMinutes >= slotMinutes { count = Self.unlimited }
                continue
            }
            var t = max(p.start.minutes, earliest)
            while t + slotMinutes <= end && count < Self.unlimited {
                count += 1
                earliest = t + stepMinutes
                t = earliest
            }
        }
        return min(min(count * parallel, Self.unlimited), perDayCap ?? Self.unlimited)
    }

    /// Creates a capacity from its parts.
    init(slotMinutes: Int, stepMinutes: Int, perDayCap: Int?) {
        self.slotMinutes = max(slotMinutes, 1)
        self.stepMinutes = max(stepMinutes, 0)
        self.perDayCap = perDayCap
    }

    /// How many authors may do slots side by side (timed routines only; published posts of one
    /// stream never share a moment).
    var parallel: Int = 1

    /// The capacity of a stream under the strategy's publishing rules, matching the posting
    /// planner: published posts of one stream start on its 5-minute grid at least `min_gap`
    /// apart; tasks and reply sessions run one after another per author, and `authors` of them
    /// may work side by side.
    init(stream: ContentStream, publishing: Publishing, authors: Int = 1, applyGap: Bool = true, applyCap: Bool = true) {
        let duration = (stream.duration.seconds + 59) / 60
        slotMinutes = max(duration, 1)
        if stream.kind.isPublished {
            let gap = applyGap ? ((publishing.minGap?.seconds ?? 0) + 59) / 60 : 0
            let step = max(gap, duration, Self.grid)
            stepMinutes = (step + Self.grid - 1) / Self.grid * Self.grid
            perDayCap = applyCap ? publishing.maxPerDay : nil
        } else {
            stepMinutes = max(duration, Self.grid)
            perDayCap = nil
            parallel = max(1, authors)
        }
    }

    /// The posting planner's grid of candidate start times, in minutes.
    static let grid = 5
}
