import YAMLTree

extension LoadContext {
    /// The `audit:` block. Bad values are reported at their position and replaced by the
    /// default, so the rest of the block still loads.
    mutating func audit(_ node: YAMLNode, at own: SourcePosition) -> AuditSettings? {
        guard let f = fields(of: node, section: FormatSpec.audit, owner: "audit", at: own) else { return nil }
        var settings = AuditSettings(positions: f.positions)
        var formatRead = true
        if let n = f["format"] {
            let k = choice(n, what: "audit format", from: AuditSettings.Kind.allCases.map(\.rawValue)).flatMap(AuditSettings.Kind.init(rawValue:))
            if let k { settings.kind = k } else { formatRead = false }
        }
        var mapping = LogColumnMapping.twcs
        if settings.kind != .twcs { mapping.timeFormat = .iso8601 }
        // An unreadable format is reported once, not again through the keys it would have used.
        if settings.kind == .twcs && formatRead {
            for key in ["columns", "accounts", "time_format", "timezone"] where f[key] != nil {
                warning("audit-ignored", "audit `\(key)` does not apply to TWCS logs, whose layout is fixed", at: f.positions[key],
                        help: "write `format: csv` or `format: jsonl` to read another layout")
            }
        }
        if let n = f["columns"], let c = fields(of: n, section: FormatSpec.auditColumns, owner: "audit columns", at: f.positions["columns"]) {
            func name(_ key: String) -> String? { c[key].flatMap { text($0, what: "audit column `\(key)`") } }
            // Written columns replace the TWCS layout: optional ones not written are not read.
            mapping.parent = nil
            mapping.text = nil
            mapping.responses = nil
            if let v = name("id") { mapping.id = v }
            if let v = name("parent") { mapping.parent = v }
            if let v = name("author") { mapping.author = v }
            if let v = name("inbound") { mapping.direction = .inboundColumn(v) }
            if let v = name("timestamp") { mapping.timestamp = v }
            if let v = name("text") { mapping.text = v }
            if let v = name("responses") { mapping.responses = v }
            if let v = name("priority") { mapping.priority = v }
            if let v = name("agent") { mapping.agent = v }
            if let v = name("status") { mapping.status = v }
        }
        if let n = f["accounts"] {
            let names = texts(n, what: "audit accounts").map(\.value)
            if case .inboundColumn = mapping.direction, f["columns"].flatMap({ $0.mapping?.contains { $0.key == "inbound" } }) == true {
                warning("audit-ignored", "audit `accounts` is not used: `columns: inbound:` already says who wrote each message", at: n.position)
            } else if !names.isEmpty {
                mapping.direction = .accounts(names)
            }
        }
        if let n = f["time_format"], let t = value(n, what: "audit time_format", LogTimestampFormat.parse) { mapping.timeFormat = t }
        if let n = f["timezone"], let z = value(n, what: "audit timezone", LogTimeZone.parse) { mapping.timeZone = z }
        if let n = f["signature"], let s = text(n, what: "audit signature"),
           regex(n, s, what: "audit signature `\(s)`", caseInsensitive: false,
                 help: "write e.g. '\\^([A-Z]{2})\\s*$' for replies signed ^JK, or '-(\\w+)$' for -Becky; quote it in single quotes") != nil {
            settings.signature = s
        }
        if let n = f["closing"] {
            for phrase in texts(n, what: "audit closing phrase") {
                if ClosingPhrases.words(of: phrase.value).isEmpty {
                    warning("invalid-value", "audit closing phrase `\(phrase.value)` has no words and is ignored", at: phrase.position,
                            help: "write the words a customer closes with, e.g. `cheers mate`")
                } else {
                    settings.closing.append(phrase.value)
                }
            }
        }
        settings.mapping = mapping
        return settings
    }
}
