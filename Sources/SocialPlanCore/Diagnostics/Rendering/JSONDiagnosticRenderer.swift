import Foundation

/// Renders diagnostics as one JSON document (shape documented in docs/diagnostics.md):
/// `{"files":[{"path","diagnostics":[{"id","severity","message","line","column","notes","help"}]}],"summary":{…}}`.
/// Keys in document order (the one JSON writer, ``JSONValue``); byte-for-byte stable.
public enum JSONDiagnosticRenderer {
    struct Output: Encodable {
        var files: [File]
        var summary: DiagnosticSummary
        /// Only when a file could not be read.
        var unreadable: [UnreadableFile]?
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
    /// `unreadable` adds `"unreadable": [{"path","reason"}]` after the summary when not empty.
    public static func render(_ groups: [FileDiagnostics], unreadable: [UnreadableFile] = []) -> String {
        let output = Output(
            files: groups.map { g in
                File(path: g.file.path, diagnostics: Diagnostic.sorted(g.diagnostics).map { d in
                    Item(id: d.id, severity: d.severity.rawValue, message: d.message,
                         line: d.position?.line, column: d.position?.column,
                         notes: d.notes.map { NoteItem(message: $0.message, line: $0.position?.line, column: $0.position?.column) },
                         help: d.help)
                })
            },
            summary: DiagnosticSummary(groups),
            unreadable: unreadable.isEmpty ? nil : unreadable)
        return JSONValue(encoding: output).document
    }
}
