/// The JSON Schema (draft-07) of the strategy format, generated from ``FormatSpec`` so the
/// schema, the loader's key checks and the docs cannot drift apart. Editors use it through the
/// `# yaml-language-server: $schema=…` modeline for completion and inline checks; the loader
/// remains the authority (it also checks references, sums and calendar facts).
public enum StrategySchema {
    /// The schema as pretty-printed JSON, ending in a newline.
    public static func json() -> String { document().rendered() + "\n" }

    static func document() -> JSONValue {
        var root = section(FormatSpec.strategy)
        root.insert(("$schema", .string("http://json-schema.org/draft-07/schema#")), at: 0)
        root.insert(("$id", .string("https://socialplan.dev/schema/strategy-v1.json")), at: 1)
        root.insert(("title", .string("socialplan strategy, format version 1")), at: 2)
        root.insert(("description", .string("A business's social-media plan: what is said, who says it, how often, and how fast customers get a reply. Reference: docs/strategy-format.md.")), at: 3)
        root.append(("definitions", .object(definitions)))
        return .object(root)
    }

    static let day = "(mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    static let time = "(([01]?[0-9]|2[0-3]):[0-5][0-9])"
    static let date = "[0-9]{4}-[0-9]{2}-[0-9]{2}"

    static let definitions: [(String, JSONValue)] = [
        ("duration", .object([("type", .string("string")), ("pattern", .string("^([0-9]+w)?([0-9]+d)?([0-9]+h)?([0-9]+m)?([0-9]+s)?$")), ("minLength", .integer(2)),
                              ("description", .string("a duration such as 90s, 15m, 1h30m or 2d")), ("examples", .array([.string("15m"), .string("1h30m")]))])),
        ("period", .object([("type", .string("string")), ("pattern", .string("^\(time) *[-–] *(\(time)|24:00)$")),
                            ("description", .string("a daily period HH:MM-HH:MM; an end at or before the start runs past midnight")), ("examples", .array([.string("08:00-16:00")]))])),
        ("weekdays", .object([("type", .string("string")), ("pattern", .string("^(daily|all|weekdays|weekends?|\(day)(-\(day))?(,\(day)(-\(day))?)*)$")),
                              ("description", .string("a day or days: mon, mon-fri, sat-sun, mon,wed,fri, daily, weekdays, weekends"))])),
        ("weeklyHours", .object([
            ("type", .string("object")),
            ("description", .string("periods per weekday: { mon-fri: \"08:00-16:00\", sat: [\"10:00-12:00\", \"13:00-15:00\"], sun: off }")),
            ("propertyNames", .object([("$ref", .string("#/definitions/weekdays"))])),
            ("additionalProperties", .object([("anyOf", .array([
                .object([("$ref", .string("#/definitions/period"))]),
                .object([("enum", .array([.string("off"), .string("closed"), .string("none")]))]),
                .object([("type", .string("array")), ("items", .object([("$ref", .string("#/definitions/period"))]))]),
            ]))])),
        ])),
        ("percentage", .object([("anyOf", .array([
            .object([("type", .string("string")), ("pattern", .string("^[-+]?[0-9]+(\\.[0-9]+)? *%$"))]),
            .object([("type", .string("number")), ("minimum", .integer(-1)), ("maximum", .integer(1))]),
        ])), ("description", .string("a percentage such as 90% or 99.5%, or a fraction such as 0.9"))])),
        ("date", .object([("type", .string("string")), ("pattern", .string("^\(date)$")), ("description", .string("a date YYYY-MM-DD"))])),
        ("dateSpan", .object([("type", .string("string")), ("pattern", .string("^\(date)(\\.\\.\(date))?$")),
                              ("description", .string("a date or an inclusive range 2026-12-24..2026-12-31"))])),
        ("dateTime", .object([("type", .string("string")), ("pattern", .string("^\(date)[ T]\(time)$")),
                              ("description", .string("a wall-clock date and time in the strategy's zone, \"2026-11-27 08:00\""))])),
        ("cadence", .object([("type", .string("string")), ("pattern", .string(SchemaPattern.cadence(perDay: Limits.perDay, perWeek: Limits.perWeek))),
                             ("description", .string("how often: n/day (at most \(Limits.perDay.show(Limits.perDay.maximum))), n/week (at most \(Limits.perWeek.show(Limits.perWeek.maximum))), daily or weekdays"))])),
        ("zone", .object([("type", .string("string")), ("pattern", .string("^(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z0-9_+-]+(/[A-Za-z0-9_+-]+)*$|^Etc/UTC$")),
                          ("description", .string("an IANA Area/Location time-zone name such as Europe/Oslo"))])),
        ("authorRef", .object([("anyOf", .array([
            .object([("type", .string("string")), ("description", .string("a member id"))]),
            .object([("type", .string("object")), ("properties", .object([("role", .object([("type", .string("string"))])), ("member", .object([("type", .string("string"))]))])),
                     ("minProperties", .integer(1)), ("maxProperties", .integer(1)), ("additionalProperties", .bool(false))]),
        ])), ("description", .string("a member id, or { role: NAME }"))])),
    ]

