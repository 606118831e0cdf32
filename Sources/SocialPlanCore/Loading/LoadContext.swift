import YAMLTree

/// The keys of one mapping after checking them against a ``FormatSection``.
struct Fields {
    private var entries: [String: YAMLMappingEntry]
    /// Key positions for the model.
    var positions: KeyPositions

    init(entries: [String: YAMLMappingEntry], positions: KeyPositions) {
        self.entries = entries
        self.positions = positions
    }

    subscript(key: String) -> YAMLNode? { entries[key]?.value }
}

/// Collects diagnostics while the file is read into the model, and reads typed values from
/// nodes. Every reader reports what is wrong at the node's position and returns `nil`, so
/// loading always goes on and reports everything in one pass.
struct LoadContext {
    var diagnostics: [Diagnostic] = []
    /// The file's text, when known: a position worked out inside a scalar is checked against it.
    var source: SourceFile?

    mutating func error(_ id: String, _ message: String, at position: SourcePosition?, help: String? = nil,
                        notes: [Diagnostic.Note] = []) {
        diagnostics.append(Diagnostic(id: id, severity: .error, message: message, at: position, notes: notes, help: help))
    }

    mutating func warning(_ id: String, _ message: String, at position: SourcePosition?, help: String? = nil) {
        diagnostics.append(Diagnostic(id: id, severity: .warning, message: message, at: position, help: help))
    }

    /// Checks a mapping's keys against `section`: unknown keys ("did you mean"), missing required
    /// keys. `owner` names the mapping in messages (`care`, `member kari`).
    mutating func fields(of node: YAMLNode, section: FormatSection, owner: String, at own: SourcePosition) -> Fields? {
        guard let entries = node.mapping else {
            if node.scalar?.value == .null {
                reportMissing(section: section, owner: owner, at: own, present: [])
                return Fields(entries: [:], positions: KeyPositions(own: own))
            }
            error("wrong-type", "\(owner) must be a mapping of keys, not \(node.kindDescription)", at: node.position,
                  help: "write keys such as \(section.keyNames.prefix(3).map { "`\($0):`" }.joined(separator: ", "))")
            return nil
        }
        var known: [String: YAMLMappingEntry] = [:]
        var positions = KeyPositions(own: own)
        var suggested: Set<String> = []
        for entry in entries {
            // `x-` keys are the user's own (anchors for `<<:` merges, notes for tools): ignored.
            if entry.key.hasPrefix("x-") { continue }
            if section.keyNames.contains(entry.key) {
                known[entry.key] = entry
                positions.record(entry.key, at: entry.keyPosition)
            } else {
                let suggestion = Suggestion.closest(to: entry.key, in: section.keyNames, caseInsensitive: true)
                if let suggestion { suggested.insert(suggestion) }
                let where_ = owner.isEmpty ? "at the top level" : "in \(owner)"
                error("unknown-key", "unknown key `\(entry.key)` \(where_)", at: entry.keyPosition,
                      help: suggestion.map { "did you mean `\($0)`?" }
                        ?? "known keys here: \(section.keyNames.joined(separator: ", "))")
            }
        }
        // A misspelt required key is reported once, as the typo, not again as missing.
        reportMissing(section: section, owner: owner, at: own, present: Set(known.keys).union(suggested))
        for key in suggested where known[key] == nil { positions.markUnreadable(key) }
        return Fields(entries: known, positions: positions)
    }

    private mutating func reportMissing(section: FormatSection, owner: String, at own: SourcePosition, present: Set<String>) {
        for field in section.fields where field.required && !present.contains(field.name) {
            // A key missing at the top concerns the whole file, not the first key written.
            error("missing-key", "\(owner.isEmpty ? "the strategy" : owner) has no `\(field.name)`", at: owner.isEmpty ? nil : own,
                  help: "add `\(field.name):` (\(field.summary))")
        }
    }

