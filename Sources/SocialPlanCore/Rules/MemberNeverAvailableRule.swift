/// A member named as author or care staff who has no available hours at all.
struct MemberNeverAvailableRule: StrategyRule {
    static let description = RuleDescription(
        id: "member-never-available",
        name: "Member never available",
        severity: .warning,
        rationale: "A member without `available:` hours is never scheduled, so naming them as an author or as care staff (by id or through a role) adds nobody; usually the hours were forgotten.",
        triggering: [
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
              ↓ola: { name: Ola Nordmann }
            content:
              product-news: { by: [kari, ola], every: 3/week }
            """,
            """
            team:
              kari: { roles: [care], available: { mon-fri: "08:00-16:00" } }
              ↓ola: { roles: [care] }
            care:
              staff: [role: care]
              handle_time: 6m
              sla:
                normal: { first_reply: 1h, target: 90% }
            """,
        ],
        nonTriggering: [
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
              ingrid: { name: Ingrid Berg, roles: [manager] }
            content:
              product-news: { by: [kari], every: 3/week }
            """,
            """
            team:
              kari: { roles: [care], available: { mon-fri: "08:00-16:00" } }
              ola: { roles: [care], available: { sat-sun: "10:00-16:00" } }
            care:
              staff: [role: care]
              handle_time: 6m
              sla:
                normal: { first_reply: 1h, target: 90% }
            """,
        ])

    func check(_ strategy: Strategy) -> [Diagnostic] {
        strategy.team.compactMap { member in
            // Written but empty hours are either a loader error or a deliberate "off"; skip both.
            guard member.available.isEmpty, !member.positions.has("available"), member.isAvailabilityKnown else { return nil }
            var places: [String] = []
            var notes: [Diagnostic.Note] = []
            for stream in strategy.content {
                let refs = stream.authors.filter { $0.value.matches(member) }
                guard !refs.isEmpty else { continue }
                places.append("author of `\(stream.id)`")
                notes += refs.map { Diagnostic.Note("`\(stream.id)` names \(member.id) here\(Self.via($0.value))", at: $0.position) }
            }
            if let care = strategy.care {
                let refs = care.staff.filter { $0.value.matches(member) }
                if !refs.isEmpty {
                    places.append("care staff")
                    notes += refs.map { Diagnostic.Note("care staff names \(member.id) here\(Self.via($0.value))", at: $0.position) }
                }
            }
            guard !places.isEmpty else { return nil }
            return finding(
                "member `\(member.id)` has no `available:` hours but is named as \(Phrase.list(places)), so the member is never scheduled",
                at: member.positions.own, notes: notes,
                help: "give \(member.id) hours, e.g. available: { mon-fri: \"09:00-17:00\" }")
        }
    }

    /// " through `role: care`" for a role reference, nothing for a direct one.
    private static func via(_ ref: AuthorRef) -> String {
        if case .role = ref { return " through `\(ref)`" }
        return ""
    }
}
