/// The instants at which customer care is open — inside care hours and not on a holiday —
/// over a bounded span, for exact business-clock arithmetic (DESIGN §5, docs/sla-semantics.md).
///
/// An instant is open when its local date in the care zone is not a holiday and its local
/// wall-clock time falls inside one of the periods listed for that weekday (a period whose end
/// is at or before its start runs past midnight into the next local date; `24:00` is a valid
/// end). The holiday test uses the instant's *own* local date, so the part of Thursday's
/// `22:00-02:00` that falls on a holiday Friday is closed, and the part of a holiday's
/// `22:00-02:00` that falls on the next, ordinary day is open.
///
/// The open instants are precomputed as sorted, disjoint, non-adjacent `[start, end)` ranges
/// with prefix sums, so every question is a binary search. Instants outside the span count as
/// closed: build the calendar over every instant you will ask about, plus room for dues that
/// fall after long closures (a week or more past the last mention is a safe margin).
public struct BusinessCalendar: Sendable, Hashable {
    /// First instant covered (inclusive), seconds since 1970 UTC.
    public let start: Int
    /// End of the covered span (exclusive).
    public let end: Int
    /// The zone the care hours are read in.
    public let zone: String
    /// Open ranges `[start, end)`, sorted, disjoint and never touching.
    public let openIntervals: [Range<Int>]
    /// `prefix[i]` = open seconds in `openIntervals[0..<i]`; `prefix.count == openIntervals.count + 1`.
    let prefix: [Int]

    /// Builds the calendar of `care`'s hours and holidays, read in `zone`, over `[from, to)`.
    /// Complexity: O(D·P + n log n) for D local days, P periods a day and n open ranges.
    public init(care: Care, zone: String, from: Int, to: Int) {
        self.init(hours: care.hours, holidays: care.holidays.map(\.value), zone: zone, from: from, to: to)
    }

    /// Builds the calendar of `hours` minus `holidays`, read in `zone`, over `[from, to)`.
    /// Complexity: O(D·P + n log n) for D local days, P periods a day and n open ranges.
    public init(hours: WeeklyHours, holidays: [DateSpan], zone: String, from: Int, to: Int) {
        self.start = from
        self.end = max(from, to)
        self.zone = zone
        let intervals = Self.openIntervals(hours: hours, holidays: holidays, zone: zone, from: from, to: max(from, to))
        self.openIntervals = intervals
        var sums = [0]
        sums.reserveCapacity(intervals.count + 1)
        for r in intervals { sums.append(sums[sums.count - 1] + r.count) }
        self.prefix = sums
    }

    /// Total open seconds in the span.
    public var totalOpenSeconds: Int { prefix[prefix.count - 1] }

    /// True when care is open at `instant` (false outside the span). Complexity: O(log n).
    public func isOpen(at instant: Int) -> Bool {
        let k = countStarting(before: instant)
        if k < openIntervals.count, openIntervals[k].lowerBound == instant { return true }
        return k > 0 && openIntervals[k - 1].contains(instant)
    }

    /// Business time between two instants: the real seconds of the open instants in
    /// `[from, to)`; 0 when `to <= from`. Complexity: O(log n).
    public func businessSeconds(from: Int, to: Int) -> Int {
        to <= from ? 0 : cumulative(to) - cumulative(from)
    }

    /// The earliest instant at which business time since `from` reaches `targetSeconds`, or nil
    /// when it is not reached inside the span (no care hours at all, or the span ends first).
    ///
    /// A target of 0 (or less) is due at `from` itself. For a positive target the due instant
    /// is always inside an open range or at its end (a 15-minute target at Fri 16:45 with hours
    /// until 17:00 is due Fri 17:00, not Mon 09:00). Complexity: O(log n).
    public func dueInstant(from: Int, targetSeconds: Int) -> Int? {
        if targetSeconds <= 0 { return from }
        let already = cumulative(from)
        guard targetSeconds <= totalOpenSeconds - already else { return nil }
        let goal = already + targetSeconds
        // Smallest i with prefix[i + 1] >= goal.
        var lo = 0, hi = openIntervals.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if prefix[mid + 1] >= goal { hi = mid } else { lo = mid + 1 }
        }
        guard lo < openIntervals.count else { return nil }
        return openIntervals[lo].lowerBound + (goal - prefix[lo])
    }

    /// Open seconds in `[start, instant)`.
    func cumulative(_ instant: Int) -> Int {
        let k = countStarting(before: instant)
        guard k > 0 else { return 0 }
        let r = openIntervals[k - 1]
        return prefix[k - 1] + min(instant, r.upperBound) - r.lowerBound
    }

    /// How many open ranges start strictly before `instant`. Complexity: O(log n).
    private func countStarting(before instant: Int) -> Int {
        var lo = 0, hi = openIntervals.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if openIntervals[mid].lowerBound < instant { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Checks the stored invariants; tests call it.
    func _checkInvariants() {
        precondition(prefix.count == openIntervals.count + 1 && prefix[0] == 0)
        for (i, r) in openIntervals.enumerated() {
            precondition(!r.isEmpty && r.lowerBound >= start && r.upperBound <= end)
            precondition(prefix[i + 1] == prefix[i] + r.count)
            if i > 0 { precondition(openIntervals[i - 1].upperBound < r.lowerBound, "ranges must be disjoint and not touch") }
        }
    }
}
