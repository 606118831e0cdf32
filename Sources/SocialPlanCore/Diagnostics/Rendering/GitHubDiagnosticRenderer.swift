/// Renders diagnostics as GitHub Actions workflow commands, so they appear as annotations on
/// the pull request: `::error file=PATH,line=L,col=C,title=ID::message`.
public enum GitHubDiagnosticRenderer {
    /// One command per diagnostic; notes and help are appended to the message. Each file in
    /// `unreadable` is one `::error file=PATH::…` saying why it could not be read.
    public static func render(_ groups: [FileDiagnostics], unreadable: [UnreadableFile] = []) -> String {
        var out = unreadable.map { "::error file=\(escapeProperty($0.path)),title=unreadable::\(escapeData("cannot check \($0.path): \($0.reason)"))\n" }.joined()
        for group in groups {
            for d in Diagnostic.sorted(group.diagnostics) {
                let command: String
                switch d.severity {
                case .error: command = "error"
                case .warning: command = "warning"
                case .note: command = "notice"
                }
                var properties = ["file=\(escapeProperty(group.file.path))"]
                if let p = d.position {
                    properties.append("line=\(p.line)")
                    properties.append("col=\(p.column)")
                }
                properties.append("title=\(escapeProperty(d.id))")
                var message = d.message
                for note in d.notes {
                    message += "\nnote: \(note.message)" + (note.position.map { " (line \($0.line))" } ?? "")
                }
                if let help = d.help { message += "\nhelp: \(help)" }
                out += "::\(command) \(properties.joined(separator: ","))::\(escapeData(message))\n"
            }
        }
        return out
    }

    /// Escapes a message as the runner expects (`%`, CR, LF; GitHub's "Workflow commands for
    /// GitHub Actions"), after writing any other control character as a visible escape
    /// (`\u{1B}`) so an annotation cannot drive the terminal of whoever reads the log.
    static func escapeData(_ s: String) -> String {
        TerminalText.escaped(s).replacingAll("%", "%25").replacingAll("\r", "%0D").replacingAll("\n", "%0A")
    }

    /// Escapes a property value (also `:` and `,`).
    static func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingAll(":", "%3A").replacingAll(",", "%2C")
    }
}
