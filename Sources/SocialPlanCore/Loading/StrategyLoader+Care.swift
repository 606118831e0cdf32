import YAMLTree

extension LoadContext {
    mutating func care(_ node: YAMLNode, at own: SourcePosition) -> Care? {
        guard let f = fields(of: node, section: FormatSpec.care, owner: "care", at: own) else { return nil }
        var care = Care(hours: .none, positions: f.positions)
        if let n = f["hours"] {
            if let h = weeklyHours(n, what: "care hours") { care.hours = h } else { care.positions.markUnreadable("hours") }
        }
        if let n = f["holidays"] { care.holidays = dateSpans(n, what: "care holidays") }
        if let n = f["staff"] { care.staff = authorRefs(n, what: "care staff") }
        if let n = f["accounts"] { care.accounts = texts(n, what: "care accounts") }
        if let n = f["handle_time"] { care.handleTime = handleTime(n, at: f.positions["handle_time"]) }
        if let n = f["shrinkage"], let p = percentage(n, what: "care shrinkage") {
            if p.partsPerMillion < 0 || p.partsPerMillion >= 1_000_000 {
                error("invalid-value", "care shrinkage must be at least 0% and below 100%, not \(p)", at: n.position,
                      help: "shrinkage is the share of paid time not spent answering, typically 20%–35%")
            } else {
                care.shrinkage = p
            }
        }
        if let n = f["max_occupancy"], let p = percentage(n, what: "care max_occupancy") {
            if p.partsPerMillion <= 0 || p.partsPerMillion > 1_000_000 {
                error("invalid-value", "care max_occupancy must be above 0% and at most 100%, not \(p)", at: n.position,
                      help: "typical caps are 80%–90%")
            } else {
                care.maxOccupancy = p
            }
        }
        if let n = f["confidence"], let p = percentage(n, what: "care confidence") {
            if p.partsPerMillion <= 0 || p.partsPerMillion >= 1_000_000 {
                error("invalid-value", "care confidence must be above 0% and below 100%, not \(p)", at: n.position,
                      help: "the share of weeks that should keep each promise, e.g. 80% (four weeks in five); no simulation can show 100%")
            } else {
                care.confidence = p
            }
        }
        if let n = f["rota"], let rules = rota(n, at: f.positions["rota"]) { care.rota = rules }
        if let n = f["queue"],
           let q = choice(n, what: "care queue", from: QueueDiscipline.allCases.map(\.rawValue)).flatMap(QueueDiscipline.init(rawValue:)) {
            care.queue = q
        }
        let defaultClock: ReplyClock = f["hours"] != nil ? .business : .calendar
        if let n = f["sla"], let entries = entries(of: n, owner: "care sla", keys: .priority) {
            // No promise means nothing to check: `check` would pass with every mention unanswered.
            if entries.isEmpty {
                error("missing-key", "care sla names no SLA; care needs at least one reply-time promise", at: n.position,
                      help: "write e.g. `sla: { normal: { first_reply: 4h, target: 90% } }`, or leave out `care:` to plan posts only")
            }
            care.slas = entries.compactMap { serviceLevel($0, defaultClock: defaultClock) }
        }
        if let n = f["triage"], let entries = entries(of: n, owner: "care triage", keys: .priority) {
            care.triage = entries.map { triageRule($0) }
        }
        if let n = f["default_priority"], let p = text(n, what: "care default_priority") { care.defaultPriority = p }
        return care
    }

    mutating func rota(_ node: YAMLNode, at own: SourcePosition) -> RotaRules? {
        guard let f = fields(of: node, section: FormatSpec.rota, owner: "care rota", at: own) else { return nil }
        var rules = RotaRules()
        if let n = f["min_shift"], let d = duration(n, what: "care rota min_shift") { rules.minShift = d }
        if let n = f["max_shift"], let d = duration(n, what: "care rota max_shift") { rules.maxShift = d }
        if let n = f["min_rest"], let d = duration(n, what: "care rota min_rest", limit: Limits.minRest) { rules.minRest = d }
        if rules.minShift.seconds < 900 {
            error("invalid-value", "care rota min_shift must be at least 15m, not \(rules.minShift)", at: f.positions["min_shift"])
            return nil
        }
        if rules.maxShift < rules.minShift {
            error("invalid-value", "care rota max_shift \(rules.maxShift) is shorter than min_shift \(rules.minShift)", at: f.positions["max_shift"],
                  help: "max_shift must be at least min_shift")
            return nil
        }
        if rules.maxShift.seconds > 24 * 3600 {
            error("invalid-value", "care rota max_shift must be at most 24h, not \(rules.maxShift)", at: f.positions["max_shift"])
            return nil
        }
        return rules
    }

