/// The text form of `socialplan triage`: at most 100 columns; a mention's text is shown with
/// its matched words between `**`, and control characters from the log escaped (`\n`,
/// `\u{1B}`) so that nothing in a log can drive the terminal.
enum TriageTextRenderer {
    static func render(_ r: TriageReport) -> String {
        var out = r.source.map { "log \($0.name): \($0.description)\n" } ?? ""
        let who = r.accounts.count <= 3 ? r.accounts.joined(separator: ", ")
            : "\(r.accounts.count) accounts"
        out += "triage: \(r.mentions) \(r.mentions == 1 ? "mention" : "mentions")\(who.isEmpty ? "" : " of \(who)")"
        out += r.defaultPriority.map { "; default priority \($0)\n" } ?? "\n"
        let width = max(8, r.priorities.map(\.priority.count).max() ?? 0)
        out += "\n" + ReportNumbers.pad("priority", width) + "  mentions  by a rule  by default\n"
        for p in r.priorities {
            out += ReportNumbers.pad(p.priority, width) + "  " + ReportNumbers.pad("\(p.mentions)", 8, right: true)
                + "  " + ReportNumbers.pad("\(p.mentions - p.byDefault)", 9, right: true)
                + "  " + ReportNumbers.pad("\(p.byDefault)", 10, right: true) + "\n"
        }
        out += "\nsample: \(r.sample.count) of \(r.mentions) (the mentions with the smallest id hash)\n"
        for line in r.sample {
            let rule: String
            switch line.decidedBy {
            case "default": rule = "default"
            case "column": rule = "the log's priority column"
            default: rule = "\(line.decidedBy) `\(escaped(line.entry ?? "", spans: []))`"
            }
            out += TextWrap.text("\(line.priority) ← \(rule) · \(escaped(line.account, spans: [])) · id \(escaped(line.id, spans: []))",
                                 width: 100, hanging: "    ")
            out += TextWrap.text(breakLongWords(escaped(line.text, spans: line.spans)), width: 100, indent: "    ", hanging: "    ")
        }
        return out
    }

    /// `text` with `spans` (UTF-8 offsets) between `**` and control and bidirectional-override
    /// characters written as escapes. Complexity: O(length).
    static func escaped(_ text: String, spans: [Range<Int>]) -> String {
        var marks: [Int: Int] = [:]
        for s in merged(spans) { marks[s.lowerBound, default: 0] += 1; marks[s.upperBound, default: 0] -= 1 }
        var out = "", offset = 0
        for scalar in text.unicodeScalars {
            if let m = marks[offset], m != 0 { out += "**" }
            switch scalar.value {
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x00..<0x20, 0x7F..<0xA0, 0x202A...0x202E, 0x2066...0x2069:
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(scalar)
            }
            offset += String(scalar).utf8.count
        }
        if let m = marks[offset], m != 0 { out += "**" }
        return out
    }

    /// Overlapping or touching spans as one, in order.
    static func merged(_ spans: [Range<Int>]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for s in spans.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = out.last, s.lowerBound <= last.upperBound {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, s.upperBound)
            } else {
                out.append(s)
            }
        }
        return out
    }

    /// The text at UTF-8 offsets `span`.
    static func slice(_ text: String, _ span: Range<Int>) -> String {
        let u = Array(text.utf8)
        guard span.lowerBound >= 0, span.upperBound <= u.count else { return "" }
        return String(decoding: u[span], as: UTF8.self)
    }

    /// Words longer than 90 characters (links, runs of emoji) cut so every line fits.
    private static func breakLongWords(_ text: String) -> String {
        text.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            guard word.count > 90 else { return String(word) }
            var pieces: [String] = [], rest = Substring(word)
            while rest.count > 90 { pieces.append(String(rest.prefix(90))); rest = rest.dropFirst(90) }
            return (pieces + [String(rest)]).joined(separator: " ")
        }.joined(separator: " ")
    }
}
