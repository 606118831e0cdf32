/// A hashtag that platforms would not link as written.
struct HashtagMalformedRule: StrategyRule {
    static let description = RuleDescription(
        id: "hashtag-malformed",
        name: "Malformed hashtag",
        severity: .error,
        rationale: "A hashtag is `#` followed by letters, digits or underscores (any script, like #kaffepåfjorden) and not only digits; a space or punctuation ends it early, and without `#` it is plain text.",
        triggering: [
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              product-news: { by: [kari], every: 3/week, hashtags: [↓fjordkaffe] }
            """,
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              product-news: { by: [kari], every: 3/week, hashtags: [↓"#fjord kaffe", ↓"#2026"] }
            """,
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              break-tips: { by: [kari], every: 2/week, hashtags: [↓"#kaffe-pause"] }
            """,
        ],
        nonTriggering: [
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              product-news: { by: [kari], every: 3/week, hashtags: ["#fjordkaffe", "#kaffepåfjorden"] }
            """,
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              advent: { by: [kari], every: daily, hashtags: ["#Julekalender2026", "#god_jul"] }
            """,
        ])

    func check(_ strategy: Strategy) -> [Diagnostic] {
        strategy.content.flatMap { stream in
            stream.hashtags.compactMap { tag -> Diagnostic? in
                guard let problem = Self.problem(tag.value) else { return nil }
                return finding("hashtag `\(tag.value)` in stream `\(stream.id)` \(problem)", at: tag.position,
                               help: help(for: tag.value, strategy: strategy))
            }
        }
    }

    /// True for characters a hashtag may hold after `#`.
    static func isHashtagCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }

    /// What is wrong with `tag`, as the end of a sentence, or `nil` when it is well formed.
    static func problem(_ tag: String) -> String? {
        guard tag.hasPrefix("#") else { return "does not start with #" }
        let body = tag.dropFirst()
        if body.isEmpty { return "has no text after #" }
        if let bad = body.first(where: { !isHashtagCharacter($0) }) {
            return bad.isWhitespace ? "contains a space, which ends the hashtag" : "contains `\(bad)`, which ends the hashtag"
        }
        if body.allSatisfy(\.isNumber) { return "is only digits, which platforms do not link" }
        return nil
    }

    private func help(for tag: String, strategy: Strategy) -> String {
        let cleaned = String(tag.filter(Self.isHashtagCharacter))
        let word = String(strategy.name.lowercased().filter(Self.isHashtagCharacter))
        let fallback = word.isEmpty ? "fjordkaffe" : word
        let fixed: String
        if cleaned.isEmpty {
            fixed = fallback
        } else if cleaned.allSatisfy(\.isNumber) {
            fixed = fallback + cleaned
        } else {
            fixed = cleaned
        }
        return "write it as \"#\(fixed)\", in quotes: an unquoted # starts a YAML comment"
    }
}
