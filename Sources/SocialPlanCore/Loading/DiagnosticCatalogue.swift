/// Every kind of diagnostic `validate` can report: the loader's checks (reading YAML, the
/// format, `disable:`) and the lint rules of ``RuleRegistry``. SARIF lists them as its rules; a
/// test fails when the loader reports an id missing here, or when one is not in the docs.
public enum DiagnosticCatalogue {
    /// The loading checks, then every rule in registry order.
    public static var all: [DiagnosticKind] { loading + rules }

    /// The lint rules, documented in `docs/rules.md` (one heading per id).
    public static var rules: [DiagnosticKind] {
        RuleRegistry.all.map { rule in
            let d = rule.description
            return DiagnosticKind(id: d.id, name: d.name, severity: d.severity, explanation: d.rationale,
                                  documentation: "docs/rules.md#\(d.id)")
        }
    }

    /// The loader's checks, in the order of `docs/diagnostics.md`.
    public static let loading: [DiagnosticKind] = [
        yaml("yaml-syntax", "YAML syntax error", "The file is not valid YAML (a tab used for indentation, an unclosed quote or bracket, an unquoted `: ` inside a value, bytes that are not UTF-8); nothing else is checked in it."),
        yaml("yaml-duplicate-key", "Duplicate key", "The same key appears twice in one mapping; the first value is used."),
        yaml("yaml-limit", "YAML limit exceeded", "The file is larger than 16 MiB, nests more than 64 levels deep or expands to more than 1,000,000 nodes through aliases."),
        yaml("yaml-empty", "Empty file", "The file is empty or holds only comments; `socialplan init` writes a starter strategy."),
        yaml("yaml-multiple-documents", "More than one YAML document", "A strategy is one YAML document; a second `---` starts another."),
        yaml("yaml-complex-key", "Key that is not text", "A mapping key is a list or a mapping; keys must be plain text."),
        yaml("yaml-unknown-alias", "Alias without an anchor", "An alias `*name` has no anchor `&name` defined before it."),
        yaml("yaml-merge", "Merge of something other than a mapping", "A merge key `<<:` must merge a mapping or a list of mappings."),
        format("unknown-key", "Unknown key", "A key the section does not have, usually a misspelling; the help offers the closest key."),
        format("missing-key", "Missing required key", "A required key is absent, or a section is written with nothing in it."),
        format("wrong-type", "Value of the wrong shape", "A value of the wrong shape: a list where text is expected, text where a number is, a decimal where a whole number is needed."),
        format("invalid-value", "Invalid value", "The value has the right shape but cannot be read or is out of range: a duration without a unit, a time like `25:00`, a choice that is not one of the choices."),
        format("invalid-id", "Invalid id", "A member or stream id with characters other than letters, digits, `-` and `_`."),
        format("invalid-timezone", "Invalid time zone", "A time zone that is not an IANA Area/Location name (`PST`, `UTC`, `GMT+2` are refused)."),
        format("unknown-reference", "Reference to nothing", "A member, role or priority named somewhere that is not defined where it should be."),
        format("percent-sum", "Shares that do not add up to 100%", "The priorities of `mentions` must add up to exactly 100%."),
        format("duplicate-key", "Two forms of one key", "Two keys that say the same thing are both given (`account:` and `accounts:`, `accounts` and `channels`), or a post is written twice."),
        format("invalid-handle", "Invalid account handle", "An account's handle does not follow its network's rules."),
        format("unknown-account", "Reference to no account", "A stream or post names a network or account the strategy has no account for."),
        format("posts-from", "Post folder unreadable", "The folder of `posts_from:` cannot be read."),
        format("post-front-matter", "Post file front matter malformed", "A post file must start with `---`, its keys, and another `---` line."),
        DiagnosticKind(id: "single-account-form", name: "Account without a network", severity: .warning,
                       explanation: "`account:` names no network, so posts cannot be checked against a network's limits; the help writes the `accounts:` form.",
                       documentation: "docs/diagnostics.md#the-format"),
        DiagnosticKind(id: "audit-ignored", name: "Audit key without effect", severity: .warning,
                       explanation: "An `audit:` key that has no effect with the chosen log format.",
                       documentation: "docs/diagnostics.md#the-format"),
        format("unsupported-version", "Unsupported format version", "`version` is a whole number other than 1."),
        DiagnosticKind(id: "unknown-rule", name: "Unknown rule in disable", severity: .warning,
                       explanation: "An entry of `disable:` names no rule; the other rules still run.",
                       documentation: "docs/diagnostics.md#reported-while-validating"),
    ]

    private static func yaml(_ id: String, _ name: String, _ explanation: String) -> DiagnosticKind {
        DiagnosticKind(id: id, name: name, severity: .error, explanation: explanation, documentation: "docs/diagnostics.md#yaml-reading")
    }

    private static func format(_ id: String, _ name: String, _ explanation: String) -> DiagnosticKind {
        DiagnosticKind(id: id, name: name, severity: .error, explanation: explanation, documentation: "docs/diagnostics.md#the-format")
    }
}
