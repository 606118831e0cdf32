import YAMLTree

extension LoadContext {
    /// Checks every reference once the whole file is read: authors and staff name members or
    /// roles that exist; priorities in the forecast and triage have an SLA.
    mutating func checkReferences(_ strategy: Strategy) {
        let ids = strategy.team.map(\.id)
        let roles = strategy.roles.sorted()
        func check(_ ref: Located<AuthorRef>, in what: String) {
            switch ref.value {
            case .member(let id) where !ids.contains(id):
                let hint = Suggestion.closest(to: id, in: ids + roles)
                let isRole = hint.map { roles.contains($0) && !ids.contains($0) } ?? false
                error("unknown-reference", "\(what) names `\(id)`, who is not on the team", at: ref.position,
                      help: hint.map { isRole ? "did you mean the role: `role: \($0)`?" : "did you mean `\($0)`?" }
                        ?? (roles.contains(id) ? "`\(id)` is a role: write `role: \(id)`" : "add `\(id)` under `team:`"))
            case .role(let r) where !roles.contains(r):
                error("unknown-reference", "\(what) names role `\(r)`, which no member has", at: ref.position,
                      help: Suggestion.closest(to: r, in: roles).map { "did you mean `\($0)`?" } ?? "give a member `roles: [\(r)]`")
            default:
                break
            }
        }
        for stream in strategy.content {
            for ref in stream.authors { check(ref, in: "stream `\(stream.id)`") }
        }
        guard let care = strategy.care else {
            if let mentions = strategy.mentions, !mentions.priorities.isEmpty {
                error("unknown-reference", "mentions priorities are given but there is no `care:` with SLAs for them",
                      at: mentions.positions["priorities"], help: "add `care:` with an `sla:` entry per priority")
            }
            return
        }
        for ref in care.staff { check(ref, in: "care staff") }
        let priorities = care.slas.map(\.priority)
        func checkPriority(_ p: String, at position: SourcePosition, in what: String) {
            guard !priorities.isEmpty, !priorities.contains(p) else { return }
            error("unknown-reference", "\(what) names priority `\(p)`, which has no SLA", at: position,
                  help: Suggestion.closest(to: p, in: priorities).map { "did you mean `\($0)`?" }
                    ?? "priorities with an SLA: \(priorities.joined(separator: ", "))")
        }
        for rule in care.triage { checkPriority(rule.priority, at: rule.position, in: "care triage") }
        if let p = care.defaultPriority {
            checkPriority(p, at: care.positions["default_priority"], in: "care default_priority")
        } else if priorities.count > 1, !priorities.contains(Care.conventionalDefault) {
            error("missing-key", "care needs `default_priority`: no SLA is named `\(Care.conventionalDefault)`", at: care.positions["sla"],
                  help: "add `default_priority: \(priorities[priorities.count - 1])` (one of \(priorities.joined(separator: ", "))) under `care:`: "
                    + "the priority of mentions no triage rule matches")
        }
        for share in strategy.mentions?.priorities ?? [] { checkPriority(share.value.priority, at: share.position, in: "mentions priorities") }
    }
}
