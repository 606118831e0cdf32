/// RFC 4180 CSV writing: CRLF line ends, fields quoted when they hold a comma, quote, CR or LF,
/// and text that a spreadsheet would run as a formula neutralised (docs/cli.md, "CSV cells").
public enum CSVText {
    /// One record.
    public static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// One field, neutralised (``neutralised(_:)``) and quoted when needed.
    public static func field(_ raw: String) -> String {
        let s = neutralised(raw)
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return s }
        return "\"" + s.replacingAll("\"", "\"\"") + "\""
    }

    /// Characters that make a spreadsheet read a cell as a formula when they come first
    /// (OWASP, "CSV Injection"; ASVS 1.2.10 adds NUL).
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "\0"]

    /// `s` with a `'` in front when it starts with a formula character and is not a plain number
    /// (`-3`, `+1.5` stay numbers: a spreadsheet reads them as values, never as formulas).
    public static func neutralised(_ s: String) -> String {
        guard let first = s.unicodeScalars.first, formulaStarts.contains(first), !isPlainNumber(s) else { return s }
        return "'" + s
    }

    /// `[+-]digits[.digits]`: a number a spreadsheet reads as a value.
    static func isPlainNumber(_ s: String) -> Bool {
        var scalars = Substring(s).unicodeScalars[...]
        if let sign = scalars.first, sign == "-" || sign == "+" { scalars = scalars.dropFirst() }
        let parts = scalars.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.count <= 2 else { return false }
        return parts.allSatisfy { part in !part.isEmpty && part.allSatisfy { ("0"..."9").contains($0) } }
    }
}
