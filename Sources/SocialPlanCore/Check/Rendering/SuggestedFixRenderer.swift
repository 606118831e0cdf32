/// The suggested fix as a care lead reads it: one sentence (wrapped at 100 columns) for text
/// and Markdown, and the `fix` object of `check --format json` (docs/simulation.md,
/// "Suggested fix").
public enum SuggestedFixRenderer {
    /// The sentence, wrapped at `width` columns with a two-space indent; empty when no fix was
    /// needed.
    public static func text(_ fix: SuggestedFix, strategy: Strategy, width: Int = 100) -> String {
        guard let sentence = sentence(fix, strategy: strategy) else { return "" }
        return TextWrap.text(sentence, width: width)
    }

    /// A `## Suggested fix` section; empty when no fix was needed.
    public static func markdown(_ fix: SuggestedFix, strategy: Strategy) -> String {
        guard let full = sentence(fix, strategy: strategy) else { return "" }
        let sentence = full.hasPrefix("suggested fix: ") ? String(full.dropFirst("suggested fix: ".count)) : full
        return "\n## Suggested fix\n\n" + sentence.prefix(1).uppercased() + sentence.dropFirst() + "\n"
    }

    /// `suggested fix: raise Elin's weekly limit 24h → 32h — urgent first_reply then kept
    /// (re-checked with seed 2: kept in 71 of 80 weeks)`, or why none was found; nil when none
    /// was needed.
    public static func sentence(_ fix: SuggestedFix, strategy: Strategy) -> String? {
        let missed = Phrase.list(fix.missed.map(\.name))
        switch fix.outcome {
        case .notNeeded:
            return nil
        case .found:
            let changes = Phrase.list(words(fix.changes, strategy: fix.strategy))
            let named = fix.verifiedMissed.count > 1
            let outcome = fix.verifiedMissed.map { s in
                (named ? s.measure.name + " " : "")
                    + (s.verdict == .noMentions ? s.verdict.words : "kept in \(s.weeksKept.successes) of \(s.weeksKept.trials) weeks")
            }
            return "suggested fix: \(changes) — \(missed) then kept (re-checked with seed \(fix.verificationSeed): "
                + "\(outcome.joined(separator: ", ")))"
        case .notFound:
            var out = "no change from the file's own people makes \(missed) hold"
            if fix.changes.isEmpty { return out + "; no weekly limit, availability or extra person would cover the hours with breaches" }
            out += "; tried " + Phrase.list(tried(fix.changes))
            if fix.verification != nil {
                let still = fix.verifiedMissed.filter { !FixSearch.holds($0) }.map { "\($0.measure.name) \($0.verdict.words)" }
                out += " (re-checked with seed \(fix.verificationSeed): \(Phrase.list(still)))"
            }
            return out + "; more people or lower targets are needed"
        }
    }

    /// The changes in words, raises first, then each member's longer days in one phrase
    /// (`add Mon 17:00–20:00 and Tue 17:00–19:45 to Carla's availability`), then the person.
    static func words(_ changes: [StrategyChange], strategy: Strategy) -> [String] {
        var parts = changes.filter { $0.kind == .raiseLimit }.map { $0.words(in: strategy) }
        var members: [String] = []
        for change in changes where change.kind == .extendAvailability && !members.contains(change.member) {
            members.append(change.member)
        }
        for id in members {
            let days = changes.compactMap { change -> (Weekday, String)? in
                guard case .extendAvailability(let m, let day, let added) = change, m == id else { return nil }
                return (day, "\(day.shortName) \(StrategyChange.periodWords(added))")
            }.sorted { $0.0 < $1.0 }.map(\.1)
            parts.append("add \(Phrase.list(days)) to \(strategy.member(id)?.firstName ?? id)'s availability")
        }
        return parts + changes.filter { $0.kind == .addPerson }.map { $0.words(in: strategy) }
    }

    /// What was tried, summed per kind: `raising 5 weekly limits to 48h at most`.
    static func tried(_ changes: [StrategyChange]) -> [String] {
        var parts: [String] = []
        let raises = changes.filter { $0.kind == .raiseLimit }.count
        let extensions = changes.filter { $0.kind == .extendAvailability }
        if raises > 0 { parts.append("raising \(raises) weekly \(raises == 1 ? "limit" : "limits") (up to 48h)") }
        if !extensions.isEmpty {
            let hours = StrategyChange.hoursText(extensions.reduce(0) { $0 + $1.addedHours })
            parts.append("\(extensions.count) longer \(extensions.count == 1 ? "day" : "days") (\(hours)h)")
        }
        for case .addPerson(_, let hours) in changes {
            parts.append("one extra person for \(StrategyChange.hoursText(Double(hours.minutesPerWeek) / 60))h")
        }
        return parts
    }

    /// The `fix` object: outcome, changes (kind, member, before/after or hours), added hours,
    /// the verification seed and the verified outcome per missed SLA.
    public static func json(_ fix: SuggestedFix) -> JSONValue {
        let changes: [JSONValue] = fix.changes.map { change in
            var pairs: [(String, JSONValue)] = [("kind", .string(change.kind.rawValue)), ("member", .string(change.member))]
            switch change {
            case .raiseLimit(_, let from, let to):
                pairs += [("before", .number(from)), ("after", .number(to))]
            case .extendAvailability(_, let day, let added):
                pairs += [("day", .string(day.description)), ("hours", .string(added.description))]
            case .addPerson(_, let hours):
                pairs += [("hours", .string(WeeklyHoursText.flow(hours)))]
            }
            pairs.append(("added_hours", SimulationJSONRenderer.number(change.addedHours)))
            return .object(pairs)
        }
        let outcome: [JSONValue] = fix.missed.map { m in
            let s = fix.verified(m)
            return .object([("priority", .string(m.priority)), ("metric", .string(m.metric.rawValue)),
                            ("verdict", s.map { .string($0.verdict.rawValue) } ?? .null),
                            ("weeks_kept", s.map { .integer($0.weeksKept.successes) } ?? .null),
                            ("weeks", s.map { .integer($0.weeksKept.trials) } ?? .null),
                            ("attainment", s?.attainment.map { SimulationJSONRenderer.estimate($0) } ?? .null)])
        }
        return .object([
            ("outcome", .string(fix.outcome.rawValue)), ("changes", .array(changes)),
            ("added_hours", SimulationJSONRenderer.number(fix.addedHours)),
            ("verified_seed", fix.verification == nil ? .null : .string(String(fix.verificationSeed))),
            ("verified_replications", fix.verification.map { .integer($0.replications) } ?? .null),
            ("slas", .array(outcome)),
        ])
    }

}
