/// Values of a strategy in the words a diff shows them in: hours as reports write them
/// (`Mon–Fri 09:00–17:00`), durations and cadences as the file writes them, lists joined with
/// commas, `none` for what is not written.
enum PlanWords {
    /// Longest text shown of a post, a bio or a list of triage words: the first characters.
    static let excerptLength = 48

    /// `Mon–Fri 09:00–17:00 and Sat 10:00–14:00`, or `none`.
    static func hours(_ hours: WeeklyHours) -> String {
        hours.isEmpty ? "none" : StrategyChange.hoursWords(hours)
    }

    /// `20h`, `37.5h`, or `none`.
    static func limit(_ hours: Double?) -> String {
        hours.map { StrategyChange.hoursText($0) + "h" } ?? "none"
    }

    /// `15`, `2.5`, or `none`.
    static func number(_ value: Double?) -> String {
        value.map { StrategyChange.hoursText($0) } ?? "none"
    }

    /// `a, b, c`, or `none`.
    static func list(_ items: [String], none: String = "none") -> String {
        items.isEmpty ? none : items.joined(separator: ", ")
    }

    /// `2026-12-24..2026-12-28, 2026-12-31`, or `none`.
    static func dates(_ spans: [Located<DateSpan>]) -> String {
        list(spans.map(\.value.description))
    }

    /// `priya, role: editor`.
    static func authors(_ refs: [Located<AuthorRef>]) -> String {
        list(refs.map(\.value.description))
    }

    /// The first ``excerptLength`` characters, then `…`.
    static func excerpt(_ text: String) -> String {
        text.count <= excerptLength ? text : String(text.prefix(excerptLength - 1)) + "…"
    }

    /// Two long values shown where they differ: when they share a beginning, both start a few
    /// characters before the first difference (with `…`), then each is cut to ``excerptLength``,
    /// so an edit late in a post's text is what the diff shows.
    ///
    /// Complexity: O(n) in the length of the values.
    static func excerpts(_ before: String, _ after: String) -> (String, String) {
        let a = Array(before), b = Array(after)
        var common = 0
        while common < min(a.count, b.count) && a[common] == b[common] { common += 1 }
        let start = max(0, common - 12)
        func cut(_ chars: [Character]) -> String {
            let tail = String(chars[min(start, chars.count)...])
            return excerpt(start > 0 ? "…" + tail : tail)
        }
        return (cut(a), cut(b))
    }

    /// An added or removed person: `Ola Berg; care; Mon–Fri 09:00–17:00; up to 37.5h a week`.
    static func member(_ m: Member) -> String {
        var parts = [m.name, list(m.roles, none: "no roles"), hours(m.available)]
        if let cap = m.maxHoursPerWeek { parts.append("up to \(limit(cap)) a week") }
        return parts.joined(separator: "; ")
    }

    /// An added or removed stream: `post, 3/week by dana on x, linkedin`.
    static func stream(_ s: ContentStream) -> String {
        var text = s.kind.rawValue
        if let cadence = s.cadence { text += ", \(cadence.description)" }
        if !s.authors.isEmpty { text += " by \(authors(s.authors))" }
        if !s.targets.isEmpty { text += " on \(list(s.targets.map(\.value)))" }
        return text
    }

    /// An added or removed SLA: `first_reply 1h, next_reply 1h, 90%, business clock`.
    static func sla(_ s: ServiceLevel) -> String {
        (s.limits.map { "\($0.key) \($0.limit)" } + [s.target.description, "\(s.clock.rawValue) clock"]).joined(separator: ", ")
    }

    /// An added or removed post: `approved, partner-amplify: "Slack huddles can now…"`.
    static func post(_ p: Post) -> String {
        let text = p.text.map(\.value).joined(separator: " / ")
        return "\(p.status.rawValue)" + (p.stream.map { ", \($0.value)" } ?? "") + (text.isEmpty ? "" : ": \"\(excerpt(text))\"")
    }

    /// `12m` or `12m, cv 1.4`, or `none`.
    static func handleTime(_ h: HandleTime?) -> String {
        guard let h else { return "none" }
        return h.mean.description + (h.cv.map { ", cv \(number($0))" } ?? "")
    }

    /// `shifts 2h–9h, rest 11h`.
    static func rota(_ r: RotaRules) -> String {
        "shifts \(r.minShift)–\(r.maxShift), rest \(r.minRest)"
    }

    /// `urgent: outage, down, regex ^500, not down the road; normal: invoice`, or `none`.
    static func triage(_ rules: [TriageRule]) -> String {
        rules.isEmpty ? "none" : rules.map { rule in
            "\(rule.priority): " + (rule.keywords + rule.patterns.map { "regex " + $0 } + rule.exclusions.map { "not " + $0 })
                .joined(separator: ", ")
        }.joined(separator: "; ")
    }

    /// `office`, or `custom: ` and the weights, Monday first (shown as an excerpt).
    static func profile(_ p: MentionProfile) -> String {
        switch p {
        case .builtIn(let shape): return shape.rawValue
        case .custom(let rows): return "custom: " + rows.map { $0.map { number($0) }.joined(separator: " ") }.joined(separator: " / ")
        }
    }

    /// `urgent 20%, normal 80%`, or `none`.
    static func priorities(_ shares: [Located<PriorityShare>]) -> String {
        list(shares.map { "\($0.value.priority) \($0.value.share)" })
    }

    /// `45% after 1h`, or `none`.
    static func followups(_ f: Followups?) -> String {
        f.map { "\($0.share) after \($0.after)" } ?? "none"
    }

    /// `AI Inbox launch ×2.5 (2026-11-10 14:00 – 2026-11-12 00:00)`, or `none`.
    static func events(_ events: [MentionEvent]) -> String {
        list(events.map { "\($0.name) ×\(number($0.factor)) (\($0.from) – \($0.to))" })
    }

    /// `120 a week, office`: an added or removed forecast.
    static func perWeek(_ m: MentionForecast) -> String {
        "\(number(m.perWeek)) a week, \(excerpt(profile(m.profile)))"
    }

    /// `x: 1/day at Mon–Fri 09:00–12:00`, or `none`.
    static func timings(_ entries: [PerAccount<StreamTiming>]) -> String {
        list(entries.map { e in
            [e.key.value + ":", e.settings.cadence?.description, e.settings.windows.map { "at " + hours($0) }].compactMap { $0 }.joined(separator: " ")
        })
    }

    /// `x: min_gap 2h, max_per_day 2`, or `none`.
    static func feedLimits(_ entries: [PerAccount<FeedLimits>]) -> String {
        list(entries.map { e in
            [e.key.value + ":", e.settings.minGap.map { "min_gap \($0)" }, e.settings.maxPerDay.map { "max_per_day \($0)" }]
                .compactMap { $0 }.joined(separator: " ")
        })
    }
}
