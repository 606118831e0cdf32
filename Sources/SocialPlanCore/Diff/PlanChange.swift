/// One difference between two strategies' plans, computed from the loaded models (never from
/// their text, so moved lines, comments and spelling of equal values are no change): a thing
/// added or removed, or one key of it changed, with the values before and after in words.
public struct PlanChange: Sendable, Hashable {
    /// The part of the plan a change belongs to, in the order reports list them.
    public enum Area: String, Sendable, Hashable, CaseIterable {
        case strategy, people, accounts, streams, slas, care, mentions, posts, publishing

        /// `people`, `SLAs`: the area in a sentence ("2 changes to people").
        public var words: String { self == .slas ? "SLAs" : rawValue }
    }

    /// Added, removed, or one key changed.
    public enum Kind: String, Sendable, Hashable {
        case added, removed, changed
    }

    /// Where it is.
    public var area: Area
    /// The id of what changed as the file writes it (`ana`, `urgent`, `release-notes`); empty
    /// for the settings of an area that has no ids (`care`, `publishing`, `mentions`).
    public var subject: String
    /// Added, removed or changed.
    public var kind: Kind
    /// The key that changed as the file writes it (`max_hours_per_week`); nil when added or removed.
    public var key: String?
    /// The value before in words (for a removed thing, a summary of it); nil when added.
    public var before: String?
    /// The value after in words (for an added thing, a summary of it); nil when removed.
    public var after: String?

    /// Creates a change.
    public init(area: Area, subject: String, kind: Kind, key: String? = nil, before: String? = nil, after: String? = nil) {
        self.area = area
        self.subject = subject
        self.kind = kind
        self.key = key
        self.before = before
        self.after = after
    }

    /// The change in one line, for every format (the JSON `description` says the same):
    /// `ana: max_hours_per_week 20h → 32h`, `added ola (care; Mon–Fri 09:00–17:00)`,
    /// `removed kari`, `shrinkage 30% → 35%`.
    public var words: String {
        switch kind {
        case .added: return "added \(subject)" + (after.map { $0.isEmpty ? "" : " (\($0))" } ?? "")
        case .removed: return "removed \(subject)" + (before.map { $0.isEmpty ? "" : " (\($0))" } ?? "")
        case .changed:
            let what = [subject.isEmpty ? nil : subject + ":", key].compactMap { $0 }.joined(separator: " ")
            return "\(what) \(before ?? "none") → \(after ?? "none")"
        }
    }
}