    static func section(_ s: FormatSection) -> [(String, JSONValue)] {
        var properties: [(String, JSONValue)] = []
        for field in s.fields {
            var schema = shape(field.shape)
            var text = field.summary
            if let limit = Self.limit(of: field.shape) { text += "; \(limit.rangeWords)" }
            if let d = field.defaultValue { text += " (default: \(d))" }
            if case .object(var pairs) = schema, !pairs.contains(where: { $0.0 == "$ref" }) {
                pairs.insert(("description", .string(text)), at: 0)
                schema = .object(pairs)
            } else {
                schema = .object([("description", .string(text)), ("allOf", .array([schema]))])
            }
            properties.append((field.name, schema))
        }
        var out: [(String, JSONValue)] = [("type", .string("object")), ("properties", .object(properties))]
        let required = s.fields.filter(\.required).map { JSONValue.string($0.name) }
        if !required.isEmpty { out.append(("required", .array(required))) }
        out.append(("additionalProperties", .bool(false)))
        return out
    }

    /// A number schema with the limit's bounds (`exclusiveMinimum`/`exclusiveMaximum` where the
    /// bound itself is refused).
    static func bounded(_ type: String, _ limit: Limit) -> JSONValue {
        func value(_ v: Double) -> JSONValue { type == "integer" ? .integer(Int(v)) : .number(v) }
        return .object([("type", .string(type)),
                        (limit.minimumExcluded ? "exclusiveMinimum" : "minimum", value(limit.minimum)),
                        (limit.maximumExcluded ? "exclusiveMaximum" : "maximum", value(limit.maximum))])
    }

    /// The limit a key's value is checked against, named in its description.
    static func limit(of shape: ValueShape) -> Limit? {
        switch shape {
        case .integer(let l), .number(let l), .duration(let l), .percentage(let l): return l
        case .either(let shapes): return shapes.lazy.compactMap(limit(of:)).first
        default: return nil
        }
    }

    /// A duration inside `limit`: each unit within the maximum (``SchemaPattern/duration(_:)``),
    /// not zero where the limit excludes 0, and not shorter than a minimum of whole minutes.
    static func duration(_ limit: Limit) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("type", .string("string")), ("pattern", .string(SchemaPattern.duration(limit))),
                                            ("minLength", .integer(2))]
        if limit.minimum == 0, limit.minimumExcluded {
            pairs.append(("not", .object([("pattern", .string(SchemaPattern.zeroDuration))])))
        } else if !limit.minimumExcluded, let below = SchemaPattern.durationBelow(Int(limit.minimum)) {
            pairs.append(("not", .object([("pattern", .string(below))])))
        }
        return .object(pairs)
    }

    /// A percentage inside `limit`: `80%` by a pattern, or a fraction with its bounds.
    static func percentage(_ limit: Limit) -> JSONValue {
        guard let pattern = SchemaPattern.percentage(limit) else {
            return .object([("$ref", .string("#/definitions/percentage"))])
        }
        return .object([("anyOf", .array([
            .object([("type", .string("string")), ("pattern", .string(pattern))]),
            bounded("number", limit),
        ]))])
    }

    static func shape(_ shape: ValueShape) -> JSONValue {
        func ref(_ name: String) -> JSONValue { .object([("$ref", .string("#/definitions/\(name)"))]) }
        switch shape {
        case .text: return .object([("type", .string("string"))])
        case .integer(let limit): return bounded("integer", limit)
        case .number(let limit): return bounded("number", limit)
        case .duration(let limit): return duration(limit)
        case .clockPeriod: return ref("period")
        case .weeklyHours: return ref("weeklyHours")
        case .percentage(let limit): return percentage(limit)
        case .date: return ref("date")
        case .dateSpan: return ref("dateSpan")
        case .dateTime: return ref("dateTime")
        case .cadence: return ref("cadence")
        case .zone: return ref("zone")
        case .authorRef: return ref("authorRef")
        case .choice(let values): return .object([("enum", .array(values.map(JSONValue.string)))])
        case .list(let item): return .object([("type", .string("array")), ("items", Self.shape(item))])
        case .oneOrList(let item): return .object([("anyOf", .array([Self.shape(item), .object([("type", .string("array")), ("items", Self.shape(item))])]))])
        case .section(let s): return .object(section(s))
        case .map(let key, let value):
            var pairs: [(String, JSONValue)] = [("type", .string("object"))]
            switch key {
            case .id: pairs.append(("propertyNames", .object([("pattern", .string("^[A-Za-z0-9_\\u00C0-\\uFFFF-]+$"))])))
            case .weekdays: pairs.append(("propertyNames", ref("weekdays")))
            case .priority, .account: break
            }
            pairs.append(("additionalProperties", Self.shape(value)))
            return .object(pairs)
        case .either(let shapes): return .object([("anyOf", .array(shapes.map(Self.shape)))])
        }
    }
}
