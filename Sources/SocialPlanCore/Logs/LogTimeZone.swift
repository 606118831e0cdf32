import Foundation

/// The zone in which a log's local times (without an offset) are read.
public enum LogTimeZone: Sendable, Hashable, CustomStringConvertible {
    /// A fixed offset from UTC in seconds (`+01:00`, `-0500`, `UTC`).
    case offset(seconds: Int)
    /// An IANA `Area/Location` zone, daylight saving included (`Europe/Oslo`).
    case named(String)

    /// UTC.
    public static let utc = LogTimeZone.offset(seconds: 0)

    /// Reads `UTC`, `Z`, `+01:00`, `-0500`, `+02` or an IANA `Area/Location` name.
    public static func parse(_ text: String) -> Result<LogTimeZone, ValueError> {
        let t = text.trimmingCharacters(in: .whitespaces)
        if ["utc", "z", "gmt", "etc/utc"].contains(t.lowercased()) { return .success(.utc) }
        if let first = t.utf8.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            var bytes = Array(t.utf8)
            let offset = bytes.withUnsafeMutableBytes { raw -> Int? in
                var c = LogCursor(UnsafeRawBufferPointer(raw))
                guard let o = c.offset(), c.atEnd else { return nil }
                return o
            }
            if let offset { return .success(.offset(seconds: offset)) }
            return .failure(ValueError("`\(text)` is not a UTC offset", help: "write an offset as +01:00 or -0500, or an IANA zone such as Europe/Oslo"))
        }
        return ZoneName.resolve(t).map { _ in .named(t) }
    }

    /// `+01:00` or the zone name.
    public var description: String {
        switch self {
        case .named(let n): return n
        case .offset(let s):
            if s == 0 { return "UTC" }
            let a = abs(s)
            let hh = a / 3600, mm = a % 3600 / 60
            return "\(s < 0 ? "-" : "+")\(hh < 10 ? "0" : "")\(hh):\(mm < 10 ? "0" : "")\(mm)"
        }
    }
}
