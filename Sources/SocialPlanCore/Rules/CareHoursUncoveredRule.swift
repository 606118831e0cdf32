/// Care hours during which no member of care staff is available.
struct CareHoursUncoveredRule: StrategyRule {
    static let description = RuleDescription(
        id: "care-hours-uncovered",
        name: "Care hours without staff",
        severity: .error,
        rationale: "Care hours promise that someone answers; during any part of them when no member of care staff is available, mentions wait and the SLA clock runs on.",
        triggering: [
            """
            team:
              kari: { roles: [care], available: { mon-fri: "08:00-16:00" } }
            care:
              ↓hours: { mon-fri: "08:00-16:00", sat: "10:00-16:00" }
              staff: [role: care]
              handle_time: 6m
              sla:
                normal: { first_reply: 1h, target: 90% }
            """,
            """
            team:
              kari: { roles: [care], available: { mon-fri: "08:00-16:00" } }
              ola: { roles: [care], timezone: America/New_York, available: { mon-fri: "08:00-12:00" } }
            care:
              ↓hours: { mon-fri: "08:00-20:00" }
              staff: [role: care]
              handle_time: 6m
              sla:
                normal: { first_reply: 1h, target: 90% }
            """,
        ],
        nonTriggering: [
            """
            team:
              kari: { roles: [care], available: { mon-fri: "08:00-16:00" } }
              ola: { roles: [care], available: { mon-fri: "12:00-20:00", sat: "10:00-16:00" } }
            care:
              hours: { mon-fri: "08:00-20:00", sat: "10:00-16:00" }
              staff: [role: care]
              handle_time: 6m
              sla:
                normal: { first_reply: 1h, target: 90% }
            """,
            """
            team:
              kari: { roles: [care], available: { mon-fri: "08:00-14:00" } }
              ola: { roles: [care], timezone: America/New_York, available: { mon-fri: "08:00-14:00" } }
            care:
              hours: { mon-fri: "08:00-20:00" }
              staff: [role: care]
              handle_time: 6m
              sla:
                normal: { first_reply: 1h, target: 90% }
            """,
        ])

    func check(_ strategy: Strategy) -> [Diagnostic] {
        guard let care = strategy.care, !care.hours.isEmpty,
              let staff = strategy.resolvedMembers(care.staff),
              !staff.contains(where: \.availabilityIsUnknown) else { return [] }
        let available = staff.reduce(WeekCoverage.empty) { $0.union(WeekCoverage(member: $1, strategyZone: strategy.timezone)) }
        let uncovered = WeekCoverage(care.hours).subtracting(available)
        guard !uncovered.isEmpty else { return [] }
        let names = Phrase.list(staff.map(\.firstName), limit: 5)
        return [finding(
            "care hours \(uncovered.blockList()) have nobody from care staff available",
            at: care.positions["hours"],
            notes: [Diagnostic.Note("care staff is named here: \(names)", at: care.positions["staff"])],
            help: "extend the `available:` hours of care staff, add staff who work then, or shorten care `hours:`")]
    }
}
