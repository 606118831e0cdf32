import Foundation

/// Staffing of one 15-minute interval: the net-staffing view of workforce tools.
public struct IntervalStaffing: Sendable, Hashable {
    /// Interval index in the week.
    public var index: Int
    /// Start instant.
    public var start: Int
    /// Expected arrivals (first contacts and follow-ups).
    public var arrivals: Double
    /// Agents needed answering (before shrinkage).
    public var rawRequired: Int
    /// Agents needed on duty (after shrinkage).
    public var required: Int
    /// Agents the rota puts on duty.
    public var scheduled: Int
    /// True when some SLA target is beyond reach of the handle time in this interval, so the
    /// requirement aims at 98 % of the best share possible (see docs/scheduling.md).
    public var targetBeyondReach: Bool

    /// `scheduled − required`: negative is a shortfall.
    public var difference: Int { scheduled - required }
}

/// Computes the per-interval requirement from the mention forecast and the SLAs.
///
/// For each interval and each SLA limit that applies to it (calendar-clock limits always;
/// business-clock limits only while care is open, i.e. inside care hours and not a holiday),
/// the smallest number of agents meeting the target on the reply-time distribution
/// P(wait + handle ≤ limit) of an M/M/c queue, raised to the occupancy cap; the interval needs
/// the largest of these, then shrinkage is added exactly.
///
/// Priorities: the queue is served in SLA order (the first priority under `care.sla` first).
/// A priority's customers only wait behind work of their own and higher priorities, so its SLA
/// is checked against the cumulative load of those priorities (the usual approximation for a
/// priority queue); the lowest priority sees all the work. Without `mentions.priorities`
/// every mention has the lowest priority. The simulator is the ground truth for priorities,
/// backlog and business clocks.
public enum CareRequirement {
    /// Requirements for every interval; all zero without care, SLAs or handle time.
    public static func compute(strategy: Strategy, timeline: WeekTimeline, volume: MentionVolume) -> [IntervalStaffing] {
        let n = timeline.intervalCount
        let total = volume.total
        var result = (0..<n).map { i in
            IntervalStaffing(index: i, start: timeline.instant(ofInterval: i), arrivals: total[i], rawRequired: 0, required: 0,
                             scheduled: 0, targetBeyondReach: false)
        }
        guard let care = strategy.care, let handle = care.handleTime, handle.mean.seconds > 0 else { return result }
        let aht = Double(handle.mean.seconds)
        let shares = cumulativeShares(strategy: strategy, care: care)
        var limits: [(seconds: Double, target: Double, clock: ReplyClock, share: Double)] = []
        for (rank, sla) in care.slas.enumerated() where sla.target.fraction > 0 && sla.target.fraction <= 1 {
            for (_, limit) in sla.limits where limit.seconds > 0 {
                limits.append((Double(limit.seconds), sla.target.fraction, sla.clock, shares[rank]))
            }
        }
        guard !limits.isEmpty else { return result }
        let occupancy = care.maxOccupancy.map(\.fraction)
        for i in 0..<n where total[i] > 0 {
            let wall = timeline.wallTime(ofInterval: i)
            let open = care.isOpen(date: wall.date, minute: wall.minute)
            var raw = 0
            var beyond = false
            for limit in limits where (limit.clock == .calendar || open) && limit.share > 0 {
                let load = QueueLoad(arrivalsPerInterval: total[i] * limit.share, intervalSeconds: Double(WeekTimeline.intervalSeconds),
                                     meanHandleSeconds: aht)
                var target = ServiceTarget(fraction: limit.target, limitSeconds: limit.seconds, metric: .reply)
                // The share handled within the limit with no wait at all (exponential service).
                let ceiling = 1 - exp(-limit.seconds / aht)
                if target.fraction >= ceiling {
                    target.fraction = 0.98 * ceiling
                    beyond = true
                }
                let need = StaffingCalculator.requirement(load: load, target: target, maxOccupancy: occupancy, shrinkagePartsPerMillion: 0)
                if need.reachable { raw = max(raw, need.rawAgents) }
            }
            result[i].rawRequired = raw
            result[i].required = StaffingCalculator.scheduledAgents(raw: raw, shrinkagePartsPerMillion: care.shrinkage.partsPerMillion)
            result[i].targetBeyondReach = beyond
        }
        return result
    }
}

extension CareRequirement {
    /// For each SLA in file order, the share of all mentions with that priority or a higher one.
    static func cumulativeShares(strategy: Strategy, care: Care) -> [Double] {
        let mix = strategy.mentions?.priorities.map(\.value) ?? []
        var running = 0.0
        return care.slas.enumerated().map { rank, sla in
            if mix.isEmpty {
                running = rank == care.slas.count - 1 ? 1 : 0
            } else {
                running += mix.first { $0.priority == sla.priority }?.share.fraction ?? 0
            }
            return min(1, running)
        }
    }
}

extension Care {
    /// True when care is open at a strategy-zone wall time: inside care hours and not a holiday.
    public func isOpen(date: LocalDate, minute: Int) -> Bool {
        !holidays.contains { $0.value.contains(date) } && hours.covers(date.weekday, minute: minute)
    }
}