    /// The entries of a user-keyed mapping (ids, day sets, priorities); `nil` when not a mapping.
    mutating func entries(of node: YAMLNode, owner: String, keys: MapKey) -> [YAMLMappingEntry]? {
        if let entries = node.mapping { return entries }
        if node.scalar?.value == .null { return [] }
        error("wrong-type", "\(owner) must be a mapping whose keys are \(keys.rawValue), not \(node.kindDescription)", at: node.position)
        return nil
    }

    /// Text from a scalar; numbers are taken as written. Refuses lists, mappings, booleans and null.
    mutating func text(_ node: YAMLNode, what: String) -> String? {
        guard let scalar = node.scalar else {
            error("wrong-type", "\(what) must be text, not \(node.kindDescription)", at: node.position)
            return nil
        }
        switch scalar.value {
        case .string, .int, .float: return scalar.text
        case .null:
            error("wrong-type", "\(what) is empty", at: node.position, help: "write a value after the colon")
            return nil
        case .bool:
            error("wrong-type", "\(what) must be text, not true/false", at: node.position,
                  help: "quote it if you mean the word: \"\(scalar.text)\"")
            return nil
        }
    }

    /// A value parsed from a scalar's text with `parse`, reported at the node on failure.
    mutating func value<T>(_ node: YAMLNode, what: String, _ parse: (String) -> Result<T, ValueError>) -> T? {
        guard let t = text(node, what: what) else { return nil }
        switch parse(t) {
        case .success(let v): return v
        case .failure(let e):
            error("invalid-value", "\(what): \(e.message)", at: node.position, help: e.help)
            return nil
        }
    }

    /// The items of a list; a single value counts as a one-item list when `single` is allowed.
    mutating func items(_ node: YAMLNode, what: String, single: Bool = true) -> [YAMLNode] {
        if let items = node.sequence { return items }
        if node.scalar?.value == .null { return [] }
        if single, node.scalar != nil || node.mapping != nil { return [node] }
        error("wrong-type", "\(what) must be a list, not \(node.kindDescription)", at: node.position, help: "write `[a, b]` or one `- item` per line")
        return []
    }

    /// A number inside `limit`: below it the message says the least value, above it the
    /// message names the limit and why.
    mutating func number(_ node: YAMLNode, what: String, limit: Limit) -> Double? {
        let v: Double
        switch node.scalar?.value {
        case .int(let i): v = Double(i)
        case .float(let f) where f.isFinite: v = f
        case .float:
            error("invalid-value", "\(what) must be a finite number, not \(node.scalar?.text ?? "infinity")", at: node.position)
            return nil
        default:
            error("wrong-type", "\(what) must be a number, not \(node.kindDescription)\(node.scalar.map { " `\($0.text)`" } ?? "")", at: node.position,
                  help: Self.quotedNumberHelp(node))
            return nil
        }
        return within(limit, v, written: node.scalar?.text ?? Self.format(v), what: what, at: node.position) ? v : nil
    }

    /// A whole number inside `limit`.
    mutating func integer(_ node: YAMLNode, what: String, limit: Limit) -> Int? {
        // Digits beyond Int's range are a whole number out of range, not text.
        if let s = node.scalar, s.style == .plain, case .string = s.value, Self.isWholeNumber(s.text) {
            _ = within(limit, s.text.hasPrefix("-") ? -.infinity : .infinity, written: s.text, what: what, at: node.position)
            return nil
        }
        guard case .int(let i) = node.scalar?.value else {
            error("wrong-type", "\(what) must be a whole number, not \(node.kindDescription)\(node.scalar.map { " `\($0.text)`" } ?? "")", at: node.position,
                  help: Self.quotedNumberHelp(node))
            return nil
        }
        return within(limit, Double(i), written: String(i), what: what, at: node.position) ? i : nil
    }

    /// A duration inside `limit`.
    mutating func duration(_ node: YAMLNode, what: String, limit: Limit) -> TimeSpan? {
        guard let d = duration(node, what: what) else { return nil }
        return within(limit, Double(d.seconds), written: d.description, what: what, at: node.position) ? d : nil
    }

