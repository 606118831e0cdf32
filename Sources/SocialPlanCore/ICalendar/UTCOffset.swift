/// RFC 5545 UTC-OFFSET values (§3.3.14).
enum UTCOffset {
    /// `seconds` east of UTC as `+HHMM`, or `+HHMMSS` when the seconds are not zero (Lisbon's
    /// -0036 45 before 1912); zero is `+0000` (RFC 5545 forbids `-0000`).
    static func format(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let magnitude = abs(seconds)
        let parts = [magnitude / 3600, magnitude % 3600 / 60, magnitude % 60]
        let shown = parts[2] == 0 ? parts.prefix(2) : parts.prefix(3)
        return sign + shown.map { $0 < 10 ? "0\($0)" : "\($0)" }.joined()
    }
}
