import Foundation

/// Computes the per-interval requirement from the mention forecast and the SLAs: the one
/// capacity model the rota, the gap report and the simulation share (docs/staffing-math.md,
/// "The week's requirement").
///
/// 1. **Work where it can be answered.** For each SLA limit, work arriving while its clock is
///    stopped (a business clock outside care hours or on a holiday) is answerable only at the
///    next open interval, so it is moved there; the week wraps around (Sunday night's work is
///    Monday morning's, as the simulation's warm-up replays it).
/// 2. **Deferrable work is planned over its limit.** A reply limit of L lets a backlog build and
///    drain inside L, so the load an interval must carry is the mean of the last
///    `w = clamp(L / 15 min, 1, 16)` open intervals' work (capped at 4 hours so a day-long
///    limit does not smear the day into the night). A 30-minute limit looks at two intervals;
///    a 4-hour limit at sixteen.
/// 3. **Answering agents.** The smallest count meeting the target on the reply-time
///    distribution P(wait + handle ≤ L) of an M/M/c queue on that load (``StaffingCalculator``,
///    no per-interval occupancy cap); the interval needs the largest over the limits that
///    apply. Priorities: a priority's SLA is checked against the cumulative load of itself and
///    the priorities served before it (SLA file order). Targets beyond reach of the handle
///    time alone are planned at 98 % of the best possible and flagged.
/// 4. **Occupancy is a daily average.** With `max_occupancy`, each day's work over its
///    answering capacity must stay within the cap; where it does not, agents are added one at
///    a time in the day's most loaded interval (highest work per agent) until it does.
/// 5. **Shrinkage is fractional where work can wait out a break.** The exact on-duty need is
///    `answering / (1 − shrinkage)` (``IntervalStaffing/needed``); for deferrable limits the
///    rota plans against that rounded to the nearest whole agent (at least one where anyone is
///    needed), so over the week the plan asks for the answering hours divided by
///    (1 − shrinkage), as the simulation thins the rota, instead of a per-interval ceiling that
///    doubles a one-agent interval at 25 %. Real-time limits (at most
///    ``realTimeLimitSeconds``) are the exception: a mention cannot wait out a colleague's
///    break, so there the interval gets `⌈answering / (1 − shrinkage)⌉`.
///
/// Complexity: O(intervals × limits × (w + N)) for window `w` and agent counts `N`.
public enum CareRequirement {
    /// Reply limits this short (30 minutes, two intervals) are real-time work: a break is as long
    /// as the limit, so breaks must be covered and shrinkage is added per interval, rounded up.
    public static let realTimeLimitSeconds = 1800

    /// The longest window, in intervals, over which deferrable work is averaged (4 hours).
    public static let maximumWindowIntervals = 16

    /// Requirements for every interval; all zero without care, SLAs or handle time.
    public static func compute(strategy: Strategy, timeline: WeekTimeline, volume: MentionVolume) -> [IntervalStaffing] {
        let n = timeline.intervalCount
        let total = volume.total
        var result = (0..<n).map { i in
            IntervalStaffing(index: i, start: timeline.instant(ofInterval: i), arrivals: total[i], rawRequired: 0, required: 0,
                             scheduled: 0, targetBeyondReach: false)
        }
        guard let care = strategy.care, let handle = care.handleTime, handle.mean.seconds > 0, n > 0 else { return result }
        let aht = Double(handle.mean.seconds)
        let step = Double(WeekTimeline.intervalSeconds)
        let shares = cumulativeShares(strategy: strategy, care: care)
        let open = care.openIntervals(of: timeline)
        var raw = Array(repeating: 0, count: n)
        var covered = Array(repeating: 0, count: n)   // on duty so breaks never leave a real-time limit short
        let ppm = care.shrinkage.partsPerMillion
        var work = Array(repeating: 0.0, count: n)   // arrivals where they can first be answered
        for (rank, sla) in care.slas.enumerated() where sla.target.fraction > 0 && sla.target.fraction <= 1 && shares[rank] > 0 {
            let counts = sla.clock == .calendar ? Array(repeating: true, count: n) : open
            guard counts.contains(true) else { continue }
            let moved = movedToOpen(total.map { $0 * shares[rank] }, open: counts)
            if rank == care.slas.count - 1 || shares[rank] >= 1 { work = moved }
            for (_, limit) in sla.limits where limit.seconds > 0 {
                let window = min(max(1, limit.seconds / WeekTimeline.intervalSeconds), maximumWindowIntervals)
                let smoothed = trailingMean(moved, open: counts, window: window)
                var target = ServiceTarget(fraction: sla.target.fraction, limitSeconds: Double(limit.seconds), metric: .reply)
                // The share handled within the limit with no wait at all (exponential service).
                let ceiling = 1 - exp(-Double(limit.seconds) / aht)
                let beyond = target.fraction >= ceiling
                if beyond { target.fraction = 0.98 * ceiling }
                for i in 0..<n where counts[i] && smoothed[i] > 0 {
                    let load = QueueLoad(arrivalsPerInterval: smoothed[i], intervalSeconds: step, meanHandleSeconds: aht)
                    let need = StaffingCalculator.requirement(load: load, target: target, maxOccupancy: nil, shrinkagePartsPerMillion: 0)
                    if need.reachable {
                        raw[i] = max(raw[i], need.rawAgents)
                        if limit.seconds <= realTimeLimitSeconds {
                            covered[i] = max(covered[i], StaffingCalculator.scheduledAgents(raw: need.rawAgents, shrinkagePartsPerMillion: ppm))
                        }
                    }
                    if beyond { result[i].targetBeyondReach = true }
                }
            }
        }
        if let cap = care.maxOccupancy?.fraction, cap > 0 {
            capOccupancy(&raw, work: work.map { $0 * aht / step }, cap: cap, days: timeline)
        }
        let keep = 1 - care.shrinkage.fraction
        for i in 0..<n {
            result[i].rawRequired = raw[i]
            result[i].required = max(onDuty(answering: raw[i], keep: keep), covered[i])
            result[i].needed = keep > 0 ? Double(raw[i]) / keep : Double(raw[i])
        }
        return result
    }

