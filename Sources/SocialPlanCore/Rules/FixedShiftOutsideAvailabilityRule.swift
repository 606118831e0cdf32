/// A fixed care shift the member is not available for, or fixed shifts beyond their hours.
struct FixedShiftOutsideAvailabilityRule: StrategyRule {
    static let description = RuleDescription(
        id: "fixed-shift-outside-availability",
        name: "Fixed shift outside availability or hours",
        severity: .warning,
        rationale: "The rota places fixed `shifts:` exactly as written, before anything else. A fixed shift outside the member's `available:` hours, or fixed shifts adding up to more than `max_hours_per_week`, put the member on duty when the plan says they cannot be.",
        triggering: [
            """
            team:
              kari: { roles: [care], available: { mon-fri: "09:00-17:00" }, ↓shifts: { mon: "07:00-12:00" } }
            """,
            """
            team:
              ola: { roles: [care], available: { mon-fri: "08:00-20:00" }, max_hours_per_week: 20, ↓shifts: { mon-fri: "08:00-14:00" } }
            """,
        ],
        nonTriggering: [
            """
            team:
              kari: { roles: [care], available: { mon-fri: "09:00-17:00" }, shifts: { mon: "09:00-13:00" } }
            """,
            """
            team:
              ola: { roles: [care], available: { mon-fri: "08:00-20:00" }, max_hours_per_week: 30, shifts: { mon-fri: "08:00-14:00" } }
            """,
        ])

    func check(_ strategy: Strategy) -> [Diagnostic] {
        strategy.team.flatMap { member -> [Diagnostic] in
            guard !member.fixedShifts.isEmpty else { return [] }
            var findings: [Diagnostic] = []
            let fixed = WeekCoverage(member.fixedShifts)
            if member.isAvailabilityKnown {
                let outside = fixed.subtracting(WeekCoverage(member.available))
                if !outside.isEmpty {
                    findings.append(finding(
                        "member `\(member.id)` has fixed shifts \(outside.blockList()) outside their available hours",
                        at: member.positions["shifts"],
                        notes: [Diagnostic.Note("their hours are given here", at: member.positions["available"])],
                        help: "move the shifts inside `available:`, or widen `available:` to include them"))
                }
            }
            if let cap = member.maxHoursPerWeek, Double(fixed.count) > cap * 60 {
                findings.append(finding(
                    "member `\(member.id)` has \(Phrase.length(minutes: fixed.count)) of fixed shifts a week, more than max_hours_per_week \(LoadContext.format(cap))",
                    at: member.positions["shifts"],
                    notes: [Diagnostic.Note("the limit is set here", at: member.positions["max_hours_per_week"])],
                    help: "shorten the fixed shifts or raise `max_hours_per_week`"))
            }
            return findings
        }
    }
}
