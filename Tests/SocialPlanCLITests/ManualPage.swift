import Foundation

/// Writes `docs/socialplan.1` (mdoc) from the parser's own description of the command line
/// (`socialplan --experimental-dump-help`), so the man page says what `--help` says.
///
/// Why not only `swift package generate-manual`: that plugin of swift-argument-parser works, but
/// it drops every character outside ASCII, and our help has en dashes in ranges ("2–1000"
/// became "21000"). Here every non-ASCII character is written as groff's `\[uXXXX]`.
enum ManualPage {
    /// `.Dd`: the date of the page. Changed by hand when the command line changes.
    static let date = "December 6, 2026"

    static func render(dump: JSONNode) -> String {
        guard let root = dump["command"] else { return "" }
        var out = [
            #".\" Generated from `socialplan --experimental-dump-help` by Tests/SocialPlanCLITests/ManualPage.swift;"#,
            #".\" regenerate with SOCIALPLAN_UPDATE_GOLDEN=1 swift test --filter ManualPageTests."#,
            ".Dd \(date)", ".Dt SOCIALPLAN 1", ".Os",
            ".Sh NAME", ".Nm socialplan", ".Nd " + text(root.string("abstract")),
            ".Sh SYNOPSIS", ".Nm", ".Ar command", ".Op Ar options", ".Nm", ".Fl -help | -version",
            ".Nm", ".Fl -generate-completion-script Ar bash | zsh | fish",
            ".Sh DESCRIPTION",
        ]
        out += paragraphs(root.string("discussion"))
        out += [".Sh OPTIONS"] + list(root.array("arguments"))
        out += [".Sh COMMANDS"]
        for command in root.array("subcommands") where command["shouldDisplay"] != .bool(false) {
            let name = command.string("commandName")
            out += [".Ss \(name)", ".Nm", "\(name)"] + usage(command.array("arguments"))
            out += [".Pp"] + paragraphs(command.string("abstract"))
            if !command.string("discussion").isEmpty { out += [".Pp"] + paragraphs(command.string("discussion")) }
            out += list(command.array("arguments").filter { !$0.isHelp })
        }
        out += [
            ".Sh SHELL COMPLETION",
            "Install the script of your shell (README.md, \"Shell completion and man page\"):",
            ".Bd -literal -offset indent",
            #"socialplan --generate-completion-script bash > ~/.local/share/bash-completion/completions/socialplan"#,
            #"socialplan --generate-completion-script zsh > ~/.zfunc/_socialplan"#,
            #"socialplan --generate-completion-script fish > ~/.config/fish/completions/socialplan.fish"#,
            ".Ed",
            ".Sh SEE ALSO",
            "docs/cli.md, docs/strategy-format.md, docs/diagnostics.md and docs/rules.md in the socialplan package.",
        ]
        return out.joined(separator: "\n") + "\n"
    }

    /// The synopsis words of one command: positionals as `Ar`, options in `Op`.
    private static func usage(_ arguments: [JSONNode]) -> [String] {
        arguments.filter { $0["shouldDisplay"] != .bool(false) && !$0.isHelp }.map { a in
            let item = a.kind == "positional" ? "Ar \(a.string("valueName"))" : head(a, preferredOnly: true)
            let repeated = a["isRepeating"] == .bool(true) ? " Ar ..." : ""
            return a["isOptional"] == .bool(true) ? ".Op \(item)\(repeated)" : ".\(item)\(repeated)"
        }
    }

    /// A tagged list of arguments, each with its help, values and default.
    private static func list(_ arguments: [JSONNode]) -> [String] {
        let shown = arguments.filter { $0["shouldDisplay"] != .bool(false) }
        guard !shown.isEmpty else { return [] }
        var out = [".Bl -tag -width 6n"]
        for a in shown {
            out.append(".It " + (a.kind == "positional" ? "Ar \(a.string("valueName"))" : head(a, preferredOnly: false)))
            var help = a.string("abstract")
            var extras: [String] = []
            if case .array(let values)? = a["allValues"], !values.isEmpty {
                extras.append("values: " + values.compactMap { if case .string(let s) = $0 { return s } else { return nil } }.joined(separator: ", "))
            }
            if !a.string("defaultValue").isEmpty { extras.append("default: " + a.string("defaultValue")) }
            if !extras.isEmpty { help += " (" + extras.joined(separator: "; ") + ")" }
            out += paragraphs(help)
            if !a.string("discussion").isEmpty { out += paragraphs(a.string("discussion")) }
        }
        return out + [".El"]
    }

    /// `Fl o , Fl -output Ar output` (every name) or `Fl -output Ar output` (the preferred one).
    private static func head(_ a: JSONNode, preferredOnly: Bool) -> String {
        var names = a.array("names").map { n in (n.string("kind") == "short" ? "" : "-") + n.string("name") }
        if preferredOnly, let p = a["preferredName"] { names = [(p.string("kind") == "short" ? "" : "-") + p.string("name")] }
        let flags = names.map { "Fl \($0)" }.joined(separator: " , ")
        return a.kind == "flag" ? flags : flags + " Ar \(a.string("valueName"))"
    }

    /// Text lines of mdoc: paragraphs split at blank lines with `.Pp`, never an empty line.
    private static func paragraphs(_ s: String) -> [String] {
        s.components(separatedBy: "\n\n").map { $0.split(separator: "\n").map { text(String($0)) } }
            .filter { !$0.isEmpty }.enumerated().flatMap { i, lines in (i == 0 ? [] : [".Pp"]) + lines }
    }

    /// One line of running text: backslashes as `\e`, a leading `.` or `'` guarded, non-ASCII
    /// characters as `\[uXXXX]`.
    static func text(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            if u == "\\" { out += "\\e" }
            else if u.isASCII { out.unicodeScalars.append(u) }
            else {
                let hex = String(u.value, radix: 16, uppercase: true)
                out += "\\[u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
            }
        }
        if out.hasPrefix(".") || out.hasPrefix("'") { out = "\\&" + out }
        return out
    }
}

private extension JSONNode {
    func string(_ key: String) -> String {
        if case .string(let s)? = self[key] { return s }
        return ""
    }

    func array(_ key: String) -> [JSONNode] {
        if case .array(let a)? = self[key] { return a }
        return []
    }

    var kind: String { string("kind") }
    /// `--help` and `--version`, which every subcommand inherits: listed once, at the top.
    var isHelp: Bool { kind == "flag" && ["help", "version"].contains(string("valueName")) }
}
