/// RFC 4180 CSV writing: CRLF line ends, fields quoted when they hold a comma, quote, CR or LF.
public enum CSVText {
    /// One record.
    public static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// One field, quoted when needed.
    public static func field(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return s }
        return "\"" + s.replacingAll("\"", "\"\"") + "\""
    }
}
