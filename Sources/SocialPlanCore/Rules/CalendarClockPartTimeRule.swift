/// An SLA on the calendar clock while care is staffed only part of the week.
struct CalendarClockPartTimeRule: StrategyRule {
    static let description = RuleDescription(
        id: "calendar-clock-part-time",
        name: "Calendar clock with part-time care",
        severity: .warning,
        rationale: "The calendar clock counts nights and weekends too: with care hours that are not around the clock, mentions that arrive after hours wait until opening and breach the limit.",
        triggering: [
            """
            team:
              kari: { roles: [care], available: { mon-fri: "08:00-16:00" } }
            care:
              hours: { mon-fri: "08:00-20:00" }
              staff: [role: care]
              handle_time: 6m
              sla:
                urgent: { first_reply: 15m, target: 95%, ↓clock: calendar }
            """,
            """
            team:
              kari: { roles: [care], available: { mon-sun: "07:00-23:00" } }
            care:
              hours: { mon-sun: "07:00-23:00" }
              staff: [role: care]
              handle_time: 6m
              sla:
                normal: { first_reply: 2h, target: 90%, ↓clock: calendar }
            """,
        ],
        nonTriggering: [
            """
            team:
              kari: { roles: [care], available: { mon-fri: "08:00-16:00" } }
            care:
              hours: { mon-fri: "08:00-20:00" }
              staff: [role: care]
              handle_time: 6m
              sla:
                urgent: { first_reply: 15m, target: 95% }
            """,
            """
            team:
              kari: { roles: [care], available: { mon-sun: "00:00-24:00" } }
            care:
              hours: { mon-sun: "00:00-24:00" }
              staff: [role: care]
              handle_time: 6m
              sla:
                urgent: { first_reply: 15m, target: 95%, clock: calendar }
            """,
        ])

    func check(_ strategy: Strategy) -> [Diagnostic] {
        guard let care = strategy.care, !care.hours.isEmpty, !care.hours.isAroundTheClock else { return [] }
        let covered = WeekCoverage(care.hours).count
        let note = Diagnostic.Note("care hours are given here", at: care.positions["hours"])
        return care.slas.filter { $0.clock == .calendar }.map { sla in
            finding(
                "sla `\(sla.priority)` counts on the calendar clock, but care hours cover \(Phrase.hours(minutes: covered)) of 168 hours a week, so mentions after hours will breach",
                at: sla.positions["clock"], notes: [note],
                help: "write `clock: business` to count only care hours, or staff care around the clock")
        }
    }
}