    mutating func handleTime(_ node: YAMLNode, at own: SourcePosition) -> HandleTime? {
        if node.scalar != nil, node.scalar?.value != .null {
            return duration(node, what: "care handle_time", limit: Limits.handleTimeMean).map { HandleTime(mean: $0) }
        }
        guard let f = fields(of: node, section: FormatSpec.handleTime, owner: "care handle_time", at: own),
              let meanNode = f["mean"], let mean = duration(meanNode, what: "care handle_time mean", limit: Limits.handleTimeMean) else { return nil }
        return HandleTime(mean: mean, cv: f["cv"].flatMap { number($0, what: "care handle_time cv", limit: Limits.handleTimeCV) })
    }

    mutating func serviceLevel(_ entry: YAMLMappingEntry, defaultClock: ReplyClock) -> ServiceLevel? {
        let owner = "sla `\(entry.key)`"
        guard let f = fields(of: entry.value, section: FormatSpec.sla, owner: owner, at: entry.keyPosition),
              let targetNode = f["target"], let target = percentage(targetNode, what: "\(owner) target") else { return nil }
        var clock = defaultClock
        if let n = f["clock"], let c = choice(n, what: "\(owner) clock", from: ReplyClock.allCases.map(\.rawValue)).flatMap(ReplyClock.init(rawValue:)) {
            clock = c
        }
        return ServiceLevel(priority: entry.key,
                            firstReply: f["first_reply"].flatMap { duration($0, what: "\(owner) first_reply", limit: Limits.replyTime) },
                            nextReply: f["next_reply"].flatMap { duration($0, what: "\(owner) next_reply", limit: Limits.replyTime) },
                            target: target, clock: clock, positions: f.positions)
    }

    /// One `triage:` entry: keywords as text or a list, or a mapping of `keywords`, `regex` and
    /// `not`. Keywords without a word are errors at their own position, and patterns the bounded
    /// engine refuses at the refused construct.
    mutating func triageRule(_ e: YAMLMappingEntry) -> TriageRule {
        var rule = TriageRule(priority: e.key, keywords: [], position: e.keyPosition)
        var keywords: [Located<String>] = [], exclusions: [Located<String>] = []
        if e.value.mapping != nil {
            guard let f = fields(of: e.value, section: FormatSpec.triageRule, owner: "triage `\(e.key)`", at: e.keyPosition) else { return rule }
            if let n = f["keywords"] { keywords = texts(n, what: "triage keywords for `\(e.key)`") }
            if let n = f["not"] { exclusions = texts(n, what: "triage `not` phrases for `\(e.key)`") }
            if let n = f["regex"] {
                for item in items(n, what: "triage regex for `\(e.key)`") {
                    guard let pattern = text(item, what: "triage regex for `\(e.key)`") else { continue }
                    if regex(item, pattern, what: "triage regex `\(pattern)` for `\(e.key)`", caseInsensitive: true,
                             help: "write e.g. 'order ?#?\\d{6}' (quote it in single quotes); plain words need no regex: list them under `keywords`") != nil {
                        rule.patterns.append(pattern)
                    }
                }
            }
        } else {
            keywords = texts(e.value, what: "triage keywords for `\(e.key)`")
        }
        for k in keywords + exclusions {
            if TriageWords.words(of: k.value).isEmpty {
                error("invalid-value", "triage entry `\(k.value)` for `\(e.key)` has no word to match", at: k.position,
                      help: "keywords are words (letters and digits) or symbols such as emoji; punctuation alone never matches")
            } else if k.value.contains("*") && TriageWords.prefix(of: k.value) == nil {
                error("invalid-value", "triage entry `\(k.value)` for `\(e.key)` has a `*` that is not at the end of one word", at: k.position,
                      help: "`*` ends a one-word keyword to match every word that starts with it, e.g. `cancel*` for cancelled, cancellation")
            }
        }
        rule.keywords = keywords.map(\.value)
        rule.exclusions = exclusions.map(\.value)
        return rule
    }
}