    /// Checks `value` against `limit`, reporting it at `position` when outside.
    mutating func within(_ limit: Limit, _ value: Double, written: String, what: String, at position: SourcePosition?) -> Bool {
        if limit.contains(value) { return true }
        if limit.exceeds(value) {
            error("invalid-value", limit.aboveMessage(what, written), at: position,
                  help: "write a value from \(limit.rangeWords); every limit is listed in docs/limits.md")
        } else if limit.minimumExcluded, limit.unit == .duration, limit.minimum == 0 {
            error("invalid-value", "\(what) must be longer than 0", at: position, help: "write e.g. 6m")
        } else if limit.minimumExcluded {
            error("invalid-value", "\(what) must be above \(limit.show(limit.minimum)), not \(written)", at: position)
        } else {
            error("invalid-value", "\(what) must be at least \(limit.show(limit.minimum)), not \(written)", at: position)
        }
        return false
    }

    /// A percentage: `90%` or a fraction `0.9`.
    mutating func percentage(_ node: YAMLNode, what: String) -> Percentage? {
        value(node, what: what, Percentage.parse)
    }

    /// A duration: `15m`, `1h30m`.
    mutating func duration(_ node: YAMLNode, what: String) -> TimeSpan? {
        value(node, what: what, TimeSpan.parse)
    }

    /// A list of dates and date ranges, each with its position.
    mutating func dateSpans(_ node: YAMLNode, what: String) -> [Located<DateSpan>] {
        items(node, what: what).compactMap { item in
            value(item, what: what, DateSpan.parse).map { Located($0, at: item.position) }
        }
    }

    /// A list of text items, each with its position.
    mutating func texts(_ node: YAMLNode, what: String) -> [Located<String>] {
        items(node, what: what).compactMap { item in text(item, what: what).map { Located($0, at: item.position) } }
    }

    /// A list of text items that, when written as a list, must name at least one: an empty
    /// list is an `invalid-value` ("… is an empty list") with `help`, not "none given".
    mutating func nonEmptyTexts(_ node: YAMLNode, what: String, help: String) -> [Located<String>] {
        let list = texts(node, what: what)
        if list.isEmpty, node.sequence != nil {
            error("invalid-value", "\(what) is an empty list", at: node.position, help: help)
        }
        return list
    }

    /// One of `choices`; anything else is an `invalid-value` whose help is "did you mean …?"
    /// when a choice is close, else the list of valid values.
    mutating func choice(_ node: YAMLNode, what: String, from choices: [String]) -> String? {
        guard let t = text(node, what: what) else { return nil }
        guard choices.contains(t) else {
            let s = Suggestion.closest(to: t, in: choices, caseInsensitive: true)
            error("invalid-value", "\(what) `\(t)` is not one of \(choices.joined(separator: ", "))", at: node.position,
                  help: s.map { "did you mean `\($0)`?" } ?? "write one of " + choices.map { "`\($0)`" }.joined(separator: ", "))
            return nil
        }
        return t
    }

    /// An id under `team:` or `content:`: letters, digits, `-` and `_`.
    mutating func checkID(_ id: String, at position: SourcePosition, what: String) {
        let ok = !id.isEmpty && id.unicodeScalars.allSatisfy { ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }
        if !ok {
            error("invalid-id", "\(what) id `\(id)` may hold only letters, digits, `-` and `_`", at: position,
                  help: "ids are used in references and calendar exports; write e.g. `kari` or `product-news`")
        }
    }

    /// True for `[-+]digits`, however many digits.
    static func isWholeNumber(_ text: String) -> Bool {
        let digits = text.hasPrefix("-") || text.hasPrefix("+") ? text.dropFirst() : Substring(text)
        return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// "remove the quotes" when a number was written in quotes.
    static func quotedNumberHelp(_ node: YAMLNode) -> String? {
        guard let s = node.scalar, s.style == .singleQuoted || s.style == .doubleQuoted,
              YAMLScalar(text: s.text, style: .plain).value.isNumber else { return nil }
        return "remove the quotes: quoted values are text"
    }

    static func format(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
    }
}
