/// Renders diagnostics as a SARIF 2.1.0 log (OASIS "Static Analysis Results Interchange
/// Format"), the file code-scanning services read (`github/codeql-action/upload-sarif`).
///
/// One run: `tool.driver` lists every kind of diagnostic as a rule (id, short and full
/// description, help, `helpUri` into `docs/rules.md` or `docs/diagnostics.md`, default level);
/// each diagnostic is a result with its level, message (with notes and help), the file as
/// given on the command line and the 1-based line and column. Columns count Unicode scalars, as
/// every socialplan position does, so the run says `columnKind: unicodeCodePoints` and no
/// conversion is needed. Notes with a position become related locations. Files that could not
/// be read are tool execution notifications of the one invocation. Shape: docs/diagnostics.md.
public struct SARIFDiagnosticRenderer: Sendable {
    /// The schema the log declares (the OASIS errata 01 schema).
    public static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    /// The rules of `tool.driver`, in order.
    public var kinds: [DiagnosticKind]
    /// Prefix of documentation links (`https://github.com/OWNER/REPO/blob/main/`); `nil` keeps
    /// them relative to the package root (`docs/rules.md#dst-boundary`).
    public var documentationBase: String?
    /// `tool.driver.version`.
    public var toolVersion: String

    /// Creates a renderer.
    public init(kinds: [DiagnosticKind], documentationBase: String? = nil, toolVersion: String) {
        self.kinds = kinds
        self.documentationBase = documentationBase
        self.toolVersion = toolVersion
    }

    /// The SARIF document, ending in a newline. Complexity: O(diagnostics + kinds).
    public func render(_ groups: [FileDiagnostics], unreadable: [UnreadableFile] = []) -> String {
        let index = Dictionary(kinds.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        let results = groups.flatMap { group in
            Diagnostic.sorted(group.diagnostics).map { result($0, path: group.file.path, ruleIndex: index[$0.id]) }
        }
        var invocation: [(String, JSONValue)] = [("executionSuccessful", .bool(unreadable.isEmpty))]
        if !unreadable.isEmpty {
            invocation.append(("toolExecutionNotifications", .array(unreadable.map(notification))))
        }
        let driver: JSONValue = .object([
            ("name", .string("socialplan")),
            ("version", .string(toolVersion)),
            ("informationUri", .string(link("README.md"))),
            ("rules", .array(kinds.map(rule))),
        ])
        let run: JSONValue = .object([
            ("tool", .object([("driver", driver)])),
            ("invocations", .array([.object(invocation)])),
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(results)),
        ])
        return JSONValue.object([
            ("$schema", .string(Self.schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ]).document
    }

    private func rule(_ kind: DiagnosticKind) -> JSONValue {
        let uri = link(kind.documentation)
        return .object([
            ("id", .string(kind.id)),
            ("shortDescription", .object([("text", .string(kind.name))])),
            ("fullDescription", .object([("text", .string(kind.explanation))])),
            ("helpUri", .string(uri)),
            ("help", .object([
                ("text", .string("\(kind.explanation) See \(kind.documentation).")),
                ("markdown", .string("\(kind.explanation) See [\(kind.documentation)](\(uri)).")),
            ])),
            ("defaultConfiguration", .object([("level", .string(kind.severity.rawValue))])),
        ])
    }

    private func result(_ d: Diagnostic, path: String, ruleIndex: Int?) -> JSONValue {
        var text = d.message
        for note in d.notes where note.position == nil { text += "\nnote: \(note.message)" }
        if let help = d.help { text += "\nhelp: \(help)" }
        var pairs: [(String, JSONValue)] = [("ruleId", .string(d.id))]
        if let ruleIndex { pairs.append(("ruleIndex", .integer(ruleIndex))) }
        pairs += [
            ("level", .string(d.severity.rawValue)),
            ("message", .object([("text", .string(text))])),
            ("locations", .array([.object([("physicalLocation", physicalLocation(path, d.position))])])),
        ]
        let related = d.notes.filter { $0.position != nil }
        if !related.isEmpty {
            pairs.append(("relatedLocations", .array(related.enumerated().map { i, note in
                .object([
                    ("id", .integer(i + 1)),
                    ("physicalLocation", physicalLocation(path, note.position)),
                    ("message", .object([("text", .string(note.message))])),
                ])
            })))
        }
        return .object(pairs)
    }

    private func notification(_ file: UnreadableFile) -> JSONValue {
        .object([
            ("level", .string("error")),
            ("message", .object([("text", .string("cannot check \(file.path): \(file.reason)"))])),
            ("locations", .array([.object([("physicalLocation", physicalLocation(file.path, nil))])])),
        ])
    }

    private func physicalLocation(_ path: String, _ position: SourcePosition?) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("artifactLocation", .object([("uri", .string(Self.uriReference(path)))]))]
        if let position {
            pairs.append(("region", .object([("startLine", .integer(position.line)), ("startColumn", .integer(position.column))])))
        }
        return .object(pairs)
    }

    /// `relative` under the base (a `/` added when the base lacks it), or as it is without one.
    private func link(_ relative: String) -> String {
        guard let base = documentationBase, !base.isEmpty else { return relative }
        return base.hasSuffix("/") ? base + relative : base + "/" + relative
    }

    /// A file path as a URI reference, kept relative as given: `/` separates segments, letters,
    /// digits and `-._~!$&'()*+,;=@` stay, everything else (spaces, `%`, `#`, `?`, `:`,
    /// non-ASCII) is percent-encoded as UTF-8, so `a b.yaml` is `a%20b.yaml`.
    public static func uriReference(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if byte < 0x80, c.isLetter || c.isNumber || "-._~!$&'()*+,;=@/".contains(c) {
                out.append(c)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