    /// Agents to plan on duty for `answering` agents when a share `keep` of paid time is spent
    /// answering: `answering / keep` rounded to the nearest whole agent (halves up), at least
    /// one when anyone is needed.
    ///
    /// Complexity: O(1).
    public static func onDuty(answering: Int, keep: Double) -> Int {
        guard answering > 0 else { return 0 }
        guard keep > 0 else { return answering }
        return max(1, Int((Double(answering) / keep).rounded()))
    }

    /// `values` with whatever arrives in a closed interval added to the next open one (the week
    /// wraps around); closed intervals end with zero.
    ///
    /// Complexity: O(n).
    static func movedToOpen(_ values: [Double], open: [Bool]) -> [Double] {
        let n = values.count
        guard let firstOpen = open.firstIndex(of: true) else { return Array(repeating: 0, count: n) }
        var result = Array(repeating: 0.0, count: n)
        var pile = 0.0
        // Start just after the first open interval so the pile from the week's end wraps onto it.
        for k in 1...n {
            let i = (firstOpen + k) % n
            pile += values[i]
            if open[i] { result[i] += pile; pile = 0 }
        }
        return result
    }

    /// For each open interval, the mean of `values` over the last `window` open intervals,
    /// itself included (wrapping around the week); closed intervals get zero.
    ///
    /// Complexity: O(n).
    static func trailingMean(_ values: [Double], open: [Bool], window: Int) -> [Double] {
        let n = values.count
        guard window > 1 else { return zip(values, open).map { $1 ? $0 : 0 } }
        let openIndices = (0..<n).filter { open[$0] }
        let m = openIndices.count
        guard m > 0 else { return Array(repeating: 0, count: n) }
        let w = min(window, m)
        var result = Array(repeating: 0.0, count: n)
        // The window ending at the first open interval, reaching back over the week's end.
        var sum = 0.0
        for back in 0..<w { sum += values[openIndices[(m - back) % m]] }
        for k in 0..<m {
            if k > 0 { sum += values[openIndices[k]] - values[openIndices[(k - w + m) % m]] }
            result[openIndices[k]] = max(0, sum / Double(w))
        }
        return result
    }

    /// Raises `raw` until every local day's work (in agent-intervals) is at most `cap` of its
    /// answering agent-intervals, adding agents where work per agent is highest.
    ///
    /// Complexity: O(n + added × d) for `d` intervals a day.
    static func capOccupancy(_ raw: inout [Int], work: [Double], cap: Double, days timeline: WeekTimeline) {
        var byDay: [LocalDate: [Int]] = [:]
        for i in raw.indices { byDay[timeline.wallTime(ofInterval: i).date, default: []].append(i) }
        for (_, indices) in byDay {
            let load = indices.reduce(0.0) { $0 + work[$1] }
            var capacity = Double(indices.reduce(0) { $0 + raw[$1] })
            guard load > 0, capacity > 0 else { continue }
            while load / capacity > cap {
                guard let busiest = indices.filter({ raw[$0] > 0 }).max(by: { work[$0] / Double(raw[$0]) < work[$1] / Double(raw[$1]) })
                else { break }
                raw[busiest] += 1
                capacity += 1
            }
        }
    }
}

extension CareRequirement {
    /// For each SLA in file order, the share of all mentions with that priority or a higher one:
    /// ``Strategy/priorityShares`` (the default priority takes what the mix leaves out), summed.
    static func cumulativeShares(strategy: Strategy, care: Care) -> [Double] {
        var running = 0.0
        return strategy.priorityShares.prefix(care.slas.count).map { share in
            running += share
            return min(1, running)
        }
    }
}
