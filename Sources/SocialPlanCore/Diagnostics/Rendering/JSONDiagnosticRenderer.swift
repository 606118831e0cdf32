import Foundation

/// Renders diagnostics as one JSON document (shape documented in docs/diagnostics.md):
/// `{"files":[{"path","diagnostics":[{"id","severity","message","line","column","notes","help"}]}],"summary":{…}}`.
/// Keys are sorted and output is byte-for-byte stable.
public enum JSONDiagnosticRenderer {
    struct Output: Encodable {
        var files: [File]
        var summary: DiagnosticSummary
    }

    struct File: Encodable {
        var path: String
        var diagnostics: [Item]
    }

    struct Item: Encodable {
        var id: String
        var severity: String
        var message: String
        var line: Int?
        var column: Int?
        var notes: [NoteItem]
        var help: String?
    }

    struct NoteItem: Encodable {
        var message: String
        var line: Int?
        var column: Int?
    }

    /// The JSON text, ending in a newline.
    public static func render(_ groups: [FileDiagnostics]) -> String {
        let output = Output(
            files: groups.map { g in
                File(path: g.file.path, diagnostics: Diagnostic.sorted(g.diagnostics).map { d in
                    Item(id: d.id, severity: d.severity.rawValue, message: d.message,
                         line: d.position?.line, column: d.position?.column,
                         notes: d.notes.map { NoteItem(message: $0.message, line: $0.position?.line, column: $0.position?.column) },
                         help: d.help)
                })
            },
            summary: DiagnosticSummary(groups))
        return JSONText.encode(output)
    }
}

/// Stable JSON encoding shared by every JSON renderer: pretty, sorted keys, no escaped slashes.
public enum JSONText {
    /// Encodes `value`; encoding our own plain structs cannot fail, but if it did the error is
    /// returned as a JSON object rather than crashing.
    public static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
        } catch {
            return "{\"error\": \"could not encode JSON\"}\n"
        }
    }
}
