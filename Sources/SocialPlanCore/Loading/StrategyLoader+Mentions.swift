import YAMLTree

extension LoadContext {
    mutating func mentions(_ node: YAMLNode, at own: SourcePosition) -> MentionForecast? {
        guard let f = fields(of: node, section: FormatSpec.mentions, owner: "mentions", at: own),
              let perWeekNode = f["per_week"], let perWeek = number(perWeekNode, what: "mentions per_week", limit: Limits.mentionsPerWeek) else { return nil }
        var forecast = MentionForecast(perWeek: perWeek, positions: f.positions)
        if let n = f["profile"], let p = profile(n) { forecast.profile = p }
        if let n = f["priorities"], let entries = entries(of: n, owner: "mentions priorities", keys: .priority) {
            forecast.priorities = entries.compactMap { e in
                percentage(e.value, what: "share of `\(e.key)`").map { Located(PriorityShare(priority: e.key, share: $0), at: e.keyPosition) }
            }
            let total = forecast.priorities.reduce(0) { $0 + $1.value.share.partsPerMillion }
            if forecast.priorities.count == entries.count, !entries.isEmpty, total != 1_000_000 {
                error("percent-sum", "mentions priorities add up to \(Percentage(partsPerMillion: total)), not 100%", at: f.positions["priorities"],
                      help: "adjust the shares so they sum to 100%")
            }
        }
        if let n = f["followups"], let g = fields(of: n, section: FormatSpec.followups, owner: "mentions followups", at: f.positions["followups"]),
           let shareNode = g["share"], let share = percentage(shareNode, what: "followups share"),
           let afterNode = g["after"], let after = duration(afterNode, what: "followups after", limit: Limits.followupAfter) {
            if share.partsPerMillion < 0 || share.partsPerMillion > 1_000_000 {
                error("invalid-value", "followups share must be between 0% and 100%, not \(share)", at: shareNode.position)
            } else {
                forecast.followups = Followups(share: share, after: after)
            }
        }
        if let n = f["events"] {
            let list = items(n, what: "mentions events", single: false)
            if within(Limits.eventCount, Double(list.count), written: String(list.count), what: "the number of mentions events", at: n.position) {
                forecast.events = list.compactMap { event($0) }
            }
        }
        return forecast
    }

    mutating func profile(_ node: YAMLNode) -> MentionProfile? {
        if node.scalar != nil {
            return choice(node, what: "mentions profile", from: BuiltInProfile.allCases.map(\.rawValue))
                .flatMap(BuiltInProfile.init(rawValue:)).map(MentionProfile.builtIn)
        }
        guard let entries = entries(of: node, owner: "mentions profile", keys: .weekdays) else { return nil }
        var rows: [[Double]?] = Array(repeating: nil, count: 7)
        var ok = true
        for entry in entries {
            guard case .success(let days) = Weekday.parseSet(entry.key) else {
                error("invalid-value", "mentions profile: `\(entry.key)` is not a day or range of days", at: entry.keyPosition, help: Weekday.setHelp)
                ok = false
                continue
            }
            let cells = items(entry.value, what: "profile row for \(entry.key)", single: false)
            let weights = cells.compactMap { number($0, what: "profile weight", limit: Limits.profileWeight) }
            guard cells.count == 24, weights.count == 24 else {
                if cells.count != 24 {
                    error("invalid-value", "profile row for \(entry.key) has \(cells.count) weights, not 24", at: entry.value.position,
                          help: "give one weight per hour, 00–01 first")
                }
                ok = false
                continue
            }
            for day in days { rows[day.rawValue - 1] = weights }
        }
        let missing = Weekday.allCases.filter { rows[$0.rawValue - 1] == nil }
        if ok, !missing.isEmpty {
            error("invalid-value", "mentions profile has no row for \(missing.map(\.description).joined(separator: ", "))", at: node.position,
                  help: "give a row of 24 weights for every day (zeros where no mentions are expected)")
            return nil
        }
        let full = rows.compactMap { $0 }
        guard ok, full.count == 7 else { return nil }
        if full.joined().reduce(0, +) <= 0 {
            error("invalid-value", "mentions profile weights are all zero", at: node.position, help: "at least one hour needs a weight above 0")
            return nil
        }
        return .custom(full)
    }

    mutating func event(_ node: YAMLNode) -> MentionEvent? {
        guard let f = fields(of: node, section: FormatSpec.event, owner: "mentions event", at: node.position),
              let name = f["name"].flatMap({ text($0, what: "event name") }),
              let fromNode = f["from"], let from = value(fromNode, what: "event from", LocalDateTime.parse),
              let toNode = f["to"], let to = value(toNode, what: "event to", LocalDateTime.parse),
              let factorNode = f["factor"], let factor = number(factorNode, what: "event factor", limit: Limits.eventFactor) else { return nil }
        guard from < to else {
            error("invalid-value", "event `\(name)` ends (\(to)) before it starts (\(from))", at: toNode.position,
                  help: "`to` must be later than `from`")
            return nil
        }
        return MentionEvent(name: name, from: from, to: to, factor: factor, positions: f.positions)
    }
}
