extension StaffingTimeline {
    /// Agents answering per 15-minute step: the rota's agents on duty, thinned by shrinkage.
    ///
    /// **Method: deterministic capacity reduction with carried remainders.** With `s` the
    /// shrinkage in parts per million and `d(k)` the agents the rota puts on duty in the week
    /// interval step `k` replays (``SimulationSpan``), the exact answering capacity is
    /// `d(k)·(1 − s)`. Steps are taken in order, adding the fraction left over from the previous
    /// step: `x = d(k)·(10⁶ − s) + carry`, answering `= x / 10⁶` (integer division),
    /// `carry = x mod 10⁶`. In integers, so there is no floating-point drift.
    ///
    /// Guarantees: answering ≤ on duty in every step (the carry is below one agent); over any
    /// prefix of the span the answering total is the exact capacity rounded down, so the whole
    /// span answers `⌊Σ d(k)·(1 − s)⌋` agent-intervals. Four agents at 25 % give 3 in every step;
    /// one agent at 25 % answers three steps of every four.
    ///
    /// **Why this method.** The requirement adds shrinkage as a deterministic capacity factor,
    /// `⌈raw / (1 − s)⌉`; reducing the rota by the same factor makes the simulation test exactly
    /// the assumption the plan was built on, and keeps the weekly answering hours equal to
    /// the paid hours × (1 − s). Random absences (each agent-interval lost with probability
    /// `s`) would add a second source of noise that the requirement never modelled and would
    /// make results depend on a draw order across staffing and arrivals.
    ///
    /// Without `care` there is no shrinkage.
    ///
    /// Complexity: O(steps).
    public static func answering(schedule: WeekSchedule, care: Care?, warmUpIntervals: Int = 0) -> StaffingTimeline {
        let span = SimulationSpan(timeline: schedule.timeline, warmUpIntervals: warmUpIntervals)
        let million = 1_000_000
        let shrinkage = min(max(care?.shrinkage.partsPerMillion ?? 0, 0), million)
        var carry = 0
        var agents: [Int] = []
        agents.reserveCapacity(span.stepCount)
        for step in 0..<span.stepCount {
            let interval = span.weekInterval(ofStep: step)
            let onDuty = interval < schedule.staffing.count ? max(0, schedule.staffing[interval].scheduled) : 0
            let exact = onDuty * (million - shrinkage) + carry
            agents.append(exact / million)
            carry = exact % million
        }
        return StaffingTimeline(stepSeconds: SimulationSpan.stepSeconds, agentsOnDuty: agents)
    }
}
