/// The stretch of time one simulated week covers: an optional warm-up, then the week itself,
/// in the simulator's seconds (0 is the start of the warm-up, or Monday 00:00 without one).
///
/// **Warm-up.** A week does not start empty: Sunday night's mentions are still waiting on
/// Monday morning. With a warm-up of `w` intervals, the simulation starts `w × 900` s before
/// Monday 00:00 and replays the week's own last `w` intervals there (forecast and rota alike),
/// as if the previous week had the same shape. ``day`` (96 intervals, 24 hours of real time)
/// is the usual choice. Outcomes of warm-up mentions (arrival before ``weekStart``) belong to
/// the previous week and are left out of the week's figures by the caller.
///
/// Simulator step `k` is 15 minutes long; steps `0..<w` are the warm-up and map to week
/// intervals `n − w + k`, steps `w..<w + n` map to week intervals `k − w`.
public struct SimulationSpan: Sendable, Hashable {
    /// Intervals in the week (672, or 668/676 with a clock change).
    public let weekIntervals: Int
    /// Intervals replayed before Monday 00:00 (0 … `weekIntervals`).
    public let warmUpIntervals: Int

    /// One day of warm-up: 96 intervals.
    public static let day = 96

    /// A span of `weekIntervals` intervals preceded by `warmUpIntervals` (clamped to 0 … week).
    ///
    /// Complexity: O(1).
    public init(weekIntervals: Int, warmUpIntervals: Int = 0) {
        self.weekIntervals = max(0, weekIntervals)
        self.warmUpIntervals = min(max(0, warmUpIntervals), self.weekIntervals)
    }

    /// The span of `timeline`'s week with `warmUpIntervals` of warm-up.
    ///
    /// Complexity: O(1).
    public init(timeline: WeekTimeline, warmUpIntervals: Int = 0) {
        self.init(weekIntervals: timeline.intervalCount, warmUpIntervals: warmUpIntervals)
    }

    /// Seconds in one step (the staffing interval).
    public static let stepSeconds = Double(WeekTimeline.intervalSeconds)

    /// Simulator steps: warm-up plus week.
    public var stepCount: Int { warmUpIntervals + weekIntervals }

    /// The week interval whose forecast and rota step `step` replays.
    ///
    /// Complexity: O(1).
    public func weekInterval(ofStep step: Int) -> Int {
        step < warmUpIntervals ? weekIntervals - warmUpIntervals + step : step - warmUpIntervals
    }

    /// When step `step` starts, in simulator seconds.
    ///
    /// Complexity: O(1).
    public func start(ofStep step: Int) -> Double { Double(step) * Self.stepSeconds }

    /// Monday 00:00 in simulator seconds (the warm-up length).
    public var weekStart: Double { start(ofStep: warmUpIntervals) }

    /// The end of the week (next Monday 00:00) in simulator seconds.
    public var horizon: Double { start(ofStep: stepCount) }

    /// The real instant (seconds since 1970 UTC) of simulator time `seconds` in `timeline`'s week,
    /// for SLA clocks: `timeline.start + seconds − weekStart`.
    ///
    /// Complexity: O(1).
    public func instant(_ seconds: Double, in timeline: WeekTimeline) -> Double {
        Double(timeline.start) + seconds - weekStart
    }
}
