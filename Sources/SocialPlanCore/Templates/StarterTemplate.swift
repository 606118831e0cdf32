import Foundation

/// A starter strategy for `socialplan init`, embedded in the binary so it works when installed.
///
/// The texts live in `Templates/*.yaml` at the top of the package; `StarterTemplate+Files.swift`
/// is generated from them by ``swiftSource(files:)``, and a test fails when the two differ
/// (run `SOCIALPLAN_UPDATE_GOLDEN=1 swift test` to regenerate).
public struct StarterTemplate: Sendable, Hashable {
    /// The file name without `.yaml`: `small-shop`.
    public var name: String
    /// The template's YAML text, byte for byte.
    public var text: String

    /// Creates a template.
    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }

    /// One line saying what the template is: its first comment line after the schema modeline.
    public var summary: String {
        for line in text.split(separator: "\n") {
            let t = line.trimmingCharacters(in: .whitespaces)
            guard t.hasPrefix("#") else { break }
            let body = t.drop { $0 == "#" || $0 == " " }
            if body.hasPrefix("yaml-language-server") || body.isEmpty { continue }
            return String(body)
        }
        return name
    }

    /// What `init` writes without `--template`: the smallest plan, which validates clean and
    /// whose week holds every promise, so a first `check` says what a healthy plan looks like.
    public static let defaultName = "small-shop"

    /// The template called `name`.
    public static func named(_ name: String) -> StarterTemplate? {
        all.first { $0.name == name }
    }

    /// Swift source embedding `files` (name, text), sorted by name.
    public static func swiftSource(files: [(name: String, text: String)]) -> String {
        var out = """
            // Generated from Templates/*.yaml by `SOCIALPLAN_UPDATE_GOLDEN=1 swift test`; do not edit.
            // swiftlint:disable all

            extension StarterTemplate {
                /// Every template, by name.
                public static let all: [StarterTemplate] = [

            """
        for file in files.sorted(by: { $0.name < $1.name }) {
            out += "        StarterTemplate(name: \"\(file.name)\", text: ####\"\"\"\n"
            for line in file.text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(file.text.hasSuffix("\n") ? 1 : 0) {
                out += line.isEmpty ? "\n" : "            \(line)\n"
            }
            if file.text.hasSuffix("\n") { out += "\n" }
            out += "            \"\"\"####),\n"
        }
        out += "    ]\n}\n"
        return out
    }
}
